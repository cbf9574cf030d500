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
        # nineteenth round (LEFT): a whole week or month said without a number
        ("成個禮拜都肚屙", 168.0),
        ("整个星期都拉肚子", 168.0),
        ("had diarrhoea the whole week", 168.0),
        ("coughing all month long", 720.0),
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


# Twentieth round (S): Cantonese hours (兩個鐘, 半個鐘, 一個鐘頭, 成個鐘 "a whole hour") and Mandarin 钟头; a
# time of day (三點鐘, 十点钟) and 成日 (always) are none.
@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("痛咗兩個鐘", 2.0),
        ("半個鐘之前開始", 0.5),
        ("痛咗一個鐘頭", 1.0),
        ("一邊春袋腫咗，痛咗成個鐘", 1.0),
        ("痛了一个钟头", 1.0),
    ],
)
def test_cantonese_hours_are_hours(text, hours):
    assert extracted(text, "duration") == [hours]


@pytest.mark.parametrize("text", ["三點鐘開始痛", "十点钟吃的药", "成日頭痛"])
def test_a_clock_time_and_always_are_no_hours(text):
    assert extracted(text, "duration") == []


@pytest.mark.parametrize(
    "text",
    [
        # Nineteenth round (B16): a time of day between the day and "since" (昨日の朝から, 어제 아침부터,
        # 从昨天早上开始), and Cantonese 尋日 (yesterday): the same duration as the day alone
        "昨日の朝から左耳が聞こえない",
        "어제 아침부터 귀가 안 들려요",
        "从昨天早上开始听不见",
        "由尋日朝早開始聽唔到",
        "since yesterday morning",
    ],
)
def test_a_time_of_day_before_since_keeps_the_days_duration(text):
    assert extracted(text, "duration") == extracted("昨日から", "duration") != []


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
    # twentieth round (T20D-O): 自己 before 就; "healed in about a week"
    assert _lasting("嘴里长了个溃疡，两天了，以前也长过一周左右自己就好了") == [48.0]
    assert _lasting("mouth ulcer for two days, had them before and they healed in about a week") == [48.0]
    assert _lasting("咳が2週間で治らない") == [336.0]
    assert _lasting("咳嗽两周了也好不了") == [336.0]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # nineteenth round (B19): the length of a menstrual cycle is no duration of a complaint; the complaint's own
        # still is
        ("生理の間隔が25日だったり50日だったりバラバラです", []),
        ("생리 주기가 25일에서 40일로 들쭉날쭉해요", []),
        ("月经周期有时25天有时45天", []),
        ("my cycle is anywhere from 25 to 45 days", []),
        ("my cycle is 28 days and I've had a headache for 3 days", [72.0]),
        ("女儿初潮才一年，肚子痛三天了", [72.0]),
    ],
)
def test_the_length_of_a_cycle_is_no_duration(text, hours):
    assert _lasting(text) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # nineteenth round (D19): how much is drunk in a week ("一個禮拜大概喝三杯", "3 cups a week") is no
        # duration of a complaint; a cough of a week still is
        ("我一個禮拜大概喝三杯", []),
        ("一个礼拜喝两三次", []),
        ("일주일에 세 잔 마셔요", []),
        ("1週間に3杯くらい飲みます", []),
        ("I drink 3 cups a week", []),
        ("i drink about 3 a week", []),
        ("咳嗽一个礼拜了", [168.0]),
        ("coughing for a week", [168.0]),
    ],
)
def test_how_much_is_had_in_a_week_is_no_duration(text, hours):
    assert extracted(text, "duration") == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # nineteenth round (C19): the years a pet was kept, the time still to go before an exam and the years of an
        # illness said after its name are no duration of a complaint; the complaint's own still is
        ("15年飼ってた猫が先週亡くなって、涙が出ます", []),
        ("10년 키운 강아지가 지난주에 죽었어요", []),
        ("养了12年的狗上周走了", []),
        ("we had him for 15 years and he died last week", []),
        ("考研还有一个月，每天晚上睡不着", []),
        ("시험이 한 달 남았는데 잠이 안 와요", []),
        ("試験まであと1ヶ月で眠れない", []),
        ("exam is a month away and I can't sleep", []),
        ("糖尿病20年の夫が胸が重いと言っています", []),
        ("熱が出て、そのあと3日下がらない", [72.0]),
        ("咳嗽两周了", [336.0]),
    ],
)
def test_a_pets_years_a_time_to_go_or_an_illness_years_are_no_duration(text, hours):
    assert _lasting(text) == hours
