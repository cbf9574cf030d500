"""Database engine and sessions: SQLite (aiosqlite, WAL) by default, PostgreSQL (asyncpg) in production."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from functools import partial
from pathlib import Path

import aiosqlite
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from clinic_core.settings import async_database_url

SQLITE_BUSY_TIMEOUT_MS = 10_000
_writing: ContextVar[bool] = ContextVar("writing", default=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for in-memory databases)."""
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


class InlineSQLite(aiosqlite.Connection):
    """aiosqlite's interface, run in the event loop's own thread instead of a thread per connection.

    A statement on a local SQLite file takes microseconds; handing each one to aiosqlite's thread and back (a
    thread wake-up and two GIL exchanges, about 60 times a chat turn) cost more than the statement. The loop
    never waits for the file lock, though: SQLite's busy timeout is 0, and a statement that finds the database
    locked before its transaction began (a BEGIN) is tried again after an asyncio sleep, for up to
    SQLITE_BUSY_TIMEOUT_MS. A long read (a whole-table scan) does hold the loop while it runs.
    """

    def __init__(self, database: str) -> None:
        connect = partial(sqlite3.connect, database, timeout=0, isolation_level=None, check_same_thread=False)
        super().__init__(connect, iter_chunk_size=64)

    async def _execute(self, fn, *args, **kwargs):
        deadline, pause = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000, 0.0005
        while True:
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as error:
                locked = error.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                if not locked or self._conn.in_transaction or time.monotonic() > deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.002)

    def __await__(self):
        self._connection = self._connector()
        return asyncio.sleep(0, self).__await__()

    def stop(self) -> None:
        self._running = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    # WAL lets readers work while one writer writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(conn) -> None:
    # BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of one of them failing late
    # with "database is locked" when it upgrades a read transaction. Reads (sessions outside `transaction()`)
    # begin deferred: they do not hold up writers, in this process or another.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if _writing.get() else "BEGIN")


def create_engine(url: str) -> AsyncEngine:
    url = async_database_url(url)
    if not is_sqlite(url):
        # hide_parameters: error messages (which get logged) never quote the values, i.e. patient data.
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    database = make_url(url).database or ":memory:"

    async def connect() -> InlineSQLite:
        # isolation_level=None: SQLAlchemy emits BEGIN itself (see _on_sqlite_begin)
        return await InlineSQLite(database)

    engine = create_async_engine(url, async_creator=connect, hide_parameters=True)
    event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
    event.listen(engine.sync_engine, "begin", _on_sqlite_begin)
    return engine


class WriterLock:
    """SQLite's one writer, as a queue: in this process an asyncio.Lock, across processes (uvicorn workers,
    CLI commands) an flock on `<database>.lock`, waited for in a thread only when another process holds it.

    SQLite's own busy handling polls, so with several processes the waiting writers sleep past the moment
    the lock frees and come in out of order; this lock wakes the next writer at once. BEGIN IMMEDIATE stays
    the database's guarantee for any process that does not take this lock.
    """

    def __init__(self, path: Path | None) -> None:
        self._local = asyncio.Lock()
        self._path = path
        self._fd: int | None = None  # opened at the first write: a Database that never writes holds no file

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[None]:
        if _writing.get():
            raise RuntimeError("a transaction inside a transaction would wait for itself forever")
        async with self._local:
            if self._path is None:
                yield
                return
            if self._fd is None:
                self._fd = os.open(f"{self._path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
            fd = self._fd
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                waiting = asyncio.ensure_future(asyncio.to_thread(fcntl.flock, fd, fcntl.LOCK_EX))
                try:
                    await asyncio.shield(waiting)
                except asyncio.CancelledError:  # the thread still gets the lock: give it back then
                    waiting.add_done_callback(lambda _: fcntl.flock(fd, fcntl.LOCK_UN))
                    raise
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class Database:
    """One engine and its session factory; created by the composition root, passed to services."""

    def __init__(self, url: str) -> None:
        self.url = async_database_url(url)
        self.engine = create_engine(self.url)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._writer = WriterLock(sqlite_path(self.url)) if is_sqlite(self.url) else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on any error.

        On SQLite, transactions queue on the writer lock first, then begin IMMEDIATE (PostgreSQL locks rows).
        Use it for anything that writes; `sessions()` is for reads.
        """
        writer = self._writer() if self._writer else contextlib.nullcontext()
        async with writer, self.sessions() as session:
            token = _writing.set(True)
            try:
                async with session.begin():
                    yield session
            finally:
                _writing.reset(token)

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self._writer:
            self._writer.close()
