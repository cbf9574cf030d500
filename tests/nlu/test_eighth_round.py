"""Eighth round: families of wording that deny, play down or only ask about a red flag (blind5 over-triage).

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
"""

import pytest

from nlu.redflags import RedFlagRules

RULES = RedFlagRules.load()

CASES = [
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
]


@pytest.mark.parametrize(("lang", "text", "flag"), CASES)
def test_eighth_round_red_flags(lang, text, flag):
    found = {f.id for f in RULES.find(text, lang)}
    if flag is None:
        assert not found
    else:
        assert flag in found
