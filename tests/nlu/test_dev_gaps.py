"""Gaps the assistant's development vignettes and triage evaluation found in the NLU (second round), each fixed
in general: missing symptom wordings, ages and durations, denied pregnancy, chronic conditions, the course of
a complaint, breathlessness too bad to speak, denied suicidal thoughts and hyperbole. Sentences of our own."""

import pytest

from nlu.quantities import extract


def _found(lexicon, text, kind="symptom"):
    return {e.value for e in lexicon.find(text) if e.type == kind}


def _values(text, kind):
    return [e.value for e in extract(text) if e.type == kind]


def _flags(rules, text, lang):
    return {f.id for f in rules.find(text, lang)}


# 1. Symptom wordings.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("우리 강아지한테 다리를 물렸어요", "animal_bite"),
        ("강아지가 손을 물었어요", "animal_bite"),
        ("I got bitten by the neighbour's dog last night", "animal_bite"),
        ("the cat bit my finger", "animal_bite"),
        ("うちの猫に手を噛まれた", "animal_bite"),
        ("我家的狗咬了我一口", "animal_bite"),
        ("腕が赤く腫れて熱をもっています", "cellulitis"),
        ("ふくらはぎが熱を持って腫れてる", "cellulitis"),
        ("小腿红肿发热", "cellulitis"),
        ("手背紅腫發燙", "cellulitis"),
        ("my leg is red, hot and swollen", "cellulitis"),
        ("종아리가 빨갛게 부었고 만지면 뜨거워요", "cellulitis"),
        ("I have a band of small blisters on my side that burns", "shingles"),
        ("옆구리에 띠 모양으로 물집이 생겼어요", "shingles"),
        ("背中に帯状疱疹ができた", "shingles"),
        ("腰に帯状に水ぶくれができてピリピリ痛い", "shingles"),
        ("肚子上长了一排水泡，很痛", "shingles"),
        ("my mole has got bigger and darker", "mole_change"),
        ("a mole on my arm that's got darker lately", "mole_change"),
        ("the mole on my neck has grown", "mole_change"),
        ("얼굴에 있는 점이 점점 커지고 있어요", "mole_change"),
        ("ほくろが大きくなってきた", "mole_change"),
        ("meat feels stuck when I swallow", "difficulty_swallowing"),
        ("I can't even keep water down since this morning", "dehydration"),
        ("she throws up even water", "dehydration"),
        ("水も飲めません", "dehydration"),
        ("아이가 물만 마셔도 토해요", "dehydration"),
        ("孩子喝水都吐", "dehydration"),
        ("I can't put any weight on my left foot", "difficulty_walking"),
        ("cannot bear weight on that leg", "difficulty_walking"),
        ("넘어진 뒤로 발을 못 디디겠어요", "difficulty_walking"),
        ("足首をひねって体重をかけられない", "difficulty_walking"),
        ("脚不敢着地", "difficulty_walking"),
        ("I can't move my wrist since the fall", "cannot_move_limb"),
        ("he cannot bend his elbow", "cannot_move_limb"),
        ("手首が動かせません", "cannot_move_limb"),
        ("팔을 못 움직이겠어요", "cannot_move_limb"),
        ("摔倒以后胳膊动不了", "cannot_move_limb"),
        ("my stomache has been bad all day", "abdominal_pain"),
        ("時差ボケで眠れない", "insomnia"),
    ],
)
def test_symptom_wordings(lexicon, text, concept):
    assert concept in _found(lexicon, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I got bitten by our cat", ("allergy", "cat")),
        ("the dog bit my hand", ("allergy", "dog")),
        ("時差ボケで眠れない", ("symptom", "memory_loss")),
        ("이마를 만지면 뜨거워요", ("symptom", "cellulitis")),  # a hot forehead is a fever
        ("目が赤く腫れて熱がある", ("symptom", "cellulitis")),
    ],
)
def test_not_read_as(lexicon, text, absent):
    kind, value = absent
    assert value not in _found(lexicon, text, kind)


def test_an_allergy_to_an_animal_is_still_an_allergy(lexicon):
    assert "cat" in _found(lexicon, "I'm allergic to cats", "allergy")


def test_a_hot_forehead_is_a_fever(lexicon):
    assert "fever" in _found(lexicon, "이마를 만지면 뜨거워요")


# 2. Quantities.
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("I'm 78 and keep getting dizzy", 78),
        ("I am 68, had a fall this morning", 68),
        ("우리 14개월 아기가 열이 나요", 1.17),
        ("8ヶ月の娘が熱を出しました", 0.67),
        ("10个月的宝宝发烧", 0.83),
        ("1歳半の子が熱を出した", 1.5),
        ("두 살 반 아들이 토해요", 2.5),
    ],
)
def test_ages(text, years):
    assert _values(text, "age") == [years]


@pytest.mark.parametrize(
    "text", ["I'm 38 weeks pregnant", "I'm 100 percent sure", "I'm 5 days late", "I'm 6 and a half months along"]
)
def test_a_number_after_im_with_a_unit_is_no_age(text):
    assert _values(text, "age") == []


def test_months_before_a_child_are_no_duration():
    assert _values("14개월 아기가 사흘째 기침해요", "duration") == [72.0]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("数日前から咳が出る", 48.0),  # a few days: the lower bound, two
        ("数時間前から頭が痛い", 2.0),
        ("두 세 시간 전부터 아파요", 2.0),
        ("세네 시간째 배가 아파요", 3.0),
    ],
)
def test_durations(text, hours):
    assert _values(text, "duration") == [hours]


# 3. Pregnancy, denied or not.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm not pregnant", False),
        ("she's definitely not pregnant", False),
        ("임신 아니에요", False),
        ("임신은 안 했어요", False),
        ("임신 가능성은 없어요", False),
        ("妊娠していません", False),
        ("妊娠の可能性はありません", False),
        ("我没有怀孕", False),
        ("沒懷孕", False),
        ("I'm pregnant", True),
        ("임신 중이에요", True),
        ("妊娠しています", True),
        ("我怀孕了", True),
        ("I'm not sure if I'm pregnant", True),  # doubt is no denial
        ("임신인지 아닌지 모르겠어요", True),
        ("妊娠してないか心配です", True),
        ("我没怀孕吧？", True),
        ("I'm 12 weeks pregnant", 12),
    ],
)
def test_pregnancy(text, value):
    assert _values(text, "pregnancy") == [value]


# 4. Chronic conditions.
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
    ],
)
def test_conditions(lexicon, text, condition):
    assert condition in _found(lexicon, text, "condition")


@pytest.mark.parametrize(
    "text", ["I have asthma", "천식이 있어요", "喘息持ちです", "我有哮喘", "I have high blood pressure"]
)
def test_a_condition_is_no_complaint(lexicon, text):
    assert _found(lexicon, text) == set()


@pytest.mark.parametrize(
    "text",
    ["I'm having an asthma attack", "I can't breathe with my asthma", "천식 때문에 숨이 차요", "喘息の発作が出ました"],
)
def test_an_asthma_attack_is_still_a_symptom(lexicon, text):
    assert "asthma_attack" in _found(lexicon, text)


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


# 5. Course.
@pytest.mark.parametrize(
    ("text", "course"),
    [
        ("the pain is getting worse every day", ["worsening"]),
        ("점점 심해져요", ["worsening"]),
        ("どんどん悪化しています", ["worsening"]),
        ("越来越严重", ["worsening"]),
        ("發炎的範圍越來越大", ["worsening"]),
        ("it's getting better", ["improving"]),
        ("나아지고 있어요", ["improving"]),
        ("だいぶ良くなってきました", ["improving"]),
        ("好多了", ["improving"]),
        ("it's not getting any worse", []),
        ("my cough isn't getting better", []),
        ("심해지지는 않았어요", []),
        ("나아지지 않아요", []),
        ("悪化はしていません", []),
        ("良くなっていません", []),
        ("没有好转", []),
    ],
)
def test_course(text, course):
    assert _values(text, "course") == course


@pytest.mark.parametrize("text", ["점점 심해져요", "기침이 심해졌어요", "越来越严重"])
def test_a_change_is_no_severity(text):
    assert _values(text, "severity") == []


def test_severity_words_still_count():
    assert _values("너무 심해요", "severity") == ["severe"]
    assert _values("痛得很严重", "severity") == ["severe"]


# 6. Too breathless to speak, in every language.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("息が苦しくて、しゃべることもできません", "ja"),
        ("息切れがひどくて話せません", "ja"),
        ("I'm so breathless I can barely talk", "en"),
        ("out of breath, can't finish a sentence", "en"),
        ("숨이 가빠서 말을 할 수가 없어요", "ko"),
        ("숨이 너무 차서 말을 이어갈 수가 없어요", "ko"),
        ("上气不接下气，说不出话来", "zh"),
        ("气喘得连一句话都说不完", "zh"),
    ],
)
def test_too_breathless_to_speak(rules, text, lang):
    assert "breathing_severe" in _flags(rules, text, lang)


def test_breathless_but_talking_is_no_flag(rules):
    assert _flags(rules, "息苦しくはないし、普通に話せます", "ja") == set()


# 7. Suicidal thoughts: a denial is no flag; everything else keeps it (safety first).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("죽고 싶은 생각은 없어요", "ko"),
        ("죽고 싶은 생각까지는 없어요", "ko"),
        ("죽고 싶은 마음은 없어요", "ko"),
        ("자살할 생각은 없어요", "ko"),
        ("死にたいとは思わない", "ja"),
        ("死にたいとは思っていません", "ja"),
        ("死にたい気持ちはありません", "ja"),
        ("I don't want to kill myself", "en"),
        ("I would never kill myself", "en"),
        ("我没有想死", "zh"),
        ("我不想自杀", "zh"),
    ],
)
def test_a_denied_suicidal_thought_raises_nothing(rules, text, lang):
    assert "suicidal" not in _flags(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("죽고 싶어", "ko"),
        ("죽고 싶어요 진짜로", "ko"),
        ("죽고 싶은 생각이 없어지지 않아요", "ko"),  # the thought will not go away
        ("죽고 싶은 생각이 사라지지 않아요", "ko"),
        ("죽고 싶은 생각이 떠나지 않아요", "ko"),
        ("죽고 싶은 생각밖에 없어요", "ko"),  # nothing but the thought
        ("죽고 싶은데 방법이 없어요", "ko"),
        ("죽고 싶은 생각이 없는 건 아니에요", "ko"),
        ("죽고 싶은 마음이 없진 않아요", "ko"),
        ("죽고 싶은 생각이 없다고 하면 거짓말이에요", "ko"),
        ("죽고 싶지 않아요", "ko"),  # not a clear denial of a thought: kept
        ("살고 싶은 마음이 없어요", "ko"),
        ("살고 싶은 마음은 없어요", "ko"),
        ("살아갈 이유가 없어요", "ko"),
        ("死にたい", "ja"),
        ("死にたい気持ちが消えない", "ja"),
        ("死にたい気持ちはなくならない", "ja"),
        ("死にたいとしか思えない", "ja"),
        ("死にたいって思わない日はない", "ja"),
        ("I want to kill myself", "en"),
        ("I'm not sure if I want to kill myself", "en"),
        ("I'm not sure I want to live, I want to kill myself", "en"),
        ("我想死", "zh"),
    ],
)
def test_a_suicidal_thought_still_raises_the_flag(rules, text, lang):
    assert "suicidal" in _flags(rules, text, lang)


# 8. Hyperbole: "hurts to death" is pain, not a call for an ambulance.
@pytest.mark.parametrize(
    ("text", "lang"), [("もう死ぬほど痛い", "ja"), ("死ぬほど痛いです", "ja"), ("죽을 만큼 아파", "ko")]
)
def test_hurts_to_death_is_no_emergency_request(rules, text, lang):
    assert "emergency_request" not in _flags(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("死にそう、救急車", "ja"), ("もう死ぬ、助けて", "ja"), ("죽을 것 같아요 구급차 불러주세요", "ko")],
)
def test_dying_with_a_call_for_help_still_raises_it(rules, text, lang):
    assert "emergency_request" in _flags(rules, text, lang)
