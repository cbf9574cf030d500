"""How agitated a voice sounds, from the audio alone: a simple arousal estimate that can lift a neutral reading.

Three cues, each mapped linearly from a calm anchor (0) to an agitated anchor (1), then weighted:

- pitch spread: the 10th-90th percentile range of the voiced pitch, in semitones (calm speech stays within
  a few semitones; an upset voice swings). Percentiles, not the standard deviation, so octave errors of the
  autocorrelation tracker do not count;
- speaking rate: syllable nuclei (level peaks with a dip between them) per second of speech;
- loudness: mean level of the speech frames in dBFS (a raised voice). Messengers apply automatic gain and
  microphones differ, so this cue weighs least: a calm voice recorded loud stays below the threshold.

The words come first: `lift_emotion` only changes a `neutral` reading, to `angry` when the voice is also
loud and to `anxious` otherwise. Anchors were set on synthetic speech and tones (tests/voice/test_prosody.py);
this is a heuristic for tone of reply, never a clinical signal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FRAME_S, HOP_S = 0.04, 0.01
F0_MIN, F0_MAX = 70.0, 500.0
SPEECH_DB = 35.0  # frames within this many dB of the loudest frame count as speech
APERIODICITY = 0.15
NUCLEUS_DIP_DB = 2.0
# cue: (calm anchor, agitated anchor, weight)
CUES = {"pitch_spread": (3.0, 9.0, 0.4), "syllable_rate": (4.0, 7.5, 0.4), "loudness_db": (-30.0, -14.0, 0.2)}
AROUSED = 0.5
LOUD_DB = -21.0  # among aroused voices, louder than this reads as angry rather than anxious


@dataclass(frozen=True)
class Prosody:
    arousal: float  # 0 calm .. 1 agitated
    pitch_spread: float  # semitones, 10th-90th percentile of voiced F0
    loudness_db: float  # mean level of speech frames, dBFS
    syllable_rate: float  # nuclei per second of speech


def analyse(pcm: np.ndarray, rate: int = 16_000) -> Prosody:
    """Arousal cues of mono float samples in [-1, 1]."""
    frames = _frames(np.asarray(pcm, dtype=np.float32), rate)
    if not len(frames):
        return Prosody(0.0, 0.0, -120.0, 0.0)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    speech = level > level.max() - SPEECH_DB
    f0 = _pitch(frames[speech], rate)
    spread = float(np.subtract(*np.percentile(12 * np.log2(f0), [90, 10]))) if len(f0) > 5 else 0.0
    loudness = float(level[speech].mean())
    syllables = _nuclei(level, speech) / float(speech.sum() * HOP_S)
    cues = {"pitch_spread": spread, "loudness_db": loudness, "syllable_rate": syllables}
    arousal = sum(w * float(np.clip((cues[k] - lo) / (hi - lo), 0, 1)) for k, (lo, hi, w) in CUES.items())
    return Prosody(arousal=arousal, pitch_spread=spread, loudness_db=loudness, syllable_rate=syllables)


def lift_emotion(emotion: str, prosody: Prosody) -> str:
    """Raise a neutral reading of the words when the voice is agitated; any other emotion stands."""
    if emotion != "neutral" or prosody.arousal < AROUSED:
        return emotion
    return "angry" if prosody.loudness_db >= LOUD_DB else "anxious"


def _frames(x: np.ndarray, rate: int) -> np.ndarray:
    size, hop = int(FRAME_S * rate), int(HOP_S * rate)
    if len(x) < size:
        return np.zeros((0, size), np.float32)
    starts = np.arange(0, len(x) - size + 1, hop)
    return x[starts[:, None] + np.arange(size)]


def _pitch(frames: np.ndarray, rate: int) -> np.ndarray:
    """F0 in Hz of the voiced frames, by YIN: the first lag whose normalised difference dips under APERIODICITY.

    Taking the first dip, not the deepest, is what keeps YIN off the octave-below errors of plain autocorrelation.
    """
    lo, hi = int(rate / F0_MAX), int(rate / F0_MIN)
    if not len(frames) or frames.shape[1] <= 2 * hi:
        return np.zeros(0)
    x = frames - frames.mean(axis=1, keepdims=True)
    width, n = x.shape[1] - hi, 2 * x.shape[1]
    corr = np.fft.irfft(np.conj(np.fft.rfft(x[:, :width], n)) * np.fft.rfft(x, n), n)[:, : hi + 1]
    energy = np.concatenate([np.zeros((len(x), 1)), np.cumsum(x**2, axis=1)], axis=1)
    lagged = energy[:, width : width + hi + 1] - energy[:, : hi + 1]
    diff = energy[:, width : width + 1] + lagged - 2 * corr
    lags = np.arange(1, hi + 1)
    cmnd = diff[:, 1:] * lags / (np.cumsum(diff[:, 1:], axis=1) + 1e-12)
    below = cmnd[:, lo - 1 :] < APERIODICITY
    voiced = below.any(axis=1)
    lag = lo - 1 + np.argmax(below, axis=1)
    for _ in range(hi - lo):  # slide down to the bottom of the dip
        step = (lag + 1 < hi) & (
            cmnd[np.arange(len(lag)), np.minimum(lag + 1, hi - 1)] < cmnd[np.arange(len(lag)), lag]
        )
        if not step.any():
            break
        lag = lag + step
    return rate / (lag[voiced] + 1)


def _nuclei(level: np.ndarray, speech: np.ndarray) -> int:
    """Count level peaks inside speech that stand NUCLEUS_DIP_DB above the dips around them (one per syllable)."""
    smooth = np.convolve(level, np.ones(5) / 5, mode="same")
    count, rising, extreme = 0, True, -np.inf
    for value, active in zip(smooth, speech, strict=True):
        if not active:  # a syllable cut by a pause still counts
            count += rising and extreme > -np.inf
            rising, extreme = True, -np.inf
        elif rising:
            extreme = max(extreme, value)
            if extreme - value >= NUCLEUS_DIP_DB:
                count, rising, extreme = count + 1, False, value
        else:
            extreme = min(extreme, value)
            if value - extreme >= NUCLEUS_DIP_DB:
                rising, extreme = True, value
    return int(count + (rising and extreme > -np.inf))
