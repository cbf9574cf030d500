"""Voice fixtures: one Whisper model per test session, and speech made on the spot by espeak-ng and piper."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    """A fresh cache folder: the packaged weights are joined and checked once per run, as on a new install."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def transcriber(model_cache):
    """The multilingual base model, loaded once for the whole session (Whisper is the heavy part of the suite)."""
    from voice.stt import Transcriber

    return Transcriber(None, cache_dir=model_cache)
