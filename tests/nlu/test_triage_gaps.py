"""Gaps the assistant's triage evaluation found in the NLU, each fixed in general: colloquial urinary symptoms,
temperatures and durations as patients type them, narrower stroke and GI-bleeding rules, casual suicidal
statements, and Chinese told from Japanese without kana. Sentences of our own, not the vignettes'."""

import pytest

from nlu.quantities import extract


def _symptoms(lexicon, text):
    return {e.value for e in lexicon.find(text) if e.type == "symptom"}


def _values(text, kind):
    return [e.value for e in extract(text) if e.type == kind]


def _flags(rules, text, lang):
    return {f.id for f in rules.find(text, lang)}


# 1. Urination + pain (or blood) in one clause, whatever stands between them.
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
    assert concept in _symptoms(lexicon, text)


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
    assert not _symptoms(lexicon, text) & {"painful_urination", "blood_in_urine"}


def test_the_complaint_word_is_no_symptom_of_its_own(lexicon):
    assert _symptoms(lexicon, "it burns every time I wee") == {"painful_urination"}


def test_a_denied_urinary_symptom_is_negated(pipeline):
    parsed = pipeline.parse("소변 볼 때 따갑지는 않아요", prev_lang="ko")
    assert "painful_urination" in parsed.negated


# 2. Temperatures: °F with or without a unit in a fever context, °C in every language.
@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("fever of 104 since last night", 40.0),
        ("temp was 100.4 this morning", 38.0),
        ("it's 102F", 38.9),
        ("thermometer says 101.3 degrees", 38.5),
        ("fever's around 101-102", 38.3),
        ("열이 39 넘어요", 39.0),
        ("열이 38.7도예요", 38.7),
        ("熱が38度2分あります", 38.2),
        ("体温は39.1℃", 39.1),
        ("发烧三十九度", 39.0),
        ("烧到三十八度半", 38.5),
    ],
)
def test_temperatures(text, celsius):
    assert _values(text, "temperature") == [celsius]


@pytest.mark.parametrize("text", ["fever, pulse 104", "fever for 3 days", "my dad is 102", "turn it 90度"])
def test_numbers_that_are_no_temperature(text):
    assert _values(text, "temperature") == []


# 3. Durations: "more than" and ranges read as the lower bound, in hours.
@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("咳了一个多星期", 168),
        ("两个多月了", 1440),
        ("十多天", 240),
        ("三四天了", 72),
        ("一兩天", 24),
        ("2週間以上続いてる", 336),
        ("4、5日前から", 96),
        ("열흘 넘게", 240),
        ("한 달 넘게", 720),
        ("삼사일 됐어요", 72),
        ("두세 시간째", 2),
        ("over two weeks", 336),
        ("a couple of days", 48),
        ("3-4 days", 72),
        ("four or five days", 96),
        ("fever 38, 2 days", 48),  # a comma after a temperature is no range
    ],
)
def test_durations(text, hours):
    assert _values(text, "duration") == [hours]


# 4. Stroke: one-sided weakness or numbness with sudden onset, droop, speech trouble; not swelling.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("智齿发炎，半边脸肿得很大", "zh"),
        ("一边脸都肿了", "zh"),
        ("歯茎が腫れて顔の半分がパンパン", "ja"),
        ("糖尿病で両足のしびれがずっとある", "ja"),
        ("最近左足がしびれる", "ja"),
        ("사랑니 때문에 얼굴 한쪽이 퉁퉁 부었어요", "ko"),
        ("my cheek is swollen on one side", "en"),
        ("下半身がだるい", "ja"),
    ],
)
def test_swelling_or_chronic_numbness_is_no_stroke(rules, text, lang):
    assert "stroke_signs" not in _flags(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("突然半边身子没力气", "zh"),
        ("半边身子麻了", "zh"),
        ("他的嘴歪到一边了", "zh"),
        ("急に左腕がしびれて動かない", "ja"),
        ("いきなり右足に力が入らなくなった", "ja"),
        ("顔の右側が垂れてる", "ja"),
        ("갑자기 오른쪽 팔에 힘이 없어요", "ko"),
        ("얼굴이 한쪽으로 처졌어요", "ko"),
        ("she suddenly went numb down her left side", "en"),
        ("his face is drooping and his speech is slurred", "en"),
    ],
)
def test_true_stroke_signs_still_fire(rules, text, lang):
    assert "stroke_signs" in _flags(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "flags"),
    [
        ("소변에서 피가 나와요", "ko", set()),
        ("소변이 빨갛고 피가 섞인 것 같아", "ko", set()),
        # eleventh round: a little blood in the stool is seen, not an emergency (as in ja, zh, en); a lot still fires
        ("대변에 피가 많이 섞여 나와요", "ko", {"gi_bleeding"}),
        ("변이 까맣게 나와요", "ko", {"gi_bleeding"}),
        ("피를 토했어", "ko", {"gi_bleeding"}),
        ("尿に血が混じる", "ja", set()),
        ("小便带血", "zh", set()),
        ("there's blood in my pee", "en", set()),
    ],
)
def test_blood_in_urine_is_no_gi_bleeding(rules, text, lang, flags):
    assert _flags(rules, text, lang) & {"gi_bleeding"} == flags


# 5. Suicidal intent in casual register, every language.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("나 더 이상 못 살겠어", "ko"),
        ("한강 다리에서 뛰어내릴래", "ko"),
        ("그냥 죽어버릴 거야", "ko"),
        ("오늘 밤에 다 끝낼 거야", "ko"),
        ("유서 써놨어 오늘 끝낼 거야", "ko"),
        ("もう死にたいわ", "ja"),
        ("消えてしまいたい", "ja"),
        ("屋上から飛び降りるつもり", "ja"),
        ("死んでやる", "ja"),
        ("真的不想活了", "zh"),
        ("我想跳楼", "zh"),
        ("活够了", "zh"),
        ("im gonna end it tonight", "en"),
        ("i'm going to kill myself", "en"),
        ("thinking about jumping off the bridge", "en"),
        ("죽고 싶은 생각이 없어지지 않아요", "ko"),  # the thought will not go away: no denial
    ],
)
def test_casual_suicidal_statements_fire(rules, text, lang):
    assert "suicidal" in _flags(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("숙제 오늘 끝낼 거야", "ko"), ("ok gonna end it here, thanks", "en"), ("더워서 못 살겠어", "ko")],
)
def test_finishing_something_is_not_suicidal(rules, text, lang):
    assert "suicidal" not in _flags(rules, text, lang)


# 6. Han-only messages after a turn in the other language (我头疼 after Japanese, 発熱 after Chinese) are rows of
# langid_chat.tsv, checked by test_langid.py.
