"""The assistant's flows as data: slots, questions per complaint, triage rules, response keys (bot/data/*.yml).

Loaded once and shared; the engine reads these instead of branching on complaints in code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from nlu.files import read_yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Slot:
    name: str
    kind: str
    question: str
    context: str | None = None
    only_if: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RedFlagQuestion:
    name: str
    question: str
    finding: str
    yes_if: tuple[str, ...] = ()
    no_if: tuple[str, ...] = ()
    yes_if_parts: tuple[str, ...] = ()  # body parts named (nlu body_part ids)
    yes_phrases: tuple[str, ...] = ()  # squashed
    yes_unless: tuple[str, ...] = ()  # squashed: a yes phrase said inside one of these does not count (17th round)
    # symptoms that, said, keep the yes phrases from answering: the menopause's sweats (19th round)
    yes_unless_if: tuple[str, ...] = ()


@dataclass(frozen=True)
class Complaint:
    name: str
    symptoms: tuple[str, ...]
    ask: tuple[str, ...]
    default_level: str
    advice: str = "advice.default"


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    conditions: dict[str, Any]
    flag: str | None = None
    reason: str | None = None

    @cached_property
    def gate(self) -> frozenset[str]:
        """Symptoms of which one must be known for the rule to hold (none: no such condition); most of the
        hundreds of rules name symptoms, so a message is checked against the few its symptoms can fire."""
        for key in ("symptoms_any", "symptoms_all"):
            if key in self.conditions:
                return frozenset(self.conditions[key])
        return frozenset(self.conditions.get("symptoms_each", [()])[0])


@dataclass(frozen=True)
class Domain:
    slots: dict[str, Slot]
    red_flag_questions: dict[str, RedFlagQuestion]
    complaints: tuple[Complaint, ...]
    default_complaint: Complaint
    explained_by: dict[str, frozenset[str]]  # a condition named -> the symptoms it accounts for (complaints.yml)
    responses: dict[str, Any]
    tones: dict[str, str]
    answer_words: dict[str, frozenset[str]]
    none_phrases: dict[str, tuple[str, ...]]
    crisis_symptoms: tuple[str, ...]
    pain_words: tuple[str, ...]
    body_part_pain: dict[str, str]
    symptom_body_part: dict[str, str]  # from nlu's lexicon: which body part a symptom concept is about
    misunderstood_limit: int
    levels: tuple[str, ...]
    rules: tuple[Rule, ...]
    default_reasons: dict[str, str]
    followup_hours: dict[str, float]
    worse_at_least: str

    def complaint_for(self, symptoms: list[str]) -> Complaint:
        """Of the complaints covering these symptoms, the one with the most urgent default level; among equals
        the first in data order ("toothache and a swollen cheek" is a toothache, not a skin problem)."""
        matches = [c for c in self.complaints if any(s in c.symptoms for s in symptoms)]
        if not matches:
            return self.default_complaint
        return max(matches, key=lambda c: (self.rank(c.default_level), -matches.index(c)))

    def complaint(self, name: str) -> Complaint:
        return next((c for c in self.complaints if c.name == name), self.default_complaint)

    def rank(self, level: str) -> int:
        return self.levels.index(level)

    def rules_for(self, symptoms: Iterable[str]) -> list[Rule]:
        """The rules that can hold with these symptoms, in data order: those without a gate, and those whose gate
        names one of them (a message is checked against a few dozen of the hundreds of rules, not all)."""
        ungated, by_symptom = self._rule_index
        picked = set(ungated)
        for symptom in symptoms:
            picked.update(by_symptom.get(symptom, ()))
        return [self.rules[i] for i in sorted(picked)]

    @cached_property
    def _rule_index(self) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
        by_symptom: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            for symptom in rule.gate:
                by_symptom.setdefault(symptom, []).append(i)
        ungated = tuple(i for i, rule in enumerate(self.rules) if not rule.gate)
        return ungated, {symptom: tuple(rules) for symptom, rules in by_symptom.items()}


def squash(text: str) -> str:
    """Lower case without spaces: how phrases and messages are compared (`머리가 아파` matches `머리가아파요`)."""
    return "".join(text.lower().split())


def _lexicon() -> list[dict[str, Any]]:
    """nlu's symptom concepts (its documented data format), for the body part each symptom is about."""
    import nlu

    return read_yaml(Path(nlu.__file__).parent / "data" / "lexicon" / "symptoms.yml")


def _yaml(name: str) -> dict[str, Any]:
    return read_yaml(DATA / name)


@cache
def load() -> Domain:
    """Read and check the flow data once; a question naming an unknown slot fails here, not mid-chat."""
    dom, comp, tri = _yaml("domain.yml"), _yaml("complaints.yml"), _yaml("triage.yml")
    slots = {name: Slot(name=name, **spec) for name, spec in dom["slots"].items()}
    rfq = {
        name: RedFlagQuestion(
            name=name,
            question=spec["question"],
            finding=spec["finding"],
            yes_if=tuple(spec.get("yes_if", ())),
            no_if=tuple(spec.get("no_if", ())),
            yes_if_parts=tuple(spec.get("yes_if_parts", ())),
            yes_phrases=tuple(squash(p) for p in spec.get("yes_phrases", ())),
            yes_unless=tuple(squash(p) for p in spec.get("yes_unless", ())),
            yes_unless_if=tuple(spec.get("yes_unless_if", ())),
        )
        for name, spec in dom["red_flag_questions"].items()
    }

    def complaint(name: str, spec: dict[str, Any]) -> Complaint:
        unknown = [q for q in spec["ask"] if q not in slots and q not in rfq]
        if unknown:
            raise ValueError(f"complaint {name}: unknown questions {unknown}")
        return Complaint(
            name=name,
            symptoms=tuple(spec.get("symptoms", ())),
            ask=tuple(spec["ask"]),
            default_level=spec["default_level"],
            advice=spec.get("advice", "advice.default"),
        )

    rules = tuple(
        Rule(
            id=r["id"],
            level=r["level"],
            flag=r.get("flag"),
            reason=r.get("reason"),
            conditions={k: v for k, v in r.items() if k not in ("id", "level", "flag", "reason")},
        )
        for r in tri["rules"]
    )
    return Domain(
        slots=slots,
        red_flag_questions=rfq,
        complaints=tuple(complaint(n, s) for n, s in comp["complaints"].items()),
        default_complaint=complaint("default", comp["default"]),
        explained_by={str(k): frozenset(v) for k, v in (comp.get("explained_by") or {}).items()},
        responses=dom["responses"],
        tones=dom["tones"],
        answer_words={k: frozenset(str(w).lower() for w in v) for k, v in dom["answer_words"].items()},
        none_phrases={k: tuple(squash(p) for p in v) for k, v in dom["none_phrases"].items()},
        crisis_symptoms=tuple(dom["crisis_symptoms"]),
        pain_words=tuple(squash(w) for w in dom["pain_words"]),
        body_part_pain=dict(dom["body_part_pain"]),
        symptom_body_part={c["id"]: c["body_part"] for c in _lexicon() if c.get("body_part")},
        misunderstood_limit=int(dom["misunderstood_limit"]),
        levels=tuple(tri["levels"]),
        rules=rules,
        default_reasons=tri["default_reasons"],
        followup_hours={k: float(v) for k, v in tri["followup_hours"].items()},
        worse_at_least=tri["worse_at_least"],
    )
