"""Numbers patients type, read in all four languages (nlu/quantities.py).

Blood sugar without a unit (a value under 35 is mmol/L), a reading rechecked after a hypo was treated (the last one
counts), a pulse said as a number, an oxygen saturation, and the short "24f" / "m42" way of giving age and sex.
Every reading that is now dropped comes with one next to it that is still read.
"""

from __future__ import annotations

import pytest

import nlu
from nlu.quantities import extract


def _values(text: str, kind: str) -> list:
    return [e.value for e in extract(text) if e.type == kind and e.qualifier is None]


@pytest.mark.parametrize(
    ("text", "mg_dl"),
    [
        ("sugars 7-9", 126),  # a range: its lower bound, as every range
        ("혈당 6.8 나왔어요", 122),
        ("血糖7.2，要紧吗", 130),
        ("健診で血糖値は5.9でした", 106),
        ("sugar 2.8 feeling shaky", 50),
        ("blood sugar 25 and very thirsty", 450),
        ("혈당이 120정도 나와요", 120),  # 정도 (about) is no unit
        ("平时血糖10左右", 180),
        ("血糖測ったら45でした", 45),  # 35 or more: mg/dL (US, Japan, Korea)
        ("on insulin, meter said 3.2 before lunch", 58),  # nineteenth round (LEFT): the meter's reading
    ],
)
def test_blood_sugar_without_a_unit(text: str, mg_dl: int) -> None:
    assert _values(text, "glucose") == [mg_dl]


@pytest.mark.parametrize(
    "text",
    [
        "blood sugar meds for 3 days",
        "혈당약 2알 먹어요",
        "血糖药吃了3天",
        "血糖の薬を2錠飲んだ",
        "sugar in my tea 2 spoons",
        "low blood sugar 2 times this week",
        "血糖高了3年",
    ],
)
def test_a_number_of_days_pills_or_times_after_a_sugar_word_is_no_reading(text: str) -> None:
    assert _values(text, "glucose") == []


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("my sugar was 3.2 so I ate some sweets and rechecked it's 7.1 now", 128),
        ("인슐린 맞는데 혈당이 50이라서 사탕 먹고 다시 재니 110 나왔어요", 110),
        ("血糖値が60で、ジュースを飲んで再測定したら120でした", 120),
        ("血糖只有3.1，喝了糖水又测了一下6.8", 122),
        # a hypo that is not recovering stays low
        ("sugar was 2.8, had juice, rechecked still 3.0", 54),
        # nineteenth round (LEFT): the time of the recheck said before its number
        ("meter said 3.2. gave him juice, rechecked 20 min later and its 7.1", 128),
        ("혈당 55였어요. 주스 드시고 20분 뒤 다시 재니 120이에요", 120),
        ("혈당 45 나와서 주스 마셨는데 다시 재니 50이에요", 50),
    ],
)
def test_the_last_reading_counts_after_a_recheck(text: str, last: int) -> None:
    readings = [e for e in extract(text) if e.type == "glucose"]
    assert [e.value for e in readings if e.qualifier is None] == [last]
    assert all(e.qualifier == "history" for e in readings[:-1]) and len(readings) == 2


@pytest.mark.parametrize(
    ("text", "mg_dl"),
    [
        ("sugar is 3.5 now", 63),  # "now" with no new number: the reading stands
        ("sugar 2.9 now I'm 70", 52),  # an age after "now" is no recheck
        ("sugar 3.5, 2 hours later", 63),
    ],
)
def test_no_recheck_without_a_new_reading(text: str, mg_dl: int) -> None:
    assert _values(text, "glucose") == [mg_dl]


@pytest.mark.parametrize(
    ("text", "bpm"),
    [
        ("pulse 38 and dizzy", 38),
        ("heart rate 150 at rest", 150),
        ("HR 140", 140),
        ("heart rate 45 bpm", 45),
        ("맥박이 40이에요 어지러워요", 40),
        ("맥박 150, 3일째", 150),
        ("脈が150あってドキドキする", 150),
        ("脈を測ったら40くらい", 40),
        ("心率35，头晕", 35),
        ("心跳超快，手錶顯示180幾，胸口悶", 180),
        ("脉搏40", 40),
        # nineteenth round (LEFT): the number far from the heart-rate word, a reading verb beside it
        ("갤럭시워치에서 심박수 높음 알림이 계속 와서 보니까 가만있는데 185 찍혀있어요", 185),
        ("my watch keeps giving me high heart rate alerts, I'm just sitting on the couch and it's showing 175", 175),
    ],
)
def test_a_pulse_said_as_a_number(text: str, bpm: int) -> None:
    assert _values(text, "pulse") == [bpm]


@pytest.mark.parametrize(
    "text",
    [
        "心跳很快，持续了40分钟",  # minutes
        "pulse fine, temp 38.5",  # another measurement
        "pulse 120/80",  # a blood pressure
        "heart rate hit 170 on my run",  # exertion, no rest said
        "不整脈があって、80歳",  # 不整脈 is no pulse; 80 an age
        "pulse ox says 89%",  # the saturation
        "my heart rate seemed high so I checked my blood pressure and it said 150 over 95",  # nineteenth round (LEFT)
        "peak flow meter said 350 this morning",
    ],
)
def test_numbers_that_are_no_pulse(text: str) -> None:
    assert _values(text, "pulse") == []


@pytest.mark.parametrize(
    ("text", "spo2"),
    [
        ("sats 88 and breathless", 88),
        ("SpO2 90 short of breath", 90),
        ("pulse ox says 89%", 89),
        ("oxygen 88%", 88),
        ("산소포화도 89 숨차요", 89),
        ("酸素飽和度が90です", 90),
        ("血氧88 喘不过气", 88),
        # nineteenth round (M): the device named alone
        ("my oximeter showed 86", 86),
        ("옥시미터 86 나와요", 86),
        ("パルスオキシメーターで86でした", 86),
        ("血含氧量86", 86),
        ("阿爸部血氧機顯示86", 86),
    ],
)
def test_oxygen_saturation(text: str, spo2: int) -> None:
    assert _values(text, "spo2") == [spo2]


@pytest.mark.parametrize(
    "text",
    [
        "I sat 90 minutes",
        "home oxygen for 10 years",
        # nineteenth round (M): a heart rate the oximeter shows is no saturation
        "the oximeter says heart rate 86",
        "パルスオキシメーターで脈拍86",
    ],
)
def test_numbers_that_are_no_saturation(text: str) -> None:
    assert _values(text, "spo2") == []


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("24F, got back from a flight", 24, "female"),
        ("type 1 diabetic, 24f. been vomiting", 24, "female"),
        ("35M here, chest pain", 35, "male"),
        ("m42 with a cough", 42, "male"),
        ("F/29 sore throat", 29, "female"),
        ("I'm 24f", 24, "female"),
    ],
)
def test_age_and_sex_said_short(text: str, age: int, sex: str) -> None:
    assert _values(text, "age") == [age] and _values(text, "sex") == [sex]


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        # eighteenth round (G): a baby or child said to be a boy; 남아요 (it remains) and BB仔 (any baby) are not
        ("5 day old baby boy, blood in nappy", ["male"]),
        ("my 6 day old son has a rash", ["male"]),
        ("생후 5일 아들인데", ["male"]),
        ("生後5日の息子", ["male"]),
        ("出生5天的男宝宝", ["male"]),
        ("我個仔出世5日", ["male"]),
        ("상처가 남아요", []),
        ("BB仔出世5日", []),
        ("my baby girl is 5 days old", []),
    ],
)
def test_boy_said(text: str, sex: list[str]) -> None:
    assert _values(text, "sex") == sex


@pytest.mark.parametrize(
    ("text", "child"),
    [
        # nineteenth round (GAPS2): a child word said of the one who is ill (triage.yml `child: true`), not the
        # patient's childhood, a birth, the children's dad, a children's medicine, nor a child the patient caught a bug
        # from or cares for; not 아이고, 딸꾹질, 애가 타요, 一个女的, BB霜
        ("子どもが何度も吐いて、ぐったりしてる", True),
        ("娘が吐いてぐったり", True),
        ("아이가 계속 토하고 축 처져 있어요", True),
        ("우리아이가 토해요", True),
        ("애가 토하고 기운이 없어요", True),
        ("孩子一直吐，整个人软软的没精神", True),
        ("個仔成日嘔", True),
        ("我個BB成日嘔", True),
        ("my son keeps vomiting and he's really floppy", True),
        ("my little boy has been sick all night", True),
        ("子どもの頃から胃が弱い", False),
        ("子どもの胃腸炎がうつって、吐いてぐったり", False),
        ("子供用の風邪薬", False),
        ("아이고 배야", False),
        ("딸꾹질이 안 멈춰요", False),
        ("애가 타요", False),
        ("아이를 낳은 지 2주", False),
        ("아이가 장염인데 저도 옮아서 토해요", False),
        ("生完孩子两个月，一直很累", False),
        ("孩子他爸说我脸色不好", False),
        ("带孩子太累了，吐了两次", False),
        ("被孩子传染了肠胃炎", False),
        ("一个女的", False),
        ("BB霜過敏", False),
        ("caught a stomach bug from my kids", False),
        ("my daughter says I look pale", False),
        ("since having my baby I've been exhausted", False),
        ("I'm exhausted after vomiting all night, my son kept me up", False),
    ],
)
def test_child_said(text: str, child: bool) -> None:
    assert bool(_values(text, "child")) is child


@pytest.mark.parametrize(("text", "age"), [("24yo with a rash", 24), ("24 y/o male", 24)])
def test_age_said_yo(text: str, age: int) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize("text", ["walked 30m and got breathless", "it started, 30m ago", "temp 98F", "at 10pm, pain"])
def test_distances_times_and_temperatures_are_no_age(text: str) -> None:
    assert _values(text, "age") == [] and _values(text, "sex") == []


@pytest.mark.parametrize(
    ("text", "cholesterol", "ldl"),
    [
        ("单位体检报告出来了，总胆固醇7.6，低密度5.2", [7.6], [5.2]),
        ("My cholesterol came back at 7.6 with LDL 5.2", [7.6], [5.2]),
        ("건강검진에서 총콜레스테롤 290, LDL 200 나왔어요", [7.5], [5.2]),  # mg/dL
        ("健康診断でLDLコレステロールが200でした", [], [5.2]),
        ("HDL cholesterol 1.3, total cholesterol 5.1", [5.1], []),  # HDL is neither
        ("高密度脂蛋白胆固醇1.2，低密度脂蛋白胆固醇3.1", [], [3.1]),
        ("LDL 190 mg/dL", [], [4.9]),  # no blood sugar of 190
        ("total cholesterol 7.6 mmol/L", [7.6], []),
        ("on cholesterol meds for 10 years", [], []),
        ("콜레스테롤 약 먹은 지 3년", [], []),
    ],
)
def test_cholesterol_and_ldl_in_either_unit(text: str, cholesterol: list, ldl: list) -> None:
    """Seventeenth round: a check-up's total cholesterol and LDL, in mmol/L; not a blood sugar."""
    assert _values(text, "cholesterol") == cholesterol and _values(text, "ldl") == ldl
    assert _values(text, "glucose") == []


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("TSH 12 라고 나왔어요", "tsh", [12.0]),
        ("a1c 6.1 flagged high", "hba1c", [6.1]),
        ("hba1c 44 mmol/mol", "hba1c", [6.2]),  # IFCC
        ("尿酸520 标了个向上的箭头", "urate", [520.0]),
        ("尿酸値が8.5", "urate", [506.0]),  # mg/dL
        ("ferritin came back 6 and hemoglobin 104", "ferritin", [6.0]),
        ("ferritin came back 6 and hemoglobin 104", "haemoglobin", [104.0]),
        ("Hb 9.8 g/dL", "haemoglobin", [98.0]),
        ("糖化血红蛋白6.3%", "haemoglobin", []),  # an HbA1c, no haemoglobin
        ("been on TSH meds for 3 years", "tsh", []),
    ],
)
def test_blood_results_said_with_their_number(text: str, kind: str, values: list) -> None:
    """Eighteenth round (D2): a TSH, an HbA1c, a uric acid, a ferritin, a haemoglobin, each in triage.yml's unit."""
    assert _values(text, kind) == values


@pytest.mark.parametrize(
    "text",
    [
        "hba1c 44 mmol/mol",  # no blood sugar of 44 mmol/L
        "口入面有粒痱滋 三日啦 一個禮拜左右會好",  # a week is the usual healing time, not a duration
    ],
)
def test_no_reading_or_duration_of_what_is_no_such(text: str) -> None:
    """Eighteenth round (D2)."""
    assert _values(text, "glucose") == []
    assert all(v < 168 for v in _values(text, "duration"))


def test_saturation_red_flag_fires_low_not_normal() -> None:
    """zh "血氧只有9" matched 96 and 98 too: 90 and 91 fire by words, 92 by the triage rule spo2_low."""
    assert "breathing_severe" in {f.id for f in nlu.parse("血氧只有88").red_flags}
    assert "breathing_severe" in {f.id for f in nlu.parse("血氧只有91，喘不上气").red_flags}
    assert "breathing_severe" not in {f.id for f in nlu.parse("血氧只有96，有点咳嗽").red_flags}
