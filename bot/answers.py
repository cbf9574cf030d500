"""Turning a Parse into intake facts: the answer to the pending question, and everything else said unasked.

Facts are plain JSON values kept in the conversation state, so that a conversation survives restarts and can
be resumed days later. Nothing here talks to the patient.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bot.domain import Complaint, Domain, RedFlagQuestion, squash
from nlu.types import Entity, Parse

SEVERITY_BANDS = ("mild", "moderate", "severe")
CJK_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)(?![\d.])")
# "沒有痛", "不會痛" (it doesn't hurt): no pain (eleventh round)
# twelfth round: "doesnt/dont/didnt/isnt hurt" typed without the apostrophe
_DENIED_BEFORE = re.compile(r"(not|n't|no|never|esnt|dont|idnt|isnt|asnt|不|没|沒|没有|沒有|无|無|안|不會|不会|唔|冇)$")
# The denial must be the same clause's: "아파요 열은 없어요" (it hurts; no fever) ends the pain's clause at 요/다.
# Seventeenth round: "痛みもなし", a Japanese list denied together: "痛みも赤みもない" (neither pain nor redness), and
# "ずっと痛いわけじゃない" (it does not hurt, only a twinge).
_DENIED_AFTER = re.compile(
    r"(?:(?!요|다)[^\s]){0,3}?(않|없|ない|なく|ません|なかった|なし)"
    r"|み?[もや](?:赤み|腫れ|はれ|熱感|熱|しびれ|かゆみ|むくみ|出血)も(?:ない|なし|ありません)|いわけ(?:じゃ|では)な"
)
_TRIM = re.compile(r"[\s.,!?。、，！？~…ー-]+")


def new_facts() -> dict[str, Any]:
    return {
        "complaint": None,
        "chief": None,
        "symptoms": [],
        "negatives": [],
        "red_flags": [],
        "onset": None,
        "duration_h": None,
        "severity": None,
        "severity_band": None,
        "location": None,
        "character": None,
        "temperature": None,
        "systolic": None,
        "diastolic": None,
        "glucose": None,
        "pulse": None,  # fifteenth round: beats a minute, as said ("pulse 38", "脈が150")
        "spo2": None,  # fifteenth round: oxygen saturation %, the lowest said ("sats 88", "血氧88")
        "cholesterol": None,  # seventeenth round: a check-up's total cholesterol, mmol/L ("总胆固醇7.6")
        "ldl": None,  # seventeenth round: its LDL, mmol/L ("低密度5.2", "LDLコレステロールが200")
        # eighteenth round (D2): other blood results ("TSH 12", "a1c 6.1", "尿酸520", "ferritin 6", "hemoglobin 104")
        "tsh": None,  # mIU/L
        "hba1c": None,  # %
        "urate": None,  # µmol/L
        "ferritin": None,  # µg/L, the lowest said
        "haemoglobin": None,  # g/L, the lowest said
        "potassium": None,  # mmol/L, the first said (too high and too low both matter)
        "age": None,
        "sex": None,
        "child": None,  # nineteenth round (GAPS2): a child word said of the one who is ill (子ども, 아이, 孩子, my son)
        "pregnant": None,
        "postpartum": None,  # thirteenth round: a birth in the last six weeks (True), or longer ago (False)
        "onset_sudden": None,  # thirteenth round: "suddenly" said, even when the onset kept is a day ("昨天…突然")
        "chronic": None,
        "medications": None,
        "allergies": None,
        "associated": None,
        "course": None,
        "body_parts": [],
        "said": [],  # red-flag questions whose yes_phrases the patient used
        "answers": {},
        "skipped": [],
        "codes": {},
    }


def _plain(text: str) -> str:
    return _TRIM.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def _numbers(text: str) -> list[float]:
    text = unicodedata.normalize("NFKC", text)
    found = [float(n) for n in _NUMBER.findall(text)]
    return found or [float(CJK_NUMERALS[c]) for c in text if c in CJK_NUMERALS]


def word_answer(parse: Parse, domain: Domain) -> str | None:
    """'yes', 'no', 'female' or 'male' when the whole message is one such word; else None."""
    plain = _plain(parse.text)
    return next((k for k, words in domain.answer_words.items() if plain in words), None)


def sex_answer(parse: Parse, domain: Domain) -> str | None:
    """'female' or 'male' from "여자예요", "女性です", "I'm a woman": a listed word alone, or a longer one inside."""
    plain = squash(_plain(parse.text))
    for sex in ("female", "male"):  # female first: "female" contains "male", "woman" contains "man"
        for word in domain.answer_words[sex]:
            if word == plain or (len(word) >= (3 if word.isascii() else 2) and word in plain):
                return sex
    return None


def yes_no(parse: Parse, domain: Domain) -> bool | None:
    word = word_answer(parse, domain)
    if word in ("yes", "no"):
        return word == "yes"
    if parse.intent.name in ("affirm", "deny"):
        return parse.intent.name == "affirm"
    return None


def _entities(parse: Parse, kind: str) -> list[Any]:
    return [e.value for e in parse.entities if e.type == kind and e.value is not None]


def _severity(value: Any) -> int | None:
    """A 0-10 number; a word ("very bad", "ひどい") is no answer to "how strong, 0 to 10?" (it is a band)."""
    return max(0, min(10, round(float(value)))) if isinstance(value, int | float) else None


def severity_band(parse: Parse) -> list[str]:
    """Severity said in words ("very bad" -> "severe"): a provisional band, never the 0-10 answer."""
    return [v for v in _entities(parse, "severity") if isinstance(v, str)]


def _pregnant(e: Entity) -> bool | None:
    """Weeks or a pregnancy said ("I'm pregnant"), or False for "I'm not pregnant". A doubt ("could I be pregnant?")
    or a past pregnancy ("when I was pregnant"), which nlu qualifies, is no answer (fifteenth round, F1)."""
    if e.value is False:
        return False
    return True if e.value is not None and e.qualifier is None else None


def _blanked(squashed: str, phrases: tuple[str, ...]) -> str:
    """`squashed` with these phrases blanked out: a yes phrase said inside one of them is not said (17th round)."""
    for phrase in phrases:
        squashed = squashed.replace(phrase, "_" * len(phrase))
    return squashed


def _says(squashed: str, phrase: str) -> bool:
    """`phrase` said and not denied next to it: "it's not deep", "깊지 않아요", "深くない", "不深" are no yes."""
    if phrase not in squashed:  # nearly always: a message answers few of the questions there are
        return False
    for m in re.finditer(re.escape(phrase), squashed):
        before = squashed[max(0, m.start() - 4) : m.start()]
        if not (_DENIED_BEFORE.search(before) or _DENIED_AFTER.match(squashed, m.end())):
            return True
    return False


# Symptoms that together are one more specific complaint (eighth round): a chest pain that pressing or twisting
# brings back is the chest wall's (the chest_wall intake, bot/data/complaints.yml).
_COMBINED = (
    ("chest_wall_pain", ("chest_pain", "tender_to_press")),
    # Tenth round: a stubbed toe (not the big toe), walking as usual and its usual shape: no X-ray (NHS broken toe).
    ("minor_toe_injury", ("stubbed_toe", "walks_normally", "no_deformity")),
    # Eleventh round. A panic attack after which the heart was already checked and found normal: no first attack to
    # examine (panic_not_diagnosed, triage.yml); it is read as a known panic disorder is (complaints.yml explained_by).
    ("panic_known", ("panic_attack", "heart_checked_normal")),
    # Sixteenth round. The same attack told by its signs, the racing heart, the breath and the numb or tingling hands of
    # over-breathing, the heart checked normal before ("心跳很快、手麻、喘不过气…心脏检查都正常"); a chest pain or a
    # faint keeps its own rules.
    ("panic_known", ("palpitations", "shortness_of_breath", "numbness", "heart_checked_normal")),
    ("panic_known", ("palpitations", "shortness_of_breath", "tingling", "heart_checked_normal")),
    # Nineteenth round (LEFT). The racing heart and the breath alone, the heart checked normal after a like attack
    # before ("심장 막 뛰고 숨막히는 느낌…괜찮아졌고…심장검사 했는데 정상"); from 40 or for hours, triage.yml
    # palpitations_breathless sees it the same day; a chest pain or a faint keeps its rules.
    ("panic_known", ("palpitations", "shortness_of_breath", "heart_checked_normal")),
    # Eleventh round. A low mood with daily life kept up (sleeping, eating, work as usual) and self-harm denied
    # (_COMBINED_DENIED): the coping low mood intake (complaints.yml low_mood_coping, self-care for two weeks).
    ("low_mood_coping", ("depressed_mood", "daily_life_kept")),
    # Seventeenth round. Swollen legs or ankles that go down overnight ("夕方に足がむくむけど朝には引いてます"): the
    # swelling of sitting or standing long (complaints.yml dependent_oedema; triage.yml dependent_oedema_* keep the
    # rest examined).
    ("dependent_oedema", ("leg_swelling", "swelling_settles")),
    ("dependent_oedema", ("swelling", "swelling_settles")),
    # Seventeenth round. Insect bites or stings red and swollen ("빨갛게 부어오르긴 했는데", cellulitis as nlu reads
    # it) and said not to be spreading: the bites' own reaction (complaints.yml bite_reaction; triage.yml needs_exam
    # skips it).
    ("bite_reaction", ("insect_bite", "cellulitis", "size_stable")),
    ("bite_reaction", ("bee_sting", "cellulitis", "size_stable")),
    # Twentieth round (B17). The same red, swollen bites said to itch ("모기 엄청 물렸어요 … 빨갛게 부어오르고 너무
    # 가려움"): the itch is the bites' allergic local reaction (NHS insect bites: red, swollen and itchy, home
    # care); an infection is sore and hot rather than itchy. Spreading redness (rf_redness_spreading), pus or a
    # fever keep their own rules.
    ("bite_reaction", ("insect_bite", "cellulitis", "itching")),
    ("bite_reaction", ("bee_sting", "cellulitis", "itching")),
    # Nineteenth round (D19). The injection site red, swollen, warm and sore in the days after a vaccine
    # ("予防接種したところが赤く腫れて熱をもって"): the expected local reaction (Schmitt-Thompson Immunization
    # Reactions, up to three days; triage.yml vaccine_reaction_days keeps it examined after that, a fever its rules).
    ("vaccine_reaction", ("vaccination", "cellulitis")),
    # Nineteenth round (LEFT). A tender lump under the nipple said with puberty's signs ("乳头下面有个硬硬的小疙瘩…
    # 他最近正在蹿个子"): the breast bud of puberty (complaints.yml explained_by; triage.yml lump rules skip it).
    ("pubertal_breast", ("puberty", "lump")),
    ("pubertal_breast", ("puberty", "breast_lump")),
    ("pubertal_breast", ("puberty", "breast_pain")),
    # Nineteenth round (E19O). A discharge said with no smell or no itch ("白っぽくて、においやかゆみはない"): no
    # sign of an infection; in pregnancy more of it is usual (triage.yml vaginal_discharge_exam examines it otherwise).
    ("discharge_usual", ("vaginal_discharge",)),
)
# Combined concepts that also need one of these denied ("no thoughts of hurting myself", "死にたいとかは思ってない").
_COMBINED_DENIED = {"low_mood_coping": ("suicidal_thoughts", "self_harm"),
                    "discharge_usual": ("discharge_smell", "itching", "vaginal_itching")}
# Twentieth round (B17): combined concepts not formed when the patient answers this red-flag question yes unasked: bites
# that itch but whose redness is spreading ("빨갛게 부어오르고 가려운데 점점 번져요") keep the cellulitis intake and its
# spreading finding.
_COMBINED_UNLESS_SAID = {"bite_reaction": "rf_redness_spreading"}


def _said_yes(domain: Domain, text: str, question: str | None) -> bool:
    """Whether the message says a yes phrase of the red-flag question `question` (not denied next to it)."""
    q = domain.red_flag_questions.get(question) if question else None
    return q is not None and _yes_in(squash(text), q)


def _yes_in(squashed: str, q: RedFlagQuestion) -> bool:
    """Whether the squashed message says a yes phrase of `q`, not denied next to it nor inside its `yes_unless`."""
    blanked = _blanked(squashed, q.yes_unless)
    return any(_says(blanked, p) for p in q.yes_phrases)


def _add(items: list[str], new: list[str]) -> bool:
    added = [x for x in new if x not in items]
    items.extend(added)
    return bool(added)


def _body_part_pain(parse: Parse, domain: Domain) -> list[str]:
    """Pain symptoms for body parts named with a pain word but with no symptom of their own in the message.
    A pain word denied next to it ("no pain", "不疼", "안 아파요", "痛くない") is no pain (seventh round); a body part
    nlu qualified (denied, inside a condition's name, a skin lesion's site) is no pain site."""
    # a pain word inside a denied symptom's words is no pain ("腳踝都腫腫的…沒有頭痛": no ankle pain; nineteenth
    # round, E19O)
    text = list(parse.text)
    for e in parse.entities:
        if e.type == "symptom" and e.value in parse.negated:
            text[e.start : e.end] = "_" * (e.end - e.start)
    squashed = squash("".join(text))
    if not any(_says(squashed, w) for w in domain.pain_words):
        return []
    # a condition named only as a history, a worry or a question covers no site (nineteenth round, D19: "had a kidney
    # stone last year ... today my side hurts again" keeps the side's pain)
    covered = {domain.symptom_body_part.get(e.value) for e in parse.entities
               if e.type == "symptom" and e.qualifier not in ("feared", "history", "asked")}
    if "breast" in covered:  # twelfth round: 胸/가슴/胸部 said of a breast symptom is its site, no chest pain
        covered.add("chest")
    if "muscle_cramp" in {e.value for e in parse.entities if e.type == "symptom"}:
        covered |= {"leg", "foot"}  # sixteenth round: "ふくらはぎがつって、激痛": the leg's pain is the cramp's
    # a part inside a symptom's own words is that symptom's ("hasn't had a bowel movement": no bowel pain; 14th round)
    spans = [(e.start, e.end) for e in parse.entities if e.type == "symptom"]
    parts = [e.value for e in parse.entities
             if e.type == "body_part" and e.value not in covered and e.qualifier is None
             and not any(a <= e.start and e.end <= b for a, b in spans)]
    return [domain.body_part_pain[p] for p in parts if p in domain.body_part_pain]


def harvest(facts: dict[str, Any], parse: Parse, domain: Domain) -> bool:
    """Keep everything the message says, asked or not; never overwrite a fact already known. True if new."""
    # "a burning pain" is no burn; a stroke feared for later (twelfth round) or long past (thirteenth) is no stroke now
    # nor one only asked about ("is this a stroke?", fourteenth round): the red flag stroke_signs decides that one
    unsaid = ("sensation", "feared", "history", "asked")
    said_symptoms = [e.value for e in parse.symptoms() if e.qualifier not in unsaid]
    # a snorer's saturation dipping in the sleep (a watch's record, nlu qualifier "asleep"): a sleep apnoea's sign
    # (eighteenth round, D2)
    snorer = "snoring" in said_symptoms
    if snorer and any(e.type == "spo2" and e.qualifier == "asleep" for e in parse.entities):
        said_symptoms.append("sleep_apnoea")
    # a low sugar put right: the low reading superseded by a normal recheck ("meter said 3.2 … rechecked 20 min later
    # and its 7.1"; nlu qualifies the first "history") is a hypo recovered (nineteenth round, LEFT; C19's concept)
    sugars = [e for e in parse.entities if e.type == "glucose" and isinstance(e.value, int | float)]
    if any(e.qualifier == "history" and e.value < 70 for e in sugars) and any(
        e.qualifier is None and e.value >= 70 for e in sugars
    ):
        said_symptoms.append("hypo_recovered")
    changed = _add(facts["symptoms"], said_symptoms + _body_part_pain(parse, domain))
    denied = {*facts["negatives"], *parse.negated}
    combined = [c for c, parts in _COMBINED if all(s in facts["symptoms"] for s in parts)
                and (c not in _COMBINED_DENIED or any(d in denied for d in _COMBINED_DENIED[c]))
                and not _said_yes(domain, parse.text, _COMBINED_UNLESS_SAID.get(c))]
    changed |= _add(facts["symptoms"], list(dict.fromkeys(combined)))  # one concept may be formed two ways
    facts["codes"].update({e.value: e.code for e in parse.entities if e.type == "symptom" and e.code})
    facts["negatives"] = [n for n in facts["negatives"] if n not in facts["symptoms"]]
    changed |= _add(facts["negatives"], [n for n in parse.negated if n not in facts["symptoms"]])
    changed |= _add(facts["red_flags"], [f.id for f in parse.red_flags])
    parts = [str(e.value) for e in parse.entities
             if e.type == "body_part" and e.value is not None and e.qualifier not in ("denied", "in_condition")]
    _add(facts["body_parts"], parts)  # context, not news; a part named to deny a problem there is none (eighth round)
    pressures = [v for v in _entities(parse, "blood_pressure") if isinstance(v, dict)]
    worst = max(pressures, key=lambda v: (v["systolic"], v["diastolic"] or 0), default={})  # "上が78": no diastolic
    simple = {
        "duration_h": [
            float(e.value)
            for e in parse.entities
            if e.type == "duration" and isinstance(e.value, int | float) and e.qualifier != "history"
        ],
        "onset": [str(v) for v in _entities(parse, "onset")],
        "severity": [s for s in map(_severity, _entities(parse, "severity")) if s is not None],
        "temperature": [float(v) for v in _entities(parse, "temperature") if isinstance(v, int | float)],
        "systolic": [worst["systolic"]] if worst else [],
        "diastolic": [worst["diastolic"]] if worst else [],
        # a reading superseded by a recheck after sweets or juice ("3.2 … rechecked 7.1") is history: the last counts
        "glucose": [float(e.value) for e in parse.entities
                    if e.type == "glucose" and isinstance(e.value, int | float) and e.qualifier is None],
        "pulse": [float(v) for v in _entities(parse, "pulse") if isinstance(v, int | float)],
        # a snorer's dip in the sleep a watch recorded is no saturation now (eighteenth round, D2: qualifier "asleep")
        "spo2": [float(e.value) for e in parse.entities
                 if e.type == "spo2" and isinstance(e.value, int | float) and (e.qualifier is None or not snorer)],
        "cholesterol": [float(v) for v in _entities(parse, "cholesterol") if isinstance(v, int | float)],
        "ldl": [float(v) for v in _entities(parse, "ldl") if isinstance(v, int | float)],
        **{lab: [float(v) for v in _entities(parse, lab) if isinstance(v, int | float)]
           for lab in ("tsh", "hba1c", "urate", "ferritin", "haemoglobin", "potassium")},  # eighteenth round (D2)
        "sex": [str(v) for v in _entities(parse, "sex") if v in ("female", "male")],  # "24f", "35M" (15th round)
        "child": [True] if _entities(parse, "child") else [],  # nineteenth round (GAPS2)
        # an age nlu qualified ("someone_else": the nursed baby's, the patient being the mother) is not the patient's
        "age": [float(e.value) for e in parse.entities
                if e.type == "age" and isinstance(e.value, int | float) and e.qualifier is None],
        "pregnant": [p for p in map(_pregnant, [e for e in parse.entities if e.type == "pregnancy"]) if p is not None],
        # days since a birth, or True (no time said): pre-eclampsia occurs up to six weeks after it (NICE NG133)
        "postpartum": [any(d is True or d <= 42 for d in births)] if (births := _entities(parse, "postpartum")) else [],
        "onset_sudden": [True] if "sudden" in _entities(parse, "onset") else [],
    }
    bands = [b for b in (facts["severity_band"], *severity_band(parse)) if b in SEVERITY_BANDS]
    facts["severity_band"] = max(bands, key=SEVERITY_BANDS.index, default=None)  # no news: the number is still asked
    for name, values in simple.items():
        if values and facts[name] is None:
            # The longest time said is how long the problem has lasted; the worst reading is the one that counts.
            highest = ("duration_h", "severity", "temperature", "cholesterol", "ldl", "tsh", "hba1c", "urate")
            facts[name] = max(values) if name in highest else values[0]
            facts[name] = min(values) if name in ("spo2", "ferritin", "haemoglobin") else facts[name]
            changed = True
    courses = [str(v) for v in _entities(parse, "course")]
    course = "worsening" if "worsening" in courses else (courses or [None])[0]
    if course and facts["course"] in (None, "improving", "aggravated") and course != facts["course"]:
        facts["course"] = course  # once worse, a later "better" does not undo it for triage
        changed = True
    if facts["temperature"] is not None and facts["temperature"] >= 38.0:
        changed |= _add(facts["symptoms"], ["fever"])
    squashed = squash(parse.text)
    said = [
        q.name
        for q in domain.red_flag_questions.values()
        if _yes_in(squashed, q)
        and not set(q.yes_unless_if) & set(facts["symptoms"])  # "갱년기라 식은땀": the menopause's sweat (19th round)
    ]
    _add(facts["said"], said)
    for name, kind in (("chronic", "condition"), ("medications", "medication"), ("allergies", "allergy")):
        # a condition only feared or asked about ("是不是心臟病", "당뇨일까요") is no illness known (15th round, F10)
        values = [str(e.value) for e in parse.entities
                  if e.type == kind and e.value is not None and e.qualifier not in ("feared", "asked", "family")]
        if values:
            facts[name] = facts[name] or []
            changed |= _add(facts[name], values)
        elif facts[name] is None and any(p in squashed for p in domain.none_phrases[name]):
            facts[name] = []
            changed = True
    return changed


def implied_answers(facts: dict[str, Any], complaint: Complaint, domain: Domain) -> dict[str, bool]:
    """Red-flag questions of this complaint answered explicitly or by symptoms already reported."""
    answers = dict(facts["answers"])
    for name in complaint.ask:
        q = domain.red_flag_questions.get(name)
        if q is None or name in answers:
            continue
        if (
            any(s in facts["symptoms"] for s in q.yes_if)
            or any(p in facts["body_parts"] for p in q.yes_if_parts)
            or name in facts["said"]
        ):
            answers[name] = True
        elif any(s in facts["negatives"] for s in q.no_if):
            answers[name] = False
    return answers


def is_known(name: str, facts: dict[str, Any], complaint: Complaint, domain: Domain) -> bool:
    """Whether a question needs no asking: answered, skipped, implied, or irrelevant for this patient."""
    if name in facts["skipped"]:
        return True
    if name in domain.red_flag_questions:
        return name in implied_answers(facts, complaint, domain)
    if name == "onset":
        return facts["onset"] is not None or facts["duration_h"] is not None
    if name == "associated":
        others = [s for s in facts["symptoms"] if s not in complaint.symptoms]
        return facts["associated"] is not None or bool(others) or bool(facts["negatives"])
    slot = domain.slots[name]
    if slot.only_if and not _applies(slot.only_if, facts):
        return True
    return facts[name] is not None


def _applies(only_if: dict[str, Any], facts: dict[str, Any]) -> bool:
    if "sex" in only_if and facts["sex"] not in (None, only_if["sex"]):
        return False
    low, high = only_if.get("age_between", (None, None))
    return facts["age"] is None or low is None or low <= facts["age"] <= high


def answer(name: str, facts: dict[str, Any], parse: Parse, domain: Domain) -> bool:
    """Fill the pending question `name` from the message. True when it was answered."""
    if name in domain.red_flag_questions:
        value = yes_no(parse, domain)
        if value is None:
            return False
        facts["answers"][name] = value
        return True
    kind = domain.slots[name].kind
    text = parse.text.strip()
    said = yes_no(parse, domain)
    numbers = _numbers(text)
    if kind == "time":
        if facts["onset"] is None and facts["duration_h"] is None and numbers:
            facts["onset"] = text
        return facts["onset"] is not None or facts["duration_h"] is not None
    if kind == "scale":
        if facts["severity"] is None:
            in_range = [n for n in numbers if 0 <= n <= 10]
            facts["severity"] = round(in_range[0]) if len(in_range) == 1 else None
        return facts["severity"] is not None
    if kind == "temperature":
        if facts["temperature"] is None:
            plausible = [n for n in numbers if 34 <= n <= 43.5]
            facts["temperature"] = plausible[0] if plausible else None
            if facts["temperature"] is not None and facts["temperature"] >= 38.0:
                _add(facts["symptoms"], ["fever"])
        if facts["temperature"] is None and said is False:
            facts["skipped"].append(name)  # not measured: nothing more to learn by asking again
        return facts["temperature"] is not None or said is False
    if kind == "age":
        if facts["age"] is None:
            plausible = [n for n in numbers if 0 <= n <= 120]
            facts["age"] = plausible[0] if len(plausible) == 1 else None
        return facts["age"] is not None
    if kind == "sex":
        sex = sex_answer(parse, domain)
        if sex:
            facts["sex"] = sex
        return facts["sex"] is not None
    if kind == "yes_no":
        if said is not None:
            facts[name] = said
        return said is not None
    if kind == "symptoms":
        if (
            said is False
            or parse.negated
            or any(s not in domain.complaint(facts["complaint"]).symptoms for s in facts["symptoms"])
        ):
            facts["associated"] = True
        return facts["associated"] is not None
    if kind == "text":
        if facts[name] is None and text and said is None:
            facts[name] = text
        return facts[name] is not None
    # conditions, medications, allergies: named things, or "no"
    if said is False:
        facts[name] = facts[name] or []
    elif facts[name] is None and text and said is None:
        facts[name] = [text]
    return facts[name] is not None
