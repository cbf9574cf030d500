"""Spans that do not mean what their type says, marked in `Entity.qualifier` so that the assistant reads codes,
not text: a "burning" sensation is no burn, a body part denied or inside a condition's name or under a skin
lesion is no pain site of its own, a time "ago" of a past procedure is no duration of the complaint."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from nlu.negation import part_denied
from nlu.types import Entity

# Twentieth round (KIN). Relatives and the other people a patient names, one table per language: the one place to add
# such a word (a regex, as "co-?worker"), to the group it belongs to. The rules read the groups named for them under
# the table, so a word is read wherever its group is. A parent, a grandparent, a sibling, an uncle or an aunt (by any
# common word: "nan", "お父さん", "姥姥", "동생") is family history; a cousin, an in-law, a partner is not.
_PEOPLE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "parents": ("father", "dad", "daddy", "mother", "mom", "mommy", "mum", "mummy", "parents"),
        "grandparents": ("grandfather", "grandmother", "grandpa", "grandma", "granny", "gran", "grandad", "granddad",
                         "nan", "nana", "nanna"),
        "kin": ("brother", "sister", "uncle", "aunt", "auntie", "aunty"),
        "relatives": ("relatives?",),
        "kin_far": ("cousin", "in-law", "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law"),
        "household": ("husband", "wife", "partner", "boyfriend", "girlfriend", "son", "daughter", "kid"),
        "peers": ("friend", "colleague", "co-?worker", "neighbou?r"),
        "peers_more": ("mate", "best friend", "classmate", "roommate", "flatmate", "housemate", "boss"),
    },
    "ko": {
        "parents": ("아버지", "아빠", "어머니", "엄마"),
        "grandparents": ("할아버지", "할머니", "외할머니", "외할아버지", "친할머니", "친할아버지"),
        "both_parents": ("부모님",),
        "kin": ("형", "오빠", "누나", "언니", "동생", "남동생", "여동생", "삼촌", "외삼촌", "이모", "고모", "큰아버지",
                "작은아버지", "시아버지", "시어머니"),
        "kin_far": ("사촌", "장모님", "장인어른"),
        "household": ("남편", "아내", "와이프"),
        "relatives": ("친척",),
        "peers": ("친구", "동료", "지인", "이웃", "선배", "후배"),
        "peers_more": ("직장\\s*동료", "회사\\s*동료", "동기", "반\\s*친구", "같은\\s*반\\s*친구", "옆집\\s*사람"),
        "boss": ("상사",),
    },
    "ja": {
        "parents": ("父", "母", "父親", "母親", "お父さん", "お母さん", "両親"),
        "grandparents": ("祖父", "祖母", "おじいちゃん", "おばあちゃん"),
        "kin": ("兄", "姉", "弟", "妹", "叔父", "叔母", "伯父", "伯母", "おじ", "おば"),
        "kin_far": ("いとこ", "従兄弟", "従姉妹", "従兄", "従姉", "義母", "義父", "姑", "舅"),
        "family": ("家族",),
        "household": ("夫", "妻", "旦那", "主人", "息子", "娘"),
        "relatives": ("親戚",),
        "peers": ("友達", "友人", "同僚", "知人", "先輩", "後輩", "近所の人"),
        "peers_more": ("クラスメイト", "同級生"),
        "boss": ("上司",),
    },
    "zh": {
        "parents": ("爸爸", "妈妈", "媽媽", "父亲", "父親", "母亲", "母親"),
        "my_parents": ("我爸", "我妈", "我媽"),  # read as a person by "爸" alone
        "parents_bare": ("爸", "妈", "媽"),  # a person only, no family history
        "parents_yue": ("老豆", "老竇", "阿爸", "阿媽", "阿妈", "老母"),  # Cantonese
        "grandparents": ("爷爷", "爺爺", "奶奶", "外公", "外婆", "姥姥", "姥爷", "姥爺", "阿嫲", "阿爺", "嫲嫲"),
        "kin": ("哥哥", "姐姐", "弟弟", "妹妹", "叔叔", "舅舅", "姑姑", "伯伯"),
        # a cousin; an aunt who is also any older woman; a mother- or grandmother-in-law or a grandmother
        "kin_far": ("表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "阿姨", "婆婆", "公公"),
        "family": ("家人", "屋企人"),
        "household": ("老公", "老婆", "儿子", "兒子", "女儿", "女兒"),
        "relatives": ("亲戚", "親戚"),
        "peers": ("朋友", "同学", "同學", "同事", "邻居", "鄰居"),
        "peers_more": ("室友", "舍友", "閨蜜", "闺蜜"),
        "boss": ("领导", "領導"),
    },
}
# The family-history cue (_KIN_CUE) reads these Chinese and Japanese roots anywhere ("父親", "祖母", "お父さん", "我爸")
_KIN_ROOTS_CJK = ("父", "母", "祖", "爸", "妈", "媽", "爷", "爺", "奶奶", "外公", "外婆", "姥", "嫲", "両親",
                  "おじいちゃん", "おばあちゃん")


def _alt(lang: str, *groups: str) -> str:
    """The words of these groups of the table as one regex group."""
    return "(?:" + "|".join(w for g in groups for w in _PEOPLE[lang][g]) + ")"


# What each rule reads of the table. Anyone, whose illness or lay opinion it is (_others, _worry_for_illness): every
# group ("我爸" is read by "爸").
_PERSON_EN, _PERSON_KO, _PERSON_JA, _PERSON_ZH = (
    _alt(lang, *(g for g in _PEOPLE[lang] if g != "my_parents")) for lang in ("en", "ko", "ja", "zh")
)
# A relative whose illness is the family history (_kin, _kin_risk; _PAST_BEFORE in Japanese). _KIN_WORD: _KIN_BEFORE,
# _KIN_CUE, _KIN_HAD_BEFORE, _THEIR_READING
_KIN_WORD = _alt("en", "parents", "grandparents", "kin", "relatives")
_KIN_KO = _alt("ko", "parents", "grandparents", "both_parents", "kin")  # _KIN_HAD_BEFORE
_KIN_CUE_KO = _alt("ko", "parents", "grandparents", "both_parents")  # _KIN_CUE
_KIN_JA = _alt("ja", "parents", "grandparents", "kin")  # _KIN_HAD_BEFORE; _PAST_BEFORE: two relatives named together
_KIN_ZH = _alt("zh", "parents", "my_parents", "parents_yue", "grandparents", "kin")  # _KIN_BEFORE, _KIN_HAD_BEFORE
# Whose blood pressure it is (_THEIR_READING)
_PARENTS_KO = _alt("ko", "parents", "grandparents")
_PARENTS_JA = _alt("ja", "parents", "grandparents")
_PARENTS_ZH = _alt("zh", "parents", "my_parents", "parents_yue", "grandparents")
# Whose collapse a while ago the patient's worry is (_OTHERS_PAST)
_PEERS_EN = _alt("en", "peers", "relatives")
_PEERS_KO = _alt("ko", "peers", "boss", "relatives")
_PEERS_JA = _alt("ja", "peers", "boss", "relatives")
_PEERS_ZH = _alt("zh", "peers", "boss", "relatives")

# Eighth round. English "burning" is also a sensation ("a burning pain", "a burning rash"): it is a burn injury only
# when something hot, a flame, a chemical or the sun is named (other languages name the injury with its own word).
_BURN_SENSATION = {"burning"}  # "burns" is as often the injury's plural ("burns on my arm")
# Twentieth round (T20E): "burns" said as the verb of a feeling ("it burns like crazy", "stings and burns")
_BURNS_VERB_BEFORE = re.compile(r"\b(it|and|that|which|really|just|still)\s+$")
_BURNS_VERB_AFTER = re.compile(
    r"\s+(like|when|so|a lot|really|badly|terribly|constantly|all the time|all day|all night)\b"
)
_BURN_SOURCE = re.compile(
    r"\b(hot|heat(?!\s*rash)|boil\w*|scald\w*|stove|oven|hob|iron|kettle|pan|pot|oil|fat|fire|flame\w*|steam\w*|grill|bbq|"
    r"barbecue|curling|straightener\w*|radiator|heater|chemical\w*|acid|bleach|lye|sun|sunburn\w*|sunbathing|sunbed|sunlight|coffee|tea|soup|candle\w*|"
    r"lighter|cigarette\w*|exhaust|firework\w*|spill\w*|splash\w*|tap|microwave\w*|toaster|wax|electric\w*)\b"
)
# A time said of a past illness or procedure ("I had a stent put in 2 yrs ago", "几年前装过支架", "5年前にステント",
# "2년 전에 스텐트 시술") dates the history: it is not how long the complaint has lasted (eighth round). Only a time
# said as "ago" (前, 전), in a clause that names no symptom and names a condition or a procedure.
_CLAUSE = re.compile(r"[.!?;。！？；,，、\n]")
_AGO = re.compile(r"^\s*(ago|back|前|전|まえ)")
_PROCEDURE = re.compile(
    r"stent|pacemaker|bypass|surgery|operation|operated|diagnosed|支架|搭桥|搭橋|手术|手術|起搏器|诊断|診断|"
    r"ステント|ペースメーカー|스텐트|수술|시술|진단|심박조율기",
    re.IGNORECASE,
)

# Eleventh round. Known wear-and-tear arthritis ("arthritis in my knees for years", "膝蓋退化好幾年了",
# "変形性膝関節症で何年も", "퇴행성 관절염 몇 년째"): a time said of it, in a clause naming no symptom, is the history,
# not how long this flare has lasted (a flare's red, hot or swollen joint keeps its own rules).
_WORN_JOINT = re.compile(
    r"arthritis|arthritic|osteoarthritis|wear and tear|degenerat\w*|关节炎|關節炎|退化|退行性|骨质增生|骨質增生|"
    r"関節症|変形性|軟骨がすり減|관절염|퇴행성|연골이?\s*닳",
    re.IGNORECASE,
)
_PAIN = re.compile(r"pain|hurt|ach|sore|痛|疼|아프|아파|쑤시|쑤셔|결리", re.IGNORECASE)
# Eleventh round (helper H). A time since a birth or a first period ("had my baby 4 months ago", "my baby is 3 weeks
# old", "产后两个月", "產後第三週", "産後3ヶ月", "출산 4주", "태어난 지 2주", "初潮から1年", "초경 1년") dates a life
# stage, not how long the complaint has lasted (a complaint's own time in the message still counts).
_LIFE_EVENT_BEFORE = re.compile(
    r"(?:产后|產後|産後|出産(?:して|から|後)?|生まれて(?:から)?|出生(?:后|後)?|生完(?:孩子|宝宝|寶寶)?|出生了?|"
    r"初潮(?:から|して)?|初经|初經|(?:来月经|來月經|月经来了|月經來了|初潮|初经|初經)才|태어난\s*지|출산(?:\s*후|\s*한\s*지)?|산후|분만\s*후|초경(?:\s*후|\s*한\s*지|\s*시작한\s*지)?|"
    r"(?:had|having|delivered|birth to)\s+(?:my|our|her|the)\s+(?:baby|son|daughter|twins)|gave birth|giving birth|"
    r"postpartum|post-partum|(?:first|1st)\s+period|"
    # thirteenth round: a caesarean or a birth said as the delivery or the confinement month
    r"剖腹产|剖腹產|剖宫产|剖宮產|顺产|順產|坐月子|生完|帝王切開(?:して|から|後)?|제왕절개(?:\s*후|\s*한\s*지|\s*하고)?|"
    r"출산하고|출산했고|(?:애|아기|아이|애기)(?:를|을)?\s*낳(?:고|은\s*지)|"
    r"(?:my|the|a)\s+(?:c-?\s?section|caesarean|cesarean)|c-?\s?section|caesarean|cesarean|"
    # nineteenth round (E19O): the episiotomy of the birth ("顺产侧切一周了", "会陰切開して1週間",
    # "회음부 절개한 지 일주일"), a Cantonese birth ("生完BB一個禮拜", "生咗BB兩個禮拜")
    r"(?:会阴|會陰)?(?:侧切|側切)(?:了|完)?|会陰切開(?:して|から|後)?|회음(?:부)?\s*절개(?:\s*한\s*지|\s*후|\s*하고)?|"
    r"生完\s*(?:BB|細路|小朋友)|生咗\s*(?:[個个]\s*)?(?:BB|仔|女)(?:之後|後)?|"
    # fifteenth round (F11): the time since the menopause ("閉経して2年", "폐경된 지 3년", "绝经两年", "went through the
    # menopause 3 years ago") dates a life stage, not how long night sweats or a bleed have lasted
    r"閉経(?:して|から|後)?|(?:폐경|완경)(?:이)?(?:\s*된\s*지|\s*한\s*지|\s*후|\s*하고)?|(?:绝经|絕經)(?:后|後|了)?(?:已经|已經)?|"
    r"(?:went through|since|after|past)\s+(?:the\s+)?menopause|menopause\s+(?:was|ended))"
    r"\s*(?:about|around|almost|nearly|for|대략|약|한|第|大概|快)?\s*$",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(
    r"^\s*(?:old|postpartum|post-partum|after (?:the )?birth|since (?:the )?birth"
    # nineteenth round (E19O): "6 weeks after delivery", "a week after having my baby", "since giving birth"
    r"|(?:after|since|following|post)[\s-]?(?:the\s+|my\s+)?delivery|(?:after|since)\s+giving\s+birth"
    r"|(?:after|since)\s+(?:having|i\s+had|we\s+had|i\s+gave\s+birth\s+to)\s+(?:my|our|the|a)\s+"
    r"(?:baby|son|daughter|twins|little\s+one|boy|girl))\b",
    re.IGNORECASE,
)
# Fifteenth round (F11). The time since sex was last had ("haven't had sex in over a year", "관계는 1년 넘게 안했어요",
# "1年以上エッチしてない", "一年多没有性生活") is no duration of a complaint.
_SEX_GAP_BEFORE = re.compile(
    r"(?:\b(?:no|not had|not had any|haven'?t had|havent had|hasn'?t had|not having)\s+(?:any\s+)?sex\s+(?:in|for)"
    r"(?:\s+(?:over|more than|about|nearly|almost|like))?(?:\s+an?)?"
    r"|(?:성?관계|잠자리)(?:는|를|도|은)?(?:\s*안\s*한\s*지|\s*안한지|\s*없었던\s*지|\s*못\s*한\s*지)?"
    r"|(?:エッチ|セックス|性行為|性交渉)(?:は|も)?(?:もう)?"
    r"|(?:性生活|性行为|性行為|同房)(?:已经|已經)?(?:有)?)\s*$",
    re.IGNORECASE,
)
_SEX_GAP_AFTER = re.compile(
    r"^\s*(?:넘게|이상|정도|째|동안|以上|くらい|ほど|多|了|以上了)?\s*"
    r"(?:안\s*했|안\s*해|안\s*하|안했|안해|없었|없어|하지\s*않|못\s*했|"
    r"(?:エッチ|セックス|性行為|性交渉)?(?:は|も)?(?:してな|していな|しておらず|ない|なし|ありません)|"
    r"(?:都)?(?:没有|沒有|没|沒)(?:过|過)?(?:性生活|性行为|性行為|同房|做爱|做愛))",
)
_SEX_WORD = re.compile(r"\bsex\b|관계|잠자리|エッチ|セックス|性行為|性交渉|性生活|性行为|同房|做爱|做愛", re.IGNORECASE)
_BUT = re.compile(r"인데|는데|지만|けど|けれど|ですが|但|可是|不过|不過|\bbut\b", re.IGNORECASE)
# Twelfth round. A stroke feared for later or named as a risk ("am I about to have a stroke?", "이러다 뇌졸중 오는 거
# 아닌가요", "脳卒中になりそうで怖い", "我是不是快要中风了", "stroke risk") is a worry, not a stroke now; its signs
# (a face droop, a weak arm, slurred speech, "am I having a stroke?") keep their own rules.
_FEARABLE = {"stroke"}
# Fifteenth round (F8): the other conditions patients name in fear, as a question or as another's history
# ("이러다 심장마비로 죽는 거 아닌가요", "年轻人也会心梗", "is this a seizure?", "독극물이면 어떡해요"): read the
# same way.
_FEARABLE |= {"heart_attack", "seizure", "poisoning"}
_FEARED_BEFORE = re.compile(
    r"(?:about to|going to|gonna|will i|could i|might|risk of|at risk of|worried about|afraid of|scared of|fear of|"
    r"terrified of|prevent|give me|cause|lead to|end up with)\s+"
    r"(?:(?:have|having|get|getting|suffer|suffering)\s+)?(?:a\s+)?$"
    r"|(?:快要|快|要|怕|担心|擔心|担心会|擔心會|预防|預防|容易)$|이러다가?\s*$"
    # fifteenth round (F8): "年轻人也会心梗", young people can have one too; nineteenth (D19): "會得腎結石"
    r"|(?:会|會)得?$",
    re.IGNORECASE,
)
_FEARED_AFTER = re.compile(
    r"\s*(?:risk|one day|some day|someday|in the future)\b"
    r"|[이가에]?\s*(?:오는\s*거\s*아닌|오는\s*거\s*아니|올까|올\s*것\s*같|올\s*거\s*같|올\s*수|위험|걱정|걸릴까|걸리는\s*거\s*아닌|생길까|예방|올지|맞을까)"
    r"|(?:に|が|の|を)?(?:なりそう|なるのでは|なるんじゃ|ならないか|なったら|なるか|心配|リスク|危険|怖|予防|起こしそう|起こすのでは)"
    # nineteenth round (D19): likened to it ("心臓が止まるかと思うくらい驚く": so startled I thought it would stop)
    r"|(?:る|った)?\s*(?:か|の\s*か)\s*と\s*思(?:う|った|いました)?\s*(?:くらい|ぐらい|ほど)"
    r"|的?(?:风险|風險|危险|危險)"
    # fifteenth round (F8): "뇌출혈일까봐 무서워요", "독극물이면 어떡해요", "是脑膜炎吓我", "心梗吓死我了"
    r"|[이]?\s*(?:일까\s*봐|일까\s*바|면\s*어떡|면\s*어쩌|로\s*(?:갑자기\s*)?죽)|(?:吓|嚇)",
    re.IGNORECASE,
)


def _around(text: str, e: Entity, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """`before` ends just before the span (within 24 characters) or `after` starts right after it."""
    return bool(before.search(text[max(0, e.start - 24) : e.start]) or after.match(text, e.end))


# Thirteenth round. A stroke in the past, the patient's or a relative's ("父が脳卒中やってます", "我爸中风过",
# "我爸五年前中风", "아버지가 뇌졸중으로 돌아가셨어요", "my dad had a stroke at 60", "died of a stroke") is a
# history, not a stroke now. A stroke just had ("我爸中风了", "父が脳卒中で倒れました", "my dad had a stroke") keeps
# its rules.
_PAST_BEFORE = re.compile(
    r"(?:died of|died from|passed away from|history of|family history of|previous|prior|old)\s+(?:a\s+)?$"
    r"|(?:\d+|[一二两兩三四五六七八九十几幾多]+)\s*年前\s*(?:に|得过|得過|有过|有過)?\s*$|(?:以前|之前|早年|昔|以前に|前に)\s*(?:得过|得過|有过|有過)?\s*$"
    r"|(?:년|몇\s*년)\s*전에?\s*$|예전에\s*$|(?:得过|得過|有过|有過)\s*$"
    # seventeenth round: at an age said ("50代で", "若い頃に", "五十多岁就", "年轻时"): the family history
    r"|(?:\d+|[二三四五六七八]十)\s*代\s*(?:で|の(?:時|とき|頃|ころ)に?)\s*$|若い(?:頃|ころ|時|とき)に?\s*$|若くして\s*$"
    r"|(?:\d+|[二三四五六七八两兩]?十)\s*多?\s*(?:岁|歲)\s*(?:就|时|時|的时候|的時候)\s*(?:就)?\s*$|(?:年轻|年輕)(?:时|時|的时候|的時候)\s*(?:就)?\s*$"
    # eighteenth round (B): "mostly in bed since her stroke last year", "after his heart attack in May", last year's
    r"|\b(?:since|after)\s+(?:his|her|my|their|the)\s+(?:big\s+|bad\s+|major\s+|last\s+|first\s+)?$"
    r"|(?:작년|재작년|지난해|몇\s*달\s*전|지난달)에?\s*$|(?:去年|昨年|一昨年|先月|数年前|數年前)に?\s*$|(?:自从|自從|自上次)\s*$"
    # nineteenth round (D19): two relatives named together ("母と叔父(母の兄)がくも膜下出血で"): the family's history,
    # not a collapse now
    rf"|{_KIN_JA}[^。、]{{0,3}}と[^。、]{{0,12}}(?:が|も)\s*$",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(
    r"\s*(?:(?:a\s+)?(?:few\s+|couple of\s+|\d+\s+)?years? ago|(?:\d+|some|a few)\s+months? ago|back in"
    r"|in (?:19|20)\d\d"
    r"|when (?:he|she|i) was|at (?:the )?(?:age )?(?:of )?\d{2}\b|in the past|before\b|history|runs in|in the family"
    # seventeenth round: a relative's heart attack "young", "in his forties" is the family history, not one now
    r"|(?:quite |very )?young\b|at a young age"
    r"|in (?:his|her|their) (?:early |mid |mid-|late )?(?:\d0'?s|thirties|forties|fifties|sixties)"
    # eighteenth round (B): "her stroke last year", "a stroke two years ago"
    r"|last (?:year|spring|summer|autumn|fall|winter)\b"
    r"|(?:two|three|four|five|six|several|many) (?:years?|months?) ago)"
    r"|\s*(?:의\s*)?(?:후유증|이후로?|후로|뒤로|뒤부터|후부터)"
    r"|(?:の後遺症|後遺症|以来|になってから|をしてから|で倒れてから|の後から|のあとから)"
    r"|(?:后遗症|後遺症|之后|之後|以后|以後|後遺|嗰陣之後)"
    r"|\s*(?:を)?(?:やって(?:ます|る|います|いて|おり)|やったことが|の既往|既往|で亡くな|で他界|で死|を患|になったことが|を起こしたことが|の家系|の家族歴"
    r")"
    r"|(?:过|過)|(?:病史|史|去世|过世|過世|走的|死的)"
    # nineteenth round (M): a relative who died of it, Cantonese and Mandarin ("我爸心肌梗塞走咗", "我爸心梗走了")
    r"|(?:走咗|走了|死咗|过咗身|過咗身)"
    r"|\s*(?:으로|로)?\s*(?:돌아가셨|돌아가신|돌아가셔|쓰러지셨었|쓰러지셨던|앓으셨|앓았었|가족력|병력|수술(?:을)?\s*받으셨|오셨었|왔었|이\s*있으셨|있으셨)",
    re.IGNORECASE,
)


# Sixteenth round. A condition once believed and then ruled out ("third 'heart attack' in 2 months that turned out
# to be a panic attack", "심장마비인 줄 알았는데 공황이었어요", "心筋梗塞かと思ったらパニック発作だった",
# "以为是心梗结果是惊恐发作") is no finding now (read as a history).
_MISTAKEN_BEFORE = re.compile(
    r"(?:以为是|以為是|还以为|還以為)\s*$"
    # nineteenth round (D19): "went to the ER sure I was having a heart attack ... they said it was a panic attack"
    r"|\b(?:sure|convinced|certain)\s+(?:that\s+)?(?:i|he|she)\s+(?:was|were)\s+$",
    re.IGNORECASE,
)
_MISTAKEN_AFTER = re.compile(
    r"['’\"”]?(?:\s+[\w-]+){0,4}?\s+(?:that|which)\s+turned\s+out\s+to\s+be\b"
    r"|\s*(?:인|이)?\s*줄\s*알았(?:는데|더니)|(?:か|だ)と思ったら[^。！!？?]{0,24}(?:だった|でした)",
    re.IGNORECASE,
)


# Fourteenth round. A stroke named in a question ("is this a stroke??", "혹시 뇌졸중인가요?", "脳卒中ですか？",
# "是不是中风？") is a worry: the red flag stroke_signs alone decides it (raised unless the signs are said to be
# fine), not the symptom.
_ASKED_BEFORE = re.compile(
    r"(?:is (?:this|it|that)|could (?:this|it|that) be|am i having|is this a sign of|is it a sign of)"
    r"\s+(?:a\s+)?(?:mini\s+)?$"
    # fifteenth round (F8): "is this MS or a stroke", "同事说脖子硬是脑膜炎"
    r"|(?:is (?:this|it|that)|could (?:this|it|that) be)\s+(?:[\w'-]+\s+){1,3}or\s+(?:maybe\s+|even\s+)?(?:a\s+)?$"
    r"|(?:是不是|会不会是|會不會是|难道是|難道是|会不会|會不會|会唔会|會唔會)$|(?:说|說)[^，。,！？!?]{0,12}是$",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(
    r"\s*(?:인가|일까|인지|\s*아닌가요|\s*아닐까|이에요\s*\?|\s*증상인가|\s*증상일까|\s*전조)"
    r"|(?:ですか|でしょうか|かな|じゃないですか|ではないですか|の前兆|の症状ですか)"
    r"|(?:吗|嗎|了吗|了嗎|的前兆|前兆)"
    # fifteenth round (F8): a name said with a question mark, "이런 거랑 관련 있나요", "の前ぶれって聞いて"
    r"|\s*[?？]|\s*(?:이런\s*거|같은\s*거|그런\s*거)?\s*(?:랑|와|과|하고)\s*관련|(?:の前ぶれ|の前触れ|って聞い|と聞い)"
    r"|\s*(?:의\s*)?(?:신호|징조)(?:라고|라던|래)"  # "뉴스에서 어지러움이 뇌경색 신호라고 하던데": heard of
    r"|\s*(?:이|가)?\s*(?:오는|온|생기는|생긴)\s*(?:건가|걸까|건지)"  # sixteenth round: "쇼크 오는 건가요?"
    # fifteenth round (F15): "蜂窩織炎とかいうやつになってない？", "蜂窩織炎になってない？"
    r"|(?:とか|って)[^。．！!？?\n]{0,12}[?？]|(?:に|じゃ)\s*(?:なって)?(?:ない|る)\s*(?:か|の)?\s*[?？]",
    re.IGNORECASE,
)


# Fifteenth round (F8). The same readings for the red-flag rules, which name these conditions too ("뇌출혈", "心梗",
# "脑膜炎", "독극물"): a name feared, past or heard of is no finding; a name asked about ("is this a stroke?") is none
# when the patient denies some alarm and says none of the condition's signs (the signs keep their own rules).
_MENINGITIS = re.compile(r"meningitis|脑膜炎|腦膜炎|髄膜炎|뇌수막염|수막염", re.IGNORECASE)
_MISCARRIAGE = re.compile(r"miscarr\w*|流产|流產|小产|小產|流産|유산(?!균)", re.IGNORECASE)
# Sixteenth round: "혹시 알레르기 쇼크 오는 건가요?" asked of a big swollen bite, breathing and swallowing not said
_ANAPHYLAXIS = re.compile(
    r"(?:anaphyla\w*|アナフィラキシー)(?:\s*(?:shock|ショック))?|allergic shock"
    r"|아나필락시스|알레르기\s*쇼크|알러지\s*쇼크|과민성\s*쇼크|过敏性休克|過敏性休克",
    re.IGNORECASE,
)
# Fifteenth round (F10): an infection's name, feared or asked of a rash or spots, is no discharge said.
_STI_NAME = re.compile(r"성병|임질|클라미디아|性病|性感染症|淋病|クラミジア|衣原体|衣原體|std|sti", re.IGNORECASE)
_POISON_NAME = re.compile(r"독극물|독약|poison\b|毒物|毒药|毒藥|毒薬", re.IGNORECASE)
# Nineteenth round (D19): a kidney stone by its name, had last year or feared ("I had a kidney stone last year that
# passed", "喝珍奶會得腎結石"), is no side pain now; the pain said in its own words keeps flank_pain.
_STONE_NAME = re.compile(
    r"kidney stones?|renal colic|(?:腎|肾|尿管|输尿管|輸尿管|尿路)(?:結石|结石)|(?:신장|요로|요관)\s*결석",
    re.IGNORECASE,
)
_SIGNS = {
    "stroke": {"weakness_one_side", "facial_droop", "speech_difficulty", "confusion", "weakness", "vision_loss",
               "double_vision", "severe_sudden_headache", "difficulty_walking", "facial_weakness", "numbness",
               "fainting", "drowsiness"},
    "heart_attack": {"chest_pain", "chest_tightness", "shortness_of_breath", "sweating", "fainting", "arm_pain",
                     "jaw_pain", "pallor", "painful_breathing"},
    "seizure": {"fainting", "confusion", "drowsiness", "blue_lips", "tremor"},
    "poisoning": {"vomiting", "drowsiness", "confusion", "fainting", "seizure", "shortness_of_breath", "blue_lips"},
    "meningitis": {"fever", "headache", "stiff_neck", "rash", "photophobia", "drowsiness", "confusion", "seizure"},
    "penile_discharge": {"painful_urination", "genital_sores", "genital_warts", "vaginal_discharge", "discharge_smell"},
    "anaphylaxis": {"shortness_of_breath", "wheezing", "throat_swelling", "difficulty_swallowing", "fainting",
                    "dizziness", "blue_lips", "choking", "hoarseness", "vomiting", "confusion", "drowsiness"},
    "miscarriage": {"vaginal_bleeding", "bleeding", "bleeding_in_pregnancy", "abdominal_pain", "lower_abdominal_pain",
                    "pelvic_pain", "period_pain", "spotting"},
}


# Some alarm said to be fine ("말하는 거 다 괜찮으세요", "说话走路也没问题", "顔は普通", "never had anything happen")
_FINE = re.compile(
    r"\b(?:fine|normal|no problems?|never had|nothing else|no other)\b"
    r"|괜찮|멀쩡|문제\s*없|이상\s*없|아프진\s*않|아프지\s*않|안\s*아파"
    r"|没问题|沒問題|正常|没事|沒事|有劲|有勁|不疼|不痛|大丈夫|問題な|普通|異常な|痛くな|何ともな|なんともな"
    r"|元通り|元に戻|\bback to normal\b|원래대로|恢复正常|恢復正常",  # nineteenth round (D19): all back as it was
    re.IGNORECASE,
)


def _fearable(e: Entity) -> bool:
    """A symptom that names a condition; a poisoning only by its bare name ("독극물이면"), not a substance taken."""
    if e.type == "symptom" and e.value == "bleeding_in_pregnancy":  # "好驚會唔會流產", "유산될까봐": the name only
        return bool(_MISCARRIAGE.fullmatch(e.text))
    if e.type == "symptom" and e.value == "penile_discharge":  # "성병 아닐까", "is it an STD?": the name only (F10)
        return bool(_STI_NAME.fullmatch(e.text))
    if e.type == "symptom" and e.value == "flank_pain":  # nineteenth round (D19): a kidney stone by its name only
        return bool(_STONE_NAME.fullmatch(e.text))
    named = e.value != "poisoning" or bool(_POISON_NAME.search(e.text))
    return e.type == "symptom" and e.value in _FEARABLE and named


def _kin_risk(text: str, e: Entity, said: Collection[Entity]) -> bool:
    """A relative's stroke or heart attack said beside the patient's own risk reading ("158/98 … father had stroke.
    Do I need medicine?"): the family history, not one now. Said without such a reading ("my dad had a stroke, what
    do I do?"), or with a now after it ("dad had a stroke this morning"), it keeps its rules. `said`: the symptoms
    not denied, for the red flags: a sign of it among them (twentieth round, KIN2: "my granddad had a heart attack,
    my cholesterol is 7 and I'm having chest pain now"), not the collapse it caused ("뇌졸중으로 쓰러지셔서"), keeps
    its flag: maybe the patient's own."""
    if any(f.value in _SIGNS[e.value] and not _BY_ILLNESS.fullmatch(text, e.end, f.start) for f in said):
        return False
    # the patient's reading: said before the relative's illness, or after it as "my" ("Dad had a stroke. My BP is
    # 150/95"), never "his BP" ("dad had a stroke, BP 190/110" keeps the stroke)
    own = [m for m in _KIN_RISK_CONTEXT.finditer(text)
           if not _THEIR_READING.search(before := text[max(0, m.start() - 12) : m.start()])
           and (m.start() < e.start or _MY_READING.search(before))]
    if not own or _KIN_NOW_AFTER.match(text, e.end) or _KIN_WHAT_NOW.search(text):
        return False
    return bool(_KIN_HAD_BEFORE.search(text[max(0, e.start - 24) : e.start]) or _KIN_HAD_AFTER.match(text, e.end)
                and _KIN_CUE.search(text[max(0, e.start - 12) : e.start]))


def _worry(text: str, e: Entity, said: Collection[Entity] = ()) -> str | None:
    if _around(text, e, _FEARED_BEFORE, _FEARED_AFTER):
        return "feared"
    if _around(text, e, _PAST_BEFORE, _PAST_AFTER) or _around(text, e, _MISTAKEN_BEFORE, _MISTAKEN_AFTER):
        return "history"
    if e.value in ("stroke", "heart_attack") and _kin_risk(text, e, said):
        return "history"  # twentieth round (B17)
    if _around(text, e, _ASKED_BEFORE, _ASKED_AFTER):
        return "asked"
    return None


# Twentieth round (T20B). An illness named as another person's, a relative's, a friend's or a classmate's ("my nan had
# shingles", "친구가 뇌수막염이었다는데 저도 머리 아프고", "父が脳出血だったので心配で", "我奶奶以前得过带状疱疹"), or
# named by a lay person as what the patient has ("我奶奶说这是中风前兆", "我同學說這是皮蛇", "my mum thinks it's
# shingles", "友達は帯状疱疹だって言う", "엄마가 대상포진이래요"), is their illness or their opinion, not a finding:
# the patient's own signs keep their rules. A doctor's or a nurse's word is a diagnosis and is not read so.
# The person as the subject just before the name ("친구가", "父が", "my nan had"), and what makes it theirs after it:
# a past or an illness once had ("이었다는데", "だったので", "って言われたことある"); Chinese says it before ("得过").
_OTHERS_BEFORE = re.compile(
    rf"\b{_PERSON_EN}(?:'s)?\s+(?:had|has had|once had|suffered from|died of|died from|passed away from)\s+"
    r"(?:a\s+|an\s+|bad\s+|the\s+)?$"
    rf"|{_PERSON_KO}\s*(?:가|이|께서|는|은|도)\s*(?:예전에|전에|작년에|옛날에|어릴\s*때)\s*$"
    rf"|{_PERSON_JA}\s*(?:が|は|も)\s*(?:昔|以前|前に|去年|若い頃)\s*$"
    rf"|{_PERSON_ZH}\s*(?:以前|之前|去年|早年|也|都)?\s*(?:得过|得過|有过|有過|患过|患過|生过|生過|試過|试过)\s*$",
    re.IGNORECASE,
)
_OTHERS_AFTER = re.compile(
    r"\s*(?:이었|였|이셨|셨었|였었|에\s*걸렸었|에\s*걸렸다는데|에\s*걸렸대|에\s*걸렸다고|이래서|이라서|이라던데|이라는데|"
    r"을\s*앓았|를\s*앓았|을\s*앓으셨|를\s*앓으셨)"
    r"|(?:だった|でした)(?:ので|から|し|けど|んで|ため|が、)|(?:って|と)言われた(?:こと|事)|"
    r"(?:に|を)(?:かかった|なった|やった)(?:こと|事)"
)
# The emergency names (a stroke, a heart attack, meningitis): a relative's "had" or "が" alone may be the patient
# written about now ("my dad had a stroke", "母が脳出血で"), so only the marks of a past said after the name count.
_OTHERS_NOW_RISK = {"stroke", "heart_attack", "seizure", "poisoning", "meningitis", "miscarriage", "anaphylaxis"}
_TOLD_BEFORE = re.compile(
    rf"\b{_PERSON_EN}\s+(?:said|says|thinks|thought|reckons|reckoned|told me|keeps saying|is convinced|swears)\s+"
    r"(?:that\s+)?(?:it'?s|it is|it was|this is|these are|it might be|it could be|it must be|i have|i'?ve got|"
    r"i had)?\s*"
    r"(?:just\s+)?(?:a\s+|an\s+)?(?:(?:warning\s+)?signs?\s+of\s+(?:a\s+|an\s+)?)?$"
    rf"|{_PERSON_ZH}\s*(?:说|說|話|讲|講|觉得|覺得|认为|認為|以为|以為|怀疑|懷疑)\s*(?:我|佢|他|她)?\s*"
    r"(?:这|這|呢個|呢啲|咁|这个|這個|这样|這樣)?\s*(?:是|係|就是|可能是|應該是|应该是|會係|会是|會是)?\s*$"
    # "我阿嫲話眼皮跳係中風先兆": what she said it of between the verb and 是
    rf"|{_PERSON_ZH}\s*(?:说|說|話|讲|講|觉得|覺得|认为|認為)[^，。,！？!?]{{1,10}}?"
    r"(?:是|係|就是|可能是|應該是|应该是|會係|会是|會是)\s*$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(
    r"\s*(?:의\s*)?(?:전조\s*증상|전조|초기\s*증상|증상|징조|신호)?\s*"
    r"(?:이)?(?:래요|래서|라고\s*(?:하|해|그러)|라던데|라네|라는데|같다고|아니냐고|일\s*수도\s*있다고)"
    r"|(?:だ|じゃないか|じゃない|かも|では|の前兆だ|の前触れだ)?\s*(?:って|と)\s*(?:言|いう|いわ)"
)
_TOLD_SUBJECT = re.compile(
    rf"(?:{_PERSON_KO}\s*(?:가|이|께서|는|은)|{_PERSON_JA}\s*(?:が|は|に))[^。.!?！？\n]{{0,24}}$"
)
_SHINGLES_NAME = re.compile(r"shingles|대상포진|帯状疱疹|带状疱疹|帶狀皰疹|皮蛇|生蛇", re.IGNORECASE)
_PNEUMONIA_NAME = re.compile(r"pneumonia|폐렴|肺炎|strep(?:\s+throat)?", re.IGNORECASE)


def _named_illness(e: Entity) -> bool:
    """A symptom concept named by an illness's name, not by a sign: shingles, pneumonia (read as a cough), strep."""
    if e.type != "symptom":
        return False
    if e.value == "shingles":
        return bool(_SHINGLES_NAME.fullmatch(e.text))
    return e.value in ("cough", "sore_throat") and bool(_PNEUMONIA_NAME.fullmatch(e.text))


def _others(text: str, e: Entity, concept: str) -> str | None:
    """"history" for an illness said as another person's, "told" for one a lay person names as the patient's."""
    left = _clause(text, e)[0]
    before = text[max(left, e.start - 32) : e.start]
    if _TOLD_BEFORE.search(text, max(left, e.start - 48), e.start) or (
        _TOLD_AFTER.match(text, e.end) and _TOLD_SUBJECT.search(text[max(0, e.start - 32) : e.start])
    ):
        return "told"
    if _OTHERS_BEFORE.search(before) and (concept not in _OTHERS_NOW_RISK or _OTHERS_AFTER.match(text, e.end)):
        return "history"
    if _OTHERS_AFTER.match(text, e.end) and re.search(
        rf"(?:{_PERSON_KO}\s*(?:가|이|께서|는|은|도)|{_PERSON_JA}\s*(?:が|は|も))\s*$", before
    ):
        return "history"
    return None


# Twentieth round (T20B). The worry another's illness or an illness of the past stirs ("He had pneumonia last winter
# so I'm nervous", "いとこが川崎病だったので不安で", "엄마가 위암이셔서 불안해요", "我奶奶中过风所以好紧张") is why
# the patient writes, not an anxiety to treat: it chooses no mood intake (the complaint said beside it does).
_WORRY_SO = re.compile(
    r"\bso\s+(?:i'?m|im|i am|i feel|i get|i got|i was|we'?re|we are|i'?ve been)?\s*"
    r"(?:a bit|a little|really|so|very|quite|pretty|super|kind of|kinda|getting|a little bit)?\s*$"
    r"|(?:ので|から|ため|だから)\s*(?:ちょっと|少し|すごく|とても|なんだか|かなり|余計に|よけいに)?\s*$"
    r"|(?:서|니까|라서|해서|때문에|어서|아서)\s*(?:좀|너무|많이|괜히|조금|살짝|더)?\s*$"
    r"|(?:所以|因此|我就|搞到我|搞得我|令我|让我|讓我|害我)\s*(?:有点|有點|很|好|超|非常|特别|特別|比较|比較)?\s*$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?。！？\n]")
_OTHER_SUBJECT = re.compile(
    rf"\b(?:my|his|her|our)\s+{_PERSON_EN}\b|{_PERSON_KO}\s*(?:가|이|께서|는|은|도)|{_PERSON_JA}\s*(?:が|は|も)|{_PERSON_ZH}",
    re.IGNORECASE,
)


def _worry_for_illness(text: str, e: Entity, done: list[Entity]) -> bool:
    """An anxiety said as the worry about another's or a past illness, named just before it in its sentence."""
    if e.type != "symptom" or e.value != "anxiety":
        return False
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, e.start)), default=0)
    so = _WORRY_SO.search(text, start, e.start)  # the connector ends right before the worry
    if not so:
        return False
    reason = text[start : so.start()]
    if _OTHER_SUBJECT.search(reason):
        return True
    return any(
        start <= f.start and f.end <= so.start()
        and (f.qualifier in ("history", "family", "feared", "asked") or f.type == "condition")
        for f in done
    )


def unsaid_names(text: str, entities: list[Entity], present: Collection[str], denial: bool) -> list[tuple[int, int]]:
    """Where a condition is named only as a worry, a question or a history: spans the red-flag rules do not count.
    `present`: the symptom concepts said and not denied; `denial`: the patient denies some symptom."""
    named = [(e, e.value) for e in entities if _fearable(e)]
    for concept, names in (("meningitis", _MENINGITIS), ("miscarriage", _MISCARRIAGE), ("anaphylaxis", _ANAPHYLAXIS)):
        named += [(Entity("symptom", m.group(), m.start(), m.end(), concept), concept) for m in names.finditer(text)]
    denial = denial or bool(_FINE.search(text))
    # nineteenth round (D19): legs knelt or sat on (limb_asleep: "正座してたら両足がしびれて立てなくなりました") are
    # numb and hard to stand on by that, no stroke's sign
    signs = set(present) - ({"numbness", "tingling", "difficulty_walking"} if "limb_asleep" in present else set())
    spans, past = [], []
    for e, concept in named:
        reading = _worry(text, e, [f for f in entities if f.type == "symptom" and f.value in signs])
        if reading in (None, "asked"):  # twentieth round (T20B): another's illness, a lay person's opinion
            reading = _others(text, e, concept) or reading
        if (
            reading in ("feared", "history")
            or (reading == "told" and not _SIGNS.get(concept, set()) & signs)
            or (reading == "asked" and denial and not _SIGNS[concept] & signs)
        ):
            spans.append((e.start, e.end))
        if reading == "history":
            past.append(e.end)
    # twentieth round (KIN2): the collapse that illness of the past caused ("아버지가 뇌졸중으로 쓰러지셔서 걱정돼요"),
    # to the end of its word; a longer alarm said with it ("倒れて反応がない") still counts
    spans += [
        (f.start, _WORD_END.match(text, f.end).end())
        for f in entities
        if f.type == "symptom"
        and f.value == "fainting"
        and any(_BY_ILLNESS.fullmatch(text, end, f.start) for end in past)
    ]
    return spans


_WORD_END = re.compile(r"[가-힣ぁ-ゖ]{0,4}")


# Fifteenth round (F1). A pregnancy said is trusted ("I'm pregnant", "my wife is pregnant",
# "임신 중이에요", "妊娠してます", "我怀孕了", a week or month count), except a doubt, a wish or a test
# ("could I be pregnant?", "임신일까요?", "妊娠してるかも", "会不会怀孕了": qualifier "doubt") or a
# pregnancy of the past ("when I was pregnant", "임신했을 때", "前回の妊娠", "上次怀孕": "past").
# A positive test is a pregnancy ("positive pregnancy test", "임신 테스트기 두 줄", "妊娠検査薬で陽性",
# "验孕阳性"). Denials are nlu/quantities.py's (value False).
_PREG_PAST_BEFORE = re.compile(
    r"\b(?:(?:when|while|since|after)\s+)?(?:i|she|my wife|my partner|we)\s+(?:was|were)\s+$"
    r"|\b(?:last|previous|prior|earlier|former|past)\s+$"
    r"|\b(?:history of|had|lost)\s+(?:an?\s+)?(?:ectopic\s+|molar\s+)?$"
    r"|(?:이전|지난|지난번|저번|예전|옛날|첫째|큰애|큰\s*애)\s*(?:에\s*|의\s*)?$"
    r"|(?:前回の?|前の|以前の?|上の子の|昔)\s*$"
    r"|(?:上次|上一次|上回|之前|以前|那次|头胎|頭胎|第一胎|大宝|大寶|当年|當年)\s*$",
    re.IGNORECASE,
)
_PREG_PAST_AFTER = re.compile(
    r"\s*(?:before\b|(?:a\s+few\s+|\d+\s+)?years?\s+ago\b|last\s+year\b|in\s+(?:19|20)\d\d\b)"
    r"|\s*(?:했을\s*때|했던|했었|중이었|중일\s*때|때(?!문))"
    r"|(?:していた|してた|中だった|した)\s*(?:時|とき|頃|ころ|際)|中だった|したことが"
    r"|(?:的时候|的時候|那时|那時|那会|那會|过|過)",
    re.IGNORECASE,
)
_PREG_DOUBT_BEFORE = re.compile(
    r"\b(?:could|can|might|may|would|will)\s+(?:i|she|we|you)\s+(?:be|get|have\s+got(?:ten)?)\s+$"
    r"|\b(?:am\s+i|is\s+she|are\s+you|was\s+i)\s+$|\b(?:might|may|could|must)\s+be\s+$"
    r"|\b(?:think|thought|guess|wonder\w*|worried|worry|afraid|scared|fear\w*|paranoid|suspect|chance|possib\w*|maybe|"
    r"perhaps|if|whether|in case|unless|unsure|probably)\s+(?:that\s+|if\s+)?"
    r"(?:i'?m|im|i am|she'?s|she is|i could be|i might be|i may be|i'?d be)?\s*$"
    r"|\b(?:get|getting|become|becoming|planning(?:\s+a)?|avoid|prevent)\s+$"
    r"|(?:혹시|설마)\s*$|(?:もしかして|もしかしたら|ひょっとして|まさか)\s*$"
    r"|(?:会不会|會不會|是不是|是否|可能|也许|也許|或许|或許|怕|担心|擔心|害怕|好像|似乎|疑似|难道|難道|想|准备|準備|打算|"
    r"计划|計劃|如果|万一|萬一|要是|能不能|会|會|容易|不会|不會|怎么|怎麼|备|備|试着|試著|尝试|嘗試|避免)\s*(?:是|已经|已經|真的|又)?\s*$",
    re.IGNORECASE,
)
_PREG_DOUBT_AFTER = re.compile(
    r"\s*(?:\?|or not\b|tests?\b|testing\b|kits?\b|scare\b|risk\b|women\b|ladies\b|people\b|mums\b|moms\b)"
    r"|\s*(?:인가|인지|일까|일지|일\s*수|일\s*가능성|일\s*확률|인\s*것\s*같|인\s*거\s*같|인거\s*같|인것\s*같|"
    r"한\s*것\s*같|한\s*거\s*같|한거\s*같|한것\s*같|된\s*것\s*같|된\s*거\s*같|했을까|했나|했는지|했을\s*수|했을\s*가능성|"
    r"된\s*건\s*아닌|한\s*건\s*아닌|한\s*거\s*아닌|이\s*아닐까|아닐까|이면|했으면|하면|되면|을\s*하면|하고\s*싶|하려|준비|계획|"
    r"시도|테스트|테스터|검사|가능성|여부|중인지|중일까|했어요\s*\?|이에요\s*\?)"
    r"|(?:して(?:い)?る|した|中)?\s*(?:かも|かな|か\s*[?？]|[?？]|のか|んじゃ|のでは|ではないか|じゃないか|かどうか|か心配|か不安)"
    r"|(?:の可能性|可能性|かもしれ|の兆候|の症状|初期症状|超初期|検査|判定|テスト|を希望|希望|したい|を望|を考え|を目指|の心配|が心配|"
    r"が怖|が不安|の疑い|疑い|して(?:い)?ないか)"
    r"|(?:了)?\s*(?:吗|嗎|么|麼|没|沒|吧|呢|\?|？)|(?:的可能|的几率|的機率|的风险|的風險|测试|測試|检测|檢測|试纸|試紙)",
    re.IGNORECASE,
)
_PREG_REPORTED = re.compile(
    r"\b(?:found out|find out|learn(?:ed|t)|told|realis\w*|realiz\w*|discover\w*|knew|confirmed|turns out|turned out)"
    r"\s+(?:that\s+)?(?:i|she)\s+was\s+$",
    re.IGNORECASE,
)
_PREG_POSITIVE = re.compile(
    r"positive|two (?:pink )?lines|두\s*줄|양성|陽性|阳性|两条杠|兩條槓|两道杠|兩道槓|两条线|兩條線", re.IGNORECASE
)


def _pregnancy_reading(text: str, e: Entity) -> str | None:
    """"past", "doubt", or None for a pregnancy said (a denial is the value False, not a qualifier)."""
    if e.value is False:
        return None
    left, right = _clause(text, e)
    before, after = text[max(left, e.start - 24) : e.start], text[e.end : e.end + 24]  # "pregnant?" ends a clause
    if _PREG_REPORTED.search(before):
        return None  # "I found out I was pregnant last week": now
    if _PREG_PAST_BEFORE.search(before) or _PREG_PAST_AFTER.match(after):
        return "past"
    if e.value is not True:  # a week count: "12 weeks pregnant"
        return None
    if _PREG_POSITIVE.search(text[max(left, e.start - 30) : min(right, e.end + 30)]):
        return None
    if _PREG_DOUBT_BEFORE.search(before) or _PREG_DOUBT_AFTER.match(after):
        return "doubt"
    return None


# Nineteenth round (LEFT). A bone "broken" said with a laugh after a workout, with no fall, knock or twist told ("피티
# 첫날 스쿼트 100개 했는데 이틀째 허벅지가 부러진거 같아요 ㅋㅋㅋ", "leg day yesterday and my legs are broken lol",
# "スクワットしすぎて脚折れてるw", "练腿练到腿断了哈哈"): the soreness of the muscles after exercise, no fracture.
_LAUGH_AFTER = re.compile(
    r"[^。.!?！？\n]{0,8}?(?:[ㅋㅎ]{2,}|\blol\b|\blmao\b|\bhaha|哈哈|笑|[wｗ]{1,3}(?![a-z])|😂|🤣|😅)", re.IGNORECASE
)
_INJURY_TOLD = frozenset({"fall", "sprain", "bruise", "wound", "dislocation", "car_accident", "head_injury",
                          "cannot_move_limb", "deformity", "swelling", "bleeding", "numbness"})


_KNOCK = re.compile(
    r"떨어뜨|떨어졌|떨어져|부딪|찧|넘어|삐끗|삐었|접질|꺾였|다쳤|맞았|깔렸|밟혔|찍혔"
    r"|\b(?:dropped|drop|fell|fall|fallen|hit|twisted|twist|rolled|banged|crushed|landed|tripped|slipped|smashed|stubbed|kicked)\b"
    r"|落と|落ち|ぶつけ|転ん|転倒|ひね|捻|挫|踏まれ|挟ま|砸|摔|撞|扭|崴|踢|跌|压到|壓到|夹到|夾到",
    re.IGNORECASE,
)


def _workout_joke(text: str, e: Entity, entities: list[Entity]) -> bool:
    if e.type != "symptom" or e.value != "fracture" or not _LAUGH_AFTER.match(text, e.end) or _KNOCK.search(text):
        return False
    said = {f.value for f in entities if f.type == "symptom"}
    return "overexertion" in said and not said & _INJURY_TOLD


def qualify(text: str, entities: list[Entity], skin: Collection[str]) -> list[Entity]:
    """`entities` with their qualifier set; `skin` the symptom concepts that are skin lesions."""
    sensation = not _BURN_SOURCE.search(text.lower())
    out = []
    for e in entities:
        mark = None
        if e.type == "symptom" and e.value == "burn" and sensation and (
            e.text.lower() in _BURN_SENSATION
            or (
                e.text.lower() == "burns"
                and (_BURNS_VERB_BEFORE.search(text[: e.start].lower()) or _BURNS_VERB_AFTER.match(text.lower(), e.end))
            )
        ):
            mark = "sensation"
        elif _workout_joke(text, e, entities):
            mark = "sensation"  # nineteenth round (LEFT): "스쿼트 100개 … 허벅지가 부러진거 같아요 ㅋㅋㅋ"
        elif _fearable(e) and (worry := _worry(text, e)):
            # feared (twelfth round), a past stroke, the patient's or a relative's (thirteenth), "is this a stroke?"
            # asked: the red flag decides (fourteenth); heart attacks, seizures, poison too (fifteenth, F8)
            mark = "asked" if worry == "asked" and _others(text, e, e.value) == "told" else worry
        elif (_fearable(e) or _named_illness(e)) and (worry := _others(text, e, e.value)):
            mark = "asked" if worry == "told" else worry  # twentieth round (T20B): another's illness, a lay opinion
        elif _named_illness(e) and (worry := _worry(text, e)) in ("feared", "history"):
            mark = worry  # twentieth round (T20B): "had pneumonia last winter", "worried about shingles"
        elif e.type == "condition" and (worry := _condition_worry(text, e)):
            mark = worry  # fifteenth round (F10): "是不是心臟病", "당뇨일까봐": feared or asked, no illness known
        elif e.type == "condition" and _kin(text, e):
            mark = "family"  # nineteenth round (D19): "Father was diabetic": the family's, not the patient's
        elif _worry_for_illness(text, e, out):
            mark = "feared"  # twentieth round (T20B): "いとこが川崎病だったので不安で": the worry, no mood complaint
        elif e.type == "symptom" and _hearsay(text, e):
            mark = "asked"  # fifteenth round (F15): "루게릭 초기증상이 근육떨림이라던데": a sign read about, not had
        elif _bite_or_cellulitis(e, entities) and (worry := _worry(text, e)) in ("feared", "asked"):
            mark = worry  # fifteenth round (F15): "蜂窩織炎とかいうやつになってない？" asked of a bite
        elif _frostbite_without_signs(e, entities) and (worry := _worry(text, e)) in ("feared", "asked"):
            mark = worry  # sixteenth round: "is this frostbite??" asked of itchy red toes (chilblains)
        elif _scabies_name(e) and (worry := _worry(text, e)) in ("feared", "asked"):
            mark = worry  # sixteenth round (KO_UNDER): "ダニ？疥癬？" asked of an old person's dry, itchy skin
        elif e.type == "symptom" and e.value == "red_food" and _worry(text, e) == "asked":
            mark = "asked"  # sixteenth round (KO_UNDER): "could it be the beetroot?": a cause wondered about, not eaten
        elif e.type == "symptom" and e.value == "h_pylori" and _CLEARED.match(text, e.end):
            mark = "history"  # sixteenth round: "ピロリ菌は陰性でした", "treated for H. pylori, retest negative"
        elif e.type == "duration" and _history_time(text, e, entities):
            mark = "history"
        elif e.type == "glucose" and _after_meal(text, e):
            mark = "after_meal"  # nineteenth round (C19): "喝完奶茶一小时8.5", a reading after food
        elif _bout_before_rash(text, e, entities):
            mark = "history"  # sixteenth round: a nappy rash "下痢したあとから": the diarrhoea is over
        elif _others_past(text, e, entities):
            mark = "history"  # "最近同僚が脳の病気で倒れて不安": a colleague's collapse, the patient's worry
        elif e.type == "symptom" and e.value == "fainting" and _by_past_illness(text, e, out):
            mark = "history"  # nineteenth round (D19): "母と叔父がくも膜下出血で倒れています": that history's collapse
        elif e.type == "body_part":
            mark = _part(text, e, entities, skin)
        elif e.type == "pregnancy":
            mark = _pregnancy_reading(text, e)  # fifteenth round (F1): "doubt" or "past"
        out.append(replace(e, qualifier=mark) if mark else e)
    return out


# Nineteenth round (C19). A chronic condition said of the family ("家里我妈有糖尿病", "family history of
# diabetes", "diabetes runs in my family", "가족력으로 당뇨가 있", "母が糖尿病の家系") is the patient's risk, not
# an illness known: read as feared. A relative named without a family word ("my mum has diabetes and she's
# vomiting") may be the patient and keeps it.
_FAMILY_BEFORE = re.compile(
    r"(?:家里|家裡|家族|家人|屋企人|屋企|家族歴|家族史|家系|가족력|집안에|집안|身内|遗传|遺傳|"
    r"family history of|in my family)"
    r"[^。.!?！？\n]{0,8}$",
    re.IGNORECASE,
)
_FAMILY_AFTER = re.compile(
    r"\s*(?:runs in|in my family|in the family|の家系|家系|가족력|집안|遗传|遺傳|家族史)", re.IGNORECASE
)


# Nineteenth round (D19). A relative's illness said as theirs, in the past or as the family's ("Father was diabetic and
# had a heart attack at 60", "family history of diabetes", "당뇨 가족력", "父が糖尿病でした", "爸爸以前有糖尿病"):
# no illness of the patient's (qualifier "family"; bot/answers.py keeps it out of the chronic conditions). "My dad is
# diabetic" (present, often the patient written about) keeps it.
_KIN_BEFORE = re.compile(
    rf"\b{_KIN_WORD}\s+(?:was|were|had been|had|died of|died from|passed away from|suffered from)\s+(?:an?\s+)?"
    r"(?:type\s*[12]\s+)?$"
    r"|\bfamily history of\s+$"
    rf"|{_KIN_ZH}(?:以前|生前|之前)?(?:也)?(?:有过|有過|得过|得過)\s*$",
    re.IGNORECASE,
)
_KIN_AFTER = re.compile(
    r"\s+runs\s+in\s+(?:my|our|the)\s+family\b|\s+in\s+the\s+family\b"
    r"|\s*(?:병)?\s*(?:가족력|이셨|셨어|셨었|으로\s*돌아가|로\s*돌아가)"
    r"|(?:の家族歴|の家系|でした|だった|で亡くな)"
    r"|(?:家族史|走的|去世|过世|過世)",
    re.IGNORECASE,
)
_KIN_CUE = re.compile(
    rf"\b{_KIN_WORD}\b|family|{_KIN_CUE_KO}|가족|家族|家系"
    rf"|{'|'.join(_KIN_ROOTS_CJK)}",
    re.IGNORECASE,
)
# Twentieth round (B17). A relative's stroke or heart attack said beside the patient's own blood pressure or cholesterol
# ("its always around 158/98 … father had stroke. Do I need medicine?", "혈압이 150/95인데 아버지가 뇌졸중이 있었어요",
# "血压150/95，我爸有中风", "血圧が高め、父が脳梗塞でした"): the family history that makes the reading matter
# (_kin_risk), not a stroke now. Only a relative just before it, with "had" in English; a now after it keeps it.
_KIN_HAD_BEFORE = re.compile(
    rf"\b{_KIN_WORD}s?\s+(?:also\s+)?(?:had|has had|suffered|suffered from|was diagnosed with)\s+"
    r"(?:an?\s+)?(?:major\s+|minor\s+|mild\s+|big\s+|small\s+|massive\s+)?$"
    rf"|\b{_KIN_WORD}['’]s\s+(?:first\s+|big\s+|major\s+)?$"
    rf"|{_KIN_KO}(?:께서|께서도|가|이|도|는|은)?\s*(?:예전에|전에)?\s*$"  # "동생이", "형은"
    rf"|{_KIN_JA}(?:が|も|は)\s*$"
    rf"|{_KIN_ZH}"
    r"(?:也|都)?(?:有|得过|得過|中过|中過|试过|試過|有过|有過)\s*$",
    re.IGNORECASE,
)
_KIN_HAD_AFTER = re.compile(
    r"\s*(?:이|가)?\s*(?:있으셨|있었|오셨|왔었|이셨|였)|(?:でした|だった|をやって|になった|を起こし|を患)",
)
_KIN_RISK_CONTEXT = re.compile(
    r"\b(?:bp|blood pressure|cholesterol|ldl|hypertension|high blood pressure)\b"
    r"|혈압|콜레스테롤|고지혈|血圧|コレステロール|血压|血壓|胆固醇|膽固醇|高血脂",
    re.IGNORECASE,
)
# the relative's reading, not the patient's ("his BP is 190/110", "아버지 혈압이", "他的血压", "父の血圧")
_THEIR_READING = re.compile(
    rf"\b(?:his|her|their|he|she|{_KIN_WORD}['’]?s?)\s*$|{_PARENTS_KO}(?:의|는|도)?\s*$"
    rf"|{_PARENTS_JA}(?:の|は)?\s*$"
    rf"|(?:他|她|佢|{_PARENTS_ZH})(?:的|嘅)?\s*$",
    re.IGNORECASE,
)
_MY_READING = re.compile(
    r"\b(?:my|i|i'?ve|mine)\b[^.!?]{0,8}$|(?:제|내|저의|나의)\s*$|(?:私の|僕の|俺の|自分の)\s*$|(?:我的|我嘅|我)\s*$",
    re.IGNORECASE,
)
# asked what to do now ("my mother had a heart attack, what do I do"): the relative's event, whatever reading is said
_KIN_WHAT_NOW = re.compile(
    r"\bwhat (?:do|should|can) (?:i|we) do\b|\bwhat to do\b|\bhelp\b"
    r"|어떡해|어떡하|어떻게 해야|어떻게 하|どうしたら|どうすれば|どうしよう"
    r"|怎么办|怎麼辦|点算|點算|点做|點做|怎么做|怎麼做",
    re.IGNORECASE,
)
_KIN_NOW_AFTER = re.compile(
    r"[^.!?。！？\n]{0,30}?(?:\bjust\b|\bnow\b|today|tonight|this (?:morning|afternoon|evening)|last night|\bago\b"
    r"|collapsed|ambulance|\b(?:911|999|000|112)\b"
    # a collapse given as the reason for the worry ("뇌졸중으로 쓰러지셔서 너무 걱정돼요", "倒れたので心配で") is the
    # family history the patient's own reading is asked about; a now said with it keeps it
    r"|방금|지금|오늘|아까|어젯밤|쓰러지(?!신\s*적|셔서\s*(?:너무\s*|많이\s*|좀\s*|더\s*)?(?:걱정|불안|무서))|쓰러졌|구급차|119"
    r"|今朝|さっき|今日|昨夜|倒れ(?!たこと|た(?:ので|から)\s*(?:すごく|とても|ちょっと|少し)?(?:心配|不安|怖))|救急"
    r"|刚才|剛才|刚刚|剛剛|今天|今早|現在|现在|而家|啱啱|倒(?!过|過|れ)|救护车|救護車|白车|白車|120)",
    re.IGNORECASE,
)


# Nineteenth round (C19). A sugar reading taken within hours of food or a sweet drink ("喝完奶茶一小时8.5",
# "食後1時間で160", "밥 먹고 한 시간 뒤 150", "an hour after lunch it was 8.5") is no fasting reading: under
# 200 mg/dL (11.1 mmol/L) it is normal after a meal (WHO, ADA: 200 random is the diabetes threshold). From 200 it
# counts as any reading does.
_AFTER_MEAL = re.compile(
    r"after (?:eating|a meal|meals|my meal|lunch|dinner|breakfast|food|a snack)|post[- ]?meal|post[- ]?prandial|"
    r"식후|밥\s*먹고|먹고\s*나서|食後|食べた(?:あと|後)|飲んだ(?:あと|後)|饭后|飯後|餐后|餐後|吃完|喝完|食完|飲完|食飽",
    re.IGNORECASE,
)


def _after_meal(text: str, e: Entity) -> bool:
    if not isinstance(e.value, int | float) or e.value >= 200:
        return False
    return bool(_AFTER_MEAL.search(text, max(0, e.start - 20), e.end))


def _kin(text: str, e: Entity) -> bool:
    """A condition said as a relative's or the family's ("Father was diabetic", "당뇨 가족력", "父が糖尿病でした")."""
    before = text[max(0, e.start - 30) : e.start]
    if _KIN_BEFORE.search(before):
        return True
    return bool(_KIN_AFTER.match(text, e.end)) and bool(_KIN_CUE.search(text[max(0, e.start - 30) : e.end + 12]))


def _condition_worry(text: str, e: Entity) -> str | None:
    """"feared" or "asked" for a chronic condition named only as a worry or a question ("好怕是不是心臟病",
    "당뇨병인가요", "糖尿病になりそうで怖い", "worried about diabetes"). Not a question about an illness had ("can I
    take it with diabetes?", "당뇨 있는데 먹어도 되나요?"): a question mark alone does not make it asked."""
    if _around(text, e, _FEARED_BEFORE, _FEARED_AFTER) or _around(text, e, _FAMILY_BEFORE, _FAMILY_AFTER):
        return "feared"
    asked = _ASKED_AFTER.match(text, e.end)
    if _ASKED_BEFORE.search(text[max(0, e.start - 24) : e.start]) or (asked and asked.group().strip() not in "?？"):
        return "asked"
    return None


def _bite_or_cellulitis(e: Entity, entities: list[Entity]) -> bool:
    """Cellulitis named by its name ("is this cellulitis?", "봉와직염 아닌가요?") when an insect bite or sting is
    said: the question a swollen bite raises. Its signs ("redness spreading", "red streak", a fever) still count."""
    return (
        e.type == "symptom"
        and e.value == "cellulitis"
        and bool(_CELLULITIS_NAME.fullmatch(e.text))
        and any(f.type == "symptom" and f.value in ("insect_bite", "bee_sting") for f in entities)
    )


_FROSTBITE_NAME = re.compile(r"frostbite|frostbitten|동상|凍傷|冻伤", re.IGNORECASE)
# Frozen tissue: numb, white or grey, hard, black or blistered skin, a limb that cannot be used.
_FROSTBITE_SIGNS = {"numbness", "cold_pale_limb", "skin_turning_black", "blister", "small_blister", "cannot_move_limb"}


def _frostbite_without_signs(e: Entity, entities: list[Entity]) -> bool:
    """Frostbite named by its name ("is this frostbite??", "동상인가요?", "凍傷ですか", "是不是冻伤") with none of its
    signs said: the question red, itchy, swollen toes after the cold raise (chilblains, home care; sixteenth round)."""
    return (
        e.type == "symptom"
        and e.value == "frostbite"
        and bool(_FROSTBITE_NAME.fullmatch(e.text))
        and not any(f.type == "symptom" and f.value in _FROSTBITE_SIGNS for f in entities)
    )


# H. pylori said to be absent or gone (a negative test, eradicated, cured) in the rest of its sentence.
_CLEARED = re.compile(
    r"[^.。!！?？\n]{0,40}?(?:negative|cleared|eradicated|gone now|음성|제균\s*성공|제균\s*됐|제균되었"
    r"|陰性|いなかった|除菌でき|除菌済|除菌成功|阴性|转阴|轉陰|根除了|治好了)",
    re.IGNORECASE,
)
_SCABIES_NAME = re.compile(r"scabies|疥癬|疥疮|疥瘡|옴 같", re.IGNORECASE)


def _scabies_name(e: Entity) -> bool:
    """Scabies named by its name only ("疥癬？", "is it scabies?", "옴 같아요?"): a worry about an itch, read as asked
    or feared; the household itching at night or the itch between the fingers (its other names) still counts
    (sixteenth round)."""
    return e.type == "symptom" and e.value == "scabies" and bool(_SCABIES_NAME.fullmatch(e.text))


# Fifteenth round (F15). A symptom named as a disease's sign read or heard about ("루게릭 초기증상이 근육떨림이라던데",
# "網上說早期症狀是肌肉抽動", "初期症状は筋肉のピクつき", "the first sign of ALS is muscle twitching") is no complaint.
_HEARSAY_BEFORE = re.compile(
    r"初期症状は\s*\S{0,3}$|(?:早期|初期)(?:症状|症狀)(?:是|就是)\s*\S{0,3}$"
    r"|\b(?:first|early)\s+(?:signs?|symptoms?)\s+of\s+[\w-]+\s+(?:is|are|include)\s+$"
    # nineteenth round (D19): read on the internet ("百度说心律失常会猝死", "google says arrhythmia can kill you")
    r"|(?:百度|网上|網上|网络|網絡|網路|网路|谷歌|抖音|小红书|小紅書)(?:上|上面)?(?:说|說|講|讲|写着|寫著|写|寫)\s*(?:的)?\s*$"
    r"|\b(?:google|dr google|the internet|online|tiktok)\s+(?:says?|said)\s+(?:that\s+)?$"
    r"|(?:ネット|グーグル|ググったら|検索したら)(?:で|に|を見たら|では)?\s*\S{0,2}$"
    r"|(?:인터넷|네이버|구글|유튜브)(?:에서|에|을?\s*보니|을?\s*찾아\s*보니)\s*\S{0,2}$",
    re.IGNORECASE,
)
_KO_HEARSAY = (re.compile(r"증상이\s*\S{0,3}$"), re.compile(r"\S{0,2}?(?:이)?(?:라던|라고|래요|랬)"))


def _hearsay(text: str, e: Entity) -> bool:
    before = text[max(0, e.start - 16) : e.start]
    if _HEARSAY_BEFORE.search(before):
        return True
    return bool(_KO_HEARSAY[0].search(before) and _KO_HEARSAY[1].match(text, e.end))


_CELLULITIS_NAME = re.compile(r"cellulitis|봉와직염|봉소염|蜂窩織炎|蜂巣炎|蜂窝织炎", re.IGNORECASE)


def _clause(text: str, e: Entity) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, e.start)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(text, e.end)), len(text))
    return left, right


# Fifteenth round (F8): a time "ago" said of the last period ("生理は10日前に終わってる", "period ended 10 days ago",
# "생리는 열흘 전에 끝났어요", "月经10天前刚走") dates the cycle, not how long the complaint has lasted.
_PERIOD_BEFORE = re.compile(
    r"(?:生理|月经|月經|例假|大姨妈|大姨媽|생리|월경|\bperiods?)\s*(?:は|が|も|는|은|이|가|是|在|was|ended|finished|started|came)?"
    r"\s*(?:about|around|대략|약|大概)?\s*$",
    re.IGNORECASE,
)

# Nineteenth round (B19): the length of a menstrual cycle ("生理の間隔が25日だったり50日だったり",
# "생리 주기가 25일에서 40일", "月经周期有时25天有时45天", "my cycle is anywhere from 25 to 45 days") is the cycle,
# not how long the complaint has lasted.
_CYCLE_BEFORE = re.compile(
    r"(?:間隔|周期|週期|间隔|주기|간격|\bcycles?\b)(?:は|が|も|는|은|이|가|是|有时|有時|時|时|\s)?"
    r"[^。．.!?！？\n]{0,24}$",
    re.IGNORECASE,
)
_CYCLE_WORD = re.compile(
    r"生理|月経|月经|月經|例假|大姨妈|大姨媽|생리|월경|\bperiods?\b|\bcycles?\b|周期|週期|주기", re.IGNORECASE
)

# Sixteenth round. The time in which earlier bouts cleared ("以前也长过，一周就好", "前にもできたけど1週間で治った",
# "전에도 났었는데 일주일이면 나았어요", "had them before, gone in a week") is their course, not how long this
# one has lasted.
_HEALED_AFTER = re.compile(
    # twentieth round (T20D-O): 自己/自然 before 就 ("一周左右自己就好了")
    r"(?:左右|多|以内|之内|之內|以內)?(?:自己|自然|自行)?(?:就|便)(?:会|會|能|自己)?(?:好了|好(?![不没沒])|痊愈|痊癒|消了|消|退了|没了|沒了)"
    r"|間?(?:くらい|ぐらい|ほど)?で(?:自然に)?(?:治[っるり](?!ません)|なお[っるり](?!ません)|(?:良|よ)くな[っるり](?!ません)|消え(?!な|ま))"
    r"|\s*(?:정도|쯤)?\s*(?:이면|면|만에|안에)\s*(?:다\s*)?(?:나았|낫|나아|없어졌|사라졌)"
)
_HEALED_BEFORE = re.compile(
    # twentieth round (T20D-O): "healed in about a week", "gone within around 10 days"
    r"\b(?:gone|healed|heal|heals|cleared(?: up)?|clears(?: up)?|went away|goes away|go away|better)\s+(?:with)?in"
    r"(?:\s+(?:about|around|roughly|approx|approximately|like|maybe|under|less than))?\s*$",
    re.IGNORECASE,
)

# Nineteenth round (C19). The years a pet was kept or a life shared ("15年飼ってた猫", "养了12年的狗",
# "10년 키운 강아지", "had him for 15 years"), the time still to go before an exam or a date ("考研还有一个月",
# "試験まであと1ヶ月", "시험이 한 달 남았", "a month to go") and the years of an illness said right after its name
# ("糖尿病20年の夫", "당뇨 20년", "diabetic for 20 years") date a life, a wait or a history, not how long the
# complaint has lasted.
_KEPT_BEFORE = re.compile(
    r"(?:养了|養了|陪了我|陪伴了我?|키운\s*지|기른\s*지|함께한\s*지|함께\s*한\s*지|"
    r"\b(?:had|owned)\s+(?:him|her|them|it)\s+for|\bmarried\s+for|\btogether\s+for|\bwith\s+us\s+for)"
    r"(?:\s*(?:over|about|nearly|almost|like|近|快|将近|將近|差不多))?\s*$",
    re.IGNORECASE,
)
_KEPT_AFTER = re.compile(
    r"\s*(?:も|くらい|ぐらい|ほど|近く|以上|余り)?\s*(?:飼って|飼った|飼い|一緒に暮ら|いっしょに暮ら|連れ添|共に暮ら)"
    r"|\s*(?:넘게|가까이|정도|동안|간|이나)?\s*(?:키운|키우던|키웠|기른|기르던|길렀|함께한|함께\s*한|함께\s*살|같이\s*산|같이\s*살)"
)
# not そのあと (after that)
_AHEAD_BEFORE = re.compile(r"(?:还有|還有|仲有|再过|再過|まで(?:は)?\s*あと|(?<![のそ])あと)\s*$")
_AHEAD_AFTER = re.compile(r"\s*(?:정도|쯤|밖에)?\s*(?:남았|남아|남은|앞두|앞둔)|\s*(?:to go|away)\b", re.IGNORECASE)
_ILLNESS_YEARS_GAP = re.compile(
    r"^\s*(?:歴|历|歷|病歴|病历|病歷|for|(?:이|가)?\s*있은\s*지|を患って|になって|得了|有了)?\s*$", re.IGNORECASE
)


def _kept_ahead_or_illness_years(text: str, e: Entity, entities: list[Entity]) -> bool:
    before = text[max(0, e.start - 16) : e.start]
    if _KEPT_BEFORE.search(before) or _KEPT_AFTER.match(text, e.end):
        return True
    if _AHEAD_BEFORE.search(before) or _AHEAD_AFTER.match(text, e.end):
        return True
    return any(
        f.type == "condition" and f.end <= e.start and _ILLNESS_YEARS_GAP.match(text[f.end : e.start]) for f in entities
    )


def _history_time(text: str, e: Entity, entities: list[Entity]) -> bool:
    left, right = _clause(text, e)
    if _HEALED_AFTER.match(text, e.end) or _HEALED_BEFORE.search(text[max(0, e.start - 16) : e.start]):
        return True
    if _kept_ahead_or_illness_years(text, e, entities):
        return True
    before, after = text[max(left, e.start - 30) : e.start], text[e.end : min(right, e.end + 20)]
    if _SEX_GAP_BEFORE.search(before) or (_SEX_WORD.search(before + after) and _SEX_GAP_AFTER.match(after)):
        return True
    if _PERIOD_BEFORE.search(text[left : e.start]) and _AGO.match(text[e.end : e.end + 6]):
        return True
    if _CYCLE_BEFORE.search(text[left : e.start]) and _CYCLE_WORD.search(text[max(0, e.start - 40) : e.start]):
        return True
    if _LIFE_EVENT_BEFORE.search(text[left : e.start]) or _OLD_AFTER.match(text[e.end : right]):
        return True
    inside = [f for f in entities if left <= f.start and f.end <= right]
    # "퇴행성 관절염 몇 년째인데 요즘 쑤셔요": the part up to "but" (인데, けど, 但) dates the arthritis
    cut = next((m.start() for m in _BUT.finditer(text, e.end, right)), right)
    # the arthritis named first, then the time, no pain said after it ("关节炎好几年了", not "関節症で3週間痛い")
    worn = [m.span() for m in _WORN_JOINT.finditer(text, left, e.start) if not _PAIN.search(text, m.end(), cut)]
    named = [
        f
        for f in inside
        if f.type == "symptom" and f.start < cut and not any(a < f.end and f.start < b for a, b in worn)
    ]
    if worn and not named:  # "관절염" is also read as joint pain: the arthritis's own name is no symptom now
        return True
    if any(f.type == "symptom" for f in inside):
        return False
    if not _AGO.match(text[e.end : e.end + 6]):
        return False
    return any(f.type == "condition" for f in inside) or bool(_PROCEDURE.search(text[left:right]))


# Sixteenth round. A bout of diarrhoea said as the start of a nappy rash ("下痢したあとから", "拉肚子之后开始的",
# "설사하고 나서부터", "since he had diarrhoea"): the bout is over; the rash is the complaint (diarrhoea said to go
# on keeps its rules).
_BOUT_AFTER = re.compile(
    r"(?:を|が)?(?:した|して)(?:あと|後)|の(?:あと|後)|(?:了)?(?:之后|以后|之後|以後)"
    r"|\s*(?:하고\s*나서|한\s*(?:뒤|후|다음)|\s*후에?\s)"
)
_BOUT_BEFORE = re.compile(
    r"\b(?:after|since)\s+(?:he|she|they|the baby|my baby)?\s*(?:had|has had)?\s*(?:the|a|a bout of|some)?\s*$",
    re.IGNORECASE,
)


# Sixteenth round. Something that befell a colleague, a friend or a neighbour a while ago, told as the reason for worry
# ("最近同僚が脳の病気で倒れて不安", "前阵子同事突然晕倒了", "최근 동료가 뇌질환으로 쓰러져서", "a colleague
# recently collapsed"), is not the patient's symptom now; the red-flag rules still read the words (a bystander's
# report of a collapse now has no "recently").
_OTHERS_PAST = re.compile(
    rf"(?:最近|この前|先日|去年|以前)[^。！？]{{0,6}}?{_PEERS_JA}(?:が|も|は)[^。、]{{0,12}}$"
    r"|(?:最近|前阵子|前陣子|上个月|上個月|去年|之前)[^。！？]{0,6}?"
    rf"{_PEERS_ZH}[^，,。]{{0,12}}$"
    rf"|(?:최근|얼마 전|작년|지난달)[^.!?]{{0,6}}?{_PEERS_KO}(?:가|이|는|도)?[^.]{{0,14}}$"
    r"|\b(?:recently|last (?:month|year|week)|a while ago)\b[^.]{0,10}?"
    rf"\b(?:a|my)\s+{_PEERS_EN}\b[^.]{{0,24}}$"
    rf"|\b(?:a|my)\s+{_PEERS_EN}\s+recently\b[^.]{{0,24}}$",
    re.IGNORECASE,
)


_BY_ILLNESS = re.compile(r"\s*(?:で|으로|로)\s*")  # nineteenth round (D19): "くも膜下出血で倒れ", "뇌출혈로 쓰러지"


def _by_past_illness(text: str, e: Entity, done: list[Entity]) -> bool:
    """A collapse said right after an illness of the past ("くも膜下出血で倒れています"): that history's."""
    return any(
        o.type == "symptom" and o.qualifier == "history" and _BY_ILLNESS.fullmatch(text, o.end, e.start) for o in done
    )


def _others_past(text: str, e: Entity, entities: list[Entity]) -> bool:
    """The symptom is what befell the person named before it (no other symptom between: "倒れて不安" is the
    patient's worry)."""
    start = max(0, e.start - 40)
    m = _OTHERS_PAST.search(text[start : e.start]) if e.type == "symptom" else None
    return bool(m) and not any(
        f.type == "symptom" and start + m.start() <= f.start and f.end <= e.start for f in entities
    )


def _bout_before_rash(text: str, e: Entity, entities: list[Entity]) -> bool:
    return (
        e.type == "symptom"
        and e.value == "diarrhea"
        and any(f.type == "symptom" and f.value == "diaper_rash" for f in entities)
        and bool(_BOUT_AFTER.match(text, e.end) or _BOUT_BEFORE.search(text[max(0, e.start - 30) : e.start]))
    )


# Twelfth round: a belly said to grow ("my belly gets bigger", "배가 불러오면서", "お腹が大きくなって", "肚子越来越大").
_GROWING_AFTER = re.compile(
    r"\s*(?:is|has been|'s)?\s*(?:getting|gets|got|grown|growing)\s*(?:bigger|larger|big|so big)?\b"
    r"|[がもは]?\s*(?:大きく|おおきく|出てき|でてき|目立ってき)"
    r"|[가이도는]?\s*(?:불러오|불러 오|불러왔|부르면서|커지|커져|커졌|나오면서|나오니까|나오기)"
    r"|(?:越来越|越來越|慢慢|一天天|渐渐|漸漸|开始|開始)?(?:变大|變大|大起来|大起來)|越来越大|越來越大|一天天大|慢慢大",
    re.IGNORECASE,
)
_PAIN_SAID = re.compile(r"hurt|pain|ache|sore|cramp|痛|疼|아프|아파|아픈|통증|いた", re.IGNORECASE)


def _part(text: str, e: Entity, entities: list[Entity], skin: Collection[str]) -> str | None:
    """A body part inside a condition's name ("心脏支架", a heart stent), named to deny a problem there, or where a
    skin lesion of its clause sits ("下巴上长了个大痘痘，一碰就痛", "a spot on my chin that hurts": the pain is the
    spot's, not the jaw's; ninth round)."""
    if any(
        f.type == "condition" and f.start <= e.start and e.end <= f.end and f.end - f.start > e.end - e.start
        for f in entities
    ):
        return "in_condition"
    if part_denied(text, e.start, e.end):
        return "denied"
    # a pregnant belly said to grow is named for its size, no pain site ("お腹が大きくなって腰が痛い"; twelfth round)
    if (
        _GROWING_AFTER.match(text, e.end)
        and any(f.type == "pregnancy" and f.value is not False for f in entities)
        # another part named after it, no pain word between: the pain is that part's ("… and it hurts" stays)
        and any(
            f.type == "body_part"
            and f.value != e.value
            and f.start > e.end
            and not _PAIN_SAID.search(text, e.end, f.start)
            for f in entities
        )
    ):
        return "growing"
    left, right = _clause(text, e)
    lesions = [f for f in entities if f.type == "symptom" and f.value in skin and left <= f.start and f.end <= right]
    return "lesion_site" if lesions else None
