"""Audio containers: Telegram voice notes, browser recordings and gTTS MP3 decode; replies encode as OGG/Opus."""

from __future__ import annotations

import io

import av
import numpy as np
import pytest

from voice.codecs import AudioDecodeError, decode, encode_opus


def tone(freq: float = 440.0, seconds: float = 1.0, rate: int = 16_000) -> np.ndarray:
    return (0.5 * np.sin(2 * np.pi * freq * np.arange(int(seconds * rate)) / rate)).astype(np.float32)


def dominant_hz(pcm: np.ndarray, rate: int = 16_000) -> float:
    spectrum = np.abs(np.fft.rfft(pcm))
    return float(np.argmax(spectrum) * rate / len(pcm))


def mp3(pcm: np.ndarray, rate: int = 16_000) -> bytes:
    out = io.BytesIO()
    with av.open(out, mode="w", format="mp3") as dest:
        stream = dest.add_stream("mp3", rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = rate
        dest.mux(stream.encode(frame))
        dest.mux(stream.encode(None))
    return out.getvalue()


def probe(data: bytes) -> tuple[str, str, int, int]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        return container.format.name, stream.codec_context.name, stream.rate, stream.codec_context.channels


@pytest.mark.parametrize("container", ["ogg", "webm"])
def test_voice_notes_and_browser_recordings_decode_to_16k_mono(container) -> None:
    note = encode_opus(tone(440, 1.5), 16_000, container=container)
    pcm = decode(note)
    assert pcm.dtype == np.float32
    assert abs(len(pcm) / 16_000 - 1.5) < 0.03
    assert abs(dominant_hz(pcm) - 440) < 3


def test_replies_are_ogg_opus_voice_messages() -> None:
    assert probe(encode_opus(tone(), 16_000)) == ("ogg", "opus", 48_000, 1)


def test_gtts_mp3_decodes_with_the_same_sound() -> None:
    pcm = decode(mp3(tone(660, 1.0)))
    assert abs(dominant_hz(pcm) - 660) < 3
    assert abs(len(pcm) / 16_000 - 1.0) < 0.1  # MP3 pads a frame at each end


def test_a_broken_upload_is_a_decode_error_not_a_crash() -> None:
    with pytest.raises(AudioDecodeError):
        decode(b"OggS" + b"\x00" * 100)
