"""Text -> Parse: language id, intents, entities, emotion and red flags (pure: no database, no network).

`import nlu` is cheap; the models load on the first `parse()` (or on `load()`, to warm up at start), once,
whichever thread gets there first.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from nlu.types import Parse

if TYPE_CHECKING:
    from nlu.pipeline import Pipeline

__all__ = ["Parse", "load", "parse", "parse_many"]

_lock = threading.Lock()
_pipeline: Pipeline | None = None


def load() -> Pipeline:
    """The shared pipeline, loaded on first use (trains and caches the model if the data changed)."""
    global _pipeline
    if _pipeline is None:
        with _lock:
            if _pipeline is None:
                from nlu.pipeline import Pipeline

                _pipeline = Pipeline()
    return _pipeline


def parse(text: str, prev_lang: str | None = None, now: datetime | None = None) -> Parse:
    """Understand one patient message; `prev_lang` is the conversation's language so far (ko, en, zh, ja);
    `now` is when it was sent (default: now), so "since Tuesday" means the same when a message is replayed."""
    return load().parse(text, prev_lang, now=now)


def parse_many(items: Sequence[tuple[str, str | None]], now: datetime | None = None) -> list[Parse | Exception]:
    """`parse()` of each (text, prev_lang) in one batch (cheaper per message: one encoder call for all). Element i
    is item i's Parse, or the exception `parse()` would raise for it alone (ValueError for a non-string or a text
    over 100,000 characters), returned in its place so that one bad message fails only itself."""
    return load().parse_many(items, now=now)
