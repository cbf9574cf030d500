"""Build nlu Parse values by hand, so the engine is tested on exactly what nlu is specified to return."""

from __future__ import annotations

from typing import Any

from nlu.types import Entity, Parse, RedFlag, Scored


def parse(
    text: str,
    lang: str = "en",
    intent: str = "inform",
    symptoms: tuple[str, ...] = (),
    negated: tuple[str, ...] = (),
    flags: tuple[str, ...] = (),
    emotion: str = "neutral",
    **values: Any,
) -> Parse:
    """`values`: entity type -> normalised value (duration hours, severity, temperature, age, medication...)."""
    entities = [Entity("symptom", s, 0, len(text), s) for s in (*symptoms, *negated)]
    for kind, value in values.items():
        for v in value if isinstance(value, list) else [value]:
            entities.append(Entity(kind, str(v), 0, len(text), v))
    return Parse(
        text=text,
        lang=lang,
        lang_confidence=0.99,
        intent=Scored(intent, 0.9),
        entities=entities,
        emotion=Scored(emotion, 0.9 if emotion != "neutral" else 0.5),
        red_flags=[RedFlag(f, text) for f in flags],
        negated=list(negated),
    )


def yes(lang: str = "en") -> Parse:
    return parse({"en": "yes", "ko": "네", "ja": "はい", "zh": "是的"}[lang], lang, intent="affirm")


def no(lang: str = "en") -> Parse:
    return parse({"en": "no", "ko": "아니요", "ja": "いいえ", "zh": "没有"}[lang], lang, intent="deny")


class FakeNLU:
    """Stands in for `nlu.parse` in service tests: known texts give fixed parses, anything else is noise."""

    def __init__(self, table: dict[str, Parse]) -> None:
        self.table = table

    def __call__(self, text: str, prev_lang: str | None = None) -> Parse:
        if text in self.table:
            return self.table[text]
        return parse(text, prev_lang or "en", intent="out_of_scope")
