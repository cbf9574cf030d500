"""Where trained models live: a numpy .npz file keyed by a hash of the training data and of the code's version.

A fresh clone trains on first load (a few seconds) and later loads reuse the cached file; changing any
training file changes the key, so the cache can never serve a model trained on other data. `vclinic nlu
train` writes the same kind of file explicitly (e.g. for a clinic's own Rasa data).

The file holds plain arrays only and is read with `allow_pickle=False`: never a pickle, so whoever can write the
cache directory cannot make the server run code by planting a file there. A `LinearModel` is stored as its
labels, its vocabulary's words in column order, idf, coef, intercept, embedding weight and temperature.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nlu import emotion, intents
from nlu.classifier import LinearModel
from nlu.embed import Encoder
from nlu.rasa_data import NluData

MODEL_VERSION = "6"  # bump when the model's shape or features change


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


FORMAT = "vclinic-model-1"  # the header array every file written by `save` carries
_FIELDS = ("labels", "words", "idf", "coef", "intercept", "embedding_weight", "temperature")


def save(model: Models | LinearModel, path: Path) -> None:
    """Write a trained model as plain arrays, atomically, so that a concurrent reader never sees half a file."""
    if isinstance(model, Models):
        arrays = _arrays(model.intent, "intent.") | (_arrays(model.emotion, "emotion.") if model.emotion else {})
    else:
        arrays = _arrays(model, "")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:  # a file object: given a name, np.savez would append ".npz" to it
            np.savez(fh, format=np.array(FORMAT), **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path, kind: type = Models) -> Any:
    """A `kind` (`Models` or `LinearModel`) written by `save`. ValueError for any other file: it is read with
    `allow_pickle=False`, so a planted pickle is refused, never run."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
        if str(arrays.get("format")) != FORMAT:
            raise ValueError("no vclinic model header")
        if kind is LinearModel:
            return _model(arrays, "")
        return Models(_model(arrays, "intent."), _model(arrays, "emotion.") if "emotion.labels" in arrays else None)
    except OSError:
        raise
    except Exception as exc:  # a pickle, a damaged zip, missing arrays: all just "not a model"
        raise ValueError(f"{path} is not a vclinic NLU model ({exc})") from exc


def _arrays(model: LinearModel, prefix: str) -> dict[str, np.ndarray]:
    words = sorted(model.vocabulary, key=model.vocabulary.__getitem__)  # column order
    arrays = {"labels": np.array(model.labels), "words": np.array(words, dtype=str), "idf": model.idf,
              "coef": model.coef, "intercept": model.intercept,
              "embedding_weight": np.array(model.embedding_weight), "temperature": np.array(model.temperature)}
    return {prefix + name: array for name, array in arrays.items()}


def _model(arrays: dict[str, np.ndarray], prefix: str) -> LinearModel:
    a = {name: arrays[prefix + name] for name in _FIELDS}
    return LinearModel(labels=a["labels"].tolist(), vocabulary={w: i for i, w in enumerate(a["words"].tolist())},
                       idf=a["idf"], coef=a["coef"], intercept=a["intercept"],
                       embedding_weight=float(a["embedding_weight"]), temperature=float(a["temperature"]))


def builtin_path(cache: Path | None = None) -> Path:
    """The cache file for the built-in training data as it is now."""
    files = intents.training_files() + emotion.training_files()
    return (cache or cache_dir()) / f"model-{fingerprint(files)}.npz"


def load_or_train(encoder: Encoder, cache: Path | None = None) -> Models:
    """The built-in model from the cache, trained and cached first if the data changed."""
    path = builtin_path(cache)
    if path.is_file():
        try:
            return read(path)
        except (OSError, ValueError):
            pass  # a stale or damaged cache is retrained below
    models = train(encoder)
    with contextlib.suppress(OSError):  # read-only home: still works, trains at each start
        save(models, path)
        remove_stale(path, "model-")
    return models


def remove_stale(path: Path, prefix: str) -> None:
    """Delete the cache files `<prefix><other fingerprint>.npz` beside `path`, and the pickles (.pkl) that older
    versions cached there, so that no pickle lingers; `model-custom.*` (no fingerprint) is kept."""
    for stale in [*path.parent.glob(f"{prefix}*.npz"), *path.parent.glob(f"{prefix}*.pkl")]:
        if stale != path and len(stale.stem) == len(path.stem):
            stale.unlink(missing_ok=True)
