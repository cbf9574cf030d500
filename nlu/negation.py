"""Which mentions the patient says are absent ("no fever", "열은 없어요", "熱はありません", "不发烧").

English and Chinese put the cue before the mention, Korean and Japanese after it. A cue reaches only within
its clause and never across another mention, except along a list ("no fever or cough", "열이나 기침은 없어요"),
where the negation is shared (in Chinese only "、" enumerates: the full-width comma "，" ends a clause).
Inability ("can't breathe", "숨을 쉴 수 없어요", "息ができない", "不能呼吸") is not absence: those stay
positive, so red flags still fire.
"""

from __future__ import annotations

import bisect
import re

from nlu.text import script

_BOUNDARY = re.compile(
    r"[.;!?。！？；，、\n]|,(?!\s*(?:or|nor|and)\b)|\b(?:but|however|though|although|except)\b"
    r"|그런데|근데|하지만|지만|는데|는 데|은데|고\s|서\s|けど|けれど|でも|しかし|但是|但|可是|不过|不過"
    r"|(?<=[었았였졌])어요?\s"  # a past statement ends its sentence: "멍울이 만져졌어요 아프진 않아요"
    r"|\b(?:and|but)\s+(?:my|his|her|their|i|i'm|im|he|she|it's|now)\b"  # "no rash, and my throat is closing"
)
_EN_CUE = re.compile(
    r"\b(?:no|not|never|without|denies|deny|denied|nor|neither|free of|negative for|no longer"
    r"|(?:do|does|did|have|has|had)(?: not|n't|nt)"
    r" (?:have|has|had|get|got|feel|notice|think i have|want to|wanna))\b\W*"
)
# "i didn't pass out", "he hasn't fainted": an auxiliary's negation right before the mention (its verb).
_EN_AUX_CUE = re.compile(r"\b(?:do|does|did|have|has|had)(?: not|n't|nt)(?: (?:ever|really|actually))?$")
_EN_NOT_CUE = re.compile(
    r"\bnot (?:able|breathing|responding|waking|moving|stopping|going away|improving|better)\b"
    r"|\bno (?:relief|improvement|change|better)\b|\bnot (?:sure|certain)\b"
)
# Chinese A-not-A questions ("是不是中风", "有没有可能", "要不要做心肺复苏") ask; they do not negate.
_ZH_A_NOT_A = re.compile(r"(\w)[不没沒]\1")
# 없 is no cue in 없어지다 (go away), 없애다 (remove), "…밖에 없어" (nothing but), "없진 않아" (not without).
_KO_CUE = re.compile(
    r"(?<!수)(?<!수가)(?<!수 )(?<!수가 )(?<!밖에)(?<!밖에 )"
    r"없(?!어지|어져|어졌|어질|애|앨|다면|다고|진\s*않|지는\s*않|지\s*않|는\s*(?:건|것은?)\s*아니)"
    r"|않|아니|아닌|괜찮|안\s*(?=[나아들느해했생보])"
)
_JA_CUE = re.compile(
    r"(?<![られえけせてねめべげでき])(?:ない|な[かく](?!なら|なりません)|ありません|ません|なし|無し|無い)"
    # 思ってない: "don't think" (other て+ない, 止まってない, are no denial)
    r"|(?<=思って)(?:ない|ません)|(?<=おもって)(?:ない|ません)"
)
_ZH_CUE = re.compile(r"(?:没有|沒有|不|没|沒|无|無|未|否认|否認)(?!能|了|出|过|過|停|住|断|斷|法|得)")
# "하혈이 멈추지 않아요", "熱が下がりません": a negated stop/subside/heal verb means the symptom goes on.
_PERSIST = re.compile(
    r"멈추|멈춰|멈췄|그치|떨어|내려|내리|낫|나아|나았|가라앉|줄어|줄지|止ま|とま|下が|さが|治ら|治ま|なおら|引か|ひか"
    r"|おさま|収ま|良くな|よくな"
    r"|없어지|없어져|없어졌|없어질|없진|없지는|없지 않|없는 건|없는 것|사라지|사라져|떠나|떨쳐"
    r"|消え|きえ|なくなら|なくなり|無くなら|離れ"
)
# A negative word inside a red-flag phrase ("의식이 없", "息ができない", "没有意识", "won't stop bleeding"):
# there the negation is the finding itself.
_NEGATIVE_WORD = re.compile(
    r"없|않|못|아니|(?:^|\s)안(?!정|색|경|전|심)|な[いかく]|ません|できず|不|没|沒|无|無|未"
    r"|\b(?:no|not|never|cannot|unable|without)\b|n't|\b(?:cant|wont|isnt|doesnt|hasnt)\b",
    re.IGNORECASE,
)
# The thing denied: a topic particle, or a thought or wish after the mention ("죽고 싶은 생각은 없어요", "자살할
# 생각은 없어요", "죽고싶단 생각까진 없어요", "죽고 싶진 않아요", "死にたいとは思わない", "死にたいとかはないです",
# "死にたい気持ちはありません").
_TOPIC = re.compile(
    r"\s*(?:(?:은|을|할|하는|한|단|다는|다고\s*하는)?\s*(?:생각|마음|충동)(?:까진|까지는|까지도|까지|이|은|는|도|은\s*전혀|이\s*전혀)?"
    r"|은|는|도|진|지는|は|も"
    # "死にたいとかはないです", "死にたいなんて思ってない": the thought named, then denied
    r"|(?:とは|とかは|とか|なんては|なんて|なんかは|なんか)(?=\s*(?:思|おも|ない|無い|ありません|なかっ))"
    r"|(?:という|との)?(?:気持ち|思い|考え)[はも])"
)
_LIST = re.compile(
    r"^\s*(?:,|、|/|or|nor|and|or any|and no|이나|나|랑|이랑|하고|와|과|도|이나요|や|とか|と|も"
    r"|和|或|或者|也|跟)\s*$"
)


def has_negative_word(phrase: str) -> bool:
    """Whether a rule phrase holds a negative word of its own, so that it is never read as negated."""
    return bool(_NEGATIVE_WORD.search(phrase.replace("\u2019", "'")))


def crosses_clause(gap: str) -> bool:
    """Whether the text between two words ends a clause ("," "。" "but" "and" "-고 ")."""
    return bool(_BOUNDARY.search(gap) or re.search(r"\b(?:and|or)\b", gap, re.IGNORECASE))


def _lang_of(text: str, lang: str) -> str:
    scripts = {script(ch) for ch in text}
    if "hangul" in scripts:
        return "ko"
    if "kana" in scripts or ("han" in scripts and lang == "ja"):
        return "ja"
    if "han" in scripts:
        return "zh"
    return "en"


def negated(text: str, spans: list[tuple[int, int]], lang: str = "und", strict: bool = False) -> list[bool]:
    """For each (start, end) span of `text`, whether a negation cue covers it; `lang` is the message's.

    `strict` (for red flags): a Korean or Japanese cue after the mention counts only behind a topic particle
    ("가슴은 안 아파요", "熱はない"), since in "피가 멈추질 않아요" or "返事をしない" the negated verb is the alarm.
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    result = [False] * len(spans)
    langs = {i: _lang_of(text[spans[i][0] : spans[i][1]], lang) for i in order}
    ends = sorted(e for _, e in spans)
    starts = sorted(s for s, _ in spans)
    for i in order:
        start, end = spans[i]
        if langs[i] in ("en", "zh"):
            # The nearest mention that ends before this one (mentions overlapping it bound nothing).
            left = ends[k - 1] if (k := bisect.bisect_right(ends, start)) else 0
            window = _clause_tail(text[max(left, start - 40) : start])
            result[i] = _cue_before(window, langs[i])
        else:
            right = starts[k] if (k := bisect.bisect_left(starts, end)) < len(starts) else len(text)
            # A mention that ends its clause ("부어서", "아프고") leaves nothing after it to negate; a boundary
            # inside it does not end it ("죽고 싶" + "은 생각은 없어요").
            tail = text[start:end] + " "
            closed = any(m.end() == len(tail) for m in _BOUNDARY.finditer(tail))
            stop = end if closed else end + len(_clause_head(text[end : min(right, end + 30)]))
            # Searched in place, so that look-behinds and look-aheads see past the clause (없다고 하면).
            cue = (_KO_CUE if langs[i] == "ko" else _JA_CUE).search(text, end)
            cue = cue if cue and cue.start() < stop else None
            topic = not strict or bool(_TOPIC.match(text, end))
            result[i] = bool(cue) and topic and not _PERSIST.search(text, end, cue.start())
    # Lists share one negation: forward for cue-before languages, backward for cue-after ones. Overlapping
    # mentions ("tongue", "tongue swelling") each join the list from the mention before them ("no lip or ...").
    for b in order:
        if langs[b] in ("en", "zh") and not result[b]:
            result[b] = any(
                result[a] and spans[a][1] <= spans[b][0] and _LIST.match(text[spans[a][1] : spans[b][0]]) for a in order
            )
    for a in reversed(order):
        if langs[a] in ("ko", "ja") and not result[a]:
            result[a] = any(
                result[b] and spans[a][1] <= spans[b][0] and _LIST.match(text[spans[a][1] : spans[b][0]]) for b in order
            )
    return result


def _clause_tail(text: str) -> str:
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    return text[ends[-1] :] if ends else text


def _clause_head(text: str) -> str:
    cut = _BOUNDARY.search(text)
    return text[: cut.start()] if cut else text


def _cue_before(window: str, lang: str) -> bool:
    if lang == "zh":
        return bool(_ZH_CUE.search(_ZH_A_NOT_A.sub("___", window)[-4:]))
    words = window.lower().replace("\u2019", "'").split()
    tail = " ".join(words[-5:])
    return bool(_EN_CUE.search(tail) or _EN_AUX_CUE.search(tail)) and not _EN_NOT_CUE.search(tail)
