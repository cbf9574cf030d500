"""The dialogue engine on Parse values built by hand: what a patient would notice in each situation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bot_parses import no, parse, yes

import locales
from bot import engine
from bot.domain import load
from bot.triage import decide


def started(lang: str = "en", country: str = "US") -> dict:
    state = engine.start(engine.new_state(lang, country)).state
    return engine.step(state, yes(lang)).state


def run(state: dict, *parses, context: dict | None = None) -> tuple[dict, list[engine.Actions]]:
    log = []
    for p in parses:
        actions = engine.step(state, p, context)
        state = actions.state
        log.append(actions)
    return state, log


def keys(actions: engine.Actions) -> list[str]:
    return [r.key for r in actions.replies]


def test_greeting_says_what_the_assistant_is_and_asks_consent_with_the_country_number() -> None:
    actions = engine.start(engine.new_state("ja", "JP"))
    texts = [r.text for r in actions.replies]
    assert keys(actions) == ["greeting", "disclaimer", "consent.ask"]
    assert "119" in texts[1] and all(r.lang == "ja" for r in actions.replies)
    assert actions.state["awaiting"] == "consent"


def test_first_message_without_start_gets_greeting_in_its_language_and_keeps_the_complaint() -> None:
    first = parse("머리가 아파요", "ko", "report_symptom", symptoms=("headache",))
    actions = engine.step(engine.new_state(country="KR"), first)
    assert keys(actions)[:2] == ["greeting", "disclaimer"] and actions.replies[0].lang == "ko"
    after = engine.step(actions.state, yes("ko"))
    assert keys(after) == ["consent.thanks", "ask.onset"]


def test_patient_who_says_everything_at_once_is_not_asked_again() -> None:
    full = parse(
        "Headache since yesterday, 4/10, no stiff neck, no weakness, not sudden",
        intent="report_symptom",
        symptoms=("headache",),
        negated=("stiff_neck", "weakness_one_side"),
        duration=24.0,
        severity=4,
        age=30,
    )
    state, log = run(started(), full)
    asked = keys(log[0])
    for q in ("ask.onset", "ask.severity", "ask.rf_stiff_neck", "ask.rf_weakness_speech", "ask.age"):
        assert q not in asked
    state, log = run(state, no())  # the only red-flag question left: sudden onset
    assert "ask.onset" not in keys(log[0])


def test_answers_not_asked_for_are_kept() -> None:
    state, log = run(started(), parse("my head hurts", intent="report_symptom", symptoms=("headache",)))
    assert state["awaiting"] == "onset"
    state, log = run(state, parse("since Tuesday, about 6 out of 10", duration=96.0, severity=6))
    assert state["facts"]["severity"] == 6 and "ask.severity" not in keys(log[0])


def test_red_flag_mid_question_decides_at_once_with_the_countrys_number() -> None:
    state, _ = run(started("ja", "JP"), parse("頭が痛い", "ja", "report_symptom", symptoms=("headache",)))
    assert state["awaiting"] == "onset"
    state, log = run(state, parse("急に右手に力が入らない", "ja", flags=("stroke_signs",)))
    actions = log[0]
    assert actions.decision.level == "emergency" and actions.alert == "emergency"
    assert "119" in actions.replies[0].text and actions.replies[0].tone == "urgent"
    assert "meanwhile.stroke_signs" in keys(actions)
    assert state["awaiting"] is None and state["triage"]["level"] == "emergency"


@pytest.mark.parametrize(("country", "number"), [("US", "911"), ("KR", "119"), ("CN", "120"), ("ZZ", "112")])
def test_emergency_number_follows_country(country: str, number: str) -> None:
    actions = engine.step(started("en", country), parse("crushing chest pain", flags=("chest_pain_cardiac",)))
    assert number in actions.replies[0].text


def test_yes_to_a_red_flag_question_is_an_emergency() -> None:
    state, log = run(
        started(),
        parse("bad headache since this morning, 6/10", symptoms=("headache",), duration=5.0, severity=6),
        yes(),  # sudden, like a thunderclap
    )
    assert log[0].state["awaiting"] == "rf_sudden_worst"
    assert log[1].decision.level == "emergency"
    assert "red_flag:thunderclap_headache" in log[1].decision.reasons


def test_fever_with_stiff_neck_answer_is_meningism() -> None:
    state, log = run(started(), parse("I have a fever", symptoms=("fever",), duration=12.0, temperature=38.6))
    assert state["awaiting"] == "rf_stiff_neck"
    state, log = run(state, yes())
    assert log[0].decision.red_flags == ("meningism",)


def test_suicidal_statement_gives_crisis_line_and_emergency_path_at_once() -> None:
    state, _ = run(started("ko", "KR"), parse("배가 아파요", "ko", symptoms=("abdominal_pain",)))
    actions = engine.step(state, parse("죽고 싶어요", "ko", flags=("suicidal",), emotion="sad"))
    assert actions.replies[0].tone == "crisis"
    assert "109" in actions.replies[0].text and "119" in actions.replies[0].text
    assert actions.alert == "suicidal" and actions.handoff == "suicidal"
    assert actions.decision.level == "emergency"


def test_sad_patient_gets_warmth_and_a_gentle_self_harm_check() -> None:
    state, _ = run(started(), parse("I can't sleep", symptoms=("insomnia",)))
    pending = state["awaiting"]
    actions = engine.step(state, parse("everything feels hopeless", emotion="sad"))
    assert keys(actions) == ["tone.sad", "ask.self_harm"] and actions.replies[0].tone == "warm"
    denied = engine.step(actions.state, no())
    assert denied.state["awaiting"] == pending and denied.alert is None
    confirmed = engine.step(actions.state, yes())
    assert confirmed.alert == "suicidal" and confirmed.replies[0].tone == "crisis"


def test_anxious_patient_is_reassured_before_the_next_question() -> None:
    actions = engine.step(started(), parse("I'm scared, my chest hurts", symptoms=("chest_pain",), emotion="anxious"))
    assert keys(actions) == ["tone.anxious", "ask.onset"]
    assert {r.tone for r in actions.replies} == {"reassuring"}


def test_angry_patient_gets_an_apology_and_a_human() -> None:
    state, _ = run(started(), parse("cough", symptoms=("cough",)))
    actions = engine.step(state, parse("this is useless!!", emotion="angry"))
    assert keys(actions) == ["tone.angry", "offer.human"] and actions.replies[0].tone == "apologetic"
    accepted = engine.step(actions.state, yes())
    assert accepted.handoff == "asked_human" and keys(accepted) == ["handoff.requested"]


def test_repeatedly_misunderstood_patient_is_offered_a_human() -> None:
    state, _ = run(started(), parse("headache", symptoms=("headache",)))
    state, log = run(state, parse("blorp", intent="out_of_scope"), parse("fnord", intent="out_of_scope"))
    assert keys(log[0]) == ["not_understood", "ask.onset"]
    assert keys(log[1]) == ["tone.misunderstood", "offer.human"]
    declined = engine.step(state, no())
    assert keys(declined) == ["ask.onset"] and declined.handoff is None


def test_a_question_not_understood_twice_is_skipped() -> None:
    state, _ = run(started(), parse("headache", symptoms=("headache",), duration=3.0))
    state["offered_human"] = True
    state, log = run(state, parse("hmm"), parse("hmm?"))
    assert keys(log[1])[0] == "skip_question" and state["awaiting"] != "severity"


def test_conversation_follows_the_patients_language() -> None:
    state, _ = run(started("ko", "KR"), parse("머리가 아파요", "ko", symptoms=("headache",)))
    actions = engine.step(state, parse("since yesterday", "en", duration=24.0))
    assert {r.lang for r in actions.replies} == {"en"}
    assert actions.replies[0].text == locales.t("ask.severity", "en")
    back = engine.step(actions.state, parse("7점이요", "ko", severity=7))
    assert {r.lang for r in back.replies} == {"ko"}


def test_unsure_language_keeps_the_conversation_language() -> None:
    state, _ = run(started("zh", "CN"), parse("头痛", "zh", symptoms=("headache",), duration=2.0))
    p = parse("7", "und")
    p.lang_confidence = 0.0
    actions = engine.step(state, p)
    assert actions.state["facts"]["severity"] == 7 and {r.lang for r in actions.replies} == {"zh"}


def complete(state: dict, answer=no) -> tuple[dict, engine.Actions]:
    """Answer 'no' (or given) to every question until a decision is made."""
    for _ in range(20):
        actions = engine.step(state, answer())
        state = actions.state
        if actions.decision:
            return state, actions
    raise AssertionError("no decision after 20 answers")


def test_self_care_gives_advice_return_signs_and_a_check_in() -> None:
    state, _ = run(started(), parse("runny nose since yesterday", symptoms=("runny_nose",), duration=24.0))
    state, actions = complete(state)
    assert actions.decision.level == "self_care"
    assert {"triage.self_care", "advice.cold", "return_signs", "followup.scheduled"} <= set(keys(actions))
    assert actions.followup_hours == 24 and actions.handoff is None


def test_followup_hours_come_from_settings() -> None:
    state, _ = run(started(), parse("runny nose", symptoms=("runny_nose",), duration=24.0))
    actions = engine.step(state, no(), followup_hours={"self_care": 12})
    while not actions.decision:
        actions = engine.step(actions.state, no(), followup_hours={"self_care": 12})
    assert actions.followup_hours == 12 and "12" in actions.replies[-1].text


def test_urgent_requests_a_doctor_now() -> None:
    state, _ = run(started(), parse("chest pain", symptoms=("chest_pain",), duration=2.0, severity=5))
    state, actions = complete(state)
    assert actions.decision.level == "urgent" and actions.handoff == "urgent"
    assert keys(actions)[:2] == ["triage.urgent", "triage.reasons"]


def test_known_patient_facts_are_not_asked() -> None:
    context = {"age": 40, "medications": ["metformin"], "allergies": []}
    state, log = run(started(), parse("headache", symptoms=("headache",)), context=context)
    asked = []
    for _ in range(15):
        actions = engine.step(state, no(), context)
        asked += keys(actions)
        state = actions.state
        if actions.decision:
            break
    assert not {"ask.age", "ask.medications", "ask.allergies"} & set(asked)
    assert actions.summary["medications"] == ["metformin"]


def test_an_age_and_sex_the_message_tells_replace_the_account_holders_record() -> None:
    """A mother's record says 34, female; her message is about her 6-week-old son with a cough: the baby's rules."""
    context = {"age": 34, "sex": "female"}
    state, _ = run(started(), parse("hello"), context=context)
    assert (state["facts"]["age"], state["facts"]["sex"]) == (34, "female")
    cough = parse("my 6 week old son has a cough", symptoms=("cough",), age=0.12, sex="male", duration=48.0)
    state, _ = run(state, cough, context=context)
    assert (state["facts"]["age"], state["facts"]["sex"]) == (0.12, "male")
    state, actions = complete(state)
    assert actions.decision.level == "urgent"
    assert (actions.state["facts"]["age"], actions.state["facts"]["sex"]) == (0.12, "male")


def test_pregnancy_is_asked_only_when_relevant_and_pregnant_pain_is_an_emergency() -> None:
    state, _ = run(started(), parse("stomach ache", symptoms=("abdominal_pain",), duration=6.0, severity=4))
    state, log = run(state, parse("lower belly"), no(), no())
    assert state["awaiting"] == "sex"
    woman = engine.step(state, parse("female"))
    assert woman.state["awaiting"] == "pregnant"
    assert engine.step(woman.state, yes()).decision.red_flags == ("pregnancy_pain_bleeding",)
    man = engine.step(state, parse("male"))
    assert man.state["awaiting"] != "pregnant"


def test_declined_consent_takes_no_history_until_the_patient_agrees() -> None:
    state = engine.start(engine.new_state("en", "GB")).state
    declined = engine.step(state, no())
    assert keys(declined) == ["consent.declined"] and "999" in declined.replies[0].text
    again = engine.step(declined.state, parse("headache", symptoms=("headache",)))
    assert keys(again) == ["consent.declined"]
    agreed = engine.step(again.state, yes())
    assert keys(agreed) == ["consent.thanks", "ask.onset"]


def test_consent_pending_still_catches_red_flags() -> None:
    state = engine.start(engine.new_state("zh", "CN")).state
    actions = engine.step(state, parse("我爸爸突然说不出话", "zh", flags=("stroke_signs",)))
    assert actions.decision.level == "emergency" and "120" in actions.replies[0].text


def test_followup_better_closes_worse_escalates_silence_alerts() -> None:
    state, _ = run(started(), parse("sore throat", symptoms=("sore_throat",), duration=24.0, severity=3))
    state, _ = complete(state)
    asked = engine.checkin(state)
    assert keys(asked) == ["followup.ask"] and asked.state["awaiting"] == "followup"
    assert locales.t("symptom.sore_throat", "en") in asked.replies[0].text
    better = engine.step(asked.state, parse("much better", intent="feeling_better"))
    assert keys(better) == ["followup.better"] and better.decision is None
    worse = engine.step(asked.state, parse("worse", intent="feeling_worse"))
    assert worse.decision.level == "routine" and "worse_at_followup" in worse.decision.reasons
    assert worse.handoff == "consultation" and worse.followup_hours == 72
    flagged = engine.step(asked.state, parse("can't breathe", flags=("breathing_severe",)))
    assert flagged.decision.level == "emergency"
    assert engine.checkin_missed(asked.state).alert == "followup_unanswered"


def test_state_survives_json_and_a_week_later_the_conversation_continues() -> None:
    state, _ = run(started("ja", "JP"), parse("咳が出ます", "ja", symptoms=("cough",)))
    resumed = json.loads(json.dumps(state))
    actions = engine.step(resumed, parse("一週間前から", "ja", duration=168.0))
    assert actions.state["facts"]["duration_h"] == 168.0 and actions.replies[0].lang == "ja"


def test_nonsense_while_waiting_gets_a_sensible_reply_in_the_patients_language() -> None:
    state, _ = run(started("ko", "KR"), parse("기침", "ko", symptoms=("cough",)))
    nonsense = parse("ㅁㄴㅇㄹ", "und", intent="out_of_scope")
    nonsense.lang_confidence = 0.1
    actions = engine.step(state, nonsense)
    assert keys(actions) == ["not_understood", "ask.onset"] and {r.lang for r in actions.replies} == {"ko"}


def test_new_problem_after_a_decision_starts_a_new_intake_keeping_patient_facts() -> None:
    state, _ = run(started(), parse("runny nose", symptoms=("runny_nose",), duration=24.0, age=33))
    state, _ = complete(state)
    actions = engine.step(state, parse("also my knee hurts", symptoms=("knee_pain",)))
    assert actions.state["facts"]["chief"] == "knee_pain" and actions.state["facts"]["age"] == 33
    assert actions.state["stage"] == "intake" and keys(actions) == ["ask.onset"]


def test_summary_is_in_the_doctors_language_whatever_the_patients() -> None:
    state, _ = run(
        started("ko", "KR"),
        parse("머리가 아프고 열이 나요", "ko", symptoms=("headache", "fever"), duration=72.0, severity=5),
    )
    state, actions = complete(state, lambda: no("ko"))
    s = actions.summary
    assert s["chief_complaint"] == "headache" and s["associated"] == ["fever"] and s["patient_lang"] == "ko"
    text_ja = engine.summary_text(s, "ja")
    assert locales.t("symptom.headache", "ja") in text_ja and locales.t("summary.title", "ja") in text_ja
    text_en = engine.summary_text(s, "en")
    assert "Chief complaint: headache" in text_en and "fever" in text_en and "5/10" in text_en
    assert locales.t("finding.rf_stiff_neck", "en") in text_en.split("Pertinent negatives: ")[1].split("\n")[0]


def test_every_key_the_flow_data_names_exists_in_every_language() -> None:
    domain = load()
    named = [s.question for s in domain.slots.values()]
    named += [k for q in domain.red_flag_questions.values() for k in (q.question, q.finding)]
    named += [c.advice for c in (*domain.complaints, domain.default_complaint)]
    named += [r.reason for r in domain.rules if r.reason] + list(domain.default_reasons.values())
    named += [k for v in domain.responses.values() for k in ([v] if isinstance(v, str) else v)]
    named += list(domain.tones.values())
    named += [f"symptom.{s}" for c in domain.complaints for s in c.symptoms]
    named += [f"redflag.{r.flag}" for r in domain.rules if r.flag]
    for lang in locales.LANGS:
        assert [k for k in named if not locales.has(k, lang)] == []


def test_every_symptom_nlu_can_report_has_a_name_in_every_language() -> None:
    import yaml

    lexicon = Path(__file__).parents[2] / "nlu" / "data" / "lexicon" / "symptoms.yml"
    ids = [c["id"] for c in yaml.safe_load(lexicon.read_text(encoding="utf-8"))]
    for lang in locales.CATALOGS:  # zh_Hant too: Traditional replies name every symptom
        assert [i for i in ids if not locales.has(f"symptom.{i}", lang)] == [], lang


def test_every_triage_rule_condition_is_understood() -> None:
    from bot.answers import new_facts
    from bot.triage import decide

    facts = new_facts()
    for complaint in load().complaints:
        facts["complaint"] = complaint.name
        assert decide(facts, load()).level == complaint.default_level


def test_short_answers_carry_no_emotion_whatever_the_classifier_says() -> None:
    state, _ = run(started(), parse("cough", symptoms=("cough",)))
    for short in (parse("bye", intent="goodbye", emotion="angry"), parse("no", intent="deny", emotion="sad")):
        actions = engine.step(state, short)
        assert not {"tone.angry", "tone.sad", "offer.human", "ask.self_harm"} & set(keys(actions))
        assert {r.tone for r in actions.replies} == {"neutral"}


def test_a_severity_word_alone_still_gets_the_0_to_10_question() -> None:
    said = parse("ひどい頭痛です", "ja", symptoms=("headache",), severity="severe", duration=5.0)
    state, log = run(started("ja", "JP"), said)
    assert state["awaiting"] == "severity" and keys(log[0]) == ["ask.severity"]
    state, log = run(state, parse("本当にひどいです", "ja", severity="severe"))
    assert keys(log[0]) == ["severity_band.ask_number", "ask.severity"] and state["facts"]["severity"] is None
    state, log = run(state, parse("7点くらい", "ja", severity=7))
    assert state["facts"]["severity"] == 7 and "ask.severity" not in keys(log[0])


def test_a_patient_who_says_she_is_not_pregnant_is_not_asked() -> None:
    said = parse("belly ache, I'm a woman, not pregnant", symptoms=("abdominal_pain",), pregnancy=False, age=30)
    state, _ = run(started(), said, parse("female"))
    state, actions = complete(state)
    assert actions.summary["pregnant"] is False


def test_conditions_in_the_first_message_fill_the_chronic_question() -> None:
    said = parse("I have diabetes and a foot wound that won't heal", symptoms=("wound",), condition="diabetes")
    state, _ = run(started(), said)
    state, actions = complete(state)
    assert actions.decision.level == "routine" and actions.summary["chronic"] == ["diabetes"]


def test_getting_worse_raises_the_level_and_answers_the_check_in() -> None:
    state, _ = run(started(), parse("sore throat", symptoms=("sore_throat",), duration=24.0, severity=3))
    state, _ = complete(state)
    asked = engine.checkin(state)
    better = engine.step(asked.state, parse("a lot better now", intent="inform", course="improving"))
    assert keys(better) == ["followup.better"]
    worse = engine.step(asked.state, parse("it's getting worse", intent="inform", course="worsening"))
    assert worse.decision.level == "routine" and "followup.worse" in keys(worse)
    state, _ = run(started(), parse("tummy ache getting worse", symptoms=("abdominal_pain",), course="worsening"))
    assert decide(state["facts"], load()).level == "urgent"
