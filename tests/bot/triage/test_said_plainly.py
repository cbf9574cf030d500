"""Things said plainly, without the clinical word.

A pregnancy said by its weeks alone ("im 30 weeks and bleeding", "30주차인데", "いま30週で出血", "现在30周了") is a
pregnancy at that many weeks, not how long a complaint has lasted: bleeding or pain with it is the pregnancy's
emergency. Durations ("coughing for 3 weeks", "3주째", "3週間前から", "咳了3周"), a baby's age ("my baby is 3 weeks")
and the weeks since a birth stay what they are. Blood said to come out when passing urine ("소변볼때 피가 나와요",
"おしっこの時に血が出ます", "blood comes out when I wee") is blood in the urine (seen by a doctor), not a bleeding; the
same words during a period are the period's, unless the period is denied.
Levels are the rules' own: the learned net is switched off.
"""

from __future__ import annotations

import pytest
from bot_parses import parse

from bot import engine
from bot.cli import triage_result
from nlu.lexicon import Lexicon
from nlu.quantities import extract

pytestmark = pytest.mark.usefixtures("no_net")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


def _pregnancy_weeks(text: str) -> list:
    return [e.value for e in extract(text) if e.type == "pregnancy"]


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("im 30 weeks and bleeding", 30),
        ("30 weeks, some bleeding", 30),
        ("I'm 12 weeks along and spotting with cramps", 12),
        ("34 wks and my waters went", 34),
        ("28 weeks tomorrow, bit of blood", 28),
        ("I'm 19 weeks with my first and still haven't felt her move", 19),
        ("30+2 and bleeding", 30),
        ("Hi. 36w2d, tummy really tight", 36),
        ("30주차인데 피가 비쳐요", 30),
        ("지금 8주차인데 배가 아파요", 8),
        ("37주인데 방금 양수가 터졌어요", 37),
        ("いま30週で出血", 30),
        ("いま9週目です。出血があります", 9),
        ("现在30周了 出血", 30),
    ],
)
def test_weeks_alone_are_a_pregnancy(text: str, weeks: int) -> None:
    """The weeks are the pregnancy's, and no duration is read from them."""
    found = extract(text)
    assert _pregnancy_weeks(text) == [weeks]
    assert not [e for e in found if e.type == "duration" and str(weeks) in e.text]


@pytest.mark.parametrize(
    "text",
    [
        "coughing for 3 weeks",
        "3 weeks of cough",
        "12 weeks and still coughing",
        "30 weeks ago I had surgery",
        "I'm 3 weeks late for my period",
        "I'm 4 weeks post op and the wound is red",
        "I'm 6 weeks into physio and my knee still hurts",
        "I'm 2 weeks postpartum and bleeding",
        "3 wks after having my baby, left boob sore",
        "cough, 12 weeks",
        "3주째 기침이 나요",
        "감기 2주차인데 기침",
        "3주인데 기침이 계속",
        "출산 후 3주차인데 피가 나와요",
        "3週間前から咳",
        "2週ほど咳が続いて",
        "咳了3周",
        "现在3周了 还在咳",
        "产后3周 出血",
    ],
)
def test_durations_and_births_are_no_pregnancy(text: str) -> None:
    assert _pregnancy_weeks(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [("my baby is 3 weeks and has a fever", 0.06), ("3주 된 아기가 열이 나요", 0.06), ("宝宝3周，发烧", 0.06)],
)
def test_a_babys_weeks_stay_its_age(text: str, age: float) -> None:
    found = extract(text)
    assert [e.value for e in found if e.type == "age"] == [age] and _pregnancy_weeks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "im 30 weeks and bleeding",
        "30 weeks, some bleeding",
        "I'm 12 weeks along and spotting with cramps",
        "28 weeks tomorrow and bleeding",
        "30+2 and bleeding",
        "30주차인데 피가 비쳐요",
        "37주인데 피가 많이 나요",
        "いま30週で出血",
        "现在30周了 出血",
        "现在28周了，肚子很痛",
    ],
)
def test_bleeding_or_pain_with_weeks_alone_is_an_emergency(text: str) -> None:
    result = triage_result(text)
    assert result["level"] == "emergency"
    assert "pregnancy_pain_bleeding" in result["red_flags"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coughing for 3 weeks", "routine"),
        ("3주째 기침이 나요", "routine"),
        ("3週間前から咳が出ます", "routine"),
        ("咳了3周", "routine"),
    ],
)
def test_a_cough_of_weeks_stays_a_cough_of_weeks(text: str, expected: str) -> None:
    result = triage_result(text)
    assert result["level"] == expected and "cough_weeks" in result["reasons"]


def test_weeks_said_to_how_long_are_how_long() -> None:
    """Asked how long it has lasted, "12 weeks" is the time, no pregnancy; "I'm 12 weeks" still is one."""
    state = engine.step(engine.start(engine.new_state("en", "US")).state, parse("yes", intent="affirm")).state
    state = engine.step(state, parse("my knee hurts", intent="report_symptom", symptoms=("knee_pain",))).state
    assert state["awaiting"] == "onset"
    import nlu

    answered = engine.step(state, nlu.parse("12 weeks")).state
    assert answered["facts"]["pregnant"] is None and answered["facts"]["onset"] == "12 weeks"
    pregnant = engine.step(state, nlu.parse("I'm 12 weeks, it started last week")).state
    assert pregnant["facts"]["pregnant"] is True


@pytest.mark.parametrize(
    "text",
    [
        "소변볼때 피가 나와요",
        "소변 볼 때 피가 묻어나와요",
        "오줌 눌 때 피나요",
        "おしっこの時に血が出ます",
        "おしっこするとき血が出る",
        "トイレで尿に血",
        "blood comes out when I wee",
        "it bleeds when I pee",
        "小便的时候流血",
        # the period denied: still the urine's blood
        "생리 중은 아닌데 소변볼때 피가 나와요",
    ],
)
def test_blood_when_passing_urine_is_blood_in_the_urine(text: str, lexicon: Lexicon) -> None:
    found = [e.value for e in lexicon.find(text) if e.type == "symptom"]
    assert "blood_in_urine" in found and "bleeding" not in found
    assert triage_result(text)["level"] == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "생리 중에 소변볼때 피가 나와요",
        "on my period and blood comes out when I pee",
        "生理中で、おしっこの時に血が出ます",
    ],
)
def test_blood_when_passing_urine_during_a_period_is_the_periods(text: str, lexicon: Lexicon) -> None:
    """A lowering: the blood seen at the toilet during a period; the period denied (above) or blood in the urine
    named ("생리 중인데 소변에 피가 섞여 나와요", below) is still the urine's."""
    assert "blood_in_urine" not in [e.value for e in lexicon.find(text) if e.type == "symptom"]


@pytest.mark.parametrize("text", ["생리 중인데 소변에 피가 섞여 나와요", "on my period and my pee is red"])
def test_blood_in_the_urine_named_during_a_period_stays(text: str) -> None:
    assert triage_result(text)["level"] == "urgent"


@pytest.mark.parametrize(
    "text", ["I pee a lot and my finger is bleeding", "my nose bleeds when I pee", "소변이 자주 마렵고 코피가 나요"]
)
def test_other_bleeding_beside_urine_words_is_no_blood_in_the_urine(text: str, lexicon: Lexicon) -> None:
    assert "blood_in_urine" not in [e.value for e in lexicon.find(text) if e.type == "symptom"]


# Twentieth round (S): emergencies said briefly, in slang or calmly, in the four languages (a hand clutching the chest
# with a sweat, a nosebleed soaking towels, a head knocked then vomiting or drowsy, a rigid belly in severe pain, a
# positive test then one-sided pain and bleeding, a slang testicle swollen for hours, a chemical burn of the face, a
# hypo with a mind that will not work, someone who cannot be roused, a detergent capsule eaten, a Cantonese tongue
# swollen after prawns, a child's ribs sucking in, a sudden headache like a blow).
@pytest.mark.parametrize(
    "text",
    [
        "dad's clutching his chest, grey and sweaty, says it goes into his back",
        "我爸捂着胸口，脸色发灰一直冒冷汗",
        "阿爸揸住心口，成身冷汗",
        "父が胸をつかんで冷や汗をかいている",
        "nosebleed for 40 min, soaking towels, I'm on warfarin",
        "bumped head hard, vomited, now confused and cant remember what happened",
        "아들이 축구하다 머리 박고 두 번 토했어요 자꾸 잠들어요",
        "头撞得很重，吐了，现在迷迷糊糊，不记得发生了什么",
        "はしごから落ちて頭を打った、吐いてて眠くてしょうがない",
        "stomach is rock hard and the pain is unbearable",
        "배가 돌처럼 딱딱하고 너무 아파요",
        "肚子硬得像木板一样，痛得受不了",
        "お腹が板みたいに硬くて、痛くてたまらない",
        "positive test last week, now sharp pain low on the right and spotting, shoulder tip pain",
        "지난주 임테기 두 줄이었는데 오른쪽 아랫배가 찌르듯 아프고 피가 비쳐요",
        "先週検査薬陽性、今右下腹がズキッと痛くて少し出血",
        "验孕阳性，现在出血肚子痛",
        "one nut swollen and killing me since an hour ago",
        "片方のタマが腫れて1時間ずっと激痛",
        "一邊春袋腫咗，痛咗成個鐘",
        "왼쪽 고환이 한 시간 전부터 부어오르고 너무 아파요",
        "burned my face with a chemical splash",
        "화학약품이 얼굴에 튀어서 화상 입었어요",
        "薬品が顔にはねてやけどした",
        "化學品濺到臉上，燒傷了",
        "type 1, hypo, cant think straight, shaking, cant get sugar down",
        "糖尿病の夫が冷や汗かいて話がおかしい、血糖40",
        "1型糖尿病で低血糖、頭が回らない、手が震える",
        "一型糖尿病，低血糖，脑子转不过来，手抖",
        "1형 당뇨인데 저혈당 와서 머리가 안 돌아가요",
        "父が倒れて起きない",
        "母を揺すっても反応がない",
        "阿媽點搖都冇反應",
        "個女全身震，叫佢都冇反應",
        "子どもが食洗機の洗剤を食べた",
        "个仔食咗洗碗机嘅洗碗粒",
        "佢對蝦敏感，食咗蝦，依家條脷腫晒，好難唞氣",
        "小朋友呼吸好急，肋骨一吸一吸咁陷落去",
        "頭突然像被人用棒子打一樣爆痛，然後吐了",
        "头无啦啦痛到爆，从来未试过咁痛，条颈好硬",
    ],
)
def test_an_emergency_said_briefly_is_an_emergency(text: str) -> None:
    assert triage_result(text)["level"] == "emergency"


# Their near neighbours stay below an emergency: a hand on the chest in laughter, a nosebleed pinched to a stop, a knock
# with nothing after it, a hard belly without pain, a negative or an ovulation test, a testicle aching for weeks,
# sunburn, a hypo put right, a medicine that does not work ("没反应"), a toddler who does not answer to his name and
# cannot talk yet, a sore tongue, a headache like the usual one.
@pytest.mark.parametrize(
    "text",
    [
        "clutching my chest laughing at the film",
        "nosebleed this morning, stopped after 10 minutes of pinching",
        "had a nosebleed for 20 minutes and then it stopped",
        "bumped head on the cupboard, small bump, fine",
        "책상에 머리 박고 잤어요",
        "my belly feels hard and bloated after dinner",
        "배가 돌처럼 딱딱해요 변비 같아요",
        "排卵検査薬で陽性、少し出血",
        "排卵试纸两条杠，有点出血",
        "임테기 한 줄이에요 생리통처럼 아랫배가 아파요",
        "my covid test was positive and I have stomach cramps",
        "my testicle has been swollen and sore for 3 days, hurts when I pee",
        "left testicle aches a bit after cycling for 2 hours",
        "sunburnt face, a bit red and sore",
        "bleach on my hand, stings a bit, washed it off",
        "had a hypo earlier, had juice, fine now and thinking clearly",
        "저혈당 와서 사탕 먹었더니 괜찮아졌어요",
        "佢對藥物冇反應",
        "他对这个药没反应",
        "叫佢個名都冇反應，佢兩歲仲未識講嘢",
        "条脷有啲痛，食咗菠蘿",
        "我成日頭痛，同平時偏頭痛一樣",
        "headache like my usual migraine, took my tablets",
        "食洗機の洗剤を買ってきた",
    ],
)
def test_their_near_neighbours_are_no_emergency(text: str) -> None:
    assert triage_result(text)["level"] != "emergency"
