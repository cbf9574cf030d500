"""`nlu.text.han_script`: whether a Chinese text is written in Traditional or Simplified characters."""

from __future__ import annotations

import pytest

from nlu.text import han_script


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("我頭很痛，發燒三天了", "Hant"),
        ("我头很痛，发烧三天了", "Hans"),
        ("沒有", "Hant"),
        ("没有", "Hans"),
        ("謝謝", "Hant"),
        ("我想跟醫生說話", "Hant"),
        ("喉嚨痛", "Hant"),
        ("好", None),  # no character tells
        ("三天", None),
        ("7", None),
        ("公里", None),  # 里 is written in both
        ("頭が痛いです", None),  # Japanese: its kanji look Traditional
        ("headache", None),
    ],
)
def test_han_script(text: str, script: str | None) -> None:
    assert han_script(text) == script
