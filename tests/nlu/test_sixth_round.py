"""Sixth round of NLU gaps, found by the third blind triage vignettes (now a development set).

Mechanism: a red-flag word the patient denies in its own clause does not count, in all four languages: a negation
shared along a list reaches a mention that overlaps another ("no lip or tongue swelling"), a self-negated phrase
that a longer mention runs past is the cue, not the finding ("没有呼吸困难" holds "没有呼吸", not breathing), and a
thought named to be denied ("죽고싶단 생각까진 없어요", "死にたいとかはないです"). Concepts: suicide plans said as a
farewell with the means ready, severe asthma in ko/zh/ja (reliever useless, cannot lie down, SpO2 < 92), a toddler
who swallowed an adult's tablets, a bulging fontanelle, vomited fresh blood (zh); HbA1c as a blood-sugar
reading, a hangover (二日酔い) is no duration, an older relative's bare age. Sentences of our own; none is in the
training, evaluation or vignette data."""

import pytest

import nlu


def _symptoms(text):
    return {e.value for e in nlu.parse(text).symptoms()}


def _flags(text):
    return {f.id for f in nlu.parse(text).red_flags}


def _values(text, kind):
    return [e.value for e in nlu.parse(text).entities if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        # Denied in its own clause: no flag.
        "on a new blood pressure tablet, tickly cough. no wheezing, no lip or tongue swelling",
        "itchy rash since the antibiotic, no throat or tongue swelling",
        "吃了药以后身上痒，没有呼吸困难",
        "起了疹子，沒有呼吸困難，舌頭也不腫",
        "우울한 지 3주 됐어요 죽고싶단 생각까진 없어요",
        "기분이 가라앉지만 죽고 싶다는 생각은 없어요",
        "죽고 싶진 않아요 그냥 지쳤어요",
        "気分は落ち込んでますが、死にたいとかはないです",
        "死にたいなんかはないです、ただ眠れなくて",
    ],
)
def test_a_red_flag_word_denied_in_its_own_clause_does_not_count(text):
    assert not _flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Affirmed, or the denial belongs to another mention of the sentence: the flag stands.
        ("no fever, but my tongue is swelling after the peanuts", "anaphylaxis"),
        ("no rash, and my throat is closing up", "anaphylaxis"),
        ("没有发烧，但是呼吸困难", "breathing_severe"),
        ("他没有呼吸了", "breathing_severe"),
        ("열은 없는데 죽고 싶단 생각이 들어요", "suicidal"),
        ("죽고 싶단 생각이 자꾸 들어요", "suicidal"),
        ("熱はないけど死にたいです", "suicidal"),
        ("死にたいとか毎日考えてしまう", "suicidal"),
    ],
)
def test_a_red_flag_affirmed_or_denied_elsewhere_still_counts(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # A suicide plan said as a farewell: the means ready, with a goodbye, an ending or a time.
        ("the noose is ready in the shed. thanks for everything", "suicidal"),
        ("I've got my pills lined up, this is goodbye", "suicidal"),
        ("밧줄도 사 놨어요 그동안 감사했어요", "suicidal"),
        ("오늘 밤 대교 가서 끝내려고요", "suicidal"),
        ("安眠药我都准备好了，今晚一口气吃下去", "suicidal"),
        ("绳子买好了，下辈子再见了", "suicidal"),
        ("縄も用意しました。みんなごめん", "suicidal"),
        ("屋上に行きます。今までありがとう", "suicidal"),
        # Severe asthma: the reliever does nothing, cannot lie down, a low oxygen saturation.
        ("천식 발작인데 벤토린이 효과가 없어요", "breathing_severe"),
        ("산소포화도가 88이에요 숨이 차요", "breathing_severe"),
        ("氣喘發作，吸入器沒效", "breathing_severe"),
        ("血氧只有89，喘得厉害", "breathing_severe"),
        ("ぜんそくで吸入が効きません", "breathing_severe"),
        ("SpO2が89です、息が苦しい", "breathing_severe"),
        ("she's wheezing and can't lie flat", "breathing_severe"),
        # A toddler who swallowed an adult's tablets.
        ("네 살 아들이 수면제를 몇 알 삼켰어요", "overdose_poisoning"),
        ("两岁的女儿误吃了爷爷的降压药", "overdose_poisoning"),
        ("2歳の孫が祖父の睡眠薬を口に入れてしまった", "overdose_poisoning"),
        ("our 3yo got into the pillbox and chewed some", "overdose_poisoning"),
        # A bulging soft spot in a feverish baby; vomiting fresh blood.
        ("my 4 month old is hot and the soft spot is bulging", "meningism"),
        ("아기 숫구멍이 볼록 부풀어 있어요", "meningism"),
        ("宝宝发烧，囟门鼓鼓的", "meningism"),
        ("赤ちゃんの大泉門がふくらんでいます", "meningism"),
        ("刚才吐了两口鲜血", "gi_bleeding"),
    ],
)
def test_sixth_round_red_flags(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes that must not fire.
        "camping this weekend, bought a new rope for the tent, thanks for everything",
        "ok I'll keep taking the pills, thanks for everything, goodbye",
        "약을 다 먹고 치료 끝낼 거예요",
        "今夜も睡眠薬を飲んで寝ます",
        "어제 한강 가서 자전거 탔어요",
        "今晚吃了安眠药还是睡不着",
        "息子の薬が効かないみたいです",
        "ロープで荷物を縛りました",
        "咳有点喘，吃药没用",
    ],
)
def test_sixth_round_look_alikes_stay_quiet(text):
    assert not _flags(text)


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
    assert _values(text, "glucose") == [mg_dl]


def test_a_hangover_holds_no_duration():
    assert _values("二日酔いで頭が痛い", "duration") == []
    assert _values("2日前から頭が痛い", "duration") == [48.0]


@pytest.mark.parametrize(
    ("text", "age"), [("grandad is 84, fever since yesterday", 84), ("祖父(86)が熱を出しました", 86)]
)
def test_an_older_relatives_bare_age(text, age):
    assert _values(text, "age") == [age]


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("the straight lines look wavy in my right eye", "blurred_vision"),
        ("右眼看直線變彎", "blurred_vision"),
        ("오른쪽 눈으로 보면 직선이 휘어 보여요", "blurred_vision"),
        ("左目で直線がゆがんで見えます", "blurred_vision"),
        ("hurt my ankle, couldn't take 4 steps", "difficulty_walking"),
        ("my period is 3 weeks late", "missed_period"),
        ("임테기 두 줄 나왔어요", "missed_period"),
    ],
)
def test_sixth_round_symptoms(text, symptom):
    assert symptom in _symptoms(text)
