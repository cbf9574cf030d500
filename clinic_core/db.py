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
from sqlalchemy.util import greenlet_spawn

from clinic_core.settings import async_database_url

SQLITE_BUSY_TIMEOUT_MS = 10_000
WRITER_BATCH = 16  # transactions a process may run in a row under the cross-process lock while its writers queue
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
    sql = "BEGIN IMMEDIATE" if _writing.get() else "BEGIN"
    try:  # straight to sqlite3 (microseconds): exec_driver_sql's statement machinery cost ~100 us a BEGIN
        conn.connection.driver_connection._connection.execute(sql)
    except sqlite3.OperationalError:  # locked by another process: the driver's path waits, and wraps errors
        conn.exec_driver_sql(sql)


def _on_sqlite_reset(dbapi_connection, _record, _state) -> None:
    # The pool's own reset (pool_reset_on_return) rolled back every connection coming back, through the
    # async adapter, even after a commit. A transaction SQLAlchemy ended needs nothing; one left open does.
    connection = dbapi_connection.driver_connection._connection
    if connection is not None and connection.in_transaction:
        connection.rollback()


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

    engine = create_async_engine(url, async_creator=connect, hide_parameters=True, pool_reset_on_return=None)
    event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
    event.listen(engine.sync_engine, "begin", _on_sqlite_begin)
    event.listen(engine.sync_engine.pool, "reset", _on_sqlite_reset)
    return engine


class WriterLock:
    """SQLite's one writer, as a queue: in this process an asyncio.Lock, across processes (uvicorn workers,
    CLI commands) an flock on `<database>.lock`, waited for in a thread only when another process holds it.

    SQLite's own busy handling polls, so with several processes the waiting writers sleep past the moment
    the lock frees and come in out of order; this lock wakes the next writer at once. BEGIN IMMEDIATE stays
    the database's guarantee for any process that does not take this lock.

    A process whose own writers are queued keeps the flock for them, up to `batch` transactions in a row:
    giving it back after each one made busy worker processes alternate, and most writes then waited for the
    flock in a thread, which cost more CPU than the transaction (docs/architecture.md, "Database").
    """

    def __init__(self, path: Path | None, batch: int = WRITER_BATCH) -> None:
        self._local = asyncio.Lock()
        self._path = path
        self._fd: int | None = None  # opened at the first write: a Database that never writes holds no file
        self._batch = batch
        self._held = 0  # transactions run under the flock since this process took it (0: not held)
        self._queued = 0  # writers of this process waiting for the local lock

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[None]:
        if _writing.get():
            raise RuntimeError("a transaction inside a transaction would wait for itself forever")
        self._queued += 1
        try:
            await self._local.acquire()
        finally:
            self._queued -= 1
        keep = False
        try:
            if self._path is None:
                yield
                return
            if not self._held:
                await self._lock_file()
            self._held += 1
            try:
                yield
            finally:
                # With writers of this process queued, hand them the file lock (up to `batch` transactions
                # in a row) instead of queueing again behind the other processes.
                keep = 0 < self._held < self._batch and self._queued > 0
                if not keep:
                    self._unlock_file()
        finally:
            self._local.release()  # wakes the next writer first: the check below runs after its first step
            if keep:
                asyncio.get_running_loop().call_soon(self._unless_taken)

    async def _lock_file(self) -> None:
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

    def _unlock_file(self) -> None:
        self._held = 0
        fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _unless_taken(self) -> None:
        # Runs after the woken writer's first step: if it was cancelled meanwhile, nobody holds the local lock.
        if self._held and self._fd is not None and not self._local.locked():
            self._unlock_file()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # gives the flock back too
            self._fd = None
            self._held = 0


class InlineSession(AsyncSession):
    """An AsyncSession that closes in the caller's task.

    AsyncSession closes in a task of its own, shielded, so that a cancellation cannot abandon the close halfway
    (three event-loop passes per session). Over InlineSQLite a close never gives the loop a turn (a rollback
    or commit is not retried), so no cancellation can land in it: the task would only cost time. A session with
    no transaction left (after a commit) closes without even a greenlet.
    """

    async def __aexit__(self, type_, value, traceback) -> None:
        if self.sync_session.in_transaction():
            await self.close()
        else:
            self.sync_session.close()


class Database:
    """One engine and its session factory; created by the composition root, passed to services."""

    def __init__(self, url: str) -> None:
        self.url = async_database_url(url)
        self.engine = create_engine(self.url)
        session_class = InlineSession if is_sqlite(self.url) else AsyncSession
        self.sessions = async_sessionmaker(self.engine, class_=session_class, expire_on_commit=False)
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
                # session.begin() without its greenlet hop: beginning does no I/O (the connection comes at
                # the first statement); leaving (commit, or rollback on error) does.
                begun = session.sync_session.begin().__enter__()
                try:
                    yield session
                except BaseException as error:
                    await greenlet_spawn(begun.__exit__, type(error), error, error.__traceback__)
                    raise
                await greenlet_spawn(begun.__exit__, None, None, None)
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
