"""Parse the messages that arrive together in one NLU batch.

Under load many turns wait for their parse at the same moment, and `nlu.parse_many` costs a fraction per message
of one `nlu.parse` each (one sentence-encoder call for all: docs/benchmarks.md, "NLU"). The batch is flushed on
the next event-loop pass (`loop.call_soon`), so a lone message waits for nothing. The parse stays CPU work on the
loop thread, as a single parse was.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import nlu
from nlu.types import Parse

Items = Sequence[tuple[str, str | None]]
ParseMany = Callable[[Items], Sequence[Parse | Exception]]
MAX_BATCH = 32  # past ~16 texts the encoder gains little more, and a turn should not wait behind too many others


def per_item(parse: Callable[[str, str | None], Parse]) -> ParseMany:
    """A batch function over a one-message parser (the Rasa backend): same contract, no batching."""

    def parse_many(items: Items) -> list[Parse | Exception]:
        results: list[Parse | Exception] = []
        for text, prev_lang in items:
            try:
                results.append(parse(text, prev_lang))
            except Exception as exc:
                results.append(exc)
        return results

    return parse_many


class ParseBatcher:
    """`await batcher.parse(text, prev_lang)`: the requests of one loop pass share one `parse_many` call.

    Each caller gets its own Parse or its own exception; if the batch call itself fails, every caller in it gets
    that error. At most `max_batch` texts per call; the rest go in the next pass. One batcher serves one event loop.
    """

    def __init__(self, parse_many: ParseMany = nlu.parse_many, max_batch: int = MAX_BATCH) -> None:
        self._parse_many = parse_many
        self._max = max_batch
        self._waiting: list[tuple[str, str | None, asyncio.Future[Parse]]] = []
        self._scheduled = False

    async def parse(self, text: str, prev_lang: str | None = None) -> Parse:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Parse] = loop.create_future()
        self._waiting.append((text, prev_lang, future))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return await future

    def _flush(self) -> None:
        waiting = [item for item in self._waiting if not item[2].cancelled()]  # a caller that has gone needs no parse
        batch, self._waiting = waiting[: self._max], waiting[self._max :]
        if self._waiting:
            asyncio.get_running_loop().call_soon(self._flush)
        else:
            self._scheduled = False
        if not batch:
            return
        items = [(text, prev_lang) for text, prev_lang, _ in batch]
        try:
            results = list(zip(batch, self._parse_many(items), strict=True))
        except Exception as exc:  # the batch call failed (or returned a wrong count): nobody in it may hang
            for *_, future in batch:
                future.set_exception(exc)
            return
        for (*_, future), result in results:
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)
