"""Triage levels from numbers: temperature, blood pressure, blood sugar, pulse and oxygen saturation.

A pulse of 40 or less, or 130 or more at rest from age 12, is an emergency with a faint, dizziness, chest pain,
breathlessness or a clouded mind and a same-day check alone; a saturation of 92% or less is an emergency, 93-94% with
breathlessness the same day. Low blood sugar (or sweating or shaking on insulin) with a clouded mind or unable to
swallow is severe hypoglycaemia, a hypo put right with sugar is not; vomiting with deep fast breathing in diabetes, or a
meter reading HI with vomiting or hard to wake, is ketoacidosis. Raised blood pressure without symptoms, a raised sugar
or a test result said to be high are examined within weeks; a treated diabetic's usual readings and a hypo treated and
rechecked are home care.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Low blood sugar with a clouded mind or unable to swallow: severe hypoglycaemia.
        ({"symptoms": ("drowsiness",), "glucose": 38}, "emergency", "hypoglycaemia_severe"),
        ({"symptoms": ("difficulty_swallowing",), "glucose": 45}, "emergency", "hypoglycaemia_severe"),
        ({"symptoms": ("low_blood_sugar", "confusion")}, "emergency", "hypoglycaemia_severe_named"),
        ({"symptoms": ("tremor",), "glucose": 52}, "urgent", "glucose_low"),  # shaky but awake: today
        # Diabetes, vomiting and deep fast breathing: ketoacidosis.
        ({"symptoms": ("vomiting", "rapid_breathing"), "condition": "diabetes"}, "emergency", "diabetic_ketoacidosis"),
        ({"symptoms": ("vomiting", "drowsiness"), "condition": "diabetes"}, "emergency", "diabetic_ketoacidosis"),
        # Raised blood pressure without symptoms: a visit within weeks.
        ({"blood_pressure": {"systolic": 152, "diastolic": 88}}, "routine", "blood_pressure_raised"),
        ({"blood_pressure": {"systolic": 136, "diastolic": 94}}, "routine", "blood_pressure_raised_diastolic"),
        # HbA1c in the diabetic range (read as its glucose): examined.
        ({"glucose": 157}, "routine", "glucose_raised"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    ("text", "kwargs", "expected", "reason"),
    [
        # Severe hypoglycaemia: unable to swallow the sugar.
        ("...", {"symptoms": ("difficulty_swallowing",), "glucose": 40}, "emergency", "hypoglycaemia_severe"),
        # A raised blood sugar: examined.
        ("...", {"glucose": 140}, "routine", "glucose_raised"),
    ],
)
def test_parse_with_its_text_is_raised_to(text: str, kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse with its text (some rules read the text) gets its level and rule."""
    got, reasons = level(text, **kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("vomiting", "rapid_breathing")},  # no diabetes
        {"symptoms": ("drowsiness",), "glucose": 95},
    ],
)
def test_parse_stays_below_emergency(kwargs: dict) -> None:
    """The rules stay narrow: a hand-built parse short of the emergency's criteria."""
    assert level(**kwargs)[0] != "emergency"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"blood_pressure": {"systolic": 132, "diastolic": 84}},
        {"glucose": 109},  # HbA1c 5.6%
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A test result said as high or raised (no symptom), four languages.
        ("검진에서 간 수치가 높게 나왔대요. 아픈 데는 없어요", "routine"),
        ("健康診断で肝臓の数値が高いと言われました。症状はないです", "routine"),
        ("体检转氨酶偏高，没什么症状", "routine"),
        ("my blood test came back high for liver enzymes, i feel fine", "routine"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A slow pulse of 52 in a marathon runner who feels well.
        "my pulse is 52, I run marathons and feel great",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Diabetes, a cold sweat and a clouded mind (a low sugar).
        ("糖尿病の夫が冷や汗をかいてわけのわからないことを言い、ちゃんと起きません", "diabetes_sweating_confused"),
        ("有糖尿病的老公一身冷汗，说胡话，叫不太醒", "diabetes_sweating_confused"),
        # On insulin, sweating or shaking with a clouded mind or unable to swallow: a severe hypo (one put right with
        # sugar, talking normally, stays below emergency).
        ("엄마 인슐린 맞는데 식은땀 범벅이고 횡설수설하세요 주스도 못 삼키세요", "red_flag:severe_hypoglycaemia"),
        ("インスリンの父が汗だくで受け答えがおかしい。ジュースも飲み込めない", "red_flag:severe_hypoglycaemia"),
        ("我妈打胰岛素，现在一直冒冷汗，说话乱七八糟，糖水喝不下去", "red_flag:severe_hypoglycaemia"),
        ("mum's on insulin, shes clammy and confused and cant swallow the juice", "red_flag:severe_hypoglycaemia"),
        # A diabetic's meter reading HI with vomiting, or hard to wake: ketoacidosis
        ("1형 당뇨인데 혈당기에 HI 뜨고 계속 토해요", "red_flag:diabetic_ketoacidosis"),
        ("我爸有糖尿病，血糖仪显示HI，人很难叫醒", "red_flag:diabetic_ketoacidosis"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_an_emergency(text: str, reason: str) -> None:
    """An emergency the rules make without the learned net, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pulse: slow or fast with an adverse feature -> emergency; alone -> urgent
        ("pulse 38 and dizzy", "emergency"),
        ("맥박이 40이에요 어지러워요", "emergency"),
        ("脈が35しかなくて、ふらふらします", "emergency"),
        ("心率35，头晕", "emergency"),
        ("heart rate 150 at rest and feel faint", "emergency"),
        ("心跳一直150，胸口闷", "emergency"),
        ("heart rate 150 at rest", "urgent"),
        ("脈が150あってドキドキする", "urgent"),
        ("맥박이 36이에요", "urgent"),
        # Oxygen saturation
        ("sats 88 and breathless", "emergency"),
        ("SpO2 92", "emergency"),
        ("酸素飽和度が90です", "emergency"),
        ("血氧只有92", "emergency"),
        ("sats 94 and a bit breathless", "urgent"),
        # Blood sugar
        ("sugar 2.8 feeling shaky", "urgent"),
        ("blood sugar 25 and very thirsty", "urgent"),
        ("空腹血糖7.2，要紧吗", "routine"),  # no diabetes known: 126 (7.0 mmol/L) is diabetes to confirm
        ("I have type 2 diabetes on metformin, my sugar was 15 this morning, I feel fine", "routine"),  # 270
        ("2형 당뇨인데 아침 혈당이 260 나왔어요 컨디션은 괜찮아요", "routine"),
        ("임신 28주인데 임신성 당뇨가 있고 공복혈당이 130이에요", "routine"),  # pregnancy: 126 stays the threshold
        ("on insulin, sugar was 2.8, had juice, rechecked 15 min later still 3.0", "urgent"),  # not recovering
        # Thirst said plainly stays examined.
        ("I've been really thirsty and drinking a lot of water", "routine"),
        # Seventeenth round. Thirst, passing urine often and weight lost unasked: a new diabetes, the same day; in a
        # child thirst and frequent urination are enough. An adult's thirst and frequent urination alone stay routine.
        ("요즘 물을 하루 종일 마시고 화장실도 엄청 자주 가. 두 달 만에 6키로나 빠졌는데 다이어트도 안 했어", "urgent"),
        ("I've been drinking water all day and peeing all the time, lost 6 kg in two months without trying", "urgent"),
        ("最近喉がすごく渇いて水ばかり飲んでて、トイレも近い。ダイエットしてないのに2ヶ月で6キロ痩せた", "urgent"),
        ("最近一直口渴，喝很多水，尿也多，两个月没减肥瘦了6公斤", "urgent"),
        ("孩子7岁，最近一直喝水，尿也多", "urgent"),
        ("요즘 갈증이 나고 소변을 자주 봐요. 50대예요", "routine"),
        # Seventeenth round. Feeling the heat with a racing heart, shaking hands or weight lost: the thyroid, in days.
        ("最近三個月沒減肥卻瘦了6公斤，心跳常常很快、手會抖、很怕熱，是壓力大嗎？", "routine"),
        ("I can't stand the heat any more, my hands shake and my heart races", "routine"),
        # Seventeenth round. A check-up's total cholesterol of 7.5 mmol/L (290 mg/dL) or an LDL of 4.9 (190 mg/dL) or
        # more: familial hypercholesterolaemia to consider, within weeks.
        ("单位体检报告出来了，总胆固醇7.6，低密度5.2，我才42岁，要吃药吗？", "routine"),
        ("My cholesterol came back at 7.6 with LDL 5.2, do I need tablets?", "routine"),
        ("건강검진에서 총콜레스테롤 290 나왔어요", "routine"),
        ("健康診断でLDLコレステロールが200でした", "routine"),
        # Seventeenth round. Kidney function said to have fallen (an eGFR down, a creatinine up): a visit within days to
        # review it and the medicines dosed by it (metformin, NSAIDs).
        ("my eGFR has gone down to 29 and I take metformin, should I stop it?", "routine"),
        ("신장 기능이 떨어졌다고 하는데 당뇨약을 계속 먹어도 되나요?", "routine"),
        ("腎機能が低下していると言われました。痛み止めは飲んでも大丈夫？", "routine"),
        ("我妈肾功能下降了，降糖药还要吃吗？", "routine"),
        ("醫生話我腎功能差咗，啲藥使唔使改？", "routine"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A diabetic sweating in the heat, talking clearly: no low sugar.
        "糖尿病の夫が暑くて汗をかいています。話はしっかりしています",
        "有糖尿病，天热出了很多汗，精神很好",
        # A hypo on insulin put right with sugar, talking normally
        "인슐린 맞는데 식은땀 나고 손이 떨려서 사탕 먹고 10분 뒤에 괜찮아졌어요",
        "my dad is on insulin, got shaky and sweaty before lunch, had juice and a sandwich and is chatting away now",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "type 2 on metformin. sugars 7-9. feeling fine",  # a treated diabetes' usual readings
        "I'm diabetic, blood sugar 180 after dinner, feel fine",
        "당뇨 있어요 혈당 150 나왔어요",
        "糖尿病で血糖値は160でした、元気です",
        "我有糖尿病，血糖8.5，没什么不舒服",
        # A treated hypo, rechecked and back to normal
        "type 1 diabetic, sugar was 3.2 so I ate some sweets and rechecked it's 7.1 now, feel fine",
        "인슐린 맞는데 혈당이 50이라서 사탕 먹고 다시 재니 110 나왔어요",
        "インスリン使ってて血糖値が60で、ジュースを飲んで再測定したら120でした",
        "我打胰岛素，血糖只有3.1，喝了糖水又测了一下6.8，现在没事",
        # A normal pulse, a child's pulse, a pulse while running, a normal saturation
        "my 3 year old's heart rate is 140 and she has a cold",
        "my heart rate hit 170 on my run, is that ok?",
        "sats 97 with a cold",
        "blood sugar meds for 3 days and I feel fine",
        # Seventeenth round: a cholesterol under the familial range, HDL, feeling the heat alone
        "体检总胆固醇5.6，低密度3.4，要吃药吗？",
        "健康診断でLDLが150でした",
        "HDL cholesterol 1.3, total cholesterol 5.1",
        "my cholesterol was 5.4 on my last check, any diet tips?",
        "我比较怕热，夏天老出汗，正常吗？",
        "더위를 많이 타는 편이에요",
        # Seventeenth round: a kidney function said to be normal or not fallen
        "my kidney function was normal at my last check, can I take ibuprofen?",
        "肾功能正常，没有下降，能吃布洛芬吗？",
        "My eGFR is not low, it's stable at 70",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_self_care(text: str) -> None:
    """The rules alone (the learned net off) keep the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.usefixtures("no_net")
def test_a_saturation_red_flag_no_longer_fires_on_a_normal_reading() -> None:
    """ "血氧只有96" is normal; 92 and 88 stay emergencies (above)."""
    assert triage_result("血氧只有96，有点咳嗽")["level"] != "emergency"
