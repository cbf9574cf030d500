"""Urinary symptoms said colloquially (nlu/data/lexicon/symptoms.yml, nlu/lexicon.py): frequent urination said
loosely ("peeing every 20 minutes", 소변을 너무 자주 봐요, 頻尿気味, 尿频), painful urination or blood in the urine when
the pain or blood is in the same clause as the urination, whatever stands between them; a pain of another body part or
clause is no dysuria, and a denied one is negated. Blood in the urine raises no GI-bleeding flag. Sentences of our
own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import found, rule_flags, symptoms_present


# Frequent urination said loosely.
@pytest.mark.parametrize(
    "text",
    [
        "I'm peeing every 20 minutes",
        "I have to pee all the time lately",
        "I pee constantly at night",
        "자주 소변을 보러 가요",
        "소변을 너무 자주 봐요",
        "오줌이 30분마다 마려워요",
        "最近おしっこに何度も行きます",
        "頻尿気味です",
        "小便很频繁",
        "尿频得厉害",
    ],
)
def test_frequent_urination(lexicon, text):
    assert "frequent_urination" in found(lexicon, text)


# Urination and pain (or blood) in one clause, whatever stands between them; pain elsewhere is no dysuria.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("it really stings every time I wee", "painful_urination"),
        ("burns so bad when i pee", "painful_urination"),
        ("weeing hurts", "painful_urination"),
        ("おしっこをした後にズキズキ痛みます", "painful_urination"),
        ("おしっこのとき少しいたい", "painful_urination"),
        ("尿尿的时候一直很疼", "painful_urination"),
        ("小便時會痛", "painful_urination"),
        ("소변 볼 때마다 너무 따가워요", "painful_urination"),
        ("오줌 눌 때 좀 아팠어", "painful_urination"),
        ("小便里面有点血", "blood_in_urine"),
        ("おしっこに血が混ざってる", "blood_in_urine"),
        ("오줌에 피가 조금 비쳐요", "blood_in_urine"),
        ("there was blood when I peed", "blood_in_urine"),
    ],
)
def test_colloquial_urinary_symptoms(lexicon, text, concept):
    assert concept in found(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm weeing every hour and it really stings",
        "peeing all the time and it burns",
        "소변을 자주 보고 볼 때 아파요",
        "おしっこが何度も出て、痛いです",
        "小便次数多，而且有点疼",
    ],
)
def test_frequent_and_painful_urination_in_one_sentence(lexicon, text):
    assert {"frequent_urination", "painful_urination"} <= found(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "I pee a lot and my head hurts",
        "peeing every hour. My knee hurts too",
        "I pee all the time but it doesn't hurt",
        "소변을 자주 보고 머리가 아파요",
        "おしっこが近くて頭が痛い",
        "尿频，头也疼",
    ],
)
def test_pain_elsewhere_is_no_painful_urination(lexicon, text):
    assert "painful_urination" not in found(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "my head hurts and I pee a lot",  # another clause
        "おしっこが近くて頭が痛い",  # the pain belongs to the head
        "おしっこが近くて頭痛もある",  # ... or to a longer symptom name
        "소변 보고 나서 배가 아파요",
        "糖尿病で足が痛い",  # 糖尿 is no urine
        "소변을 자주 봐서 피곤해요",  # 피곤 is no blood
        "尿尿的时候不痛",  # negated in between
    ],
)
def test_urination_and_pain_apart_are_not_dysuria(lexicon, text):
    assert not found(lexicon, text) & {"painful_urination", "blood_in_urine"}


def test_the_complaint_word_is_no_symptom_of_its_own(lexicon):
    assert found(lexicon, "it burns every time I wee") == {"painful_urination"}


def test_a_denied_urinary_symptom_is_negated(pipeline):
    parsed = pipeline.parse("소변 볼 때 따갑지는 않아요", prev_lang="ko")
    assert "painful_urination" in parsed.negated


# Blood in the urine is no GI bleeding; blood from the bowel or stomach still is.
@pytest.mark.parametrize(
    ("text", "lang", "flags"),
    [
        ("소변에서 피가 나와요", "ko", set()),
        ("소변이 빨갛고 피가 섞인 것 같아", "ko", set()),
        # a little blood in the stool is seen, not an emergency (as in ja, zh, en); a lot still fires
        ("대변에 피가 많이 섞여 나와요", "ko", {"gi_bleeding"}),
        ("변이 까맣게 나와요", "ko", {"gi_bleeding"}),
        ("피를 토했어", "ko", {"gi_bleeding"}),
        ("尿に血が混じる", "ja", set()),
        ("小便带血", "zh", set()),
        ("there's blood in my pee", "en", set()),
    ],
)
def test_blood_in_urine_is_no_gi_bleeding(rules, text, lang, flags):
    assert rule_flags(rules, text, lang) & {"gi_bleeding"} == flags


# Sixteenth round (JA_EM): no urine at all said politely, with "at all" or "not a drop" between, and the negation inside
# the name, so that "出なくて" after it is the finding, not a denial.
@pytest.mark.parametrize(
    "text",
    [
        "夫は朝から尿が一滴も出なくて困っています",
        "おしっこが全く出ません",
        "尿が全然出ないんです",
        "오줌이 한 방울도 안 나와요",
        "아버지가 소변이 전혀 안 나오신대요",
        "一滴尿也没有",
        "屙唔出尿，好辛苦",
    ],
)
def test_no_urine_at_all_is_retention(text):
    assert "urinary_retention" in symptoms_present(text)


@pytest.mark.parametrize("text", ["おしっこは普通に出ます", "소변은 잘 나와요", "小便正常"])
def test_urine_passed_is_no_retention(text):
    assert "urinary_retention" not in symptoms_present(text)
