"""Find listed names in a message by the conventions of nlu/data/README.md, for lexicons and red-flag rules.

ko/ja/zh names match on characters with whitespace removed from text and name. Single-character names
are ambiguous inside longer words (목요일, 배고파요, 面目), so they must also start a word and, in Korean,
be followed by a particle or predicate; a per-language blocklist of compounds suppresses what those rules
miss (머리카락, 头发). English names match whole words, with regular inflections added to each word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from nlu.text import compact, fold, script, squeeze

# What may follow a one-syllable Korean noun: particles, and the predicates patients put after body parts.
_KO_NEXT = set("이가은는을를도만에의와과랑쪽부까아앞뒤밑속안위전통")
_EN_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Between two words of one English lexicon name: a comma, a semicolon, a question or exclamation mark, or a full stop
# ending a sentence ends the clause (a decimal point or a hyphen does not: "38.5", "1-month-old"), unless the name is
# written so ("hand, foot and mouth"). Red-flag phrases (word_rules off) may span them ("pregnancy test, it was
# negative").
_CLAUSE_BREAK = re.compile(r"[,;!?]|\.\s")
# An English name "unable to X" is said just as often "not able to X", "wasn't able to X" (eighteenth round, M: "she
# wasnt able to breathe" read nothing, and a bare "able to breathe" would be denied by the "wasn't" before it): each
# such name also matches with these words for its "unable".
_EN_NOT_ABLE = ("not", "wasn't", "wasnt", "isn't", "isnt", "weren't", "werent", "aren't", "arent")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    payloads: tuple[Any, ...]  # every entry listed under this name


def inflections(word: str) -> set[str]:
    """Regular English forms of one word: plural, third person, -ing, -ed (headaches, coughing, throbbing)."""
    forms = {word}
    if not word.isalpha() or len(word) < 3:
        return forms
    forms |= {word + "s", word + "es", word + "ed", word + "ing"}
    forms.add(word + "'s")  # seventeenth round: a possessive or "is" is one token ("whole family's got", "dog's off")
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}
    return forms


class Gazetteer:
    """Names, each with a language and a payload. A Latin-script name matches English-style whatever its
    file's language (rules in ko.yml may list "heart attack"); other names match on characters."""

    def __init__(
        self, names: Iterable[tuple[str, str, Any]], blocklist: Iterable[str] = (), word_rules: bool = True
    ) -> None:
        """`word_rules=False` matches one-character names anywhere (red-flag rules are written that way)."""
        self._word_rules = word_rules
        cjk: dict[tuple[str, str], list[Any]] = defaultdict(list)
        self._en: dict[tuple[str, ...], list[Any]] = defaultdict(list)
        self._en_across: set[tuple[str, ...]] = set()  # English names written with a comma or a full stop inside
        bases: dict[str, set[str]] = defaultdict(set)  # inflected form -> the name words it inflects
        self._en_max = 1
        for lang, name, payload in names:
            if name.isascii():
                words = tuple(_EN_TOKEN.findall(name.lower()))
                said = [words] + [(no, "able", *words[1:]) for no in _EN_NOT_ABLE if words[:1] == ("unable",)]
                for words in said:
                    self._en[words].append(payload)
                    self._en_max = max(self._en_max, len(words))
                    if _CLAUSE_BREAK.search(name + " "):  # "hand, foot and mouth" is written across its commas
                        self._en_across.add(words)
                    for word in words:
                        for form in inflections(word):
                            bases[form].add(word)
            elif key := squeeze(name):
                cjk[key, lang].append(payload)  # per language: the one-character rules differ
        # ko/ja/zh names by their first character: the lengths they come in, longest first, and each name's
        # (language, payloads) entries; a position is then tried once per length, not once per name.
        self._cjk_lengths: dict[str, tuple[int, ...]] = {}
        self._cjk: dict[str, list[tuple[str, tuple[Any, ...]]]] = defaultdict(list)
        for (key, lang), payloads in cjk.items():
            self._cjk[key].append((lang, tuple(payloads)))
        for key in self._cjk:
            self._cjk_lengths[key[0]] = tuple(sorted({*self._cjk_lengths.get(key[0], ()), len(key)}, reverse=True))
        self._cjk_first = re.compile("|".join(map(re.escape, sorted(self._cjk_lengths))) or "(?!)")
        self._en = {words: tuple(payloads) for words, payloads in self._en.items()}
        self._bases = {form: tuple(sorted(names)) for form, names in bases.items()}
        # Every start of a name (("chest",), ("chest", "pain")): a span stops growing once no name starts so.
        self._en_starts = {words[:n] for words in self._en for n in range(1, len(words) + 1)}
        self._block: dict[str, list[str]] = defaultdict(list)
        self._en_block: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # English: whole words, as written
        for word in blocklist:
            if word.isascii():
                if words := tuple(_EN_TOKEN.findall(fold(word))):
                    self._en_block[words[0]].append(words)
            elif key := squeeze(word):
                self._block[key[0]].append(key)

    @property
    def keys(self) -> frozenset[str]:
        """What a message must hold for a name to be found in it (see `message_keys`): a form of an English name's
        word, or the first character of a ko/ja/zh name."""
        return frozenset(self._bases) | frozenset(self._cjk_lengths)

    def find(self, text: str, overlapping: bool = False) -> list[Hit]:
        """Hits in `text` (offsets into `text`); unless `overlapping`, the longest wins where two overlap."""
        hits = self._find_cjk(text) + self._find_en(text)
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        if overlapping:
            return hits
        kept: list[Hit] = []
        for hit in hits:
            if not kept or hit.start >= kept[-1].end:
                kept.append(hit)
        return kept

    def _find_cjk(self, text: str) -> list[Hit]:
        if not self._cjk or text.isascii():
            return []
        flat, index = _compact(text)
        reach: list[int] = []  # worked out at the first name found: most gazetteers find none in a message
        hits = []
        for first in self._cjk_first.finditer(flat):  # the positions where a name may start
            i = first.start()
            for length in self._cjk_lengths[first.group()]:
                j = i + length
                if j > len(flat):
                    continue
                key = flat[i:j]
                for lang, payloads in self._cjk.get(key, ()):
                    if self._word_rules and not _fits(text, index[i], index[j - 1] + 1, key, lang):
                        continue
                    reach = reach or self._blocked(flat)
                    if reach[i] >= j:  # inside a blocklisted compound
                        continue
                    if _inside_number(text, index[i], index[j - 1] + 1):  # "1개월 아기" is not in "11개월 아기"
                        continue
                    hits.append(Hit(index[i], index[j - 1] + 1, payloads))
        return hits

    def _blocked(self, flat: str) -> list[int]:
        """For each position, the furthest end of a blocklisted compound starting at or before it."""
        reach, furthest = [], 0
        for i, ch in enumerate(flat):
            for key in self._block.get(ch, ()):
                if flat.startswith(key, i):
                    furthest = max(furthest, i + len(key))
            reach.append(furthest)
        return reach

    def _find_en(self, text: str) -> list[Hit]:
        if not self._en:
            return []
        tokens, begins, ends, breaks = _en_tokens(text)
        if self._bases.keys().isdisjoint(tokens):  # most gazetteers have no word of a given message
            return []
        bases = [self._bases.get(token, ()) for token in tokens]
        reach = self._en_blocked(tokens)
        hits = []
        for i in range(len(tokens)):
            starts: list[tuple[str, ...]] = [()]  # the spans from token i that begin a name, in every base form
            crossed = False  # a lexicon name does not run across a clause's end unless written so (sixteenth round)
            for n in range(1, min(self._en_max, len(tokens) - i) + 1):
                crossed = crossed or (self._word_rules and n > 1 and breaks[i + n - 1])
                starts = [
                    words + (base,)
                    for words in starts
                    for base in bases[i + n - 1]
                    if words + (base,) in self._en_starts
                ]
                if not starts:
                    break
                if (
                    reach[i] < i + n
                    and _en_bounded(text, begins[i], ends[i + n - 1])
                    and not _inside_number(text, begins[i], ends[i + n - 1])
                ):
                    hits += [
                        Hit(begins[i], ends[i + n - 1], payloads)
                        for words in starts
                        if (payloads := self._en.get(words)) and (not crossed or words in self._en_across)
                    ]
        return hits

    def _en_blocked(self, words: tuple[str, ...]) -> list[int]:
        """For each token, the furthest end (in tokens) of a blocklisted phrase starting at or before it."""
        reach, furthest = [], 0
        for i, word in enumerate(words):
            for key in self._en_block.get(word, ()):
                if tuple(words[i : i + len(key)]) == key:
                    furthest = max(furthest, i + len(key))
            reach.append(furthest)
        return reach


def message_keys(text: str) -> frozenset[str]:
    """The English words and the characters of `text`: a gazetteer whose `keys` it does not meet finds nothing in
    it, so a caller holding many gazetteers can skip most of them."""
    return frozenset(_en_tokens(text)[0]) | frozenset(_compact(text)[0])


@lru_cache(maxsize=32)
def _compact(text: str) -> tuple[str, tuple[int, ...]]:
    """`compact(text)`, worked out once per message for the gazetteers that read it."""
    flat, index = compact(text)
    return flat, tuple(index)


@lru_cache(maxsize=32)
def _en_tokens(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], tuple[bool, ...]]:
    """The English words of `text` (folded), their offsets, and for each word whether a clause break lies between
    it and the word before: worked out once per message for the ~80 gazetteers that read it, not once by each."""
    tokens = list(_EN_TOKEN.finditer(fold(text)))
    breaks = [False] + [bool(_CLAUSE_BREAK.search(text, a.end(), b.start())) for a, b in pairwise(tokens)]
    return (
        tuple(t.group() for t in tokens),
        tuple(t.start() for t in tokens),
        tuple(t.end() for t in tokens),
        tuple(breaks),
    )


def _fits(text: str, start: int, end: int, key: str, lang: str) -> bool:
    """Word-start and particle rules for one-character names; a longer name that reaches across a space
    must start a word (고열 is not in 아프고 열은)."""
    before = text[start - 1] if start else " "
    if len(key) > 1:
        return not (script(before) == script(text[start]) != "other" and any(c.isspace() for c in text[start:end]))
    after = text[end] if end < len(text) else " "
    if lang == "ko":
        return script(before) != "hangul" and (script(after) != "hangul" or after in _KO_NEXT)
    if lang == "ja":
        return script(before) != "han" and script(after) != "han"
    return True


def _inside_number(text: str, start: int, end: int) -> bool:
    """A name that begins with a number names that number, not the tail of a longer one (sixteenth round): a baby
    of "11개월" or "11ヶ月" is no "1개월 아기" or "1ヶ月の赤ちゃん", and a fit of "11분쯤" no "1분쯤" that stopped.
    Eighteenth round: a digit group counts as one number, and a name that ends in a number of three digits or more
    (an emergency number) is no head of a longer one: "911", "000", "119", "120" are whole numbers, not a part of
    "10,000 feet", "1,911", "1.999 kg" (English splits them into words at the comma or point), "打1200块", "1199원".
    Shorter endings are prefixes on purpose ("血氧8" of 85, "38" of 38.5, "temperature 36" of 36.8)."""
    before = text[max(start - 2, 0) : start]
    glued = before[-1:].isdigit() or before[-1:] == "." or (before[-1:] == "," and before[:1].isdigit())
    head = text[start].isdigit() and glued
    number = re.search(r"\d+$", text[start:end])
    group = re.match(r"\d|,\d{3}(?!\d)", text[end : end + 5])
    return bool(head or (number and len(number.group()) >= 3 and group))


def _en_bounded(text: str, start: int, end: int) -> bool:
    """English tokens must not be glued to other Latin letters ('cold' inside 'coldé'); Korean, Japanese and
    Chinese write them against their own words without a space ("AEDはどこ", "AED在哪里", "CPR해야")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return all(not ch.isalpha() or script(ch) in ("hangul", "kana", "han") for ch in (before, after))
