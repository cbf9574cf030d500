"""Audit chain speed on a SQLite file: single appends (one per transaction), batched appends, verification.

Run: .venv/bin/python bench/audit.py [--single N] [--batched N] [--batch-size N] [--verify N] [--rounds R]
Each figure is the best of R rounds (the machine is shared; the best round is the least disturbed one).
Prints one JSON line; the figures are recorded in docs/benchmarks.md ("## Audit").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from pathlib import Path

from clinic_core import audit, migrate
from clinic_core.db import Database
from clinic_core.settings import Settings


def _entry(i: int) -> dict:
    return {"actor": f"staff:{i % 7}", "action": "patient.read", "patient_id": i % 500, "purpose": "care",
            "resource": f"patient/{i % 500}", "details": {"route": "/api/patients", "n": i}}


async def _single(db: Database, n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        async with db.transaction() as session:
            await audit.append(session, **_entry(i))
    return n / (time.perf_counter() - start)


async def _batched(db: Database, n: int, batch_size: int) -> float:
    entries = list(map(_entry, range(n)))
    batches = [entries[first:first + batch_size] for first in range(0, n, batch_size)]
    start = time.perf_counter()
    for batch in batches:
        async with db.transaction() as session:
            await audit.append_many(session, batch)
    return n / (time.perf_counter() - start)


async def run(single: int, batched: int, batch_size: int, verify_n: int, rounds: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(var_dir=Path(tmp), database_url=f"sqlite+aiosqlite:///{tmp}/bench.db")
        audit.configure(settings)
        await migrate.upgrade(settings.database_url)
        db = Database(settings.database_url)
        load = os.getloadavg()[0]
        single_rate = max([await _single(db, single) for _ in range(rounds)])
        batched_rate = max([await _batched(db, batched, batch_size) for _ in range(rounds)])
        missing = verify_n - rounds * (single + batched)
        if missing > 0:
            await _batched(db, missing, 5000)
        verify_rate, report = 0.0, None
        for _ in range(rounds):
            start = time.perf_counter()
            report = await audit.verify(db, settings)
            verify_rate = max(verify_rate, report.count / (time.perf_counter() - start))
            assert report.ok, report
        await db.dispose()
    return {
        "bench": "audit",
        "single_appends_per_s": round(single_rate),
        "batched_appends_per_s": round(batched_rate),
        "batch_size": batch_size,
        "verify_entries": report.count,
        "verify_entries_per_s": round(verify_rate),
        "checkpoint_every": settings.audit_checkpoint_every,
        "rounds": rounds,
        "load_average_1m": round(load, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--single", type=int, default=2000)
    parser.add_argument("--batched", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--verify", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.single, args.batched, args.batch_size, args.verify, args.rounds))))


if __name__ == "__main__":
    main()
