"""A pregnancy said, doubted, denied or past, in ko, en, zh and ja.

nlu gives the pregnancy entity its value (weeks, True, or False when denied) and nlu/qualify.py its qualifier: None
when the pregnancy is said ("I'm pregnant", "임신 중이에요", "妊娠してます", "我怀孕了"), "doubt" for a doubt, a
wish or a test ("could I be pregnant?", "임신일까요?", "妊娠してるかも", "会不会怀孕了"), "past" for a past
pregnancy ("when I was pregnant", "임신했을 때"). The bot trusts only a pregnancy said (bot/answers.py `_pregnant`).
"""

from __future__ import annotations

import pytest

import nlu


def _pregnancy(text: str) -> list[tuple[object, str | None]]:
    return [(e.value, e.qualifier) for e in nlu.parse(text).entities if e.type == "pregnancy"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm pregnant and have a bad headache", True),
        ("im pregnant, bad headache", True),
        ("my wife is pregnant and has a headache", True),
        ("I'm expecting, due in May", True),
        ("we're expecting twins", True),
        ("in my third trimester", True),
        ("I found out I was pregnant last week", True),
        ("positive pregnancy test yesterday and cramps", True),
        ("I'm 7 months pregnant", 30),
        ("seven months pregnant", 30),
        ("임신 중이에요", True),
        ("임신했어요", True),
        ("임신 때문에 약을 못 먹어요", True),
        ("임신 테스트기 두 줄 나왔어요", True),
        ("임신 7개월이에요", 30),
        ("妊娠中です", True),
        ("妊娠してます", True),
        ("妊娠検査薬で陽性でした", True),
        ("妊娠7ヶ月です", 30),
        ("我怀孕了", True),
        ("我老婆怀孕快8周了", 8),
        ("我怀孕七个多月了", 30),
        ("孕晚期头疼", True),
    ],
)
def test_a_pregnancy_said_is_trusted(text: str, value: object) -> None:
    assert _pregnancy(text) == [(value, None)]


@pytest.mark.parametrize(
    "text",
    [
        "could I be pregnant?",
        "I think I might be pregnant",
        "not sure if I'm pregnant",
        "trying to get pregnant",
        "negative pregnancy test",
        "is it safe for pregnant women?",
        "임신일까요?",
        "임신인지 아닌지 모르겠어요",
        "임신한 것 같아요",
        "혹시 임신 가능성 있나요",
        "妊娠してるかも",
        "もしかして妊娠？",
        "妊娠してないか心配です",
        "会不会怀孕了",
        "我是不是怀孕了",
        "我没怀孕吧？",
    ],
)
def test_a_doubt_is_no_pregnancy_said(text: str) -> None:
    assert _pregnancy(text) == [(True, "doubt")]


@pytest.mark.parametrize(
    "text",
    [
        "when I was pregnant I had this too",
        "임신했을 때도 그랬어요",
        "前回の妊娠のときも同じでした",
        "上次怀孕的时候也这样",
    ],
)
def test_a_past_pregnancy_is_no_pregnancy_said(text: str) -> None:
    assert _pregnancy(text) == [(True, "past")]


@pytest.mark.parametrize(
    "text",
    [
        "I'm not pregnant",
        "no chance im pregnant",
        "임신 아니에요",
        "妊娠はしていない",
        "妊娠の可能性はないです",
        "没有怀孕",
        "不可能怀孕",
    ],
)
def test_a_denial_is_false(text: str) -> None:
    assert _pregnancy(text) == [(False, None)]


def test_a_list_denied_in_japanese_denies_a_second_item_with_its_own_subject() -> None:
    """"頭痛や目がチカチカするのはないです": both denied, so no pre-eclampsia flag; said, the flag stands."""
    denied = nlu.parse("妊娠28週です。頭痛や目がチカチカするのはないです")
    assert not denied.red_flags and {"headache", "floaters"} <= set(denied.negated)
    said = nlu.parse("妊娠28週です。頭痛や目がチカチカします")
    assert [f.id for f in said.red_flags] == ["pre_eclampsia"]


def test_a_blood_pressure_is_no_bleeding_in_pregnancy() -> None:
    assert not nlu.parse("I'm 28 weeks pregnant, my blood pressure was 145/92").red_flags
    bleeding = nlu.parse("I'm 28 weeks pregnant, my blood pressure is fine but there's blood in my pants")
    assert "pregnancy_pain_bleeding" in [f.id for f in bleeding.red_flags]


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        # sixteenth round: fewer than 10 weeks open a message as a pregnancy when an early pregnancy's bleeding follows
        ("8 weeks and spotting", 8),
        ("7 weeks, some bleeding", 7),
        ("7주인데 피가 비쳐요", 7),
        ("7週で出血", 7),
        ("7周了，见红", 7),
        # a woman's weeks in the third person: from 20 on, or with the bleeding
        ("shes 34 weeks and her waters broke", 34),
        ("she's 10 weeks and spotting", 10),
        ("my wife is 30 weeks and bleeding", 30),
        ("아내가 30주예요 피가 나요", 30),
        ("妻が30週で出血しています", 30),
        ("我老婆32周，见红了", 32),
    ],
)
def test_weeks_said_alone_are_a_pregnancy(text: str, weeks: int) -> None:
    assert [v for v, _ in _pregnancy(text)] == [weeks]


@pytest.mark.parametrize(
    "text",
    [
        "coughing for 8 weeks",
        "8 weeks ago I had surgery and now bleeding",
        "8 weeks of cramping",
        "a baby of 6 weeks with a fever",
        "6 weeks and bleeding from my bum",
        "she's 6 weeks and has a temp",
        "2 weeks and spotting",
    ],
)
def test_a_duration_or_a_babys_weeks_is_no_pregnancy(text: str) -> None:
    assert _pregnancy(text) == []
