"""A pulse and an oxygen saturation the patient types reach the doctor's summary.

They are kept as intake facts like temperature and blood pressure, and the summary shows them with catalog labels in
the doctor's language whatever the patient's ("pulse 38, sats 91" typed in Korean reads in English, and the other way
round). Conversations and summaries saved before these facts existed still load.
"""

from __future__ import annotations

import pytest
from bot_parses import parse, yes

import locales
import nlu
from bot import engine, summary
from bot.answers import new_facts
from bot.domain import load


class _NoNet:
    """The learned safety net switched off: the summary is the point here, not the level."""

    def raise_level(self, text: str, embedding: object, level: str) -> tuple[str, None]:
        return level, None


@pytest.fixture(autouse=True)
def _no_net(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)


EN = ("Pulse: 38/min", "Oxygen saturation (SpO2): 91%")
KO = ("맥박: 38/min", "산소포화도(SpO2): 91%")


@pytest.mark.parametrize(
    "text",
    [
        "pulse 38, sats 91",
        "맥박 38, 산소포화도 91",
        "맥박이 38이고 산소 91이에요",
        "脈が38で、サチュレーション91",
        "脉搏38，血氧91",
    ],
)
def test_a_typed_pulse_and_saturation_show_for_an_english_and_a_korean_doctor(text: str) -> None:
    decision, facts = engine.assess(nlu.parse(text))
    assert (facts["pulse"], facts["spo2"]) == (38, 91)
    coded = summary.build(facts, decision, "en", load())
    assert (coded["pulse"], coded["spo2"]) == (38, 91)
    text_en, text_ko = engine.summary_text(coded, "en"), engine.summary_text(coded, "ko")
    assert all(line in text_en.splitlines() for line in EN), text_en
    assert all(line in text_ko.splitlines() for line in KO), text_ko


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_conversation_keeps_both_readings_for_the_doctor(lang: str) -> None:
    state = engine.step(engine.start(engine.new_state(lang, "KR" if lang == "ko" else "US")).state, yes(lang)).state
    said = {"en": "pulse 38, sats 91", "ko": "맥박 38, 산소포화도 91"}[lang]
    actions = engine.step(state, parse(said, lang, pulse=38, spo2=91))
    assert actions.decision is not None and actions.decision.level == "emergency"  # 92% or less: spo2_low
    assert (actions.state["facts"]["pulse"], actions.state["facts"]["spo2"]) == (38, 91)
    assert all(line in engine.summary_text(actions.summary, "en").splitlines() for line in EN)
    assert all(line in engine.summary_text(actions.summary, "ko").splitlines() for line in KO)


def test_the_lowest_saturation_said_is_the_one_shown() -> None:
    decision, facts = engine.assess(parse("sats 95 then 89", spo2=[95, 89]))
    assert "Oxygen saturation (SpO2): 89%" in engine.summary_text(summary.build(facts, decision, "en", load()), "en")


def test_unknown_readings_say_so() -> None:
    decision, facts = engine.assess(parse("...", symptoms=("headache",)))
    text = engine.summary_text(summary.build(facts, decision, "en", load()), "en")
    unknown = locales.t("summary.unknown", "en")
    assert {f"Pulse: {unknown}", f"Oxygen saturation (SpO2): {unknown}"} <= set(text.splitlines())


def test_a_conversation_and_a_summary_saved_before_these_facts_existed_still_load() -> None:
    state = engine.step(engine.start(engine.new_state("en", "US")).state, yes()).state
    for name in ("pulse", "spo2"):
        del state["facts"][name]
    actions = engine.step(state, parse("sats 90", spo2=90))
    assert actions.state["facts"]["spo2"] == 90 and actions.state["facts"]["pulse"] is None
    assert set(new_facts()) <= set(actions.state["facts"])
    old = {k: v for k, v in actions.summary.items() if k not in ("pulse", "spo2")}
    text = engine.summary_text(old, "ko")
    assert f"맥박: {locales.t('summary.unknown', 'ko')}" in text.splitlines()
