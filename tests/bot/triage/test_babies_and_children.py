"""Triage levels for babies and children.

A baby's age changes the level: a fever under three months, a red eye in a newborn, green vomit, a newborn's jaundice
with a baby hard to wake or feeding poorly, a newborn blue around the lips, a dehydrated baby (no wet nappy, no tears,
floppy), a baby's chest drawing in (under the ribs, with noisy breathing or grunting) and a child's redcurrant-jelly
stool or bouts of screaming with vomiting (intussusception) are emergencies or same-day; a fever's duration ("fever for
3 weeks") is no baby's age, and blood in a nappy is examined unless it is a newborn girl's vaginal bleed. Crying that
nothing settles is seen the same day, even after a vaccination or with teething; fussing after the jabs, teething,
posseting, a cold at 18 months, a toddler's goose egg, night terrors and a yellow baby feeding well are home care. A
child who will not use an arm after a pull or a fall (a pulled elbow), a coin swallowed by a young child and a toddler
crying on passing urine with a fever are seen the same day.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # A swelling on a baby's head after a knock: the same day.
        ({"symptoms": ("head_injury", "lump"), "age": 0.6}, "urgent", "baby_head_swelling"),
        # A fever under two with no cold to explain it.
        ({"symptoms": ("fever",), "age": 1.5, "temperature": 38.4}, "routine", "fever_under_two"),
        ({"symptoms": ("fever", "runny_nose"), "age": 1.5, "duration": 96.0}, "routine", "fever_days"),
        # A fever after a vaccination: under one still today; after three days still examined.
        ({"symptoms": ("fever", "vaccination"), "age": 0.7, "temperature": 38.5}, "urgent", "fever_young_child"),
        ({"symptoms": ("fever", "vaccination"), "age": 1.5, "duration": 96.0}, "routine", "fever_days"),
        ({"symptoms": ("fever",), "age": 1.5, "temperature": 38.2}, "routine", "fever_under_two"),
        # A vaccination explains fussiness, never crying that nothing settles, nor any crying under three months.
        ({"symptoms": ("vaccination", "inconsolable_crying"), "age": 0.5}, "urgent", "crying_inconsolable"),
        ({"symptoms": ("vaccination", "excessive_crying"), "age": 0.15}, "urgent", "crying_young_infant"),
        (
            {"symptoms": ("vaccination", "excessive_crying", "fever"), "age": 0.5, "temperature": 38.4},
            "urgent",
            "fever_young_child",
        ),
        ({"symptoms": ("excessive_crying",), "age": 0.5}, "urgent", "needs_exam"),  # no vaccination: the baby intake
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("fever", "runny_nose"), "age": 1.5, "temperature": 38.4},  # a cold at 18 months, hours old
        {"symptoms": ("head_injury", "lump"), "age": 2},  # a goose egg on a toddler
        {"symptoms": ("fever", "vaccination"), "age": 1.5, "temperature": 38.2},  # the day of the jabs, 18 months
        {"symptoms": ("vaccination", "excessive_crying"), "age": 0.5, "temperature": 37.8},  # fussy after jabs
        # A "fever" measured below 38 °C in a thriving infant is none (NICE: fever is 38 °C or more).
        {"symptoms": ("fever", "runny_nose"), "age": 1.2, "temperature": 37.6},
        {"symptoms": ("fever", "teething"), "age": 0.7, "temperature": 37.4},
        {"glucose": 110},
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fever at 9 months after the jabs: the same day.
        ("my 9 month old had her jabs this morning and now has a temperature of 38.4", "urgent"),
        # Crying that nothing settles after a vaccination: today.
        ("5개월 아기가 예방접종 맞고 세 시간째 울음을 안 그쳐요", "urgent"),
        ("宝宝4个月，打完疫苗哭了三个小时，怎么哄都哭个不停", "urgent"),
        ("生後4か月、予防接種のあと3時間泣き止みません", "urgent"),
        ("my 4 month old had his jabs and has been crying nonstop for hours, can't settle him", "urgent"),
        # A toddler's arm pulled, then not used (pulled elbow): the same day.
        ("두 살 아들 손 잡고 당겼는데 왼팔을 아예 안 써요", "urgent"),
        ("my 2 year old won't use her left arm after I swung her by her arms", "urgent"),
        ("3歳の娘の手を引っ張ったら泣いて腕をだらんとさせて使おうとしない", "urgent"),
        ("女儿3岁，拉了一下胳膊就哭，现在胳膊耷拉着不肯动", "urgent"),
        # A nappy rash not better after days of cream; since yesterday it stays home care (test_text_stays_self_care).
        ("18개월 딸 기저귀 발진이 5일째인데 연고 발라도 점점 빨개져요", "routine"),
        ("nappy rash for 5 days, cream isn't helping, red spots spreading", "routine"),
        ("おむつかぶれが4日たっても治らない", "routine"),
        # A toddler who cries when passing urine, with a fever: a urine test today.
        ("儿子2岁，这两天尿尿的时候会哭，低烧38度左右", "urgent"),
        ("our toddler cries every time she pees and has a fever of 38.5", "urgent"),
        ("2살 아이가 쉬할 때마다 울어요 열이 38.3도", "urgent"),
        ("2歳の息子がおしっこの時に泣きます。熱38.4度", "urgent"),
        # A newborn still yellow at two and a half weeks: the same day.
        ("寶寶出生兩週半，臉跟眼白還是黃黃的", "urgent"),
        # A newborn who looks yellow, said in English without the word jaundice; a snot or a bruise gone yellow is not.
        ("the baby is a week old and is yellow", "urgent"),
        ("my 5 day old looks yellow, his eyes too", "urgent"),
        ("my snot has gone yellow", "self_care"),
        ("the bruise is turning yellow now", "self_care"),
        # A child's constipation a remedy did not shift: examined.
        ("3歳の娘、1週間うんちが出ていません。綿棒浣腸しても出ません", "routine"),
        ("my 3 year old hasn't pooped in a week, the suppository didn't work", "routine"),
        ("세 살 아이가 일주일째 변을 못 봐요. 관장해도 안 나와요", "routine"),
        ("孩子三岁，一周没大便，用了开塞露也拉不出来", "routine"),
        # A raised temperature under six months; a young child pulling at an ear.
        ("4개월 아기가 기침하고 열이 37.9도예요", "routine"),
        ("my 5 month old has a runny nose and a temperature of 37.7", "routine"),
        ("生後4ヶ月の赤ちゃん、鼻水が出て熱が37.8度です", "routine"),
        ("5个月宝宝咳嗽，体温37.8", "routine"),
        ("my 2 year old keeps pulling at his ear and is grumpy", "routine"),
        ("2歳の子が耳をしきりに触って泣きます", "routine"),
        ("18개월 아기가 자꾸 귀를 잡아당기고 보채요", "urgent"),
        ("2岁宝宝一直抓耳朵，哭闹", "urgent"),
        # Teething with crying that nothing settles stays raised.
        ("寶寶10個月，快冒牙了，一直哭怎麼哄都哄不好", "urgent"),
        # A child with a rash and a fever of 38.2 (hand, foot and mouth with a headache): the same day.
        ("my 3 year old has hand foot and mouth, a rash on her hands, a fever of 38.2 and a headache", "urgent"),
        ("my 3 year old has a rash and a fever of 38.2", "urgent"),
        # A child who will not use an arm after a fall on the hand; a young girl's itchy private area.
        ("5歲兒子溜滑梯摔下來用手撐地，之後左手一直不肯用，碰手肘就哭", "urgent"),
        ("5살 아들이 미끄럼틀에서 넘어져 손을 짚었는데 그 뒤로 왼팔을 안 쓰려고 해요", "urgent"),
        ("5歳の息子が滑り台から落ちて手をついてから、左腕を使おうとせず、肘を触ると泣きます", "urgent"),
        ("4歳の娘がおまたがかゆいって言ってずっと掻いてます", "routine"),
        ("4살 딸이 잠지가 가렵다고 계속 긁어요", "routine"),
        ("my 4yo daughter keeps scratching, says her private area is itchy", "routine"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "my 14 month old had his vaccinations today, temp 38.1 tonight, still feeding well",
        "예방접종 맞고 나서 18개월 아기가 38.4도 열이 나요. 잘 놀아요",
        # Fussy the day after a vaccination, feeding, no fever (37.8 °C is none).
        "아기 7개월인데 어제 예방접종 맞고 좀 보채요. 분유 잘 먹고 열은 37.7도예요",
        "8个月宝宝昨天打了疫苗，今天有点哭闹，吃奶正常，37.5度",
        "生後9か月、昨日予防接種をして少しぐずっています。ミルクは飲めていて熱は37.6度です",
        # A nappy rash since yesterday: home care.
        "2살 딸이 기저귀 발진이 어제 생겼어요. 열은 없어요",  # a nappy rash since yesterday
        "尿布疹今天刚起的，有点红，没发烧",
        # A newborn's milk spots; a newborn's hiccups.
        "my baby is 3 weeks old and has little white spots on her cheeks, feeding great",
        "태어난 지 2주 된 아기가 하루에도 몇 번씩 딸꾹질을 해요. 잘 먹고 잘 자요",
        # Car sickness at 8; 37.8 after a vaccination at four months, feeding well.
        "車に乗ると気持ち悪くなって吐いてしまいます。8歳です",
        "4개월 아기 예방접종 맞고 37.8도예요 잘 먹어요",
        # A baby fussy while a tooth comes through (teething explains the fussing)
        "寶寶10個月，這幾天一直流口水、晚上比較會哭鬧，看得到牙齦白白的快冒牙了。沒有發燒",
        "10개월 아기가 이가 나려는지 침을 많이 흘리고 밤에 자꾸 보채요. 열은 없어요",
        "my 10 month old is cutting a tooth and very fussy at night, no fever",
        # Hand, foot and mouth at 37.6, drinking.
        "2歳の娘、手足口病で手と口の中にポツポツが出てきました。熱は37.6度、お茶とゼリーは食べてます",
        # Teething at 10 months.
        "宝宝10个月，最近老流口水，有点闹觉，体温37.5，吃奶正常，摸到下牙床有个白点",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Severe dehydration in a baby, the dry nappy said with its time.
        ("8개월 아기가 설사랑 구토를 해요. 기저귀가 12시간째 안 젖었고 축 처져 있어요", "red_flag:severe_dehydration"),
        ("赤ちゃんが下痢で、おむつが半日濡れてなくて、ぐったりしてます", "red_flag:severe_dehydration"),
        # A newborn blue around the lips or with pauses in its breathing; an age in days is an age.
        ("our 2 week old goes bluish around the lips during feeds", "red_flag:breathing_severe"),
        ("my newborn seems to stop breathing for a few seconds at a time", "red_flag:breathing_severe"),
        ("생후 10일 아기가 젖 먹을 때 입술 주변이 파래지고 가끔 숨을 몇 초 안 쉬어요", "red_flag:breathing_severe"),
        ("出生10天的宝宝吃奶时嘴唇周围发紫，有时好像几秒钟不呼吸", "red_flag:breathing_severe"),
        # A newborn's jaundice with a baby hard to wake or feeding poorly (age in days read).
        ("my 5 day old is jaundiced and very sleepy, hard to wake for feeds", "newborn_jaundice_unwell"),
        ("생후 5일 아기가 황달이 심해지고 계속 자고 젖을 잘 안 먹어요", "newborn_jaundice_unwell"),
        (
            "生後5日の赤ちゃん、黄疸が強くなってきて、ずっと眠っていておっぱいをあまり飲みません",
            "newborn_jaundice_unwell",
        ),
        ("出生第6天的宝宝黄疸越来越重，很难叫醒吃奶", "newborn_jaundice_unwell"),
        # A child's dehydration, no urine for half a day said without a particle or in zh.
        ("2歳の子が吐いて下痢して、朝からおしっこ出てません。ぐったりしています", "red_flag:severe_dehydration"),
        ("18개월 아기가 설사하고 토하는데 반나절 동안 소변을 안 봤고 축 처져 있어요", "red_flag:severe_dehydration"),
        ("一岁半的孩子上吐下泻，半天多没尿，没精神", "red_flag:severe_dehydration"),
        # A dehydrated baby: dry, floppy, no tears, no wet nappy.
        ("my baby won't feed, she's dry, barely weed today and really floppy", "red_flag:severe_dehydration"),
        ("8개월 아기가 하루 종일 토하고 설사하더니 계속 자고 울어도 눈물이 안 나요", "red_flag:severe_dehydration"),
        ("아기가 안 먹고 입이 바싹 마르고 오늘 소변을 거의 안 보고 축 늘어졌어요", "red_flag:severe_dehydration"),
        ("8个月宝宝吐了一天拉了一天，现在一直睡，哭也没眼泪", "red_flag:severe_dehydration"),
        ("8か月の子が一日中吐いて下痢して、今はずっと寝ていて泣いても涙が出ません", "red_flag:severe_dehydration"),
        # A child's redcurrant-jelly stool, or bouts of screaming with vomiting: intussusception (jam eaten by a
        # well child stays below emergency, see test_rules_keep_it_below_emergency).
        ("돌쟁이 기저귀에 딸기잼 같은 변이 나왔어요", "red_flag:bowel_obstruction"),
        ("1歳の子のおむつにイチゴジャムみたいな便が出ました", "red_flag:bowel_obstruction"),
        ("宝宝拉的大便像果酱一样，红红的", "red_flag:bowel_obstruction"),
        ("baby's nappy has poo that looks like redcurrant jelly", "red_flag:bowel_obstruction"),
        ("1歳の息子が急に激しく泣いては止んでを繰り返してて、2回吐きました", "red_flag:bowel_obstruction"),
        # Sixteenth round (ZH_EM): a baby's dry nappy with few tears, sleepy, slow to respond or a sunken soft spot.
        ("寶寶5個月，上吐下瀉，尿布9小時都沒濕，哭也沒什麼眼淚，叫他反應很慢", "red_flag:severe_dehydration"),
        ("寶寶一直拉肚子，尿布一整個下午都是乾的，整個人軟軟的，囟門凹下去", "red_flag:severe_dehydration"),
        (
            "my 5 month old has been vomiting, no wet nappy since this morning, hardly any tears and slow to respond",
            "red_flag:severe_dehydration",
        ),
        (
            "5개월 아기가 토하고 설사하는데 기저귀가 아침부터 안 젖었고 눈물이 거의 없고 반응이 느려요",
            "red_flag:severe_dehydration",
        ),
        # A button battery missing near a toddler, said as 找不到了 or in Cantonese, or politely in Japanese.
        ("遥控器的纽扣电池找不到了，孩子一岁半，刚才一直拿着遥控器玩", "red_flag:button_battery"),
        ("個仔兩歲，啱啱玩完遙控器，入面粒紐扣電池搵唔到", "red_flag:button_battery"),
        ("1歳の子がリモコンで遊んでいて、ボタン電池が見当たりません", "red_flag:button_battery"),
        # A toddler took someone's iron tablets, said in Cantonese, even if well.
        ("我個仔三歲，偷食咗我啲補鐵丸，唔知食咗幾多粒，而家冇咩事", "red_flag:overdose_poisoning"),
        ("3歳の息子が私の鉄剤を飲んでしまいました。今は元気です", "red_flag:overdose_poisoning"),
        # A baby's age said after a baby word (@infant_age), with a fever: not a bare "6 weeks" (below).
        ("baby 6 weeks, temp 38.2", "red_flag:infant_fever"),
        ("a baby of 6 weeks with a fever", "red_flag:infant_fever"),
        ("my son is 10 weeks and running a temp", "red_flag:infant_fever"),
        # Sixteenth round (late): "N weeks old" counts under 13 weeks only (a 24-weeks-old is kept below, by age).
        ("my 6 weeks old has 38.2", "red_flag:infant_fever"),
        # Seventeenth round: redness spreading around a young baby's navel with a fever (omphalitis) stays raised.
        ("生後2週間、おへその周りが赤く広がってきて、熱が38.3度あります", "red_flag:infant_fever"),
        # Seventeenth round: a baby under three months who won't feed and is sleepy, or under 36 °C with a sign of
        # being unwell (Cantonese ages 出世, BB read); floppy, limp or cold to the touch (signs of sepsis); unrousable
        # in Cantonese.
        ("my 5 week old isn't feeding and is very sleepy", "young_infant_unwell"),
        ("생후 3주 아기가 분유를 안 먹고 계속 자려고만 해요", "young_infant_unwell"),
        ("生後3週間の赤ちゃんがミルクを飲まず、ずっと寝てばかりです", "young_infant_unwell"),
        ("BB出世兩個禮拜，唔肯飲奶，好眼瞓", "young_infant_unwell"),
        ("宝宝出生两周，不肯吃奶，体温35.6度", "young_infant_unwell"),
        ("生後3週間の赤ちゃん、体温35.5度でうとうとしています", "young_infant_unwell"),
        ("my 6 week old has gone floppy", "red_flag:sepsis"),
        ("my newborn feels icy cold", "red_flag:sepsis"),
        ("生後1ヶ月の赤ちゃんがぐったりしています", "red_flag:sepsis"),
        ("生後3週間の赤ちゃん、体が冷たくて体温が低いです", "red_flag:sepsis"),
        ("宝宝两个月，今天全身软绵绵的", "red_flag:sepsis"),
        ("宝宝出生20天，摸着全身冰凉", "red_flag:sepsis"),
        ("BB三個禮拜，成個人軟晒", "red_flag:sepsis"),
        ("생후 5주 아기가 몸이 차갑고 체온이 낮아요", "red_flag:sepsis"),
        ("BB啱啱出世，叫極都唔醒", "red_flag:loss_of_consciousness"),
        # ... a fall from a sofa, a bed or a changing table, then vomiting and drowsy: a head injury, the head unnamed.
        ("my toddler fell off the sofa, now he's thrown up twice and keeps falling asleep", "head_injury_serious"),
        ("BB由張床跌咗落地，之後嘔咗兩次，好眼瞓", "head_injury_serious"),
        ("赤ちゃんがおむつ台から落ちて、2回吐いてウトウトしています", "head_injury_serious"),
        ("아기가 기저귀 갈이대에서 떨어졌는데 두 번 토하고 계속 졸려해요", "head_injury_serious"),
        # Seventeenth round: a baby under three months with a fever, the age said with "now" or "still" before it.
        ("우리 아기 이제 7주 됐는데 열이 38.5도 나와요", "red_flag:infant_fever"),
        ("うちの子まだ7週なんですが熱が38度あります", "red_flag:infant_fever"),
        # Seventeenth round: "おしっこ一回も出てない", "涙出ない" (particles dropped); Cantonese 冇小便, 冇眼淚.
        (
            "生後5ヶ月の子が下痢と嘔吐で、朝からおしっこ一回も出てない。泣いても涙出ないし、ぐったりしてる",
            "red_flag:severe_dehydration",
        ),
        ("5個月BB屙嘔，由朝早到而家都冇小便，喊都冇眼淚，好冇精神", "red_flag:severe_dehydration"),
        # eighteenth round (C1): forceful vomiting, no wet nappy and a sunken soft spot (severe_dehydration)
        (
            "baby 5 wks old vomits like a fountain after every feeding. no wet diaper since last night and the soft "
            "spot on his head looks sunken",
            "red_flag:severe_dehydration",
        ),
        (
            "생후 5주 아기가 분수처럼 토하고 어젯밤부터 소변을 안 봤어요 숨구멍이 꺼졌어요",
            "red_flag:severe_dehydration",
        ),
        ("生後5週 噴水のように吐いて おしっこが出てない 大泉門がくぼんでる", "red_flag:severe_dehydration"),
        ("五周宝宝喷射性呕吐 一直没尿 囟门塌下去了", "red_flag:severe_dehydration"),
        # eighteenth round (A): magnets swallowed, even by a child who seems well (swallowed_magnets)
        ("my 4 year old swallowed a couple of small magnets from a toy, seems fine", "red_flag:swallowed_magnets"),
        ("4살 아들이 장난감에 있던 작은 자석을 몇 개 삼켰대요 멀쩡해요", "red_flag:swallowed_magnets"),
        ("4歳の息子がおもちゃの小さい磁石を何個か飲み込んだみたい。元気にしてる", "red_flag:swallowed_magnets"),
        ("個女話吞咗兩粒磁石，照玩緊", "red_flag:swallowed_magnets"),
        # Nineteenth round (E19U): a fever with spots that stay under a glass pressed on them (meningococcal rash)
        ("My 4 year old has a high fever and small purple-ish dots on her legs. I pressed a glass on them and they "
         "don't go away", "red_flag:meningism"),
        ("4歳の娘、高熱で足に紫っぽい小さな点々。コップを押し当てても消えません", "red_flag:meningism"),
        ("4岁女儿发高烧，腿上有紫紫的小点点，用玻璃杯压了一下也不消退", "red_flag:meningism"),
        ("4살 딸이 열이 높고 다리에 보라색 점들이 생겼어요. 컵으로 눌러봤는데 안 없어져요", "red_flag:meningism"),
        # Nineteenth round (B16): beside the nursing mother's own mastitis fever (test_womens_health), the baby's own
        # fever or feeding poorly keeps the flag.
        ("BB五個禮拜，我餵緊人奶，左邊心口好痛，BB發燒38.2度", "red_flag:infant_fever"),
        ("生後5週の赤ちゃんが38.2度の熱、おっぱいの飲みが悪い", "red_flag:infant_fever"),
        ("생후 5주 아기인데 열이 38.2도예요 왼쪽 가슴이 아파요 모유수유 중", "red_flag:infant_fever"),
        # Twentieth round (T20C-U): a toddler's fall from a floor up (Taiwan's 公尺, 掉到, Cantonese 由二樓), and
        # after a lower fall a belly pain with a face gone a little white (bleeding inside)
        ("兩歲半的女兒從二樓陽台掉到一樓的草地上，大概三公尺高，哭了一陣子，現在說肚子痛", "red_flag:major_trauma"),
        ("個仔由二樓露台跌咗落街，而家話頭痛", "red_flag:major_trauma"),
        ("兩歲半的女兒從沙發跌下來，現在說肚子痛，臉色有點白", "injury_belly_shock"),
        # ... a child pulled out of a pool or found sunk in the bath, coughing and breathing fast (a submersion)
        ("Pulled my 3 year old out of the paddling pool an hour ago, now she's breathing fast", "environmental"),
        ("3歳の娘がお風呂に沈んでいたので引き上げました", "environmental"),
        ("아이가 욕조에 빠져서 건졌어요", "environmental"),
        ("女儿在泳池里沉到水底，刚捞上来", "environmental"),
        # ... a mug of just-boiled tea pulled onto a toddler's chest, blistering
        ("toddler pulled a mug of just boiled tea onto herself, her chest is red and blistering", "burn_trunk"),
        # ... a Cantonese baby with no wet nappy (片片) for hours, a sunken fontanelle and drowsy
        ("BB 9個月，屙水嘔奶，8個鐘都冇濕過片片，個囟門凹咗落去，好眼瞓", "red_flag:severe_dehydration"),
        # ... hot and raving after a day's drill in the sun, not sweating (heatstroke); a body very hot in Korean
        ("女儿今天军训在太阳底下站了一下午，开始说胡话，身上特别烫还不出汗", "red_flag:heatstroke"),
        ("딸이 운동장에서 땡볕에 훈련하다가 몸이 엄청 뜨겁고 헛소리를 해요", "red_flag:heatstroke"),
        # ... a feverish toddler mottled in patches who barely responds (sepsis)
        ("宝宝1岁半，发烧39.8度两天了，叫他也不怎么理人，身上皮肤一块一块发花，呼吸也很快", "red_flag:sepsis"),
        # ... a baby grunting with every breath (respiratory distress)
        ("生後6ヶ月、咳があって、息をするたびに「うっ、うっ」とうなってます", "red_flag:breathing_severe"),
        ("宝宝5个月，咳嗽两天，现在每次呼吸都哼哼，奶也不吃", "red_flag:breathing_severe"),
        # Twentieth round (T20D-U): a child vomiting or with diarrhoea, no wet nappy for hours and drowsy (dehydration
        # with lethargy)
        ("BB 1歲，屙嘔咗一日，片片成朝冇濕過，好眼瞓", "child_dehydrated_lethargic"),
        ("my 11 month old has been vomiting all day, her nappy hasn't been wet since breakfast and she's so sleepy",
         "child_dehydrated_lethargic"),
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
        # A baby's chest drawing in or nostrils flaring
        "我個仔8個月大，發燒兩日，每次吸氣肋骨嗰度凹晒入去，鼻哥窿一開一合咁",
        "my 6 month old is breathing fast and her nostrils are flaring",
        "생후 5개월인데 숨 쉴 때 콧구멍이 벌렁거려요",
        "生後4ヶ月、息をするたびに小鼻がピクピクしてる",
        # A baby hard to wake for feeds and feeding poorly
        "my baby is hard to wake for feeds and not feeding well",
        # Twentieth round (T20D-U): vomiting and diarrhoea, no wet nappy since morning, floppy or listless (the red flag
        # or child_dehydrated_lethargic)
        "1歳の息子、吐いて下痢して、おむつが朝から濡れていなくて、ぐったりしてます",
        "宝宝上吐下泻，尿不湿一上午都没湿，一直没精神",
        # Twentieth round (T20C-O): beside the home-care rows (test_rules_give_level): a spit-up turned green; a night
        # terror with the bed wet and stiffening; a newborn's nappy discharge with a fever or floppy and not feeding; a
        # fever after the jabs under three months or with a floppy, hard-to-wake baby
        "두 달 된 아기가 먹고 나면 한두 숟가락 정도 게워내는데 오늘은 초록색 토를 했어요",
        "my son has night terrors and wet the bed during one and went stiff",
        "My 5 day old daughter has pink discharge in her nappy and a fever of 38.2",
        "生後5日の娘のオムツにおりものがついてて、ぐったりしておっぱいを飲みません",
        "baby had his 2 month shots yesterday and now has a fever of 100.6",
        "Baby had her 4 month shots this morning and now she's 100.8, floppy and hard to wake",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_make_it_an_emergency(text: str) -> None:
    """An emergency the rules make without the learned net."""
    assert triage_result(text)["level"] == "emergency"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # Green vomit in a baby: a surgical emergency alone.
        ("生後3週間の赤ちゃんが、今日3回吐いて、吐いたものが緑色でした", "emergency", "red_flag:bowel_obstruction"),
        ("my 3 week old baby has vomited three times and it was green", "emergency", "red_flag:bowel_obstruction"),
        # Seventeenth round. A red sticky eye from four weeks to two years: a GP (no pharmacy drops under two).
        ("my 5 month old's eye is red with gunk in her eye since yesterday", "routine", "infant_conjunctivitis"),
        ("생후 7개월 아기 눈곱이 많이 끼고 눈이 충혈됐어요", "routine", "infant_conjunctivitis"),
        ("生後6ヶ月の娘、目やにが多くて白目が赤い", "routine", "infant_conjunctivitis"),
        ("宝宝5个月，眼屎多，眼白发红", "routine", "infant_conjunctivitis"),
        # Twenty-first round (ja-t19e-d11): a baby's watery sticky eye, not red, that wiping does not clear: examined in
        # four languages (one said only to water, or an adult's, stays home care: test_rules_give_level)
        ("生後2ヶ月の娘、左目だけずっと涙目で、目やにがよく出ます。白目は赤くないです。ずっと拭いてるけど治らなくて",
         "routine", "sticky_eye_child"),
        ("my 2 month old has a watery sticky eye, white not red, I've been wiping it but it keeps coming back",
         "routine", "sticky_eye_child"),
        ("생후 2개월 딸, 한쪽 눈에 눈물이 고이고 눈곱이 껴요. 흰자는 안 빨개요. 닦아줘도 계속 껴요", "routine",
         "sticky_eye_child"),
        ("2个月大的女儿，左眼一直流泪，有眼屎，眼白不红，擦了又有", "routine", "sticky_eye_child"),
        # A baby still yellow at weeks old (prolonged jaundice: a blood test, NICE CG98).
        ("our breastfed baby is 4 weeks old and still looks yellow", "urgent", "serious_symptom"),
        ("our 4 week old baby looks quite yellow, even the whites of her eyes", "urgent", "serious_symptom"),
        ("宝宝20天了，脸还是黄黄的，吃奶好", "urgent", "serious_symptom"),
        # A baby's hip (uneven creases, a short leg, a clicky hip), a weeping navel, a testicle not felt: within days.
        ("the health visitor says my 2 month old has a clicky hip", "routine", "needs_exam"),
        ("생후 2개월 아기 허벅지 주름이 짝짝이에요", "routine", "needs_exam"),
        ("生後2ヶ月、太もものしわが左右で違います", "routine", "needs_exam"),
        ("宝宝两个月，臀纹不对称，一条腿看着短一点", "routine", "needs_exam"),
        ("my 3 week old's belly button is still oozing after the cord came off", "routine", "needs_exam"),
        ("생후 3주, 탯줄 떨어진 자리에서 계속 진물이 나와요", "routine", "needs_exam"),
        ("生後3週、おへそがずっとジュクジュクしてる", "routine", "needs_exam"),
        ("宝宝满月了，肚脐还是一直有渗液", "routine", "needs_exam"),
        ("we can only feel one testicle in our 4 month old", "routine", "needs_exam"),
        ("생후 5개월 아들 고환이 한쪽만 만져져요", "routine", "needs_exam"),
        ("生後5ヶ月の息子、片方の精巣が触れない", "routine", "needs_exam"),
        ("4个月儿子阴囊里只摸到一个睾丸", "routine", "needs_exam"),
        # Not walking from 18 months (NHS: a health visitor or GP).
        ("my daughter is 19 months and not walking yet", "routine", "walking_delay"),
        ("두 살 아들이 아직 걸음마를 못 해요", "routine", "walking_delay"),
        ("1歳10ヶ月の娘、まだ歩かないしつかまり立ちもしない", "routine", "walking_delay"),
        ("孩子一岁九个月了还不会走", "routine", "walking_delay"),
        # Seventeenth round. Cradle cap spread to the face or body, itchy, bleeding, or at two years or more: examined
        # (beside the baby's yellow scalp crusts alone, home care, in test_rules_give_level).
        ("生後2ヶ月の赤ちゃんの頭に黄色いかさぶたがあって、顔にも広がってかゆがってます", "routine", "cradle_cap_more"),
        ("생후 3개월 아기 두피에 노란 딱지가 있는데 피가 나요", "routine", "cradle_cap_more"),
        ("宝宝两个月，头皮上有黄色的痂，脸上也有了", "routine", "cradle_cap_spread"),
        ("my 6 week old has cradle cap and it's spread to his face", "routine", "cradle_cap_spread"),
        ("my 5 year old has yellow crusts on her scalp", "routine", "cradle_cap_older"),
        # eighteenth round (C1): a snorer's pauses, prolonged newborn jaundice, hip creases, a crooked spine, few words
        # (Cantonese)
        (
            "our 10 yo snores like a chainsaw and he stops breathing for a few secs then gasps",
            "routine",
            "sleep_apnoea",
        ),
        (
            "my baby is 16 days old and still quite yellow, mainly face and eyes, feeding well",
            "urgent",
            "serious_symptom",
        ),
        ("生後3ヶ月 オムツ替えのとき左足だけ開きが悪い気がする 太ももの皺も左右で違う", "routine", "needs_exam"),
        ("女儿13岁 今天帮她擦背发现脊柱有点歪 弯腰的时候右边背明显比左边高", "routine", "scoliosis"),
        ("個女兩歲 仲係得兩三個字識講 叫佢個名好多時都唔應", "routine", "needs_exam"),
        # eighteenth round (G): a tongue-tie with painful feeds; a strawberry mark, the same day on an eyelid
        (
            "BB出世三個禮拜 餵人奶每次都好痛 佢成日含唔實 啜嗰陣有「嗒嗒」聲 條脷好似伸唔出 係咪脷筋短呀",
            "routine",
            "tongue_tie",
        ),
        (
            "my 3 week old has a tongue tie, breastfeeding really hurts and there's a clicking sound",
            "routine",
            "tongue_tie",
        ),
        ("생후 3주 아기 설소대가 짧은 것 같아요 수유할 때 너무 아파요", "routine", "tongue_tie"),
        ("生後3週 舌小帯が短いと言われた 授乳が痛い", "routine", "tongue_tie"),
        ("宝宝三周 舌系带短 喂奶很痛", "routine", "tongue_tie"),
        ("my 2 month old has a strawberry mark on her arm that's getting bigger", "routine", "haemangioma"),
        ("생후 2개월 아기 팔에 딸기혈관종이 있어요", "routine", "haemangioma"),
        ("生後2ヶ月 腕にいちご状血管腫があります", "routine", "haemangioma"),
        ("宝宝两个月 手臂上有个草莓状血管瘤 越来越大", "routine", "haemangioma"),
        (
            "生後1ヶ月の娘のまぶたに赤いぶつぶつしたあざができて どんどん大きくなってる 目が少し開きにくそう",
            "urgent",
            "haemangioma_eye",
        ),
        ("my baby has a strawberry mark on his eyelid and it's getting bigger", "urgent", "haemangioma_eye"),
        ("생후 2개월 아기 눈꺼풀에 딸기혈관종이 점점 커져요", "urgent", "haemangioma_eye"),
        ("宝宝两个月 眼皮上的草莓状血管瘤越来越大", "urgent", "haemangioma_eye"),
        # Nineteenth round (E19U): a baby from six months not rolling over or sitting even with support (motor delay)
        ("宝宝8个月了还不会翻身，扶着坐也坐不稳，往后仰", "routine", "motor_delay"),
        ("BB 8個月，仲未識反身，坐唔穩", "routine", "motor_delay"),
        ("8개월 아기인데 아직 뒤집기를 못 하고 잡아줘도 잘 못 앉아요", "routine", "motor_delay"),
        ("生後8ヶ月の娘、まだ寝返りしないし、支えてもお座りができません", "routine", "motor_delay"),
        ("My 8 month old isn't rolling over yet and can't sit even with support", "routine", "motor_delay"),
        # Nineteenth round (E19U): a child's red eye glued with yellow discharge (purulent conjunctivitis), 2 to 12
        (
            "4살 아들 양쪽 눈이 빨갛고 아침마다 누런 눈곱이 껴서 눈이 안 떠질 정도예요. 열은 없고 잘 놀아요",
            "routine",
            "child_conjunctivitis",
        ),
        (
            "My 4 year old's eyes are red and glued shut with yellow gunk every morning",
            "routine",
            "child_conjunctivitis",
        ),
        ("4歳の息子、両目が赤くて毎朝黄色い目やにで目が開かないほどです", "routine", "child_conjunctivitis"),
        ("女兒4歲 今天早上眼屎很多 眼白紅紅的 不會痛", "routine", "child_conjunctivitis"),
        # Nineteenth round (E19U): no words, no turning to the name, no pointing at 18 months
        ("Our little boy is 18 months and still has no words at all. He doesn't really turn when we call his name",
         "routine", "needs_exam"),
        ("18개월 아들이 아직 한 단어도 말을 안 해요. 이름을 불러도 잘 돌아보지 않아요", "routine", "needs_exam"),
        ("1歳半の息子、まだ一言も話しません。指さしもしません", "routine", "needs_exam"),
        ("儿子18个月了，一个字都不会说，也不会用手指东西", "routine", "needs_exam"),
        # Nineteenth round (E19U): a child's loud snoring with pauses said in the next sentence (sleep apnoea)
        (
            "7살 아들이 코를 너무 심하게 골아요. 자는 거 보면 숨을 몇 초씩 멈췄다가 컥 하고 쉬어요",
            "routine",
            "sleep_apnoea",
        ),
        ("울 애 5살인데 밤에 코를 엄청 심하게 골고 자다가 숨 멈추는 것 같을 때가 있어요", "routine", "sleep_apnoea"),
        ("儿子7岁，打呼噜特别响。睡着的时候会停几秒不喘气", "routine", "sleep_apnoea"),
        # Nineteenth round (E19U): a teenager's back uneven on bending, the shoulders at different heights
        ("중1 아들 허리 숙이니까 한쪽 등이 불룩 튀어나와 보이고 어깨 높이도 달라요", "routine", "scoliosis"),
        ("my 12 year old bent over and one side of his back sticks out, his shoulders are at different heights",
         "routine", "scoliosis"),
        ("中1の息子、前かがみになると背中の片側が出ていて、肩の高さも違います", "routine", "scoliosis"),
        ("儿子初一，弯腰的时候一边背鼓出来，肩膀也不一样高", "routine", "scoliosis"),
        # Nineteenth round (E19U): a baby sick after every feed, the weight not going up (Cantonese, Mandarin, English)
        ("BB 3個月，成日食完奶就吐，唔係噴射式，但係呢個月體重幾乎冇升過", "urgent", "infant_reflux_weight"),
        ("宝宝3个月，每次吃完奶就吐，这个月体重几乎没增加", "urgent", "infant_reflux_weight"),
        ("My 3 month old vomits after every feed and has barely gained any weight this month", "urgent",
         "infant_reflux_weight"),
        # Nineteenth round (E19U): a toddler's constipation with a little blood on the stool (a fissure): examined
        ("1歳半の息子、ずっと便秘気味で、うんちに少し血がついてます", "urgent", "serious_symptom"),
        ("儿子1岁半，一直便秘，便便上有一点血", "urgent", "serious_symptom"),
        ("My 18 month old is constipated and there's a little blood on his poo", "urgent", "serious_symptom"),
        # Nineteenth round (GAPS2): a child (a child word at no age said, or under 16) who keeps vomiting, has diarrhoea
        # or a fever and is floppy, listless or lethargic: seen today (NICE NG143 amber, CG84)
        ("子どもが何度も吐いて、ぐったりしてる", "urgent", "child_unwell_lethargic"),
        ("うちの子が昨日から何回も吐いて元気がない", "urgent", "child_unwell_lethargic"),
        ("3歳の子が熱でぐったりしてる", "urgent", "child_unwell_lethargic"),
        ("아이가 계속 토하고 축 처져 있어요", "urgent", "child_unwell_lethargic"),
        ("애가 토하고 기운이 없어요", "urgent", "child_unwell_lethargic"),
        ("아이가 열나고 축 처져 있어요", "urgent", "child_unwell_lethargic"),
        ("孩子一直吐，整个人软软的没精神", "urgent", "child_unwell_lethargic"),
        ("孩子一直吐，整個人軟軟的沒精神", "urgent", "child_unwell_lethargic"),
        ("宝宝发烧没精神", "urgent", "child_unwell_lethargic"),
        ("個仔成日嘔，成個人冇晒精神軟晒", "urgent", "child_unwell_lethargic"),
        ("個女發燒，好眼瞓", "urgent", "child_unwell_lethargic"),
        ("my son keeps vomiting and he's really floppy and listless", "urgent", "child_unwell_lethargic"),
        ("my kid has diarrhea and is listless", "urgent", "child_unwell_lethargic"),
        ("my toddler has a temperature and is listless", "urgent", "child_unwell_lethargic"),
        # Twentieth round (T20C-U): children's complaints examined within days or the same day. Impetigo's honey crust
        ("코 밑에 노란 꿀 같은 딱지가 생겼는데 며칠 사이에 턱까지 번졌어요. 4살이에요", "routine", "needs_exam"),
        ("4歳の息子、鼻の下に蜂蜜みたいなかさぶたができて広がってる", "routine", "needs_exam"),
        # ... a household's night itch (scabies)
        ("家里两个孩子最近晚上痒得睡不着，手指缝、手腕好多小红点，现在我老公也开始痒了", "routine", "needs_exam"),
        ("兩個仔女最近夜晚痕到瞓唔著，我老公都開始痕", "routine", "needs_exam"),
        ("子ども二人が夜になるとかゆくて眠れない、夫もかゆいと言い出した", "routine", "needs_exam"),
        ("두 아이 모두 밤만 되면 가려워서 잠을 못 자요. 남편도 가렵대요", "routine", "needs_exam"),
        ("both my kids are itchy at night and now my husband is itching too", "routine", "needs_exam"),
        # ... a bead up the nose
        ("lol my 3yo shoved a pink bead up his nose, breathing fine", "urgent", "serious_symptom"),
        ("3歳の息子が鼻にビーズを入れてしまいました", "urgent", "serious_symptom"),
        ("아이가 콧구멍에 구슬을 넣었어요", "urgent", "serious_symptom"),
        ("兒子把珠子塞進了鼻孔，拿不出來", "urgent", "serious_symptom"),
        # ... one eye shining white in flash photos (leukocoria)
        ("2歳の息子の写真をフラッシュで撮ると、片方の目だけ白く光って写ります", "urgent", "leukocoria"),
        ("아이 사진을 찍으면 한쪽 눈만 하얗게 나와요", "urgent", "leukocoria"),
        ("拍照的时候女儿一只眼睛发白光", "urgent", "leukocoria"),
        ("in photos one of my son's eyes looks white", "urgent", "leukocoria"),
        # ... a hump on one side of the back on bending forward (scoliosis)
        ("中1の娘が前かがみになったとき、背中の右側だけ盛り上がってる", "routine", "scoliosis"),
        ("딸이 허리를 숙이면 등 오른쪽만 튀어나와요", "routine", "scoliosis"),
        ("女儿弯腰的时候右边背鼓起来一块", "routine", "scoliosis"),
        ("when my daughter bends forward one side of her back sticks up", "routine", "scoliosis"),
        # ... an arm hanging limp after a pull by the hand (pulled elbow)
        ("3歳の娘の手を引っ張って起こしたら急に泣いて、左腕をだらんと下げたまま動かしません", "urgent", "pulled_elbow"),
        # ... no head control, or floppy when held, from four months (head lag)
        ("生後4ヶ月なのに首すわりがまだ全然です。抱っこするとぐにゃっとする感じがします", "routine", "head_lag"),
        ("4개월 아기인데 아직 목을 못 가눠요", "routine", "head_lag"),
        ("宝宝5个月大，还抬不起头", "routine", "head_lag"),
        ("BB 5個月，頭仲未企", "routine", "head_lag"),
        ("My 4 month old still can't hold his head up", "routine", "head_lag"),
        # ... a collarbone swollen or bumped out after a fall off the bars (a broken collarbone: an X-ray today)
        ("小2の息子が鉄棒から落ちて、右の鎖骨のところが腫れてポコッと出っ張ってます", "urgent", "fracture_suspected"),
        ("아들이 철봉에서 떨어져서 쇄골이 부었어요", "urgent", "fracture_suspected"),
        ("my son fell off his bike and his collarbone has a bump sticking out", "urgent", "fracture_suspected"),
        # ... a child's snoring with pauses heard (sleep apnoea)
        ("My 5 year old snores every night and I hear him stop breathing for a few seconds and then gasp", "routine",
         "sleep_apnoea"),
        # Twentieth round (B17): a two-year-old with only a few words, not pointing: a developmental review (NHS: no
        # "wait and see")
        (
            "My son is 2y3m and only says like 3 words, mama papa and ball. He doesnt really point at things either. "
            "My MIL says boys talk late, should we just wait?",
            "routine",
            "needs_exam",
        ),
        (
            "두 돌 지난 아들이 엄마 아빠 맘마 세 단어밖에 말을 못 하고 손가락으로 가리키질 않아요",
            "routine",
            "needs_exam",
        ),
        ("2歳3か月の息子、ママ、パパ、ワンワンの3つの単語しか言わないし指さしもあまりしない", "routine", "needs_exam"),
        ("我儿子两岁多了只会说几个字，也不太会指东西", "routine", "needs_exam"),
        ("個仔兩歲幾，得幾個字識講，又唔識指嘢，使唔使睇醫生", "routine", "needs_exam"),
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
        # Molars coming through explain a toddler's fussing
        ("두돌 아기 침을 흘리고 좀 칭얼대요 어금니 나는 중인 것 같아요 열은 없고 밥은 잘 먹어요", "self_care"),
        ("两岁宝宝口水很多，有点闹，好像在长臼齿，不发烧，吃饭正常", "self_care"),
        ("2歳の子がよだれが多くてぐずってます。奥歯が生えかけてるみたい。熱はなくてご飯も食べます", "self_care"),
        # A newborn girl's small vaginal bleed in her first week, feeding well: her mother's hormones. A newborn's bleed
        # not said to be vaginal, or a 4-year-old's vaginal bleeding, is examined.
        ("생후 5일된 딸인데 기저귀에 피가 살짝 묻어나와요 질에서 나오는거 같아요. 젖은 잘 먹어요", "self_care"),
        ("생후 5일된 아기인데 기저귀에 피가 살짝 묻어나와요", "routine"),
        ("my 4 year old daughter has some vaginal bleeding", "routine"),
        # A baby's snuffly, snorty breathing in sleep with sneezes and hiccups, feeding well: a newborn's narrow nose. A
        # noisy breathing said plainly stays the breathing intake.
        (
            "our 3 week old sneezes and makes snorty noisy breathing when asleep, hiccups after feeds, feeding great",
            "self_care",
        ),
        (
            "生後3週の赤ちゃん、くしゃみが多くて寝てる時に鼻がフガフガいう。しゃっくりもよくする。ミルクはよく飲む",
            "self_care",
        ),
        ("my 3 week old has noisy breathing", "urgent"),
        # A baby's painless swollen scrotum (a hydrocele lights up with a torch): examined within days.
        (
            "生後3ヶ月の息子、右のたまたまの袋が左より大きくてぷよぷよしてる。痛がってないし、ミルクもよく飲む",
            "routine",
        ),
        ("my 2 month old's scrotum is bigger on one side, it lights up with a torch, no pain", "routine"),
        ("생후 2개월 아들 음낭 한쪽이 커요. 안 아파하고 잘 먹어요", "routine"),
        ("宝宝3个月，一边蛋蛋大，不哭不闹，吃奶好", "routine"),
        # Night terrors in a 3-year-old: home care. Going stiff and shaking, or blue lips: an emergency.
        (
            "3歳の娘が夜中、寝てから1～2時間くらいで急に叫んで泣"
            "き出す。目は開いてるのにこっちのこと分かってない感じで、"
            "10分くらいでまたコテンと寝て、朝は覚えてない。ここ2週間で3回目",
            "self_care",
        ),
        (
            "3살 아들이 잠든 지 한두 시간 지나면 갑자기 소리를 지르면"
            "서 울어요. 눈은 떠있는데 저를 못 알아보고 10분쯤 지나면 "
            "다시 자요. 아침엔 기억을 못해요. 2주째예요",
            "self_care",
        ),
        (
            "我女儿3岁，睡着一两个小时后突然尖叫大哭，眼睛睁着但不认人，十分钟后又睡了，早上不记得。两个星期了",
            "self_care",
        ),
        (
            "my 3 year old has night terrors, screams an hour after falling asleep, eyes open, back to sleep",
            "self_care",
        ),
        ("3歳の娘が夜中に急に叫んで、体が硬くなってガクガクしてた", "emergency"),
        ("3살 아들이 자다가 소리를 지르는데 입술이 파래졌어요", "emergency"),
        ("my 3 year old screams in his sleep and it happens during the day too", "routine"),
        # Teething at 10 months with drooling, hand-chewing and ear-pulling, 37.4, feeding well: home care. Ear-pulling
        # with a fever of 38 or more, drooling with breathing trouble or a fever of 38.5, ear-pulling alone: raised.
        (
            "10개월 딸 요즘 침을 엄청 흘리고 손이랑 장난감을 막 물어뜯어"
            "요. 밤에 좀 보채고 귀를 만지작거려요. 열은 37.4 정도? "
            "아랫니 두개 나온 옆자리 잇몸이 부어있어요. 잘 먹고 잘 놀긴 해요",
            "self_care",
        ),
        (
            "my 10 month old is drooling loads, chewing on her hands, fussy at night and pulling at her ear. temp 37.4",
            "self_care",
        ),
        ("10ヶ月の娘、よだれがすごくて手をかじってる。夜ぐずって耳をさわる。熱は37.4、ミルクはよく飲む", "self_care"),
        ("10个月宝宝最近流口水很多，啃手，晚上有点闹，老抓耳朵，体温37.4，吃奶很好", "self_care"),
        ("my 10 month old is teething and pulling at her ear, temp 38.2", "urgent"),
        ("my 3 year old is pulling at her ear and crying", "routine"),
        ("my baby is teething and drooling, temp 38.8", "urgent"),
        ("아기가 침을 흘리고 숨쉬기 힘들어해요", "emergency"),
        # A fever in a baby under three months is an emergency however the age is said (in days, weeks or months).
        ("宝宝3周，发烧38度", "emergency"),
        ("我家宝宝才3周，发烧了", "emergency"),
        ("宝宝出生20天，发烧38度", "emergency"),
        ("3周的宝宝发烧38度", "emergency"),
        ("宝宝刚满月，发烧38.2度", "emergency"),
        ("아기가 3주 됐는데 열이 38도", "emergency"),
        ("태어난 지 3주 됐는데 열이 38도", "emergency"),
        ("두 달 된 아기가 열이 나요", "emergency"),
        ("生まれて20日の赤ちゃんが38度の熱", "emergency"),
        ("3週間の赤ちゃんが熱", "emergency"),
        ("赤ちゃん3週間、熱が38度", "emergency"),
        ("she's 6 weeks and has a fever of 38.1", "emergency"),
        ("our son is 5 weeks and has a temp of 38", "emergency"),
        ("3wk old has a fever", "emergency"),
        ("a two week old with a fever", "emergency"),
        # A duration, not an age: the fever's own rules (a fever of three weeks is seen, not an emergency). An older
        # baby's fever stays raised, by its own rule.
        ("发烧3周了", "routine"),
        ("fever for 3 weeks", "routine"),
        ("아기가 3일째 열이 나요", "routine"),
        ("赤ちゃんが3日前から熱があります", "routine"),
        ("宝宝八个月，发烧38度", "urgent"),
        # A baby's chest drawing in under the ribs as it breathes (recession), with noisy breathing or grunting.
        ("our 3-week-old is pulling in under the ribs with noisy breathing", "emergency"),
        ("rib retractions and noisy breathing in my 2 month old", "emergency"),
        ("his tummy sucks in under his ribs every breath and he's wheezy", "emergency"),
        ("6주 된 아기가 숨 쉴 때 갈비뼈 아래가 쑥 들어가고 그르렁거려요", "emergency"),
        ("아기 갈비뼈 아래가 쏙 들어가면서 숨소리가 거칠어요", "emergency"),
        ("生後3週の赤ちゃんが息をするたびに肋骨の下がへこんで、ゼーゼーしています", "emergency"),
        ("赤ちゃんが息するとき肋骨の下が凹みます", "emergency"),
        ("3周的宝宝呼吸时肋骨下面往里凹，还有呼噜声", "emergency"),
        ("宝宝喘气的时候胸口往里陷，哼哼", "emergency"),
        # A breath that hurts the ribs, a funnel chest: no recession
        ("drawing in a deep breath hurts under my ribs", "urgent"),
        ("我胸口往里凹，是漏斗胸，呼吸没问题", "self_care"),
        # Blood in a nappy, where from not said: examined (it was read as blood in the urine in Chinese).
        ("宝宝尿布上有一点血", "routine"),
        ("女宝宝出生5天，尿布上有一点血", "routine"),
        ("기저귀에 피가 조금 묻어 있어요", "routine"),
        ("おむつに少し血がついていました", "routine"),
        ("there's a little blood in my baby's nappy", "routine"),
        # A newborn girl's bleed said to come from the vagina, first week, feeding well: her mother's hormones
        ("5 day old girl, a little blood in her nappy, it's from her vagina, feeding well", "self_care"),
        # The vagina named of an older baby, or a newborn with a fever: still raised
        ("4 month old girl, blood in her nappy from her vagina", "routine"),
        ("5 day old girl, a little blood in her nappy, it's from her vagina, and she has a fever of 38", "emergency"),
        # Blood in the urine said as such keeps its own rule
        ("宝宝尿里有血", "urgent"),
        # Sixteenth round (OVER_EN_KO): a benign story lowered by the rules alone, next to its neighbour kept raised.
        # An 11-month-old is no "1개월 아기" (a name's number is the whole number), nor "생후 11개월" a baby under
        # three months: teething with 37.3-37.5 is home care; a month-old, or "생후 2개월", with a fever stays an
        # emergency.
        (
            "11개월 아기가 침을 엄청 흘리고 아랫니 잇몸이 부었어요. 체온은 37.3~37.5 왔다갔다 하고 잘 먹고 잘 "
            "놀아요. 이앓이 맞죠?",
            "self_care",
        ),
        ("1개월 아기가 열이 38.2도예요", "emergency"),
        ("생후 11개월 아기가 열이 38.5도예요", "urgent"),
        ("생후 2개월 아기가 열이 38도예요", "emergency"),
        ("11ヶ月の赤ちゃん、よだれが多くて歯ぐきが腫れてる。体温は37.4度で元気に遊んでます", "self_care"),
        ("1ヶ月の赤ちゃんが38.2度の熱", "emergency"),
        # A baby chewing whatever it gets hold of is teething (home care); with a fever of 38.5 it is seen the same day.
        ("7개월 딸인데 요즘 침을 엄청 흘리고 손에 잡히는 건 다 씹어요. 좀 보채고 열이 37.4도 정도예요", "self_care"),
        ("7개월 딸인데 손에 잡히는 건 다 씹고 침을 흘려요. 열이 38.5도예요", "urgent"),
        # Pink mucus in a newborn girl's nappy is her mother's hormones (home care); at five months it is examined.
        ("생후 5일된 딸 기저귀에 피 같은게 조금 묻어있어요 분홍색 점액같아요 잘 먹고 잘 자요", "self_care"),
        (
            "태어난 지 6일 된 딸인데 기저귀에 피 같은 게 묻어 있어요 분홍빛 콧물 같은 거요. 애는 잘 먹고 잘 자고 "
            "열도 없어요",
            "self_care",
        ),
        ("생후 5개월 딸 기저귀에 분홍색 점액 같은 피가 묻어 있어요", "routine"),
        ("my 6 day old daughter has pink mucus in her nappy with a bit of blood, feeding well", "self_care"),
        # A three-year-old's new stammer is home care; one that began suddenly in an adult is a stroke's until seen.
        (
            "my 3 year old has started getting stuck on the first word, started 2 weeks ago, she talks loads otherwise",
            "self_care",
        ),
        ("3歳の娘が2週間前から吃音が出てきた。ほかは元気", "self_care"),
        ("3岁女儿两个星期前开始说话结巴，别的都好", "self_care"),
        ("I'm 45 and suddenly started stuttering today", "emergency"),
        ("my dad has started stammering since yesterday", "emergency"),
        ("my 15 year old has stammered since he was little", "routine"),
        # Sixteenth round. Bedwetting at school age, a toddler late to talk, a baby's groin bulge, a rash after a first
        # food.
        # A school-age child still wetting the bed: examined.
        ("초등학생 딸이 아직도 밤마다 이불에 쉬를 해요", "routine"),
        # A toddler with few words or not turning to his name: a developmental check. Talking in sentences: home care.
        ("my 2 year old only says mama and dada, nothing else", "routine"),
        ("두 돌 딸이 말이 늦어서 걱정이에요", "routine"),
        ("2歳の息子、言葉が遅いのが気になります", "routine"),
        ("女儿两岁了还不会说话", "routine"),
        ("My 3 year old says lots of words and sentences, is that normal?", "self_care"),
        # A bulge in a baby's groin when crying that goes back: a hernia, examined.
        ("my 3 month old gets a bulge in his groin when he cries, it goes back in when he settles", "routine"),
        ("4개월 아들이 울 때만 사타구니가 볼록 튀어나와요", "routine"),
        ("生後3ヶ月の娘、泣くと足の付け根がぽこっと膨らみます", "routine"),
        ("4个月宝宝哭的时候大腿根鼓起一个包", "routine"),
        # A rash after a food given for the first time: a suspected food allergy, examined. Eaten well: home care.
        ("10개월 아기한테 처음으로 계란 노른자를 먹였더니 입 주변이 빨갛게 올라왔어요", "routine"),
        ("my 10 month old had egg for the first time today and got red blotches around her mouth", "routine"),
        ("11ヶ月の子に初めて卵を食べさせたら口の周りに赤いブツブツが出ました", "routine"),
        ("10个月宝宝第一次吃蛋黄，嘴巴周围起了红点点", "routine"),
        ("10개월 아기 처음으로 바나나 먹였는데 잘 먹었어요", "self_care"),
        ("first time giving her egg today, she loved it, no reaction at all", "self_care"),
        # Sixteenth round (OVER_ZH_JA). A baby's low fall with no vomiting or bump, a nappy rash after a bout of
        # diarrhoea, roseola (the rash once the fever has gone), a newborn girl's bleed "like a period", heat rash and a
        # toddler's years-and-months age: home care or no infant's age, each beside its neighbour kept raised (vomiting
        # after the fall, diarrhoea going on, a rash with the fever, over three or under one, a boy's bleed, a two-
        # month-old's fever).
        (
            "9ヶ月の息子がベッド(50cmくらい)から落ちて頭を打ちました。すぐ泣いて、今は機嫌よく遊んでいます。吐いてないし、たんこぶもなさそうです",
            "self_care",
        ),
        ("9ヶ月の息子がベッドから落ちて頭を打ちました。そのあと2回吐きました", "emergency"),
        (
            "生後8ヶ月の娘、下痢したあとからおむつのところが真っ赤で、拭くと痛がります。元気でミルクも飲んでます",
            "self_care",
        ),
        ("9个月宝宝拉肚子之后尿布的地方红红的，吃奶正常", "self_care"),
        ("8개월 딸이 설사하고 나서 기저귀 닿는 곳이 빨개졌어요 잘 먹고 잘 놀아요", "self_care"),
        ("my 8 month old has a red nappy area since she had diarrhoea, feeding well", "self_care"),
        ("生後8ヶ月の娘、下痢が続いていて、おむつかぶれもひどいです", "routine"),
        ("1歳2ヶ月の娘、高熱が3日続いて昨日下がったら、体中に赤い発疹が出てきました。元気です", "self_care"),
        ("1歳2ヶ月の娘が38.5度の熱です", "routine"),
        ("生後2ヶ月の娘が38.5度の熱です", "emergency"),
        ("一岁半的女儿发高烧三天，今天退烧了，身上出了好多小红点，很有精神", "self_care"),
        ("孩子发烧三天了，身上起了红疹", "urgent"),
        ("5岁儿子高烧三天，退烧以后身上出了红点", "urgent"),
        ("7个月宝宝高烧三天，今天退烧了，身上出了小红点", "urgent"),
        ("女儿出生第六天，尿布上有一点血，好像来月经一样，吃奶很好", "self_care"),
        ("儿子出生第六天，尿布上有一点血", "routine"),
        ("天热，8个月宝宝背上起了密密麻麻的小红疹，不发烧，精神好", "self_care"),
        ("手脚麻麻的", "routine"),
        # Seventeenth round. A cough in a baby under three months, feeding well and without a fever: the same day
        # (Schmitt-Thompson); the same cold at five or eight months stays home care.
        ("my baby is 6 weeks old and has had a cough for 2 days, no fever, feeding ok", "urgent"),
        ("생후 7주 아기가 이틀째 기침을 해요. 열은 없고 잘 먹어요", "urgent"),
        ("生後6週の赤ちゃんが2日前から咳をしています。熱はなくミルクは飲めています", "urgent"),
        ("宝宝出生6周，这两天有点咳嗽，不发烧，吃奶正常", "urgent"),
        ("my baby is 8 months old and has a cough and runny nose, no fever", "self_care"),
        ("5개월 아기가 기침이랑 콧물이 있어요 열은 없어요", "self_care"),
        # Seventeenth round, the neighbours. A sticky eye that is not red: home care; a red sticky eye in the first
        # weeks stays same-day (newborn_eye). Nineteenth round (E19U): a child's red sticky eye from two to twelve is
        # now examined within days (child_conjunctivitis: Schmitt-Thompson's eye with pus, as three blind batches
        # say); an adult's stays home care.
        ("生後3ヶ月、目やにが出るけど白目は赤くない", "self_care"),
        ("3살 아이가 눈이 빨갛고 눈곱이 껴요", "routine"),
        ("30대인데 눈이 빨갛고 눈곱이 껴요. 안 아프고 잘 보여요", "self_care"),
        ("생후 2주 아기 눈곱이 끼고 눈이 빨개요", "urgent"),
        # Not yet walking at 11 months; a testicle that comes down in the bath (retractile); a dry navel: home care.
        ("my 11 month old isn't walking yet but cruises along the furniture", "self_care"),
        ("my toddler's testicle goes up when he's cold and comes back down in the bath", "self_care"),
        ("생후 2주, 배꼽은 잘 말랐고 진물도 없어요", "self_care"),
        ("生後2週、おへそは乾いててジュクジュクもしてない", "self_care"),
        # A yellow baby with pale poo: the same day (biliary atresia to rule out).
        ("my 3 week old still looks yellow and her poo is pale", "urgent"),
        # Seventeenth round. Cantonese 唔發燒 denies the fever, as 不发烧 does; a fever said still makes a young
        # baby's emergency.
        ("BB兩個月，有少少鼻塞，唔發燒，食奶正常", "self_care"),
        ("BB兩個月，有少少鼻塞，發燒38度", "emergency"),
        # Seventeenth round. Cradle cap: greasy yellow crusts on a young baby's scalp, feeding well: home care.
        (
            "生後2ヶ月の赤ちゃんの頭に黄色いかさぶたみたいなのがベタっとついてます。機嫌もいいしミルクもよく飲んでます",
            "self_care",
        ),
        ("생후 3개월 아기 두피에 노란 딱지가 생겼어요. 잘 먹고 잘 자요", "self_care"),
        ("2个月宝宝头皮上有黄色的痂，吃奶正常", "self_care"),
        ("my 6 week old has yellow crusts on his scalp, feeding well", "self_care"),
        # Seventeenth round. A young baby's temperature said as a normal reading (36 or 37.0-37.4) is no fever; 38 or
        # a fever said after it is still an emergency.
        ("my baby is 6 weeks old, temperature 36.8, is that normal?", "self_care"),
        ("생후 6주 아기 체온 36.8도인데 정상인가요?", "self_care"),
        ("my baby is 6 weeks old, temperature 36.8 this morning but now he feels hot and it's 38.3", "emergency"),
        ("생후 6주 아기 체온 36.8도였는데 지금은 열이 나요", "emergency"),
        # Eighteenth round (C2). A well toddler's runny nose and a teething baby's 37.4 with the months said first
        # (the age, not how long); a thriving baby's spit-ups; a newborn girl's "tiny period"; an infant straining
        # red-faced over soft stools; cluster feeding with wet nappies; roseola once the fever has gone. The raised
        # neighbours: a young baby's fever, a newborn's heavy or stool bleed, a boy or an older girl's nappy blood,
        # a rash while the fever lasts.
        ("19개월 콧물 줄줄에 재채기 좀 하는데 열은 없고 밥도 잘먹고 잘 놀아요", "self_care"),
        ("7개월인데 침을 엄청 흘리고 아무거나 물어뜯고 밤에 자주 깨요 열은 37.4 정도? 이가 나려는건가", "self_care"),
        ("2개월인데 열이 38.5도예요", "emergency"),
        ("Baby 6 weeks spits up a little milk after almost every feed. Weight gain good, not fussy", "self_care"),
        ("my baby girl is 5 days old, pinkish blood in her diaper, like a tiny period?? feeding fine", "self_care"),
        ("생후 5일 된 딸 기저귀에 분홍빛 피가 조금 묻었어요 신생아 생리인가요? 잘 먹어요", "self_care"),
        ("生後5日の娘 おむつに少し血がついてた 新生児月経？ よく飲んでる", "self_care"),
        ("女儿出生5天 尿布上有一点血 是假月经吗 吃奶正常", "self_care"),
        ("my baby girl is 5 days old and there's a lot of blood in her diaper and blood in her poo", "emergency"),
        ("3 month old girl, blood in nappy like a tiny period", "routine"),
        # Eighteenth round (G): a newborn boy has no "tiny period" (nappy_blood with the sex said), beside the
        # girl's above
        ("5 day old baby boy, blood in nappy like a tiny period", "routine"),
        ("my 6 day old son has a bit of blood in his nappy", "routine"),
        ("생후 5일 아들인데 기저귀에 피가 묻었어요 신생아 생리 같아요", "routine"),
        ("生後5日の息子、おむつに血がついていて新生児月経みたい", "routine"),
        ("出生5天的男宝宝 尿布上有血 像假月经", "routine"),
        ("我個仔出世5日 尿片上有血", "routine"),
        ("5 day old baby girl, blood in nappy like a tiny period", "self_care"),
        ("一个月宝宝每次拉粑粑都使劲憋得脸通红 还哼哼唧唧的 但拉出来是软的黄便 这是便秘吗", "self_care"),
        ("宝宝憋得脸发紫 喘不上气", "emergency"),
        ("BB一個月 每晚七點到十一點成日要食 差唔多每個鐘都要啜 但佢尿片日日都好濕 體重都有長", "self_care"),
        ("1歳の息子 3日間高い熱が続いて やっと下がったと思ったらお腹と背中に赤いぶつぶつが出た 元気", "self_care"),
        ("18 month old, high fever for 3 days, fever finally went away, now a pink rash on his tummy", "self_care"),
        ("18개월 아들 3일 동안 고열 나다가 열이 내려가고 나서 배랑 등에 빨간 발진이 났어요 잘 놀아요", "self_care"),
        ("儿子1岁 高烧三天 退了烧以后肚子和背上出了小红点 精神很好", "self_care"),
        ("1歳の息子 3日間高い熱が続いて 今もまだ熱があってお腹に赤いぶつぶつが出た", "urgent"),
        # Eighteenth round (L1): a toddler who "often" does not answer to his name, not talking yet: a development
        # question, no loss of consciousness; a fall with it stays one
        (
            "孩子两岁三个月了，还不会说话，叫他名字经常没反应，不怎么看人眼睛，喜欢一直转圈。"
            "老人说贵人语迟，要不要去医院看看？",
            "routine",
        ),
        ("孩子突然倒地，叫他名字经常没反应", "emergency"),
        # eighteenth round (E): teething said as always biting things, the gums bulging (no fever)
        ("宝宝8个月 这几天口水流个不停 老爱咬东西 晚上闹觉 牙龈有点鼓 体温36.9 吃奶都正常", "self_care"),
        # Nineteenth round (E19U): not rolling over at three months is the normal range (motor_delay from six)
        ("宝宝3个月了还不会翻身", "self_care"),
        ("生後3ヶ月、まだ寝返りしません", "self_care"),
        # Nineteenth round (GAPS2): a child who vomited but is lively stays home care, as does an adult's hangover or a
        # parent who caught the child's bug; a child vomiting, floppy and dry (no tears, no wee) stays an emergency
        ("子どもが吐いたけど、ぐったりはしてない。元気に遊んでる", "self_care"),
        ("二日酔いで吐いてぐったり", "self_care"),
        ("子どもの胃腸炎がうつって、吐いてぐったり", "self_care"),
        ("2歳の子が吐いて下痢して、朝からおしっこ出てません。ぐったりしています", "emergency"),
        ("아이가 한 번 토했는데 처지지는 않아요", "self_care"),
        ("아이가 장염인데 저도 옮아서 토하고 기운이 없어요", "self_care"),
        ("孩子吐了一次，精神还可以", "self_care"),
        ("带孩子太累了，吐了两次", "self_care"),
        ("一岁半的孩子上吐下泻，半天多没尿，没精神", "emergency"),
        ("my son threw up once but he's not lethargic, playing happily", "self_care"),
        ("tired after vomiting all night", "self_care"),
        ("caught a stomach bug from my kids, vomiting and exhausted", "self_care"),
        # Twentieth round (T20C-U): the neighbours of this round's raised cases stay where they were: no head control
        # before four months, two children's chickenpox itch, a tumble off the sofa that settled, saline in the nose, a
        # muscle pulled getting out of the pool, a baby lifted out of the bath, a run in the sun denied every heat sign
        ("生後2ヶ月、まだ首がすわらない", "self_care"),
        ("两个孩子都出水痘了，很痒", "self_care"),
        ("孩子从沙发上掉到地上，哭了一会儿就好了", "self_care"),
        ("I put saline drops in her nose", "self_care"),
        ("I pulled a muscle getting out of the pool yesterday", "self_care"),
        ("I lifted her out of the bath and noticed a rash on her back", "self_care"),
        ("在太阳底下跑步，有点头晕，也不出汗，也没有说胡话，身上不烫", "self_care"),
        ("夜中にうなされて泣きます、呼吸のたびに鼻がつまってる感じ", "self_care"),
        # Twentieth round (T20C-O): a thriving baby's small spit-ups said by their amount (a spoonful or two, dribbling
        # out) are posseting; forceful vomiting or no weight gained keep them seen
        (
            "두 달 된 아기가 먹고 나면 한두 숟가락 정도 게워내요. 분수처럼 뿜는 건 아니고 입으로 흘리듯이요. "
            "영유아검진에서 몸무게는 잘 늘고 있다고 했어요",
            "self_care",
        ),
        (
            "My 2 month old brings up a spoonful or two after feeds, it just dribbles out. She's gaining weight well",
            "self_care",
        ),
        (
            "生後2ヶ月の娘が授乳後にスプーン1、2杯くらいミルクを吐きます。口からたらっと出る感じ。体重は順調に増えてま"
            "す",
            "self_care",
        ),
        ("两个月的宝宝每次喝完奶会吐出一两勺，不是喷射的，从嘴角流出来，体重长得很好", "self_care"),
        ("두 달 된 아기가 먹고 나면 한두 숟가락 정도 게워내는데 몸무게가 안 늘어요", "urgent"),
        ("生後2ヶ月の娘が授乳後にスプーン1杯くらい吐きます。体重が増えていません", "urgent"),
        # ... wetting the bed under five, dry by day: home care; at five or over, an adult, again after months dry, with
        # pain on passing urine: examined; with thirst or weight lost in a child: a new diabetes the same day
        (
            "My 4yo still wets the bed most nights though she's dry all day no problem. Is something wrong with her?",
            "self_care",
        ),
        ("4살 딸이 아직 거의 매일 밤 이불에 오줌을 싸요. 낮에는 전혀 안 싸요", "self_care"),
        ("4歳の娘がまだほぼ毎晩おねしょをします。昼間はトイレで問題なくできています", "self_care"),
        ("4岁女儿还是几乎每晚尿床，白天完全不会尿裤子", "self_care"),
        ("個女4歲，差唔多晚晚都瀨尿，日頭就冇事", "self_care"),
        ("my son is 7 and still wets the bed pretty much every night", "routine"),
        ("I'm 45 and have started wetting the bed at night", "routine"),
        ("My 4 year old has started wetting the bed again after being dry for six months", "routine"),
        ("4歳の娘、おねしょが取れていたのにまたおねしょするようになりました", "routine"),
        ("4岁女儿本来不尿床了，最近又开始尿床", "routine"),
        ("My 4yo wets the bed and it burns when she pees", "routine"),
        ("4살 아들이 요즘 물을 엄청 마시고 다시 이불에 오줌을 싸요. 살도 빠졌어요", "urgent"),
        ("4歳の息子が最近やたら喉が渇くと言って水をがぶ飲みし、またおねしょするようになりました", "urgent"),
        # ... a thriving older baby waking and crying at night: home care; under three months, with a fever or feeds
        # refused: seen the same day
        (
            "9ヶ月の娘の夜泣きがひどくて、毎晩2〜3回起きます。昼間は元気で離乳食もよく食べます。どうしたらいいですか",
            "self_care",
        ),
        (
            "my 9 month old isn't sleeping through the night, wakes 3 times, happy and feeding well during the day",
            "self_care",
        ),
        ("9개월 딸이 밤에 2~3번씩 깨서 울어요. 낮에는 잘 놀고 이유식도 잘 먹어요", "self_care"),
        ("9个月的女儿夜醒很频繁，每晚醒两三次哭，白天精神很好，辅食也吃得好", "self_care"),
        ("生後1ヶ月の赤ちゃんの夜泣きがひどいです", "urgent"),
        ("9ヶ月の娘が夜泣きがひどくて、ミルクも全然飲みません", "urgent"),
        # ... a newborn girl's pink or bloody discharge in her nappy in the first week (pseudomenses): home care; a
        # boy's blood, an older baby's discharge: examined
        (
            "生後5日の娘のオムツに、ピンクっぽい血みたいなものとおりものがついてました。元気でおっぱいもよく飲んでます",
            "self_care",
        ),
        (
            "My 5 day old daughter has some pink blood-tinged discharge in her nappy. She's feeding well and happy",
            "self_care",
        ),
        ("생후 5일 된 딸 기저귀에 분홍색 피 같은 게 묻어 있고 냉 같은 것도 있어요. 잘 먹고 잘 자요", "self_care"),
        ("出生5天的女儿尿布上有粉红色的血和白色分泌物，吃奶很好", "self_care"),
        ("BB女出世5日，尿片有啲粉紅色血同白色分泌物，食奶好好", "self_care"),
        # Twenty-first round: beside the sticky eye that wiping does not clear, a baby's eye that only waters, and an
        # adult's, stay home care
        ("宝宝1个月，一只眼睛老是泪汪汪的，早上有点眼屎，眼白不红，精神和吃奶都挺好的，怎么办？", "self_care"),
        ("my eye is watery, I keep wiping it but it keeps watering", "self_care"),
        ("生後3ヶ月の娘のオムツに、ピンクっぽいおりものがついてました", "routine"),
        ("生後5日の息子のオムツに血がついてました", "routine"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A teething baby, a thriving baby's small spit-ups after feeds (posseting): home care.
        (
            "6개월 아기 요즘 침을 엄청 흘리고 손을 물고 좀 보채요 잇몸이 빨갛고 열은 37.4에요 분유는 잘 먹어요",
            ("self_care",),
        ),
        ("my 6 month old is drooling loads, chewing on his hands, temp 37.4, feeding fine", ("self_care",)),
        ("宝宝2个月，每次喝完奶都会吐出来一小口，吐完还是笑嘻嘻的，体重长得挺好", ("self_care",)),
        ("生後2ヶ月、授乳のたびに口から少しミルクを吐き戻す。機嫌はよくて体重も順調に増えてる", ("self_care",)),
        (
            "my 2 month old brings up a mouthful of milk after every feed, happy baby, gaining weight well",
            ("self_care",),
        ),
        # Still raised: spit-ups with poor feeding or weight loss, projectile or green vomit.
        ("宝宝2个月，吐奶，这两天不肯吃奶，体重掉了", ("urgent",)),
        ("2개월 아기가 먹기만 하면 분수처럼 토하고 분유를 잘 안 먹어요", ("urgent",)),
        ("my 5 week old has projectile vomiting after every feed and is losing weight", ("routine", "urgent")),
        ("生後1ヶ月、吐いたものが緑色", ("emergency",)),
        # Seventeenth round. The spit-ups called vomiting by a relative, the baby gaining weight well or wetting
        # nappies: home care. Forceful (projectile) vomiting or a baby not gaining weight: the same day; a vomiting
        # word with no reassurance stays within days.
        (
            "my 2 month old spits up milk after most feeds, sometimes through her nose. my mother-in-law says it's"
            " vomiting, but she's gaining weight well and has lots of wet nappies",
            ("self_care",),
        ),
        (
            "생후 2개월인데 분유 먹고 나면 조금씩 게워내요 시어머니는 토하는 거라고 걱정하세요. 체중은 잘 늘어요",
            ("self_care",),
        ),
        ("两个月宝宝经常溢奶，婆婆说是呕吐，体重增长正常，很开心", ("self_care",)),
        (
            "生後2ヶ月、授乳のあとによくミルクを吐き戻します。義母は嘔吐だって言うけど、体重は順調に増えていて機嫌もいいです",
            ("self_care",),
        ),
        ("my 2 month old spits up after every feed and it's now projectile, shooting across the room", ("urgent",)),
        ("宝宝2个月，吐奶，最近是喷射性呕吐", ("urgent",)),
        ("生後2ヶ月、授乳後に吐き戻していたのが最近は噴水のように吐く", ("urgent",)),
        ("宝宝2个月吐奶，体重不长", ("urgent",)),
        ("my 2 month old spits up a lot and isn't gaining weight", ("urgent",)),
        ("my 2 month old spits up after feeds and has been vomiting since this morning", ("routine",)),
        # Seventeenth round. Bringing milk back up (게워내요, ミルクを吐く) is no refusal of feeds: a thriving baby's
        # spit-ups after feeds are home care, milk vomited is seen within days; feeds refused stay the same day.
        ("2개월 아기가 수유 후에 자꾸 게워내요. 몸무게는 잘 늘고 잘 웃어요", ("self_care",)),
        ("2ヶ月の息子がミルクを吐きます。体重は増えていて機嫌もよく、おしっこも出ています", ("routine",)),
        ("2개월 아기가 게워내고 분유를 잘 안 먹어요", ("urgent",)),
        # Seventeenth round. 수유하고 나면 자주 게워요 (bare 게워요 after feeds) is the spit-up itself.
        ("2개월 아기가 수유하고 나면 자주 게워요. 잘 웃고 몸무게도 잘 늘어요", ("self_care",)),
        ("2개월 아기가 수유하고 나면 자주 게워요. 몸무게가 잘 안 늘어요", ("urgent",)),
        ("生後2ヶ月、よく吐くし、ミルクの飲みが悪い", ("urgent",)),
        # Seventeenth round. The jabs named by the baby's age ("4ヶ月の予防接種") are no four months of illness: the
        # day after them, 37.8 with a red, hard injection site in a baby feeding well is home care; 38 or more under
        # one is still seen the same day.
        (
            "昨日4ヶ月の予防接種を受けた娘、今日は37.7度。打ったところが少し赤く硬いけど、ミルクはよく飲んで機嫌もいい",
            ("self_care",),
        ),
        (
            "my son had his 4 month jabs yesterday, temp 37.8 today, red hard lump where the needle went, feeding well"
            " and happy",
            ("self_care",),
        ),
        (
            "어제 4개월 예방접종 맞은 아기가 오늘 37.8도예요. 주사 맞은 데가 빨갛고 딱딱한데 분유 잘 먹고 잘 놀아요",
            ("self_care",),
        ),
        ("宝宝昨天打了四个月的疫苗，今天37.8度，打针的地方有点硬，吃奶正常", ("self_care",)),
        # Twentieth round (T20C-O): a fever under 39 the day after the jabs in a baby said to feed and play as usual is
        # the expected reaction (home care, in place of the seventeenth round's same day); said alone, 39 or more, not
        # feeding or under three months it is still seen
        ("4개월 예방접종 어제 맞았는데 38.1도예요 잘 먹고 잘 놀아요", ("self_care",)),
        ("her 4 month vaccines were yesterday and today she has 38.3, feeding ok", ("self_care",)),
        (
            "Baby had her 4 month shots this morning and now she's 100.8 and fussier than usual, but feeding and "
            "napping ok",
            ("self_care",),
        ),
        ("今朝4ヶ月の予防接種を受けて、38.2度の熱があります。少しぐずるけどミルクはよく飲んでます", ("self_care",)),
        ("宝宝今天上午打了4个月的疫苗，现在38.2度，有点闹，但吃奶睡觉都正常", ("self_care",)),
        ("BB今朝打完4個月針，而家38.2度，有啲扭計，不過食奶瞓覺都正常", ("self_care",)),
        ("4개월 예방접종 어제 맞았는데 38.3도예요", ("urgent",)),
        ("her 4 month vaccines were yesterday and today she has 39.2, feeding ok", ("urgent",)),
        ("my 6 month old had her jabs and has a fever of 38.5 and isn't feeding well", ("urgent",)),
        ("昨日4ヶ月の予防接種を受けて、今日38.3度の熱があります", ("urgent",)),
        ("宝宝昨天打了4个月的疫苗，今天发烧38.4度", ("urgent",)),
        # A mother's low mood said with her baby's age (the baby's age is not hers): examined.
        (
            "baby is 7 weeks. i cry every single day, cant sleep even when she sleeps, dont enjoy anything anymore",
            ("routine", "urgent"),
        ),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_one_of_levels(text: str, expected: tuple[str, ...]) -> None:
    """The rules alone (the learned net off) give one of the accepted levels."""
    assert triage_result(text)["level"] in expected


@pytest.mark.parametrize(
    "text",
    [
        # A baby's cold blue hands with pink lips; a parent's worry about breathing at night.
        "my baby gets a bit blue in her hands and feet when she's cold, lips are pink",
        "I worry my baby will stop breathing at night, he's fine and feeding well",
        # A yellow newborn feeding well; a toddler's diarrhoea with normal weeing.
        "my 3 day old has jaundice but is feeding well and wetting nappies",
        "生后3天宝宝有黄疸，吃奶很好，精神也好",
        "생후 3일 아기가 황달이 조금 있는데 젖도 잘 먹고 잘 깨요",
        "生後3日の赤ちゃん、黄疸が少しありますが、おっぱいはよく飲んでいます",
        "2살 아이가 설사를 하는데 소변은 잘 보고 잘 놀아요",
        "孩子拉肚子，尿尿正常，精神很好",
        # A baby's tummy bug with tears and wet nappies.
        "my baby had a tummy bug, still having wet nappies and tears when she cries, a bit tired",
        "아기가 토하고 설사했는데 울 때 눈물도 나고 소변도 잘 봐요",
        "宝宝吐了拉了，哭的时候有眼泪，尿也正常",
        "赤ちゃんが吐いて下痢しましたが、泣くと涙は出ていて、おしっこも出ています",
        # Jam eaten, a well child: no redcurrant-jelly stool (intussusception raised above)
        "toddler ate loads of strawberry jam yesterday and his poo is a bit red today, he's happy and playing",
        "2歳の子、イチゴジャムをたくさん食べた翌日、うんちがちょっと赤っぽい。元気です",
        "孩子昨天吃了很多草莓果酱，今天大便有点红，精神很好",
        "딸기잼 바른 빵 먹고 나서 배가 아파요",
        # Sixteenth round (ZH_EM): a tummy bug with wet nappies and a lively baby; new batteries delivered; a meatball.
        "宝宝拉肚子两天了，尿布还是湿的，精神很好能吃能玩",
        "新买的纽扣电池到了，给孩子的玩具换上了",
        "孩子吃了两个肉丸，有点吐，精神很好",
        # Six or eight weeks of something else, with a fever, are no baby's age (infant_fever raised above).
        "fever on and off for 6 weeks now",
        "I'm 8 weeks pregnant and feeling feverish",
        # Sixteenth round (late): 24 weeks old is six months, no infant under three months (6 weeks old raised above).
        "my 24 weeks old has 38.2",
        # Sixteenth round (JA_EM): the near cases stay below emergency by the rules alone.
        # A bump on the forehead, playing again, no vomiting; a small splash on a finger without blisters.
        "2歳の子が転んでおでこ打ったけど、すぐ泣きやんで元気に遊んでいます。吐いていません",
        "4歳の子の指に熱湯が少しかかって赤くなりました。水ぶくれはありません",
        # Nineteenth round (E19U): the glass test done and the rash fading under it (the raised ones above)
        "熱があって赤い発疹、コップを押し当てたら消えました",
        "发烧两天，身上起了红疹子，用玻璃杯压会褪色",
        "fever 38.5 and a red rash on his tummy, I pressed a glass on it and it faded",
        "my fever doesn't go away and i have a rash",
        # Twentieth round (T20D-U): a tummy bug with plenty of wet nappies, a little tired (beside the dehydration
        # above)
        "toddler had a tummy bug and vomited twice, still plenty of wet nappies, a bit tired but playing",
        "아기가 설사를 하는데 기저귀는 잘 젖고 조금 피곤해 보여요",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Sixteenth round (JA_EM). A head knocked (頭打った, without を) then vomiting; boiling water over a small
        # child's trunk with blisters, the body part said between the water and the verb.
        ("1歳の子がベッドから落ちて頭打ちました。2回吐いて、なんだかぐったりしています", "head_injury_serious"),
        ("3歳の娘が熱湯を腕から胸にかぶって、水ぶくれができています", "burn_child_large"),
        ("boiling water went all over my 2 year old's tummy and it's blistering", "burn_child_large"),
        ("두 살 아이가 뜨거운 물을 배에 뒤집어써서 물집이 생겼어요", "burn_child_large"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_raise_the_concept(text: str, reason: str) -> None:
    """Sixteenth round (JA_EM): a toddler's head injury with vomiting and a large scald: emergencies by the rules
    alone."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]
