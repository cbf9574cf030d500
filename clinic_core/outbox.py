"""The outbox: replies are rows written in the same transaction as the change that causes them; the dispatcher
delivers them through the sender registered for their channel, in order per conversation, retrying with
exponential backoff. A row marked `sent` is never sent again."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from clinic_core import audit, events, sql
from clinic_core.db import Database
from clinic_core.models import Conversation, Message, PatientIdentity, utcnow
from clinic_core.settings import Settings

log = logging.getLogger(__name__)

PARALLEL_CONVERSATIONS = 16
SEND_TIMEOUT = 20.0  # seconds; well under the lease (60 s by default), after which another worker sends again


class RetryAfter(Exception):
    """The channel asked us to wait (e.g. Telegram's 429 retry_after); not counted as a failed attempt."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class PermanentFailure(Exception):
    """The channel will never accept this message (blocked bot, deleted chat): no more attempts."""


@dataclass(frozen=True)
class Envelope:
    """One outbound message as a channel sender sees it."""

    message_id: int
    conversation_id: int
    channel: str
    recipient: str  # the patient's external id on this channel
    text: str
    language: str | None
    payload: dict[str, Any]


Sender = Callable[[Envelope], Awaitable[None]]


def enqueue(session: AsyncSession, conversation: Conversation, text: str, *, language: str | None = None,
            payload: dict[str, Any] | None = None, sender: str = "bot", staff_id: int | None = None) -> Message:
    """Add a reply to the caller's transaction; it is delivered only if that transaction commits."""
    message = Message(
        conversation_id=conversation.id, direction="out", channel=conversation.channel, sender=sender,
        staff_id=staff_id, text=text, language=language, payload=payload or {}, status="pending",
        next_attempt_at=utcnow(),
    )
    session.add(message)
    return message


_INSERT_REPLY = sql.Query(
    "INSERT INTO messages (conversation_id, direction, channel, sender, text, language, payload, status, attempts,"
    " next_attempt_at, last_error, created_at, done_at) VALUES (:conversation_id, 'out', :channel, 'bot', :text,"
    " :language, :payload, :status, 0, :next_attempt_at, '', :now, :done_at) RETURNING id"
)


async def enqueue_replies(session: AsyncSession, conversation_id: int, channel: str,
                          replies: list[dict[str, Any]], *, delivered: bool = False) -> list[int]:
    """Add bot replies ({"text", "language", "payload"}) to the caller's transaction (a chat turn's hot path:
    plain SQL, see clinic_core/sql.py); their ids, in order. `delivered`: the channel has them already (a web
    chat POST returns its replies in its response), so they are stored as sent and the dispatcher skips them."""
    now = utcnow()
    status, next_attempt_at, done_at = ("sent", None, now) if delivered else ("pending", now, None)
    ids = []
    for reply in replies:
        (row_id,) = await _INSERT_REPLY.first(
            session, conversation_id=conversation_id, channel=channel, text=reply["text"],
            language=reply.get("language"), payload=reply.get("payload") or {}, status=status,
            next_attempt_at=next_attempt_at, now=now, done_at=done_at,
        )
        ids.append(row_id)
    return ids


class OutboxDispatcher:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.senders: dict[str, Sender] = {}
        self._lease = timedelta(seconds=settings.outbox_lease_seconds)
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def register(self, channel: str, sender: Sender) -> None:
        self.senders[channel] = sender

    def wake(self) -> None:
        """Look for due rows now instead of at the next poll."""
        self._wake.set()

    def start(self) -> None:
        self._tasks.append(asyncio.create_task(self._run()))

    def listen(self, bus: events.EventBus) -> None:
        """Wake on every OUTBOX_READY (a turn wrote replies) until `stop`, instead of waiting for the next poll."""
        self._tasks.append(asyncio.create_task(self._listen(bus.subscribe(events.OUTBOX_READY))))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def _listen(self, subscription: events.Subscription) -> None:
        async with subscription:
            async for _ in subscription:
                self.wake()

    async def _run(self) -> None:
        while True:
            try:
                await self.deliver_due()
            except Exception:
                log.exception("outbox pass failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.settings.outbox_poll_seconds)
            self._wake.clear()

    async def deliver_due(self) -> int:
        """One pass: deliver every due row whose earlier rows in the same conversation are delivered."""
        queues = await self._queues()
        limit = asyncio.Semaphore(PARALLEL_CONVERSATIONS)

        async def drain(rows: list[Message]) -> int:
            async with limit:
                sent = 0
                for row in rows:
                    if not await self._deliver(row):
                        break  # keep the conversation's order: later rows wait for this one
                    sent += 1
                return sent

        return sum(await asyncio.gather(*(drain(rows) for rows in queues.values())))

    async def _queues(self) -> dict[int, list[Message]]:
        async with self.db.sessions() as session:
            rows = await session.scalars(
                select(Message)
                .where(Message.direction == "out", Message.status.in_(("pending", "sending")),
                       Message.channel.in_(list(self.senders)))
                .order_by(Message.id)
                .limit(500)
            )
            now = utcnow()
            queues: dict[int, list[Message]] = defaultdict(list)
            blocked: set[int] = set()
            for row in rows:
                if row.conversation_id in blocked:
                    continue
                if row.next_attempt_at is not None and row.next_attempt_at > now:
                    blocked.add(row.conversation_id)  # not due yet, and nothing after it may overtake it
                    continue
                queues[row.conversation_id].append(row)
            return queues

    async def _claim(self, row: Message) -> bool:
        now = utcnow()
        async with self.db.transaction() as session:
            result = await session.execute(
                update(Message)
                .where(Message.id == row.id, Message.status.in_(("pending", "sending")),
                       or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now))
                .values(status="sending", next_attempt_at=now + self._lease)
            )
            return result.rowcount == 1

    async def _deliver(self, row: Message) -> bool:
        if not await self._claim(row):
            return False
        envelope = await self._envelope(row)
        try:
            # One stalled channel must not hold up the pass, and so every other channel, for ever.
            await asyncio.wait_for(self.senders[row.channel](envelope), SEND_TIMEOUT)
        except RetryAfter as wait:
            await self._reschedule(row, wait.seconds, counted=False, error=str(wait))
            return False
        except PermanentFailure as failure:
            await self._finish(row, "failed", error=str(failure)[:500])
            return True
        except Exception as error:  # a network error, a 5xx: try again later
            await self._reschedule(row, None, counted=True, error=type(error).__name__)
            return False
        await self._finish(row, "sent")
        return True

    async def _envelope(self, row: Message) -> Envelope:
        async with self.db.sessions() as session:
            recipient = await session.scalar(
                select(PatientIdentity.external_id)
                .join(Conversation, Conversation.patient_id == PatientIdentity.patient_id)
                .where(Conversation.id == row.conversation_id, PatientIdentity.channel == row.channel)
                .order_by(PatientIdentity.id.desc())
                .limit(1)
            )
        return Envelope(row.id, row.conversation_id, row.channel, recipient or "", row.text, row.language,
                        dict(row.payload or {}))

    async def _finish(self, row: Message, status: str, error: str = "") -> None:
        async with self.db.transaction() as session:
            await session.execute(
                update(Message).where(Message.id == row.id)
                .values(status=status, done_at=utcnow(), attempts=Message.attempts + 1, last_error=error)
            )
            if status == "sent":  # the patient's words left the clinic for a channel: that is an access too
                patient_id = await session.scalar(
                    select(Conversation.patient_id).where(Conversation.id == row.conversation_id))
                await audit.append(session, actor=f"channel:{row.channel}", action="message.send",
                                   patient_id=patient_id, resource=f"message/{row.id}", purpose="care",
                                   details={"channel": row.channel})

    async def _reschedule(self, row: Message, delay: float | None, *, counted: bool, error: str) -> None:
        attempts = row.attempts + (1 if counted else 0)
        if counted and attempts >= self.settings.outbox_max_attempts:
            await self._finish(row, "failed", error=error)
            log.warning("outbound message %s failed after %s attempts", row.id, attempts)
            return
        if delay is None:
            delay = min(self.settings.outbox_backoff_seconds * 2 ** (attempts - 1),
                        self.settings.outbox_backoff_max_seconds)
        async with self.db.transaction() as session:
            await session.execute(
                update(Message).where(Message.id == row.id)
                .values(status="pending", attempts=attempts, last_error=error,
                        next_attempt_at=utcnow() + timedelta(seconds=delay))
            )
