"""The Telegram sender against the fake Bot API, in process: what a patient receives for long replies, and what the
outbox is told when Telegram refuses (rate limit, blocked bot)."""

from __future__ import annotations

import pytest

from bot.channels.telegram import TelegramChannel
from clinic_core.outbox import Envelope, PermanentFailure, RetryAfter
from clinic_core.settings import Settings
from vclinic.app import create_app


@pytest.fixture
async def channel(fake, database_url, tmp_path):
    settings = Settings(
        database_url=database_url, var_dir=tmp_path, telegram_token=fake.token, telegram_api_url=fake.url
    )
    app = create_app(settings)
    channel = next(w for w in app.state.workers if isinstance(w, TelegramChannel))
    await channel.bot.initialize()
    yield channel
    await channel.bot.shutdown()
    await app.state.db.dispose()


def envelope(text: str, chat: int = 501, **payload) -> Envelope:
    return Envelope(1, 1, "telegram", str(chat), text, "en", payload)


async def test_long_replies_arrive_whole_in_several_messages(fake, channel):
    advice = " ".join(f"Step {n}: drink water and rest." for n in range(400))  # 13,380 characters
    await channel.send(envelope(advice))
    parts = [m["text"] for m in fake.sent(501)]
    assert len(parts) == 4 and all(len(p) <= 4096 for p in parts) and " ".join(parts) == advice
    assert all(set(p.split()) <= set(advice.split()) for p in parts)  # cut between words, never inside one
    korean = "물을 충분히 드세요" * 700  # CJK text with few spaces still fits Telegram's limit
    emoji = "🙂" * 3000  # 6,000 UTF-16 units: Telegram counts those, not characters
    await channel.send(envelope(korean, 502))
    await channel.send(envelope(emoji, 503))
    assert "".join(m["text"] for m in fake.sent(502)).replace(" ", "") == korean.replace(" ", "")
    assert [len(m["text"]) for m in fake.sent(503)] == [2048, 952]


async def test_a_long_reply_interrupted_by_a_rate_limit_resumes_where_it_stopped(fake, channel):
    advice = " ".join(f"Step {n}: drink water and rest." for n in range(300))  # three messages
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", after=1, retry_after=1)
    with pytest.raises(RetryAfter):
        await channel.send(envelope(advice))
    await channel.send(envelope(advice))  # the outbox's retry of the same row
    parts = [m["text"] for m in fake.sent(501)]
    assert len(parts) == 3 and " ".join(parts) == advice  # part one was not sent twice


async def test_keyboards_come_with_questions_only(fake, channel):
    await channel.send(envelope("How strong is it?", key="ask.severity"))
    await channel.send(envelope("Is your neck stiff?", key="ask.rf_stiff_neck"))
    await channel.send(envelope("Thank you.", key="consent.thanks"))
    scale, yes_no, plain = fake.sent(501)
    assert [b["text"] for row in scale["reply_markup"]["inline_keyboard"] for b in row] == [str(n) for n in range(11)]
    assert [b["text"] for b in yes_no["reply_markup"]["inline_keyboard"][0]] == ["Yes", "No"]
    assert "reply_markup" not in plain


async def test_rate_limits_and_blocked_chats_are_reported_to_the_outbox(fake, channel):
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    with pytest.raises(RetryAfter) as wait:
        await channel.send(envelope("hello"))
    assert wait.value.seconds == 7
    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(PermanentFailure):
        await channel.send(envelope("hello"))
    assert fake.sent(501) == []
