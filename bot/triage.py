"""Triage: red flags decide alone (emergency); then the data rules of triage.yml raise a complaint's default level.

Reasons are codes ("red_flag:stroke_signs", "finding:rf_stiff_neck", a rule id, or a plain reason name) so that
records and tests see the same thing whatever the language; `reason_texts` renders them for a reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import locales
import nlu
from bot.answers import implied_answers
from bot.domain import Domain, Rule


@dataclass(frozen=True)
class Decision:
    level: str
    reasons: tuple[str, ...]
    red_flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "reasons": list(self.reasons), "red_flags": list(self.red_flags)}


# Threshold conditions: the fact each compares, and whether it must be below (`_lt`) or at least (`_gte`) the value.
THRESHOLDS = {
    "severity_gte": "severity",
    "temperature_gte": "temperature",
    "temperature_lt": "temperature",  # seventeenth round: a young baby's low temperature (°C)
    "duration_gte_h": "duration_h",
    "duration_lt_h": "duration_h",  # sixteenth round: a pattern known for a year or more is no new complaint
    "age_gte": "age",
    "age_lt": "age",
    "systolic_gte": "systolic",
    "systolic_lt": "systolic",
    "diastolic_gte": "diastolic",
    "glucose_gte": "glucose",
    "glucose_lt": "glucose",
    "pulse_gte": "pulse",  # fifteenth round: a pulse said as a number (beats a minute)
    "pulse_lt": "pulse",
    "spo2_lt": "spo2",  # fifteenth round: an oxygen saturation said (%)
    "cholesterol_gte": "cholesterol",  # seventeenth round: a check-up's total cholesterol (mmol/L)
    "ldl_gte": "ldl",  # seventeenth round: its LDL cholesterol (mmol/L)
    # eighteenth round (D2): other blood results as said (nlu/quantities.py _labs)
    "tsh_gte": "tsh",  # mIU/L
    "tsh_lt": "tsh",
    "hba1c_gte": "hba1c",  # %
    "urate_gte": "urate",  # µmol/L
    "ferritin_lt": "ferritin",  # µg/L
    "haemoglobin_lt": "haemoglobin",  # g/L
    "potassium_gte": "potassium",  # mmol/L
    "potassium_lt": "potassium",
}


@cache
def atc_codes() -> dict[str, str]:
    """Medication id -> WHO ATC code, from the NLU's medication lexicon."""
    from nlu.files import read_yaml

    path = Path(nlu.__file__).parent / "data" / "lexicon" / "medications.yml"
    return {str(m["id"]): str(m.get("atc") or "") for m in read_yaml(path) or []}


def _holds(conditions: dict[str, Any], facts: dict[str, Any], answers: dict[str, bool]) -> bool:
    symptoms = facts["symptoms"]
    for key, want in conditions.items():
        if key == "symptoms_any":
            ok = any(s in symptoms for s in want)
        elif key == "symptoms_all":
            ok = all(s in symptoms for s in want)
        elif key == "symptoms_each":  # one of every group: an injury, a belly pain and a sign of shock (twelfth round)
            ok = all(any(s in symptoms for s in group) for group in want)
        elif key == "unless_only":
            ok = not symptoms or any(s not in want for s in symptoms)
        elif key == "unless_any":
            ok = not any(s in symptoms for s in want)
        elif key == "parts_any":
            ok = any(p in facts["body_parts"] for p in want)
        elif key == "unless_parts_any":  # fifteenth round: none of these body parts named (a newborn's bleed, vaginal)
            ok = not any(p in facts["body_parts"] for p in want)
        elif key == "medication_atc_any":  # a medicine named whose ATC code starts with one of these
            codes = atc_codes()
            ok = any(codes.get(m, "").startswith(tuple(want)) for m in facts.get("medications") or ())
        elif key == "conditions_any":
            ok = any(c in (facts["chronic"] or ()) for c in want)
        elif key == "unless_conditions_any":  # fifteenth round: none of these chronic conditions known (diabetes)
            ok = not any(c in (facts["chronic"] or ()) for c in want)
        elif key == "unless_medication_atc_any":  # fifteenth round: no medicine of these ATC codes named (A10)
            codes = atc_codes()
            ok = not any(codes.get(m, "").startswith(tuple(want)) for m in facts.get("medications") or ())
        elif key == "course":
            ok = facts["course"] == want
        elif key == "onset":  # how it began, as nlu codes it ("sudden": 突然, 갑자기, 急に, all of a sudden)
            # thirteenth round: "yesterday morning … suddenly" keeps the day as the onset, the "sudden" still counts
            ok = facts["onset"] == want or (want == "sudden" and facts.get("onset_sudden") is True)
        elif key == "sudden_or_within_h":  # fifteenth round (F16): "suddenly" said, or begun under this many hours ago
            sudden = facts["onset"] == "sudden" or facts.get("onset_sudden") is True
            ok = sudden or (facts["duration_h"] is not None and facts["duration_h"] < want)
        elif key == "yes_any":
            ok = any(answers.get(q) is True for q in want)
        elif key == "severity_band":  # fifteenth round (F8): the worst word said ("激痛", "excruciating"), no rating
            ok = facts.get("severity_band") == want
        elif key in THRESHOLDS:
            value = facts.get(THRESHOLDS[key])  # a fact newer than a saved conversation is unknown
            ok = value is not None and (value < want if "_lt" in key else value >= want)
        elif key == "unless_temperature_lt":  # a thermometer reading below this: the "fever" is none
            ok = facts["temperature"] is None or facts["temperature"] >= want
        elif key == "unless_age_lt":  # not when the age is known and below this (an unknown age is no youth)
            ok = facts["age"] is None or facts["age"] >= want
        elif key == "unless_age_gte":  # not when the age is known and at least this (the menopause's years)
            ok = facts["age"] is None or facts["age"] < want
        elif key == "unless_duration_lt_h":  # not when a duration is known and below this (nineteenth round, LEFT)
            ok = facts["duration_h"] is None or facts["duration_h"] >= want
        elif key == "unless_duration_gte_h":  # not when a duration is known and at least this (nineteenth round, GAPS)
            ok = facts["duration_h"] is None or facts["duration_h"] < want
        elif key == "unless_denied":  # not when every one of these symptoms was denied ("not short of breath")
            ok = not all(s in (facts.get("negatives") or ()) for s in want)
        elif key == "pregnant":
            ok = facts["pregnant"] is want
        elif key == "pregnant_or_postpartum":  # pre-eclampsia: pregnant, or a birth in the last six weeks (NG133)
            ok = (facts["pregnant"] is True or facts.get("postpartum") is True) is want
        elif key == "postpartum":  # a birth in the last six weeks only (breathless, swollen legs: usual in pregnancy)
            ok = (facts.get("postpartum") is True) is want
        elif key == "chronic":
            ok = bool(facts["chronic"]) is want
        elif key == "sex":  # eighteenth round (G): the sex known ("baby boy", "my son", "24f"); unknown is neither
            ok = facts.get("sex") == want
        elif key == "child":  # nineteenth round (GAPS2): under 16 by the age known, or a child word at no age known
            age = facts["age"]
            ok = (age < 16 if age is not None else facts.get("child") is True) is want
        else:
            raise ValueError(f"unknown triage condition {key!r}")
        if not ok:
            return False
    return True


def _reasons(rule: Rule, answers: dict[str, bool]) -> list[str]:
    if rule.flag:
        return [f"red_flag:{rule.flag}"]
    if rule.reason == "reason.warning_answer":
        return [f"finding:{q}" for q in rule.conditions["yes_any"] if answers.get(q) is True]
    return [rule.id]


def decide(facts: dict[str, Any], domain: Domain) -> Decision:
    """The level for what is known now; called after every message so emergencies act at once."""
    if facts["red_flags"]:
        flags = tuple(facts["red_flags"])
        return Decision("emergency", tuple(f"red_flag:{f}" for f in flags), flags)
    complaint = domain.complaint(facts["complaint"] or "default")
    answers = implied_answers(facts, complaint, domain)
    fired = [r for r in domain.rules_for(facts["symptoms"]) if _holds(r.conditions, facts, answers)]
    level = max([complaint.default_level, *(r.level for r in fired)], key=domain.rank)
    top = [r for r in fired if r.level == level]
    reasons = list(dict.fromkeys(code for r in top for code in _reasons(r, answers)))
    flags = tuple(dict.fromkeys(r.flag for r in top if r.flag))
    return Decision(level, tuple(reasons) or (_default_reason(level, domain),), flags)


def _default_reason(level: str, domain: Domain) -> str:
    return domain.default_reasons[level].removeprefix("reason.")


def escalate(previous: str, domain: Domain) -> Decision:
    """A check-in answered 'worse': one level up from the last decision, at least `worse_at_least`."""
    up = domain.levels[min(domain.rank(previous) + 1, domain.rank("urgent"))]
    level = max(up, domain.worse_at_least, key=domain.rank)
    return Decision(level, ("worse_at_followup",))


def reason_texts(decision: Decision, facts: dict[str, Any], lang: str, domain: Domain) -> list[str]:
    """Each reason as a phrase in `lang`."""
    rules = {r.id: r for r in domain.rules}
    chief = facts["chief"]
    values = {
        "severity": facts["severity"],
        "complaint": locales.t(f"symptom.{chief}", lang) if chief else locales.t("summary.unknown", lang),
    }
    texts = []
    for code in decision.reasons:
        kind, _, name = code.partition(":")
        if kind == "red_flag":
            texts.append(locales.t("reason.red_flag", lang, flag=locales.t(f"redflag.{name}", lang)))
        elif kind == "finding":
            texts.append(locales.t(domain.red_flag_questions[name].finding, lang))
        else:
            key = rules[code].reason if code in rules else f"reason.{code}"
            texts.append(locales.t(key, lang, **values))
    return list(dict.fromkeys(texts))  # two rules may give the same reason (systolic and diastolic pressure)
