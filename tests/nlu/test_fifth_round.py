"""Fifth round of NLU gaps, found by the second blind triage vignettes (now a development set): cardiac pressure
without the word "pain", suicide risk markers said without the usual words (a plan, hoarded tablets, a time,
goodbye letters, giving things away), an asthma attack the reliever does not touch, a clouded mind, unable to
swallow, new floaters; and false alarms on look-alikes: 피가래 holds 피가, a thought denied with とかは思ってない,
swollen glands with a red tongue, a pain score "5/10". Ages said as a child word then months, and a vaccine's date
is no duration. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest

import nlu


def _symptoms(text):
    return {e.value for e in nlu.parse(text).symptoms()}


def _flags(text):
    return {f.id for f in nlu.parse(text).red_flags}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Cardiac pressure described without "pain".
        ("it's like an elephant sat on my chest and my left arm feels heavy", "chest_pain_cardiac"),
        ("feels like an elephant on his chest, he's grey and sweaty", "chest_pain_cardiac"),
        ("heavy pressure in my chest going down my arm", "chest_pain_cardiac"),
        ("코끼리가 가슴에 앉아 있는 것 같아요", "chest_pain_cardiac"),
        ("大象坐在胸口一样难受", "chest_pain_cardiac"),
        ("象が胸に乗ってるみたいに重いです", "chest_pain_cardiac"),
        # Suicide risk markers without the usual crisis words.
        ("I've been saving up my pills and I'll take them all tonight", "suicidal"),
        ("wrote a goodbye letter to my mum last night", "suicidal"),
        ("I've started giving away my things to friends", "suicidal"),
        ("I left letters to my wife, I can't go on like this", "suicidal"),
        ("유서도 썼어요", "suicidal"),
        ("몰래 수면제를 모아 두고 있어요", "suicidal"),
        ("他说已经写了遗书", "suicidal"),
        ("偷偷攒药攒了半年", "suicidal"),
        ("遺書を用意しています", "suicidal"),
        ("睡眠薬を少しずつ貯めています", "suicidal"),
        # Life-threatening asthma.
        ("ventolin isn't helping and the wheezing is getting worse", "breathing_severe"),
        ("I can only get a few words out between breaths", "breathing_severe"),
        ("his lips look a bit blue", "breathing_severe"),
    ],
)
def test_red_flags_said_in_other_words(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # 피가래 (blood-streaked phlegm) holds 피가; the cough that won't stop is no bleeding.
        "기침이 2주째 안 멈춰요 피가래는 아직 없어요",
        # A wish to die named only to deny it, with とか/なんて.
        "落ち込んでますが、死にたいとかは思ってないです",
        "死にたいなんて思ってません",
        # Swollen neck glands and a red tongue (strep throat) are no anaphylaxis.
        "首のリンパが腫れて、舌が赤くブツブツしています",
        # A pain score is no pill count.
        "period pain about 6/10, ibuprofen helps",
        "back ache 3/10, 2 paracetamol sorted it",
        # Everyday pills said plainly; an inhaler that helps.
        "my inhaler helps when I wheeze",
        "I'm giving away my old clothes to charity",
    ],
)
def test_look_alikes_raise_no_red_flag(text):
    assert not _flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("코피가 안 멈춰요", "heavy_bleeding"),  # still bleeding
        ("死にたいとか思ってしまう", "suicidal"),  # not denied
        ("死にたいとしか思えない", "suicidal"),
        ("舌が腫れてきて息が苦しい", "anaphylaxis"),
        ("took 20 ibuprofen on purpose", "overdose_poisoning"),
    ],
)
def test_the_alarms_themselves_still_fire(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("she's slow to respond and saying strange things", "confusion"),
        ("外公反應很慢，叫了半天才回答", "confusion"),
        ("夫が変なことを言っていて会話が噛み合わない", "confusion"),
        ("아버지가 반응이 느려지셨어요", "confusion"),
        ("奶奶吞不太下东西", "difficulty_swallowing"),
        ("目の前に黒い虫みたいなのが見えます", "floaters"),
        ("there are black spots floating in my vision", "floaters"),
    ],
)
def test_symptoms_said_in_other_words(text, concept):
    assert concept in _symptoms(text)


def test_a_child_word_then_months_is_an_age_and_a_vaccine_date_no_duration():
    got = {e.type: e.value for e in nlu.parse("宝宝8个月，在长牙").entities if e.type in ("age", "duration")}
    assert got == {"age": 0.67}
    assert not [e for e in nlu.parse("孩子3个月以来一直咳嗽").entities if e.type == "age"]
    assert not [e for e in nlu.parse("Had my tetanus jab 3 years ago").entities if e.type == "duration"]
    assert [e for e in nlu.parse("coughing for 3 years").entities if e.type == "duration"]


def test_a_past_statement_ends_the_korean_clause_of_a_later_denial():
    # "멍울이 만져졌어요 아프진 않아요": the lump is found; only the pain is denied.
    assert "breast_lump" in _symptoms("왼쪽 가슴에 멍울이 만져졌어요 아프진 않아요")
