"""The in-process event bus: subscribers hear their topics, and a slow one never blocks a publisher."""

from __future__ import annotations

import asyncio

from clinic_core import events
from clinic_core.events import InProcessBus


async def test_subscribers_get_their_topics_in_order():
    bus = InProcessBus()
    async with bus.subscribe(events.TRIAGE_RECORDED, events.STAFF_ALERT) as subscription:
        await bus.publish(events.TRIAGE_RECORDED, {"level": "urgent"})
        await bus.publish(events.MESSAGE_CREATED, {"message_id": 1})
        await bus.publish(events.STAFF_ALERT, {"kind": "emergency"})
        first = await subscription.get(timeout=1)
        second = await subscription.get(timeout=1)
    assert first == (events.TRIAGE_RECORDED, {"level": "urgent"})
    assert second == (events.STAFF_ALERT, {"kind": "emergency"})
    assert subscription.queue.empty()


async def test_a_closed_subscription_hears_nothing_more():
    bus = InProcessBus()
    subscription = bus.subscribe(events.STAFF_ALERT)
    subscription.close()
    await bus.publish(events.STAFF_ALERT, {"kind": "emergency"})
    assert subscription.queue.empty()


async def test_a_slow_subscriber_loses_its_oldest_events_not_the_publisher_its_time():
    bus = InProcessBus()
    slow = bus.subscribe(events.MESSAGE_CREATED, maxsize=3)
    for n in range(5):
        await asyncio.wait_for(bus.publish(events.MESSAGE_CREATED, {"message_id": n}), timeout=1)
    kept = [slow.queue.get_nowait()[1]["message_id"] for _ in range(3)]
    assert kept == [2, 3, 4]
