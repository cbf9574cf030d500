"""Third round of NLU gaps (issue 3): a fever said with words between 열이/烧/fever and its verb, frequent and
painful urination said loosely, an arm that will not move after an injury (no stroke), and intensified pain
words as a severity band. Sentences of our own; none is in the training or evaluation data."""

import pytest

import nlu
from nlu.quantities import extract


def _found(lexicon, text):
    return {e.value for e in lexicon.find(text) if e.type == "symptom"}


def _severity(text):
    return [e.value for e in extract(text) if e.type == "severity"]


# 1. Fever with words between the fever word and its verb; "won't go down" negates the going down, not the fever.
@pytest.mark.parametrize(
    "text",
    [
        "콧물이랑 열이 사흘째 안 떨어져요",
        "열이 어젯밤부터 계속 나요",
        "열이 이틀 전부터 있어요",
        "애가 열이 해열제를 먹여도 안 내려요",
        "열이 오늘도 나고 목이 아파요",
        "熱が4日も下がらないんです",
        "熱がずっと下がりません",
        "烧了两天还是不退",
        "孩子的烧一直退不下来",
        "his fever just won't break",
        "the fever hasn't gone down since Sunday",
        "my temperature keeps going up",
    ],
)
def test_fever_with_words_between_is_fever_and_not_negated(pipeline, text):
    parsed = nlu.parse(text)
    assert "fever" in {e.value for e in parsed.entities if e.type == "symptom"}
    assert "fever" not in parsed.negated


@pytest.mark.parametrize(
    "text",
    ["열이 없어요", "열은 안 나요", "열도 없고 괜찮아요", "熱はありません", "没有发烧", "no fever at all"],
)
def test_denied_fever_is_still_absent(pipeline, text):
    parsed = nlu.parse(text)
    assert "fever" not in {e.value for e in parsed.entities if e.type == "symptom"} or "fever" in parsed.negated


@pytest.mark.parametrize(
    "text",
    ["열이틀 동안 여행 갔다 왔어요", "烧烤很好吃", "烧伤了手", "the temperature outside is nice", "열이면 열 다 좋아"],
)
def test_no_fever_in_other_words(lexicon, text):
    assert "fever" not in _found(lexicon, text)


# 2. Frequent urination said loosely, and painful urination when a pain word follows in the same sentence.
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
    assert "frequent_urination" in _found(lexicon, text)


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
    assert {"frequent_urination", "painful_urination"} <= _found(lexicon, text)


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
    assert "painful_urination" not in _found(lexicon, text)


# 3. After an injury, a limb that won't move is the injury; a stroke still fires without one.
@pytest.mark.parametrize(
    "text",
    [
        "I tripped on the stairs and can't move my leg",
        "crashed my scooter and now I can't lift my arm",
        "got hit by a ball and can't move my arm",
        "계단에서 넘어져서 팔이 안 움직여요",
        "축구하다 다쳐서 다리를 못 움직이겠어요",
        "階段で転んで右手が動かない",
        "スキーで転倒して腕が動かせない",
        "从楼梯上摔下来，手动不了",
        "骑车摔了，腿动不了",
    ],
)
def test_limb_that_wont_move_after_an_injury_is_no_stroke(pipeline, text):
    parsed = nlu.parse(text)
    symptoms = {e.value for e in parsed.entities if e.type == "symptom"}
    assert "cannot_move_limb" in symptoms
    assert not symptoms & {"weakness_one_side", "facial_droop", "speech_difficulty", "stroke"}
    assert "stroke_signs" not in [f.id for f in parsed.red_flags]


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("my arm is weak and I can't move it", "weakness_one_side"),
        ("팔에 힘이 없고 팔이 안 움직여요", "weakness_one_side"),
        ("右手が動かなくなりました", "weakness_one_side"),
        ("手动不了了", "weakness_one_side"),
    ],
)
def test_without_an_injury_weakness_stays(lexicon, text, symptom):
    assert symptom in _found(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "I fell and can't move my arm and my face is drooping on one side",
        "넘어졌는데 한쪽 얼굴이 처지고 팔이 안 움직여요",
        "転んだあと、ろれつが回らなくて右手が動かない",
        "摔倒以后嘴歪了，手动不了",
    ],
)
def test_injury_with_a_droop_or_speech_trouble_is_still_a_stroke(pipeline, text):
    parsed = nlu.parse(text)
    symptoms = {e.value for e in parsed.entities if e.type == "symptom"}
    assert "weakness_one_side" in symptoms or "stroke_signs" in [f.id for f in parsed.red_flags]


@pytest.mark.parametrize(
    "text",
    [
        "I suddenly can't move my left arm",
        "갑자기 한쪽 팔다리에 힘이 없어요",
        "急に右手がしびれて動かない",
        "突然半边身体动不了",
    ],
)
def test_true_stroke_statements_still_fire(pipeline, text):
    assert "stroke_signs" in [f.id for f in nlu.parse(text).red_flags]


# 4. Intensified pain words give a severity band, change no intent and raise no red flag.
@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("my knee really hurts", "severe"),
        ("it hurts so bad", "severe"),
        ("my throat is so sore", "severe"),
        ("my back hurts a lot", "moderate"),
        ("배가 너무 아파요", "severe"),
        ("이가 진짜 아파요", "severe"),
        ("허리가 많이 아파요", "moderate"),
        ("お腹がすごく痛いです", "severe"),
        ("歯がめっちゃ痛い", "severe"),
        ("腰がかなり痛い", "moderate"),
        ("肚子好痛", "severe"),
        ("牙疼死了", "severe"),
        ("腰很疼", "moderate"),
    ],
)
def test_intensified_pain_is_a_severity_band(text, band):
    assert band in _severity(text)


@pytest.mark.parametrize(
    "text",
    [
        "it doesn't hurt much",
        "it doesn't really hurt",
        "it doesn't hurt a lot",
        "不太痛",
        "不很痛",
        "no pain at all",
        "아프지 않아요",
        "너무 아프지는 않아요",
        "痛くないです",
        "すごく痛くはないです",
        "it hurts a lot less today",
        "活得太痛苦了",
        "心里很痛苦",
    ],
)
def test_mild_or_denied_pain_is_no_band(text):
    assert not {"severe", "moderate"} & set(_severity(text))


@pytest.mark.parametrize(
    "text", ["my ankle really hurts", "무릎이 너무 아파요", "足がすごく痛い", "脚好痛", "喉咙很疼"]
)
def test_intensified_pain_is_a_report_without_red_flags(pipeline, rules, text):
    parsed = nlu.parse(text)
    assert parsed.intent.name == "report_symptom"
    assert not parsed.red_flags
    assert any(e.type == "severity" and e.value in ("severe", "moderate") for e in parsed.entities)


def test_a_number_still_wins_over_the_band():
    assert _severity("it really hurts, like 8/10") == [8]
