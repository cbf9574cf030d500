"""The inbox under concurrency and bad input: turns of one conversation serialise, first contacts race safely,
poison messages stop being retried, and text is stored the same on both backends."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from clinic_core import events, inbox
from clinic_core.inbox import InboundMessage
from clinic_core.models import Conversation, Message, Patient, PatientIdentity, utcnow


async def _count(db, *where) -> int:
    async with db.sessions() as session:
        return await session.scalar(select(func.count()).select_from(where[0]).where(*where[1:]))


async def test_two_messages_of_one_conversation_processed_at_once_both_count(db):
    first = await inbox.record(db, InboundMessage("test", "user-1", "update-1", text="one"))
    second = await inbox.record(db, InboundMessage("test", "user-1", "update-2", text="two"))

    async def count_turn(session, message) -> None:
        conversation = await session.get(Conversation, message.conversation_id)
        turns = conversation.state.get("turns", 0)
        await asyncio.sleep(0.2)  # the other message's turn reads the state meanwhile, unless it waits
        conversation.state = {"turns": turns + 1}

    await asyncio.gather(*(inbox.process(db, r.message_id, count_turn) for r in (first, second)))
    async with db.sessions() as session:
        conversation = await session.get(Conversation, first.conversation_id)
    assert conversation.state == {"turns": 2}  # no lost update


async def _fail_poison(session, message) -> None:
    if message.text.startswith("poison"):
        raise ValueError("cannot handle this")


async def test_recovery_pages_past_a_hundred_poison_messages(db):
    recorded = await inbox.record(db, InboundMessage("test", "user-1", "update-0", text="poison 0"))
    rows = [{"conversation_id": recorded.conversation_id, "direction": "in", "channel": "test", "sender": "patient",
             "external_id": f"update-{n}", "text": "poison" if n < 100 else "fine", "payload": {},
             "status": "received", "created_at": utcnow()} for n in range(1, 101)]
    async with db.transaction() as session:
        await session.execute(insert(Message), rows)

    assert await inbox.recover(db, _fail_poison) == 1  # message 101 is not hidden behind the first page
    assert await _count(db, Message, Message.text == "fine", Message.status == "processed") == 1
    assert await _count(db, Message, Message.status == "received", Message.attempts == 1) == 100


async def test_a_poison_message_fails_after_its_attempts_and_alerts_staff(db):
    recorded = await inbox.record(db, InboundMessage("test", "user-1", "update-1", text="poison"))
    bus = events.InProcessBus()
    tried = []

    async def handler(session, message) -> None:
        tried.append(message.id)
        await _fail_poison(session, message)

    async with events.collecting(bus, events.STAFF_ALERT) as alerts:
        for _ in range(4):
            assert await inbox.recover(db, handler, bus=bus, max_attempts=3) == 0
    async with db.sessions() as session:
        message = await session.get(Message, recorded.message_id)
    assert len(tried) == 3  # not retried at every start once failed
    assert (message.status, message.attempts, message.last_error) == ("failed", 3, "ValueError")
    assert alerts == [(events.STAFF_ALERT, {"kind": "message_failed", "patient_id": recorded.patient_id,
                                            "conversation_id": recorded.conversation_id,
                                            "message_id": recorded.message_id})]


async def test_a_voice_note_is_never_answered_before_its_words_are_stored(db):
    pending = {"voice": inbox.VOICE_PENDING, "duration": 3}
    recorded = await inbox.record(db, InboundMessage("test", "user-1", "update-1", audio_ref="test:1", payload=pending))
    answered = []

    async def handler(session, message) -> None:
        answered.append((message.text, message.payload))

    with pytest.raises(inbox.Untranscribed):
        await inbox.process(db, recorded.message_id, handler)
    assert await inbox.recover(db, handler) == 0  # nobody heard it: a failed attempt, not an empty text
    assert answered == [] and await _count(db, Message, Message.attempts == 1, Message.status == "received") == 1

    heard = []

    async def hear(message_id: int) -> None:  # what a channel does outside any transaction: transcribe, store
        waiting = await inbox.awaiting_transcript(db, message_id)
        if waiting is not None:
            heard.append(waiting.audio_ref)
            assert await inbox.transcribed(db, message_id, "I have a fever", {"voice": {"duration": 3}})

    assert await inbox.recover(db, handler, hear=hear) == 1
    assert await inbox.recover(db, handler, hear=hear) == 0
    assert heard == ["test:1"] and answered == [("I have a fever", {"voice": {"duration": 3}})]
    assert not await inbox.transcribed(db, recorded.message_id, "again", {})  # stored once
    async with db.sessions() as session:
        message = await session.get(Message, recorded.message_id)
    assert (message.text, message.status) == ("I have a fever", "processed")


async def test_control_characters_are_stripped_the_same_on_both_backends(db):
    raw = InboundMessage("test", "user\x00-1", "update\x00-1", text="a\x00b\x1bc\td\ne\rf")
    recorded = await inbox.record(db, raw)
    again = await inbox.record(db, InboundMessage("test", "user-1", "update-1", text="abc"))
    async with db.sessions() as session:
        message = await session.get(Message, recorded.message_id)
    assert message.text == "abc\td\ne\rf" and message.external_id == "update-1"
    assert (again.message_id, again.created) == (recorded.message_id, False)


def _racing(monkeypatch, name: str) -> None:
    """Make two concurrent `record` calls both reach inbox.<name> before either goes on (PostgreSQL; SQLite's
    writer lock lets only one in, which waits a moment and goes on alone)."""
    real, arrived, both = getattr(inbox, name), [], asyncio.Event()

    async def racing(*args, **kwargs):
        arrived.append(1)
        if len(arrived) == 2:
            both.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(both.wait(), 0.5)
        return await real(*args, **kwargs)

    monkeypatch.setattr(inbox, name, racing)


async def _record_two_at_once(db) -> list[inbox.Recorded]:
    return await asyncio.gather(*(
        inbox.record(db, InboundMessage("test", "user-1", f"update-{n}", text="hi")) for n in (1, 2)))


async def test_a_first_contact_recorded_by_two_workers_at_once(db, monkeypatch):
    _racing(monkeypatch, "find_or_create_identity")
    first, second = await _record_two_at_once(db)
    assert first.created and second.created and first.message_id != second.message_id
    assert (first.patient_id, first.conversation_id) == (second.patient_id, second.conversation_id)
    assert await _count(db, Patient) == await _count(db, PatientIdentity) == 1


async def test_one_open_conversation_per_patient_and_channel(db, monkeypatch):
    before = await inbox.record(db, InboundMessage("test", "user-1", "update-0", text="/stop"))
    async with db.transaction() as session:
        await session.execute(update(Conversation).values(status="closed"))
    _racing(monkeypatch, "open_conversation")
    first, second = await _record_two_at_once(db)
    assert first.conversation_id == second.conversation_id != before.conversation_id
    assert await _count(db, Conversation, Conversation.status == "open") == 1
    with pytest.raises(IntegrityError):
        async with db.transaction() as session:
            session.add(Conversation(patient_id=before.patient_id, channel="test", state={}))
