"""A worker killed with SIGKILL mid-way loses no inbound message, and no reply is sent twice once marked."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sqlalchemy import select

from clinic_core import inbox, outbox
from clinic_core.inbox import InboundMessage
from clinic_core.models import Conversation, Message

CHILD = Path(__file__).with_name("crash_child.py")


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), *args])


def _wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the worker never reached the point to kill it"
        time.sleep(0.02)


async def _messages(db, direction: str) -> list[Message]:
    async with db.sessions() as session:
        return list(await session.scalars(
            select(Message).where(Message.direction == direction).order_by(Message.id)))


async def test_inbox_survives_sigkill_mid_processing(db, database_url, tmp_path):
    marker = tmp_path / "hanging"
    worker = _start("inbox", database_url, "5", "2", str(marker))
    _wait_for(marker.exists)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()

    received = await _messages(db, "in")
    assert [m.status for m in received] == ["processed", "processed", "received", "received", "received"]
    assert len(await _messages(db, "out")) == 2  # the reply written in the killed transaction is gone too

    again = _start("inbox", database_url, "5", "-1", str(marker))
    assert again.wait(timeout=60) == 0

    received = await _messages(db, "in")
    assert len(received) == 5  # re-recording the same updates created no duplicates
    assert all(m.status == "processed" for m in received)
    replies = [m.text for m in await _messages(db, "out")]
    assert sorted(replies) == sorted(f"reply to message {n}" for n in range(5))


def _channel_server():
    """The outside channel: records every delivery; holds the third one so the worker can be killed there."""
    deliveries: list[int] = []
    holding = threading.Event()
    hold_third = threading.Event()
    hold_third.set()

    class Channel(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            deliveries.append(body["message_id"])
            if hold_third.is_set() and len(deliveries) == 3:
                holding.set()
                time.sleep(5)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Channel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, deliveries, holding, hold_third


async def test_outbox_never_resends_a_marked_row_after_sigkill(db, database_url):
    recorded = await inbox.record(db, InboundMessage("test", "user-1", "update-0", text="hi"))
    async with db.transaction() as session:
        conversation = await session.get(Conversation, recorded.conversation_id)
        ids = []
        for n in range(6):
            row = outbox.enqueue(session, conversation, f"reply {n}")
            await session.flush()
            ids.append(row.id)

    server, deliveries, holding, hold_third = _channel_server()
    address = f"http://127.0.0.1:{server.server_port}/"
    try:
        worker = _start("outbox", database_url, address)
        _wait_for(holding.is_set)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        marked_before_kill = [m.id for m in await _messages(db, "out") if m.status == "sent"]
        assert marked_before_kill == ids[:2]

        hold_third.clear()
        again = _start("outbox", database_url, address)
        assert again.wait(timeout=60) == 0
    finally:
        server.shutdown()

    rows = await _messages(db, "out")
    assert all(m.status == "sent" for m in rows)
    for message_id in marked_before_kill:
        assert deliveries.count(message_id) == 1
    assert set(deliveries) == set(ids)
    first_delivery_order = sorted(set(deliveries), key=deliveries.index)
    assert first_delivery_order == ids  # in order within the conversation


WRITER = """
import asyncio, pathlib, sys, time
from clinic_core import inbox, outbox
from clinic_core.db import Database
from clinic_core.inbox import InboundMessage
from clinic_core.models import Conversation

async def main(url, who, go):
    db = Database(url)
    async def handler(session, message):
        conversation = await session.get(Conversation, message.conversation_id)
        outbox.enqueue(session, conversation, f"reply to {message.text}")
    while not pathlib.Path(go).exists():
        time.sleep(0.01)
    for n in range(150):
        inbound = InboundMessage("test", f"{who}-{n % 5}", f"{who}-{n}", text=f"{who} {n}")
        await inbox.process(db, (await inbox.record(db, inbound)).message_id, handler)
    await db.dispose()

asyncio.run(main(*sys.argv[1:]))
"""


async def test_two_worker_processes_write_one_database_at_once(db, database_url, tmp_path):
    """Several server processes share the database (uvicorn workers): their transactions queue on its write lock;
    none fails on a locked database, and the audit chain they extend together stays intact."""
    from clinic_core import audit

    go = tmp_path / "go"
    root = Path(__file__).resolve().parents[2]
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, database_url, who, str(go)], cwd=root) for who in "ab"]
    go.touch()
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    received = await _messages(db, "in")
    assert len(received) == 300 and all(m.status == "processed" for m in received)
    assert len(await _messages(db, "out")) == 300
    assert (await audit.verify(db)).ok
