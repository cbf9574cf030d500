"""A baby's age said in days, weeks or months the way a duration is said ("宝宝3周",
"3주 된 아기", "生まれて20日", "she's 6 weeks") is the age, not how long the complaint has lasted; a real
duration ("发烧3周了", "3주째 기침", "for 3 weeks") stays one. A baby's chest drawing in under the ribs said in
other words is the breathing_severe flag; blood in a nappy is blood_in_nappy, not blood in the urine. Sentences of
our own; none is in the training, evaluation or vignette data."""

from __future__ import annotations

import pytest
from nlu_reads import extracted, parsed_flags, symptoms_present


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("宝宝3周，发烧38度", 0.06),
        ("我家宝宝才20天，一直哭", 0.05),
        ("3周的宝宝吐奶", 0.06),
        ("孩子出生才十天，有点黄", 0.03),
        ("宝宝刚满月，鼻塞", 0.08),
        ("两个月大的宝宝咳嗽", 0.17),
        ("3주 된 아기가 열이 나요", 0.06),
        ("태어난 지 20일 됐는데 토해요", 0.05),
        ("아기가 두 달 됐는데 기침해요", 0.17),
        ("두 달 된 아기 콧물", 0.17),
        ("生まれて20日の赤ちゃんが熱", 0.05),
        ("3週間の赤ちゃんが吐いた", 0.06),
        ("赤ちゃんは3週間です。熱があります", 0.06),
        ("she's 6 weeks and has a temp", 0.12),
        ("our son is 5 weeks and won't feed", 0.1),
        ("a two week old with a cough", 0.04),
        ("he was born 10 days ago and is very sleepy", 0.03),
        # Seventeenth round: Hong Kong's BB and 出世 (born), 啱啱 (just), 啱啱滿月; 出生 with no word between
        ("BB啱啱出世10日，唔肯飲奶", 0.03),
        ("我個BB出世三個禮拜，成日瞓", 0.06),
        ("BB而家6個星期，發燒", 0.12),
        ("BB啱啱滿月，鼻塞", 0.08),
        ("出生两个星期的宝宝吐奶", 0.04),
        # Seventeenth round: "now", "already", "still" between the child word and the age; うちの子 (my child)
        ("우리 아기 이제 7주 됐는데 열이 나요", 0.13),
        ("아기가 벌써 6주 됐어요. 기침을 해요", 0.12),
        ("うちの子まだ7週なんですが熱があります", 0.13),
        ("赤ちゃんもう5週間になるけど熱がある", 0.1),
        # Seventeenth round: months said before Hong Kong's BB; a month and a half after 出生
        ("3個月BB成日咳", 0.25),
        ("兩個月bb發燒", 0.17),
        ("宝宝出生一个半月，吐奶", 0.12),
        ("我個仔而家3個月，發燒", 0.25),
        # eighteenth round (C2): a Korean message opening with the months, a Chinese unit then a space, "Baby 6 weeks"
        ("19개월 콧물 줄줄에 재채기", 1.58),
        ("7개월인데 침을 엄청 흘리고", 0.58),
        ("BB一個月 每晚都要食", 0.08),
        ("宝宝8个月 发烧38度", 0.67),
        ("Baby 6 weeks spits up after every feed", 0.12),
    ],
)
def test_a_babys_age_said_like_a_duration_is_the_age(text, years):
    assert extracted(text, "age") == [years]
    assert extracted(text, "duration") == []


@pytest.mark.parametrize(
    "text",
    [
        "发烧3周了",
        "宝宝发烧3天了",
        "孩子3天了还在发烧",
        "宝宝3天没拉大便",
        "烧了三天的孩子",
        "宝宝3个月以来一直咳嗽",
        "3주째 기침해요",
        "아기가 3일째 열이 나요",
        "아기가 3일 동안 설사했어요",
        "아기가 3일 전부터 기침해요",
        "아기가 3일, 열이 안 떨어져요",
        "3週間咳が続いています",
        "赤ちゃんが3日前から熱があります",
        "赤ちゃんが3日、熱が下がらない",
        "fever for 3 weeks",
        "for 3 weeks baby has had a rash",
        "my baby has had a fever for 3 days",
        "she's 3 days late for her period",
        "he was born 3 weeks early",
        # Seventeenth round: the time since a mother gave birth is no age of hers
        "生完孩子两个月，每天都想哭",
        # Seventeenth round: "now" before days the fever has lasted
        "아기가 열난 지 이제 3일 됐어요",
        "아기 지금 3일째 열이 나요",
        # Seventeenth round: a month and a half of cough; months ago
        "孩子咳了一个半月",
        "아기가 3개월 전부터 기침해요",
        "孩子3个月了还没好",
        # eighteenth round (C2): the months said with 째, 동안, 넘게 are how long
        "3개월째 기침이 안 멈춰요",
        "3개월 동안 기침했어요",
        "3개월 넘게 기침이 나요",
        "baby 3 weeks ago started coughing",
    ],
)
def test_a_duration_stays_a_duration(text):
    assert extracted(text, "age") == []
    assert extracted(text, "duration")


@pytest.mark.parametrize(
    "text", ["3일 아이스크림만 먹었어요", "아가씨가 3일째 두통", "满月脸，吃激素两个月了", "she's 6 weeks pregnant"]
)
def test_words_holding_a_child_word_or_a_pregnancy_are_no_age(text):
    assert extracted(text, "age") == []


@pytest.mark.parametrize(
    "text",
    [
        "our 3-week-old is pulling in under the ribs with noisy breathing",
        "you can see her ribs pulling in with every breath",
        "the bit under his ribs goes in with each breath",
        "chest drawing in when she breathes and grunting",
        "she has recession and noisy breathing",
        "아기가 숨 쉴 때마다 갈비뼈 밑이 쑥 들어가요",
        "아기가 숨쉴때 명치가 쑥 들어가요",
        "赤ちゃんが息するとき肋骨の下が凹みます",
        "赤ちゃんのあばらの下がペコッとへこむ、うなってる",
        "宝宝喘气的时候胸口往里陷，哼哼",
        "宝宝呼吸肋骨那里陷下去",
    ],
)
def test_recession_said_in_other_words_is_breathing_severe(text):
    assert "breathing_severe" in parsed_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "it hurts my ribs when I'm sucking in a breath",
        "drawing in a deep breath hurts under my ribs",
        "I'm stressed about the recession and my breathing feels tight",
        "我胸口往里凹，是漏斗胸，呼吸没问题",
        "숨 쉴 때 갈비뼈가 아파요",
        "深呼吸すると肋骨の下が痛い",
    ],
)
def test_a_breath_that_hurts_the_ribs_is_no_recession(text):
    assert "breathing_severe" not in parsed_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "宝宝尿布上有一点血",
        "宝宝尿不湿上有血",
        "기저귀에 피가 조금 묻어 있어요",
        "おむつに少し血がついていました",
        "there's a little blood in my baby's nappy",
        "a bit of blood in her diaper this morning",
    ],
)
def test_blood_in_a_nappy_is_no_more_specific_than_that(text):
    found = symptoms_present(text)
    assert "blood_in_nappy" in found
    assert "blood_in_urine" not in found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("宝宝尿里有血", "blood_in_urine"),
        ("기저귀에 변에 피가 섞여", "blood_in_stool"),
        ("尿布上的大便有血丝", "blood_in_stool"),
        ("おむつのうんちに血が混じってる", "blood_in_stool"),
    ],
)
def test_blood_said_of_the_urine_or_the_stool_stays_so(text, concept):
    found = symptoms_present(text)
    assert concept in found
    assert "blood_in_nappy" not in found


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # sixteenth round: a baby word, then weeks or months that end the phrase, is the age
        ("baby 6 weeks, temp 38.2", 0.12),
        ("baby girl 8 weeks, fever since this morning", 0.15),
        ("newborn 3 weeks and not feeding", 0.06),
        ("a baby of 6 weeks with a fever", 0.12),
    ],
)
def test_a_baby_word_then_its_weeks_is_the_age(text, years):
    assert extracted(text, "age") == [years]


@pytest.mark.parametrize(
    "text",
    [
        "baby 2 days fever",
        "baby 3 weeks with a cough",
        "had my baby 6 weeks ago and now I have a fever",
        "shes 34 weeks and her waters broke",
    ],
)
def test_a_babys_illness_a_birth_or_a_pregnancy_is_no_age(text):
    assert extracted(text, "age") == []


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # sixteenth round: infant_fever needs the baby's age read (@infant_age), not a bare "6 weeks"
        ("baby 6 weeks, temp 38.2", True),
        ("my son is 10 weeks and running a temp", True),
        ("she's 8 weeks and feels hot", True),
        ("6 weeks into chemo with a fever", False),
        ("I'm 8 weeks pregnant and have a fever", False),
        ("fever for 6 weeks now", False),
        ("6 weeks after surgery I have a fever", False),
        ("생후 38일 된 아기 예방접종 언제 해요", False),
    ],
)
def test_infant_fever_needs_a_babys_age(text, raised):
    assert ("infant_fever" in parsed_flags(text)) is raised
