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
