"""The sentence encoder remembers short answers: the same rows as computing them, in bounded memory."""

from __future__ import annotations

import numpy as np
import pytest

from nlu import embed


@pytest.fixture()
def encoder() -> embed.Encoder:
    """A fresh encoder (empty memory) on the process's already loaded weights."""
    fresh = embed.Encoder()
    fresh._model = embed.shared()._get()
    return fresh


def test_a_remembered_short_answer_gets_the_row_the_model_gives_it(encoder: embed.Encoder) -> None:
    long = "I have had a sore throat and a mild fever since Tuesday, and it hurts to swallow"
    first = encoder.encode(["yes", long, "", "네"])
    again = encoder.encode(["네", "no", "yes"])
    model = embed.shared()._get()
    assert np.allclose(again[0], model.encode(["네"])[0], atol=1e-5)
    assert np.allclose(again[2], model.encode(["yes"])[0], atol=1e-5)
    assert np.allclose(again[1], model.encode(["no"])[0], atol=1e-5)
    assert np.allclose(first[1], model.encode([long])[0], atol=1e-5)
    assert not first[2].any()  # an empty text is a zero row
    assert set(encoder._short) == {"yes", "네", "no"}  # long texts are not kept
    again[2][:] = 0  # a caller's array is its own: the remembered row is unchanged
    assert encoder.encode(["yes"])[0].any()


def test_memory_is_bounded_and_forgets_the_least_recently_used(encoder: embed.Encoder, monkeypatch) -> None:
    monkeypatch.setattr(embed, "REMEMBERED", 2)
    for text in ("yes", "no", "yes", "maybe"):
        encoder.encode([text])
    assert list(encoder._short) == ["yes", "maybe"]
