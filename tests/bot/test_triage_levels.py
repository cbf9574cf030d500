"""Triage levels the rules give when no red flag fires: each lowering next to a case that must still be raised.

Seventh round: triage levels the rules give when no red flag fires (concepts from the train5 and blind4
development vignettes; see docs/nlu.md "Seventh round").

Under-triage: concepts nlu did not code or the rules did not weigh (dizzy on standing on a blood-pressure medicine,
red urine, a fall on the hand, a child who will not bear weight, something pushed into a nose or ear, weight gained,
a red swollen joint with no injury, bleeding on an anticoagulant, a knee that gives way, a limp with no injury).
Over-triage: complaints whose default or a generic rule put reassuring stories above self-care (a red eye that does
not hurt, a stye's sore lid, heartburn felt in the chest, a limp after a sprain, a goose egg after a bump, a fever
with a cold at 18 months, a small burn blister, an attack in a diagnosed panic disorder). Each lowering comes with a
case next to it that must still be raised.

Eighth round: triage levels the rules give when no red flag fires (concepts from the blind round 5 development
vignettes; see docs/nlu.md "Eighth round").

Under-triage: concepts nlu did not code (something flying into the eye, redness spreading past a line drawn round it).
Over-triage: "burning" said of a pain read as a burn injury (an emergency rule on the trunk), a body part named only
to deny a problem there, a past procedure's date read as the complaint's duration, a "fever" measured under 38 °C
with a chronic illness or for three days, a fever the day of a vaccination at 18 months, a chest pain that pressing
brings back after a strain in a young person, exam nerves, neck and shoulder muscle tension read as meningism's stiff
neck, a stye's lump, constipation while travelling, a fracture only feared when the Ottawa findings are reassuring.
Each lowering comes with a case next to it that must still be raised.

Ninth round: triage levels for the blind round 6 development vignettes (see docs/nlu.md "Ninth round").

Emergencies: a chest pain that came on suddenly with breathlessness (a collapsed lung, a clot), and hot water spilled
onto a toddler's trunk ("打翻熱水壺，熱水淋到", "뜨거운 물을 쏟", "ポットを倒して熱湯をかぶ", "pulled the kettle over").
Under-triage: prostate symptoms said apart (a weak stream, up at night to pass urine), a wrist tender where pressed
after a fall on the hand (scaphoid), a flat mood with no enjoyment, a stray animal's bite or scratch (rabies: the
same day), impetigo's yellow crusts. Over-triage: a sore pimple on the chin read as a jaw pain (toothache intake).
Each lowering comes with a case next to it that must still be raised.

Tenth round: triage levels for the blind round 7 development vignettes (see docs/nlu.md "Tenth round").

Emergencies by rule: a fever with rebound tenderness (peritonism), a fever or shivering on chemotherapy (neutropenic
sepsis). Under-triage: a fragment flying into the eye however it is said, redness outlined with a pen and grown, a
mole whose change is said a few words after it, pain on a deep breath after a knock to the ribs. Over-triage: a baby
fussy after a vaccination (crying that nothing settles, or under three months, stays raised), constipation said as
not getting to the toilet, mosquito bites' itchy lumps, a stubbed little toe walked on as usual and its usual shape.
"""

from __future__ import annotations

import pytest
from bot_parses import parse

from bot import engine
from bot.cli import triage_result


def level(text: str = "...", **kwargs) -> tuple[str, tuple[str, ...]]:
    decision, _ = engine.assess(parse(text, **kwargs))
    return decision.level, decision.reasons


WALL = ("chest_pain", "tender_to_press", "chest_wall_pain")
SUDDEN = "chest_pain_sudden_breathless"


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Seventh round.
        # Dizzy on standing: on a blood-pressure medicine, with treated hypertension, or when older.
        ({"symptoms": ("orthostatic_dizziness",), "medication": "amlodipine"}, "routine", "orthostatic_bp_medicine"),
        ({"symptoms": ("orthostatic_dizziness",), "condition": "hypertension"}, "routine", "orthostatic_hypertension"),
        ({"symptoms": ("orthostatic_dizziness",), "age": 75}, "routine", "older_adult"),
        # Something pushed into a nose or an ear: out the same day.
        ({"symptoms": ("foreign_body_nose",), "age": 5}, "urgent", "serious_symptom"),
        ({"symptoms": ("foreign_body_ear",)}, "urgent", "serious_symptom"),
        # A limp with no injury; a knee giving way; a red swollen joint, no injury; a swollen wrist after a fall.
        ({"symptoms": ("limp",), "age": 4}, "routine", "limp_unexplained"),
        ({"symptoms": ("knee_instability", "swelling")}, "routine", "needs_exam"),
        ({"symptoms": ("toe_pain", "swelling")}, "routine", "joint_swollen_no_injury"),
        ({"symptoms": ("joint_swelling",)}, "routine", "joint_swollen_no_injury_named"),
        ({"symptoms": ("fall", "swelling"), "body_part": "wrist"}, "routine", "wrist_swollen_after_fall"),
        # Bleeding or bruising on an anticoagulant (ATC B01A).
        ({"symptoms": ("gum_bleeding",), "medication": "warfarin"}, "urgent", "anticoagulant_bleeding"),
        # Eleventh round: a bruise has its own rule (not when said not to be growing).
        ({"symptoms": ("bruise",), "medication": "warfarin"}, "urgent", "anticoagulant_bruise"),
        # A first panic attack is examined; a chest pain or breathlessness keeps its own intake (urgent).
        ({"symptoms": ("panic_attack",)}, "routine", "panic_not_diagnosed"),
        ({"symptoms": ("panic_disorder", "panic_attack", "chest_pain")}, "urgent", "needs_exam"),
        ({"symptoms": ("panic_attack", "shortness_of_breath")}, "urgent", "needs_exam"),
        # A lump with nothing to explain it; a swelling on a baby's head after a knock.
        ({"symptoms": ("lump",)}, "routine", "lump_unexplained"),
        ({"symptoms": ("head_injury", "lump"), "age": 0.6}, "urgent", "baby_head_swelling"),
        # A red eye: in a newborn today; with pain, light hurting or blurred sight the eye intake.
        ({"symptoms": ("red_eye",), "age": 0.02}, "urgent", "newborn_eye"),
        ({"symptoms": ("red_eye", "eye_pain")}, "routine", "needs_exam"),
        ({"symptoms": ("red_eye", "photophobia")}, "routine", "needs_exam"),
        ({"symptoms": ("stye", "blurred_vision")}, "routine", "needs_exam"),
        # A fever under two with no cold to explain it.
        ({"symptoms": ("fever",), "age": 1.5, "temperature": 38.4}, "routine", "fever_under_two"),
        ({"symptoms": ("fever", "runny_nose"), "age": 1.5, "duration": 96.0}, "routine", "fever_days"),
        # A small burn blister: on the face still seen; on the trunk or a small child's limb still an emergency.
        ({"symptoms": ("burn", "small_blister"), "body_part": "face"}, "routine", "burn_small_blister_site"),
        ({"symptoms": ("burn", "small_blister"), "body_part": "chest"}, "emergency", "burn_trunk"),
        ({"symptoms": ("burn", "small_blister"), "age": 2, "body_part": "arm"}, "emergency", "burn_child_large"),
        ({"symptoms": ("burn", "blister"), "body_part": "hand"}, "routine", "burn_blisters"),
        # Heartburn named with a chest pain of its own stays a chest pain.
        ({"symptoms": ("heartburn", "chest_pain")}, "urgent", "needs_exam"),
        # Eighth round.
        # A chest pain that pressing brings back: urgent unless young, after a strain, breathlessness denied, no
        # warning sign.
        ({"symptoms": (*WALL, "overexertion"), "negated": ("shortness_of_breath",)}, "urgent", "chest_wall_age"),
        ({"symptoms": (*WALL, "overexertion"), "negated": ("shortness_of_breath",), "age": 55}, "urgent",
         "chest_wall_age"),
        ({"symptoms": WALL, "negated": ("shortness_of_breath",), "age": 24}, "urgent", "chest_wall_no_strain"),
        ({"symptoms": (*WALL, "overexertion"), "age": 24}, "urgent", "chest_wall_breathing"),
        # A sweat with it answers the intake's radiating-pain question, as in the chest pain intake: an emergency.
        ({"symptoms": (*WALL, "overexertion", "sweating"), "negated": ("shortness_of_breath",), "age": 24}, "emergency",
         "red_flag:chest_pain_cardiac"),
        ({"symptoms": (*WALL, "overexertion", "nausea"), "negated": ("shortness_of_breath",), "age": 24}, "urgent",
         "chest_wall_warning"),
        ({"symptoms": (*WALL, "overexertion", "shortness_of_breath"), "age": 24}, "urgent", "chest_wall_warning"),
        # A fever after a vaccination: under one still today; after three days still examined.
        ({"symptoms": ("fever", "vaccination"), "age": 0.7, "temperature": 38.5}, "urgent", "fever_young_child"),
        ({"symptoms": ("fever", "vaccination"), "age": 1.5, "duration": 96.0}, "routine", "fever_days"),
        ({"symptoms": ("fever",), "age": 1.5, "temperature": 38.2}, "routine", "fever_under_two"),
        # A measured fever with a chronic illness or for three days; a cough with one.
        ({"symptoms": ("fever", "common_cold"), "condition": "heart_disease", "temperature": 38.4}, "routine",
         "fever_chronic"),
        ({"symptoms": ("fever",), "duration": 72.0, "temperature": 38.3}, "routine", "fever_days"),
        ({"symptoms": ("fever",), "duration": 72.0}, "routine", "fever_days"),  # "a fever for 3 days", not measured
        ({"symptoms": ("cough",), "condition": "heart_disease"}, "routine", "cough_chronic"),
        # A lump with nothing to explain it; a stye with blurred sight.
        ({"symptoms": ("lump",)}, "routine", "lump_unexplained"),
        ({"symptoms": ("stye", "lump", "blurred_vision")}, "routine", "needs_exam"),
        # Constipation for two weeks, or with a belly pain that does not settle.
        ({"symptoms": ("constipation",), "duration": 400.0}, "routine", "constipation_weeks"),
        ({"symptoms": ("constipation", "abdominal_pain"), "duration": 72.0}, "routine", "pain_not_settling"),
        # Neck stiffness said as muscle tension, with a fever and a headache: today all the same.
        ({"symptoms": ("fever", "headache", "neck_pain")}, "urgent", "fever_headache_neck"),
        # Anxiety without a stressor named, or with low mood: the mood intake.
        ({"symptoms": ("anxiety",)}, "routine", "needs_exam"),
        ({"symptoms": ("stress", "anxiety", "depressed_mood")}, "routine", "needs_exam"),
        # A fracture said or feared: today, unless the bone is not tender and walking is as usual (Ottawa).
        ({"symptoms": ("fracture",)}, "urgent", "fracture_suspected"),
        ({"symptoms": ("sprain", "fracture", "walks_normally")}, "urgent", "fracture_suspected"),
        ({"symptoms": ("sprain", "fracture", "bone_not_tender")}, "urgent", "fracture_suspected_walking"),
        # Spreading redness, something in the eye: seen.
        ({"symptoms": ("cellulitis",)}, "routine", "needs_exam"),
        ({"symptoms": ("foreign_body_eye",)}, "routine", "needs_exam"),
        # Ninth round.
        # A sudden chest pain with breathlessness: an emergency; a stray animal's bite or scratch: today; impetigo,
        # a wrist tender where pressed after a fall: examined.
        ({"symptoms": ("chest_pain", "shortness_of_breath"), "onset": "sudden"}, "emergency", SUDDEN),
        ({"symptoms": ("painful_breathing", "shortness_of_breath"), "onset": "sudden"}, "emergency", SUDDEN),
        # ... not when it came on slowly, or with a cold's chest: today (the chest_pain intake), not an ambulance.
        ({"symptoms": ("chest_pain", "shortness_of_breath")}, "urgent", "needs_exam"),
        ({"symptoms": ("chest_pain", "shortness_of_breath", "common_cold"), "onset": "sudden"}, "urgent", "needs_exam"),
        # A pet's bite stays routine; a wrist hurt in a fall with neither swelling nor tenderness is not X-rayed here.
        ({"symptoms": ("animal_bite",)}, "routine", "needs_exam"),
        ({"symptoms": ("animal_bite", "rabies_exposure")}, "urgent", "rabies_exposure"),
        ({"symptoms": ("impetigo", "blister")}, "routine", "needs_exam"),
        ({"symptoms": ("fall", "wrist_pain", "tender_to_press")}, "routine", "wrist_after_fall"),
        # Tenth round.
        # A fever or shivering on chemotherapy: neutropenic sepsis; a fever with rebound tenderness: peritonism.
        ({"symptoms": ("chemotherapy", "fever")}, "emergency", "red_flag:sepsis"),
        ({"symptoms": ("chemotherapy", "chills")}, "emergency", "red_flag:sepsis"),
        ({"symptoms": ("abdominal_pain", "rebound_tenderness", "fever")}, "emergency", "peritonism_fever"),
        # ... rebound tenderness without a fever is still today's belly pain, not an ambulance.
        ({"symptoms": ("lower_abdominal_pain", "rebound_tenderness")}, "urgent", "rebound_tenderness"),
        # A vaccination explains fussiness, never crying that nothing settles, nor any crying under three months.
        ({"symptoms": ("vaccination", "inconsolable_crying"), "age": 0.5}, "urgent", "crying_inconsolable"),
        ({"symptoms": ("vaccination", "excessive_crying"), "age": 0.15}, "urgent", "crying_young_infant"),
        ({"symptoms": ("vaccination", "excessive_crying", "fever"), "age": 0.5, "temperature": 38.4}, "urgent",
         "fever_young_child"),
        ({"symptoms": ("excessive_crying",), "age": 0.5}, "urgent", "needs_exam"),  # no vaccination: the baby intake
        # A stubbed toe: lowered only with walking as usual and the usual shape.
        ({"symptoms": ("stubbed_toe", "fracture", "walks_normally")}, "urgent", "fracture_suspected"),
        ({"symptoms": ("stubbed_toe", "fracture", "no_deformity")}, "urgent", "fracture_suspected"),
        ({"symptoms": ("fracture", "walks_normally", "no_deformity")}, "urgent", "fracture_suspected"),  # not a toe
    ],
)
def test_rules_raise_to(kwargs: dict, expected: str, reason: str) -> None:
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        # Seventh round.
        {"symptoms": ("orthostatic_dizziness",), "age": 25},  # a young adult's head rush
        {"symptoms": ("limp", "sprain", "swelling")},  # limping on a sprain is bearing weight (Ottawa)
        {"symptoms": ("sprain", "swelling", "ankle_pain")},  # a swollen sprain is no hot joint
        {"symptoms": ("panic_disorder", "panic_attack", "shortness_of_breath", "palpitations", "tingling")},
        {"symptoms": ("stye", "eye_pain", "swelling")},  # the stye's own soreness
        {"symptoms": ("red_eye", "eye_discharge")},  # conjunctivitis, no pain, sight as usual
        {"symptoms": ("fever", "runny_nose"), "age": 1.5, "temperature": 38.4},  # a cold at 18 months, hours old
        {"symptoms": ("burn", "small_blister"), "body_part": "finger"},
        {"symptoms": ("head_injury", "lump"), "age": 2},  # a goose egg on a toddler
        {"symptoms": ("gum_bleeding",)},  # no anticoagulant
        {"symptoms": ("heartburn",), "body_part": "chest"},
        # Eighth round.
        {"symptoms": (*WALL, "overexertion"), "negated": ("shortness_of_breath",), "age": 24},  # a pulled chest muscle
        {"symptoms": ("fever", "vaccination"), "age": 1.5, "temperature": 38.2},  # the day of the jabs, 18 months
        {"symptoms": ("fever", "common_cold"), "condition": "heart_disease", "temperature": 37.5, "duration": 72.0},
        {"symptoms": ("stye", "lump")},
        {"symptoms": ("constipation",), "duration": 168.0},
        {"symptoms": ("stress", "anxiety")},  # exam nerves
        {"symptoms": ("headache", "neck_pain", "shoulder_pain")},  # a tension headache with stiff shoulders
        {"symptoms": ("sprain", "swelling", "fracture", "walks_normally", "bone_not_tender")},  # "what if it's broken"
        # Ninth round.
        {"symptoms": ("rabies_exposure",)},  # a stray cat fed, nothing bitten or scratched
        {"symptoms": ("wrist_pain", "tender_to_press")},  # a wrist sore to press with no fall
        {"symptoms": ("acne", "swelling"), "body_part": "jaw"},  # a pimple on the chin
        # Tenth round.
        {"symptoms": ("vaccination", "excessive_crying"), "age": 0.5, "temperature": 37.8},  # fussy after jabs
        {"symptoms": ("stubbed_toe", "fracture", "walks_normally", "no_deformity", "swelling")},
        {"symptoms": ("insect_bite", "itching", "lump")},  # mosquito bites' itchy lumps
        {"symptoms": ("constipation",), "duration": 168.0},  # a week, no pain
        {"symptoms": ("chemotherapy",)},  # a question about chemotherapy, no fever
    ],
)
def test_reassuring_facts_stay_self_care(kwargs: dict) -> None:
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Seventh round.
        ("这两天小便颜色发红，不痛", "urgent"),  # painless red urine
        ("祖母(84)が玄関でつまずいて手をついて、手首が腫れています", "routine"),  # a fall on the hand, older
        ("sprained my ankle yesterday and couldnt put any weight on it", "routine"),  # Ottawa: could not bear weight
        ("3歳の娘が左足をつきたがらず、抱っこばかりせがみます", "urgent"),  # will not bear weight, no injury
        ("세 살 딸이 콩을 콧구멍에 넣었는데 안 빠져요", "urgent"),  # a bean up the nose
        ("먹는 양은 그대로인데 두 달 사이에 5킬로 쪘어요", "routine"),  # weight gained
        ("换了新的降压药以后，一起身就头晕", "routine"),  # dizzy on standing, blood-pressure medicine
        ("胸口疼，还反酸", "urgent"),  # a chest pain said as such, with heartburn
        ("my eye has been bothering me, there is pain when I blink", "routine"),  # a pain word with the eye
        ("burnt my finger on the oven, big blister", "routine"),
        ("burning painful rash with little blisters in a band on one side of my back", "routine"),  # shingles
        ("ここ2か月ずっと不安で眠れない", "routine"),  # anxiety for months is still seen
        ("下腹が3日前から痛いです", "routine"),  # a belly pain not settling, no period
        ("生理が来ない、下腹が2日前から痛い", "routine"),  # a missed period is no period
        ("my blood test came back abnormal and the letter says I need further tests", "routine"),  # a result to review
        ("会社の健診で要再検査と書かれていました", "routine"),
        ("腿上伤口红肿，摸着烫，还流脓", "routine"),  # an infected wound hot to the touch: cellulitis
        ("海边晒了一天，腿上伤口红肿，摸着烫", "routine"),  # a wound keeps it an infection, sun or not
        # Eighth round.
        # "burning" with a heat source named is still a burn: blisters on the chest are an emergency.
        ("spilled boiling water down my chest, it's burning and there are blisters", "emergency"),
        # A burning pain with a band of blisters is shingles, examined, not a burn.
        ("I'm 73, burning pain round my ribs and now a band of little blisters on that side", "routine"),
        # Something flying into an eye; redness spreading past a pen line.
        ("grinding metal and something flew into my eye, it's gritty and watering", "routine"),
        ("下午打磨铁件，感觉有东西飞进右眼了，一直流眼泪", "routine"),
        ("눈에 쇳가루가 튀어 들어간 것 같아요", "routine"),
        ("red patch round a scrape on my leg, hot and sore, and it has gone past the line I drew", "routine"),
        ("擦り傷のまわりが赤く腫れて、ペンで囲んだ線を越えて広がってきた", "urgent"),  # spreading: today
        # Chest pain on pressing: not young, or no strain named, or breathing not cleared, stays today.
        ("I'm 58, moved a sofa yesterday and my chest hurts when I press on it", "urgent"),
        ("胸口按着疼，也不知道为什么，30岁，没有气短", "urgent"),
        ("22歳、引っ越しで重い荷物を運んで胸を押すと痛い", "urgent"),
        # A body part said with its own pain is still one, whatever follows.
        ("胸口疼得不行", "urgent"),
        # A fever at 9 months after the jabs; a fever with a headache and tense neck and shoulders.
        ("my 9 month old had her jabs this morning and now has a temperature of 38.4", "urgent"),
        ("熱が38.5度あって頭痛がひどく、首と肩もガチガチです", "urgent"),
        # A fracture feared with the bone tender where pressed.
        ("足首をひねって、骨折したかも。歩けるけど骨を押すと痛い", "urgent"),
        ("twisted my ankle and I think it's broken, the bone is really sore to press and I can't walk on it", "urgent"),
        # A cough that started weeks ago is timed even when a condition is named in the same sentence.
        ("I have asthma and a cough that started 3 weeks ago", "routine"),
        # Ninth round.
        # Prostate symptoms said apart from their names (the stream, then weak; up in the night).
        ("60세인데 소변 줄기가 예전보다 많이 약해지고 밤에 두세 번 깨서 화장실 가요", "routine"),
        ("62岁男的，最近尿线越来越细，晚上起夜三四次", "routine"),
        # A wrist tender where pressed after a fall on the hand: a scaphoid fracture to X-ray.
        ("빙판에서 넘어지면서 손을 짚었는데 손목 엄지 쪽을 누르면 아파요. 붓지는 않았어요", "routine"),
        ("fell on my outstretched hand skating, wrist hurts by the thumb, tender when I press there", "routine"),
        ("自転車で転んで手をついてから、手首の親指側を押すと痛い。腫れはあまりない", "routine"),
        # A flat mood with nothing enjoyed any more.
        ("since the new job I've just been feeling flat, not enjoying football anymore, sleeping badly", "routine"),
        ("好きだった釣りも最近は楽しめなくて、夜もよく眠れません", "routine"),
        # A stray or wild animal's bite or scratch, or the rabies vaccine asked about after one: today.
        ("길고양이 밥 주다가 손등을 긁혔어요. 피가 조금 났어요. 광견병 주사 맞아야 하나요?", "urgent"),
        ("被流浪猫抓了一下，胳膊上一道红印子，没怎么出血，要打狂犬疫苗吗", "urgent"),
        ("タイ旅行中に犬に噛まれました。狂犬病が心配です", "urgent"),
        # Impetigo: yellow crusts spreading.
        ("아이 코 밑에 진물 나는 물집이 생기고 노란 딱지가 앉았어요. 점점 퍼져요", "routine"),
        ("孩子嘴边长了几个小水泡，破了以后结黄痂", "routine"),
        ("my 5 year old has crusty yellow sores round his nose that are spreading", "routine"),
        # Tenth round.
        # A fragment flying into the eye while grinding or cutting metal: examined, however it is said.
        ("그라인더로 쇠를 갈다가 왼쪽 눈에 뭐가 튄 것 같아요. 까끌거려요", "routine"),
        ("切钢管的时候有东西崩进右眼了，磨得慌", "routine"),
        ("サンダーで削っていたら右目に何か飛び込んだ感じがします", "routine"),
        ("something flicked into my right eye while I was grinding, scratchy", "routine"),
        # Redness outlined with a pen that has grown: spreading cellulitis.
        ("red patch on my leg from a graze, I drew a line around it last night and it's bigger today", "routine"),
        ("腿上擦伤的地方发红，昨天用笔画了个圈，今天更大了", "routine"),
        ("すねの傷のまわりが赤くて、ペンで囲んでおいたら今朝は大きくなっていた", "routine"),
        ("다리 긁힌 데가 빨개서 펜으로 테두리를 그려 놨는데 더 커졌어요", "routine"),
        # A changing mole, the change said a few words after the mole.
        ("I have a mole on my back my wife says has got darker and bigger this year", "routine"),
        ("背上有一颗痣，最近好像变大了", "routine"),
        ("등에 있는 점의 가장자리가 번져 보여요", "routine"),
        # A knock to the side, then pain on a deep breath or a cough: a rib to examine today.
        ("転んで脇腹を打ってから、深呼吸や咳をすると肋骨のあたりが痛い", "urgent"),
        ("骑车摔了一跤，现在深呼吸或咳嗽的时候肋骨那里疼", "urgent"),
        ("넘어져서 옆구리를 부딪혔는데 숨을 크게 쉬면 갈비뼈 쪽이 아파요", "urgent"),
        ("fell against the table edge, now it hurts when I take a deep breath or cough", "urgent"),
        # Crying that nothing settles after a vaccination: today.
        ("5개월 아기가 예방접종 맞고 세 시간째 울음을 안 그쳐요", "urgent"),
        ("宝宝4个月，打完疫苗哭了三个小时，怎么哄都哭个不停", "urgent"),
        ("生後4か月、予防接種のあと3時間泣き止みません", "urgent"),
        ("my 4 month old had his jabs and has been crying nonstop for hours, can't settle him", "urgent"),
        # A stubbed toe that cannot be walked on stays today's fracture question.
        ("足の小指をぶつけて、骨折かも。歩けないです", "urgent"),
        # Eleventh round: a nursing mother's own mastitis fever: the baby's age is not the patient's; the baby's
        # fever stays an emergency. Twelfth round: mastitis with a fever is seen today (breast_infection_fever; NHS:
        # an urgent GP appointment with a high temperature or shivers), still no emergency.
        ("生後2ヶ月の子に授乳中です。右のおっぱいの一部が赤く腫れて痛いです。熱が38.2℃あって寒気もします", "urgent"),
        ("생후 2개월 아기 모유수유 중인데 오른쪽 유방이 빨갛게 붓고 아파요. 열이 38.3도 있어요", "urgent"),
        ("生後2ヶ月の子が38.2℃の熱があります", "emergency"),
        # Eleventh round: a body part whose pain is denied (腰也不疼，肚子也不疼) is no pain site in pregnancy.
        ("怀孕22周，尿的时候有点烧着疼。腰也不疼，肚子也不疼", "routine"),
        ("怀孕22周，尿的时候有点烧着疼，肚子也疼", "emergency"),
        # Eleventh round: a joint that gives way or locks after a twist: a clinician within days.
        ("twisted my knee at footy, heard a pop, it swelled and now it feels like it's going to give way", "routine"),
        ("hurt my knee skiing and now it keeps locking", "routine"),
        ("축구하다 무릎이 돌아갔는데 무릎이 잠기는 느낌이 있어요", "routine"),
        ("膝をひねってから、時々引っかかって伸びません", "routine"),
        ("膝蓋扭到，腫很快，有時候膝蓋會卡住", "routine"),
        # Eleventh round: sudden new floaters or flashes: an eye examination the same day; a curtain stays an emergency.
        ("今天早上左眼突然多了很多黑点在飘，偶尔闪一下光", "urgent"),
        ("急に左目に黒い点がたくさん飛んで見えて、時々光がピカッと見えます", "urgent"),
        ("suddenly new floaters and flashes, and now a dark curtain coming over part of my vision", "emergency"),
        # Eleventh round: one side of the face weak, forehead too, limbs and speech normal (Bell's palsy): today.
        # With a weak arm, or suddenly at 70, it stays a stroke.
        ("朝起きたら右の顔が動かしにくくて、右目も閉じにくいし、おでこのシワも右だけ寄せられない", "urgent"),
        ("the right side of my face won't move since I woke up, I can't close my right eye. Arms are fine", "urgent"),
        ("아침에 일어나니 오른쪽 얼굴이 잘 안 움직이고 오른쪽 눈이 안 감겨요. 팔다리는 괜찮아요", "urgent"),
        ("早上起来右边脸动不了，右眼闭不上，右边额头皱不起来。手脚都正常", "urgent"),
        ("右の顔が動かしにくくて、右腕に力が入りにくい", "emergency"),
        ("the right side of my face won't move and my arm feels weak", "emergency"),
        ("75歳の父が急に右の顔が動かしにくくなりました", "emergency"),
        # Eleventh round: a coin swallowed by a young child: an X-ray today (no poison); a teenager who is well: home.
        ("2歳の息子が10円玉を飲み込んだ", "urgent"),
        ("2살 아들이 동전을 삼켰어요", "urgent"),
        ("两岁的儿子吞了一枚硬币", "urgent"),
        ("my 3 year old swallowed a coin", "urgent"),
        ("I swallowed a coin and now it hurts to swallow and I keep retching", "urgent"),
        # Eleventh round: "could it be broken?" and "can barely walk" after a fall or a twist are coded.
        ("fell off the kerb, hurt my ankle, could it be broken? I can barely walk", "urgent"),
        ("rolled my ankle, can barely walk on it", "routine"),
        # Eleventh round: "without goggles" denies the goggles, not the eye complaint after it.
        ("I was cutting metal without goggles and something flew into my eye", "routine"),
        ("牙疼得厉害，被马路牙子绊倒过也没关系", "routine"),
        # Eleventh round: see-a-doctor concepts of training batches 9a/9b (helper F), each in the ways patients say it.
        # Spinning vertigo that keeps coming back for days: within days (since this morning it stays home care).
        ("3일 전부터 고개 돌릴 때마다 세상이 빙글빙글 돌아요", "routine"),
        ("the room spins every time I roll over in bed, it's been 4 days", "routine"),
        ("三天了，一躺下翻身就天旋地转", "routine"),
        ("寝返りをうつと天井がぐるぐる回る、3日前から", "routine"),
        # Hearing gone suddenly in one ear: the same day.
        ("woke up today and suddenly can't hear out of my left ear", "urgent"),
        ("今天早上突然左耳听不见了", "urgent"),
        # A toddler's arm pulled, then not used (pulled elbow): the same day.
        ("두 살 아들 손 잡고 당겼는데 왼팔을 아예 안 써요", "urgent"),
        ("my 2 year old won't use her left arm after I swung her by her arms", "urgent"),
        ("3歳の娘の手を引っ張ったら泣いて腕をだらんとさせて使おうとしない", "urgent"),
        ("女儿3岁，拉了一下胳膊就哭，现在胳膊耷拉着不肯动", "urgent"),
        # A bad tooth with the cheek swelling: a dental abscess, the same day.
        ("어금니가 욱신거리더니 오늘 잇몸이 붓고 볼까지 부었어요", "urgent"),
        ("toothache for 3 days and now my cheek is swollen", "urgent"),
        ("奥歯がずっと痛くて、今日は頬まで腫れてきました", "urgent"),
        ("牙疼了三天，今天半边脸肿了", "urgent"),
        # Shingles: a band of blisters on one side, said with its colour.
        ("burning pain on my left side then a band of red blisters appeared", "routine"),
        ("右の脇腹がピリピリ痛くて片側だけ水ぶくれが出てきた", "routine"),
        ("왼쪽 옆구리가 화끈거리더니 한쪽에만 물집이 띠처럼 생겼어요", "routine"),
        ("腰一边痛了两天，现在长了一条红色水泡", "routine"),
        # A hot swollen big toe joint "on fire" with no injury (gout).
        ("woke up with my big toe joint on fire, red and swollen, no injury", "routine"),
        # Pain at the base of the thumb after a fall on the hand (scaphoid).
        ("fell onto my hand, pain at the base of my thumb", "routine"),
        ("넘어지면서 손을 짚었는데 엄지손가락 쪽 손목이 아파요", "routine"),
        ("転んで手をついてから手首の親指側が痛い", "routine"),
        ("打球摔倒手撑地，手腕大拇指那边按着痛", "routine"),
        # A fish bone stuck in the throat: removed the same day.
        ("昨日アジの骨が喉に刺さったみたいで、飲み込むとチクッと痛い", "urgent"),
        ("생선 가시가 목에 걸린 것 같아요 삼킬 때 따끔해요", "urgent"),
        # A nappy rash not better after days of cream; since yesterday it stays home care (test_text_stays_self_care).
        ("18개월 딸 기저귀 발진이 5일째인데 연고 발라도 점점 빨개져요", "routine"),
        ("nappy rash for 5 days, cream isn't helping, red spots spreading", "routine"),
        ("おむつかぶれが4日たっても治らない", "routine"),
        # Urine pink or reddish in an older person, even without pain.
        ("I'm 72 and my pee has been pinkish red twice this week, doesn't hurt", "urgent"),
        ("70歳です。おしっこが赤っぽいです", "urgent"),
        ("我70岁，尿有点红", "urgent"),
        ("70세예요. 소변이 분홍색이에요", "urgent"),
        # Mouth ulcers or a sore throat on methotrexate: a blood count today.
        ("on methotrexate for RA, got a bunch of mouth ulcers and my throat is sore", "urgent"),
        ("메토트렉세이트 먹는데 입안이 헐고 목이 아파요", "urgent"),
        ("メトトレキサートを飲んでいて口内炎がたくさんできて喉が痛い", "urgent"),
        ("吃甲氨蝶呤，最近口腔溃疡很多，喉咙痛", "urgent"),
        # A toddler who cries when passing urine, with a fever: a urine test today.
        ("儿子2岁，这两天尿尿的时候会哭，低烧38度左右", "urgent"),
        ("our toddler cries every time she pees and has a fever of 38.5", "urgent"),
        ("2살 아이가 쉬할 때마다 울어요 열이 38.3도", "urgent"),
        ("2歳の息子がおしっこの時に泣きます。熱38.4度", "urgent"),
        # Chickenpox met on steroid tablets or in pregnancy: today.
        ("6歳の息子がステロイドを飲んでいます。昨日遊んだ友達が水ぼうそうでした", "urgent"),
        ("my son is on steroid tablets and was in contact with chickenpox at nursery", "urgent"),
        ("儿子在吃泼尼松，幼儿园同学得了水痘", "urgent"),
        # A missed dialysis session alone: dialysis today (with weakness it is an emergency, below).
        ("my dad has missed his dialysis, he feels fine otherwise", "urgent"),
        # Eleventh round (helper B): close cases of the lowered concepts that must stay raised.
        # A sore throat alone past a week; with a blocked nose past the cold's ten days.
        ("scratchy throat for 8 days, no runny nose, no fever", "routine"),
        ("sore throat and stuffy nose for 12 days now", "routine"),
        # Knee pain for weeks, arthritis only wondered about or the pain dated: seen.
        ("膝盖疼了三周了，是不是关节炎", "routine"),
        ("무릎이 2주째 아파요 관절염인가요", "routine"),
        ("変形性膝関節症で膝が3週間前から痛い", "routine"),
        # A low mood kept up with, past two weeks; or self-harm not denied.
        ("I've been feeling down for three weeks, sleeping and eating fine. No thoughts of hurting myself.", "routine"),
        ("这一周心情特别差，老想哭，吃饭睡觉还算正常", "routine"),
        ("3週間ずっと落ち込んでます。夜は眠れてるし、ご飯も食べてます。死にたいとかは思ってないです", "routine"),
        ("3주째 우울해요. 그래도 잠도 잘 자고 밥도 잘 먹어요. 죽고 싶은 생각은 없어요", "routine"),
        # A first panic attack, the heart never checked.
        ("I'm 24, had a panic attack, heart pounding, felt like I couldn't breathe. It settled after 15 mins, "
         "first time ever.", "urgent"),
        # A course that is getting worse; a belly pain worse on walking (aggravated) still today.
        ("my shoulder stiffness is getting worse every day", "routine"),
        ("어깨가 뭉쳐서 뻐근한데 점점 심해져요", "routine"),
        ("my belly pain gets worse when I walk", "urgent"),
        # An eye that hurts; a chest wall pain over forty.
        ("眼睛很痛，沒有紅", "routine"),
        ("lifted weights yesterday, my chest hurts when I press on it, 45, healthy, not short of breath", "urgent"),
        # A back pain for a year: the year is how long it has lasted.
        ("허리가 1년째 아파요", "routine"),
        ("腰が1年前から痛い", "routine"),
        # Eleventh round: a fever word naming a measured normal reading after chemotherapy is no fever (no neutropenic
        # sepsis); 38 °C or more, or shivering, still is.
        ("항암 끝난 지 2주 됐어요. 입 안이 헐어서 밥을 거의 못 먹어요. 열은 36.9도예요", "routine"),
        ("항암 끝난 지 2주 됐어요. 입 안이 헐어서 밥을 거의 못 먹어요. 열이 38.2도예요", "emergency"),
        ("항암 끝난 지 2주 됐어요. 열은 36.9도인데 오한이 나요", "emergency"),
        ("抗がん剤治療の2週間後です。口内炎が痛いです。熱は36.8度です", "routine"),
        ("抗がん剤治療の2週間後です。口内炎が痛いです。熱は38.3度です", "emergency"),
        ("化疗结束两周，发烧38.5度", "emergency"),
        # Eleventh round: a fish bone stuck, breathing and talking, is a foreign body (urgent), not choking.
        ("a fish bone stuck in my throat", "urgent"),
        ("吃鱼的时候鱼刺卡在喉咙里了", "urgent"),
        ("생선 가시가 목에 걸렸어요", "urgent"),
        ("魚の骨が喉に刺さった", "urgent"),
        ("fish bone stuck in my throat and I can't breathe", "emergency"),
        ("鱼刺卡住了，喘不上气", "emergency"),
        ("떡이 목에 걸렸어요", "emergency"),
        # Eleventh round: a blood thinner taken still makes a bruise urgent (its denial is below, self-care).
        ("I'm on warfarin, banged my shin and have a bruise", "urgent"),
        ("足をぶつけてあざができました。血液サラサラの薬を飲んでます", "urgent"),
        # Eleventh round: weeks of a little blood in the stool are seen (urgent), dizziness makes it an emergency.
        ("52세인데 2주 전부터 변에 피가 섞여 나오고 어지럽진 않아요", "urgent"),
        ("52세인데 2주 전부터 변에 피가 섞여 나오고 어지러워요", "emergency"),
        # Eleventh round: self-harm a parent tells of (cutting herself, 用刀片划) is coded: never self-care.
        ("女儿手臂上有几道用刀片划的伤口", "emergency"),
        ("my daughter has been cutting herself", "emergency"),
        # Eleventh round (helper H): close cases of the lowered concepts that stay raised. Vomiting in pregnancy without
        # fluids kept down, or unable to keep water down, or with bleeding.
        ("8 weeks pregnant and throwing up every morning", "routine"),
        ("妊娠8週です。毎朝吐きます", "routine"),
        ("12 weeks pregnant, vomiting all day and can't keep water down", "urgent"),
        ("怀孕10周，一直吐，水也喝不下", "urgent"),
        ("임신 10주인데 토해요. 물은 마실 수 있어요. 피가 비쳐요", "emergency"),
        # A bruise on warfarin that grows, or with blood in the urine; a lump with no cause; a faint after standing.
        ("im on warfarin, banged my shin, the bruise is getting bigger", "urgent"),
        ("on warfarin, the bruise is not getting bigger but there's blood in my urine", "urgent"),
        ("a hard lump came up on my forearm", "routine"),
        ("站起来眼前一黑就昏倒了", "emergency"),
        ("站起來會眼前一黑，右眼看不見了", "urgent"),
        # Benign patterns past their own limits: heartburn for weeks without antacid relief or from 55, an eyelid
        # twitch past two weeks, athlete's foot past four; a postpartum complaint's own time still counts.
        ("heartburn most days for 4 weeks", "routine"),
        ("heartburn for 4 weeks, gaviscon helps, I'm 60", "routine"),
        ("胃灼热四个星期了，吃胃药也不好", "routine"),
        ("眼皮一直跳，已经三个礼拜了", "routine"),
        ("my eyelid has been twitching for 3 weeks", "routine"),
        ("athlete's foot for 5 weeks", "routine"),
        ("발가락 사이가 가렵고 껍질이 벗겨져요 5주 됐어요", "routine"),
        ("had my baby 6 weeks ago and have had a headache for 2 weeks", "routine"),
        ("출산한 지 3주 됐는데 매일 이유 없이 눈물 나고 잠도 못 자요", "routine"),
        ("寶寶出生兩週半，臉跟眼白還是黃黃的", "urgent"),
        # Gums that bleed and a tooth that hurts; a witnessed apnoea; scoliosis; constipation a remedy did not shift.
        ("最近刷牙的時候牙齦會流血，牙齒也會痛", "routine"),
        ("夫のいびきがすごくて、寝てる間に息が止まってる時があります", "routine"),
        ("女儿13岁，一边肩膀高一边低，弯腰的时候背一边鼓起来", "routine"),
        ("my 13 year old's shoulders are uneven and there's a rib hump when she bends over", "routine"),
        ("13살 딸이 어깨 높이가 달라요", "routine"),
        ("13歳の娘の肩の高さが左右で違います", "routine"),
        ("3歳の娘、1週間うんちが出ていません。綿棒浣腸しても出ません", "routine"),
        ("my 3 year old hasn't pooped in a week, the suppository didn't work", "routine"),
        ("세 살 아이가 일주일째 변을 못 봐요. 관장해도 안 나와요", "routine"),
        ("孩子三岁，一周没大便，用了开塞露也拉不出来", "routine"),
        # Waters breaking are an emergency at any week, however they are said (the red-flag words 破水, 양수가 터 too).
        ("39 weeks pregnant and my waters just broke, clear fluid, no contractions yet", "emergency"),
        ("임신 39주인데 아까 밑에서 물이 왈칵 쏟아졌어요. 배는 아직 안 아파요", "emergency"),
        # Twelfth round (helper R): one leg's sciatica, or tired legs with back pain, is no cauda equina.
        ("back pain going down my right leg, numb in the right foot", "routine"),
        ("허리가 아프고 오른쪽 다리가 저려요", "routine"),
        ("腰が痛くて右足がしびれます", "routine"),
        ("腰疼，右腿发麻", "routine"),
        # Twelfth round: gout said with the big toe's joint as the site, its swelling read on its own (ko, ja, zh, en).
        ("엄지발가락 관절이 빨갛게 붓고 이불만 닿아도 아파요. 열은 없어요", "routine"),
        ("足の親指の付け根が赤く腫れて、布団が当たるだけで痛いです", "routine"),
        ("大脚趾根部红肿，被子碰到都疼", "routine"),
        ("the base of my big toe is red and swollen this morning", "routine"),
        # Twelfth round: a test result said as high or raised (no symptom), four languages.
        ("검진에서 간 수치가 높게 나왔대요. 아픈 데는 없어요", "routine"),
        ("健康診断で肝臓の数値が高いと言われました。症状はないです", "routine"),
        ("体检转氨酶偏高，没什么症状", "routine"),
        ("my blood test came back high for liver enzymes, i feel fine", "routine"),
        # Twelfth round: redness spreading around a wound days later (cellulitis); with a fever it stays urgent.
        ("cut my hand 2 days ago and now there's a hot red patch around it", "routine"),
        ("긁힌 상처 주변이 빨갛게 퍼지고 있어요", "urgent"),
        ("擦り傷のまわりが赤く広がってきました", "urgent"),
        ("伤口周围红了一片，发烧38.5度", "urgent"),
        # Twelfth round: new rectal bleeding said as blood on the paper (seen today, as blood in the stool is).
        ("55岁，这几天大便后卫生纸上有血，不痛", "urgent"),
        ("58, blood on the paper when i wipe for a week", "urgent"),
        ("60살인데 며칠째 닦을 때 피가 묻어나요", "urgent"),
        ("排便後に拭いた紙に血がつきます。55歳です", "urgent"),
        # Twelfth round: the close cases of the lowered ones below, still raised: a red eye that hurts with blurred
        # sight or on warfarin, a twitch for three weeks, vomiting with water not kept down in pregnancy, breast pain
        # with a red swollen breast, a fever or a lump, mastitis named, a chest pain said plainly.
        ("the white of my eye is bright red and it hurts a lot and my vision is blurry", "routine"),
        ("the white of my eye went bright red this morning, i take warfarin", "routine"),
        ("3주째 눈꺼풀이 계속 떨려요", "routine"),
        ("妊娠10週です。吐いてばかりで水も飲めません", "urgent"),
        ("모유수유 중인데 가슴이 빨갛게 붓고 열이 38.5도예요", "urgent"),
        ("授乳中で乳腺炎になったみたい", "routine"),
        ("my breasts are sore and i have a temperature of 38.6", "urgent"),
        ("生理前に胸が張って痛いけど、今回はしこりがあります", "routine"),
        ("I've had pain in my left breast for 2 months, not related to my periods", "routine"),
        ("胸が痛いです", "urgent"),
        ("가슴이 아파요", "urgent"),
        ("胸口痛", "urgent"),
        ("胸が張り裂けそうに痛くて冷や汗が出ます", "emergency"),
        # Twelfth round (helper T): a changing mole said with words between, a bite whose redness spreads, the
        # Ottawa rules' positive side (the bone tender where pressed), a raised temperature under six months, a
        # child pulling at an ear, three months without a period, red urine with a painless next sentence, a bite
        # by an unknown dog (不认识 is no denial), positional vertigo from the first day; and the neighbours of the
        # lowered ones below: a faint after standing, a collapse, a blood thinner taken or skipped today, a real
        # worsening, a real duration.
        ("등에 원래 있던 점이 있는데 요즘 커졌어요", "routine"),
        ("모기 물린 데가 빨갛게 번져요", "urgent"),
        ("被蚊子咬的地方红了巴掌大，还发烫", "urgent"),
        ("twisted my ankle, bone is sore to press", "routine"),
        ("rolled my ankle and the bone on the outside of my ankle is sore to press", "routine"),
        ("발목을 접질렀는데 복숭아뼈 쪽 뼈 누르면 아파요", "routine"),
        ("足首をひねって、くるぶしを押すと痛いです", "routine"),
        ("脚踝扭了，按骨头很疼", "routine"),
        ("4개월 아기가 기침하고 열이 37.9도예요", "routine"),
        ("my 5 month old has a runny nose and a temperature of 37.7", "routine"),
        ("生後4ヶ月の赤ちゃん、鼻水が出て熱が37.8度です", "routine"),
        ("5个月宝宝咳嗽，体温37.8", "routine"),
        ("my 2 year old keeps pulling at his ear and is grumpy", "routine"),
        ("2歳の子が耳をしきりに触って泣きます", "routine"),
        ("18개월 아기가 자꾸 귀를 잡아당기고 보채요", "urgent"),
        ("2岁宝宝一直抓耳朵，哭闹", "urgent"),
        ("생리 안 한 지 석 달 됐어요 임테기는 한 줄이에요", "routine"),
        ("I haven't had a period in 3 months and the tests are negative", "routine"),
        ("소변이 빨갛게 나왔어요 아프진 않아요", "urgent"),
        ("被不认识的狗咬了，破皮了", "urgent"),
        ("不小心被狗咬了一口，流血了", "routine"),
        ("寝返りを打つと天井が回ります。今朝からです。62歳", "routine"),
        ("65살인데 아침부터 돌아누우면 빙빙 돌아요", "routine"),
        ("我58岁，今天早上开始一翻身就天旋地转", "routine"),
        ("the room spins when i roll over, started this morning. i'm 61", "routine"),
        ("寝返りを打つと天井が回ります。3日目です", "routine"),
        ("急に立ったら一瞬クラッとして倒れました", "urgent"),
        ("倒れて意識がないです", "emergency"),
        ("아침에 코피가 났어요 항응고제는 오늘 깜빡하고 안 먹었어요", "urgent"),
        ("와파린 먹고 있는데 코피가 났어요", "urgent"),
        ("咳がだんだん悪くなっています", "routine"),
        ("기침이 1년째 계속돼요", "routine"),
        # Twelfth round (helper S): a stroke feared for later is no stroke sign; the signs still are.
        ("pharmacy machine said 168/102 last week so i bought a home monitor, been getting 160s over 100 "
         "every day since. feel ok apart from the odd mild headache. 52, no chest pain or anything. "
         "am i about to have a stroke??", "routine"),
        ("my blood pressure is 170/100, am i about to have a stroke? my left arm went weak suddenly", "emergency"),
        ("my bp is 165/100, am i going to have a stroke? my face is drooping on one side", "emergency"),
        ("i think i'm having a stroke", "emergency"),
        # Twelfth round (helper S): a pregnant belly said to grow is no pain site; "it hurts" of the belly still is.
        ("임신 24주인데 배가 불러오면서 아파요", "emergency"),
        ("임신 24주인데 배가 불러오면서 배가 아파요", "emergency"),
        ("24 weeks pregnant, my belly is getting bigger and it hurts", "emergency"),
        ("24 weeks pregnant, my belly is getting bigger and my belly hurts", "emergency"),
        # Twelfth round (helper S): a facial palsy with the forehead involved, limbs and speech normal (Bell's palsy).
        ("아침에 일어났는데 왼쪽 얼굴이 안움직여요 물 마시면 입 옆으로 새고 왼쪽 이마도 안 올라가요 눈도 잘 안감겨요. "
         "팔다리는 멀쩡하고 말도 괜찮아요 42살", "urgent"),
        # Thirteenth round: teething with crying nothing settles stays raised; hiccups for days are seen
        ("寶寶10個月，快冒牙了，一直哭怎麼哄都哄不好", "urgent"),
        ("しゃっくりが3日止まらなくて不安です", "routine"),
        ("hiccups for 3 days now, can't stop them", "routine"),
        # Thirteenth round: blood in the urine said colour first (真っ赤なおしっこ, 새빨간 소변, 尿出來是紅的, peed red)
        ("60歳男、昨日トイレで真っ赤なおしっこが出ました。痛みはなくて今日は普通の色に戻ってます", "urgent"),
        ("60살 남자예요. 어제 새빨간 소변이 나왔는데 오늘은 원래 색으로 돌아왔어요", "urgent"),
        ("60歲男性，昨天尿出來是紅的，不痛，今天顏色恢復正常了", "urgent"),
        ("60M, yesterday I peed bright red, no pain, today it's back to normal", "urgent"),
        # Thirteenth round: pus seen at a nail fold (paronychia)
        ("足の親指の爪の横が赤く腫れて、ズキズキします。白い膿が見えてます。4日前から", "routine"),
        ("엄지발가락 발톱 옆이 빨갛게 붓고 욱신거려요. 하얗게 곪았어요", "routine"),
        ("大腳趾指甲旁邊紅腫，看得到白白的膿，四天了", "routine"),
        ("the side of my big toenail is red and swollen with pus, 4 days", "routine"),
        # Thirteenth round: shingles said as a band of burning, then blisters (a heel blister stays self-care)
        ("65세인데 어제부터 오른쪽 옆구리부터 등까지 띠처럼 화끈거리더니 오늘 빨간 물집들이 올라왔어요", "routine"),
        ("65歲，昨天開始右邊腰到背一條帶狀刺痛，今天冒出紅色的水泡", "routine"),
        ("65, burning pain in a band round my right side and today red blisters came up there", "routine"),
        # Thirteenth round: sudden hearing loss said with a degree word (聽不太到, 잘 들리지 않, could barely hear)
        ("昨天早上起床左耳突然聽不太到，還一直嗡嗡叫，不痛，也沒感冒", "urgent"),
        ("어제 아침에 갑자기 왼쪽 귀가 잘 들리지 않고 윙윙거려요. 감기는 없어요", "urgent"),
        ("yesterday morning I suddenly could barely hear out of my left ear, no cold", "urgent"),
        # Thirteenth round: W2 raised (see a doctor) next to the lowered neighbours' still-raised twins
        ("아버지 77세신데 옆구리가 쑤신다더니 띠 모양으로 빨갛게 물집이 잡혀있어요", "routine"),
        ("兒子7歲，咳嗽10天了，跑步完咳比較多，有時候聽到咻咻的聲音，沒發燒", "urgent"),
        ("母79歳、4日前から咳と黄色い痰が出てて今日は37.8度", "routine"),
        ("my dad is 80, he has had a cough with green phlegm for 3 days, temp 37.9", "routine"),
        ("夫66歳、左目の前に黒い点が急に増えて、視界が欠けてる感じはまだないです", "urgent"),
        ("my 3 year old has hand foot and mouth, a rash on her hands, a fever of 38.2 and a headache", "urgent"),
        ("my 3 year old has a rash and a fever of 38.2", "urgent"),
        ("I'm diabetic, cold sore on my lip and a blister on my heel from new shoes", "routine"),
        ("손가락 베였는데 피가 계속 나요 5분 누르니까 멈추긴 했는데 다시 피가 나요", "emergency"),
        ("my wife is freaking out about a mole, darker for a few months. she thinks she's dying, her chest hurts",
         "emergency"),
        # Thirteenth round (W1): see a doctor, raised by concept (the lowered twins are in test_text_stays_self_care)
        ("55m, lately food feels like it sticks halfway down and ive lost about 4kg without trying", "routine"),
        ("밥 먹으면 음식이 가슴 중간에 걸리는 느낌이고 살이 4kg 빠졌어요", "routine"),
        ("食べ物が胸の途中でつかえる感じがして、体重が4キロ減りました", "routine"),
        ("吃东西感觉卡在胸口下不去，体重掉了4公斤", "routine"),
        ("every few days my heart starts fluttering really fast for a few minutes then stops", "routine"),
        ("며칠마다 갑자기 심장이 막 빨리 뛰다가 몇 분 뒤에 멈춰요", "routine"),
        ("每隔几天心脏突然跳得很快，几分钟后就停了", "routine"),
        ("50歲，這幾天大便完衛生紙上有鮮紅色的血，第一次這樣", "urgent"),
        ("50살인데 대변 보고 나서 휴지에 선홍색 피가 묻어나와요", "urgent"),
        ("50歳、数日前から排便後にトイレットペーパーに真っ赤な血がつきます", "urgent"),
        ("26岁女，月经一直不规律，有时三个月才来一次，下巴长痘，体重也一直往上走", "routine"),
        ("我女兒6歲，這兩晚半夜咳起來像狗叫一樣聲音沙啞，37.9度", "routine"),
        ("9살 아들 기침이 2주 넘게 안 떨어져요 밤에 자려고 누우면 심해져요", "routine"),
        ("my 12yo got scratched by our cat two days ago and now the whole finger is red and swollen", "routine"),
        ("12歲兒子兩天前被家裡的貓抓到手指，現在整根手指紅腫熱熱的", "routine"),
        ("5歲兒子溜滑梯摔下來用手撐地，之後左手一直不肯用，碰手肘就哭", "urgent"),
        ("5살 아들이 미끄럼틀에서 넘어져 손을 짚었는데 그 뒤로 왼팔을 안 쓰려고 해요", "urgent"),
        ("5歳の息子が滑り台から落ちて手をついてから、左腕を使おうとせず、肘を触ると泣きます", "urgent"),
        ("4歳の娘がおまたがかゆいって言ってずっと掻いてます", "routine"),
        ("4살 딸이 잠지가 가렵다고 계속 긁어요", "routine"),
        ("my 4yo daughter keeps scratching, says her private area is itchy", "routine"),
        ("3歳の子がストーブに手をついて、手のひらに500円玉くらいの水ぶくれができました", "routine"),
        ("3살 아이가 난로에 손을 짚어서 손바닥에 동전만한 물집이 생겼어요", "routine"),
        ("3岁孩子手按到暖炉，手掌起了一个硬币大的水泡", "routine"),
        ("my 3yo put his hand on the heater and got a blister the size of a coin on his palm", "routine"),
        ("7yo fell off the monkey bars and split his chin open, 2cm and gaping a bit, bleeding stopped", "urgent"),
        ("7살 아들이 철봉에서 떨어져서 턱이 2cm 정도 찢어져서 벌어져 있어요 피는 멈췄어요", "urgent"),
        ("7歳の息子が鉄棒から落ちてあごが2cmくらいぱっくり切れました。血は止まっています", "urgent"),
        ("7岁儿子从单杠摔下来下巴裂开了2厘米左右，伤口有点张开，血已经止住了", "urgent"),
        ("breastfeeding my 6 wk old, left boob has a red hot sore patch, temp 38.4. baby is fine", "urgent"),
        ("생후 5주 아기 모유수유 중인데 유방이 빨갛고 열이 38.5도예요 아기는 괜찮아요", "urgent"),
        ("生後5週の赤ちゃんに授乳中、乳房が赤くて38.5度の熱。赤ちゃんは元気です", "urgent"),
        ("임신 9주차인데 하루종일 토하고 물도 못 마셔요. 소변도 잘 안 나와요", "routine"),
        ("妊娠16週です。つわりで一日中吐いていて、水分もとれていません。おしっこもあまり出ません", "routine"),
        ("祖母78歳、昨日から鼻水と喉のイガイガ、熱は37.8℃です", "urgent"),
        ("妊娠10週、つわりで一日中吐いてて水分もとれてないです", "routine"),
        ("妊娠10週、つわりで吐いてて水も飲めてない", "routine"),
        ("妊娠10週、つわりで吐いてておしっこも出てない", "routine"),
        ("妊娠16週、吐いてて水分はとれていません", "routine"),
        ("最近每天走两万步，这三个星期早上下床第一步脚后跟特别疼，走几步就好点了", "routine"),
        ("最近每天走两万步，这一周脚后跟一直特别疼", "routine"),
        ("for 3 weeks my heel really hurts on my first steps in the morning, eases after a few steps", "routine"),
    ],
)
def test_text_is_raised_to(text: str, expected: str) -> None:
    assert triage_result(text)["level"] == expected


class _NoNet:
    """The learned safety net switched off: these emergencies must be the rules' own, not the net's."""

    def raise_level(self, text: str, embedding: object, level: str) -> tuple[str, None]:
        return level, None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Ninth round.
        # A chest pain that came on suddenly with breathlessness (a collapsed lung), in four languages.
        ("我20岁，又高又瘦，刚才突然左边胸口像针扎一样疼，接着就吸不进气，越来越喘", SUDDEN),
        ("all of a sudden a sharp pain on the left of my chest and now I'm short of breath, 21, skinny", SUDDEN),
        ("갑자기 오른쪽 가슴이 찌르듯이 아프더니 숨이 차요. 키 크고 마른 스무 살 남자예요", SUDDEN),
        ("19歳やせ型。急に右胸に鋭い痛みが走って、そのあと息切れがしてきました", SUDDEN),
        # Hot water spilled onto a toddler's trunk, blistering.
        ("兒子2歲，打翻了熱水，熱水淋到肚子和胸口，起水泡了", "burn_child_large"),
        ("두 살 딸이 뜨거운 물을 쏟아서 가슴이랑 배에 물집이 잡혔어요", "burn_child_large"),
        ("3歳の息子がポットを倒して熱湯をかぶり、お腹と胸に水ぶくれができました", "burn_child_large"),
        ("my 2 year old pulled the kettle over, hot water all over her chest and tummy, blisters", "burn_child_large"),
        # Tenth round.
        # (thirteenth round: a pain moved from the navel is the appendicitis red flag, which decides first)
        ("肚子先是肚脐周围疼，后来跑到右下腹，按下去再松手更疼，发烧38.5", "red_flag:appendicitis"),
        ("右下腹疼，按下去再松手更疼，发烧38.5", "peritonism_fever"),
        ("오른쪽 아랫배가 아프고 눌렀다 뗄 때 더 아파요. 열이 38.4도예요", "peritonism_fever"),
        ("右下腹が痛くて、押して離すと痛いです。熱が38.6度あります", "peritonism_fever"),
        ("pain moved to my lower right belly, hurts more when I let go after pressing, temp 38.5", "peritonism_fever"),
        ("我先生在做化療，上週打完，今晚發燒38.6度，有點發抖", "red_flag:sepsis"),
        ("我妈妈上周做完化疗，今天发烧38.3度", "red_flag:sepsis"),
        ("아빠가 항암 치료 중인데 오늘 밤 열이 38.2도 나요", "red_flag:sepsis"),
        ("母が抗がん剤治療中で、今夜38.4度の熱と寒気があります", "red_flag:sepsis"),
        ("my husband is on chemo and tonight he has a fever of 38.3 and the shivers", "red_flag:sepsis"),
        # Eleventh round (helper F): waters breaking in pregnancy, a missed dialysis or a slow pulse with weakness or
        # dizziness (hyperkalaemia, heart block), a fever with a skin infection on an immunosuppressant.
        ("怀孕26周，刚才突然下面哗的一下流出好多清水，现在还一直在流，不痛", "waters_broken_pregnancy"),
        ("I'm 30 weeks pregnant and had a gush of clear fluid, it keeps leaking", "waters_broken_pregnancy"),
        ("임신 28주인데 밑에서 물이 왈칵 쏟아졌어요 계속 흘러요", "waters_broken_pregnancy"),
        ("妊娠27週です。さっき下から水がバシャッと出て、透明な水が流れてきます", "waters_broken_pregnancy"),
        ("父が透析を休みました。今日は手足がしびれて力が入らないと言ってます", "missed_dialysis_symptoms"),
        ("my dad missed his dialysis yesterday, now he feels weak and his legs are numb", "missed_dialysis_symptoms"),
        ("아버지가 투석을 빠졌는데 오늘 힘이 없고 손발이 저리대요", "missed_dialysis_symptoms"),
        ("爸爸昨天没去洗肾，今天手脚发麻", "missed_dialysis_symptoms"),
        ("脈を測ったら40くらいでゆっくりです。ふらふらします", "slow_pulse_symptoms"),
        ("my mum's pulse is slow, about 38, and she feels dizzy", "slow_pulse_symptoms"),
        ("엄마 맥박이 40 정도로 느려요 어지럽대요", "slow_pulse_symptoms"),
        ("妈妈心跳很慢，只有40，头晕", "slow_pulse_symptoms"),
        ("在用修美乐，小腿红肿发热，体温38.8度", "immunosuppressed_fever_skin_infection"),
        ("on humira, cellulitis on my leg, temp 38.6", "immunosuppressed_fever_skin_infection"),
        # A fever of 39 °C or more with a clouded mind said as a polite negative (話がかみ合いません).
        ("母がリウマチで、今39.3度で、ぼーっとして話がかみ合いません", "fever_confusion"),
        # Twelfth round (helper R): emergencies said in other words, each a concept in several languages.
        # A heavy or pressing chest said by an image, with the arm or sweating (acute coronary syndrome).
        ("chest feels like someone sitting on it, sweating buckets, left arm gone numb", "red_flag:chest_pain_cardiac"),
        ("가슴을 누가 누르는 것 같고 왼팔이 저리고 식은땀이 나요", "red_flag:chest_pain_cardiac"),
        ("胸が締め付けられて冷や汗が出ます", "red_flag:chest_pain_cardiac"),
        ("胸口像压了块石头，出冷汗", "red_flag:chest_pain_cardiac"),
        # Arterial bleeding, or a bleed ten minutes of pressure has not stopped.
        ("切菜切到手腕內側 血是用噴的 壓了10分鐘還是一直流", "red_flag:heavy_bleeding"),
        ("cut my wrist, blood is squirting out in spurts", "red_flag:heavy_bleeding"),
        ("손목을 칼에 베였는데 10분 동안 수건으로 눌러도 피가 계속 나요", "red_flag:heavy_bleeding"),
        # Wild mushrooms, then vomiting or diarrhoea (amatoxin).
        ("昨天上山采了点野蘑菇回来炖汤，今天早上开始全家都上吐下泻", "red_flag:overdose_poisoning"),
        ("we picked wild mushrooms yesterday and now we're all throwing up", "red_flag:overdose_poisoning"),
        ("山で採ってきたキノコを食べたら、家族みんな吐いて下痢してます", "red_flag:overdose_poisoning"),
        # Carbon monoxide: a fuel heater or charcoal, headaches, several people or a shut room.
        ("밤새 기름보일러 틀고 창문 닫고 잤는데 저랑 엄마 둘 다 머리가 깨질 것 같아요", "red_flag:overdose_poisoning"),
        ("昨晚烧炭取暖，门窗紧闭，早上我们都头疼头晕", "red_flag:overdose_poisoning"),
        ("石油ストーブをつけたまま寝て、家族全員頭痛と吐き気があります", "red_flag:overdose_poisoning"),
        # A head knock said "頭有撞到", then drowsy and vomiting (the head_injury rule reads it now).
        ("下午騎機車被撞，頭有撞到。現在越來越想睡，剛剛吐了兩次", "head_injury_serious"),
        ("骑车摔了，头也撞到了，现在一直想睡还吐了", "head_injury_serious"),
        # A caustic in the eye or swallowed.
        ("清水溝的時候通樂噴到右眼，超痛睜不開", "red_flag:severe_burn"),
        ("splashed drain cleaner in my eye, it really burns", "red_flag:severe_burn"),
        ("3歳の娘がパイプ用の洗浄剤を少し飲んだかもしれません", "red_flag:overdose_poisoning"),
        ("세 살 아이가 락스를 마신 것 같아요", "red_flag:overdose_poisoning"),
        # Cauda equina: back pain with both legs numb or weak, saddle numbness or a bladder that will not empty.
        ("3日前から腰が痛くて今朝から両足がしびれて力が入りにくいです", "cauda_equina"),
        ("back pain for 3 days and now both legs are numb and weak", "cauda_equina"),
        ("허리가 아프고 항문 주위 감각이 없어요", "cauda_equina"),
        ("腰疼了三天，现在双腿发麻无力", "cauda_equina"),
        ("腰が痛くて、おしっこが出そうで出ません", "cauda_equina"),
        # An incarcerated hernia (will not go back, hard or painful).
        ("足の付け根のふくらみが、今日は寝ても戻らなくて固くて痛いです", "red_flag:bowel_obstruction"),
        ("my hernia won't go back in today and it's really painful", "red_flag:bowel_obstruction"),
        ("疝气今天推不回去了，很疼，还吐了", "red_flag:bowel_obstruction"),
        # Severe dehydration in a baby, the dry nappy said with its time.
        ("8개월 아기가 설사랑 구토를 해요. 기저귀가 12시간째 안 젖었고 축 처져 있어요", "red_flag:severe_dehydration"),
        ("赤ちゃんが下痢で、おむつが半日濡れてなくて、ぐったりしてます", "red_flag:severe_dehydration"),
        # Thirteenth round: a cord- or string-like thing coming out after the waters break (cord prolapse).
        ("妊娠38週です。さっき破水して、何かひものようなものが膣から出てきてる感じがします",
         "red_flag:pregnancy_pain_bleeding"),
        ("38 weeks pregnant, my waters broke and there's something like a cord coming out of my vagina",
         "red_flag:pregnancy_pain_bleeding"),
        ("임신 39주인데 양수가 터지고 끈 같은 게 밑으로 나와요", "red_flag:pregnancy_pain_bleeding"),
        ("怀孕37周，破水了，下面好像有像绳子一样的东西出来", "red_flag:pregnancy_pain_bleeding"),
        # Thirteenth round: a missed dialysis said with its days, with breathlessness (fluid overload, high potassium).
        ("아버지 혈액투석 하시는데 이틀 투석을 못 하셨어요. 숨이 차서 누워서는 못 주무세요",
         "missed_dialysis_symptoms"),
        ("我爸洗腎的，兩天沒洗腎了，現在很喘", "missed_dialysis_symptoms"),
        ("父は透析をしていますが、台風で透析ができなかった。息苦しいです", "missed_dialysis_symptoms"),
        # Thirteenth round: a limb suddenly cold and white that hurts (acute limb ischaemia).
        ("我爸有糖尿病，今天右腳整隻冰冰的、顏色很白，痛到不能走", "limb_ischaemia"),
        ("my dad's foot suddenly went cold and white and it really hurts, he can't walk", "limb_ischaemia"),
        ("아버지 발이 갑자기 차갑고 하얗게 변했고 너무 아파서 못 걸어요", "limb_ischaemia"),
        ("父の右足が急に冷たくて真っ白になって、すごく痛がって歩けません", "limb_ischaemia"),
        ("我妈左腿突然冰冷发白，很痛", "limb_ischaemia_sudden"),
        # Thirteenth round: skin turning black with a fever (Fournier's gangrene, necrotising infection).
        ("남편이 당뇨가 있는데 음낭이 붓고 벌겋고 일부는 거무스름하게 변했어요 열도 39도 넘어요",
         "necrotising_infection"),
        ("my husband is diabetic, his scrotum is swollen red and the skin is turning black, fever 39",
         "necrotising_infection"),
        ("夫の陰嚢が腫れて赤く、一部が黒く変色してきました。熱が39度あります", "necrotising_infection"),
        ("我老公阴囊又红又肿，皮肤发黑，发烧39度", "necrotising_infection"),
        # Thirteenth round: a tampon left in, then a fever with a rash, diarrhoea or dizziness (toxic shock syndrome).
        ("딸이 탐폰을 이틀 넣어놓고 깜빡했대요 열이 39.5도고 온몸에 빨간 발진이 있어요", "red_flag:sepsis"),
        ("forgot a tampon in for 2 days, now fever 39.4, sunburn-like rash and vomiting", "red_flag:sepsis"),
        ("タンポンを2日入れっぱなしで、39度の熱と全身に赤い発疹、下痢があります", "red_flag:sepsis"),
        ("卫生棉条忘了拿出来两天，现在发烧39度，身上起红疹，拉肚子", "red_flag:sepsis"),
        # Thirteenth round: an erection that will not go down (priapism).
        ("i've had an erection for over 4 hours now that wont go down and its getting really painful", "priapism"),
        ("발기가 4시간째 안 죽어요 너무 아파요", "priapism"),
        ("勃起が4時間以上治まらなくて痛いです", "priapism"),
        ("勃起已经4个小时了还消不下去，很痛", "priapism"),
        # Thirteenth round: no urine at all with a painful or swollen lower belly (acute urinary retention).
        ("my dad is 79, he hasnt been able to pee at all since last night, lower belly is swollen and hard and painful",
         "urinary_retention_painful"),
        ("할아버지가 어제 밤부터 소변이 안 나오고 아랫배가 빵빵하게 아프대요", "urinary_retention_painful"),
        ("父が昨夜からおしっこが全然出なくて、下腹がパンパンで痛がっています", "urinary_retention_painful"),
        ("我爸从昨晚到现在一直尿不出来，小肚子胀得很痛", "urinary_retention_painful"),
        # Thirteenth round: a foreskin pulled back that will not go forward again (paraphimosis).
        ("男生22歲，包皮翻下去之後回不來，已經3個小時了，龜頭腫得很大", "paraphimosis"),
        ("my foreskin won't go back over, it's been like that for 2 hours and the tip is swollen", "paraphimosis"),
        ("포피가 뒤로 넘어가서 안 돌아와요 귀두가 부었어요", "paraphimosis"),
        ("包皮が戻らなくなって、先が腫れて痛いです", "paraphimosis"),
        # Thirteenth round: a crash or a blow to the belly in pregnancy, then tightening, pain or bleeding (abruption).
        ("懷孕28週，剛剛出車禍，安全帶勒到肚子，現在肚子有點緊，內褲上有一點血", "red_flag:pregnancy_pain_bleeding"),
        ("30 weeks pregnant, was in a car crash, the seatbelt went across my belly and now i have tightening",
         "red_flag:pregnancy_pain_bleeding"),
        ("임신 30주인데 교통사고가 났고 안전벨트에 배가 눌렸어요 지금 배가 뭉쳐요", "red_flag:pregnancy_pain_bleeding"),
        ("妊娠30週で交通事故にあいました。シートベルトでお腹を圧迫されて、お腹が張っています",
         "red_flag:pregnancy_pain_bleeding"),
        # Thirteenth round: after a birth, a swollen leg and breathlessness (a clot in the lungs).
        ("産後10日です。左足だけパンパンに腫れて痛くて、今日になって息苦しいです", "postpartum_leg_breathless"),
        ("gave birth 2 weeks ago, my left leg is swollen and painful and now i'm short of breath",
         "postpartum_leg_breathless"),
        ("출산한 지 10일 됐는데 한쪽 다리가 퉁퉁 붓고 숨이 차요", "postpartum_leg_breathless"),
        # Thirteenth round: a painful or swelling testicle with vomiting, after a blow or not (torsion, rupture).
        ("高校生の息子が股間を強く蹴られて、陰嚢がどんどん腫れて紫っぽくなってます。痛すぎて吐きました",
         "testicular_swelling_vomiting"),
        ("my son got kicked in the balls at football, his testicle is swelling up and he threw up",
         "testicular_swelling_vomiting"),
        ("아들이 축구하다 고환을 차였는데 고환이 점점 붓고 토했어요", "testicular_swelling_vomiting"),
        ("儿子踢球被踢到睾丸，睾丸越来越肿，还吐了", "testicular_swelling_vomiting"),
        ("my son is 15, really bad pain in his left testicle, been sick twice", "testicular_pain_vomiting"),
        # Thirteenth round: a fever or shaking chills after a prostate biopsy (urosepsis).
        ("65歳男です。おととい前立腺の生検を受けました。今夜から39.5度の熱が出てガタガタ震えが止まりません",
         "red_flag:sepsis"),
        ("had a prostate biopsy 2 days ago and now i have a fever of 39 and shaking chills", "red_flag:sepsis"),
        ("전립선 조직검사 받고 이틀 뒤에 열이 39도 나고 오한이 있어요", "red_flag:sepsis"),
        ("前列腺穿刺活检后第二天发烧39度，一直发抖", "red_flag:sepsis"),
        # Thirteenth round: appendicitis, a pain that began at the navel or upper belly and moved to the lower right.
        ("the pain started around my belly button and has moved to the lower right side, hurts when I walk",
         "red_flag:appendicitis"),
        ("배꼽 주변이 아프다가 지금은 오른쪽 아랫배가 아파요", "red_flag:appendicitis"),
        ("おへその周りが痛かったのが右下に移ってきました", "red_flag:appendicitis"),
        ("一开始肚脐周围疼，后来转到右下腹了", "red_flag:appendicitis"),
        # Thirteenth round: cauda equina, no feeling on wiping or "down there", or unable to pee, with back pain.
        ("back pain since lifting, and now numb down there", "cauda_equina"),
        ("sore back for a week, now i haven't been able to pee all day even though i need to", "cauda_equina"),
        ("허리가 아프고 닦을 때 아무 느낌이 없어요", "cauda_equina"),
        ("腰が痛くて、拭いても何も感じません", "cauda_equina"),
        ("腰疼了一周，擦的时候没感觉", "cauda_equina"),
        # Thirteenth round: a blistered burn over a whole forearm (wrist to elbow).
        ("scalded my forearm with boiling water, blisters from wrist to elbow", "red_flag:severe_burn"),
        ("뜨거운 물에 데였는데 손목부터 팔꿈치까지 물집이 잡혔어요", "red_flag:severe_burn"),
        ("揚げ油がかかって、手首からひじまで水ぶくれになりました", "red_flag:severe_burn"),
        ("开水烫到手臂，从手腕到手肘一大片都起了水泡", "red_flag:severe_burn"),
        # Thirteenth round: stridor (a high-pitched noise breathing in) or the chest sucking in under the ribs.
        ("my 2 year old has croup and is making a high pitched noise when breathing in even at rest",
         "red_flag:breathing_severe"),
        ("두 살 아이가 컹컹 기침을 하는데 가만히 있어도 숨 들이쉴 때 끽끽 소리가 나요", "red_flag:breathing_severe"),
        ("2歳の子、犬が吠えるような咳で、肋骨の下がへこむような息をしています", "red_flag:breathing_severe"),
        ("2岁儿子咳嗽像狗叫，安静坐着吸气时也有尖锐的声音", "red_flag:breathing_severe"),
        # Thirteenth round: a newborn blue around the lips or with pauses in its breathing; an age in days is an age.
        ("our 2 week old goes bluish around the lips during feeds", "red_flag:breathing_severe"),
        ("my newborn seems to stop breathing for a few seconds at a time", "red_flag:breathing_severe"),
        ("생후 10일 아기가 젖 먹을 때 입술 주변이 파래지고 가끔 숨을 몇 초 안 쉬어요", "red_flag:breathing_severe"),
        ("出生10天的宝宝吃奶时嘴唇周围发紫，有时好像几秒钟不呼吸", "red_flag:breathing_severe"),
        # Thirteenth round: an asthma attack the reliever does not relieve, or talking in broken sentences.
        ("my 7 year old's asthma attack, 3 lots of ventolin and still wheezing", "red_flag:breathing_severe"),
        ("7살 아이가 천식이 있는데 벤토린을 3번 뿌려도 계속 쌕쌕거려요", "red_flag:breathing_severe"),
        ("7歳の子が喘息の発作で、話すのも途切れ途切れです", "red_flag:breathing_severe"),
        ("孩子哮喘发作，喷了三次沙丁胺醇还是喘", "red_flag:breathing_severe"),
        # Thirteenth round: a newborn's jaundice with a baby hard to wake or feeding poorly (age in days read).
        ("my 5 day old is jaundiced and very sleepy, hard to wake for feeds", "newborn_jaundice_unwell"),
        ("생후 5일 아기가 황달이 심해지고 계속 자고 젖을 잘 안 먹어요", "newborn_jaundice_unwell"),
        ("生後5日の赤ちゃん、黄疸が強くなってきて、ずっと眠っていておっぱいをあまり飲みません",
         "newborn_jaundice_unwell"),
        ("出生第6天的宝宝黄疸越来越重，很难叫醒吃奶", "newborn_jaundice_unwell"),
        # Thirteenth round: a child's dehydration, no urine for half a day said without a particle or in zh.
        ("2歳の子が吐いて下痢して、朝からおしっこ出てません。ぐったりしています", "red_flag:severe_dehydration"),
        ("18개월 아기가 설사하고 토하는데 반나절 동안 소변을 안 봤고 축 처져 있어요", "red_flag:severe_dehydration"),
        ("一岁半的孩子上吐下泻，半天多没尿，没精神", "red_flag:severe_dehydration"),
        # Thirteenth round: a caustic drunk "while nobody was watching" (趁我不注意: no denial).
        ("3岁儿子趁我不注意喝了一口洁厕灵，嘴巴疼", "red_flag:overdose_poisoning"),
        ("孩子没看住，喝了漂白水", "red_flag:overdose_poisoning"),
        # Thirteenth round: a secondary postpartum haemorrhage (a pad an hour, large clots).
        ("gave birth 2 weeks ago and now soaking a pad every hour", "red_flag:heavy_bleeding"),
        ("출산한 지 10일 됐는데 오후부터 한 시간마다 패드가 흠뻑 젖고 어지러워요", "red_flag:heavy_bleeding"),
        ("産後10日目、夕方から1時間でナプキンがびっしょりになります", "red_flag:heavy_bleeding"),
        ("产后第10天，下午开始一个小时就湿透一片卫生巾", "red_flag:heavy_bleeding"),
        # Thirteenth round: a snake bite with swelling, spreading pain or dizziness.
        ("bitten by a snake on my ankle 20 mins ago, the swelling is spreading up my leg", "red_flag:venomous_bite"),
        ("산에서 뱀에 물렸는데 다리가 점점 부어오르고 어지러워요", "red_flag:venomous_bite"),
        ("山でマムシにかまれて、足がどんどん腫れてきました", "red_flag:venomous_bite"),
        ("爬山时被蛇咬了小腿，现在越来越肿", "red_flag:venomous_bite"),
        # Thirteenth round (Y): plain-word emergencies (close cases: test_thirteenth_round_close_cases_stay_below...).
        # A fall said as landing on the head, then sleepy and sick.
        ("my son fell off the climbing frame onto his head, now he is really sleepy and keeps being sick",
         "head_injury_serious"),
        # The glass test with a fever said as a touch ("burning hot", "烧得滚烫").
        ("my toddler is burning hot, has purple spots that don't fade when i press a glass on them",
         "red_flag:meningism"),
        ("孩子烧得滚烫，身上有紫色的点点，用玻璃杯压也不褪色", "red_flag:meningism"),
        # Not answering, shaken and not waking.
        ("my grandma fell down and isn't responding, her eyes are open but she doesn't answer",
         "red_flag:loss_of_consciousness"),
        ("我奶奶摔倒了，眼睛睁着但是叫她不答应", "red_flag:loss_of_consciousness"),
        ("父が台所で倒れて、揺すっても起きません", "red_flag:loss_of_consciousness"),
        # An electric shock with a burn or thrown back.
        ("my son got a shock from a plug socket and was thrown back, his hand is burned", "red_flag:severe_burn"),
        ("女儿咬电线被电了，嘴巴烧伤了", "red_flag:severe_burn"),
        # Hot oil over a whole arm and chest, skin white.
        ("儿子把一锅热油打翻在身上，整个胳膊和胸口都烫了，皮发白", "red_flag:severe_burn"),
        # Coughing up blood with shaking (haemoptysis_unwell).
        ("my nan keeps bringing up bright red blood when she coughs and she's trembling all over",
         "haemoptysis_unwell"),
        ("祖母が咳をするたびに真っ赤な血が出て、全身が震えています", "haemoptysis_unwell"),
        # A testicle that suddenly hurts (torsion), vomiting or not.
        ("my boy has a really painful swollen ball that came on suddenly an hour ago", "testicular_pain_sudden"),
        ("갑자기 한쪽 고환이 엄청 아프고 부었고 다른 쪽보다 올라가 있어요", "testicular_pain_sudden"),
        ("突然一侧睾丸剧痛，肿了，比另一边高", "testicular_pain_sudden"),
        ("急に片方の睾丸が激痛で、腫れていて、もう片方より上にあがっています", "testicular_pain_sudden"),
        # A clouded mind with rigors, or with fast breathing (sepsis).
        ("my mum is shivering uncontrollably, hot then cold, confused and her skin looks mottled and blotchy",
         "confusion_rigors"),
        ("我妈一直在打寒战，一会冷一会热，人糊涂了，皮肤一块一块花的", "confusion_rigors"),
        ("아내가 신우신염인데 몸이 차갑고 덜덜 떨고 계속 졸려하고 말이 안 통해요", "confusion_rigors"),
        ("my dad has a chest infection, now he's very confused, breathing fast and hasn't peed all day",
         "confusion_fast_breathing"),
        ("父が肺炎で、今はわけのわからないことを言って呼吸が速く、一日中おしっこが出ていません",
         "confusion_fast_breathing"),
        # Diabetes, a cold sweat and a clouded mind (a low sugar).
        ("糖尿病の夫が冷や汗をかいてわけのわからないことを言い、ちゃんと起きません", "diabetes_sweating_confused"),
        ("有糖尿病的老公一身冷汗，说胡话，叫不太醒", "diabetes_sweating_confused"),
        # Belly pain with a cold sweat and a pale face (shock).
        ("my mum is doubled over with stomach pain, cold and clammy and really pale", "abdominal_pain_shock"),
        ("아빠가 살면서 제일 심한 배 통증이래요. 얼굴이 창백하고 식은땀 흘리고 쓰러질 뻔했어요",
         "abdominal_pain_shock"),
        ("父が人生で一番ひどいお腹の痛みだと言って、顔が真っ青で冷や汗をかいて倒れそうになりました",
         "abdominal_pain_shock"),
        # Fourteenth round (Z3): plain-word emergencies (heatstroke, aortic dissection, a dehydrated baby, a collapse
        # with gurgling breath, a child's ribs sucking in, a clot after a flight, cauda equina said as leaking
        # unnoticed, choking on a sweet or grape, a handful of pills, vomiting blood, heavy bleeding from the bottom,
        # a large peeling scald); close cases: test_thirteenth_round_close_cases_stay_below_emergency.
        (
            "my dad was working in the sun all day, now he's boiling hot, confused and has stopped sweating",
            "red_flag:heatstroke",
        ),
        ("my son collapsed playing football in the heat, he's burning hot and talking nonsense", "red_flag:heatstroke"),
        ("할머니가 하루 종일 더운 데 계셨는데 몸이 뜨겁고 축 늘어지고 말이 안 통해요", "red_flag:heatstroke"),
        ("我爸在大太阳下干了一天活，现在浑身滚烫，说胡话，不出汗了", "red_flag:heatstroke"),
        ("我爸在大太陽下幹了一天活，現在渾身滾燙，說胡話", "red_flag:heatstroke"),
        ("息子が暑い中サッカーをしていて倒れ、体がすごく熱くてうわごとを言っています", "red_flag:heatstroke"),
        (
            "my dad has a tearing pain between his shoulder blades that came on all at once and he's pale",
            "red_flag:aortic_dissection",
        ),
        ("아빠가 갑자기 날개뼈 사이가 찢어질 듯이 아프다고 하고 얼굴이 창백해요", "red_flag:aortic_dissection"),
        ("我爸突然两个肩胛骨中间撕裂一样疼，脸色发白", "red_flag:aortic_dissection"),
        ("父が急に肩甲骨の間が裂けるように痛いと言って、顔が真っ白です", "red_flag:aortic_dissection"),
        ("my baby won't feed, she's dry, barely weed today and really floppy", "red_flag:severe_dehydration"),
        ("8개월 아기가 하루 종일 토하고 설사하더니 계속 자고 울어도 눈물이 안 나요", "red_flag:severe_dehydration"),
        ("아기가 안 먹고 입이 바싹 마르고 오늘 소변을 거의 안 보고 축 늘어졌어요", "red_flag:severe_dehydration"),
        ("8个月宝宝吐了一天拉了一天，现在一直睡，哭也没眼泪", "red_flag:severe_dehydration"),
        ("8か月の子が一日中吐いて下痢して、今はずっと寝ていて泣いても涙が出ません", "red_flag:severe_dehydration"),
        (
            "my wife went floppy and grey on the sofa and her breathing sounds weird and gurgly",
            "red_flag:loss_of_consciousness",
        ),
        ("아내가 소파에서 축 늘어지고 얼굴이 잿빛인데 숨소리가 그르렁거려요", "red_flag:loss_of_consciousness"),
        ("我老婆在沙发上突然软下去了，脸发灰，喘气呼噜呼噜的", "red_flag:loss_of_consciousness"),
        ("妻がソファでぐったりして顔が土気色で、ゴロゴロした変な息をしています", "red_flag:loss_of_consciousness"),
        ("孩子每次吸气肋骨那里都往里凹，还哼哼", "red_flag:breathing_severe"),
        ("子どもが息を吸うたびに肋骨の間がペコペコへこんで、うなっています", "red_flag:breathing_severe"),
        ("came back from a long flight, my calf is swollen and now i'm short of breath", "red_flag:pulmonary_embolism"),
        ("장시간 비행기 타고 왔는데 다리가 붓고 숨이 차고 심장이 막 뛰어요", "red_flag:pulmonary_embolism"),
        ("坐了十几个小时飞机回来，一条腿肿了，现在喘不上气", "red_flag:pulmonary_embolism"),
        ("長時間飛行機に乗って帰ってきたら足が腫れて、息切れして動悸がします", "red_flag:pulmonary_embolism"),
        ("허리가 아프고 나도 모르게 소변이 샜어요. 사타구니가 멍해요", "cauda_equina"),
        ("腰疼，不知不觉就尿裤子了，下面麻了", "cauda_equina_incontinence"),
        ("腰が痛くて、知らないうちにおしっこが漏れていました。股のあたりがしびれています", "cauda_equina"),
        ("아이가 사탕을 삼키다가 캑캑거리는데 뱉어내지를 못해요", "red_flag:breathing_severe"),
        ("宝宝被葡萄卡住了，哭不出来也喘不了气", "red_flag:breathing_severe"),
        ("子どもが飴を飲み込んでむせて、ヒューヒューして吐き出せません", "red_flag:breathing_severe"),
        ("两岁的孩子偷吃了我的药，吃了一把", "red_flag:overdose_poisoning"),
        ("2歳の子が私の薬をひとつかみ食べてしまいました", "red_flag:overdose_poisoning"),
        ("my friend took loads of her sleeping tablets with vodka and is hard to wake", "red_flag:overdose_poisoning"),
        ("my grandpa is spitting up cupfuls of fresh blood and shivering", "red_flag:gi_bleeding"),
        ("吐いたら全部真っ赤な血でした。気が遠くなりそうです", "red_flag:gi_bleeding"),
        ("아빠가 항문으로 피를 많이 쏟고 얼굴이 창백하고 떨어요", "red_flag:gi_bleeding"),
        ("끓는 물을 다리에 쏟아서 물집이 크게 잡히고 피부가 벗겨져요", "red_flag:severe_burn"),
        ("熱湯を足にこぼして、大きな水ぶくれができて皮がむけています", "red_flag:severe_burn"),
        ("开水洒了一腿，起了很大的水泡，皮都掉了", "red_flag:severe_burn"),
    ],
)
def test_rules_alone_make_an_emergency(text: str, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # Thirteenth round: the close cases of the emergencies above, below emergency by the rules: a belly ache
        # that stays put, one-leg sciatica with normal peeing, a coin-sized blister, a barking cough with quiet
        # breathing, cold blue hands with pink lips, a reliever that worked, a yellow baby feeding well, a toddler
        # weeing normally, bath water drunk, ordinary lochia, a dog's bite or a snake only seen.
        "tummy ache around my belly button since yesterday, comes and goes, no fever, eating ok",
        "배꼽 주변이 살살 아파요. 열은 없어요",
        "おへその周りが少し痛いです。熱はありません",
        "肚脐周围有点疼，一阵一阵的，没发烧",
        "back pain for a week from lifting, pee fine, no numbness down there",
        "burnt my finger on the oven tray, small blister about the size of a pea",
        "뜨거운 냄비에 손가락을 데서 작은 물집이 생겼어요",
        "被热水烫到手指，起了一个黄豆大的小水泡",
        "my 3 year old has a barking cough at night, breathing quiet when settled, no noise when breathing in",
        "3살 아이가 밤에 컹컹거리는 기침을 해요. 숨소리는 괜찮아요",
        "4歳の子が夜にケンケンした咳をします。息苦しそうではありません",
        "孩子晚上咳嗽像狗叫，安静的时候呼吸没有怪声",
        "my baby gets a bit blue in her hands and feet when she's cold, lips are pink",
        "I worry my baby will stop breathing at night, he's fine and feeding well",
        "my asthma's a bit tight today, two puffs of ventolin and it settled, talking fine",
        "孩子有哮喘，今天有点喘，喷了两下沙丁胺醇就好了",
        "천식이 있는데 오늘 조금 답답해서 벤토린 두 번 뿌렸더니 괜찮아졌어요",
        "my 3 day old has jaundice but is feeding well and wetting nappies",
        "生后3天宝宝有黄疸，吃奶很好，精神也好",
        "생후 3일 아기가 황달이 조금 있는데 젖도 잘 먹고 잘 깨요",
        "生後3日の赤ちゃん、黄疸が少しありますが、おっぱいはよく飲んでいます",
        "2살 아이가 설사를 하는데 소변은 잘 보고 잘 놀아요",
        "孩子拉肚子，尿尿正常，精神很好",
        "孩子趁我不注意喝了一口洗澡水",
        "had my baby 10 days ago, still some light red bleeding, less each day, feeling ok",
        "产后第10天，恶露还有一点，颜色变淡了",
        "産後2週間、悪露が少し続いていますが量は減ってきました",
        "our dog bit my hand a bit, small scratch, no swelling",
        "i saw a snake in the garden, a bit scared, no bite",
        # Thirteenth round (Y): the close cases of the plain-word emergencies.
        "my son bumped his head on the table, cried straight away, now playing normally, no sickness",
        "my toddler has a temperature of 38 and a red rash that fades when i press a glass on it",
        "my grandma fell over in the garden, got up by herself, talking fine, just a grazed knee",
        "我奶奶摔了一跤，自己爬起来了，说话正常，膝盖擦破点皮",
        "父が台所で転んで、膝を打ちましたが歩けます",
        "got a little static shock off the car door, tingled for a second, fine now",
        "被静电电了一下，手指麻了一下就好了",
        "煮饭的时候手指被热油溅到，红了一小块",
        "coughing a lot with a cold, a few streaks of blood in my phlegm this morning",
        "my left testicle has had a dull ache on and off for a few weeks",
        "고환이 몇 주째 가끔 묵직하게 아파요",
        "左边睾丸隐隐作痛一个月了，没有肿",
        "片方の睾丸が数週間前から時々鈍く痛みます",
        "shivering with a cold, temperature 38, talking normally and drinking fine",
        "发烧38度，有点打寒战，人很清醒",
        "감기로 오한이 좀 있고 열이 38도예요. 정신은 멀쩡해요",
        "breathing fast after running up the stairs, fine after a minute",
        "糖尿病の夫が暑くて汗をかいています。話はしっかりしています",
        "有糖尿病，天热出了很多汗，精神很好",
        "tummy cramps with the runs since last night, a bit pale, drinking fine",
        "배가 살살 아프고 설사를 해요. 얼굴이 좀 창백해요",
        "お腹が少し痛くて下痢しています。顔色が少し悪いです",
        # Fourteenth round (Z3): hot and tired after the sun with a clear head, a tearing calf, a tummy bug with tears
        # and wet nappies, snoring, a cold's breathing, puffy ankles after a flight, a cough's leak with no numbness,
        # a sweet coughed out, daily pills or a question about them, vomit with no blood, a small blister.
        "i was in the sun all day and now i'm very hot and tired with a headache, thinking clearly",
        "하루 종일 땡볕에 있었더니 몸이 뜨겁고 피곤해요. 정신은 멀쩡해요",
        "在大太阳下晒了一天，浑身发烫，有点累，头脑清醒",
        "炎天下で一日中作業して体が熱くてだるいです。意識ははっきりしています",
        "I felt a tearing pain in my calf while running and it's sore to walk on",
        "종아리가 찢어질 듯이 아파요. 운동하다가 그랬어요",
        "跑步的时候小腿撕裂一样疼了一下，现在走路有点疼",
        "走っていたらふくらはぎが裂けるように痛くなりました",
        "my baby had a tummy bug, still having wet nappies and tears when she cries, a bit tired",
        "아기가 토하고 설사했는데 울 때 눈물도 나고 소변도 잘 봐요",
        "宝宝吐了拉了，哭的时候有眼泪，尿也正常",
        "赤ちゃんが吐いて下痢しましたが、泣くと涙は出ていて、おしっこも出ています",
        "my wife felt floppy and tired on the sofa today, a bit pale, breathing normally",
        "남편이 코를 골면서 자고 있어요. 얼굴색은 괜찮아요",
        "我老公打呼噜很响，睡得很沉",
        "夫がいびきをかいて寝ています。顔色は普通です",
        "my 2 year old has a cold and a runny nose, breathing normally, no grunting",
        "孩子感冒流鼻涕，呼吸正常",
        "子どもが風邪で鼻水が出ていますが、呼吸は普通です",
        "came back from a long flight and my ankles are a bit puffy, breathing fine",
        "비행기 오래 타고 왔더니 다리가 좀 부었어요. 숨은 괜찮아요",
        "坐长途飞机回来，脚踝有点肿，呼吸正常",
        "長時間飛行機に乗ったら足がむくみました。息苦しさはありません",
        "back pain for a week, I leak a little when I cough, no numbness",
        "허리가 아프고 기침할 때 소변이 조금 새요. 저린 데는 없어요",
        "腰疼，咳嗽的时候会漏一点尿，没有麻",
        "腰が痛くて、咳をすると少し尿漏れします。しびれはありません",
        "아이가 사탕 먹다가 캑캑거렸는데 바로 뱉어내고 지금은 잘 놀아요",
        "孩子吃葡萄呛了一下，咳出来了，现在好了",
        "子どもが飴でむせましたが、すぐ吐き出して今は元気です",
        "I took a lot of vitamins with a glass of wine last night, feel fine today",
        "我每天要吃一把药，降压的降糖的，能不能少吃点",
        "薬を一箱もらいましたが、1日何錠飲めばいいですか",
        "I had a nosebleed last night and vomited once this morning, no blood in it",
        "吐きましたが血は混じっていません",
        "화장실에서 휴지에 피가 조금 묻었어요. 치질이 있어요",
        "뜨거운 냄비에 손가락을 데서 작은 물집이 생겼어요",
        "熱湯が指にかかって、小さな水ぶくれができました",
        "开水溅到手背，起了一个小水泡",
    ],
)
def test_thirteenth_round_close_cases_stay_below_emergency(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # Seventh round.
        "my eye has been bothering me, no pain though",  # a denied pain word is no pain
        "my left eye is itchy and crusty in the mornings, no pain, vision normal",
        "我30岁，昨天吃完烧烤，胸口烧着疼，一直反酸，吃了胃药就好多了",  # heartburn felt in the chest
        "踢球扭了脚，脚踝有点肿，走路有点瘸但还能走",  # limping on a sprain
        "下眼皮長了針眼，有點疼有點腫，看東西正常",  # a stye
        "左目が赤くて目やにが出ます。痛みはなく、見え方も普通です",  # conjunctivitis
        "パニック障害で通院中です。電車で動悸と息苦しさが出たけど、20分で落ち着きました",
        "burnt my finger on the oven tray, small blister about the size of a pea",
        "明日大事なプレゼンがあって緊張して眠れません。考えがぐるぐるしてしまいます",  # nerves, not anxiety or vertigo
        "来例假第二天，肚子疼，跟平时一样，吃了止痛药好点",  # the day of a period is no duration of the pain
        "생리 이틀째라 배가 아파요. 평소랑 똑같아요",
        "在泳池晒了一下午，后背晒红了，摸起来很烫，没起水泡也没发烧",  # hot skin after the sun is the sunburn
        "sunburnt shoulders, red and hot, no blisters",
        "just got my yearly blood test back and everything is normal",
        # Eighth round.
        "26岁，前天在健身房卧推练多了，今天左边胸口按着疼，转身就疼，没有气短，也没出汗",
        "25歳です。昨日ジムでベンチプレスをやりすぎて、今日は胸を押すと痛い。息苦しさはありません",
        "24살인데 어제 헬스장에서 벤치프레스 하고 가슴을 누르면 아파요. 숨차지는 않고 식은땀도 없어요",
        "I'm 27, did deadlifts at the gym yesterday and my chest hurts when I press on it. not short of breath",
        "my 14 month old had his vaccinations today, temp 38.1 tonight, still feeding well",
        "예방접종 맞고 나서 18개월 아기가 38.4도 열이 나요. 잘 놀아요",
        # A cold with an old heart stent, the chest denied; the stent's date is no duration.
        "3 days of a cold, temp 37.6, I had a heart stent put in 2 yrs ago but no chest problems now",
        "感冒第三天了，鼻塞流鼻涕，有点低烧37.5。前年装过心脏支架，这次胸口一点不舒服都没有",
        "감기 3일째고 미열 37.4도예요. 예전에 심장 스텐트 시술을 받았는데 가슴은 괜찮아요",
        "exams start next week, sleeping badly and feeling anxious, not depressed, just stressed",
        "パソコン作業続きで肩と首がガチガチ、夕方にいつもの頭痛。熱はない",
        "stiff neck and shoulders from my desk, the usual tension headache, no fever",
        "右の下まぶたに赤いできものができて、まばたきすると少し痛い。ものもらいかな",
        "出差一周了，四五天没大便，肚子有点胀，也能放屁，肚子不怎么疼",
        # A fracture only feared, walking as usual, the bone not tender (Ottawa rules: no X-ray).
        "段差で足首ひねった。少し腫れてるけど普通に歩けるし、骨のところ押しても痛くない。骨折してたらどうしよう",
        "下楼梯崴了脚，外侧有点肿，能正常走路，按骨头不疼，会不会骨折了啊",
        "발목을 삐었는데 걷는 건 괜찮고 뼈를 눌러도 안 아파요. 골절이면 어떡하죠",
        # Ninth round.
        # A sore pimple on the chin is the pimple's, not a jaw pain (toothache).
        "下巴上冒了一颗大痘痘，红红的，碰到会疼，没有发烧",
        "あごに大きなニキビができて、触ると痛い。熱はない",
        "턱에 큰 뾰루지가 났는데 건드리면 아파요. 열은 없어요",
        # Tenth round.
        # Fussy the day after a vaccination, feeding, no fever (37.8 °C is none).
        "아기 7개월인데 어제 예방접종 맞고 좀 보채요. 분유 잘 먹고 열은 37.7도예요",
        "8个月宝宝昨天打了疫苗，今天有点哭闹，吃奶正常，37.5度",
        "生後9か月、昨日予防接種をして少しぐずっています。ミルクは飲めていて熱は37.6度です",
        # A week of constipation from a diet, no pain.
        "다이어트한다고 샐러드만 먹었더니 일주일째 화장실을 못 갔어요. 배는 안 아파요",
        # Many mosquito bites, itchy lumps only.
        "got bitten by mozzies at the beach, about 15 itchy lumps on my legs, nothing spreading",
        "キャンプで蚊にたくさん刺されて、かゆいふくらみが20か所くらいあります",
        "露营被蚊子咬了二十多个包，特别痒",
        # A stubbed little toe, walking as usual and its usual shape.
        "タンスの角に足の小指をぶつけた。骨折したかも。でも普通に歩けてて、形も変じゃない",
        "小脚趾踢到桌脚，怕骨折，但走路正常，也没有变形",
        "새끼발가락을 문틀에 찧었어요. 부러졌을까 봐 걱정되는데 잘 걷고 모양도 멀쩡해요",
        "stubbed my little toe on the bed, worried it's broken but I'm walking fine and it's not crooked",
        # Eleventh round (helper F): close cases of the new concepts that stay home care.
        "the room spins when I turn over in bed, it started this morning",  # vertigo for hours, not days
        "2살 딸이 기저귀 발진이 어제 생겼어요. 열은 없어요",  # a nappy rash since yesterday
        "尿布疹今天刚起的，有点红，没发烧",
        "my pulse is 52, I run marathons and feel great",
        "I'm not on dialysis, just have mild kidney disease, feeling fine",
        "吃鱼的时候不小心咽了一口饭，现在喉咙没事",
        # Eleventh round (helper B): over-triaged concepts that are home care.
        # A cold's sore throat and blocked nose for a week (ten days is the cold's limit).
        "ugh, scratchy throat and stuffy nose for 8 days, bit of a cough, temp was 99.8 last night",
        "嗓子疼，鼻塞流鼻涕，一个星期了，没发烧",
        # A flare of known wear-and-tear arthritis: the years are the arthritis's, not the flare's.
        "我媽68歲，膝蓋退化好幾年了，最近天氣變冷又開始痠痛，但沒有紅腫發熱，走路還可以",
        "무릎 퇴행성 관절염 몇 년째인데 요즘 추워지니 다시 쑤셔요",
        "変形性膝関節症で何年も通院してますが、寒くなってまた痛みます",
        "arthritis in my knees for years but this week they ache more with the cold",
        # A low mood for up to two weeks, sleeping, eating and working as usual, self-harm denied.
        "这次考试没考好，这一周心情特别差，老想哭。不过吃饭睡觉还算正常，也没有想不开的念头",
        "分手两周了，每天想哭。但觉还睡得着，班也照常上。我不会做傻事",
        "仕事でミスをして、1週間くらい落ち込んでます。でも夜は眠れてるし、ご飯も食べてます。"
        "死にたいとかは思ってないです",
        "I've been feeling down for a week since I failed my exam, but I'm sleeping and eating fine. "
        "No thoughts of hurting myself.",
        "시험 떨어지고 일주일째 우울해요. 그래도 잠도 잘 자고 밥도 잘 먹어요. 죽고 싶은 생각은 없어요",
        # A panic attack like earlier ones after which the heart was checked normal.
        "I'm 24, had a panic attack on the bus, heart pounding, couldn't breathe, settled after 15 mins. "
        "My GP checked my heart last year, all normal",
        "22살인데 아까 공황발작이 왔는데 10분 지나니까 괜찮아졌어요. 작년에 심장검사 했는데 정상이었어요",
        "さっきパニック発作が起きて、15分で落ち着きました。前に心電図は異常なしでした",
        "刚才惊恐发作，心跳很快，十分钟后就好了。以前心脏检查都正常",
        # Worse when doing something (the computer, sitting long) is no worsening course.
        "어깨가 뭉쳐서 뻐근해요 컴퓨터 오래하면 심해지는데 팔 저림은 없어요",
        "my shoulders are stiff, it gets worse when I sit at the computer, no tingling in my arms",
        "肩こりがひどくて、パソコンを長く見ていると悪化します。腕のしびれはないです",
        "肩膀酸痛，一坐久就加重，手不麻",
        # Tired, dry eyes from screens, pain and redness denied.
        "最近熬夜盯電腦，眼睛很乾很痠，眨眨眼就好。沒有痛也沒有紅",
        "眼睛很干很酸，没有痛",
        # A chest wall strain at 24, the age said as "24, healthy".
        "did heavy bench yesterday, my chest hurts when I press on it or twist, 24, healthy, not short of breath, "
        "no sweating",
        # Sore thighs after the gym for the first time in a year: the year is no duration of the soreness.
        "어제 1년 만에 헬스장 가서 하체 운동 했더니 오늘 허벅지가 뻐근해요. 소변 색은 평소랑 같아요",
        "1年ぶりにジムで足のトレーニングをしたら、今日太ももが筋肉痛です。尿の色は普通です",
        "时隔一年去健身房练腿，今天大腿酸痛，小便颜色正常",
        "went to the gym for the first time in a year, my thighs are sore today, pee is normal colour",
        # Eleventh round: a teenager who swallowed a coin and eats and drinks as usual (no poison).
        "16歳です。10円玉を飲み込んでしまいました。痛みもなく、普通に食べたり飲んだりできています",
        # Eleventh round: "1週間お通じがないです" is constipation said (ない is the complaint), a week of it home care.
        "1週間お通じがないです",
        # Eleventh round: the kerb (马路牙子) is no tooth: a graze on the knee after tripping on it.
        "被马路牙子绊倒了，膝盖磕破了有点疼",
        # Eleventh round: a blood thinner denied is not taken; a body part inside a denied symptom is no pain site.
        "I banged my shin and have a bruise, not on any blood thinners",
        "足をぶつけてあざができました。血液サラサラの薬は飲んでません",
        "妊娠25週で、最近腰が痛いです。お腹の張りや出血はありません",
        # Eleventh round (helper H): normal pregnancy sickness with fluids kept down; constipation in pregnancy.
        "12 weeks pregnant and feel sick every morning, threw up once yesterday. i can keep water and crackers down",
        "妊娠8週です。朝が気持ち悪くて、たまに吐きます。でも水分はとれてる",
        "임신 9주인데 아침마다 메스껍고 가끔 토해요. 물은 마실 수 있어요",
        "怀孕10周，早上会恶心，偶尔吐，水喝得下",
        "懷孕20週，最近三四天才大一次便，很硬，肚子不痛也沒出血",
        # Eleventh round (helper H): a bruise on warfarin after a knock that is not growing.
        "on warfarin, banged my shin yesterday and got a small bruise, its not getting bigger",
        "와파린 먹는데 정강이를 부딪혀서 멍이 들었어요. 더 커지지는 않아요",
        "在吃华法林，撞到小腿有块瘀青，没有变大",
        # Eleventh round (helper H): a lump with an obvious cause and a short time (a vaccination, an insect bite).
        "宝宝1岁，前天打完疫苗大腿上有个硬币大的红肿硬块，不发烧",
        "my 1 year old had her jabs yesterday and there's a hard red lump on her thigh, no fever",
        "got bitten by something in the garden yesterday, red itchy lump, no fever",
        # Eleventh round (helper H): the sight going dark for a moment on standing, a faint denied (a head rush).
        "我23岁，蹲久了站起来会眼前一黑几秒，没晕倒过",
        "I'm 22, when I stand up my vision goes black for a second, never fainted",
        # Eleventh round (helper H): benign patterns said with their time (heartburn an antacid settles, an eyelid
        # twitch, athlete's foot), and a time since a birth or a first period that is no complaint's duration.
        "heartburn twice a week for 4 weeks, gaviscon helps, 35, no trouble swallowing",
        "左边眼皮一直跳，一个礼拜了，最近熬夜，看东西都正常",
        "my eyelid has been twitching for a week, lots of late nights",
        "まぶたがピクピクして1週間です",
        "눈꺼풀이 떨린 지 일주일 됐어요",
        "발가락 사이가 가렵고 하얗게 불어서 껍질 벗겨져요 한 2주됐어요",
        "athlete's foot for 2 weeks",
        "had my baby 4 months ago and my hair is coming out in handfuls, otherwise fine",
        "產後第三週，惡露量已經變很少，沒有臭味也沒發燒",
        "産後3ヶ月で母乳あげてます。鼻水とのどのイガイガで、熱はないです",
        "my baby is 3 weeks old and has little white spots on her cheeks, feeding great",
        "태어난 지 2주 된 아기가 하루에도 몇 번씩 딸꾹질을 해요. 잘 먹고 잘 자요",
        # Eleventh round (helper H): gums that bleed a little on brushing, a pain denied (不會痛).
        "最近刷牙的時候牙齦會流一點點血，不會痛，吐掉就停了",
        # Twelfth round: the lowered cases (their still-raised neighbours are in test_text_is_raised_to): a cold sore
        # whose tingling is its own (not the nerves'), an eyelid twitch said with words between, a painless red eye
        # seeing as usual ("doesnt" without its apostrophe), pregnancy sickness with food and water kept down, breast
        # pain with the cycle or cracked nipples while breastfeeding (胸/가슴/胸部 said of the breast: no chest pain).
        "입술에 물집이 또 올라왔어요 따끔따끔해요 자주 그래요",
        "눈 밑이 계속 파르르 떨려요 며칠 됐어요",
        "右のまぶたが一週間ずっとピクピクしてます",
        "my right eyelid has been twitching on and off for a week",
        "the white of my eye is bright red but it doesnt hurt and i can see fine",
        "妊娠12週、吐くのは時々だけど水分も食事もとれてます",
        "12 weeks pregnant, sick now and then but eating and drinking fine",
        "生理前になると胸が張って痛くなります。生理が来ると治ります",
        "每个月月经前胸部胀痛，月经来了就好",
        "모유수유 중인데 유두가 갈라져서 아파요. 열은 없어요",
        "breastfeeding and my nipples are cracked and sore, no fever",
        # Twelfth round (helper T): a blood thinner said not taken in Korean (약은 안 먹어요), a head rush after a
        # bath with the faint denied (倒れてない), heartburn in pregnancy (명치가 타는 것처럼), a cold sore's "a couple
        # times a year" (how often, not how long), motion sickness (気持ち悪くなる is no worsening), a baby's
        # temperature the day after a vaccination, urine said not red, the bone said not tender.
        "건조해서 아침에 코피가 났는데 눌러서 멈췄어요. 피묽게하는 약은 안 먹어요",
        "お風呂上がりに急に立ったら一瞬クラッとしたけど、すぐ治りました。倒れてないです",
        "임신 20주인데 밥 먹고 나면 명치가 타는 것처럼 쓰려요",
        "got a cold sore again, i get them a couple times a year",
        "嘴唇又起泡了，一年两三次",
        "車に乗ると気持ち悪くなって吐いてしまいます。8歳です",
        "4개월 아기 예방접종 맞고 37.8도예요 잘 먹어요",
        "소변이 빨갛진 않아요",
        "rolled my ankle, the bone isn't sore to press and i can walk fine",
        "寝返りを打つと天井が回ります。今朝からです。30歳",
        # Twelfth round (helper S): a pregnant belly growing with a backache; bleeding gums in pregnancy; a call about
        # one skipped beat that is over.
        "24 weeks pregnant, as my belly gets bigger my lower back aches in the evening. no bleeding or tightening",
        "妊娠24週です。お腹が大きくなってきて、夕方になると腰がだるく痛くなります。出血やお腹の張りはないです",
        "懷孕24週，肚子變大以後腰很痛",
        "怀孕18周，最近刷牙的时候牙龈老出血，一点点，漱漱口就好了，没别的不舒服",
        "18 weeks pregnant and my gums bleed a bit when i brush",
        "救命我是不是心脏有问题！！刚才喝完第三杯咖啡，心脏突然咯噔一下漏跳了一拍，之后就正常了，就那一下。我25岁，没有胸痛也不晕，现在心跳72。要不要去急诊？",
        # Thirteenth round: a baby fussy while a tooth comes through (teething explains the fussing)
        "寶寶10個月，這幾天一直流口水、晚上比較會哭鬧，看得到牙齦白白的快冒牙了。沒有發燒",
        "10개월 아기가 이가 나려는지 침을 많이 흘리고 밤에 자꾸 보채요. 열은 없어요",
        "my 10 month old is cutting a tooth and very fussy at night, no fever",
        # Thirteenth round: worry said about hiccups of an hour (not the nerves intake)
        "しゃっくりが1時間止まらなくて不安です。何か悪い病気のサインですか？それ以外は元気です",
        "딸꾹질이 1시간째 안 멈춰서 불안해요. 다른 건 괜찮아요",
        "打嗝一个小时停不下来，好焦虑，是不是什么病？",
        "I have had hiccups for an hour and I am anxious, is it something bad?",
        # Thirteenth round: a blister from new shoes is no shingles band
        "새 신발 신고 뒤꿈치에 물집이 생겼어요",
        # Thirteenth round: zh 打嗝 for two days with a full stomach is belching, not persistent hiccups
        "这两天火锅吃多了，胃有点胀，老打嗝，没有吐也没有拉肚子，也不疼",
        # Thirteenth round: W2 lowered (self-care) next to the still-raised rows above
        "29 M, I get hay fever every spring. sneezing, itchy watery eyes for about a week, no wheeze",
        "母79歳、4日前から咳と鼻水、熱はないです",
        "2歳の娘、手足口病で手と口の中にポツポツが出てきました。熱は37.6度、お茶とゼリーは食べてます",
        "我有糖尿病在吃二甲双胍，嘴唇边上又起了一小簇水疱，以前也长过，有点刺痛，没发烧",
        "종이에 손가락 베였는데 피가 계속 나요ㅠㅠ 5분 누르니까 멈추긴 했는데 파상풍 걸리는거 아니죠??",
        "宝宝10个月，最近老流口水，有点闹觉，体温37.5，吃奶正常，摸到下牙床有个白点",
        # Thirteenth round (W1): the self-care twins of the raised rows above, and the lowered ones
        "임신 9주차인데 아침마다 울렁거리고 한번씩 토해요. 그래도 물이랑 크래커는 먹히고 소변도 잘 봐요",
        "妊娠16週です。つわりで時々吐きますが、水分もご飯も少しずつとれてて、おしっこも普通に出てます",
        "10 weeks pregnant, throwing up most mornings but peeing normally and keeping water down",
        "祖母78歳、昨日から鼻水と喉のイガイガ、熱は37.2℃くらいです。ご飯もちゃんと食べてて、息苦しさもないです",
        "i can swallow fine, food doesnt stick, just a sore throat",
        "목이 아픈데 음식이 걸리지는 않아요",
        "喉が痛いけど食べ物がつかえることはないです",
        "i had coffee and my heart isnt racing, just a headache",
        "3岁儿子大便很硬，每次拉都哭，纸上没有血",
        "변비가 있는데 대변 보고 휴지에 피는 안 묻어요",
        "my 3yo touched the stove, his finger is a bit red but no blister",
        "3歳の子がストーブに触って少し赤くなりましたが水ぶくれはありません",
        "7yo fell and scraped his chin, small graze, bleeding stopped",
        "7살 아들이 넘어져서 턱이 살짝 까졌어요 피는 멈췄어요",
        "9살 아들 기침이 일주일째인데 밤에 누우면 좀 심해져요 열은 없어요",
        "26岁女，月经一直很规律，最近下巴长痘",
        "最近每天走两万步，这一周早上下床第一步脚后跟特别疼，走几步就好点了，没有肿",
        "for a week my heel really hurts on my first steps in the morning, eases after a few steps",
        "일주일째 아침에 첫발 디딜 때 발뒤꿈치가 너무 아파요 몇 걸음 걸으면 괜찮아져요",
        "1週間前から朝起きて最初の一歩でかかとがすごく痛いです。少し歩くと楽になります",
        "妊娠14週です。まだ朝ちょっと気持ち悪いけど、吐くのは週1回くらいで、水もご飯もとれてます。体重も減ってないです",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        # Eleventh round (helper H): witnessed pauses in breathing in sleep, or loud snoring with sleepiness by day, are
        # seen within weeks by the rules themselves (the learned net may raise these further; it is switched off here).
        "남편이 코를 골고 자다가 숨이 멈춰요",
        "my husband snores loudly and stops breathing in his sleep",
        "my husband snores loudly and is drowsy all day",
        "老公打呼噜很大声，睡觉时会停止呼吸",
        "夫のいびきがすごくて、寝てる間に息が止まってる時があります",
        # Thirteenth round: snoring, then breathing that stops; a blood-pressure medicine (血 of 血圧 is no bleeding)
        "夫のいびきがすごくて、時々10秒くらい息が止まってます。昼間すごく眠いです。血圧の薬飲んでます",
        "老公打呼很大聲，有時候會停止呼吸十秒，白天很想睡，有在吃血壓藥",
    ],
)
def test_sleep_apnoea_is_routine_by_rule(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    assert triage_result(text)["level"] == "routine"


# Twelfth round (helper P): levels by the rules alone (the learned net switched off).
@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # After a fall or a crash, a belly or flank pain with dizziness or a cold sweat: bleeding inside (emergency),
        # even when the fall was played down; the pain alone is seen the same day; a graze and dizziness stay home care.
        ("오토바이 타다 넘어졌는데 별거 아닌 것 같았어요. 근데 옆구리가 점점 아프고 일어나면 핑 돌고 식은땀나요",
         "emergency", "injury_belly_shock"),
        ("came off my motorbike, thought it was nothing, but my belly is getting more painful, dizzy and sweaty",
         "emergency", "injury_belly_shock"),
        ("骑摩托车摔了一下，现在左边肚子越来越痛，站起来头晕，出冷汗", "emergency", "injury_belly_shock"),
        ("バイクで転んだけど大したことないと思って帰りました。でも左の脇腹とお腹がだんだん痛くなって、立つとくらっとして冷や汗が出ます",
         "emergency", "injury_belly_shock"),
        ("넘어졌는데 배가 아파요. 어지럽지는 않아요", "urgent", "injury_belly_pain"),
        ("I fell off my bike and my tummy hurts, no dizziness", "urgent", "injury_belly_pain"),
        ("자전거 타다 넘어져서 무릎이 까지고 좀 어지러워요", "self_care", "no_warning_signs"),
        # Light or brown spotting in early pregnancy without pain: seen the same day; with dizziness or a belly pain it
        # stays an emergency.
        ("임신 8주차에요 속옷에 갈색 분비물이 조금 묻어있었어요 배는 안아프고 피가 줄줄 나지도 않아요", "urgent",
         "pregnancy_spotting"),
        ("I'm 8 weeks pregnant and have a little brown spotting, no pain", "urgent", "pregnancy_spotting"),
        ("妊娠8週です。少量の茶色っぽい出血がありました。お腹は痛くないです", "urgent", "pregnancy_spotting"),
        ("怀孕8周，内裤上有一点点褐色分泌物，肚子不痛", "urgent", "pregnancy_spotting"),
        ("임신 8주인데 피가 조금 묻어나고 어지러워요", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("8 weeks pregnant, light spotting, dizzy and faint", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("妊娠8週です。茶色っぽい出血があって、めまいがします", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("怀孕8周，有一点点褐色分泌物，头晕", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("임신 8주인데 갈색 분비물이 조금 있고 배가 아파요", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("I'm 8 weeks pregnant and bleeding heavily", "emergency", "red_flag:pregnancy_pain_bleeding"),
        # Green vomit in a baby: a surgical emergency alone.
        ("生後3週間の赤ちゃんが、今日3回吐いて、吐いたものが緑色でした", "emergency", "red_flag:bowel_obstruction"),
        ("my 3 week old baby has vomited three times and it was green", "emergency", "red_flag:bowel_obstruction"),
        # Waters breaking: an emergency at any week, said as 破水 or described, with "pregnant" or without.
        ("妊娠38週です。さっき破水した", "emergency", "red_flag:pregnancy_pain_bleeding"),
        ("妊娠32週です。さっき下から水がバシャッと出て、透明な水が流れてきます", "emergency",
         "waters_broken_pregnancy"),
        ("밑에서 물이 왈칵 쏟아졌어요 계속 흘러요", "emergency", "waters_broken_pregnancy"),
        # A pregnant belly growing with a backache: home care by the rules (the learned net, trained on many pregnancy
        # emergencies, raises this short message; noted in docs/nlu.md).
        ("임신 24주인데 배가 나오면서 허리가 아파요", "self_care", "no_warning_signs"),
    ],
)
def test_twelfth_round_levels_by_rule(text: str, expected: str, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    result = triage_result(text)
    assert (result["level"], reason in result["reasons"]) == (expected, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thirteenth round (V2): the close cases of the emergencies above stay below emergency by the rules.
        ("had an erection for a few hours last night but it went down on its own, no pain now", "self_care"),
        ("발기가 오래 갔는데 지금은 가라앉았어요", "self_care"),
        ("包皮翻下去之後自己回去了，不痛也不腫", "self_care"),
        ("포피가 뒤로 넘어갔는데 바로 다시 돌아왔어요", "self_care"),
        ("my son got kicked in the groin at football, it hurt for a few minutes but now he's fine, no swelling",
         "self_care"),
        ("息子がサッカーで股間を蹴られたけど、数分で痛みは治まって腫れもないです", "self_care"),
        ("my fingers go cold and white in the cold and then warm up and go red", "routine"),
        ("冬になると手の指が冷たくて白くなって、温めると戻ります", "routine"),
        ("겨울에 손가락이 차갑고 하얗게 변했다가 따뜻하게 하면 돌아와요", "routine"),
        ("my fingers suddenly go cold and white in the cold and then warm up", "routine"),
        ("had a prostate biopsy 2 days ago, some blood in my urine, no fever or chills", "urgent"),
        ("前立腺の生検のあと、37.2度の微熱と少し血尿があります", "urgent"),
        ("前列腺穿刺后尿里有一点血，没发烧", "urgent"),
        ("forgot a tampon in for 2 days, bit of a smell, no fever, feel fine", "self_care"),
        ("탐폰을 이틀 넣어놓고 깜빡했어요 냄새가 좀 나요 열은 없어요", "self_care"),
        ("20 weeks pregnant, minor car accident yesterday, checked at hospital and everything was fine", "urgent"),
        ("怀孕20周，昨天出了个小车祸，去医院检查都正常，现在没有不舒服", "urgent"),
        ("妊娠20週、昨日軽い追突事故にあいましたが、病院で異常なしと言われ、今は何ともありません", "urgent"),
        ("36 weeks pregnant, my legs are swollen and i get out of breath on the stairs", "urgent"),
        ("임신 36주인데 다리가 붓고 계단 오르면 숨이 차요", "urgent"),
        ("my dad has a big prostate, takes ages to start peeing and weak stream, no pain", "routine"),
        ("my knee bruise has turned dark purple, no fever", "self_care"),
        ("怀孕28周，今天早上看到下面有像绳子一样的分泌物，其他没什么", "routine"),
        ("아버지가 투석하시는데 이틀 투석을 못 하셨어요", "urgent"),
    ],
)
def test_thirteenth_round_v2_close_cases_stay_below_emergency(
    text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thirteenth round (U): pre-eclampsia up to six weeks after a birth (NICE NG133); months later, or a scar, is
        # not
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
        # Thirteenth round (U): a face droop with the forehead weak (Bell's palsy) is urgent; a weak arm, slurred
        # speech or
        # no forehead said keeps the stroke emergency
        ("早上起来照镜子发现左边嘴歪了，左眼闭不上，额头左边也皱不起来。手脚都能动，说话清楚。35岁男", "urgent"),
        ("早上起來發現左邊嘴歪了，左眼閉不上，額頭也皺不起來，眉毛抬不起來。手腳都能動，說話清楚。", "urgent"),
        (
            "朝起きたら左の口角が下がってて、左目が閉じられない。おでこにもしわが寄せられません。手足は動くし、"
            "話すのも普通。35歳男",
            "urgent",
        ),
        (
            "아침에 일어났더니 왼쪽 입이 돌아가고 왼쪽 눈이 안 감겨요. 이마도 안 올라가요. 팔다리는 멀쩡하고 말"
            "도 잘 해요. 35살 남자",
            "urgent",
        ),
        (
            "woke up and the left side of my mouth is drooping, can't close my left eye, can't wrinkle my foreh"
            "ead on that side either. arms and legs fine, speech is clear. 35m",
            "urgent",
        ),
        ("早上起来发现左边嘴歪了，额头左边也皱不起来。左手没力", "emergency"),
        ("早上起来发现左边嘴歪了，额头左边也皱不起来，说话有点含糊", "emergency"),
        ("早上起来发现左边嘴歪了，左眼闭不上。手脚都能动，说话清楚", "emergency"),
        ("朝起きたら顔の左側が垂れてて、おでこにもしわが寄せられません。左手に力が入らない", "emergency"),
        ("朝起きたら顔の左側が垂れてて、左目が閉じられない", "emergency"),
        ("아침에 일어났더니 왼쪽 입이 돌아가고 이마도 안 올라가요. 말이 좀 어눌해요", "emergency"),
        ("아침에 일어났더니 왼쪽 입이 돌아가고 왼쪽 눈이 안 감겨요", "emergency"),
        (
            "woke up and the left side of my mouth is drooping, can't wrinkle my forehead on that side either. "
            "my left arm feels weak",
            "emergency",
        ),
        ("woke up and the left side of my mouth is drooping, can't close my left eye", "emergency"),
        # Thirteenth round (U): a relative's (or one's own) past stroke is history; a stroke now stays an emergency
        ("45歳男。健康診断で血圧170/100って言われました。症状はありません。父が脳卒中やってます", "routine"),
        ("45岁男，体检血压170/100，没什么症状。我爸以前脑梗过", "routine"),
        ("45岁男，体检血压170/100，没什么症状。我爸五年前中风", "routine"),
        ("45세 남자, 건강검진에서 혈압 170/100 나왔어요. 증상은 없어요. 아버지가 뇌졸중으로 돌아가셨어요", "routine"),
        ("45 m, bp 170/100 at a work health check, no symptoms. my dad had a stroke at 60", "routine"),
        ("45 m, bp 170/100 at a work health check, no symptoms. my dad died of a stroke", "routine"),
        ("父が脳卒中で倒れました", "emergency"),
        ("父が脳卒中やってます。今朝から右手に力が入らない", "emergency"),
        ("我爸中风了", "emergency"),
        ("아빠가 뇌졸중 같아요", "emergency"),
        ("my dad had a stroke", "emergency"),
        # Thirteenth round (U): blood streaks in the sputum with a cough that won't stop are urgent; much blood or
        # breathlessness is an emergency
        (
            "62歳女、タバコ40年。2ヶ月くらい咳が止まらなくて、最近たまに痰に血が混じります。息苦しさはそんなに"
            "ないです",
            "urgent",
        ),
        ("62살 여자, 두 달째 기침이 멈추지 않고 요즘 가끔 가래에 피가 섞여 나와요. 숨찬 건 별로 없어요", "urgent"),
        ("62岁女，抽烟40年。咳嗽两个月停不下来，最近痰里偶尔带血丝。不怎么喘", "urgent"),
        (
            "62 f, smoked for 40 years. cough that won't stop for 2 months, lately some streaks of blood in my "
            "phlegm. not really breathless",
            "urgent",
        ),
        ("咳嗽两个月，今天咳出一大口血", "emergency"),
        ("기침하다가 피를 많이 뱉었어요", "emergency"),
        ("咳をしたら血がたくさん出ました", "emergency"),
        ("coughed up a lot of blood this morning", "emergency"),
        ("痰に血が混じって、息が苦しい", "emergency"),
        ("가래에 피가 섞여 나오고 숨이 차요", "emergency"),
        ("coughing up blood and short of breath", "emergency"),
        ("blood keeps coming out of the cut and won't stop", "emergency"),
        # Thirteenth round (U): gout said with an intensifier between the toe and its pain
        (
            "45 m woke up at 3am with my big toe absolutely on fire, red and swollen, cant even have the sheet "
            "touch it. no injury",
            "routine",
        ),
        ("엄지발가락이 진짜 불난 것처럼 아프고 빨갛게 부었어요. 다친 적은 없어요", "routine"),
        ("夜中に足の親指が突然激痛で、赤く腫れてます。ケガはしてません", "routine"),
        ("半夜大脚趾突然疼得要命，又红又肿，没受伤", "routine"),
        ("stubbed my toe, bit sore, no swelling", "self_care"),
        # Thirteenth round (U): sudden hearing loss said with the day it began
        ("38歲女生，昨天早上起床右耳突然聽不太到，還一直嗡嗡響，不會痛也沒有感冒", "urgent"),
        ("어제 아침에 갑자기 오른쪽 귀가 잘 안 들려요", "urgent"),
        ("昨日の朝から急に右耳が聞こえにくいです", "urgent"),
        ("yesterday morning I suddenly couldn't hear out of my right ear", "urgent"),
        ("I can barely hear out of my left ear since a cold last week, nose blocked", "routine"),
        # Thirteenth round (U): a chest wall strain said at the ribs, its sharp twinge no nerve tingling
        (
            "24살 여자인데 어제 이삿짐 나르고 나서 왼쪽 갈비뼈 쪽이 찌릿해요. 그 부위 누르면 아프고 몸 비틀 때"
            "만 아파요. 숨차거나 그런 건 없어요",
            "self_care",
        ),
        (
            "24歳女、昨日引っ越しの荷物を運んでから左の肋骨のあたりがピリッと痛い。押すと痛くて、ひねった時だけ"
            "痛い。息苦しさはない",
            "self_care",
        ),
        ("24살 여자인데 어제 이삿짐 나르고 나서 왼쪽 갈비뼈 쪽이 찌릿해요. 그 부위 누르면 아프고 숨이 차요", "urgent"),
        (
            "55살 남자인데 어제 이삿짐 나르고 나서 왼쪽 갈비뼈 쪽이 찌릿해요. 그 부위 누르면 아프고 숨차거나 그"
            "런 건 없어요",
            "urgent",
        ),
        # Thirteenth round (U): a small tender node that came up with a cold; "freaking out" is no panic attack
        (
            "freaking out, found a lump on my neck under my jaw!!! 19f. its like a pea, a bit tender, came up w"
            "ith this cold ive had for 3 days",
            "self_care",
        ),
        ("感冒三天了，下巴下面摸到一个黄豆大的小疙瘩，按着有点疼，19岁女", "self_care"),
        ("감기 걸린 지 3일 됐는데 턱 밑에 콩알만한 멍울이 만져져요. 누르면 좀 아파요. 19살 여자", "self_care"),
        ("風邪をひいて3日目、顎の下に小豆くらいのしこりがあって押すと少し痛いです。19歳女", "self_care"),
        ("found a lump on my neck under my jaw. its like a pea, a bit tender. 19f", "routine"),
        ("下巴下面摸到一个黄豆大的小疙瘩，按着有点疼，19岁女", "routine"),
        ("lump on my neck under my jaw, came up with a cold 3 weeks ago and still there", "routine"),
        # Thirteenth round (U): years of a complaint that comes back every summer are no duration of this episode
        ("60岁男，脚趾缝痒得不行，白白的脱皮，夏天就犯，好几年了。不红不肿也不疼", "self_care"),
        ("足の指の間がかゆくて皮がむけてます。毎年夏になるとこうで、もう何年も", "self_care"),
        ("발가락 사이가 가렵고 껍질이 벗겨져요. 여름마다 그래요, 몇 년째예요", "self_care"),
        ("itchy peeling between my toes, comes back every summer, had it for years", "self_care"),
        ("每年都体检，这两年咳嗽一直没好", "routine"),
        ("itchy peeling between my toes every summer, this time it's been 6 weeks", "routine"),
        # Thirteenth round (U): with "freaking out" no longer a panic attack, a mole's changed shape is read
        ("im freaking out. a mole on my back that ive had forever has gone a weird shape and darker", "routine"),
        ("a mole on my back has a nice round shape and hasn't changed", "self_care"),
        # Fourteenth round: blood on the paper said as the loo paper or roll (Z2)
        ("saw blood on the loo paper this morning, 57f, bright red, been straining", "urgent"),
        ("bright red blood on the loo roll after a poo", "urgent"),
        ("대변 보고 닦았더니 빨간 피가 묻어 있었어요", "urgent"),
        ("お尻を拭いたら紙に血がついていました", "urgent"),
        ("no blood on the loo paper, just a bit sore after straining", "self_care"),
        # Fourteenth round: a red eye that light hurts, with pain or blurred sight, seen the same day (Z2)
        ("my right eye is red and painful, light really hurts it and it's a bit blurry. i wear contacts", "urgent"),
        ("오른쪽 눈이 빨갛고 아파요. 빛을 보면 너무 아프고 좀 흐릿해요", "urgent"),
        ("右目が赤くて痛いです。光を見ると痛くて、少しぼやけます", "urgent"),
        ("右眼又红又痛，怕光，看东西有点模糊", "urgent"),
        ("my eye is red and sticky, it doesn't hurt and i can see fine", "self_care"),
        ("bad migraine, light really hurts and my eyes hurt", "routine"),
        # Fourteenth round: impetigo's crust said "yellowy", "yellow crusty" (Z2)
        ("my son is 6 and has crusty yellowy sores round his nose and mouth, spreading", "routine"),
        ("one cold sore on my lip, crusting over now", "self_care"),
        # Fourteenth round: acne that scars or comes as big painful lumps (Z2)
        ("고2 아들 여드름이 너무 심해요 크고 아픈 거 여러 개 나고 흉도 지기 시작했어요", "routine"),
        ("ニキビがひどくて、跡が残ってきました", "routine"),
        ("痘痘很严重，已经开始留疤了", "routine"),
        ("my son has cystic acne and it's leaving scars", "routine"),
        ("고2 아들 이마에 여드름이 좀 났어요. 약국 연고 바르고 있어요", "self_care"),
        ("a few pimples on my forehead, using a cream from the chemist", "self_care"),
        # Fourteenth round: more vaginal discharge, a fishy smell (Z2)
        ("26岁女，下面分泌物变多，有鱼腥味，有点痒", "routine"),
        ("냉이 늘고 생선 비린내가 나요", "routine"),
        ("おりものが増えて魚のような臭いがします", "routine"),
        ("there is more discharge than usual and it smells fishy", "routine"),
        ("分泌物没有变多，也没有异味，就是有点痒", "self_care"),
        # Fourteenth round: period pain that stops school or work, or painkillers barely touch (Z2)
        ("19歲女生，每次月經來都痛到沒辦法上課，要躺一整天，吃止痛藥也只好一點點", "routine"),
        ("생리할 때마다 너무 아파서 학교를 못 가요. 진통제를 먹어도 소용없어요", "routine"),
        ("生理が来るたびに痛くて学校を休みます。痛み止めも効かない", "routine"),
        ("every period the pain is so bad i miss school and painkillers barely help", "routine"),
        ("period cramps today, ibuprofen helps, going to school as usual", "self_care"),
        ("生理痛があるけど、痛み止めを飲めば学校に行けます", "self_care"),
        ("생리통이 있는데 진통제 먹으면 괜찮아서 학교 가요", "self_care"),
        # Fourteenth round: a painful swelling beside the anus, a perianal abscess (Z2)
        ("28歳男。お尻の穴の横が3日前から腫れてきて、座れないくらい痛いです", "urgent"),
        ("항문 옆이 부어서 앉기 힘들 정도로 아파요", "urgent"),
        ("肛门旁边肿了一个包，很痛，坐不下", "urgent"),
        ("a painful swollen lump next to my bum hole, cant sit down", "urgent"),
        ("치질이 있어서 항문에 혹이 가끔 나와요. 아프진 않아요", "self_care"),
        # Fourteenth round: an ellipsis ends a clause, so a denial after it does not reach back (Z2)
        ("お風呂で胸にしこりを見つけました…1cmくらいで痛くないです。45歳", "routine"),
        ("가슴에 멍울이 만져져요…아프진 않아요", "routine"),
        ("お風呂で胸にしこりはありませんでした…痛くもないです", "self_care"),
        # Fourteenth round (Z1): blood thinners denied; "yesterday" in another sentence is no missed dose
        ("big bruise on my shin from the coffee table yesterday lol. 52f, not on any blood thinners", "self_care"),
        ("got a big bruise on my shin yesterday. i havent taken my blood thinners today", "urgent"),
        ("got a big bruise on my shin yesterday. on warfarin", "urgent"),
        # Fourteenth round (Z1): the stroke only asked about, the signs said fine: the complaint decides
        ("eyelid twitching for 3 days. is this a stroke?? no other symptoms, face feels normal", "self_care"),
        ("眼皮跳了三天，是不是中风？脸没歪，没有别的症状", "self_care"),
        ("まぶたがピクピクします。脳卒中ですか？顔は普通で他に症状はありません", "self_care"),
        ("눈꺼풀이 3일째 떨려요 혹시 뇌졸중인가요? 얼굴은 멀쩡하고 다른 증상은 없어요", "self_care"),
        ("my eyelid keeps twitching, is this a stroke?", "emergency"),
        ("눈꺼풀이 떨려요 혹시 뇌졸중인가요?", "emergency"),
        # Fourteenth round (Z1): recurrent panic attacks that pass in minutes are seen, not an ambulance
        ("panic attacks a few times a week, heart pounding, feel like i cant breathe, last 10 mins then go", "urgent"),
        ("I get panic attacks, can't breathe, chest pain, lasts 10 mins then goes", "emergency"),
        # Fourteenth round (Z1): chilblains (しもやけ, 冻疮) are no frostbite (urgent); diabetic or broken: seen
        ("毎年冬になると足の指が赤く腫れてかゆくなります、しもやけだと思う。22歳女", "self_care"),
        ("每年冬天脚趾都长冻疮，又红又痒", "self_care"),
        ("I get chilblains on my toes every winter, red and itchy", "self_care"),
        ("スキーで指が凍傷になりました、白くて感覚がない", "urgent"),
        ("frostbite on my toes after hiking, they're white and numb", "urgent"),
        ("冻疮破了，起水泡了", "routine"),
        ("しもやけが破れてジュクジュクして痛い、糖尿病あり", "routine"),
        # Fourteenth round (Z1): molars coming through explain a toddler's fussing
        ("두돌 아기 침을 흘리고 좀 칭얼대요 어금니 나는 중인 것 같아요 열은 없고 밥은 잘 먹어요", "self_care"),
        ("两岁宝宝口水很多，有点闹，好像在长臼齿，不发烧，吃饭正常", "self_care"),
        ("2歳の子がよだれが多くてぐずってます。奥歯が生えかけてるみたい。熱はなくてご飯も食べます", "self_care"),
        # Fourteenth round (Z1): a hangover's thirst is no diabetes sign; thirst alone is still examined
        ("big night last night lol. headache, bit queasy, thirsty. no head injury, just drank too much", "self_care"),
        ("二日酔いで頭が痛くて喉が渇きます", "self_care"),
        ("宿醉，头疼，口渴", "self_care"),
        ("always thirsty and peeing a lot lately, 45m", "routine"),
        ("ずっと喉が渇いて体重が減ってきた", "routine"),
        # Fourteenth round (Z1): "bowel movement" is no bowel pain site; 目が覚めた (woke up) is no eye pain
        ("my dad is 70, hasnt had a bowel movement in 3 days since starting iron. no belly pain", "self_care"),
        ("my bowels hurt for 3 days", "routine"),
        ("夜中にふくらはぎがつって激痛で目が覚めました。今はもう治ってます。26歳男", "self_care"),
        ("目が痛くて夜中に目が覚めました", "routine"),
    ],
)
def test_thirteenth_round_u_levels_by_rule(text: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thirteenth round (W3): painless genital and breast findings examined within days, each next to a case that
        # stays self-care (genital_breast_exam)
        ("35살 남자에요 사정할 때 정액에 피가 섞여 나왔어요 아프진 않아요", "routine"),
        ("35, noticed blood in my semen twice this month, no pain, peeing fine", "routine"),
        ("40歳男です。精液に血が混じっていました。痛みはないです", "routine"),
        ("男，35岁，最近两次精液带血，不痛", "routine"),
        ("no blood in my semen, just wondering about vasectomy side effects", "self_care"),
        ("52 and for a year i've had trouble getting and keeping an erection, smoker", "routine"),
        ("50대인데 1년 전부터 발기가 잘 안 돼요 담배 피워요", "routine"),
        ("52歳です。去年から勃起しにくくなりました。タバコを吸います", "routine"),
        ("52岁，这一年老是硬不起来，抽烟", "routine"),
        ("28, for the past two months i keep losing my erection halfway", "routine"),
        ("bit awkward but over the past year i've had trouble keeping an erection, smoker", "routine"),
        ("no trouble getting an erection, just asking about condom sizes", "self_care"),
        ("22岁男，昨天喝多了没硬起来，我是不是阳痿了？", "self_care"),
        ("22, couldn't get it up last night after a lot of beers, am i impotent?", "self_care"),
        ("my mum is 68, she feels something bulging down below, worse at the end of the day", "routine"),
        ("엄마가 68세인데 자궁이 빠지는 느낌이 있대요", "routine"),
        ("母68歳、股に何か挟まっているような感じがあって夕方に強くなるそうです", "routine"),
        ("我妈68岁，说下面有东西掉出来，傍晚更明显", "routine"),
        ("a few small lumps like little cauliflowers down below, not painful, 29f", "routine"),
        ("밑에 콜리플라워 같은 작은 혹이 몇 개 생겼어요 안 아파요", "routine"),
        ("陰部にカリフラワーみたいなできものが数個あります。痛くないです", "routine"),
        ("下面长了几个像菜花一样的小疙瘩，不痛不痒", "routine"),
        ("warts on my fingers for a month, not painful", "self_care"),
        ("42, brownish bloody discharge from my left nipple on my bra, no lump i can feel", "routine"),
        ("42살인데 왼쪽 유두에서 갈색 피 같은 분비물이 나와요", "routine"),
        ("42歳です。左の乳首から茶色っぽい血みたいな分泌物が出ました", "routine"),
        ("42岁，左边乳头溢液，带点血，褐色的", "routine"),
        ("breastfeeding my 3 month old and milk leaks from my nipple between feeds", "self_care"),
        # something felt coming out of the vagina in pregnancy: a cord or the membranes, not a prolapse to book
        ("37 weeks pregnant and i feel something coming out of my vagina", "emergency"),
        ("임신 36주인데 질에서 뭔가 튀어나와요", "emergency"),
        ("妊娠36週、膣から何かが出てきました", "emergency"),
        ("怀孕36周，阴道有东西掉出来", "emergency"),
        # Thirteenth round (W3): contraception that failed is seen the same day (emergency contraception)
        ("the condom broke last night, is it too late for the morning after pill?", "urgent"),
        ("어제 밤에 콘돔이 찢어졌어요 사후피임약 아직 늦지 않았나요", "urgent"),
        ("一昨日の夜、避妊に失敗しました。アフターピルってまだ間に合いますか", "urgent"),
        ("昨晚套破了，紧急避孕药还来得及吗", "urgent"),
        ("we used a condom and it didn't break, can i still get pregnant?", "self_care"),
        # Thirteenth round (W3): red urine said a few words after the urine; "안 아프대요" in the next sentence
        ("祖父(78)のおしっこが2回くらい真っ赤でした。痛みはありません", "urgent"),
        ("할아버지 소변이 두어 번 빨갛게 나왔어요 안 아프대요", "urgent"),
        ("grandad's pee was bright red twice this week, no pain", "urgent"),
        ("爷爷的小便有两次是红色的，不痛", "urgent"),
        ("おしっこは赤くなかったです、少し泡立っていただけ", "self_care"),
        ("소변은 빨갛지 않아요 안 아파요", "self_care"),
        # Thirteenth round (W3): months without a period, the months said between
        ("25살인데 생리를 3달째 안 해요 임테기는 음성이에요", "routine"),
        ("25歳です。生理が3ヶ月来ないです。妊娠検査は陰性でした", "routine"),
        ("25岁，月经三个月没来了，验孕阴性", "routine"),
        ("생리가 끝나고 나서 한동안 운동을 안 해요", "self_care"),
        # Thirteenth round (W3): swollen tender breasts (the week before a period, early pregnancy), not a chest pain
        ("생리 일주일 전만 되면 가슴이 붓고 만지면 아파요 생리 시작하면 없어지고요 매달 그래요", "self_care"),
        ("임신 8주인데 가슴이 붓고 만지면 아파요", "self_care"),
        ("懷孕7週，胸部脹痛，這樣正常嗎", "self_care"),
        ("懷孕7週，胸部脹痛，摸到一個硬塊", "routine"),
        ("가슴이 붓고 아픈데 한쪽에 딱딱한 멍울이 만져져요", "routine"),
        # Thirteenth round (W3): the week said before "pregnant" is no duration (a usual cramp of pregnancy)
        ("22주 임산부에요 밤마다 종아리에 쥐가 나서 깨요 붓지는 않아요", "self_care"),
        ("22週の妊婦です。夜に足がつって目が覚めます", "self_care"),
        ("22周的孕妇，晚上小腿老抽筋，不肿", "self_care"),
        # Thirteenth round (W3): blood on blowing the nose in pregnancy is a nosebleed, not a bleeding of pregnancy
        ("懷孕20週，鼻子塞，擤鼻涕有一點血絲，一下就停了", "self_care"),
        ("임신 20주인데 코를 풀면 피가 조금 나와요", "self_care"),
        ("妊娠20週、鼻をかむと血が少し出ます", "self_care"),
        ("20 weeks pregnant, bit of blood when i blow my nose", "self_care"),
        ("懷孕20週，擤鼻涕有血絲，下面也在流血", "emergency"),
        ("임신 20주인데 코를 풀면 피가 나오고 밑에서도 피가 나요", "emergency"),
        ("妊娠20週、鼻をかむと血が出ます。下からも血が出ています", "emergency"),
        ("20 weeks pregnant, blood when i blow my nose and now bleeding down below with cramps", "emergency"),
        ("懷孕20週，內褲上有一點血絲", "urgent"),
    ],
)
def test_thirteenth_round_w3_levels(text: str, expected: str) -> None:
    assert triage_result(text)["level"] == expected
