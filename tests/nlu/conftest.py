from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
DATA = ROOT / "nlu" / "data"


@pytest.fixture(scope="session")
def pipeline():
    """The real pipeline, loaded once for the whole session (the model is cached between runs)."""
    import nlu

    return nlu.load()


@pytest.fixture(scope="session")
def fixture_lexicon():
    from nlu.lexicon import Lexicon

    return Lexicon(FIXTURES / "lexicon")


@pytest.fixture(scope="session")
def lexicon():
    """The real lexicons, loaded once."""
    from nlu.lexicon import Lexicon

    return Lexicon()


@pytest.fixture(scope="session")
def rules():
    """The real red-flag rules of every language, loaded once."""
    from nlu.redflags import RedFlagRules

    return RedFlagRules.load()
