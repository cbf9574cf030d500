"""Voice speed and accuracy: Whisper base load, real-time factor on 5 s and 15 s voice notes, memory, CER, TTS time.

Run: .venv/bin/python bench/voice.py [--repeat N]
Prints one JSON line; the figures are recorded in docs/benchmarks.md ("## Voice") and docs/voice.md (CER).
Voice notes are espeak-ng English speech encoded as OGG/Opus, so decoding counts in the real-time factor;
CER is over short sentences spoken by the offline engines (piper for English), with the language passed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from voice.codecs import decode, encode_opus  # noqa: E402
from voice.models import resolve_model  # noqa: E402
from voice.quality import cer  # noqa: E402
from voice.stt import Transcriber  # noqa: E402
from voice.tts import synthesize  # noqa: E402

FIVE = "I have had a headache and a fever since yesterday, and my throat is sore."
FIFTEEN = (
    "I have had a strong headache since Monday morning, and last night I had a fever and felt very cold. "
    "My throat hurts when I swallow, and I am tired all the time. I took two tablets of paracetamol. "
    "Should I see a doctor today, or can I wait until tomorrow?"
)
SENTENCES = {
    "en": [
        "I have had a headache and a fever since yesterday.",
        "My chest hurts when I breathe deeply.",
        "The pain is worse at night.",
    ],
    "ko": ["머리가 아프고 열이 나요.", "어제부터 기침을 해요.", "배가 아파요."],
    "zh": ["我头疼，还发烧。", "我从昨天开始咳嗽。", "我肚子疼。"],
    "ja": ["頭が痛くて熱があります。", "昨日から咳が出ています。", "お腹が痛いです。"],
}


def voice_note(text: str) -> tuple[bytes, float]:
    wav = subprocess.run(
        ["espeak-ng", "-v", "en-us", "--stdout"], input=text.encode(), capture_output=True, check=True
    ).stdout
    pcm = decode(wav)
    return encode_opus(pcm, 16_000), len(pcm) / 16_000




def rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def run(repeat: int) -> dict:
    figures: dict = {"bench": "voice", "cpus": os.cpu_count(), "loadavg_start": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        resolve_model(None, Path(cache))
        figures["first_use_join_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        transcriber = Transcriber(None, cache_dir=Path(cache))
        figures["load_s"] = round(time.perf_counter() - start, 2)
    for name, text in [("5s", FIVE), ("15s", FIFTEEN)]:
        note, seconds = voice_note(text)
        times, cpu = [], []
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            transcriber.transcribe(note, language="en")
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        figures[f"clip_{name}_s"] = round(seconds, 1)
        figures[f"rtf_{name}"] = round(statistics.median(times) / seconds, 3)
        # CPU seconds (all threads) per second of audio: what the box's other jobs cannot inflate.
        figures[f"cpu_per_audio_s_{name}"] = round(statistics.median(cpu) / seconds, 3)
    figures["rss_mb_stt"] = rss_mb()
    cers, tts_s, engines = {}, {}, {}
    for lang, sentences in SENTENCES.items():
        rates = []
        for sentence in sentences:
            start = time.perf_counter()
            speech = synthesize(sentence, lang, online=False)
            tts_s.setdefault(lang, round(time.perf_counter() - start, 2))  # the first includes loading the voice
            engines[lang] = speech.engine
            rates.append(cer(sentence, transcriber.transcribe(speech.audio, language=lang).text))
        cers[lang] = round(statistics.mean(rates), 3)
    figures |= {"cer_offline_tts": cers, "tts_engine": engines, "tts_first_s": tts_s, "rss_mb_total": rss_mb()}
    figures["loadavg_end"] = round(os.getloadavg()[0], 2)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    print(json.dumps(run(parser.parse_args().repeat), ensure_ascii=False))


if __name__ == "__main__":
    main()
