"""A worker process for the crash tests: records and processes inbound messages, or delivers the outbox.

Run by tests/clinic_core/test_crash.py, which SIGKILLs it at a chosen moment and starts it again.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import urllib.request
from pathlib import Path

from sqlalchemy import func, select

from clinic_core import inbox, outbox
from clinic_core.db import Database
from clinic_core.inbox import InboundMessage
from clinic_core.models import Conversation, Message
from clinic_core.settings import Settings


async def run_inbox(url: str, count: int, hang_on: int, marker: Path) -> None:
    """Record `count` messages (the same external ids every run), then process what is unprocessed.

    While processing message number `hang_on` (inside its transaction, after its reply was written)
    it touches `marker` and hangs, so the test can kill it there.
    """
    db = Database(url)
    for n in range(count):
        await inbox.record(db, InboundMessage("test", "user-1", f"update-{n}", text=f"message {n}"))

    async def handler(session, message) -> None:
        conversation = await session.get(Conversation, message.conversation_id)
        outbox.enqueue(session, conversation, f"reply to {message.text}")
        if message.text == f"message {hang_on}":
            marker.touch()
            await asyncio.sleep(3600)

    await inbox.recover(db, handler)
    await db.dispose()


async def run_outbox(url: str, server: str) -> None:
    """Deliver every due outbound row by POSTing it to the test's HTTP server."""
    settings = Settings(database_url=url, outbox_lease_seconds=0.5, outbox_backoff_seconds=0.05)
    db = Database(url)
    dispatcher = outbox.OutboxDispatcher(db, settings)

    async def send(envelope: outbox.Envelope) -> None:
        body = json.dumps({"message_id": envelope.message_id}).encode()
        request = urllib.request.Request(server, data=body, method="POST")
        await asyncio.to_thread(urllib.request.urlopen, request, None, 30)

    dispatcher.register("test", send)
    while await dispatcher.deliver_due() or await _pending(db):
        await asyncio.sleep(0.1)
    await db.dispose()


async def _pending(db: Database) -> bool:
    async with db.sessions() as session:
        left = await session.scalar(
            select(func.count()).where(Message.direction == "out", Message.status != "sent")
        )
    return bool(left)


if __name__ == "__main__":
    mode, url = sys.argv[1], sys.argv[2]
    if mode == "inbox":
        asyncio.run(run_inbox(url, int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])))
    else:
        asyncio.run(run_outbox(url, sys.argv[3]))
    os._exit(0)
