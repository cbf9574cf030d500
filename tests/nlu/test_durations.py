"""Durations as patients type them, in hours (nlu/quantities.py): a few or a range ("数日", "두세 시간", "3-4 days",
"four or five days") and "more than" ("一个多星期", "열흘 넘게", "over two weeks") read as the lower bound; months
before a child, a hangover (二日酔い) and a comma after a temperature are no duration. The plain units are in
test_entities.py. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import extracted, parsed_values

import nlu


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("数日前から咳が出る", 48.0),  # a few days: the lower bound, two
        ("数時間前から頭が痛い", 2.0),
        ("두 세 시간 전부터 아파요", 2.0),
        ("세네 시간째 배가 아파요", 3.0),
    ],
)
def test_a_few_units_read_as_the_lower_bound(text, hours):
    assert extracted(text, "duration") == [hours]


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
def test_more_than_and_ranges_read_as_the_lower_bound(text, hours):
    assert extracted(text, "duration") == [hours]


# Numbers that are no duration.
def test_months_before_a_child_are_no_duration():
    assert extracted("14개월 아기가 사흘째 기침해요", "duration") == [72.0]


def test_a_hangover_holds_no_duration():
    assert parsed_values("二日酔いで頭が痛い", "duration") == []
    assert parsed_values("2日前から頭が痛い", "duration") == [48.0]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # seventeenth round: how long a couple has been together is no duration of a complaint; the complaint's still is
        ("Me and my wife have been together 6 years and the condom tore last night", []),
        ("3년 사귄 남친이랑 헤어진 지 일주일째예요", [168.0]),
        ("付き合って5年の彼氏と別れました", []),
        ("我们在一起六年了", []),
        ("拍拖三年嘅男朋友", []),
        ("married for 10 years and my cough has lasted 2 weeks", [336.0]),
    ],
)
def test_the_years_of_a_couple_are_no_duration(text, hours):
    assert extracted(text, "duration") == hours


def _lasting(text):
    return [e.value for e in nlu.parse(text).entities if e.type == "duration" and e.qualifier != "history"]


def test_the_time_earlier_bouts_took_to_clear_is_no_duration():
    """Sixteenth round (OVER_ZH_JA): "以前也长过，一周就好" dates earlier bouts; "两周也好不了" is this one's time."""
    assert _lasting("嘴里长了溃疡，第三天了。以前也长过，一周就好") == [72.0]
    assert _lasting("口内炎3日目。前にもできたけど1週間で治りました") == [72.0]
    assert _lasting("ulcer in my mouth, I've had them before, gone in a week") == []
    assert _lasting("咳が2週間で治らない") == [336.0]
    assert _lasting("咳嗽两周了也好不了") == [336.0]
