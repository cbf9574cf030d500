"""Triage levels for the mind: mood, anxiety, panic and self-harm.

Self-harm, told by the patient or a parent, is never home care; tablets put by with a time or an intent ("tonight", "all
of them") are a plan of suicide, an emergency, and tablets kept for a trip or handed back are not. A low mood or no
enjoyment past two weeks, anxiety for months and a first panic attack are examined (the same day when the heart was
never checked), and recurrent panic attacks that pass in minutes are seen the same day, not sent an ambulance, unless
chest pain comes with them. An attack like earlier ones after which the heart was checked, a low mood for days with
sleep and eating as usual and self-harm denied, exam nerves and everyday stress are home care. A chest pain or
breathlessness with a panic attack keeps its own intake.
"""

from __future__ import annotations

import pytest

from bot.cli import triage_result
from triage.helpers import level


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # A first panic attack is examined; a chest pain or breathlessness keeps its own intake (urgent).
        ({"symptoms": ("panic_attack",)}, "routine", "panic_not_diagnosed"),
        ({"symptoms": ("panic_disorder", "panic_attack", "chest_pain")}, "urgent", "needs_exam"),
        ({"symptoms": ("panic_attack", "shortness_of_breath")}, "urgent", "needs_exam"),
        # Anxiety without a stressor named, or with low mood: the mood intake.
        ({"symptoms": ("anxiety",)}, "routine", "needs_exam"),
        ({"symptoms": ("stress", "anxiety", "depressed_mood")}, "routine", "needs_exam"),
        # Seventeenth round. A racing heart or shaky hands with the nerves before an exam or a presentation, or after
        # too much coffee: from 40, examined as any palpitations or new tremor are.
        ({"symptoms": ("performance_nerves", "palpitations"), "age": 52}, "routine", "nerves_palpitations_age"),
        ({"symptoms": ("performance_nerves", "tremor"), "age": 55}, "routine", "nerves_palpitations_age"),
        ({"symptoms": ("caffeine", "tremor"), "age": 60}, "routine", "tremor_caffeine_age"),
    ],
)
def test_parse_is_raised_to(kwargs: dict, expected: str, reason: str) -> None:
    """A hand-built parse gets its level, the deciding rule among the reasons."""
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("panic_disorder", "panic_attack", "shortness_of_breath", "palpitations", "tingling")},
        {"symptoms": ("stress", "anxiety")},  # exam nerves
        {"symptoms": ("insomnia", "stress")},  # everyday stress and poor sleep
        {"symptoms": ("stress",)},
        {"symptoms": ("stress", "irritability")},  # exam stress, a bit on edge
        {"symptoms": ("irritability",)},
        # Seventeenth round: the racing heart and nerves before an exam, a young age or none said.
        {"symptoms": ("performance_nerves", "palpitations")},
        {"symptoms": ("performance_nerves", "anxiety"), "age": 20},
    ],
)
def test_parse_stays_self_care(kwargs: dict) -> None:
    """Reassuring facts on a hand-built parse: home care."""
    assert level(**kwargs)[0] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ここ2か月ずっと不安で眠れない", "routine"),  # anxiety for months is still seen
        # Twentieth round (T20E): the neighbour of "病院行ったほうがいいのか不安で" (unsure whether to go): an
        # anxiety of its own stays seen
        ("毎日不安で眠れない", "routine"),
        ("요즘 계속 불안해서 잠을 못 자요", "routine"),
        # A flat mood with nothing enjoyed any more.
        ("since the new job I've just been feeling flat, not enjoying football anymore, sleeping badly", "routine"),
        ("好きだった釣りも最近は楽しめなくて、夜もよく眠れません", "routine"),
        # A low mood kept up with, past two weeks; or self-harm not denied.
        ("I've been feeling down for three weeks, sleeping and eating fine. No thoughts of hurting myself.", "routine"),
        ("这一周心情特别差，老想哭，吃饭睡觉还算正常", "routine"),
        ("3週間ずっと落ち込んでます。夜は眠れてるし、ご飯も食べてます。死にたいとかは思ってないです", "routine"),
        ("3주째 우울해요. 그래도 잠도 잘 자고 밥도 잘 먹어요. 죽고 싶은 생각은 없어요", "routine"),
        # A first panic attack, the heart never checked.
        (
            "I'm 24, had a panic attack, heart pounding, felt like I couldn't breathe. It settled after 15 mins, "
            "first time ever.",
            "urgent",
        ),
        # Self-harm a parent tells of (cutting herself, 用刀片划) is coded: never self-care.
        ("女儿手臂上有几道用刀片划的伤口", "emergency"),
        ("my daughter has been cutting herself", "emergency"),
        ("found out my 15 yo has been cutting her upper arms, she says she doesnt want to die", "emergency"),
        ("my son has been cutting his arms again", "emergency"),
        ("my son cut his arm on a fence climbing over it, not deep", "self_care"),
    ],
)
def test_text_gets_level(text: str, expected: str) -> None:
    """The whole path (nlu, rules, the learned net) gives the message its level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "パニック障害で通院中です。電車で動悸と息苦しさが出たけど、20分で落ち着きました",
        "明日大事なプレゼンがあって緊張して眠れません。考えがぐるぐるしてしまいます",  # nerves, not anxiety or vertigo
        # Exam stress, not depressed.
        "exams start next week, sleeping badly and feeling anxious, not depressed, just stressed",
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
    ],
)
def test_text_stays_self_care(text: str) -> None:
    """The whole path (nlu, rules, the learned net) keeps the message at home care."""
    assert triage_result(text)["level"] == "self_care"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nineteenth round (LEFT): off her food a week after a break-up, work and friends kept up: home care.
        (
            "3년 사귄 남친이랑 헤어진 지 일주일째인데 자꾸 눈물 나고 입맛이 없어요. 그래도 회사는 가고 친구들도 만"
            "나고 잠은 자요, 죽고 싶다는 생각까진 안 들어요",
            "self_care",
        ),
        # Recurrent panic attacks that pass in minutes are seen, not an ambulance
        ("panic attacks a few times a week, heart pounding, feel like i cant breathe, last 10 mins then go", "urgent"),
        ("I get panic attacks, can't breathe, chest pain, lasts 10 mins then goes", "emergency"),
        # Sixteenth round (OVER_EN_KO): a benign story lowered by the rules alone, next to its neighbour kept raised.
        # Attacks that keep coming after the ECG and bloods were normal in the ER: panic (seen by a doctor), not a
        # call for help nor a heart attack; the same racing heart and breathlessness with no workup, or still going
        # now, stay emergencies.
        (
            "third 'heart attack' in 2 months that turned out to be a panic attack, ECG and bloods normal both "
            "times in ER. heart pounding, tingly hands, sure im dying, lasts about 15 min then goes. i need actual "
            "help with this",
            "routine",
        ),
        (
            "한달 사이에 세 번이나 갑자기 심장이 터질 것처럼 뛰고 숨이 막히고 죽을 것 같은 느낌이 왔어요. 응급실 "
            "가서 심전도랑 피검사 다 했는데 정상이래요. 또 올까봐 지하철을 못 타겠어요",
            "urgent",
        ),
        (
            "요즘 한 달에 두세 번 갑자기 심장이 터질 것처럼 뛰고 숨이 막히고 죽을 것 같은 느낌이 와요. 10분 정도 "
            "지나면 괜찮아져요. 응급실 두 번 갔는데 심전도 피검사 다 정상이래요",
            "urgent",
        ),
        ("갑자기 심장이 터질 것처럼 뛰고 숨이 막혀요 죽을 것 같아요", "emergency"),
        ("응급실에서 심전도 정상이었는데 지금도 숨이 막히고 가슴이 아파요 죽을 것 같아요", "emergency"),
        ("I think I'm having a heart attack", "emergency"),
        # Sixteenth round. Washing or checking that cannot be stopped: obsessive-compulsive disorder, treated.
        # Washing or checking that cannot be stopped: treated. Liking a tidy desk: home care.
        ("I wash my hands over and over until they crack and can't stop checking the door", "routine"),
        ("하루에 손을 수십 번 씻고 문을 잠갔는지 확인하러 돌아가요", "routine"),
        ("何十回も手を洗ってしまうし、鍵も何度も確認しに戻ります", "routine"),
        ("我每天洗手几十遍，出门还要回去检查门锁", "routine"),
        ("I like my desk tidy and double check the oven once before bed", "self_care"),
        # Sixteenth round. A week of poor sleep over stress, grief weeks after a death with daily life kept, nicotine
        # withdrawal and a panic attack told by its signs after a normal ECG: home care, beside low mood, a month of
        # poor sleep, grief with no eating or past six months, suicidal thoughts, no heart check and a chest pain.
        ("最近加班压力大，这一周晚上都很难入睡，白天有点累，心情还好", "self_care"),
        ("仕事のストレスで1週間寝つきが悪いです", "self_care"),
        ("这一周睡不着，心情很低落", "routine"),
        ("一个多月了每天晚上都睡不着", "routine"),
        ("外公两周前去世了，想起来就难过，但还是能上班", "self_care"),
        ("我妈三周前去世了，每天哭，吃不下饭", "routine"),
        ("爸爸半年多前走了，到现在还是每天哭，心情很低落，还是可以上班", "routine"),
        ("タバコをやめて4日目、イライラして眠れないし不安です", "self_care"),
        ("禁煙して2週間、気分が落ち込んで死にたい", "emergency"),
        # Seventeenth round: the thought said as coming stays (beside its denials in test_rules_keep_it_below_emergency)
        ("헤어지고 나서 죽고 싶다는 생각이 자꾸 들어요", "emergency"),
        ("彼氏と別れてから死にたいと思ってしまいます", "emergency"),
        ("천식인데 흡입기가 안 들어요 숨이 너무 차요", "emergency"),
        ("我25岁，刚才地铁上突然心跳很快、手发麻、喘不过气，十几分钟就好了，以前也这样过，心电图正常", "self_care"),
        ("我25岁，刚才地铁上突然心跳很快、手发麻、喘不过气，十几分钟就好了", "urgent"),
        ("我25岁，突然心跳很快、手发麻、胸口痛，以前心电图正常", "urgent"),
        # Seventeenth round. Nerves before an exam, a presentation or a flight, daily life as usual: home care (beside
        # the ages from 40 in test_parse_is_raised_to).
        (
            "Exams start next week and I'm wound up, my heart races a bit before study sessions, still sleeping and "
            "eating fine",
            "self_care",
        ),
        ("来週大事なプレゼンがあって、考えるだけで胃がキリキリする。本番で声が震えないか心配。夜は眠れてます",
         "self_care"),
        ("시험기간이라 커피를 하루 다섯 잔 먹었더니 손이 좀 떨리고 밤에 잠이 안 와요", "self_care"),
        ("快考试了，一想到就心跳很快，手心出汗，吃饭睡觉都正常", "self_care"),
        (
            "My dad is 80 and healthy, he's flying out next month and is nervous about his legs swelling on the "
            "plane. Any tips?",
            "self_care",
        ),
        ("다음 달에 비행기를 오래 타는데 다리 붓기 예방하려면 어떻게 해요?", "self_care"),
        # Eighteenth round (L1): recurring panic attacks called 発作/발작/发作 (a racing heart, fear of dying, the heart
        # found normal) are no seizure: panic disorder, seen within days. A 発作 with a faint stays a fit (emergency).
        ("3ヶ月前から急に動悸がして息苦しくなって、死ぬんじゃないかって怖くなる発作が何回もある。10分くらいで治まるし"
         "心電図は異常なしって言われたけど、電車に乗るのが怖くなってきた", "routine"),
        ("두 달 전부터 심장이 두근거리면서 죽을 것 같은 발작이 자주 와요. "
         "10분쯤 지나면 괜찮아지고 심전도는 정상이었어요", "routine"),
        ("发作的时候心慌得厉害，觉得自己要死了，十分钟就好了，心电图正常", "routine"),
        ("아이가 발작을 일으켜서 쓰러졌어요 심장이 빨리 뛰어요", "emergency"),
        ("動悸がしたあと発作を起こして倒れて、意識がありません", "emergency"),
        ("子供が発作を起こして倒れて、白目をむいていました", "emergency"),
        ("发作的时候全身抽搐，心慌", "emergency"),
        # eighteenth round (E): "죽고싶다 이런건 아닌데": the thought quoted, then denied (no thunderclap "이런" in
        # between)
        ("한 두달째 모든게 귀찮고 좋아하던 게임도 재미없음 죽고싶다 이런건 아닌데 이거 그냥 번아웃이죠?", "routine"),
        # nineteenth round (B16): "not as far as wanting to die" with a 다 ending (죽고싶다까지는 아닌데): the low
        # mood is seen; said as a thought that went that far, it stays an emergency
        (
            "두달째 아무것도 하기가 싫고 새벽 4시만 되면 깨서 못자요 밥맛도 없고.. "
            "죽고싶다까지는 아닌데 그냥 계속 이러네요",
            "routine",
        ),
        ("죽고 싶다까지 생각했어요", "emergency"),
        # nineteenth round (B16): panic attacks that pass in minutes after a normal ECG, now keeping one indoors
        # (agoraphobia): a GP, not an ambulance
        (
            "keep getting these episodes where my heart pounds and i feel like im dying and cant breathe, hands tingle,"
            " lasts about 15 mins then goes. had ecg in ER last month, all normal. im scared to leave the house",
            "routine",
        ),
        (
            "심장이 쿵쾅거리고 죽을 것 같고 숨이 안 쉬어지는 발작이 15분쯤 가다가 없어져요 "
            "지난달 응급실에서 심전도 정상이었어요 요즘 밖에 나가기가 무서워요",
            "routine",
        ),
        (
            "心臓がバクバクして死にそうで息ができなくなる発作が15分くらいで治まります。先月救急で心電図は異常なしでした。"
            "外に出るのが怖いです",
            "routine",
        ),
        (
            "经常突然心跳很快，觉得快死了，喘不上气，手发麻，15分钟左右就好了。上个月急诊做了心电图正常。现在不敢出门",
            "routine",
        ),
        ("經常突然心跳好快，覺得快死了，手麻，15分鐘左右就好返。上個月急症做咗心電圖正常。而家唔敢出街", "routine"),
        # ... with blue lips, or a hand numb on one side, they stay emergencies
        ("keep getting episodes where i cant breathe, lasts 15 mins then goes, my lips go blue", "emergency"),
        ("突然心跳很快，左手发麻", "emergency"),
        # nineteenth round (B16): vomiting on and on keeps a hangover's call; breathless now, or a chest pain, after a
        # normal ECG keeps the "dying" (beside the attacks that pass, above)
        ("소주 먹고 계속 토해요 죽을거같음", "emergency"),
        ("飲みすぎて何回も吐いて死にそう", "emergency"),
        ("心電図は異常なしと言われたけど、今も息ができなくて死にそう", "emergency"),
        ("心电图正常，但现在还喘不上气，觉得快死了", "emergency"),
        ("心电图正常，但是胸口很痛，觉得快死了", "emergency"),
        # Nineteenth round (D19): a plan told calmly (pills saved for a weekend the family is away, a jump onto the
        # tracks tomorrow, a letter written) is an emergency; "腰痛到想死" is a degree said of a pain (seen for the
        # back), a wish to die said with it is not
        (
            "其實我已經決定好了，安眠藥存了兩個月，這個週末家人出去玩的時候就會吃掉。不用勸我，我只是想找個地方說出來"
            "而已",
            "emergency",
        ),
        ("もう疲れました。明日の朝、会社に行く前に駅のホームから飛び込むつもりです。手紙も書きました。", "emergency"),
        ("지쳤어요. 내일 아침 출근 전에 지하철 선로에 뛰어들 생각이에요. 편지도 써뒀어요.", "emergency"),
        ("我好攰，聽朝返工之前會喺月台跳落路軌。信都寫好咗。", "emergency"),
        (
            "I'm tired. Tomorrow morning before work I'm going to jump in front of a train at the station. I've "
            "written a letter.",
            "emergency",
        ),
        (
            "腰痛到想死😫 從屁股一路麻到右腳小腿外側，已經六個禮拜了，去國術館推拿反而越推越痛。大小便都正常，腳也還"
            "有力",
            "routine",
        ),
        ("痛到想死，真的不想活了", "emergency"),
        ("선로에 뛰어들 생각은 전혀 없어요, 그냥 우울해요", "routine"),
        # Nineteenth round (D19): the nerves before a presentation tomorrow (a racing heart, shaky hands, gone after):
        # home care
        (
            "내일 발표인데 벌써 심장 터질 것 같아요 ㅋㅋ 긴장하면 두근거리고 손 떨리는데 끝나면 괜찮아져요. 늘 "
            "그래요.",
            "self_care",
        ),
        (
            "明日の発表でもう心臓が爆発しそうw 緊張するとドキドキして手が震えるけど終わると治まります。いつもです",
            "self_care",
        ),
        ("明天要上台报告，心脏快跳出来了哈哈，一紧张就心跳加速手抖，结束就好了，一直这样", "self_care"),
        (
            "big presentation tomorrow and my heart's about to explode lol, when nervous it pounds and my hands "
            "shake but it settles after. always like this",
            "self_care",
        ),
        ("내일 발표인데 가슴이 쥐어짜듯 아프고 식은땀이 나요", "emergency"),
        # Nineteenth round (C19): a low mood with its everyday cause (a break-up, homesick, a holiday's end), daily life
        # kept up: home care; two weeks of it, or off work, are seen. Postnatal depression and ADHD are assessed.
        ("남친이랑 헤어진 지 4일 됐는데 자꾸 눈물 나고 우울해요. 그래도 출근은 하고 있어요", "self_care"),
        ("a bit homesick, feeling kind of down some evenings. still going to work, eating fine", "self_care"),
        ("GW明けで仕事行くのが憂うつ…。食べれてるし寝れてるけど、なんかやる気が出ない", "self_care"),
        ("我跟男朋友分手了，有点难过，不过照常上班", "self_care"),
        ("헤어진 지 3주 됐는데 계속 우울해요", "routine"),
        ("GW明けから会社に行こうとすると涙が出て、朝起きられません。もう2週間くらい休んでます", "routine"),
        ("分手一个月了，每天都很低落，吃不下睡不着", "routine"),
        ("妻が出産して2ヶ月、最近よく泣いてて、眠れてないし、赤ちゃんがかわいいと思えないって言ってる", "routine"),
        ("I had my baby 6 weeks ago and I can't bond with the baby, crying every day", "routine"),
        ("출산 후 두 달인데 아기가 예쁘지 않아요", "routine"),
        ("生完孩子两个月，对宝宝没感情，天天想哭", "routine"),
        ("朋友說我可能是成人過動，從小就很難專心", "routine"),
        ("I think I have adult ADHD, can't focus since childhood", "routine"),
        ("어른이 되어서도 주의력결핍이 있는 것 같아요", "routine"),
        ("大人の発達障害かもしれない、昔から集中できない", "routine"),
        # Nineteenth round (C19): nerves before a first presentation: home care
        ("내일 회사에서 처음으로 발표하는데 벌써부터 심장이 쿵쾅거리고 떨려요", "self_care"),
        ("first presentation at work tomorrow and my heart is already pounding and I'm shaking", "self_care"),
        ("明日初めてのプレゼンで、もう心臓がドキドキして手が震える", "self_care"),
        ("明天要做报告，现在心跳好快手在抖", "self_care"),
        # Nineteenth round (C19): washing and checking that cannot stop (OCD) is treated
        ("손을 씻어도 더러운 것 같아서 하루에 50번은 씻어요. 문 잠갔는지도 열 번씩 확인해요", "routine"),
        ("I wash my hands and they still feel dirty, and I check the door is locked over and over", "routine"),
        ("手を洗っても汚い気がして、鍵を閉めたか何度も確認しちゃう", "routine"),
        ("洗了还是觉得脏，门锁没锁要检查十几次", "routine"),
        # Nineteenth round (C19): a pet of many years lost, work and meals kept: grief at home (the years kept are no
        # duration)
        ("15年飼ってた猫が先週亡くなって、ふとした時に涙が出ます。仕事はできてるし、ご飯も食べられてる", "self_care"),
        # Nineteenth round (C19): the tearful days before a period, gone when it comes (PMS)
        ("每個月M前嗰幾日都好易嬲、好想喊，M嚟咗就好返。咁係咪正常㗎？", "self_care"),
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_give_level(text: str, expected: str) -> None:
    """The rules alone (the learned net off) give the level."""
    assert triage_result(text)["level"] == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Tablets put by, then a time or an intent: a plan of suicide (tablets kept for a trip or handed back, with no
        # time and no intent, stay below emergency).
        ("모아둔 수면제 있어요 오늘 밤에 다 먹으려고요", "red_flag:suicidal"),
        ("ive stockpiled my meds for weeks. tonights the night", "red_flag:suicidal"),
        ("got my sleeping pills saved up, gonna take them all once everyones asleep", "red_flag:suicidal"),
        ("偷偷存的安眠药够了，打算今晚全吃了", "red_flag:suicidal"),
        ("こっそり集めた睡眠薬、今夜全部飲むつもり", "red_flag:suicidal"),
        # Sixteenth round (EN_EM): a note saying sorry found with tablets she has been saving.
        (
            "I've just found a note in her room saying sorry to everyone, and a bag of paracetamol she's been saving",
            "red_flag:suicidal",
        ),
        ("딸 방에서 모두에게 미안하다는 쪽지랑 모아둔 수면제를 발견했어요", "red_flag:suicidal"),
        ("在女儿房间发现一张纸条写着对不起大家，还有她攒下来的安眠药", "red_flag:suicidal"),
        # Sixteenth round (ZH_EM): a new mother hearing voices or sure her baby was swapped (postpartum psychosis);
        # voices telling a brother to kill, a knife in his hand.
        (
            "老婆生完孩子十天，总说孩子被人调包了，不是我们的孩子，还说有声音叫她带孩子躲起来",
            "red_flag:acute_psychosis",
        ),
        (
            "my wife gave birth three weeks ago and now she says the baby isn't ours, she's hearing voices at night",
            "red_flag:acute_psychosis",
        ),
        ("출산한 지 열흘 된 아내가 아기가 바뀌었다고, 우리 애가 아니라고 해요", "red_flag:acute_psychosis"),
        ("妻が産後2週間で、赤ちゃんがすり替えられた、うちの子じゃないと言い張ります", "red_flag:acute_psychosis"),
        ("我哥说有声音叫他去杀人，现在拿着菜刀站在门口", "red_flag:acute_psychosis"),
        (
            "my son keeps hearing voices telling him to kill our neighbour and he's carrying a kitchen knife",
            "red_flag:acute_psychosis",
        ),
        ("동생이 옆집 사람을 죽이라는 목소리가 들린다면서 식칼을 들고 있어요", "red_flag:acute_psychosis"),
        ("兄が隣の人を殺せという声が聞こえると言って包丁を持っています", "red_flag:acute_psychosis"),
        # Seventeenth round: a new mother saying the baby is possessed by a demon (postpartum psychosis).
        ("My wife had our baby 3 weeks ago and now says a demon is in the baby", "red_flag:acute_psychosis"),
        ("출산한 지 3주 된 아내가 갑자기 아기한테 악마가 씌었다고 해요", "red_flag:acute_psychosis"),
        ("産後2週間の妻が、赤ちゃんに悪霊がとりついていると言い出しました", "red_flag:acute_psychosis"),
        ("老婆产后三周，几天没怎么睡，突然说宝宝被魔鬼附身了", "red_flag:acute_psychosis"),
        ("老婆生咗BB三個禮拜，突然話BB俾鬼上身", "red_flag:acute_psychosis"),
        # Seventeenth round: a friend giving all her things away with a goodbye, or up on a roof now saying sorry and
        # not answering (a crisis told by someone else).
        (
            "my flatmate is giving away all her stuff, texted me thanks for everything, won't open the door",
            "red_flag:suicidal",
        ),
        ("My friend texted: I'm on the roof of my building, I'm sorry. Now she isn't answering", "red_flag:suicidal"),
        ("友達から『今屋上にいる、ごめんね』ってLINEが来て、電話に出ない", "red_flag:suicidal"),
        ("친구가 지금 옥상이야 미안해 라고 카톡 보내고 전화를 안 받아요", "red_flag:suicidal"),
        ("朋友发微信说我在天台，对不起，然后就不接电话了", "red_flag:suicidal"),
        ("朋友send咗個message話我喺天台，對唔住，之後冇聽電話", "red_flag:suicidal"),
        # Seventeenth round: a friend who bought charcoal (charcoal-burning suicide) says sorry to everyone, or
        # stops answering.
        ("我朋友剛剛傳訊息說她買好木炭了，說對不起大家，之後就不讀不回", "red_flag:suicidal"),
        ("My friend texted that she bought charcoal and said sorry to everyone, not answering", "red_flag:suicidal"),
        ("친구가 숯 샀다고 다들 미안하다고 카톡 보내고 전화를 안 받아요", "red_flag:suicidal"),
        ("友達が七輪と炭を買ったって、みんなごめんねってLINEが来て電話に出ない", "red_flag:suicidal"),
        # eighteenth round (A): someone going to jump from a height (his block, 아파트, 住嗰座)
        ("my friend texted he is going to jump from his block tonight, now he won't pick up", "red_flag:suicidal"),
        ("친구가 오늘밤 아파트에서 뛰어내린대요 전화를 안 받아요", "red_flag:suicidal"),
        ("朋友話今晚會喺佢住嗰座跳落去 而家唔聽電話", "red_flag:suicidal"),
        ("友達が今夜マンションから飛び降りるって言ってて電話に出ない", "red_flag:suicidal"),
        # Nineteenth round (E19U): a teenager going up to a roof tonight, with a letter saying sorry or no answer since
        (
            "중2 딸이 엄마 아빠 미안하다고 편지를 남기고 친구한테 오늘 밤 아파트 옥상 올라갈 거라고 보냈대요 "
            "전화도 안 받아요",
            "red_flag:suicidal",
        ),
        ("my 14 year old texted her friend she's going up to the roof tonight, left a note saying sorry mum and dad",
         "red_flag:suicidal"),
        (
            "中2の娘が友達に今夜屋上に行くって送ったそうで、ごめんねという手紙があって電話にも出ません",
            "red_flag:suicidal",
        ),
        ("女儿发微信给同学说今晚要去楼顶，留了封信说对不起爸爸妈妈，电话也不接", "red_flag:suicidal"),
        # Nineteenth round (E19U): a new mother saying she and the baby should disappear or die together
        (
            "産後2週間の妻が「この子と一緒に消えたほうがいい」と言って、赤ちゃんを抱いてベランダに立ってます",
            "red_flag:suicidal",
        ),
        ("출산한 지 2주 된 아내가 아기랑 같이 사라지는 게 낫겠다고 해요", "red_flag:suicidal"),
        ("my wife had our baby 2 weeks ago and says she and the baby would be better off gone", "red_flag:suicidal"),
        ("老婆生完孩子两周，突然说要带着孩子一起消失", "red_flag:suicidal"),
        ("老婆生完BB兩個星期，話想同BB一齊死", "red_flag:suicidal"),
        # Nineteenth round (C19): pills put by and the night chosen ("i've decided tonight is it", 결심했어요,
        # 今夜って決めた, 决定今晚了); a new mother who hears a voice telling her the baby is not hers and to get rid
        # of her
        (
            "ive been saving up my sertraline and my mom's sleeping pills for like a month and i've decided tonight is "
            "it",
            "red_flag:suicidal",
        ),
        ("수면제 모아둔 거 있어요. 결심했어요", "red_flag:suicidal"),
        ("睡眠薬をためてた。今夜って決めた", "red_flag:suicidal"),
        ("偷偷存的安眠药，决定今晚了", "red_flag:suicidal"),
        ("我儲咗啲安眠藥，諗好咗", "red_flag:suicidal"),
        (
            "I had my baby 10 days ago. I'm hearing a voice that says the baby isn't mine and I need to get rid of her",
            "red_flag:acute_psychosis",
        ),
        ("출산한 지 열흘 됐는데 아기가 내 애가 아니니까 없애야 한다는 목소리가 들려요", "red_flag:acute_psychosis"),
        ("出産して10日、赤ちゃんは私の子じゃないから始末しろって声が聞こえる", "red_flag:acute_psychosis"),
        ("生完宝宝10天，听到一个声音说孩子不是我的，要除掉她", "red_flag:acute_psychosis"),
        ("生完BB十日，成日聽到有把聲話個BB唔係我嘅", "red_flag:acute_psychosis"),
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
        # Tablets kept for a trip or handed back: no time, no intent
        "엄마가 드시던 진통제를 모아뒀는데 약국에 갖다 주면 되나요",
        "I've stockpiled my meds for the trip because the pharmacy is shut over easter, is that ok",
        "旅行用に集めた薬、今夜の分だけ飲めばいい？",
        "攒的感冒药今晚吃一片可以吗",
        # Sixteenth round (EN_EM): a note saying sorry for a quarrel, no means
        "found a note from my son saying sorry for breaking the window, he's fine",
        "딸이 동생한테 미안하다는 쪽지를 써서 화해했어요",
        # Sixteenth round (ZH_EM): tired, tearful and low after a birth (the baby blues, postnatal depression); a baby's
        # cry heard at night; a kitchen knife for cooking
        "生完孩子三周了，晚上睡不好，老是想哭，觉得自己不是个好妈妈",
        "I had my baby 3 weeks ago and I'm exhausted, crying a lot and feeling low",
        "산후 3주인데 너무 피곤하고 자꾸 눈물이 나요",
        "産後3週間で、夜中に赤ちゃんの泣き声が聞こえる気がして眠れません",
        "切菜的时候菜刀划到手指，出了点血",
        # Seventeenth round: charcoal bought for a barbecue, no farewell
        "We bought charcoal for the barbecue this weekend and I burnt my finger lighting it",
        "周末烧烤买了木炭，手被烫了一下",
        # Seventeenth round: a wish to die denied as "the thought does not come" (생각까진 안 들어요; the
        # inhaler's "안 들어" masked it) or "not that far" (死にたいとまでは思わない); said as a thought that
        # comes, it stays (test_rules_give_level)
        "헤어진 지 일주일째인데 자꾸 눈물 나고 입맛이 없어요. 그래도 회사는 가요, 죽고 싶다는 생각까진 안 들어요",
        "죽고 싶다는 생각은 안 들어요, 그냥 좀 우울해요",
        "彼氏と別れて1週間、涙が出るけど仕事には行けてる。死にたいとまでは思わないです",
        # Nineteenth round (E19U): a rooftop or the baby said without any farewell or harm
        "오늘 옥상에 올라갈 거예요 빨래 널러",
        "we're going up to the roof for the fireworks tonight",
        "他今晚要去天台看烟花",
        "the baby's rash and fever disappeared together",
        "아이랑 같이 죽 먹었는데 토했어요",
        # Nineteenth round (B16): a hangover's "I'm dying at work" with water kept down ("물은 마시면 안토하고",
        # "水は飲んでも吐かない"); vomiting on and on keeps the call (test_rules_give_level)
        "어제 친구랑 곱창에 소주 엄청 먹었는데 오늘 머리 지끈거리고 속이 울렁거려요 "
        "물은 마시면 안토하고 들어가요 회사에서 죽을거같음",
        "昨日飲みすぎて気持ち悪い、水は飲んでも吐かないけど会社で死にそう",
        "昨晚喝太多了，今天头痛恶心，喝水也不吐，上班上得快死了",
        "massive night out, head is pounding and feel sick, water stays down, dying at work",
        # Nineteenth round (C19): money saved for medicine, a baby's cry heard at night: no plan, no voice
        "我儲咗啲錢買藥，今晚就去",
        "I've decided to start saving up for a new medicine cabinet",
        "出産してから赤ちゃんの泣き声が聞こえる気がして眠れない",
        # Nineteenth round (C19): attacks that pass, the heart checked before ("checked heart at polyclinic last year,
        # fine")
        "For the past 2 months I keep getting these attacks where suddenly my heart pounds, can't breathe properly "
        "and I feel like I'm going to die, lasts 10-15 min then goes away. Already checked heart at polyclinic last "
        "year, fine.",
    ],
)
@pytest.mark.usefixtures("no_net")
def test_rules_keep_it_below_emergency(text: str) -> None:
    """A close case of an emergency stays below emergency by the rules alone (the learned net off)."""
    assert triage_result(text)["level"] != "emergency"
