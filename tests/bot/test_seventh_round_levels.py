"""Seventh round: triage levels the rules give when no red flag fires (concepts from the train5 and blind4
development vignettes; see docs/nlu.md "Seventh round").

Under-triage: concepts nlu did not code or the rules did not weigh (dizzy on standing on a blood-pressure medicine,
red urine, a fall on the hand, a child who will not bear weight, something pushed into a nose or ear, weight gained,
a red swollen joint with no injury, bleeding on an anticoagulant, a knee that gives way, a limp with no injury).
Over-triage: complaints whose default or a generic rule put reassuring stories above self-care (a red eye that does
not hurt, a stye's sore lid, heartburn felt in the chest, a limp after a sprain, a goose egg after a bump, a fever
with a cold at 18 months, a small burn blister, an attack in a diagnosed panic disorder). Each lowering comes with a
case next to it that must still be raised.
"""

from __future__ import annotations

import pytest
from bot_parses import parse

from bot import engine
from bot.cli import triage_result


def level(text: str = "...", **kwargs) -> tuple[str, tuple[str, ...]]:
    decision, _ = engine.assess(parse(text, **kwargs))
    return decision.level, decision.reasons


# Rules and intakes on hand-built parses.
@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Dizzy on standing: on a blood-pressure medicine, with treated hypertension, or when older.
        ({"symptoms": ("orthostatic_dizziness",), "medication": "amlodipine"}, "routine", "orthostatic_bp_medicine"),
        ({"symptoms": ("orthostatic_dizziness",), "condition": "hypertension"}, "routine", "orthostatic_hypertension"),
        ({"symptoms": ("orthostatic_dizziness",), "age": 75}, "routine", "older_adult"),
        # Something pushed into a nose or an ear: out the same day.
        ({"symptoms": ("foreign_body_nose",), "age": 5}, "urgent", "serious_symptom"),
        ({"symptoms": ("foreign_body_ear",)}, "urgent", "serious_symptom"),
        # A limp with no injury; a knee giving way; a red swollen joint, no injury; a swollen wrist after a fall.
        ({"symptoms": ("limp",), "age": 4}, "routine", "limp_unexplained"),
        ({"symptoms": ("knee_instability", "swelling")}, "routine", "needs_exam"),
        ({"symptoms": ("toe_pain", "swelling")}, "routine", "joint_swollen_no_injury"),
        ({"symptoms": ("joint_swelling",)}, "routine", "joint_swollen_no_injury_named"),
        ({"symptoms": ("fall", "swelling"), "body_part": "wrist"}, "routine", "wrist_swollen_after_fall"),
        # Bleeding or bruising on an anticoagulant (ATC B01A).
        ({"symptoms": ("gum_bleeding",), "medication": "warfarin"}, "urgent", "anticoagulant_bleeding"),
        ({"symptoms": ("bruise",), "medication": "warfarin"}, "urgent", "anticoagulant_bleeding"),
        # A first panic attack is examined; a chest pain or breathlessness keeps its own intake (urgent).
        ({"symptoms": ("panic_attack",)}, "routine", "panic_not_diagnosed"),
        ({"symptoms": ("panic_disorder", "panic_attack", "chest_pain")}, "urgent", "needs_exam"),
        ({"symptoms": ("panic_attack", "shortness_of_breath")}, "urgent", "needs_exam"),
        # A lump with nothing to explain it; a swelling on a baby's head after a knock.
        ({"symptoms": ("lump",)}, "routine", "lump_unexplained"),
        ({"symptoms": ("head_injury", "lump"), "age": 0.6}, "urgent", "baby_head_swelling"),
        # A red eye: in a newborn today; with pain, light hurting or blurred sight the eye intake.
        ({"symptoms": ("red_eye",), "age": 0.02}, "urgent", "newborn_eye"),
        ({"symptoms": ("red_eye", "eye_pain")}, "routine", "needs_exam"),
        ({"symptoms": ("red_eye", "photophobia")}, "routine", "needs_exam"),
        ({"symptoms": ("stye", "blurred_vision")}, "routine", "needs_exam"),
        # A fever under two with no cold to explain it.
        ({"symptoms": ("fever",), "age": 1.5, "temperature": 38.4}, "routine", "fever_under_two"),
        ({"symptoms": ("fever", "runny_nose"), "age": 1.5, "duration": 96.0}, "routine", "fever_days"),
        # A small burn blister: on the face still seen; on the trunk or a small child's limb still an emergency.
        ({"symptoms": ("burn", "small_blister"), "body_part": "face"}, "routine", "burn_small_blister_site"),
        ({"symptoms": ("burn", "small_blister"), "body_part": "chest"}, "emergency", "burn_trunk"),
        ({"symptoms": ("burn", "small_blister"), "age": 2, "body_part": "arm"}, "emergency", "burn_child_large"),
        ({"symptoms": ("burn", "blister"), "body_part": "hand"}, "routine", "burn_blisters"),
        # Heartburn named with a chest pain of its own stays a chest pain.
        ({"symptoms": ("heartburn", "chest_pain")}, "urgent", "needs_exam"),
    ],
)
def test_seventh_round_criteria(kwargs: dict, expected: str, reason: str) -> None:
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("orthostatic_dizziness",), "age": 25},  # a young adult's head rush
        {"symptoms": ("limp", "sprain", "swelling")},  # limping on a sprain is bearing weight (Ottawa)
        {"symptoms": ("sprain", "swelling", "ankle_pain")},  # a swollen sprain is no hot joint
        {"symptoms": ("panic_disorder", "panic_attack", "shortness_of_breath", "palpitations", "tingling")},
        {"symptoms": ("stye", "eye_pain", "swelling")},  # the stye's own soreness
        {"symptoms": ("red_eye", "eye_discharge")},  # conjunctivitis, no pain, sight as usual
        {"symptoms": ("fever", "runny_nose"), "age": 1.5, "temperature": 38.4},  # a cold at 18 months, hours old
        {"symptoms": ("burn", "small_blister"), "body_part": "finger"},
        {"symptoms": ("head_injury", "lump"), "age": 2},  # a goose egg on a toddler
        {"symptoms": ("gum_bleeding",)},  # no anticoagulant
        {"symptoms": ("heartburn",), "body_part": "chest"},
    ],
)
def test_seventh_round_self_care(kwargs: dict) -> None:
    assert level(**kwargs)[0] == "self_care"


# Concepts nlu now codes and the facts drawn from text (bot/answers.py), through `vclinic triage`.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这两天小便颜色发红，不痛", "urgent"),  # painless red urine
        ("祖母(84)が玄関でつまずいて手をついて、手首が腫れています", "routine"),  # a fall on the hand, older
        ("sprained my ankle yesterday and couldnt put any weight on it", "routine"),  # Ottawa: could not bear weight
        ("3歳の娘が左足をつきたがらず、抱っこばかりせがみます", "urgent"),  # will not bear weight, no injury
        ("세 살 딸이 콩을 콧구멍에 넣었는데 안 빠져요", "urgent"),  # a bean up the nose
        ("먹는 양은 그대로인데 두 달 사이에 5킬로 쪘어요", "routine"),  # weight gained
        ("换了新的降压药以后，一起身就头晕", "routine"),  # dizzy on standing, blood-pressure medicine
        ("胸口疼，还反酸", "urgent"),  # a chest pain said as such, with heartburn
        ("my eye has been bothering me, there is pain when I blink", "routine"),  # a pain word with the eye
        ("burnt my finger on the oven, big blister", "routine"),
        ("burning painful rash with little blisters in a band on one side of my back", "routine"),  # shingles
        ("ここ2か月ずっと不安で眠れない", "routine"),  # anxiety for months is still seen
        ("下腹が3日前から痛いです", "routine"),  # a belly pain not settling, no period
        ("生理が来ない、下腹が2日前から痛い", "routine"),  # a missed period is no period
        ("my blood test came back abnormal and the letter says I need further tests", "routine"),  # a result to review
        ("会社の健診で要再検査と書かれていました", "routine"),
        ("腿上伤口红肿，摸着烫，还流脓", "routine"),  # an infected wound hot to the touch: cellulitis
        ("海边晒了一天，腿上伤口红肿，摸着烫", "routine"),  # a wound keeps it an infection, sun or not
    ],
)
def test_seventh_round_text_raised(text: str, expected: str) -> None:
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "my eye has been bothering me, no pain though",  # a denied pain word is no pain
        "my left eye is itchy and crusty in the mornings, no pain, vision normal",
        "我30岁，昨天吃完烧烤，胸口烧着疼，一直反酸，吃了胃药就好多了",  # heartburn felt in the chest
        "踢球扭了脚，脚踝有点肿，走路有点瘸但还能走",  # limping on a sprain
        "下眼皮長了針眼，有點疼有點腫，看東西正常",  # a stye
        "左目が赤くて目やにが出ます。痛みはなく、見え方も普通です",  # conjunctivitis
        "パニック障害で通院中です。電車で動悸と息苦しさが出たけど、20分で落ち着きました",
        "burnt my finger on the oven tray, small blister about the size of a pea",
        "明日大事なプレゼンがあって緊張して眠れません。考えがぐるぐるしてしまいます",  # nerves, not anxiety or vertigo
        "来例假第二天，肚子疼，跟平时一样，吃了止痛药好点",  # the day of a period is no duration of the pain
        "생리 이틀째라 배가 아파요. 평소랑 똑같아요",
        "在泳池晒了一下午，后背晒红了，摸起来很烫，没起水泡也没发烧",  # hot skin after the sun is the sunburn
        "sunburnt shoulders, red and hot, no blisters",
        "just got my yearly blood test back and everything is normal",
    ],
)
def test_seventh_round_text_self_care(text: str) -> None:
    assert triage_result(text)["level"] == "self_care"
