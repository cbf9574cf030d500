"""The inbox: every inbound patient message is recorded (idempotently) and committed before it is processed,
so a crash between receiving and replying loses nothing; unprocessed rows are processed again by `recover`."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core import audit, events
from clinic_core.db import Database
from clinic_core.models import Conversation, Message, Patient, PatientIdentity, utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # failed recoveries before an inbound message is marked `failed` and staff are alerted
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def clean(text: str) -> str:
    """Without C0 control characters but tab and newlines: PostgreSQL rejects NUL in text, SQLite keeps it,
    and no patient types the others."""
    return text.translate(_CONTROL)


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


# A web chat turn runs these statements on every message: they are built once, and run on the session's
# connection (Core), because building a statement and the ORM's loading and flushing cost more than SQLite does.
_messages, _conversations, _identities = Message.__table__, Conversation.__table__, PatientIdentity.__table__
_FIND = (
    select(_messages.c.id, _messages.c.conversation_id, _conversations.c.patient_id)
    .join(_conversations, _conversations.c.id == _messages.c.conversation_id)
    .where(_messages.c.channel == bindparam("channel"), _messages.c.external_id == bindparam("external_id"))
)
_SENDER = (
    select(_identities.c.patient_id, _conversations.c.id)
    .outerjoin(_conversations, and_(_conversations.c.patient_id == _identities.c.patient_id,
                                    _conversations.c.channel == bindparam("channel"),
                                    _conversations.c.status == "open"))
    .where(_identities.c.channel == bindparam("channel"), _identities.c.external_id == bindparam("external_user_id"))
)
_INSERT = insert(_messages).returning(_messages.c.id)
_RECEIVED = select(
    _messages.c.id, _messages.c.conversation_id, _messages.c.channel, _messages.c.text, _messages.c.audio_ref,
    _messages.c.language, _messages.c.payload, _messages.c.status,
).where(_messages.c.id == bindparam("message_id"))
# PostgreSQL: the message row, then its conversation's, locked for the turn (SQLite: the writer lock does it).
_RECEIVED_FOR_UPDATE = _RECEIVED.with_for_update()
_LOCK_CONVERSATION = (
    select(_conversations.c.id).where(_conversations.c.id == bindparam("conversation_id"))
    .with_for_update(key_share=True)
)
_PROCESSED = (
    update(_messages).where(_messages.c.id == bindparam("message_id"))
    .values(status="processed", done_at=bindparam("done_at"), language=bindparam("heard"))
)


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
        conn = await session.connection()
        keys = {"channel": inbound.channel, "external_id": inbound.external_message_id}
        existing = (await conn.execute(_FIND, keys)).first()
        if existing is not None:
            return Recorded(existing[0], existing[1], existing[2], False)
        patient_id, conversation_id = await _patient_and_conversation(session, inbound)
        message_id = await conn.scalar(_INSERT, {
            "conversation_id": conversation_id, "direction": "in", "channel": inbound.channel,
            "external_id": inbound.external_message_id, "sender": "patient", "text": inbound.text,
            "audio_ref": inbound.audio_ref, "language": inbound.language, "payload": inbound.payload,
            "status": "received", "created_at": inbound.received_at,
        })
        await audit.append(
            session, actor=f"patient:{patient_id}", action="message.receive", patient_id=patient_id,
            resource=f"message/{message_id}", purpose="care", details={"channel": inbound.channel},
        )
        return Recorded(message_id, conversation_id, patient_id, True)


async def _patient_and_conversation(session: AsyncSession, inbound: InboundMessage) -> tuple[int, int]:
    """The sender's patient and open conversation on this channel, created on first contact."""
    conn = await session.connection()
    row = (await conn.execute(_SENDER, {"channel": inbound.channel,
                                        "external_user_id": inbound.external_user_id})).first()
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
        conn = await session.connection()
        row = (await conn.execute(_RECEIVED_FOR_UPDATE if postgres else _RECEIVED, {"message_id": message_id})).first()
        if row is None or row.status != "received":
            return False
        if postgres:
            # Two messages of one conversation at once (a double submit, two workers) would each read its state
            # and the last commit would win: the turn holds the conversation's row (SQLite: the writer lock).
            # NO KEY UPDATE still lets other transactions insert messages that reference the conversation.
            await conn.execute(_LOCK_CONVERSATION, {"conversation_id": row.conversation_id})
        message = Received(row.id, row.conversation_id, row.channel, row.text, row.audio_ref, row.language,
                           row.payload or {})
        await handler(session, message)
        await conn.execute(_PROCESSED, {"message_id": message_id, "done_at": utcnow(), "heard": message.language})
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


async def recover(db: Database, handler: Handler, *, bus: events.EventBus | None = None,
                  max_attempts: int = MAX_ATTEMPTS) -> int:
    """Process every message left `received` (by a crash, a stop or a failure); returns how many ran.

    Run at start and then periodically. Each message is tried once per call; one that fails `max_attempts`
    times is marked `failed` (a poison message is not retried forever) and staff are alerted on `bus`.
    """
    done = last_seen = 0
    while page := await unprocessed(db, after=last_seen):
        for message_id in page:
            last_seen = message_id
            try:
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
