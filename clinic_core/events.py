"""Publish/subscribe notifications between rooms. The database is the truth; an event only says "look again".

Topics used across rooms are named here so that a typo is an AttributeError, not a silent miss.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

MESSAGE_CREATED = "conversation.message"  # {"conversation_id", "message_id", "direction"}
TRIAGE_RECORDED = "triage.recorded"  # {"patient_id", "conversation_id", "level"}
HANDOFF_REQUESTED = "handoff.requested"  # {"conversation_id", "level", "reason"}
STAFF_ALERT = "staff.alert"  # {"patient_id", "conversation_id", "kind"}; kind "message_failed" adds "message_id"
OUTBOX_READY = "outbox.ready"  # {} a new outbound row may be due: wakes `OutboxDispatcher.listen`


class EventBus(Protocol):
    async def publish(self, topic: str, payload: dict[str, Any]) -> None: ...

    def subscribe(self, *topics: str, maxsize: int = 1000) -> Subscription: ...


class Subscription:
    """A queue of (topic, payload) pairs; use as `async with bus.subscribe(...) as events: async for ...`."""

    def __init__(self, bus: InProcessBus, topics: tuple[str, ...], maxsize: int = 1000) -> None:
        self._bus = bus
        self.topics = topics
        self.queue: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue(maxsize)

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._bus._remove(self)

    def __aiter__(self) -> AsyncIterator[tuple[str, dict[str, Any]]]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[tuple[str, dict[str, Any]]]:
        while True:
            yield await self.queue.get()

    async def get(self, timeout: float | None = None) -> tuple[str, dict[str, Any]]:
        return await asyncio.wait_for(self.queue.get(), timeout)


class InProcessBus:
    """Events inside one process. A slow subscriber loses its oldest events rather than blocking publishers:
    events are hints, and the subscriber re-reads the database anyway."""

    def __init__(self) -> None:
        self._subscribers: dict[str, list[Subscription]] = defaultdict(list)

    async def publish(self, topic: str, payload: dict[str, Any]) -> None:
        for subscription in list(self._subscribers.get(topic, ())):
            if subscription.queue.full():
                subscription.queue.get_nowait()
            subscription.queue.put_nowait((topic, payload))

    def subscribe(self, *topics: str, maxsize: int = 1000) -> Subscription:
        subscription = Subscription(self, topics, maxsize)
        for topic in topics:
            self._subscribers[topic].append(subscription)
        return subscription

    def _remove(self, subscription: Subscription) -> None:
        for topic in subscription.topics:
            if subscription in self._subscribers.get(topic, []):
                self._subscribers[topic].remove(subscription)


@asynccontextmanager
async def collecting(bus: EventBus, *topics: str) -> AsyncIterator[list[tuple[str, dict[str, Any]]]]:
    """Collect events published during a block (tests and simple consumers)."""
    seen: list[tuple[str, dict[str, Any]]] = []
    subscription = bus.subscribe(*topics)
    try:
        yield seen
    finally:
        while not subscription.queue.empty():
            seen.append(subscription.queue.get_nowait())
        subscription.close()
