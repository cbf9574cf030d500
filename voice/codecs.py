"""Audio in and out of the containers patients and messengers use, in-process with PyAV (no ffmpeg binary).

In: Telegram voice notes (OGG/Opus), browser recordings (WebM/Opus), gTTS MP3, WAV -> mono float32 PCM.
Out: mono PCM -> OGG/Opus, the format Telegram plays as a voice message.
"""

from __future__ import annotations

import io

import av
import numpy as np

WHISPER_RATE = 16_000
OPUS_RATE = 48_000
OPUS_BITRATE = 32_000  # plenty for speech; a 10 s reply is about 40 KB


class AudioDecodeError(ValueError):
    """The bytes are not audio PyAV can read (corrupt upload, unknown container)."""


def decode(data: bytes, rate: int = WHISPER_RATE) -> np.ndarray:
    """Decode any container PyAV reads to mono float32 samples in [-1, 1] at `rate` Hz."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
    chunks: list[np.ndarray] = []
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            stream = container.streams.audio[0]
            for frame in container.decode(stream):
                chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
            chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    except (av.FFmpegError, IndexError) as exc:
        raise AudioDecodeError(f"cannot decode audio: {exc}") from exc
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)


def encode_opus(pcm: np.ndarray, rate: int, container: str = "ogg") -> bytes:
    """Encode mono float samples at `rate` Hz to Opus in an OGG (voice message) or WebM (browser) container."""
    samples = np.clip(np.asarray(pcm, dtype=np.float32).reshape(1, -1), -1.0, 1.0)
    out = io.BytesIO()
    with av.open(out, mode="w", format=container) as dest:
        stream = dest.add_stream("libopus", rate=OPUS_RATE, layout="mono")
        stream.bit_rate = OPUS_BITRATE
        resampler = av.AudioResampler(format="s16", layout="mono", rate=OPUS_RATE)
        frame = av.AudioFrame.from_ndarray(samples, format="flt", layout="mono")
        frame.sample_rate = rate
        for resampled in [*resampler.resample(frame), *resampler.resample(None)]:
            dest.mux(stream.encode(resampled))
        dest.mux(stream.encode(None))
    return out.getvalue()
