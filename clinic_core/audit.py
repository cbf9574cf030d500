"""The audit chain: an append-only, hash-chained log of every access to medical data, with signed checkpoints.

Each entry's hash is SHA-256 (hex) over the canonical JSON (sorted keys, compact, UTF-8, non-ASCII kept) of
{seq, time, actor, action, patient_id, resource, purpose, details, prev_hash}; the first entry's prev_hash is
GENESIS_HASH (64 zeros). A checkpoint is an Ed25519 signature over the canonical JSON of {seq, hash, time}.
The format and an independent verifier are in docs/audit.md.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from contextlib import aclosing, asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from json.encoder import encode_basestring
from typing import Any, TextIO
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, column, insert, select, table, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from clinic_core import sql
from clinic_core.audit_keys import Signer, existing_signer, signer_for, verify_signature
from clinic_core.db import Database
from clinic_core.models import AuditCheckpoint, AuditEntry
from clinic_core.settings import Settings, get_settings

GENESIS_HASH = "0" * 64
_PG_LOCK_KEY = 0x76636C696E6963  # "vclinic": pg_advisory_xact_lock key that serialises appends
_CHUNK = 5000

_ENTRY_NAMES = (
    "seq", "time", "actor", "action", "patient_id", "resource", "purpose", "details", "prev_hash", "hash",
)
_ENTRY_COLUMNS = ", ".join(_ENTRY_NAMES)
# Untyped views of the tables: `details` goes in as our canonical JSON text, so what is stored is exactly
# what was hashed, and the hot path skips ORM work.
_entries = table("audit_entries", *map(column, _ENTRY_NAMES))
_checkpoints = table("audit_checkpoints", *map(column, ("seq", "hash", "time", "key_id", "signature")))
_HEAD_SQL = "SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"
_INSERT_SQLITE = f"INSERT INTO audit_entries ({_ENTRY_COLUMNS}) VALUES ({', '.join('?' * len(_ENTRY_NAMES))})"
_GUARDED_INSERT_SQLITE = (
    f"INSERT INTO audit_entries ({_ENTRY_COLUMNS}) SELECT {', '.join('?' * len(_ENTRY_NAMES))}"
    " WHERE IFNULL((SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1), ?) = ?"
)
_values = operator.itemgetter(*_ENTRY_NAMES)
_INT_OR_NONE = (int, type(None))

canonical_json = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
).encode

_settings: Settings | None = None


def configure(settings: Settings) -> None:
    """Called once by the composition root: checkpoint interval and key for appends; creates the key."""
    global _settings
    _settings = settings
    signer_for(settings)


def _current_settings() -> Settings:
    return _settings or get_settings()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _json(value: Any) -> str:
    if type(value) is str:
        return encode_basestring(value)
    return "null" if value is None else str(value) if type(value) is int else canonical_json(value)


def hash_payload(seq: Any, time: Any, actor: Any, action: Any, patient_id: Any, resource: Any, purpose: Any,
                 details_json: str, prev_hash: Any) -> bytes:
    """canonical_json of the entry's fields, built from parts (keys in sorted order) so that verifying can
    reuse the stored details text; equal to canonical_json({...}) of the same fields."""
    return (
        f'{{"action":{_json(action)},"actor":{_json(actor)},"details":{details_json},'
        f'"patient_id":{_json(patient_id)},"prev_hash":{_json(prev_hash)},"purpose":{_json(purpose)},'
        f'"resource":{_json(resource)},"seq":{_json(seq)},"time":{_json(time)}}}'
    ).encode()


def checkpoint_message(seq: int, hash_: str, time: str) -> bytes:
    return canonical_json({"seq": seq, "hash": hash_, "time": time}).encode()


async def append(session: AsyncSession, *, actor: str, action: str, patient_id: int | None = None,
                 resource: str = "", purpose: str = "", details: dict | None = None) -> AuditEntry:
    """Append one entry in the caller's transaction: it commits or rolls back with the access it records."""
    row = _row({"actor": actor, "action": action, "patient_id": patient_id, "resource": resource,
                "purpose": purpose, "details": details})
    await _write(session, [row])
    return AuditEntry(**{**row, "details": json.loads(row["details"])})


async def append_many(session: AsyncSession, entries: Iterable[Mapping[str, Any]]) -> None:
    """Append several entries (mappings with append()'s keyword names) at once, in the caller's
    transaction. Returns nothing: building ORM objects would cost more than the append itself."""
    rows = [_row(entry) for entry in entries]
    if rows:
        await _write(session, rows)


def _row(entry: Mapping[str, Any]) -> dict[str, Any]:
    row = {name: entry.get(name, "") for name in ("actor", "action", "resource", "purpose")}
    for name, value in row.items():
        if type(value) is not str:  # what is hashed must be what the database gives back
            raise TypeError(f"audit {name} must be a str, not {type(value).__name__}")
    patient_id = entry.get("patient_id")
    row["patient_id"] = None if patient_id is None else operator.index(patient_id)
    row["details"] = canonical_json(dict(entry.get("details") or {}))
    return row


async def _write(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    conn = await sql.connection(session)
    if conn.dialect.name == "sqlite":
        await _extend_sqlite(conn, rows)
    else:
        _link(rows, *await _lock_head(conn))
        await conn.execute(insert(_entries), rows)
    every = _current_settings().audit_checkpoint_every
    if every > 0:
        for row in rows:
            if row["seq"] % every == 0:
                await _store_checkpoint(conn, signer_for(_current_settings()), row["seq"], row["hash"])


def _link(rows: list[dict[str, Any]], seq: int, prev: str) -> None:
    """Number and hash rows as the successors of (seq, prev)."""
    time = _now()
    for row in rows:
        seq += 1
        row["seq"], row["time"], row["prev_hash"] = seq, time, prev
        row["hash"] = prev = hashlib.sha256(hash_payload(
            seq, time, row["actor"], row["action"], row["patient_id"], row["resource"], row["purpose"],
            row["details"], row["prev_hash"],
        )).digest().hex()


_sqlite_heads: WeakKeyDictionary[Engine, tuple[int, str]] = WeakKeyDictionary()


async def _extend_sqlite(conn: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    """Write rows after the head, through the driver itself (one thread hop per statement instead of
    SQLAlchemy's three or four). The transaction already holds the write lock (the engine begins with
    BEGIN IMMEDIATE). The head this process wrote last is tried first with an insert guarded by "the
    head's hash is still this one", which saves reading it; when another writer moved it, read and redo."""
    driver = _driver(conn)
    written = 0
    cached = _sqlite_heads.get(conn.sync_engine)
    if cached is not None:
        _link(rows, *cached)
        cursor = await driver.execute(_GUARDED_INSERT_SQLITE, (*_values(rows[0]), GENESIS_HASH, cached[1]))
        written = cursor.rowcount
    if written == 0:
        _link(rows, *await _lock_head(conn))
    if written < len(rows):
        await driver.executemany(_INSERT_SQLITE, [_values(row) for row in rows[written:]])
    _sqlite_heads[conn.sync_engine] = rows[-1]["seq"], rows[-1]["hash"]


def _driver(conn: AsyncConnection) -> Any:
    """The driver's connection under a connection already in a transaction (no I/O, no greenlet)."""
    return conn.sync_connection.connection.driver_connection


async def _lock_head(conn: AsyncConnection) -> tuple[int, str]:
    """Take the chain's write lock, then read its head: no two transactions can extend the same head.
    SQLite: the engine starts every transaction with BEGIN IMMEDIATE, the database's write lock.
    PostgreSQL: a transaction-scoped advisory lock, taken before the head is read."""
    if conn.dialect.name == "sqlite":
        driver = _driver(conn)
        head = next(iter(await driver.execute_fetchall(_HEAD_SQL)), None)
    else:
        await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        head = (await conn.execute(text(_HEAD_SQL))).first()
    return (head[0], head[1]) if head else (0, GENESIS_HASH)


async def _store_checkpoint(conn: AsyncConnection, signer: Signer, seq: int, hash_: str) -> AuditCheckpoint:
    time = _now()
    values = {"seq": seq, "hash": hash_, "time": time, "key_id": signer.key_id,
              "signature": signer.sign(checkpoint_message(seq, hash_, time))}
    await conn.execute(insert(_checkpoints), values)
    return AuditCheckpoint(**values)


async def checkpoint(session: AsyncSession, settings: Settings | None = None) -> AuditCheckpoint | None:
    """Sign the current head now (`vclinic audit checkpoint`); None when the chain is empty."""
    conn = await session.connection()
    seq, hash_ = await _lock_head(conn)
    if seq == 0:
        return None
    existing = await session.get(AuditCheckpoint, seq)
    if existing is not None:
        return existing
    return await _store_checkpoint(conn, signer_for(settings or _current_settings()), seq, hash_)


async def access_history(session: AsyncSession, patient_id: int, limit: int | None = None,
                         before_seq: int | None = None) -> list[AuditEntry]:
    """Entries about one patient, newest first: who (actor), when (time), what (action, resource), why
    (purpose); a page ends `limit` entries before `before_seq`. The caller audits this read too, as any other
    read of the patient's data."""
    query = select(AuditEntry).where(AuditEntry.patient_id == patient_id).order_by(AuditEntry.seq.desc())
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    return list((await session.scalars(query.limit(limit))).all())


# --- Reading the whole chain: the driver's own cursor, in chunks, inside one read snapshot. ---

async def _pg_pages(driver: Any, sql: str) -> AsyncIterator[list]:
    cursor = await driver.cursor(sql)
    while batch := await cursor.fetch(_CHUNK):
        yield batch


async def _sqlite_pages(driver: Any, sql: str) -> AsyncIterator[list]:
    cursor = await driver.execute(sql)
    try:
        while batch := await cursor.fetchmany(_CHUNK):
            yield batch
    finally:
        await cursor.close()


@asynccontextmanager
async def _snapshot(db: Database) -> AsyncIterator[Callable[[str], AsyncIterator[list]]]:
    """A read-only snapshot that does not block appends (SQLite: deferred BEGIN under WAL instead of the
    engine's BEGIN IMMEDIATE; PostgreSQL: REPEATABLE READ), yielding a `pages(sql)` chunk reader."""
    async with db.engine.connect() as conn:
        driver = (await conn.get_raw_connection()).driver_connection
        if db.engine.dialect.name == "postgresql":
            async with driver.transaction(isolation="repeatable_read", readonly=True):
                yield partial(_pg_pages, driver)
        else:
            await driver.execute("BEGIN")
            try:
                yield partial(_sqlite_pages, driver)
            finally:
                await driver.execute("ROLLBACK")


@dataclass(frozen=True)
class VerifyReport:
    count: int
    head_hash: str
    bad_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.bad_seq is None


def _self_consistent(row: Any) -> bool:
    """Does the stored hash match the entry's own content and prev_hash? The slow, general way: details
    parsed and re-serialised (JSON from elsewhere, or decoded by asyncpg), every field by its type."""
    seq, time, actor, action, patient_id, resource, purpose, details, prev_hash, stored = row
    try:
        details = canonical_json(json.loads(details) if type(details) is str else details)
    except (TypeError, ValueError):
        return False
    return hashlib.sha256(hash_payload(seq, time, actor, action, patient_id, resource, purpose, details,
                                       prev_hash)).hexdigest() == stored


class _ChainChecker:
    """Walks the entries in seq order, batch by batch, and names the first bad one."""

    def __init__(self, signer: Signer | None, checkpoints: dict[int, tuple]) -> None:
        self.signer, self.checkpoints = signer, checkpoints
        self.expected, self.prev, self.before_prev = 1, GENESIS_HASH, None

    def _bad(self, seq: int, reason: str) -> VerifyReport:
        return VerifyReport(self.expected - 1, self.prev, seq, reason)

    def feed(self, batch: Iterable[Any]) -> VerifyReport | None:
        e, sha256 = encode_basestring, hashlib.sha256
        for row in batch:
            seq, time, actor, action, patient_id, resource, purpose, details, prev_hash, stored = row
            if seq != self.expected:
                if seq < self.expected:
                    return self._bad(seq, f"unexpected entry with seq {seq}")
                return self._bad(self.expected, f"entry {self.expected} is missing (the next entry is {seq})")
            if prev_hash != self.prev:
                # Entry seq - 1 passed its own check; if this entry is intact, the fault is there.
                if prev_hash == self.before_prev:
                    return VerifyReport(seq - 2, self.before_prev, seq - 1,
                                        f"entry {seq - 1} was inserted: entry {seq} links past it")
                if seq > 1 and _self_consistent(row):
                    return VerifyReport(seq - 2, self.before_prev, seq - 1,
                                        f"entry {seq - 1} was changed: entry {seq} links to another hash")
                return self._bad(seq, "prev_hash does not link to the previous entry")
            # Fast path: the row formatted as stored (we store details canonical, columns hold str and int).
            try:
                intact = type(details) is str and type(patient_id) in _INT_OR_NONE and sha256((
                    f'{{"action":{e(action)},"actor":{e(actor)},"details":{details},'
                    f'"patient_id":{"null" if patient_id is None else patient_id},"prev_hash":{e(prev_hash)},'
                    f'"purpose":{e(purpose)},"resource":{e(resource)},"seq":{seq},"time":{e(time)}}}'
                ).encode()).hexdigest() == stored
            except TypeError:
                intact = False
            if not intact and not _self_consistent(row):
                return self._bad(seq, "hash does not match the entry's content")
            signed = self.checkpoints.pop(seq, None)
            if signed is not None and (problem := _checkpoint_problem(self.signer, signed, stored)):
                return self._bad(seq, problem)
            self.before_prev, self.prev, self.expected = self.prev, stored, seq + 1
        return None

    def finish(self) -> VerifyReport:
        count = self.expected - 1
        if not self.checkpoints:
            return VerifyReport(count, self.prev)
        first = min(self.checkpoints)
        if first > count:
            return self._bad(count + 1, f"entries {count + 1}..{first} are missing: "
                                        f"checkpoint {first} is beyond the chain")
        return self._bad(first, f"checkpoint {first} matches no entry")


async def verify(db: Database, settings: Settings | None = None) -> VerifyReport:
    """Recompute every hash, link and checkpoint signature, streaming; stop at the first bad entry."""
    checkpoints: dict[int, tuple] = {}
    async with _snapshot(db) as pages:
        async for batch in pages("SELECT seq, hash, time, key_id, signature FROM audit_checkpoints"):
            checkpoints.update((row[0], tuple(row)) for row in batch)
        checker = _ChainChecker(existing_signer(settings or _current_settings()), checkpoints)
        async with aclosing(pages(f"SELECT {_ENTRY_COLUMNS} FROM audit_entries ORDER BY seq")) as batches:
            async for batch in batches:
                if report := checker.feed(batch):
                    return report
    return checker.finish()


def _checkpoint_problem(signer: Signer | None, signed: tuple, entry_hash: str) -> str:
    seq, hash_, time, key_id, signature = signed
    if signer is None or key_id != signer.key_id:
        return f"checkpoint {seq} is signed by unknown key {key_id}"
    if not verify_signature(signer.public_raw, checkpoint_message(seq, hash_, time), signature):
        return f"checkpoint {seq} has an invalid signature"
    if hash_ != entry_hash:
        return f"entry {seq} differs from its signed checkpoint"
    return ""


async def export(db: Database) -> AsyncIterator[str]:
    """Entries in seq order, one canonical JSON object per line (no newline), details as JSON."""
    async with _snapshot(db) as pages:
        async for batch in pages(f"SELECT {_ENTRY_COLUMNS} FROM audit_entries ORDER BY seq"):
            for row in batch:
                entry = dict(zip(_ENTRY_NAMES, row, strict=True))
                # A damaged row is exported as stored: an auditor needs to see it.
                if type(entry["details"]) is str:
                    with suppress(ValueError):
                        entry["details"] = json.loads(entry["details"])
                yield canonical_json(entry)


# --- `vclinic audit ...` glue: the CLI prints the text and exits with the code. ---

async def verify_command(db: Database, settings: Settings) -> tuple[int, str]:
    report = await verify(db, settings)
    if report.ok:
        return 0, f"audit chain intact: {report.count} entries, head {report.head_hash}"
    return 1, f"audit chain broken at seq {report.bad_seq}: {report.reason}"


async def checkpoint_command(db: Database, settings: Settings) -> tuple[int, str]:
    async with db.transaction() as session:
        signed = await checkpoint(session, settings)
    if signed is None:
        return 0, "audit chain is empty: nothing to sign"
    public = signer_for(settings).public_b64()
    return 0, f"checkpoint at seq {signed.seq}: hash {signed.hash}, key {signed.key_id} (public key {public})"


async def export_command(db: Database, settings: Settings, out: TextIO) -> int:
    """Write the chain as JSONL to `out` (stdout), streaming; returns the exit code."""
    async for line in export(db):
        out.write(line + "\n")
    return 0
