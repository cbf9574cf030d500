"""Shared fixtures: a migrated database per test, on SQLite and (when VCLINIC_TEST_DATABASE_URL is set) PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

from clinic_core import migrate
from clinic_core.db import Database
from clinic_core.models import Base

PG_URL = os.environ.get("VCLINIC_TEST_DATABASE_URL", "")
BACKENDS = ["sqlite", "postgres"] if PG_URL else ["sqlite"]


def run_once(coroutine) -> None:
    """Run set-up work on its own loop in a thread: fixtures may be first asked for inside an async test."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(autouse=True)
def no_operator_settings(monkeypatch):
    """A developer's exported VCLINIC_* settings (a real bot token, a signing key) never reach a test."""
    for name in os.environ:
        if name.startswith("VCLINIC_") and name != "VCLINIC_TEST_DATABASE_URL":
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """Migrate once per run; each test copies the file (much faster than migrating per test)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    run_once(migrate.upgrade(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def postgres_ready():
    """A database of this run's own on the PostgreSQL server, migrated once and dropped at the end: the suite
    never touches data it did not create, and two runs on one server do not meet."""
    server = make_url(PG_URL)
    name = f"vclinic_test_{os.getpid()}"
    url = server.set(database=name).render_as_string(hide_password=False)

    async def on_server(*statements: str) -> None:
        engine = create_async_engine(server, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            for statement in statements:
                await conn.execute(text(statement))
        await engine.dispose()

    run_once(on_server(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'))
    run_once(migrate.upgrade(url))
    yield url
    run_once(on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path, sqlite_template) -> str:
    """URL of an empty, migrated database: a fresh SQLite file, or the emptied PostgreSQL test database."""
    if request.param == "sqlite":
        path = tmp_path / "vclinic.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite+aiosqlite:///{path}"
    url = request.getfixturevalue("postgres_ready")

    async def truncate() -> None:
        db = Database(url)
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        async with db.engine.begin() as conn:
            await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        await db.dispose()

    run_once(truncate())
    return url


@pytest.fixture
async def db(database_url):
    database = Database(database_url)
    yield database
    await database.dispose()
