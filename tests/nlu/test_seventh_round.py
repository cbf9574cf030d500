"""Seventh round: red flags that fired on what the patient denies, plays down, or says is over (over-triage).

Mechanisms (`nlu/negation.py`, `nlu/redflags.py`): the subject of a denied predicate is denied with it
("肚子也不疼", "嘴巴脸都不肿", "お腹は痛くない", "가슴 답답하거나 식은땀 나거나 그런 건 없어요",
"no chest pain or fainting"); a mention inside a denied one is denied ("黒い便はない": 黒); a topic particle
that ends the rule's own phrase ("열도 없고", "便はないです"); a Japanese adjective's own negative (痛くない,
黒くない); "X or anything like that, none" (자해나 그런 생각은 없어요, 아픈 데는 없어요); a finding said
to be fine ("breathing totally fine", "呼吸没问题", "息は大丈夫"); a thought denied before a list
(没有想过死啊伤害自己那些); the chance of pregnancy denied (妊娠の可能性はない); なかなか is no negative.
Rules (`nlu/data/redflags/*.yml`): a faint that nearly happened is none (`near:`), one the patient came round
from at once is over (`over:`), unless during exercise, with bleeding, a head injury, jerking, chest pain or
palpitations, in pregnancy, an older person or on blood thinners (`over_unless:`, which also keeps a near
faint); bleeding said to have stopped is over unless
it started again, with dizziness or pallor, spurting, or on blood thinners; bleeding gums are no heavy
bleeding; light or brown spotting alone in pregnancy is no emergency (pain still is); "when I do X I could
die" (ko) is pain hyperbole, and so is "I think I'm dying" followed by only a cold's runny nose and sore throat
(`hyperbole:`, `explained:`); an English allergy needs the trouble to be breathing or swallowing, not a bare
"can't". Each case that must stay quiet has a twin that must still fire. Sentences of our own; none is in
the training, evaluation or vignette data.
"""

import pytest

from nlu.redflags import RedFlagRules

RULES = RedFlagRules.load()

CASES = [
    # Denied along a list, or as the subject of a denied predicate.
    ("zh", "怀孕18周，最近小便有点刺痛。肚子也不疼，也没出血", None),
    ("zh", "怀孕18周，肚子一阵一阵地疼", "pregnancy_pain_bleeding"),
    ("zh", "被蜜蜂叮了，手上肿了一个包。呼吸正常，嘴唇也不肿", None),
    ("zh", "被蜜蜂叮了，嘴唇肿了，呼吸有点困难", "anaphylaxis"),
    ("en", "stung on the ankle by a wasp, it's swollen. breathing is fine and my lips are ok", None),
    ("en", "wasp sting, now my lips are swollen and it's hard to breathe", "anaphylaxis"),
    ("en", "bee sting on my hand, it's puffy. breathing fine, lips and tongue normal", None),
    ("en", "stung by a bee, swollen lips and breathing fine", "anaphylaxis"),
    ("en", "losing weight, shaky hands, no chest pain or fainting", None),
    ("en", "chest pain and fainting this morning", "loss_of_consciousness"),
    ("ja", "胃がキリキリ痛みます。便は黒くないです", None),
    ("ja", "便が黒いです、胃も痛い", "gi_bleeding"),
    ("ja", "あざが増えました。鼻血とか黒い便はないです", None),
    ("ja", "昨日から黒い便が出ます", "gi_bleeding"),
    ("ja", "妊娠12週です。お腹は痛くないです、つわりがつらい", None),
    ("ja", "妊娠12週です。お腹が痛くて出血もあります", "pregnancy_pain_bleeding"),
    ("ja", "生理中で下腹が痛いです。妊娠の可能性はありません", None),
    ("ja", "妊娠の可能性があって、下腹がすごく痛い", "pregnancy_pain_bleeding"),
    ("ko", "목만 뻐근해서 고개를 못 돌리겠어요 열도 없고요", None),
    ("ko", "열이 39도인데 고개를 못 돌리겠어요", "meningism"),
    ("ko", "그냥 체한 것 같아요. 가슴이 답답하거나 식은땀이 나거나 그런 건 없어요", None),
    ("ko", "가슴이 답답하고 식은땀이 나요 왼팔도 저려요", "chest_pain_cardiac"),
    ("ko", "우울하긴 한데 자해나 그런 생각은 없어요", None),
    ("ko", "요즘 자해를 하고 싶어요", "suicidal"),
    ("ko", "죽고싶다거나 그런 생각은 전혀 없는데 무기력해요", None),
    ("ko", "죽고싶다는 생각이 계속 들어요", "suicidal"),
    ("zh", "没有想过死或者伤害自己，就是睡不好", None),
    ("zh", "最近总想伤害自己", "suicidal"),
    # A faint that nearly happened, or one the patient came round from at once.
    ("en", "saw the needle at the blood test and nearly fainted, fine after some water", None),
    ("en", "she fainted in the kitchen and is still drowsy", "loss_of_consciousness"),
    ("en", "threw up blood this morning and nearly passed out when I stood up", "loss_of_consciousness"),
    ("zh", "怀孕6周，刚才上厕所差点晕倒", "loss_of_consciousness"),
    ("zh", "抽血的时候差点晕倒，躺了一会儿就好了", None),
    ("en", "he fainted in the queue but came round after a few seconds, no injury", None),
    ("en", "he fainted while running but came round after a few seconds", "loss_of_consciousness"),
    ("zh", "站久了突然晕倒，几秒钟就醒了，没受伤", None),
    ("zh", "跑步的时候晕倒了，几秒钟就醒了", "loss_of_consciousness"),
    ("zh", "爷爷刚才晕倒了，马上就醒了", "loss_of_consciousness"),
    ("ko", "헌혈하고 나서 기절했는데 금방 깨어났어요", None),
    ("ko", "축구하다가 쓰러졌는데 금방 깨어났어요", "loss_of_consciousness"),
    ("ja", "採血のあとに失神したけど、すぐに意識が戻った", None),
    ("ja", "運動中に失神して、すぐに意識が戻った", "loss_of_consciousness"),
    ("ja", "倒れたあと意識が戻らない", "loss_of_consciousness"),
    # Bleeding that has stopped; bleeding gums.
    ("en", "cut my thumb on a tin, lots of blood but it stopped after pressing for 5 minutes", None),
    ("en", "lots of blood from the cut, it stopped after a while but started again", "heavy_bleeding"),
    ("zh", "切菜切到手，流了好多血，按了十分钟血止住了", None),
    ("zh", "流了好多血，血止住了又开始流", "heavy_bleeding"),
    ("ja", "歯磨きのたびに歯ぐきから血がなかなか止まらない", None),
    ("ja", "指を切って血がなかなか止まらない", "heavy_bleeding"),
    ("zh", "刷牙的时候牙龈出血一直不停", None),
    ("zh", "伤口出血一直不停", "heavy_bleeding"),
    # Light spotting in pregnancy without pain.
    ("en", "8 weeks pregnant with a little light spotting, no cramps", None),
    ("en", "8 weeks pregnant, spotting and cramping", "pregnancy_pain_bleeding"),
    ("ja", "妊娠7週、茶色っぽい出血が少しあります。お腹は痛くない", None),
    ("ja", "妊娠7週、出血が続いています", "pregnancy_pain_bleeding"),
    ("zh", "怀孕7周，擦的时候有一点点出血，肚子不疼", None),
    ("zh", "怀孕7周，出血了", "pregnancy_pain_bleeding"),
    ("ko", "임신 7주인데 피가 조금 비쳤어요 배는 안 아파요", None),
    ("ko", "임신 7주인데 피가 나요", "pregnancy_pain_bleeding"),
    # Hyperbole about a movement; an allergy needs the airway, not a bare "can't".
    ("ko", "스쿼트 많이 했더니 앉을 때 죽을 것 같아요", None),
    ("ko", "죽을 것 같아요 숨이 안 쉬어져요", "emergency_request"),
    ("ko", "죽을 것 같아요", "emergency_request"),
    ("en", "honestly i think i'm dying, runny nose and a sore throat since yesterday", None),
    ("en", "i think i'm dying, runny nose and now my chest is tight", "emergency_request"),
    ("en", "i'm dying", "emergency_request"),
    ("ko", "진짜 죽을 것 같아요 콧물이 계속 나고 목이 칼칼해요", None),
    ("ko", "죽을 것 같아요 감기인데 숨이 차요", "emergency_request"),
    ("ja", "死にそう…鼻水とくしゃみがひどい", None),
    ("ja", "死にそう、風邪だと思うけど息が苦しい", "emergency_request"),
    ("zh", "感觉要死了，我快死了，流鼻涕嗓子疼", None),
    ("zh", "我快死了，感冒了还一直吐", "emergency_request"),
    ("en", "ate some cake, sore throat, can't sleep", None),
    ("en", "ate peanuts, throat feels tight, can't swallow", "anaphylaxis"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), CASES)
def test_seventh_round_red_flags(lang, text, flag):
    found = {f.id for f in RULES.find(text, lang)}
    if flag is None:
        assert not found
    else:
        assert flag in found
