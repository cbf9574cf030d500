"""Telegram voice-note latency: from the note reaching the bot to its first text reply and to its voice reply.

Run: .venv/bin/python bench/telegram_voice.py [--runs N]
Prints one JSON line; the figures are recorded in docs/benchmarks.md ("## Telegram").
A real `vclinic serve` subprocess polls the fake Bot API server of the end-to-end tests (loopback only). Each run
is a new patient: /start, consent by button, then a 5 s English voice note (piper, OGG/Opus) about a headache and
a fever. "Arrived" is when getUpdates handed the note to the bot; "text" and "voice" are when the fake server
received the first sendMessage and the sendVoice that answer it; the transcription time is read from the server's
log. The first note also loads the Whisper model (lazily, once), so it is reported apart from the warm runs.
Target: first text reply within 3 s of a 5 s note.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]

import numpy as np  # noqa: E402
from fake_telegram import FakeTelegram  # noqa: E402
from telegram_clinic import Clinic  # noqa: E402

from voice.codecs import OPUS_RATE, decode, encode_opus  # noqa: E402
from voice.tts import synthesize  # noqa: E402

NOTE = "I have had a bad headache since yesterday morning, and now I have a fever too."
NOTE_SECONDS = 5.0


def five_second_note() -> bytes:
    """The sentence spoken offline, padded with quiet (or cut) to exactly 5 s, as a Telegram voice note."""
    pcm = decode(synthesize(NOTE, "en", online=False).audio, OPUS_RATE)
    size = int(NOTE_SECONDS * OPUS_RATE)
    return encode_opus(np.pad(pcm[:size], (0, max(0, size - len(pcm)))), OPUS_RATE)


def one_run(fake: FakeTelegram, chat: int, note: bytes) -> dict[str, float]:
    fake.text(chat, "/start", "en")
    consent = fake.replies(chat, 3)[2]
    fake.press(chat, consent["message"], "a:yes", "en")
    fake.replies(chat, 5)
    time.sleep(0.5)  # the consent turn is over: nothing else is in flight for this chat
    before = len(fake.calls)
    update_id = fake.voice(chat, note, int(NOTE_SECONDS), "en")
    fake.replies(chat, 6, timeout=120)
    text = _call(fake, before, "sendMessage", chat)
    voice = fake.wait_for(lambda: _call(fake, before, "sendVoice", chat), timeout=120)
    arrived = next(c.at for c in fake.calls[before:] if c.method == "getUpdates" and update_id in c.params["returned"])
    return {"text_s": text.at - arrived, "voice_s": voice.at - arrived}


def _call(fake: FakeTelegram, start: int, method: str, chat: int):
    return next((c for c in fake.calls[start:] if c.method == method and c.params.get("chat_id") == chat), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the first (cold) note")
    args = parser.parse_args()
    note = five_second_note()
    fake = FakeTelegram().start()
    with tempfile.TemporaryDirectory() as folder:
        clinic = Clinic(Path(folder), fake, Path(folder) / "models", VCLINIC_OUTBOX_POLL_SECONDS="1.0")
        try:
            clinic.start(fake)
            cold = one_run(fake, 1, note)
            warm = [one_run(fake, 2 + n, note) for n in range(args.runs)]
        finally:
            clinic.stop()
            fake.stop()
        stt = [float(s) for s in re.findall(r"transcribed in ([0-9.]+) s", clinic.log())]
    texts, voices = [w["text_s"] for w in warm], [w["voice_s"] for w in warm]
    print(
        json.dumps(
            {
                "bench": "telegram_voice",
                "note_s": NOTE_SECONDS,
                "runs": args.runs,
                "cold_first_text_s": round(cold["text_s"], 3),
                "cold_voice_reply_s": round(cold["voice_s"], 3),
                "first_text_s_median": round(statistics.median(texts), 3),
                "first_text_s_max": round(max(texts), 3),
                "voice_reply_s_median": round(statistics.median(voices), 3),
                "voice_reply_s_max": round(max(voices), 3),
                "stt_s_cold": stt[0],
                "stt_s_median": statistics.median(stt[1:]),
                "load_avg_1m": round(os.getloadavg()[0], 2),
                "target_first_text_s": 3.0,
            }
        )
    )


if __name__ == "__main__":
    main()
