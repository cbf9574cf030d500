"""Shared fixtures: a migrated database per test, on SQLite and (when VCLINIC_TEST_DATABASE_URL is set) PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from clinic_core import migrate
from clinic_core.db import Database
from clinic_core.models import Base

PG_URL = os.environ.get("VCLINIC_TEST_DATABASE_URL", "")
BACKENDS = ["sqlite", "postgres"] if PG_URL else ["sqlite"]


def run_once(coroutine) -> None:
    """Run set-up work on its own loop in a thread: fixtures may be first asked for inside an async test."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """Migrate once per run; each test copies the file (much faster than migrating per test)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    run_once(migrate.upgrade(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def postgres_ready() -> str:
    async def reset() -> None:
        db = Database(PG_URL)
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
        await db.dispose()
        await migrate.upgrade(PG_URL)

    run_once(reset())
    return PG_URL


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
