"""Red-flag words the patient denies, plays down, says are over or only asks about: each case that must stay quiet
next to a twin that must still fire. Sentences of our own; none is in the training, evaluation or vignette data.

Red flags that fired on what the patient denies, plays down, or says is over (over-triage).

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

Families of wording that deny, play down or only ask about a red flag (over-triage).

Mechanisms (`nlu/negation.py` `denied_as_such`, `nlu/redflags.py`): a thing named and then waved away as "nothing
of the sort" is denied, a phrase with its own negative word too ("죽고 싶다 이런 건 아니고", "죽고 싶을 정도는
아니에요", "자해까지는 아니고", "死にたいとかそういうのはない", "死にたいほどではない", "自殺とかは考えてない",
"息苦しいとかはない", "倒没什么想不开的", "没什么不想活的想法", "nothing like wanting to kill myself", "not suicidal or
anything", "i wouldn't say suicidal"); doing a thing said to be fine ("숨쉬는 건 괜찮고"). Rules
(`nlu/data/redflags/*.yml`): "I'm dying" is a way of speaking when an ordinary cause (a cold, a hangover or a
night's drinking, itching, hunger, boredom) is said anywhere in the message and no alarm is said (`hyperbole`,
`explained`, `over_unless`, which now also lists swelling lips, tongue, throat or face); consciousness said to be
clear ("意識ははっきりしてる", "意识清醒") is no alarm; "should I go to the ER?" is no request when the patient
denies some alarm and says none (`question`; a blood pressure of 170/105 holds no fever of 105); bleeding stopped by
pressure or within minutes is over (`over`), unless it came back; a runny nose "流个不停" is no bleeding. Each case
that must stay quiet has a twin that must still fire. Sentences of our own; none is in the training, evaluation or
vignette data.

Denials, laughter and whose finding it is (over-triage).

Mechanisms (`nlu/negation.py`): the place of a denied finding ("no swelling in my face"); a Japanese list with a
nominalised adjective and a modifier ("息苦しさとか全身のじんましんはない"); "也没头痛发烧" (a second symptom ending
the clause); 안 before pain or dizziness ("배는 안 아프고"). Rules (`nlu/redflags.py`, `nlu/data/redflags/*.yml`):
a call laughed off at once ("살려주세요 ㅋㅋ", "救命哈哈哈", "誰か助けてw", "i'm dying lol": `joking`, `hyperbole`); who
the patient is (pregnancy, a baby: `who`) keeps a played-down call but not a question, and an alarm word only in a
form a rule names harmless ("갈색 피") keeps no question; a silica-gel desiccant is no poison (`unless`); a nursing
mother's own fever is not her baby's (`someone_else`). Each case that must stay quiet has a twin that must still fire.

Traditional characters, "it is not that", someone else's feeling, double negatives, one ordinary complaint.

Mechanisms (`nlu/negation.py`, `nlu/text.py` `to_simplified`): Chinese negation reads Traditional characters as
Simplified, so each cue is written once ("我沒有想不開"); a phrase with its own negative word is denied by a plain cue
right before it ("我没有想不开", "我不会想不开的", "他没有叫不醒"), not in a question ("我不会想不开吧？") or a fear
("我怕自己会想不开"); "it is not that X" ("息ができないわけじゃない", "숨을 못 쉬는 건 아닌데"); a feeling seen in
someone else, denied ("숨쉬기 힘들어하진 않아요", "she doesn't seem to be struggling to breathe"); a double negative is
no denial ("我沒有一天不想死", "死にたくない日はない", "not a day goes by that i don't want to die": these raised no
flag before). Rules (`nlu/redflags.py`, `nlu/data/redflags/*.yml`): a call about one ordinary complaint (hiccups,
`explained`) said to be the only one ("除了打嗝没别的不舒服", "nothing else wrong": `only`) is no request; without
"nothing else", with an alarm or a baby, it still fires.
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
    # Suicidal thoughts named, then "nothing of the sort" / "not that far".
    ("ko", "우울하긴 한데 죽고 싶다 이런 건 아니에요", None),
    ("ko", "요즘 죽고 싶다 이런 생각이 자주 들어요", "suicidal"),
    ("ko", "회사 때문에 힘들어요. 자살하고 싶다 그런 건 없고 잠을 못 자요", None),
    ("ko", "자살하고 싶다 그런 생각이 자꾸 나요", "suicidal"),
    ("ko", "살기 싫다 이런 건 아니고요 그냥 지쳤어요", None),
    ("ko", "요즘은 그냥 살기 싫어요", "suicidal"),
    ("ko", "죽고 싶을 정도는 아니에요 기운이 없을 뿐이에요", None),
    ("ko", "죽고 싶을 정도로 힘들어요", "suicidal"),
    ("ko", "자해까지는 아니고 그냥 답답해요", None),
    ("ko", "어젯밤에 자해까지 했어요", "suicidal"),
    ("ja", "やる気が出ない。死にたいとかそういうのはないです", None),
    ("ja", "死にたいとかそういう気持ちがずっとある", "suicidal"),
    ("ja", "死にたいみたいな気持ちはないけど、朝がつらい", None),
    ("ja", "死にたいみたいな気持ちになる", "suicidal"),
    ("ja", "死にたいって感じではないです", None),
    ("ja", "正直、死にたいって感じです", "suicidal"),
    ("ja", "消えたいとかそういうのはないけど疲れた", None),
    ("ja", "最近消えたいって思う", "suicidal"),
    ("ja", "死にたいほどではないです", None),
    ("ja", "死にたいほどつらいです", "suicidal"),
    ("ja", "自殺とかは考えてないです", None),
    ("ja", "自殺を考えています", "suicidal"),
    ("zh", "压力有点大，倒没什么想不开的", None),
    ("zh", "最近总是想不开", "suicidal"),
    ("zh", "心情一般，也没有想不开的念头", None),
    ("zh", "没人理我，想不开", "suicidal"),
    ("zh", "没什么不想活的想法，就是睡不好", None),
    ("zh", "没什么意思，不想活了", "suicidal"),
    ("en", "feeling flat lately, nothing like wanting to kill myself though", None),
    ("en", "nothing helps, i want to kill myself", "suicidal"),
    ("en", "i wouldn't say suicidal, just low", None),
    ("en", "i feel suicidal tonight", "suicidal"),
    ("en", "work is grim, nothing like ending it all though", None),
    ("en", "not sleeping, i want to end it all", "suicidal"),
    # Any other flag waved away the same way; a phrase with its own negative word too.
    ("ko", "숨이 안 쉬어지거나 그런 건 없어요", None),
    ("ko", "숨이 안 쉬어지고 입술이 파래요", "breathing_severe"),
    ("ja", "息ができないとかはないです", None),
    ("ja", "さっきから息ができない", "breathing_severe"),
    ("ja", "蜂に刺されて腫れた。息苦しいとかはないです", None),
    ("ja", "蜂に刺されて息苦しいです", "anaphylaxis"),
    # "I'm dying" with an ordinary cause said anywhere, and no alarm.
    ("ko", "목 아프고 콧물 나고 진짜 죽을 거 같아요", None),
    ("ko", "감기인데 숨이 차고 죽을 것 같아요", "emergency_request"),
    ("ko", "어젯밤 소주를 너무 마셨더니 죽을 것 같아요. 정신은 멀쩡해요", None),
    ("ko", "술 마시고 토하고 죽을 것 같아요", "emergency_request"),
    ("ko", "모기 물린 데가 가려워서 죽을 것 같아요", None),
    ("ko", "가려워서 죽을 것 같고 입술이 부었어요", "emergency_request"),
    ("ko", "배고파서 죽을 것 같아요", None),
    ("ko", "수술 받고 나서 죽을 것 같아요", "emergency_request"),
    ("ja", "蚊に刺されたところがかゆすぎて死にそう", None),
    ("ja", "かゆくて死にそう、唇が腫れてきた", "emergency_request"),
    ("ja", "二日酔いで死にそう", None),
    ("ja", "二日酔いで死にそう、胸も苦しい", "emergency_request"),
    ("zh", "蚊子咬的，痒得我快死了", None),
    ("zh", "痒得我快死了，嘴唇也肿了", "emergency_request"),
    ("ja", "飲み会で飲みすぎて死にそう。意識ははっきりしてる", None),
    ("ja", "飲み会で飲みすぎて死にそう。意識がはっきりしない", "emergency_request"),
    ("zh", "喝多了我快死了，意识清醒", None),
    ("zh", "喝多了我快死了，意识不清醒", "emergency_request"),
    ("zh", "昨晚喝多了，我快死了", None),
    ("zh", "昨晚喝多了，吐了血，我快死了", "emergency_request"),
    ("en", "hungover, i think i'm dying", None),
    ("en", "hungover and vomiting blood, i think i'm dying", "emergency_request"),
    ("en", "bitten by mosquitoes, so itchy i'm dying", None),
    ("en", "itchy all over and my lips are swelling, i'm dying", "emergency_request"),
    # The cause may come first; severe pain, a head injury or hives keep the words an alarm.
    ("ko", "감기 걸려서 콧물이 줄줄, 죽을 것 같아요", None),
    ("ko", "감기 걸렸는데 배가 너무 아파서 죽을 것 같아요", "emergency_request"),
    ("ko", "온몸이 쑤시고 목이 칼칼해요. 진짜 죽을 것 같아요", None),
    ("ko", "모기 물린 데가 가렵고 두드러기가 번지고 죽을 것 같아요", "emergency_request"),
    ("ja", "ただの二日酔いだけど死にそう", None),
    ("ja", "飲み会のあと頭を打って死にそう", "emergency_request"),
    ("zh", "感冒了，鼻塞，我快死了", None),
    ("zh", "喝多了摔了一跤撞到头，我快死了", "emergency_request"),
    ("en", "got a cold, sneezing all day, i think i'm dying", None),
    ("en", "got a cold, now terrible stomach pain, i think i'm dying", "emergency_request"),
    # Asking whether to go to the ER, with an alarm denied and none said.
    ("ko", "혈압이 160에 100 나와요. 가슴 답답하거나 그런 건 없어요. 응급실 가야 하나요?", None),
    ("ko", "가슴이 답답하고 식은땀이 나요. 응급실 가야 하나요?", "emergency_request"),
    ("ko", "열이 나요. 숨차거나 그런 건 없어요. 응급실 가야 할까요?", None),
    ("ko", "열은 없어요. 응급실 가야 하나요? 아기가 축 처졌어요", "emergency_request"),
    ("ko", "말이 어눌하거나 한쪽 마비 같은 건 없어요. 응급실 가봐야 하나요?", None),
    ("ko", "응급실 가야 하나요 아니면 구급차 불러야 하나요", "emergency_request"),
    ("en", "should i go to the emergency room now? no chest pain", None),
    ("en", "should i go to the emergency room now? my baby is blue", "emergency_request"),
    ("en", "bp 170/105 at the pharmacy, no chest pain. should i go to the emergency room now?", None),
    ("en", "temp 105 and shaking. should i go to the emergency room now?", "emergency_request"),
    # Twenty-first round (ko-t15a-d07): asking whether to go, nothing denied, no alarm and no baby or pregnancy said, is
    # no request either (a breast lump's 가슴 is no chest alarm); an alarm, a baby or a pregnancy said, 119 or an
    # ambulance asked for, or "I think I need to go" with breathing lost stay requests
    ("ko", "가슴에 멍울이 만져져요 너무 무서워요 지금 당장 응급실 가야하나요", None),
    ("en", "I found a lump in my breast, I'm so scared, should I go to the emergency room right now?", None),
    ("ko", "응급실 가야 하나요? 가슴이 아파요", "emergency_request"),
    ("ko", "임신 중인데 응급실 가야 하나요?", "emergency_request"),
    ("ko", "응급실 가야 하나요? 생후 2주 신생아예요", "emergency_request"),
    ("ko", "응급실 가야 할 것 같아요, 숨을 못 쉬겠어요", "emergency_request"),
    ("ko", "119 불러주세요", "emergency_request"),
    ("en", "should i go to the emergency room now? i'm 30 weeks pregnant", "emergency_request"),
    # Bleeding stopped by pressure or within minutes is over; not when it came back, nor another thing stopping.
    ("ko", "코피가 뚝뚝 떨어졌는데 코를 꽉 누르니까 멈췄어요", None),
    ("ko", "피가 뚝뚝 나는데 누르니까 멈췄다가 다시 나요", "heavy_bleeding"),
    ("ko", "피가 철철 났는데 10분 만에 멈췄어요", None),
    ("ko", "피가 철철 나요. 기침은 멈췄어요", "heavy_bleeding"),
    ("ja", "血がどくどく出たけど、押さえたら止まりました", None),
    ("ja", "血がどくどく出て、押さえたら止まったと思ったらまた出てきた", "heavy_bleeding"),
    ("ja", "血がどくどく出てる。咳は止まった", "heavy_bleeding"),
    ("zh", "血哗哗的流，按了十分钟就不流了", None),
    ("zh", "血哗哗的流，按住就止住了，头晕", "heavy_bleeding"),
    ("en", "bleeding a lot, pressure and it stopped", None),
    ("en", "it's bleeding heavily, pressed and it stopped but then it started again", "heavy_bleeding"),
    ("zh", "感冒了，鼻涕流个不停", None),
    ("zh", "伤口的血流个不停", "heavy_bleeding"),
    # The place of a denied finding is denied with it ("no swelling in my face"); a Japanese list may hold a
    # nominalised adjective and a modifier ("息苦しさとか全身のじんましんはない"); the thing a noun modifies is denied.
    ("en", "wasp sting on my hand, it's red and swollen. no wheezing, no swelling in my face or lips", None),
    ("en", "wasp sting on my hand, it's red and swollen, now swelling in my face and lips", "anaphylaxis"),
    ("en", "wasp sting, hand swollen. no rash but swelling around my lips", "anaphylaxis"),
    ("ja", "蜂に刺されて腕がパンパンに腫れた。息苦しさとか顔の腫れはないです", None),
    ("ja", "蜂に刺されて腕がパンパンに腫れた。息苦しさがあります", "anaphylaxis"),
    ("ja", "ブヨに刺されて足が腫れてかゆい。息苦しさや全身のじんましんはありません", None),
    ("ja", "蜂に刺されて、全身のじんましんはないけど息苦しさがある", "anaphylaxis"),
    ("ja", "蜂に刺されて腕が腫れた。息苦しさとかはない", None),
    ("ko", "벌에 쏘여서 팔이 부었어요. 입술이 붓고 숨쉬기 힘들어요", "anaphylaxis"),
    ("zh", "被蜜蜂蛰了，手臂肿了，现在嘴唇肿了，呼吸困难", "anaphylaxis"),
    # "也没头痛发烧": a second symptom right after a denied one, ending its clause, is denied too; not when it
    # starts a statement of its own ("发烧了", "发烧39度").
    ("zh", "睡醒脖子转不了，一转就疼，也没头痛发烧", None),
    ("zh", "睡醒脖子转不了，没头痛发烧什么的", None),
    ("zh", "脖子转不了，没头痛，发烧39度", "meningism"),
    ("zh", "脖子转不了，没头痛发烧了", "meningism"),
    ("ja", "首が動かせない。熱が39度ある", "meningism"),
    # "Should I go to the ER?": pregnancy alone (`who`) and an alarm word only in a form a rule names harmless
    # ("갈색 피", brown spotting) no longer keep the question; 안 before pain or dizziness denies it (배는 안 아프고).
    ("ko", "임신 9주인데 갈색 분비물이 조금 묻어나요. 배는 안 아프고 어지럽지도 않아요. 응급실 가야 하나요?", None),
    ("ko", "임신 9주예요. 배는 안 아파요. 응급실 가 봐야 하나요?", None),
    ("ko", "임신 9주인데 배는 안 아프고 가슴이 답답해요. 응급실 가야 할까요?", "emergency_request"),
    ("ko", "임신 9주인데 피가 많이 나요. 배는 안 아파요. 응급실 가야 하나요?", "emergency_request"),
    ("ko", "임신 9주인데 배가 너무 아파요. 응급실 가야 하나요?", "emergency_request"),
    # A call laughed off at once (ㅋㅋ, ㅎㅎ, 哈哈, w, 笑, lol: `joking`, and any `hyperbole` phrase) is a way of
    # speaking, unless an alarm is said; crying (ㅠㅠ) or laughter elsewhere is none.
    ("ko", "어제 회식 때 너무 마셨더니 머리가 지끈거려요 살려주세요 ㅋㅋ", None),
    ("ko", "과제 마감이 세 개 겹쳤어요 살려줘 ㅎㅎ", None),
    ("ko", "과제 마감이 세 개 겹쳤어요 살려줘 ㅠㅠ", "emergency_request"),
    ("ko", "가슴이 너무 아파요 살려주세요 ㅋㅋ", "emergency_request"),
    ("ko", "아빠가 쓰러졌어요 살려주세요", "emergency_request"),
    ("zh", "期末复习到崩溃，救命哈哈哈", None),
    ("zh", "救救我吧哈哈，作业写不完", None),
    ("zh", "救命，胸口好痛喘不过气", "emergency_request"),
    ("zh", "我快死了哈哈哈，刚才摔了一跤撞到头", "emergency_request"),
    ("ja", "レポートが終わらない、誰か助けてw", None),
    ("ja", "バイトのシフト入れすぎた、もう死ぬwww", None),
    ("ja", "熱が出て笑えない、誰か助けて", "emergency_request"),
    ("ja", "誰か助けて！父が倒れた", "emergency_request"),
    ("en", "three exams tomorrow, i'm dying lol", None),
    ("en", "i'm dying lol my chest is killing me and i can't breathe", "emergency_request"),
    ("en", "i'm dying. my chest hurts and my arm is numb", "emergency_request"),
    # A silica-gel desiccant is non-toxic (`unless`); quicklime (生石灰) or an unnamed desiccant still fires.
    ("zh", "孩子把零食袋里的硅胶干燥剂咬破吃了几颗，现在没事", None),
    ("zh", "孩子误食了硅胶干燥剂，精神很好", None),
    ("zh", "孩子把海苔里的生石灰干燥剂吃了", "overdose_poisoning"),
    ("zh", "孩子吃了干燥剂", "overdose_poisoning"),
    ("ja", "子どもがシリカゲルの乾燥剤を誤飲しました。元気です", None),
    ("ja", "子どもが石灰の乾燥剤を誤飲しました", "overdose_poisoning"),
    # A nursing mother's own fever (mastitis, a sore breast: `someone_else`) is not her baby's; the baby's fever
    # or poor feeding still is.
    ("ja", "生後1ヶ月の娘に授乳中。乳腺炎っぽくて左の乳房が痛く、38.5度の熱があります", None),
    ("ja", "生後1ヶ月の娘に授乳中。乳腺炎っぽいけど、娘も38.5度の熱があります", "infant_fever"),
    ("ja", "生後1ヶ月の赤ちゃんが38.5度の熱", "infant_fever"),
    ("ko", "생후 6주 아기 모유 수유 중인데 유선염인지 가슴이 딱딱하고 열이 38.5도예요", None),
    ("ko", "생후 6주 아기 모유 수유 중인데 유선염이 있고 아기가 38.5도예요", "infant_fever"),
    ("zh", "宝宝两个月大，我在喂奶，乳房一块红肿很痛，发烧38.5度", None),
    ("zh", "宝宝两个月大，我乳腺炎，宝宝发烧38.5度", "infant_fever"),
    ("en", "breastfeeding my 6 week old, my breast is red and sore and i have a fever of 38.6", None),
    ("en", "breastfeeding my 6 week old, i have mastitis and baby has a fever of 38.6", "infant_fever"),
    ("en", "my 6 week old has a fever of 38.6 and is not feeding", "infant_fever"),
    # Traditional characters read as Simplified for Chinese negation; a phrase with its own negative word denied
    # by a plain cue right before it (我没有想不开, 我不会想不開的), not in a question or a fear.
    ("zh", "最近心情很差，我沒有想不開，只是提不起勁", None),
    ("zh", "最近心情很差，我没有想不开，只是提不起劲", None),
    ("zh", "放心吧，我不會想不開的，就是睡不好", None),
    ("zh", "放心吧，我不会想不开的，就是睡不好", None),
    ("zh", "我倒也沒有不想活，就是每天很累", None),
    ("zh", "他沒有叫不醒，只是睡得很沉", None),
    ("zh", "最近心情很差，我想不開", "suicidal"),
    ("zh", "最近心情很差，我怕自己會想不開", "suicidal"),
    ("zh", "我不會想不開吧？", "suicidal"),
    ("zh", "我有沒有想不開我自己也不知道", "suicidal"),
    ("zh", "我不是想不開，是真的不想活了", "suicidal"),
    ("zh", "他叫不醒，怎麼拍都沒反應", "loss_of_consciousness"),
    # A double negative is no denial: never a day without it is always.
    ("zh", "我沒有一天不想死", "suicidal"),
    ("zh", "我无时无刻不想死", "suicidal"),
    ("en", "there's not a day that goes by that i don't want to die", "suicidal"),
    ("ja", "死にたくない日はない", "suicidal"),
    ("zh", "我不想死，只是很累", None),
    ("ja", "死にたくないです、ただ疲れています", None),
    # "It is not that X" (ja わけではない, ko 는 건 아니): denied, even with its own negative word; asked, it fires.
    ("ja", "息ができないわけじゃないけど、鼻が詰まって苦しい", None),
    ("ja", "息ができない、鼻も詰まって苦しい", "breathing_severe"),
    ("ko", "숨을 못 쉬는 건 아닌데 코가 꽉 막혔어요", None),
    ("ko", "숨을 못 쉬는 건 아닌지 걱정돼요", "breathing_severe"),
    ("ko", "숨을 못 쉬겠어요 코도 막혔어요", "breathing_severe"),
    # A feeling seen in someone else, denied (ko -어하다; en "doesn't seem to be").
    ("ko", "6살 아들이 기침하고 열이 나는데 숨쉬기 힘들어하진 않아요", None),
    ("ko", "6살 아들이 기침하고 열이 나는데 숨쉬기 힘들어하지는 않고 잘 놀아요", None),
    ("ko", "6살 아들이 기침하고 열이 나는데 숨쉬기 힘들어해요", "breathing_severe"),
    ("ko", "6살 아들이 숨쉬기 힘들어하지 않나요? 헐떡거려요", "breathing_severe"),
    ("ko", "숨쉬기 힘들어하진 않는데 입술이 파래요", "breathing_severe"),
    ("en", "my 6 year old has a cough and fever, she doesn't seem to be struggling to breathe", None),
    ("en", "my 6 year old has a cough and fever, she seems to be struggling to breathe", "breathing_severe"),
    ("en", "it doesn't look good, he is struggling to breathe", "breathing_severe"),
    # A call about one ordinary complaint (hiccups) said to be the only one (`only`, `explained`); the same call
    # without "nothing else", or with an alarm or a baby, still fires.
    ("zh", "救命！！打嗝停不下来一个多小时了，除了打嗝没别的不舒服", None),
    ("zh", "救命！！打嗝停不下來一個多小時了，其他都沒有不舒服", None),
    ("zh", "救命！！打嗝停不下来一个多小时了", "emergency_request"),
    ("zh", "救命！打嗝停不下来，胸口也疼，别的都没有", "emergency_request"),
    ("zh", "救命！宝宝打嗝停不下来，其他都挺好", "emergency_request"),
    ("zh", "救命！孩子吞了个硬币，除了咳了几下没别的不舒服", "emergency_request"),
    ("ko", "살려주세요 딸꾹질이 한 시간째 안 멈춰요 딸꾹질 말고는 괜찮아요", None),
    ("ko", "살려주세요 딸꾹질이 한 시간째 안 멈춰요", "emergency_request"),
    ("ko", "살려주세요 딸꾹질이 안 멈추고 숨이 차요 다른 데는 괜찮아요", "emergency_request"),
    ("ja", "誰か助けて！しゃっくりが1時間止まらない。しゃっくり以外は元気です", None),
    ("ja", "誰か助けて！しゃっくりが1時間止まらない", "emergency_request"),
    ("ja", "誰か助けて！しゃっくりが止まらなくて胸が痛い。ほかは元気", "emergency_request"),
    ("en", "send help, hiccups for an hour and they won't stop, nothing else wrong", None),
    ("en", "send help, hiccups for an hour and they won't stop", "emergency_request"),
    ("en", "send help, hiccups for an hour and my chest hurts, otherwise fine", "emergency_request"),
    # Holding one's breath as a remedy names no breathing trouble (`unless`): it neither raises breathing_severe nor
    # keeps the call; short of breath, breath-holding with blue lips, or sudden 憋气 with a tight chest still fire.
    ("zh", "救命啊，打嗝一个小时了，喝水憋气都不管用，其他都挺好的", None),
    ("zh", "打嗝停不下来，憋气也没用", None),
    ("zh", "孩子憋气憋得脸发紫", "breathing_severe"),
    ("zh", "突然憋气，胸口闷", "breathing_severe"),
    ("ko", "살려주세요 딸꾹질이 한 시간째예요 숨을 참아봐도 안 멈춰요 딸꾹질 말고는 괜찮아요", None),
    ("ko", "살려주세요 딸꾹질이 안 멈추고 숨을 참아도 숨이 차요", "emergency_request"),
    ("ja", "誰か助けて！しゃっくりが止まらない、息を止めてもダメ。しゃっくり以外は元気です", None),
    ("ja", "誰か助けて！しゃっくりが止まらない、息が苦しい。しゃっくり以外は元気です", "emergency_request"),
    ("en", "send help, hiccups for an hour, i held my breath and it didn't work, otherwise fine", None),
    ("en", "send help, hiccups for an hour and now i can't catch my breath, otherwise fine", "emergency_request"),
    # A thought named, then denied with an adverb before the verb; said, it still fires.
    ("ja", "落ち込んでます。死にたいとかは全然思ってないです", None),
    ("ja", "落ち込んでます。死にたいなんて全く思っていません", None),
    ("ja", "落ち込んでます。死にたいと思ってます", "suicidal"),
    ("ko", "우울해요. 죽고 싶다거나 그런 생각은 전혀 없어요", None),
    ("zh", "心情不好，倒没有想死什么的", None),
    ("en", "feeling low, not that i want to die or anything", None),
    # A list of ～たり denied (唇や喉が腫れたり息苦しくなったりはない); said, it still fires.
    ("ja", "じんましんが出ます。唇や喉が腫れたり息苦しくなったりはないです", None),
    ("ja", "じんましんが出ます。喉が腫れたりすることはありません", None),
    ("ja", "じんましんが出て、唇や喉が腫れたり息苦しくなったりしています", "anaphylaxis"),
    # Korean "A거나 B하진 않아요", both denied; said, weakness still fires.
    ("ko", "허리부터 다리가 저려요. 다리에 힘이 빠지거나 엉덩이 감각이 이상하진 않아요", None),
    ("ko", "왼쪽 다리에 힘이 빠지거나 감각이 이상해요", "stroke_signs"),
    ("ko", "왼쪽 다리에 힘이 빠지거나 저리고 감각이 이상하진 않아요", "stroke_signs"),
    # 이상하게 (strangely) as a sentence adverb names nothing of the chest; a chest that feels strange or tight, with a
    # cold sweat, still fires.
    ("ko", "요즘 이상하게 가슴이 두근거리고 손이 떨려요. 저만 덥고 땀이 나요", None),
    ("ko", "요즘 이상하게 가슴이 답답하고 식은땀이 나요", "chest_pain_cardiac"),
    ("ko", "가슴이 이상하고 식은땀이 나요", "chest_pain_cardiac"),
    # Pauses in breathing while snoring asleep (sleep apnoea) are no acute emergency; a baby, blue lips or no response
    # still are.
    ("ja", "夫のいびきがすごくて、時々30秒くらい息が止まって、そのあと大きく息を吸うんです", None),
    ("ja", "生後3ヶ月の赤ちゃんがいびきをかいて、寝ている時に息が止まります", "breathing_severe"),
    ("ja", "父がいびきをかいていたら息が止まって、唇が紫です", "breathing_severe"),
    ("ja", "夫が急に息が止まって苦しそうです", "breathing_severe"),
    ("ko", "남편이 코를 심하게 골고 자다가 숨이 멈췄다가 크게 숨을 몰아쉬어요", None),
    ("ko", "남편이 갑자기 숨을 몰아쉬어요", "breathing_severe"),
    ("zh", "我老公打呼噜很响，睡着了有时候没呼吸了，过十几秒才大口吸气", None),
    ("zh", "宝宝睡觉打呼噜，有时候没呼吸了", "breathing_severe"),
    ("en", "my husband snores and sometimes he stopped breathing for 20 seconds, then gasps", None),
    ("en", "my baby snores and stopped breathing for 20 seconds", "breathing_severe"),
    ("en", "my dad was snoring and then stopped breathing and his lips are blue", "breathing_severe"),
    # A call ("救命", "살려주세요", "助けて", "send help", "I'm dying") then "it is fine now" (rinsed, much better, the
    # child still laughing, eating and drinking, urine its usual colour) is no request; with an alarm said, another
    # finding raised, or an ambulance asked for, it still fires.
    ("zh", "救命！！沙子吹进眼睛里了，用清水冲了几遍现在好多了，看东西是清楚的", None),
    ("zh", "救命！！沙子吹进眼睛里了，用清水冲了几遍现在好多了，就是流血了", "emergency_request"),
    ("zh", "救命！！眼睛進了沙子，沖洗後現在好多了", None),
    ("zh", "救命啊！！孩子咬破了硅胶干燥剂小包吃进去一些小珠子，孩子现在没事还在笑", None),
    ("zh", "救命啊！！孩子吞了纽扣电池，孩子现在没事还在笑", "emergency_request"),
    ("zh", "救命啊！！孩子吃了干燥剂，现在没事，就是一直吐", "emergency_request"),
    ("zh", "快叫救护车！现在好多了", "emergency_request"),
    ("ko", "살려주세요!! 눈에 모래가 들어갔는데 물로 씻어내고 지금은 괜찮아요", None),
    ("ko", "살려주세요!! 눈에 모래가 들어갔는데 지금은 괜찮아요 근데 피가 나요", "emergency_request"),
    ("ko", "구급차 불러 주세요 지금은 괜찮아요", "emergency_request"),
    ("ko", "어제 하체 운동 했더니 죽을 것 같아요. 소변 색은 평소랑 똑같아요", None),
    ("ko", "어제 하체 운동 했더니 죽을 것 같아요. 소변이 콜라색이에요", "emergency_request"),
    ("ko", "헬스장에서 하체 운동 했더니 허벅지가 터질 것 같아요 죽을 것 같아요", None),
    ("ko", "하체 운동 했더니 허벅지가 터질 것 같아요 죽을 것 같아요 소변이 콜라색이에요", "emergency_request"),
    ("ja", "助けて！子どもが乾燥剤の袋をかじった、今は元気に遊んでます", None),
    ("ja", "助けて！子どもがボタン電池を飲み込んだ、今は元気に遊んでます", "emergency_request"),
    ("ja", "昨日筋トレして筋肉痛で死にそう、尿がコーラ色", "emergency_request"),
    ("en", "send help, my son bit a silica gel packet, he's fine now and still laughing", None),
    ("en", "send help, my son bit a silica gel packet, he's fine now but he's vomiting", "emergency_request"),
    ("en", "did leg day yesterday and i'm dying", None),
    ("en", "did leg day yesterday and i'm dying, my pee is cola coloured", "emergency_request"),
    # "can't breathe" because the nose is blocked (through the nose, only through the mouth) is no breathlessness; blue
    # lips or a wheeze still count, and a snorer's or a blocked nose's cause explains only its own reading (a snorer who
    # cannot breathe now, a father not breathing with a blocked nose, still fire).
    ("zh", "鼻子堵得完全喘不过气，只能用嘴呼吸，嗓子疼", None),
    ("zh", "鼻子堵得完全喘不过气，嘴唇发紫", "breathing_severe"),
    ("zh", "救命 感觉要死了 鼻子堵得喘不过气 只能用嘴呼吸 能吃能喝", None),
    ("zh", "救命 鼻子堵得喘不过气 只能用嘴呼吸 胸口很闷", "emergency_request"),
    ("zh", "我老公打呼噜很响，现在喘不过气", "breathing_severe"),
    ("zh", "我爸没呼吸了，鼻子堵得厉害", "breathing_severe"),
    ("ko", "코로 숨을 못 쉬겠어요 코막힘이 심해요", None),
    ("ko", "숨을 못 쉬겠어요 코막힘이 심해요", "breathing_severe"),
    ("ko", "코가 꽉 막혀서 숨을 못 쉬겠어요 입으로만 숨 쉬어요", None),
    ("ko", "코가 꽉 막혀서 숨을 못 쉬겠어요 입술이 파래요", "breathing_severe"),
    ("en", "my nose is so blocked i can't breathe, only through my mouth", None),
    ("en", "my nose is so blocked i can't breathe and my lips are blue", "breathing_severe"),
    ("en", "i can't breathe through my nose", None),
    ("en", "i can't breathe, i snore a lot", "breathing_severe"),
    ("ja", "鼻が詰まって息ができない、口でしか息できない", None),
    ("ja", "鼻が詰まって息ができない、ゼーゼーする", "breathing_severe"),
    ("ja", "鼻で息ができない", None),
    ("ja", "夫が息ができない、いびきがすごい", "breathing_severe"),
    # A spell of breathlessness said to be over ("10분 지나니까 괜찮아졌고 지금은 멀쩡해요", a panic attack that
    # passed); back again, still there, or with chest pain or blue lips, it still fires.
    ("ko", "아까 갑자기 숨막히는 느낌 들었는데 10분쯤 지나니까 괜찮아졌고 지금은 멀쩡해요", None),
    ("ko", "아까 갑자기 숨막히는 느낌 들었는데 괜찮아졌다가 다시 숨이 막혀요", "breathing_severe"),
    ("ko", "숨막히고 가슴이 아팠는데 지금은 괜찮아요", "breathing_severe"),
    ("zh", "刚才突然觉得喘不过气，十分钟后就好了，现在没事", None),
    ("zh", "刚才突然觉得喘不过气，现在没事了，但是嘴唇有点发紫", "breathing_severe"),
    ("zh", "刚才喘不过气，胸口疼，现在没事", "breathing_severe"),
    ("ja", "急に息ができなくなったけど10分で治まって今は大丈夫", None),
    ("ja", "急に息ができなくなった。10分で治まったけどまだ苦しい", "breathing_severe"),
    ("en", "i can't breathe, it passed after a minute but it keeps coming back", "breathing_severe"),
    # Tingling hands with a racing heart or panic (overbreathing) are no stroke sign; one side, an older father, or numb
    # hands alone still fire.
    ("zh", "突然心跳很快、手麻、喘不过气，十分钟后就好了", None),
    ("zh", "突然心跳很快、左手麻", "stroke_signs"),
    ("zh", "我爸突然心慌、手麻", "stroke_signs"),
    ("zh", "突然手麻", "stroke_signs"),
    ("en", "suddenly my heart was racing and both hands went numb, it passed", None),
    ("en", "suddenly my heart was racing and my left hand went numb", "stroke_signs"),
    ("en", "my dad is 70, suddenly his heart was racing and his hands went numb", "stroke_signs"),
    # A coin or a marble a child swallowed is a foreign body, no poison; a button battery, magnets or medicine swallowed
    # still fire.
    ("ja", "息子が10円玉を飲み込んだ", None),
    ("ja", "娘がビー玉を飲み込んでしまいました", None),
    ("ja", "息子が10円玉とボタン電池を飲み込んだ", "button_battery"),
    ("ja", "息子が磁石を2個飲み込んだ", "overdose_poisoning"),
    ("ja", "息子が薬を飲み込んだ", "overdose_poisoning"),
    # A call ("살려주세요", "救命", "助けて", "I'm dying") about a complaint of days is exasperation; an alarm, another
    # flag, sudden or today, a young baby, a fever or an ambulance asked for still fire.
    ("ko", "아 진짜 죽겠어요 살려주세요ㅠㅠ 입 안이 헐었는데 밥 먹을 때마다 너무 아파요. 3일 됐어요", None),
    ("ko", "아 진짜 죽겠어요 살려주세요ㅠㅠ 입 안이 헐었는데 밥 먹을 때마다 너무 아파요", "emergency_request"),
    ("ko", "살려주세요 죽을 것 같아요 일주일째 변볼 때마다 항문이 찢어질 듯 아프고 휴지에 빨간 피가 묻어요", None),
    ("ko", "살려주세요 일주일째 배가 너무 아파요", "emergency_request"),
    ("ko", "살려주세요 입 안이 헐었는데 3일 됐어요. 열이 39도예요", "emergency_request"),
    ("ko", "살려주세요 3일 됐는데 오늘 갑자기 숨이 차요", "emergency_request"),
    ("ko", "살려주세요 생후 5개월 아기가 3일째 설사해요", "emergency_request"),
    ("ko", "살려주세요 119 불러주세요 3일 됐어요", "emergency_request"),
    ("zh", "救命啊我是不是要死了！！屁股上长了一个大包，又红又肿又痛，三天了，坐都坐不下。不发烧", None),
    ("zh", "救命！喉嚨痛一個星期了", None),
    ("zh", "救命啊！屁股上长了一个大包，三天了，发烧39度", "emergency_request"),
    ("zh", "救命啊！屁股上长了一个大包，三天了，今天突然很痛", "emergency_request"),
    ("zh", "救命！长了一个包三天了，快叫救护车", "emergency_request"),
    ("zh", "救命！宝宝出生三天了，黄疸", "emergency_request"),
    ("zh", "救命！喉嚨痛一個星期了，喘不過氣", "emergency_request"),
    ("ja", "助けて！口内炎が3日目でめっちゃ痛い", None),
    ("ja", "助けて!!昨日飲みすぎて頭ガンガンするし気持ち悪い。水は飲めてます", None),
    ("ja", "助けて!!昨日飲みすぎて頭ガンガンするし気持ち悪い。水も飲めない", "emergency_request"),
    ("ja", "助けて！口内炎が3日目で、息が苦しい", "emergency_request"),
    ("ja", "助けて！3日前から熱が39度", "emergency_request"),
    ("ja", "助けて！生後2ヶ月の子が3日前から咳", "emergency_request"),
    ("ja", "もう死ぬ…1週間便秘で救急車呼んで", "emergency_request"),
    ("en", "i'm dying, mouth ulcer for 3 days now", None),
    ("en", "i'm dying, i've had piles for a week, a little blood on the toilet paper", None),
    ("en", "i'm dying, i've had piles for a week, lots of blood", "emergency_request"),
    ("en", "i'm dying, mouth ulcer for 3 days now and i have a fever", "emergency_request"),
    ("en", "i'm dying, i've had this headache for a week and suddenly i can't see", "emergency_request"),
    ("en", "i'm dying, piles for a week, please call an ambulance", "emergency_request"),
    ("en", "i'm dying, my 3 month old has had a cough for days", "emergency_request"),
    # A list of danger signs denied (や…はない, 거나…않아요, 不…也没有); said, they fire.
    ("ja", "妊娠25週で、最近腰が痛いです。お腹の張りや出血はありません", None),
    ("ja", "妊娠25週で、最近腰が痛いです。お腹の張りや出血があります", "pregnancy_pain_bleeding"),
    ("ja", "母72歳、肩こりがひどくて最近また痛いと言ってます。腕のしびれや胸の痛みはないです", None),
    ("ja", "母72歳、肩こりがひどくて最近また痛いと言ってます。腕のしびれや胸の痛みがあります", "chest_pain_cardiac"),
    ("ja", "胸の痛みが肩まで響いて冷や汗が出ます", "chest_pain_cardiac"),
    ("ko", "임신 25주인데 허리가 아파요. 배가 뭉치거나 피가 나지는 않아요", None),
    ("ko", "임신 25주인데 허리가 아파요. 배가 뭉치고 피가 나요", "pregnancy_pain_bleeding"),
    ("zh", "怀孕25周，腰疼，肚子不发紧也没有出血", None),
    ("zh", "懷孕25週，腰疼，肚子不發緊也沒有出血", None),
    ("zh", "怀孕25周，腰疼，肚子发紧也有出血", "pregnancy_pain_bleeding"),
    # A blood thinner denied (薬は飲んでません); taken, or only today's dose missed, it fires.
    ("ja", "さっき頭をぶつけました。血液サラサラの薬は飲んでません", None),
    ("ja", "さっき頭をぶつけました。ワーファリンは飲んでない", None),
    ("ja", "さっき頭をぶつけました。血液サラサラの薬を飲んでます", "head_injury_anticoagulant"),
    ("ja", "さっき頭をぶつけました。ワーファリンは今日飲んでない", "head_injury_anticoagulant"),
    # A little fresh blood in the stool for weeks without dizziness is seen by a doctor (as in ja, zh, en); a lot of it,
    # dizziness, black stool or vomiting blood fire.
    ("ko", "52세인데 2주 전부터 변에 피가 섞여 나오고 변이 가늘어졌어요 어지럽진 않아요", None),
    ("ko", "2주 전부터 변에 피가 섞여 나오고 어지러워요", "gi_bleeding"),
    ("ko", "변에 피가 많이 나와요", "gi_bleeding"),
    ("ko", "항문에서 피가 줄줄 나요", "gi_bleeding"),
    ("ko", "까만 변을 봤어요", "gi_bleeding"),
    ("ko", "변이 까맣고 어지러워요", "gi_bleeding"),
    # Halos and a slow blur, the eye neither red nor painful, are no acute glaucoma (a cataract); with pain, redness or
    # vomiting they fire.
    ("zh", "长期吃泼尼松，最近一个月看东西越来越模糊，晚上看灯有光晕，眼睛不红不痛", None),
    ("zh", "突然看灯有光晕，眼睛很痛，看东西模糊", "acute_glaucoma"),
    ("ja", "1ヶ月前から目がかすんで、夜ライトの周りに光の輪が見えます。目は赤くないし痛くない", None),
    ("ja", "急に目が痛くて、ライトの周りに光の輪が見えてかすむ", "acute_glaucoma"),
    # "死にたいわけじゃない" denies the wish; said, it fires.
    ("ja", "死にたいわけではありません", None),
    ("ja", "死にたいわけじゃないけど、消えたい", "suicidal"),
    ("ja", "娘が死にたいと言っています", "suicidal"),
    # Emergencies said in other words. A heavy or pressing chest said by an image, with the arm or sweating; a crushing
    # image alone is no flag here (a low mood's "weight on my chest").
    ("en", "chest feels like someone sitting on it, sweating, left arm numb", "chest_pain_cardiac"),
    ("en", "feeling down, like a weight on my chest", None),
    ("ko", "가슴을 누가 누르는 것 같고 식은땀이 나요", "chest_pain_cardiac"),
    ("ja", "胸に重いものが乗ってるみたいで左腕がしびれる", "chest_pain_cardiac"),
    ("zh", "胸口像壓了塊石頭，左手臂發麻", "chest_pain_cardiac"),
    # Arterial bleeding (spurting) or a bleed pressure has not stopped; a cut pressure stopped is over.
    ("zh", "切到手腕 血是用噴的", "heavy_bleeding"),
    ("zh", "切到手，用毛巾压了十分钟还是一直流血", "heavy_bleeding"),
    ("zh", "切菜切到手指，压了一下就不流了", None),
    ("en", "I've pressed a towel on the cut for 10 minutes and it's still bleeding", "heavy_bleeding"),
    ("en", "cut my finger chopping onions, bled a bit but it stopped after I pressed it for 5 minutes", None),
    ("ko", "10분 동안 수건으로 눌러도 피가 계속 나요", "heavy_bleeding"),
    ("ko", "칼에 손가락을 베였는데 5분 눌렀더니 피가 멈췄어요", None),
    ("ja", "手首を切って、血がピューッと出てます", "heavy_bleeding"),
    ("ja", "指を包丁で切ったけど、押さえてたら血は止まりました", None),
    # Wild mushrooms then vomiting or diarrhoea (amatoxin); shop-bought mushrooms are a stomach upset.
    ("zh", "昨天上山采了点野蘑菇炖汤，今天全家上吐下泻", "overdose_poisoning"),
    ("zh", "超市买的蘑菇炒了吃，拉肚子了", None),
    ("en", "we ate wild mushrooms we picked in the woods and now we're both vomiting", "overdose_poisoning"),
    ("en", "we had mushrooms from the supermarket for dinner and now I have diarrhoea", None),
    ("ko", "산에서 따온 버섯을 먹었는데 가족이 다 토하고 설사해요", "overdose_poisoning"),
    ("ko", "마트에서 산 버섯을 먹었는데 설사해요", None),
    ("ja", "山で採ってきたキノコを食べたら、家族みんな吐いて下痢してます", "overdose_poisoning"),
    ("ja", "スーパーで買ったキノコを食べたら下痢しました", None),
    # Carbon monoxide: a fuel heater, boiler or charcoal, a headache or nausea, several people or a shut room; a
    # headache with the heater on and nobody else is not read as poisoning.
    ("ko", "밤새 기름보일러 틀고 창문 다 닫고 잤는데 저랑 엄마 둘 다 머리가 아프고 메스꺼워요", "overdose_poisoning"),
    ("ko", "난로 켜고 있는데 머리가 아파요", None),
    ("zh", "昨晚烧炭取暖，门窗紧闭，早上我们都头疼头晕", "overdose_poisoning"),
    ("ja", "石油ストーブをつけたまま寝て、家族全員頭痛と吐き気があります", "overdose_poisoning"),
    (
        "en",
        "my wife and I both woke with headaches, the gas heater was on all night with the windows shut",
        "overdose_poisoning",
    ),
    ("en", "the carbon monoxide alarm went off and I have a headache", "overdose_poisoning"),
    ("en", "I have a headache, the heater is on", None),
    # A caustic splashed into the eye (chemical burn); shampoo in the eye is not.
    ("zh", "清水溝的時候通樂噴到右眼，超痛", "severe_burn"),
    ("zh", "洗发水进眼睛了，有点疼", None),
    ("en", "splashed drain cleaner in my eye, it burns", "severe_burn"),
    ("ko", "락스가 눈에 튀었어요 너무 따가워요", "severe_burn"),
    ("ko", "샴푸가 눈에 들어갔어요", None),
    ("ja", "パイプ洗浄剤が目に入って痛いです", "severe_burn"),
    ("ja", "シャンプーが目に入ってしみる", None),
    # A caustic drunk (poisoning); bath water is not.
    ("ja", "3歳の娘がパイプ用の洗浄剤を少し飲んだかもしれません", "overdose_poisoning"),
    ("ja", "2歳の子がお風呂の水を飲んでしまいました", None),
    ("ko", "세 살 아이가 락스를 마신 것 같아요", "overdose_poisoning"),
    ("ko", "두 살 아이가 목욕물을 마셨어요", None),
    ("zh", "孩子喝了一口通乐", "overdose_poisoning"),
    ("zh", "孩子喝了几口洗澡水", None),
    ("en", "my 2 year old drank some drain cleaner", "overdose_poisoning"),
    # Twentieth round (T20C-O): silica gel, a crayon, a bit of an eraser or toothpaste swallowed by a child is of very
    # low toxicity, no poisoning; a medicine, a battery, a whole tube or vomiting and drowsiness keep the flag
    ("en", "My toddler swallowed some silica gel beads from a shoe box packet. She's fine. Is it poisonous?", None),
    ("en", "my 3yo swallowed some toothpaste while brushing, is that poisonous?", None),
    ("en", "my son swallowed a silica gel packet and also got into my pills", "overdose_poisoning"),
    ("en", "my toddler ate a whole tube of toothpaste", "overdose_poisoning"),
    ("ja", "娘(5歳)が消しゴムの小さいかけらを飲み込んだって言ってます。せきもしてないし普通に話してます", None),
    ("ja", "子どもがシリカゲルを口に入れて少し飲み込んだみたい。普通にしてます", None),
    ("ja", "3歳の娘が歯磨き粉を飲み込んでしまいました。元気です", None),
    ("ja", "2歳の息子が消しゴムを飲み込んだあと、吐いてぐったりしています", "overdose_poisoning"),
    ("ja", "2歳の娘が薬と消しゴムを飲み込んだみたい", "overdose_poisoning"),
    ("ja", "3歳の息子が歯磨き粉をチューブ1本ほとんど食べてしまいました", "overdose_poisoning"),
    ("ko", "두 살 딸이 실리카겔이랑 엄마 약을 삼켰어요", "overdose_poisoning"),
    ("ko", "세 살 아들이 치약을 한 통 다 먹었어요", "overdose_poisoning"),
    ("ko", "세 살 딸이 치약을 조금 삼켰어요", None),
    ("zh", "宝宝吃了硅胶干燥剂，还吞了妈妈的药", "overdose_poisoning"),
    ("zh", "两岁儿子把一整支牙膏吃了", "overdose_poisoning"),
    ("zh", "两岁的儿子吃了一点蜡笔，现在没事", None),
    # A hernia that will not go back, painful (incarcerated); one that goes back when lying down is not.
    ("ja", "足の付け根のふくらみが今日は戻らなくて固くて痛いです", "bowel_obstruction"),
    ("ja", "足の付け根のふくらみは寝ると引っ込みます。少し痛いです", None),
    ("en", "my hernia won't go back in today and it's really painful", "bowel_obstruction"),
    ("en", "I have a hernia in my groin, it goes back in when I lie down, a bit sore", None),
    ("ko", "탈장이 오늘은 안 들어가고 딱딱하고 아파요", "bowel_obstruction"),
    ("ko", "탈장이 있는데 누우면 들어가요 약간 아파요", None),
    ("zh", "疝气今天推不回去了，很疼", "bowel_obstruction"),
    ("zh", "腹股沟有个包，躺下就回去了，有点疼", None),
    # An infant's dry nappy said with its time between the words ("기저귀가 12시간째 안 젖었고").
    ("ko", "기저귀가 12시간째 안 젖었고 울어도 눈물이 안 나요", "severe_dehydration"),
    ("ja", "おむつが半日濡れてなくて、ぐったりしてます", "severe_dehydration"),
    ("ja", "赤ちゃんが下痢です。おしっこは出ていますが涙が出ません", None),
    ("zh", "宝宝拉肚子，尿布十个小时都是干的，没精神", "severe_dehydration"),
    ("en", "nappy has been dry for 10 hours and he's floppy", "severe_dehydration"),
    # "bleeding, but not pouring" ("피가 줄줄 나지도 않아요") denies heavy bleeding; pouring, or not stopping, fires.
    ("ko", "임신 8주차에요 배는 안아프고 피가 줄줄 나지도 않아요", None),
    ("ko", "임신 8주차에요 피가 많이 나지는 않아요", None),
    ("ko", "임신 8주차에요 피가 줄줄 나요", "heavy_bleeding"),
    ("ko", "임신 8주차에요 피가 줄줄 나고 멈추지 않아요", "heavy_bleeding"),
    # 貧血 (anaemia) holds 血 and is no bleeding; soaking a pad an hour fires. "쓰러진 적은 없어요" (never fainted)
    # denies; a faint said today or "쓰러진 적이 있어요" fires.
    ("ja", "健診で貧血と言われました。生理の量が多くてレバーみたいな塊も出ます。倒れたりはないです", None),
    # Twentieth round (T20C-O): a period soaking a pad every hour is seen the same day (bot triage
    # heavy_bleeding_hourly), no red flag; dizziness, a faint, pregnancy or a birth keep the flag
    ("ja", "貧血があります。生理の血が止まらなくて、ナプキンが1時間でいっぱいになります", None),
    (
        "ja",
        "貧血があります。生理の血が止まらなくて、ナプキンが1時間でいっぱいになります。立つとふらふらします",
        "heavy_bleeding",
    ),
    ("ja", "出産して10日目、1時間でナプキンがびっしょりです", "heavy_bleeding"),
    ("ja", "生理中だけど、包丁で指を深く切って血が止まらない", "heavy_bleeding"),
    # Nineteenth round (GAPS): a pad changed is no bleed; changed every hour or again and again still fires
    ("ko", "생리 중이라 패드를 갈았는데 생리통이 좀 있어요", None),
    ("ko", "생리혈이 너무 많아서 한 시간마다 패드를 갈아요", None),  # twentieth round (T20C-O): the same day, as in zh
    ("ko", "생리혈이 너무 많아서 한 시간마다 패드를 갈아요 일어나면 핑 돌고 어지러워요", "heavy_bleeding"),
    ("ko", "생리량이 몇 달째 많았는데 오늘 갑자기 피가 너무 많이 나서 한 시간마다 패드를 갈아요", "heavy_bleeding"),
    ("en", "my period is really heavy, I'm soaking through a pad every hour", None),
    ("en", "my period is really heavy, I'm soaking through a pad every hour and I feel dizzy", "heavy_bleeding"),
    (
        "en",
        "I'm on my period and cut my hand badly, blood is soaking through the towel and won't stop",
        "heavy_bleeding",
    ),
    ("ko", "피가 너무 많이 나서 패드를 계속 갈아요", "heavy_bleeding"),
    ("ko", "건강검진에서 빈혈이래요. 생리 양이 많아요. 쓰러진 적은 없어요", None),
    ("ko", "생리 양이 많아요. 기절한 적도 한 번도 없어요", None),
    ("ko", "생리 양이 많아요. 쓰러진 적은 없었는데 오늘 아침에 쓰러졌어요", "loss_of_consciousness"),
    ("ko", "생리 양이 많아요. 어지러워서 쓰러진 적이 있어요", "loss_of_consciousness"),
    # One "none" before a list joined by "or" denies its last item (沒有…或不想活); "nobody … or", "not happy or" and a
    # plain statement still fire.
    ("zh", "最近工作壓力大很難睡著，白天有點累。沒有心情很低落或不想活", None),
    ("zh", "最近压力大睡不着，没有情绪低落或者想死的念头", None),
    ("zh", "最近压力大睡不着，心情很低落，不想活了", "suicidal"),
    ("zh", "最近压力大睡不着，没有人关心我或不想活", "suicidal"),
    ("zh", "最近压力大睡不着，我不开心或不想活", "suicidal"),
    ("en", "stress and can't sleep, no low mood or wanting to die", None),
    ("ko", "스트레스로 잠을 못 자요. 우울하거나 죽고 싶은 생각은 없어요", None),
    ("ja", "ストレスで眠れません。死にたいと考えたりはしません", None),
    ("ja", "ストレスで眠れません。死にたいと思ったりもします", "suicidal"),
    # The glass test done and the spots fade is no meningococcal rash; spots that stay still are.
    ("zh", "孩子发烧38度，身上有红疹子，用杯子压会褪色", None),
    ("zh", "孩子发烧38度，身上有红疹子，用杯子压也不褪色", "meningism"),
    # Waters breaking in pregnancy fire at any week (破水, 양수가 터), as do bleeding, pain or the cord.
    ("ja", "妊娠38週です。さっき破水した", "pregnancy_pain_bleeding"),
    ("ja", "妊娠38週です。破水して、出血もあります", "pregnancy_pain_bleeding"),
    ("ja", "妊娠38週です。破水したらへその緒みたいなのが出てきました", "pregnancy_pain_bleeding"),
    ("ko", "임신 38주인데 방금 양수가 터졌어요", "pregnancy_pain_bleeding"),
    ("ko", "임신 38주인데 양수가 터지고 피도 나요", "pregnancy_pain_bleeding"),
    ("ko", "임신 38주인데 양수가 터지고 탯줄이 나왔어요", "pregnancy_pain_bleeding"),
    ("zh", "怀孕38周，刚才破水了", "pregnancy_pain_bleeding"),
    ("zh", "怀孕38周，破水了，肚子很痛", "pregnancy_pain_bleeding"),
    ("zh", "怀孕38周，破水了，看到脐带出来了", "pregnancy_pain_bleeding"),
    ("en", "38 weeks pregnant, my waters broke and I can see the cord coming out", "pregnancy_pain_bleeding"),
    # Green vomit in a baby fires alone (a twisted bowel); green poo or snot does not.
    ("ja", "生後3週間の赤ちゃんが、今日3回吐いて、吐いたものが緑色でした", "bowel_obstruction"),
    ("ja", "生後2ヶ月の赤ちゃんが吐いて、緑色のうんちが出ました", None),
    ("ko", "생후 3주 아기가 오늘 세 번 토했는데 토한 게 초록색이었어요", "bowel_obstruction"),
    ("ko", "생후 3주 아기가 토하고 변이 초록색이에요", None),
    ("en", "my 3 week old baby has vomited three times and it was green", "bowel_obstruction"),
    ("en", "my baby has been sick and has green poo", None),
    ("zh", "我家宝宝出生三周，今天吐了三次，吐出来是绿色的", "bowel_obstruction"),
    ("zh", "宝宝吐奶，大便有点绿", None),
    ("ja", "赤ちゃんが吐いて、鼻水が緑っぽいです", None),
    # A wish to die named only to say it has not gone that far (死にたいとかまでは思ってない).
    ("ja", "2ヶ月くらい何しても楽しくなくて、死にたいとかまでは思ってないです", None),
    ("ja", "2ヶ月くらい何しても楽しくなくて、死にたいとまでは考えていません", None),
    ("ja", "2ヶ月くらい何しても楽しくなくて、死にたいとまで思っています", "suicidal"),
    ("ja", "2ヶ月くらい何しても楽しくなくて、死にたいとかまで思ってしまう", "suicidal"),
    # Bleeding gums or a nosebleed in pregnancy is no vaginal bleeding.
    ("zh", "怀孕18周，最近刷牙的时候牙龈老出血，一点点，漱漱口就好了", None),
    ("zh", "懷孕20週，刷牙時牙齦會出血，其他都好", None),
    ("zh", "怀孕20周，鼻子出血了一点", None),
    ("zh", "怀孕20周，牙龈出血，下面也有点出血", "pregnancy_pain_bleeding"),
    ("ko", "임신 18주인데 양치할 때 잇몸에서 피가 조금 나요", None),
    ("ko", "임신 20주인데 코피가 자주 나요", None),
    ("ko", "임신 20주인데 코피가 나고 밑에서도 피가 나요", "pregnancy_pain_bleeding"),
    ("ja", "妊娠18週です。歯磨きのとき歯茎から血が出ます", None),
    ("ja", "妊娠20週、鼻血がよく出ます", None),
    ("ja", "妊娠20週、鼻血が出て、下からも出血があります", "pregnancy_pain_bleeding"),
    ("en", "18 weeks pregnant and my gums bleed a bit when i brush", None),
    ("en", "pregnant 20 weeks, my gums bleed and i'm bleeding from down below", "pregnancy_pain_bleeding"),
    # A little (pink) blood on the underwear or when wiping in pregnancy is spotting.
    ("ko", "임신 11주인데 속옷에 갈색? 분홍색 피가 조금 묻어났어요. 배는 안아프고 지금은 거의 안나와요", None),
    ("ko", "임신 9주인데 휴지에 피가 조금 묻어나요", None),
    ("ko", "임신 9주인데 속옷에 피가 조금 묻어났는데 지금은 피가 많이 나요", "pregnancy_pain_bleeding"),
    ("ko", "임신 9주인데 피가 조금 묻어나고 배가 아파요", "pregnancy_pain_bleeding"),
    ("ja", "妊娠11週、トイレで拭いたら少し血がついていました", None),
    ("ja", "妊娠11週、少し血がついていて、お腹が痛いです", "pregnancy_pain_bleeding"),
    ("en", "11 weeks pregnant, bit of pink spotting on my underwear this morning, no pain", None),
    ("en", "11 weeks pregnant, a little pink blood when i wiped and now cramping", "pregnancy_pain_bleeding"),
    # A pregnant belly said to grow, the ache in the back, is no belly pain.
    (
        "ja",
        "妊娠24週です。お腹が大きくなってきて、夕方になると腰がだるく痛くなります。出血やお腹の張りはないです",
        None,
    ),
    ("ja", "妊娠24週です。お腹が大きくなってきて、お腹が痛いです", "pregnancy_pain_bleeding"),
    ("ja", "妊娠24週です。お腹が大きくなってきて痛いです", "pregnancy_pain_bleeding"),
    ("ja", "妊娠24週です。お腹が大きくなってきて腰が痛くて、少し出血もあります", "pregnancy_pain_bleeding"),
    ("zh", "怀孕24周，肚子越来越大，傍晚腰酸疼，没有出血也不发紧", None),
    ("zh", "懷孕24週，肚子變大以後腰很痛", None),
    ("zh", "怀孕24周，肚子越来越大，很疼", "pregnancy_pain_bleeding"),
    ("zh", "怀孕24周，肚子越来越大，腰疼，肚子发紧", "pregnancy_pain_bleeding"),
    # "help, is it my heart?!" about one skipped beat that is over, alarms denied.
    (
        "zh",
        "救命我是不是心脏有问题！！刚才喝完第三杯咖啡，心脏突然咯噔一下漏跳了一拍，之后就正常了，就"
        "那一下。没有胸痛也不晕",
        None,
    ),
    (
        "zh",
        "救命我是不是心脏有问题！！刚才心脏突然咯噔一下漏跳了一拍，之后就正常了，但是现在胸口很痛",
        "emergency_request",
    ),
    (
        "zh",
        "救命我是不是心脏有问题！！刚才心脏突然咯噔一下漏跳了一拍，之后就正常了，可是现在头好晕",
        "emergency_request",
    ),
    (
        "ko",
        "살려주세요 심장에 문제 있는 건가요!! 커피 세 잔째 마셨는데 심장이 쿵 하고 한 번 건너뛰었어"
        "요 그 뒤로는 정상이에요 가슴은 안 아프고 어지럽지도 않아요",
        None,
    ),
    (
        "ko",
        "살려주세요 심장에 문제 있는 건가요!! 심장이 쿵 하고 한 번 건너뛰었어요 그 뒤로는 정상인데 어지러워요",
        "emergency_request",
    ),
    ("ko", "살려주세요 너무 피곤해요 피가 나요 지금은 괜찮아요", "emergency_request"),
    # Recurring attacks of breathlessness that pass after minutes each time, none now.
    ("ko", "요즘 3주째 갑자기 심장이 쿵쾅거리고 숨 막혀서 죽을것 같은 느낌이 와요 10분쯤 지나면 괜찮아지고요", None),
    ("ko", "요즘 3주째 갑자기 숨 막혀요 10분쯤 지나면 괜찮아지는데 지금도 숨이 막혀요", "breathing_severe"),
    ("ko", "요즘 3주째 갑자기 숨이 막히고 가슴이 아파요 10분쯤 지나면 괜찮아져요", "breathing_severe"),
    (
        "en",
        "for 3 weeks i keep getting sudden attacks where my heart p"
        "ounds and i can't breathe, they pass after about 10 minutes",
        None,
    ),
    (
        "en",
        "for 3 weeks i keep getting attacks where i can't breathe, th"
        "ey pass after about 10 minutes but i still can't breathe now",
        "breathing_severe",
    ),
    (
        "en",
        "for 3 weeks i keep getting attacks where i can't breathe and chest pain, they pass after about 10 minutes",
        "breathing_severe",
    ),
    ("zh", "最近三个星期老是突然心跳很快、喘不过气，十分钟左右就好了", None),
    ("zh", "最近三个星期老是突然喘不过气，十分钟左右就好了，可是现在还喘不过气", "breathing_severe"),
    ("zh", "最近三个星期老是突然喘不过气，胸口痛，十分钟左右就好了", "breathing_severe"),
    ("ja", "この3週間、突然息ができなくなることがあります。10分くらいでおさまります", None),
    (
        "ja",
        "この3週間、突然息ができなくなることがあります。10分くらいでおさまりますが、今も息ができないです",
        "breathing_severe",
    ),
    ("ja", "この3週間、突然息ができなくなって胸が痛くなる発作が来ます。10分くらいでおさまります", "breathing_severe"),
    # A forehead or eyebrow that won't rise (a facial nerve palsy) is no arm that won't rise.
    (
        "ko",
        "아침에 일어났는데 왼쪽 얼굴이 안움직여요 왼쪽 이마도 안 올라가요 눈도 잘 안감겨요. 팔다리"
        "는 멀쩡하고 말도 괜찮아요",
        None,
    ),
    ("ko", "아침에 일어났는데 왼쪽 얼굴이 안움직여요 왼쪽 이마도 안 올라가고 왼쪽 팔도 안 올라가요", "stroke_signs"),
    ("ko", "아침에 일어났는데 왼쪽 눈썹이 안 올라가고 말이 어눌해요", "stroke_signs"),
    # A stroke feared for later is a worry, not a stroke sign.
    ("ko", "혈압이 매일 160에 100 정도 나와요. 이러다 뇌졸중 오는 거 아닌가요??", None),
    ("ko", "혈압이 매일 160에 100 정도 나와요. 이러다 뇌졸중 오는 거 아닌가요?? 말이 어눌해요", "stroke_signs"),
    ("ko", "아빠가 뇌졸중 같아요", "stroke_signs"),
    ("zh", "血压每天都160/100左右，我是不是快要中风了？？", None),
    ("zh", "血压每天都160/100左右。我是不是快要中风了？？嘴有点歪", "stroke_signs"),
    ("zh", "我妈会不会中风了，一直头晕", "stroke_signs"),
    ("ja", "家で測ると毎日160/100くらいです。脳卒中になりそうで怖いです", None),
    ("ja", "家で測ると毎日160/100くらいです。脳卒中になりそうで怖いです。ろれつが回らないです", "stroke_signs"),
    ("ja", "父が脳卒中かもしれません", "stroke_signs"),
    ("en", "my bp is 165/100 every day. worried about having a stroke", None),
    ("en", "my bp is 165/100 every day. worried about having a stroke, my face is drooping", "stroke_signs"),
    ("en", "i think i'm having a stroke", "stroke_signs"),
    # An eye that "has gone red" has changed colour, it has not gone blind.
    ("en", "i wear contacts and my right eye has gone really red and sore since this morning, light hurts it", None),
    ("en", "my right eye has gone red and now the vision in my right eye is gone", "sudden_vision_loss"),
    ("en", "my right eye has gone black suddenly", "sudden_vision_loss"),
    # A nursing mother's own fever, her breast named by its side or the baby said to be well
    ("en", "breastfeeding my 6 wk old, left boob has a red hot sore patch, temp 38.4. baby is fine", None),
    ("en", "breastfeeding my 6 wk old, left boob is sore and baby is hot, temp 38.4", "infant_fever"),
    ("en", "my 6 wk old has a temp of 38.4, baby is fine otherwise", "infant_fever"),
    ("ko", "생후 5주 아기 모유수유 중인데 유방이 빨갛고 열이 38.5도예요 아기는 괜찮아요", None),
    ("ko", "생후 5주 아기가 열이 38.5도예요 아기는 괜찮아 보여요", "infant_fever"),
    ("ja", "生後5週の赤ちゃんに授乳中、乳房が赤くて38.5度の熱。赤ちゃんは元気です", None),
    ("ja", "生後5週の赤ちゃん、38.5度の熱。赤ちゃんは元気です", "infant_fever"),
    # "it is not green" denies the green of a baby's vomit (a copula denied)
    ("ko", "5개월 아기 분유 먹고 나면 자주 게워내요 토는 초록색은 아니고 기저귀는 잘 젖어요", None),
    ("ko", "5개월 아기 분유 먹고 나면 자주 게워내요 토가 초록색이 아니고 기저귀는 잘 젖어요", None),
    ("ko", "5개월 아기가 토하는데 초록색이에요 노란색은 아니고", "bowel_obstruction"),
    ("ja", "5ヶ月の赤ちゃん、よく吐き戻しますが緑色ではなくて、おむつも濡れています", None),
    ("ja", "生後5ヶ月、吐いたものが緑色でした。赤ではないです", "bowel_obstruction"),
    ("ja", "生後5ヶ月、吐いたのが緑色じゃないかと心配です", "bowel_obstruction"),
    ("ko", "5개월 아기가 토했는데 초록색 아니지?", "bowel_obstruction"),
    ("zh", "5个月宝宝经常吐奶，吐的不是绿色的，尿布也湿", None),
    ("zh", "5个月宝宝吐了绿色的东西", "bowel_obstruction"),
    ("en", "my 5 month old spits up a lot, its not green and nappies are wet", None),
    ("en", "my 5 month old is vomiting green", "bowel_obstruction"),
    # A face droop with the forehead weak too is a Bell's palsy, not a stroke sign; a weak arm, slurred speech, double
    # vision (the entry's own `keep`), an older relative (`who`) or no forehead said still fire
    ("zh", "早上起来照镜子发现左边嘴歪了，左眼闭不上，额头左边也皱不起来。手脚都能动，说话清楚", None),
    ("zh", "早上起来发现左边嘴歪了，额头左边也皱不起来。左手没力", "stroke_signs"),
    ("zh", "早上起来发现左边嘴歪了，额头也皱不起来，说话有点含糊", "stroke_signs"),
    ("zh", "早上起来发现左边嘴歪了，左眼闭不上。手脚都能动，说话清楚", "stroke_signs"),
    ("zh", "我爸早上起来嘴歪了，额头也皱不起来", "stroke_signs"),
    (
        "ko",
        "아침에 일어났더니 왼쪽 입이 돌아가고 왼쪽 눈이 안 감겨요. 이마도 안 올라가요. 팔다리는 멀쩡하고 말도 잘 해요",
        None,
    ),
    ("ko", "아침에 일어났더니 왼쪽 입이 돌아가고 이마도 안 올라가요. 말이 좀 어눌해요", "stroke_signs"),
    ("ko", "아침에 일어났더니 왼쪽 입이 돌아가고 왼쪽 눈이 안 감겨요", "stroke_signs"),
    ("ja", "朝起きたら顔の左側が垂れてて、おでこにもしわが寄せられません。手足は動きます", None),
    ("ja", "朝起きたら顔の左側が垂れてて、おでこにもしわが寄せられません。左手に力が入らない", "stroke_signs"),
    ("ja", "朝起きたら顔の左側が垂れてて、左目が閉じられない", "stroke_signs"),
    (
        "en",
        "the left side of my mouth is drooping, can't wrinkle my forehead on that side either. arms and legs fine",
        None,
    ),
    (
        "en",
        "the left side of my mouth is drooping, can't wrinkle my forehead on that side. my left arm feels weak",
        "stroke_signs",
    ),
    (
        "en",
        "the left side of my mouth is drooping, can't wrinkle my forehead, and my speech is slurred",
        "stroke_signs",
    ),
    ("en", "the left side of my mouth is drooping, can't close my left eye", "stroke_signs"),
    # A relative's (or one's own) past stroke is history, not a sign now; a stroke now still fires
    ("ja", "健康診断で血圧が高いと言われました。症状はありません。父が脳卒中やってます", None),
    ("ja", "父が脳梗塞の既往があります。血圧が170でした", None),
    ("ja", "父が脳卒中で倒れました", "stroke_signs"),
    ("ja", "父が脳卒中かもしれません", "stroke_signs"),
    ("zh", "体检血压170/100，没什么症状。我爸以前脑梗过", None),
    ("zh", "体检血压170/100，没什么症状。我爸五年前中风", None),
    ("zh", "我爸中风了", "stroke_signs"),
    ("ko", "건강검진에서 혈압 170/100 나왔어요. 아버지가 뇌졸중으로 돌아가셨어요", None),
    ("ko", "뇌졸중 가족력이 있어요. 혈압이 높게 나왔어요", None),
    ("ko", "아빠가 뇌졸중 같아요", "stroke_signs"),
    # A cough that won't stop is no bleeding that won't stop (blood streaks in the sputum are urgent by the bot's
    # rules); coughing up much blood is a massive haemoptysis
    ("ja", "2ヶ月くらい咳が止まらなくて、最近たまに痰に血が混じります", None),
    ("ja", "咳をしたら血がたくさん出ました", "heavy_bleeding"),
    ("ja", "咳が止まらなくて、切り傷の血も止まらない", "heavy_bleeding"),
    ("ko", "두 달째 기침이 멈추지 않고 요즘 가끔 가래에 피가 섞여 나와요", None),
    ("ko", "기침하다가 피를 많이 뱉었어요", "heavy_bleeding"),
    ("ko", "기침이 안 멈추고 코피가 멈추지 않아요", "heavy_bleeding"),
    ("zh", "咳嗽两个月停不下来，最近痰里偶尔带血丝", None),
    ("zh", "咳嗽止不住，痰里有血丝", None),
    ("zh", "咳嗽两个月，今天咳出一大口血", "heavy_bleeding"),
    ("en", "cough that won't stop for 2 months, lately some streaks of blood in my phlegm", None),
    ("en", "coughed up a lot of blood this morning", "heavy_bleeding"),
    ("en", "blood keeps coming out of the cut and won't stop", "heavy_bleeding"),
    # Seventeenth round: a "won't stop" with no blood said, or with the blood of a blood pressure or a blood test, is no
    # bleed; a bleed or a cut said stays one
    ("ja", "2ヶ月前から血圧の薬を飲み始めたら、空咳がずっと止まらなくなりました", None),
    ("ja", "目が充血して涙が止まらない", None),
    ("ja", "血圧の薬を飲んでいて、鼻血が止まらない", "heavy_bleeding"),
    ("zh", "吃了降压药以后干咳一直止不住", None),
    ("zh", "流鼻涕止不住", None),
    ("zh", "手割破了，怎么按都止不住", "heavy_bleeding"),
    ("en", "started blood pressure meds and my hiccups won't stop", None),
    ("en", "on blood pressure pills and the cut won't stop bleeding", "heavy_bleeding"),
    ("zh", "要不要查一下血常规", None),
    ("ja", "昨日から下血があります", "gi_bleeding"),
    # The back of the neck tight is a tension headache's muscle, not a tight throat (ko 목 = both)
    ("ko", "야근하면 머리가 띵하고 뒷목이 조이는 것처럼 아파요", None),
    ("ko", "어깨랑 목이 조이는 것 같고 뻐근해요", None),
    ("ko", "새우 먹고 나서 목이 조여와요", "anaphylaxis"),
    ("ko", "뒷목이 뻐근한데 땅콩 먹고 나서 목이 조여요", "anaphylaxis"),
    # A breathless spell that "lasts minutes then goes" is over; chest pain or blue lips keep it
    ("en", "panic attacks a few times a week, heart pounding, feel like i cant breathe, last 10-15 mins then go", None),
    ("en", "panic attacks where i cant breathe, lasts about 10 minutes and then it passes", None),
    ("en", "panic attack, i cant breathe and my lips are going blue, lasts minutes then goes", "breathing_severe"),
    ("en", "I get panic attacks, can't breathe, chest pain, lasts 10 mins then goes", "breathing_severe"),
    ("en", "i cant breathe for a few minutes then it goes, but its still happening now", "breathing_severe"),
    ("ko", "공황발작이 와요 가슴이 두근거리고 숨을 못 쉬겠어요 10분 정도 지나면 괜찮아져요", None),
    ("ko", "공황발작 가슴이 두근거리고 가슴이 아프고 숨을 못 쉬겠어요 10분 지나면 괜찮아져요", "breathing_severe"),
    ("ko", "공황발작 가슴이 답답하고 숨을 못 쉬겠어요 10분 지나면 괜찮아져요", "breathing_severe"),
    # "is this a stroke?" about another complaint, the signs said fine, is a worry; a sign said (weak, numb, slurred) or
    # the bare question still fire
    ("en", "my eyelid has been twitching for 3 days. is this a stroke?? no other symptoms, face feels normal", None),
    ("en", "my eyelid is twitching, is this a stroke? face feels normal, no weakness", None),
    ("en", "my eyelid keeps twitching, is this a stroke?", "stroke_signs"),
    ("en", "my left arm is weak, is this a stroke? face feels normal", "stroke_signs"),
    ("en", "is this a stroke? my speech is slurred, no other symptoms", "stroke_signs"),
    ("en", "could this be a stroke? my eyelid twitches", "stroke_signs"),
    ("ko", "눈꺼풀이 3일째 떨려요 혹시 뇌졸중인가요? 얼굴은 멀쩡하고 다른 증상은 없어요", None),
    ("ko", "눈꺼풀이 떨려요 혹시 뇌졸중인가요?", "stroke_signs"),
    ("ko", "팔에 힘이 빠져요 혹시 뇌졸중인가요? 얼굴은 멀쩡해요", "stroke_signs"),
    ("ja", "まぶたがピクピクします。脳卒中ですか？顔は普通で他に症状はありません", None),
    ("ja", "まぶたがピクピクします。脳卒中ですか？", "stroke_signs"),
    ("ja", "手がしびれます。脳卒中ですか？顔は普通です", "stroke_signs"),
    ("zh", "眼皮跳了三天，是不是中风？脸没歪，没有别的症状", None),
    ("zh", "眼皮跳了三天，是不是中风？", "stroke_signs"),
    ("zh", "手发麻，是不是中风？脸没歪", "stroke_signs"),
    # Twenty-first round: "is it paralysed??" the same, with a turn "to the left" a direction, no side of the body
    ("ko", "목이 왼쪽으로 안 돌아가요. 마비된 건가요?? 팔 저림은 없어요", None),
    ("ko", "목이 안 돌아가요. 마비된 건가요??", "stroke_signs"),
    ("ko", "마비된 건가요?? 오른쪽 다리에 힘이 없어요, 두통은 없어요", "stroke_signs"),
    ("ja", "首が左に回らない。麻痺したのかな？？しびれはない", None),
    ("ja", "首が回らない。麻痺ですか？", "stroke_signs"),
    ("ja", "麻痺したのかな？？右腕がしびれてる、頭痛はない", "stroke_signs"),
    ("zh", "脖子不能向左转，是不是瘫痪了？手不麻", None),
    ("zh", "脖子转不动，是不是瘫痪了？", "stroke_signs"),
    ("en", "I can't turn my neck to the left, is it paralysed? no arm tingling", None),
    ("en", "my neck won't move, is it paralysed?", "stroke_signs"),
    # Seventeenth round. A toddler who does not answer to his name, said with talking, eye contact, pointing or play,
    # is a development question, no loss of consciousness; a fall, a fever or an older relative keeps the flag.
    ("en", "my toddler is not responding to his name, is that autism?", None),
    ("en", "she won't respond to her name but she's playing fine", None),
    ("en", "my 2 year old fell off the sofa and now he's not responding to his name", "loss_of_consciousness"),
    ("ko", "두 돌 아들이 이름을 불러도 반응이 없어요. 말도 아직 못 해요", None),
    ("ko", "아이가 이름을 불러도 대답을 안 해요 눈도 잘 안 마주쳐요", None),
    ("ko", "아이가 넘어져서 머리를 부딪혔는데 이름을 불러도 반응이 없어요", "loss_of_consciousness"),
    ("ko", "할아버지가 이름을 불러도 반응이 없어요", "loss_of_consciousness"),
    ("ja", "2歳の息子、名前を呼んでも反応しないです。言葉もまだ出ません", None),
    ("ja", "名前を呼んでも返事をしない、目も合わない", None),
    ("ja", "子どもが熱があって、名前を呼んでも反応しない", "loss_of_consciousness"),
    ("zh", "两岁的儿子叫他名字没反应，还不会说话", None),
    ("zh", "孩子摔了一跤，叫他名字没反应", "loss_of_consciousness"),
    # Seventeenth round. Sweat denied after its topic ("汗は出てないけど") is no cold sweat of a heart attack; a cold
    # sweat said still fires.
    ("ja", "汗は出てないけど、胸が苦しい", None),
    ("ja", "胸が苦しくて冷や汗が出てる", "chest_pain_cardiac"),
    # Seventeenth round. Hong Kong Cantonese alarms, as their Mandarin twins fire: breath (抖唔到氣; a blocked nose's
    # "抖唔到氣" stays quiet), bleeding that won't stop (流血唔止), a faint (暈低; a near one, 差啲暈低, stays quiet),
    # a stroke (口歪, 講嘢唔清楚, 半邊身冇力), a fit (口吐白泡), a tight chest (心口翳) with a cold sweat.
    ("zh", "阿爺突然抖唔到氣", "breathing_severe"),
    ("zh", "鼻塞到抖唔到氣，要用口唞氣", None),
    ("zh", "個仔有哮喘，喘到講唔到嘢", "breathing_severe"),
    ("zh", "個仔有哮喘，噴咗藥都冇用", "breathing_severe"),
    ("zh", "𠝹親手指，流血唔止", "heavy_bleeding"),
    ("zh", "個傷口血流唔停", "heavy_bleeding"),
    ("zh", "阿爺頭先喺廁所暈低", "loss_of_consciousness"),
    ("zh", "企起身差啲暈低", None),
    ("zh", "阿爸突然口歪", "stroke_signs"),
    ("zh", "阿媽突然講嘢唔清楚", "stroke_signs"),
    ("zh", "阿爸半邊身冇力", "stroke_signs"),
    ("zh", "佢突然隻手冇力", "stroke_signs"),
    ("zh", "佢倒咗落地口吐白泡", "seizure"),
    ("zh", "行完樓梯心口好翳，出晒冷汗", "chest_pain_cardiac"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), CASES)
def test_red_flag_words_denied_played_down_or_over(lang, text, flag):
    found = {f.id for f in RULES.find(text, lang)}
    if flag is None:
        assert not found
    else:
        assert flag in found


SIXTEENTH = [
    # Twentieth round (T20D-U): a shadow or curtain denied in words the negation does not reach ("影がかかることもない",
    # "カーテンみたいに見えなくなるところはない"); said, it fires. A crooked nose after a blow is no face droop.
    ("ja", "飛蚊症があります。光が走ることも影がかかることもないです", None),
    ("ja", "黒い虫みたいなのが飛んで、カーテンみたいに見えなくなるところはないです", None),
    ("ja", "急に飛蚊が増えて、視野の下から黒い影がかかってきた", "sudden_vision_loss"),
    ("en", "got elbowed in the face and my nose looks crooked now", None),
    ("en", "his face looks crooked and his speech is slurred", "stroke_signs"),
    # A baby of 11 months, or "생후 11개월", is no baby under three months; a month-old, or "생후 2개월", still is.
    ("ko", "11개월 아기가 체온은 37.3~37.5 왔다갔다 해요", None),
    ("ko", "생후 11개월 아기가 열이 38.5도예요", None),
    ("ko", "1개월 아기가 열이 38.2도예요", "infant_fever"),
    ("ko", "생후 2개월 아기가 열이 38도예요", "infant_fever"),
    ("ja", "11ヶ月の赤ちゃんが37.5度の熱", None),
    ("ja", "1ヶ月の赤ちゃんが38.2度の熱", "infant_fever"),
    # A tickle in the throat is no epilepsy.
    ("ko", "목이 간질간질하고 기침이 나요", None),
    ("ko", "아이가 간질 발작을 해요", "seizure"),
    # A faint at a blood test, come round at once, is over; during exercise it is kept.
    ("en", "she fainted when they took blood, came round right away", None),
    ("en", "he fainted while running, came round right away", "loss_of_consciousness"),
    # A past visit to the ER is no call for help; asking for an ambulance still is.
    ("ko", "응급실 두 번 갔는데 심전도 피검사 다 정상이래요", None),
    ("ko", "구급차 불러주세요", "emergency_request"),
    # A sense of dying in attacks after a normal workup is the panic's; with a chest pain now it is kept.
    (
        "ko",
        "세 번이나 심장이 터질 것처럼 뛰고 죽을 것 같은 느낌이 왔어요. 응급실 가서 심전도랑 피검사 다 했는데 "
        "정상이래요",
        None,
    ),
    ("ko", "심전도는 정상이래요. 그런데 지금 가슴이 아프고 죽을 것 같아요", "emergency_request"),
    ("en", "ECG and bloods normal both times in ER. heart pounding, sure im dying, lasts 15 min then goes", None),
    ("en", "ECG and bloods normal last time but now chest pain and sure im dying", "emergency_request"),
    # Afraid of the next attack: this one is over (fear of a breathless spell again); breathless now still fires.
    ("ko", "지하철에서 숨이 막히는 느낌이 왔었어요. 또 올까봐 지하철을 못 타겠어요", None),
    ("ko", "숨이 막혀요 지금도 숨이 막혀요", "breathing_severe"),
    # A burning band to the back with a strip of blisters is shingles; crushing with a sweat is the heart's.
    (
        "en",
        "burning pain on the right of her chest going round to her back, today a strip of little blisters came up",
        None,
    ),
    ("en", "crushing chest pain going to her back and she's sweaty, she had shingles last month", "chest_pain_cardiac"),
    ("ko", "가슴이 화끈거리고 등까지 아프더니 물집이 띠처럼 올라왔어요 대상포진인가요", None),
    ("ko", "대상포진이 있었는데 지금 가슴이 쥐어짜듯 아프고 등까지 아파요 식은땀도 나요", "chest_pain_cardiac"),
    ("ja", "胸が焼けるように痛くて背中まで痛い。帯状に水ぶくれが出てきた。息苦しさはない", None),
    ("ja", "帯状疱疹があるけど胸が締め付けられるように痛くて背中まで痛い、冷や汗も出てる", "chest_pain_cardiac"),
    ("zh", "胸口火辣辣地疼，一直疼到背后，今天起了一串小水泡，不气短", None),
    ("zh", "得过带状疱疹，现在胸口压着疼，疼到后背，出冷汗", "chest_pain_cardiac"),
    # Waves of burning heat up the chest with sweats, the menopause named: hot flushes; a chest pain with a sweat fires.
    ("en", "waves of burning heat up my chest and face, I sweat through my pyjamas, GP said it's the menopause", None),
    ("en", "I'm menopausal but now I have chest pain going down my left arm and I'm sweating", "chest_pain_cardiac"),
    # Eighteenth round (nlu/matcher.py `_inside_number`): an emergency number is a whole number, not a part of a digit
    # group ("10,000 feet", "1,911", "1.999 kg", "打1200块", "1199원"); called on its own it still fires.
    ("en", "hiking at 10,000 feet and I have a mild headache", None),
    ("en", "the dentist quoted 1,000 dollars for my toothache", None),
    ("en", "our house was built in 1,911 and the damp gives me a cough", None),
    ("en", "baby weighed 3.999 kg at birth, now a runny nose", None),
    ("en", "call 911, he collapsed", "emergency_request"),
    ("en", "should I ring 000? she's not breathing", "emergency_request"),
    ("en", "rang 999.", "emergency_request"),
    ("zh", "打1200块钱的针，屁股有点疼", None),
    ("zh", "快打120！", "emergency_request"),
    ("ko", "병원비 1,119원 나왔는데 머리가 아파요", None),
    ("ko", "119 불러주세요", "emergency_request"),
    ("ja", "119番お願いします", "emergency_request"),
    # Eighteenth round (M, nlu/matcher.py `_EN_NOT_ABLE`): "unable to X" said "not able to X", "wasn't able to X", and
    # "can't breathe" said in the past, are the finding, not its denial; a blocked nose or a spell over stays quiet.
    ("en", "she wasn't able to breathe", "breathing_severe"),
    ("en", "he wasnt able to breathe", "breathing_severe"),
    ("en", "she was not able to breathe properly", "breathing_severe"),
    ("en", "she couldn't breathe and her lips looked grey", "breathing_severe"),
    ("en", "he couldnt breathe", "breathing_severe"),
    ("en", "my son couldn't breathe for a minute then fine", "breathing_severe"),
    ("en", "she could not breathe, now she's fine", None),
    ("en", "couldn't breathe through my nose all night", None),
    ("en", "my nose was so blocked i couldn't breathe, only through my mouth", None),
    ("en", "she is able to breathe fine, just a cough", None),
    # ... and "not breathing heavily" denies a heavy breath; "not breathing" alone is the finding
    ("en", "not breathing heavily or struggling, just a stuffy nose", None),
    ("en", "baby not breathing, turning blue", "breathing_severe"),
    # Nineteenth round (C19): the panic attack's "feel like I'm going to die", the heart checked before ("checked
    # heart at polyclinic last year, fine"); the same with a chest pain or a sweat still fires.
    ("en", "attacks where my heart pounds and I feel like I'm going to die. Already checked heart, fine", None),
    ("en", "I feel like I'm going to die, chest pain and sweating, had my heart checked", "emergency_request"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), SIXTEENTH)
def test_benign_readings_beside_kept_ones_en_ko(lang, text, flag):
    """Sixteenth round (OVER_EN_KO): each benign reading that no longer fires beside its neighbour that still does."""
    found = {f.id for f in RULES.find(text, lang)}
    assert flag in found if flag else not found


STOP_ELEVEN_OVER_ZH_JA = [
    # A curtain over the sight denied, with what it is likened to; said, it fires.
    ("ja", "昨日から黒い点が飛んで見えて、時々光ります。カーテンみたいに見えなくなるところはないです", None),
    ("ja", "右目がカーテンみたいに見えなくなりました", "sudden_vision_loss"),
    ("ko", "눈앞에 점이 떠다니고 번쩍여요 커튼처럼 안 보이는 데는 없어요", None),
    ("ko", "오른쪽 눈이 커튼 친 것처럼 안 보여요", "sudden_vision_loss"),
    ("zh", "没有像拉窗帘一样看不见的地方", None),
    ("zh", "右眼像拉了窗帘一样看不见", "sudden_vision_loss"),
    # "None either" before a list without commas denies a phrase with its own negative word; a plain 没 does not.
    ("zh", "手上起了疹子，也没有嘴唇肿喘不上气", None),
    ("zh", "没发烧咳嗽喘不上气", "breathing_severe"),
    ("zh", "孩子咳嗽喘不上气，也没有发烧", "breathing_severe"),
    # A severe pain said of a calf cramp in pregnancy; unexplained, or a swollen red calf, it fires.
    ("ja", "妊娠20週、ふくらはぎがつって激痛で目が覚めた。腫れはない", None),
    ("ja", "妊娠20週、夜中に激痛で目が覚めた", "pregnancy_pain_bleeding"),
    ("ja", "妊娠20週、ふくらはぎがつって激痛。ふくらはぎが腫れて赤い", "pregnancy_pain_bleeding"),
    ("en", "20 weeks pregnant, a calf cramp woke me with severe pain, no swelling now", None),
    ("en", "20 weeks pregnant and severe pain", "pregnancy_pain_bleeding"),
    # Spotting whose bleeding is said not to increase; increasing, it fires.
    ("ja", "妊娠8週、茶色いおりものが少し、出血も増えてないです", None),
    ("ja", "妊娠8週、茶色いおりものが出て、出血が増えてきた", "pregnancy_pain_bleeding"),
    ("zh", "怀孕8周，一点点褐色分泌物，出血也没有变多", None),
    ("zh", "怀孕8周，出血越来越多了", "pregnancy_pain_bleeding"),
    ("ko", "임신 8주인데 갈색 분비물이 조금 묻어나요 피가 늘지는 않아요", None),
    ("ko", "임신 8주인데 피가 점점 많이 나와요", "pregnancy_pain_bleeding"),
    ("en", "8 weeks pregnant, a little brown discharge, the bleeding isn't getting heavier", None),
    ("en", "8 weeks pregnant and the bleeding is getting heavier", "pregnancy_pain_bleeding"),
    ("ja", "妊娠7週、お腹は痛くなくて、茶色いおりものだけです", None),
    # A toddler's years and months are no infant's age; a baby of two months with a fever still is.
    ("ja", "1歳2ヶ月の娘が38.5度の熱", None),
    ("zh", "1岁2个月的宝宝发烧38.5度", None),
    ("ja", "生後2ヶ月の娘が38.5度の熱", "infant_fever"),
    ("zh", "两个月大的宝宝发烧38.5度", "infant_fever"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), STOP_ELEVEN_OVER_ZH_JA)
def test_benign_readings_beside_kept_ones_zh_ja(lang, text, flag):
    """Sixteenth round (OVER_ZH_JA): each benign reading that no longer fires beside its neighbour that still does."""
    found = {f.id for f in RULES.find(text, lang)}
    assert flag in found if flag else not found


COURSE_OF_TREATMENT = [
    # Nineteenth round (M): a whole box or sheet of a prescribed medicine taken over days (a course of antibiotics,
    # still coughing) is no overdose (`hyperbole`/`explained` of overdose_poisoning); at once, just now, on purpose, a
    # wish to die, paracetamol or sleeping pills still fire, and so does a box with no course said.
    ("zh", "抗生素吃了差不多一整盒，一个星期了还是咳嗽", None),
    ("zh", "醫生開的抗生素吃了一整盒，還是咳", None),
    ("zh", "抗生素成盒食晒都未好", None),
    ("zh", "抗生素一个星期吃了一整盒，刚才又一口气吃了一整盒", "overdose_poisoning"),
    ("zh", "昨天晚上心情很差把家裡一整盒普拿疼吞了，現在其實沒什麼感覺", "overdose_poisoning"),
    ("zh", "孩子把一整盒药吃了", "overdose_poisoning"),
    ("ko", "항생제를 일주일 동안 거의 한 통 다 먹었는데 아직 기침해요", None),
    ("ko", "처방받은 항생제 한 통 다 먹었는데 안 나아요", None),
    ("ko", "항생제 한 통 다 먹었어요", "overdose_poisoning"),
    ("ko", "타이레놀 한통 거의 다 먹었는데 며칠째 안 나아요", "overdose_poisoning"),
    ("ko", "진통제 한 통을 한꺼번에 다 먹었는데 며칠째 배가 아파요", "overdose_poisoning"),
    ("ja", "抗生物質を一週間飲んで一箱飲んだけど咳が治らない", None),
    ("ja", "処方された抗生物質を全部飲んだのに良くならない", None),
    ("ja", "抗生物質を一箱全部飲んだ", "overdose_poisoning"),
    ("ja", "カロナールを一週間で一箱飲んだけど治らない", "overdose_poisoning"),
    ("en", "i've nearly finished a whole box of antibiotics this week and still coughing", None),
    ("en", "finished the whole packet of antibiotics as prescribed, still have a sore throat", None),
    ("en", "took a whole box of antibiotics", "overdose_poisoning"),
    ("en", "took a whole box of ibuprofen at once this week", "overdose_poisoning"),
    ("en", "took most of a packet of paracetamol over a week for toothache", "overdose_poisoning"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), COURSE_OF_TREATMENT)
def test_a_box_taken_over_a_course_is_no_overdose(lang, text, flag):
    found = {f.id for f in RULES.find(text, lang)}
    assert flag in found if flag else not found


SAID_PLAINLY = [
    # Twentieth round (S): new plain wordings of flags (a hand clutching the chest with a sweat, a nosebleed soaking
    # towels, a positive test, a chemical burn of the face, a hypo with a mind that will not work, unrousable in ja and
    # Cantonese, a detergent capsule eaten, a Cantonese tongue, ribs sucking in, a sudden headache like a blow), each
    # beside a twin that stays quiet.
    ("en", "dad's clutching his chest, grey and sweaty", "chest_pain_cardiac"),
    ("en", "clutching my chest laughing at the film", None),
    ("zh", "我爸捂着胸口，一直冒冷汗", "chest_pain_cardiac"),
    ("zh", "我捂着胸口笑个不停", None),
    ("ja", "父が胸をつかんで冷や汗をかいている", "chest_pain_cardiac"),
    ("en", "nosebleed for 40 min, soaking towels", "heavy_bleeding"),
    ("en", "had a nosebleed for 20 minutes and then it stopped", None),
    ("en", "on warfarin, nosebleed for 30 minutes, it stopped after pinching", "heavy_bleeding"),
    ("en", "positive pregnancy test 2 days ago and now bleeding with cramps", "pregnancy_pain_bleeding"),
    ("en", "positive test, sharp pain low on the right, shoulder tip pain", "pregnancy_pain_bleeding"),
    ("en", "my covid test was positive and I have stomach cramps", None),
    ("ko", "임테기 두 줄인데 피가 나고 배가 아파요", "pregnancy_pain_bleeding"),
    ("ja", "先週検査薬陽性、今右下腹が痛くて少し出血", "pregnancy_pain_bleeding"),
    ("ja", "排卵検査薬で陽性、少し出血", None),
    ("zh", "验孕阳性，现在出血肚子痛", "pregnancy_pain_bleeding"),
    ("zh", "排卵试纸两条杠，有点出血", None),
    ("en", "burned my face with a chemical splash", "severe_burn"),
    ("en", "sunburnt face, a bit red and sore", None),
    ("ko", "화학약품이 얼굴에 튀어서 화상 입었어요", "severe_burn"),
    ("ko", "주전자에 손가락 살짝 데었어요", None),
    ("ja", "薬品が顔にはねてやけどした", "severe_burn"),
    ("ja", "顔が日焼けでヒリヒリ", None),
    ("zh", "化學品濺到臉上，燒傷了", "severe_burn"),
    ("zh", "脸晒伤了有点红", None),
    ("en", "type 1, hypo, cant think straight, cant get sugar down", "severe_hypoglycaemia"),
    ("en", "had a hypo earlier, had juice, fine now and thinking clearly", None),
    ("ko", "저혈당 와서 머리가 안 돌아가요", "severe_hypoglycaemia"),
    ("ko", "저혈당 와서 사탕 먹었더니 괜찮아졌어요", None),
    ("ja", "低血糖で頭が回らない", "severe_hypoglycaemia"),
    ("ja", "低血糖になったけどジュース飲んで今は普通", None),
    ("zh", "低血糖，脑子转不过来", "severe_hypoglycaemia"),
    ("zh", "低血糖，喝了糖水现在好了", None),
    ("ja", "父が倒れて起きない", "loss_of_consciousness"),
    ("ja", "子どもがぐったりして起こしても反応がない", "loss_of_consciousness"),
    ("zh", "阿媽點搖都冇反應", "loss_of_consciousness"),
    ("zh", "佢對藥物冇反應", None),
    ("zh", "他对这个药没反应", None),
    ("zh", "叫佢個名都冇反應，佢兩歲仲未識講嘢", None),
    ("ja", "子どもが食洗機の洗剤を食べた", "overdose_poisoning"),
    ("ja", "食洗機の洗剤を買ってきた", None),
    ("zh", "个仔食咗洗碗机嘅洗碗粒", "overdose_poisoning"),
    ("zh", "洗碗机坏了", None),
    ("zh", "佢對蝦敏感，食咗蝦，依家條脷腫晒，好難唞氣", "anaphylaxis"),
    ("zh", "我皮膚好敏感，有啲痕", None),
    ("zh", "小朋友呼吸好急，肋骨一吸一吸咁陷落去", "breathing_severe"),
    ("zh", "頭突然像被人用棒子打一樣爆痛，然後吐了", "thunderclap_headache"),
    ("zh", "头无啦啦痛到爆，从来未试过咁痛", "thunderclap_headache"),
    ("zh", "他突然长个头，腿痛得受不了", None),
    # Twentieth round (T20B): a light bleed that drags on (だらだら続く) is no heavy bleed; blood streaming still is.
    # An adult's green vomit with a swollen belly, wind that will not stop (no obstruction); a staggered paracetamol
    # overdose beside doses kept to; one hand dropping things since lunch beside carpal tunnel's months
    ("ja", "ずっと不正出血がだらだら続いてます。痛みはなし", None),
    ("ja", "包丁で指を切って血がだらだら流れてます", "heavy_bleeding"),
    ("ko", "배가 빵빵하고 초록색 토를 해요", "bowel_obstruction"),
    ("ja", "サツマイモ食べたらおならが止まらなくてお腹が張ってます", None),
    ("en", "taking 2 tylenol every 3 hours for the last 4 days and now I'm nauseous", "overdose_poisoning"),
    ("en", "I take paracetamol every 4 hours when I have a headache, 2 tablets, max 8 a day", None),
    ("en", "since lunch his right hand keeps dropping his coffee cup", "stroke_signs"),
    ("en", "my right hand tingles at night and keeps dropping things, for months now", None),
    # Stop 16: the worst headache of one's life said without "suddenly", as "worst headache" is in English
    ("zh", "头痛到爆炸，一生最痛", "thunderclap_headache"),
    ("zh", "我头痛，不过不是一生最痛的那种，就是有点胀", None),
    ("ko", "평생 이렇게 머리 아픈 건 처음이에요", "thunderclap_headache"),
    ("ko", "평생 처음 머리 염색했는데 두피가 따가워요", None),
]


@pytest.mark.parametrize(("lang", "text", "flag"), SAID_PLAINLY)
def test_emergencies_said_plainly_beside_their_neighbours(lang, text, flag):
    found = {f.id for f in RULES.find(text, lang)}
    assert flag in found if flag else not found


BISMUTH_CAUSE = [
    # Twentieth round (T20D-O): bismuth (Pepto-Bismol, bismuth subcitrate) said as taken drops gi_bleeding as iron does,
    # an upset stomach included; a faint, vomited blood, pain, a blood thinner or dizziness keep it.
    ("en", "Took Pepto Bismol for an upset stomach and now my tongue is black and my poop is black", None),
    ("en", "Took Pepto Bismol and now my poop is black and I fainted", "gi_bleeding"),
    ("en", "on warfarin and took pepto, my poop is black", "gi_bleeding"),
    ("ko", "펩토비스몰 먹고 나서 변이 까맣게 나와요", None),
    ("ko", "펩토비스몰 먹고 나서 변이 까맣고 어지러워요", "gi_bleeding"),
    ("ja", "ビスマスの薬を飲んでから便が黒いです", None),
    ("ja", "ビスマスの薬を飲んでから便が黒くて、立ちくらみがします", "gi_bleeding"),
    ("zh", "吃了枸橼酸铋钾以后大便发黑", None),
    ("zh", "吃了枸橼酸铋钾以后大便发黑，还吐血了", "gi_bleeding"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), BISMUTH_CAUSE)
def test_bismuth_blackens_the_stool_beside_a_bleeds_signs(lang, text, flag):
    found = {f.id for f in RULES.find(text, lang)}
    assert flag in found if flag else "gi_bleeding" not in found
