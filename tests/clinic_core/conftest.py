"""Fixtures of the clinic-core tests: cheap password hashes, and the real app on the test's database."""

from __future__ import annotations

import pytest
from credentials import CHEAP
from fastapi import FastAPI

from clinic_core import auth
from clinic_core.settings import Settings
from vclinic.app import create_app


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """Real argon2id parameters cost ~0.1 s a hash; the tests hash hundreds of times."""
    monkeypatch.setattr(auth, "PASSWORD_HASHER", CHEAP)


@pytest.fixture
def make_app(db, tmp_path):
    def make(**overrides) -> FastAPI:
        """The real app on the test's database (its own Database object stays unused, never connects)."""
        app = create_app(Settings(_env_file=None, database_url=db.url, var_dir=tmp_path, **overrides))
        app.state.db = db
        return app

    return make


@pytest.fixture
def app(make_app) -> FastAPI:
    return make_app()
