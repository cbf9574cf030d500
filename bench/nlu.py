"""NLU speed and size: load time, warm single-message parse() p50/p95, parse_many() per message at batch sizes
1, 8 and 16 (CPU time of this thread and wall time), throughput of `parse --jsonl`, RSS.

Run: .venv/bin/python bench/nlu.py [--n N] [--jsonl N]
Prints one JSON line; the figures are recorded in docs/benchmarks.md ("## NLU").
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MESSAGES = [
    ("I've had a bad headache and a fever of 38.5 since Tuesday", None),
    ("머리가 아프고 열은 없어요", None),
    ("熱はありませんが、咳が3日間続いています", None),
    ("我头疼了三天，不发烧", None),
    ("can I book an appointment for tomorrow?", None),
    ("타이레놀 먹어도 돼요?", None),
    ("頭痛", "ja"),
    ("ok", "en"),
    ("my chest hurts and the pain goes down my left arm", None),
    ("谢谢医生", None),
]

BATCHES = (1, 8, 16)


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run(n: int, jsonl_n: int) -> dict:
    started = time.perf_counter()
    import nlu

    nlu.load()
    load_s = time.perf_counter() - started
    for text, prev in MESSAGES:  # warm every code path once
        nlu.parse(text, prev)
    times = []
    for i in range(n):
        text, prev = MESSAGES[i % len(MESSAGES)]
        t0 = time.perf_counter()
        nlu.parse(text, prev)
        times.append((time.perf_counter() - t0) * 1000)
    batched = {size: _batched(size, n) for size in BATCHES}
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    lines = "".join(json.dumps({"text": t, "prev_lang": p}, ensure_ascii=False) + "\n" for t, p in MESSAGES)
    stdin = lines * (jsonl_n // len(MESSAGES))
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "nlu.cli", "parse", "--jsonl"],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    wall = time.perf_counter() - t0
    count = len(out.splitlines())
    return {
        "bench": "nlu",
        "load_s": round(load_s, 2),
        "parse_p50_ms": round(_pct(times, 50), 2),
        "parse_p95_ms": round(_pct(times, 95), 2),
        "parse_n": n,
        "parse_many_cpu_ms_per_msg": {str(size): cpu for size, (cpu, _) in batched.items()},
        "parse_many_wall_ms_per_msg": {str(size): wall for size, (_, wall) in batched.items()},
        "jsonl_messages": count,
        "jsonl_wall_s": round(wall, 2),
        "jsonl_msgs_per_s_incl_load": round(count / wall, 1),
        "jsonl_msgs_per_s_after_load": round(count / max(wall - load_s, 1e-3), 1),
        "rss_mb": round(rss_mb),
    }


def _batched(size: int, n: int) -> tuple[float, float]:
    """(CPU ms, wall ms) per message over about n messages sent through nlu.parse_many, `size` at a time; the
    encoder runs on this thread (one BLAS thread), so its CPU time is the NLU cost, whatever the box's load."""
    import nlu

    batches = [[MESSAGES[(k * size + j) % len(MESSAGES)] for j in range(size)] for k in range(max(1, n // size))]
    cpu, wall = time.thread_time(), time.perf_counter()
    for batch in batches:
        nlu.parse_many(batch)
    count = len(batches) * size
    return round((time.thread_time() - cpu) * 1000 / count, 2), round((time.perf_counter() - wall) * 1000 / count, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500, help="single parse() calls to time")
    parser.add_argument("--jsonl", type=int, default=2000, help="messages sent through parse --jsonl")
    args = parser.parse_args()
    print(json.dumps(run(args.n, args.jsonl)))


if __name__ == "__main__":
    main()
