"""Triage levels in pregnancy and after a birth.

A pregnancy said is trusted, a doubted one is not. Pre-eclampsia (a headache with flashing lights or blurred sight,
160/110, or 140/90 with a headache, a change in vision, pain under the ribs or breathlessness, also up to six weeks
after a birth) is an emergency; one sign alone or a raised blood pressure alone is seen the same day. Waters breaking,
a cord coming out, bleeding or a blow to the belly with pain or tightening (abruption), a belly that hurts in
pregnancy (a pain low on one side early on: an ectopic pregnancy), a bleed with the belly's pain denied, and a heavy
bleed after a birth are emergencies. Vomiting with water not kept down, a swollen painful calf,
spotting in early pregnancy and mastitis with a fever are seen the same day. The usual discomforts (sickness with
fluids kept down, a backache as the belly grows, bleeding gums, a nosebleed, cramps at night, the baby blues, lochia
that lessens) are home care.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Ruptured ectopic pregnancy: a missed period with belly pain and fainting, pallor, dizziness or shoulder tip.
        ({"symptoms": ("missed_period", "lower_abdominal_pain", "fainting")}, "emergency", "ectopic_faint"),
        ({"symptoms": ("missed_period", "abdominal_pain", "pallor")}, "emergency", "ectopic_pallor"),
        ({"symptoms": ("missed_period", "pelvic_pain", "dizziness")}, "emergency", "ectopic_dizzy"),
        ({"symptoms": ("missed_period", "lower_abdominal_pain", "shoulder_pain")}, "emergency", "ectopic_shoulder"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    ("text", "kwargs", "expected", "reason"),
    [
        # Severe pre-eclampsia: headache with a visual disturbance, or 160/110 with a headache.
        ("...", {"symptoms": ("headache", "floaters"), "pregnancy": 35}, "emergency", "pre_eclampsia_severe"),
        (
            "...",
            {"symptoms": ("headache",), "pregnancy": 34, "blood_pressure": {"systolic": 166, "diastolic": 104}},
            "emergency",
            "pre_eclampsia_bp",
        ),
        (
            "...",
            {"symptoms": ("headache",), "pregnancy": 34, "blood_pressure": {"systolic": 150, "diastolic": 112}},
            "emergency",
            "pre_eclampsia_bp_diastolic",
        ),
    ],
)
def test_parse_with_its_text_is_raised_to(text: str, kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse with its text (some rules read the text) gets its level and rule."""
    got, reasons = level(text, **kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("headache",), "pregnancy": 30},  # a headache alone in pregnancy
        {"symptoms": ("missed_period", "abdominal_pain")},  # no fainting, pallor or shoulder pain
        {"symptoms": ("missed_period", "dizziness")},  # no pain
    ],
)
def test_parse_stays_below_emergency(kwargs: dict) -> None:
    """The rules stay narrow: a hand-built parse short of the emergency's criteria."""
    assert level(**kwargs)[0] != "emergency"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nursing mother's own mastitis fever: the baby's age is not the patient's; the baby's fever stays an
        # emergency. mastitis with a fever is seen today (breast_infection_fever; NHS: an urgent GP appointment with a
        # high temperature or shivers), still no emergency.
        ("生後2ヶ月の子に授乳中です。右のおっぱいの一部が赤く腫れて痛いです。熱が38.2℃あって寒気もします", "urgent"),
        ("생후 2개월 아기 모유수유 중인데 오른쪽 유방이 빨갛게 붓고 아파요. 열이 38.3도 있어요", "urgent"),
        ("生後2ヶ月の子が38.2℃の熱があります", "emergency"),
        # A body part whose pain is denied (腰也不疼，肚子也不疼) is no pain site in pregnancy.
        ("怀孕22周，尿的时候有点烧着疼。腰也不疼，肚子也不疼", "routine"),
        ("怀孕22周，尿的时候有点烧着疼，肚子也疼", "emergency"),
        # Close cases of the lowered concepts that stay raised. Vomiting in pregnancy without fluids kept down, or
        # unable to keep water down, or with bleeding.
        ("8 weeks pregnant and throwing up every morning", "routine"),
        ("妊娠8週です。毎朝吐きます", "routine"),
        ("12 weeks pregnant, vomiting all day and can't keep water down", "urgent"),
        ("怀孕10周，一直吐，水也喝不下", "urgent"),
        ("임신 10주인데 토해요. 물은 마실 수 있어요. 피가 비쳐요", "emergency"),
        # A complaint after a birth keeps its own time (a headache for two weeks, tearful for weeks): examined.
        ("had my baby 6 weeks ago and have had a headache for 2 weeks", "routine"),
        ("출산한 지 3주 됐는데 매일 이유 없이 눈물 나고 잠도 못 자요", "routine"),
        # Waters breaking are an emergency at any week, however they are said (the red-flag words 破水, 양수가 터 too).
        ("39 weeks pregnant and my waters just broke, clear fluid, no contractions yet", "emergency"),
        ("임신 39주인데 아까 밑에서 물이 왈칵 쏟아졌어요. 배는 아직 안 아파요", "emergency"),
        # Still raised: vomiting with water not kept down in pregnancy, a red swollen breast with a fever while
        # breastfeeding, mastitis named.
        ("妊娠10週です。吐いてばかりで水も飲めません", "urgent"),
        ("모유수유 중인데 가슴이 빨갛게 붓고 열이 38.5도예요", "urgent"),
        ("授乳中で乳腺炎になったみたい", "routine"),
        # A pregnant belly said to grow is no pain site; "it hurts" of the belly still is.
        ("임신 24주인데 배가 불러오면서 아파요", "emergency"),
        ("임신 24주인데 배가 불러오면서 배가 아파요", "emergency"),
        ("24 weeks pregnant, my belly is getting bigger and it hurts", "emergency"),
        ("24 weeks pregnant, my belly is getting bigger and my belly hurts", "emergency"),
        # Mastitis with a fever while breastfeeding; sickness in pregnancy with water not kept down and little urine.
        ("breastfeeding my 6 wk old, left boob has a red hot sore patch, temp 38.4. baby is fine", "urgent"),
        ("생후 5주 아기 모유수유 중인데 유방이 빨갛고 열이 38.5도예요 아기는 괜찮아요", "urgent"),
        ("生後5週の赤ちゃんに授乳中、乳房が赤くて38.5度の熱。赤ちゃんは元気です", "urgent"),
        ("임신 9주차인데 하루종일 토하고 물도 못 마셔요. 소변도 잘 안 나와요", "routine"),
        ("妊娠16週です。つわりで一日中吐いていて、水分もとれていません。おしっこもあまり出ません", "routine"),
        # Sickness in pregnancy with water not kept down: examined.
        ("妊娠10週、つわりで一日中吐いてて水分もとれてないです", "routine"),
        ("妊娠10週、つわりで吐いてて水も飲めてない", "routine"),
        ("妊娠10週、つわりで吐いてておしっこも出てない", "routine"),
        ("妊娠16週、吐いてて水分はとれていません", "routine"),
        # Something felt coming out of the vagina in pregnancy: a cord or the membranes, not a prolapse to book
        ("37 weeks pregnant and i feel something coming out of my vagina", "emergency"),
        ("임신 36주인데 질에서 뭔가 튀어나와요", "emergency"),
        ("妊娠36週、膣から何かが出てきました", "emergency"),
        ("怀孕36周，阴道有东西掉出来", "emergency"),
        # The week said before "pregnant" is no duration (a usual cramp of pregnancy)
        ("22주 임산부에요 밤마다 종아리에 쥐가 나서 깨요 붓지는 않아요", "self_care"),
        ("22週の妊婦です。夜に足がつって目が覚めます", "self_care"),
        ("22周的孕妇，晚上小腿老抽筋，不肿", "self_care"),
        # Blood on blowing the nose in pregnancy is a nosebleed, not a bleeding of pregnancy
        ("懷孕20週，鼻子塞，擤鼻涕有一點血絲，一下就停了", "self_care"),
        ("임신 20주인데 코를 풀면 피가 조금 나와요", "self_care"),
        ("妊娠20週、鼻をかむと血が少し出ます", "self_care"),
        ("20 weeks pregnant, bit of blood when i blow my nose", "self_care"),
        ("懷孕20週，擤鼻涕有血絲，下面也在流血", "emergency"),
        ("임신 20주인데 코를 풀면 피가 나오고 밑에서도 피가 나요", "emergency"),
        ("妊娠20週、鼻をかむと血が出ます。下からも血が出ています", "emergency"),
        ("20 weeks pregnant, blood when i blow my nose and now bleeding down below with cramps", "emergency"),
        ("懷孕20週，內褲上有一點血絲", "urgent"),
        # Twenty-first round (ko-t11d-s03): a little blood on the paper with constipation and a stinging anus in
        # pregnancy (piles, a fissure) is home care; without the constipation, outside pregnancy, or with a belly
        # pain or the vagina's blood it is not
        ("임신 16주인데 변비가 심해지고 볼일 보면 항문이 좀 따끔하고 휴지에 피가 살짝 묻어요 ㅠ 배는 안아파요",
         "self_care"),
        ("怀孕16周，便秘，大便时肛门刺痛，纸上有一点血，肚子不痛", "self_care"),
        ("임신 16주인데 휴지에 피가 살짝 묻어요", "urgent"),
        ("변비가 심해지고 휴지에 피가 살짝 묻어요", "urgent"),
        ("임신 16주인데 변비가 있고 휴지에 피가 묻어요 배도 아파요", "emergency"),
        ("임신 16주인데 변비가 있고 질에서 피가 나와요", "emergency"),
        ("임신 16주인데 두통이 점점 심해져요", "urgent"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A body part inside a denied symptom is no pain site (in pregnancy).
        "妊娠25週で、最近腰が痛いです。お腹の張りや出血はありません",
        # Normal pregnancy sickness with fluids kept down; constipation in pregnancy.
        "12 weeks pregnant and feel sick every morning, threw up once yesterday. i can keep water and crackers down",
        "妊娠8週です。朝が気持ち悪くて、たまに吐きます。でも水分はとれてる",
        "임신 9주인데 아침마다 메스껍고 가끔 토해요. 물은 마실 수 있어요",
        "怀孕10周，早上会恶心，偶尔吐，水喝得下",
        "懷孕20週，最近三四天才大一次便，很硬，肚子不痛也沒出血",
        # After a birth: hair coming out at four months, lochia lessening, a cold while breastfeeding.
        "had my baby 4 months ago and my hair is coming out in handfuls, otherwise fine",
        "產後第三週，惡露量已經變很少，沒有臭味也沒發燒",
        "産後3ヶ月で母乳あげてます。鼻水とのどのイガイガで、熱はないです",
        # Sickness in pregnancy with food and fluids kept down.
        "妊娠12週、吐くのは時々だけど水分も食事もとれてます",
        "12 weeks pregnant, sick now and then but eating and drinking fine",
        # Cracked nipples while breastfeeding, no fever.
        "모유수유 중인데 유두가 갈라져서 아파요. 열은 없어요",
        "breastfeeding and my nipples are cracked and sore, no fever",
        # Heartburn in pregnancy.
        "임신 20주인데 밥 먹고 나면 명치가 타는 것처럼 쓰려요",
        # A pregnant belly growing with a backache; bleeding gums in pregnancy.
        "24 weeks pregnant, as my belly gets bigger my lower back aches in the evening. no bleeding or tightening",
        "妊娠24週です。お腹が大きくなってきて、夕方になると腰がだるく痛くなります。出血やお腹の張りはないです",
        "懷孕24週，肚子變大以後腰很痛",
        "怀孕18周，最近刷牙的时候牙龈老出血，一点点，漱漱口就好了，没别的不舒服",
        "18 weeks pregnant and my gums bleed a bit when i brush",
        # Self-care twins of the raised rows: sickness in pregnancy with fluids kept down and normal urine.
        "임신 9주차인데 아침마다 울렁거리고 한번씩 토해요. 그래도 물이랑 크래커는 먹히고 소변도 잘 봐요",
        "妊娠16週です。つわりで時々吐きますが、水分もご飯も少しずつとれてて、おしっこも普通に出てます",
        "10 weeks pregnant, throwing up most mornings but peeing normally and keeping water down",
        # Mild sickness in pregnancy, eating and drinking.
        "妊娠14週です。まだ朝ちょっと気持ち悪いけど、吐くのは週1回くらいで、水もご飯もとれてます。体重も減ってないです",
        # Twin of the fever after a birth: a temperature under 38 is no fever.
        "I gave birth 5 days ago, temp 37.4, bit tired",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Waters breaking in pregnancy: an emergency.
        ("怀孕26周，刚才突然下面哗的一下流出好多清水，现在还一直在流，不痛", "waters_broken_pregnancy"),
        ("I'm 30 weeks pregnant and had a gush of clear fluid, it keeps leaking", "waters_broken_pregnancy"),
        ("임신 28주인데 밑에서 물이 왈칵 쏟아졌어요 계속 흘러요", "waters_broken_pregnancy"),
        ("妊娠27週です。さっき下から水がバシャッと出て、透明な水が流れてきます", "waters_broken_pregnancy"),
        # A cord- or string-like thing coming out after the waters break (cord prolapse).
        (
            "妊娠38週です。さっき破水して、何かひものようなものが膣から出てきてる感じがします",
            "red_flag:pregnancy_pain_bleeding",
        ),
        (
            "38 weeks pregnant, my waters broke and there's something like a cord coming out of my vagina",
            "red_flag:pregnancy_pain_bleeding",
        ),
        ("임신 39주인데 양수가 터지고 끈 같은 게 밑으로 나와요", "red_flag:pregnancy_pain_bleeding"),
        ("怀孕37周，破水了，下面好像有像绳子一样的东西出来", "red_flag:pregnancy_pain_bleeding"),
        # A crash or a blow to the belly in pregnancy, then tightening, pain or bleeding (abruption).
        ("懷孕28週，剛剛出車禍，安全帶勒到肚子，現在肚子有點緊，內褲上有一點血", "red_flag:pregnancy_pain_bleeding"),
        (
            "30 weeks pregnant, was in a car crash, the seatbelt went across my belly and now i have tightening",
            "red_flag:pregnancy_pain_bleeding",
        ),
        ("임신 30주인데 교통사고가 났고 안전벨트에 배가 눌렸어요 지금 배가 뭉쳐요", "red_flag:pregnancy_pain_bleeding"),
        (
            "妊娠30週で交通事故にあいました。シートベルトでお腹を圧迫されて、お腹が張っています",
            "red_flag:pregnancy_pain_bleeding",
        ),
        # After a birth, a swollen leg and breathlessness (a clot in the lungs).
        ("産後10日です。左足だけパンパンに腫れて痛くて、今日になって息苦しいです", "postpartum_leg_breathless"),
        (
            "gave birth 2 weeks ago, my left leg is swollen and painful and now i'm short of breath",
            "postpartum_leg_breathless",
        ),
        ("출산한 지 10일 됐는데 한쪽 다리가 퉁퉁 붓고 숨이 차요", "postpartum_leg_breathless"),
        # A secondary postpartum haemorrhage (a pad an hour, large clots).
        ("gave birth 2 weeks ago and now soaking a pad every hour", "red_flag:heavy_bleeding"),
        ("출산한 지 10일 됐는데 오후부터 한 시간마다 패드가 흠뻑 젖고 어지러워요", "red_flag:heavy_bleeding"),
        ("産後10日目、夕方から1時間でナプキンがびっしょりになります", "red_flag:heavy_bleeding"),
        ("产后第10天，下午开始一个小时就湿透一片卫生巾", "red_flag:heavy_bleeding"),
        # Sixteenth round (ZH_EM): a partner's pregnancy by its weeks alone, a hard painful belly and bleeding.
        ("我老婆32週，個肚好痛，摸落硬晒，下面有血", "red_flag:pregnancy_pain_bleeding"),
        (
            "my wife is 32 weeks, her belly is rock hard and painful and there is bright red bleeding",
            "red_flag:pregnancy_pain_bleeding",
        ),
        ("아내가 32주인데 배가 딱딱하고 아프대요", "red_flag:pregnancy_pain_bleeding"),
        ("妻が32週で、お腹が硬くて痛いそうです", "red_flag:pregnancy_pain_bleeding"),
        # Fewer weeks open a message as a pregnancy with its bleeding; a woman's weeks in the third person.
        ("8 weeks and spotting", "red_flag:pregnancy_pain_bleeding"),
        ("7주인데 피가 비쳐요", "red_flag:pregnancy_pain_bleeding"),
        ("7週で出血があります", "red_flag:pregnancy_pain_bleeding"),
        ("7周了，见红了", "red_flag:pregnancy_pain_bleeding"),
        ("shes 34 weeks and bleeding", "red_flag:pregnancy_pain_bleeding"),
        # Seventeenth round: itchy in late pregnancy, and bleeding from below (beside the skin scratched till it bleeds)
        ("31 weeks pregnant, itchy hands and feet, now bleeding down below", "red_flag:pregnancy_pain_bleeding"),
        ("임신 31주인데 손발이 가렵고 아래로 피가 나요", "red_flag:pregnancy_pain_bleeding"),
        ("妊娠31週で手足がかゆくて、出血もあります", "red_flag:pregnancy_pain_bleeding"),
        ("怀孕31周，手脚很痒，下面出血了", "red_flag:pregnancy_pain_bleeding"),
        # Sixteenth round (JA_EM). Watery or clear fluid that keeps coming, a pad or underwear soaked, no pain:
        # waters broken before term.
        (
            "妊娠31週です。さっきから透明な水がじわじわ出続けていて、下着がびっしょりです。お腹は痛くありません",
            "red_flag:pregnancy_pain_bleeding",
        ),
        (
            "I'm 32 weeks pregnant and clear fluid keeps trickling out, I've soaked my pad twice",
            "red_flag:pregnancy_pain_bleeding",
        ),
        ("임신 32주인데 맑은 물이 계속 흘러서 팬티가 다 젖었어요. 배는 안 아파요", "red_flag:pregnancy_pain_bleeding"),
        ("怀孕32周，下面一直有清水流出来，内裤都湿透了，肚子不痛", "red_flag:pregnancy_pain_bleeding"),
        # eighteenth round (C1): bleeding after a birth not slowing, pads and a towel soaked (heavy_bleeding)
        (
            "my sister gave birth at home about an hour ago, the bleeding isnt slowing down, shes soaked 3 big pads "
            "and a towel",
            "red_flag:heavy_bleeding",
        ),
        ("출산한 지 두 시간 됐는데 피가 줄지 않고 패드 세 개가 다 젖었어요", "red_flag:heavy_bleeding"),
        # eighteenth round (lead): the birth said "had a baby", weeks before a pad soaked every hour
        ("had a baby 2 weeks ago and soaking a pad every hour with bright red blood again", "red_flag:heavy_bleeding"),
        ("出産して1時間 出血が減らなくてナプキン3枚とタオルまで", "red_flag:heavy_bleeding"),
        ("生完一个钟头 血一直没减少 湿透了三片卫生巾", "red_flag:heavy_bleeding"),
        # eighteenth round (C1): a fever after a birth with a near-faint on standing, or shaking with a racing heart
        # (postpartum_sepsis)
        ("剖腹產完第三天 今天發燒到39.5 一直發抖 惡露有很臭的味道 心跳好快 站起來就頭暈", "red_flag:sepsis"),
        ("gave birth 5 days ago, fever 38.6 and shivering, heart racing", "red_flag:sepsis"),
        ("출산 5일째 열이 39도고 일어나면 핑 돌아요", "red_flag:sepsis"),
        ("出産5日目 熱が39度 立ち上がるとふらふらする", "red_flag:sepsis"),
        # eighteenth round (C1): a new mother who believes she is watched or the baby swapped (acute_psychosis)
        (
            "夫です 妻が出産して2週間 今日は誰かに見張られてるとか赤ちゃんが入れ替えられたとか言い出してます",
            "red_flag:acute_psychosis",
        ),
        (
            "wife gave birth 2 weeks ago, hasnt slept in 3 days and now says someone is watching her and the baby was "
            "replaced",
            "red_flag:acute_psychosis",
        ),
        ("아내가 출산한 지 2주인데 사흘째 잠을 못 자고 누가 감시한다고 해요", "red_flag:acute_psychosis"),
        ("老婆生完孩子两周 三天都睡不着 说有人监视她 还说孩子被调换了", "red_flag:acute_psychosis"),
        # Nineteenth round (E19U): movements barely felt, or nothing after a sweet drink lying on the left
        ("怀孕32周，今天一直没怎么感觉到胎动，吃了甜的躺左侧也没动静", "red_flag:reduced_fetal_movements"),
        ("懷孕32週，今日由朝到而家都冇乜感覺到BB郁", "red_flag:reduced_fetal_movements"),
        ("32 weeks pregnant and I've barely felt the baby move since this morning", "red_flag:reduced_fetal_movements"),
        ("임신 32주인데 오늘 아침부터 태동이 거의 안 느껴져요", "red_flag:reduced_fetal_movements"),
        ("妊娠32週、今朝から胎動をあまり感じません", "red_flag:reduced_fetal_movements"),
        # Twentieth round (T20C-O): a pad soaked every hour in pregnancy or after a birth, nothing else said (a period's
        # is seen the same day: test_womens_health)
        ("I'm 8 weeks pregnant and soaking a pad every hour", "red_flag:pregnancy_pain_bleeding"),
        ("had my baby 10 days ago and now soaking a pad every hour", "red_flag:heavy_bleeding"),
        ("妊娠8週で出血があり、1時間でナプキンがびっしょり", "red_flag:pregnancy_pain_bleeding"),
        ("出産して10日目、1時間でナプキンがびっしょり", "red_flag:heavy_bleeding"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_an_emergency(text: str, reason: str) -> None:
    """An emergency the rules make without the learned net, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # Light or brown spotting in early pregnancy without pain: seen the same day; with dizziness or a belly pain it
        # stays an emergency.
        (
            "임신 8주차에요 속옷에 갈색 분비물이 조금 묻어있었어요 배는 안아프고 피가 줄줄 나지도 않아요",
            "urgent",
            "pregnancy_spotting",
        ),
        ("I'm 8 weeks pregnant and have a little brown spotting, no pain", "urgent", "pregnancy_spotting"),
        ("妊娠8週です。少量の茶色っぽい出血がありました。お腹は痛くないです", "urgent", "pregnancy_spotting"),
        ("怀孕8周，内裤上有一点点褐色分泌物，肚子不痛", "urgent", "pregnancy_spotting"),
        ("임신 8주인데 피가 조금 묻어나고 어지러워요", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("8 weeks pregnant, light spotting, dizzy and faint", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("妊娠8週です。茶色っぽい出血があって、めまいがします", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("怀孕8周，有一点点褐色分泌物，头晕", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("임신 8주인데 갈색 분비물이 조금 있고 배가 아파요", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("I'm 8 weeks pregnant and bleeding heavily", "emergency", "red_flag:pregnancy_pain_bleeding"),
        # Waters breaking: an emergency at any week, said as 破水 or described, with "pregnant" or without.
        ("妊娠38週です。さっき破水した", "emergency", "red_flag:pregnancy_pain_bleeding"),
        (
            "妊娠32週です。さっき下から水がバシャッと出て、透明な水が流れてきます",
            "emergency",
            "waters_broken_pregnancy",
        ),
        ("밑에서 물이 왈칵 쏟아졌어요 계속 흘러요", "emergency", "waters_broken_pregnancy"),
        # A pregnant belly growing with a backache: home care by the rules (the learned net, trained on many pregnancy
        # emergencies, raises this short message; noted in docs/nlu.md).
        ("임신 24주인데 배가 나오면서 허리가 아파요", "self_care", "no_warning_signs"),
        # 140/90 or more, no severe feature: the same day, not an ambulance
        (
            "I'm 28 weeks pregnant, my blood pressure was 145/92, it's usually 110/70. I feel fine.",
            "urgent",
            "pregnancy_bp_raised",
        ),
        (
            "임신 28주인데 혈압이 145/92 나왔어요. 평소엔 110대예요. 두통이나 눈 이상은 없어요",
            "urgent",
            "pregnancy_bp_raised",
        ),
        (
            "妊娠28週です。家で血圧測ったら145/92でした（いつもは110台）。頭痛や目がチカチカするのはないです",
            "urgent",
            "pregnancy_bp_raised",
        ),
        ("怀孕28周，血压145/92，平时110左右，没有头痛也没有眼花", "urgent", "pregnancy_bp_raised"),
        # ... with a headache, or in the severe range: an emergency
        ("28 weeks pregnant, BP 145/92, and a headache", "emergency", "pre_eclampsia_bp_signs"),
        ("임신 28주인데 혈압이 145/92이고 숨이 차요", "emergency", "pre_eclampsia_bp_signs"),
        ("妊娠28週で血圧が150/95、頭痛もあります", "emergency", "pre_eclampsia_bp_signs"),
        ("怀孕28周，血压165/100，没什么不舒服", "emergency", "pre_eclampsia_bp_severe"),
        ("28 weeks pregnant, BP 150/112, feel fine", "emergency", "pre_eclampsia_bp_severe_diastolic"),
        # ... and the headache or the flashes said, not denied, keep it one
        ("妊娠28週です。血圧145/92で、頭痛や目がチカチカします", "emergency", "red_flag:pre_eclampsia"),
        # eighteenth round (C1): a fever with shivers alone after a birth stays the same day (postpartum_sepsis needs a
        # sign more)
        ("gave birth 5 days ago, fever 38.6 and shivering", "urgent", "postpartum_fever"),
        # eighteenth round (C1): an operation wound red, puffy or leaking yellow fluid is examined; (G) after a birth
        # the same day (wound_infection_after_birth: NHS caesarean recovery), a wound that only itches is not
        (
            "c-section 8 days ago, one end of my wound is red and puffy and a bit of yellowish stuff leaking out",
            "urgent",
            "wound_infection_after_birth",
        ),
        ("제왕절개 8일째 상처 한쪽이 빨갛고 부었고 노란 진물이 나와요", "urgent", "wound_infection_after_birth"),
        ("帝王切開から8日 傷の端が赤く腫れて黄色い汁が出てる", "urgent", "wound_infection_after_birth"),
        ("剖腹产8天 刀口一头红肿 有黄水渗出来", "urgent", "wound_infection_after_birth"),
        ("剖腹產後兩星期 傷口紅腫 有膿", "urgent", "wound_infection_after_birth"),
        ("c-section 2 weeks ago, the wound looks fine, just a bit itchy", "self_care", "no_warning_signs"),
        # eighteenth round (G): bleeding after a birth that had settled and comes back (postpartum_bleeding_returned):
        # within days after six weeks, the same day before
        (
            "生完八週了 惡露本來已經變少變淡 最近又開始斷斷續續流鮮紅色的血 量不多 沒有發燒 這樣正常嗎",
            "routine",
            "postpartum_bleeding_returned",
        ),
        ("출산한 지 8주인데 오로가 끝났는데 다시 피가 나와요", "routine", "postpartum_bleeding_returned"),
        ("産後8週、悪露が終わったのにまた出血してきました", "routine", "postpartum_bleeding_returned"),
        ("生完两个月 恶露干净了又开始出血", "routine", "postpartum_bleeding_returned"),
        (
            "my lochia had stopped at 8 weeks but the lochia came back this week, not heavy",
            "routine",
            "postpartum_bleeding_returned",
        ),
        ("产后三周 恶露干净了又开始出血", "urgent", "postpartum_bleeding_returned"),
        # Twentieth round (T20D-O): a medicine started in pregnancy is context, no complaint; what it brings is reviewed
        ("임신 20주인데 새로 처방받은 약 먹기 시작하고 나서 메스꺼워요", "routine", "medicine_started_complaint"),
        ("妊娠20週です。新しい薬を飲み始めてから頭痛がします", "routine", "pregnancy"),
        ("I'm 30 weeks pregnant and have more floaters", "urgent", "pregnancy_vision_signs"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level_and_reason(text: str, expected: str, reason: str) -> None:
    """The rules alone (the learned net off) give the level, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == expected and reason in result["reasons"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # One sign of pre-eclampsia alone: the same day
        ("I'm 30 weeks pregnant and I'm seeing flashing lights", "pregnancy_vision_signs"),
        ("임신 30주인데 눈앞이 번쩍거려요", "pregnancy_vision_signs"),
        ("妊娠30週です。目の前がチカチカします", "pregnancy_vision_signs"),
        ("怀孕30周，眼前一闪一闪的", "pregnancy_vision_signs"),
        ("30 weeks pregnant, my face and hands suddenly swelled up today", "pregnancy_face_hands_swelling"),
        ("임신 30주인데 갑자기 얼굴이랑 손이 퉁퉁 부었어요", "pregnancy_face_hands_swelling"),
        ("妊娠30週です。急に顔と手がむくんでパンパンです", "pregnancy_face_hands_swelling"),
        ("怀孕30周，今天脸和手突然肿了", "pregnancy_face_hands_swelling"),
        # Sickness with nothing kept down and little or dark urine: hyperemesis with dehydration
        (
            "10 weeks pregnant, been vomiting nonstop since yesterday, cant even "
            "keep water down and ive only peed once",
            "pregnancy_vomiting_dry",
        ),
        (
            "9 weeks pregnant, throwing up everything since yesterday even water, hardly peeing",
            "pregnancy_vomiting_dry",
        ),
        ("임신 9주인데 어제부터 계속 토해요 물만 마셔도 토하고 소변도 거의 안 나와요", "pregnancy_vomiting_dry"),
        (
            "妊娠9週です。昨日から吐き続けて水も飲めません。おしっこもほとんど出ないし色が濃いです",
            "pregnancy_vomiting_dry",
        ),
        ("怀孕9周，从昨天开始一直吐，喝水都吐，尿很少颜色很深", "pregnancy_vomiting_dry"),
        # A swollen painful calf in pregnancy, a swollen leg after a birth: a clot until seen
        ("I'm 30 weeks pregnant and my left calf is red, swollen and painful", "pregnancy_leg_clot"),
        ("임신 30주인데 왼쪽 종아리가 빨갛게 붓고 아파요", "pregnancy_leg_clot"),
        ("妊娠30週です。左のふくらはぎだけ赤く腫れて痛いです", "pregnancy_leg_clot"),
        ("怀孕30周，左边小腿又红又肿又痛", "pregnancy_leg_clot"),
        ("출산한 지 2주 됐는데 한쪽 종아리가 붓고 아파요", "postpartum_leg_swelling"),
        ("产后两周，右边小腿肿痛发红", "postpartum_leg_swelling"),
        ("産後2週間です。右のふくらはぎが腫れて痛い", "postpartum_leg_swelling"),
        # Eighteenth round (G): one calf swollen, red and painful said in that order (no leg pain read), in pregnancy
        ("I'm 30 weeks pregnant and my left calf is swollen, red and painful", "one_leg_swelling"),
        ("임신 32주인데 왼쪽 종아리가 퉁퉁 붓고 빨갛고 아파요", "one_leg_swelling"),
        ("妊娠30週です。左のふくらはぎが腫れて赤くて痛いです", "one_leg_swelling"),
        ("怀孕30周 左小腿肿了 又红又痛", "one_leg_swelling"),
        ("有孕30週 左邊小腿腫咗 又紅又痛", "one_leg_swelling"),
        # A fever in the six weeks after a birth (womb, breast, wound or urine infection; sepsis can move fast)
        ("I gave birth 5 days ago and now I have a fever of 38.6", "postpartum_temperature"),
        ("had my baby 10 days ago, running a fever and shivery", "postpartum_fever"),
        ("출산한지 일주일 됐는데 열이 38.5도 나요", "postpartum_temperature"),
        ("産後1週間で38.5度の熱があります", "postpartum_temperature"),
        ("产后一周，发烧38.5度", "postpartum_temperature"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_make_it_the_same_day(text: str, reason: str) -> None:
    """The rules alone (the learned net off) ask for a same-day check, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == "urgent" and reason in result["reasons"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nineteenth round (LEFT): iron's dark stool in pregnancy, bleeding only asked about, no pain or dizziness:
        # home care; with them, an emergency.
        (
            "임신 20주인데 빈혈 있다고 철분제 처방받아서 먹은지 3일 됐어요. 오늘 변이 거의 까만색? 진한 초록? 이라 "
            "깜짝 놀랐어요 ㅠ 어디서 피 나는건가요? 배아프거나 어지러운건 없고 컨디션 괜찮아요",
            "self_care",
        ),
        ("妊娠20週、貧血で鉄剤を飲み始めて3日。今日便が真っ黒でびっくり。お腹の痛みやめまいはないです", "self_care"),
        ("임신 20주인데 오늘 변이 까만색이에요 배도 아프고 어지러워요", "emergency"),
        # Pregnancy: a minor crash already checked; swollen legs with breathlessness on the stairs: the same day.
        ("20 weeks pregnant, minor car accident yesterday, checked at hospital and everything was fine", "urgent"),
        ("怀孕20周，昨天出了个小车祸，去医院检查都正常，现在没有不舒服", "urgent"),
        ("妊娠20週、昨日軽い追突事故にあいましたが、病院で異常なしと言われ、今は何ともありません", "urgent"),
        ("36 weeks pregnant, my legs are swollen and i get out of breath on the stairs", "urgent"),
        ("임신 36주인데 다리가 붓고 계단 오르면 숨이 차요", "urgent"),
        # Eighteenth round (G): both legs swollen by the evening late in pregnancy stay within days (one_leg_swelling is
        # one leg only, the same day)
        ("34 weeks pregnant, both my legs are swollen by the evening", "routine"),
        ("임신 34주인데 저녁만 되면 양쪽 다리가 부어요", "routine"),
        ("妊娠35週、夕方になると両足がむくみます", "routine"),
        ("怀孕35周 两条腿晚上都肿", "routine"),
        ("出産して2週間、右足だけパンパンに腫れています", "urgent"),
        # A string-like discharge in pregnancy with nothing else: examined.
        ("怀孕28周，今天早上看到下面有像绳子一样的分泌物，其他没什么", "routine"),
        # Pre-eclampsia up to six weeks after a birth (NICE NG133); months later, or a scar, is not
        ("剖腹产第8天，今天头痛得特别厉害，看东西模糊有闪光，刚才量血压160/110，脚也肿", "emergency"),
        ("產後第10天，頭痛得很厲害，眼前一直閃光，看東西模糊", "emergency"),
        ("産後8日目です。今朝から頭がガンガン痛くて目の前がチカチカします。血圧は164/112でした", "emergency"),
        ("帝王切開して1週間、ひどい頭痛で目がかすみます", "emergency"),
        ("출산한 지 열흘 됐는데 머리가 너무 아프고 눈앞이 번쩍거려요. 혈압이 160에 110 나왔어요", "emergency"),
        ("제왕절개 하고 2주 됐는데 두통이 심하고 눈이 흐릿해요", "emergency"),
        ("had my baby 10 days ago, awful headache and blurry vision, bp 162/108", "emergency"),
        ("after my c-section last week I have a terrible headache and I'm seeing flashing lights", "emergency"),
        ("产后三个月，头痛，看东西模糊", "routine"),
        ("had my baby 4 months ago, headache and blurry vision", "routine"),
        ("剖腹产第8天，伤口有点痒", "self_care"),
        ("帝王切開して10日、傷口が少しかゆいです", "self_care"),
        ("제왕절개 10일째인데 상처가 좀 가려워요", "self_care"),
        ("c-section 10 days ago, scar is a bit itchy", "self_care"),
        ("출산하고 3달 됐는데 머리감을때마다 머리카락이 한웅큼씩 빠져요 다른데는 괜찮아요", "self_care"),
        # A pregnancy said, no week: trusted (a headache with flashing lights is pre-eclampsia's)
        ("I'm pregnant and have a bad headache with flashing lights", "emergency"),
        ("임신 중인데 머리가 너무 아프고 눈앞이 번쩍거려요", "emergency"),
        ("妊娠中です。頭がすごく痛くて目がチカチカします", "emergency"),
        ("我怀孕了，头很痛，眼前一闪一闪的", "emergency"),
        ("我怀孕了，头很痛，眼前冒金星", "emergency"),
        ("seven months pregnant, awful headache and seeing spots", "emergency"),
        ("my wife is pregnant, she has a terrible headache and blurred vision", "emergency"),
        # A doubt is not: a headache with a pregnancy only wondered about is no pre-eclampsia by rule
        ("could I be pregnant? I have a headache", "self_care"),
        # A UTI in pregnancy with a little bloating: examined, not an emergency; a belly that hurts in pregnancy is one.
        ("懷孕12週，今日開始小便好頻又痛，好似燒咁，小腹有少少脹，冇發燒，腰唔痛，冇出血。好驚會唔會流產？", "routine"),
        ("怀孕12周，小腹有点胀，还有点痛", "emergency"),
        # Early pregnancy: sore breasts and passing urine often; burning on passing urine is examined.
        ("懷孕7週，胸部脹痛得很厲害，然後一直跑廁所，尿尿不會痛，這樣正常嗎", "self_care"),
        ("임신 7주인데 가슴이 붓고 아프고 화장실을 자주 가요 소변 볼 때 아프진 않아요", "self_care"),
        ("妊娠7週、胸が張って痛くてトイレが近いです。排尿痛はないです", "self_care"),
        ("7 weeks pregnant and it burns when i pee, going all the time", "routine"),
        ("임신 7주인데 소변 볼 때 따갑고 자주 가요", "routine"),
        ("懷孕7週，尿尿很痛，一直跑廁所", "routine"),
        ("妊娠7週、おしっこの時に痛くてトイレが近い", "routine"),
        # The baby blues: tearful in the first days after a birth, sleeping and caring for the baby, no harmful
        # thoughts; thoughts of harming oneself or the baby are the crisis path, a low mood for weeks is seen.
        ("生完第5天，动不动就想哭，情绪起伏很大，但是也能睡，能照顾宝宝，没有不好的念头", "self_care"),
        (
            "출산한 지 5일 됐는데 자꾸 눈물이 나고 기분이 오락가락해요 그래도 잠은 잘 자고 아기도 잘 돌보고 있고 "
            "나쁜 생각은 안 들어요",
            "self_care",
        ),
        (
            "5 days after giving birth, crying at everything and feeling low, "
            "but sleeping ok and looking after the baby fine, no thoughts of harming myself or the baby",
            "self_care",
        ),
        ("生完第5天，老想哭，有不好的念头，想伤害宝宝", "emergency"),
        ("i keep having thoughts of hurting my baby", "emergency"),
        ("아기를 해칠 것 같은 생각이 들어요", "emergency"),
        ("赤ちゃんを傷つけてしまいそうで怖い", "emergency"),
        ("我有想伤害宝宝的念头", "emergency"),
        (
            "baby is 5 weeks old, still feeling low and teary every day for 4 weeks, sleeping ok and looking after the "
            "baby fine, no thoughts of harming myself",
            "routine",
        ),
        # A negative pregnancy test is no pregnancy; a positive one with pain, or pregnancy said, stays an emergency.
        ("pregnancy test negative, period late and cramping low down", "self_care"),
        ("did a pregnancy test, it was negative. lower belly pain since this morning", "self_care"),
        ("妊娠検査は陰性でした。下腹部が痛いです", "self_care"),
        ("positive pregnancy test and bad cramping low down", "emergency"),
        ("妊娠検査で陽性が出ました。下腹部が痛いです", "emergency"),
        ("妊娠8週です。出血と腹痛があります", "emergency"),
        # Bleeding in pregnancy with the belly's pain denied: the denial covers the belly, the pregnancy and the blood
        # said with it stay said.
        ("임신 30주인데 배아프거나 그런건 없는데 피가 나요", "emergency"),
        ("임신 30주예요 배는 안 아픈데 피가 나요", "emergency"),
        ("임신 28주인데 피가 비쳐요 배는 안아파요", "emergency"),
        ("임신 30주 피가 나 배는 안 아파", "emergency"),
        ("30 weeks pregnant, no belly pain but i'm bleeding", "emergency"),
        ("妊娠30週 血が出てる お腹は痛くない", "emergency"),
        ("怀孕30周了 肚子不痛 就是流血了", "emergency"),
        # A pain low in the belly in early pregnancy, one-sided (an ectopic pregnancy), with or without its alarms
        ("pain low on my right side, 6 weeks pregnant", "emergency"),
        ("6 weeks pregnant, pain low on my right and my shoulder hurts", "emergency"),
        ("임신 6주인데 오른쪽 아랫배가 아파요", "emergency"),
        ("妊娠6週 右下腹が痛い", "emergency"),
        ("怀孕6周 右下腹疼", "emergency"),
        # Sixteenth round (OVER_ZH_JA). A calf cramp in pregnancy and brown spotting whose bleeding is not increasing:
        # no emergency (spotting is seen today), beside a swollen red calf, an unexplained severe pain and bleeding that
        # increases.
        ("妊娠24週です。夜中に足がつって激痛で起きました。すぐ治まって、腫れや赤みはありません", "self_care"),
        (
            "I'm 24 weeks pregnant, woke up with a calf cramp and severe pain, gone after a few minutes, no swelling",
            "self_care",
        ),
        ("妊娠24週、ふくらはぎがつって激痛。ふくらはぎが腫れて赤くなっています", "emergency"),
        ("妊娠24週、夜中に激痛で目が覚めました", "emergency"),
        ("妊娠7週、茶色いおりものが少しありました。お腹は痛くなくて、出血も増えていません", "urgent"),
        ("怀孕7周，擦的时候有一点点褐色分泌物，肚子不疼，出血也没有变多", "urgent"),
        ("임신 7주예요 갈색 분비물이 조금 묻어났어요 배는 안 아프고 피가 늘지는 않아요", "urgent"),
        ("妊娠7週、茶色いおりものが出て、出血が増えてきました", "emergency"),
        # Seventeenth round. Morning sickness with fluids kept down "fine": home care; nothing kept down is seen.
        ("9 weeks pregnant, sick every morning and throw up once a day, keeping fluids down fine", "self_care"),
        ("9 weeks pregnant, throwing up all day and can't keep water down", "urgent"),
        # Seventeenth round. Heartburn late in pregnancy with the check-up said normal: home care; a headache with
        # flashing lights or blurred sight after a normal check-up is still pre-eclampsia's.
        ("妊娠30週、胸やけがひどくて横になるとつらい。健診では血圧も問題なしと言われています", "self_care"),
        ("30 weeks pregnant with bad heartburn at night, blood pressure was normal at my check-up", "self_care"),
        ("임신 30주인데 속쓰림이 심해요. 검진에서 혈압도 정상이래요", "self_care"),
        ("妊娠30週、健診では異常なし。でも頭痛がして目がチカチカする", "emergency"),
        ("30 weeks pregnant, checkup was fine but now a bad headache and blurry vision", "emergency"),
        # Eighteenth round (C2). Heartburn helped by an antacid, night calf cramps with legs not swollen, constipation
        # (weeks said 個禮拜), early pregnancy's sleepiness, sore breasts and frequent weeing, painless tightenings
        # that settle (Braxton Hicks): home care. The raised neighbours: a swollen red calf, painful or regular
        # tightenings, a bleed, tightenings named as contractions.
        ("28 wks pregnant and the heartburn at night is brutal. tums helps a bit. anything else?", "self_care"),
        ("임신 28주인데 밤에 속쓰림이 심해요 제산제 먹으면 좀 나아요", "self_care"),
        ("妊娠28週 夜の胸やけがひどい 胃薬飲むと少し楽になる", "self_care"),
        ("怀孕28周 晚上烧心很厉害 吃了胃药好一点", "self_care"),
        ("22 weeks, woken by calf cramps at night, they go after stretching. legs arent swollen or red", "self_care"),
        ("22 weeks pregnant, my calf hurts and is swollen", "urgent"),
        ("懷孕18個禮拜 呢排好難去大便 三四日先去一次 冇出血", "self_care"),
        ("20 weeks pregnant, hard to poo, only go every 3 days", "self_care"),
        ("임신 20주인데 변 보기 힘들어요", "self_care"),
        ("妊娠20週 便が出づらい", "self_care"),
        ("怀孕8周 天天困得不行 胸胀痛 一会儿就想上厕所 没出血也没肚子疼", "self_care"),
        ("8 weeks pregnant, so sleepy all day, sore boobs and peeing all the time", "self_care"),
        ("임신 8주인데 계속 졸리고 소변을 자주 봐요", "self_care"),
        ("妊娠8週 眠くてたまらない 胸が張って痛い トイレが近い", "self_care"),
        ("妊娠30週 1日に何回かお腹がキューっと張る 痛みはなくて横になってたら治まる 出血もない", "self_care"),
        ("30 weeks, getting painless tightenings a few times a day, they settle when i rest", "self_care"),
        ("임신 30주 배가 뭉쳤다가 풀렸다가 해요 쉬면 괜찮아요", "self_care"),
        ("怀孕30周 偶尔假性宫缩 躺一下就好", "self_care"),
        ("妊娠30週 お腹の張りが10分おきに来て痛い", "emergency"),
        ("30 weeks, braxton hicks i think but now painful and every 5 minutes", "urgent"),
        ("임신 30주 진통 간격이 10분이에요", "urgent"),
        ("怀孕30周 宫缩越来越规律 很痛", "emergency"),
        ("妊娠30週 お腹がキューっと張って痛い 出血もある", "emergency"),
        # Nineteenth round (E19O): a Korean belly pain or bleeding denied after a stem ("배 아픈 건 없어요",
        # "배 아프거나 피나는 건 없어요"); said, it stays an emergency
        ("임신 16주 변비 때문에 너무 힘들어요 ㅠㅠ 3일에 한 번 겨우 보는데 배 아프거나 피나는 건 없어요", "self_care"),
        ("임신 20주인데 분비물이 회색빛이 돌고 비린내가 나요. 배 아픈 건 없어요", "routine"),
        ("임신 16주 변비가 심한데 배가 아프고 피가 나요", "emergency"),
        ("임신 20주인데 배 아픈 건 아니고 피가 나요", "emergency"),
        # Nineteenth round (E19O): a nursing mother's mastitis fever, the baby's age said ("baby is 2 weeks"): the
        # same day; the baby hot or floppy stays an emergency
        ("Breastfeeding, baby is 2 weeks. My left breast is red, hot and hard, I feel shivery, temp 38.3", "urgent"),
        ("Breastfeeding, baby is 2 weeks. My left breast is sore. Baby is hot and floppy, temp 38.3", "emergency"),
        ("모유수유 중이고 아기는 2주예요. 왼쪽 가슴이 빨갛고 딱딱하고 열이 38.3도예요. 아기는 괜찮아요", "urgent"),
        ("모유수유 중이고 아기는 2주예요. 왼쪽 가슴이 빨갛고 딱딱해요. 아기가 열이 38.3도예요", "emergency"),
        ("授乳中で赤ちゃんは生後2週です。左の乳房が赤く硬くなって熱が38.3度あります。赤ちゃんは元気です", "urgent"),
        ("授乳中で赤ちゃんは生後2週です。左の乳房が赤く硬いです。赤ちゃんが熱38.3度でぐったりしてます", "emergency"),
        # Nineteenth round (E19O): the weeks since the birth are no complaint's duration (hair shed, an episiotomy
        # sore on sitting); a headache with flashing lights after the birth, a wound with pus and a fever are not
        ("6 weeks after delivery and my hair is coming out in handfuls, otherwise feeling ok", "self_care"),
        ("출산 후 6주인데 머리카락이 한 움큼씩 빠져요. 다른 데는 괜찮아요", "self_care"),
        ("産後6週間で、シャンプーのたびに髪がごっそり抜けます。ほかは元気です", "self_care"),
        ("产后6周，洗头时头发一把一把地掉，其他都还好", "self_care"),
        ("2 weeks after delivery, a pounding headache and flashing lights in my eyes", "emergency"),
        ("顺产侧切一周了，伤口坐着有点疼，没有红肿流脓，也不发烧，恶露量在慢慢变少", "self_care"),
        ("順產側切一週了，傷口坐著有點痛，沒有紅腫流膿，也不發燒", "self_care"),
        ("会陰切開して1週間、座ると傷が少し痛いです。赤く腫れたり膿が出たりはなく、熱もないです", "self_care"),
        ("顺产侧切一周了，伤口红肿流脓，发烧38.5度", "urgent"),
        # Nineteenth round (E19O): ankles swollen by the evening, gone after a night's sleep, the blood pressure
        # normal (usual in pregnancy); with a bad headache and blurred sight it stays an emergency (pre-eclampsia)
        ("懷孕22週，最近下班腳踝都腫腫的，睡一覺起來就消了。血壓量過正常，沒有頭痛。", "self_care"),
        ("怀孕22周，最近下班脚踝都肿肿的，睡一觉起来就消了。血压量过正常，没有头痛。", "self_care"),
        ("妊娠22週、夕方になると足首がむくむけど、朝には引いてます。血圧は正常で頭痛もないです", "self_care"),
        ("임신 22주인데 저녁이면 발목이 붓고 자고 일어나면 빠져요. 혈압은 정상이고 두통은 없어요", "self_care"),
        ("22 weeks pregnant, my ankles swell by the evening but they're gone by morning, no headache", "self_care"),
        ("怀孕22周，脚踝肿，睡一觉就消了，但是今天头很痛，看东西模糊", "emergency"),
        # Nineteenth round (E19O): a backache worse on standing long, numb legs denied ("足のしびれ…はない": the leg
        # named is no pain site); numb legs said are examined
        ("妊娠20週、最近腰が痛くてつらいです 長く立ってると特に。足のしびれや出血、お腹の張りはないです", "self_care"),
        ("20 weeks pregnant, my lower back aches, worse when standing for a long time. No leg numbness", "self_care"),
        ("妊娠20週、腰が痛くて足もしびれてきました", "routine"),
        # Nineteenth round (E19O): a little more white discharge late in pregnancy, no smell or itch (NHS: usual);
        # a smell, a colour or a watery leak are not, nor more discharge out of pregnancy
        ("妊娠32週、最近おりものが少し増えた気がします。白っぽくて、においやかゆみはないです", "self_care"),
        ("怀孕32周，最近白带好像多了一点，白色的，没有异味也不痒，也不是水样的", "self_care"),
        ("懷孕32週，最近白帶好像多了一點，白色的，沒有異味也不癢，也不是水樣的", "self_care"),
        ("32 weeks pregnant and a bit more discharge lately. It's white, no smell or itching", "self_care"),
        ("32 weeks pregnant, more discharge, no itching but it smells fishy", "routine"),
        ("妊娠32週、おりものが増えて、黄緑色でくさいです", "routine"),
        ("妊娠32週、おりものが増えて、かゆみはないけど水っぽいのがちょろちょろ出てきます", "emergency"),
        ("最近おりものが増えた気がします。白っぽくて、かゆみはないです", "routine"),
        # Nineteenth round (E19O): sleepy from night feeds a month after the birth, the mood said fine; a low mood
        # is seen
        ("産後1ヶ月、夜の授乳で寝不足でとにかく眠いです。気分は落ち込んでなくて、赤ちゃんもかわいい", "self_care"),
        ("출산한 지 한 달인데 밤수유 때문에 너무 졸려요. 기분이 우울하진 않고 아기도 예뻐요", "self_care"),
        ("产后一个月，晚上喂奶睡不够，总是很困。心情没有低落，宝宝也很可爱", "self_care"),
        ("1 month postpartum, night feeds mean I'm sleepy all the time. My mood is fine, not down", "self_care"),
        ("産後1ヶ月、気分が落ち込んで何もできない", "routine"),
        ("生完BB兩個月，成日無啦啦喊，瞓唔著，覺得自己做唔好媽咪", "routine"),
        # Nineteenth round (B16): a late period and two lines on the test in Cantonese (驗孕棒兩條線, 月經遲咗), no
        # pain or bleeding: booked within days to confirm and date the pregnancy
        ("我月經遲咗成個月 今朝驗孕棒兩條線 冇肚痛冇出血 咁我要幾時去睇醫生", "routine"),
        ("我月经推迟了一个月，今天早上验孕棒两条线，没有肚子痛也没有出血", "routine"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary lochia after a birth, lessening.
        "had my baby 10 days ago, still some light red bleeding, less each day, feeling ok",
        "产后第10天，恶露还有一点，颜色变淡了",
        "産後2週間、悪露が少し続いていますが量は減ってきました",
        # Sixteenth round (ZH_EM): a partner at 32 weeks asking about a medicine, no pain or bleeding.
        "my wife is 32 weeks and asking about heartburn tablets",
        "我老婆32周了，想问孕期能不能吃感冒药",
        # Weeks that are how long, or a bleed from the bottom, are no pregnancy (raised above when bleeding).
        "8 weeks of cramping and some spotting between periods",
        "7주째 피가 비쳐요 생리가 안 끝나요",
        "6 weeks and bleeding from my bum",
        # Sixteenth round (JA_EM): the neighbour of waters leaking, a sneeze's leak of urine, stays below emergency.
        # A little wee leaked on a sneeze.
        "妊娠30週です。くしゃみをした時に少し尿がもれました",
        "30 weeks pregnant and I leak a little wee when I sneeze",
        "임신 30주인데 재채기할 때 소변이 찔끔 새요",
        "怀孕30周，打喷嚏漏了一点尿",
        # Seventeenth round: palms and soles itching in late pregnancy, scratched till they bleed (obstetric
        # cholestasis, bloods the same day): the skin's blood is no vaginal bleeding (bleeding said so stays:
        # test_rules_alone_make_an_emergency)
        "I'm 31 weeks pregnant, my palms and soles have been unbearably itchy, no rash, I'm scratching till they bleed",
        "임신 31주인데 손바닥이랑 발바닥이 너무 가려워요. 발진은 없고 피가 날 때까지 긁어요",
        "妊娠31週です。手のひらと足の裏がすごくかゆくて、発疹はないけど血が出るまで掻いてしまいます",
        "怀孕31周，手心脚心痒得受不了，没有疹子，都抓出血了",
        # Nineteenth round (E19U): at term no sign of labour yet, the movements said normal
        "怀孕40周了还没动静，胎动正常，什么时候会生",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # The usual sickness, fluids kept down; a growing belly and a backache; cramps at night, no swelling
        "10 weeks pregnant, morning sickness, being sick a few times a day but keeping water down and peeing normally",
        "妊娠12週です。つわりで朝が特に気持ち悪いけど、少しずつなら食べられてて水分もとれてます。おしっこも普通に出てます",
        "임신 24주인데 배가 나오면서 허리가 아파요",
        "22주 임산부에요 요즘 밤마다 종아리에 쥐가 나서 깨요 낮에는 괜찮고 붓거나 빨갛진 않아요",
        "懷孕20週，最近晚上睡覺小腿常常抽筋，抽完就好了，腿不腫也不紅，寶寶都正常",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_self_care(text: str) -> None:
    """The rules alone (the learned net off) keep the message at home care."""
    assert triage_result(text)["level"] == "self_care"
