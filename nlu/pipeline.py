"""One message through every stage, rules first: clean -> language -> entities -> negation -> red flags ->
intent -> emotion -> qualifiers (nlu/qualify.py). A red flag forces `emergency` whatever the classifier says;
models only ever add."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from nlu import embed, store
from nlu.entities import extract
from nlu.langid import detect
from nlu.lexicon import Lexicon
from nlu.negation import medicine_not_taken, missed_dose, negated
from nlu.qualify import qualify, unsaid_names
from nlu.redflags import RedFlagRules
from nlu.text import clean
from nlu.types import Entity, Parse, Scored

# What may stand between a fever word and its reading: "열은 36.9", "熱は36.8", "发烧36.9", "temp is 36.9".
_READING = re.compile(
    r"\s*(?:은|는|이|가|도|は|も|が|:|：|is|was|of|=)?\s*(?:약|大约|約|about|around)?\s*", re.IGNORECASE
)

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
        (result,) = self.parse_many([(text, prev_lang)], intents, now)
        if isinstance(result, Exception):
            raise result
        return result

    def parse_many(
        self,
        items: Sequence[tuple[object, str | None]],
        intents: IntentSource | None = None,
        now: datetime | None = None,
    ) -> list[Parse | Exception]:
        """parse() of each (text, prev_lang), with one encoder call for the whole batch: the encoder streams its
        weights once per call, so a batch of 16 costs well under half as much per message as 16 single calls.

        Element i is item i's Parse, or the exception parse() raises for it alone (ValueError for a non-string or
        a text over 100,000 characters), returned, not raised, so that one bad message fails only itself.
        parse_many raises only when a stage run once for the whole batch fails (the encoder, the local models).
        `intents` (the Rasa backend's hook) is called once per message, in order; if it raises, that item fails.
        """
        results: list[Parse | Exception] = []
        todo: list[tuple[int, Parse, list[Entity]]] = []  # the messages with something to understand
        for text, prev_lang in items:
            try:
                result, entities = self._rules(text, prev_lang, now)
            except Exception as exc:
                results.append(exc)
                continue
            results.append(result)
            if entities is not None:
                todo.append((len(results) - 1, result, entities))
        if not todo:
            return results
        texts = [result.text for _, result, _ in todo]
        embeddings = self.encoder.encode(texts)
        local = self.models.intent.rank_many(texts, embeddings) if intents is None else []
        emotions = self.models.emotion.rank_many(texts, embeddings) if self.models.emotion is not None else None
        for k, (i, result, entities) in enumerate(todo):
            try:
                ranking, extra = (local[k], []) if intents is None else intents(texts[k], embeddings[k])
            except Exception as exc:
                results[i] = exc
                continue
            _finish(result, entities, ranking, extra)
            result.entities = qualify(result.text, result.entities, self.lexicon.skin)
            result.embedding = embeddings[k]
            if emotions is not None:
                result.emotion = emotions[k][0]
        return results

    def _rules(self, text: object, prev_lang: str | None, now: datetime | None) -> tuple[Parse, list[Entity] | None]:
        """Everything before the models: language, entities, negation, red flags. Entities are None when there is
        nothing to understand (empty, emoji, punctuation): the Parse keeps its defaults and needs no embedding."""
        text = clean(text)
        lang, lang_conf = detect(text, prev_lang)
        result = Parse(text=text, lang=lang, lang_confidence=round(lang_conf, 3))
        if not any(ch.isalnum() for ch in text):
            return result, None
        entities = extract(text, self.lexicon, now)
        # "열은 36.9도예요", "熱は36.8度", "fever 36.9": a fever word naming a measured normal reading is no fever
        # (eleventh round; a neutropenic patient's 38 °C or chills still are)
        normal = [e for e in entities if e.type == "temperature" and e.value < 37.0]
        entities = [
            e
            for e in entities
            if not (e.type == "symptom" and e.value == "fever")
            or not any(_READING.fullmatch(text[e.end : t.start]) for t in normal if t.start >= e.end)
        ]
        # "no diabetes", "당뇨는 없어요": a denied condition is no history; the assistant keeps only what is said.
        conditions = [e for e in entities if e.type == "condition"]
        absent = negated(text, [(e.start, e.end) for e in conditions], lang)
        denied = [c for c, neg in zip(conditions, absent, strict=True) if neg]
        entities = [e for e in entities if e not in denied]
        # "not on any blood thinners", "血液サラサラの薬は飲んでません": a denied medicine is not taken (eleventh
        # round), unless a dose is said to be missed ("haven't taken my warfarin today": still on it)
        medications = [e for e in entities if e.type == "medication"]
        if medications:
            absent = negated(text, [(e.start, e.end) for e in medications], lang)
            denied = [
                m for m, neg in zip(medications, absent, strict=True) if neg and not missed_dose(text, m.start, m.end)
            ]
            entities = [e for e in entities if e not in denied]
        # ko "약 안 먹어요" is no general negation cue (twelfth round, T): read right after the medicine only, with
        # its own missed-dose check (a morning nosebleed is no missed dose)
        entities = [e for e in entities if not (e.type == "medication" and medicine_not_taken(text, e.end, lang))]
        symptoms = [e for e in entities if e.type == "symptom"]
        # a body part named after a symptom takes the cue that follows it: "피가 살짝 묻어요 ㅠ 배는 안아파요",
        # "胸がドキドキする 胸は痛くない" deny the belly's or the chest's pain, not the blood or the pounding
        # (fifteenth round, F10)
        parts = [e for e in entities if e.type == "body_part" and not any(s.start <= e.start < s.end for s in symptoms)]
        absent = negated(text, [(e.start, e.end) for e in symptoms + parts], lang)[: len(symptoms)]
        present = {e.value for e, neg in zip(symptoms, absent, strict=True) if not neg}
        result.negated = sorted({e.value for e, neg in zip(symptoms, absent, strict=True) if neg} - present)
        # "お腹の張りや出血はありません": a body part inside a denied symptom's words is no pain site (eleventh round)
        gone = [e for e, neg in zip(symptoms, absent, strict=True) if neg and e.value not in present]
        # ... nor one right before it, its site ("足のしびれや出血はない", "no leg numbness"; nineteenth round, E19O)
        entities = [
            replace(e, qualifier="denied")
            if e.type == "body_part"
            and any(
                s.start <= e.start and e.end <= s.end
                or (e.end <= s.start and text[e.end : s.start] in ("", " ", "の", "的", "嘅"))
                for s in gone
            )
            else e
            for e in entities
        ]
        # a condition named only as a worry, a question or a history ("이러다 심장마비", "是脑膜炎吓我") raises no flag
        worries = unsaid_names(text, entities, present, bool(result.negated))
        result.red_flags = self.rules.find(text, lang, worries)
        if "infant_fever" in self.rules.someone_elses(text, lang):
            # a nursing mother's own fever: the baby's age said is not the patient's (eleventh round)
            entities = [
                replace(e, qualifier="someone_else") if e.type == "age" and e.value < 1 else e for e in entities
            ]
        return result, entities


def _finish(result: Parse, entities: list[Entity], ranking: list[Scored], extra: list[Entity]) -> None:
    """The intent: the classifier's (or Rasa's) ranking, with `emergency` forced first by any red flag."""
    result.entities = entities + [e for e in extra if not any(_overlap(e, f) for f in entities)]
    if result.red_flags:
        ranking = [Scored("emergency", 1.0)] + [s for s in ranking if s.name != "emergency"]
    result.intent_ranking = ranking
    result.intent = ranking[0] if ranking else Scored("out_of_scope", 0.0)


def _overlap(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end
