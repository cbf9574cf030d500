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
        ({"symptoms": ("bruise",), "medication": "warfarin"}, "urgent", "anticoagulant_bleeding"),
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
        ("肚子先是肚脐周围疼，后来跑到右下腹，按下去再松手更疼，发烧38.5", "peritonism_fever"),
        ("오른쪽 아랫배가 아프고 눌렀다 뗄 때 더 아파요. 열이 38.4도예요", "peritonism_fever"),
        ("右下腹が痛くて、押して離すと痛いです。熱が38.6度あります", "peritonism_fever"),
        ("pain moved to my lower right belly, hurts more when I let go after pressing, temp 38.5", "peritonism_fever"),
        ("我先生在做化療，上週打完，今晚發燒38.6度，有點發抖", "red_flag:sepsis"),
        ("我妈妈上周做完化疗，今天发烧38.3度", "red_flag:sepsis"),
        ("아빠가 항암 치료 중인데 오늘 밤 열이 38.2도 나요", "red_flag:sepsis"),
        ("母が抗がん剤治療中で、今夜38.4度の熱と寒気があります", "red_flag:sepsis"),
        ("my husband is on chemo and tonight he has a fever of 38.3 and the shivers", "red_flag:sepsis"),
    ],
)
def test_rules_alone_make_an_emergency(text: str, reason: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


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
    ],
)
def test_text_stays_self_care(text: str) -> None:
    assert triage_result(text)["level"] == "self_care"
