"""Triage evaluation per language: the vignettes of bot/data/eval/triage_<lang>.yml through the assistant's triage.

Each vignette is one patient message triaged by `bot.cli.triage_result`, the function behind
`vclinic triage TEXT --json` (nlu.parse, then the dialogue engine's assessment of the one narrative).
Appropriate triage follows the categories of Semigran et al., BMJ 2015 (doi:10.1136/bmj.h3480):

- expected `emergency` (emergent care) is appropriate only when the level is `emergency`;
- expected `see_doctor` (non-emergent care) when the level is `urgent` or `routine`;
- expected `self_care` when the level is `self_care`.

Under-triage is a less urgent level than appropriate, over-triage a more urgent one. `python -m bot.triage_eval`
writes docs/triage-eval.md and exits 1 when a language is under 95% appropriate or any emergency is missed.
`--set sealed` evaluates the sealed set instead (bot/data/eval/sealed/, written blind to the rules, never to be used
to tune them) and writes docs/triage-eval-sealed.md.
"""

from __future__ import annotations

import argparse
import inspect
import json
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"
REPORT = ROOT / "docs" / "triage-eval.md"
SEALED_DIR = EVAL_DIR / "sealed"
SEALED_REPORT = ROOT / "docs" / "triage-eval-sealed.md"
SETS = {"main": (EVAL_DIR, REPORT), "sealed": (SEALED_DIR, SEALED_REPORT)}  # set -> (vignette folder, report)
LANGS = ("ko", "en", "zh", "ja")
EXPECTED = ("emergency", "see_doctor", "self_care")
EXPECTED_RANK = {"self_care": 0, "see_doctor": 1, "emergency": 2}
LEVEL_RANK = {"self_care": 0, "routine": 1, "urgent": 1, "emergency": 2}
TARGET_APPROPRIATE = 0.95
TARGET_EMERGENCY = 1.0
MIN_PER_LANGUAGE = 45
BASELINE = "Semigran et al., BMJ 2015: 23 symptom checkers, appropriate triage in 57% of cases and 80% of emergencies"

Triage = Callable[[list["Vignette"]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Vignette:
    id: str
    lang: str
    text: str
    country: str
    expected: str
    note: str


@dataclass(frozen=True)
class Result:
    vignette: Vignette
    level: str  # a triage level, or "error" when the engine raised
    reasons: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    error: str | None = None

    @property
    def direction(self) -> int:
        """-1 under-triage, 0 appropriate, +1 over-triage; an engine error counts as under-triage (nothing done)."""
        if self.level not in LEVEL_RANK:
            return -1
        diff = LEVEL_RANK[self.level] - EXPECTED_RANK[self.vignette.expected]
        return (diff > 0) - (diff < 0)

    @property
    def appropriate(self) -> bool:
        return self.direction == 0


# --- data -----------------------------------------------------------------------------------------------------


def vignette_file(lang: str, directory: Path = EVAL_DIR) -> Path:
    return directory / f"triage_{lang}.yml"


def load_vignettes(lang: str, path: Path | None = None) -> list[Vignette]:
    """The vignettes of one language, checked: ids unique and prefixed, known categories, non-empty text."""
    path = path or vignette_file(lang)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data.get("lang") != lang:
        raise ValueError(f"{path.name}: lang is {data.get('lang')!r}, expected {lang!r}")
    out: list[Vignette] = []
    seen: set[str] = set()
    for item in data["vignettes"]:
        v = Vignette(
            id=str(item["id"]),
            lang=lang,
            text=str(item["text"]).strip(),
            country=str(item["country"]),
            expected=str(item["expected"]),
            note=str(item.get("note", "")),
        )
        if v.id in seen or not v.id.startswith(f"{lang}-"):
            raise ValueError(f"{path.name}: duplicate or badly prefixed id {v.id!r}")
        if v.expected not in EXPECTED:
            raise ValueError(f"{path.name}: {v.id} expected {v.expected!r} is not one of {EXPECTED}")
        if not v.text:
            raise ValueError(f"{path.name}: {v.id} has no text")
        seen.add(v.id)
        out.append(v)
    return out


def load_all(langs: Iterable[str] = LANGS, directory: Path = EVAL_DIR) -> list[Vignette]:
    return [v for lang in langs for v in load_vignettes(lang, vignette_file(lang, directory))]


# --- triage ---------------------------------------------------------------------------------------------------


def in_process(vignettes: list[Vignette]) -> list[dict[str, Any]]:
    """Call the function behind `vclinic triage --json` for each vignette (one process, models loaded once)."""
    from bot.cli import triage_result

    takes_country = "country" in inspect.signature(triage_result).parameters
    results = []
    for v in vignettes:
        try:
            results.append(triage_result(v.text, country=v.country) if takes_country else triage_result(v.text))
        except Exception as exc:  # an engine crash is a result to report, not a reason to stop the evaluation
            results.append({"level": "error", "error": f"{type(exc).__name__}: {exc}"})
    return results


def via_command(command: str) -> Triage:
    """Triage through a real command reading `{"text", "country"}` lines, e.g. `vclinic triage --jsonl`."""

    def run(vignettes: list[Vignette]) -> list[dict[str, Any]]:
        items = ({"text": v.text, "country": v.country} for v in vignettes)
        lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
        out = subprocess.run(shlex.split(command), input=lines, capture_output=True, text=True)
        if out.returncode:
            raise RuntimeError(f"{command!r} exited {out.returncode}: {out.stderr.strip()[-500:]}")
        results = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        if len(results) != len(vignettes):
            raise RuntimeError(f"{command!r} printed {len(results)} results for {len(vignettes)} vignettes")
        return results

    return run


def evaluate(vignettes: list[Vignette], triage: Triage = in_process) -> list[Result]:
    raw = triage(vignettes)
    return [
        Result(
            v,
            str(r.get("level", "error")),
            tuple(r.get("reasons") or ()),
            tuple(r.get("red_flags") or ()),
            r.get("error"),
        )
        for v, r in zip(vignettes, raw, strict=True)
    ]


# --- figures --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    n: int
    appropriate: int
    emergencies: int
    emergencies_caught: int
    under: int
    over: int
    errors: int
    by_expected: dict[str, tuple[int, int]]  # expected -> (appropriate, n)

    @property
    def appropriate_rate(self) -> float:
        return self.appropriate / self.n if self.n else 0.0

    @property
    def emergency_rate(self) -> float:
        return self.emergencies_caught / self.emergencies if self.emergencies else 0.0

    @property
    def under_rate(self) -> float:
        return self.under / self.n if self.n else 0.0

    @property
    def over_rate(self) -> float:
        return self.over / self.n if self.n else 0.0

    @property
    def meets_bar(self) -> bool:
        return (
            self.n > 0
            and self.appropriate_rate >= TARGET_APPROPRIATE
            and self.emergencies > 0
            and self.emergencies_caught == self.emergencies
        )


def figures(results: list[Result]) -> Figures:
    emergencies = [r for r in results if r.vignette.expected == "emergency"]
    by_expected = {
        e: (sum(r.appropriate for r in rs), len(rs))
        for e in EXPECTED
        for rs in [[r for r in results if r.vignette.expected == e]]
    }
    return Figures(
        n=len(results),
        appropriate=sum(r.appropriate for r in results),
        emergencies=len(emergencies),
        emergencies_caught=sum(r.level == "emergency" for r in emergencies),
        under=sum(r.direction < 0 for r in results),
        over=sum(r.direction > 0 for r in results),
        errors=sum(r.error is not None for r in results),
        by_expected=by_expected,
    )


def by_language(results: list[Result]) -> dict[str, Figures]:
    langs = dict.fromkeys(r.vignette.lang for r in results)
    return {lang: figures([r for r in results if r.vignette.lang == lang]) for lang in langs}


def failures(results: list[Result]) -> list[str]:
    """Why the bar is not met, one line per language that misses it (empty when every language meets it)."""
    out = []
    for lang, f in by_language(results).items():
        if f.appropriate_rate < TARGET_APPROPRIATE:
            out.append(f"{lang}: {f.appropriate_rate:.1%} appropriate < {TARGET_APPROPRIATE:.0%}")
        if f.emergencies_caught < f.emergencies:
            out.append(f"{lang}: {f.emergencies - f.emergencies_caught} of {f.emergencies} emergencies missed")
    return out


# --- report ---------------------------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{x:.1%}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


SEALED_ROUND = 18  # the blind round now in bot/data/eval/sealed/; rounds before it are in bot/data/dev/blind<N>/
# Each retired blind round's figures when it was first run (appropriate; emergencies caught), rules and safety net.
ROUNDS = (
    "85.0%, 84.2%, 84.2%, 85.8%, 75.8%, 87.5%, 89.2%, 86.7%, 88.3%, 92.5%, 85.8%, 90.0%, 86.7%, 91.7%, 96.7%,"
    " 86.7% and 92.5% appropriate, with 33, 32, 31, 32, 31, 38, 38, 39, 38, 39, 40, 38, 39, 38, 39, 39 and 40 of 40"
    " emergencies caught,"
)
NOT_HELD_OUT_CAVEAT = [
    "- This set is not held out: it sat in the repository while the NLU and triage rules were being finished, and",
    "  misses of early runs were fixed with rules that match their wording. Treat the figures as a regression bar;",
    "  an unbiased estimate needs fresh vignettes kept away from whoever writes the rules.",
]
SEALED_CAVEAT = [
    "- This set is sealed: 30 vignettes per language written on 2026-11-30 by someone who had seen neither the rules,",
    f"  lexicons, training data nor any other vignettes (blind round {SEALED_ROUND}), and run once. Earlier rounds,",
    f"  each run once and then retired to development data (bot/data/dev/blind1/ to blind{SEALED_ROUND - 1}/) to fix",
    f"  the rules and train the net, scored {ROUNDS}",
    "  when first run. Round 5 was asked for hard cases (denials, hyperbole, risk factors) in every category, rounds",
    f"  6 to {SEALED_ROUND} for a realistic mix: their figures are not directly comparable.",
    "  Do not change rules, lexicons or models because of this set's misses, nor its vignettes because of its",
    f"  results: a future tuning round must retire it to development data and write round {SEALED_ROUND + 1}. With 10",
    "  emergencies per language, one missed emergency is 10 points of the emergency rate.",
]
SEALED_SECTION = [  # ends the main report: where the honest estimate is
    "",
    "## Sealed set",
    "",
    "`bot/data/eval/sealed/triage_<lang>.yml` holds 30 vignettes per language (10 per category) written blind on",
    "2026-11-30, from clinical knowledge and the way patients type, by someone who had seen neither the rules,",
    "lexicons, training data nor the vignettes above. `python -m bot.triage_eval --set sealed` triages them and writes",
    "[triage-eval-sealed.md](triage-eval-sealed.md), the honest estimate the figures above are not.",
    f"It is round {SEALED_ROUND};",
    f"rounds 1 to {SEALED_ROUND - 1} (`bot/data/dev/blind1/` to `blind{SEALED_ROUND - 1}/`) scored",
    f"{ROUNDS}",
    "when first run, and were then used to fix the rules by concept and to train the learned safety net. The sealed",
    "set must not be used to tune rules, lexicons or models; a future tuning round must retire it to development data",
    "and write a new one.",
]


def report(results: list[Result], how: str, vignette_set: str = "main") -> str:
    per_lang = by_language(results)
    total = figures(results)
    sealed = vignette_set == "sealed"
    lines = [
        "# Triage evaluation: sealed set" if sealed else "# Triage evaluation",
        "",
        f"Generated by `python -m bot.triage_eval{' --set sealed' if sealed else ''}`; do not edit by hand.",
        "",
        f"Vignettes: `bot/data/eval/{'sealed/' if sealed else ''}triage_<lang>.yml`, one chat message each, "
        "written as patients type them",
        "(colloquial, some typos; Chinese in Simplified and Traditional), a third each `emergency`, `see_doctor` and",
        "`self_care`, the categories of Semigran et al., BMJ 2015 (emergent care, non-emergent care, self-care).",
        f"Triaged by {how}.",
        "",
        "Appropriate triage: `emergency` -> level `emergency`; `see_doctor` -> `urgent` or `routine`;",
        "`self_care` -> `self_care`. Under-triage is a less urgent level than appropriate, over-triage a more urgent",
        "one (an engine error counts as under-triage). Rates are over all vignettes of the language.",
        "",
        f"Bar: at least {TARGET_APPROPRIATE:.0%} appropriate in each language and 100% of emergencies caught.",
        f"Baseline: {BASELINE}.",
        "",
        "| language | n | appropriate | emergencies caught | see_doctor ok | self_care ok "
        "| under-triage | over-triage | bar |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for lang, f in [*per_lang.items(), ("all", total)]:
        sd, sc = f.by_expected["see_doctor"], f.by_expected["self_care"]
        bar = ("met" if f.meets_bar else "**not met**") if lang != "all" else ("met" if not failures(results) else "—")
        lines.append(
            f"| {lang} | {f.n} | {f.appropriate}/{f.n} ({_pct(f.appropriate_rate)}) "
            f"| {f.emergencies_caught}/{f.emergencies} ({_pct(f.emergency_rate)}) "
            f"| {sd[0]}/{sd[1]} | {sc[0]}/{sc[1]} "
            f"| {f.under} ({_pct(f.under_rate)}) | {f.over} ({_pct(f.over_rate)}) | {bar} |"
        )
    lines.append("| Semigran et al. 2015 (23 checkers, 45 vignettes) | 45 | 57% | 80% | — | — | — | — | — |")
    misses = [r for r in results if not r.appropriate]
    lines += ["", f"## Misses ({len(misses)})", ""]
    if misses:
        lines += ["| id | country | expected | got | kind | reasons | text | note |", "|---" * 8 + "|"]
        for r in misses:
            v = r.vignette
            kind = "error" if r.error else ("under" if r.direction < 0 else "over")
            reasons = r.error or ", ".join(r.reasons)
            lines.append(
                f"| {v.id} | {v.country} | {v.expected} | {r.level} | {kind} | {_cell(reasons)} "
                f"| {_cell(v.text)} | {_cell(v.note)} |"
            )
    else:
        lines.append("None.")
    lines += [
        "",
        "## Caveats",
        "",
        "- The vignettes were written by the team, not by patients; they test coverage and wording across four",
        "  languages, not clinical validity. Real messages are messier and longer.",
        *(SEALED_CAVEAT if sealed else NOT_HELD_OUT_CAVEAT),
        "- A single message is triaged without the follow-up questions a conversation asks, so each see-a-doctor",
        "  vignette carries its reason (duration, temperature, severity, age, a finding) in the text.",
        "- Semigran et al. used 45 standardized clinical vignettes across 23 checkers; the figures are a reference",
        "  point, not a head-to-head comparison.",
    ]
    if not sealed:
        lines += SEALED_SECTION
    return "\n".join(lines) + "\n"


# --- command --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.triage_eval", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=LANGS, help="only these languages (repeatable)")
    parser.add_argument(
        "--command", default=None, help="evaluate a triage command reading JSONL, e.g. 'vclinic triage --jsonl'"
    )
    parser.add_argument(
        "--set", dest="vignette_set", choices=SETS, default="main", help="which vignettes (default: %(default)s)"
    )
    parser.add_argument(
        "--output", type=Path, default=None, help="where to write the report (default: docs/triage-eval[-sealed].md)"
    )
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    args = parser.parse_args(argv)

    directory, output = SETS[args.vignette_set]
    vignettes = load_all(args.lang or LANGS, directory)
    if args.command:
        how = f"`{args.command}` (one JSON line in, one out, per vignette)"
        try:
            results = evaluate(vignettes, via_command(args.command))
        except RuntimeError as exc:
            print(f"triage_eval: {exc}", file=sys.stderr)
            return 2
    else:
        how = "`bot.cli.triage_result`, the function behind `vclinic triage TEXT --json`"
        results = evaluate(vignettes)
    text = report(results, how, args.vignette_set)
    if not args.no_write:
        (args.output or output).write_text(text, encoding="utf-8")
    print(text)
    problems = failures(results)
    for p in problems:
        print(f"bar not met: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
