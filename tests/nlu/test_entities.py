"""Entities (nlu/lexicon.py, nlu/matcher.py, nlu/quantities.py): body parts, symptoms with their ICD-10 codes,
medications and allergens found by the gazetteer (whole words, inflections, compound traps), and the quantities read
from a message: durations, temperatures, pain scores, blood pressure, glucose (an HbA1c as the blood sugar of the same
threshold), age, pregnancy and onset. Wordings patients use are tested in test_durations.py, test_ages.py,
test_temperatures.py and test_quantities_said.py."""

from datetime import datetime, timedelta, timezone

import pytest
from nlu_reads import parsed_values

from nlu.matcher import Gazetteer, inflections
from nlu.quantities import extract

SUNDAY_NOON = datetime(2026, 11, 29, 12, 0)


def _found(lexicon, text):
    return {(e.type, e.value, text[e.start : e.end]) for e in lexicon.find(text)}


@pytest.mark.parametrize(
    "text",
    [
        "목요일에 예약하고 싶어요",
        "배고파요",
        "머리카락이 많이 빠져요",
        "头发掉了很多",
        "面目ない",
        "눈이 와요",
        "오늘은 목욕했어요",
    ],
)
def test_compound_traps_do_not_match_short_body_parts(fixture_lexicon, text):
    assert not [e for e in fixture_lexicon.find(text) if e.type == "body_part"]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("배아파요", "abdomen"),
        ("목이 아파요", "neck"),
        ("머리카락 말고 머리가 아파요", "head"),
        ("눈이 아파요", "eye"),
        ("我头疼", "head"),
    ],
)
def test_body_parts_found_where_they_are_meant(fixture_lexicon, text, concept):
    assert concept in {e.value for e in fixture_lexicon.find(text) if e.type == "body_part"}


def test_symptoms_carry_concept_and_icd10_and_offsets_into_the_original_text(fixture_lexicon):
    text = "어제부터 머리가   아파요"  # extra spaces: matching ignores whitespace, offsets do not
    symptoms = [e for e in fixture_lexicon.find(text) if e.type == "symptom"]
    assert [(s.value, s.code) for s in symptoms] == [("headache", "R51")]
    assert text[symptoms[0].start : symptoms[0].end] == symptoms[0].text
    assert symptoms[0].text.startswith("머리가")


def test_english_inflections(fixture_lexicon):
    found = _found(fixture_lexicon, "Headaches every day and coughing, plus sore throats")
    assert {v for _, v, _ in found} >= {"headache", "cough", "sore_throat"}


def test_english_words_match_whole_words_only():
    g = Gazetteer([("en", "ear", "ear")])
    assert not g.find("I heard it early")
    assert g.find("my ear hurts")


def test_regular_inflections_but_not_truncations():
    assert {"coughing", "coughs", "coughed"} <= inflections("cough")
    assert "throbbing" in inflections("throb")
    assert "breathing" in inflections("breathe")
    assert not Gazetteer([("en", "fitting", "seizure")]).find("could you fit me in")
    # seventeenth round: a possessive or "is" written onto the word is one token ("whole family's got", "the dog's off")
    assert Gazetteer([("en", "whole family", "household")]).find("Whole family's got headaches")


def test_lexicon_finds_medications_and_allergens(fixture_lexicon):
    found = _found(fixture_lexicon, "타이레놀 먹었는데 페니실린 알레르기 있어요")
    assert ("medication", "paracetamol", "타이레놀") in found
    assert ("allergy", "penicillin", "페니실린") in found


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("headache for 3 days", 72),
        ("사흘 전부터", 72),
        ("三天了", 72),
        ("3日間続いています", 72),
        ("two weeks", 336),
        ("两个星期", 336),
        ("1시간 전부터", 1),
    ],
)
def test_durations_in_hours(text, hours):
    assert [e.value for e in extract(text, SUNDAY_NOON) if e.type == "duration"] == [hours]


def test_since_a_weekday_counts_back_from_now():
    (duration,) = [e for e in extract("since Tuesday", SUNDAY_NOON) if e.type == "duration"]
    assert duration.value == 5 * 24 + 12  # Tuesday 00:00 to Sunday noon


def test_a_time_zone_aware_now_counts_by_its_own_clock():
    korea = SUNDAY_NOON.replace(tzinfo=timezone(timedelta(hours=9)))
    assert [e.value for e in extract("since Tuesday", korea) if e.type == "duration"] == [5 * 24 + 12]


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("temp 101F", 38.3),
        ("열이 38.5도", 38.5),
        ("38度5分です", 38.5),
        ("体温39度", 39.0),
        ("38.2", 38.2),
        ("39℃", 39),
    ],
)
def test_temperatures_in_celsius(text, celsius):
    assert [e.value for e in extract(text) if e.type == "temperature"] == [celsius]


@pytest.mark.parametrize(
    ("text", "score"),
    [("pain is 7/10", 7), ("통증은 7점", 7), ("七分痛", 7), ("10段階で8くらい", 8), ("severe pain", "severe")],
)
def test_severity(text, score):
    assert [e.value for e in extract(text) if e.type == "severity"] == [score]


@pytest.mark.parametrize("text", ["鼻血は10分くらいで止まりました", "5分前から胸が痛い", "十分に休んだけど頭が痛い"])
def test_japanese_minutes_and_enough_are_no_pain_score(text):
    assert [e.value for e in extract(text) if e.type == "severity"] == []


def test_blood_pressure_glucose_age_pregnancy():
    values = {e.type: e.value for e in extract("BP 140/90, sugar 7.8 mmol/L, 45 years old, 12 weeks pregnant")}
    assert values["blood_pressure"] == {"systolic": 140, "diastolic": 90}
    assert values["glucose"] == round(7.8 * 18)
    assert values["age"] == 45
    assert values["pregnancy"] == 12
    assert "duration" not in values  # "12 weeks" belongs to the pregnancy


def test_infant_age_in_months():
    assert [e.value for e in extract("생후 2개월 아기") if e.type == "age"] == [round(2 / 12, 2)]


@pytest.mark.parametrize(
    "text", ["집 혈압계로 재면 계속 160에 100 나와요", "血圧は上が160で下が100でした", "高压160低压100，头有点沉"]
)
def test_a_reading_said_in_words_is_a_blood_pressure(text):
    assert [e.value for e in extract(text) if e.type == "blood_pressure"] == [{"systolic": 160, "diastolic": 100}]
    assert not [e for e in extract("3시에 10분 걸려요") if e.type == "blood_pressure"]


def test_pain_score_is_not_a_blood_pressure():
    assert not [e for e in extract("7/10") if e.type == "blood_pressure"]


def test_a_drug_is_an_allergy_only_next_to_an_allergy_word(fixture_lexicon):
    assert ("allergy", "aspirin", "aspirin") in _found(fixture_lexicon, "I'm allergic to aspirin")
    assert ("medication", "aspirin", "aspirin") not in _found(fixture_lexicon, "I'm allergic to aspirin")
    assert ("allergy", "aspirin", "아스피린") in _found(fixture_lexicon, "아스피린 알레르기가 있어요")
    took = _found(fixture_lexicon, "I took an aspirin this morning")
    assert ("medication", "aspirin", "aspirin") in took
    assert not [x for x in took if x[0] == "allergy"]
    assert ("allergy", "peanut", "땅콩") in _found(fixture_lexicon, "땅콩 먹으면 두드러기 나요")


@pytest.mark.parametrize("text", ["목요일에 예약 가능해요?", "타이레놀 먹어도 돼요?", "can I come on Thursday?"])
def test_days_and_drug_names_are_not_durations(text):
    assert not [e for e in extract(text, SUNDAY_NOON) if e.type == "duration"]


def test_onset_yesterday_is_a_date():
    assert [e.value for e in extract("I fell yesterday", SUNDAY_NOON) if e.type == "onset"] == ["2026-11-28"]


@pytest.mark.parametrize(
    ("text", "onsets"),
    [
        # Nineteenth round (E19U): a suddenness denied is no sudden onset; said, it stays
        ("한쪽 귀가 더 안 들리신대요. 갑자기 그런 건 아니고 서서히요", ["gradual"]),
        ("갑자기는 아니고 며칠 됐어요", []),
        ("片方の耳が聞こえにくい。急にではなく徐々にです", ["gradual"]),
        ("hearing in one ear is going, not sudden at all", []),
        ("不是突然的，慢慢听不清", ["gradual"]),
        ("갑자기 귀가 안 들려요", ["sudden"]),
        ("갑자기 아파서 병원 간 건 아니고 좀 참았어요", ["sudden"]),
        ("急に聞こえなくなった", ["sudden"]),
        ("suddenly deaf in one ear", ["sudden"]),
        ("突然聽不到", ["sudden"]),
    ],
)
def test_a_denied_suddenness_is_no_sudden_onset(text: str, onsets: list[str]):
    assert [e.value for e in extract(text, SUNDAY_NOON) if e.type == "onset"] == onsets


@pytest.mark.parametrize(
    ("text", "mg_dl"),
    [
        ("健康診断でHbA1cが7.0%でした", 136),
        ("당화혈색소 6.5 나왔어요", 126),
        ("体检糖化血红蛋白8.1%", 157),
        ("my a1c came back at 5.6", 109),
    ],
)
def test_hba1c_reads_as_the_blood_sugar_of_the_same_threshold(text, mg_dl):
    assert parsed_values(text, "glucose") == [mg_dl]


def test_a_number_in_a_name_is_the_whole_number():
    """Sixteenth round: a CJK name that begins with a number does not match the tail of a longer one."""
    g = Gazetteer([("ko", "1개월 아기", "infant"), ("ja", "1ヶ月の赤", "infant")], word_rules=False)
    assert not g.find("11개월 아기가 열이 나요") and not g.find("11ヶ月の赤ちゃん")
    assert g.find("1개월 아기가 열이 나요") and g.find("生後1ヶ月の赤ちゃん")


def test_an_english_name_does_not_run_across_a_clause():
    """Sixteenth round: "the right side, hurts to bend" holds no "side hurt"; a name written with its commas still
    matches, and a decimal point is no clause's end."""
    g = Gazetteer([("en", "side hurt", "flank_pain"), ("en", "hand, foot and mouth", "hfmd"), ("en", "38.5", "fever")])
    assert not g.find("mostly the right side, hurts to bend over")
    assert g.find("my side hurts") and g.find("she has hand, foot and mouth") and g.find("temp of 38.5")
