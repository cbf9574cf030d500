"""Regular-expression extractors for the numbers a history needs, normalised to one unit each.

duration -> hours, temperature -> °C, glucose -> mg/dL, blood_pressure -> systolic/diastolic,
severity -> 0..10 or mild/moderate/severe, age -> years, pregnancy -> weeks (or True), onset -> ISO date or
"sudden"/"gradual". Written per language as patients type them: "3 days", "사흘", "三天", "3日間",
"since Tuesday" (relative to `now`), "38.5", "101F", "38度5分", "140/90", "7/10", "7점", "七分".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from nlu.types import Entity

_CN_DIGITS: dict[str, float] = {
    **dict(zip("零〇一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)),
    **dict(zip("한두세네몇", (1, 2, 3, 4, 3), strict=True)),  # Korean native counters
    "半": 0.5, "几": 3, "幾": 3, "数": 2, "數": 2,  # 数日 (a few days): at least two, the lower bound
    "成": 1,  # twentieth round (S): Cantonese 成個鐘 (a whole hour), 成個禮拜, only before 個/个 (_N)
}  # fmt: skip
# Korean "two or three" (두세 시간, 이삼일): a range, read as its lower bound like every range.
_KO_RANGES = {
    "한두": 1, "두세": 2, "서너": 3, "세네": 3, "이삼": 2, "삼사": 3, "사오": 4, "오륙": 5, "육칠": 6, "칠팔": 7,
}  # fmt: skip
# A number starts where no digit precedes it and is at most 4 digits: no quadratic backtracking on "999...".
_N = (
    r"\d{1,4}(?:\.\d{1,2})?(?!\d)|[零〇一二两兩三四五六七八九十半几幾数數]{1,3}|成(?=[個个])|(?<![가-힣])(?:"
    + "|".join(rf"{a}\s?{b}" for a, b in _KO_RANGES)  # "두 세 시간" as well as "두세 시간"
    + r")|한|두|세|네|몇"
    r"|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of|several)\b"
)
_NUM = rf"(?<![\d.])({_N})"
_EN_NUMS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "a": 1, "an": 1, "a few": 3, "a couple of": 2, "couple of": 2, "several": 3,
}  # fmt: skip
_KO_DAYS = {
    "하루이틀": 1, "사나흘": 3, "하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10,
    "보름": 15,
}  # fmt: skip
# Seventeenth round: a month and a half ("一个半月", "1ヶ月半", "한 달 반", "1개월 반"): the half is added (_half).
_MONTH_HALF = r"[个個]半月(?!板)|(?:ヶ|か|カ|ヵ|ケ)月半|(?:개월|달)\s?반(?=\s|된|짜리|인|이|[,.，。!?]|$)"
_HOURS = [  # unit words -> hours
    (r"minutes?|mins?|분|分钟|分鐘|分間", 1 / 60),
    # twentieth round (S): Cantonese hours, 兩個鐘, 半個鐘頭, 一个钟头 ("点钟", o'clock, puts 點 before the unit)
    (r"hours?|hrs?|h|시간|小时|小時|個小時|个小时|時間|鐘頭|钟头|鐘|钟", 1),
    (r"days?|일|일간|天|日間|日", 24),
    (r"weeks?|wks?|주|주일|주간|周|週|星期|礼拜|禮拜|週間", 168),
    (_MONTH_HALF + r"|months?|달|개월|个月|個月|ヶ月|か月|カ月|ヵ月|ケ月", 720),
    (r"years?|yrs?|년|年", 8760),
]
_WEEKDAYS = {
    name: day
    for names in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
        "月曜 火曜 水曜 木曜 金曜 土曜 日曜",
        "周一 周二 周三 周四 周五 周六 周日",
        "週一 週二 週三 週四 週五 週六 週日",
        "星期一 星期二 星期三 星期四 星期五 星期六 星期日",
        "禮拜一 禮拜二 禮拜三 禮拜四 禮拜五 禮拜六 禮拜天",
        "礼拜一 礼拜二 礼拜三 礼拜四 礼拜五 礼拜六 礼拜天",
    )
    for day, name in enumerate(names.split())
} | {"星期天": 6}
_DAYS_AGO = {
    "yesterday": 1, "last night": 1, "어제": 1, "어젯밤": 1, "그저께": 2, "그제": 2, "昨日": 1, "昨夜": 1,
    "一昨日": 2, "おととい": 2, "昨天": 1, "昨晚": 1, "前天": 2, "last week": 7, "지난주": 7, "先週": 7,
    "上周": 7, "上週": 7, "today": 0, "this morning": 0, "오늘": 0, "今朝": 0, "今日": 0, "今天": 0,
    "尋日": 1, "寻日": 1, "琴日": 1, "噚日": 1,  # nineteenth round (B16): Hong Kong Cantonese
}  # fmt: skip
_SINCE = r"(?:since|from|starting|started|began|begun)\s+"  # nineteenth round (LEFT): "it started this morning"


def number(word: str) -> float:
    """A numeral in digits, English words, Korean native counters or Chinese characters."""
    word = word.strip().lower()
    if re.sub(r"\s", "", word) in _KO_RANGES:
        return float(_KO_RANGES[re.sub(r"\s", "", word)])
    if word in _EN_NUMS:
        return float(_EN_NUMS[word])
    try:
        return float(word)
    except ValueError:
        pass
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return float(_CN_DIGITS.get(word[:1], 0))  # 两三天, 一两个月: a range, read as its lower bound


def _unit_hours(unit: str) -> float:
    return next(h for pattern, h in _HOURS if re.fullmatch(pattern, unit, re.IGNORECASE))


def _half(unit: str) -> float:
    """The half of "一个半月", "1ヶ月半", "한 달 반" (in units of the unit)."""
    return 0.5 if re.search(r"半|반", unit) else 0.0


_UNITS = "|".join(p for p, _ in _HOURS)
# "2-3 days", "2、3日", "two or three weeks", "一个多星期" (more than a week), "十多天": the lower bound.
_DURATION = re.compile(
    # 二日酔い/二日醉 (a hangover) holds "two days" and is none
    rf"{_NUM}(?:\s*(?:-|–|~|〜|～|、|,|\bor\b|\bto\b)\s*{_NUM})?\s*多?\s*(?:個|个)?\s*({_UNITS})(?![a-z]|酔|醉|よい)",
    re.IGNORECASE,
)
# fifteenth round (F11): 석 달, 넉 달 (three, four months: the counters of 달)
_KO_DURATION = re.compile(r"(?<![가-힣])(?:" + "|".join(_KO_DAYS) + r"|일주일|한\s*달|석\s*달|넉\s*달)")  # not 타이레놀
_PAST_UNIT = re.compile(r"\b(?:for|over|in|during)\s+the\s+(?:past|last)\s+(year|month)\b", re.IGNORECASE)
# Nineteenth round (LEFT): a whole week or month said without a number ("成個禮拜都肚屙", "整个星期都拉肚子", "the
# whole week", "all week long"); not a weekday ("成個禮拜一"), nor "the whole weekend" ("busy all week" is no
# complaint's time)
_WHOLE_UNIT = re.compile(
    r"(?:成|整|一整)[个個]?(?:(星期|礼拜|禮拜)(?![一二三四五六日天])|(月)(?![经經份]))"
    r"|\b(?:the\s+whole|a\s+whole|the\s+entire|an\s+entire)\s+(week|month)\b(?!\s*end)|\ball\s+(week|month)\s+long\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?P<pre>{_SINCE})?(?P<day>"
    + "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    + "|"
    + "|".join(sorted(_DAYS_AGO, key=len, reverse=True))
    # nineteenth round (B16): a time of day may stand before the "since" word (昨日の朝から, 어제 아침부터,
    # 从昨天早上开始)
    + r")日?(?P<post>(?:の?(?:朝|夜|夕方|昼|午後|午前|晩)|\s*(?:아침|저녁|밤|오후|오전|새벽|낮)"
    r"|(?:早上|早晨|晚上|下午|上午|中午|凌晨|夜里|夜裡|朝早|晏晝|晏昼|夜晚))?\s*(?:부터|から|开始|開始|以来|起))?",
    re.IGNORECASE,
)
_TEMP = re.compile(
    r"(\d{2,3}(?:[.,]\d)?)\s*(?:(°\s*|º\s*|degrees?\s*)?([cf])\b|(℃|℉)|(도|度|°|º|degrees?\b)(?:\s*(\d)\s*分)?)"
    r"|(\d{2}\.\d)(?!\d|\s*/)"
    r"|([三四]十[一二三四五六七八九]?)度([一二三四五六七八九]|半)?",
    re.IGNORECASE,
)
# A bare number right after a fever word is a temperature ("fever of 103", "열이 39", "熱は39"), unless another
# measurement word stands between them ("fever, pulse 100").
_FEVER_NUMBER = re.compile(
    r"(?:fever|temp|temperature|febrile|열(?:이|은|도)?(?![가-힣])|체온|熱|体温|體溫|发烧|發燒|发热|發熱)"
    r"(?![^\d\n.,;!?。，、；]{0,15}?(?:pulse|heart|bpm|pressure|sugar|맥박|혈압|혈당|脈|脉|心拍|血圧|血压|血壓|血糖))"
    r"[^\d\n.,;!?。，、；]{0,15}?(?<![\d.])(\d{2,3}(?:\.\d)?)(?![\d/]|\.\d)",
    re.IGNORECASE,
)
# Nineteenth round (B19): a Fahrenheit number said before the fever word ("now i have a 103 fever", "a 102.5
# temp"); only 99-108, so an age ("im 38 fever since monday") is never read as one.
_NUMBER_FEVER = re.compile(r"(?<![\d.])(99|10[0-8])(\.\d)?\s*(?:degree\s+)?(?:fever|temp|temperature)\b", re.IGNORECASE)
_BP = re.compile(r"(?<![\d/])(\d{2,3})\s*/\s*(\d{2,3})(?![\d/])")
# The upper (systolic) number said alone: "systolic 85", "BP 85 over", 수축기 85, 혈압이 80밖에, 上が78 (with 血圧
# in the message), 高压85, 收缩压80. Diastolic unknown (None). Not when a "/" or "over" and a second number follow
# (_BP reads those).
_SYSTOLIC = re.compile(
    r"(?:\bsystolic(?: pressure| bp)?|\btop number|\bupper number|\bbp\b|\bblood pressure)"
    r"[^\d\n.,;:!?，、。]{0,12}?(?=\d)"
    r"|(?:수축기(?:\s*혈압)?|혈압(?:이|은|도)?(?:\s*위(?:가|는|에)?)?|위\s*혈압(?:이|은)?)\s*(?:[가-힣]{0,4}\s*)?"
    r"|(?:収縮期(?:血圧)?|血圧(?:の上)?|上の血圧)(?:が|は|も)?(?:上が|上は)?|上(?:が|は)"
    r"|(?:收缩压|收縮壓|高压|高壓|上压|上壓|血压|血壓)(?:只有|才|是|有|掉到|降到|量出来是?|量出來是?|量了是?)?",
    re.IGNORECASE,
)
# The lower number may follow: "85 over 50", 上が160で下が100, 高压160低压100.
_SYSTOLIC_NUMBER = re.compile(
    r"(?<![\d/.])(\d{2,3})(?![\d/.])"
    r"(?:(?:\s+over\s+|\s*[,、，]?\s*で?\s*下(?:が|は)\s*|\s*[,、，]?\s*(?:低压|低壓|下压|下壓)\s*(?:是|有)?\s*)(\d{2,3})(?!\d))?"
    r"(?!\s*(?:/|over\b)\s*\d)",
    re.IGNORECASE,
)
# Korean says a reading as "160에 100" (where the message speaks of 혈압).
_KO_PAIR = re.compile(r"(?<![\d.])(\d{2,3})\s*에\s*(\d{2,3})(?![\d.])")
# 分 is a score in Chinese (七分) but minutes in Japanese, where kana or 前/後 follow it (10分くらい, 5分前).
_SEVERITY = re.compile(
    r"(?<![\d.度])(\d{1,2})\s*(?:/\s*10|out of 10|점|点(?!滴)|分(?![钟鐘間前後\u3040-\u30ff]))"
    r"|(?:10段階で|10段階中|满分10分?|滿分10分?)\s*(\d{1,2})"
    r"|([一二三四五六七八九十]{1,2})\s*分(?![钟鐘間前後\u3040-\u30ff])",
    re.IGNORECASE,
)
_SEVERITY_WORDS = {
    "mild": r"\b(?:mild|mildly|slight|slightly|a bit|a little)\b|약간|살짝|조금|少し|ちょっと|軽い|轻微|輕微|有点|有點",
    # An intensified pain word is a band too (so the assistant asks for the number): "hurts a lot", 많이 아파,
    # かなり痛い, 很痛 are moderate; "really hurts", 너무 아파, すごく痛い, 好痛 are severe (below).
    "moderate": r"\b(?:moderate|moderately|(?<!n't )(?<!not )hurts? (?:quite )?a lot(?! less| better)"
    r"|quite painful|pretty painful|pretty sore)\b"
    r"|중간|적당히|많이 ?(?:아프(?!지)|아파|아팠|아픈)|꽤 ?(?:아프(?!지)|아파)|中くらい|まあまあ"
    r"|(?:かなり|結構|けっこう)痛(?!く[はも]?な)|中等|还行|還行"
    r"|(?<![不没沒])很(?:痛(?!苦)|疼)",
    # 심해져/越来越严重 say the course (worsening), not how bad it is now
    "severe": r"\b(?:severe|severely|terrible|unbearable|excruciating|worst|really bad"
    r"|(?<!n't )(?<!not )(?<!nt )(?:really|so|very) (?:hurts?|hurting|painful|sore)"
    r"|hurts? (?:so|really) (?:bad|badly|much)"
    r"|hurts? like (?:hell|crazy|mad)|(?:really|so|very|extremely) (?:bad|much) pain)\b"
    r"|(?:너무|진짜|정말|되게|완전|엄청) ?(?:아프(?!지)|아파|아팠|아픈|아퍼)"
    r"|(?:すごく|すっごく|すごい|とても|めっちゃ|めちゃくちゃ|超|非常に|本当に|ほんとに)(?:痛|いた)(?!く[はも]?な)"
    r"|(?<![不没沒])(?:好|非常|特别|特別|太|超|真)(?:痛(?!苦)|疼)|(?:痛|疼)死|(?:痛|疼)得要命"
    r"|(?:痛|疼)(?:到|得)好?想死"  # nineteenth round (D19): "腰痛到想死", a degree said, no wish to die
    r"|심하|심해(?![지져졌질])|심한|"
    r"극심|엄청|ひどい|酷い|激しい|激痛|強い|(?<![越來来更变變加])(?:严重|嚴重|厉害|厲害)|剧烈|劇烈|受不了"
    r"|剧痛|劇痛|绞痛得|絞痛得"  # fifteenth round (F8): "右下腹剧痛"
    # seventeenth round: pain that brings tears or screams ("肚痛到喊晒", "crying with pain", "울 정도로 아파")
    r"|\b(?:in agony|(?:crying|screaming|howling) (?:in|with) pain)\b"
    r"|울 정도로 ?(?:아프|아파)|아파서 ?(?:울|소리를 지르)"
    r"|泣くほど痛|泣くくらい痛|痛くて泣|のたうち回|(?:痛|疼)(?:到|得)直?(?:喊|哭|叫|打滚|打滾)|疼哭"
    # twentieth round (S): unbearable said as such ("痛くてたまらない", "참을 수 없이 아파", "it's agony")
    r"|(?:痛|いた)くて(?:たまらな|我慢できな|がまんできな|耐えられな)|死ぬほど痛|(?:참을 수 ?없|견딜 수 ?없)|\bagony\b",
}
_GLUCOSE = re.compile(
    r"(\d{1,3}(?:\.\d+)?)\s*(mg\s*/\s*dl|mmol\s*/\s*l|mmol)"
    r"|(?:blood sugar|sugar|glucose|혈당|血糖|血糖値"
    # nineteenth round (LEFT): the meter's reading ("on insulin … meter said 3.2"); not a peak-flow meter
    r"|(?<!flow\s)(?<!flow)\b(?:gluco)?meter\s+(?:said|says|read|reads|showed|shows|was|is|reading|reads?\s+at|gave)"
    r"|혈당계|血糖仪|血糖儀)\D{0,12}?(\d{1,3}(?:\.\d+)?)",
    re.IGNORECASE,
)
_AGE = re.compile(
    rf"{_NUM}[\s-]*(?:years?[\s-]*old|yrs?[\s-]*old|y/?o\b|살|세(?!\s*(?:시간|번|차례|가지|군데|개|명|잔|알|배))|歳|才|岁|歲)(?P<half>\s*(?:半|반))?"
    # thirteenth round (V1): a newborn's age in days too ("생후 5일", "生後5日", "出生第5天", "5 day old")
    r"|(?:생후|生後|生后|出生)\s*第?\s*(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})"
    r"\s*(?P<unit>" + _MONTH_HALF + r"|개월|か月|ヶ月|カ月|个月|個月|주|週|周|일|日|天)"
    r"|(?<![\d一二三四五六七八九十两])(?P<n2>\d{1,2}|[一二三四五六七八九十两]{1,3})[\s-]*(?P<unit2>months?[\s-]*old"
    r"|days?[\s-]*old|weeks?[\s-]*old|wks?[\s-]*old|个月大|個月大|週大|周大"
    # "14개월 아기", "8ヶ月の娘", "10个月的宝宝": months before a word for a child are an age, not a duration
    r"|(?:개월|ヶ月|か月|カ月|个月|個月)(?:\s*(?:된|짜리))?(?:の|的|大的)?(?=\s*(?:아기|아이|애기|아가|아들|딸|baby|赤ちゃん|子|娘|息子|宝宝|寶寶|婴儿|嬰兒|孩子|儿子|兒子|女儿|女兒)))"
    # "宝宝8个月，在长牙", "아기 14개월이에요": a child word then months (no 째/동안/前, which make it a duration)
    # (seventeenth round: 우리 애, "애가 13개월인데"; not 3개월 전, three months ago)
    r"|(?:宝宝|寶寶|婴儿|嬰兒|小孩|孩子|儿子|兒子|女儿|女兒|아기|애기|(?<![가-힣])애(?=\s|가|는)|赤ちゃん)"
    r"(?:今年|现在|現在|才|刚|剛|刚满|剛滿|满|滿|는|가|이|は|が)?[\s,，、]*"
    r"(?P<n3>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?P<unit3>" + _MONTH_HALF + r"|个月|個月|개월|ヶ月|か月|カ月)"
    # (seventeenth round: "儿子20个月了还不会走" is the age, a skill not yet learned)
    r"(?!\s*(?:째|동안|前|전|以来|以來|间|間|了?(?:一直|(?:还|還)(?!不会|不會))|から|多了))"
    # "I'm 78 and...", "I am 68, ...": a bare number after "I'm" that no unit follows
    r"|\b(?:i'?m|i am|i['\u2019]m)\s+(?P<bare>1[2-9]|[2-9]\d|1[01]\d)"
    r"(?=\s*(?:and\b(?!\s+a\s+half)|,|\.|;|!|$|now\b|with\b|but\b|so\b))"
    # "grandad is 84,", "mum is 79,", "祖父(86)が", "父（72）": an older relative, then a bare age
    r"|(?:grand(?:ad|dad|pa|ma|mother|father)|granny|nan|nana|\b(?:mum|mom|mother|dad|father)"
    r"|할머니|할아버지|祖父|祖母|おじいちゃん|おばあちゃん|爷爷|爺爺|奶奶"
    r"|外婆|外公|姥姥|父|母)\s*(?:is\s+|\(|（)(?P<kin>[4-9]\d|1[01]\d)(?=\s*(?:\)|）|,|\.|and\b|$))"
    # Eleventh round. "24, healthy", "32 and fit", "45 m, otherwise well": a bare age said with the health it goes with
    # Eighteenth round (A): "29 yrs no other problem", "40 years, no medical history" (not "for 20 years, no other
    # problem")
    r"|(?<![\d.:/])(?<!\bfor\s)(?<!\bover\s)(?<!\blast\s)(?<!\bpast\s)\b(?P<fit>1[2-9]|[2-9]\d|1[01]\d)"
    r"(?:\s*(?:yrs?|years?)\b)?\s*(?:[mf]\b|male|female)?\s*(?:,|and|&)?\s*"
    r"(?=(?:otherwise\s+)?(?:healthy|fit(?:\s+and\s+well)?)\b|otherwise\s+well\b"
    r"|no\s+other\s+(?:health\s+|medical\s+)?(?:problems?|issues|complaints?|illness)\b"
    r"|no\s+(?:past\s+)?(?:medical|health)\s+(?:history|problems?|issues)\b)"
    # Twentieth round (B17): years said with the sex ("28 yrs male", "45 years, female", "32yrs M"): the age, not how
    # long
    r"|(?<![\d.:/])(?<!\bfor\s)(?<!\bover\s)(?<!\blast\s)(?<!\bpast\s)\b(?P<sexed>1[2-9]|[2-9]\d|1[01]\d)\s*(?:yrs?|years?)\b"
    r"\s*[,/]?\s*(?=(?:male|female|man|woman|[mf])\b)",
    re.IGNORECASE,
)
# Fifteenth round (F14). A baby's age said in days, weeks or months the way a duration is said: "宝宝3周，发烧",
# "我家宝宝才20天", "3周的宝宝", "刚满月", "태어난 지 3주", "3주 된 아기", "아기가 두 달 됐는데", "生まれて20日",
# "3週間の赤ちゃん", "she's 6 weeks", "born 10 days ago", "a week old". Read as the age, not as how long the
# complaint has lasted ("发烧3周了", "3주째 기침", "3週間咳が続いて", "for 3 weeks" stay durations).
_BABY = (
    r"宝宝|寶寶|婴儿|嬰兒|小孩|孩子|儿子|兒子|女儿|女兒|新生儿|新生兒|宝贝|寶貝|闺女|閨女|아기|애기|아가(?!씨)|아이(?![스디템폰콘])|신생아|딸(?!기)|아들"
    # seventeenth round: うちの子 (my child)
    r"|赤ちゃん|赤ん坊|あかちゃん|娘|息子|子ども|子供|こども|新生児|乳児|うちの子"
    # seventeenth round: Hong Kong's "BB" (not "bbq", "BB cream"'s letters inside a word), 囡囡
    r"|(?<![a-z])BB(?![a-z])|囡囡"
    # seventeenth round: Cantonese 個仔, 個女 (my son, my daughter; not 個女人, a woman), 細路 (a child)
    r"|[個个]仔|[個个]女(?![人士生仔孩])|細路"
)
# (seventeenth round: no letter after an English unit only; "3個月BB" is a baby of three months)
_BABY_UNIT = (
    r"(?:" + _MONTH_HALF
    + r"|주|일|달|개월|周|週間|週|天|[个個]?星期|[个個]?礼拜|[个個]?禮拜|日|个月|個月|ヶ月|か月|カ月|ヵ月|ケ月"
    r"|(?:weeks?|wks?|days?|months?)(?![a-z]))"
)
_BABY_NOT_AFTER = (
    r"(?!\s*(?:째|동안|전|前|以来|以來|没|沒|不|都|了?(?:一直|还|還)|early|premature|prem|late|overdue|ago|before))"
)
_INFANT_AGE = re.compile(
    # born so long ago: "태어난 지 3주", "生まれて20日", "出生才20天", "born 10 days ago" (not "born 3 weeks early")
    r"(?:태어난\s*지|태어나서|生まれて(?:から)?|産まれて(?:から)?|うまれて(?:から)?"
    r"|出生(?:才|刚|剛|刚刚|剛剛|还不到|還不到|不到)?|\bborn\s+(?:just\s+|only\s+)?"
    # seventeenth round: Cantonese 出世 (born): "啱啱出世10日", "出世咗三個禮拜", "出世得兩個星期"
    r"|出世(?:咗|才|得|只有|啱啱|都)?)"
    rf"\s*(?P<a>{_N})\s*(?P<au>{_BABY_UNIT})(?!\s*(?:early|premature|prem|late|before))"
    # the age before a child word: "3周的宝宝", "20天大的孩子", "3주 된 아기", "두 달 된 아기", "3週間の赤ちゃん"
    rf"|(?<![\d.])(?<!for\s)(?<!last\s)(?<!past\s)(?<!over\s)(?<!in\s)(?<!after\s)(?P<b>{_N})\s*(?P<bu>{_BABY_UNIT})"
    rf"\s*(?:된|짜리|밖에\s*안\s*된|目の|間の|の|大的|的|大嘅|嘅|大)?\s*(?={_BABY}|baby|newborn)"
    # a child word, then the age: "宝宝才3周", "宝宝3周，", "아기가 3주 됐는데", "赤ちゃんは3週間です"
    rf"|(?:{_BABY})(?P<pc>今年|现在|現在|而家|得|才|刚满|剛滿|刚刚|剛剛|啱啱|刚|剛|满|滿|只有|还不到|還不到|不到|出生|出世|는|은|가|이|が|は)?\s*"
    # seventeenth round: "now", "already", "still" between ("아기 이제 7주 됐는데", "うちの子まだ7週なんですが"),
    # an ending still needed
    r"(?:(?:이제|지금|벌써|겨우|まだ|もう|いま|今)\s*)?"
    rf"(?P<c>{_N})\s*(?P<cu>{_BABY_UNIT}){_BABY_NOT_AFTER}"
    r"(?P<ce>\s*(?:된|됐|되었|돼|짜리|밖에|이에요|예요|이예요|입니다|이고|인데|차|大|就|です|でして|で[、,]|になる|になった|になり|なんです|なんだ|なので"
    r"|了?(?=\s*[,，。！!、.]|$))|(?=\s*[,，。、])"
    # eighteenth round (C2): a Chinese unit, then a space and the next clause ("BB一個月 每晚…", "宝宝8个月 发烧")
    r"|(?<=[月周週天期拜])(?=\s+[\u4e00-\u9fff]))?"
    # "she's 6 weeks", "baby is 10 days", "he's only 3 weeks old" (not "6 weeks pregnant", "3 days late")
    r"|\b(?:she'?s|he'?s|she\s+is|he\s+is|who'?s|who\s+is|(?:baby|son|daughter|newborn|infant|little\s+one|boy|girl)"
    rf"(?:'s|\s+is))\s+(?:only\s+|just\s+|barely\s+|nearly\s+|almost\s+|about\s+)?(?P<d>{_N})[\s-]*(?P<du>weeks?|wks?|days?|months?)\b"
    rf"(?!\s*(?:pregnant|along|postpartum|post|into|of|on|in|since|without)\b){_BABY_NOT_AFTER}"
    # "baby 6 weeks, temp 38.2", "baby girl 8 weeks and feverish", "a baby of 6 weeks with a fever": a baby word, then
    # Weeks or months that end the phrase (days said so are as often the illness's: "baby 2 days fever")
    rf"|\b(?:baby|newborn|infant)(?:\s+(?:girl|boy))?\s+(?P<g>{_N})\s*(?P<gu>weeks?|wks?|months?)(?=\s*(?:[,.;!]|and\b|$))"
    rf"|\b(?:baby|newborn|infant)\s+of\s+(?P<h>{_N})\s*(?P<hu>weeks?|wks?|months?)\b"
    # eighteenth round (C2): the message opens with the baby and its weeks or months ("Baby 6 weeks spits up after
    # feeds", "my baby girl 3 months has a rash"; not "baby 2 days fever", days being as often the illness's)
    rf"|^\s*(?:my\s+|our\s+)?(?:baby|newborn|infant)(?:\s+(?:girl|boy))?\s+(?P<i>{_N})\s*(?P<iu>weeks?|wks?|months?)\b"
    r"(?!\s*(?:ago|pregnant|along|early|premature|prem|late|overdue|before|after|of|later|now|with|without|of|since|and|has|had"
    r"|have|is|was|been|coughing|cough|fever|vomiting|diarrh\w*|rash|cold|temp\w*)\b)"
    # eighteenth round (C2): a Korean message opens with the months of a child ("19개월 콧물 줄줄", "7개월인데 침을
    #흘리고"): the child's age (not 3개월째, 3개월 동안, 3개월 전, 3개월 넘게, which say how long)
    r"|^\s*(?P<k>[1-9]|[12]\d|3[0-6])\s*(?P<ku>개월)(?!\s*(?:째|동안|전|넘|이상|정도|간|차|만에|후|뒤|가까이|내내|지났|지나|됐|되었|반))"
    r"(?=\s*(?:인데|이에요|예요|이고|,)|\s+[가-힣])"
    # "a week old", "two-week-old"
    rf"|(?<![\d.])(?P<e>{_N})[\s-]*(?P<eu>weeks?|days?|months?)[\s-]+old\b"
    # "刚满月", "还没满月", "满月的宝宝": a month old (not 满月酒, 满月脸)
    r"|(?P<f>(?:刚|剛|才|还没|還沒|没|沒|未|不到|快|刚刚|剛剛|啱啱|啱|未够|未夠)(?:满月|滿月)"
    rf"|(?:满月|滿月)(?=(?:的|大的)?(?:{_BABY})))",
    re.IGNORECASE,
)
# Seventeenth round: a baby word right after giving birth ("生完孩子两个月", "生咗BB兩個月") opens the time since
# the birth
_GAVE_BIRTH = re.compile(r"(?:生完|生了|生咗|生下|產下|产下)[個个]?$")
# "烧了三天的孩子" is a child with three days of fever: an age before a child word follows no other word
_BABY_BEFORE_OK = "家个個的刚剛才有是只满滿我们們这這那一のは"
# "宝宝才3周", "孩子刚满20天": a word before the number that makes it an age, no ending needed
_BABY_SURE = ("今年", "现在", "現在", "才", "刚满", "剛滿", "刚刚", "剛剛", "刚", "剛", "满", "滿", "只有")
_BABY_SURE += ("还不到", "還不到", "不到", "出生", "而家", "啱啱", "出世")  # seventeenth round: Cantonese
_PREGNANT = re.compile(
    # thirteenth round (W3): "pregnant, 8 weeks" (the week is no duration); the week before the word further below
    r"pregnant\s*,?\s*(?:at\s+|about\s+)?(\d{1,2})\s*(?:weeks?|wks?)(?!\s*ago)|"
    r"(\d{1,2})\s*(?:weeks?|wks?)\s*pregnant|pregnant|pregnancy|임신\s*(\d{1,2})\s*주|임신|임산부"
    r"|妊娠\s*(\d{1,2})\s*週|妊娠|妊婦|(?:怀孕|懷孕|孕)\s*(?:快|将近|將近|差不多|大概|大约|大約|约|約|已经|已經)?\s*(\d{1,2})\s*(?:[周週]|[个個]?(?:星期|礼拜|禮拜))|怀孕|懷孕|孕妇|孕婦"
    # thirteenth round (W3): the week said before the word ("22주 임산부", "22週の妊婦", "22周的孕妇")
    r"|(\d{1,2})\s*주\s*(?:차\s*)?(?:임산부|임부)|(\d{1,2})\s*週(?:目)?\s*の?\s*妊婦|(\d{1,2})\s*[周週]\s*的?\s*(?:孕妇|孕婦)"
    # fifteenth round (F1): a trimester or a stage named; "I'm expecting", "expecting twins" (and "怀孕快8周" above)
    r"|\b(?:first|second|third|1st|2nd|3rd)\s+trimester\b|孕早期|孕中期|孕晚期|孕后期|孕後期"
    r"|\b(?:i'?m|i am|we'?re|we are|she'?s|she is|wife is|partner is|girlfriend is)\s+expecting"
    r"(?=\s*(?:[,.!;]|$|and\b))"
    r"|\bexpecting\s+(?:a\s+baby|twins|(?:our|my)\s+(?:first|second|third|1st|2nd|3rd|baby|little one))\b",
    re.IGNORECASE,
)
# Fifteenth round (F1). Months said instead of weeks ("7 months pregnant", "임신 7개월", "妊娠7ヶ月", "怀孕七个多月"):
# weeks = months x 4.3, a week count like any other.
_MONTH_WORDS = {w: i for words in ("one two three four five six seven eight nine", "一 二 三 四 五 六 七 八 九 十")
                for i, w in enumerate(words.split(), 1)} | {"两": 2, "兩": 2}
_PREGNANT_MONTHS = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine)(?:\s*|-)(?:and a half\s+)?months?\s*(?:pregnant|along)\b"
    r"|pregnant\s*,?\s*(?:at\s+|about\s+)?(\d{1,2})\s*months?\b(?!\s*ago)"
    r"|임신\s*(\d{1,2})\s*개월|妊娠\s*(\d{1,2})\s*(?:ヶ|か|カ|ケ|箇|ヵ)\s*月"
    r"|(?:怀孕|懷孕|孕)\s*(?:快|将近|將近|差不多|大概|大约|大約|约|約|已经|已經)?\s*(\d{1,2}|[一二两兩三四五六七八九十])\s*"
    r"(?:个|個)\s*多?\s*月",
    re.IGNORECASE,
)
# Fifteenth round (F17). A pregnancy said by its weeks alone: "im 30 weeks and bleeding", "I'm 12 weeks along",
# "I'm 19 weeks with my first", "30+2", "30w2d", "30주차인데", "いま30週目" (4 to 42 weeks), and a message or sentence
# that opens with the weeks: "30 weeks, some bleeding", "34 wks and my waters", "37주인데 양수가", "いま30週で出血",
# "现在30周了" (10 to 42 weeks: fewer open a message as often as how long a cough has lasted). Not a duration ("for 3
# weeks", "30 weeks ago", "3 weeks of cough", "3주째", "3週間", "咳了3周", "12 weeks and still coughing"), a baby's
# age ("my baby is 3 weeks": _INFANT_AGE) or the weeks since a birth ("3 wks after having my baby", "2 wks postpartum").
_OPENS = (
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:(?:hi|hello|hey|hiya|안녕하세요|すみません|こんにちは|你好|您好)[\s,，、.。!！]*)?"
)
_WEEKS_NEXT = (
    r"(?!\s*(?:,|and)?\s*(?:still|counting|it'?s\s+still|no\s+better|not\s+better))"
    r"(?=\s*(?:[,.!?;:&+(~-]|$|and\b|n\b|with\b|but\b|today\b|tomorrow\b|now\b|exactly\b))"
)
_WEEKS_SAID = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+|about\s+|currently\s+|already\s+)?"
    rf"(\d{{1,2}})\s*(?:weeks?|wks?|w){_WEEKS_NEXT}"
    # sixteenth round (ZH_EM): a partner's weeks ("my wife is 32 weeks, her belly is hard")
    r"|\bmy\s+(?:wife|partner|girlfriend|fianc[eé]e?)(?:\s+is|'s)\s+(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+|about\s+)?"
    rf"(\d{{1,2}})\s*(?:weeks?|wks?){_WEEKS_NEXT}"
    r"|\b(\d{1,2})\s*(?:weeks?|wks?)\s+along\b"
    r"|(?<![\d.+/-])\b(\d{1,2})\s*(?:w|wks?|weeks?)?\s*\+\s*[0-6]\s*(?:d\b|days?\b)?"
    r"(?!\d|\.\d|\s*(?:%|mg|ml|kg|cm|mm|years?|yrs?|months?|hours?|hrs?|mins?|times?)\b)"
    r"|(?<![\d.])\b(\d{1,2})\s*w\s*[0-6]\s*d\b"
    rf"|{_OPENS}(?:지금|현재|이제|저는|제가|저|전|난|나)?\s*(\d{{1,2}})\s*주\s*차(?!\s*장)"
    rf"|{_OPENS}(?:いま|今|現在|私は?|わたし|あたし|もう)?[、,\s]*(\d{{1,2}})\s*週目",
    re.IGNORECASE,
)
# Sixteenth round (ZH_EM): a partner's weeks open the message too ("我老婆32週，個肚好痛", "아내가 32주인데",
# "妻が32週で").
_KO_PARTNER = r"(?:아내|와이프|집사람|여자\s*친구)(?:가|는)"
_JA_PARTNER = r"(?:妻|嫁|家内|彼女)(?:が|は)"
_ZH_PARTNER = r"(?:我的?)?(?:老婆|太太|妻子|媳妇|媳婦|爱人|愛人|女朋友|女友)(?:现在|現在|而家|已经|已經)?"
_WEEKS_OPENING = re.compile(
    rf"{_OPENS}(?:now\s+|currently\s+)?(\d{{1,2}})\s*(?:weeks?|wks?){_WEEKS_NEXT}"
    rf"|{_OPENS}(?:지금|현재|이제|저는|제가|저|전|난|나|{_KO_PARTNER})?\s*(\d{{1,2}})\s*주(?=\s*(?:인데|이에요|예요|에요|입니다|이고|[,.!]|$))"
    rf"|{_OPENS}(?:いま|今|現在|私は?|わたし|あたし|もう|{_JA_PARTNER})?[、,\s]*(\d{{1,2}})\s*週"
    r"(?=で|に入|です|だけど|なんですが|なんだけど|[、,。.！!？?\s]|$)"
    rf"|{_OPENS}(?:我现在|我現在|我|现在|現在|目前|已经|已經|今天|{_ZH_PARTNER})?\s*第?\s*(\d{{1,2}})\s*[周週](?=了|多了|啦|喇|[，,。.！!\s]|$)",
    re.IGNORECASE,
)

# Sixteenth round. A woman's weeks said in the third person from 20 on are a pregnancy, not a baby's age ("shes 34
# weeks and her waters broke"; "she's 6 weeks and has a temp" stays the baby's: _INFANT_AGE). Fewer weeks, from 4, open
# a message or follow "she's" as a pregnancy when an early pregnancy's bleeding follows in the phrase ("8 weeks and
# spotting", "7주인데 피가 비쳐요", "7週で出血", "7周了，见红"; not "for 8 weeks", "8 weeks ago", "8 weeks of
# cramping").
_WEEKS_SHE = re.compile(
    r"\b(?:she'?s|she\s+is)\s+(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+|about\s+)?"
    rf"(\d{{1,2}})\s*(?:weeks?|wks?){_WEEKS_NEXT}",
    re.IGNORECASE,
)
_EARLY_BLEEDING = re.compile(
    r"[^.!?。！？\n]{0,20}?(?:spott|cramp|brown\s+discharge|miscarr"
    r"|(?:bleed|bled)(?!\w*\s+(?:from|out\s+of)\s+(?:my|the|his|her)\s+(?:bum|butt|back\s+passage|rectum|nose|gums?|mouth))"
    r"|피가?\s*비치|피가?\s*비쳐|피\s*비침|하혈|출혈|갈색\s*(?:냉|분비물|피)|유산"
    r"|出血|血が出|茶色(?:い|の)?おりもの|茶おり|流産|见红|見紅|流血|褐色分泌物|咖啡色分泌物|流产|流產)",
    re.IGNORECASE,
)


def weeks_pregnant(text: str, opening_only: bool = False) -> list[Entity]:
    """Pregnancies said by their weeks alone ("im 30 weeks and bleeding", "30주차인데", "いま30週で"): value = weeks.
    The red-flag item `@pregnant_weeks` stands for them (nlu/redflags.py). `opening_only`: only the weeks that open a
    message with no other cue ("30 weeks, some bleeding"), which answer "how long?" as well (bot/engine.py)."""
    out: list[Entity] = []
    for pattern, low in ((_WEEKS_SAID, 4), (_WEEKS_SHE, 20), (_WEEKS_OPENING, 10))[2 if opening_only else 0 :]:
        for m in pattern.finditer(text):
            group = next(i for i, g in enumerate(m.groups(), 1) if g)
            weeks, start = int(m.group(group)), m.start(group)
            least = 4 if _EARLY_BLEEDING.match(text, m.end()) else low
            if least <= weeks <= 42 and not any(e.start < m.end() and start < e.end for e in out):
                said = text[start : m.end()].rstrip()
                out.append(Entity("pregnancy", said, start, start + len(said), weeks))
    return out


# "I'm not pregnant", "임신 아니에요", "妊娠していません", "没有怀孕": pregnancy False. Doubt stays a mention
# ("not sure if I'm pregnant", "임신인지 아닌지", "妊娠してないか心配", "没怀孕吧").
_NOT_PREGNANT_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:currently\s+|be\s+|been\s+)?$|(?:没有|沒有|没|沒|未|不可能)$"
    # fifteenth round (F1): "no chance I'm pregnant", "no way she's pregnant", "no chance of being pregnant"
    r"|\bno\s+(?:chance|way|possibility)\s+(?:that\s+)?(?:i'?m|im|i am|she'?s|she is|of being|i could be)\s+$",
    re.IGNORECASE,
)
_NOT_PREGNANT_AFTER = re.compile(
    r"\s*(?:은|는|이|가|도)?\s*(?:중이?|중은|가능성[은이도]?)?\s*"
    r"(?:아니(?:에|예|야|고|라|요)|아닙니|아녜|아냐|안\s*했(?:어|습|고)|하지\s*않았|안\s*했|없(?:어요|습니|어|다))"
    r"|(?:は|の可能性は)?(?:して(?:い)?(?:ない|ません)|中?では(?:ない|ありません)|じゃ(?:ない|ありません)|ありません)(?!か)"
    r"|の可能性は(?:ない|ゼロ|なし)(?!か)"  # fifteenth round (F1): "妊娠の可能性はないです"
)
_ONSET_WORDS = {
    "sudden": r"\b(?:sudden|suddenly|all of a sudden|out of nowhere)\b|갑자기|急に|突然|いきなり|忽然",
    "gradual": r"\b(?:gradually|slowly|little by little)\b|서서히|점점|점차|だんだん|徐々に|慢慢|逐渐|逐漸",
}


# How the complaint is going: "getting worse", "점점 심해져요", "どんどん悪化", "越来越严重" / "getting better",
# "나아지고 있어요". A negated change says nothing ("not getting better", "나아지지 않아요", "没有好转").
_COURSE_WORDS = {
    "worsening": r"\b(?:(?:getting|gotten|got|gets|growing|becoming|grown)\s+(?:much\s+|a lot\s+|even\s+)?worse"
    r"|worse and worse|worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing))\b"
    r"|심해지|심해져|심해졌|심해질|악화|나빠지|나빠져|나빠졌|더 아파지|더 아파져|더 아파졌|갈수록 (?:더 )?(?:아파|심)"
    # 気持ち悪くなる / 気分が悪くなる is feeling sick, no course (twelfth round, T)
    r"|悪化|(?<!気持ち)(?<!気持ちが)(?<!気分が)(?<!気分)悪くな[っりるて]|ひどくな[っりるて]|酷くな[っりるて]|痛みが強くな|ますます"
    r"|(?:越来越|越來越)(?:严重|嚴重|痛|疼|厉害|厲害|重|难受|難受|大|多|糟|差|高)|加重|恶化|惡化|变严重|變嚴重|更严重|更嚴重",
    "improving": r"\b(?:(?:getting|gotten|got|gets)\s+(?:much\s+|a lot\s+|a bit\s+|any\s+)?better|improv(?:e|es|ed|ing)"
    r"|feeling better|easing off)\b"
    r"|나아지|나아져|나아졌|나아지고|좋아지|좋아져|좋아졌|호전|괜찮아지|괜찮아져|괜찮아졌|덜 아파"
    r"|良くな[っりるて]|よくな[っりるて]|改善|楽にな[っりるて]|らくにな[っりるて]|マシにな|ましにな|軽くな[っりるて]"
    r"|好转|好轉|好多了|好一点|好一點|好些了|减轻|減輕|缓解|緩解|越来越好|越來越好",
}
_COURSE_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bno|\bnever|안|못|没有|沒有|没|沒|不|未|不见|不見)\s*(?:\w+\s+)?$")
_COURSE_NOT_AFTER = re.compile(
    r"(?:지|질|진|지는|지도|지가|지를)\s*(?:않|못|마)|(?:진|진\s*게|진 것|질 기미가)\s*(?:없|아니)"
    r"|(?:て|で)?(?:い)?(?:ない|ません|なかった)|(?:は|も)?(?:し|され)(?:て)?(?:い)?(?:ない|ません)|(?:は|が)?(?:ない|ありません)"
)


def extract(text: str, now: datetime | None = None) -> list[Entity]:
    """Every quantity entity in `text`, offsets into `text`. `now` is read as a wall-clock time (an aware one by its
    own clock): "since Tuesday" counts calendar days."""
    now = (now or datetime.now()).replace(tzinfo=None)
    found: list[Entity] = []
    for extractor in (_durations, _temperatures, _blood_pressures, _severities, _glucoses, _ages, _pregnancies,
                      _postpartum, _lipids, _labs):  # eighteenth round (D2): _labs
        found += extractor(text, now)
    # "LDL 190 mg/dL", "cholesterol 7.6 mmol/L": a cholesterol reading, not a blood sugar (seventeenth round)
    labs = ("cholesterol", "ldl", "tsh", "urate", "ferritin", "haemoglobin", "potassium")
    lipids = [e for e in found if e.type in labs]
    found = [e for e in found if e.type != "glucose" or not any(o.start < e.end and e.start < o.end for o in lipids)]
    # "hba1c 44 mmol/mol" (IFCC): no blood sugar of 44 mmol/L (eighteenth round, D2); "a1c 6.1" keeps its glucose
    a1c = [e for e in found if e.type == "hba1c"]
    found = [e for e in found
             if e.type != "glucose" or not any(o.start < e.end and e.start < o.end and o.start != e.start for o in a1c)]
    # a pulse or a saturation is a number no other quantity reads ("pulse fine, temp 38": no pulse of 38)
    readings = [o for o in found if o.type not in ("duration", "onset", "course")]  # "맥박 150, 3일째": a range
    found += [e for e in _pulses_and_saturations(text)
              if not any(o.start < e.end and e.start < o.end for o in readings)]
    found += _sexes(text)
    found += _children(text)  # nineteenth round (GAPS2)
    found += _onsets(text, now) + _courses(text)
    # "3 month old", "임신 8주": the number is an age or a pregnancy, not how long a symptom has lasted. Twentieth round
    # (B17): nor a range read across into the age ("fever 39, 28 yrs male": "39, 28 yrs" is no 28 years of anything).
    owners = [e for e in found if e.type in ("age", "pregnancy")]
    return [
        e
        for e in found
        if e.type != "duration"
        or not (
            any(o.start <= e.start and e.end <= o.end or o.start < e.end <= o.end for o in owners)
            or _VACCINE.search(text[max(0, e.start - 30) : e.start])
            or _GAP_AFTER.match(text, e.end)
            or _GAP_BEFORE.search(text[max(0, e.start - 20) : e.start])
            or _TOGETHER_BEFORE.search(text[max(0, e.start - 20) : e.start])
            or _TOGETHER_AFTER.match(text, e.end)
            or _PER_BEFORE.search(text[max(0, e.start - 20) : e.start])
            or _PER_AFTER.match(text, e.end)
            or _HEALS_AFTER.match(text, e.end)
            or _HEALS_BEFORE.search(text[max(0, e.start - 30) : e.start])
            or _NOT_DURATION_BEFORE.search(text[max(0, e.start - 8) : e.start])
            or (e.value >= 8760 and _RECUR.search(text[max(0, e.start - 25) : e.end + 25]))
            or _in_cycle(text, e)
        )
    ]


# Seventeenth round. "月經來前一週", "经前一周", "생리 일주일 전", "生理の1週間前", "a week before my period": a
# time of the menstrual cycle (when the complaint comes each month), not how long it has lasted.
_CYCLE_BEFORE = re.compile(
    r"(?:月经|月經|例假|经期|經期|大姨妈|大姨媽|(?<![已曾神])经|(?<![已曾神])經)(?:要|快)?(?:来|來)?(?:之|以)?前\s*$"
    r"|(?:생리|월경)(?:\s*전|\s*하기|가\s*오기|\s*시작하기|를\s*시작하기)?\s*$"
    r"|(?:生理|月経)(?:が(?:来る|くる|始まる)|の|前の)\s*$"
)
_CYCLE_AFTER = re.compile(
    r"\s+before\s+(?:my|her|the|each|every)\s+(?:period|periods|menses)\b|間?\s*前|\s*전", re.IGNORECASE
)


def _in_cycle(text: str, e: Entity) -> bool:
    """Whether the duration `e` is a time before the period (the week before it), not how long a complaint lasted."""
    before = text[max(0, e.start - 12) : e.start]
    after = _CYCLE_AFTER.match(text, e.end)
    if after and after.group().strip().lower().startswith("before"):
        return not re.search(r"\bfor\s*$", before, re.IGNORECASE)  # "a week before my period", not "for a week before"
    # "经前一周", "생리 전 일주일" (the period, "before", the time) or "生理の1週間前", "생리 일주일 전" (the time,
    # then "before")
    return bool(_CYCLE_BEFORE.search(before)) and (before.rstrip().endswith(("前", "전", "前の")) or bool(after))


# Thirteenth round. "夏天就犯，好几年了", "毎年夏になると…もう何年も", "여름마다 몇 년째", "every summer for
# years": years of a complaint that comes back with the season are its history, not how long this episode has lasted.
_RECUR = re.compile(
    r"(?:每年|每到|一到)(?:夏天|冬天|春天|秋天|夏季|冬季)"
    r"|(?:夏天|冬天|春天|秋天|夏季|冬季)(?:就|都|总|總|老)(?:会|會)?(?:犯|发作|發作|复发|復發|长|長|起)"
    r"|(?:夏|冬|春|秋)になると|夏場|季節ごと|(?:여름|겨울|봄|가을)마다|(?:여름|겨울|봄|가을)만\s*되면|(?:여름|겨울)이면"
    r"|\b(?:every|each)\s+(?:summer|winter|spring|autumn|fall)\b"
    r"|\bcomes? back every (?:summer|winter|spring|autumn|fall)\b",
    re.IGNORECASE,
)


# Eleventh round. "1년 만에 헬스장", "1年ぶりにジム", "时隔一年", "first time in a year": the time since something was
# last done, not how long a symptom has lasted.
# Korean 만에 is also "within" ("두 달 만에 5kg 빠졌어요"): only with a first time, an again or a going or doing next.
_GAP_AFTER = re.compile(r"\s*(?:ぶり|振り|만에\s*(?:처음|다시|\S{0,6}\s*(?:가서|갔|했더니)))")
_GAP_BEFORE = re.compile(r"(?:时隔|時隔|隔了|first time in|first time for)\s*$", re.IGNORECASE)
# Seventeenth round. "together 6 years", "3년 사귄 남친", "付き合って5年", "在一起六年", "拍拖三年": how long a
# couple has been together, not how long a complaint has lasted.
_TOGETHER_BEFORE = re.compile(
    r"\b(?:together|married|dating|going out)\s+(?:for\s+)?(?:about\s+|over\s+|nearly\s+|almost\s+)?$"
    r"|(?:사귄|결혼한|연애한)\s*지\s*$|(?:결혼|연애)\s*$|(?:付き合って|結婚して|交際して)(?:もう|から)?\s*$|(?:交際|結婚)\s*$"
    r"|(?:在一起|结婚|結婚|交往|谈了|談了|拍拖|拍咗拖)(?:了|咗|已经|已經)?\s*$",
    re.IGNORECASE,
)
_TOGETHER_AFTER = re.compile(
    r"\s*(?:together|of\s+marriage|of\s+dating)\b|\s*(?:째\s*)?(?:사귄|사귀고|연애|결혼\s*생활)|\s*(?:付き合|交際|連れ添)"
    r"|\s*(?:的男朋友|的女朋友|嘅男朋友|嘅女朋友)",
    re.IGNORECASE,
)
# Eighteenth round (D2). The time a recurring complaint usually takes to heal ("一個禮拜左右會好", "일주일이면 나아요",
# "1週間くらいで治る", "usually heals in about a week"), not how long this one has lasted; nor a BMI's number before
# a year word ("BMIは22 年末で", "BMI 22, years ago").
_HEALS_AFTER = re.compile(
    r"\s*(?:左右|上下|内|內|之内|之內|度|咁?上下)?\s*(?:就|便)?\s*(?:会|會|能|可以|自己)?\s*(?:好|痊愈|痊癒|消|退|癒合|愈合|康复|康復)"
    r"|\s*(?:정도|쯤)?\s*(?:이면|면|지나면|있으면|만에|안에)\s*(?:다\s*)?(?:나아|낫|나았|괜찮아|없어|사라)(?!지\s*않|질\s*않)"
    r"|間?\s*(?:くらい|ぐらい|ほど|程度)?\s*で\s*(?:治|なお|良くな|よくな|消え|引)(?:る|り|っ|く|い|ます)"
)
_HEALS_BEFORE = re.compile(
    r"\b(?:heals?|heal(?:ed|s)? up|clears? up|cleared up|goes away|go away|went away|settles?|settled|gone|better"
    r"|disappears?)\s+(?:on its own\s+|by itself\s+)?(?:in|within|after)\s+"
    r"(?:about\s+|around\s+|roughly\s+|like\s+)?(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)
_NOT_DURATION_BEFORE = re.compile(r"(?<![a-z])bmi(?![a-z])\s*(?:is|was|of|は|가|이|是|係|:)?\s*$", re.IGNORECASE)


# Twelfth round (T). "a couple times a year", "1년에 두세 번", "一年两三次", "年に2回": how often a recurring complaint
# comes back, not how long this one has lasted.
_PER_BEFORE = re.compile(
    r"\b(?:times|once|twice)\s+(?:(?:a|an|per|every)\s*)?$"
    # nineteenth round (D19): how much is had in that time ("3 cups a week", "about 3 a week"), no complaint's time
    r"|\b(?:(?:\d{1,2}|one|two|three|four|five|six|seven|a few|several)\s+)?"
    r"(?:cups?|glass(?:es)?|drinks?|bottles?|cans?|pints?|units?|packs?|cigarettes?|coffees?)\s+(?:(?:a|an|per|every)\s*)?$"
    r"|\b\d{1,2}\s+(?:(?:a|per)\s*)?$",
    re.IGNORECASE,
)
_PER_AFTER = re.compile(
    r"(?:에|에\s*한|에\s*꼭)?\s*(?:한|두|세|네|몇|두세|서너|한두|[0-9]{1,2})\s*(?:번|차례)"
    r"|\s*(?:要|会|會|发|發|长|長|犯|得|起)?\s*(?:一|两|兩|二|三|四|五|几|幾|两三|兩三|一两|一兩|[0-9]{1,2})\s*(?:次|回)"
    r"|\s*に\s*(?:[0-9０-９]{1,2}|一|二|三|数|何)\s*(?:回|度)"
    # nineteenth round (D19): a drink or a smoke counted in that time ("一個禮拜大概喝三杯", "일주일에 세 잔")
    r"|\s*(?:大概|大約|大约|约|約|差不多|平均|都)?\s*(?:会|會)?\s*(?:喝|吃|食|饮|飲|抽|飲む|飲ん)?\s*"
    r"(?:一|两|兩|二|三|四|五|六|七|几|幾|两三|兩三|一两|一兩|[0-9]{1,2})\s*(?:次|回|杯|瓶|罐|包|支|根)"
    r"|(?:에|에\s*한)?\s*(?:한|두|세|네|다섯|몇|두세|서너|한두|[0-9]{1,2})\s*(?:잔|병|캔|갑|개비)"
    r"|間?\s*に\s*(?:[0-9０-９]{1,2}|一|二|三|数|何)\s*(?:杯|本|缶|箱)"
)


# "Had a tetanus jab 3 years ago", "破伤风针是3年前打的": when a vaccine was given, not how long a symptom has lasted.
_VACCINE = re.compile(
    r"tetanus|\bjabs?\b|booster|vaccin|immuni[sz]|破伤风|破傷風|疫苗|接种|接種|予防接種|ワクチン|파상풍|예방접종|백신",
    re.IGNORECASE,
)


def _durations(text: str, now: datetime) -> list[Entity]:
    out = []
    # "两个多月" reads as "两多个月" (same length, so offsets hold): "more than" sits before the counter.
    for m in _DURATION.finditer(text.replace("个多", "多个").replace("個多", "多個")):
        low, high = number(m.group(1)) + _half(m.group(3)), number(m.group(2) or "0")
        hours = (low if low < high or not m.group(2) else high) * _unit_hours(m.group(3))  # "38, 3 days": 3
        if 0 < hours <= 24 * 365 * 30:
            out.append(Entity("duration", text[m.start() : m.end()], m.start(), m.end(), round(hours, 2)))
    # Thirteenth round (W3): "over the past year", "for the last month": one of the unit, no number said ("for the
    # last week" is as often "lately": left out).
    for m in _PAST_UNIT.finditer(text):
        if not any(e.start <= m.start(1) < e.end for e in out):
            out.append(Entity("duration", m.group(), m.start(), m.end(), _unit_hours(m.group(1))))
    for m in _WHOLE_UNIT.finditer(text):
        if not any(e.start < m.end() and m.start() < e.end for e in out):
            unit = next(g for g in m.groups() if g)
            out.append(Entity("duration", m.group(), m.start(), m.end(), 720.0 if unit in ("月", "month") else 168.0))
    for m in _KO_DURATION.finditer(text):
        if any(e.start <= m.start() < e.end for e in out):
            continue  # "한 달" was read above
        word = re.sub(r"\s", "", m.group())
        days = _KO_DAYS.get(word) or {"일주일": 7, "한달": 30, "석달": 90, "넉달": 120}.get(word, 0)
        out.append(Entity("duration", m.group(), m.start(), m.end(), float(days * 24)))
    for m in _RELATIVE.finditer(text):
        since = _since(m.group("day").lower(), now)
        if since is not None and (m.group("pre") or m.group("post")):  # "목요일에 예약" is no duration
            hours = (now - datetime.combine(since, datetime.min.time())).total_seconds() / 3600
            out.append(Entity("duration", m.group(), m.start(), m.end(), round(hours, 1)))
    return out


def _since(word: str, now: datetime) -> date | None:
    if word in _WEEKDAYS:
        back = (now.weekday() - _WEEKDAYS[word]) % 7 or 7
        return (now - timedelta(days=back)).date()
    if word in _DAYS_AGO:
        return (now - timedelta(days=_DAYS_AGO[word])).date()
    return None


# Nineteenth round (E19U): a suddenness denied is no sudden onset ("갑자기 그런 건 아니고 서서히요", "急にではなく",
# "not sudden", "不是突然的": a grandfather's hearing lost over months is no sudden hearing loss).
_SUDDEN_DENIED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:(?:that|so|very|really|at all)\s+)?$|(?:不是|並不是|并不是|唔係)$", re.IGNORECASE
)
_SUDDEN_DENIED_AFTER = re.compile(
    r"(?:는|은|이|가)\s*아니|\s*(?:[가-힣]{1,4}\s*)?(?:건|게|거는|것은|것이)\s*아니"
    r"|(?:では|じゃ)(?:な|ありません)|の?(?:こと)?ではな"
)


def _onsets(text: str, now: datetime) -> list[Entity]:
    out = [
        Entity("onset", m.group(), m.start(), m.end(), label)
        for label, pattern in _ONSET_WORDS.items()
        for m in re.finditer(pattern, text, re.IGNORECASE)
        if label != "sudden"
        or not (_SUDDEN_DENIED_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
                or _SUDDEN_DENIED_AFTER.match(text, m.end()))
    ]
    for m in _RELATIVE.finditer(text):
        day = m.group("day").lower()
        since = _since(day, now)
        marked = m.group("pre") or m.group("post") or _DAYS_AGO.get(day, 0) > 0  # "yesterday", not "Thursday"
        if since is not None and marked:
            out.append(Entity("onset", m.group(), m.start(), m.end(), since.isoformat()))
    return out


def _courses(text: str) -> list[Entity]:
    out = []
    for label, pattern in _COURSE_WORDS.items():
        for m in re.finditer(pattern, text, re.IGNORECASE):
            before = text[max(0, m.start() - 12) : m.start()]
            if not (_COURSE_NOT_BEFORE.search(before) or _COURSE_NOT_AFTER.match(text, m.end())):
                conditional = (
                    _WHEN_BEFORE.search(before) or _WHEN_AFTER.match(text, m.end()) or _seasonal(text, m.start())
                )
                said = label  # (nineteenth round, E19O: for this mention only; a later one reads its own)
                if label == "worsening" and conditional and not _PROGRESSIVE.match(m.group()):
                    said = "aggravated"  # worse *when* doing something: what brings it on, not a worsening course
                out.append(Entity("course", m.group(), m.start(), m.end(), said))
    return out


# Eleventh round. "Worse when I use the computer", "컴퓨터 오래 하면 심해져요", "長く見ていると悪化する",
# "一坐久就加重", "走路的时候更严重": a condition that aggravates the complaint ("aggravated"), not a worsening course.
_WHEN_BEFORE = re.compile(
    r"(?:면|때|때면|때는|때마다)\s*(?:더|좀|많이|훨씬)?\s*$"
    r"|(?:[るたいば]と|たら|(?:時|とき)(?:に|は)?)\s*(?:もっと|さらに|より|少し)?$"
    r"|(?:的时候|的時候|时|時|一[^，。,、\s]{1,8}就)\s*(?:会|會)?\s*$"
)
_WHEN_AFTER = re.compile(r"\s*(?:when|whenever|if|after|during|while|as soon as)\b", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"getting|growing|becoming|worse and worse|越来越|越來越|갈수록|ますます", re.IGNORECASE)
# Nineteenth round (E19O). Worse every year at this season ("毎年この時期にくしゃみと鼻水がひどくなります",
# "매년 이맘때면 심해져요", "每年这个时候都会加重", "every spring it gets worse"): what the season brings, not a
# worsening course; "this year it is worse" said after it still is one.
_SEASON = re.compile(
    r"毎年|この時期|季節の変わり目|花粉の時期|花粉の季節|春先|매년|해마다|이맘때|환절기|봄만 되면|봄마다|"
    r"每年|每逢|这个季节|這個季節|换季|換季|季节交替|季節交替|"
    r"\bevery (?:year|spring|summer|autumn|fall|winter)\b|\bthis time of (?:the )?year\b|\beach (?:year|spring)\b",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(r"今年|올해|this year", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _seasonal(text: str, at: int) -> bool:
    """Whether a season said earlier in the sentence brings the change at `at` (no "this year" between)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    season = list(_SEASON.finditer(text, start, at))
    return bool(season) and not _THIS_YEAR.search(text, season[-1].end(), at)


def ages(text: str) -> list[Entity]:
    """The ages said in `text`, in years. The red-flag item `@infant_age` stands for one under three months
    (nlu/redflags.py), so that a bare "6 weeks" ("6 weeks into chemo") is no baby's age (sixteenth round)."""
    return list(_ages_said(text))


def temperatures(text: str) -> list[Entity]:
    """The temperatures of `text` in °C alone (the red-flag rules' `@fever` needs nothing else)."""
    return _temperatures(text, datetime.now())


def _temperatures(text: str, now: datetime) -> list[Entity]:
    """°C from °C, °F, 度/도 and Chinese numerals (三十八度五); a unit-less value over 50 is °F (101.5 degrees),
    and so is a bare 95-110 after a fever word ("fever's been 102")."""
    out = []
    for m in _TEMP.finditer(text):
        if m.group(8):
            tenth = 5 if m.group(9) == "半" else number(m.group(9) or "0")
            value = number(m.group(8)) + tenth / 10
        else:
            value = float((m.group(1) or m.group(7)).replace(",", ".")) + (float(m.group(6)) / 10 if m.group(6) else 0)
        fahrenheit = (m.group(3) or "").lower() == "f" or m.group(4) == "℉" or (not m.group(3) and value > 50)
        _add_temperature(out, m.group(), m.start(), (value - 32) * 5 / 9 if fahrenheit else value)
    for m in _FEVER_NUMBER.finditer(text):
        value = float(m.group(1))
        if not any(e.start <= m.start(1) < e.end for e in out) and (34 <= value <= 43.5 or 95 <= value <= 110):
            _add_temperature(out, m.group(1), m.start(1), (value - 32) * 5 / 9 if value > 50 else value)
    for m in _NUMBER_FEVER.finditer(text):
        value = float(m.group(1) + (m.group(2) or ""))
        if not any(e.start <= m.start(1) < e.end for e in out):
            _add_temperature(out, m.group(1) + (m.group(2) or ""), m.start(1), (value - 32) * 5 / 9)
    return sorted(out, key=lambda e: e.start)


def _add_temperature(out: list[Entity], text: str, start: int, celsius: float) -> None:
    if 34 <= celsius <= 43.5:
        out.append(Entity("temperature", text, start, start + len(text), round(celsius, 1)))


def _blood_pressures(text: str, now: datetime) -> list[Entity]:
    out = []
    pairs = [*_BP.finditer(text), *(_KO_PAIR.finditer(text) if "혈압" in text else ())]
    for m in pairs:
        sys_, dia = int(m.group(1)), int(m.group(2))
        if 60 <= sys_ <= 260 and 30 <= dia <= 160 and sys_ > dia:
            value = {"systolic": sys_, "diastolic": dia}
            out.append(Entity("blood_pressure", m.group(), m.start(), m.end(), value))
    for m in _SYSTOLIC.finditer(text):
        n = _SYSTOLIC_NUMBER.match(text, m.end())
        if m.group().startswith("上") and "血圧" not in text:
            continue  # 上が78 is the upper pressure only where the message speaks of blood pressure
        if n and 50 <= int(n.group(1)) <= 260 and not any(e.start <= n.start() < e.end for e in out):
            dia = int(n.group(2)) if n.group(2) else None  # "85 over 50"
            value = {"systolic": int(n.group(1)), "diastolic": dia}
            out.append(Entity("blood_pressure", text[m.start() : n.end()], m.start(), n.end(), value))
    return out


# Stop 16: a pain said to be the worst of one's life is the pain scale's own top anchor ("the worst pain imaginable" is
# 10 on the 0-10 scale), read as 10 when no number is given: "worst stomach pain of my life", "一生最痛",
# "평생 이렇게 아픈 건 처음", "人生で一番痛い" were self-care. Not "worst cold ever" or "worst hangover": a pain is
# said.
_WORST_EVER = re.compile(
    r"(?<!not the )(?<!n't the )(?<!nt the )(?<!not my )"
    r"\bworst\s+(?:\w+\s+){0,2}?(?:pain|ache|headache|stomach\s?ache|tummy\s?ache|belly\s?ache|toothache|earache|backache)s?"
    r"\s+(?:of\s+my\s+life|i(?:'ve|\s+have|\s+ve)?\s+ever\s+(?:had|felt)|ever|imaginable)\b"
    r"|\bnever\s+(?:had|felt)\s+(?:a\s+|any\s+)?pain\s+like\s+(?:this|it)\b"
    r"|(?<!不是)(?<!不算)(?<!唔係)(?:(?:一生|人生|这辈子|這輩子|一辈子|一輩子|有生以来|有生以來|生平)中?最(?:痛|疼)"
    r"|(?:从来|從來)没有?(?:这么|這麼)(?:痛|疼))"
    r"|(?:평생|태어나서|살면서|난생|인생에서)\s*(?:이렇게|제일|가장|처음)\s*(?:[가-힣]+\s*)?(?:아픈|아파|아팠)"
    r"(?!\s*(?:건|것은|거는|게)?\s*(?:아니|아녜|아냐))"
    r"|(?:(?:人生で|今までで|生まれて(?:から)?)\s*(?:一番|いちばん|最も)[^。、！？!?]{0,6}?(?:痛|いた)(?!く[はも]?な)"
    r"|こんなに[^。、！？!?]{0,6}?(?:痛|いた)いの(?:は|が)(?:初めて|はじめて))(?![^。、！？!?]{0,6}(?:ではな|じゃな))",
    re.IGNORECASE,
)


def _severities(text: str, now: datetime) -> list[Entity]:
    out = []
    for m in _SEVERITY.finditer(text):
        raw = m.group(1) or m.group(2) or m.group(3)
        score = number(raw)
        if 0 <= score <= 10:
            out.append(Entity("severity", m.group(), m.start(), m.end(), int(score)))
    if not out and (m := _WORST_EVER.search(text)):
        out.append(Entity("severity", m.group(), m.start(), m.end(), 10))
    if not out:
        for label, pattern in _SEVERITY_WORDS.items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
                out.append(Entity("severity", m.group(), m.start(), m.end(), label))
    return out


# HbA1c as a percentage, as the blood sugar of the same diagnostic threshold (HbA1c 6.5% and fasting 126 mg/dL both
# mark diabetes, WHO/ADA): 6.5% -> 126, 8.1% -> 157, 5.6% -> 109, so the glucose rules of triage.yml apply.
_A1C = re.compile(
    r"(?:hba1c|hb\s*a1c|a1c|ヘモグロビンa1c|당화혈색소|당화\s*혈색소|糖化血红蛋白|糖化血紅蛋白|糖化)\D{0,16}?(\d{1,2}(?:\.\d)?)\s*(?:%|％|퍼센트)?",
    re.IGNORECASE,
)


def _glucoses(text: str, now: datetime) -> list[Entity]:
    out = []
    a1c = [m for m in _A1C.finditer(text) if 4 <= float(m.group(1)) <= 20]
    for m in a1c:
        out.append(Entity("glucose", m.group(), m.start(), m.end(), round(float(m.group(1)) * 126 / 6.5)))
    if a1c:
        return out
    for m in _GLUCOSE.finditer(text):
        value = float(m.group(1) or m.group(3))
        unit = (m.group(2) or "").lower()
        if m.group(3) and (_NOT_GLUCOSE_UNIT.match(text, m.end()) or _NOT_GLUCOSE_GAP.search(m.group())):
            continue  # "blood sugar meds for 3 days", "혈당약 2알", "血糖药吃了3天": no reading
        mg = value * 18 if "mmol" in unit or (not unit and value < 35) else value
        if 20 <= mg <= 1500:
            out.append(Entity("glucose", m.group(), m.start(), m.end(), round(mg)))
    while out and (m := _RECHECK.search(text, out[-1].end)):  # a reading after it was treated: the last one counts
        n = _RECHECK_NUMBER.match(text, m.end())
        # nineteenth round (LEFT): a time said first ("rechecked 20 min later and its 7.1"): the number after it
        if n and (unit := _NOT_GLUCOSE_UNIT.match(text, n.end(1))) and re.match(_TIME_UNIT, unit.group().strip(), re.I):
            n = _RECHECK_NUMBER.match(text, unit.end())
        if not n or _NOT_GLUCOSE_UNIT.match(text, n.end(1)) or _NOT_RECHECK_GAP.search(text, m.end(), n.start(1)):
            break
        value = float(n.group(1))
        mg = value * 18 if "mmol" in (n.group(2) or "").lower() or (not n.group(2) and value < 35) else value
        if not 20 <= mg <= 1500:
            break
        out = [replace(e, qualifier="history") for e in out]  # the earlier readings were before the treatment
        end = n.end(2 if n.group(2) else 1)
        out.append(Entity("glucose", text[m.start() : end], m.start(), end, round(mg)))
    return out


# Seventeenth round. A check-up's total cholesterol and LDL, in mmol/L ("总胆固醇7.6，低密度5.2", "LDL 5.2") or mg/dL
# ("총콜레스테롤 290", "LDLコレステロールが200"): a number under 30 is mmol/L, one from 60 mg/dL (divided by 38.67). HDL
# (the good one) is neither; a number another lipid, a medicine or a time unit goes with is no reading.
_LIPID = re.compile(
    r"(?P<ldl>(?:(?:坏|壞)(?:胆固醇|膽固醇)\s*)?ldl(?:-?c)?|低密度(?:脂蛋白)?(?:胆固醇|膽固醇)?|悪玉(?:コレステロール)?"
    r"|나쁜\s*콜레스테롤|엘디엘|(?:坏|壞)(?:胆固醇|膽固醇)|\bbad\s+cholesterol)"  # eighteenth round (D2): the last two
    r"|(?P<total>(?:total\s+)?cholesterol|[总總]?(?:胆固醇|膽固醇)|총\s*콜레스테롤|콜레스테롤|総?コレステロール)",
    re.IGNORECASE,
)
_LIPID_NUMBER = re.compile(r"[^\d\n.,;!?。，、；！？]{0,20}?(?<![\d.])(\d{1,3}(?:\.\d+)?)(?![\d/])", re.IGNORECASE)
_HDL_BEFORE = re.compile(r"(?:hdl|高密度|善玉|좋은|에이치디엘)\D{0,6}$", re.IGNORECASE)
_OTHER_READING = re.compile(
    r"hdl|trig|高密度|善玉|중성지방|甘油三酯|三酸甘油|中性脂肪|sugar|glucose|혈당|血糖|pressure|\bbp\b|혈압|血压|血壓|血圧",
    re.IGNORECASE,
)


def _lipids(text: str, now: datetime) -> list[Entity]:
    out: list[Entity] = []
    for m in _LIPID.finditer(text):
        n = _LIPID_NUMBER.match(text, m.end())
        if out and m.start() < out[-1].end:
            continue  # "LDLコレステロールが200": one reading
        if not n or (m.group("total") and _HDL_BEFORE.search(text, 0, m.start())):
            continue
        gap = text[m.end() : n.start(1)]
        if _OTHER_READING.search(gap) or _NOT_GLUCOSE_GAP.search(gap) or _NOT_GLUCOSE_UNIT.match(text, n.end()):
            continue  # "HDL 1.3", "cholesterol meds for 10 years", "胆固醇药吃了3年"
        value = float(n.group(1))
        mmol = value if value < 30 else value / 38.67 if value >= 60 else None
        if mmol is not None:
            kind = "ldl" if m.group("ldl") else "cholesterol"
            out.append(Entity(kind, text[m.start() : n.end()], m.start(), n.end(), round(mmol, 1)))
    return out


# Eighteenth round (D2). Other blood results a check-up or a GP's test gives, each in the unit triage.yml compares:
# "tsh" (mIU/L: "TSH 12", "갑상선자극호르몬 8.5", "促甲状腺激素12"), "hba1c" (%; an IFCC number in mmol/mol from 25:
# "a1c 6.1", "hba1c 44" -> 6.2), "urate" (µmol/L; a number under 25 is mg/dL x 59.48: "尿酸520", "尿酸値8.5"),
# "ferritin" (µg/L = ng/mL: "ferritin 6", "フェリチン5") and "haemoglobin" (g/L; under 25 is g/dL x 10: "hemoglobin
# 104", "Hb 9.8", "血红蛋白95", "헤모글로빈 9"); not HbA1c read as a haemoglobin, nor a number a time, a dose or
# another test word goes with ("TSH meds for 3 years", "ferritin and Hb 104").
_LAB_NAMES = {
    # Latin names end where a letter does not follow: "TSHが11", "HbA1cが6.1" (Japanese kana are word characters)
    "tsh": r"(?<![a-z])tsh(?![a-z])|갑상선\s*자극\s*호르몬|甲状腺刺激ホルモン|促甲状腺(?:激素|素|荷尔蒙|荷爾蒙)",
    "hba1c": r"(?<![a-z])(?:hb\s*a1c|a1c)(?![a-z])|ヘモグロビン\s*a1c|당화\s*혈색소|"
    r"糖化血红蛋白|糖化血紅蛋白|糖化血色素",
    "urate": r"(?<![a-z])(?:uric\s+acid|urate)(?![a-z])|요산|尿酸(?:値|值)?",
    "ferritin": r"(?<![a-z])ferritin(?![a-z])|페리틴|フェリチン|(?:血清)?(?:铁蛋白|鐵蛋白)",
    "haemoglobin": r"(?<![a-z])(?:ha?emoglobin|hgb|hb)(?![a-z0-9])(?!\s*a1c)|(?<!당화\s)(?<!당화)혈색소|헤모글로빈"
                   r"|ヘモグロビン(?!\s*a1c)|(?<!糖化)(?:血红蛋白|血紅蛋白|血色素|血紅素)",
    # the lead, same round: a potassium a lab phones about ("potassium is 7.1", "칼륨 6.8", "カリウム2.3", "血钾7.0")
    "potassium": r"(?<![a-z])potassium(?![a-z])|칼륨|포타슘|カリウム|钾|鉀",
}
_LAB = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _LAB_NAMES.items()), re.IGNORECASE)
_LAB_NUMBER = re.compile(r"[^\d\n.!?。！？;；]{0,18}?(?<![\d.])(\d{1,4}(?:\.\d+)?)(?![\d/]|\.\d)", re.IGNORECASE)
_LAB_OTHER = re.compile(
    _LAB.pattern + r"|\bldl\b|\bhdl\b|cholesterol|콜레스테롤|コレステロール|胆固醇|膽固醇|sugar|glucose|혈당|血糖"
    r"|\biron\b|철분|鉄|铁剂|鐵劑|pressure|\bbp\b|혈압|血压|血壓|血圧",
    re.IGNORECASE,
)
_LAB_RANGES = {"tsh": (0.001, 200), "hba1c": (3.5, 200), "urate": (1, 1500), "ferritin": (0.5, 5000),
               "haemoglobin": (3, 250), "potassium": (1, 10)}


def _lab_value(kind: str, value: float) -> float | None:
    low, high = _LAB_RANGES[kind]
    if not low <= value <= high:
        return None
    if kind == "hba1c":
        return value if value <= 20 else round(value / 10.929 + 2.15, 1) if value >= 25 else None
    if kind == "urate":
        return round(value * 59.48) if value < 25 else value if value >= 60 else None
    if kind == "haemoglobin":
        return value * 10 if value < 25 else value if value >= 30 else None
    return value


def _labs(text: str, now: datetime) -> list[Entity]:
    out: list[Entity] = []
    for m in _LAB.finditer(text):
        kind = next(k for k in _LAB_NAMES if m.group(k))
        n = _LAB_NUMBER.match(text, m.end())
        if not n:
            continue
        gap = text[m.end() : n.start(1)]
        after = text[n.end(1) : n.end(1) + 1]
        if _LAB_OTHER.search(gap) or _NOT_GLUCOSE_GAP.search(gap):
            continue  # "ferritin and Hb 104", "TSH meds 50"
        if _NOT_GLUCOSE_UNIT.match(text, n.end(1)) and not (kind == "hba1c" and after in ("%", "％")):
            continue  # "uric acid meds for 3 months", "尿酸の薬を2錠"
        value = _lab_value(kind, float(n.group(1)))
        if value is not None:
            out.append(Entity(kind, text[m.start() : n.end(1)], m.start(), n.end(1), value))
    return out


# Fifteenth round (F3). A number after a sugar word that a unit other than the meter's follows, or after a medicine or
# age word, is no reading: "blood sugar meds for 3 days", "혈당약 2알", "血糖药吃了3天", "血糖の薬を2錠", "sugar in my
# tea 2 spoons" (a mmol/L reading read as 36 mg/dL: a false low). "血糖10点几" keeps its reading.
_TIME_UNIT = r"(?:minutes?|mins?|hours?|hrs?|분|시간|分|分钟|分鐘|分間|時間|小时|小時)$"
_NOT_GLUCOSE_UNIT = re.compile(
    r"\s*(?:%|％|kg|lbs?\b|pounds?\b|years?\b|yrs?\b|months?\b|weeks?\b|wks?\b|days?\b|hours?\b|hrs?\b|h\b"
    r"|minutes?\b|mins?\b|seconds?\b|secs?\b|times?\b|x\b|tablets?\b|pills?\b|(?:tea)?spoons?\b|tsp\b|cubes?\b|units?\b|iu\b|ml\b"
    r"|번|회|알|정(?!도)|개|년|달|개월|주|일|시간|시|분|초|살|세|단위"  # 120정도 (about 120) is a reading
    r"|次|回|錠|粒|片|颗|顆|个月|個月|天|日|年|月|周|週|小时|小時|時間|時|分|秒|岁|歲|歳|才|度|单位|單位|単位|杯|块|塊|包)",
    re.IGNORECASE,
)
_NOT_GLUCOSE_GAP = re.compile(
    r"med|pill|tablet|drug|\btea\b|coffee|\bage|약|藥|药|薬|나이|年龄|年齡|年齢", re.IGNORECASE
)
# A reading taken again after the first (after sweets or juice for a low): "rechecked 7.1", "now 6.5", "다시 재니
# 120", "再測定で130", "又测了一下6.8". The last one counts: a hypo that recovered is over, one that did not
# ("rechecked, still 3.0") stays low.
_RECHECK_NUMBER = re.compile(r"[^\d\n]{0,16}?(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d/])\s*(mg\s*/\s*dl|mmol)?", re.I)
_NOT_RECHECK_GAP = re.compile(  # a sentence ends, an age ("now I'm 70"), a medicine
    r"[.!?。！？]|\bi'?m\b|\bi am\b|med|pill|tablet|drug|\bage|약|藥|药|薬|나이|年龄|年齡|年齢", re.I
)
_RECHECK = re.compile(
    r"\b(?:re-?check(?:ed)?|re-?test(?:ed)?|(?:checked|tested|measured) (?:it |again )?(?:again|later)|now|later"
    r"|went (?:back )?up to|came (?:back )?up to|back up to|up to)\b"
    r"|다시\s*(?:재|잰|쟀|측정|확인|검사)|재측정|지금은|지금|그\s*후|뒤에|후에|올라왔|올라갔"
    r"|再測|測り直|もう一度測|もう一回測|再度測|今は|その後|あとで|後で|上がって|戻って"
    r"|又测|又測|再测|再測|复测|複測|重新测|重新測|重新量|再量|又量|现在|現在|后来|後來|之后|之後|升到|回到|升回",
    re.IGNORECASE,
)


# Seventeenth round. "1歳1ヶ月、まだ歩かない", "一岁八个月了还不会走", "1살 8개월인데": the months said right after a
# toddler's whole years belong to the age even with no child word after them; not "3歳、2ヶ月前から" (a time ago).
_MONTHS_AFTER = re.compile(
    rf"\s*(?P<n>{_N})\s*(?:개월|ヶ月|か月|カ月|ヵ月|ケ月|个月|個月)(?!\s*(?:前|전|째|동안|以来|以來|から|間|间|ぶり))"
)
_WHOLE_YEARS = re.compile(r"(?:歳|才|岁|歲|살|세)$")


def _with_months(text: str, age: Entity) -> Entity:
    months = _MONTHS_AFTER.match(text, age.end)
    if not months or not 1 <= age.value < 6 or age.value != int(age.value) or not _WHOLE_YEARS.search(age.text):
        return age
    years = age.value + number(months.group("n")) / 12
    return Entity("age", text[age.start : months.end()], age.start, months.end(), round(years, 2))


# Eighteenth round. An age said as a decade: "80대 할머니", "80代の母", "阿嫲八十幾歲", "80多岁", "she's in her 80s",
# "in his late seventies": the middle of the decade, or its start or end when early or late is said (초반/후반,
# 前半/後半), so that an older person's rules (sepsis_older, age_gte 65) see the age. Not "the 80s" (an era),
# "80대의 차" (cars).
_DECADES_EN = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
               "eighties": 80, "nineties": 90}  # fmt: skip
_DECADE_AGE = re.compile(
    r"(?<![\d.])(?P<d>[1-9]0)\s*(?:대|代)(?![학로형회기략부출표장금謝理用表わ替])(?!\s*(?:의|이상의)\s*(?:차|기계))"
    r"(?:\s*(?P<ko>초반|중반|후반|前半|半ば|後半))?"
    r"|(?<![\d.一二三四五六七八九十])(?P<z>[1-9]0|[二三四五六七八九]十)\s*(?:多|幾|几|来|來)\s*(?:岁|歲)"
    # an older relative then the decade with no 歲 ("阿嫲七十幾", "爷爷今年80多了"); not "心跳80多"
    r"|(?:阿嫲|阿爺|阿爷|婆婆|公公|爺爺|爷爷|奶奶|嫲嫲|外婆|外公|姥姥|姥爷|老豆|老竇|阿爸|阿媽|阿妈|我爸|我媽|我妈)"
    r"\s*(?:今年|已經|已经|都|有|就快|快)?\s*(?P<z2>[1-9]0|[二三四五六七八九]十)\s*(?:多|幾|几)(?![\d分度块塊元斤公个個次天年])"
    r"|\bin\s+(?:my|his|her|their|your)\s+(?P<en>early|mid|late)?[\s-]*(?:(?P<e>[1-9]0)'?s\b|(?P<w>"
    + "|".join(_DECADES_EN)
    + r")\b)",
    re.IGNORECASE,
)
_DECADE_PART = {"초반": 2, "early": 2, "前半": 2, "중반": 5, "mid": 5, "半ば": 5, "후반": 8, "late": 8, "後半": 8}
# Nineteenth round (M): a decade said of a reading is no age ("혈당 재보면 60대 나오고", "맥박이 50대로 떨어져요",
# "測ったら80代"): a measuring verb just before it, or a reading's verb right after it (나와요, 떨어져요, 찍혀요).
_DECADE_MEASURED = re.compile(
    r"(?:재[보봤니면어서]|잴\s*때|측정|測[るっりれ]|測定|計[るっりれ]|测出|測出|量出|显示|顯示)[^.。!?！？\n]{0,8}$"
)
_DECADE_READ = re.compile(
    r"\s*(?:(?:이|가|로|으로|까지|에서|까지도)\s*)?(?:나와|나오|나옴|나왔|나온|떨어|내려|올라|찍|떠요|떴|뜨더|뜨고|뜨네|뜹니)"
    r"|\s*(?:が|と|に|まで)\s*(?:出|下が|上が)"
)


def _decade_ages(text: str, found: list[Entity]) -> list[Entity]:
    out = []
    for m in _DECADE_AGE.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in found):
            continue
        if m.group("d") and (
            _DECADE_MEASURED.search(text[max(0, m.start() - 12) : m.start()]) or _DECADE_READ.match(text, m.end())
        ):
            continue  # a reading ("재보면 60대 나와요"), not the patient's age
        if m.group("w"):
            decade = _DECADES_EN[m.group("w").lower()]
        else:
            decade = int(number(m.group("d") or m.group("z") or m.group("z2") or m.group("e")))
        part = (m.group("ko") or m.group("en") or "").lower()
        years = decade + _DECADE_PART.get(part, 5)
        end = m.start() + len(m.group().rstrip())
        out.append(Entity("age", text[m.start() : end], m.start(), end, float(years)))
    return out


# Seventeenth round. A baby's jabs named by its age ("4ヶ月の予防接種", "4개월 예방접종", "四个月的疫苗", "his 8 week
# jabs"): the baby's age, not how long something has lasted (not "the 3 month jab", a contraceptive injection).
_VISIT_AGE = re.compile(
    rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>개월|ヶ月|か月|カ月|ヵ月|ケ月|个月|個月|주|週|周)\s*(?:の|的)?\s*"
    r"(?=予防接種|ワクチン|健診|예방접종|접종|영유아\s*검진|疫苗|预防针|預防針)"
    rf"|\b(?:his|her|their|baby's|babys)\s+(?P<n2>{_N})[\s-]*(?P<u2>weeks?|months?)[\s-]*(?:old\s+)?"
    r"(?=jabs\b|shots\b|vaccines\b|vaccinations\b|immuni[sz]ations\b)"  # twentieth round (T20C-O): "her 4 month shots"
    # twentieth round (T20C-O): Cantonese "打完4個月針", the baby's shots by its months (not "打咗兩個月嘅針", two
    # months of them)
    rf"|(?<=打完|打咗|打左)(?P<n3>{_N})\s*(?P<u3>个月|個月)(?=针|針)",
    re.IGNORECASE,
)


def _ages(text: str, now: datetime) -> list[Entity]:
    """`_ages_said` as `extract` calls every reader (an age needs no clock)."""
    return list(_ages_said(text))


@lru_cache(maxsize=32)
def _ages_said(text: str) -> tuple[Entity, ...]:
    """The ages in `text`, worked out once per message: the red-flag rules ask for them twice more."""
    out = []
    for m in _AGE.finditer(text):
        if m.group(1):
            years = number(m.group(1)) + (0.5 if m.group("half") else 0)  # 1歳半, 두 살 반
        elif m.group("bare") or m.group("kin") or m.group("fit") or m.group("sexed"):
            years = float(m.group("bare") or m.group("kin") or m.group("fit") or m.group("sexed"))
        elif m.group("n3") and _GAVE_BIRTH.search(text, 0, m.start()):
            continue  # seventeenth round: "生完孩子两个月": the time since the birth
        else:
            unit = m.group("unit") or m.group("unit2") or m.group("unit3")
            count = number(m.group("n") or m.group("n2") or m.group("n3")) + _half(unit)
            # days (일, 日, 天, "day old") and weeks (주, 週, 周, "week old") of a newborn, else months
            days = unit[0] in "일日天dD"
            years = count / 365 if days else count / 52 if unit[0] in "주週周wW" and "月" not in unit else count / 12
        if 0 <= years <= 120:
            prev = out[-1] if out else None
            # "1歳2ヶ月", "1岁2个月", "1살 2개월": the months belong to the years before them, no baby's age
            if prev and years < 1 <= prev.value and re.fullmatch(r"\s*", text[prev.end : m.start()]):
                out[-1] = Entity("age", text[prev.start : m.end()], prev.start, m.end(), round(prev.value + years, 2))
                continue
            out.append(Entity("age", m.group(), m.start(), m.end(), round(years, 2)))
    out = [_with_months(text, e) for e in out]
    pregnant = weeks_pregnant(text)  # "shes 34 weeks", "she's 8 weeks and spotting": a pregnancy, no age
    for m in _INFANT_AGE.finditer(text):  # fifteenth round (F14): a baby's age said like a duration
        if any(e.start < m.end() and m.start() < e.end for e in out + pregnant):
            continue
        before = text[m.start() - 1 : m.start()]
        if m.group("b") and re.match(r"[\u3040-\u30ff\u4e00-\u9fff]", before) and before not in _BABY_BEFORE_OK:
            continue  # "烧了三天的孩子": days of fever, not the child's age
        if m.group("c") and _GAVE_BIRTH.search(text, 0, m.start()):
            continue  # seventeenth round: "生完孩子两个月", "生咗BB兩個月": the time since the birth, not an age
        if m.group("c") and m.group("pc") not in _BABY_SURE:
            ending = m.group("ce")
            if ending is None or (ending.strip() in ("", "了") and m.group("pc") in ("가", "이", "が")):
                continue  # "아기가 3일, 열이": the days of the fever; "赤ちゃんが3日" too
        if m.group("f"):
            count, unit = 1.0, "个月"
        else:
            key = next(k for k in "abcdeghik" if m.group(k))
            count, unit = number(m.group(key)) + _half(m.group(key + "u")), m.group(key + "u")
        hours = _unit_hours(re.sub(r"^[个個](?=星期|礼拜|禮拜)", "", unit))
        years = count / {24: 365, 168: 52, 720: 12}[int(hours)]
        if 0 < years <= 18:
            end = m.start() + len(m.group().rstrip())  # "宝宝3周 ，": not the space before the comma
            out.append(Entity("age", text[m.start() : end], m.start(), end, round(years, 2)))
    for m in _VISIT_AGE.finditer(text):  # seventeenth round: "4ヶ月の予防接種", "his 8 week jabs"
        n = next(g for g in ("n", "n2", "n3") if m.group(g))
        start, end = m.start(n), m.end(n.replace("n", "u"))
        if not any(e.start < end and start < e.end for e in out):
            weeks = (m.group("u") or m.group("u2") or m.group("u3"))[0] in "주週周wW"
            years = number(m.group(n)) / (52 if weeks else 12)
            out.append(Entity("age", text[start:end], start, end, round(years, 2)))
    return tuple(out + _decade_ages(text, out))


# Thirteenth round. A birth just had ("产后第8天", "剖腹产", "坐月子", "産後8日目", "帝王切開して", "출산 후 10일",
# "제왕절개", "had my baby", "after my c-section", "2 weeks postpartum"): value = days since it, or True when no time
# is said. Pre-eclampsia occurs up to six weeks after a birth (NICE NG133); bot/triage.py `pregnant_or_postpartum`.
_BIRTH = re.compile(
    r"产后|產後|産後|剖腹产|剖腹產|剖宫产|剖宮產|顺产|順產|生完(?:孩子|宝宝|寶寶|小孩|小孩子)?|生了(?:孩子|宝宝|寶寶)|"
    r"生咗(?:[個个]?BB|[個个](?:仔|女))|"  # seventeenth round: Cantonese (not 生咗粒嘢, a lump grown)
    r"坐月子|月子(?:里|裡|中)|分娩(?:后|後)|出産(?:後|して|から|した|しました)|帝王切開|産んで|産んだ|産褥|"
    r"출산\s*후|출산(?:한|했|하고)|"
    # eighteenth round (C1): "출산 5일째"
    r"출산\s*(?=\d+\s*(?:일|주|개월|달))|출산\s*(?=[일이삼사오육칠팔구십]\s*(?:일|주)\s*(?:째|차))|"
    r"出産\s*(?=\d+\s*(?:日|週|ヶ月|か月|カ月))|산후|제왕절개|(?:애|아기|아이|애기)(?:를|을)?\s*낳(?:은|고|았)|분만\s*후|산욕|조리원|"
    r"post-?partum|post-?natal|gave birth|given birth|giving birth|new (?:mum|mom|mother)|"
    r"(?:had|delivered|having had)\s+(?:my|our|the|a)\s+(?:baby|son|daughter|twins|little one|boy|girl)|"
    r"c-?\s?section|caesarean|cesarean|"
    # nineteenth round (E19O): "6 weeks after delivery", "since the delivery" (a birth's, said with after or since)
    r"(?:after|since|following|post)[\s-]?(?:the\s+|my\s+)?delivery\b|"
    r"after having (?:my|our|the|a)\s+(?:baby|son|daughter|twins|little one|boy|girl)",
    re.IGNORECASE,
)
_AGO = re.compile(r"間?\s*(?:ago|前に?|전에?)?\s*(?:after|since|I|i|에|に)?\s*(?:my|the|a)?\s*$")


def _postpartum(text: str, now: datetime) -> list[Entity]:
    out = []
    if "月子病" in text:  # a folk name for a complaint blamed on a confinement, often years ago
        return out
    for m in _BIRTH.finditer(text):
        days: float | bool = True
        after = _DURATION.search(text[m.end() : m.end() + 12])
        before = [d for d in _DURATION.finditer(text[max(0, m.start() - 20) : m.start()])]
        if after:
            days = number(after.group(1)) * _unit_hours(after.group(3)) / 24
        elif before and _AGO.fullmatch(text[max(0, m.start() - 20) : m.start()][before[-1].end() :]):
            days = number(before[-1].group(1)) * _unit_hours(before[-1].group(3)) / 24
        out.append(Entity("postpartum", m.group(), m.start(), m.end(), days))
    return out


def _pregnancies(text: str, now: datetime) -> list[Entity]:
    out = []
    for m in _PREGNANT_MONTHS.finditer(text):
        months = next(g for g in m.groups() if g)
        count = int(months) if months.isdigit() else _MONTH_WORDS[months.lower()]
        out.append(Entity("pregnancy", m.group(), m.start(), m.end(), round(count * 4.3)))
    for m in _PREGNANT.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in out):
            continue  # the word of "7 months pregnant", "임신 7개월"
        weeks = next((g for g in m.groups() if g), None)
        value: int | bool = int(weeks) if weeks else True
        denied = _NOT_PREGNANT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or _NOT_PREGNANT_AFTER.match(
            text, m.end()
        )
        if not weeks and denied and not re.match(r"\s*了?\s*[吧吗嗎呢?？]", text[m.end() :]):
            value = False
        out.append(Entity("pregnancy", m.group(), m.start(), m.end(), value))
    out += [e for e in weeks_pregnant(text) if not any(o.start < e.end and e.start < o.end for o in out)]
    return out


# Fifteenth round (F3). A pulse said as a number (beats a minute): "pulse 38", "heart rate 150", "HR 140", "110 bpm",
# "맥박이 40", "심박수 150", "脈が150", "脈拍40", "心拍数150", "心率35", "心跳120多", "脉搏40". Not a number a unit of
# time, temperature or age follows ("心跳很快，持续了40分钟"), nor one with another measurement word before it. 不整脈,
# 静脈, 動脈 are no pulse; a pulse oximeter's number is the saturation (below).
_MEASURE_WORDS = (
    r"temp|fever|pressure|\bbp\b|sugar|glucose|\bsats?\b|spo2|oxygen|체온|열이|혈압|혈당|산소|体温|熱|血圧|血糖|酸素|血压|血壓"
    r"|血氧|发烧|發燒"
)
_PULSE = re.compile(
    r"(?:\bpulse(?!\s*-?\s*ox)(?:\s*rate)?|\bheart\s*rate|\bheart\s*beat|\bheartbeat|\bhr\b(?=\s*(?:is|was|of|at|:|=)?\s*\d)"
    r"|맥박|심박수|심박|심장\s*박동|(?<![整静靜動动山])脈(?:拍)?|心拍数?|心率|心跳|脉搏|脈搏|心搏)"
    rf"(?![^\d\n.!?。！？]{{0,16}}?(?:{_MEASURE_WORDS}))"
    r"[^\d\n.!?。！？]{0,16}?(?<![\d.])(\d{2,3})(?![\d.,]\d|\d|\s*/\s*\d)"
    r"|(?<![\d.])(\d{2,3})\s*(?:bpm\b|beats?\s*(?:a|per|/)\s*min|次/分|次每分|回/分|회/분)",
    re.IGNORECASE,
)
_NOT_PULSE_UNIT = re.compile(
    r"\s*(?:%|％|°|º|kg|lbs?\b|years?\b|yrs?\b|y/?o\b|months?\b|weeks?\b|days?\b|hours?\b|hrs?\b|minutes?\b|mins?\b"
    r"|seconds?\b|secs?\b|mg|mmol|(?:am|pm)\b|년|달|개월|주|일|시간|시|분|초|살|세|도|天|日|年|月|周|週|小时|小時|時間|時|分(?!間に)|秒"
    r"|岁|歲|歳|才|度|点|點|号|號)",
    re.IGNORECASE,
)
# Nineteenth round (LEFT). The number told far from the heart-rate word, a reading verb beside it: "심박수 높음 알림이
# 계속 와서
# 보니까 가만있는데 185 찍혀있어요", "心拍数の通知が何度も来て見たら150と出てる", "手錶心跳警報一直響，一看顯示160",
# "my watch keeps giving me high heart rate alerts and it's showing 170". Tried only when the near form finds no pulse.
_PULSE_WORD = (
    r"(?:\bpulse(?!\s*-?\s*ox)(?:\s*rate)?|\bheart\s*rate|\bheart\s*beat|\bheartbeat"
    r"|맥박|심박수|심박|심장\s*박동|(?<![整静靜動动山])脈(?:拍)?|心拍数?|心率|心跳|脉搏|脈搏|心搏)"
)
_PULSE_FAR = re.compile(
    _PULSE_WORD + rf"(?![^\d\n.!?。！？]{{0,40}}?(?:{_MEASURE_WORDS}))"
    r"(?:[^\d\n.!?。！？]{0,40}?(?<![\d.])(\d{2,3})(?![\d.,]\d|\d|\s*/\s*\d)"
    r"(?=\s*(?:찍혀|찍혔|찍히|찍어|찍었|나와|나왔|나오고|떠요|떠있|떴|까지\s*올|이\s*떠|으로\s*떠|と出|って出|と表示|って表示|を表示|を記録|まで上が))"
    r"|[^\d\n.!?。！？]{0,60}?(?:\bshow(?:s|ing|ed)?|\bsays|\bsaid|\breading|\bread|\bhit(?:ting|s)?"
    r"|显示|顯示|显示着|顯示著|話我|话我|跳到|去到|飙到|飆到|升到)"
    r"\s*(?:at\s+|of\s+|like\s+|about\s+|over\s+|咗\s*)?(?<![\d.])(\d{2,3})(?![\d.,]\d|\d|\s*/\s*\d))",
    re.IGNORECASE,
)
# Oxygen saturation from a pulse oximeter (%): "sats 88", "SpO2 90", "O2 sat 91%", "pulse ox says 89", "oxygen 88%",
# "산소포화도 89", "산소 수치가 90", "酸素飽和度が90", "サチュレーション88", "血氧88", "血氧饱和度只有90".
_SPO2 = re.compile(
    r"(?:\bsp\s*o2|\bsp02|\bo2\s*(?:sat(?:uration)?s?|level|reading)?|\bsats\b|\bsat(?:uration)?s?(?=\s*(?:is|was|were|are|of|at|:|=)?\s*\d)"
    r"|\boxygen(?:\s*(?:level|sat(?:uration)?s?|reading))?|\bpulse\s*-?\s*ox(?:imeter|imetry)?"
    r"|산소\s*포화도|산소\s*수치|산소|포화도|酸素飽和度|酸素濃度|酸素|サチュレーション|サチュ|サット"
    r"|血氧(?:饱和度|飽和度)?|氧饱和度|氧飽和度"
    # nineteenth round (M): the device named alone ("oximeter showed 86", "パルスオキシメーターで86", "含氧量86"), and
    # no heart-rate word between it and the number ("the oximeter says heart rate 86": the pulse)
    r"|\boximet(?:er|ry)|옥시미터|オキシメーター|オキシメータ|パルオキ|含氧量|氧气饱和|氧氣飽和)"
    r"(?![^\d\n]{0,16}?(?:pulse|heart|bpm|맥박|심박|脈|心拍|心率|心跳|脉搏))"
    r"[^\d\n.!?。！？]{0,16}?(?<![\d.])(\d{2,3})(?![\d.,]\d|\d)",
    re.IGNORECASE,
)
# A pulse taken while running or at the gym is no pulse at rest (unless rest is said too).
_EXERTION = re.compile(
    r"\b(?:run|running|ran|jog|jogging|workout|working out|exercis\w*|gym|cardio|training|spin class|hiit)\b"
    r"|운동|달리기|뛰고|뛰었|뛸 때|조깅|헬스|運動|ランニング|ジョギング|走って|走った|筋トレ|ジム"
    r"|跑步|运动|锻炼|鍛煉|健身|慢跑",
    re.IGNORECASE,
)
_AT_REST = re.compile(
    r"\b(?:at rest|resting|sitting|lying|in bed|asleep|doing nothing)\b|가만히|가만\s*있|쉬고|누워|앉아"
    r"|安静|じっと|寝て|座って|横になって|静息|休息|坐着|坐著|躺着|躺著|什么都没做|什麼都沒做",
    re.IGNORECASE,
)


# Eighteenth round (D2). A saturation a watch or a ring recorded in the sleep of someone who snores ("手環顯示半夜血氧
#掉到85", "my watch shows my oxygen dropping to 86 at night", "자는 동안 산소포화도 85까지") is the dip of a sleep
# apnoea (triage.yml sleep_apnoea: a GP's referral), not a saturation now: qualifier "asleep" (bot/answers.py drops it
# when snoring is said and not denied).
_ASLEEP = re.compile(
    r"\b(?:at night|overnight|night time|nighttime"
    r"|while (?:i'?m |he'?s |she'?s |he is |she is |i am )?(?:asleep|sleeping)"
    r"|in (?:my|his|her) sleep|during (?:the night|sleep|my sleep))\b"
    r"|자는\s*동안|잘\s*때|자면서|수면\s*중|밤에|밤새|새벽에|夜中|夜間|寝ている間|寝てる間|寝ている時|寝てる時|睡眠中|就寝中"
    r"|半夜|夜里|夜裡|夜间|夜間|睡觉时|睡覺時|睡觉的时候|睡覺的時候|睡着|睡著|瞓覺|晚上",
    re.IGNORECASE,
)


def _pulses_and_saturations(text: str) -> list[Entity]:
    out = []
    for m in _SPO2.finditer(text):
        percent = text[m.end() : m.end() + 1] in ("%", "％")
        if 50 <= int(m.group(1)) <= 100 and (percent or not _NOT_PULSE_UNIT.match(text, m.end())):
            asleep = _ASLEEP.search(_sentence(text, m.start(), m.end()))
            qualifier = "asleep" if asleep else None
            out.append(Entity("spo2", m.group(), m.start(), m.end(), int(m.group(1)), qualifier=qualifier))
    for m in _PULSE.finditer(text):
        bpm = int(m.group(1) or m.group(2))
        if not 20 <= bpm <= 300 or (m.group(1) and _NOT_PULSE_UNIT.match(text, m.end())):
            continue
        if any(e.start < m.end() and m.start() < e.end for e in out):
            continue  # "pulse ox 88": the saturation
        sentence = _sentence(text, m.start(), m.end())
        if _EXERTION.search(sentence) and not _AT_REST.search(sentence):
            continue  # "heart rate hit 170 on my run"
        out.append(Entity("pulse", m.group(), m.start(), m.end(), bpm))
    if not any(e.type == "pulse" for e in out):
        for m in _PULSE_FAR.finditer(text):
            bpm = int(m.group(1) or m.group(2))
            if not 20 <= bpm <= 300 or _NOT_PULSE_UNIT.match(text, m.end()):
                continue
            if any(e.start < m.end() and m.start() < e.end for e in out):
                continue
            sentence = _sentence(text, m.start(), m.end())
            if _EXERTION.search(sentence) and not _AT_REST.search(sentence):
                continue
            out.append(Entity("pulse", m.group(), m.start(), m.end(), bpm))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in re.finditer(r"[.!?。！？\n]", text[:start])), default=0)
    right = next((m.start() for m in re.finditer(r"[.!?。！？\n]", text[end:])), len(text) - end) + end
    return text[left:right]


# Fifteenth round (F3). Age and sex said the short way English forums use: "24f", "35M", "m42", "F/29", "29/F". Only
# 12 to 89 (a child's age is said in words; "98F" is a temperature), at the start of the message or of a clause or
# after "I'm", and not a distance or a time ("walked 30m", ", 30m ago").
_AGE_SEX = re.compile(
    r"(?:^|(?<=[,.;:(\n])|(?<=[,.;:(\n]\s)|(?<=\bi'm\s)|(?<=\bim\s)|(?<=\bi am\s)|(?<=\bme:\s))"
    r"(?:(?P<n>1[2-9]|[2-8]\d)(?:\s?/\s?)?(?P<s>[fm])|(?P<s2>[fm])(?:\s?/\s?)?(?P<n2>1[2-9]|[2-8]\d))(?![a-z0-9/])"
    r"(?!\s*(?:ago|later|before|after|walk|away|from|of|in|long|tall|high|deep|run|swim)\b)",
    re.IGNORECASE,
)


def _sexes(text: str) -> list[Entity]:
    """An "age" and a "sex" entity ("female", "male") for each short form."""
    out = []
    for m in _AGE_SEX.finditer(text):
        sex = "female" if (m.group("s") or m.group("s2")).lower() == "f" else "male"
        years = float(m.group("n") or m.group("n2"))
        out += [Entity("age", m.group(), m.start(), m.end(), years), Entity("sex", m.group(), m.start(), m.end(), sex)]
    out += [Entity("sex", m.group(), m.start(), m.end(), "male") for m in _BOY.finditer(text)]
    return out


# Eighteenth round (G). A baby or child said to be a boy ("5 day old baby boy", "my son", "아들", "息子", "男宝宝",
# "個仔"): the patient's sex, so that a newborn girl's small vaginal bleed (pseudomenses) is not read into a boy's nappy
# (triage.yml nappy_blood). Not 남아 (남아요: it remains), not BB仔 (any baby in Cantonese).
_BOY = re.compile(
    r"\b(?:baby|newborn|new-born|little|infant|toddler)\s+boy\b"
    r"|\b(?:my|our|her|the)\s+(?:(?:baby|newborn|little|\d+[- ](?:day|week|month|year)s?[- ]old)\s+)?son\b"
    r"|\b\d+[- ](?:day|week|month)s?[- ]old\s+boy\b"
    r"|아들|남자\s?아기|남자\s?아이|남자\s?애기|男の子|男の赤ちゃん|息子|男児|長男|次男"
    r"|儿子|兒子|男宝宝|男寶寶|男宝|男寶|男婴|男嬰|男孩|個仔|个仔|男BB",
    re.IGNORECASE,
)


# Nineteenth round (GAPS2). A child said by a word (子ども, うちの子, 息子, 아이, 우리 애, 아들, 孩子, 宝宝, 個仔, BB,
# "my son", "our kid"): the one who is ill is a child even when no age is said (triage.yml `child: true`: a child
# vomiting and floppy is seen today, NICE NG143/CG84). Not the patient's own childhood (子どもの頃, 아기 때부터), a
# birth (生孩子, 生完BB, 아이를 낳, "since having my baby"), the children's dad or mum (孩子他爸, 애 아빠), a
# children's medicine (子供用), a child the patient caught a bug from or cares for (子どもからうつった, 아이한테
# 옮았, 被孩子传染, 带孩子, "from my kids", "looking after the kids"), a child who speaks for the patient ("my
# daughter says I"), nor a parent who has it too (私も吐いて, 저도 옮아서, 我也吐); nor 아이고, 딸꾹질, 아가씨,
# 一个女的, BB霜 (words holding the letters).
_CHILD = re.compile(
    r"\b(?:my|our)\s+(?:(?:little|baby|youngest|eldest|oldest|older|younger|middle|\d+[- ]?(?:yr|year|month|week|day)s?"
    r"[- ]?old)\s+)?(?:son|daughter|kid|kids|child|children|boy|girl|toddler|little\s+one|baby)\b"
    r"(?!'?s?\s+(?:says?|said|thinks?|thought|told|tells|wants?|made|drove|took|brought|called"
    r"|(?:kept|keeps|woke|wakes)\s+(?:me|us))\b)"
    r"|\b(?:the|my|our)\s+(?:kiddo|kiddos)\b"
    r"|(?<!生)(?<!生完)(?<!生了)(?<!生咗)(?<!懷)(?<!怀)(?<!带)(?<!帶)(?<!哄)(?<!陪)(?<!照顾)(?<!照顧)"
    r"(?:孩子|小孩|宝宝|寶寶|儿子|兒子|女儿|女兒|婴儿|嬰兒|小朋友|闺女|閨女|囡囡|(?<![一兩两三四五几幾\d])[個个](?:仔|女(?![人士生仔孩的]))"
    r"|細路|细路|(?<![A-Za-z])BB(?![A-Za-z霜]))(?!他爸|他妈|他媽|她爸|她妈|她媽|爸|妈|媽|的爸|的妈|的媽)"
    r"|(?:子ども|子供|こども)(?!の?(?:頃|ころ|時|とき|用))|うちの子|息子|娘|赤ちゃん|赤ん坊|あかちゃん|乳児|幼児|長男|長女|次男|次女"
    r"|(?:아이(?![스디템폰콘고쿠라])|아기|애기|(?<![가-힣])아가(?![씨미])|아들|딸(?![기꾹])|우리\s*애(?=[가는를도]|\s)"
    r"|(?<![가-힣])애(?=가(?!\s*타)|는))"
    r"(?!\s*(?:를|을)?\s*(?:낳|가지|가졌|갖)|\s*때|\s*아빠|\s*엄마)",
    re.IGNORECASE,
)
# ... what the patient caught from the child or does for it: the patient is the parent
_CHILD_OWN_AFTER = re.compile(
    r"\s*(?:から|에게서|한테서|한테|에게|에서)\s*.{0,12}(?:うつ|移|もら|옮|전염)"
    r"|の.{0,10}(?:が|を)\s*(?:うつ|移|もら)|の(?:看病|世話|お世話)"
    r"|(?:传染|傳染|傳咗|传咗|過咗|过咗)(?:给|畀|俾)?(?:我|咗我)",
)
_CHILD_OWN_BEFORE = re.compile(
    r"(?:\b(?:from|off|caring\s+for|care\s+of|looking\s+after|since|having|had|delivered|with)\s*|被|从|從|跟|湊|凑)$",
    re.IGNORECASE,
)
_PARENT_TOO = re.compile(
    r"(?:私も|わたしも|僕も|俺も|自分も|저도|나도|我也|我都|我亦).{0,10}"
    r"(?:うつ|移|옮|传染|傳染|吐|토|嘔|呕|下痢|설사|拉肚|肚瀉|屙|ぐったり)"
    r"|\b(?:caught|got|have|has)\s+it\s+(?:too|as\s+well)\b|\bnow\s+i'?m\s+(?:sick|vomiting|throwing\s+up|puking)\b",
    re.IGNORECASE,
)


def _children(text: str) -> list[Entity]:
    """A "child" entity (value True) for each child word said of the one who is ill."""
    if _PARENT_TOO.search(text):
        return []
    return [
        Entity("child", m.group(), m.start(), m.end(), True)
        for m in _CHILD.finditer(text)
        if not _CHILD_OWN_AFTER.match(text, m.end())
        and not _CHILD_OWN_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
    ]
