"""Every patient-facing message exists, is translated and uses the right register in every language."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

import locales

NON_EN = ("ko", "ja", "zh", "zh_Hant")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _raw(lang: str):
    with (locales._HERE / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return [m for m in read_po(fh, locale=lang) if m.id]


@pytest.mark.parametrize("lang", locales.CATALOGS)
def test_no_key_is_missing_empty_or_fuzzy(lang: str) -> None:
    reference = {m.id for m in _raw("en")}
    entries = _raw(lang)
    assert {m.id for m in entries} == reference
    assert [m.id for m in entries if not m.string or m.fuzzy] == []
    assert set(locales.catalog(lang)) == reference


@pytest.mark.parametrize("lang", NON_EN)
def test_every_message_is_written_in_its_language(lang: str) -> None:
    script = {"ko": HANGUL, "ja": KANA if lang == "ja" else HAN, "zh": HAN, "zh_Hant": HAN}[lang]
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


@pytest.mark.parametrize("lang", ["zh", "zh_Hant"])
def test_chinese_has_no_kana_or_hangul_and_korean_no_kana(lang: str) -> None:
    assert [k for k, v in locales.catalog(lang).items() if KANA.search(v) or HANGUL.search(v)] == []
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


@pytest.mark.parametrize("lang", ["zh", "zh_Hant"])
def test_chinese_addresses_the_patient_as_nin(lang: str) -> None:
    assert [k for k, v in locales.catalog(lang).items() if "你" in v] == []
    assert [k for k, v in _questions(lang).items() if "您" not in v] == []


# Simplified forms that Traditional never writes on their own (里, 系, 才, 后, 几, 于, 么, 周 are left out: Taiwan
# writes them too). A Traditional reply with one of these reads as a careless conversion.
SIMPLIFIED_ONLY = set(
    "发头医没这说话们个为时间来会对过还让问题吗点样见觉药疗脑脸肤电车岁宝婴儿妈实际经历总亲爱够刚专门严较极处状态况"
    "据将进复虽尽压体温热记忆识梦语错担忧虑闷烦泪伤杀与乐边开关闭块听针恶呕肿晕烧应该请谢帮痒红怀泻频钟轻肠诊脚节"
    "凉颈脏肾坏湿产妇检验视频讯网络简单东饭变旧级两无现给让险紧联络护师诉详术钱写员导师轮软应动协议处须帮扩"
)


def test_traditional_catalog_has_no_simplified_characters() -> None:
    found = {k: sorted(set(v) & SIMPLIFIED_ONLY) for k, v in locales.catalog("zh_Hant").items()}
    assert {k: v for k, v in found.items() if v} == {}


def test_traditional_catalog_is_written_for_taiwan_not_converted() -> None:
    """Taiwan's words (視訊, 訊息, 網路, 「」 quotes), not the mainland's in Traditional characters."""
    mainland = ("視頻", "信息", "短信", "網絡", "屏幕", "軟件", "智能", "質量", "“", "”", "視屏")
    hant = locales.catalog("zh_Hant")
    assert [k for k, v in hant.items() if any(w in v for w in mainland)] == []
    assert "視訊" in hant["triage.routine"] and "「是」" in hant["consent.ask"]
    zh = locales.catalog("zh")
    sentences = [k for k, v in zh.items() if len(HAN.findall(v)) >= 4]
    assert sum(hant[k] != zh[k] for k in sentences) > 0.95 * len(sentences)


def test_script_catalogs_are_chosen_by_language_and_script() -> None:
    assert locales.variant("zh", "Hant") == "zh_Hant"
    assert [locales.variant("zh"), locales.variant("zh", "Hans"), locales.variant("en", "Hant")] == ["zh", "zh", "en"]
    assert locales.variant("fr", "Hant") == "en"
    assert locales.t("greeting", "zh_Hant") == locales.t("greeting", "zh-Hant") != locales.t("greeting", "zh")
    assert locales.has("greeting", "zh_Hant")
    assert [locales.tag("zh", "Hant"), locales.tag("zh", None), locales.tag("ko", "Hant")] == ["zh-Hant", "zh", "ko"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("zh-Hant", ("zh", "Hant")),
        ("zh_TW", ("zh", "Hant")),
        ("zh-hk", ("zh", "Hant")),
        ("zh-Hant-TW", ("zh", "Hant")),
        ("zh-Hans", ("zh", "Hans")),
        ("zh-CN", ("zh", "Hans")),
        ("zh", ("zh", None)),
        ("en-US", ("en", None)),
        ("ko-Hant", ("ko", None)),
        ("fr", (None, None)),
        (None, (None, None)),
    ],
)
def test_choice_reads_a_locale_or_a_patients_pick(code: str | None, expected: tuple[str | None, str | None]) -> None:
    assert locales.choice(code) == expected


def test_every_choice_has_a_name_in_its_own_catalog() -> None:
    names = [locales.t("lang.name", code) for code in locales.CHOICES]
    assert len(set(names)) == len(names) and "繁體中文" in names


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
    assert [locales.emergency(c).script for c in ("TW", "HK", "MO", "CN", "SG", "KR")] == [
        "Hant", "Hant", "Hant", None, None, None
    ]
    assert (locales.emergency("MO").emergency, locales.emergency("HK").emergency) == ("999", "999")


def test_unknown_or_missing_country_gets_the_default() -> None:
    assert locales.emergency("ZZ").emergency == locales.emergency(None).emergency == "112"
