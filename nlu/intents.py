"""Intent classification: training data from Rasa NLU files, one multilingual classifier for all languages.

Pooling the languages lets each learn from the others through the shared sentence embeddings.
"""

from __future__ import annotations

from pathlib import Path

from nlu.classifier import LinearModel
from nlu.classifier import train as fit
from nlu.embed import Encoder
from nlu.rasa_data import NluData, load
from nlu.types import LANGS

DATA_DIR = Path(__file__).parent / "data"


def training_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The built-in training files (never the held-out eval/ folder)."""
    return [p for lang in LANGS if (p := data_dir / lang / "nlu.yml").is_file()]


def read(source: Path | None = None) -> NluData:
    """Training data: the built-in per-language files, or any Rasa file or data/ folder."""
    if source is not None:
        return load(source)
    data = NluData()
    for path in training_files():
        data.extend(load(path))
    return data


def train(data: NluData, encoder: Encoder) -> LinearModel:
    if len({ex.intent for ex in data.examples}) < 2:
        raise ValueError("intent training needs examples of at least two intents")
    texts = [ex.text for ex in data.examples]
    return fit(texts, [ex.intent for ex in data.examples], encoder.encode(texts))
