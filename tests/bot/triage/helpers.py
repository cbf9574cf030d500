"""Helpers shared by the triage tables: the level the engine gives a hand-built parse, and symptom sets they reuse."""

from __future__ import annotations

from bot_parses import parse

from bot import engine


def level(text: str = "...", **kwargs) -> tuple[str, tuple[str, ...]]:
    """The engine's level and reasons for a parse built by hand (bot_parses.parse keywords)."""
    decision, _ = engine.assess(parse(text, **kwargs))
    return decision.level, decision.reasons


# A chest pain that pressing brings back: a chest wall pain.
WALL = ("chest_pain", "tender_to_press", "chest_wall_pain")
# The rule for a chest pain that came on suddenly with breathlessness (a collapsed lung, a clot).
SUDDEN = "chest_pain_sudden_breathless"
