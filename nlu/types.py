"""The value `nlu.parse()` returns: one patient message, understood.

Kept in its own module so that `bot` (and tests) can depend on the shape without loading any model.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

LANGS = ("ko", "en", "zh", "ja")
UNDETERMINED = "und"

INTENTS = (
    "greet",
    "goodbye",
    "thank",
    "affirm",
    "deny",
    "report_symptom",
    "emergency",
    "ask_human",
    "book_appointment",
    "ask_medication",
    "out_of_scope",
    "inform",  # answers a pending question with a value: "since Tuesday", "7", "사흘 전부터"
    "feeling_better",  # follow-up check-in answer: improving
    "feeling_worse",  # follow-up check-in answer: not improving or worse
)

RED_FLAGS = (
    "chest_pain_cardiac",  # chest pain with radiation (arm, jaw, back) or sweating
    "stroke_signs",  # face droop, arm/leg weakness, speech trouble
    "breathing_severe",  # severe breathing difficulty, cannot speak, blue lips
    "anaphylaxis",  # throat/tongue swelling, allergic reaction with breathing trouble
    "heavy_bleeding",  # bleeding that will not stop, soaking
    "gi_bleeding",  # vomiting blood, black/tarry stool, blood in vomit
    "loss_of_consciousness",  # fainted, passed out, unresponsive
    "seizure",  # convulsions, fitting
    "thunderclap_headache",  # sudden, worst-ever headache
    "meningism",  # fever with stiff neck
    "suicidal",  # suicidal intent or self-harm
    "overdose_poisoning",  # took too many pills, swallowed poison/bleach
    "infant_fever",  # fever in an infant under three months
    "pregnancy_pain_bleeding",  # pregnant with abdominal pain or vaginal bleeding
    "head_injury_anticoagulant",  # head injury while on blood thinners
    "emergency_request",  # asks for an ambulance / says they are dying
    # Seventh round (concepts from blind round 4).
    "sudden_vision_loss",  # sudden loss of sight, a curtain or shadow over part of the view
    "bowel_obstruction",  # no stool and no wind with vomiting or a swollen belly
    "sepsis",  # an infection with low blood pressure, a clouded mind or cold mottled limbs
    "reduced_fetal_movements",  # the baby moving less or not at all from 28 weeks
    "severe_burn",  # a deep (white, leathery, charred) or large burn, or burns of the airway
    "severe_dehydration",  # no urine for many hours with no tears, floppiness or sunken eyes
    "hip_fracture",  # after a fall: cannot stand, the leg short or turned out
    # Eighth round (concepts from blind round 5).
    "button_battery",  # a button/coin battery swallowed or missing near a young child, even if the child seems well
    "pre_eclampsia",  # late pregnancy: a headache with flashing lights/blurred vision or a swollen face or hands
    "diabetic_ketoacidosis",  # diabetes with ketones or a "HI" meter reading and vomiting or deep fast breathing
    "acute_pancreatitis",  # severe upper belly pain going through to the back with repeated vomiting
    "acute_glaucoma",  # a painful red eye with haloes round lights, blurred sight, headache or vomiting
    # Thirteenth round (V1).
    "appendicitis",  # belly pain that began around the navel or upper belly and moved to the lower right
    "venomous_bite",  # a snake bite with swelling or pain spreading, dizziness or bleeding
    # Fourteenth round (Z3).
    "heatstroke",  # hot and confused, collapsed or not sweating after heat or exertion in the heat
    "aortic_dissection",  # a sudden tearing or ripping pain in the chest or between the shoulder blades
    "pulmonary_embolism",  # after a long flight, drive or operation: a swollen leg, then breathless or chest pain
    # Fifteenth round (F8).
    "rhabdomyolysis",  # after hard exercise or a crush: swollen, very painful muscles with dark (cola, tea) urine
    "severe_skin_reaction",  # a new medicine, then mouth sores or red eyes with a blistering, peeling rash (SJS/TEN)
    # Fifteenth round (F16).
    "severe_hypoglycaemia",  # on insulin or a sulfonylurea: sweating or shaking, a clouded mind or unable to swallow
    # Sixteenth round (JA_EM).
    "compartment_syndrome",  # after a crush or in a cast: a limb swollen tight, pain painkillers do not touch, numbness
    # Sixteenth round (ZH_EM).
    "acute_psychosis",  # voices or false beliefs with danger: told to harm, a weapon, a new mother's about her baby
    # Sixteenth round (late).
    "struck_by_vehicle",  # a pedestrian or cyclist hit, knocked down or run over by a car, bus, lorry or van
    # Seventeenth round.
    "severe_dengue",  # dengue with a warning sign: bleeding gums or nose, belly pain, repeated vomiting, drowsy (WHO)
    "major_trauma",  # a fall from a height (a roof, scaffolding, 3 m), or numb or unmovable legs after a fall or crash
    "altitude_illness",  # high on a mountain: a staggering walk, confusion or drowsiness, or breathless at rest
    # Eighteenth round (A).
    "swallowed_magnets",  # magnets swallowed (they pull together through the bowel walls), even if the child seems well
    # Eighteenth round (C1).
    "deformed_limb",  # after an injury an arm, wrist or leg out of shape, bent at an odd angle, or bone showing
    # Eighteenth round (E).
    "amputation",  # a finger, thumb or toe, or its tip, cut or torn off
    # Nineteenth round (B19).
    "tetanus",  # after a puncture or dirty wound: the jaw locked (the mouth will not open), a stiff neck or spasms
    # Twentieth round (T20D-U).
    "oesophageal_foreign_body",  # food or a bone stuck in the gullet: water or saliva will not go down, or chest pain
    "deep_neck_infection",  # a tooth or gum infection swelling down into the neck or under the tongue (Ludwig's angina)
)

EMOTIONS = ("neutral", "anxious", "sad", "angry", "happy")


@dataclass(frozen=True)
class Entity:
    """A span of the message with its meaning.

    `value` is normalised per type: symptom -> concept id, duration -> hours (float), temperature -> °C,
    glucose -> mg/dL, blood_pressure -> {"systolic", "diastolic"}, severity -> 0..10 int or
    "mild|moderate|severe", age -> years, medication/allergy -> generic name, onset -> ISO or relative text,
    pregnancy -> weeks, True or False (denied), condition -> chronic condition id (conditions.yml),
    course -> "worsening", "improving" or "aggravated" (worse when doing something: no course; eleventh round).
    pulse -> beats a minute (int), spo2 -> oxygen saturation % (int), sex -> "female" or "male" ("24f", "m42"), the
    three fifteenth round; a glucose reading a later recheck superseded is qualified "history"; a snorer's spo2 a
    watch recorded in the sleep "asleep". Blood results (eighteenth round): tsh -> mIU/L, hba1c -> %, urate -> µmol/L,
    ferritin -> µg/L, haemoglobin -> g/L, potassium -> mmol/L. child -> True: a child word said of the one who is ill
    (子ども, 아이, 孩子, 個仔, "my son"; nineteenth round).
    `code` is the ICD-10 code (symptoms and conditions) where one fits.
    `qualifier` (nlu/qualify.py) says when the span does not mean what its type says: a symptom "sensation"
    ("a burning pain" is no burn), a body part "denied" (no problem there) or "in_condition" (inside a
    condition's name) or "lesion_site" (where a skin lesion in the clause sits), a duration "history" (how long
    ago a past procedure was), an age "someone_else" (a nursed baby's, the patient being the mother), a pregnancy
    "doubt" ("could I be pregnant?") or "past" ("when I was pregnant"): only one said is trusted (fifteenth round); a
    condition "family" (a relative's, "Father was diabetic": no illness of the patient's; nineteenth round).
    """

    type: str
    text: str
    start: int
    end: int
    value: Any = None
    code: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class RedFlag:
    id: str
    trigger: str  # the words in the message that raised it


@dataclass(frozen=True)
class Scored:
    name: str
    confidence: float


@dataclass
class Parse:
    text: str
    lang: str = UNDETERMINED
    lang_confidence: float = 0.0
    intent: Scored = field(default_factory=lambda: Scored("out_of_scope", 0.0))
    intent_ranking: list[Scored] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    emotion: Scored = field(default_factory=lambda: Scored("neutral", 0.0))
    red_flags: list[RedFlag] = field(default_factory=list)
    negated: list[str] = field(default_factory=list)  # symptom concept ids the patient said are absent
    # The sentence embedding the models read (numpy, 512 floats): other models reuse it instead of encoding again.
    embedding: Any = field(default=None, repr=False, compare=False)

    def symptoms(self) -> list[Entity]:
        """Symptom entities present (not negated)."""
        return [e for e in self.entities if e.type == "symptom" and e.value not in self.negated]

    def to_dict(self) -> dict[str, Any]:
        """The parse as JSON-ready data (without the embedding)."""
        data = asdict(replace(self, embedding=None))
        del data["embedding"]
        return data
