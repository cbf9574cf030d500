"""Triage levels for the eyes, ears, nose, mouth and throat.

A red eye that hurts, is blurred or light hurts, a contact lens wearer's red eye (keratitis), sudden new floaters or
flashes, something pushed into a nose or ear, a fish bone stuck, sudden hearing loss and a dental abscess with a
swollen cheek are seen the same day; something flying into the eye while grinding metal and mouth ulcers on
methotrexate are examined. A red eye without pain and with normal sight, a stye, an eyelid twitch for a week, tired
dry eyes, a cold's sore throat for a week and a white tongue are home care; a throat too sore to swallow saliva with a
muffled voice is an emergency. An eyelid's flutter is an eyelid twitch, no tremor (a hand's is one), and a small sore
lump on the eyelid is a stye, no lump to examine.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Something pushed into a nose or an ear: out the same day.
        ({"symptoms": ("foreign_body_nose",), "age": 5}, "urgent", "serious_symptom"),
        ({"symptoms": ("foreign_body_ear",)}, "urgent", "serious_symptom"),
        # A red eye: in a newborn today; with pain, light hurting or blurred sight the eye intake.
        ({"symptoms": ("red_eye",), "age": 0.02}, "urgent", "newborn_eye"),
        ({"symptoms": ("red_eye", "eye_pain")}, "routine", "needs_exam"),
        ({"symptoms": ("red_eye", "photophobia")}, "routine", "needs_exam"),
        ({"symptoms": ("stye", "blurred_vision")}, "routine", "needs_exam"),
        # A stye with blurred sight: the eye intake.
        ({"symptoms": ("stye", "lump", "blurred_vision")}, "routine", "needs_exam"),
        # Something in the eye: seen.
        ({"symptoms": ("foreign_body_eye",)}, "routine", "needs_exam"),
        # Metamorphopsia is read as blurred vision: the eye intake, a visit within days.
        ({"symptoms": ("blurred_vision",)}, "routine", "needs_exam"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    ("text", "kwargs", "expected", "reason"),
    [
        # Floaters and flashes; strep signs: examined.
        ("...", {"symptoms": ("floaters",)}, "routine", "floaters_flashes"),
        ("...", {"symptoms": ("sore_throat", "fever", "swollen_glands")}, "routine", "sore_throat_fever_glands"),
    ],
)
def test_parse_with_its_text_is_raised_to(text: str, kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse with its text (some rules read the text) gets its level and rule."""
    got, reasons = level(text, **kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("stye", "eye_pain", "swelling")},  # the stye's own soreness
        {"symptoms": ("red_eye", "eye_discharge")},  # conjunctivitis, no pain, sight as usual
        {"symptoms": ("stye", "lump")},
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("세 살 딸이 콩을 콧구멍에 넣었는데 안 빠져요", "urgent"),  # a bean up the nose
        ("my eye has been bothering me, there is pain when I blink", "routine"),  # a pain word with the eye
        # Something flying into an eye: examined.
        ("grinding metal and something flew into my eye, it's gritty and watering", "routine"),
        ("下午打磨铁件，感觉有东西飞进右眼了，一直流眼泪", "routine"),
        ("눈에 쇳가루가 튀어 들어간 것 같아요", "routine"),
        # A fragment flying into the eye while grinding or cutting metal: examined, however it is said.
        ("그라인더로 쇠를 갈다가 왼쪽 눈에 뭐가 튄 것 같아요. 까끌거려요", "routine"),
        ("切钢管的时候有东西崩进右眼了，磨得慌", "routine"),
        ("サンダーで削っていたら右目に何か飛び込んだ感じがします", "routine"),
        ("something flicked into my right eye while I was grinding, scratchy", "routine"),
        # Sudden new floaters or flashes: an eye examination the same day; a curtain stays an emergency.
        ("今天早上左眼突然多了很多黑点在飘，偶尔闪一下光", "urgent"),
        ("急に左目に黒い点がたくさん飛んで見えて、時々光がピカッと見えます", "urgent"),
        ("suddenly new floaters and flashes, and now a dark curtain coming over part of my vision", "emergency"),
        # "without goggles" denies the goggles, not the eye complaint after it.
        ("I was cutting metal without goggles and something flew into my eye", "routine"),
        ("牙疼得厉害，被马路牙子绊倒过也没关系", "routine"),
        # Hearing gone suddenly in one ear: the same day.
        ("woke up today and suddenly can't hear out of my left ear", "urgent"),
        ("今天早上突然左耳听不见了", "urgent"),
        # A bad tooth with the cheek swelling: a dental abscess, the same day.
        ("어금니가 욱신거리더니 오늘 잇몸이 붓고 볼까지 부었어요", "urgent"),
        ("toothache for 3 days and now my cheek is swollen", "urgent"),
        ("奥歯がずっと痛くて、今日は頬まで腫れてきました", "urgent"),
        ("牙疼了三天，今天半边脸肿了", "urgent"),
        # A fish bone stuck in the throat: removed the same day.
        ("昨日アジの骨が喉に刺さったみたいで、飲み込むとチクッと痛い", "urgent"),
        ("생선 가시가 목에 걸린 것 같아요 삼킬 때 따끔해요", "urgent"),
        # Mouth ulcers or a sore throat on methotrexate: a blood count today.
        ("on methotrexate for RA, got a bunch of mouth ulcers and my throat is sore", "urgent"),
        ("메토트렉세이트 먹는데 입안이 헐고 목이 아파요", "urgent"),
        ("メトトレキサートを飲んでいて口内炎がたくさんできて喉が痛い", "urgent"),
        ("吃甲氨蝶呤，最近口腔溃疡很多，喉咙痛", "urgent"),
        # Close cases of the lowered concepts that must stay raised. A sore throat alone past a week; with a blocked
        # nose past the cold's ten days.
        ("scratchy throat for 8 days, no runny nose, no fever", "routine"),
        ("sore throat and stuffy nose for 12 days now", "routine"),
        # An eye that hurts: examined.
        ("眼睛很痛，沒有紅", "routine"),
        # A fish bone stuck, breathing and talking, is a foreign body (urgent), not choking.
        ("a fish bone stuck in my throat", "urgent"),
        ("吃鱼的时候鱼刺卡在喉咙里了", "urgent"),
        ("생선 가시가 목에 걸렸어요", "urgent"),
        ("魚の骨が喉に刺さった", "urgent"),
        ("fish bone stuck in my throat and I can't breathe", "emergency"),
        ("鱼刺卡住了，喘不上气", "emergency"),
        ("떡이 목에 걸렸어요", "emergency"),
        # An eyelid twitch past two weeks: examined.
        ("眼皮一直跳，已经三个礼拜了", "routine"),
        ("my eyelid has been twitching for 3 weeks", "routine"),
        # Gums that bleed with a tooth that hurts: examined.
        ("最近刷牙的時候牙齦會流血，牙齒也會痛", "routine"),
        # Still raised next to the lowered red eye and eyelid twitch: a red eye that hurts with blurred sight or on
        # warfarin, a twitch for three weeks.
        ("the white of my eye is bright red and it hurts a lot and my vision is blurry", "routine"),
        ("the white of my eye went bright red this morning, i take warfarin", "routine"),
        ("3주째 눈꺼풀이 계속 떨려요", "routine"),
        # Sudden hearing loss said with a degree word (聽不太到, 잘 들리지 않, could barely hear)
        ("昨天早上起床左耳突然聽不太到，還一直嗡嗡叫，不痛，也沒感冒", "urgent"),
        ("어제 아침에 갑자기 왼쪽 귀가 잘 들리지 않고 윙윙거려요. 감기는 없어요", "urgent"),
        ("yesterday morning I suddenly could barely hear out of my left ear, no cold", "urgent"),
        # New floaters in one eye, suddenly more: the same day.
        ("夫66歳、左目の前に黒い点が急に増えて、視界が欠けてる感じはまだないです", "urgent"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "my eye has been bothering me, no pain though",  # a denied pain word is no pain
        "my left eye is itchy and crusty in the mornings, no pain, vision normal",
        "下眼皮長了針眼，有點疼有點腫，看東西正常",  # a stye
        "左目が赤くて目やにが出ます。痛みはなく、見え方も普通です",  # conjunctivitis
        # A stye.
        "右の下まぶたに赤いできものができて、まばたきすると少し痛い。ものもらいかな",
        # Rice swallowed while eating fish, throat fine: no fish bone.
        "吃鱼的时候不小心咽了一口饭，现在喉咙没事",
        # Over-triaged concepts that are home care. A cold's sore throat and blocked nose for a week (ten days is the
        # cold's limit).
        "ugh, scratchy throat and stuffy nose for 8 days, bit of a cough, temp was 99.8 last night",
        "嗓子疼，鼻塞流鼻涕，一个星期了，没发烧",
        # Tired, dry eyes from screens, pain and redness denied.
        "最近熬夜盯電腦，眼睛很乾很痠，眨眨眼就好。沒有痛也沒有紅",
        "眼睛很干很酸，没有痛",
        # An eyelid twitch for a week: home care.
        "左边眼皮一直跳，一个礼拜了，最近熬夜，看东西都正常",
        "my eyelid has been twitching for a week, lots of late nights",
        "まぶたがピクピクして1週間です",
        "눈꺼풀이 떨린 지 일주일 됐어요",
        # Gums that bleed a little on brushing, a pain denied (不會痛).
        "最近刷牙的時候牙齦會流一點點血，不會痛，吐掉就停了",
        # An eyelid twitch for days; a red eye that does not hurt, sight fine.
        "눈 밑이 계속 파르르 떨려요 며칠 됐어요",
        "右のまぶたが一週間ずっとピクピクしてます",
        "my right eyelid has been twitching on and off for a week",
        "the white of my eye is bright red but it doesnt hurt and i can see fine",
        # Hay fever.
        "29 M, I get hay fever every spring. sneezing, itchy watery eyes for about a week, no wheeze",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        # A throat too sore to swallow saliva, spat out, a muffled voice
        "my throat is so sore i cant swallow my own spit, keep spitting it out, voice is muffled, fever 39",
        "목이 너무 아파서 침도 못 삼키고 계속 뱉어요. 목소리도 먹먹해요 열 39도",
        "今日は痛すぎて唾も飲み込めなくてティッシュに出してる。声がこもった感じ。熱38.9",
        "喉咙痛得口水都咽不下，只能吐出来，声音闷闷的，发烧39度",
        # Seventeenth round: something thrown into the eye at speed, then the sight blurred (NHS: A&E)
        "草刈り機使ってたら何か目に飛んできて、めちゃくちゃ痛くて見えにくい。黒目のところに何か刺さってる気がする",
        "예초기 돌리다가 눈에 뭐가 튀었는데 너무 아프고 잘 안 보여요",
        "we were mowing the lawn and a stone flew into my eye, now my vision is blurry",
        "用剪草機剪草嗰陣有嘢飛咗入眼，好痛，睇嘢好矇",
        "grinding metal and a bit flew into my eye, really painful and I can't see properly out of it",
        # Eighteenth round (B): choking now, or choking said with breathing stopped, stays an emergency beside the
        # failing swallow
        "my dad keeps choking on his food and now he cant breathe, lips going blue",
        "grandpa is choking on a piece of meat right now",
        "아이가 포도 먹다가 사레 들려서 숨을 못 쉬어요",
        "外公吃饭呛到了 现在说不出话 脸发紫",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_it_an_emergency(text: str) -> None:
    """An emergency the rules make without the learned net."""
    assert triage_result(text)["level"] == "emergency"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # Oral thrush on an inhaled or oral steroid: within days.
        ("i use a steroid inhaler and have white patches in my mouth", "routine", "oral_thrush_steroid"),
        ("on prednisolone and got white patches on my tongue that wont scrape off", "routine", "oral_thrush_steroid"),
        ("스테로이드 먹는데 혀에 하얀 막이 껴서 안 지워져요", "routine", "oral_thrush_steroid"),
        ("吸入ステロイドを使っていて、舌に白い苔みたいなのがついて取れない", "routine", "oral_thrush_steroid"),
        ("媽媽在吃類固醇，這幾天舌頭上都白白一層刮不太掉，沒發燒，吃得下", "routine", "oral_thrush_steroid"),
        # A contact lens wearer with a red or painful eye: keratitis, the same day.
        ("i wear contacts and my eye has gone red and sore", "urgent", "contact_lens_red_eye"),
        ("콘택트렌즈 끼는데 눈이 빨개지고 아파요", "urgent", "contact_lens_red_eye"),
        ("コンタクトしてて、右目が赤くなって痛くて、光がまぶしい", "urgent", "contact_lens_red_eye"),
        ("戴隐形眼镜，眼睛红了，很疼", "urgent", "contact_lens_red_eye"),
        # Seventeenth round. A sore throat with a fever and the neck's glands swollen (Centor/FeverPAIN): a strep test.
        ("my 10 year old has a sore throat and a fever of 101, the glands in his neck are swollen", "routine",
         "sore_throat_fever_glands"),
        ("個仔7歲，喉嚨痛，發燒38.6度，頸啲核腫咗", "routine", "sore_throat_fever_glands"),
        # Seventeenth round. Straight lines seen wavy or bent (metamorphopsia): wet macular degeneration, an eye clinic
        # within a working day (NICE NG82).
        ("スマホの見すぎかと思ってたんだけど、右目だけで見るとドアの枠とかまっすぐな線がぐにゃっと歪んで見える。60代です",
         "urgent", "distorted_vision"),
        ("straight lines look wavy in my right eye, I'm 67", "urgent", "distorted_vision"),
        ("when I look with my left eye only, door frames look bent", "urgent", "distorted_vision"),
        ("오른쪽 눈으로만 보면 문틀 같은 직선이 휘어 보여요. 65세예요", "urgent", "distorted_vision"),
        ("右眼看东西直线都变得弯弯曲曲的，我65岁", "urgent", "distorted_vision"),
        ("隻右眼睇嘢啲直線變晒彎，65歲", "urgent", "distorted_vision"),
        # Seventeenth round. Blood on the crusts of a dry nose is a nosebleed: on warfarin, seen the same day.
        ("와파린 먹고 있는데 요즘 코딱지에 피가 묻어 나와요", "urgent", "anticoagulant_bleeding"),
        ("在吃华法林，天气干燥，鼻屎里有血丝", "urgent", "anticoagulant_bleeding"),
        ("I'm on warfarin and there's blood on my bogeys every morning", "urgent", "anticoagulant_bleeding"),
        ("ワーファリンを飲んでいて、鼻くそに血がついてます", "urgent", "anticoagulant_bleeding"),
        # Seventeenth round. Teeth that twinge with cold, with a pain at night or a swollen gum: the dentist's.
        ("찬 거 먹으면 이가 시리고 밤에 욱신거려서 잠을 못 자요", "routine", "tooth_sensitivity_more"),
        ("my teeth are sensitive to cold and my gum is swollen", "routine", "tooth_sensitivity_more"),
        ("喝冰水牙齿酸，牙龈也肿了", "routine", "tooth_sensitivity_more"),
        ("冷たいものが歯にしみて、歯ぐきも腫れています", "routine", "tooth_sensitivity_more"),
        # Eighteenth round (B): coughing or choking on drinks and meals again and again for weeks (an older person's
        # swallow failing): a swallowing assessment, not an airway emergency
        (
            "할머니 85 요즘 밥 드실때 자꾸 사레가 들리시고 물 마실때마다 콜록콜록 하세요 몇달 된거같고 열은 없음",
            "routine",
            "swallowing",
        ),
        ("祖母85 最近食事のたびにむせて、お茶を飲むとゴホゴホ咳き込む 数か月前から 熱はない", "routine", "swallowing"),
        ("奶奶85 这几个月吃饭老是呛 一喝水就呛咳 饭量也少了 没发烧", "routine", "swallowing"),
        ("阿嫲85 呢幾個月飲水成日嗆親 食飯又成日咳 冇發燒", "routine", "swallowing"),
        (
            "grandma 85, for a few months she coughs every time she drinks and keeps choking on her food, no fever",
            "routine",
            "swallowing",
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
        # Sudden hearing loss said with the day it began
        ("38歲女生，昨天早上起床右耳突然聽不太到，還一直嗡嗡響，不會痛也沒有感冒", "urgent"),
        ("어제 아침에 갑자기 오른쪽 귀가 잘 안 들려요", "urgent"),
        ("昨日の朝から急に右耳が聞こえにくいです", "urgent"),
        ("yesterday morning I suddenly couldn't hear out of my right ear", "urgent"),
        ("I can barely hear out of my left ear since a cold last week, nose blocked", "routine"),
        # A red eye that light hurts, with pain or blurred sight, seen the same day
        ("my right eye is red and painful, light really hurts it and it's a bit blurry. i wear contacts", "urgent"),
        ("오른쪽 눈이 빨갛고 아파요. 빛을 보면 너무 아프고 좀 흐릿해요", "urgent"),
        ("右目が赤くて痛いです。光を見ると痛くて、少しぼやけます", "urgent"),
        ("右眼又红又痛，怕光，看东西有点模糊", "urgent"),
        ("my eye is red and sticky, it doesn't hurt and i can see fine", "self_care"),
        ("bad migraine, light really hurts and my eyes hurt", "routine"),
        # 目が覚めた (woke up) is no eye pain; an eye pain that woke one up still is.
        ("目が痛くて夜中に目が覚めました", "routine"),
        # Geographic tongue for months: home care; a tongue sore for weeks stays examined.
        ("我舌头上有一块一块红红的，像地图一样，每天位置都会换，好几个月了", "self_care"),
        ("혀에 지도처럼 빨간 무늬가 몇 달째 생겼다 없어졌다 해요", "self_care"),
        ("my tongue looks like a map, the patches move around, been months", "self_care"),
        ("혓바늘이 3주째 안 낫고 계속 아파요", "routine"),
        # An eyelid twitch for a week, little sleep and coffee, ALS read about: home care. A shaking hand: examined.
        (
            "일주일째 왼쪽 눈밑이 계속 파르르 떨려요. 기말고사라 하루 "
            "4시간 자고 커피 엄청 마시는 중이에요. 인터넷 찾아보니까 "
            "루게릭 초기증상이 근육떨림이라던데 ㅠㅠ 저 루게릭인가요? 다른데 힘빠지거나 그런건 없어요 21살이에요",
            "self_care",
        ),
        ("일주일째 눈밑이 떨리고 손도 계속 떨려요", "routine"),
        # Sixteenth round (OVER_EN_KO): a benign story lowered by the rules alone, next to its neighbour kept raised.
        # An eye glued shut with a yellow crust is the eye's discharge (conjunctivitis, home care); crusts round the
        # nose are impetigo (examined).
        (
            "Woke up with my left eye glued shut with yellowish crusty stuff, now its pink and gritty. Vision is "
            "normal",
            "self_care",
        ),
        ("아침에 눈이 노란 딱지로 붙어서 안 떠졌어요", "self_care"),
        ("my son has yellow crusty sores round his nose and mouth", "routine"),
        # A blood thinner denied "그런건 안먹어요" is not taken: a burst vessel on the eye is home care; on warfarin,
        # checked.
        (
            "눈 흰자 한쪽이 새빨갛게 피가 고여있어요. 아프진 않고 잘 보여요. 혈압약이나 피 묽게하는 약 그런건 안먹어요",
            "self_care",
        ),
        ("눈 흰자가 빨갛게 피가 고였어요. 와파린 먹고 있어요", "routine"),
        # A tickle in the throat (목이 간질간질) is no epilepsy; a fit named stays an emergency.
        ("혈압약 바꾸고 나서 두 달째 마른기침이 계속 나요. 목이 간질간질하고 밤에 더 심해요", "routine"),
        ("아이가 간질 발작을 해요", "emergency"),
        # Sixteenth round. A swollen eyelid with a fever and double sight, hearing lost on waking, one ear ringing for
        # weeks, a white pupil.
        # A swollen, red eyelid with a fever and double sight: orbital cellulitis, an emergency; with the fever alone,
        # today; without a fever, home care.
        ("딸 눈꺼풀이 빨갛게 부었고 열이 39도예요. 물건이 두 개로 보인대요", "emergency"),
        ("his eyelid is swollen shut and red, temp 39.2, and he says he's seeing double", "emergency"),
        ("まぶたが赤く腫れて熱が39度、物が二重に見えると言っています", "emergency"),
        ("眼皮又红又肿，发烧39度，看东西有重影", "emergency"),
        ("아이 눈두덩이가 붓고 열이 38도예요", "urgent"),
        ("눈꺼풀이 빨갛게 붓고 가려워요. 열은 없어요", "self_care"),
        # Hearing gone or muffled in one ear on waking: the same day; with a cold, examined within days.
        ("woke up this morning and my right ear is muffled, can't hear much out of it. no cold", "urgent"),
        ("아침에 일어나니 오른쪽 귀가 먹먹하고 잘 안 들려요", "urgent"),
        ("朝起きたら右耳が聞こえにくくなっていました", "urgent"),
        ("今天早上醒来右耳听不清了，闷闷的", "urgent"),
        ("Woke up with a muffled ear, I have a cold", "routine"),
        # One ear ringing for weeks, the sound softer on that side: examined. A night's ringing after a concert, gone:
        # home care.
        ("오른쪽 귀에서만 삐 소리가 한 달째 나요", "routine"),
        ("ringing in my right ear only for the last month", "routine"),
        ("어제 콘서트 갔다가 귀에서 삐 소리가 났는데 지금은 없어졌어요", "self_care"),
        ("went to a concert last night, ears were ringing after but it's gone now", "self_care"),
        ("昨日ライブに行って耳鳴りがしたけど、今はもう治りました", "self_care"),
        ("昨晚去听演唱会，耳鸣了一会儿，现在已经好了", "self_care"),
        # A pupil that shows white in flash photos: an eye specialist soon (retinoblastoma).
        ("in flash photos my 8 month old's left pupil looks white", "urgent"),
        ("8개월 아기 플래시 사진에서 왼쪽 눈동자만 하얗게 나와요", "urgent"),
        ("フラッシュで撮ると娘の右目の瞳が白く光ります", "urgent"),
        ("宝宝拍照开闪光灯，右眼瞳孔发白", "urgent"),
        # Sixteenth round. A stye told, floaters with the curtain denied, an ear blocked after a flight or a swim,
        # breathlessness from a blocked nose and a mouth ulcer whose earlier bouts cleared in a week: lowered, beside a
        # curtain over the sight, an ear with dizziness or blocked for days, a blocked nose with a tight chest and an
        # ulcer of three weeks.
        ("左の上まぶたのふちが赤くぽつっと腫れて、少し痛いです。見え方は普通です", "self_care"),
        ("まぶたが腫れて目が開けられない、熱もある", "urgent"),
        (
            "2日前から左目に糸くずみたいなものが見えて、時々光が走ります。カーテンがかかったように見えなくなるところはありません",
            "routine",
        ),
        ("左目がカーテンがかかったように見えなくなりました", "emergency"),
        ("이틀 전부터 왼쪽 눈에 날파리 같은 게 보이고 번쩍여요 커튼처럼 안 보이는 데는 없어요", "routine"),
        ("两天前开始有黑点飘，还会闪光，没有像拉窗帘一样看不见的地方", "routine"),
        ("飛行機に乗ってから左耳がこもった感じがします。昨日からです", "self_care"),
        ("비행기 타고 나서 왼쪽 귀가 먹먹해요", "self_care"),
        ("プールで泳いでから右耳が詰まった感じです。痛みはありません", "self_care"),
        ("飛行機を降りてから耳がこもって、めまいもします", "routine"),
        ("朝起きたら急に右耳がこもった感じで聞こえにくい", "urgent"),
        ("飛行機に乗ってから耳がこもった感じが5日続いています", "routine"),
        ("鼻子堵得喘不过气，只能张嘴呼吸，嗓子疼", "self_care"),
        ("鼻が詰まって息ができない、喉も痛い", "self_care"),
        ("코가 막혀서 숨을 못 쉬겠어요 목도 아프고", "self_care"),
        ("my nose is so blocked I can't breathe, sore throat", "self_care"),
        ("鼻塞，而且喘不过气，胸口很闷", "emergency"),
        ("舌头旁边长了个溃疡，第二天了，以前也长过，一周就好了", "self_care"),
        ("口内炎3日目です。前にもできたけど1週間で治りました", "self_care"),
        ("嘴里的溃疡三个星期了还没好", "routine"),
        (
            "自転車に乗っていて目に砂が入ったけど、水で洗ったら取れました。少しゴロゴロするだけで、よく見えます",
            "self_care",
        ),
        ("风把沙子吹进眼睛，用清水冲了好几遍，还有一点异物感，看得清楚", "self_care"),
        ("모래가 눈에 들어갔는데 물로 씻어냈어요 약간 이물감만 있고 잘 보여요", "self_care"),
        ("グラインダーをかけていたら目に何か入った。水で洗ったら取れたけど、まだゴロゴロする", "routine"),
        ("目にゴミが入って、水で洗ったら取れたけど、目がかすむ", "routine"),
        ("目に砂が入った。水で洗ったら取れたけど、2日たってもゴロゴロする", "routine"),
        # Seventeenth round. A child's eye that turns in or out (a squint): seen within weeks; one that turned suddenly
        # (at any age over three months): the same day. A baby's eyes that wander before three months stay home care.
        ("女儿4岁，左眼有时候往外偏，尤其是累的时候", "routine"),
        ("세 살 아들이 사진 찍으면 한쪽 눈이 안쪽으로 몰려 보여요", "routine"),
        ("3歳の息子、写真を撮ると右目が内側に寄っています", "routine"),
        ("my 3 year old's left eye turns in sometimes, especially in photos", "routine"),
        ("42살인데 어제 갑자기 오른쪽 눈이 안쪽으로 몰렸어요", "urgent"),
        ("my left eye suddenly started turning in this morning", "urgent"),
        ("生後2ヶ月の娘、時々寄り目になってる気がする", "self_care"),
        ("my 6 week old's eyes seem to wander sometimes, is that normal?", "self_care"),
        # Seventeenth round: dim or blurred sight at 60 stays within days; a twisted ankle, crooked veins and a bent
        # finger are no distorted sight
        ("눈이 침침해요 60대예요", "routine"),
        ("足首がぐにゃっとなって腫れてる", "self_care"),
        ("腿上血管弯弯曲曲的，站久了胀", "self_care"),
        # Eighteenth round (L1): tonsillitis with swollen neck glands, antibiotics only asked about: no anaphylaxis;
        # swollen lips and a tight throat after starting amoxicillin are
        ("My 7 year old has a sore throat and temp of 38.9 since yesterday, no cough, and I can see white "
         "patches on her tonsils. The glands in her neck are swollen. Does she need antibiotics?", "routine"),
        ("I'm on amoxicillin for tonsillitis, sore throat and the glands in my neck are swollen", "self_care"),
        ("Started amoxicillin yesterday and now my lips are swollen and my throat is tight", "emergency"),
        ("Took a new antibiotic an hour ago and now my throat feels swollen and tight", "emergency"),
        ("my eyes are puffy from crying and my throat feels tight", "self_care"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An eyelid twitch of a week with stress; a small sore lump on the eyelid's edge, vision fine (a stye): home
        # care.
        (
            "my left eyelid has been twitching on and off for a week, super stressed, is this a stroke?? no other"
            " symptoms",
            ("self_care",),
        ),
        (
            "got a small painful red lump on the edge of my upper eyelid, like a spot. vision is fine. day 2",
            ("self_care",),
        ),
        ("まぶたのふちに小さい赤いしこりができて痛い。見え方は普通。2日目", ("self_care",)),
        ("眼皮边上长了个小红疙瘩，有点疼，视力没问题，第二天了", ("self_care",)),
        # Still raised: a twitch of three weeks, an eyelid lump with blurred sight.
        ("my eyelid has been twitching for three weeks", ("routine",)),
        ("lump on the edge of my eyelid and my vision is blurry", ("routine", "urgent")),
        # Seventeenth round. Dry, gritty, slightly red eyes after a week at a screen, sight fine, no pain: home care
        # (NHS dry eyes). A contact lens wearer's red eye, pain or blurred sight stay raised.
        ("连续一周天天对着电脑，眼睛又干又涩，有点红，视力正常，也不痛", ("self_care",)),
        ("일주일 내내 모니터를 봤더니 눈이 건조하고 좀 충혈됐어요. 잘 보이고 안 아파요", ("self_care",)),
        ("1週間パソコン作業で目が乾いて少し充血してます。見え方は普通で痛くないです", ("self_care",)),
        ("I wear contact lenses, my eyes are dry and gritty and red", ("urgent",)),
        ("콘택트렌즈를 끼는데 눈이 뻑뻑하고 빨개요", ("urgent",)),
        ("戴隐形眼镜，眼睛又干又涩，有点红", ("urgent",)),
        ("一周都在看电脑，眼睛干涩发红，看东西模糊了", ("routine", "urgent")),
        ("一週間パソコン作業で目が乾いて充血して、右目がズキズキ痛い", ("routine", "urgent")),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_one_of_levels(text: str, expected: tuple[str, ...]) -> None:
    """The rules alone (the learned net off) give one of the accepted levels."""
    assert triage_result(text)["level"] in expected


@pytest.mark.parametrize(
    "text",
    [
        # A sore throat with a fever and white tonsils, saliva hard to swallow, breathing fine: the same day, not 999
        "목이 찢어지는거 같고 침도 못삼키겠어요 3일째 열 38.8도고 편도에 하얀게 있어요. 숨쉬는건 괜찮아요",
        # Seventeenth round: a speck flown into the eye with the sight as usual is seen today, not 999
        "用剪草機剪草嗰陣有嘢飛咗入眼，好痛，流眼水，睇嘢冇問題",
        "草刈り機を使ってたら何か目に飛んできて、ゴロゴロして涙が出ます。見え方は普通です",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # A white tongue in the morning: self-care.
        "my tongue is a bit white in the morning",
        "舌が白っぽいです",
        # A red eye without contact lenses, no pain: self-care.
        "my eye is a bit red, no pain, vision fine",
        # Seventeenth round: a sore throat with a cold, the neck's glands a little swollen, no fever: home care.
        "my 8 year old has a sore throat and a runny nose, the glands in her neck are a bit swollen, no fever",
        # Seventeenth round. A little blood on the crusts of a nose dried by the heating, no blood thinner: home care.
        "요즘 날이 건조해서 그런가 코가 막히고 코딱지에 피가 살짝 묻어 나와요. 70세고 피 묽게 하는 약은 안 먹어요",
        # Seventeenth round. A brief twinge in the teeth with cold drinks, no swollen gum: sensitive teeth, home care.
        "冷たいものを飲むと前歯がキーンとしみます。ずっと痛いわけじゃなくて一瞬だけ。歯ぐきの腫れもないです",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_self_care(text: str) -> None:
    """The rules alone (the learned net off) keep the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    "text",
    [
        # Contact lenses denied: the red eye keeps its own rules.
        "朝起きたら右目が目やにでくっついてた。白目が赤くて、ちょっとゴロゴロする。コンタクトはしてないです",
        "콘택트렌즈는 안 껴요. 눈이 좀 빨개요",
        "I don't wear contacts, my eye is a bit red",
        "没戴隐形眼镜，眼睛有点红",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_a_red_eye_without_lenses_is_no_keratitis(text: str) -> None:
    """Contact lenses denied or not named: the red eye keeps its own rules."""
    assert "contact_lens_red_eye" not in triage_result(text)["reasons"]


@pytest.mark.parametrize(
    ("text", "symptom", "not_symptom"),
    [
        # An eyelid's flutter is no tremor (a hand's is, below); a small sore lump on the eyelid is a stye, no lump.
        ("눈꺼풀이 파르르 떨려요", "eyelid_twitching", "tremor"),
        ("며칠째 눈꺼풀이 파르르 떨려요 피곤해서 그런가요", "eyelid_twitching", "tremor"),
        ("眼皮上长了个小疙瘩，红肿有点疼", "stye", "lump"),
        ("눈꺼풀에 작은 멍울이 생겼어요 빨갛고 좀 아파요", "stye", "lump"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_eyelid_words(text: str, symptom: str, not_symptom: str) -> None:
    """A word said of the eyelid names the eyelid's own symptom, not the general one."""
    symptoms = triage_result(text)["symptoms"]
    assert symptom in symptoms and not_symptom not in symptoms


@pytest.mark.usefixtures("no_net")
def test_a_hand_tremor_stays_a_tremor() -> None:
    """The same flutter said of the hand is a tremor."""
    assert "tremor" in triage_result("손이 파르르 떨려요")["symptoms"]
