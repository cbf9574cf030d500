"""Spans that do not mean what their type says, marked in `Entity.qualifier` so that the assistant reads codes,
not text: a "burning" sensation is no burn, a body part denied or inside a condition's name or under a skin
lesion is no pain site of its own, a time "ago" of a past procedure is no duration of the complaint."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from nlu.negation import part_denied
from nlu.types import Entity

# Eighth round. English "burning" is also a sensation ("a burning pain", "a burning rash"): it is a burn injury only
# when something hot, a flame, a chemical or the sun is named (other languages name the injury with its own word).
_BURN_SENSATION = {"burning"}  # "burns" is as often the injury's plural ("burns on my arm")
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
    r"初潮(?:から|して)?|初经|初經|태어난\s*지|출산(?:\s*후|\s*한\s*지)?|산후|분만\s*후|초경(?:\s*후|\s*한\s*지|\s*시작한\s*지)?|"
    r"(?:had|having|delivered|birth to)\s+(?:my|our|her|the)\s+(?:baby|son|daughter|twins)|gave birth|giving birth|"
    r"postpartum|post-partum|(?:first|1st)\s+period|"
    # thirteenth round: a caesarean or a birth said as the delivery or the confinement month
    r"剖腹产|剖腹產|剖宫产|剖宮產|顺产|順產|坐月子|生完|帝王切開(?:して|から|後)?|제왕절개(?:\s*후|\s*한\s*지|\s*하고)?|"
    r"출산하고|출산했고|(?:애|아기|아이|애기)(?:를|을)?\s*낳(?:고|은\s*지)|"
    r"(?:my|the|a)\s+(?:c-?\s?section|caesarean|cesarean)|c-?\s?section|caesarean|cesarean)"
    r"\s*(?:about|around|almost|nearly|for|대략|약|한|第|大概|快)?\s*$",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(
    r"^\s*(?:old|postpartum|post-partum|after (?:the )?birth|since (?:the )?birth)\b", re.IGNORECASE
)
_BUT = re.compile(r"인데|는데|지만|けど|けれど|ですが|但|可是|不过|不過|\bbut\b", re.IGNORECASE)
# Twelfth round. A stroke feared for later or named as a risk ("am I about to have a stroke?", "이러다 뇌졸중 오는 거
# 아닌가요", "脳卒中になりそうで怖い", "我是不是快要中风了", "stroke risk") is a worry, not a stroke now; its signs
# (a face droop, a weak arm, slurred speech, "am I having a stroke?") keep their own rules.
_FEARABLE = {"stroke"}
_FEARED_BEFORE = re.compile(
    r"(?:about to|going to|gonna|will i|could i|might|risk of|at risk of|worried about|afraid of|scared of|fear of|"
    r"terrified of|prevent|give me|cause|lead to|end up with)\s+"
    r"(?:(?:have|having|get|getting|suffer|suffering)\s+)?(?:a\s+)?$"
    r"|(?:快要|快|要|怕|担心|擔心|担心会|擔心會|预防|預防|容易)$|이러다가?\s*$",
    re.IGNORECASE,
)
_FEARED_AFTER = re.compile(
    r"\s*(?:risk|one day|some day|someday|in the future)\b"
    r"|[이가에]?\s*(?:오는\s*거\s*아닌|올까|올\s*것\s*같|올\s*거\s*같|올\s*수|위험|걱정|걸릴까|걸리는\s*거\s*아닌|생길까|예방|올지|맞을까)"
    r"|(?:に|が|の|を)?(?:なりそう|なるのでは|なるんじゃ|ならないか|なったら|なるか|心配|リスク|危険|怖|予防|起こしそう|起こすのでは)"
    r"|的?(?:风险|風險|危险|危險)",
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
    r"|(?:년|몇\s*년)\s*전에?\s*$|예전에\s*$|(?:得过|得過|有过|有過)\s*$",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(
    r"\s*(?:(?:a\s+)?(?:few\s+|couple of\s+|\d+\s+)?years? ago|(?:\d+|some|a few)\s+months? ago|back in"
    r"|in (?:19|20)\d\d"
    r"|when (?:he|she|i) was|at (?:the )?(?:age )?(?:of )?\d{2}\b|in the past|before\b|history|runs in|in the family)"
    r"|\s*(?:を)?(?:やって(?:ます|る|います|いて|おり)|やったことが|の既往|既往|で亡くな|で他界|で死|を患|になったことが|を起こしたことが|の家系|の家族歴)"
    r"|(?:过|過)|(?:病史|史|去世|过世|過世|走的|死的)"
    r"|\s*(?:으로|로)?\s*(?:돌아가셨|돌아가신|쓰러지셨었|쓰러지셨던|앓으셨|앓았었|가족력|병력|수술(?:을)?\s*받으셨|오셨었|왔었|이\s*있으셨|있으셨)",
    re.IGNORECASE,
)


# Fourteenth round. A stroke named in a question ("is this a stroke??", "혹시 뇌졸중인가요?", "脳卒中ですか？",
# "是不是中风？") is a worry: the red flag stroke_signs alone decides it (raised unless the signs are said to be
# fine), not the symptom.
_ASKED_BEFORE = re.compile(
    r"(?:is (?:this|it|that)|could (?:this|it|that) be|am i having|is this a sign of|is it a sign of)"
    r"\s+(?:a\s+)?(?:mini\s+)?$"
    r"|(?:是不是|会不会是|會不會是|难道是|難道是)$",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(
    r"\s*(?:인가|일까|인지|\s*아닌가요|\s*아닐까|이에요\s*\?|\s*증상인가|\s*증상일까|\s*전조)"
    r"|(?:ですか|でしょうか|かな|じゃないですか|ではないですか|の前兆|の症状ですか)"
    r"|(?:吗|嗎|了吗|了嗎|的前兆|前兆)",
    re.IGNORECASE,
)


def qualify(text: str, entities: list[Entity], skin: Collection[str]) -> list[Entity]:
    """`entities` with their qualifier set; `skin` the symptom concepts that are skin lesions."""
    sensation = not _BURN_SOURCE.search(text.lower())
    out = []
    for e in entities:
        mark = None
        if e.type == "symptom" and e.value == "burn" and sensation and e.text.lower() in _BURN_SENSATION:
            mark = "sensation"
        elif e.type == "symptom" and e.value in _FEARABLE and _around(text, e, _FEARED_BEFORE, _FEARED_AFTER):
            mark = "feared"
        elif e.type == "symptom" and e.value in _FEARABLE and _around(text, e, _PAST_BEFORE, _PAST_AFTER):
            mark = "history"  # thirteenth round: a past stroke, the patient's or a relative's
        elif e.type == "symptom" and e.value in _FEARABLE and _around(text, e, _ASKED_BEFORE, _ASKED_AFTER):
            mark = "asked"  # fourteenth round: "is this a stroke?": the red flag decides
        elif e.type == "duration" and _history_time(text, e, entities):
            mark = "history"
        elif e.type == "body_part":
            mark = _part(text, e, entities, skin)
        out.append(replace(e, qualifier=mark) if mark else e)
    return out


def _clause(text: str, e: Entity) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, e.start)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(text, e.end)), len(text))
    return left, right


def _history_time(text: str, e: Entity, entities: list[Entity]) -> bool:
    left, right = _clause(text, e)
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
