"""Every patient-facing message exists, is translated and uses the right register in every language."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

import locales

NON_EN = ("ko", "ja", "zh")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _raw(lang: str):
    with (locales._HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return [m for m in read_po(fh, locale=lang) if m.id]


@pytest.mark.parametrize("lang", locales.LANGS)
def test_no_key_is_missing_empty_or_fuzzy(lang: str) -> None:
    reference = {m.id for m in _raw("en")}
    entries = _raw(lang)
    assert {m.id for m in entries} == reference
    assert [m.id for m in entries if not m.string or m.fuzzy] == []
    assert set(locales.catalog(lang)) == reference


@pytest.mark.parametrize("lang", NON_EN)
def test_every_message_is_written_in_its_language(lang: str) -> None:
    script = {"ko": HANGUL, "ja": KANA if lang == "ja" else HAN, "zh": HAN}[lang]
    untranslated = []
    for key, text in locales.catalog(lang).items():
        words = PLACEHOLDER.sub("", text)
        if not LATIN_WORD.search(words) and not (HAN.search(words) or HANGUL.search(words)):
            continue  # separators and pure placeholders have nothing to translate
        letters_ok = HAN.search(words) if lang == "ja" else script.search(words)
        if not letters_ok and not script.search(words):
            untranslated.append(key)
        if text == locales.catalog("en")[key] and LATIN_WORD.search(words):
            untranslated.append(key)
    assert untranslated == []


def test_japanese_sentences_are_not_chinese() -> None:
    """Han alone passes for both languages: a Japanese sentence (not a term like a symptom's name) has kana."""
    terms = ("symptom.", "condition.")
    chinese_like = [k for k, v in locales.catalog("ja").items()
                    if len(HAN.findall(v)) >= 6 and not KANA.search(v) and not k.startswith(terms)]
    assert chinese_like == []


def test_chinese_has_no_kana_or_hangul_and_korean_no_kana() -> None:
    assert [k for k, v in locales.catalog("zh").items() if KANA.search(v) or HANGUL.search(v)] == []
    assert [k for k, v in locales.catalog("ko").items() if KANA.search(v)] == []


@pytest.mark.parametrize("lang", NON_EN)
def test_placeholders_match_english(lang: str) -> None:
    en = locales.catalog("en")
    diff = [
        k for k, v in locales.catalog(lang).items() if set(PLACEHOLDER.findall(v)) != set(PLACEHOLDER.findall(en[k]))
    ]
    assert diff == []


def _questions(lang: str) -> dict[str, str]:
    return {k: v for k, v in locales.catalog(lang).items() if k.startswith("ask.")}


def test_korean_questions_are_haeyo_style() -> None:
    bad = {k: v for k, v in _questions("ko").items() if not re.search(r"(요|까)[?.]$", v)}
    assert bad == {}


def test_japanese_dialogue_is_desu_masu() -> None:
    polite = re.compile(r"(です|ます|ました|ません|でした|ください|ましょう)(か|ね|よね)?(（.*）)?$")
    dialogue = (
        "ask.",
        "consent.",
        "triage.urgent",
        "triage.routine",
        "followup.",
        "crisis",
        "handoff.",
        "offer.",
    )
    bad = []
    for key, text in locales.catalog("ja").items():
        if key.startswith(dialogue):
            bad += [(key, s) for s in re.split(r"[。？]", text) if s.strip() and not polite.search(s.strip())]
    assert bad == []


def test_chinese_addresses_the_patient_as_nin() -> None:
    assert [k for k, v in locales.catalog("zh").items() if "你" in v] == []
    assert [k for k, v in _questions("zh").items() if "您" not in v] == []


def test_t_fills_values_and_falls_back_to_english() -> None:
    assert "119" in locales.t("triage.emergency", "ko", emergency_number="119")
    assert "119" in locales.t("triage.emergency", "ja", emergency_number="119")
    assert locales.t("ask.onset", "fr") == locales.t("ask.onset", "en")
    with pytest.raises(KeyError):
        locales.t("no.such.key", "en")


@pytest.mark.parametrize(
    ("country", "emergency", "crisis"),
    [("KR", "119", "109"), ("CN", "120", "12356"), ("US", "911", "988"), ("kr", "119", "109")],
)
def test_emergency_numbers(country: str, emergency: str, crisis: str) -> None:
    contacts = locales.emergency(country)
    assert (contacts.emergency, contacts.crisis) == (emergency, crisis)


@pytest.mark.parametrize("country", ["JP", "TW", "GB"])
def test_listed_countries_have_both_numbers(country: str) -> None:
    contacts = locales.emergency(country)
    assert contacts.country == country
    assert contacts.emergency.strip() and contacts.crisis.strip()
    assert contacts != locales.emergency("ZZ")


def test_countries_know_their_language_for_a_first_greeting() -> None:
    assert [locales.emergency(c).lang for c in ("KR", "JP", "CN", "TW", "US")] == ["ko", "ja", "zh", "zh", "en"]
    assert locales.emergency("DE").lang is None


def test_unknown_or_missing_country_gets_the_default() -> None:
    assert locales.emergency("ZZ").emergency == locales.emergency(None).emergency == "112"
