"""The entity lexicons of nlu/data/lexicon/: symptoms (with ICD-10 codes), body parts, medications, allergens.

Loaded once into one matcher per entity type; names in all four languages are searched in every message,
so a Korean message that writes 頭痛 or a Chinese one with "cough" still yields the concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from nlu.files import read_yaml
from nlu.matcher import Gazetteer
from nlu.types import LANGS, Entity

DATA_DIR = Path(__file__).parent / "data" / "lexicon"
FILES = {
    "symptom": "symptoms.yml",
    "body_part": "body_parts.yml",
    "medication": "medications.yml",
    "allergy": "allergens.yml",
}


_ALLERGY_CUE = re.compile(r"allerg|알레르기|알러지|アレルギー|過敏|过敏|anaphyla", re.IGNORECASE)


@dataclass(frozen=True)
class Concept:
    id: str
    code: str | None


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


class Lexicon:
    def __init__(self, folder: Path = DATA_DIR) -> None:
        blocklist = read_blocklist(folder / "blocklist.yml")
        self._matchers: dict[str, Gazetteer] = {}
        self.concepts: dict[str, dict[str, Concept]] = {}
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
                    names += [(lang, name, concept) for lang, name in _names(entry)]
            self.concepts[kind] = found
            self._matchers[kind] = Gazetteer(names, blocklist)

    def find(self, text: str) -> list[Entity]:
        """Lexicon entities in `text`: value is the concept id (generic name for medications)."""
        out = []
        for kind, matcher in self._matchers.items():
            for hit in matcher.find(text):
                concept = hit.payloads[0]
                code = concept.code if kind == "symptom" else None
                out.append(Entity(kind, text[hit.start : hit.end], hit.start, hit.end, concept.id, code))
        return _medicine_or_allergy(text, out)


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
        if e.type == "symptom" and _ALLERGY_CUE.match(e.text) and any(_close(e, f) for f in allergies):
            continue  # "allergic" in "allergic to penicillin" is a history, not a reaction now
        out.append(e)
    return out


def _close(a: Entity, b: Entity, gap: int = 15) -> bool:
    return a.start - gap <= b.end and b.start - gap <= a.end
