"""Speech to text with faster-whisper (CTranslate2): load the model once, transcribe many notes.

Decoding settings are the ones that measured best on this project's 2-core machines (notes/voice.md):
beam 5 at temperature 0, with a repetition penalty and no-repeat n-grams (temperature 0 alone can loop),
and Silero VAD to skip silence. Callers pass the language whenever they know it: auto-detection is
unreliable on short clips (0/5 on synthetic Korean).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# Busy-waiting OpenMP threads (the default) made decoding 3-4x slower on the shared 2-core machine;
# this must be set before CTranslate2 loads its OpenMP runtime. An operator's own value wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
from faster_whisper import WhisperModel  # noqa: E402

from voice.codecs import WHISPER_RATE, decode
from voice.models import MISSING, VoiceModelMissing, resolve_model

DECODE_OPTIONS = {
    "beam_size": 5,
    "temperature": 0.0,
    "repetition_penalty": 1.2,
    "no_repeat_ngram_size": 4,
    "vad_filter": True,
    "condition_on_previous_text": False,
}
# Without a prompt, Whisper base wrote 3 of 5 synthetic Mandarin clips in Latin letters (and leans to
# traditional characters); a neutral simplified-Chinese sentence as prompt keeps it in simplified Han.
# On audio it cannot make out, Whisper may echo the prompt, whole or cut short: such a segment is dropped.
PROMPTS = {"zh": "以下是普通话的句子。"}


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    language_probability: float
    duration_s: float
    segments: tuple[Segment, ...]


class Transcriber:
    """One loaded Whisper model. Blocking and CPU-bound: async callers run `transcribe` in a thread."""

    def __init__(
        self,
        model: str | None = None,
        cache_dir: Path | None = None,
        cpu_threads: int | None = None,
        compute_type: str = "default",
    ) -> None:
        """`compute_type` "default" runs the float16 weights as float32 on CPU; "int8" took 38% less CPU here
        at about the same CER over the test sentences, but heard "headache" as "panic" in one 15 s note."""
        source = resolve_model(model, cache_dir)
        threads = cpu_threads or min(4, os.cpu_count() or 1)  # more threads than cores only thrash
        try:
            self.model = WhisperModel(source, device="cpu", compute_type=compute_type, cpu_threads=threads)
        except Exception as exc:  # a size name offline, a broken folder: one clear line for the operator
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise VoiceModelMissing(f"{MISSING} ({source}: {reason})") from exc

    def transcribe(self, audio: bytes | np.ndarray, language: str | None = None) -> Transcript:
        """Transcribe encoded audio (OGG/WebM/MP3/WAV bytes) or 16 kHz mono float32 samples.

        `language` may be a locale like "en-US" or "zh-hans"; only its primary subtag is used.
        """
        pcm = decode(audio) if isinstance(audio, bytes | bytearray) else np.asarray(audio, dtype=np.float32)
        lang = language.replace("_", "-").split("-")[0].lower() if language else None
        if lang not in self.model.supported_languages:
            lang = None  # a locale Whisper does not know: let it detect
        prompt = PROMPTS.get(lang)
        segments, info = self.model.transcribe(pcm, language=lang, initial_prompt=prompt, **DECODE_OPTIONS)
        found = tuple(Segment(s.start, s.end, s.text.strip()) for s in segments if not _echoes(s.text, prompt))
        separator = "" if info.language in ("zh", "ja") else " "
        return Transcript(
            text=separator.join(s.text for s in found if s.text),
            language=info.language,
            language_probability=info.language_probability,
            duration_s=len(pcm) / WHISPER_RATE,
            segments=found,
        )


def _echoes(text: str, prompt: str | None) -> bool:
    """Whether a segment is a piece of the prompt, ignoring punctuation; short answers such as "是" (yes) stand."""
    letters = "".join(c for c in text if c.isalnum())
    return bool(prompt and len(letters) >= 3 and letters in prompt)
