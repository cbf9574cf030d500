"""The dialogue engine: conversation state + Parse + patient context -> actions.

Pure: no database, no clock, no network. The state is a JSON-able dict stored with the conversation, so a
conversation resumed after a restart or a week later continues where it was. Order of concerns in `step`:
safety first (suicidal statements, red flags, emergency rules: at once, even mid-question), then the
patient's wishes (a human, emotions), then the intake form for the chief complaint, then the decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

import locales
from bot import summary as summaries
from bot import urgency
from bot.answers import answer, harvest, is_known, new_facts, severity_band, word_answer, yes_no
from bot.domain import Domain, load
from bot.triage import Decision, atc_codes, decide, escalate, reason_texts
from nlu.quantities import weeks_pregnant
from nlu.text import han_script
from nlu.types import LANGS, Parse

STATE_VERSION = 1
LANG_CONFIDENCE = 0.5
INTENT_CONFIDENCE = 0.5
EMOTION_CONFIDENCE = 0.8
EMOTION_MIN_LETTERS = 6
# Intents whose messages carry no emotion to act on, with the confidence needed: gibberish reads as "angry" to
# the classifier, so a fairly sure out_of_scope is enough.
QUIET_INTENTS = {"affirm": 0.9, "deny": 0.9, "greet": 0.9, "goodbye": 0.9, "thank": 0.9, "out_of_scope": 0.5}
CONTEXT_FACTS = ("age", "sex", "pregnant", "chronic", "medications", "allergies")
RETURN_SIGNS_DAYS = 3


@dataclass
class Reply:
    key: str
    lang: str
    values: dict[str, Any] = field(default_factory=dict)
    tone: str = "neutral"
    script: str | None = None  # "Hant": a zh reply written in Traditional characters; the language stays zh

    @property
    def text(self) -> str:
        return locales.t(self.key, locales.variant(self.lang, self.script), **self.values)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "text": self.text, "lang": self.lang, "tone": self.tone, "script": self.script}


@dataclass
class Actions:
    """What one patient message leads to; the service applies all of it in one transaction."""

    state: dict[str, Any]
    replies: list[Reply] = field(default_factory=list)
    decision: Decision | None = None
    summary: dict[str, Any] | None = None
    handoff: str | None = None  # reason a human is requested
    alert: str | None = None  # reason staff must be alerted now
    followup_hours: float | None = None


def new_state(lang: str | None = None, country: str | None = None, script: str | None = None) -> dict[str, Any]:
    """A conversation before its first message: greeted in `lang` (else the country's language), and for Chinese in
    `script` (else the country's: Traditional in TW, HK, MO) until the patient's own writing says otherwise."""
    return {
        "version": STATE_VERSION,
        "lang": lang if lang in LANGS else locales.emergency(country).lang,
        "script": script or locales.emergency(country).script,
        "country": country,
        "stage": "new",
        "awaiting": None,
        "facts": new_facts(),
        "misses": 0,
        "slot_misses": 0,
        "offered_human": False,
        "self_harm_checked": False,
        "consent": None,
        "triage": None,
        "followup": None,
        "net_emergency": False,  # the learned safety net (bot/urgency.py) read a message as an emergency
    }


class _Turn:
    """One engine call: collects replies in the conversation's language with the tone chosen for the turn."""

    def __init__(self, state: dict[str, Any], domain: Domain, followup_hours: dict[str, float]) -> None:
        self.state = state
        self.domain = domain
        self.followup_hours = followup_hours
        self.tone = "neutral"
        self.actions = Actions(state=state)

    @property
    def lang(self) -> str:
        return self.state["lang"] or locales.FALLBACK_LANG

    @property
    def script(self) -> str | None:
        """The script replies are written in, when the language has a catalog for it (Traditional Chinese)."""
        script = self.state.get("script")
        return script if locales.variant(self.lang, script) != self.lang else None

    @property
    def locale(self) -> str:
        """The catalog of this turn's replies and of the phrases put into them (symptom names, reasons)."""
        return locales.variant(self.lang, self.script)

    @property
    def facts(self) -> dict[str, Any]:
        return self.state["facts"]

    @property
    def contacts(self) -> locales.EmergencyContacts:
        return locales.emergency(self.state["country"])

    def say(self, purpose: str, **values: Any) -> None:
        keys = self.domain.responses.get(purpose, purpose)
        for key in [keys] if isinstance(keys, str) else keys:
            self.actions.replies.append(Reply(key, self.lang, values, script=self.script))

    def done(self) -> Actions:
        for reply in self.actions.replies:
            reply.tone = self.tone
        return self.actions


def _copy(state: dict[str, Any]) -> dict[str, Any]:
    """The engine never changes its caller's state. It is JSON (stored as such), and a JSON round trip copies it
    several times faster than copy.deepcopy."""
    return json.loads(json.dumps(state))


def start(state: dict[str, Any]) -> Actions:
    """Open a conversation: greeting, what the assistant is and is not, and the consent question."""
    state = _copy(state)
    turn = _Turn(state, load(), load().followup_hours)
    _greet(turn)
    return turn.done()


def _greet(turn: _Turn) -> None:
    turn.say("greeting", emergency_number=turn.contacts.emergency)
    turn.state["stage"] = turn.state["awaiting"] = "consent"


def step(
    state: dict[str, Any],
    parse: Parse,
    context: dict[str, Any] | None = None,
    followup_hours: dict[str, float] | None = None,
    spoken: bool = False,
) -> Actions:
    """Move the conversation one patient message forward; `spoken`: its text is a voice note's transcript."""
    domain = load()
    state = _copy(state)
    state["facts"] = new_facts() | state["facts"]  # a conversation saved before a fact existed gets it, unknown
    turn = _Turn(state, domain, followup_hours or domain.followup_hours)
    _follow_language(state, parse, spoken)
    facts = state["facts"]
    # The record is the account holder's; a parent writing "my 6 week old son" tells the age and sex of the one who
    # is ill, and what the message says replaces what only the record said (eighteenth round).
    said = {e.type for e in parse.entities if e.type in ("age", "sex") and e.qualifier is None}
    from_record = [name for name in state.get("from_record", []) if name not in said]
    for name in set(state.get("from_record", [])) - set(from_record):
        facts[name] = None
    for name in CONTEXT_FACTS:
        if facts[name] is None and name not in said and context and context.get(name) is not None:
            facts[name] = context[name]
            from_record.append(name)
    state["from_record"] = from_record
    state["country"] = state["country"] or (context or {}).get("country")
    if state["stage"] == "new":
        _greet(turn)
    awaiting = state["awaiting"]

    crisis = any(f.id == "suicidal" for f in parse.red_flags)
    crisis |= any(e.value in domain.crisis_symptoms for e in parse.symptoms())
    if crisis or (awaiting == "self_harm" and yes_no(parse, domain)):
        harvest(facts, parse, domain)
        return _crisis(turn)

    previous_flags = list(facts["red_flags"])
    previous_symptoms = list(facts["symptoms"])
    if awaiting in domain.slots and domain.slots[awaiting].kind == "time":
        parse = _weeks_as_time(parse)
    learned = harvest(facts, parse, domain)
    answered = awaiting in domain.slots or awaiting in domain.red_flag_questions
    answered = answered and answer(awaiting, facts, parse, domain)
    new_symptoms = [s for s in facts["symptoms"] if s not in previous_symptoms]
    _choose_complaint(facts, domain)
    decision = _decide(state, facts, domain, parse)
    if decision.level == "emergency":
        already = (state["triage"] or {}).get("level") == "emergency" and facts["red_flags"] == previous_flags
        if not already or not (_intent(parse, "thank") or _intent(parse, "goodbye")):
            return _emergency(turn, decision, remind_only=already)

    if awaiting == "human_offer":
        said = yes_no(parse, domain)
        if said:
            return _handoff(turn, "asked_human")
        state["awaiting"] = None
    if _intent(parse, "ask_human"):
        return _handoff(turn, "asked_human")
    if awaiting == "self_harm":
        state["awaiting"] = None
    if _emotion_turn(turn, parse):
        return turn.done()

    stage = state["stage"]
    if stage in ("consent", "declined"):
        return _consent(turn, parse)
    if stage == "followup":
        return _followup_answer(turn, parse, learned)
    if stage == "done":
        return _after_decision(turn, parse, new_symptoms)
    if answered or learned:
        state["misses"] = state["slot_misses"] = 0
    elif awaiting in ("complaint", *domain.slots, *domain.red_flag_questions) and _misunderstood(turn, awaiting, parse):
        return turn.done()
    _next_question(turn)
    return turn.done()


def _weeks_as_time(parse: Parse) -> Parse:
    """Weeks alone said to "how long has it been?" ("12 weeks") are how long, no pregnancy (fifteenth round, F17)."""
    weeks = {(e.start, e.end) for e in weeks_pregnant(parse.text, opening_only=True)}
    kept = [e for e in parse.entities if not (e.type == "pregnancy" and (e.start, e.end) in weeks)]
    return replace(parse, entities=kept) if len(kept) < len(parse.entities) else parse


def _intent(parse: Parse, name: str, confidence: float = INTENT_CONFIDENCE) -> bool:
    return parse.intent.name == name and parse.intent.confidence >= confidence


def _follow_language(state: dict[str, Any], parse: Parse, spoken: bool = False) -> None:
    """Reply in the language the patient writes now; keep the last one for numbers, 'ok' and the like. Chinese
    replies follow the patient's characters the same way: Traditional or Simplified as last written (not as
    transcribed: Whisper writes a voice note in the characters it was prompted with, not the patient's)."""
    if parse.lang in LANGS and parse.lang_confidence >= LANG_CONFIDENCE:
        state["lang"] = parse.lang
    state["lang"] = state["lang"] or locales.FALLBACK_LANG
    if state["lang"] == "zh" and not spoken and (script := han_script(parse.text)):
        state["script"] = script


def _choose_complaint(facts: dict[str, Any], domain: Domain) -> None:
    """The intake for the symptoms said, leaving out those a condition also named accounts for ("panic disorder":
    the racing heart; "a stye": the sore, swollen eyelid). They still count for every triage rule."""
    if facts["complaint"] is None and facts["symptoms"]:
        explained = {s for named in facts["symptoms"] for s in domain.explained_by.get(named, ())}
        if facts["pregnant"] is True:  # fifteenth round (F7): passing urine often is pregnancy's (complaints.yml)
            explained |= domain.explained_by.get("pregnant", frozenset())
        # twentieth round (T20B): a medicine taken by its ATC code ("atc:B03A", iron: the anaemia it treats is known)
        codes, taken = atc_codes(), facts.get("medications") or ()
        for key, symptoms in domain.explained_by.items():
            if key.startswith("atc:") and any(codes.get(m, "").startswith(key[4:]) for m in taken):
                explained |= symptoms
        choosing = [s for s in facts["symptoms"] if s not in explained] or facts["symptoms"]
        complaint = domain.complaint_for(choosing)
        facts["complaint"] = complaint.name
        facts["chief"] = next((s for s in choosing if s in complaint.symptoms), choosing[0])


def _emotion_turn(turn: _Turn, parse: Parse) -> bool:
    """Shape the turn by the patient's emotion. True when the turn ends here (an offer or a check was made)."""
    emotion = _emotion(parse, turn.domain)
    state = turn.state
    if emotion == "angry" and not state["offered_human"]:
        turn.tone = "apologetic"
        turn.say(turn.domain.tones["angry"])
        _offer_human(turn)
        return True
    if emotion == "sad" and not state["self_harm_checked"]:
        turn.tone = "warm"
        turn.say(turn.domain.tones["sad"])
        turn.say("self_harm_check")
        state["self_harm_checked"] = True
        state["awaiting"] = "self_harm"
        return True
    if emotion == "anxious":
        turn.tone = "reassuring"
        turn.say(turn.domain.tones["anxious"])
    return False


def _emotion(parse: Parse, domain: Domain) -> str:
    """The emotion to act on. Short replies ("no", "bye", "7") and gibberish carry no feeling whatever a classifier
    says, and a wrongly apologetic or probing bot is worse than a neutral one: only clear signals in sentences count.
    """
    letters = sum(c.isalpha() for c in parse.text)
    if (
        parse.emotion.confidence < EMOTION_CONFIDENCE
        or letters < EMOTION_MIN_LETTERS
        or word_answer(parse, domain)
        or any(_intent(parse, name, confidence) for name, confidence in QUIET_INTENTS.items())
    ):
        return "neutral"
    return parse.emotion.name


def _offer_human(turn: _Turn) -> None:
    turn.say("offer_human")
    turn.state["offered_human"] = True
    turn.state["awaiting"] = "human_offer"


def _misunderstood(turn: _Turn, awaiting: str, parse: Parse) -> bool:
    """Count an answer that filled nothing. True when the turn ends with an apology and a human offered."""
    state, limit = turn.state, turn.domain.misunderstood_limit
    state["misses"] += 1
    state["slot_misses"] += 1
    if state["misses"] >= limit and not state["offered_human"]:
        turn.tone = "apologetic"
        turn.say(turn.domain.tones["misunderstood"])
        _offer_human(turn)
        return True
    if state["slot_misses"] >= limit and awaiting != "complaint":
        turn.facts["skipped"].append(awaiting)
        state["slot_misses"] = 0
        turn.say("skip")
    elif awaiting == "severity" and severity_band(parse):
        turn.say("severity_number")  # understood, but a number is what doctors compare at the next visit
    else:
        turn.say("not_understood")
    return False


def _consent(turn: _Turn, parse: Parse) -> Actions:
    said = yes_no(parse, turn.domain)
    if said:
        turn.state["consent"] = True
        turn.state["stage"] = "intake"
        turn.say("consent_thanks")
        _next_question(turn)
    elif said is False or turn.state["stage"] == "declined":
        turn.state["consent"] = False
        turn.state["stage"] = "declined"
        turn.say("consent_declined", emergency_number=turn.contacts.emergency)
    else:
        turn.say("consent_reask")
    return turn.done()


def _next_question(turn: _Turn) -> None:
    """Ask the first unknown question of the complaint's form, or decide when nothing is left to ask."""
    facts, domain, state = turn.facts, turn.domain, turn.state
    if facts["complaint"] is None:
        turn.say("ask_complaint")
        state["awaiting"] = "complaint"
        return
    complaint = domain.complaint(facts["complaint"])
    for name in complaint.ask:
        if not is_known(name, facts, complaint, domain):
            if state["awaiting"] != name:
                state["slot_misses"] = 0
            question = domain.slots[name].question if name in domain.slots else domain.red_flag_questions[name].question
            turn.say(question)
            state["awaiting"] = name
            return
    _announce(turn, _decide(state, facts, domain))


def _decide(state: dict[str, Any], facts: dict[str, Any], domain: Domain, parse: Parse | None = None) -> Decision:
    """The rules' decision, raised to emergency when the learned safety net read this message (or an earlier one
    of the conversation) as one; the net never lowers a level and red flags keep their own reasons."""
    decision = decide(facts, domain)
    if parse is not None and not state.get("net_emergency") and decision.level != "emergency":
        _, raised = urgency.shared().raise_level(parse.text, parse.embedding, decision.level)
        state["net_emergency"] = raised is not None
    return _net_raised(decision) if state.get("net_emergency") else decision


def _net_raised(decision: Decision) -> Decision:
    if decision.level == "emergency":
        return decision
    return Decision("emergency", (urgency.REASON,))


def shown(decision: Decision) -> Decision:
    """The decision as patients and doctors read it: the net's code is said as "a symptom that must be seen by a
    doctor" (records keep the code, so doctors see in the data why the level was raised)."""
    if not any(r.startswith("model:") for r in decision.reasons):
        return decision
    reasons = tuple(dict.fromkeys("serious_symptom" if r.startswith("model:") else r for r in decision.reasons))
    return Decision(decision.level, reasons, decision.red_flags)


def _record(turn: _Turn, decision: Decision) -> None:
    turn.state["triage"] = {"level": decision.level, "reasons": list(decision.reasons)}
    turn.state["stage"] = "done"
    turn.state["awaiting"] = None
    turn.actions.decision = decision
    turn.actions.summary = summaries.build(turn.facts, decision, turn.lang, turn.domain)


def _say_reasons(turn: _Turn, decision: Decision) -> None:
    texts = reason_texts(shown(decision), turn.facts, turn.locale, turn.domain)
    turn.say("reasons", reasons=locales.t("list.sep", turn.locale).join(texts))


def _announce(turn: _Turn, decision: Decision) -> None:
    """Tell the patient the decision and what follows from it: a doctor now, a consultation, or self-care."""
    if decision.level == "emergency":
        _emergency(turn, decision)
        return
    _record(turn, decision)
    turn.say(decision.level)
    _say_reasons(turn, decision)
    if decision.level == "urgent":
        turn.actions.handoff = "urgent"
        return
    if decision.level == "routine":
        turn.actions.handoff = "consultation"  # staff offer a video consultation slot from their queue
    if decision.level == "self_care":
        turn.say(turn.domain.complaint(turn.facts["complaint"] or "default").advice)
        turn.say("return_signs", days=RETURN_SIGNS_DAYS)
    hours = turn.followup_hours.get(decision.level)
    if hours:
        turn.actions.followup_hours = hours
        turn.state["followup"] = {"level": decision.level, "complaint": turn.facts["chief"]}
        turn.say("followup_scheduled", hours=f"{hours:g}")


def _emergency(turn: _Turn, decision: Decision, remind_only: bool = False) -> Actions:
    turn.tone = "urgent"
    turn.say("emergency", emergency_number=turn.contacts.emergency)
    if remind_only:
        return turn.done()
    specific = [f"meanwhile.{f}" for f in decision.red_flags if locales.has(f"meanwhile.{f}")]
    for key in specific or [turn.domain.responses["meanwhile"]]:
        turn.say(key)
    _say_reasons(turn, decision)
    _record(turn, decision)
    turn.actions.alert = "emergency"
    return turn.done()


def _crisis(turn: _Turn) -> Actions:
    """A suicidal statement: crisis line and emergency number of the patient's country at once, staff alerted."""
    facts = turn.facts
    if "suicidal" not in facts["red_flags"]:
        facts["red_flags"].append("suicidal")
    turn.tone = "crisis"
    contacts = turn.contacts
    turn.say("crisis", crisis_line=contacts.crisis, emergency_number=contacts.emergency)
    _record(turn, decide(facts, turn.domain))
    turn.actions.alert = "suicidal"
    turn.actions.handoff = "suicidal"
    return turn.done()


def _handoff(turn: _Turn, reason: str) -> Actions:
    turn.say("handoff")
    turn.actions.handoff = reason
    turn.state["awaiting"] = None
    return turn.done()


def _course(parse: Parse) -> str | None:
    """Worse or better, as the patient says it: nlu's course entity ("getting worse") first, else the intent."""
    courses = [e.value for e in parse.entities if e.type == "course"]
    if "worsening" in courses or (not courses and _intent(parse, "feeling_worse")):
        return "worse"
    if "improving" in courses or (not courses and _intent(parse, "feeling_better")):  # "aggravated" is neither
        return "better"
    return None


def _after_decision(turn: _Turn, parse: Parse, new_symptoms: list[str]) -> Actions:
    if _course(parse) == "worse":
        return _reassess(turn)
    if new_symptoms:
        return _new_complaint(turn, parse)
    if _intent(parse, "thank"):
        turn.say("thanks")
    elif _intent(parse, "goodbye") or yes_no(parse, turn.domain) is False:
        turn.say("goodbye")
    else:
        turn.say("anything_else")
    return turn.done()


def _new_complaint(turn: _Turn, parse: Parse) -> Actions:
    """A new problem after a decision: a fresh intake that keeps what is known about the patient."""
    facts = new_facts()
    for name in CONTEXT_FACTS:
        facts[name] = turn.facts[name]
    harvest(facts, parse, turn.domain)
    turn.state["facts"] = facts
    turn.state["stage"] = "intake"
    turn.state["awaiting"] = None
    _choose_complaint(facts, turn.domain)
    _next_question(turn)
    return turn.done()


def checkin(state: dict[str, Any]) -> Actions:
    """A follow-up check-in is due: ask how the complaint is now."""
    state = _copy(state)
    domain = load()
    turn = _Turn(state, domain, domain.followup_hours)
    chief = (state["followup"] or {}).get("complaint") or state["facts"]["chief"]
    name = locales.t(f"symptom.{chief}", turn.locale) if chief else locales.t("summary.unknown", turn.locale)
    turn.say("followup_ask", complaint=name)
    state["stage"] = state["awaiting"] = "followup"
    return turn.done()


def checkin_missed(state: dict[str, Any]) -> Actions:
    """No answer to a check-in within the set time: staff are alerted; the patient is not pestered."""
    state = _copy(state)
    state["stage"], state["awaiting"] = "done", None
    return Actions(state=state, alert="followup_unanswered")


def _followup_answer(turn: _Turn, parse: Parse, learned: bool) -> Actions:
    said, course = yes_no(parse, turn.domain), _course(parse)
    if course == "better" or (said is True and not learned):
        turn.say("followup_better")
        turn.state["stage"], turn.state["awaiting"], turn.state["followup"] = "done", None, None
        return turn.done()
    if course == "worse" or learned or said is False:
        return _reassess(turn)
    turn.say("not_understood")
    chief = turn.facts["chief"]
    turn.say("followup_ask", complaint=locales.t(f"symptom.{chief}", turn.locale) if chief else "")
    return turn.done()


def _reassess(turn: _Turn) -> Actions:
    """Worse than before: at least one level up from the last decision, or higher if the facts now say so."""
    previous = (turn.state["triage"] or {}).get("level", "self_care")
    candidates = (escalate(previous, turn.domain), _decide(turn.state, turn.facts, turn.domain))
    decision = max(candidates, key=lambda d: turn.domain.rank(d.level))
    turn.say("followup_worse")
    _announce(turn, decision)
    return turn.done()


def assess(parse: Parse) -> tuple[Decision, dict[str, Any]]:
    """Triage one narrative with the same rules as a conversation (for `vclinic triage`): nothing is asked.

    The intent classifier's "emergency" is not used (it over-triages); the learned safety net of bot/urgency.py,
    trained on triage vignettes and acting only when very sure, may raise the rules' level to emergency.
    """
    domain = load()
    facts = new_facts()
    harvest(facts, parse, domain)
    _choose_complaint(facts, domain)
    return _decide({}, facts, domain, parse), facts


def summary_text(summary: dict[str, Any], lang: str) -> str:
    """The doctor's summary in `lang` (the doctor's language from settings)."""
    reasons = shown(Decision(summary["level"], tuple(summary["reasons"]))).reasons
    return summaries.render({**summary, "reasons": list(reasons)}, lang, load())
