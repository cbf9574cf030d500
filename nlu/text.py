"""Text hygiene and Unicode-script helpers shared by every matcher.

Cleaning keeps the text's length unchanged, so that entity offsets still point into the caller's text.
"""

from __future__ import annotations

import unicodedata

MAX_CHARS = 100_000


def clean(text: object) -> str:
    """Replace lone surrogates and control characters one-for-one; refuse non-strings and huge texts."""
    if not isinstance(text, str):
        raise ValueError(f"parse() needs a str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"message longer than {MAX_CHARS} characters")
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cs":
            out.append("\ufffd")
        elif cat in ("Cc", "Cf") and ch not in "\n\t\u200d":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def script(ch: str) -> str:
    """The writing system of one character: hangul, kana, han, latin, or other."""
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF:
        return "han"
    if ch.isalpha() and (o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0xFF21 <= o <= 0xFF5A):
        return "latin"
    return "other"


def compact(text: str) -> tuple[str, list[int]]:
    """Text without whitespace, lower-cased, and for each kept character its index in `text`."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch.lower() if ch.isascii() else ch)
            index.append(i)
    return "".join(chars), index


def squeeze(name: str) -> str:
    """A lexicon name in the same shape as `compact()` text."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in name if not ch.isspace())


def fold(text: str) -> str:
    """Lower case and straight apostrophes, one character for one, so offsets survive."""
    if text.isascii():
        return text.lower()
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text.replace("\u2019", "'"))


# Traditional Chinese characters that negation and denial wording uses, each with its one Simplified form
# (one character for one, so offsets survive). Only characters that Simplified Chinese never writes on their own.
_TRAD = (
    "沒没並并麼么麽么還还過过從从於于這这種种類类問问題题嗎吗會会點点樣样別别說说説说話话幾几應应該该讓让對对"
    "關关係系顯显覺觉們们個个為为難难氣气無无現现時时間间後后來来頭头發发燒烧暈晕嘔呕腫肿順顺暢畅誤误斷断認认"
    "絕绝樣样麼么甦苏醒醒楚楚傷伤殺杀與与樂乐邊边裡里裏里開开閉闭塊块見见聽听醫医藥药療疗針针腦脑臉脸膚肤嚨咙"
    "喚唤叫叫電电車车歲岁寶宝嬰婴兒儿媽妈爺爷奶奶誰谁麼么實实際际經经歷历總总親亲愛爱夠够剛刚纔才唄呗嗎吗呢呢"
    "啥啥甚甚專专門门嚴严重重厲厉較较極极處处狀状態态況况據据據据將将進进復复雖虽該该沒没盡尽壓压體体溫温熱热"
    "嘆叹談谈講讲記记憶忆識识夢梦話话語语錯错礙碍礙碍從从來来擔担心心憂忧慮虑鬱郁悶闷煩烦躁躁哭哭淚泪傻傻"
)
_TRAD_TO_SIMP = str.maketrans({t: s for t, s in zip(_TRAD[::2], _TRAD[1::2], strict=True) if t != s})


def to_simplified(text: str) -> str:
    """Traditional Chinese written in Simplified characters, one character for one ("沒有想不開" -> "没有想不开",
    "甚麼" -> "什么"), so that Chinese negation wording need be written once. Other scripts are left as they are."""
    out = text.translate(_TRAD_TO_SIMP)
    return out.replace("甚么", "什么") if "甚么" in out else out


# Characters that mark a Chinese text's script, from the table above plus common words of symptom talk. Simplified
# forms that Traditional also writes on their own (里 公里, 系 系統, 才, 后 皇后, 几 茶几, 于, 么, 郁, 周) mark nothing.
_MORE_TRAD = "謝谢請请幫帮癢痒紅红懷怀瀉泻頻频鐘钟輕轻腸肠診诊腳脚節节噁恶惡恶涼凉頸颈臟脏腎肾壞坏濕湿產产婦妇檢检驗验"
_SHARED = set("里系才后几于么郁周")
_HANT_MARKS = frozenset(t for t, s in zip(_TRAD[::2] + _MORE_TRAD[::2], _TRAD[1::2] + _MORE_TRAD[1::2], strict=True)
                        if t != s)
_HANS_MARKS = frozenset(s for t, s in zip(_TRAD[::2] + _MORE_TRAD[::2], _TRAD[1::2] + _MORE_TRAD[1::2], strict=True)
                        if t != s and s not in _SHARED)


def han_script(text: str) -> str | None:
    """Whether a Chinese text is written in Traditional ("Hant") or Simplified ("Hans") characters, by the marked
    characters it has ("我頭很痛" -> "Hant", "我头很痛" -> "Hans"); None when it has none ("好", "三天") or as many of
    each, and for Japanese (kana), whose kanji look Traditional."""
    hant = hans = 0
    for ch in text:
        if ch in _HANT_MARKS:
            hant += 1
        elif ch in _HANS_MARKS:
            hans += 1
        elif "\u3040" <= ch <= "\u30ff":
            return None
    return "Hant" if hant > hans else "Hans" if hans > hant else None
