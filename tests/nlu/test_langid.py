from pathlib import Path

import pytest

from nlu.langid import detect

CHAT = Path(__file__).parent / "langid_chat.tsv"


def _chat():
    for line in CHAT.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            want, prev, text = line.split("\t")
            yield want, None if prev == "-" else prev, text


@pytest.mark.parametrize(("want", "prev", "text"), list(_chat()))
def test_short_chat_messages(want, prev, text):
    assert detect(text, prev)[0] == want


def test_han_only_follows_the_conversation():
    assert detect("頭痛", "ja")[0] == "ja"
    assert detect("頭痛", "zh")[0] == "zh"


def test_script_free_messages_keep_the_previous_language_or_are_undetermined():
    for text in ("ok", "👍", "38.5", "!!!", ""):
        assert detect(text, "ko")[0] == "ko"
        assert detect(text)[0] == "und"


def test_other_latin_languages_are_not_english():
    assert detect("Bonjour, j'ai mal à la tête")[0] == "und"
    assert detect("I have a headache")[0] == "en"


def test_korean_sentence_with_english_words_stays_korean():
    assert detect("르노삼성 부산공장은 사원대표위원회(ERO·Employee Representative Organization)가")[0] == "ko"


def test_lingua_benchmark_sentences(tmp_path):
    root = Path("/work/shared/benchmarks/langid/sentences")
    if not root.is_dir():
        pytest.skip("lingua test data not on this machine")
    for lang in ("en", "ko", "ja", "zh"):
        lines = [x for x in (root / f"{lang}.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
        hits = sum(detect(x)[0] == lang for x in lines)
        assert hits / len(lines) >= 0.99, lang


def test_kana_or_hangul_in_mostly_english_text_is_the_patients_language():
    assert detect("better nowです")[0] == "ja"
    assert detect("thank you 감사해요")[0] == "ko"
