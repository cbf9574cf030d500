"""Triage levels for the mind: mood, anxiety, panic and self-harm.

Self-harm, told by the patient or a parent, is never home care; tablets put by with a time or an intent ("tonight", "all
of them") are a plan of suicide, an emergency, and tablets kept for a trip or handed back are not. A low mood or no
enjoyment past two weeks, anxiety for months and a first panic attack are examined (the same day when the heart was
never checked), and recurrent panic attacks that pass in minutes are seen the same day, not sent an ambulance, unless
chest pain comes with them. An attack like earlier ones after which the heart was checked, a low mood for days with
sleep and eating as usual and self-harm denied, exam nerves and everyday stress are home care. A chest pain or
breathlessness with a panic attack keeps its own intake.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # A first panic attack is examined; a chest pain or breathlessness keeps its own intake (urgent).
        ({"symptoms": ("panic_attack",)}, "routine", "panic_not_diagnosed"),
        ({"symptoms": ("panic_disorder", "panic_attack", "chest_pain")}, "urgent", "needs_exam"),
        ({"symptoms": ("panic_attack", "shortness_of_breath")}, "urgent", "needs_exam"),
        # Anxiety without a stressor named, or with low mood: the mood intake.
        ({"symptoms": ("anxiety",)}, "routine", "needs_exam"),
        ({"symptoms": ("stress", "anxiety", "depressed_mood")}, "routine", "needs_exam"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("panic_disorder", "panic_attack", "shortness_of_breath", "palpitations", "tingling")},
        {"symptoms": ("stress", "anxiety")},  # exam nerves
        {"symptoms": ("insomnia", "stress")},  # everyday stress and poor sleep
        {"symptoms": ("stress",)},
        {"symptoms": ("stress", "irritability")},  # exam stress, a bit on edge
        {"symptoms": ("irritability",)},
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ここ2か月ずっと不安で眠れない", "routine"),  # anxiety for months is still seen
        # A flat mood with nothing enjoyed any more.
        ("since the new job I've just been feeling flat, not enjoying football anymore, sleeping badly", "routine"),
        ("好きだった釣りも最近は楽しめなくて、夜もよく眠れません", "routine"),
        # A low mood kept up with, past two weeks; or self-harm not denied.
        ("I've been feeling down for three weeks, sleeping and eating fine. No thoughts of hurting myself.", "routine"),
        ("这一周心情特别差，老想哭，吃饭睡觉还算正常", "routine"),
        ("3週間ずっと落ち込んでます。夜は眠れてるし、ご飯も食べてます。死にたいとかは思ってないです", "routine"),
        ("3주째 우울해요. 그래도 잠도 잘 자고 밥도 잘 먹어요. 죽고 싶은 생각은 없어요", "routine"),
        # A first panic attack, the heart never checked.
        ("I'm 24, had a panic attack, heart pounding, felt like I couldn't breathe. It settled after 15 mins, "
         "first time ever.", "urgent"),
        # Self-harm a parent tells of (cutting herself, 用刀片划) is coded: never self-care.
        ("女儿手臂上有几道用刀片划的伤口", "emergency"),
        ("my daughter has been cutting herself", "emergency"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "パニック障害で通院中です。電車で動悸と息苦しさが出たけど、20分で落ち着きました",
        "明日大事なプレゼンがあって緊張して眠れません。考えがぐるぐるしてしまいます",  # nerves, not anxiety or vertigo
        # Exam stress, not depressed.
        "exams start next week, sleeping badly and feeling anxious, not depressed, just stressed",
        # A low mood for up to two weeks, sleeping, eating and working as usual, self-harm denied.
        "这次考试没考好，这一周心情特别差，老想哭。不过吃饭睡觉还算正常，也没有想不开的念头",
        "分手两周了，每天想哭。但觉还睡得着，班也照常上。我不会做傻事",
        "仕事でミスをして、1週間くらい落ち込んでます。でも夜は眠れてるし、ご飯も食べてます。"
        "死にたいとかは思ってないです",
        "I've been feeling down for a week since I failed my exam, but I'm sleeping and eating fine. "
        "No thoughts of hurting myself.",
        "시험 떨어지고 일주일째 우울해요. 그래도 잠도 잘 자고 밥도 잘 먹어요. 죽고 싶은 생각은 없어요",
        # A panic attack like earlier ones after which the heart was checked normal.
        "I'm 24, had a panic attack on the bus, heart pounding, couldn't breathe, settled after 15 mins. "
        "My GP checked my heart last year, all normal",
        "22살인데 아까 공황발작이 왔는데 10분 지나니까 괜찮아졌어요. 작년에 심장검사 했는데 정상이었어요",
        "さっきパニック発作が起きて、15分で落ち着きました。前に心電図は異常なしでした",
        "刚才惊恐发作，心跳很快，十分钟后就好了。以前心脏检查都正常",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Recurrent panic attacks that pass in minutes are seen, not an ambulance
        ("panic attacks a few times a week, heart pounding, feel like i cant breathe, last 10 mins then go", "urgent"),
        ("I get panic attacks, can't breathe, chest pain, lasts 10 mins then goes", "emergency"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Tablets put by, then a time or an intent: a plan of suicide (tablets kept for a trip or handed back, with no
        # time and no intent, stay below emergency).
        ("모아둔 수면제 있어요 오늘 밤에 다 먹으려고요", "red_flag:suicidal"),
        ("ive stockpiled my meds for weeks. tonights the night", "red_flag:suicidal"),
        ("got my sleeping pills saved up, gonna take them all once everyones asleep", "red_flag:suicidal"),
        ("偷偷存的安眠药够了，打算今晚全吃了", "red_flag:suicidal"),
        ("こっそり集めた睡眠薬、今夜全部飲むつもり", "red_flag:suicidal"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_an_emergency(text: str, reason: str) -> None:
    """An emergency the rules make without the learned net, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # Tablets kept for a trip or handed back: no time, no intent
        "엄마가 드시던 진통제를 모아뒀는데 약국에 갖다 주면 되나요",
        "I've stockpiled my meds for the trip because the pharmacy is shut over easter, is that ok",
        "旅行用に集めた薬、今夜の分だけ飲めばいい？",
        "攒的感冒药今晚吃一片可以吗",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"
