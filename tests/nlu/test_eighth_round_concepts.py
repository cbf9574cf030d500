"""Eighth round: emergencies of blind round 5 that only the learned safety net caught, now caught by concept in all
four languages (nlu red flags, and triage rules over coded facts that raise the same flag ids).

Concepts: a ruptured ectopic pregnancy (a positive test or late period, one-sided lower belly pain, shoulder-tip pain
or near-fainting), a button battery swallowed or missing near a young child, suicide said without a means (a
farewell with things or a pet given away or feeling a burden; an imagined act at a platform, "one more step"),
pre-eclampsia (from 20 weeks a headache with flashing lights or blurred sight, or a swollen face or hands), diabetic
ketoacidosis (diabetes with ketones or a "HI" meter reading and vomiting or deep fast breathing), acute pancreatitis
(upper belly pain going through to the back with vomiting) and acute angle-closure glaucoma (a painful red eye with
haloes round lights). Each has near misses that must not raise it. Sentences of our own; none is in the training,
evaluation or vignette data."""

import pytest

import nlu
from bot.cli import triage_result


def _flags(text):
    return {f.id for f in nlu.parse(text).red_flags}


WORD_RULES = [
    # Ruptured ectopic pregnancy.
    ("Period is two weeks late, now a stabbing pain on my right side low down and my shoulder tip aches",
     "pregnancy_pain_bleeding"),
    ("positive test on monday, today cramping pain in my lower belly on one side and I nearly passed out",
     "pregnancy_pain_bleeding"),
    ("생리가 열흘 늦어서 임테기 했더니 두 줄이에요 오른쪽 아랫배가 찌르듯 아프고 어깨 끝이 아파요",
     "pregnancy_pain_bleeding"),
    ("例假推迟了十天，左下腹疼得厉害，刚才头晕站不住", "pregnancy_pain_bleeding"),
    ("生理が2週間遅れていて、右の下腹が痛く、さっき失神しそうになりました", "pregnancy_pain_bleeding"),
    ("they think it could be ectopic and the pain has got much worse", "pregnancy_pain_bleeding"),
    ("医生说可能是宫外孕，现在肚子很疼", "pregnancy_pain_bleeding"),
    # A button battery swallowed or missing near a young child.
    ("I think my 3 year old swallowed a watch battery", "button_battery"),
    ("the little round battery from the tv remote has gone missing and the baby was chewing on it", "button_battery"),
    ("아기가 보청기 건전지를 입에 넣었는데 못 찾겠어요", "button_battery"),
    ("孩子把手表电池塞嘴里了，现在找不到了", "button_battery"),
    ("2歳の息子がコイン電池を口に入れていて、1個足りないです", "button_battery"),
    # Suicide said without a means.
    ("My sister gave away her jewellery and asked me to keep her cat. Her last text said thank you for everything",
     "suicidal"),
    ("He keeps saying everyone would be better off, and he told me he stood at the edge of the platform thinking "
     "one more step", "suicidal"),
    ("thanks for everything, I won't be a burden to anyone after tonight", "suicidal"),
    ("형이 강아지를 맡아 달라고 하더니 그동안 고마웠다는 문자를 남기고 전화를 안 받아요", "suicidal"),
    ("내가 없으면 다들 편할 거예요 아까 옥상 난간에 서 있었어요", "suicidal"),
    ("지하철 승강장에서 한 발짝만 내디디면 끝이겠다 생각했어요", "suicidal"),
    ("她在群里说谢谢每一个人，以后不会再打扰了，然后就联系不上了", "suicidal"),
    ("没有我大家会更好，昨晚在桥上站了很久", "suicidal"),
    ("站在地铁站台上，心想往前一步就解脱了", "suicidal"),
    ("姉が「今までありがとう」とだけ送ってきて、猫を友達に譲ったそうです", "suicidal"),
    ("家族に迷惑をかけたくない。昨日は踏切の前で飛び込めばと思った", "suicidal"),
    ("線路を見ながら、あと一歩だなと思ってしまいました", "suicidal"),
    # Pre-eclampsia.
    ("I'm 37 weeks, got a horrible headache and everything looks blurry", "pre_eclampsia"),
    ("31 weeks pregnant with a migraine and my fingers are swollen, my rings won't come off", "pre_eclampsia"),
    ("임신 32주인데 두통이 있고 손이 부어서 반지가 안 빠져요", "pre_eclampsia"),
    ("怀孕36周，头疼，看东西模糊", "pre_eclampsia"),
    ("妊娠36週で頭痛があり、指輪が入らないほど手がむくんでいます", "pre_eclampsia"),
    # Diabetic ketoacidosis.
    ("I'm diabetic and my blood ketones are 3.5, been throwing up all night", "diabetic_ketoacidosis"),
    ("insulin pump failed, meter reads HI and I'm being sick", "diabetic_ketoacidosis"),
    ("당뇨가 있는데 케톤이 나오고 자꾸 토했어요", "diabetic_ketoacidosis"),
    ("一型糖尿病，血酮很高，吐了好几次", "diabetic_ketoacidosis"),
    ("インスリンを打っている糖尿病で、ケトンが出ていて吐いています", "diabetic_ketoacidosis"),
    # Acute pancreatitis.
    ("severe upper abdominal pain boring through to my back and vomiting", "acute_pancreatitis"),
    ("명치가 아파서 등 뒤로 뻗치는데 구토가 멈추지 않아요", "acute_pancreatitis"),
    ("心窝疼，连着后背，一直吐", "acute_pancreatitis"),
    ("みぞおちが痛くて背中まで響き、何度も吐いてしまいます", "acute_pancreatitis"),
    ("喝了一斤白酒，上腹疼得受不了，吐个不停", "acute_pancreatitis"),
    # Acute angle-closure glaucoma.
    ("I see halos round the street lights and my eye is throbbing", "acute_glaucoma"),
    ("my eye is bright red, it hurts, my sight is cloudy and I've been vomiting", "acute_glaucoma"),
    ("눈이 아프고 불빛 주변에 링이 보여요", "acute_glaucoma"),
    ("眼睛疼，灯周围有光晕", "acute_glaucoma"),
    ("目が痛くて、ライトの周りに輪っかが見えます", "acute_glaucoma"),
]

NEAR_MISSES = [
    # Early pregnancy with mild cramps and nothing else; a positive covid test with side pain.
    ("positive test yesterday, a bit dizzy with morning sickness", "pregnancy_pain_bleeding"),
    ("my cardiologist says I have ectopic beats, they don't hurt", "pregnancy_pain_bleeding"),
    ("I get ectopic beats and some chest pain", "pregnancy_pain_bleeding"),
    ("임테기 두 줄 나왔어요 아랫배가 살짝 당기는 느낌만 있어요", "pregnancy_pain_bleeding"),
    # A coin swallowed by a teenager; changing a battery.
    ("my 15 year old swallowed a coin, he's fine", "button_battery"),
    ("I need to change the watch battery, where can I get it done", "button_battery"),
    ("열여섯 살 아들이 동전을 삼켰는데 멀쩡해요", "button_battery"),
    ("十六岁的儿子吞了一枚硬币，没有不舒服", "button_battery"),
    ("時計の電池を交換しました", "button_battery"),
    # Thanks to the doctor; moving house; a care home; a step in physio.
    ("thanks for everything doctor, the cream worked", "suicidal"),
    ("moving abroad so I gave away my sofa, my neighbour will keep my cat. which vaccines do I need?", "suicidal"),
    ("한 걸음만 걸어도 지하철 계단에서 숨이 차요", "suicidal"),
    ("谢谢医生，药很有效", "suicidal"),
    ("母に迷惑をかけたくないので老人ホームに入ることにしました", "suicidal"),
    # A mild headache in pregnancy; a headache before 20 weeks; swollen ankles.
    ("30 weeks pregnant with a mild headache, no vision problems and no swelling", "pre_eclampsia"),
    ("12 weeks pregnant and I've got a headache and blurry vision", "pre_eclampsia"),
    ("임신 34주인데 발목이 부었어요 두통은 없어요", "pre_eclampsia"),
    ("怀孕30周，有点头痛，没有别的症状", "pre_eclampsia"),
    ("妊娠30週で少し頭が痛いです。むくみや目の症状はありません", "pre_eclampsia"),
    # Type 2 with a high reading and no ketones or vomiting.
    ("type 2 diabetic, sugar was 14 this morning, no ketones and not being sick", "diabetic_ketoacidosis"),
    ("2형 당뇨인데 혈당이 250 나왔어요 토하지는 않아요", "diabetic_ketoacidosis"),
    ("2型糖尿病，早上血糖13，没有吐", "diabetic_ketoacidosis"),
    ("2型糖尿病で血糖が高めでした。吐き気はありません", "diabetic_ketoacidosis"),
    # Indigestion; a tummy bug with a sore back.
    ("heartburn after a big meal, burping a lot, no vomiting", "acute_pancreatitis"),
    ("stomach bug, threw up twice and my lower back aches from lying in bed", "acute_pancreatitis"),
    ("과식해서 윗배가 더부룩해요 토하지는 않았어요", "acute_pancreatitis"),
    ("吃多了胃胀，打嗝，没吐", "acute_pancreatitis"),
    ("食べ過ぎて胃がもたれています。吐いてはいません", "acute_pancreatitis"),
    # A red itchy eye; haloes at night with no pain (cataract).
    ("my eye is red and itchy but I can see fine", "acute_glaucoma"),
    ("I see halos around headlights when driving at night, no pain in my eyes", "acute_glaucoma"),
    ("눈이 빨갛고 가려워요 잘 보여요", "acute_glaucoma"),
    ("眼睛有点红，有点痒，看东西正常", "acute_glaucoma"),
    ("目が赤くてかゆいですが、よく見えます", "acute_glaucoma"),
]


@pytest.mark.parametrize(("text", "flag"), WORD_RULES)
def test_the_concept_raises_its_red_flag(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(("text", "flag"), NEAR_MISSES)
def test_a_near_miss_does_not_raise_it(text, flag):
    assert flag not in _flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Pre-eclampsia over coded facts: in pregnancy a headache with a swollen face or hands.
        ("I'm 33 weeks pregnant, I have a headache and there's swelling in my face", "pre_eclampsia"),
        # Acute glaucoma over coded facts: a painful red eye, blurred sight and vomiting.
        ("eye pain, red eye, blurred vision and vomiting since tonight", "acute_glaucoma"),
    ],
)
def test_triage_rules_raise_the_flag(text, flag):
    result = triage_result(text)
    assert result["level"] == "emergency"
    assert flag in result["red_flags"]


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # Coded facts for rules that already existed: a late period said with the weeks or a test with two lines
        # (the ectopic rules), sparkly bits in the vision (pre_eclampsia_severe), breathing really fast (diabetic
        # ketoacidosis).
        ("생리가 2주 늦어요", "missed_period"),
        ("테스트기 해 봤는데 두 줄이 나왔어요", "missed_period"),
        ("生理が2週間遅れています", "missed_period"),
        ("I keep seeing sparkly bits in my vision", "floaters"),
        ("he's breathing really fast", "rapid_breathing"),
    ],
)
def test_coded_facts_reach_the_emergency_rules(text, symptom):
    assert symptom in triage_result(text)["symptoms"]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I'm pregnant with a headache and swollen ankles", "pre_eclampsia"),
        ("my eye is sore and red, a bit blurry from the discharge", "acute_glaucoma"),
    ],
)
def test_triage_near_misses_do_not_raise_it(text, flag):
    assert flag not in triage_result(text)["red_flags"]
