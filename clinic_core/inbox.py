"""The inbox: every inbound patient message is recorded (idempotently) and committed before it is processed,
so a crash between receiving and replying loses nothing; unprocessed rows are processed again at start."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core import audit
from clinic_core.db import Database
from clinic_core.models import Conversation, Message, Patient, PatientIdentity, utcnow

log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class Recorded:
    message_id: int
    conversation_id: int
    patient_id: int
    created: bool  # False when this (channel, external id) was recorded before


async def identity_patient(session: AsyncSession, channel: str, external_user_id: str,
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
    """The patient's open conversation on this channel, started when there is none."""
    conversation = await session.scalar(
        select(Conversation)
        .where(Conversation.patient_id == patient_id, Conversation.channel == channel,
               Conversation.status == "open")
        .order_by(Conversation.id.desc())
        .limit(1)
    )
    if conversation is None:
        conversation = Conversation(patient_id=patient_id, channel=channel, language=language, state={})
        session.add(conversation)
        await session.flush()
    return conversation


async def record(db: Database, inbound: InboundMessage) -> Recorded:
    """Record an inbound message once per (channel, external message id) and commit it.

    Core statements, not ORM objects: a returning patient costs one read for identity and conversation, one
    insert and the audit entry (this transaction is a third of a web chat turn's database time).
    """
    try:
        async with db.transaction() as session:
            existing = await _find(session, inbound)
            if existing is not None:
                return existing
            patient_id, conversation_id = await _patient_and_conversation(session, inbound)
            message_id = await session.scalar(
                insert(Message)
                .values(
                    conversation_id=conversation_id, direction="in", channel=inbound.channel,
                    external_id=inbound.external_message_id, sender="patient", text=inbound.text,
                    audio_ref=inbound.audio_ref, language=inbound.language, payload=inbound.payload,
                    status="received", created_at=inbound.received_at,
                )
                .returning(Message.id)
            )
            await audit.append(
                session, actor=f"patient:{patient_id}", action="message.receive", patient_id=patient_id,
                resource=f"message/{message_id}", purpose="care", details={"channel": inbound.channel},
            )
            return Recorded(message_id, conversation_id, patient_id, True)
    except IntegrityError:
        # Another worker recorded the same update between our check and our insert.
        async with db.transaction() as session:
            existing = await _find(session, inbound)
            if existing is None:
                raise
            return existing


async def _patient_and_conversation(session: AsyncSession, inbound: InboundMessage) -> tuple[int, int]:
    """The sender's patient and open conversation on this channel, created on first contact."""
    row = (
        await session.execute(
            select(PatientIdentity.patient_id, Conversation.id)
            .outerjoin(Conversation, and_(Conversation.patient_id == PatientIdentity.patient_id,
                                          Conversation.channel == inbound.channel, Conversation.status == "open"))
            .where(PatientIdentity.channel == inbound.channel,
                   PatientIdentity.external_id == inbound.external_user_id)
            .order_by(Conversation.id.desc())
            .limit(1)
        )
    ).first()
    if row is None:
        identity = await identity_patient(session, inbound.channel, inbound.external_user_id, inbound.language)
        row = (identity.patient_id, None)
    patient_id, conversation_id = row
    if conversation_id is None:
        conversation = await open_conversation(session, patient_id, inbound.channel, inbound.language)
        conversation_id = conversation.id
    return patient_id, conversation_id


async def _find(session: AsyncSession, inbound: InboundMessage) -> Recorded | None:
    row = (
        await session.execute(
            select(Message.id, Message.conversation_id, Conversation.patient_id)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Message.channel == inbound.channel, Message.external_id == inbound.external_message_id)
        )
    ).first()
    return None if row is None else Recorded(row[0], row[1], row[2], False)


Handler = Callable[[AsyncSession, Message], Awaitable[None]]


async def process(db: Database, message_id: int, handler: Handler) -> bool:
    """Run `handler` for one received message inside one transaction and mark it processed there.

    A crash anywhere inside rolls everything back, so the message stays `received` and is processed again;
    a message already processed (by us or another worker) is skipped. Returns True when it ran now.
    """
    async with db.transaction() as session:
        query = select(Message).where(Message.id == message_id)
        if db.engine.dialect.name == "postgresql":
            query = query.with_for_update()
        message = await session.scalar(query)
        if message is None or message.status != "received":
            return False
        await handler(session, message)
        message.status = "processed"
        message.done_at = utcnow()
    return True


async def unprocessed(db: Database, limit: int = 100) -> list[int]:
    async with db.sessions() as session:
        rows = await session.scalars(
            select(Message.id)
            .where(Message.direction == "in", Message.status == "received")
            .order_by(Message.id)
            .limit(limit)
        )
        return list(rows)


async def recover(db: Database, handler: Handler) -> int:
    """Process every message left `received` (by a crash or a stop); returns how many ran."""
    done = 0
    failed: set[int] = set()
    while True:
        pending = [i for i in await unprocessed(db) if i not in failed]
        if not pending:
            return done
        for message_id in pending:
            try:
                done += await process(db, message_id, handler)
            except Exception:
                failed.add(message_id)
                log.exception("inbound message %s failed; it stays queued for the next start", message_id)


class InboxWorker:
    """Recovers unprocessed messages at start; channels call `process` directly for fresh ones."""

    def __init__(self, db: Database, handler: Handler) -> None:
        self.db = db
        self.handler = handler
        self._task: asyncio.Task[int] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(recover(self.db, self.handler))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
