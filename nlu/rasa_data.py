"""Read Rasa NLU training data (format 3.x) so that a clinic can train vclinic on its own Rasa project.

Reads `- intent:` blocks (annotations `[text](entity)`, `[text](entity:value)` and `[text]{"entity": ...}`
are reduced to their text and kept as entity spans), `synonym:` and `lookup:` blocks; `regex:` blocks are
skipped. A folder is read recursively: every .yml/.yaml file with an `nlu:` key counts, others are ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from nlu.files import read_yaml

_ANNOTATION = re.compile(r"\[(?P<text>[^\]]+)\](?:\((?P<short>[^)]+)\)|(?P<json>\{[^}]*\}))")


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    entities: tuple[tuple[int, int, str, str], ...] = ()  # (start, end, entity, value)


@dataclass
class NluData:
    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # surface form -> canonical value
    lookups: dict[str, list[str]] = field(default_factory=dict)

    def extend(self, other: NluData) -> None:
        self.examples += other.examples
        self.synonyms.update(other.synonyms)
        for name, values in other.lookups.items():
            self.lookups.setdefault(name, []).extend(values)


def strip_annotations(line: str) -> Example:
    """One example line -> plain text and the entity spans it annotated (intent left empty)."""
    out, spans, pos = [], [], 0
    for m in _ANNOTATION.finditer(line):
        out.append(line[pos : m.start()])
        start = sum(map(len, out))
        text = m.group("text")
        if m.group("json"):
            try:
                meta = json.loads(m.group("json"))
            except json.JSONDecodeError:
                meta = {}
            entity, value = str(meta.get("entity", "")), str(meta.get("value", text))
        else:
            entity, _, value = m.group("short").partition(":")
            value = value or text
        out.append(text)
        spans.append((start, start + len(text), entity, value))
        pos = m.end()
    out.append(line[pos:])
    return Example("".join(out), "", tuple(spans))


def example_lines(block: object) -> list[str]:
    if isinstance(block, list):
        return [str(x).strip() for x in block]
    items = []
    for raw in str(block or "").splitlines():
        raw = raw.strip()
        if raw.startswith("- "):
            items.append(raw[2:].strip())
    return [x for x in items if x]


def parse_document(doc: object) -> NluData:
    """One loaded YAML document -> NluData (empty unless it has an `nlu:` list)."""
    data = NluData()
    blocks = doc.get("nlu") if isinstance(doc, dict) else None
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, dict):
            continue
        if "intent" in block:
            intent = str(block["intent"])
            for line in example_lines(block.get("examples")):
                ex = strip_annotations(line)
                if ex.text.strip():
                    data.examples.append(Example(ex.text, intent, ex.entities))
        elif "synonym" in block:
            for line in example_lines(block.get("examples")):
                data.synonyms[line] = str(block["synonym"])
        elif "lookup" in block:
            data.lookups.setdefault(str(block["lookup"]), []).extend(example_lines(block.get("examples")))
    return data


def load(path: str | Path) -> NluData:
    """Read a Rasa NLU file, or every NLU file under a Rasa `data/` folder (sorted, recursive)."""
    path = Path(path)
    files = sorted(p for p in path.rglob("*") if p.suffix in (".yml", ".yaml")) if path.is_dir() else [path]
    if not files:
        raise ValueError(f"no Rasa YAML files under {path}")
    data = NluData()
    for file in files:
        data.extend(parse_document(read_yaml(file)))
    return data
