"""Speech in: synthetic speech round-trips through the base model in each clinic language.

English must come back nearly word for word (CER <= 0.15). The offline Korean, Chinese and Japanese voices are
robotic, so for them the bar is the script a patient would read (Hangul, Han, kana or kanji) and a transcript
that is recognisably the sentence (CER < 1; Chinese characters read by espeak-ng's `cmn` voice measured 3.2).
"""

from __future__ import annotations

import numpy as np
import pytest
from voice_clips import espeak, script_share

from voice.codecs import decode, encode_opus
from voice.quality import cer
from voice.tts import synthesize

pytestmark = pytest.mark.slow

ENGLISH = [
    "I have had a headache and a fever since yesterday.",
    "My chest hurts when I breathe deeply.",
    "The pain is worse at night.",
]


def test_english_from_espeak_is_transcribed_nearly_word_for_word(transcriber) -> None:
    results = [transcriber.transcribe(espeak(text), language="en") for text in ENGLISH]
    rates = [cer(text, r.text) for text, r in zip(ENGLISH, results, strict=True)]
    print("CER en espeak-ng", [round(r, 3) for r in rates])
    assert np.mean(rates) <= 0.15
    assert all(r.language == "en" and r.segments for r in results)


def test_a_telegram_voice_note_from_piper_is_transcribed(transcriber) -> None:
    reply = synthesize(ENGLISH[0], "en", online=False)
    assert reply.engine == "piper"
    transcript = transcriber.transcribe(reply.audio, language="en-US")  # a Telegram language_code
    print("CER en piper", round(cer(ENGLISH[0], transcript.text), 3), transcript.text)
    assert cer(ENGLISH[0], transcript.text) <= 0.15
    assert abs(transcript.duration_s - reply.duration_s) < 0.1


def test_a_browser_recording_in_webm_is_transcribed_and_english_is_detected(transcriber) -> None:
    recording = encode_opus(decode(espeak(ENGLISH[1])), 16_000, container="webm")
    transcript = transcriber.transcribe(recording)
    assert transcript.language == "en"
    assert transcript.language_probability > 0.5
    assert cer(ENGLISH[1], transcript.text) <= 0.15


@pytest.mark.parametrize(
    ("language", "sentences", "scripts"),
    [
        ("ko", ["머리가 아프고 열이 나요.", "배가 아파요."], ("HANGUL",)),
        ("zh", ["我肚子疼。", "我呼吸困难。"], ("CJK UNIFIED",)),
        ("ja", ["お腹が痛いです。", "昨日から咳が出ています。"], ("HIRAGANA", "KATAKANA", "CJK UNIFIED")),
    ],
)
def test_offline_speech_comes_back_in_the_right_script(transcriber, language, sentences, scripts) -> None:
    for sentence in sentences:
        transcript = transcriber.transcribe(synthesize(sentence, language, online=False).audio, language=language)
        print(language, "CER", round(cer(sentence, transcript.text), 3), transcript.text)
        assert transcript.language == language
        assert script_share(transcript.text, *scripts) >= 0.8, transcript.text
        assert cer(sentence, transcript.text) < 1.0  # recognisably the sentence, not noise read as words


def test_a_silent_note_gives_no_words(transcriber) -> None:
    hiss = np.random.default_rng(0).normal(0, 0.002, 3 * 16_000).astype(np.float32)
    assert transcriber.transcribe(encode_opus(hiss, 16_000), language="en").text == ""


def test_mandarin_whisper_cannot_make_out_is_not_replaced_by_its_prompt(transcriber) -> None:
    mumble = espeak("我肚子疼。", voice="cmn")  # characters read by the English-letter voice: Whisper echoed its prompt
    assert "普通话" not in transcriber.transcribe(mumble, language="zh").text


def test_int8_compute_for_loaded_machines_still_transcribes(model_cache, transcriber) -> None:
    from voice.stt import Transcriber

    quick = Transcriber(None, cache_dir=model_cache, compute_type="int8")
    assert cer(ENGLISH[1], quick.transcribe(espeak(ENGLISH[1]), language="en").text) <= 0.15
