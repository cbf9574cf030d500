"""A learned safety net for triage: a message that reads like an emergency is raised to `emergency`.

Rules decide first (red flags, then the triage rules); this model can only raise a level, never lower one
(DESIGN.md: rules first, models only add). It is the NLU's own recipe (`nlu.classifier`: character n-grams plus
the USE-multilingual sentence embedding, linear SVM, numpy at run time), trained as emergency vs the rest on the
development vignettes (`bot/data/dev/**/triage_<lang>.yml`; never the evaluation or sealed sets). Trained at first
use and cached as plain arrays (an .npz file, never a pickle) beside the NLU model, keyed by a hash of the data,
like `nlu.store`.

Measured in docs/nlu.md ("Learned safety net"): it raises only when the model is very sure (probability of
`emergency` >= THRESHOLD); a lower `urgent` tier was measured and not adopted (it caught nothing the rules had
not already made urgent, and raised non-urgent messages).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from pathlib import Path

import numpy as np

from nlu.classifier import LinearModel

VERSION = "1"  # bump when the features, labels or training data selection change
THRESHOLD = 0.9  # probability of "emergency" at or above which the level is raised to emergency
REASON = "model:emergency"
DEV_DIR = Path(__file__).resolve().parent / "data" / "dev"
LEVEL_RANK = {"self_care": 0, "routine": 1, "urgent": 2, "emergency": 3}


def training_files(directory: Path = DEV_DIR) -> list[Path]:
    return sorted(directory.rglob("triage_*.yml"))


def training_data(files: list[Path] | None = None) -> tuple[list[str], list[str]]:
    """(texts, labels): each development vignette as `emergency` or `other`."""
    from bot.triage_eval import load_vignettes

    texts, labels = [], []
    for path in files or training_files():
        lang = path.stem.removeprefix("triage_")
        for v in load_vignettes(lang, path):
            texts.append(v.text)
            labels.append("emergency" if v.expected == "emergency" else "other")
    return texts, labels


def fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(f"urgency-{VERSION}".encode())
    for path in sorted(files):
        digest.update(str(path.relative_to(DEV_DIR)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def cache_path(cache: Path | None = None) -> Path:
    from nlu.store import cache_dir

    return (cache or cache_dir()) / f"urgency-{fingerprint(training_files())}.npz"


def train(encoder: object) -> LinearModel:
    from nlu.classifier import train as fit

    texts, labels = training_data()
    return fit(texts, labels, encoder.encode(texts))  # type: ignore[attr-defined]


def load_or_train(encoder: object, cache: Path | None = None) -> LinearModel:
    """The model from the cache, trained and cached first if the development vignettes changed."""
    from nlu import store

    path = cache_path(cache)
    if path.is_file():
        try:
            return store.read(path, LinearModel)
        except (OSError, ValueError):  # store.read never unpickles: anything but its own arrays is a ValueError
            pass  # a damaged cache is retrained below
    model = train(encoder)
    with contextlib.suppress(OSError):  # read-only home: still works, trains at each start
        store.save(model, path)
        store.remove_stale(path, "urgency-")
    return model


class UrgencyNet:
    def __init__(self, model: LinearModel, encoder: object, threshold: float = THRESHOLD) -> None:
        self.model = model
        self.encoder = encoder
        self.threshold = threshold

    def probability(self, text: str, embedding: np.ndarray | None = None) -> float:
        """How sure the model is that `text` describes an emergency (0 for an empty message)."""
        if not text.strip():
            return 0.0
        if embedding is None:
            embedding = self.encoder.encode([text])[0]  # type: ignore[attr-defined]
        column = self.model.labels.index("emergency")
        return round(float(self.model.probabilities([text], embedding[None, :])[0, column]), 4)

    def raise_level(self, text: str, embedding: np.ndarray | None, level: str) -> tuple[str, str | None]:
        """`level`, or `emergency` with the reason code when the model is sure; never a lower level."""
        if LEVEL_RANK.get(level, 0) >= LEVEL_RANK["emergency"]:
            return level, None
        if self.probability(text, embedding) >= self.threshold:
            return "emergency", REASON
        return level, None


_shared: UrgencyNet | None = None
_lock = threading.Lock()


def shared() -> UrgencyNet:
    """The process-wide net, trained or read from the cache at first use; shares the NLU's encoder."""
    global _shared
    with _lock:
        if _shared is None:
            from nlu import embed

            encoder = embed.shared()
            _shared = UrgencyNet(load_or_train(encoder), encoder)
        return _shared
