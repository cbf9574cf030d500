"""Database.transaction() and sessions(): the unit of work's contract, and SQLite's writer queue across processes."""

from __future__ import annotations

import asyncio
import fcntl
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clinic_core.db import Database, is_sqlite, sqlite_path
from clinic_core.models import Patient


async def _count(db: Database) -> int:
    async with db.sessions() as session:
        return await session.scalar(select(func.count()).select_from(Patient))


def _file_lock_free(db: Database) -> bool:
    """Whether another open file (as another process would) can take the writers' flock now."""
    fd = os.open(f"{sqlite_path(db.url)}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def _needs_sqlite_file(db: Database) -> Path:
    path = sqlite_path(db.url) if is_sqlite(db.url) else None
    if path is None:
        pytest.skip("SQLite's cross-process writer lock only")
    return path



async def _writes_again(db: Database) -> None:
    """After a failed or abandoned transaction, the next one commits (its connection was cleaned, not lost)."""
    async with db.transaction() as session:
        session.add(Patient(display_name="next"))
    assert await _count(db) == 1

async def test_a_committed_transaction_is_visible_to_the_next_session(db: Database):
    async with db.transaction() as session:
        session.add(Patient(display_name="a"))
    assert await _count(db) == 1


async def test_a_rolled_back_transaction_leaves_nothing_and_the_connection_is_usable_again(db: Database):
    for _ in range(3):  # more rounds than a fresh pool has idle connections in play
        with pytest.raises(ZeroDivisionError):
            async with db.transaction() as session:
                session.add(Patient(display_name="gone"))
                await session.flush()
                raise ZeroDivisionError
    assert await _count(db) == 0
    await _writes_again(db)


async def test_a_cancelled_transaction_is_rolled_back(db: Database):
    started = asyncio.Event()

    async def write() -> None:
        async with db.transaction() as session:
            session.add(Patient(display_name="cancelled"))
            await session.flush()
            started.set()
            await asyncio.sleep(10)

    task = asyncio.create_task(write())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await _count(db) == 0
    await _writes_again(db)


async def test_a_connection_given_back_inside_a_transaction_sqlalchemy_never_saw_is_rolled_back(db: Database):
    if not is_sqlite(db.url):
        pytest.skip("the SQLite pool's own reset")
    async with db.engine.connect() as conn:
        driver = (await conn.get_raw_connection()).driver_connection
        await driver.execute("BEGIN")
        await driver.execute(
            "INSERT INTO patients (display_name, chronic_conditions, created_at) VALUES ('stray', '[]', '2026-01-01')"
        )
    assert await _count(db) == 0
    await _writes_again(db)  # the pooled connection begins again without "within a transaction"


async def test_queued_writers_of_one_process_share_the_file_lock_and_give_it_back(db: Database):
    _needs_sqlite_file(db)
    seen: list[bool] = []

    async def write(name: str) -> None:
        async with db.transaction() as session:
            session.add(Patient(display_name=name))
            await asyncio.sleep(0)
            seen.append(_file_lock_free(db))

    await asyncio.gather(*(write(f"p{i}") for i in range(20)))
    assert seen == [False] * 20  # held all along, also across the hand-overs between this process's writers
    assert _file_lock_free(db)  # nobody left queued: another process may write now
    assert await _count(db) == 20


async def test_a_writer_cancelled_as_the_lock_is_handed_to_it_does_not_keep_the_file_locked(db: Database):
    _needs_sqlite_file(db)
    release = asyncio.Event()
    waiter: asyncio.Task | None = None

    async def first() -> None:
        async with db.transaction():
            await release.wait()
        waiter.cancel()  # in the same step as the exit that woke the waiter: before it runs

    async def second() -> None:
        async with db.transaction():
            pass

    holder = asyncio.create_task(first())
    await asyncio.sleep(0.01)
    waiter = asyncio.create_task(second())
    await asyncio.sleep(0.01)
    release.set()
    await holder
    with pytest.raises(asyncio.CancelledError):
        await waiter
    await asyncio.sleep(0)
    assert _file_lock_free(db)
    async with db.transaction() as session:
        session.add(Patient(display_name="still writable"))
    assert await _count(db) == 1
