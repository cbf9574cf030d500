"""Hand-written SQL for the statements every chat message runs, executed on the database driver itself.

Measured on the 2-core box (docs/benchmarks.md, "Chat"): a prebuilt SQLAlchemy Core statement costs about
130 us of CPU, the same statement on SQLite's driver about 10 us, and a turn runs a dozen of them. So the
inbox, the turn and the outbox write their per-message rows here; everything else stays on the ORM.

A `Query` runs inside the caller's `Database.transaction()` session: on SQLite straight on the driver under
the transaction SQLAlchemy began (BEGIN IMMEDIATE), on PostgreSQL through `exec_driver_sql`, so asyncpg's
transaction is the one SQLAlchemy manages. Values are stored as SQLAlchemy stores them, so ORM reads see
the same rows: JSON as its text, datetimes as naive UTC (on SQLite, SQLAlchemy's text format).
"""

from __future__ import annotations

import json
import re
import weakref
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

_NAME = re.compile(r"'[^']*'|(?<!:):([a-z_]+)")  # a string literal, or a :name (not a PostgreSQL ::cast)
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # what SQLAlchemy's SQLite DATETIME writes and reads
_CONNECTION = "clinic_core.sql.connection"  # session.info key: (transaction, its connection)


class Query:
    """One statement with :named parameters (the same name may appear twice), for SQLite and PostgreSQL."""

    def __init__(self, sql: str) -> None:
        self.names = [name for name in _NAME.findall(sql) if name]
        numbers: dict[str, int] = {}
        for name in self.names:
            numbers.setdefault(name, len(numbers) + 1)
        self.sqlite = _NAME.sub(lambda match: "?" if match[1] else match[0], sql)
        self.postgres = _NAME.sub(lambda match: f"${numbers[match[1]]}" if match[1] else match[0], sql)
        self._postgres_names = list(numbers)

    async def rows(self, session: AsyncSession, **params: Any) -> list[tuple[Any, ...]]:
        conn = await connection(session)
        if conn.dialect.name == "sqlite":
            values = tuple(_sqlite_value(params[name]) for name in self.names)
            driver = conn.sync_connection.connection.driver_connection
            return list(await driver.execute_fetchall(self.sqlite, values))
        values = tuple(_postgres_value(params[name]) for name in self._postgres_names)
        result = await conn.exec_driver_sql(self.postgres, values)
        return [tuple(row) for row in result] if result.returns_rows else []

    async def first(self, session: AsyncSession, **params: Any) -> tuple[Any, ...] | None:
        rows = await self.rows(session, **params)
        return rows[0] if rows else None


async def connection(session: AsyncSession) -> AsyncConnection:
    """The session's connection, asked of SQLAlchemy once per transaction (a turn runs a dozen queries, and each
    `session.connection()` is a greenlet round trip)."""
    transaction = session.sync_session.get_transaction()
    cached = session.info.get(_CONNECTION)
    if cached is not None and transaction is not None and cached[0]() is transaction:
        return cached[1]
    conn = await session.connection()
    # A weak reference: the transaction refers to its session, and a strong one here would make a cycle that
    # only the garbage collector could free (four times as many collections, measured).
    session.info[_CONNECTION] = (weakref.ref(session.sync_session.get_transaction()), conn)
    return conn


def loads(value: Any) -> Any:
    """A JSON column's value: SQLite gives its text, asyncpg (with SQLAlchemy's codec) the decoded value."""
    return json.loads(value) if isinstance(value, str) else value


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(SQLITE_TIME)
    return value


def _postgres_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value)  # SQLAlchemy's json codec takes text
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value
