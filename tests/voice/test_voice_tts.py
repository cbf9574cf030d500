"""Speech out: gTTS through a local stand-in for Google's endpoint, and the offline voices when it fails."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import av
import httpx
import numpy as np
import pytest

from clinic_core.settings import Settings
from voice.codecs import decode
from voice.tts import gtts_mp3, speech_language, synthesize

RATE = 16_000


def tone_mp3(freq: float, seconds: float = 1.0) -> bytes:
    pcm = (0.5 * np.sin(2 * np.pi * freq * np.arange(int(seconds * RATE)) / RATE)).astype(np.float32)
    out = io.BytesIO()
    with av.open(out, mode="w", format="mp3") as dest:
        stream = dest.add_stream("mp3", rate=RATE, layout="mono")
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        dest.mux(stream.encode(frame))
        dest.mux(stream.encode(None))
    return out.getvalue()


def batchexecute(audio: bytes) -> bytes:
    """A reply shaped like Google's: XSSI guard, then length-prefixed JSON chunks, audio as escaped base64."""
    compact = {"separators": (",", ":")}
    payload = json.dumps([base64.b64encode(audio).decode()], **compact)
    chunk = json.dumps([["wrb.fr", "jQ1olc", payload, None, None, None, "generic"], ["di", 52]], **compact)
    return f')]}}\'\n\n{len(chunk)}\n{chunk}\n25\n[["e",4,null,null,{len(chunk) + 40}]]\n'.encode()


class FakeGoogle(BaseHTTPRequestHandler):
    """Answers POST /_/TranslateWebserverUi/data/batchexecute as translate.google.com does; `mode` breaks it."""

    mode = "ok"
    calls: list[tuple[str, str]] = []

    def do_POST(self) -> None:
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        rpc_id, params = json.loads(form["f.req"][0])[0][0][:2]
        text, lang = json.loads(params)[:2]
        type(self).calls.append((text, lang))
        if self.mode == "slow":
            time.sleep(2)
        if self.mode == "error":
            status, body = 500, b"oops"
        elif self.mode == "empty":
            status, body = 200, b")]}'\n"
        else:
            status, body = 200, batchexecute(tone_mp3(440))
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up, as it should
            self.send_response(status if rpc_id == "jQ1olc" and self.path.endswith("/batchexecute") else 404)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads, block_on_close = True, False  # a deliberately slow reply must not hold up the teardown


@pytest.fixture
def google() -> Iterator[tuple[type[FakeGoogle], str]]:
    FakeGoogle.mode, FakeGoogle.calls = "ok", []
    server = Server(("127.0.0.1", 0), FakeGoogle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield FakeGoogle, f"http://127.0.0.1:{server.server_port}/_/TranslateWebserverUi/data/batchexecute"
    server.shutdown()
    server.server_close()


def dominant_hz(audio: bytes) -> float:
    pcm = decode(audio)
    return float(np.argmax(np.abs(np.fft.rfft(pcm))) * RATE / len(pcm))


def test_gtts_speaks_when_google_answers(google) -> None:
    fake, url = google
    speech = synthesize("我头疼。", "zh-hans", online=True, gtts_url=url)
    assert speech.engine == "gtts"
    assert fake.calls == [("我头疼。", "zh")]
    assert abs(dominant_hz(speech.audio) - 440) < 3  # Google's MP3, now an OGG/Opus voice message
    assert speech.audio.startswith(b"OggS")
    assert 0.9 < speech.duration_s < 1.2


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["error", "empty", "slow"])
def test_a_failing_google_falls_back_to_the_offline_voice(google, mode) -> None:
    fake, url = google
    fake.mode = mode
    started = time.monotonic()
    speech = synthesize("Please drink some water and rest.", "en", online=True, gtts_url=url, timeout=0.5)
    assert speech.engine == "piper"
    assert fake.calls  # it did try Google first
    assert time.monotonic() - started < 10
    assert speech.audio.startswith(b"OggS") and speech.duration_s > 1


def test_a_slow_google_is_given_up_after_the_timeout(google) -> None:
    fake, url = google
    fake.mode = "slow"
    started = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        gtts_mp3("Please rest.", "en", url, timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_an_unreachable_google_falls_back() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: connection refused
    url = f"http://127.0.0.1:{port}/_/TranslateWebserverUi/data/batchexecute"
    assert synthesize("頭が痛いですか。", "ja", online=True, gtts_url=url, timeout=0.5).engine == "espeak-ng"


def test_offline_only_never_calls_google(google) -> None:
    fake, url = google
    speech = synthesize("머리가 아프세요?", "ko", online=False, gtts_url=url)
    assert speech.engine == "espeak-ng"
    assert fake.calls == []
    assert speech.audio.startswith(b"OggS") and speech.duration_s > 0.5


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-TW", "zh_Hant", "zh-hk"])
def test_traditional_chinese_is_asked_of_google_in_taiwan_mandarin(google, tag) -> None:
    fake, url = google
    assert synthesize("我頭很痛。", tag, online=True, gtts_url=url).engine == "gtts"
    assert fake.calls == [("我頭很痛。", "zh-TW")]  # not the generic "zh", and never Cantonese


def test_the_script_picks_the_voice_and_nothing_else() -> None:
    assert [speech_language(t) for t in ("zh-Hant", "zh-Hant-HK", "zh-MO", "zh", "zh-hans", "zh-CN", "zh-Hans-TW")] == [
        "zh-Hant", "zh-Hant", "zh-Hant", "zh", "zh", "zh", "zh",
    ]
    assert [speech_language(t) for t in ("en-US", "ko", "ja-JP")] == ["en", "ko", "ja"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Please rest.", "en"), ("머리가 아프세요?", "ko"), ("頭が痛いですか。", "ja"), ("我头疼。", "zh"),
     ("我頭很痛。", "zh-Hant")],
)
def test_offline_is_the_default_and_speaks_every_language(google, text, lang) -> None:
    """The replies' text (medical details) reaches Google only when the operator turns VCLINIC_TTS_ONLINE on."""
    fake, url = google
    assert Settings.model_fields["tts_online"].default is False
    speech = synthesize(text, lang, gtts_url=url)
    assert speech.engine in ("piper", "espeak-ng")
    assert fake.calls == []
    assert speech.audio.startswith(b"OggS") and speech.duration_s > 0.3
