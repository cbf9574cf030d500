"""The learned safety net (bot/urgency.py): it raises paraphrased emergencies the rules miss, and never lowers.

The emergency messages are our own wording, in no vignette or training file.
"""

from __future__ import annotations

import pytest

from bot import engine, urgency
from bot.answers import harvest, new_facts
from bot.cli import _parse, simulate, triage_result
from bot.domain import load
from bot.triage import decide

MISSED_BY_RULES = [
    # twentieth round (S): a hand clutching the chest with a sweat is now the rules' own (red flag chest_pain_cardiac);
    # R19: grey, sweaty and not answering properly too (triage.yml shock_signs)
    "my husband looks terrible and is not answering me properly",
    # fifteenth round (F5): mottled purple knees and hard to wake are now the rules' own (red flag sepsis)
    "grandpa is cold and floppy and his breathing is odd",
]
SELF_CARE = [
    "my throat is a bit scratchy this morning, otherwise fine",
    "i stubbed my toe, it hurt for a minute",
    "thank you, see you next week",
]
LEVELS = ("self_care", "routine", "urgent", "emergency")


def _rules_only(text: str) -> str:
    domain = load()
    facts = new_facts()
    harvest(facts, _parse(text), domain)
    engine._choose_complaint(facts, domain)
    return decide(facts, domain).level


@pytest.mark.parametrize("text", MISSED_BY_RULES)
def test_a_paraphrased_emergency_the_rules_miss_is_raised(text: str) -> None:
    assert _rules_only(text) != "emergency"  # else this test proves nothing about the net
    result = triage_result(text)
    assert result["level"] == "emergency"
    assert result["reasons"] == [urgency.REASON]


@pytest.mark.parametrize("text", SELF_CARE)
def test_a_plain_self_care_message_is_not_raised(text: str) -> None:
    net = urgency.shared()
    for level in LEVELS:
        assert net.raise_level(text, None, level) == (level, None)
    assert triage_result(text)["reasons"] != [urgency.REASON]


def test_it_never_lowers_a_level() -> None:
    always = urgency.UrgencyNet(urgency.shared().model, urgency.shared().encoder, threshold=0.0)
    never = urgency.UrgencyNet(urgency.shared().model, urgency.shared().encoder, threshold=1.1)
    for text in [*MISSED_BY_RULES, *SELF_CARE]:
        for level in LEVELS:
            assert always.raise_level(text, None, level)[0] == "emergency"
            assert never.raise_level(text, None, level) == (level, None)


def test_red_flags_keep_their_own_reasons() -> None:
    result = triage_result("my dad's face is drooping on one side and his speech is slurred")
    assert result["level"] == "emergency"
    assert urgency.REASON not in result["reasons"]
    assert "red_flag:stroke_signs" in result["reasons"]


def test_mid_conversation_the_raise_alerts_and_stays() -> None:
    result = simulate(["yes", "my head aches a little", MISSED_BY_RULES[0], "thanks"], lang="en", country="US")
    raised = result["turns"][3]
    assert raised["alert"] == "emergency"
    assert raised["replies"][0]["key"] == "triage.emergency"
    assert result["final"]["triage"] == {"level": "emergency", "reasons": [urgency.REASON]}
    assert "model:" not in result["final"]["summary_text"]  # said in words for the doctor


def test_the_cache_is_keyed_by_the_training_data(tmp_path) -> None:
    path = urgency.cache_path(tmp_path)
    assert path.name.startswith("urgency-") and path.suffix == ".npz" and path.parent == tmp_path
    assert all("eval" not in p.parts and "sealed" not in p.parts for p in urgency.training_files())
    assert len(urgency.training_files()) >= 12

