"""The triage bar of issue 4, per language: >= 95% appropriate and every emergency caught (Semigran et al. categories).

The vignettes (bot/data/eval/triage_<lang>.yml) go through `bot.cli.triage_result`, the function behind
`vclinic triage --json`. These tests fail whenever the engine or the NLU regresses; a failure lists the misses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import triage_eval
from bot.triage_eval import LANGS, Result

# Characters written differently in Simplified Chinese: one of them marks a message typed in Traditional.
TRADITIONAL_CHARS = "們說話頭醫發燒還從來裡這讓點過兩個體週懷傷噴壓媽沒麼喉嚨腫長側範圍腳邊曬覺轉癢講舉"
HAN_TRADITIONAL_ONLY = re.compile(f"[{TRADITIONAL_CHARS}]")


def _lines(results: list[Result]) -> str:
    return "\n".join(
        f"  {r.vignette.id} expected {r.vignette.expected}, got {r.level} "
        f"({r.error or ', '.join(r.reasons)}): {r.vignette.text}"
        for r in results
    )


@pytest.fixture(scope="module")
def results() -> dict[str, list[Result]]:
    evaluated = triage_eval.evaluate(triage_eval.load_all())
    return {lang: [r for r in evaluated if r.vignette.lang == lang] for lang in LANGS}


# --- the data ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_at_least_45_vignettes_a_third_per_category(lang: str) -> None:
    vignettes = triage_eval.load_vignettes(lang)
    assert len(vignettes) >= triage_eval.MIN_PER_LANGUAGE
    for expected in triage_eval.EXPECTED:
        share = sum(v.expected == expected for v in vignettes) / len(vignettes)
        assert 0.30 <= share <= 0.37, (expected, share)


def test_countries_vary_per_language_and_taiwan_writes_traditional() -> None:
    countries = {lang: {v.country for v in triage_eval.load_vignettes(lang)} for lang in LANGS}
    assert countries["ko"] == {"KR"} and countries["ja"] == {"JP"}
    assert countries["en"] == {"US", "GB"} and countries["zh"] == {"CN", "TW"}
    taiwan = [v for v in triage_eval.load_vignettes("zh") if v.country == "TW"]
    assert len(taiwan) >= 10 and all(HAN_TRADITIONAL_ONLY.search(v.text) for v in taiwan)
    mainland = [v for v in triage_eval.load_vignettes("zh") if v.country == "CN"]
    assert not any(HAN_TRADITIONAL_ONLY.search(v.text) for v in mainland)


def test_vignettes_are_distinct_messages() -> None:
    texts = [v.text for v in triage_eval.load_all()]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("lang", LANGS)
def test_sealed_set_loads_30_per_language_10_per_category_unique_ids(lang: str) -> None:
    """The sealed set (written blind to the rules) only has to load; how it scores is docs/triage-eval-sealed.md."""
    vignettes = triage_eval.load_vignettes(lang, triage_eval.vignette_file(lang, triage_eval.SEALED_DIR))
    assert len(vignettes) == 30
    assert {e: sum(v.expected == e for v in vignettes) for e in triage_eval.EXPECTED} == dict.fromkeys(
        triage_eval.EXPECTED, 10
    )
    ids = [v.id for v in vignettes]
    assert len(set(ids)) == len(ids) and all(i.startswith(f"{lang}-") for i in ids)
    main_texts = {v.text for v in triage_eval.load_vignettes(lang)}
    assert len({v.text for v in vignettes}) == 30 and not main_texts & {v.text for v in vignettes}


def test_sealed_set_is_chosen_by_the_command_line_and_written_apart(monkeypatch, tmp_path) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(triage_eval, "load_all", lambda langs, directory: seen.append(directory) or [])
    monkeypatch.setattr(triage_eval, "evaluate", lambda vignettes: [])
    sets = {**triage_eval.SETS, "sealed": (triage_eval.SEALED_DIR, tmp_path / "s.md")}
    monkeypatch.setattr(triage_eval, "SETS", sets)
    triage_eval.main(["--set", "sealed"])
    assert seen == [triage_eval.SEALED_DIR]
    assert (tmp_path / "s.md").read_text(encoding="utf-8").startswith("# Triage evaluation: sealed set")


def test_mapping_of_levels_to_categories() -> None:
    v = triage_eval.Vignette("en-x", "en", "x", "US", "see_doctor", "")
    assert [Result(v, level).direction for level in ("self_care", "routine", "urgent", "emergency")] == [-1, 0, 0, 1]
    e = triage_eval.Vignette("en-y", "en", "y", "US", "emergency", "")
    assert Result(e, "urgent").direction == -1 and Result(e, "error", error="boom").direction == -1
    s = triage_eval.Vignette("en-z", "en", "z", "US", "self_care", "")
    assert Result(s, "routine").direction == 1 and Result(s, "self_care").appropriate


# --- the bar ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_emergency_is_sent_to_the_emergency_number(results: dict[str, list[Result]], lang: str) -> None:
    missed = [r for r in results[lang] if r.vignette.expected == "emergency" and r.level != "emergency"]
    assert not missed, f"{lang}: {len(missed)} emergencies missed:\n{_lines(missed)}"


@pytest.mark.parametrize("lang", LANGS)
def test_at_least_95_percent_appropriate(results: dict[str, list[Result]], lang: str) -> None:
    figures = triage_eval.figures(results[lang])
    misses = [r for r in results[lang] if not r.appropriate]
    assert figures.appropriate_rate >= triage_eval.TARGET_APPROPRIATE, (
        f"{lang}: {figures.appropriate}/{figures.n} appropriate ({figures.appropriate_rate:.1%}), "
        f"under-triage {figures.under}, over-triage {figures.over}:\n{_lines(misses)}"
    )


def test_command_line_exit_status_follows_the_bar(results, tmp_path, capsys) -> None:
    out = tmp_path / "triage-eval.md"
    code = triage_eval.main(["--lang", "ko", "--output", str(out)])
    met = not triage_eval.failures(results["ko"])
    assert code == (0 if met else 1)
    text = out.read_text(encoding="utf-8")
    assert "57%" in text and "80%" in text and "| ko | " in text
    capsys.readouterr()
