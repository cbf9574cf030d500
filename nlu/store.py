"""Where trained models live: a pickle keyed by a hash of the training data and of the code's version.

A fresh clone trains on first load (a few seconds) and later loads reuse the cached file; changing any
training file changes the key, so the cache can never serve a model trained on other data. `vclinic nlu
train` writes the same kind of file explicitly (e.g. for a clinic's own Rasa data).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nlu import emotion, intents
from nlu.classifier import LinearModel
from nlu.embed import Encoder
from nlu.rasa_data import NluData

MODEL_VERSION = "5"  # bump when the model's shape or features change


@dataclass
class Models:
    intent: LinearModel
    emotion: LinearModel | None


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "vclinic" / "nlu"


def fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256(MODEL_VERSION.encode())
    for path in sorted(files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def train(encoder: Encoder, data: NluData | None = None) -> Models:
    """Intent model from `data`, or both models from the built-in files; a custom intent model reuses the
    built-in emotion model."""
    if data is None:
        return Models(intents.train(intents.read(), encoder), emotion.train(encoder))
    return Models(intents.train(data, encoder), load_or_train(encoder).emotion)


def save(model: object, path: Path) -> None:
    """Write a trained model atomically, so that a concurrent reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(fh.name, path)


def read(path: Path, kind: type = Models) -> Any:
    """A model written by `save`; ValueError when the file holds anything but a `kind`."""
    with path.open("rb") as fh:
        model = pickle.load(fh)
    if not isinstance(model, kind):
        raise ValueError(f"{path} is not a vclinic NLU model")
    return model


def builtin_path(cache: Path | None = None) -> Path:
    """The cache file for the built-in training data as it is now."""
    files = intents.training_files() + emotion.training_files()
    return (cache or cache_dir()) / f"model-{fingerprint(files)}.pkl"


def load_or_train(encoder: Encoder, cache: Path | None = None) -> Models:
    """The built-in model from the cache, trained and cached first if the data changed."""
    path = builtin_path(cache)
    if path.is_file():
        try:
            return read(path)
        except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or damaged cache is retrained below
    models = train(encoder)
    with contextlib.suppress(OSError):  # read-only home: still works, trains at each start
        save(models, path)
        for stale in path.parent.glob("model-*.pkl"):
            if stale != path and len(stale.stem) == len(path.stem):  # other fingerprints, not model-custom
                stale.unlink(missing_ok=True)
    return models
