"""Measure the pipeline on the held-out sets of nlu/data/eval/ and write the report (docs/nlu-eval.md).

Each message goes through the whole `parse()` (rules and models), with the conversation's language as
`prev_lang`, as the bot would call it. Language id is also measured without it, and after a turn in another
language (Chinese after Japanese and back: a Han-only message must not just follow the conversation).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from nlu import emotion
from nlu.files import read_yaml
from nlu.langid import detect
from nlu.pipeline import Pipeline
from nlu.rasa_data import example_lines, load
from nlu.types import LANGS

EVAL_DIR = Path(__file__).parent / "data" / "eval"
_SWITCHED_FROM = {"ja": "zh", "zh": "ja", "ko": "ja", "en": "ko"}


@dataclass
class Report:
    intent: dict[str, tuple[int, int]] = field(default_factory=dict)  # lang -> (correct, total)
    langid: dict[str, tuple[int, int]] = field(default_factory=dict)
    langid_switched: dict[str, tuple[int, int]] = field(default_factory=dict)  # prev_lang of another language
    per_intent: dict[str, tuple[float, float, int]] = field(default_factory=dict)  # precision, recall, n
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    emergency: tuple[int, int] = (0, 0)
    flags: dict[str, tuple[int, int]] = field(default_factory=dict)  # lang -> (raised, total)
    missed_flags: list[tuple[str, str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)
    non_urgent: int = 0
    emotion: dict[str, tuple[int, int]] = field(default_factory=dict)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)


def run(pipeline: Pipeline, eval_dir: Path | None = None) -> Report:
    eval_dir = eval_dir or EVAL_DIR
    report = Report()
    truth_pred: list[tuple[str, str]] = []
    for lang in LANGS:
        path = eval_dir / f"{lang}.yml"
        if not path.is_file():
            continue
        ok = lang_ok = switched_ok = 0
        examples = load(path).examples
        for ex in examples:
            parsed = pipeline.parse(ex.text, prev_lang=lang)
            truth_pred.append((ex.intent, parsed.intent.name))
            ok += parsed.intent.name == ex.intent
            lang_ok += pipeline.parse(ex.text).lang == lang
            switched_ok += detect(ex.text, _SWITCHED_FROM[lang])[0] == lang
            if parsed.intent.name != ex.intent:
                report.errors.append((lang, ex.intent, parsed.intent.name, ex.text))
            if ex.intent != "emergency" and parsed.red_flags:
                report.false_alarms.append((lang, ex.text, ",".join(f.id for f in parsed.red_flags)))
            report.non_urgent += ex.intent != "emergency"
        report.intent[lang] = (ok, len(examples))
        report.langid[lang] = (lang_ok, len(examples))
        report.langid_switched[lang] = (switched_ok, len(examples))
    _intent_stats(report, truth_pred)
    for lang in LANGS:
        _red_flags(pipeline, eval_dir / f"{lang}_redflags.yml", lang, report)
        path = eval_dir / f"{lang}_emotion.yml"
        if path.is_file() and pipeline.models.emotion is not None:
            pairs = emotion.read_file(path)
            hits = sum(pipeline.parse(t, prev_lang=lang).emotion.name == label for t, label in pairs)
            report.emotion[lang] = (hits, len(pairs))
    return report


def _intent_stats(report: Report, truth_pred: list[tuple[str, str]]) -> None:
    counts = Counter(truth_pred)
    for name in sorted({t for t, _ in truth_pred}):
        tp = counts[name, name]
        predicted = sum(n for (_, p), n in counts.items() if p == name)
        actual = sum(n for (t, _), n in counts.items() if t == name)
        report.per_intent[name] = (tp / predicted if predicted else 0.0, tp / actual if actual else 0.0, actual)
    report.confusions = sorted(((t, p, n) for (t, p), n in counts.items() if t != p), key=lambda x: -x[2])[:15]
    report.emergency = (counts["emergency", "emergency"], sum(n for (t, _), n in counts.items() if t == "emergency"))


def _red_flags(pipeline: Pipeline, path: Path, lang: str, report: Report) -> None:
    if not path.is_file():
        return
    doc = read_yaml(path) or {}
    raised = total = 0
    for block in doc.get("red_flags") or []:
        flag = str(block.get("flag"))
        for text in example_lines(block.get("examples")):
            got = [f.id for f in pipeline.rules.find(text, lang)]
            if flag in ("none", "non_urgent"):
                report.non_urgent += 1
                if got:
                    report.false_alarms.append((lang, text, ",".join(got)))
                continue
            total += 1
            raised += flag in got
            if flag not in got:
                report.missed_flags.append((lang, flag, text))
    report.flags[lang] = (raised, total)


def _pct(pair: tuple[int, int]) -> str:
    ok, n = pair
    return f"{100 * ok / n:.1f}% ({ok}/{n})" if n else "n/a"


def markdown(report: Report) -> str:
    lines = [
        "# NLU evaluation",
        "",
        f"Written by `vclinic nlu evaluate` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC from `nlu/data/eval/` "
        "(held out: never trained on). Targets: intent accuracy >= 93% per language, emergency recall 100%, "
        "red-flag recall 100% with no false alarm.",
        "",
        "| language | intent accuracy | language id (no prev_lang) | language id (prev_lang of another language) "
        "| red-flag recall | emotion accuracy |",
        "|---|---|---|---|---|---|",
    ]
    for lang in LANGS:
        lines.append(
            f"| {lang} | {_pct(report.intent.get(lang, (0, 0)))} | {_pct(report.langid.get(lang, (0, 0)))} "
            f"| {_pct(report.langid_switched.get(lang, (0, 0)))} ({_SWITCHED_FROM[lang]}) "
            f"| {_pct(report.flags.get(lang, (0, 0)))} | {_pct(report.emotion.get(lang, (0, 0)))} |"
        )
    lines += [
        "",
        f"Emergency intent recall: {_pct(report.emergency)}. "
        f"Red-flag false alarms: {len(report.false_alarms)} of {report.non_urgent} non-urgent examples.",
        "",
        "## Per intent",
        "",
        "| intent | precision | recall | n |",
        "|---|---|---|---|",
    ]
    lines += [f"| {k} | {p:.2f} | {r:.2f} | {n} |" for k, (p, r, n) in report.per_intent.items()]
    lines += ["", "## Most frequent confusions", "", "| true | predicted | count |", "|---|---|---|"]
    lines += [f"| {t} | {p} | {n} |" for t, p, n in report.confusions]
    if report.missed_flags:
        lines += ["", "## Missed red flags", ""] + [f"- {lang} `{f}`: {t}" for lang, f, t in report.missed_flags]
    if report.false_alarms:
        lines += ["", "## False alarms", ""] + [f"- {lang} `{f}`: {t}" for lang, t, f in report.false_alarms]
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, truth, pred, text in report.errors:
        by_lang[lang].append(f"- {truth} -> {pred}: {text}")
    lines += ["", "## Intent errors", ""]
    for lang in LANGS:
        if by_lang[lang]:
            lines += [f"### {lang}", "", *by_lang[lang], ""]
    return "\n".join(lines).rstrip() + "\n"
