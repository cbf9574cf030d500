"""Apply the Alembic migrations that live inside this package (`vclinic db upgrade`, and at `serve` start)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config

from clinic_core.db import Database

MIGRATIONS = Path(__file__).with_name("migrations")


async def _on_connection(url: str, run: Callable[[Config], None]) -> None:
    """Run an Alembic command in one write transaction of our own (SQLite: same pragmas, and it queues behind
    other writers like any write)."""
    db = Database(url)
    try:
        async with db.transaction() as session:
            connection = await session.connection()
            await connection.run_sync(_configured, run)
    finally:
        await db.dispose()


def _configured(connection, run: Callable[[Config], None]) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    run(config)


async def upgrade(url: str, revision: str = "head") -> None:
    await _on_connection(url, lambda config: command.upgrade(config, revision))


async def revision(url: str, message: str) -> None:
    """Write a new migration by comparing the models with a database at head (developer tool)."""
    await _on_connection(url, lambda config: command.revision(config, message=message, autogenerate=True))
