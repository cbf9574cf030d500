"""Triage levels for the head and the nerves: stroke, headache, seizures, dizziness and the spine.

Stroke signs (a face droop with a weak arm or slurred speech, a mouth pulled to one side) are an emergency; a face weak
on one side with the forehead weak too and limbs and speech normal is Bell's palsy, seen the same day. A head injury
with drowsiness or vomiting (or any knock to the head on warfarin, a dose not yet taken today included), a collapse with
gurgling breath, someone who does not respond, is hard to wake or barely answers, and a fit with the eyes rolled up and
the limbs shaking are emergencies; a bump with a child playing again, oneself slow to get up in the morning and the
idiom "눈 돌아가는 줄" (so angry) are not. Cauda equina (back pain with numbness in the saddle, both legs weak, urine
retained or leaking unnoticed) is an emergency; one-leg sciatica, tired legs or a little leak on coughing are not.
Spinning vertigo that keeps coming back for days is examined, vertigo since this morning in a young adult is home care;
dizziness on standing on a blood-pressure medicine or when older is examined. A tension headache or stiff neck and
shoulders from a desk is home care; a fever with a headache and a stiff neck is seen today.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Dizzy on standing: on a blood-pressure medicine, with treated hypertension, or when older.
        ({"symptoms": ("orthostatic_dizziness",), "medication": "amlodipine"}, "routine", "orthostatic_bp_medicine"),
        ({"symptoms": ("orthostatic_dizziness",), "condition": "hypertension"}, "routine", "orthostatic_hypertension"),
        ({"symptoms": ("orthostatic_dizziness",), "age": 75}, "routine", "older_adult"),
        # Neck stiffness said as muscle tension, with a fever and a headache: today all the same.
        ({"symptoms": ("fever", "headache", "neck_pain")}, "urgent", "fever_headache_neck"),
        # A head injury with a warning sign.
        ({"symptoms": ("head_injury", "vomiting")}, "emergency", "head_injury_serious"),
        ({"symptoms": ("head_injury", "fainting", "confusion")}, "emergency", "head_injury_serious"),
        ({"symptoms": ("fall", "head_injury", "drowsiness")}, "emergency", "head_injury_serious"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("head_injury",)},  # a bump with no warning sign: not an emergency
    ],
)
def test_parse_stays_below_emergency(kwargs: dict) -> None:
    """The rules stay narrow: a hand-built parse short of the emergency's criteria."""
    assert level(**kwargs)[0] != "emergency"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("orthostatic_dizziness",), "age": 25},  # a young adult's head rush
        {"symptoms": ("headache", "neck_pain", "shoulder_pain")},  # a tension headache with stiff shoulders
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("换了新的降压药以后，一起身就头晕", "routine"),  # dizzy on standing, blood-pressure medicine
        # A fever with a headache and a tense neck and shoulders: the same day.
        ("熱が38.5度あって頭痛がひどく、首と肩もガチガチです", "urgent"),
        # One side of the face weak, forehead too, limbs and speech normal (Bell's palsy): today. With a weak arm, or
        # suddenly at 70, it stays a stroke.
        ("朝起きたら右の顔が動かしにくくて、右目も閉じにくいし、おでこのシワも右だけ寄せられない", "urgent"),
        ("the right side of my face won't move since I woke up, I can't close my right eye. Arms are fine", "urgent"),
        ("아침에 일어나니 오른쪽 얼굴이 잘 안 움직이고 오른쪽 눈이 안 감겨요. 팔다리는 괜찮아요", "urgent"),
        ("早上起来右边脸动不了，右眼闭不上，右边额头皱不起来。手脚都正常", "urgent"),
        ("右の顔が動かしにくくて、右腕に力が入りにくい", "emergency"),
        ("the right side of my face won't move and my arm feels weak", "emergency"),
        ("75歳の父が急に右の顔が動かしにくくなりました", "emergency"),
        # Spinning vertigo that keeps coming back for days: within days (since this morning it stays home care).
        ("3일 전부터 고개 돌릴 때마다 세상이 빙글빙글 돌아요", "routine"),
        ("the room spins every time I roll over in bed, it's been 4 days", "routine"),
        ("三天了，一躺下翻身就天旋地转", "routine"),
        ("寝返りをうつと天井がぐるぐる回る、3日前から", "routine"),
        # One leg's sciatica, or tired legs with back pain, is no cauda equina.
        ("back pain going down my right leg, numb in the right foot", "routine"),
        ("허리가 아프고 오른쪽 다리가 저려요", "routine"),
        ("腰が痛くて右足がしびれます", "routine"),
        ("腰疼，右腿发麻", "routine"),
        # Positional vertigo from the first day in an older person, or on its third day: examined.
        ("寝返りを打つと天井が回ります。今朝からです。62歳", "routine"),
        ("65살인데 아침부터 돌아누우면 빙빙 돌아요", "routine"),
        ("我58岁，今天早上开始一翻身就天旋地转", "routine"),
        ("the room spins when i roll over, started this morning. i'm 61", "routine"),
        ("寝返りを打つと天井が回ります。3日目です", "routine"),
        # A facial palsy with the forehead involved, limbs and speech normal (Bell's palsy).
        (
            "아침에 일어났는데 왼쪽 얼굴이 안움직여요 물 마시면 입 옆으로 새고 "
            "왼쪽 이마도 안 올라가요 눈도 잘 안감겨요. "
            "팔다리는 멀쩡하고 말도 괜찮아요 42살",
            "urgent",
        ),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The usual tension headache with stiff neck and shoulders, no fever.
        "パソコン作業続きで肩と首がガチガチ、夕方にいつもの頭痛。熱はない",
        "stiff neck and shoulders from my desk, the usual tension headache, no fever",
        # Vertigo for hours, not days: home care.
        "the room spins when I turn over in bed, it started this morning",  # vertigo for hours, not days
        # Positional vertigo since this morning at 30.
        "寝返りを打つと天井が回ります。今朝からです。30歳",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A head knock said "頭有撞到", then drowsy and vomiting (the head_injury rule reads it now).
        ("下午騎機車被撞，頭有撞到。現在越來越想睡，剛剛吐了兩次", "head_injury_serious"),
        ("骑车摔了，头也撞到了，现在一直想睡还吐了", "head_injury_serious"),
        # Cauda equina: back pain with both legs numb or weak, saddle numbness or a bladder that will not empty.
        ("3日前から腰が痛くて今朝から両足がしびれて力が入りにくいです", "cauda_equina"),
        ("back pain for 3 days and now both legs are numb and weak", "cauda_equina"),
        ("허리가 아프고 항문 주위 감각이 없어요", "cauda_equina"),
        ("腰疼了三天，现在双腿发麻无力", "cauda_equina"),
        ("腰が痛くて、おしっこが出そうで出ません", "cauda_equina"),
        # Cauda equina, no feeling on wiping or "down there", or unable to pee, with back pain.
        ("back pain since lifting, and now numb down there", "cauda_equina"),
        ("sore back for a week, now i haven't been able to pee all day even though i need to", "cauda_equina"),
        ("허리가 아프고 닦을 때 아무 느낌이 없어요", "cauda_equina"),
        ("腰が痛くて、拭いても何も感じません", "cauda_equina"),
        ("腰疼了一周，擦的时候没感觉", "cauda_equina"),
        # Twentieth round (T20A-E): the saddle's place with a word before its numbness, the urge with no flow; a known
        # slipped disc with a bladder that will not empty, no back pain said.
        ("사타구니 쪽이 좀 감각이 없고 소변이 마려운데 안 나와요", "cauda_equina_saddle"),
        ("椎间盘突出，大腿内侧那里麻麻的，尿不出来", "cauda_equina_saddle"),
        ("ヘルニア持ちで、股のまわりが少ししびれて、おしっこが出ない", "cauda_equina_saddle"),
        ("I have a slipped disc and since this morning I need to pee but can't", "cauda_equina_disc"),
        ("本來就有椎間盤突出，今天想屙尿又屙唔出", "cauda_equina"),
        # Plain-word emergencies (close cases: test_rules_keep_it_below_emergency). A fall said as landing on the head,
        # then sleepy and sick.
        (
            "my son fell off the climbing frame onto his head, now he is really sleepy and keeps being sick",
            "head_injury_serious",
        ),
        # Not answering, shaken and not waking.
        (
            "my grandma fell down and isn't responding, her eyes are open but she doesn't answer",
            "red_flag:loss_of_consciousness",
        ),
        ("我奶奶摔倒了，眼睛睁着但是叫她不答应", "red_flag:loss_of_consciousness"),
        ("父が台所で倒れて、揺すっても起きません", "red_flag:loss_of_consciousness"),
        # A collapse with gurgling breath: unconscious.
        (
            "my wife went floppy and grey on the sofa and her breathing sounds weird and gurgly",
            "red_flag:loss_of_consciousness",
        ),
        ("아내가 소파에서 축 늘어지고 얼굴이 잿빛인데 숨소리가 그르렁거려요", "red_flag:loss_of_consciousness"),
        ("我老婆在沙发上突然软下去了，脸发灰，喘气呼噜呼噜的", "red_flag:loss_of_consciousness"),
        ("妻がソファでぐったりして顔が土気色で、ゴロゴロした変な息をしています", "red_flag:loss_of_consciousness"),
        # Cauda equina said as urine leaking unnoticed with a numb groin.
        ("허리가 아프고 나도 모르게 소변이 샜어요. 사타구니가 멍해요", "cauda_equina"),
        ("腰疼，不知不觉就尿裤子了，下面麻了", "cauda_equina_incontinence"),
        ("腰が痛くて、知らないうちにおしっこが漏れていました。股のあたりがしびれています", "cauda_equina"),
        # A mouth pulled to one side: a stroke.
        ("母の口が片方に曲がっています", "red_flag:stroke_signs"),
        ("父の口元が歪んでいます", "red_flag:stroke_signs"),
        ("엄마 입이 한쪽으로 돌아갔어요", "red_flag:stroke_signs"),
        ("我爸嘴角歪了，一边往下垂", "red_flag:stroke_signs"),
        ("my mum's mouth is drooping on one side", "red_flag:stroke_signs"),
        # A fit: eyes rolled up (no particle in Korean) with the limbs shaking, or minutes of it (the Korean idiom of
        # anger stays below emergency).
        ("3살 아들 열나더니 갑자기 눈 돌아가고 팔다리 막 떨어요 5분째예요", "red_flag:seizure"),
        ("우리 딸 눈 뒤집히고 온몸 뻣뻣하게 떨어요 어떡해", "red_flag:seizure"),
        ("my 2yo had a temp and now her eyes rolled up and her arms are jerking, been 4 mins", "red_flag:seizure"),
        ("孩子发烧，突然两眼上翻，手脚一抽一抽的", "red_flag:seizure"),
        # A head knock on warfarin said with words between (a knee knocked stays below emergency).
        ("와파린 드시는 아버지가 넘어지시면서 머리를 식탁 모서리에 부딪히셨어요", "red_flag:head_injury_anticoagulant"),
        # Sixteenth round (EN_EM): an adult's arm suddenly floppy; words not found (apostrophe dropped).
        ("my husband (63) suddenly cant find his words and his right arm is floppy", "red_flag:stroke_signs"),
        ("my dad suddenly has a floppy right arm", "red_flag:stroke_signs"),
        ("남편이 갑자기 말이 안 나오고 오른팔이 축 늘어졌어요", "red_flag:stroke_signs"),
        # Sixteenth round (ZH_EM): a sudden headache "worse than ever in this life" said in Traditional characters.
        ("我媽剛才突然頭痛，說這輩子沒這麼痛過，還吐了", "red_flag:thunderclap_headache"),
        ("我爸突然头痛到爆，说这辈子从没这么痛", "red_flag:thunderclap_headache"),
        # Seventeenth round: the head struck on something ("头磕在台阶上", "頭を縁石にぶつけ", "머리를 벽에 부딪",
        # "his head hit the kerb", Cantonese 撞親個頭), then vomiting; slurred speech with a word between, in
        # Cantonese or politely.
        ("my son's head hit the kerb when he came off his bike and he's been sick twice", "head_injury_serious"),
        ("我爸骑车摔倒，头磕在台阶上，回家吐了两次", "head_injury_serious"),
        ("阿爺跌親撞親個頭，之後嘔咗兩次", "head_injury_serious"),
        ("父が転んで頭を縁石にぶつけて、2回吐きました", "head_injury_serious"),
        ("아빠가 넘어지면서 머리를 벽에 부딪혔는데 두 번 토했어요", "head_injury_serious"),
        ("我爸说话有点含糊", "red_flag:stroke_signs"),
        ("阿媽今日講嘢唔清楚", "red_flag:stroke_signs"),
        ("父のろれつが少し回りません", "red_flag:stroke_signs"),
        # Seventeenth round: high on a mountain, a staggering walk or confusion (high-altitude cerebral oedema).
        (
            "trekking to Everest base camp and my friend is stumbling around and seems confused after a bad headache",
            "red_flag:altitude_illness",
        ),
        ("에베레스트 베이스캠프인데 친구가 두통이 심하고 비틀거리면서 횡설수설해요", "red_flag:altitude_illness"),
        ("富士山の山小屋で、友人が頭痛のあと、まっすぐ歩けなくなって話がおかしいです", "red_flag:altitude_illness"),
        ("在西藏高原反应，朋友头很痛，现在站不稳，说话有点乱", "red_flag:altitude_illness"),
        # Seventeenth round. Hong Kong Cantonese: a mouth drooping (口歪), half the body weak (半邊身冇力), a fit with a
        # fever (扯筋).
        ("阿爸突然口歪", "red_flag:stroke_signs"),
        ("阿爸半邊身冇力", "red_flag:stroke_signs"),
        ("個仔頭先發燒扯筋，而家醒咗", "red_flag:seizure"),
        # Seventeenth round: a fit said only with the verb 抽 (抽起来, 抽了快6分钟还没停).
        ("孩子发烧39.8度，刚才突然抽起来了，眼睛往上翻", "red_flag:seizure"),
        ("孩子已经抽了快6分钟还没停，怎么办", "red_flag:seizure"),
        # Seventeenth round: one arm weak at the gym, but suddenly or with slurred speech: a stroke all the same (an old
        # shoulder injury's weakness is lowered: test_bones_and_injuries)
        ("헬스장에서 운동하다가 갑자기 오른쪽 팔에 힘이 빠졌어요", "red_flag:stroke_signs"),
        ("벤치프레스 하다가 어깨에서 뚝 소리가 났는데 오른쪽 팔에 힘이 빠지고 말이 어눌해요", "red_flag:stroke_signs"),
        ("2주 전에 어깨를 삐끗했는데 오른쪽 팔다리에 힘이 빠져요", "red_flag:stroke_signs"),
        # eighteenth round (D1): a knock to the head, then vomiting (a count), drowsy, asking again what was just said
        ("애가 뒤통수 박았는데 토를 네번 했어요 졸리다고 하고 방금 한 말 또 물어봐요", "head_injury_serious"),
        ("my son fell and hit his head, threw up twice and keeps asking what happened", "head_injury_serious"),
        ("息子が公園で転んで頭を打って、2回吐いて、さっき言ったことをまた聞いてくる", "head_injury_serious"),
        ("儿子摔倒撞到头 吐了两次 刚说过的话又问", "head_injury_serious"),
        # Eighteenth round (B): sudden loss of sight in one eye "like a black cloth" (Cantonese), a spinning spell with
        # double vision or unable to walk (a brainstem or cerebellar stroke), only groaning when called after a bath
        ("我阿爸76 頭先睇緊電視突然話左邊眼乜都睇唔到 好似有塊黑布遮住咁 唔痛", "red_flag:sudden_vision_loss"),
        ("我爸突然左边眼睛看不见了 像一块黑布挡住", "red_flag:sudden_vision_loss"),
        (
            "엄마 77세 한시간 전에 갑자기 세상이 빙빙 돈다고 하더니 혼자 못 걸으시고 물건이 두개로 보인대요 "
            "이석증인가요",
            "red_flag:stroke_signs",
        ),
        ("mum 77 suddenly the room is spinning, she sees double and cant walk by herself", "red_flag:stroke_signs"),
        ("母77 急にぐるぐる目が回って 物が二重に見える", "red_flag:stroke_signs"),
        ("妈妈77 突然天旋地转 看东西重影", "red_flag:stroke_signs"),
        (
            "母78 お風呂で湯船でぐったりしてて 呼びかけてもうーんって言うだけ まだぼーっとしてます",
            "red_flag:loss_of_consciousness",
        ),
        (
            "mum 78 was in the bath too long, found her slumped, she only groans when we call her",
            "red_flag:loss_of_consciousness",
        ),
        ("엄마 78 목욕하시다 축 늘어져 계셨는데 불러도 으음 소리만 내세요", "red_flag:loss_of_consciousness"),
        ("妈妈78 泡澡泡太久 整个人软了 叫她只会哼一声", "red_flag:loss_of_consciousness"),
        # Nineteenth round (E19U): after a nap only barely opening the eyes when called, or snoring-like odd breathing
        (
            "祖母88歳。昼寝から起きてこないので見に行ったら、呼んでもうっすら目を開けるだけで、いびきみたいな変な呼吸をしてます",
            "red_flag:loss_of_consciousness",
        ),
        ("할머니가 낮잠에서 안 일어나셔서 가보니 불러도 눈만 살짝 뜨시고 코 고는 것 같은 이상한 숨을 쉬세요",
         "red_flag:loss_of_consciousness"),
        ("my nan didn't get up from her nap and she's making a weird snoring kind of breathing",
         "red_flag:loss_of_consciousness"),
        ("when we call her she only barely opens her eyes", "red_flag:loss_of_consciousness"),
        ("奶奶午睡一直没起来，叫她也只是微微睁一下眼，呼吸像打呼噜一样很怪", "red_flag:loss_of_consciousness"),
        ("嫲嫲瞓晏覺一直冇起身，叫佢都係微微擘開眼", "red_flag:loss_of_consciousness"),
        # Nineteenth round (B16): cauda equina told in plain words: the bum and inner thighs numb (the saddle), the
        # bladder or the bowel not working, with a back "bad" for a week; or the saddle with the bladder, back pain
        # unsaid.
        (
            "back has been bad for a week since moving house, but since this morning my bum and inner thighs feel numb"
            " and i havent been able to pee properly all day",
            "cauda_equina",
        ),
        ("lower back pain for a week, today my bum feels numb and i can't control my bowels", "cauda_equina_bowel"),
        ("since this morning my bum and inner thighs feel numb and i cant control my bowels", "cauda_equina_saddle"),
        ("이사하고 일주일째 허리가 아픈데 오늘 아침부터 엉덩이랑 허벅지 안쪽이 마취한 것처럼 먹먹해요", "cauda_equina"),
        ("허리가 아픈데 엉덩이 주변이 감각이 없고 대변을 지렸어요", "cauda_equina_bowel"),
        ("引っ越しで一週間腰が痛かったけど、今朝からお尻と内ももが麻酔したみたいに感覚がない", "cauda_equina"),
        ("腰が痛くてお尻のまわりの感覚がなくて、便が漏れてしまった", "cauda_equina_bowel"),
        ("搬家后腰痛了一个星期，今天早上开始大腿内侧麻麻的，一整天都尿不出来", "cauda_equina_saddle"),
        ("搬屋之後腰痛咗一個禮拜，今朝開始屁股同大髀內側冇感覺，成日屙唔到尿", "cauda_equina_saddle"),
        # ... and a stroke asked about with a hand numb now stays one (beside the vertigo asked about, below).
        ("朝起きたら天井がぐるぐる回って、右手がしびれてる。脳梗塞じゃないよね？", "red_flag:stroke_signs"),
        # Nineteenth round (C19): legs weak rising to the hands with a deep breath hard to take (Guillain-Barré); a
        # fever with both legs weak or heavy (a spinal abscess); a sudden bad headache or double vision with a drooping
        # eyelid (a third nerve palsy); a new migraine medicine on an antidepressant, then a fever, shaking and a
        # clouded mind
        (
            "Since Sunday my feet have gone tingly and now my legs are so weak I can barely climb the stairs, today my "
            "fingers are going numb too and it feels hard to take a deep breath",
            "legs_weak_breathing",
        ),
        ("2주 전에 설사했는데 다리에 힘이 점점 빠지고 손도 저리고 심호흡이 잘 안 돼요", "legs_weak_breathing"),
        ("今は両足に力が入らなくて階段が上れない。今日は指もしびれてきて深呼吸がしにくい", "legs_weak_breathing"),
        ("现在两条腿没力，楼梯都爬不上，今天手指也麻了，深呼吸都困难", "legs_weak_breathing"),
        ("而家兩隻腳冇力行唔到樓梯，今日手指都痺埋，好難深呼吸", "legs_weak_breathing"),
        (
            "Had a boil on my back. Now my back is agony in the middle, got a temp of 39, shivering, and today my legs "
            "feel heavy and weird",
            "fever_legs_weak",
        ),
        ("종기 짰는데 등이 너무 아프고 열이 39도, 오늘은 양쪽 다리가 무거워요", "fever_legs_weak"),
        ("背中のおできを潰したあと背中の真ん中が激痛で、熱が39度、今日は両足が重くて変な感じ", "fever_legs_weak"),
        ("背上长了个疖子我挤了，现在背中间疼，发烧39度，今天两条腿发沉", "fever_legs_weak"),
        ("1時間前からいきなり頭がすごく痛くなって、右のまぶたが下がってきた", "red_flag:thunderclap_headache"),
        ("My right eyelid is drooping and I'm seeing double since this morning", "eyelid_droop_headache"),
        ("右のまぶたが下がってきて物が二重に見える", "eyelid_droop_headache"),
        ("右邊眼皮下垂，頭好痛", "eyelid_droop_headache"),
        ("왼쪽 눈꺼풀이 내려오고 머리가 아파요", "eyelid_droop_headache"),
        (
            "우울증 약 먹고 있는데 이번에 편두통 약을 새로 같이 받았거든요. 몇 시간 전부터 열 나고 "
            "땀이 비오듯 하고 온몸이 덜덜 떨리고 정신이 좀 멍해요",
            "serotonin_syndrome",
        ),
        (
            "I'm on sertraline and my GP added a new migraine tablet on Monday. Since this afternoon I've got a fever, "
            "sweating buckets, shaking all over and I feel confused",
            "serotonin_syndrome",
        ),
        ("うつの薬を飲んでて、片頭痛の新しい薬が出たんです。数時間前から熱が出て全身がガタガタ震えて、頭がぼーっとしてる",
         "serotonin_syndrome"),
        ("我一直在吃抗抑郁药，这次又开了新的偏头痛药。几个小时前开始发烧，全身发抖，脑子糊涂", "serotonin_syndrome"),
        # Twentieth round (T20B): one hand that keeps dropping things since lunch, the words jumbled (FAST: arm and
        # speech), a brother's stroke last year beside it being his history only
        (
            "Quick question. My husband is 61, his brother had a stroke last year so we always joke about it. Husband "
            "is fine really, just since lunch, maybe 30 min ago, his right hand keeps dropping his coffee cup and his "
            "words are coming out a bit jumbled. He says he's just tired and wants a nap.",
            "red_flag:stroke_signs",
        ),
        ("점심 먹고부터 남편이 오른손으로 컵을 자꾸 떨어뜨리고 말이 좀 뒤죽박죽이에요", "red_flag:stroke_signs"),
        ("午饭后我老公右手一直拿不住杯子，说话也有点乱", "red_flag:stroke_signs"),
        ("昼ごはんの後から夫が右手でコップを何度も落として、言葉も少しおかしいです", "red_flag:stroke_signs"),
        (
            "今朝から急に右目が見えにくい。あと右手にもちょっと力が入りにくいとのことで、お箸を落としていました",
            "red_flag:stroke_signs",
        ),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_an_emergency(text: str, reason: str) -> None:
    """An emergency the rules make without the learned net, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # Cauda equina: weeks of back pain do not make it routine
        "crook back for a few weeks, last 2 days both legs feel heavy and tingly and it's numb around my bum",
        "허리 아픈지 몇 주 됐는데 이틀 전부터 양쪽 다리가 무겁고 저려요. 휴지로 닦을 때 감각이 이상해요",
        "腰痛が何週間も続いてて、昨日から両足が重くてしびれる。拭いた感じがしない",
        "腰疼了几个星期，这两天两条腿都沉，擦屁股感觉不到",
        # A face that will not move with a weak arm or slurred speech, or without the forehead said: a stroke.
        "顔の右半分が動かない。おでこにもしわが寄らない。右手に力が入らない",
        "顔の半分が動かなくて、ろれつが回らない",
        "顔の半分が動かない",
        "엄마 입이 한쪽으로 돌아가고 말이 어눌해요",
        "我妈嘴歪了，右手也没力气",
        "dad's mouth is drooping on one side and his speech is slurred",
        # Someone hard to wake, barely answering, or grey, clammy and drowsy (oneself slow to get up in the morning
        # stays below emergency).
        "my dad is really hard to wake and barely answers me",
        "she's hard to wake this morning, grey and clammy",
        "my husband looks grey and clammy and is really drowsy",
        # A warfarin dose not taken yet today is still warfarin: a knock to the head on it
        "今天还没吃华法林，头撞了一下",
        "今天早上没吃华法林 刚才摔了一跤撞到头",
        # Eighteenth round (B): a stroke had now, or a sudden one-sided numbness, stays an emergency beside a past
        # stroke
        "dad had a stroke this morning and can't talk",
        "阿爸突然半邊身麻痺 講嘢唔清楚",
        "我爸突然一边手脚麻痹 说话不清",
        # Nineteenth round (GAPS): both legs gone numb or weak today and unable to stand or walk (a cord pressed on,
        # cauda equina, Guillain-Barre)
        "My legs are numb and I can't walk, since this morning",
        "since yesterday both my legs are numb and I can't walk properly",
        "오늘 아침부터 양쪽 다리가 저리고 걸을 수가 없어요",
        "今朝から両足がしびれて歩けません",
        "急に両足に力が入らなくなって立てない",
        "今天早上开始两条腿发麻，走不了路",
        "今朝開始兩條腿麻痺，行唔到路",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_it_an_emergency(text: str) -> None:
    """An emergency the rules make without the learned net."""
    assert triage_result(text)["level"] == "emergency"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # Japanese Bell's palsy with the forehead weak too: the same day.
        (
            "朝起きたら顔の右半分が動かない。おでこにもしわが寄らない。手足は普通に動くし話せる",
            "urgent",
            "facial_weakness",
        ),
        # Sixteenth round (ZH_EM): both legs gone weak with breathlessness (Guillain-Barré reaching the breathing
        # muscles); both legs weak with normal breathing is not this emergency.
        ("前天开始两条腿发软，今天手也没力气，感觉呼吸也有点短", "emergency", "legs_weak_breathing"),
        (
            "both legs are weak since yesterday, now my hands are weak too and i'm short of breath",
            "emergency",
            "legs_weak_breathing",
        ),
        ("2週間前に下痢をして、両足に力が入らなくなって、少し息も苦しいです", "emergency", "legs_weak_breathing"),
        # Eighteenth round (B): a stroke last year is history (a pressure sore now), and slowly numb feet of a diabetic
        # are a neuropathy (Cantonese 麻痺痺 is numb, not paralysed)
        (
            "my grandma is 87, mostly in bed since her stroke last year. the red patch on her tailbone has turned "
            "into an open sore, shallow, not smelly",
            "routine",
            "pressure_ulcer",
        ),
        ("할머니 87 작년 뇌졸중 이후로 거의 누워 계시는데 꼬리뼈에 욕창이 생겼어요", "routine", "pressure_ulcer"),
        ("祖母87 去年の脳梗塞以来ほぼ寝たきりで、お尻に床ずれができた", "routine", "pressure_ulcer"),
        ("奶奶87 去年中风以后一直卧床 尾骨那里长了褥疮", "routine", "pressure_ulcer"),
        ("寝たきりの父86 かかとが黒っぽくなってきた 皮は破れてないけど押すと痛がる", "routine", "pressure_ulcer"),
        ("누워만 계시는 아버지 발뒤꿈치가 까맣게 변했어요", "routine", "pressure_ulcer"),
        ("my bedbound dad's heel has gone dark and he winces when we touch it", "routine", "pressure_ulcer"),
        ("长期卧床的爸爸脚后跟发黑了 按着疼", "routine", "pressure_ulcer"),
        # Nineteenth round (E19U): the tailbone red then broken, said in the sentence after the bedbound carer's
        (
            "寝たきりの祖父を在宅介護しています。お尻の尾てい骨のあたりが赤くなってたのが、ここ数日で皮がむけてじくじくしてきました",
            "routine",
            "pressure_ulcer",
        ),
        (
            "누워만 계시는 할아버지를 돌보고 있어요. 꼬리뼈 쪽이 빨갛더니 껍질이 벗겨지고 진물이 나요",
            "routine",
            "pressure_ulcer",
        ),
        ("I look after my bedbound grandad. The skin over his tailbone was red and now it's broken", "routine",
         "pressure_ulcer"),
        ("我在家照顾卧床的爷爷。尾骨那里发红，这几天破皮了", "routine", "pressure_ulcer"),
        ("阿爸79 有糖尿 最近成日話腳底麻痺痺 好似行喺棉花上面咁 幾個月慢慢咁樣 冇傷口", "routine", "diabetic_foot"),
        ("爸爸79 有糖尿病 这几个月脚底慢慢发麻 像踩在棉花上 没有伤口", "routine", "diabetic_foot"),
        ("父79 糖尿病 ここ数か月で足の裏がしびれて綿の上を歩いているみたい 傷はない", "routine", "diabetic_foot"),
        (
            "아버지 79 당뇨 있으신데 몇 달 전부터 발바닥이 저리고 솜 위를 걷는 느낌이래요 상처는 없어요",
            "routine",
            "diabetic_foot",
        ),
        (
            "dad 79 diabetic, for a few months his feet have been numb, like walking on cotton wool, no cuts",
            "routine",
            "diabetic_foot",
        ),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level_and_reason(text: str, expected: str, reason: str) -> None:
    """The rules alone (the learned net off) give the level, the deciding rule among the reasons."""
    result = triage_result(text)
    assert result["level"] == expected and reason in result["reasons"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nineteenth round (LEFT): a hand numb at night, woken by it, the thumb and fingers the most (a carpal
        # tunnel): examined.
        ("我右手成日夜晚痺到醒 大拇指同食指最痺 甩下手就好返啲 返工打字打成日 有排喇", "routine"),
        ("右手晚黑瞓覺成日麻到醒 拇指食指中指最麻 要甩吓先好返 做文職打字成日 已經一個幾月", "routine"),
        ("我右手晚上经常麻醒 大拇指和食指最麻 甩甩手就好一点 上班整天打字", "routine"),
        # Nineteenth round (LEFT): spinning each time the head moves, at any age and however new: examined.
        (
            "朝起きて寝返りを打ったり、上を向いたりすると、天井がぐるぐる回るめまいが30秒くらいあります。じっとして"
            "ると治まる。耳鳴りや手足のしびれはないです。",
            "routine",
        ),
        # A face droop with the forehead weak (Bell's palsy) is urgent; a weak arm, slurred speech or no forehead said
        # keeps the stroke emergency
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
        # Hypnic jerks on falling asleep (coffee drunk a lot is no thirst): home care; jerks by day too are examined.
        (
            "Every night as Im falling asleep I get this huge jolt th"
            "rough my whole body and it wakes me up, heart pounding. "
            "Im 26, drinking a lot of coffee lately",
            "self_care",
        ),
        ("잠들려고 할 때마다 몸이 움찔하면서 떨어지는 느낌이 들어서 깨요. 심장이 두근거려요. 25살", "self_care"),
        ("寝入りばなに体がビクッとなって目が覚める。落ちる感じがする。動悸もする", "self_care"),
        ("每次快睡着的时候身体突然抖一下，像踩空一样，然后就醒了，心跳很快", "self_care"),
        ("my whole body jerks when falling asleep and I also have jerks during the day", "routine"),
        # A tension-type headache for two weeks, like a band, eased by paracetamol: home care. At 58, getting worse,
        # waking from sleep or with vomiting: examined.
        (
            "요즘 한 2주째 오후만 되면 머리가 띠로 조이듯이 아파요."
            " 양쪽 관자놀이랑 뒷목이요. 하루종일 모니터 보고 마감이라 "
            "야근중이에요. 타이레놀 먹으면 좀 나아요. 토하거나 눈 이상한건 없는데 혹시 뇌종양이면 어떡하죠 ㅠ 31살이요",
            "self_care",
        ),
        (
            "for 2 weeks I get a headache like a tight band around "
            "my head every afternoon, both temples and the back of "
            "my neck, screen work, paracetamol helps. 31",
            "self_care",
        ),
        (
            "2週間くらい毎日夕方になると頭が締め付けられるような頭痛。こめかみと首の後ろ。パソコン仕事。31歳",
            "self_care",
        ),
        ("这两个星期每天下午头像被箍着一样疼，两边太阳穴和后脖子，天天对着电脑，吃了扑热息痛会好点，31岁", "self_care"),
        ("for 2 weeks a headache like a tight band around my head, I'm 58", "routine"),
        ("2주째 머리가 띠로 조이듯이 아픈데 점점 심해져요", "urgent"),
        ("for 2 weeks a headache like a tight band around my head, it wakes me up at night", "routine"),
        ("for 2 weeks a headache like a tight band around my head and I've been vomiting", "routine"),
        ("머리가 아프고 눈이 이상해요", "routine"),
        # Sixteenth round (OVER_EN_KO): a benign story lowered by the rules alone, next to its neighbour kept raised.
        # The same tension headache known for years, eased by painkillers, is home care (NICE CKS: a new headache or a
        # changed pattern is the warning); one of three months is seen, and so is one at 55.
        (
            "I've had the same headache on and off for like 5 years, like a tight band around my head after "
            "screens. Panadol sorts it",
            "self_care",
        ),
        (
            "38살인데 모니터 보면 오후에 뒷목이랑 머리 양쪽이 조이듯이 아파요. 타이레놀 먹으면 나아지고, 몇년째 이래요",
            "self_care",
        ),
        ("headache like a tight band around my head most days for 3 months now", "routine"),
        ("I'm 55 and for 5 years I get a headache like a tight band around my head", "routine"),
        # A crick in the neck on waking, muscles only, is home care as before.
        ("자고 일어났더니 목이 왼쪽으로 안 돌아가요. 담 걸린 것 같아요", "self_care"),
        # Sixteenth round. Slurred speech said as 발음이 꼬여 is a stroke sign; an older relative's forgetting told by
        # what happens is examined.
        # Speech slurred as 발음이 꼬여: a stroke sign. A child's lisp is none.
        ("아버지가 갑자기 발음이 꼬여서 무슨 말인지 못 알아듣겠어요", "emergency"),
        ("아이가 혀 짧은 소리를 해서 발음이 부정확해요. 6살이에요", "self_care"),
        # An older relative who asks the same thing again and again, leaves the gas on or gets lost: memory loss,
        # examined. Now and then mislaying glasses, otherwise sharp: home care.
        ("my dad is 78 and keeps asking the same questions, and he left the gas on twice last week", "routine"),
        ("아버지가 76세신데 요즘 했던 말을 또 하시고 가스불 켜놓은 걸 잊으세요", "routine"),
        ("80歳の父が同じことを何度も聞くし、ガスの消し忘れも増えました", "routine"),
        ("我爸79岁，最近老是重复问同样的问题，还经常忘了关火", "routine"),
        ("70세 아버지가 가끔 안경 둔 곳을 깜빡하세요. 다른 건 다 괜찮으세요", "self_care"),
        # Sixteenth round. A faint after standing long and no breakfast, awake in seconds, under 40, and neck and
        # shoulder stiffness the same for years (a colleague's collapse only the worry): home care, beside a faint while
        # running, at 60, weeks of new stiffness and a collapse now.
        ("女儿14岁，学校升旗站了很久，早饭也没吃，晕倒了，几秒钟就醒了，现在完全正常", "self_care"),
        ("我60岁，站了很久突然晕倒了，马上醒了", "urgent"),
        ("女儿16岁，跑步的时候突然晕倒了，几秒钟就醒了", "emergency"),
        ("肩こりが10年以上続いていて、昔から全然変わってないです。最近友人が倒れたので心配です", "self_care"),
        ("肩こりが3週間続いています", "routine"),
        ("同僚が倒れて意識がないです", "emergency"),
        # Seventeenth round. A head that feels foggy (머리가 멍해요) with tiredness is no clouded mind: home care; a
        # child or an older man dazed with a fever (열나고 멍해요), or a father suddenly out of it: the same day.
        ("아침부터 머리가 멍하고 피곤해요", "self_care"),
        ("애가 열나고 멍해요", "urgent"),
        ("할아버지가 열이 나고 멍해 보여요", "urgent"),
        ("아빠가 갑자기 정신이 없어요, 말을 이상하게 해요", "urgent"),
        # Seventeenth round: a stiff neck after sleeping awkwardly that hurts turning the head (转头会痛: the neck's
        # movement, no headache) is home care; a stiff neck with a headache is seen today, with a fever it is meningism.
        ("琴晚冷氣太凍又瞓錯姿勢，今朝起身條頸好硬，轉頭去右邊會痛，不過冇發燒，手都冇痺", "self_care"),
        ("昨晚睡落枕了，今天早上起来脖子很僵硬，往右转头会痛，没发烧", "self_care"),
        ("woke up with a stiff neck after sleeping funny, hurts to turn my head right, no fever", "self_care"),
        ("잠을 잘못 자서 목이 뻣뻣하고 머리를 돌리면 아파요. 열은 없어요", "self_care"),
        ("woke up with a stiff neck and a bad headache, no fever", "urgent"),
        ("脖子很僵硬，头也很痛，不发烧", "urgent"),
        ("昨晚瞓錯姿勢，今朝條頸好硬，轉頭會痛，仲發燒", "emergency"),
        # Eighteenth round (B): a neck stiff after a new pillow, no fever ("저림 없고 열 없음": 고 열 is no 고열)
        (
            "아빠 73 베개 바꾸고 자고 일어나시더니 목이 뻐근해서 고개 돌리기가 좀 불편하대요 팔 저림 없고 열 없음 "
            "파스 붙이면 되겠지?",
            "self_care",
        ),
        ("목이 뻐근해서 고개 돌리기가 불편해요 두통 없고 열 없어요", "self_care"),
        ("父73 枕を変えたら寝違えて首が痛くて回しにくい 熱はない 腕のしびれもない", "self_care"),
        ("爸爸73 换了枕头 落枕了 脖子僵硬转不了头 没发烧 手不麻", "self_care"),
        (
            "dad 73 changed his pillow, woke up with a stiff neck, hard to turn his head, no fever no arm tingling",
            "self_care",
        ),
        # its raised neighbours: a fever with a stiff neck
        ("아이가 열이 39도고 목이 뻣뻣해서 고개를 못 숙여요", "emergency"),
        ("머리 아프고 열 나고 목이 뻣뻣해요", "emergency"),
        # Eighteenth round (L1): spinning on rolling over or looking up is positional vertigo (third day: examined)
        ("棚の上のものを取ろうと上を向くとめまいがします。3日前から", "routine"),
        ("3일 전부터 위를 쳐다보면 빙빙 돌아요", "routine"),
        ("三天了，一抬头就天旋地转", "routine"),
        ("the room spins when i look up, it's been 3 days", "routine"),
        # Eighteenth round (B): a morning spin on turning the head that passes in a minute stays below emergency
        ("아침에 일어날 때 고개 돌리면 빙빙 돌아요 1분 정도면 괜찮아져요", "self_care"),
        # a diabetic's thick toenails she cannot cut (a podiatrist); "剪不動" (can't cut) denies nothing after it
        ("外婆80 腳指甲又厚又黃 自己剪不動 她有糖尿病 怕剪到流血 要看哪一科", "routine"),
        # Nineteenth round (E19O): numb hands and feet or slurred speech denied in one list after 没有/冇
        # ("没有手脚麻或者说话不清楚"): no stroke; said, they stay an emergency
        ("我妈68岁，最近一个月老说头晕，早上量血压有时候170多。没有手脚麻或者说话不清楚。", "routine"),
        ("我媽68歲，最近一個月成日話頭暈，佢一直食緊降血壓藥。冇手腳麻或者講嘢唔清楚。", "routine"),
        ("我妈68岁，突然手脚麻，说话不清楚", "emergency"),
        ("阿媽突然手腳麻，講嘢唔清楚", "emergency"),
        # Nineteenth round (D19): a head that feels tight in an exam week, better after sleep, a tumour feared, no
        # vomiting or eye trouble: a tension-type headache, home care; a chest that tightens is no head's
        (
            "시험기간이라 일주일째 머리가 띵하고 조이는 느낌이에요. 뇌종양이면 어떡하나 무서운데... 자고 일어나면 좀 "
            "낫고 토하거나 눈 이상한 건 없어요. 20살입니다",
            "self_care",
        ),
        (
            "試験期間で1週間ずっと頭が重くて締め付けられる感じ。脳腫瘍だったらと怖いけど、寝ると少し良くなるし吐き気"
            "や目の異常はないです。20歳",
            "self_care",
        ),
        ("考试周一个礼拜了，头闷闷的像被箍住一样，怕是脑瘤，睡一觉会好点，没有吐也没有眼睛问题。20岁", "self_care"),
        (
            "exam week, for a week my head feels tight like a band, scared it's a brain tumour, better after sleep, "
            "no vomiting or eye problems. 20",
            "self_care",
        ),
        ("머리가 아프고 가슴이 조이는 느낌이에요", "emergency"),
        # Nineteenth round (C19): a limb slept or sat on whose pins and needles passed: home care; a wrist that will not
        # lift after it is examined. Sleep attacks with cataplexy (narcolepsy) and dreams acted out (REM sleep behaviour
        # disorder) are referred.
        ("어제 팔베개 하고 잤더니 아침에 손이 저려서 놀랐는데 30분 지나니까 다 풀렸어요", "self_care"),
        (
            "sat cross legged on the floor and my whole foot went dead, pins and needles when I stood up. It's back to "
            "normal now",
            "self_care",
        ),
        ("在高铁上坐了五个小时，下车的时候腿麻得像过电一样，走了几步就好了，这个没事吧", "self_care"),
        ("正座してたら足がしびれたけど、5分で治った", "self_care"),
        ("팔베개하고 잤는데 손목이 안 올라가요", "routine"),
        ("枕着手臂睡了一晚，手腕提不起来", "routine"),
        ("낮에 회의하다가도 갑자기 잠들어버려요. 크게 웃으면 무릎에 힘이 쭉 빠져요", "routine"),
        ("I suddenly fall asleep at work even after 8 hours sleep, and my knees buckle when I laugh", "routine"),
        ("突然眠ってしまうことがある、夜は寝てるのに。笑うと膝の力が抜ける", "routine"),
        ("一笑就腿软，白天还会突然睡着", "routine"),
        ("我老豆68歲，呢排瞓覺成日發惡夢大嗌，手腳亂咁揮，琴晚仲一拳打咗落我阿媽度，佢自己完全唔記得", "routine"),
        ("my dad keeps punching and shouting in his sleep, hit my mum last night, he doesn't remember", "routine"),
        ("아버지가 자다가 주먹을 휘둘러서 엄마를 때렸어요", "routine"),
        ("父が寝ている間に叫んで殴ってくる、本人は覚えていない", "routine"),
        ("我儿子睡觉时踢被子", "self_care"),
        ("원래 편두통 있었는데 요즘엔 한 달에 열 번 넘게 와요. 마비나 말 어눌한 건 없어요", "routine"),
        ("갑자기 한쪽 팔이 마비되고 말 어눌해졌어요", "emergency"),
        # Twentieth round (B17): night calf cramps that wake one (痛醒 alone is any pain waking one, no headache): home
        # care;
        # a headache that wakes one stays examined, a calf swollen and hot after the cramp the same day
        ("半夜小腿常常抽筋痛醒，大概幾十秒就好了，白天都沒事，最近有開始在跑步", "self_care"),
        ("半夜小腿抽筋疼醒，几十秒就好了", "self_care"),
        ("夜中にふくらはぎがつって目が覚める、数十秒で治る。最近ランニングを始めた", "self_care"),
        ("밤에 종아리에 쥐가 나서 깨요 몇십 초면 풀려요", "self_care"),
        ("leg cramps wake me up at night, calf, lasts a minute, just started running", "self_care"),
        ("最近頭痛，成日半夜痛醒", "routine"),
        ("头痛了两个星期，半夜会痛醒", "routine"),
        ("半夜小腿抽筋痛醒，之后左小腿一直肿痛，摸着发热", "urgent"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Back pain with normal peeing and no numbness: no cauda equina.
        "back pain for a week from lifting, pee fine, no numbness down there",
        # Below emergency by the rules: a child's bump on the head, crying at once, playing now.
        "my son bumped his head on the table, cried straight away, now playing normally, no sickness",
        # An older person's fall, up alone and talking normally.
        "my grandma fell over in the garden, got up by herself, talking fine, just a grazed knee",
        "我奶奶摔了一跤，自己爬起来了，说话正常，膝盖擦破点皮",
        "父が台所で転んで、膝を打ちましたが歩けます",
        # Floppy and pale but breathing normally; snoring with a normal colour.
        "my wife felt floppy and tired on the sofa today, a bit pale, breathing normally",
        "남편이 코를 골면서 자고 있어요. 얼굴색은 괜찮아요",
        "我老公打呼噜很响，睡得很沉",
        "夫がいびきをかいて寝ています。顔色は普通です",
        # Back pain with a little leak on coughing, no numbness: stress incontinence, no cauda equina.
        "back pain for a week, I leak a little when I cough, no numbness",
        "허리가 아프고 기침할 때 소변이 조금 새요. 저린 데는 없어요",
        "腰疼，咳嗽的时候会漏一点尿，没有麻",
        "腰が痛くて、咳をすると少し尿漏れします。しびれはありません",
        # Bell's palsy: the forehead weak too, arms and speech normal: the same day, not an ambulance.
        "朝起きたら顔の右半分が動かない。おでこにもしわが寄らない。手足は普通に動くし話せる",
        # Oneself slow to get up in the morning, tired; a headache that barely responds: no clouded consciousness.
        "im so tired and hard to get up in the morning",
        "it's hard to wake up in the mornings lately, feel tired all day",
        "my son finds it hard to wake up for school, always tired",
        "my headache barely responds to ibuprofen",
        # The Korean idiom of anger ("눈 돌아가는 줄"), no fit
        "너무 화나서 눈 돌아가는 줄 알았어요 손이 떨려요",
        # A knee, not the head, knocked on warfarin
        "와파린 드시는데 무릎을 식탁에 부딪히셨어요",
        # Sixteenth round (EN_EM): a toddler's arm hanging after a tug is a pulled elbow
        "pulled my toddler up by the hand and suddenly his arm is floppy and he won't use it",
        "두돌 아들 손 잡고 당겼는데 갑자기 울더니 왼팔을 안 써요 축 늘어뜨리고 있어요",
        # Sixteenth round (ZH_EM): a headache "to bursting" for a week of exams; both legs soft with normal breathing.
        "考试压力大，头痛到爆，已经一个星期了",
        "最近两条腿发软，走路没劲，呼吸正常",
        # Seventeenth round: speech said to be clear (ろれつは回っています) is no slurred speech
        # ("ろれつが少し回りません" raised above).
        "父が少しふらつくと言っていますが、ろれつは回っています",
        # Seventeenth round: 抽 of smoking, of a blood test, of a calf cramp
        "我老公一直抽烟，咳嗽还没停",
        "今天抽了血，发烧38度",
        "小腿抽筋抽了十分钟还没停",
        # Nineteenth round (B16): a rash or a pain of the bum and inner thighs is no numb saddle; a spinning on rolling
        # over that settles in seconds, hands and speech fine, asked "脳梗塞じゃないよね？", is no stroke.
        "i have a rash on my bum and inner thighs and my lower back aches",
        "엉덩이랑 허벅지 안쪽이 아파요 허리도 아프고요",
        "お尻と内ももが痛くて腰も痛い",
        "屁股和大腿内侧长了疹子，腰也酸",
        "朝起きて寝返りうった瞬間、天井がぐるぐる回った。30秒くらいで治まる。手足のしびれとかろれつは大丈夫。脳梗塞じゃないよね？",
        # Nineteenth round (C19): paralysis and slurred speech denied in a list ("마비나 말 어눌한 건 없어요"); a
        # stomach ache that came on suddenly is no thunderclap; a pain on a deep breath is no breathlessness; a flu on
        # an antidepressant
        "요즘엔 편두통이 한 달에 열 번 넘게 와요. 일을 못할 정도예요. 마비나 말 어눌한 건 없어요",
        "急にお腹がすごく痛くなって、頭もぼーっとする",
        "it hurts to take a deep breath since I pulled a muscle",
        "I'm on antidepressants and started a new medicine last week, I have a fever and chills with a cough",
        # Nineteenth round (GAPS): legs heavy after a walk, knelt or sat on, or numb for a year, beside the sudden numb
        # legs
        "my legs feel heavy after a long walk",
        "legs went numb sitting cross-legged and I couldn't walk for a minute",
        "正座してたら両足がしびれて立てなくなりました",
        "两条腿麻了一年了，走路不稳",
        "my feet have been getting slowly more numb over months, I'm diabetic",
        "양쪽 다리가 저린 지 1년 됐고 오래 걸으면 힘들어요",
        # Twentieth round (T20A-E): a groin numb from a long ride, the bowel's urge with nothing, a disc with one leg's
        # sciatica and the bladder fine
        "자전거 오래 탔더니 사타구니가 저려요",
        "대변이 마려운데 안 나와요",
        "I have a slipped disc, sciatica down my left leg, no bladder or bowel problems",
        # Twentieth round (T20B): a hand numb at night for months that drops things (carpal tunnel) names no time of
        # today
        "손목터널증후군인지 몇 달째 밤마다 오른손이 저리고 물건을 자주 떨어뜨려요",
        "右手が夜になるとしびれて、よく物を落とします。数か月前からです",
        "右手晚上会麻，最近几个月常常掉东西",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.usefixtures("no_net")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R19 (ko-b19-s08): the same evening screen headache for years, gone after sleep: home care in four languages
        ("하루종일 모니터 보다보면 저녁에 머리가 띵하고 뒷목이 뻐근해요 자고 일어나면 괜찮고요 몇년째 이래요",
         "self_care"),
        ("I get headaches in the evening after screens, fine after sleep, it's been like this for years", "self_care"),
        ("毎晩パソコンのあと頭が重い、寝れば治る、何年もこんな感じです", "self_care"),
        ("每晚对着电脑就头痛，睡一觉就好，好几年都是这样", "self_care"),
        # ... a headache of weeks, or the old one getting worse, is not
        ("두통이 3주째 계속돼요", "routine"),
        ("두통이 몇년째 이래요 요즘 점점 심해져요", "urgent"),
        # R19: a weak arm or leg beside a pressure of 180/120 or more, "suddenly" unsaid: a stroke until scanned
        ("bp 185/125 and my right arm feels weak", "emergency"),
        ("blood pressure 182/105, my left leg is numb", "emergency"),
        ("血压185/125，右边胳膊没力气", "emergency"),
        # ... tired and weak all over with it stays urgent
        ("bp 190/110 and I feel weak and tired all day", "urgent"),
        # R19: one arm said to feel weak is a stroke sign as "is weak" is; both legs weak after the flu, or an arm
        # after a fall, are not
        ("my right arm feels weak", "emergency"),
        ("my legs feel weak after the flu", "self_care"),
        ("I fell off my bike and now my left arm feels weak", "urgent"),
    ],
)
def test_round19_rules_give_level(text: str, expected: str) -> None:
    """Nineteenth round: a headache pattern of years; one-sided weakness in a hypertensive crisis (rules alone)."""
    assert triage_result(text)["level"] == expected
