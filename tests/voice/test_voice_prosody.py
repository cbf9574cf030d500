"""Prosody: an agitated voice lifts a neutral reading of the words; a calm one, even recorded loud, does not."""

from __future__ import annotations

import numpy as np
import pytest
from voice_clips import espeak

from voice.codecs import decode, encode_opus
from voice.prosody import analyse, lift_emotion

WORDS = ["I have been waiting", "here for two hours", "and nobody has told me", "anything about", "my results"]
PITCHES = ["+60%", "-20%", "+90%", "+10%", "+100%"]


def agitated_ssml(volume: str) -> str:
    """Fast speech whose pitch jumps from phrase to phrase, as espeak-ng SSML."""
    phrases = (
        f'<prosody pitch="{p}" rate="185%" volume="{volume}">{w}</prosody>' for p, w in zip(PITCHES, WORDS, strict=True)
    )
    return f"<speak>{' '.join(phrases)}</speak>"


def calm() -> np.ndarray:
    return decode(espeak(f'<speak><prosody rate="80%">{" ".join(WORDS)}.</prosody></speak>', ssml=True))


def syllables(per_second: float, pitches: list[float], amplitude: float, seconds: float = 4.0) -> np.ndarray:
    """A train of voiced syllables (harmonic tones under a sine-squared envelope): a voice without words."""
    rate, n = 16_000, int(16_000 / per_second)
    t = np.arange(n) / rate
    envelope = np.sin(np.pi * t / t[-1]) ** 2
    out = [
        amplitude * envelope * sum(np.sin(2 * np.pi * pitches[i % len(pitches)] * k * t) / k for k in range(1, 8))
        for i in range(int(seconds * per_second))
    ]
    return np.concatenate(out).astype(np.float32)


def test_calm_speech_stays_neutral() -> None:
    prosody = analyse(calm())
    assert prosody.arousal < 0.4
    assert lift_emotion("neutral", prosody) == "neutral"


def test_a_calm_voice_recorded_loud_stays_neutral() -> None:
    loud = calm()
    assert lift_emotion("neutral", analyse(loud / np.abs(loud).max() * 0.9)) == "neutral"


def test_fast_jumpy_speech_reads_as_anxious_and_when_loud_as_angry() -> None:
    anxious = analyse(decode(espeak(agitated_ssml("+0%"), ssml=True)))
    shouted = analyse(decode(espeak(agitated_ssml("+80%"), ssml=True)))
    assert anxious.arousal > analyse(calm()).arousal + 0.3
    assert lift_emotion("neutral", anxious) == "anxious"
    assert lift_emotion("neutral", shouted) == "angry"


def test_it_survives_a_telegram_voice_note() -> None:
    note = encode_opus(decode(espeak(agitated_ssml("+0%"), ssml=True)), 16_000)
    assert lift_emotion("neutral", analyse(decode(note))) == "anxious"


@pytest.mark.parametrize(
    ("per_second", "pitches", "amplitude", "expected"),
    [
        (3.5, [115, 120, 125, 118], 0.08, "neutral"),
        (8.0, [160, 320, 210, 400, 180], 0.08, "anxious"),
        (8.0, [160, 320, 210, 400, 180], 0.6, "angry"),
    ],
)
def test_generated_voices(per_second, pitches, amplitude, expected) -> None:
    assert lift_emotion("neutral", analyse(syllables(per_second, pitches, amplitude))) == expected


def test_the_words_win_when_they_carry_an_emotion() -> None:
    shouted = analyse(syllables(8.0, [160, 320, 210, 400, 180], 0.6))
    assert lift_emotion("sad", shouted) == "sad"
    assert lift_emotion("happy", shouted) == "happy"


def test_silence_is_calm() -> None:
    assert analyse(np.zeros(16_000, np.float32)).arousal == 0.0
    assert lift_emotion("neutral", analyse(np.zeros(100, np.float32))) == "neutral"
