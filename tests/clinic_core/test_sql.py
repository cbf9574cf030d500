"""Plain SQL on the driver (clinic_core/sql.py) writes what the ORM writes and lives in the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from clinic_core import sql
from clinic_core.inbox import InboundMessage, record
from clinic_core.models import Message
from clinic_core.outbox import enqueue_replies


async def test_a_reply_written_in_sql_reads_back_through_the_orm_as_the_orm_writes_it(db) -> None:
    recorded = await record(db, InboundMessage("web", "u1", "m1", text="hello"))
    async with db.transaction() as session:
        conversation = await session.get_one(Message, recorded.message_id)
        payload = {"tone": "warm", "key": "greeting", "in_reply_to": recorded.message_id, "text": "안녕하세요"}
        (sent,) = await enqueue_replies(session, conversation.conversation_id, "web",
                                        [{"text": "안녕하세요", "language": "ko", "payload": payload}],
                                        delivered=True)
        (pending,) = await enqueue_replies(session, conversation.conversation_id, "web", [{"text": "later"}])
    async with db.sessions() as session:
        row = await session.get_one(Message, sent)
        waiting = await session.get_one(Message, pending)
        due = await session.scalars(select(Message.id).where(Message.next_attempt_at <= datetime.now(UTC)))
        assert list(due) == [pending]  # stored times compare with the ORM's in SQL
    assert (row.text, row.language, row.payload, row.status, row.sender) == ("안녕하세요", "ko", payload, "sent", "bot")
    assert row.done_at.tzinfo is UTC and row.created_at.microsecond == row.done_at.microsecond
    assert (row.attempts, row.last_error, row.next_attempt_at) == (0, "", None)
    assert (waiting.status, waiting.payload, waiting.done_at) == ("pending", {}, None)


async def test_a_statement_in_sql_is_rolled_back_with_its_transaction(db) -> None:
    recorded = await record(db, InboundMessage("web", "u1", "m1", text="hello"))
    mark = sql.Query("UPDATE messages SET text = :text WHERE id = :id")
    with pytest.raises(RuntimeError):
        async with db.transaction() as session:
            await mark.rows(session, text="changed", id=recorded.message_id)
            raise RuntimeError("the turn failed")
    async with db.transaction() as session:
        assert (await sql.Query("SELECT text FROM messages WHERE id = :id").first(session, id=recorded.message_id)
                == ("hello",))


def test_named_parameters_become_each_drivers_placeholders() -> None:
    query = sql.Query("SELECT :a, :b, :a, x::text FROM t WHERE c = 'at 10:30'")
    assert query.names == ["a", "b", "a"]
    assert query.sqlite == "SELECT ?, ?, ?, x::text FROM t WHERE c = 'at 10:30'"
    assert query.postgres == "SELECT $1, $2, $1, x::text FROM t WHERE c = 'at 10:30'"
