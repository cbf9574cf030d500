"""Emotion of a message (neutral, anxious, sad, angry, happy) from a classifier trained on emotion.yml files.

No usable multilingual emotion model exists offline (see the team notes), so vclinic learns its own from
examples written per language, with the same features as intents. A separate cue-word lexicon as extra
features was measured and did not help (docs/nlu.md): the examples are the lexicon.
"""

from __future__ import annotations

from pathlib import Path

from nlu.classifier import LinearModel
from nlu.classifier import train as fit
from nlu.embed import Encoder
from nlu.files import read_yaml
from nlu.rasa_data import example_lines
from nlu.types import EMOTIONS, LANGS

DATA_DIR = Path(__file__).parent / "data"


def read_file(path: Path) -> list[tuple[str, str]]:
    """(text, label) pairs from one `emotions:` file; unknown labels are refused."""
    doc = read_yaml(path) or {}
    pairs = []
    for block in doc.get("emotions") or []:
        label = str(block.get("emotion"))
        if label not in EMOTIONS:
            raise ValueError(f"{path}: unknown emotion {label!r}")
        pairs += [(text, label) for text in example_lines(block.get("examples"))]
    return pairs


def training_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return [p for lang in LANGS if (p := data_dir / lang / "emotion.yml").is_file()]


def train(encoder: Encoder, files: list[Path] | None = None) -> LinearModel | None:
    """A classifier over all languages' examples, or None while there are no examples yet."""
    pairs = [pair for path in (training_files() if files is None else files) for pair in read_file(path)]
    if len({label for _, label in pairs}) < 2:
        return None
    texts = [t for t, _ in pairs]
    return fit(texts, [label for _, label in pairs], encoder.encode(texts))
