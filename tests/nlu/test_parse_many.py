"""parse_many is parse for each message, in one batch: the same parse whatever the batch, bad items fail alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.files import read_yaml
from nlu.rasa_data import example_lines, load
from nlu.types import LANGS, Entity, Parse, Scored

EVAL = Path(__file__).parents[2] / "nlu" / "data" / "eval"


def _sample() -> list[tuple[object, str | None]]:
    """Held-out messages of every language (every 40th), two red-flag ones each, and nothing to understand."""
    items: list[tuple[object, str | None]] = []
    for lang in LANGS:
        items += [(ex.text, lang) for ex in load(EVAL / f"{lang}.yml").examples[::40]]
        blocks = read_yaml(EVAL / f"{lang}_redflags.yml")["red_flags"]
        items += [(example_lines(block["examples"])[0], None) for block in blocks[:2]]
    return items + [("", None), ("😷🤒", "ko"), ("頭痛", "ja"), ("頭痛", "zh"), ("I'm not pregnant, no fever", None)]


SAMPLE = _sample()


def assert_same(batched: Parse, single: Parse) -> None:
    """Equal but for the last bits of a float32 product: confidences may differ in their 4th decimal."""
    for field in ("text", "lang", "lang_confidence", "entities", "negated", "red_flags"):
        assert getattr(batched, field) == getattr(single, field), field
    assert batched.intent.name == single.intent.name
    assert batched.emotion.name == single.emotion.name
    assert abs(batched.intent.confidence - single.intent.confidence) <= 1e-3
    assert abs(batched.emotion.confidence - single.emotion.confidence) <= 1e-3
    ranking = {s.name: s.confidence for s in single.intent_ranking}
    assert {s.name for s in batched.intent_ranking} == set(ranking)
    assert all(abs(s.confidence - ranking[s.name]) <= 1e-3 for s in batched.intent_ranking)


def test_sample_covers_every_language_and_red_flags(pipeline):
    assert len(SAMPLE) >= 40
    parses = [pipeline.parse(text, prev) for text, prev in SAMPLE]
    assert {p.lang for p in parses} >= set(LANGS)
    assert sum(bool(p.red_flags) for p in parses) >= 8


def test_parse_many_is_parse_of_each(pipeline):
    batched = pipeline.parse_many(SAMPLE)
    assert len(batched) == len(SAMPLE)
    for (text, prev), got in zip(SAMPLE, batched, strict=True):
        assert isinstance(got, Parse), text
        assert_same(got, pipeline.parse(text, prev))


def test_a_parse_does_not_depend_on_its_batch(pipeline):
    """The same message alone, at the front, at the back, and twice in one batch."""
    text = "가슴이 답답하고 왼쪽 팔이 저려요"
    alone = pipeline.parse(text)
    first, *_, last, again = pipeline.parse_many([(text, None)] + SAMPLE[:15] + [(text, None), (text, None)])
    for got in (first, last, again):
        assert_same(got, alone)
    assert "chest_pain_cardiac" in [f.id for f in alone.red_flags]


def test_module_level_parse_many():
    import nlu

    (got,) = nlu.parse_many([("fever since Tuesday", "en")])
    assert_same(got, nlu.parse("fever since Tuesday", "en"))
    assert nlu.parse_many([]) == []


def test_a_bad_item_fails_only_itself(pipeline):
    items = [("I can't breathe", None), (b"bytes", None), ("x" * 100_001, None), (None, None), ("头疼", "zh")]
    first, not_text, too_long, none, last = pipeline.parse_many(items)
    assert isinstance(not_text, ValueError) and isinstance(too_long, ValueError) and isinstance(none, ValueError)
    assert_same(first, pipeline.parse("I can't breathe"))
    assert_same(last, pipeline.parse("头疼", "zh"))
    with pytest.raises(ValueError):
        pipeline.parse("x" * 100_001)  # parse still raises what parse_many returns for that item


def test_an_intent_source_is_asked_per_message(pipeline):
    """The Rasa backend's hook: one call per message with its cleaned text and embedding; red flags still win; a
    hook that fails for one message fails only that message."""
    seen: list[tuple[str, object]] = []

    def intents(text: str, embedding) -> tuple[list[Scored], list[Entity]]:
        seen.append((text, embedding))
        if text == "boom":
            raise RuntimeError("server said no")
        return [Scored("greet", 0.9)], [Entity("thing", text[:1], 0, 1)]

    items = [("hello", None), ("", None), ("boom", None), ("I want to kill myself", None)]
    hello, empty, boom, suicidal = pipeline.parse_many(items, intents=intents)
    assert [text for text, _ in seen] == ["hello", "boom", "I want to kill myself"]
    embedding = pipeline.encoder.encode(["hello"])[0]
    assert float(seen[0][1] @ embedding) > 0.999
    assert hello.intent == Scored("greet", 0.9) and hello.entities == [Entity("thing", "h", 0, 1)]
    assert empty.intent.name == "out_of_scope"
    assert isinstance(boom, RuntimeError)
    assert [s.name for s in suicidal.intent_ranking] == ["emergency", "greet"]
    assert pipeline.parse("hello", intents=intents).intent == Scored("greet", 0.9)
