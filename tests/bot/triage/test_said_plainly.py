"""Things said plainly, without the clinical word.

A pregnancy said by its weeks alone ("im 30 weeks and bleeding", "30주차인데", "いま30週で出血", "现在30周了") is a
pregnancy at that many weeks, not how long a complaint has lasted: bleeding or pain with it is the pregnancy's
emergency. Durations ("coughing for 3 weeks", "3주째", "3週間前から", "咳了3周"), a baby's age ("my baby is 3 weeks")
and the weeks since a birth stay what they are. Blood said to come out when passing urine ("소변볼때 피가 나와요",
"おしっこの時に血が出ます", "blood comes out when I wee") is blood in the urine (seen by a doctor), not a bleeding; the
same words during a period are the period's, unless the period is denied.
Levels are the rules' own: the learned net is switched off.
"""

from __future__ import annotations

import pytest
from bot_parses import parse

from bot import engine
from bot.cli import triage_result
from nlu.lexicon import Lexicon
from nlu.quantities import extract

pytestmark = pytest.mark.usefixtures("no_net")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


def _pregnancy_weeks(text: str) -> list:
    return [e.value for e in extract(text) if e.type == "pregnancy"]


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("im 30 weeks and bleeding", 30),
        ("30 weeks, some bleeding", 30),
        ("I'm 12 weeks along and spotting with cramps", 12),
        ("34 wks and my waters went", 34),
        ("28 weeks tomorrow, bit of blood", 28),
        ("I'm 19 weeks with my first and still haven't felt her move", 19),
        ("30+2 and bleeding", 30),
        ("Hi. 36w2d, tummy really tight", 36),
        ("30주차인데 피가 비쳐요", 30),
        ("지금 8주차인데 배가 아파요", 8),
        ("37주인데 방금 양수가 터졌어요", 37),
        ("いま30週で出血", 30),
        ("いま9週目です。出血があります", 9),
        ("现在30周了 出血", 30),
    ],
)
def test_weeks_alone_are_a_pregnancy(text: str, weeks: int) -> None:
    """The weeks are the pregnancy's, and no duration is read from them."""
    found = extract(text)
    assert _pregnancy_weeks(text) == [weeks]
    assert not [e for e in found if e.type == "duration" and str(weeks) in e.text]


@pytest.mark.parametrize(
    "text",
    [
        "coughing for 3 weeks",
        "3 weeks of cough",
        "12 weeks and still coughing",
        "30 weeks ago I had surgery",
        "I'm 3 weeks late for my period",
        "I'm 4 weeks post op and the wound is red",
        "I'm 6 weeks into physio and my knee still hurts",
        "I'm 2 weeks postpartum and bleeding",
        "3 wks after having my baby, left boob sore",
        "cough, 12 weeks",
        "3주째 기침이 나요",
        "감기 2주차인데 기침",
        "3주인데 기침이 계속",
        "출산 후 3주차인데 피가 나와요",
        "3週間前から咳",
        "2週ほど咳が続いて",
        "咳了3周",
        "现在3周了 还在咳",
        "产后3周 出血",
    ],
)
def test_durations_and_births_are_no_pregnancy(text: str) -> None:
    assert _pregnancy_weeks(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [("my baby is 3 weeks and has a fever", 0.06), ("3주 된 아기가 열이 나요", 0.06), ("宝宝3周，发烧", 0.06)],
)
def test_a_babys_weeks_stay_its_age(text: str, age: float) -> None:
    found = extract(text)
    assert [e.value for e in found if e.type == "age"] == [age] and _pregnancy_weeks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "im 30 weeks and bleeding",
        "30 weeks, some bleeding",
        "I'm 12 weeks along and spotting with cramps",
        "28 weeks tomorrow and bleeding",
        "30+2 and bleeding",
        "30주차인데 피가 비쳐요",
        "37주인데 피가 많이 나요",
        "いま30週で出血",
        "现在30周了 出血",
        "现在28周了，肚子很痛",
    ],
)
def test_bleeding_or_pain_with_weeks_alone_is_an_emergency(text: str) -> None:
    result = triage_result(text)
    assert result["level"] == "emergency"
    assert "pregnancy_pain_bleeding" in result["red_flags"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coughing for 3 weeks", "routine"),
        ("3주째 기침이 나요", "routine"),
        ("3週間前から咳が出ます", "routine"),
        ("咳了3周", "routine"),
    ],
)
def test_a_cough_of_weeks_stays_a_cough_of_weeks(text: str, expected: str) -> None:
    result = triage_result(text)
    assert result["level"] == expected and "cough_weeks" in result["reasons"]


def test_weeks_said_to_how_long_are_how_long() -> None:
    """Asked how long it has lasted, "12 weeks" is the time, no pregnancy; "I'm 12 weeks" still is one."""
    state = engine.step(engine.start(engine.new_state("en", "US")).state, parse("yes", intent="affirm")).state
    state = engine.step(state, parse("my knee hurts", intent="report_symptom", symptoms=("knee_pain",))).state
    assert state["awaiting"] == "onset"
    import nlu

    answered = engine.step(state, nlu.parse("12 weeks")).state
    assert answered["facts"]["pregnant"] is None and answered["facts"]["onset"] == "12 weeks"
    pregnant = engine.step(state, nlu.parse("I'm 12 weeks, it started last week")).state
    assert pregnant["facts"]["pregnant"] is True


@pytest.mark.parametrize(
    "text",
    [
        "소변볼때 피가 나와요",
        "소변 볼 때 피가 묻어나와요",
        "오줌 눌 때 피나요",
        "おしっこの時に血が出ます",
        "おしっこするとき血が出る",
        "トイレで尿に血",
        "blood comes out when I wee",
        "it bleeds when I pee",
        "小便的时候流血",
        # the period denied: still the urine's blood
        "생리 중은 아닌데 소변볼때 피가 나와요",
    ],
)
def test_blood_when_passing_urine_is_blood_in_the_urine(text: str, lexicon: Lexicon) -> None:
    found = [e.value for e in lexicon.find(text) if e.type == "symptom"]
    assert "blood_in_urine" in found and "bleeding" not in found
    assert triage_result(text)["level"] == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "생리 중에 소변볼때 피가 나와요",
        "on my period and blood comes out when I pee",
        "生理中で、おしっこの時に血が出ます",
    ],
)
def test_blood_when_passing_urine_during_a_period_is_the_periods(text: str, lexicon: Lexicon) -> None:
    """A lowering: the blood seen at the toilet during a period; the period denied (above) or blood in the urine
    named ("생리 중인데 소변에 피가 섞여 나와요", below) is still the urine's."""
    assert "blood_in_urine" not in [e.value for e in lexicon.find(text) if e.type == "symptom"]


@pytest.mark.parametrize("text", ["생리 중인데 소변에 피가 섞여 나와요", "on my period and my pee is red"])
def test_blood_in_the_urine_named_during_a_period_stays(text: str) -> None:
    assert triage_result(text)["level"] == "urgent"


@pytest.mark.parametrize(
    "text", ["I pee a lot and my finger is bleeding", "my nose bleeds when I pee", "소변이 자주 마렵고 코피가 나요"]
)
def test_other_bleeding_beside_urine_words_is_no_blood_in_the_urine(text: str, lexicon: Lexicon) -> None:
    assert "blood_in_urine" not in [e.value for e in lexicon.find(text) if e.type == "symptom"]
