"""Triage levels from numbers: temperature, blood pressure, blood sugar, pulse and oxygen saturation.

A pulse of 40 or less, or 130 or more at rest from age 12, is an emergency with a faint, dizziness, chest pain,
breathlessness or a clouded mind and a same-day check alone; a saturation of 92% or less is an emergency, 93-94% with
breathlessness the same day. Low blood sugar (or sweating or shaking on insulin) with a clouded mind or unable to
swallow is severe hypoglycaemia, a hypo put right with sugar is not; vomiting with deep fast breathing in diabetes, or a
meter reading HI with vomiting or hard to wake, is ketoacidosis. Raised blood pressure without symptoms, a raised sugar
or a test result said to be high are examined within weeks; a treated diabetic's usual readings and a hypo treated and
rechecked are home care.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Low blood sugar with a clouded mind or unable to swallow: severe hypoglycaemia.
        ({"symptoms": ("drowsiness",), "glucose": 38}, "emergency", "hypoglycaemia_severe"),
        ({"symptoms": ("difficulty_swallowing",), "glucose": 45}, "emergency", "hypoglycaemia_severe"),
        ({"symptoms": ("low_blood_sugar", "confusion")}, "emergency", "hypoglycaemia_severe_named"),
        ({"symptoms": ("tremor",), "glucose": 52}, "urgent", "glucose_low"),  # shaky but awake: today
        # Diabetes, vomiting and deep fast breathing: ketoacidosis.
        ({"symptoms": ("vomiting", "rapid_breathing"), "condition": "diabetes"}, "emergency", "diabetic_ketoacidosis"),
        ({"symptoms": ("vomiting", "drowsiness"), "condition": "diabetes"}, "emergency", "diabetic_ketoacidosis"),
        # Raised blood pressure without symptoms: a visit within weeks.
        ({"blood_pressure": {"systolic": 152, "diastolic": 88}}, "routine", "blood_pressure_raised"),
        ({"blood_pressure": {"systolic": 136, "diastolic": 94}}, "routine", "blood_pressure_raised_diastolic"),
        # HbA1c in the diabetic range (read as its glucose): examined.
        ({"glucose": 157}, "routine", "glucose_raised"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    ("text", "kwargs", "expected", "reason"),
    [
        # Severe hypoglycaemia: unable to swallow the sugar.
        ("...", {"symptoms": ("difficulty_swallowing",), "glucose": 40}, "emergency", "hypoglycaemia_severe"),
        # A raised blood sugar: examined.
        ("...", {"glucose": 140}, "routine", "glucose_raised"),
    ],
)
def test_parse_with_its_text_is_raised_to(text: str, kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse with its text (some rules read the text) gets its level and rule."""
    got, reasons = level(text, **kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("vomiting", "rapid_breathing")},  # no diabetes
        {"symptoms": ("drowsiness",), "glucose": 95},
    ],
)
def test_parse_stays_below_emergency(kwargs: dict) -> None:
    """The rules stay narrow: a hand-built parse short of the emergency's criteria."""
    assert level(**kwargs)[0] != "emergency"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"blood_pressure": {"systolic": 132, "diastolic": 84}},
        {"glucose": 109},  # HbA1c 5.6%
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A test result said as high or raised (no symptom), four languages.
        ("검진에서 간 수치가 높게 나왔대요. 아픈 데는 없어요", "routine"),
        ("健康診断で肝臓の数値が高いと言われました。症状はないです", "routine"),
        ("体检转氨酶偏高，没什么症状", "routine"),
        ("my blood test came back high for liver enzymes, i feel fine", "routine"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A slow pulse of 52 in a marathon runner who feels well.
        "my pulse is 52, I run marathons and feel great",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Diabetes, a cold sweat and a clouded mind (a low sugar).
        ("糖尿病の夫が冷や汗をかいてわけのわからないことを言い、ちゃんと起きません", "diabetes_sweating_confused"),
        ("有糖尿病的老公一身冷汗，说胡话，叫不太醒", "diabetes_sweating_confused"),
        # On insulin, sweating or shaking with a clouded mind or unable to swallow: a severe hypo (one put right with
        # sugar, talking normally, stays below emergency).
        ("엄마 인슐린 맞는데 식은땀 범벅이고 횡설수설하세요 주스도 못 삼키세요", "red_flag:severe_hypoglycaemia"),
        ("インスリンの父が汗だくで受け答えがおかしい。ジュースも飲み込めない", "red_flag:severe_hypoglycaemia"),
        ("我妈打胰岛素，现在一直冒冷汗，说话乱七八糟，糖水喝不下去", "red_flag:severe_hypoglycaemia"),
        ("mum's on insulin, shes clammy and confused and cant swallow the juice", "red_flag:severe_hypoglycaemia"),
        # A diabetic's meter reading HI with vomiting, or hard to wake: ketoacidosis
        ("1형 당뇨인데 혈당기에 HI 뜨고 계속 토해요", "red_flag:diabetic_ketoacidosis"),
        ("我爸有糖尿病，血糖仪显示HI，人很难叫醒", "red_flag:diabetic_ketoacidosis"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_an_emergency(text: str, reason: str) -> None:
    """An emergency the rules make without the learned net, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nineteenth round (LEFT): a hypo on insulin put right, the meter's recheck normal: home care; still low, the
        # same day.
        (
            "my dad is 74 and on insulin. he got shaky and sweaty before lunch, meter said 3.2. gave him juice then"
            " a sandwich, rechecked 20 min later and its 7.1, he's back to himself",
            "self_care",
        ),
        (
            "아버지 74세 인슐린 맞으세요. 점심 전에 식은땀 나고 손이 떨려서 혈당 재보니 55였어요. 주스 드시고 20분 "
            "뒤 다시 재니 120이고 지금은 괜찮으세요",
            "self_care",
        ),
        (
            "父74歳、インスリン使ってます。昼前に冷や汗と手の震えがあって血糖を測ったら55。ジュースを飲ませて20分後"
            "に再測定で130、今は普通です",
            "self_care",
        ),
        ("我爸74岁打胰岛素，午饭前出冷汗手抖，血糖3.2，喝了果汁吃了面包，20分钟后复测7.1，现在没事了", "self_care"),
        (
            "my dad is 74 and on insulin. he got shaky and sweaty before lunch, meter said 3.2. gave him juice, rec"
            "hecked 20 min later and its still 3.0",
            "urgent",
        ),
        # Pulse: slow or fast with an adverse feature -> emergency; alone -> urgent
        ("pulse 38 and dizzy", "emergency"),
        ("맥박이 40이에요 어지러워요", "emergency"),
        ("脈が35しかなくて、ふらふらします", "emergency"),
        ("心率35，头晕", "emergency"),
        ("heart rate 150 at rest and feel faint", "emergency"),
        ("心跳一直150，胸口闷", "emergency"),
        ("heart rate 150 at rest", "urgent"),
        ("脈が150あってドキドキする", "urgent"),
        ("맥박이 36이에요", "urgent"),
        # Oxygen saturation
        ("sats 88 and breathless", "emergency"),
        ("SpO2 92", "emergency"),
        ("酸素飽和度が90です", "emergency"),
        ("血氧只有92", "emergency"),
        ("sats 94 and a bit breathless", "urgent"),
        # Nineteenth round (M): the device named alone, in every language; a normal reading stays below
        ("my oximeter showed 86", "emergency"),
        ("옥시미터로 재니까 86 나와요", "emergency"),
        ("パルスオキシメーターで測ったら86でした", "emergency"),
        ("血含氧量得86", "emergency"),
        ("my oximeter showed 97 with a cold", "self_care"),
        # Nineteenth round (M): a decade said of a reading is no age ("재보면 60대": a sugar in the 60s, not 65 years)
        ("남편 78세 당뇨약 먹는데 새벽에 식은땀 나요 혈당 재보면 60대 나오고 사탕 먹으면 괜찮아져요", "urgent"),
        # Blood sugar
        ("sugar 2.8 feeling shaky", "urgent"),
        ("blood sugar 25 and very thirsty", "urgent"),
        ("空腹血糖7.2，要紧吗", "routine"),  # no diabetes known: 126 (7.0 mmol/L) is diabetes to confirm
        ("I have type 2 diabetes on metformin, my sugar was 15 this morning, I feel fine", "routine"),  # 270
        ("2형 당뇨인데 아침 혈당이 260 나왔어요 컨디션은 괜찮아요", "routine"),
        ("임신 28주인데 임신성 당뇨가 있고 공복혈당이 130이에요", "routine"),  # pregnancy: 126 stays the threshold
        ("on insulin, sugar was 2.8, had juice, rechecked 15 min later still 3.0", "urgent"),  # not recovering
        # Thirst said plainly stays examined.
        ("I've been really thirsty and drinking a lot of water", "routine"),
        # Seventeenth round. Thirst, passing urine often and weight lost unasked: a new diabetes, the same day; in a
        # child thirst and frequent urination are enough. An adult's thirst and frequent urination alone stay routine.
        ("요즘 물을 하루 종일 마시고 화장실도 엄청 자주 가. 두 달 만에 6키로나 빠졌는데 다이어트도 안 했어", "urgent"),
        ("I've been drinking water all day and peeing all the time, lost 6 kg in two months without trying", "urgent"),
        ("最近喉がすごく渇いて水ばかり飲んでて、トイレも近い。ダイエットしてないのに2ヶ月で6キロ痩せた", "urgent"),
        ("最近一直口渴，喝很多水，尿也多，两个月没减肥瘦了6公斤", "urgent"),
        ("孩子7岁，最近一直喝水，尿也多", "urgent"),
        ("요즘 갈증이 나고 소변을 자주 봐요. 50대예요", "routine"),
        # Seventeenth round. Feeling the heat with a racing heart, shaking hands or weight lost: the thyroid, in days.
        ("最近三個月沒減肥卻瘦了6公斤，心跳常常很快、手會抖、很怕熱，是壓力大嗎？", "routine"),
        ("I can't stand the heat any more, my hands shake and my heart races", "routine"),
        # Seventeenth round. A check-up's total cholesterol of 7.5 mmol/L (290 mg/dL) or an LDL of 4.9 (190 mg/dL) or
        # more: familial hypercholesterolaemia to consider, within weeks.
        ("单位体检报告出来了，总胆固醇7.6，低密度5.2，我才42岁，要吃药吗？", "routine"),
        ("My cholesterol came back at 7.6 with LDL 5.2, do I need tablets?", "routine"),
        ("건강검진에서 총콜레스테롤 290 나왔어요", "routine"),
        ("健康診断でLDLコレステロールが200でした", "routine"),
        # Seventeenth round. Kidney function said to have fallen (an eGFR down, a creatinine up): a visit within days to
        # review it and the medicines dosed by it (metformin, NSAIDs).
        ("my eGFR has gone down to 29 and I take metformin, should I stop it?", "routine"),
        ("신장 기능이 떨어졌다고 하는데 당뇨약을 계속 먹어도 되나요?", "routine"),
        ("腎機能が低下していると言われました。痛み止めは飲んでも大丈夫？", "routine"),
        ("我妈肾功能下降了，降糖药还要吃吗？", "routine"),
        ("醫生話我腎功能差咗，啲藥使唔使改？", "routine"),
        # Eighteenth round (B): sweating and shaking in someone treated for diabetes, put right by sugar: hypos for the
        # treatment to be reviewed soon, whatever the meter said
        (
            "남편 78 당뇨약 먹는데 요즘 새벽에 식은땀나고 손 떨려서 깨는 일이 일주일에 두세번 있어요 사탕 먹으면 금방 "
            "괜찮아져요",
            "urgent",
        ),
        (
            "夫78 糖尿病の薬を飲んでいて 最近明け方に冷や汗と手の震えで目が覚めることが週に2、3回 飴をなめるとすぐ治る",
            "urgent",
        ),
        ("老公78 吃降糖药 最近半夜出冷汗手抖醒过来 一个礼拜两三次 吃颗糖就好了", "urgent"),
        ("on gliclazide, woke up sweating and trembling, felt better after biscuits", "urgent"),
        # Eighteenth round (L1): a check-up report that says to see a doctor (要受診, 진료 요망, 建议就医, flagged for
        # follow-up) is seen within days though nothing is felt; a friend's advice or a normal result is not it.
        (
            "会社の健診でLDLコレステロールが185って出て要受診って書かれてました。"
            "特に症状はないんですけど、行かないとダメ？",
            "routine",
        ),
        (
            "회사 건강검진에서 LDL 콜레스테롤이 185 나왔고 결과지에 진료 요망이라고 써 있어요. "
            "증상은 없는데 꼭 가야 하나요?",
            "routine",
        ),
        ("公司体检LDL胆固醇185，报告上写着建议就医，我没什么症状，一定要去吗？", "routine"),
        (
            "My work health check showed LDL cholesterol 185 and the report says to see a doctor. "
            "I feel fine, do I really need to go?",
            "routine",
        ),
        ("My annual check-up flagged my cholesterol for follow-up, no symptoms", "routine"),
        ("我感冒三天了，朋友建议就医，要去吗？", "self_care"),
        ("健診は全部異常なしでした。特に症状もないです", "self_care"),
        ("the results were fine, no need to see a doctor", "self_care"),
        # Eighteenth round (D2): blood results said with their number, a GP's review within days: a TSH of 10 or more,
        # an HbA1c of 6.0% (42 mmol/mol) or more, a uric acid of 420 µmol/L with a gout attack or 540 alone, a
        # ferritin under 15, a haemoglobin under 110 g/L; a normal number stays home care.
        ("피검사 갑상선 수치 TSH 12 라고 나왔어요 요즘 피곤해요", "routine"),
        ("blood test says my TSH is 14, what does that mean", "routine"),
        ("血液検査でTSHが11と言われました", "routine"),
        ("验血促甲状腺激素12，正常吗", "routine"),
        ("my TSH came back 2.1, all normal", "self_care"),
        # Eighteenth round (the lead): a potassium from 6.5 or under 2.5 is an emergency, 6.0 or under 3.0 the same
        # day, a normal one nothing
        ("the lab called about my dad's blood test, they said potassium is 7.1, he feels ok", "emergency"),
        ("칼륨 수치가 6.8 나왔대요", "emergency"),
        ("血液検査でカリウム2.3って言われた", "emergency"),
        ("化验说血钾7.0", "emergency"),
        ("醫生話我鉀得2.4", "emergency"),
        ("blood test showed potassium 6.1", "urgent"),
        ("potassium 4.2, all normal", "self_care"),
        ("taking potassium 600 mg tablets for my cramps", "self_care"),
        ("got my bloodwork back and the portal says a1c 6.1 flagged high, i feel totally normal", "routine"),
        ("건강검진 당화혈색소 6.2 나왔어요 괜찮은가요", "routine"),
        ("健診でHbA1cが6.1でした", "routine"),
        ("体检糖化血红蛋白6.2%", "routine"),
        ("my hba1c was 44 mmol/mol at the health check", "routine"),
        ("my a1c was 5.3, all good", "self_care"),
        ("体检报告出来尿酸520 去年脚大拇指那里疼过一次 后来自己好了", "routine"),
        ("健診で尿酸値が9.2でした 症状はないです", "routine"),
        ("요산 수치 8.0인데 작년에 엄지발가락이 아팠어요", "routine"),
        ("uric acid 7.5 mg/dl, had gout in my big toe last year", "routine"),
        ("体检尿酸300 正常吗", "self_care"),
        ("got bloodwork cause im exhausted, ferritin came back 6 and hemoglobin 104", "routine"),
        ("피검사에서 페리틴 5 나왔어요", "routine"),
        ("血液検査でヘモグロビンが9.8でした", "routine"),
        ("验血血红蛋白95", "routine"),
        ("ferritin 85 and hemoglobin 135, all fine", "self_care"),
        # Eighteenth round (D2): an LDL said as 坏胆固醇 (bad cholesterol); a total cholesterol of 6.5 or an LDL of
        # 4.1 with a parent, brother or sister's heart attack or stent (possible familial hypercholesterolaemia)
        ("健檢抽血壞膽固醇LDL 192 總膽固醇也紅字 我才40歲", "routine"),
        ("my bad cholesterol is 5.1", "routine"),
        ("work health check, total cholesterol 7.4, the lady said see my gp. dad had a heart attack at 55", "routine"),
        ("总胆固醇6.9 我爸爸五十岁就心梗了", "routine"),
        ("total cholesterol 7.4 at my health check, no symptoms", "self_care"),
        # Eighteenth round (D2): occult blood in a check-up's stool test (a positive FIT): a colonoscopy to arrange,
        # routine
        ("会社の健康診断で便潜血が陽性って結果が来た。痔持ちだからそのせいだと思う", "routine"),
        ("건강검진 분변 잠혈 양성 나왔어요", "routine"),
        ("体检大便隐血阳性 要做肠镜吗", "routine"),
        ("my bowel screening came back positive", "routine"),
        # Nineteenth round (C19): a fasting sugar of 7.8 at a check-up, the mother diabetic (the family's, not the
        # patient's): seen; a sugar of 8.5 an hour after a milk tea is normal after food
        ("单位体检空腹血糖7.8，医生说让复查。我没什么不舒服，就是有点担心，家里我妈有糖尿病", "routine"),
        ("건강검진에서 공복혈당 140 나왔어요. 가족력으로 당뇨가 있어요", "routine"),
        ("fasting glucose 7.2 at a work check, family history of diabetes", "routine"),
        ("我没有糖尿病，就是好奇拿我爸的血糖仪测了一下，喝完奶茶一小时8.5，这个正常吗？", "self_care"),
        ("식후 2시간 혈당이 250 나왔어요", "routine"),
        # Nineteenth round (C19): one hypo treated as taught and put right: home care; hypos that keep coming are
        # reviewed
        (
            "on insulin, had a hypo at 3.6 before lunch, felt shaky, had a glucose drink and a biscuit and 20 min "
            "later it's 6.4 and I feel normal again",
            "self_care",
        ),
        ("인슐린 맞는데 점심 전에 저혈당 와서 손 떨렸는데 주스 마시고 20분 지나니 괜찮아졌어요", "self_care"),
        ("インスリン使ってて昼前に低血糖で手が震えたけど、ブドウ糖飲んで20分で元に戻った", "self_care"),
        ("打胰岛素的，中午前低血糖手抖，喝了果汁20分钟就没事了", "self_care"),
        ("I keep having hypos, every time I have juice and feel normal again", "urgent"),
        ("on insulin, hypo, shaky and sweaty", "urgent"),
        # Twentieth round (T20E): 180/120 or more with a sign of organ damage (sight, chest pain, breathlessness, a
        # clouded mind) is a hypertensive emergency; the number alone, or with a headache alone, the same day
        ("bp machine says 212/128 and ive got a pounding headache and my vision's gone blurry", "emergency"),
        ("bp 200/110, headache and chest pain", "emergency"),
        ("血圧測ったら218/132 頭ガンガンして目がかすむ", "emergency"),
        ("혈압 200/110인데 두통이랑 가슴 통증이 있어요", "emergency"),
        ("血压量了210/130 头痛得厉害 眼睛看东西模糊", "emergency"),
        ("量血壓200/120 頭好痛 睇嘢矇矇哋", "emergency"),
        ("bp 210/120 no symptoms at all, feel fine", "urgent"),
        ("bp 190/100 with a headache", "urgent"),
        ("血圧が190/120、頭痛も目のかすみもありません", "urgent"),
        ("혈압 190/120인데 머리가 아파요", "urgent"),
        ("血压190/120 没有头痛 也没有视力模糊", "urgent"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A diabetic sweating in the heat, talking clearly: no low sugar.
        "糖尿病の夫が暑くて汗をかいています。話はしっかりしています",
        "有糖尿病，天热出了很多汗，精神很好",
        # A hypo on insulin put right with sugar, talking normally
        "인슐린 맞는데 식은땀 나고 손이 떨려서 사탕 먹고 10분 뒤에 괜찮아졌어요",
        "my dad is on insulin, got shaky and sweaty before lunch, had juice and a sandwich and is chatting away now",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "type 2 on metformin. sugars 7-9. feeling fine",  # a treated diabetes' usual readings
        "I'm diabetic, blood sugar 180 after dinner, feel fine",
        "당뇨 있어요 혈당 150 나왔어요",
        "糖尿病で血糖値は160でした、元気です",
        "我有糖尿病，血糖8.5，没什么不舒服",
        # A treated hypo, rechecked and back to normal
        "type 1 diabetic, sugar was 3.2 so I ate some sweets and rechecked it's 7.1 now, feel fine",
        "인슐린 맞는데 혈당이 50이라서 사탕 먹고 다시 재니 110 나왔어요",
        "インスリン使ってて血糖値が60で、ジュースを飲んで再測定したら120でした",
        "我打胰岛素，血糖只有3.1，喝了糖水又测了一下6.8，现在没事",
        # A normal pulse, a child's pulse, a pulse while running, a normal saturation
        "my 3 year old's heart rate is 140 and she has a cold",
        "my heart rate hit 170 on my run, is that ok?",
        "sats 97 with a cold",
        "blood sugar meds for 3 days and I feel fine",
        # Seventeenth round: a cholesterol under the familial range, HDL, feeling the heat alone
        "体检总胆固醇5.6，低密度3.4，要吃药吗？",
        "健康診断でLDLが150でした",
        "HDL cholesterol 1.3, total cholesterol 5.1",
        "my cholesterol was 5.4 on my last check, any diet tips?",
        "我比较怕热，夏天老出汗，正常吗？",
        "더위를 많이 타는 편이에요",
        # Seventeenth round: a kidney function said to be normal or not fallen
        "my kidney function was normal at my last check, can I take ibuprofen?",
        "肾功能正常，没有下降，能吃布洛芬吗？",
        "My eGFR is not low, it's stable at 70",
        # Eighteenth round (B): a diabetic sweating in the heat, nothing else, is no hypo
        "당뇨 있는데 더워서 땀이 많이 나요",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_self_care(text: str) -> None:
    """The rules alone (the learned net off) keep the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.usefixtures("no_net")
def test_a_saturation_red_flag_no_longer_fires_on_a_normal_reading() -> None:
    """ "血氧只有96" is normal; 92 and 88 stay emergencies (above)."""
    assert triage_result("血氧只有96，有点咳嗽")["level"] != "emergency"
