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
        # Seventeenth round: the months after a toddler's years with no child word after them; a time ago is none
        ("1歳1ヶ月、まだ歩かない", 1.08),
        ("孩子一岁八个月了还不会走", 1.67),
        ("個仔一歲八個月仲未識行", 1.67),
        ("1살 8개월인데 아직 못 걸어요", 1.67),
        ("3歳、2ヶ月前から咳が出る", 3),
        # Seventeenth round: the jabs named by the baby's age are the baby's age, no months of illness
        ("昨日4ヶ月の予防接種を受けた", 0.33),
        ("어제 4개월 예방접종 맞았어요", 0.33),
        ("昨天打了四个月的疫苗", 0.33),
        ("he had his 8 week jabs yesterday", 0.15),
        # Seventeenth round: a month and a half; 우리 애 (my child) then its months
        ("生後1ヶ月半の赤ちゃんが鼻づまり", 0.12),
        ("생후 한 달 반 된 아기가 토해요", 0.12),
        ("一个半月大的宝宝鼻塞", 0.12),
        ("우리 애 13개월인데 기침을 해요", 1.08),
        ("애가 20개월인데 아직 말을 못 해요", 1.67),
        ("儿子20个月了还不会走路", 1.67),
        # Eighteenth round (A): an age said as a decade (its middle, or early/late), a young adult's "29 yrs, no other
        # problem"
        ("할머니 80대신데 열이 나요", 85),
        ("30대 초반 여자인데 두통이 있어요", 32),
        ("80代の母が熱を出しました", 85),
        ("20代後半です。頭痛がします", 28),
        ("我爸80多岁了，发烧", 85),
        ("阿嫲七十幾，發燒兩日", 75),
        ("my nan is in her late 80s and has a fever", 88),
        ("he is in his sixties and coughing", 65),
        ("acidity after meals. 29 yrs no other problem", 29),
        # Eighteenth round (B): 두세 번 (two or three times) is no age
        ("남편 78세 새벽에 깨는 일이 일주일에 두세번 있어요", 78.0),
        # Nineteenth round (M): the reading's decade beside it is no age; a person's decade still is
        ("남편 78세 당뇨약 먹는데 새벽에 식은땀 나고 재보면 60대 나와요", 78.0),
        ("60대 여성인데 혈압 재보면 150 나와요", 65),
        ("저는 60대예요 혈당 재보면 60대 나와요", 65),
        # Twentieth round (B17): years said with the sex after them are the age
        ("keeping ORS down. 28 yrs male", 28),
        ("45 years, female, headache since morning", 45),
    ],
)
def test_ages(text, years):
    assert extracted(text, "age") == [years]


@pytest.mark.parametrize(
    "text",
    [
        # Twentieth round (B17): the age said with the sex, or a range read across into it, is no duration
        "loose motion 4-5 times since last night. 28 yrs male",
        "fever 39, 28 yrs male",
        "fever 39, 28 years old",
    ],
)
def test_an_age_with_the_sex_is_no_duration(text):
    assert all(v < 1000 for v in extracted(text, "duration"))


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
    # seventeenth round: "4ヶ月の予防接種" is the visit, no four months; a contraceptive "3 month jab" is no baby's age
    assert not [e for e in nlu.parse("昨日4ヶ月の予防接種を受けた").entities if e.type == "duration"]
    assert not [e for e in nlu.parse("I had my 3 month jab today").entities if e.type == "age"]


@pytest.mark.parametrize(
    "text",
    [
        "I'm 38 weeks pregnant",
        "I'm 100 percent sure",
        "I'm 5 days late",
        "I'm 6 and a half months along",
        # eighteenth round (A): an era, a pulse, a price, a duration are no decade of age
        "it started back in the 80s",
        "心跳80多",
        "花了80多块",
        "smoked for 20 years, no other problems",
        # Twentieth round (B17): years of a habit with the sex after them stay a duration, no age
        "smoked for 20 yrs male",
        # nineteenth round (M): a decade said of a reading (measured, or "나와요", "떨어져요" after it) is no age
        "혈당 재보면 60대 나오고 사탕 먹으면 괜찮아져요",
        "심박수 재보면 50대예요",
        "산소포화도가 80대로 떨어졌어요",
        "맥박이 60대 나와요",
        "血糖を測ったら60代でした",
    ],
)
def test_a_number_after_im_with_a_unit_is_no_age(text):
    assert extracted(text, "age") == []
