"""All entities of one message: lexicon concepts (symptoms with ICD-10, body parts, medications, allergens)
and quantities (duration, onset, severity, temperature, blood pressure, glucose, age, pregnancy)."""

from __future__ import annotations

from datetime import datetime

from nlu.lexicon import Lexicon
from nlu.quantities import extract as quantities
from nlu.types import Entity


def extract(text: str, lexicon: Lexicon, now: datetime | None = None) -> list[Entity]:
    """Entities sorted by position; a body part inside a symptom name ("머리" in "머리가 아프") is kept, since
    the symptom may be coded without a site."""
    found = lexicon.find(text) + quantities(text, now)
    return sorted(found, key=lambda e: (e.start, -e.end, e.type))
