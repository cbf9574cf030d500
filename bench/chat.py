"""One web chat turn end to end over HTTP on SQLite: p50/p95 with concurrent conversations, and turns per second.

Run: .venv/bin/python bench/chat.py [--conversations 50] [--turns 8] [--think SECONDS] [--profile FILE]
A child process serves the vclinic app (uvicorn, real NLU, a fresh SQLite file); this process drives it with its
own keep-alive HTTP/1.1 client, one connection per conversation: every conversation posts its turns one after
another (after a random pause around --think seconds, as a person typing; 0 by default: back to back), all
conversations at once. One turn is one
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


class Connection:
    """One keep-alive HTTP/1.1 connection with JSON bodies: the driver's own client, because httpx spent 3-4 ms
    of CPU per request on this box, as much as a third of the server's, on the same two cores."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: object = None, token: str | None = None) -> tuple[int, dict]:
        data = json.dumps(body).encode() if body is not None else b""
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(data)}\r\n"
        head += "Content-Type: application/json\r\n" if body is not None else ""
        head += f"Authorization: Bearer {token}\r\n" if token else ""
        reused = self.writer is not None
        try:
            return await self._exchange(head.encode() + b"\r\n" + data)
        except (asyncio.IncompleteReadError, ConnectionResetError):
            if not reused:
                raise
            # uvicorn closes a connection idle for 5 s (a patient typing): send again on a new one, as browsers do
            self.writer = None
            return await self._exchange(head.encode() + b"\r\n" + data)

    async def _exchange(self, request: bytes) -> tuple[int, dict]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(request)
        status_line, *headers = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        fields = {name.lower(): value for name, _, value in (line.partition(": ") for line in headers)}
        payload = await self.reader.readexactly(int(fields.get("content-length", "0")))
        return int(status_line.split()[1]), json.loads(payload) if payload else {}

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def drive(host: str, port: int, conversations: int, turns: int, think: float, server: int,
                workers: int) -> dict:
    probe = Connection(host, port)
    for _ in range(600):
        try:
            if (await probe.request("GET", "/healthz"))[0] == 200:
                break
        except (OSError, asyncio.IncompleteReadError):  # not listening yet, or closed while starting
            probe = Connection(host, port)
            await asyncio.sleep(0.1)
    await probe.close()
    clients = [Connection(host, port) for _ in range(conversations)]
    sessions = []
    for client in clients:
        status, data = await client.request("POST", "/api/chat/sessions", {"lang": "en", "country": "US"})
        assert status == 201, (status, data)
        sessions.append((client, data["session_id"], data["token"]))
    latencies: list[float] = []

    async def converse(client: Connection, session_id: str, token: str, pause: float) -> None:
        for text in (SCRIPT * (turns // len(SCRIPT) + 1))[:turns]:
            await asyncio.sleep(pause * random.uniform(0.5, 1.5))
            start = time.perf_counter()
            status, data = await client.request("POST", f"/api/chat/sessions/{session_id}/messages", {"text": text},
                                                token)
            assert status == 200 and data["replies"], (status, data)
            latencies.append(time.perf_counter() - start)

    await asyncio.sleep(2)  # let the outbox deliver the greetings: session set-up is not a turn
    await asyncio.gather(*(converse(*s, 0.0) for s in sessions[:4]))  # warm-up: lazy imports, every worker
    latencies.clear()
    start, server_cpu, own_cpu = time.perf_counter(), cpu_seconds(server), time.process_time()
    await asyncio.gather(*(converse(*s, think) for s in sessions))
    wall = time.perf_counter() - start
    server_cpu, own_cpu = cpu_seconds(server) - server_cpu, time.process_time() - own_cpu
    for client in clients:
        await client.close()
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
                drive("127.0.0.1", port, args.conversations, args.turns, args.think, child.pid, args.workers)
            )
        finally:
            child.terminate()
            child.wait(10)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
