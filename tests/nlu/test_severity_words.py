"""Severity said in words (nlu/quantities.py): intensified pain ("really hurts", 너무 아파요, すごく痛い, 好痛) is a
severity band (severe or moderate), stays a symptom report and raises no red flag; pain played down or denied is no
band, and a number said with it wins. "Hurts to death" (死ぬほど痛い, 죽을 만큼 아파) is pain, not a call for an
ambulance, unless help is asked for. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import extracted, rule_flags

import nlu


# Intensified pain words give a severity band, change no intent and raise no red flag.
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
        # Seventeenth round: pain that brings tears or screams
        ("肚痛到喊晒", "severe"),
        ("肚子疼得直哭", "severe"),
        ("she is in agony with her tummy", "severe"),
        ("배가 울 정도로 아파요", "severe"),
        ("お腹が泣くほど痛い", "severe"),
        # Twentieth round (S): unbearable said as such
        ("お腹が硬くて痛くてたまらない", "severe"),
        ("頭が死ぬほど痛い", "severe"),
        ("痛くて我慢できない", "severe"),
        ("배가 참을 수 없이 아파요", "severe"),
        ("it's agony", "severe"),
    ],
)
def test_intensified_pain_is_a_severity_band(text, band):
    assert band in extracted(text, "severity")


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
    assert not {"severe", "moderate"} & set(extracted(text, "severity"))


@pytest.mark.parametrize(
    "text", ["my ankle really hurts", "무릎이 너무 아파요", "足がすごく痛い", "脚好痛", "喉咙很疼"]
)
def test_intensified_pain_is_a_report_without_red_flags(pipeline, rules, text):
    parsed = nlu.parse(text)
    assert parsed.intent.name == "report_symptom"
    assert not parsed.red_flags
    assert any(e.type == "severity" and e.value in ("severe", "moderate") for e in parsed.entities)


def test_a_number_still_wins_over_the_band():
    assert extracted("it really hurts, like 8/10", "severity") == [8]


# Stop 16: a pain said to be the worst of one's life is the scale's top anchor, 10, unless a number is said or it is
# said not to be; the worst cold or hangover is no pain.
@pytest.mark.parametrize(
    "text",
    [
        "worst stomach pain of my life",
        "never had pain like this in my belly",
        "肚子痛，一生最痛",
        "从来没这么痛过",
        "배가 평생 이렇게 아픈 건 처음이에요",
        "人生で一番お腹が痛い",
        "こんなにお腹が痛いのは初めて",
    ],
)
def test_the_worst_pain_of_a_life_is_a_ten(text):
    assert extracted(text, "severity") == [10]


@pytest.mark.parametrize(
    "text",
    [
        "not the worst headache ever or anything, ibuprofen helps",
        "worst cold ever",
        "worst hangover of my life",
        "it's the worst stomach ache I've ever had, maybe 6/10",
        "我头痛，不过不是一生最痛的那种",
        "평생 이렇게 아픈 건 아니에요",
        "人生で一番痛いというわけではないです",
    ],
)
def test_the_worst_pain_denied_bettered_by_a_number_or_not_a_pain_is_no_ten(text):
    assert 10 not in extracted(text, "severity")


def test_severity_words_still_count():
    assert extracted("너무 심해요", "severity") == ["severe"]
    assert extracted("痛得很严重", "severity") == ["severe"]


# Hyperbole: "hurts to death" is pain, not a call for an ambulance.
@pytest.mark.parametrize(
    ("text", "lang"), [("もう死ぬほど痛い", "ja"), ("死ぬほど痛いです", "ja"), ("죽을 만큼 아파", "ko")]
)
def test_hurts_to_death_is_no_emergency_request(rules, text, lang):
    assert "emergency_request" not in rule_flags(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("死にそう、救急車", "ja"), ("もう死ぬ、助けて", "ja"), ("죽을 것 같아요 구급차 불러주세요", "ko")],
)
def test_dying_with_a_call_for_help_still_raises_it(rules, text, lang):
    assert "emergency_request" in rule_flags(rules, text, lang)
