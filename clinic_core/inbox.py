"""The inbox: every inbound patient message is recorded (idempotently) and committed before it is processed,
so a crash between receiving and replying loses nothing; unprocessed rows are processed again by `recover`.

A voice note is recorded before it is heard (its payload marked `VOICE_PENDING`); its words are stored by
`transcribed` once the channel has transcribed it outside any transaction, and until then `process` refuses it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core import audit, events, sql
from clinic_core.db import Database
from clinic_core.models import Conversation, Message, Patient, PatientIdentity, utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # failed recoveries before an inbound message is marked `failed` and staff are alerted
VOICE_PENDING = "pending"  # payload["voice"] of a voice note recorded before it is transcribed
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def clean(text: str) -> str:
    """Without C0 control characters but tab and newlines: PostgreSQL rejects NUL in text, SQLite keeps it,
    and no patient types the others."""
    return text.translate(_CONTROL)


def awaits_transcript(payload: dict[str, Any]) -> bool:
    """A voice note recorded but not heard yet: it is transcribed before it is answered, never taken as empty text."""
    return payload.get("voice") == VOICE_PENDING


class Untranscribed(Exception):
    """`process` was asked to answer a voice note whose words are not stored yet."""


@dataclass(frozen=True)
class InboundMessage:
    """What a channel adapter hands over: the outside world's update, in our terms."""

    channel: str
    external_user_id: str
    external_message_id: str
    text: str = ""
    audio_ref: str | None = None
    language: str | None = None  # a hint from the channel (e.g. Telegram's language_code)
    received_at: datetime = field(default_factory=utcnow)
    payload: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("external_user_id", "external_message_id", "text"):  # what the outside world chose
            object.__setattr__(self, name, clean(getattr(self, name)))


@dataclass
class Received:
    """A recorded inbound message as the turn that answers it sees it. The turn may set `language` (what the
    NLU heard); `process` writes it back with the message's status."""

    id: int
    conversation_id: int
    channel: str
    text: str
    audio_ref: str | None
    language: str | None
    payload: dict[str, Any]


@dataclass(frozen=True)
class Recorded:
    message_id: int
    conversation_id: int
    patient_id: int
    created: bool  # False when this (channel, external id) was recorded before


# Every message runs these (clinic_core/sql.py says why they are plain SQL).
_FIND = sql.Query(
    "SELECT m.id, m.conversation_id, c.patient_id FROM messages m JOIN conversations c ON c.id = m.conversation_id"
    " WHERE m.channel = :channel AND m.external_id = :external_id"
)
_SENDER = sql.Query(
    "SELECT i.patient_id, c.id FROM patient_identities i LEFT JOIN conversations c"
    " ON c.patient_id = i.patient_id AND c.channel = :channel AND c.status = 'open'"
    " WHERE i.channel = :channel AND i.external_id = :external_user_id"
)
_INSERT = sql.Query(
    "INSERT INTO messages (conversation_id, direction, channel, external_id, sender, text, audio_ref, language,"
    " payload, status, attempts, last_error, created_at) VALUES (:conversation_id, 'in', :channel, :external_id,"
    " 'patient', :text, :audio_ref, :language, :payload, 'received', 0, '', :created_at) RETURNING id"
)
_RECEIVED = (
    "SELECT id, conversation_id, channel, text, audio_ref, language, payload, status FROM messages WHERE id = :id"
)
# PostgreSQL: the message row, then its conversation's, locked for the turn (SQLite: the writer lock does it).
_RECEIVED_SQLITE = sql.Query(_RECEIVED)
_RECEIVED_POSTGRES = sql.Query(_RECEIVED + " FOR UPDATE")
_LOCK_CONVERSATION = sql.Query("SELECT id FROM conversations WHERE id = :id FOR NO KEY UPDATE")
_PROCESSED = sql.Query("UPDATE messages SET status = 'processed', done_at = :now, language = :heard WHERE id = :id")


async def find_or_create_identity(session: AsyncSession, channel: str, external_user_id: str,
                                  language: str | None = None) -> PatientIdentity:
    """The identity for a channel user, creating the patient on first contact."""
    identity = await session.scalar(
        select(PatientIdentity).where(
            PatientIdentity.channel == channel, PatientIdentity.external_id == external_user_id
        )
    )
    if identity is None:
        patient = Patient(preferred_language=language)
        session.add(patient)
        await session.flush()
        identity = PatientIdentity(patient_id=patient.id, channel=channel, external_id=external_user_id)
        session.add(identity)
        await session.flush()
    return identity


async def open_conversation(session: AsyncSession, patient_id: int, channel: str,
                            language: str | None = None) -> Conversation:
    """The patient's open conversation on this channel (at most one: a unique index), started when there is none."""
    conversation = await session.scalar(
        select(Conversation)
        .where(Conversation.patient_id == patient_id, Conversation.channel == channel,
               Conversation.status == "open")
    )
    if conversation is None:
        conversation = Conversation(patient_id=patient_id, channel=channel, language=language, state={})
        session.add(conversation)
        await session.flush()
    return conversation


async def record(db: Database, inbound: InboundMessage) -> Recorded:
    """Record an inbound message once per (channel, external message id) and commit it.

    Two workers can race on the same update, on the sender's first contact (unique identity) or on opening
    their conversation (one open per patient and channel): the loser's transaction fails on the unique index,
    and once more finds the winner's rows.
    """
    try:
        return await _record(db, inbound)
    except IntegrityError:
        return await _record(db, inbound)


async def _record(db: Database, inbound: InboundMessage) -> Recorded:
    """A returning patient costs one read for the message, one for identity and conversation, the insert and
    the audit entry."""
    async with db.transaction() as session:
        existing = await _FIND.first(session, channel=inbound.channel, external_id=inbound.external_message_id)
        if existing is not None:
            return Recorded(*existing, created=False)
        patient_id, conversation_id = await _patient_and_conversation(session, inbound)
        (message_id,) = await _INSERT.first(
            session, conversation_id=conversation_id, channel=inbound.channel,
            external_id=inbound.external_message_id, text=inbound.text, audio_ref=inbound.audio_ref,
            language=inbound.language, payload=inbound.payload, created_at=inbound.received_at,
        )
        await audit.append_many(session, [{
            "actor": f"patient:{patient_id}", "action": "message.receive", "patient_id": patient_id,
            "resource": f"message/{message_id}", "purpose": "care", "details": {"channel": inbound.channel},
        }])
        return Recorded(message_id, conversation_id, patient_id, True)


async def _patient_and_conversation(session: AsyncSession, inbound: InboundMessage) -> tuple[int, int]:
    """The sender's patient and open conversation on this channel, created on first contact."""
    row = await _SENDER.first(session, channel=inbound.channel, external_user_id=inbound.external_user_id)
    if row is None:
        identity = await find_or_create_identity(session, inbound.channel, inbound.external_user_id,
                                                 inbound.language)
        row = (identity.patient_id, None)
    patient_id, conversation_id = row
    if conversation_id is None:
        conversation = await open_conversation(session, patient_id, inbound.channel, inbound.language)
        conversation_id = conversation.id
    return patient_id, conversation_id


Handler = Callable[[AsyncSession, Received], Awaitable[None]]


async def process(db: Database, message_id: int, handler: Handler) -> bool:
    """Run `handler` for one received message inside one transaction and mark it processed there.

    A crash anywhere inside rolls everything back, so the message stays `received` and is processed again;
    a message already processed (by us or another worker) is skipped. Returns True when it ran now.
    """
    postgres = db.engine.dialect.name == "postgresql"
    async with db.transaction() as session:
        row = await (_RECEIVED_POSTGRES if postgres else _RECEIVED_SQLITE).first(session, id=message_id)
        if row is None or row[-1] != "received":
            return False
        message = Received(*row[:6], payload=sql.loads(row[6]) or {})
        if awaits_transcript(message.payload):
            raise Untranscribed(f"inbound message {message_id} awaits its transcript")
        if postgres:
            # Two messages of one conversation at once (a double submit, two workers) would each read its state
            # and the last commit would win: the turn holds the conversation's row (SQLite: the writer lock).
            # NO KEY UPDATE still lets other transactions insert messages that reference the conversation.
            await _LOCK_CONVERSATION.rows(session, id=message.conversation_id)
        await handler(session, message)
        await _PROCESSED.rows(session, id=message_id, now=utcnow(), heard=message.language)
    return True


async def awaiting_transcript(db: Database, message_id: int) -> Received | None:
    """The message when it is a received voice note still awaiting its transcript, else None (a read: no lock)."""
    async with db.sessions() as session:
        message = await session.get(Message, message_id)
        if message is None or message.status != "received" or not awaits_transcript(message.payload or {}):
            return None
        return Received(message.id, message.conversation_id, message.channel, message.text, message.audio_ref,
                        message.language, dict(message.payload))


async def transcribed(db: Database, message_id: int, text: str, payload: dict[str, Any]) -> bool:
    """Store a voice note's words (`text`, and `payload` in place of the pending mark: voice cues, or a command)
    once, with an audit entry. False when it is not awaiting them any more (heard already, e.g. by another worker).

    The transcription itself runs before, outside any transaction: this one only writes the row.
    """
    async with db.transaction() as session:
        message = await session.get(Message, message_id, with_for_update=True)
        if message is None or message.status != "received" or not awaits_transcript(message.payload or {}):
            return False
        message.text, message.payload = clean(text), payload
        patient_id = await session.scalar(select(Conversation.patient_id)
                                          .where(Conversation.id == message.conversation_id))
        await audit.append_many(session, [{
            "actor": f"channel:{message.channel}", "action": "message.transcribe", "patient_id": patient_id,
            "resource": f"message/{message_id}", "purpose": "care",
        }])
    return True


async def unprocessed(db: Database, after: int = 0, limit: int = 100) -> list[int]:
    """Ids of received inbound messages past `after`, oldest first (paging by id: failures never fill a page)."""
    async with db.sessions() as session:
        rows = await session.scalars(
            select(Message.id)
            .where(Message.direction == "in", Message.status == "received", Message.id > after)
            .order_by(Message.id)
            .limit(limit)
        )
        return list(rows)


async def recover(db: Database, handler: Handler, *, hear: Callable[[int], Awaitable[None]] | None = None,
                  bus: events.EventBus | None = None, max_attempts: int = MAX_ATTEMPTS) -> int:
    """Process every message left `received` (by a crash, a stop or a failure); returns how many ran.

    Run at start and then periodically. `hear(message_id)`, when given, runs first for each message, outside any
    transaction: a voice note a crash left unheard is transcribed there (one still unheard after it fails its
    attempt). Each message is tried once per call; one that fails `max_attempts` times is marked `failed` (a
    poison message is not retried forever) and staff are alerted on `bus`.
    """
    done = last_seen = 0
    while page := await unprocessed(db, after=last_seen):
        for message_id in page:
            last_seen = message_id
            try:
                if hear is not None:
                    await hear(message_id)
                done += await process(db, message_id, handler)
            except Exception as error:
                log.exception("inbound message %s failed", message_id)
                await _failed_attempt(db, message_id, type(error).__name__, max_attempts, bus)
    return done


async def _failed_attempt(db: Database, message_id: int, error: str, max_attempts: int,
                          bus: events.EventBus | None) -> None:
    async with db.transaction() as session:
        message = await session.get(Message, message_id)
        if message is None or message.status != "received":
            return
        message.attempts += 1
        message.last_error = error
        if message.attempts < max_attempts:
            return
        message.status, message.done_at = "failed", utcnow()
        patient_id = await session.scalar(select(Conversation.patient_id)
                                          .where(Conversation.id == message.conversation_id))
    log.warning("inbound message %s failed after %s attempts", message_id, max_attempts)
    if bus is not None:
        await bus.publish(events.STAFF_ALERT, {"kind": "message_failed", "patient_id": patient_id,
                                               "conversation_id": message.conversation_id, "message_id": message_id})
