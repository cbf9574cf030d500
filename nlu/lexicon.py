"""The entity lexicons of nlu/data/lexicon/: symptoms and chronic conditions (with ICD-10 codes), body parts,
medications, allergens.

Loaded once into one matcher per entity type; names in all four languages are searched in every message,
so a Korean message that writes 頭痛 or a Chinese one with "cough" still yields the concept. A symptom may
also be found by two words in one clause (`near:` in symptoms.yml): patients put a particle, a verb or a
whole "when I ..." between the organ and the pain (おしっこをするときに痛み, it stings when I wee), which no
list of names can spell out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from nlu.files import read_yaml
from nlu.matcher import Gazetteer, Hit, message_keys
from nlu.negation import crosses_clause, has_negative_word, negated
from nlu.types import LANGS, Entity

DATA_DIR = Path(__file__).parent / "data" / "lexicon"
FILES = {
    "symptom": "symptoms.yml",
    "body_part": "body_parts.yml",
    "medication": "medications.yml",
    "allergy": "allergens.yml",
    "condition": "conditions.yml",
}


_ALLERGY_CUE = re.compile(r"allerg|알레르기|알러지|アレルギー|過敏|过敏|anaphyla", re.IGNORECASE)
_NEAR_GAP = 16  # characters between the two words of a `near:` pair ("をするときに", " when I ", " 볼 때마다 ")
_SENTENCE_GAP = 40  # `sentence: true` pairs: one sentence, "and" and commas allowed ("peeing every hour and it hurts")
# What ends a sentence or turns it round ("but"); "and", commas and 는데 do not, in `sentence: true` pairs.
# nineteenth round (C19): a decimal point ("it's 6.4 and I feel normal again") ends no sentence
_SENTENCE_END = re.compile(
    r"(?<!\d)\.|\.(?!\d)|[;!?。！？；\n]|\b(?:but|however|though|although|except)\b"
    r"|그런데|근데|하지만|지만|けど|けれど|でも|しかし|但是|但|可是|不过|不過",
    re.IGNORECASE,
)
# Nineteenth round (B16): `turns: true` pairs end only at a full stop, not at "but" ("a mole I've had forever but it's
# got bigger", "昔からあるほくろだけど大きくなった": the turn is from the old mole to its change, not away from it).
_SENTENCE_STOP = re.compile(r"(?<!\d)\.|\.(?!\d)|[;!?。！？；\n]")


@dataclass(frozen=True)
class Concept:
    id: str
    code: str | None


@dataclass(frozen=True)
class Near:
    """A symptom said in two parts: a `first` word (the organ or act), then a `then` word (the complaint)."""

    concept: Concept
    first: Gazetteer
    then: Gazetteer
    # a body part may stand between: 개가 손을 물었어요, 猫に手を噛まれた; a list names the only parts that may
    # (sixteenth round: the belly or back in "生理の時お腹が痛い", not the breasts in "月经前乳房胀痛", their own pain)
    sites: bool | frozenset[str]
    gap: int  # characters allowed between the two words
    sentence: bool = False  # one sentence, not one clause: "and", commas and 는데 may stand between
    # fifteenth round (F17): longer symptoms that may hold the `then` word, being the complaint said in full ("피가
    # 나와요" in "소변볼때 피가 나와요": bleeding); the pair takes their place
    absorbs: frozenset[str] = frozenset()
    # fifteenth round (F17): symptoms that, said and not denied, leave the words unpaired (a period: the blood seen
    # when passing urine is the period's)
    not_with: frozenset[str] = frozenset()
    # eighteenth round (D2): the `then` word stays a symptom of its own too ("dad had a heart attack": the family
    # history, and the heart attack that nlu/qualify.py reads as someone else's history, raising no red flag)
    keeps: bool = False
    # nineteenth round (B16): with `sentence`, "but", けど, 但是 may stand between too (only a full stop parts them)
    turns: bool = False
    # nineteenth round (C19): symptoms one of which must be said, not denied, for the words to pair (a hypo, for
    # the sugar taken and the patient "normal again": not a blood donor's juice)
    only_with: frozenset[str] = frozenset()
    # twentieth round (T20D-O): symptoms that may stand between the two words (the tingle before a cold sore's blister:
    # "嘴唇昨天开始刺刺麻麻的，今天起了个小水泡")
    between: frozenset[str] = frozenset()

    @classmethod
    def read(cls, concept: Concept, spec: dict) -> Near:
        def words(key: str) -> Gazetteer:
            return Gazetteer([("und", str(w), True) for w in spec.get(key) or []], spec.get("unless") or [], False)

        sentence = bool(spec.get("sentence"))
        gap = int(spec.get("gap") or (_SENTENCE_GAP if sentence else _NEAR_GAP))
        absorbs, not_with = (frozenset(str(c) for c in spec.get(key) or []) for key in ("absorbs", "not_with"))
        sites = spec.get("sites")
        sites = frozenset(str(p) for p in sites) if isinstance(sites, list) else bool(sites)
        keeps = bool(spec.get("keeps"))
        turns = bool(spec.get("turns"))
        only_with = frozenset(str(c) for c in spec.get("only_with") or [])
        between = frozenset(str(c) for c in spec.get("between") or [])
        first, then = words("first"), words("then")
        return cls(concept, first, then, sites, gap, sentence, absorbs, not_with, keeps, turns, only_with, between)

    def _site(self, part: object) -> bool:
        """Whether the body part `part` may stand between the two words."""
        return self.sites is True or (isinstance(self.sites, frozenset) and part in self.sites)

    def _crosses(self, gap: str) -> bool:
        if self.sentence:
            return bool((_SENTENCE_STOP if self.turns else _SENTENCE_END).search(gap))
        return crosses_clause(gap)

    def find(self, text: str, found: list[Entity]) -> list[tuple[Entity, Hit]]:
        """`first` then `then` in one clause, close, with nothing between them that takes the complaint (a
        negation, another body part or symptom); English may also put the complaint first. Each pair comes
        with its `then` hit (the complaint word)."""
        out: list[tuple[Entity, Hit]] = []
        besides = [(e.start, e.end) for e in found if e.type == "symptom" and e.value in self.not_with]
        if besides and not all(negated(text, besides)):
            return out
        if self.only_with:
            needed = [(e.start, e.end) for e in found if e.type == "symptom" and e.value in self.only_with]
            if not needed or all(negated(text, needed)):
                return out
        for a in self.first.find(text):
            for b in self.then.find(text):
                x, y = (a, b) if a.start < b.start else (b, a)
                gap = text[x.end : y.start]
                if x is b and not text[b.start : b.end].isascii():
                    continue
                if y.start < x.end or len(gap) > self.gap or self._crosses(gap) or has_negative_word(gap):
                    continue
                if any(
                    (_inside(e, x.end, y.start) and not (e.type == "symptom" and e.value in self.between))
                    or (e.type == "symptom" and _within(b, e) and e.value not in self.absorbs)
                    for e in found
                    if (e.type == "symptom" or (e.type == "body_part" and not self._site(e.value)))
                    and e.value != self.concept.id
                ):
                    continue
                if not any(
                    e.value == self.concept.id and e.start < y.end and x.start < e.end
                    for e in found + [p for p, _ in out]
                ):
                    pair = Entity("symptom", text[x.start : y.end], x.start, y.end, self.concept.id, self.concept.code)
                    out.append((pair, b))
        return out


def _inside(e: Entity, start: int, end: int) -> bool:
    return start <= e.start and e.end <= end


def _within(hit: Hit, e: Entity) -> bool:
    """The complaint word belongs to a longer symptom name (痛 of 頭痛), not to this one."""
    return e.start <= hit.start and hit.end <= e.end and e.end - e.start > hit.end - hit.start


def _entries(doc: object) -> list[dict]:
    """The list of concepts, whether the file is a bare list or a mapping holding one list."""
    if isinstance(doc, list):
        return [e for e in doc if isinstance(e, dict)]
    if isinstance(doc, dict):
        for value in doc.values():
            if isinstance(value, list):
                return [e for e in value if isinstance(e, dict)]
    return []


def _names(entry: dict) -> list[tuple[str, str]]:
    names = entry.get("names") if isinstance(entry.get("names"), dict) else entry
    out = []
    for lang in LANGS:
        value = names.get(lang) or []
        for name in [value] if isinstance(value, str) else value:
            if str(name).strip():
                out.append((lang, str(name)))
    return out


def _concept(entry: dict) -> Concept | None:
    cid = entry.get("id") or entry.get("generic") or entry.get("name")
    code = entry.get("icd10") or entry.get("icd_10") or entry.get("code")
    if isinstance(code, list):
        code = code[0] if code else None
    return Concept(str(cid), str(code) if code else None) if cid else None


def read_blocklist(path: Path) -> list[str]:
    """Compounds from blocklist.yml: per-language lists, optionally under a `blocklist:` key, or entries
    with the compound under `text`/`word`/`compound`."""
    if not path.is_file():
        return []
    doc = read_yaml(path) or {}
    if isinstance(doc, dict) and isinstance(doc.get("blocklist"), dict | list):
        doc = doc["blocklist"]
    items = [w for lang in LANGS for w in doc.get(lang) or []] if isinstance(doc, dict) else list(doc)
    words = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("text") or item.get("word") or item.get("compound")
        if item:
            words.append(str(item))
    return words


@dataclass(frozen=True)
class Injury:
    """`injury:` under a concept: after an injury word, some of its mentions mean another concept ("fell off
    my bike and can't move my arm" is an injured arm, cannot_move_limb, not one-sided weakness)."""

    concept: Concept
    becomes: Concept
    mentions: Gazetteer  # words of the mentions that may be re-read ("can't move", 動かな); not 편마비
    cues: Gazetteer  # injury words: fell, crash, twisted, 넘어져, 転んで, 摔
    keep: frozenset[str]  # symptoms that keep the concept (a droop, speech trouble: a stroke after all)
    unless: Gazetteer | None = None  # words that keep a mention as it is (大便 in "大便后纸上有血"; fifteenth round)
    # twentieth round (T20A-D): words said anywhere that keep the concept (suddenly, this morning: a stroke after all)
    keep_words: Gazetteer | None = None

    def apply(self, text: str, found: list[Entity]) -> list[Entity]:
        if not self.cues.find(text) or any(e.type == "symptom" and e.value in self.keep for e in found):
            return found
        if self.keep_words and self.keep_words.find(text):
            return found
        out = []
        for e in found:
            if (
                e.type == "symptom"
                and e.value == self.concept.id
                and self.mentions.find(e.text)
                and not (self.unless and self.unless.find(e.text))
            ):
                e = Entity("symptom", e.text, e.start, e.end, self.becomes.id, self.becomes.code)
                if any(f.type == "symptom" and f.value == e.value and f.start < e.end and e.start < f.end for f in out):
                    continue
            out.append(e)
        return out


class Lexicon:
    def __init__(self, folder: Path = DATA_DIR) -> None:
        blocklist = read_blocklist(folder / "blocklist.yml")
        self._matchers: dict[str, Gazetteer] = {}
        self.concepts: dict[str, dict[str, Concept]] = {}
        self._near: list[Near] = []
        self._injury: list[Injury] = []
        self.skin: set[str] = set()  # symptom concepts about the skin (a rash, a spot, a burn): lesions with a site
        injury_specs: list[tuple[Concept, dict]] = []
        for kind, filename in FILES.items():
            path = folder / filename
            if not path.is_file():
                continue
            entries = _entries(read_yaml(path))
            names = []
            found: dict[str, Concept] = {}
            for entry in entries:
                concept = _concept(entry)
                if concept:
                    found[concept.id] = concept
                    if kind == "symptom" and entry.get("body_part") == "skin":
                        self.skin.add(concept.id)
                    names += [(lang, name, concept) for lang, name in _names(entry)]
                    if isinstance(entry.get("near"), dict):
                        self._near.append(Near.read(concept, entry["near"]))
                    # twentieth round (T20A-D): one block or a list of blocks, each with its own cues
                    blocks = entry.get("injury")
                    for block in [blocks] if isinstance(blocks, dict) else blocks if isinstance(blocks, list) else []:
                        if isinstance(block, dict):
                            injury_specs.append((concept, block))
            self.concepts[kind] = found
            self._matchers[kind] = Gazetteer(names, blocklist)
        for concept, spec in injury_specs:
            becomes = self.concepts.get("symptom", {}).get(str(spec.get("becomes")))
            if becomes:
                words = [("und", str(w), True) for w in spec.get("mentions") or []]
                cues = [("und", str(w), True) for w in spec.get("cues") or []]
                keep = frozenset(str(k) for k in spec.get("keep") or [])
                unless = Gazetteer([("und", str(w), True) for w in spec.get("unless") or []], (), False)
                mentions, cue_words = Gazetteer(words, (), False), Gazetteer(cues, blocklist, False)
                kept = [("und", str(w), True) for w in spec.get("keep_words") or []]
                keep_words = Gazetteer(kept, blocklist, False) if kept else None
                self._injury.append(Injury(concept, becomes, mentions, cue_words, keep, unless, keep_words))
        self._near_index: dict[str, list[int]] = defaultdict(list)  # a key of a pair's first word -> the pairs
        for i, near in enumerate(self._near):
            for key in near.first.keys:
                self._near_index[key].append(i)
        self._near_then = [near.then.keys for near in self._near]

    def _nears_in(self, text: str) -> list[Near]:
        """The `near:` pairs both of whose words may be in `text`, in data order: a message has a few of the
        hundred and more, and the rest would find nothing."""
        keys = message_keys(text)
        picked = {i for key in keys for i in self._near_index.get(key, ())}
        return [self._near[i] for i in sorted(picked) if not self._near_then[i].isdisjoint(keys)]

    def find(self, text: str) -> list[Entity]:
        """Lexicon entities in `text`: value is the concept id (generic name for medications)."""
        out = []
        for kind, matcher in self._matchers.items():
            for hit in matcher.find(text):
                concept = hit.payloads[0]
                code = concept.code if kind in ("symptom", "condition") else None
                out.append(Entity(kind, text[hit.start : hit.end], hit.start, hit.end, concept.id, code))
        # A symptom name inside a condition name is the history, not a complaint now: "asthma" in "I have
        # asthma" is no attack, 高血圧 in 高血圧があります no reading ("asthma attack" is longer and stays).
        conditions = [e for e in out if e.type == "condition"]
        out = [e for e in out if e.type != "symptom" or not any(_inside(e, c.start, c.end) for c in conditions)]
        out = [e for e in out if not _attack_of_other(text, e, out)]
        nears = self._nears_in(text)
        found = [(p, b, near.absorbs) for near in nears for p, b in near.find(text, out) if not near.keeps]
        pairs = [p for p, _, _ in found] + [p for near in nears if near.keeps for p, _ in near.find(text, out)]
        # The complaint word of a pair is no symptom of its own: "burns" in "it burns when I pee" is no burn;
        # another symptom inside a pair stays ("peeing every half hour" inside "peeing every half hour and
        # it hurts").
        out = [
            e
            for e in out
            if e.type != "symptom"
            or not any(
                (_inside(e, p.start, p.end) or e.value in absorbs) and e.start < b.end and b.start < e.end
                for p, b, absorbs in found
            )
        ]
        out = _medicine_or_allergy(text, out + pairs)
        for injury in self._injury:
            out = injury.apply(text, out)
        return out


# Fifteenth round. 発作/발작 alone (an attack) is a seizure ("発作を起こして倒れた", "아이가 발작을 해요"), but said
# right after another complaint or a condition ("咳の発作", "パニックの発作", "過呼吸の発作", "기침 발작") it is
# that one's attack. Not after a fever (a febrile seizure) or a seizure word ("てんかんの発作").
_ATTACK_WORDS = {"発作", "발작"}
_ATTACK_JOIN = re.compile(r"\s*[の의]?\s*")
_ATTACK_NOT_OF = {"seizure", "fever"}


def _attack_of_other(text: str, e: Entity, found: list[Entity]) -> bool:
    if e.type != "symptom" or e.value != "seizure" or e.text not in _ATTACK_WORDS:
        return False
    return any(
        f.type in ("symptom", "condition")
        and f.value not in _ATTACK_NOT_OF
        and f.end <= e.start
        and _ATTACK_JOIN.fullmatch(text, f.end, e.start)
        for f in found
    )


def _medicine_or_allergy(text: str, found: list[Entity]) -> list[Entity]:
    """A drug listed as an allergen too (aspirin) is an allergy only next to an allergy word
    ("allergic to aspirin", "아스피린 알레르기"), else a medication; either way, not both."""
    drugs = {(e.start, e.end) for e in found if e.type == "medication"}
    allergies = [
        e for e in found if e.type == "allergy" and ((e.start, e.end) not in drugs or _ALLERGY_CUE.search(text))
    ]
    out = []
    for e in found:
        both = (e.start, e.end) in drugs and any(
            f.type == "allergy" and (f.start, f.end) == (e.start, e.end) for f in found
        )
        near = _ALLERGY_CUE.search(text, max(0, e.start - 20), min(len(text), e.end + 20))
        if both and (e.type == "medication") == bool(near):
            continue
        if (
            e.type == "symptom"
            and e.value != "allergy_test_request"  # nineteenth round (B19): "黄蜂…想去做过敏原检测" asks for a test
            and _ALLERGY_CUE.match(e.text)
            and any(_close(e, f) for f in allergies)
        ):
            continue  # "allergic" in "allergic to penicillin" is a history, not a reaction now
        if e.type == "allergy" and not near and any(
            f.type in ("symptom", "body_part") and _inside(e, f.start, f.end) for f in found
        ):
            continue  # the cat in "bitten by our cat", the bee in "bee sting", the peach in 복숭아뼈 (an ankle bone)
        out.append(e)
    return out


def _close(a: Entity, b: Entity, gap: int = 15) -> bool:
    return a.start - gap <= b.end and b.start - gap <= a.end
