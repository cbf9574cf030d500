"""The suicidal red flag as patients say it (nlu/data/redflags/*.yml, nlu/negation.py): in casual register
(못 살겠어, 消えてしまいたい, 活够了, "im gonna end it tonight"), as a thought that will not go away or nothing but the
thought, and a real statement next to a denial form; a thought named only to deny it (죽고 싶은 생각은 없어요,
死にたいとは思わない, 想死倒是没有, "I would never kill myself") and finishing something else ("숙제 오늘 끝낼 거야")
raise nothing. Safety first: what is not a clear denial keeps the flag. Sentences of our own; none is in the
training, evaluation or vignette data."""

import pytest
from nlu_reads import parsed_flags, rule_flags, symptoms_mentioned


# Said in casual register, or as a thought that will not go away: the flag fires.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("나 더 이상 못 살겠어", "ko"),
        ("한강 다리에서 뛰어내릴래", "ko"),
        ("그냥 죽어버릴 거야", "ko"),
        ("오늘 밤에 다 끝낼 거야", "ko"),
        ("유서 써놨어 오늘 끝낼 거야", "ko"),
        ("요즘 죽고 싶다는 생각이 자꾸 드는데 어떡해요", "ko"),  # the thought that comes (드는데), beside 안 드는데
        ("もう死にたいわ", "ja"),
        ("消えてしまいたい", "ja"),
        ("屋上から飛び降りるつもり", "ja"),
        ("死んでやる", "ja"),
        ("真的不想活了", "zh"),
        ("我想跳楼", "zh"),
        ("活够了", "zh"),
        ("im gonna end it tonight", "en"),
        ("i'm going to kill myself", "en"),
        ("thinking about jumping off the bridge", "en"),
        ("죽고 싶은 생각이 없어지지 않아요", "ko"),  # the thought will not go away: no denial
    ],
)
def test_casual_suicidal_statements_fire(rules, text, lang):
    assert "suicidal" in rule_flags(rules, text, lang)


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
    assert "suicidal" in rule_flags(rules, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "我真的想死，倒没有什么办法",  # a comma: the denial is of something else
        "我不想活了",
        "想死倒没有才怪，我每天都想死",
        "もう死にたい。わけがわからない",
        "死にたいです。わけは聞かないで",
    ],
)
def test_a_real_statement_next_to_a_denial_form_still_raises_suicidal(pipeline, text):
    assert "suicidal" in parsed_flags(text)


# A thought named only to deny it, or something else finished: no flag.
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
        # seventeenth round: "the thought does not come" (안 들어요, which an inhaler's "안 들어" took), "not that far"
        ("죽고 싶다는 생각까진 안 들어요", "ko"),
        ("죽고 싶다는 생각은 안 들어요", "ko"),
        # twentieth round: the same thought "not coming" said with 드는데 ("생각까진 안드는데")
        ("죽고싶단 생각까진 안드는데 이게 우울증인가요", "ko"),
        ("死にたいとまでは思わないです", "ja"),
    ],
)
def test_a_denied_suicidal_thought_raises_nothing(rules, text, lang):
    assert "suicidal" not in rule_flags(rules, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "心情一直不好，想死倒是没有，就是没力气",
        "轻生的念头倒没有，就是睡不着",
        "自杀的想法没有，只是很烦",
        "死にたいわけではないけど、毎日しんどいです",
        "死にたいってわけじゃないです。ただ疲れてて",
    ],
)
def test_a_wish_to_die_named_to_deny_it_raises_nothing(pipeline, text):
    assert "suicidal" not in parsed_flags(text)
    assert "suicidal_thoughts" not in symptoms_mentioned(text)


# Nineteenth round (GAPS2): a wrist or arm cut in an accident (cooking, washing up, broken glass, at work) is a wound,
# not self-harm; the same cut with no accident said, or with the intent said, stays the crisis.
@pytest.mark.parametrize(
    "text",
    [
        "料理中に包丁で手首を切っちゃった。血は止まりました",
        "仕事中にカッターで腕を切ってしまいました",
        "설거지하다가 깨진 컵에 손목을 베였어요",
        "설거지하다가 칼로 손목을 베었어요",
        "커터칼로 박스를 뜯다가 손가락을 베였어요",
        "손목을 그냥 삐끗했어요",
        "오른쪽 손목 그 부위가 아파요",
        "洗碗时被碎玻璃割到手腕",
        "切菜時不小心割手腕了",
        "cut my wrist on a broken glass while washing up",
    ],
)
def test_an_accidental_cut_is_no_self_harm(pipeline, text):
    assert "suicidal" not in parsed_flags(text)
    assert not {"self_harm", "suicidal_thoughts"} & symptoms_mentioned(text)


@pytest.mark.parametrize(
    "text",
    [
        "手首を切った",
        "包丁で手首を切った",
        "リストカットした",
        "料理中に包丁で手首を切った。死にたい",
        "わざと手首を切った。料理の包丁で",
        "손목을 그었어요",
        "설거지하다가 칼로 손목을 그었어요",
        "자해했어요",
        "我割腕了",
        "我用刀片划手腕",
        "I cut myself on purpose",
        "I cut my wrist on purpose",
        "I cut my wrists",
    ],
)
def test_a_cut_said_as_self_harm_stays_suicidal(pipeline, text):
    assert "suicidal" in parsed_flags(text) or {"self_harm", "suicidal_thoughts"} & symptoms_mentioned(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("숙제 오늘 끝낼 거야", "ko"), ("ok gonna end it here, thanks", "en"), ("더워서 못 살겠어", "ko")],
)
def test_finishing_something_is_not_suicidal(rules, text, lang):
    assert "suicidal" not in rule_flags(rules, text, lang)


# Twentieth round (T20E): giving up said with a means got ready (charcoal bought, a rope, pills saved up or lined up):
# suicidal intent with means; giving up alone (a job, a pain) and harmless look-alikes (activated charcoal, fizzy water)
# raise nothing. Cantonese "don't want to live" (唔想再活, 活唔落去) is the wish itself.
@pytest.mark.parametrize(
    "text",
    [
        "我真係好攰 唔想再撐落去 炭已經買咗擺喺屋企",
        "我撑不下去了 炭已经买好了",
        "好累 不想再撑了 安眠药攒了一大把",
        "唔想再撐 繩都買好咗",
        "頂唔順 啲藥排好晒喺枱面",
        "唔想再活",
        "活唔落去",
        "もう限界 練炭買ってある",
        "もう無理 ロープ用意した",
        "もう限界です。睡眠薬を集めてあります",
        "耐えられない。母の薬を並べてある",
        "더 이상 버틸 수가 없어 번개탄 사놨어",
        "너무 지쳤어 밧줄 준비해놨어",
        "다 그만하고 싶어 숯 사놨어",
        "사는 게 너무 힘들어 엄마 약 꺼내놨어",
        "i dont really want to be here anymore. ive got my dads pills lined up on the desk",
        "i can't keep going. bought charcoal today",
        "i can't do this anymore, the rope is in the garage",
        "done with everything. tablets counted out on the bed",
        # the last day said with pills collected, or a gun to hand with a night chosen
        "「今日で最後にする」「薬もう集めた」と送っていました",
        "오늘이 마지막이야 약 다 모았어",
        "今天是最后一天了 药都攒好了",
        "i know where my dad keeps the gun safe key and ive been thinking about it all week."
        " tonight feels like the night",
    ],
)
def test_giving_up_with_a_means_ready_is_suicidal(pipeline, text):
    assert "suicidal" in parsed_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作撑不下去了 想辞职",
        "拉肚子受够了 吃了药用炭片",
        "仕事もう限界 明日休みたい",
        "下痢でもう無理 活性炭飲んだ",
        "もう限界 炭酸水飲んで寝る",
        "일이 너무 많아서 버틸 수가 없어",
        "캠핑 가서 숯불구이 하느라 지쳤어",
        "i can't go on like this with my back, bought more painkillers",
        "can't take it anymore with this diarrhoea, took activated charcoal",
        "can't cope anymore, collected my meds from the pharmacy",
        "my shoulder is sore from the rifle range, can't take it anymore",
        "i used a heat gun to strip paint and been thinking about it",
        "タバコは今日で最後にする",
    ],
)
def test_giving_up_without_a_means_is_not_suicidal(pipeline, text):
    assert "suicidal" not in parsed_flags(text)
