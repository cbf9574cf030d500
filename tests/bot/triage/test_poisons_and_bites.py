"""Triage levels for poisons, swallowed things, bites and stings, heat, cold and electricity.

A handful of pills, a caustic drunk or splashed in an eye, wild mushrooms with vomiting, carbon monoxide, heatstroke
(hot, confused, no longer sweating), an electric shock with a burn or from high voltage, and a snake bite with
swelling are emergencies. A stray or wild animal's bite or scratch (rabies) and a coin swallowed by a young child are
seen the same day; a pet's bite is examined. Mosquito bites' itchy lumps, a static zap, a teenager who swallowed a coin
and eats as usual, chilblains and a hangover are home care.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # A pet's bite stays routine; a stray animal's bite or scratch (rabies): the same day.
        ({"symptoms": ("animal_bite",)}, "routine", "needs_exam"),
        ({"symptoms": ("animal_bite", "rabies_exposure")}, "urgent", "rabies_exposure"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("rabies_exposure",)},  # a stray cat fed, nothing bitten or scratched
        {"symptoms": ("insect_bite", "itching", "lump")},  # mosquito bites' itchy lumps
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stray or wild animal's bite or scratch, or the rabies vaccine asked about after one: today.
        ("길고양이 밥 주다가 손등을 긁혔어요. 피가 조금 났어요. 광견병 주사 맞아야 하나요?", "urgent"),
        ("被流浪猫抓了一下，胳膊上一道红印子，没怎么出血，要打狂犬疫苗吗", "urgent"),
        ("タイ旅行中に犬に噛まれました。狂犬病が心配です", "urgent"),
        # A coin swallowed by a young child: an X-ray today (no poison); a teenager who is well: home.
        ("2歳の息子が10円玉を飲み込んだ", "urgent"),
        ("2살 아들이 동전을 삼켰어요", "urgent"),
        ("两岁的儿子吞了一枚硬币", "urgent"),
        ("my 3 year old swallowed a coin", "urgent"),
        ("I swallowed a coin and now it hurts to swallow and I keep retching", "urgent"),
        # A mosquito bite whose redness spreads: the same day.
        ("모기 물린 데가 빨갛게 번져요", "urgent"),
        ("被蚊子咬的地方红了巴掌大，还发烫", "urgent"),
        # A bite by an unknown dog (不认识 is no denial): the same day; a known dog's bite: examined.
        ("被不认识的狗咬了，破皮了", "urgent"),
        ("不小心被狗咬了一口，流血了", "routine"),
        # A cat scratch whose finger is red and swollen two days later: examined.
        ("my 12yo got scratched by our cat two days ago and now the whole finger is red and swollen", "routine"),
        ("12歲兒子兩天前被家裡的貓抓到手指，現在整根手指紅腫熱熱的", "routine"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Many mosquito bites, itchy lumps only.
        "got bitten by mozzies at the beach, about 15 itchy lumps on my legs, nothing spreading",
        "キャンプで蚊にたくさん刺されて、かゆいふくらみが20か所くらいあります",
        "露营被蚊子咬了二十多个包，特别痒",
        # A teenager who swallowed a coin and eats and drinks as usual (no poison).
        "16歳です。10円玉を飲み込んでしまいました。痛みもなく、普通に食べたり飲んだりできています",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Wild mushrooms, then vomiting or diarrhoea (amatoxin).
        ("昨天上山采了点野蘑菇回来炖汤，今天早上开始全家都上吐下泻", "red_flag:overdose_poisoning"),
        ("we picked wild mushrooms yesterday and now we're all throwing up", "red_flag:overdose_poisoning"),
        ("山で採ってきたキノコを食べたら、家族みんな吐いて下痢してます", "red_flag:overdose_poisoning"),
        # Carbon monoxide: a fuel heater or charcoal, headaches, several people or a shut room.
        ("밤새 기름보일러 틀고 창문 닫고 잤는데 저랑 엄마 둘 다 머리가 깨질 것 같아요", "red_flag:overdose_poisoning"),
        ("昨晚烧炭取暖，门窗紧闭，早上我们都头疼头晕", "red_flag:overdose_poisoning"),
        ("石油ストーブをつけたまま寝て、家族全員頭痛と吐き気があります", "red_flag:overdose_poisoning"),
        # A caustic in the eye or swallowed.
        ("清水溝的時候通樂噴到右眼，超痛睜不開", "red_flag:severe_burn"),
        ("splashed drain cleaner in my eye, it really burns", "red_flag:severe_burn"),
        ("3歳の娘がパイプ用の洗浄剤を少し飲んだかもしれません", "red_flag:overdose_poisoning"),
        ("세 살 아이가 락스를 마신 것 같아요", "red_flag:overdose_poisoning"),
        # A caustic drunk "while nobody was watching" (趁我不注意: no denial).
        ("3岁儿子趁我不注意喝了一口洁厕灵，嘴巴疼", "red_flag:overdose_poisoning"),
        ("孩子没看住，喝了漂白水", "red_flag:overdose_poisoning"),
        # A snake bite with swelling, spreading pain or dizziness.
        ("bitten by a snake on my ankle 20 mins ago, the swelling is spreading up my leg", "red_flag:venomous_bite"),
        ("산에서 뱀에 물렸는데 다리가 점점 부어오르고 어지러워요", "red_flag:venomous_bite"),
        ("山でマムシにかまれて、足がどんどん腫れてきました", "red_flag:venomous_bite"),
        ("爬山时被蛇咬了小腿，现在越来越肿", "red_flag:venomous_bite"),
        # Seventeenth round: any snake bite, even painless with two small marks (envenoming may come later).
        (
            "got bitten on the ankle by what looked like a brown snake, two little marks, doesn't hurt much",
            "red_flag:venomous_bite",
        ),
        ("밭에서 뱀한테 발목을 물렸어요. 이빨 자국 두 개만 있고 별 느낌은 없어요", "red_flag:venomous_bite"),
        ("畑でヘビに足首をかまれました。小さい跡が二つあるだけで痛くないです", "red_flag:venomous_bite"),
        ("喺後山俾蛇咬咗腳眼，得兩粒細細嘅牙印，冇咩感覺", "red_flag:venomous_bite"),
        # An electric shock with a burn or thrown back.
        ("my son got a shock from a plug socket and was thrown back, his hand is burned", "red_flag:severe_burn"),
        ("女儿咬电线被电了，嘴巴烧伤了", "red_flag:severe_burn"),
        # Seventeenth round: a shock said with its source (a frayed cord, an outlet), then a burn mark or a
        # skipping heart.
        (
            "my 10yo grabbed a frayed cord and got a decent shock, little black burn mark on his palm, "
            "heart feels like it's skipping",
            "red_flag:severe_burn",
        ),
        ("콘센트 만지다가 전기가 찌릿 통했는데 손바닥에 탄 자국이 있고 심장이 두근거려요", "red_flag:severe_burn"),
        ("コンセントを触ったらビリッときて、手のひらが黒く焦げてて胸がドキドキします", "red_flag:severe_burn"),
        ("个仔摸电线俾电电亲，手掌有个黑色烧伤，话心跳好乱", "red_flag:severe_burn"),
        # Heatstroke said in plain words: hot, confused, no longer sweating.
        (
            "my dad was working in the sun all day, now he's boiling hot, confused and has stopped sweating",
            "red_flag:heatstroke",
        ),
        ("my son collapsed playing football in the heat, he's burning hot and talking nonsense", "red_flag:heatstroke"),
        ("할머니가 하루 종일 더운 데 계셨는데 몸이 뜨겁고 축 늘어지고 말이 안 통해요", "red_flag:heatstroke"),
        ("我爸在大太阳下干了一天活，现在浑身滚烫，说胡话，不出汗了", "red_flag:heatstroke"),
        ("我爸在大太陽下幹了一天活，現在渾身滾燙，說胡話", "red_flag:heatstroke"),
        ("息子が暑い中サッカーをしていて倒れ、体がすごく熱くてうわごとを言っています", "red_flag:heatstroke"),
        # A handful of pills taken, or sleeping tablets with alcohol.
        ("两岁的孩子偷吃了我的药，吃了一把", "red_flag:overdose_poisoning"),
        ("2歳の子が私の薬をひとつかみ食べてしまいました", "red_flag:overdose_poisoning"),
        ("my friend took loads of her sleeping tablets with vodka and is hard to wake", "red_flag:overdose_poisoning"),
        # An electric shock with a symptom, or a high-voltage one.
        ("touched a high-voltage cable at work, feel ok", "environmental"),
        ("got a shock from the plug and my arm is tingling", "environmental"),
        ("高压电电到了，手有点麻", "environmental"),
        ("仕事中に高圧電流に触れました", "environmental"),
        ("고압 전기에 감전됐어요", "environmental"),
        # Seventeenth round: heatstroke said of someone now (beside the prevention question below, lowered).
        ("祖母が熱中症みたいで、体が熱くて汗が出てなくて、ぼーっとしてます", "environmental"),
        ("할머니가 열사병 같아요, 몸이 뜨겁고 어지러우시대요", "red_flag:heatstroke"),
        ("奶奶好像中暑了，头晕想吐", "environmental"),
        ("I think gran has heat stroke, she's dizzy and sick", "red_flag:heatstroke"),
        # A chemical splashed in an eye.
        ("하수구 뚫는 약이 눈에 튀었어요", "red_flag:severe_burn"),
        ("通下水道的药水溅进眼睛了", "red_flag:severe_burn"),
        ("オーブンクリーナーが目に入った", "red_flag:severe_burn"),
        ("some garden lime blew in my eye", "red_flag:severe_burn"),
        # Drunk and cannot be woken, snoring breathing, sick while passed out (alcohol
        # poisoning).
        (
            "my mate drank half a bottle of vodka and now we can't wake him, he's snoring really loudly",
            "red_flag:overdose_poisoning",
        ),
        ("술을 너무 많이 마신 친구가 깨워도 안 일어나고 코 고는 것처럼 숨을 쉬어요", "red_flag:overdose_poisoning"),
        ("朋友喝酒喝断片了，怎么拍也不醒，刚才还睡着吐了", "red_flag:overdose_poisoning"),
        ("彼氏がお酒を飲みすぎて、揺すっても起きないし、いびきみたいな呼吸してる", "red_flag:overdose_poisoning"),
        # Sixteenth round (EN_EM): carbon monoxide told as a household (the pet too) sick together, better outside.
        (
            "Everyone in our house has headaches and feels dizzy, even the dog is sleepy. Better when we go out",
            "red_flag:overdose_poisoning",
        ),
        (
            "me, my husband and both kids woke up with headaches and dizzy, we just turned the old gas furnace on",
            "red_flag:overdose_poisoning",
        ),
        (
            "온 가족이 머리가 아프고 어지러운데 강아지도 축 처져 있어요. 밖에 나가면 좀 나아요",
            "red_flag:overdose_poisoning",
        ),
        ("家族全員が頭痛とめまいがして、犬もぐったりしています。外に出ると楽になります", "red_flag:overdose_poisoning"),
        ("我们全家都头痛头晕想吐，狗也没精神，一出门就好一点", "red_flag:overdose_poisoning"),
        ("成家人都頭痛頭暈想嘔，隻狗都好冇精神，出街就好啲", "red_flag:overdose_poisoning"),
        # Sixteenth round (EN_EM): an overdose by a count with a brand, or a handful taken after a row.
        (
            "my daughter told me she took about 20 panadol 3 hours ago, she says she's fine now",
            "red_flag:overdose_poisoning",
        ),
        (
            "my partner took a load of his sleeping tablets after we argued tonight, he says he's fine",
            "red_flag:overdose_poisoning",
        ),
        ("he took 20 of her sleeping tablets", "red_flag:overdose_poisoning"),
        ("夫が喧嘩のあと睡眠薬をごっそり飲みました。大丈夫だから寝たいと言っています", "red_flag:overdose_poisoning"),
        ("我老公跟我吵架后吃了一把安眠药，说没事只想睡觉", "red_flag:overdose_poisoning"),
        # Sixteenth round (ZH_EM): blurred sight "like snow" after bootleg or home-made spirits (methanol); a household
        # blue at the lips and nails after young home-pickled vegetables (nitrite).
        ("昨晚喝了散装白酒，今天看东西模模糊糊的，像下雪一样", "red_flag:overdose_poisoning"),
        ("drank some moonshine last night and now my vision is blurry like a snowstorm", "red_flag:overdose_poisoning"),
        ("어젯밤 밀주를 마셨는데 오늘 눈앞이 흐릿하고 잘 안 보여요", "red_flag:overdose_poisoning"),
        ("昨夜密造酒を飲んで、今日は目がかすんでよく見えません", "red_flag:overdose_poisoning"),
        ("全家吃了刚腌两天的咸菜，现在都头晕，嘴唇和指甲都发紫", "red_flag:breathing_severe"),
        # Seventeenth round: carbon monoxide told as a household sick together after the furnace or a gas water heater
        # went on ("whole family's", "windows all shut", another of the family "too"); a count and a brand with a
        # strength between.
        ("Whole family's got headaches and feels dizzy since we turned the furnace on", "red_flag:overdose_poisoning"),
        ("冬天用燃氣熱水器洗澡，我媽洗完頭超痛想吐，我弟也說頭暈，浴室窗戶都關著", "red_flag:overdose_poisoning"),
        ("給湯器でお風呂に入ったら母が頭が痛いと言い、弟もめまいがするって", "red_flag:overdose_poisoning"),
        ("보일러 틀고 나서 엄마가 머리가 아프대요, 동생도 어지럽대요", "red_flag:overdose_poisoning"),
        ("my roommate took like 20 extra strength Tylenol, says she feels fine", "red_flag:overdose_poisoning"),
        ("佢食咗20粒必理痛，話冇事", "red_flag:overdose_poisoning"),
        # eighteenth round (C1): a child bit a dishwasher tablet (caustic); a toddler took a grandparent's
        # blood-pressure pills
        (
            "toddler (2) bit into a dishwasher tablet, foamy stuff in his mouth and hes drooling heaps",
            "red_flag:overdose_poisoning",
        ),
        ("2살 아기가 식기세척기 세제를 깨물었어요 침을 흘려요", "red_flag:overdose_poisoning"),
        ("2歳の子が食洗機の洗剤をかじった よだれが多い", "red_flag:overdose_poisoning"),
        ("两岁宝宝咬了洗碗机的洗碗块 一直流口水", "red_flag:overdose_poisoning"),
        (
            "三歲兒子把阿嬤的降血壓藥吃掉了 藥盒少了大概五六顆 現在看起來還好 只是有點想睡",
            "red_flag:overdose_poisoning",
        ),
        ("個仔三歲 食咗嫲嫲啲血壓藥 少咗五六粒", "red_flag:overdose_poisoning"),
        # eighteenth round (D1): many stings, then hives or itching all over with nausea or dizziness (systemic)
        ("スズメバチに20か所刺された 全身かゆくてぶつぶつ出てきて 気持ち悪くて吐きそう", "red_flag:anaphylaxis"),
        ("got stung by a wasp, hives all over my body and i feel dizzy", "red_flag:anaphylaxis"),
        ("말벌에 쏘였는데 온몸에 두드러기가 나고 어지러워요", "red_flag:anaphylaxis"),
        ("被马蜂蜇了 全身起风团 头晕想吐", "red_flag:anaphylaxis"),
        # eighteenth round (D1): joint pain, numbness or weakness hours after a scuba dive (decompression illness)
        ("스쿠버 30미터 두번 들어갔다 나왔는데 어깨랑 팔꿈치가 쑤시고 다리가 저려요", "decompression_illness"),
        ("did two scuba dives this morning, now my knees ache and my left arm is tingling", "decompression_illness"),
        ("ダイビングの後から肩が痛くて手がしびれてる", "decompression_illness"),
        ("今天去潜水了 上来之后膝盖痛 手发麻", "decompression_illness"),
        # eighteenth round (D1): a mains or high-voltage contact with a burn mark or palpitations
        ("配線作業中に200Vのところに触っちゃって 手のひらに黒いやけどの跡 胸がドキドキ", "red_flag:severe_burn"),
        ("my husband touched a live wire at 240v, burn on his hand and his heart is racing", "red_flag:severe_burn"),
        ("220V 전선 만졌는데 손에 탄 자국이 있고 가슴이 두근거려요", "red_flag:severe_burn"),
        ("摸到220V电线 手上有烧焦的痕迹 心慌", "red_flag:severe_burn"),
        # eighteenth round (D1): deep frostbite, hard, white and numb, the colour not coming back on rewarming
        ("冬山でビバークして足の指が白っぽくなって硬くて感覚が全然ない 温めようとしても色が戻らない", "frostbite_deep"),
        ("겨울산 갔다가 발가락이 하얗고 딱딱하고 감각이 없어요", "frostbite_deep"),
        ("爬雪山回来脚趾发白发硬 没有知觉", "frostbite_deep"),
        ("after the ice climbing his fingers are white and hard and still numb after warming", "frostbite_deep"),
        # eighteenth round (D1): staggering after a headache high in a ski town (high-altitude cerebral oedema)
        ("ski trip in breck, headache for 2 days, now hes stumbling all over", "red_flag:altitude_illness"),
        # eighteenth round (E): almost a whole pack taken, played down ("fine now"), or said with 差不多 / Cantonese
        # 成盒
        (
            "별일 아닌데 아까 좀 힘들어서 타이레놀 한통 거의 다 먹었는데 지금 멀쩡하거든요",
            "red_flag:overdose_poisoning",
        ),
        ("took most of a packet of paracetamol earlier, feel fine now", "red_flag:overdose_poisoning"),
        ("カロナールをほとんど全部飲んだけど今は平気", "red_flag:overdose_poisoning"),
        ("刚才心情不好把一盒泰诺差不多全吃了 现在没事", "red_flag:overdose_poisoning"),
        ("吃咗差唔多成盒必理痛", "red_flag:overdose_poisoning"),
        (
            "my daughter 16 took about 20 panado 3 hours ago after a fight, says she feels fine",
            "red_flag:overdose_poisoning",
        ),
        # eighteenth round (E): a toddler pulled a jug (kettle) or a hot drink onto the chest and tummy, big blisters
        (
            "my 3yo pulled the jug of just boiled water off the bench onto himself, chest and tummy red with big "
            "blisters",
            "burn_child_large",
        ),
        ("3살 아들이 막 끓인 물이 든 포트를 잡아당겨서 가슴이랑 배에 물집이 크게 잡혔어요", "burn_child_large"),
        ("3歳の息子がケトルを引っ張って胸とお腹に大きな水ぶくれ", "burn_child_large"),
        ("個仔3歲 打翻滾水 胸口同肚起晒泡", "burn_child_large"),
        # Twentieth round (T20B): a staggered paracetamol overdose (too often or with a cold remedy for days, then
        # sick or sore under the right ribs), and all of someone's antidepressants or sleeping tablets taken
        (
            "I've had a bad toothache so for the last 4 days I've been taking 2 extra strength Tylenol every 3 "
            "hours or so, plus NyQuil at night. Today I'm really nauseous and it hurts under my ribs on the right "
            "side.",
            "red_flag:overdose_poisoning",
        ),
        (
            "치통 때문에 4일째 타이레놀을 2시간마다 두 알씩 먹고 밤엔 종합감기약도 먹었어요. "
            "오늘 메스껍고 오른쪽 갈비뼈 밑이 아파요",
            "red_flag:overdose_poisoning",
        ),
        (
            "歯が痛くて4日前からカロナールを2〜3時間おきに飲んでて、夜は風邪薬も一緒に飲んでました。今日は吐き気がして右の肋骨の下が痛いです",
            "red_flag:overdose_poisoning",
        ),
        (
            "牙痛，这四天每两三个小时吃一次扑热息痛，晚上还加感冒药一起吃，今天很恶心，右上腹痛",
            "red_flag:overdose_poisoning",
        ),
        (
            "He's just told me he took all of his sertraline and a strip of my sleeping tablets about an hour ago. "
            "He's lying on the sofa, says he's fine.",
            "red_flag:overdose_poisoning",
        ),
        ("남편이 한 시간 전에 우울증 약을 전부 다 먹었대요", "red_flag:overdose_poisoning"),
        ("老公一个小时前把他的抗抑郁药全部吃了", "red_flag:overdose_poisoning"),
        ("佢一個鐘前食晒佢啲抗抑鬱藥同埋我一排安眠藥", "red_flag:overdose_poisoning"),
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
        # Nineteenth round (LEFT): a toddler found with a pill box open and tablets missing: swallowed until shown
        # otherwise.
        (
            "just found my 2yo sitting on the floor with nana's pill organiser open. pretty sure a few of her heart"
            " tablets are missing",
            "emergency",
        ),
        ("3살 아들이 할머니 약통을 열어놨는데 혈압약이 몇 알 없어졌어요", "emergency"),
        ("2歳の息子がおばあちゃんのピルケースを開けてて、血圧の薬が何錠か足りない", "emergency"),
        ("我2岁的儿子把奶奶的药盒打开了，降压药少了几片", "emergency"),
        ("個仔2歲 打開咗嫲嫲個藥盒 啲血壓藥少咗幾粒", "emergency"),
        # Chilblains (しもやけ, 冻疮) are no frostbite (urgent); diabetic or broken: seen
        ("毎年冬になると足の指が赤く腫れてかゆくなります、しもやけだと思う。22歳女", "self_care"),
        ("每年冬天脚趾都长冻疮，又红又痒", "self_care"),
        ("I get chilblains on my toes every winter, red and itchy", "self_care"),
        ("スキーで指が凍傷になりました、白くて感覚がない", "urgent"),
        ("frostbite on my toes after hiking, they're white and numb", "urgent"),
        ("冻疮破了，起水泡了", "routine"),
        ("しもやけが破れてジュクジュクして痛い、糖尿病あり", "routine"),
        # A hangover's thirst is no diabetes sign; thirst alone is still examined
        ("big night last night lol. headache, bit queasy, thirsty. no head injury, just drank too much", "self_care"),
        ("二日酔いで頭が痛くて喉が渇きます", "self_care"),
        ("宿醉，头疼，口渴", "self_care"),
        ("always thirsty and peeing a lot lately, 45m", "routine"),
        ("ずっと喉が渇いて体重が減ってきた", "routine"),
        # Seventeenth round: how to prevent heatstroke for a well older person is advice, no heatstroke now (a person
        # hot and dizzy with heatstroke named stays an emergency: test_rules_alone_make_an_emergency).
        ("80歳の祖母が一人暮らしで、エアコンをつけたがりません。今は元気なんですが、熱中症の予防は？", "self_care"),
        ("80세 할머니가 에어컨을 안 켜세요. 지금은 건강하신데 열사병 예방하려면 뭘 조심해야 하나요?", "self_care"),
        ("奶奶80岁，夏天不肯开空调。现在身体挺好，怎么预防中暑？", "self_care"),
        ("my 80 year old gran won't use the air con. she's fine now, how do we prevent heat stroke?", "self_care"),
        # A swollen itchy insect bite on day 2, not spreading, no fever: home care ("is this cellulitis?" asked of it).
        # Spreading redness, a fever, a red streak, a swollen throat stay raised.
        (
            "キャンプでブヨに刺されたみたいで、足首がパンパンに腫れて赤"
            "くてかゆい。刺されて2日目。熱はない。息苦しいとかもない。"
            "赤いとこは広がってなくて昨日よりちょっとマシ。蜂窩織炎とかいうやつになってない？",
            "self_care",
        ),
        (
            "got bitten by something at camp, my ankle is really swol"
            "len, red and itchy. day 2. no fever. the red area isn't "
            "spreading and it's a bit better than yesterday. is this cellulitis?",
            "self_care",
        ),
        (
            "被虫子咬了，脚踝肿得很厉害，又红又痒，第二天了。不发烧"
            "。红的地方没有扩大，比昨天好一点。会不会是蜂窝组织炎？",
            "self_care",
        ),
        # Twentieth round (B17): many bites red and swollen that itch (the bites' local reaction): home care in every
        # language; the same itchy bites with the redness spreading keep the cellulitis intake, the same day
        ("캠핑 갔다가 모기 엄청 물렸어요 다리에 10군데 넘게 빨갛게 부어오르고 너무 가려움 ㅠ", "self_care"),
        ("去露营被蚊子咬了十几个包，又红又肿又热，痒死了", "self_care"),
        ("lots of mosquito bites on my legs, red hot and swollen and really itchy", "self_care"),
        ("蚊に10か所以上刺されて、赤く腫れて熱をもってかゆい", "self_care"),
        ("모기 물린 데가 빨갛게 부어오르고 가려운데 점점 번져요", "urgent"),
        ("mosquito bites red hot swollen and itchy, the redness is spreading up my leg", "urgent"),
        ("蚊に刺されたところが赤く腫れてかゆいけど、赤みが広がってきた", "urgent"),
        ("被蚊子咬的地方红肿发热很痒，还在扩散", "urgent"),
        ("벌레 물린 데가 빨갛게 점점 퍼지고 있어요", "urgent"),
        ("被蚊子咬了以后红肿一直在扩散，还发烧", "urgent"),
        ("bug bite on my arm, swollen and red, and I have a fever now", "urgent"),
        ("bug bite on my leg, now there's a red streak going up from it", "urgent"),
        ("虫に刺されて顔と喉が腫れてきた", "emergency"),
        # Sixteenth round (OVER_EN_KO): a benign story lowered by the rules alone, next to its neighbour kept raised.
        # A big mosquito bite, well child, anaphylaxis only asked about: home care; lips swelling and breathing hard
        # stay 119.
        (
            "5살 딸이 모기에 물렸는데 어른 손바닥만하게 부어올랐어요. 빨갛고 가렵대요. 열은 없고 잘 놀아요. 혹시 "
            "알레르기 쇼크 오는 건가요?",
            "self_care",
        ),
        ("蚊に刺されたところが手のひらくらい腫れた。熱はなくて元気。アナフィラキシーですか？", "self_care"),
        ("5岁女儿被蚊子咬了肿得像手掌那么大，不发烧，玩得好好的，会不会过敏性休克？", "self_care"),
        ("5살 딸이 모기에 물렸는데 입술도 붓고 숨쉬기 힘들어해요 알레르기 쇼크 오는 건가요?", "emergency"),
        # Sixteenth round. A stray cat's scratch told with the cat as 'it' (被它抓) is a rabies exposure, vaccinated the
        # same day.
        # A stray's scratch, the cat said as 它 after a comma: the same day. One's own vaccinated cat: examined, not
        # today.
        ("在楼下喂野猫，被它抓了一下，流血了", "urgent"),
        ("家里养的猫玩的时候抓了我手臂一下，疫苗都打过了", "routine"),
        (
            "My own cat scratched my arm while playing, she's an indoor cat and fully vaccinated, small scratch",
            "routine",
        ),
        # Seventeenth round. Insect bites red and swollen, said not to be spreading, no fever: the bites' own reaction,
        # home care; spreading redness or a fever with them keep them raised.
        (
            "캠핑 갔다가 모기에 한 열 군데 물렸는데 너무 가려워요 빨갛게 부어오르긴 했는데 번지진 않고 열도 없어요",
            "self_care",
        ),
        ("mosquito bites on my legs are red, hot and swollen but not spreading, no fever", "self_care"),
        ("蚊に何か所も刺されて、赤く腫れて熱をもってるけど広がってない。熱もない", "self_care"),
        ("被蚊子咬了好几个包，红肿发热，但是没有扩散，也没发烧", "self_care"),
        ("모기에 물린 데가 빨갛게 부어오르고 점점 번져요", "urgent"),
        ("mosquito bite on my leg is red, hot and swollen and the redness is spreading", "urgent"),
        ("被蚊子咬的地方红肿发热，没有扩散，但是发烧38.5度", "urgent"),
        # eighteenth round (D1): a tick's head left in, a barbed fish hook stuck: taken out by a clinician
        ("山登りのあとマダニを引っぱったら体はとれたけど頭が皮膚に残ってる", "routine"),
        ("pulled a tick off my leg but the head is still in my skin", "routine"),
        ("진드기를 떼어냈는데 머리가 피부에 남아 있어요", "routine"),
        ("拔蜱虫的时候头断在里面了", "routine"),
        ("낚시하다가 바늘이 검지손가락에 박혔는데 미늘 때문에 안빠져요", "routine"),
        ("got a fish hook stuck in my thumb, the barb won't let it come out", "routine"),
        ("釣り針が指に刺さって返しがあって抜けない", "routine"),
        ("钓鱼时鱼钩钩住手指拔不出来", "routine"),
        # eighteenth round (D1): a scratched bite, the leg red, swollen and hot, the redness grown (cellulitis)
        ("兩日前俾蚊咬咗 抓損咗 而家成個小腿紅晒腫晒 摸落去好熱 紅嗰度大咗好多 37.9", "routine"),
        # eighteenth round (D1): frostnip gone white, then warm and tingling again: home care; blisters are seen
        ("walked the dog at -28, my cheeks went white and numb but now theyre red and tingly again", "self_care"),
        ("스키장에서 볼이 하얗게 되고 감각이 없다가 들어오니 괜찮아졌어요", "self_care"),
        ("スキーで頬が白くなってしびれたけど、温まったら元に戻った", "self_care"),
        ("滑雪时脸颊冻得发白发麻 进屋后恢复了", "self_care"),
        ("skiing today, my cheeks went white and now they have blisters", "urgent"),
        # eighteenth round (D1): itchy bites from sandflies or midges, not infected: home care
        ("eaten alive by sandflies, ankles covered in itchy little lumps. not infected looking", "self_care"),
        # Eighteenth round (L1): a desiccant said as clear beads is silica gel (non-toxic); a white powder
        # (quicklime), a red sore mouth, vomiting or bleach drunk as well stay emergencies
        (
            "3岁儿子把零食袋里的干燥剂小包咬破了，吃了几粒透明的小珠子，上面写着不可食用！现在没什么反应，要不要催吐？",
            "self_care",
        ),
        ("孩子吃了海苔里的干燥剂，是白色粉末，嘴巴红了一直哭", "emergency"),
        ("孩子把干燥剂吃了，透明的小珠子，现在一直吐", "emergency"),
        ("孩子吃了几粒透明小珠子的干燥剂，还喝了一口漂白水", "emergency"),
        (
            "3歳の息子がお菓子の袋の乾燥剤の袋を破って、透明な粒を何粒か食べちゃいました。今は普通にしてます",
            "self_care",
        ),
        ("3살 아들이 과자 봉지에 든 방습제를 뜯어서 투명한 알갱이 몇 개를 먹었어요. 지금은 멀쩡해요", "self_care"),
        ("My toddler ate a desiccant packet, the clear little beads, she's fine", "self_care"),
        # Nineteenth round (D19): a rough count of tablets taken at once ("20-odd paracetamol", "20多片", "二十幾粒")
        # is an overdose; a count of something else or of minutes is not
        (
            "had a fight with my boyfriend last night and took about 20-odd paracetamol (500mg) at once, it's been "
            "10 hours and I only feel a bit sick",
            "emergency",
        ),
        (
            "昨晚跟男朋友吵架，一下子吃了20多片对乙酰氨基酚（500mg的），现在过了10个小时了，除了有点恶心其实没什么感"
            "觉，应该没事了吧？",
            "emergency",
        ),
        ("尋晚同男朋友嗌交，一次過食咗二十幾粒必理痛，而家有少少作嘔", "emergency"),
        (
            "昨晩彼氏とケンカして、カロナールを20錠以上一気に飲みました。10時間たって少し気持ち悪いだけです",
            "emergency",
        ),
        ("어젯밤 남자친구랑 싸우고 타이레놀 20알 넘게 한꺼번에 먹었어요", "emergency"),
        ("I took 20 something vitamin gummies", "self_care"),
        ("took over 20 minutes for the tablets to work", "self_care"),
        # Twentieth round (T20B): paracetamol within its doses, or a course of antibiotics finished, is no overdose
        # (raised neighbours in test_rules_alone_make_an_emergency)
        ("I take paracetamol every 4 hours when I have a headache, 2 tablets, max 8 a day", "self_care"),
        ("Took paracetamol for my cold for a few days, feeling a bit better", "self_care"),
        ("I took all my antibiotics for a week but still coughing", "self_care"),
        # Twentieth round (T20B): a peanut allergy, then lips swollen (said without a particle), a cough and vomiting
        ("아들 5살 땅콩알레르기 있는데 모르고 과자 먹었어요 입술 붓고 기침 계속하고 토했어요", "emergency"),
        # Twentieth round (T20C-O): silica gel, a crayon, a bit of an eraser or toothpaste swallowed by a child (very
        # low toxicity): home care; with a medicine, a battery, magnets, a whole tube, or vomiting and floppy: an
        # emergency
        (
            "My toddler bit open one of those silica gel 'do not eat' packets from a shoe box and swallowed some of "
            "the beads. She's totally fine. Is it poisonous?",
            "self_care",
        ),
        ("my 3yo swallowed some toothpaste while brushing, is that poisonous?", "self_care"),
        ("娘(5歳)が消しゴムの小さいかけらを飲み込んだって言ってます。せきもしてないし普通に話してます", "self_care"),
        ("子どもがシリカゲルを口に入れて少し飲み込んだみたい。普通にしてます", "self_care"),
        ("5살 딸이 지우개 작은 조각을 삼켰대요. 기침도 안 하고 말도 잘해요", "self_care"),
        ("5岁女儿说把一小块橡皮擦吞下去了，不咳嗽，说话正常", "self_care"),
        ("my son swallowed a silica gel packet and also got into my pills", "emergency"),
        ("my toddler ate a whole tube of toothpaste", "emergency"),
        ("2歳の息子が消しゴムを飲み込んだあと、吐いてぐったりしています", "emergency"),
        ("3歳の息子が歯磨き粉をチューブ1本ほとんど食べてしまいました", "emergency"),
        ("두 살 딸이 실리카겔이랑 엄마 약을 삼켰어요", "emergency"),
        ("两岁儿子把一整支牙膏吃了", "emergency"),
        ("2歳の子が磁石を飲み込んだ", "emergency"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        # nineteenth round (LEFT): a child's tablets missing from a pharmacy order, an adult son's tablets run out
        "my son is 8 and on ADHD tablets, the pharmacy says some are missing from the order",
        "息子の血圧の薬がなくなってしまったので処方してほしい",
        # Bath water drunk.
        "孩子趁我不注意喝了一口洗澡水",
        # A small scratch from the family dog; a snake only seen.
        "our dog bit my hand a bit, small scratch, no swelling",
        "i saw a snake in the garden, a bit scared, no bite",
        # Seventeenth round: a snake in another sense beside a bite.
        "the cat knocked over my snake plant and a mosquito bit me, itchy lump",
        "뱀장어 먹고 왔는데 모기에 물려서 가려워요",
        "吃完蛇羹被蚊子咬了几个包，很痒",
        # Seventeenth round: an appliance's tingle with nothing else; a surprise that races the heart.
        "콘센트에 손 댔다가 찌릿했어요. 지금은 괜찮아요",
        "got a shock when I saw the bill, my heart is racing",
        # A static shock.
        "got a little static shock off the car door, tingled for a second, fine now",
        "被静电电了一下，手指麻了一下就好了",
        # Below emergency by the rules: hot and tired after the sun with a clear head.
        "i was in the sun all day and now i'm very hot and tired with a headache, thinking clearly",
        "하루 종일 땡볕에 있었더니 몸이 뜨겁고 피곤해요. 정신은 멀쩡해요",
        "在大太阳下晒了一天，浑身发烫，有点累，头脑清醒",
        "炎天下で一日中作業して体が熱くてだるいです。意識ははっきりしています",
        # Vitamins with wine; questions about one's own tablets.
        "I took a lot of vitamins with a glass of wine last night, feel fine today",
        "我每天要吃一把药，降压的降糖的，能不能少吃点",
        "薬を一箱もらいましたが、1日何錠飲めばいいですか",
        # A static zap.
        "got a tiny static shock off the door handle",
        "ドアノブで静電気がバチッときました",
        "被静电电了一下，手指麻了一下就好了",
        # Lime juice or shampoo in an eye.
        "lime juice squirted in my eye",
        "shampoo got in my eye, stings a bit",
        # A drunk friend who is awake and talking.
        "my friend is really drunk but she's awake and talking, just giggly",
        "친구가 술에 취했는데 깨어 있고 말도 잘 해요",
        "朋友喝多了，人是醒着的，还能说话",
        "友達が酔っ払ってるけど、起きてて普通にしゃべってます",
        # Sixteenth round (EN_EM): one person's headache better in fresh air, a family stomach bug, a usual dose.
        "I get headaches at work but they get better when I go outside for a walk",
        "사무실에서 머리가 아픈데 밖에 나가면 좀 나아요",
        "職場で頭が痛くなるけど、外に出ると少し楽になります",
        "上班的时候头痛，出去外面就好一点",
        "we all have a stomach bug, the kids and me, feeling sick with diarrhoea since yesterday",
        "I took 2 panadol for my headache this morning",
        "my partner took a couple of paracetamol after we argued because his head was pounding",
        # Sixteenth round (ZH_EM): a hangover's headache and a little blur after ordinary drinks.
        "昨晚喝多了白酒，今天头痛恶心，看东西有点花",
        "had a few beers last night, headache and blurry this morning",
        # Sixteenth round (JA_EM): the near cases of those concepts stay below emergency by the rules alone.
        # A sting's own red, itchy swelling; a child refusing a syrup; pufferfish from a restaurant with a full stomach.
        "蜂に足を刺されて赤く腫れてかゆいです。ほかは何ともありません",
        "stung by a bee on my arm, red and itchy, otherwise fine",
        "벌에 팔을 쏘였는데 빨갛게 부어올랐어요. 다른 증상은 없어요",
        "被蜜蜂蛰了胳膊，红肿，别的都好",
        "2歳の娘が風邪薬のシロップを嫌がって飲みません",
        "フグ料理のお店でてっちりを食べて、少し胃もたれしてます",
        "had fugu at a restaurant, feeling a bit full",
        "복국 먹고 배가 좀 더부룩해요",
        "吃了河豚火锅，有点拉肚子",
        # Seventeenth round: the furnace on with one person's headache, one extra-strength tablet for a headache.
        "turned the furnace on tonight and I have a bit of a headache",
        "took 2 extra strength tylenol for my headache",
        "冬天用熱水器洗澡後有點頭暈",
        "we ran out of dishwasher tablets so i used washing up liquid",  # eighteenth round (C1)
        # eighteenth round (D1): a sting swollen and itchy where it went in; an ear sore after a dive (barotrauma)
        "got stung by a bee on my hand, it's swollen and itchy",
        "벌에 쏘인 자리가 부어서 가려워요",
        "蜂に刺されたところが腫れてかゆい",
        "被蜜蜂蛰了 手肿了很痒",
        "my ear hurts after scuba diving yesterday",
        "ダイビングの後 耳が痛い",
        "潜水后耳朵痛",
        "스쿠버 하고 나서 귀가 아파요",
        # eighteenth round (E): nearly finishing a course of medicine is no overdose; boiled water to drink is no scald
        "i took almost all my antibiotics and still feel sick",
        "항생제 거의 다 먹었는데 안 나아요",
        "2살 아기 끓인 물 먹여도 되나요",
        "i put the jug on for a cup of tea and my throat is sore",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Sixteenth round (JA_EM). A sting, then hives all over with dizziness: anaphylaxis (sting_anaphylaxis,
        # flag anaphylaxis).
        ("ハチに腕を刺されて、しばらくしたら全身にじんましんが出てきて、めまいがします", "red_flag:anaphylaxis"),
        (
            "got stung on the hand by a wasp and now I've come out in hives all over and I feel dizzy",
            "red_flag:anaphylaxis",
        ),
        ("벌에 손을 쏘였는데 온몸에 두드러기가 올라오고 어지러워요", "red_flag:anaphylaxis"),
        ("被黄蜂蛰了手，全身起荨麻疹，头晕", "red_flag:anaphylaxis"),
        # Twentieth round (T20A-E): many stings, then vomiting with dizziness (no hives said), or urine like soy sauce.
        ("被马蜂蛰了好多下，现在吐了，头晕", "red_flag:anaphylaxis"),
        ("got stung by loads of wasps, threw up and feel dizzy", "red_flag:anaphylaxis"),
        ("말벌에 여러 방 쏘였는데 토하고 어지러워요", "red_flag:anaphylaxis"),
        ("スズメバチに何か所も刺されて、吐いてめまいがします", "red_flag:anaphylaxis"),
        ("被蜂蛰了二十多下，尿变成酱油色了", "sting_envenomation_urine"),
        # A toddler may have swallowed adult tablets (a strip short), looking well.
        (
            "1歳の息子が夫の薬のシートをいじっていて、2錠なくなってます。飲んだかもしれない",
            "red_flag:overdose_poisoning",
        ),
        # Pufferfish, then a numb mouth or fingers: tetrodotoxin.
        ("自分でさばいたふぐを食べたら、口のまわりと指先がしびれてきました", "red_flag:overdose_poisoning"),
        (
            "we ate a pufferfish my uncle cleaned himself and now my lips and tongue are numb",
            "red_flag:overdose_poisoning",
        ),
        ("아버지가 직접 손질한 복어를 드시고 입술이 저리다고 하세요", "red_flag:overdose_poisoning"),
        ("我叔叔吃了自己弄的河豚，现在嘴唇发麻", "red_flag:overdose_poisoning"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_alone_raise_the_concept(text: str, reason: str) -> None:
    """Sixteenth round (JA_EM): a sting with a reaction beyond the skin, a toddler and adult tablets, pufferfish
    poisoning: emergencies by the rules alone (the learned net off)."""
    result = triage_result(text)
    assert result["level"] == "emergency" and reason in result["reasons"]
