"""ParseBatcher: the requests of one event-loop pass reach the real nlu.parse_many in one call."""

from __future__ import annotations

import asyncio

import pytest

import nlu
from bot.batching import ParseBatcher, per_item
from nlu.types import Parse

MESSAGES = [
    ("머리가 아프고 열이 나요", None),
    ("I've had a cough for three days", None),
    ("我头疼了三天，不发烧", None),
    ("熱はありませんが、咳が続いています", None),
    ("가슴이 답답하고 왼쪽 팔이 저려요", None),
    ("can I book an appointment for tomorrow?", None),
    ("頭痛", "ja"),
    ("ok", "en"),
    ("thank you", None),
    ("", None),
    ("타이레놀 먹어도 돼요?", None),
    ("my chest hurts and the pain goes down my left arm", None),
    ("谢谢医生", None),
    ("hello", None),
    ("薬を飲んでもいいですか", None),
    ("no fever, just a sore throat", None),
    ("숨을 쉴 수가 없어요", None),
    ("I'm feeling much better", None),
    ("😷", None),
    ("我想跟医生说话", None),
]


class Recording:
    """The real nlu.parse_many, remembering the items of each call."""

    def __init__(self) -> None:
        self.calls: list[list[tuple[str, str | None]]] = []

    def __call__(self, items):
        self.calls.append(list(items))
        return nlu.parse_many(items)


@pytest.fixture(scope="module", autouse=True)
def loaded():
    nlu.load()


def assert_parse_of(got: Parse, text: str, prev_lang: str | None) -> None:
    alone = nlu.parse(text, prev_lang)
    assert (got.text, got.lang, got.intent.name, got.red_flags, got.entities) == (
        alone.text,
        alone.lang,
        alone.intent.name,
        alone.red_flags,
        alone.entities,
    )


async def test_concurrent_requests_share_one_call():
    record = Recording()
    batcher = ParseBatcher(record)
    results = await asyncio.gather(*(batcher.parse(text, prev) for text, prev in MESSAGES))
    assert record.calls == [MESSAGES]
    for (text, prev), got in zip(MESSAGES, results, strict=True):
        assert_parse_of(got, text, prev)


async def test_a_lone_request_is_parsed_at_the_next_pass():
    record = Recording()
    batcher = ParseBatcher(record)
    got = await asyncio.wait_for(batcher.parse("hello", "en"), timeout=10)
    assert record.calls == [[("hello", "en")]]
    assert got.intent.name == "greet"
    assert (await batcher.parse("bye")).intent.name == "goodbye"  # and the next one gets its own pass
    assert len(record.calls) == 2


async def test_a_bad_item_raises_in_its_caller_only():
    record = Recording()
    batcher = ParseBatcher(record)
    good, bad, huge, urgent = await asyncio.gather(
        batcher.parse("hello"),
        batcher.parse(b"bytes"),  # type: ignore[arg-type]
        batcher.parse("x" * 100_001),
        batcher.parse("I can't breathe"),
        return_exceptions=True,
    )
    assert len(record.calls) == 1
    assert isinstance(bad, ValueError) and isinstance(huge, ValueError)
    assert good.intent.name == "greet"
    assert urgent.intent.name == "emergency"


async def test_more_than_the_cap_goes_in_several_batches():
    record = Recording()
    batcher = ParseBatcher(record, max_batch=8)
    results = await asyncio.gather(*(batcher.parse(text, prev) for text, prev in MESSAGES))
    assert [len(call) for call in record.calls] == [8, 8, 4]
    assert [item for call in record.calls for item in call] == MESSAGES
    for (text, prev), got in zip(MESSAGES, results, strict=True):
        assert_parse_of(got, text, prev)


async def test_a_failing_batch_call_fails_its_callers_and_not_the_next_batch():
    def broken(items):
        raise RuntimeError("encoder gone")

    batcher = ParseBatcher(broken)
    results = await asyncio.gather(batcher.parse("a"), batcher.parse("b"), return_exceptions=True)
    assert [type(r) for r in results] == [RuntimeError, RuntimeError]
    record = Recording()
    batcher._parse_many = record
    assert (await batcher.parse("hello")).intent.name == "greet"


async def test_a_cancelled_caller_is_not_parsed():
    record = Recording()
    batcher = ParseBatcher(record)
    gone = asyncio.ensure_future(batcher.parse("never mind"))
    await asyncio.sleep(0)  # the request is queued
    gone.cancel()
    assert (await batcher.parse("hello")).intent.name == "greet"
    assert record.calls == [[("hello", None)]]


async def test_a_one_message_parser_keeps_the_contract():
    """A custom parser (the Rasa backend) is called per message: no batching, same per-caller results."""
    seen: list[str] = []

    def parse(text: str, prev_lang: str | None = None) -> Parse:
        seen.append(text)
        return nlu.parse(text, prev_lang)

    batcher = ParseBatcher(per_item(parse))
    bad_text: str = b"x"  # type: ignore[assignment]
    good, bad = await asyncio.gather(batcher.parse("hello"), batcher.parse(bad_text), return_exceptions=True)
    assert seen == ["hello", b"x"]
    assert good.intent.name == "greet" and isinstance(bad, ValueError)
