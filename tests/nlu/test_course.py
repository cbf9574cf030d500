"""The course of a complaint (nlu/quantities.py "course"): getting worse or better in all four languages,
and not when it is denied ("it's not getting any worse", 나아지지 않아요); a change is a course, not a severity.
Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import extracted


@pytest.mark.parametrize(
    ("text", "course"),
    [
        ("the pain is getting worse every day", ["worsening"]),
        ("점점 심해져요", ["worsening"]),
        ("どんどん悪化しています", ["worsening"]),
        ("越来越严重", ["worsening"]),
        ("發炎的範圍越來越大", ["worsening"]),
        ("it's getting better", ["improving"]),
        ("나아지고 있어요", ["improving"]),
        ("だいぶ良くなってきました", ["improving"]),
        ("好多了", ["improving"]),
        ("it's not getting any worse", []),
        ("my cough isn't getting better", []),
        ("심해지지는 않았어요", []),
        ("나아지지 않아요", []),
        ("悪化はしていません", []),
        ("良くなっていません", []),
        ("没有好转", []),
        # Nineteenth round (E19O): worse every year at this season is what the season brings (aggravated), not a
        # worsening course; "this year it is getting worse" said after it is one (each mention read on its own)
        ("毎年この時期にくしゃみと鼻水がひどくなります", ["aggravated"]),
        ("매년 이맘때면 콧물이 심해져요", ["aggravated"]),
        ("每年这个时候打喷嚏都会加重", ["aggravated"]),
        ("every spring his hay fever gets worse", ["aggravated"]),
        ("毎年この時期に鼻水がひどくなりますが、今年は息苦しさもどんどんひどくなってます", ["aggravated", "worsening"]),
        ("it gets worse when I walk, and now it's getting worse every day", ["aggravated", "worsening"]),
    ],
)
def test_course(text, course):
    assert extracted(text, "course") == course


@pytest.mark.parametrize("text", ["점점 심해져요", "기침이 심해졌어요", "越来越严重"])
def test_a_change_is_no_severity(text):
    assert extracted(text, "severity") == []
