"""The doctor's summary: coded facts of an intake, rendered in the doctor's language whatever the patient's.

`build` keeps codes (concept ids, red-flag ids, reason codes) for records and exports; `render` turns them
into labelled lines using only catalog text, so a Korean patient's intake reads in English for an English
doctor and the other way round.
"""

from __future__ import annotations

from typing import Any

import locales
from bot.answers import implied_answers
from bot.domain import Domain
from bot.triage import Decision, reason_texts


def build(facts: dict[str, Any], decision: Decision, patient_lang: str, domain: Domain) -> dict[str, Any]:
    """Coded summary: everything a doctor needs, no free text beyond what the patient said verbatim."""
    complaint = domain.complaint(facts["complaint"] or "default")
    answers = implied_answers(facts, complaint, domain)
    return {
        "chief_complaint": facts["chief"],
        "onset": facts["onset"],
        "duration_h": facts["duration_h"],
        "severity": facts["severity"],
        "severity_band": facts["severity_band"],
        "location": facts["location"],
        "character": facts["character"],
        "temperature": facts["temperature"],
        "systolic": facts["systolic"],
        "diastolic": facts["diastolic"],
        "glucose": facts["glucose"],
        "pulse": facts["pulse"],  # beats a minute, as said (fifteenth round)
        "spo2": facts["spo2"],  # oxygen saturation %, the lowest said (fifteenth round)
        "associated": [s for s in facts["symptoms"] if s != facts["chief"]],
        "negatives": list(facts["negatives"]),
        "negative_findings": [q for q, v in answers.items() if v is False],
        "findings": [q for q, v in answers.items() if v is True],
        "red_flags": list(decision.red_flags),
        "age": facts["age"],
        "sex": facts["sex"],
        "pregnant": facts["pregnant"],
        "chronic": facts["chronic"],
        "course": facts["course"],
        "medications": facts["medications"],
        "allergies": facts["allergies"],
        "level": decision.level,
        "reasons": list(decision.reasons),
        "patient_lang": patient_lang,
    }


def _duration(hours: float | None, lang: str) -> str | None:
    if hours is None:
        return None
    if hours >= 48:
        return locales.t("duration.days", lang, n=f"{hours / 24:g}")
    return locales.t("duration.hours", lang, n=f"{hours:g}")


def _pressure(summary: dict[str, Any]) -> str | None:
    """`.get`: summaries stored before blood pressure was recorded have no such keys."""
    if summary.get("systolic") is None:
        return None
    if summary.get("diastolic") is None:  # the upper number said alone ("上が78", "수축기 85")
        return f"{summary['systolic']:g} mmHg"
    return f"{summary['systolic']:g}/{summary['diastolic']:g} mmHg"


def render(summary: dict[str, Any], lang: str, domain: Domain) -> str:
    """Labelled lines in `lang`; unknown facts say so rather than disappear."""
    t = locales.t
    sep = t("list.sep", lang)

    def names(prefix: str, ids: list[str]) -> str:
        return sep.join(t(f"{prefix}.{i}", lang) for i in ids) if ids else t("summary.none", lang)

    def items(values: list[str] | None) -> str | None:
        return None if values is None else (sep.join(values) if values else t("summary.none", lang))

    def conditions(values: list[str] | None) -> str | None:
        """nlu's condition ids by name; what the patient typed in answer to the question, as typed."""
        if values is None:
            return None
        return items([t(f"condition.{v}", lang) if locales.has(f"condition.{v}") else v for v in values])

    def severity() -> str | None:
        """The 0-10 number, else the word the patient used (`.get`: summaries stored before bands existed)."""
        if summary["severity"] is not None:
            return f"{summary['severity']}/10"
        band = summary.get("severity_band")
        return band and t(f"severity_band.{band}", lang)

    def yes_no(value: bool | None) -> str | None:
        return None if value is None else t("summary.yes" if value else "summary.no", lang)

    rfq = domain.red_flag_questions
    negatives = [t(f"symptom.{s}", lang) for s in summary["negatives"]]
    negatives += [t(rfq[q].finding, lang) for q in summary["negative_findings"]]
    chief = summary["chief_complaint"]
    decision = Decision(summary["level"], tuple(summary["reasons"]), tuple(summary["red_flags"]))
    facts = {"chief": chief, "severity": summary["severity"]}
    rows = [
        ("summary.chief_complaint", t(f"symptom.{chief}", lang) if chief else None),
        ("summary.onset", summary["onset"]),
        ("summary.duration", _duration(summary["duration_h"], lang)),
        ("summary.severity", severity()),
        ("summary.location", summary["location"]),
        ("summary.character", summary["character"]),
        ("summary.temperature", None if summary["temperature"] is None else f"{summary['temperature']:g} °C"),
        ("summary.blood_pressure", _pressure(summary)),
        ("summary.glucose", None if summary.get("glucose") is None else f"{summary['glucose']:g} mg/dL"),
        ("summary.pulse", None if summary.get("pulse") is None else f"{summary['pulse']:g}/min"),
        ("summary.spo2", None if summary.get("spo2") is None else f"{summary['spo2']:g}%"),
        ("summary.associated", names("symptom", summary["associated"])),
        ("summary.negatives", sep.join(negatives) or t("summary.none", lang)),
        ("summary.course", summary.get("course") and t(f"course.{summary['course']}", lang)),
        ("summary.red_flags", names("redflag", summary["red_flags"])),
        ("summary.findings", sep.join(t(rfq[q].finding, lang) for q in summary["findings"]) or t("summary.none", lang)),
        ("summary.age", None if summary["age"] is None else t("age.years", lang, n=f"{summary['age']:g}")),
        ("summary.sex", summary["sex"] and t(f"sex.{summary['sex']}", lang)),
        ("summary.pregnant", yes_no(summary["pregnant"])),
        ("summary.chronic", conditions(summary["chronic"])),
        ("summary.medications", items(summary["medications"])),
        ("summary.allergies", items(summary["allergies"])),
        ("summary.triage", t(f"level.{summary['level']}", lang)),
        ("summary.reasons", sep.join(reason_texts(decision, facts, lang, domain))),
        ("summary.language", summary["patient_lang"]),
    ]
    lines = [t("summary.title", lang)]
    unknown = t("summary.unknown", lang)
    lines += [f"{t(label, lang)}: {unknown if value is None else value}" for label, value in rows]
    return "\n".join(lines)
