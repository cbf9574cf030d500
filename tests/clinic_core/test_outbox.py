"""The outbox dispatcher's delivery rules, seen through the rows a clinic operator would inspect."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select, update

from clinic_core import audit, events, inbox, outbox
from clinic_core.inbox import InboundMessage
from clinic_core.models import Conversation, Message, utcnow
from clinic_core.outbox import Envelope, OutboxDispatcher, PermanentFailure, RetryAfter
from clinic_core.settings import Settings


async def _conversation_with_replies(db, *texts: str, channel: str = "test") -> list[int]:
    recorded = await inbox.record(db, InboundMessage(channel, "user-1", "update-1", text="hi"))
    async with db.transaction() as session:
        conversation = await session.get(Conversation, recorded.conversation_id)
        rows = [outbox.enqueue(session, conversation, text) for text in texts]
        await session.flush()
        return [row.id for row in rows]


async def _rows(db) -> dict[int, Message]:
    async with db.sessions() as session:
        return {m.id: m for m in await session.scalars(select(Message).where(Message.direction == "out"))}


async def _make_due(db) -> None:
    async with db.transaction() as session:
        await session.execute(update(Message).where(Message.status == "pending").values(next_attempt_at=utcnow()))


def _dispatcher(db, **settings) -> OutboxDispatcher:
    return OutboxDispatcher(db, Settings(_env_file=None, database_url=db.url, **settings))


async def test_failures_back_off_exponentially_then_give_up(db):
    [row_id] = await _conversation_with_replies(db, "hello")
    dispatcher = _dispatcher(db, outbox_backoff_seconds=10, outbox_max_attempts=3)
    attempts: list[Envelope] = []

    async def flaky(envelope: Envelope) -> None:
        attempts.append(envelope)
        raise ConnectionError("channel down")

    dispatcher.register("test", flaky)
    delays = []
    for _ in range(3):
        before = utcnow()
        await dispatcher.deliver_due()
        row = (await _rows(db))[row_id]
        if row.status == "pending":
            delays.append((row.next_attempt_at - before).total_seconds())
        await _make_due(db)
    row = (await _rows(db))[row_id]
    assert len(attempts) == 3 and attempts[0].recipient == "user-1" and attempts[0].text == "hello"
    assert [round(d) for d in delays] == [10, 20]  # doubling
    assert (row.status, row.attempts) == ("failed", 3)
    assert await dispatcher.deliver_due() == 0  # a failed row is never tried again


async def test_a_rate_limit_waits_as_asked_without_counting_as_a_failure(db):
    [row_id] = await _conversation_with_replies(db, "hello")
    dispatcher = _dispatcher(db, outbox_max_attempts=1)
    calls = 0

    async def limited(envelope: Envelope) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RetryAfter(30)

    dispatcher.register("test", limited)
    before = utcnow()
    await dispatcher.deliver_due()
    row = (await _rows(db))[row_id]
    assert row.status == "pending" and row.attempts == 0
    assert timedelta(seconds=29) < row.next_attempt_at - before < timedelta(seconds=31)
    assert await dispatcher.deliver_due() == 0  # not due yet
    await _make_due(db)
    assert await dispatcher.deliver_due() == 1
    assert (await _rows(db))[row_id].status == "sent"


async def test_order_is_kept_and_a_permanent_failure_lets_later_replies_through(db):
    first, second, third = await _conversation_with_replies(db, "one", "two", "three")
    dispatcher = _dispatcher(db)
    delivered: list[str] = []
    broken = {"two": ConnectionError("try later")}

    async def sender(envelope: Envelope) -> None:
        if envelope.text in broken:
            raise broken[envelope.text]
        delivered.append(envelope.text)

    dispatcher.register("test", sender)
    await dispatcher.deliver_due()
    assert delivered == ["one"]  # "three" waits behind "two": replies never arrive out of order
    broken["two"] = PermanentFailure("chat deleted")
    await _make_due(db)
    await dispatcher.deliver_due()
    rows = await _rows(db)
    assert delivered == ["one", "three"]
    assert [rows[i].status for i in (first, second, third)] == ["sent", "failed", "sent"]
    async with db.sessions() as session:
        patient_id = (await session.get(Conversation, rows[first].conversation_id)).patient_id
        sends = [e.resource for e in await audit.access_history(session, patient_id) if e.action == "message.send"]
    assert sorted(sends) == [f"message/{first}", f"message/{third}"]  # each delivery is in the patient's history


async def test_a_stalled_sender_times_out_and_other_channels_still_go(db, monkeypatch):
    monkeypatch.setattr(outbox, "SEND_TIMEOUT", 0.2)
    [stalled] = await _conversation_with_replies(db, "to a stalled channel", channel="stalled")
    [fine] = await _conversation_with_replies(db, "to a working channel")
    dispatcher = _dispatcher(db, outbox_backoff_seconds=10)
    dispatcher.register("stalled", lambda envelope: asyncio.Event().wait())
    dispatcher.register("test", lambda envelope: asyncio.sleep(0))

    assert await asyncio.wait_for(dispatcher.deliver_due(), 5) == 1  # the pass ends: the next one can start
    rows = await _rows(db)
    assert rows[fine].status == "sent"
    assert (rows[stalled].status, rows[stalled].attempts, rows[stalled].last_error) == ("pending", 1, "TimeoutError")
    assert rows[stalled].next_attempt_at > utcnow() + timedelta(seconds=5)  # backed off like any failure


async def test_outbox_ready_wakes_the_dispatcher_between_polls(db):
    bus = events.InProcessBus()
    dispatcher = _dispatcher(db, outbox_poll_seconds=3600)
    sent = asyncio.Queue()
    dispatcher.register("test", sent.put)
    first, second = await _conversation_with_replies(db, "first", "second")
    async with db.transaction() as session:  # the second reply is written after the first pass
        await session.execute(update(Message).where(Message.id == second).values(status="held"))
    dispatcher.listen(bus)
    dispatcher.start()
    try:
        assert (await asyncio.wait_for(sent.get(), 5)).message_id == first  # the first pass, at start
        async with db.transaction() as session:
            await session.execute(update(Message).where(Message.id == second).values(status="pending"))
        await bus.publish(events.OUTBOX_READY, {})
        assert (await asyncio.wait_for(sent.get(), 5)).message_id == second  # not an hour later
    finally:
        await dispatcher.stop()
    await bus.publish(events.OUTBOX_READY, {})  # nobody listens after stop
    assert not bus._subscribers[events.OUTBOX_READY]
