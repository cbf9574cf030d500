"""One message through every stage, rules first: clean -> language -> entities -> negation -> red flags ->
intent -> emotion. A red flag forces `emergency` whatever the classifier says; models only ever add."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from nlu import embed, store
from nlu.entities import extract
from nlu.langid import detect
from nlu.lexicon import Lexicon
from nlu.negation import negated
from nlu.redflags import RedFlagRules
from nlu.text import clean
from nlu.types import Entity, Parse, Scored

# Given the cleaned text and its sentence embedding: the intent ranking and any entities of its own.
IntentSource = Callable[[str, object], tuple[list[Scored], list[Entity]]]


class Pipeline:
    def __init__(self, model: Path | None = None, cache: Path | None = None) -> None:
        """Load everything now; `model` is a file written by `vclinic nlu train`, else the built-in data."""
        self.encoder = embed.shared()
        # Reading the encoder's weights overlaps with importing scikit-learn and reading the data files.
        warm = threading.Thread(target=self.encoder.encode, args=(["warm up"],), daemon=True)
        warm.start()
        self.lexicon = Lexicon()
        self.rules = RedFlagRules.load()
        self.models = store.read(model) if model else store.load_or_train(self.encoder, cache)
        warm.join()

    def local_intents(self, text: str, embedding: object) -> tuple[list[Scored], list[Entity]]:
        return self.models.intent.rank(text, embedding), []

    def parse(
        self,
        text: object,
        prev_lang: str | None = None,
        intents: IntentSource | None = None,
        now: datetime | None = None,
    ) -> Parse:
        """Raises ValueError only for a non-string or a text over 100,000 characters."""
        text = clean(text)
        lang, lang_conf = detect(text, prev_lang)
        result = Parse(text=text, lang=lang, lang_confidence=round(lang_conf, 3))
        if not any(ch.isalnum() for ch in text):
            return result  # empty, emoji, punctuation: nothing to understand, keep the defaults
        entities = extract(text, self.lexicon, now)
        # "no diabetes", "당뇨는 없어요": a denied condition is no history; the assistant keeps only what is said.
        conditions = [e for e in entities if e.type == "condition"]
        absent = negated(text, [(e.start, e.end) for e in conditions], lang)
        denied = [c for c, neg in zip(conditions, absent, strict=True) if neg]
        entities = [e for e in entities if e not in denied]
        symptoms = [e for e in entities if e.type == "symptom"]
        absent = negated(text, [(e.start, e.end) for e in symptoms], lang)
        present = {e.value for e, neg in zip(symptoms, absent, strict=True) if not neg}
        result.negated = sorted({e.value for e, neg in zip(symptoms, absent, strict=True) if neg} - present)
        result.red_flags = self.rules.find(text, lang)
        embedding = self.encoder.encode([text])[0]
        ranking, extra = (intents or self.local_intents)(text, embedding)
        result.entities = entities + [e for e in extra if not any(_overlap(e, f) for f in entities)]
        if result.red_flags:
            ranking = [Scored("emergency", 1.0)] + [s for s in ranking if s.name != "emergency"]
        result.intent_ranking = ranking
        result.intent = ranking[0] if ranking else Scored("out_of_scope", 0.0)
        if self.models.emotion is not None:
            result.emotion = self.models.emotion.rank(text, embedding)[0]
        return result


def _overlap(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end
