"""Voice fixtures: one Whisper model per test session, and speech made on the spot by espeak-ng and piper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
# pytest puts tests/ on sys.path, where the folder tests/voice would shadow the voice package as a namespace
# package; the repository root must come first. (Lead: `pythonpath = ["."]` in pytest's ini would do this.)
if sys.path[0] != str(ROOT):
    sys.path.insert(0, str(ROOT))
if getattr(sys.modules.get("voice"), "__file__", "") is None:
    del sys.modules["voice"]


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    """A fresh cache folder: the packaged weights are joined and checked once per run, as on a new install."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def transcriber(model_cache):
    """The multilingual base model, loaded once for the whole session (Whisper is the heavy part of the suite)."""
    from voice.stt import Transcriber

    return Transcriber(None, cache_dir=model_cache)
