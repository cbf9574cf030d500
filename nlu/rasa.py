"""Optional backend: intents (and entities) from an external Rasa server's `POST /model/parse`.

Language id, red flags, the lexicon, negation and emotion still run locally, and the rules run first: a
red flag forces `emergency` whatever Rasa answers. The caller passes the URL (the composition root reads
VCLINIC_RASA_URL); if the server fails, the local classifier answers instead and a warning is logged.
"""

from __future__ import annotations

import logging

import httpx

from nlu.pipeline import Pipeline
from nlu.types import Entity, Parse, Scored

log = logging.getLogger(__name__)


def from_rasa(text: str, answer: dict) -> tuple[list[Scored], list[Entity]]:
    """Rasa's parse answer -> (intent ranking, entities); offsets are Rasa's, into the same text."""
    ranking = [
        Scored(str(item.get("name")), round(float(item.get("confidence") or 0.0), 4))
        for item in answer.get("intent_ranking") or []
        if item.get("name")
    ]
    top = answer.get("intent") or {}
    if top.get("name") and (not ranking or ranking[0].name != top["name"]):
        ranking.insert(0, Scored(str(top["name"]), round(float(top.get("confidence") or 0.0), 4)))
    entities = []
    for item in answer.get("entities") or []:
        start, end = int(item.get("start", -1)), int(item.get("end", -1))
        if 0 <= start < end <= len(text):
            entities.append(Entity(str(item.get("entity")), text[start:end], start, end, item.get("value")))
    return ranking, entities


class RasaBackend:
    def __init__(self, url: str, pipeline: Pipeline, timeout: float = 5.0) -> None:
        self._pipeline = pipeline
        self._client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout)

    def _intents(self, text: str, embedding: object) -> tuple[list[Scored], list[Entity]]:
        try:
            response = self._client.post("/model/parse", json={"text": text})
            response.raise_for_status()
            return from_rasa(text, response.json())
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("Rasa server failed (%s); using the local intent model", type(exc).__name__)
            return self._pipeline.local_intents(text, embedding)

    def parse(self, text: str, prev_lang: str | None = None) -> Parse:
        return self._pipeline.parse(text, prev_lang, intents=self._intents)

    def close(self) -> None:
        self._client.close()
