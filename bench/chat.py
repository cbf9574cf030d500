"""One web chat turn end to end over HTTP on SQLite: p50/p95 with concurrent conversations, and turns per second.

Run: .venv/bin/python bench/chat.py [--conversations 50] [--turns 8] [--think SECONDS] [--profile FILE]
A child process serves the vclinic app (uvicorn, real NLU, a fresh SQLite file); this process drives it with
httpx: every conversation posts its turns one after another (after a random pause around --think seconds, as
a person typing; 0 by default: back to back), all conversations at once. One turn is one
`POST /api/chat/sessions/{id}/messages` until its replies arrive. Prints one JSON line, with the CPU time the
server and the driver spent per turn and the load average (the box is shared: a figure without them is not
comparable); the figures are recorded in docs/benchmarks.md ("## Chat"). --profile writes the server's
cProfile statistics of the whole run to FILE.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

SCRIPT = [
    "yes",
    "I have had a runny nose and sneezing since yesterday",
    "no",
    "no",
    "I'm 30",
    "no",
    "thank you",
    "bye",
]


def app():
    """One server process's app (uvicorn calls this in each worker): vclinic's, with the bot mounted."""
    from bot.views import router
    from bot.workers import BotWorkers
    from clinic_core.settings import Settings
    from vclinic.app import create_app

    db_path = os.environ["BENCH_CHAT_DB"]
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{db_path}", var_dir=Path(db_path).parent))
    if not any(getattr(route, "path", "") == "/api/chat/sessions" for route in app.routes):
        app.include_router(router)  # until vclinic.create_app mounts the bot itself
        BotWorkers(app)
    import nlu

    nlu.load()
    return app


def serve(db_path: str, port: int, workers: int, profile: str | None = None) -> None:
    """The child: `workers` uvicorn processes on one migrated SQLite file."""
    import uvicorn

    from clinic_core import audit, migrate
    from clinic_core.settings import Settings

    os.environ["BENCH_CHAT_DB"] = db_path
    settings = Settings(database_url=f"sqlite+aiosqlite:///{db_path}", var_dir=Path(db_path).parent)
    asyncio.run(migrate.upgrade(settings.database_url))
    audit.configure(settings)  # creates the signing key once, before workers race for it
    options = {"host": "127.0.0.1", "port": port, "log_level": "warning", "access_log": False}
    if workers > 1:
        uvicorn.run("bench.chat:app", factory=True, workers=workers, **options)
        return
    if not profile:
        uvicorn.run(app(), **options)
        return
    import cProfile
    import signal

    server = app()
    signal.signal(signal.SIGTERM, lambda *_: None)  # uvicorn re-raises the signal it stopped on: survive it
    with cProfile.Profile() as profiler:
        uvicorn.run(server, **options)
    profiler.dump_stats(profile)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its living descendants so far (Linux /proc)."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            stats[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    tree = {pid}
    for _ in range(3):  # the server, its workers, and their helpers
        tree |= {child for child, (parent, _) in stats.items() if parent in tree}
    ticks = sum(stats[member][1] for member in tree if member in stats)
    return ticks / os.sysconf("SC_CLK_TCK")


async def drive(base: str, conversations: int, turns: int, think: float, server: int, workers: int) -> dict:
    limits = httpx.Limits(max_connections=conversations, max_keepalive_connections=conversations)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        for _ in range(600):
            try:
                if (await client.get("/healthz")).status_code == 200:
                    break
            except httpx.TransportError:
                await asyncio.sleep(0.1)
        sessions = []
        for _ in range(conversations):
            data = (await client.post("/api/chat/sessions", json={"lang": "en", "country": "US"})).json()
            sessions.append((data["session_id"], {"Authorization": f"Bearer {data['token']}"}))
        latencies: list[float] = []

        async def converse(session_id: str, headers: dict[str, str], pause: float) -> None:
            for text in (SCRIPT * (turns // len(SCRIPT) + 1))[:turns]:
                await asyncio.sleep(pause * random.uniform(0.5, 1.5))
                start = time.perf_counter()
                response = await client.post(
                    f"/api/chat/sessions/{session_id}/messages", json={"text": text}, headers=headers
                )
                response.raise_for_status()
                latencies.append(time.perf_counter() - start)

        await asyncio.sleep(2)  # let the outbox deliver the greetings: session set-up is not a turn
        await asyncio.gather(*(converse(*s, 0.0) for s in sessions[:4]))  # warm-up: lazy imports, every worker
        latencies.clear()
        start, server_cpu, own_cpu = time.perf_counter(), cpu_seconds(server), time.process_time()
        await asyncio.gather(*(converse(sid, headers, think) for sid, headers in sessions))
        wall = time.perf_counter() - start
        server_cpu, own_cpu = cpu_seconds(server) - server_cpu, time.process_time() - own_cpu
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "bench": "chat",
        "conversations": conversations,
        "workers": workers,
        "think_s": think,
        "turns": len(latencies),
        "p50_ms": round(cuts[49] * 1000, 1),
        "p95_ms": round(cuts[94] * 1000, 1),
        "turns_per_s": round(len(latencies) / wall, 1),
        "server_cpu_ms_per_turn": round(server_cpu * 1000 / len(latencies), 2),
        "driver_cpu_ms_per_turn": round(own_cpu * 1000 / len(latencies), 2),
        "cpus": os.cpu_count(),
        "load_avg_1m": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--turns", type=int, default=8, help="turns per conversation")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause before a turn, s (0: none)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (uvicorn workers)")
    parser.add_argument("--profile", metavar="FILE", help="write the server's cProfile statistics to FILE (1 worker)")
    parser.add_argument("--serve", nargs=2, metavar=("DB", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), args.workers, args.profile)
        return 0
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        # `-m` from the repository root: running bench/chat.py directly would put bench/ first on sys.path,
        # where bench/nlu.py would shadow the nlu package.
        profile = ["--profile", str(Path(args.profile).resolve())] if args.profile else []
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.chat", "--serve", f"{tmp}/bench.db", str(port), "--workers",
             str(args.workers), *profile],
            cwd=Path(__file__).resolve().parent.parent,
        )
        try:
            result = asyncio.run(
                drive(f"http://127.0.0.1:{port}", args.conversations, args.turns, args.think, child.pid,
                      args.workers)
            )
        finally:
            child.terminate()
            child.wait(10)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
