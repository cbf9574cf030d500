"""Scripted multi-turn conversations (tests/bot/conversations/*.yml) through the real NLU and engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import simulate

HERE = Path(__file__).parent / "conversations"
CASES = [
    pytest.param(case, id=f"{path.stem}-{i:02d}")
    for path in sorted(HERE.glob("*.yml"))
    for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1)
]


def test_every_language_has_at_least_ten_conversations() -> None:
    per_lang = {path.stem: len(yaml.safe_load(path.read_text(encoding="utf-8"))) for path in HERE.glob("*.yml")}
    assert set(per_lang) == {"ko", "en", "zh", "ja"} and min(per_lang.values()) >= 10


def _matches(expected: Any, actual: Any) -> bool:
    if isinstance(expected, list):
        return actual is not None and set(expected) <= set(actual)
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return abs(expected - actual) < 1e-6
    return expected == actual


@pytest.mark.parametrize("case", CASES)
def test_conversation(case: dict[str, Any]) -> None:
    result = simulate([str(t) for t in case["turns"]], case.get("lang"), case.get("country"))
    replies = [r for turn in result["turns"] for r in turn["replies"]]
    keys = [r["key"] for r in replies]
    transcript = "\n".join(f"{t['patient']} -> {[r['key'] for r in t['replies']]}" for t in result["turns"])
    assert [k for k in case.get("asked", []) if k not in keys] == [], transcript
    assert [k for k in case.get("not_asked", []) if k in keys] == [], transcript
    final = result["final"]
    if "level" in case:
        assert (final["triage"] or {}).get("level") == case["level"], transcript
    for name, expected in case.get("summary", {}).items():
        assert _matches(expected, final["summary"][name]), f"{name}: {final['summary'][name]}\n{transcript}"
    texts = " ".join(r["text"] for r in replies)
    assert [s for s in case.get("replies_include", []) if s not in texts] == []
    assert set(case.get("tones", [])) <= {r["tone"] for r in replies}
    if "reply_langs_last" in case:
        assert {r["lang"] for r in result["turns"][-1]["replies"]} == {case["reply_langs_last"]}, transcript
    if final["summary"]:
        assert final["summary_text"].count("\n") > 10  # the doctor's summary, every field labelled
