"""What nlu reads in a sentence, as plain sets and lists, for the tests of tests/nlu (import: `from nlu_reads import
...`, as tests/bot imports bot_parses). Each helper names the layer it asks: the whole parse, the lexicon alone, the
red-flag rules alone, or the quantity extractor alone."""

from __future__ import annotations

from typing import Any

import nlu
from nlu.quantities import extract


def parsed_flags(text: str) -> set[str]:
    """The red-flag ids of the whole parse."""
    return {f.id for f in nlu.parse(text).red_flags}


def symptoms_present(text: str) -> set[str]:
    """The symptoms the parse finds present (negated ones left out)."""
    return {e.value for e in nlu.parse(text).symptoms()}


def symptoms_mentioned(text: str) -> set[str]:
    """Every symptom entity of the parse, negated or not."""
    return {e.value for e in nlu.parse(text).entities if e.type == "symptom"}


def parsed_values(text: str, kind: str) -> list[Any]:
    """The values of the parse's entities of one type, in order."""
    return [e.value for e in nlu.parse(text).entities if e.type == kind]


def found(lexicon, text: str, kind: str = "symptom") -> set[str]:
    """The concepts of one type the lexicon alone finds."""
    return {e.value for e in lexicon.find(text) if e.type == kind}


def rule_flags(rules, text: str, lang: str) -> set[str]:
    """The red-flag ids the rules of `lang` alone raise."""
    return {f.id for f in rules.find(text, lang)}


def extracted(text: str, kind: str) -> list[Any]:
    """The values of one type the quantity extractor alone reads, in order."""
    return [e.value for e in extract(text) if e.type == kind]
