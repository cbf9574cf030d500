"""Ages as patients give them (nlu/quantities.py): "I'm 78", an infant's months (14개월, 8ヶ月, 10个月, 1歳半,
두 살 반), an older relative's bare age ("grandad is 84", 祖父(86)), a child word then months (宝宝8个月); a number
after "I'm" with a unit (weeks pregnant, percent, days late) is no age. Short "24f" ages are in
test_quantities_said.py. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import extracted, parsed_values

import nlu


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
        # Months after years are part of that age ("1歳2ヶ月", "1岁2个月", "1살 2개월"), no baby's months
        ("1歳2ヶ月の娘が熱を出しました", 1.17),
        ("1岁2个月的宝宝发烧", 1.17),
        ("1살 2개월 아기가 열이 나요", 1.17),
        ("生後2ヶ月の娘が熱を出しました", 0.17),
    ],
)
def test_ages(text, years):
    assert extracted(text, "age") == [years]


@pytest.mark.parametrize(
    ("text", "age"), [("grandad is 84, fever since yesterday", 84), ("祖父(86)が熱を出しました", 86)]
)
def test_an_older_relatives_bare_age(text, age):
    assert parsed_values(text, "age") == [age]


def test_a_child_word_then_months_is_an_age_and_a_vaccine_date_no_duration():
    got = {e.type: e.value for e in nlu.parse("宝宝8个月，在长牙").entities if e.type in ("age", "duration")}
    assert got == {"age": 0.67}
    assert not [e for e in nlu.parse("孩子3个月以来一直咳嗽").entities if e.type == "age"]
    assert not [e for e in nlu.parse("Had my tetanus jab 3 years ago").entities if e.type == "duration"]
    assert [e for e in nlu.parse("coughing for 3 years").entities if e.type == "duration"]


@pytest.mark.parametrize(
    "text", ["I'm 38 weeks pregnant", "I'm 100 percent sure", "I'm 5 days late", "I'm 6 and a half months along"]
)
def test_a_number_after_im_with_a_unit_is_no_age(text):
    assert extracted(text, "age") == []
