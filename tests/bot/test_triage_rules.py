"""The triage protocol of bot/data/triage.yml on one narrative, as `vclinic triage` sees it: Parse -> level, reasons.

Parses are built by hand (bot_parses) so each rule is tested on exactly the entities nlu is specified to return.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from bot_parses import parse

from bot import engine, summary
from bot.answers import new_facts
from bot.domain import load
from bot.triage import decide


def level(text: str = "...", **kwargs) -> tuple[str, tuple[str, ...]]:
    decision, _ = engine.assess(parse(text, **kwargs))
    return decision.level, decision.reasons


@pytest.mark.parametrize(
    ("kwargs", "expected", "reason"),
    [
        # Symptoms combined with fever.
        ({"symptoms": ("painful_urination",), "temperature": 38.4}, "urgent", "fever_urinary"),
        ({"symptoms": ("abdominal_pain", "fever")}, "urgent", "fever_belly_pain"),
        ({"symptoms": ("earache", "fever")}, "routine", "fever_earache"),
        ({"symptoms": ("rash", "fever")}, "urgent", "fever_with_rash"),
        # Age.
        ({"symptoms": ("earache",), "age": 6}, "routine", "child_earache"),
        ({"symptoms": ("fever",), "age": 1.5}, "routine", "fever_under_two"),
        ({"symptoms": ("fever",), "age": 0.5}, "urgent", "fever_young_child"),
        ({"symptoms": ("fever",), "age": 0.1}, "emergency", "red_flag:infant_fever"),
        ({"symptoms": ("diarrhea",), "age": 0.7}, "routine", "infant_vomiting_diarrhoea"),
        ({"symptoms": ("fever",), "age": 70}, "urgent", "fever_older_age"),
        ({"symptoms": ("abdominal_pain",), "age": 70}, "routine", "older_adult"),
        # Duration per complaint.
        ({"symptoms": ("headache",), "duration": 168.0}, "routine", "long_duration"),
        ({"symptoms": ("cough",), "duration": 504.0}, "routine", "cough_weeks"),
        ({"symptoms": ("runny_nose",), "duration": 240.0}, "routine", "cold_days"),
        ({"symptoms": ("diarrhea",), "duration": 72.0}, "routine", "diarrhoea_days"),
        ({"symptoms": ("vomiting",), "duration": 48.0}, "routine", "vomiting_days"),
        ({"symptoms": ("fever",), "duration": 96.0}, "routine", "fever_days"),
        ({"symptoms": ("abdominal_pain",), "duration": 48.0}, "routine", "pain_not_settling"),
        ({"duration": 1440.0}, "routine", "long_duration"),  # weeks of something nlu did not name: still see a doctor
        # Severity and temperature.
        ({"symptoms": ("back_pain",), "severity": 7}, "routine", "moderate"),
        ({"symptoms": ("back_pain",), "severity": 8}, "urgent", "severe"),
        ({"symptoms": ("fever",), "temperature": 39.0}, "routine", "fever_high"),
        ({"symptoms": ("fever",), "temperature": 39.6}, "urgent", "high_fever"),
        # Pregnancy ("N weeks pregnant").
        ({"symptoms": ("headache", "swelling"), "pregnancy": 32}, "urgent", "pregnancy_headache_swelling"),
        ({"symptoms": ("fever",), "pregnancy": 20}, "routine", "pregnancy"),
        ({"symptoms": ("abdominal_pain",), "pregnancy": 9}, "emergency", "red_flag:pregnancy_pain_bleeding"),
        # Findings and readings.
        ({"symptoms": ("burn", "blister")}, "routine", "burn_blisters"),
        ({"blood_pressure": {"systolic": 185, "diastolic": 100}}, "urgent", "blood_pressure_very_high"),
        ({"blood_pressure": {"systolic": 150, "diastolic": 122}}, "urgent", "blood_pressure_very_high_diastolic"),
        ({"blood_pressure": {"systolic": 165, "diastolic": 95}}, "routine", "blood_pressure_high"),
        ({"symptoms": ("tremor",), "glucose": 52}, "urgent", "glucose_low"),
        ({"glucose": 320}, "urgent", "glucose_very_high"),
        # Bites: wound care, tetanus, rabies; today when deep, on the face or hand, or from a wild animal.
        ({"symptoms": ("animal_bite",)}, "routine", "needs_exam"),
        ({"symptoms": ("animal_bite", "bleeding"), "body_part": "hand"}, "urgent", "bite_face_hand"),
        ({"text": "bitten by a stray dog", "symptoms": ("animal_bite",)}, "urgent", "finding:rf_bite_serious"),
        ({"text": "野良猫にかまれました", "symptoms": ("animal_bite",)}, "urgent", "finding:rf_bite_serious"),
        ({"symptoms": ("animal_bite", "fever")}, "urgent", "fever_skin_infection"),
        # Cellulitis: today with fever or spreading fast.
        ({"symptoms": ("cellulitis",)}, "routine", "needs_exam"),
        ({"symptoms": ("cellulitis",), "temperature": 38.4}, "urgent", "fever_skin_infection"),
        ({"text": "the redness is spreading", "symptoms": ("cellulitis",)}, "urgent", "finding:rf_redness_spreading"),
        ({"text": "빨간 게 점점 번져요", "symptoms": ("cellulitis",)}, "urgent", "finding:rf_redness_spreading"),
        # Shingles: antivirals within 72 hours; today near the eye.
        ({"symptoms": ("shingles",)}, "routine", "needs_exam"),
        ({"symptoms": ("shingles", "eye_pain")}, "urgent", "finding:rf_shingles_eye"),
        ({"symptoms": ("shingles",), "body_part": "eye"}, "urgent", "finding:rf_shingles_eye"),
        ({"text": "额头上起了带状疱疹", "symptoms": ("shingles",)}, "urgent", "finding:rf_shingles_eye"),
        ({"symptoms": ("mole_change",)}, "routine", "needs_exam"),
        # Swallowing: food sticking needs an examination; not even saliva or water is for today.
        ({"symptoms": ("difficulty_swallowing",)}, "routine", "swallowing"),
        ({"text": "I can't swallow my saliva", "symptoms": ("difficulty_swallowing",)}, "urgent", "finding:rf_swallow"),
        ({"symptoms": ("vomiting", "dehydration")}, "urgent", "serious_symptom"),
        # Limbs after an injury.
        ({"symptoms": ("fall", "cannot_move_limb")}, "urgent", "limb_immobile_injury"),
        ({"symptoms": ("cannot_move_limb",)}, "routine", "needs_exam"),
        # Cannot walk: on a hurt leg an X-ray within days; with nothing hurt, or when older, today.
        ({"symptoms": ("sprain", "difficulty_walking")}, "routine", "cannot_bear_weight"),
        ({"symptoms": ("difficulty_walking",)}, "urgent", "walking_difficulty"),
        ({"symptoms": ("fall", "difficulty_walking"), "age": 82}, "urgent", "older_cannot_walk"),
        # Chronic conditions said in the message.
        ({"symptoms": ("wound",), "condition": "diabetes"}, "routine", "diabetic_wound"),
        ({"condition": "diabetes", "body_part": "foot"}, "routine", "diabetic_foot"),
        ({"symptoms": ("vomiting",), "condition": "diabetes"}, "urgent", "diabetes_vomiting"),
        ({"symptoms": ("cough",), "condition": "copd"}, "routine", "cough_chronic"),
        # Getting worse: see a doctor; today when it is a complaint with warning signs.
        ({"symptoms": ("cough",), "course": "worsening"}, "routine", "worsening"),
        ({"symptoms": ("abdominal_pain",), "course": "worsening"}, "urgent", "worsening_warning"),
    ],
)
def test_a_criterion_raises_the_level_and_names_its_rule(kwargs: dict, expected: str, reason: str) -> None:
    got, reasons = level(**kwargs)
    assert got == expected and reason in reasons


@pytest.mark.parametrize(
    "kwargs",
    [
        {"symptoms": ("runny_nose", "sneezing"), "duration": 24.0},
        {"symptoms": ("cough",), "duration": 336.0},  # a cough after a cold lasts up to three weeks
        {"symptoms": ("runny_nose",), "duration": 192.0},
        {"symptoms": ("earache",), "age": 30, "duration": 12.0},
        {"symptoms": ("fever",), "temperature": 38.5, "duration": 24.0, "age": 30},
        {"symptoms": ("back_pain",), "severity": 6},
        {"symptoms": ("diarrhea",), "duration": 48.0},
        {"symptoms": ("morning_sickness",), "pregnancy": 10},
        {"symptoms": ("runny_nose",), "age": 70},
        {"symptoms": ("burn",)},
        {"symptoms": ("dry_skin",), "duration": 2000.0},
        {"blood_pressure": {"systolic": 135, "diastolic": 85}},
        {"symptoms": ("sore_throat", "difficulty_swallowing")},  # a sore throat hurts to swallow
        {"symptoms": ("runny_nose",), "course": "improving"},
        {"symptoms": ("back_pain",), "severity": "severe"},  # a word is no 0-10 rating: the number is asked
        {"symptoms": ("heartburn",), "pregnancy": False},
        {"symptoms": ("headache",), "condition": "hypertension"},
    ],
)
def test_self_care_when_nothing_points_higher(kwargs: dict) -> None:
    assert level(**kwargs) == ("self_care", ("no_warning_signs",))


def test_a_negated_symptom_does_not_count() -> None:
    got, _ = level(symptoms=("painful_urination",), negated=("fever",))
    assert got == "routine"  # the urinary intake's own level, not fever_urinary
    assert level(symptoms=("cough",), negated=("fever",), duration=48.0)[0] == "self_care"


def test_a_doubted_or_past_pregnancy_is_not_taken_as_pregnant() -> None:
    """A pregnancy said ("I'm pregnant") is trusted; one nlu qualifies as a doubt ("could I be
    pregnant?") or a past one ("when I was pregnant") is not (tests/bot/triage/test_pregnancy.py)."""
    assert level(symptoms=("abdominal_pain",), pregnancy=True)[0] == "emergency"
    for qualifier in ("doubt", "past"):
        said = parse("...", symptoms=("abdominal_pain",), pregnancy=True)
        said.entities = [replace(e, qualifier=qualifier) if e.type == "pregnancy" else e for e in said.entities]
        assert engine.assess(said)[0].level == "self_care"


def test_the_longest_duration_and_the_worst_reading_count() -> None:
    _, facts = engine.assess(parse("...", symptoms=("diarrhea",), duration=[24.0, 120.0], temperature=[37.8, 38.6]))
    assert facts["duration_h"] == 120.0 and facts["temperature"] == 38.6 and "fever" in facts["symptoms"]
    readings = [{"systolic": 140, "diastolic": 90}, {"systolic": 182, "diastolic": 95}]
    _, facts = engine.assess(parse("...", blood_pressure=readings))
    assert (facts["systolic"], facts["diastolic"]) == (182, 95)


def test_reasons_show_once_each_in_the_doctors_summary() -> None:
    decision, facts = engine.assess(parse("...", blood_pressure={"systolic": 190, "diastolic": 125}))
    assert decision.level == "urgent"
    text = engine.summary_text(summary.build(facts, decision, "en", load()), "en")
    assert "Blood pressure: 190/125 mmHg" in text
    assert text.count("very high blood pressure") == 1


def test_a_conversation_saved_before_new_facts_existed_goes_on() -> None:
    state = engine.step(engine.start(engine.new_state("en", "US")).state, parse("yes", intent="affirm")).state
    for name in ("systolic", "diastolic", "glucose"):
        del state["facts"][name]
    reading = parse("my blood pressure is 185/100", blood_pressure={"systolic": 185, "diastolic": 100})
    actions = engine.step(state, reading)
    assert actions.state["facts"]["systolic"] == 185 and set(new_facts()) <= set(actions.state["facts"])


def test_numbness_alone_is_not_taken_for_a_stroke_sign() -> None:
    """Leg numbness with weeks of back pain is sciatica; the intake asks about one-sided weakness instead."""
    decision, _ = engine.assess(parse("...", symptoms=("back_pain", "numbness"), duration=504.0))
    assert decision.level == "routine" and "long_duration" in decision.reasons


def test_a_swollen_sprain_is_an_injury_intake_which_asks_about_bearing_weight() -> None:
    _, facts = engine.assess(parse("...", symptoms=("sprain", "swelling")))
    assert facts["complaint"] == "injury" and "rf_weight_bearing" in load().complaint("injury").ask


def test_a_severity_word_is_a_band_not_an_answer_to_the_0_to_10_question() -> None:
    _, facts = engine.assess(parse("...", symptoms=("headache",), severity="severe"))
    assert facts["severity"] is None and facts["severity_band"] == "severe"
    _, facts = engine.assess(parse("...", symptoms=("headache",), severity=["severe", 6]))
    assert facts["severity"] == 6


def test_not_pregnant_is_kept_and_a_later_worse_stays_worse() -> None:
    _, facts = engine.assess(parse("...", symptoms=("abdominal_pain",), pregnancy=False))
    assert facts["pregnant"] is False
    _, facts = engine.assess(parse("...", symptoms=("cough",), course=["improving", "worsening"]))
    assert facts["course"] == "worsening"


def test_conditions_said_in_the_message_are_chronic_facts_named_in_the_doctors_language() -> None:
    decision, facts = engine.assess(parse("...", symptoms=("wound",), condition=["diabetes", "kidney_disease"]))
    assert facts["chronic"] == ["diabetes", "kidney_disease"]
    text = engine.summary_text(summary.build(facts, decision, "en", load()), "ko")
    assert "당뇨병" in text and "신장 질환" in text


def test_cannot_bear_weight_after_an_injury_is_an_x_ray_within_days_not_today() -> None:
    facts = new_facts() | {"complaint": "injury", "chief": "sprain", "symptoms": ["sprain"]}
    facts["answers"] = {"rf_weight_bearing": True}
    decision = decide(facts, load())
    assert decision.level == "routine" and decision.reasons == ("finding:rf_weight_bearing",)


def test_a_warning_phrase_denied_next_to_it_is_no_yes() -> None:
    for text in ("it's not deep", "깊지 않아요", "傷は深くないです", "伤口不深"):
        assert level(text, symptoms=("animal_bite",)) == ("routine", ("needs_exam",))


def test_stress_with_low_mood_is_still_seen() -> None:
    assert level(symptoms=("stress", "depressed_mood"))[0] == "routine"


def test_palpitations_with_plain_sweating_are_not_a_heart_attack_but_a_cold_sweat_is() -> None:
    assert level("my heart races and I sweat a lot", symptoms=("palpitations", "sweating"))[0] != "emergency"
    got, reasons = level("heart racing and I'm in a cold sweat", symptoms=("palpitations", "sweating"))
    assert got == "emergency" and "red_flag:chest_pain_cardiac" in reasons


def test_chest_pain_with_sweating_still_answers_the_radiation_question() -> None:
    assert level("chest pain and sweating", symptoms=("chest_pain", "sweating"))[0] == "emergency"


def test_a_belly_named_with_constipation_is_its_site_not_a_pain_not_settling() -> None:
    kwargs = {"lang": "ko", "symptoms": ("constipation",), "body_part": "abdomen", "duration": 72.0}
    assert level("변비가 사흘째인데 배는 안 아파요", **kwargs)[0] == "self_care"


def test_a_measured_fever_in_an_infant_still_counts() -> None:
    assert level(symptoms=("fever",), age=1.2, temperature=38.1)[0] == "routine"
    assert level(symptoms=("fever",), age=0.5)[0] == "urgent"  # no reading: the fever as said


def test_irritability_with_low_mood_is_still_seen() -> None:
    assert level(symptoms=("depressed_mood", "irritability"))[0] == "routine"


@pytest.mark.parametrize("symptoms", [[], ["headache"], ["chest_pain", "shortness_of_breath"], ["fever", "rash"]])
def test_a_message_is_checked_against_every_rule_that_can_hold(symptoms):
    """`decide` reads only the rules `rules_for` gives: every rule without a symptom gate, and every rule whose gate
    names one of the symptoms known, in the data's order (the order decides which reasons are given first)."""
    domain = load()
    expected = [r for r in domain.rules if not r.gate or r.gate & set(symptoms)]
    assert domain.rules_for(symptoms) == expected
    assert len(expected) < len(domain.rules) / 2
