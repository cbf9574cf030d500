"""Chronic conditions (nlu/data/lexicon/conditions.yml): diabetes, hypertension, asthma, COPD, heart and kidney disease
are read as the patient's history, not as a complaint, and a denied one is none; an asthma attack is still a symptom.
Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import found


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("I have diabetes", "diabetes"),
        ("당뇨가 있는데 발에 상처가 안 나아요", "diabetes"),
        ("高血圧があります", "hypertension"),
        ("我有高血压", "hypertension"),
        ("I have asthma", "asthma"),
        ("천식이 있어요", "asthma"),
        ("COPD라서 숨이 잘 차요", "copd"),
        ("肺気腫の持病があります", "copd"),
        ("he has heart failure", "heart_disease"),
        ("心脏病好几年了", "heart_disease"),
        ("I'm on dialysis", "kidney_disease"),
        ("신부전으로 투석 중이에요", "kidney_disease"),
        # Sixteenth round (ZH_EM): heart stents said as 放过支架; lupus.
        ("我妈放过支架", "heart_disease"),
        ("我妈有红斑狼疮", "lupus"),
        ("I have lupus", "lupus"),
        ("루푸스가 있어요", "lupus"),
        ("全身性エリテマトーデスがあります", "lupus"),
    ],
)
def test_conditions(lexicon, text, condition):
    assert condition in found(lexicon, text, "condition")


@pytest.mark.parametrize(
    "text", ["I have asthma", "천식이 있어요", "喘息持ちです", "我有哮喘", "I have high blood pressure"]
)
def test_a_condition_is_no_complaint(lexicon, text):
    assert found(lexicon, text) == set()


@pytest.mark.parametrize(
    "text",
    ["I'm having an asthma attack", "I can't breathe with my asthma", "천식 때문에 숨이 차요", "喘息の発作が出ました"],
)
def test_an_asthma_attack_is_still_a_symptom(lexicon, text):
    assert "asthma_attack" in found(lexicon, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("I don't have diabetes", set()),
        ("당뇨는 없어요", set()),
        ("我没有高血压", set()),
        ("diabetes yes, but no heart disease", {"diabetes"}),
        ("I have diabetes and high blood pressure", {"diabetes", "hypertension"}),
    ],
)
def test_a_denied_condition_is_no_history(pipeline, text, present):
    assert {e.value for e in pipeline.parse(text).entities if e.type == "condition"} == present


@pytest.mark.parametrize(
    ("text", "diabetic"),
    [
        # Nineteenth round (M, blocklist.yml): prediabetes is no diabetes; diabetes said beside it still is.
        ("작년 건강검진 때 당뇨 전단계라고 들었어요", False),
        ("당뇨병 전 단계래요", False),
        ("健診で糖尿病予備群と言われました", False),
        ("境界型糖尿病です", False),
        ("医生说我是糖尿病前期", False),
        ("醫生話我係糖尿病前期", False),
        ("I'm pre-diabetic", False),
        ("told I'm borderline diabetic", False),
        ("당뇨 전단계였는데 이제 당뇨래요", True),
        ("糖尿病予備群から糖尿病になりました", True),
        ("以前是糖尿病前期，现在确诊糖尿病了", True),
        ("I was pre-diabetic and now I have type 2 diabetes", True),
        ("I'm diabetic", True),
    ],
)
def test_prediabetes_is_no_diabetes(lexicon, text, diabetic):
    assert ("diabetes" in found(lexicon, text, "condition")) is diabetic
