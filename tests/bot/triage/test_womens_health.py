"""Triage levels for women's health: periods, contraception, the breasts, the vagina and the menopause.

A ruptured ectopic pregnancy (a missed period or a positive test with a one-sided pain and a faint) and toxic shock
syndrome (a tampon left in, then a fever with a rash or dizziness) are emergencies. Contraception that failed is seen
the same day (emergency contraception). Painless breast and genital findings (a lump, a bloody nipple discharge, a
prolapse, genital warts), period pain that stops school or work, months without a period, a fishy discharge and
bleeding after the menopause are examined within days. A period a few days late with negative tests, spotting on a new
pill, thrush the patient knows, the middle of the cycle, sore breasts before a period and hot flushes with irregular
periods from 45 are home care.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生理が来ない、下腹が2日前から痛い", "routine"),  # a missed period is no period
        # Still raised: sore breasts with a fever, a lump, or pain for months not tied to the periods.
        ("my breasts are sore and i have a temperature of 38.6", "urgent"),
        ("生理前に胸が張って痛いけど、今回はしこりがあります", "routine"),
        ("I've had pain in my left breast for 2 months, not related to my periods", "routine"),
        # Three months without a period, the tests negative: examined.
        ("생리 안 한 지 석 달 됐어요 임테기는 한 줄이에요", "routine"),
        ("I haven't had a period in 3 months and the tests are negative", "routine"),
        # Periods irregular for long with acne and weight gain: examined.
        ("26岁女，月经一直不规律，有时三个月才来一次，下巴长痘，体重也一直往上走", "routine"),
        # Painless genital and breast findings examined within days (a prolapse, genital warts, a bloody nipple
        # discharge), each next to a case that stays self-care.
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
        # Contraception that failed is seen the same day (emergency contraception)
        ("the condom broke last night, is it too late for the morning after pill?", "urgent"),
        ("어제 밤에 콘돔이 찢어졌어요 사후피임약 아직 늦지 않았나요", "urgent"),
        ("一昨日の夜、避妊に失敗しました。アフターピルってまだ間に合いますか", "urgent"),
        ("昨晚套破了，紧急避孕药还来得及吗", "urgent"),
        ("we used a condom and it didn't break, can i still get pregnant?", "self_care"),
        # Months without a period, the months said between
        ("25살인데 생리를 3달째 안 해요 임테기는 음성이에요", "routine"),
        ("25歳です。生理が3ヶ月来ないです。妊娠検査は陰性でした", "routine"),
        ("25岁，月经三个月没来了，验孕阴性", "routine"),
        ("생리가 끝나고 나서 한동안 운동을 안 해요", "self_care"),
        # Swollen tender breasts (the week before a period, early pregnancy), not a chest pain
        ("생리 일주일 전만 되면 가슴이 붓고 만지면 아파요 생리 시작하면 없어지고요 매달 그래요", "self_care"),
        ("임신 8주인데 가슴이 붓고 만지면 아파요", "self_care"),
        ("懷孕7週，胸部脹痛，這樣正常嗎", "self_care"),
        ("懷孕7週，胸部脹痛，摸到一個硬塊", "routine"),
        ("가슴이 붓고 아픈데 한쪽에 딱딱한 멍울이 만져져요", "routine"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "来例假第二天，肚子疼，跟平时一样，吃了止痛药好点",  # the day of a period is no duration of the pain
        "생리 이틀째라 배가 아파요. 평소랑 똑같아요",
        # Breasts sore before a period.
        "生理前になると胸が張って痛くなります。生理が来ると治ります",
        "每个月月经前胸部胀痛，月经来了就好",
        # Regular periods with acne.
        "26岁女，月经一直很规律，最近下巴长痘",
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A tampon left in, then a fever with a rash, diarrhoea or dizziness (toxic shock syndrome).
        ("딸이 탐폰을 이틀 넣어놓고 깜빡했대요 열이 39.5도고 온몸에 빨간 발진이 있어요", "red_flag:sepsis"),
        ("forgot a tampon in for 2 days, now fever 39.4, sunburn-like rash and vomiting", "red_flag:sepsis"),
        ("タンポンを2日入れっぱなしで、39度の熱と全身に赤い発疹、下痢があります", "red_flag:sepsis"),
        ("卫生棉条忘了拿出来两天，现在发烧39度，身上起红疹，拉肚子", "red_flag:sepsis"),
        # Nineteenth round (B19): after an abortion or a miscarriage, a fever with severe pain or too weak to get up
        # (septic)
        (
            "had a miscarriage 4 days ago, now fever of 39 and really bad pain low in my belly, can barely stand",
            "red_flag:sepsis",
        ),
        ("유산 수술 받은 지 3일 됐는데 열이 39도고 아랫배가 너무 아파서 못 일어나겠어요", "red_flag:sepsis"),
        ("3日前に中絶手術を受けて、熱が39度台、下腹部がすごく痛くてぐったりしています", "red_flag:sepsis"),
        ("做完人流第三天，发烧39度，肚子痛得厉害，起不来床", "red_flag:sepsis"),
        # Nineteenth round (B19): a tampon left in, then "a 103 fever" (a Fahrenheit number before the word) and
        # vomiting
        (
            "ok this is embarrassing, i think i left a tampon in for 2 days, now a 103 fever and i'm throwing up",
            "red_flag:sepsis",
        ),
        # Nineteenth round (B19): a sudden pain low on one side with vomiting, the severity given as a number (a twisted
        # ovary)
        (
            "sudden sharp pain low on my right side an hour ago, it's 9/10 and I've thrown up twice",
            "belly_pain_sudden_severe_vomiting",
        ),
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
        # Nineteenth round (LEFT): hot flushes with the mood changed too: the menopause troubling her, examined;
        # flushes alone stay home care.
        (
            "48歳ですが最近急に顔がカーッと熱くなって汗だくになるのが1日何回もあって、生理も不規則だしイライラがす"
            "ごい。病院行くほどでもない？",
            "routine",
        ),
        (
            "48살인데 요즘 갑자기 얼굴이 확 달아오르고 땀이 하루에도 몇 번씩 나요. 생리도 불규칙하고 짜증이 너무 나"
            "요",
            "routine",
        ),
        ("我48岁，最近经常突然脸发热出一身汗，一天好几次，月经也不规律，脾气特别暴躁", "routine"),
        (
            "48, hot flushes several times a day, periods irregular and I'm so irritable, snapping at everyone",
            "routine",
        ),
        (
            "51歳、生理がここ半年不規則になってきて、最近急に顔がカーッと熱くなって汗が出ることが1日に何回かある。"
            "そんなに困ってはいないけど",
            "self_care",
        ),
        # Nineteenth round (LEFT): legs puffy and irritable before each period, gone when it starts: home care; one
        # swollen calf stays.
        ("生理前になるといつも足がむくんでイライラしちゃう。始まると治るんだけど、何か楽になる方法ない？", "self_care"),
        ("생리 전만 되면 다리가 붓고 짜증이 나요. 생리 시작하면 괜찮아지는데 좋은 방법 없을까요?", "self_care"),
        (
            "every month before my period my legs swell up and I get so irritable, it goes away when my period star"
            "ts",
            "self_care",
        ),
        ("生理前になると左のふくらはぎだけ腫れて痛い", "urgent"),
        # Nineteenth round (LEFT): a tender button under a nipple said with puberty's signs: the breast bud, home
        # care; a woman's lump or a red hot one, examined.
        (
            "我儿子13岁，最近说左边乳头下面有个硬硬的小疙瘩，一碰就疼，像个扣子那么大。他最近正在蹿个子，声音也开始"
            "变了",
            "self_care",
        ),
        (
            "13살 아들이 왼쪽 젖꼭지 밑에 단단한 멍울이 있다고 하고 만지면 아프대요. 요즘 변성기에 키도 부쩍 컸어요",
            "self_care",
        ),
        (
            "13歳の息子が左の乳首の下に硬いしこりがあって触ると痛いと言います。最近声変わりして背も急に伸びてます",
            "self_care",
        ),
        (
            "my 13 year old son has a small firm lump under his left nipple that's tender to touch, he's going thro"
            "ugh a growth spurt and his voice is breaking",
            "self_care",
        ),
        ("38살인데 가슴에 멍울이 만져져요", "routine"),
        ("우리 딸 13살 사춘기인데 가슴에 멍울이 만져지고 빨갛게 붓고 열이 나요", "routine"),
        # A forgotten tampon without a fever: home care.
        ("forgot a tampon in for 2 days, bit of a smell, no fever, feel fine", "self_care"),
        ("탐폰을 이틀 넣어놓고 깜빡했어요 냄새가 좀 나요 열은 없어요", "self_care"),
        # More vaginal discharge, a fishy smell
        ("26岁女，下面分泌物变多，有鱼腥味，有点痒", "routine"),
        ("냉이 늘고 생선 비린내가 나요", "routine"),
        ("おりものが増えて魚のような臭いがします", "routine"),
        ("there is more discharge than usual and it smells fishy", "routine"),
        ("分泌物没有变多，也没有异味，就是有点痒", "self_care"),
        # Period pain that stops school or work, or painkillers barely touch
        ("19歲女生，每次月經來都痛到沒辦法上課，要躺一整天，吃止痛藥也只好一點點", "routine"),
        ("생리할 때마다 너무 아파서 학교를 못 가요. 진통제를 먹어도 소용없어요", "routine"),
        ("生理が来るたびに痛くて学校を休みます。痛み止めも効かない", "routine"),
        ("every period the pain is so bad i miss school and painkillers barely help", "routine"),
        ("period cramps today, ibuprofen helps, going to school as usual", "self_care"),
        ("生理痛があるけど、痛み止めを飲めば学校に行けます", "self_care"),
        ("생리통이 있는데 진통제 먹으면 괜찮아서 학교 가요", "self_care"),
        # An ellipsis ends a clause, so a denial after it does not reach back
        ("お風呂で胸にしこりを見つけました…1cmくらいで痛くないです。45歳", "routine"),
        ("가슴에 멍울이 만져져요…아프진 않아요", "routine"),
        ("お風呂で胸にしこりはありませんでした…痛くもないです", "self_care"),
        # The middle of the cycle: an ache for a few hours, egg-white discharge; bleeding then, an itchy discharge, a
        # pain getting worse, or pregnancy keep their rules.
        ("每个月大概月经中间那几天，右边或者左边小肚子会隐隐痛几个小时，然后就好了，这正常吗", "self_care"),
        ("every month mid cycle i get a dull ache low on one side for a few hours then it goes, normal?", "self_care"),
        ("生理と生理の間くらいに透明で卵白みたいにのびるおりものが増えます。かゆみもにおいもないです", "self_care"),
        ("배란기 때 계란 흰자 같은 냉이 늘어요 가렵거나 냄새는 없어요", "self_care"),
        ("月经中间白带拉丝，像蛋清，不痒没味道", "self_care"),
        ("月经中间那几天有点出血", "routine"),
        ("배란기에 피가 살짝 비쳐요", "routine"),
        ("thick white discharge and itchy for 3 days", "routine"),
        ("排卵期一侧小肚子疼了三天了，越来越疼", "urgent"),
        ("6 weeks pregnant with a one-sided lower tummy pain like mid cycle pain", "emergency"),
        # Hot flushes with irregular periods from 45: the menopause's change; under 45, examined.
        (
            "51, periods all over the place this year, now hot flushes in the day and sweaty nights. otherwise well",
            "self_care",
        ),
        ("51살인데 올해 생리가 불규칙하고 요즘 얼굴이 화끈거리는 홍조가 자주 와요 다른 데는 괜찮아요", "self_care"),
        ("51歳、今年に入って生理不順で、最近ほてりがあります。ほかは元気です", "self_care"),
        ("51岁，今年月经不规律，最近潮热，别的都好", "self_care"),
        ("i'm 34, periods all over the place and hot flushes", "routine"),
        ("34살인데 생리가 불규칙하고 홍조가 있어요", "routine"),
        ("51, periods irregular and hot flushes, lost a stone without trying", "routine"),
        # A period a few days late with the tests negative or after the morning-after pill, no pain: home care; a
        # one-sided pain, a faint, a positive test or three months without a period are examined.
        ("period is 5 days late, 2 tests both negative, really stressed at work, no pain", "self_care"),
        ("생리가 5일 늦어요 임테기 두 번 했는데 한 줄이에요 요즘 스트레스가 심해요 배는 안 아파요", "self_care"),
        ("生理が5日遅れてます。検査薬は2回とも陰性でした。最近ストレスがひどいです。痛みはないです", "self_care"),
        ("月经推迟5天了，验孕棒测了两次都是一条杠，最近压力很大，肚子不痛", "self_care"),
        ("took the morning after pill 2 weeks ago and my period is 3 days late, no pain", "self_care"),
        ("사후피임약 먹은 지 2주 됐는데 생리가 3일 늦어요 배는 안 아파요", "self_care"),
        ("アフターピルを飲んで2週間、生理が3日遅れてます。痛みはありません", "self_care"),
        ("吃了紧急避孕药两周了，月经推迟了3天，肚子不痛", "self_care"),
        ("period is 5 days late, tests negative, sharp pain low on one side", "routine"),
        ("period 5 days late, tests negative, i fainted this morning and my lower tummy hurts", "emergency"),
        ("생리가 5일 늦고 임테기는 한 줄인데 한쪽 아랫배가 콕콕 아파요", "routine"),
        ("生理が5日遅れてて検査薬は陰性ですが、右の下腹が痛いです", "routine"),
        ("月经推迟5天，验孕是阴性，但是右下腹疼", "routine"),
        ("positive pregnancy test and pain low on the left side", "emergency"),  # a possible ectopic
        ("no period for three months, tests negative", "routine"),
        ("생리를 3달째 안 해요 임테기는 한 줄이에요", "routine"),
        ("生理が3ヶ月来ません。検査薬は陰性です", "routine"),
        ("月经三个月没来了，验孕是阴性", "routine"),
        # Spotting in the first months of a new pill, none missed, no pain: home care; a missed pill, bleeding after
        # sex, pain or three months or more are examined.
        (
            "started microgynon 6 wks ago and ive had light spotting "
            "a few days mid pack. havent missed any pills, no pain",
            "self_care",
        ),
        ("피임약 먹기 시작한 지 6주 됐는데 중간에 피가 조금 비쳐요 약은 꼬박꼬박 먹었고 배도 안 아파요", "self_care"),
        ("ピルを飲み始めて6週間、少量の出血が数日あります。飲み忘れはなく痛みもないです", "self_care"),
        ("开始吃避孕药6周了，中间有少量出血，没有漏服，肚子不痛", "self_care"),
        ("started the pill 6 weeks ago, light spotting, and i missed two pills last week", "routine"),
        ("started the pill 6 weeks ago, light spotting after sex", "routine"),
        ("started the pill 6 weeks ago, light spotting and cramping pain low in my tummy", "routine"),
        ("started the pill 4 months ago and still light spotting every week", "routine"),
        ("피임약 먹기 시작했는데 피임약을 두 번 빼먹었고 피가 조금 비쳐요", "routine"),
        ("ピルを飲み始めたけど2回飲み忘れて少量の出血があります", "routine"),
        ("开始吃避孕药，漏服了两次，有少量出血", "routine"),
        # Thrush the patient knows (had it before, the cream worked), no smell: the pharmacy; a first episode,
        # pregnancy, a smelly or green discharge, pain or a fever are examined.
        (
            "thrush again i think, itchy with thick white discharge, no smell. "
            "had it before and canesten worked. not pregnant, no new partners",
            "self_care",
        ),
        (
            "질염이 또 재발한 것 같아요 하얀 냉이 나오고 가려워요 냄새는 없어요 "
            "전에도 걸렸는데 약 먹고 나았어요 임신은 아니에요",
            "self_care",
        ),
        (
            "またカンジダになったみたいです。白いおりものでかゆいです。においはないです。"
            "前にもなったことがあって薬で治りました",
            "self_care",
        ),
        ("霉菌性阴道炎又犯了，白带像豆腐渣，下面痒，没有异味，以前也得过，用药就好了", "self_care"),
        ("itchy with thick white discharge, first time ever", "routine"),
        ("thrush again, had it before, itchy white discharge, and i'm 20 weeks pregnant", "routine"),
        ("thrush again, had it before, but this time the discharge smells fishy", "routine"),
        ("had thrush before, itchy green discharge this time", "routine"),
        ("thrush again, had it before, itchy discharge and pelvic pain and a fever", "urgent"),
        ("질염이 또 생겼는데 이번엔 냉에서 비린내가 나요 전에도 걸렸어요", "routine"),
        ("またカンジダみたいですが、今回はおりものが緑色です。前にもなりました", "routine"),
        ("霉菌性阴道炎又犯了，这次白带发绿，以前也得过", "routine"),
        # Night sweats years after the menopause, no weight loss or fever: home care; with weight loss, a fever or a
        # lump, or no menopause said, examined; bleeding after it always is.
        (
            "went through the menopause 3 years ago, 57, night sweats "
            "now and then, no weight loss or fever, otherwise well",
            "self_care",
        ),
        (
            "폐경된 지 2년 됐고 57살이에요 가끔 자다가 땀 흘리고 깨요 체중 감소나 열은 없고 다른 데는 괜찮아요",
            "self_care",
        ),
        ("閉経して2年、57歳です。たまに寝汗で目が覚めます。体重減少とか熱はなく、それ以外は元気です", "self_care"),
        ("绝经两年了，57岁，偶尔晚上出汗醒过来，没有体重下降也没有发烧，其他都挺好", "self_care"),
        ("went through the menopause 3 years ago, night sweats and i've lost weight without trying", "routine"),
        ("went through the menopause 3 years ago, night sweats and a lump in my neck", "routine"),
        ("폐경된 지 2년인데 밤에 땀을 흘리고 열이 나요", "routine"),
        ("閉経して2年、寝汗がひどくて体重が減ってきました", "routine"),
        ("绝经两年了，晚上出汗，还发烧", "routine"),
        ("night sweats for a month, 40", "routine"),
        ("went through the menopause 3 years ago and now some bleeding again", "routine"),
        ("폐경된 지 3년 됐는데 다시 피가 비쳐요", "routine"),
        ("閉経して3年ですが、また出血がありました", "routine"),
        ("绝经三年了，最近又有点出血", "routine"),
        # Sixteenth round. A late period said without its particle, a twisted ovary told by the pain, and new hair with
        # irregular periods.
        # A late period said without its particle, or weeks running without one, with a one-sided low pain and a near-
        # faint or a shoulder-tip pain: an ectopic pregnancy. Period pain that made one late is no late period.
        (
            "생리 3주 늦었는데 오늘 왼쪽 아랫배가 칼로 찢는 것처럼 아프고 화장실에서 어지러워 쓰러질 뻔했어요",
            "emergency",
        ),
        ("생리를 7주째 안 하고 있어요. 오른쪽 아랫배가 너무 아프고 어깨 끝이 아파요", "emergency"),
        ("생리통 때문에 학교에 늦었어요", "self_care"),
        # A sudden one-sided low belly pain with vomiting, too painful to stand: a twisted ovary (or an ectopic,
        # appendicitis). A morning of belly ache with diarrhoea and vomiting, weak on standing: gastroenteritis, below
        # an emergency.
        ("20분 전부터 갑자기 오른쪽 아랫배가 꼬이는 것처럼 아파서 서 있을 수가 없고 계속 토해요", "emergency"),
        (
            "right lower tummy pain came on suddenly an hour ago, I can't stand up with it and I keep throwing up",
            "emergency",
        ),
        ("1時間前から急に左下腹がねじれるように痛くて、立っていられません。何度も吐いています", "emergency"),
        ("一小时前突然左下腹绞痛，站都站不住，一直在吐", "emergency"),
        ("半個鐘前突然右下腹好痛，企都企唔到，一直嘔", "emergency"),
        ("오늘 아침부터 배가 아프고 설사하고 토해요. 힘이 없어서 서 있질 못하겠어요", "urgent"),
        # Irregular or missed periods with new hair on the chin, face or belly: polycystic ovaries, examined within
        # days.
        ("my periods have always been irregular and now there's hair growing on my chin", "routine"),
        ("생리가 불규칙하고 요즘 턱에 털이 많이 나요", "routine"),
        ("生理不順で、最近あごのヒゲが濃くなってきました", "routine"),
        ("月经一直不规律，最近下巴毛发变多", "routine"),
        ("月經成日唔準，下巴多咗毛", "routine"),
        ("月經已經四個月冇嚟，面多咗毛", "routine"),
        # Sixteenth round. Breast pain that comes before each period and goes with it, and hot flushes with irregular
        # periods from 45: home care; a breast pain unrelated to the cycle, a lump, flushes under 45 or at an unknown
        # age are examined.
        ("每个月来月经前两边乳房都胀痛，月经来了就好了，已经好几年了，没有摸到肿块", "self_care"),
        ("每次月经前乳房胀痛，查了说是乳腺增生，没有摸到单独的硬块", "self_care"),
        ("左边乳房疼了两个月了，跟月经没关系", "routine"),
        ("右边乳房摸到一个硬块，不疼", "routine"),
        ("52歳です。半年前から生理が不規則で、顔が急に熱くなって汗が出ます", "self_care"),
        ("38歳、生理が不規則で、ほてりがあります", "routine"),
        ("hot flushes for 3 weeks", "routine"),
        # Seventeenth round. An itch with thrush's white curd-like discharge said by its look (豆腐渣, 乳酪, 비지,
        # 酒かす, cottage cheese) for the first time: examined within days (NICE CKS: a first episode is confirmed);
        # the same thrush known from before stays home care.
        ("下面这两天特别痒，分泌物是白色的，一块一块的，以前从来没有过", "routine"),
        ("最近陰部很癢，有白色像乳酪一樣的分泌物，以前沒有過", "routine"),
        ("下面痕痕地，分泌物白色一粒粒好似豆腐渣，之前冇試過", "routine"),
        ("며칠 전부터 밑이 너무 가렵고 하얀 비지 같은 분비물이 나와요. 처음이에요", "routine"),
        ("itching and a cottage cheese discharge, never had it before", "routine"),
        ("かゆみと、酒かすみたいな白いものが出ます。初めてです", "routine"),
        ("下面好痒，分泌物像豆腐渣，跟上次一样，又犯了，以前用过达克宁栓好了", "self_care"),
        # Seventeenth round. Sore breasts and irritability the week before each period, gone when it comes (PMS): home
        # care; "the week before" is no duration, and the breasts' pain no chest pain. Breast pain for a week with a
        # late period, or a chest pain with breathlessness, is examined.
        ("每次来月经前一周乳房胀痛，脾气暴躁，来了就好了", "self_care"),
        ("生理が来る1週間前になるとイライラして胸が痛い。生理が来ると治ります", "self_care"),
        ("생리하기 일주일 전부터 가슴이 아프고 짜증나요. 생리 시작하면 괜찮아요", "self_care"),
        ("A week before my period my breasts get sore and I get irritable, it goes when my period starts", "self_care"),
        ("乳房胀痛一周了，月经也没来", "routine"),
        ("생리 전인데 가슴이 아프고 숨이 차요", "urgent"),
        # Seventeenth round. Mild nausea and a little spotting in a new pill's first month, none missed: home care
        # (NHS); a missed pill or spotting after three months is examined.
        ("ピル飲み始めて1ヶ月で、ちょっと吐き気と少量の不正出血がある。飲み忘れはしてないです", "self_care"),
        ("피임약 먹기 시작한 지 한 달인데 약간 메스껍고 부정출혈이 조금 있어요. 빼먹은 적은 없어요", "self_care"),
        ("开始吃避孕药一个月，有点恶心，还有少量不规则出血，没漏服", "self_care"),
        ("Started the pill a month ago, bit of nausea and light spotting, haven't missed any", "self_care"),
        ("ピル飲み始めて1ヶ月で、ちょっと吐き気と少量の不正出血がある。飲み忘れが2回あります", "routine"),
        ("ピル飲み始めて4ヶ月、少量の不正出血が続いている", "routine"),
        # Seventeenth round. A torn condom while the pill is taken every day, none missed (FSRH: no emergency
        # contraception needed), a couple together for years (no duration of a complaint): home care; without the pill,
        # or with a pill missed, the same day.
        (
            "Me and my wife have been together 6 years and the condom tore last night. She's on the pill and never "
            "misses. Do we need the morning after pill?",
            "self_care",
        ),
        ("콘돔이 찢어졌는데 여자친구가 피임약을 꾸준히 먹고 있어요. 사후피임약 먹어야 하나요?", "self_care"),
        ("コンドームが破れたけど、彼女はピルを毎日飲んでいます。アフターピルは必要？", "self_care"),
        ("避孕套破了，不过她一直在吃避孕药，没漏服过，还要吃紧急避孕药吗？", "self_care"),
        ("the condom tore last night, do we need the morning after pill?", "urgent"),
        ("the condom broke last night. I'm on the pill but I missed two pills last week", "urgent"),
        ("콘돔이 찢어졌어요. 사후피임약 먹어야 하나요?", "urgent"),
        ("コンドームが破れました。アフターピルは必要ですか", "urgent"),
        ("避孕套破了，要吃紧急避孕药吗？", "urgent"),
        # Seventeenth round. A headache with a visual aura (flashing or zigzag lights) on the combined pill: a migraine
        # with aura, the pill to stop and be seen the same day (UKMEC 4); a migraine without aura, or an aura off the
        # pill, is not this.
        ("I'm on the combined pill and I get zigzag lines in my vision then a bad headache", "urgent"),
        ("低用量ピルを飲んでいて、ギザギザの光が見えた後にひどい頭痛がします", "urgent"),
        ("피임약 복용 중인데 눈앞에 번쩍이는 빛이 보이고 나서 심한 두통이 와요", "urgent"),
        ("在吃短效避孕药，眼前先有闪光然后头痛得厉害", "urgent"),
        ("I'm on the pill and get migraines without aura sometimes", "self_care"),
        ("I have a bad headache and I see flashing lights", "routine"),
        # Eighteenth round (D2): periods heavy for a year, soaking through, with iron deficiency: a GP's work-up, not a
        # haemorrhage now; soaking a pad an hour today keeps the red flag
        (
            "ferritin came back 6 and hemoglobin 104. my periods have been super heavy for like a year, soaking "
            "through stuff",
            "routine",
        ),
        ("피검사에서 페리틴 5 나왔어요 생리양이 1년째 너무 많아서 패드가 다 젖어요", "routine"),
        ("验血铁蛋白6 血红蛋白98 月经量大一年了 卫生巾都湿透", "routine"),
        ("my periods have been super heavy for a year and today im soaking through a pad every hour", "emergency"),
        # Eighteenth round (G): periods stopped for months in a teenager who diets hard (amenorrhoea_months,
        # amenorrhoea_dieting: no ectopic rule), beside a diet alone and a period pain for months
        (
            "중3 딸인데 생리 시작한지 2년 됐는데 요 4달동안 한번도 안했어요 남친도 없고 다이어트를 좀 심하게 하긴 했는"
            "데 괜찮은건가요",
            "routine",
        ),
        ("my 16 year old daughter hasn't had a period for 4 months, she's been dieting really hard", "routine"),
        ("高校生の娘、ダイエットを始めてから生理が4ヶ月来ていません", "routine"),
        ("女儿16岁 节食减肥以后月经四个月没来了", "routine"),
        ("我个女减肥之后 月經已經三個月冇嚟", "routine"),
        (
            "15歳の娘がダイエットと言ってほとんど食べなくなって、3ヶ月で8kgくらい痩せました。生理も止まってるみたい",
            "routine",
        ),
        ("15살 딸이 다이어트한다고 거의 안 먹어서 3달 만에 8kg 빠졌어요 생리도 끊겼어요", "routine"),
        ("女儿15岁 节食减肥 三个月瘦了8公斤 月经也停了", "routine"),
        ("I'm on a diet, what should I eat", "self_care"),
        (
            "요즘 다이어트한다고 샐러드만 먹었더니 일주일째 화장실을 못 갔어요 배가 빵빵하긴 한데 아프진 않아요",
            "self_care",
        ),
        ("생리통이 몇 달째 심해요", "self_care"),
        # Nineteenth round (B19): beside the septic abortion above: light bleeding or cramps without a fever
        ("做完人流第三天，有点出血，没有发烧，肚子不怎么痛", "routine"),
        ("had an abortion last week, bit of cramping, no fever", "self_care"),
        # Nineteenth round (B19): bacterial vaginosis's thin grey discharge: examined within days
        ("I've had a thin grey discharge for a week, no itch", "routine"),
        ("회색 냉이 일주일째 나와요", "routine"),
        ("灰色のおりものが1週間続いています", "routine"),
        ("灰色白带一个星期了，有点腥", "routine"),
        # Nineteenth round (B19): irregular cycles in the first years after periods began (their lengths no duration):
        # home care; heavy bleeding with them stays examined
        (
            "中1の娘、初潮から1年くらいで、生理の間隔が25日だったり50日だったりバラバラです。量は普通で痛みもない",
            "self_care",
        ),
        ("13살 딸이 초경한 지 1년 됐는데 생리 주기가 25일에서 45일로 들쭉날쭉해요", "self_care"),
        ("女儿12岁，初潮才一年，月经周期有时25天有时40天，量正常，不痛", "self_care"),
        ("my 13 year old only started her periods last year and her cycle is anywhere from 25 to 45 days", "self_care"),
        ("中2の娘、初潮から1年ですが生理がバラバラで、生理の量が多くてレバーのような塊が出る", "routine"),
        ("生理の間隔がバラバラで、3ヶ月続いてます。32歳です", "routine"),
        ("15歳の娘、初潮から1年くらいで、生理が2ヶ月来なかったりします。量は普通です", "self_care"),
        ("15歳の娘、初潮から1年くらいですが、2週間お腹がずっと痛いです", "routine"),
        # Nineteenth round (B19): the menopause's flushes said to get in the way of work: a GP's talk of treatment;
        # coping: home care
        ("hot flushes and night sweats every night, it's affecting my work, I'm 51", "routine"),
        ("열감이 확 올라오고 잠을 못 자서 일상생활에 지장이 있어요 50살이에요", "routine"),
        ("48歳です。急に顔がカーッと熱くなって汗だくになることが1日に何回もあり、仕事に支障が出てきました", "routine"),
        ("潮热出汗，晚上睡不着，已经影响工作了，50岁", "routine"),
        ("hot flushes a few times a day, 52, coping fine", "self_care"),
        # Nineteenth round (B19): thrush diagnosed before and exactly as then, nothing else: the pharmacy's treatment
        (
            "前に婦人科でカンジダと言われたことがあって、そのときと同じかゆみと白いおりものです。熱や腹痛はないです",
            "self_care",
        ),
        # Nineteenth round (B19): the breasts (胸部) swollen and sore the week before each period, both sides, no lump:
        # home care; a lump found stays examined
        ("每次月經來前一個禮拜胸部都會脹脹痛痛的，月經一來就好了，兩邊都一樣，沒有摸到硬塊", "self_care"),
        ("每次月经前胸部都会胀痛，这次摸到一个硬块", "routine"),
        # Nineteenth round (B16): the week before a period, cross, swollen sore breasts, craving sweets, gone when it
        # comes (premenstrual syndrome): home care
        (
            "生理前の1週間くらいになるとイライラして胸も張って痛いし、甘いものめちゃくちゃ食べたくなる。生理来たら治る。"
            "毎月こんな感じでちょっとしんどい",
            "self_care",
        ),
        ("생리 일주일 전쯤 되면 짜증나고 가슴도 붓고 아프고 단 게 엄청 당겨요 생리 오면 괜찮아져요", "self_care"),
        ("月经前一个星期左右就很烦躁，胸也胀痛，特别想吃甜的，来了月经就好了", "self_care"),
        (
            "the week before my period i get irritable, my boobs are sore and swollen and i crave sugar like crazy."
            " goes away when my period starts",
            "self_care",
        ),
        # Nineteenth round (B16): a nursing mother's own hot red breast patch with a fever, the baby's age said: her
        # mastitis (the same day), not the baby's fever
        (
            "생후 5주 아기 모유수유 중인데 왼쪽 가슴에 빨갛고 뜨거운 부분이 있고 너무 아파요 "
            "으슬으슬하고 열이 38.2도예요",
            "urgent",
        ),
        ("生後5週の赤ちゃんに授乳中です。左のおっぱいに赤くて熱いところがあってすごく痛い。寒気、熱は38.2度", "urgent"),
        ("BB五個禮拜，我餵緊人奶，左邊心口有一嚿紅紅熱熱好痛，成身骨痛發冷，38.2度", "urgent"),
        # Nineteenth round (D19): a cervical screening result with changed cells or a high-risk HPV (a colposcopy to
        # arrange): seen within days
        (
            "자궁경부암 검사 결과 문자 왔는데 ASC-US에 HPV 고위험군 양성이래요.. 암이라는 건가요? 너무 무서워요 ㅠ",
            "routine",
        ),
        ("my smear came back HPV positive with borderline changes, does it mean cancer?", "routine"),
        ("子宮頸がん検診でASC-US、ハイリスクHPV陽性と言われました。がんですか？", "routine"),
        ("宫颈癌筛查报告写着ASC-US，高危型HPV阳性，是癌吗？好怕", "routine"),
        ("HPV 백신 맞았어요, 팔만 좀 아파요", "self_care"),
        # Nineteenth round (GAPS): a pad soaked every hour is seen the same day, with dizziness or a faint it is an
        # emergency; heavy periods for months (a pad an hour on the worst days) and a heavier period are examined within
        # days; a pad changed once, a heating pad every hour or a flow grown less are none of these
        ("생리 양이 너무 많아서 패드를 한 시간마다 갈아요", "urgent"),
        ("생리 양이 너무 많아서 패드를 한 시간마다 갈아요 어지러워요", "emergency"),
        ("I'm soaking a pad every hour since this morning", "urgent"),
        ("changing pads every hour since lunch and I feel faint", "emergency"),
        ("1時間でナプキンがいっぱいになります", "urgent"),
        ("1時間でナプキンがいっぱいになって、ふらふらします", "emergency"),
        ("一小时就要换一片卫生巾", "urgent"),
        ("一個鐘就要換一塊衛生巾", "urgent"),
        ("一个小时就要换一片卫生巾，头晕", "emergency"),
        (
            "my periods have been really heavy the last 6 months, like changing a pad every hour on the first 2 days",
            "routine",
        ),
        ("생리량이 몇 달째 많아요", "routine"),
        ("생리 양이 너무 많아요", "routine"),
        ("生理の量がいつもより多いです", "routine"),
        ("这次月经量特别多", "routine"),
        ("月經量好多", "routine"),
        ("my period has been really heavy this month", "routine"),
        ("생리 중이라 패드를 갈았는데 생리통이 좀 있어요", "self_care"),
        ("생리량이 많이 줄었어요", "self_care"),
        ("月经量少了很多", "self_care"),
        ("I use a heating pad every hour for cramps", "self_care"),
        ("一个小时前换了卫生巾，量不多", "self_care"),
        # Twentieth round (T20B): a light bleed that drags on (だらだら続く) three months into the pill is examined,
        # not a heavy bleed; blood streaming or that will not stop still is
        ("ピル飲み始めて3か月なんですけど、ずっと不正出血がだらだら続いてます。痛みはなし", "routine"),
        ("不正出血がだらだら続いてて、今日は血が止まらないです", "emergency"),
        # Twentieth round (T20C-O): a period soaking a pad every hour said in bleeding words ("soaking through",
        # "出血がひどい", "한 시간마다 패드를 갈아요") is seen the same day, as in Chinese; said of the heaviest days of
        # every period, the tiredness and dizziness on the stairs are the anaemia's (the same day); dizziness now, a
        # faint, pallor, a pad in minutes, a sudden change today, pregnancy or a birth keep the emergency
        (
            "I'm 15 and my periods are really heavy, on the first 2 days I have to change my pad every hour and I've "
            "leaked through at school. I get really tired and dizzy going up the stairs.",
            "urgent",
        ),
        (
            "15歳です。生理の量がすごく多くて、最初の2日間は1時間ごとにナプキンを替えないといけなくて、学校でもれたことも"
            "あります。階段を上るととても疲れてふらふらします",
            "urgent",
        ),
        (
            "15살인데 생리량이 너무 많아서 첫 이틀은 한 시간마다 패드를 갈아야 해요. "
            "계단 오르면 너무 피곤하고 어지러워요",
            "urgent",
        ),
        ("我15岁，月经量很大，头两天每个小时都要换卫生巾，在学校还漏过。上楼梯很累还头晕。", "urgent"),
        ("my period is really heavy, I'm soaking through a pad every hour", "urgent"),
        ("I'm bleeding heavily with my period, soaking a pad an hour", "urgent"),
        ("my period has been really heavy today and I've soaked through 3 pads in 3 hours", "urgent"),
        ("生理の出血がひどくて1時間でナプキンが真っ赤", "urgent"),
        ("生理の出血が止まらなくて、1時間ごとにナプキンを替えてます", "urgent"),
        ("生理の出血が多くてナプキンが1時間もたない", "urgent"),
        ("생리량이 너무 많아서 한 시간마다 패드를 갈아요", "urgent"),
        ("my period is so heavy I'm soaking a pad every hour and I feel faint", "emergency"),
        ("soaking a pad every hour with my period, I'm pale and dizzy", "emergency"),
        ("my period is crazy heavy, soaked through 4 pads in an hour", "emergency"),
        ("my period is super heavy, soaking through a pad every 15 minutes", "emergency"),
        (
            "my periods are heavy, on the first 2 days I soak through a pad every hour and today I fainted at school",
            "emergency",
        ),
        ("生理の出血が多くて1時間でナプキンがびっしょり。立ちくらみがしてふらふらする", "emergency"),
        ("1年前から生理が多いけど、今日は急に出血がひどくて1時間でナプキンが真っ赤", "emergency"),
        ("생리량이 너무 많아서 한 시간마다 패드를 갈아요. 어지럽고 쓰러질 것 같아요", "emergency"),
        ("月经量特别大，一个小时就湿透一片卫生巾，站起来头晕眼前发黑", "emergency"),
        ("生理中だけど、包丁で指を深く切って血が止まらない", "emergency"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected
