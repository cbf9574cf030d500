"""Words read inside other words, and denials not read. Each case that no longer raises has a twin next to it that
still must. Sentences of our own; none is in the training, evaluation or vignette data.

Collisions: 発作/발작 (an attack) said of another complaint is no seizure (`nlu/lexicon.py`, ko `unless:`);
복숭아뼈 (the ankle bone) is no peach; Japanese kana names inside other words (うで in 出そうで, くび in びくびく);
blood on the tissue after blowing the nose is a nosebleed (`injury:` of blood_in_stool, with `unless:`); English
honours blocklist.yml, whose entries no longer swallow a complaint ("burning pain", "itching to the point").
Denials (`nlu/negation.py`): a Korean medicine's stem with the rest of its name then 안 먹어요; a Korean adjective's
own negative (빨갛지 않아요); a Korean past statement ends its sentence and "fine" does not undo a missed dialysis;
ja "と思ったりはない" and en "haven't thought about"; zh 不喘 (喘 is now a name) and "没有吃抗凝药". Nineteenth
round (GAPS3): red-flag findings denied as a list ("팔다리 마비나 말 어눌함은 없어요", "手脚麻木、说话不清楚、胸痛都
没有", "no chest pain, shortness of breath or fainting"), each beside a finding said in its own clause that still fires.
"""

from __future__ import annotations

import pytest

import nlu
from bot import engine
from bot.cli import triage_result


class _NoNet:
    """The learned safety net switched off: the levels below are the rules' own."""

    def raise_level(self, text: str, embedding: object, level: str) -> tuple[str, None]:
        return level, None


@pytest.fixture
def no_net(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)


def _values(lexicon, text: str, kind: str) -> set[str]:
    return {e.value for e in lexicon.find(text) if e.type == kind}


# --- an attack of something else is no seizure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("천식 발작이 왔어요", "asthma_attack"),
        ("천식발작 때문에 숨이 차요", "asthma_attack"),
        ("기침 발작이 심해요 밤새", "cough"),
        ("喘息の発作が出ました", "asthma_attack"),
        ("パニックの発作がまた来た", "panic_attack"),
        ("咳の発作がひどくて眠れない", "cough"),
        ("過呼吸の発作が起きた", "rapid_breathing"),
        ("片頭痛の発作がきた", "migraine"),
    ],
)
def test_an_attack_of_another_complaint_is_no_seizure(text, symptom, no_net):
    result = triage_result(text)
    assert "seizure" not in result["symptoms"] and "seizure" not in result["red_flags"]
    assert symptom in result["symptoms"]


@pytest.mark.parametrize(
    "text",
    [
        "발작을 일으켜 쓰러져 떨어요",
        "아이가 발작을 해요",
        "천식 발작이 오더니 쓰러져서 온몸을 떨면서 눈이 돌아갔어요",
        "けいれんしてます",
        "子供がひきつけを起こした",
        "発作を起こして倒れた",
        "息子が発作を起こしました",
        "子供の発作が止まらない",
        "てんかんの発作を起こした",
        "간질 발작이 왔어요",
        "熱が出て発作を起こした",
    ],
)
def test_a_seizure_still_is_one(text, no_net):
    result = triage_result(text)
    assert result["level"] == "emergency" and "seizure" in result["symptoms"] + result["red_flags"]


@pytest.mark.parametrize("text", ["心臓の発作かもしれない", "심장 발작 온 것 같아요"])
def test_a_heart_attack_stays_an_emergency_without_the_seizure(text, no_net):
    result = triage_result(text)
    assert result["level"] == "emergency" and "heart_attack" in result["symptoms"]
    assert "seizure" not in result["symptoms"] + result["red_flags"]


# --- the ankle bone is no peach --------------------------------------------------------------------------------------


def test_the_ankle_bone_is_no_peach(lexicon, rules):
    text = "발목 접질렀는데 복숭아뼈가 부었어요"
    assert "peach" not in _values(lexicon, text, "allergy")
    assert "ankle" in _values(lexicon, text, "body_part")
    assert "anaphylaxis" not in {f.id for f in rules.find("발목 접질렀는데 복숭아뼈가 붓고 숨이 차요", "ko")}
    # a peach eaten stays an allergen, and its reaction an emergency
    assert "peach" in _values(lexicon, "복숭아 먹고 입술이 부었어요", "allergy")
    assert "anaphylaxis" in {f.id for f in rules.find("복숭아 먹고 입술이 부었어요", "ko")}


# --- Japanese kana names inside other words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("おしっこが出そうで出ません", "body_part", "arm"),
        ("痛いようで泣いてます", "body_part", "arm"),
        ("病院のほうで言われました", "body_part", "arm"),
        ("途中で気持ち悪くなった", "body_part", "arm"),
        ("普通でいいですか", "body_part", "arm"),
        ("どうでしょうか", "body_part", "arm"),
        ("ずっとびくびくしてます", "body_part", "neck"),
        ("あくびが止まらない", "body_part", "neck"),
        ("ボタンが取れた", "symptom", "phlegm"),
    ],
)
def test_a_kana_name_inside_another_word_is_not_read(lexicon, text, kind, value):
    assert value not in _values(lexicon, text, kind)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("左のうでが痛い", "body_part", "arm"),
        ("手とうでに発疹が出た", "body_part", "arm"),
        ("すごくうでが痛い", "body_part", "arm"),
        ("くびが回らない", "body_part", "neck"),
        ("たんが絡む", "symptom", "phlegm"),
    ],
)
def test_the_kana_name_itself_is_still_read(lexicon, text, kind, value):
    assert value in _values(lexicon, text, kind)


# --- blood on the tissue after blowing the nose ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "擤鼻涕的时候纸上有血丝",
        "擤鼻涕的時候紙上有血絲",
        "when I blow my nose there's blood on the tissue",
        "코 풀 때 휴지에 피가 묻어나요",
        "鼻をかんだら紙に血がついた",
    ],
)
def test_blood_on_the_tissue_after_blowing_the_nose_is_a_nosebleed(lexicon, text):
    found = _values(lexicon, text, "symptom")
    assert "nosebleed" in found and "blood_in_stool" not in found


@pytest.mark.parametrize(
    "text",
    [
        "大便后纸上有血丝",
        "擤鼻涕有点血丝，大便后纸上也有血",
        "i blow my nose a lot, and there's blood on the toilet paper when i wipe",
        "大便的时候纸上有血，拉肚子",
    ],
)
def test_blood_on_the_paper_after_a_stool_stays(lexicon, text):
    assert "blood_in_stool" in _values(lexicon, text, "symptom")


# --- English honours the blocklist ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("cabin fever, been stuck inside all week", "symptom", "fever"),
        ("I'm sick and tired of this cough", "symptom", "fatigue"),
        ("we had a hot dog for lunch", "allergy", "dog"),
        ("on the other hand it's fine", "body_part", "hand"),
    ],
)
def test_english_blocklisted_phrases_are_not_read(lexicon, text, kind, value):
    assert value not in _values(lexicon, text, kind)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("I have a burning pain in my chest", "symptom", "chest_pain"),
        ("I'm sick and tired of this cough", "symptom", "cough"),
        ("itching to the point I can't sleep", "symptom", "itching"),
        ("he's confused about where he is", "symptom", "confusion"),
        ("I've been exhausted all day", "symptom", "fatigue"),
        ("my son was drowning in the pool", "symptom", "near_drowning"),
        ("I cut my hand in the kitchen", "body_part", "hand"),
        ("my son is fitting in his sleep", "symptom", "seizure"),
    ],
)
def test_english_complaints_next_to_blocklisted_words_stay(lexicon, text, kind, value):
    assert value in _values(lexicon, text, kind)


def test_a_burning_pain_is_still_no_burn(no_net):
    result = triage_result("I have a burning pain in my chest")
    assert "burn" not in result["symptoms"] and "chest_pain" in result["symptoms"]


# --- a blood thinner denied -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "넘어져서 머리를 부딪혔어요. 항응고제는 안 먹어요"),
        ("ko", "넘어져서 머리를 부딪혔어요. 피 묽게 하는 약은 안 먹어요"),
        ("ko", "넘어져서 머리를 부딪혔어요. 와파린은 안 먹어요"),
        ("zh", "头撞了一下，没有吃抗凝药"),
        ("zh", "头撞了一下，我没吃抗凝药。"),
        ("en", "I fell and hit my head. I'm not on blood thinners"),
        ("ja", "頭を打ちました。血液サラサラの薬は飲んでません"),
    ],
)
def test_a_blood_thinner_denied_is_not_taken(rules, lang, text):
    assert "head_injury_anticoagulant" not in {f.id for f in rules.find(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "넘어져서 머리를 부딪혔어요. 항응고제 먹고 있어요"),
        ("ko", "넘어져서 머리를 부딪혔어요. 항응고제는 깜빡하고 안 먹었어요"),
        ("ko", "넘어져서 머리를 부딪혔어요. 항응고제는 오늘 안 먹었어요"),
        ("zh", "头撞了一下，在吃抗凝药"),
        ("zh", "头撞了一下，今天还没吃抗凝药"),
        ("en", "I fell and hit my head. I'm on blood thinners"),
        ("en", "I hit my head, haven't taken my blood thinner today"),
        ("ja", "頭を打ちました。抗凝固薬を飲んでいます"),
    ],
)
def test_a_blood_thinner_taken_or_missed_today_still_fires(rules, lang, text):
    assert "head_injury_anticoagulant" in {f.id for f in rules.find(text, lang)}


# --- a Korean adjective's own negative ------------------------------------------------------------------------------


def test_a_korean_adjective_denied_without_a_topic_particle(rules):
    denied = "불빛 주위에 무지개가 보이는데 눈이 빨갛지 않아요 아프지도 않아요"
    assert "acute_glaucoma" not in {f.id for f in rules.find(denied, "ko")}
    assert "acute_glaucoma" in {f.id for f in rules.find("불빛 주위에 무지개가 보이고 눈이 빨갛고 아파요", "ko")}
    # a verb's negative is the alarm itself
    assert "loss_of_consciousness" in {f.id for f in rules.find("아기가 깨워도 깨지 않아요", "ko")}


# --- a missed dialysis, then "fine now" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "어머니가 투석을 못 하셨어요 지금 괜찮으세요",
        "투석을 못 했어 지금 괜찮아",
        "아버지가 명절이라 투석을 못 하셨어요 숨차거나 붓진 않고 지금 괜찮으세요",
        "어머니가 투석을 못 하셨어요",
    ],
)
def test_fine_now_does_not_undo_a_missed_dialysis(text, no_net):
    result = triage_result(text)
    assert "missed_dialysis" in result["symptoms"] and result["level"] in ("urgent", "emergency")


def test_a_past_statement_ends_its_sentence(pipeline):
    parse = pipeline.parse("어제 넘어졌어요 지금은 괜찮아요")
    assert "fall" not in parse.negated
    # the denial right after a finding still reaches it
    lump = pipeline.parse("멍울이 만져졌어요 아프진 않아요")
    assert "lump" in {e.value for e in lump.entities if e.type == "symptom"} and "lump" not in lump.negated


# --- ja: the thought of dying denied ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("死にたいと思ったりはない", False),
        ("最近疲れてるけど、死にたいと思ったりはないです", False),
        ("死にたいと思ったりもします", True),
        ("死にたいと思うことがある", True),
        ("死にたいと思った", True),
    ],
)
def test_the_thought_of_dying_denied_as_one_of_a_list(rules, text, fires):
    assert ("suicidal" in {f.id for f in rules.find(text, "ja")}) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("I haven't ever thought about killing myself", False),
        ("i havent thought about suicide, just feel low", False),
        ("I have thought about killing myself", True),
        ("I haven't thought about anything but killing myself", True),
        ("I hadn't thought about it before but now I want to kill myself", True),
    ],
)
def test_the_thought_of_suicide_denied_in_english(rules, text, fires):
    assert ("suicidal" in {f.id for f in rules.find(text, "en")}) is fires


# --- zh 喘 ------------------------------------------------------------------------------------------------------------


def test_zh_breathless_is_read_and_denied(pipeline, lexicon):
    assert "shortness_of_breath" in pipeline.parse("咳嗽三个星期了，没有发烧，也不喘").negated
    assert "shortness_of_breath" in _values(lexicon, "爬两层楼就喘，晚上要垫两个枕头", "symptom")
    # 哮喘 (asthma), 气喘 (a wheeze) and 喘气 (to breathe) are not a breathlessness
    assert "shortness_of_breath" not in _values(lexicon, "我有哮喘", "symptom")
    assert "shortness_of_breath" not in _values(lexicon, "孩子气喘", "symptom")
    assert "shortness_of_breath" not in _values(lexicon, "喘气的时候胸口疼", "symptom")


# --- a denial covers what it names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        # a statement ended without punctuation (요 and a space, a crying face, 인데) ends a denial's reach
        ("ko", "휴지에 피가 살짝 묻어요 ㅠ 배는 안아파요", [(4, 5)], [False]),
        ("ko", "가슴이 답답해요 ㅠ 열은 없어요", [(0, 2)], [False]),
        ("ko", "임신 30주인데 배아프거나 그런건 없는데 피가 나요", [(0, 2), (3, 6), (9, 11)], [False, False, True]),
        # ... which still denies what it names, and a list before it
        ("ko", "열은 없어요", [(0, 1)], [True]),
        ("ko", "열이나 기침은 없어요", [(0, 1), (4, 6)], [True, True]),
        # "괜찮은가요" asks; it denies nothing
        ("ko", "기저귀에 피 같은게 묻어있어요 괜찮은가요", [(5, 6)], [False]),
        ("ko", "피는 괜찮아요", [(0, 1)], [True]),
        # は and も starting a word are no topic particle: "意識がはっきりしない", "意識がもうろう"
        ("ja", "意識がはっきりしない", [(0, 3)], [False]),
        ("ja", "熱はない", [(0, 1)], [True]),
        # 没吃药 denies the medicine, not what follows; 还没吃 (not yet today) is a missed dose of one still taken
        ("zh", "今天没吃药 发烧了", [(6, 8)], [False]),
        ("zh", "今天没吃药也没发烧", [(7, 9)], [True]),
        ("zh", "今天还没吃华法林", [(5, 8)], [False]),
        ("zh", "我没有吃华法林", [(4, 7)], [True]),
        # Nineteenth round (GAPS): "胸痛也没有", "胸口痛倒冇": none of it after the mention, ending its clause (a
        # list before it too); "没有好转" (not better) and "没有了" (gone now) deny nothing
        ("zh", "胸痛也没有", [(0, 2)], [True]),
        ("zh", "胸口痛倒冇", [(0, 3)], [True]),
        ("zh", "胸痛、发烧也没有", [(0, 2), (3, 5)], [True, True]),
        ("zh", "胸痛也没有好转", [(0, 2)], [False]),
        ("zh", "胸痛没有了", [(0, 2)], [False]),
        # ... and a Korean mention ended by its own -고 then a new item "X거나 그런 건 없어요" keeps the
        # mention: "누르면 아프고 숨차거나 그런 건 없어요" denies the breathlessness, not the pain; "아프거나
        # 숨차거나 그런 건" denies both
        ("ko", "누르면 아프고 숨차거나 그런 건 없어요", [(0, 6), (8, 10)], [False, True]),
        ("ko", "아프거나 숨차거나 그런 건 없어요", [(0, 2), (5, 7)], [True, True]),
        ("ko", "죽고 싶다거나 그런 생각은 없어요", [(0, 4)], [True]),
    ],
)
def test_a_denial_reaches_only_what_it_names(lang, text, spans, expected):
    from nlu.negation import negated

    assert negated(text, spans, lang, strict=True) == expected


def test_a_symptom_before_a_denied_body_part_stays(pipeline):
    parsed = pipeline.parse("대변 보고 휴지에 피가 살짝 묻어요 ㅠ 배는 안아파요")
    assert "blood_in_stool" in {e.value for e in parsed.symptoms()} and "blood_in_stool" not in parsed.negated
    parsed = pipeline.parse("胸がドキドキする 胸は痛くない")
    assert "palpitations" not in parsed.negated
    # still denied: the symptom the denial names
    assert "abdominal_pain" in pipeline.parse("피가 나요 배는 안 아파요 배가 아프진 않아요").negated


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("剛剛心跳好快好怕是不是心臟病", "asked"),
        ("목이 마르고 소변을 자주 봐요 당뇨일까요?", "asked"),
        ("i have diabetes, can i take ibuprofen?", None),
        ("我有心脏病，今天胸口有点闷", None),
    ],
)
def test_a_condition_feared_or_asked(pipeline, text, qualifier):
    conditions = [e for e in pipeline.parse(text).entities if e.type == "condition"]
    assert conditions and all(e.qualifier == qualifier for e in conditions)


@pytest.mark.parametrize(
    ("text", "flags", "present", "absent"),
    [
        # Sixteenth round (OVER_EN_KO). Anaphylaxis only asked about, breathing not said: no flag; with it, the flag.
        (
            "모기에 물렸는데 손바닥만하게 부었어요. 열은 없어요. 혹시 알레르기 쇼크 오는 건가요?",
            set(),
            {"insect_bite"},
            set(),
        ),
        ("모기에 물렸는데 입술이 붓고 숨쉬기 힘들어요. 알레르기 쇼크 오는 건가요?", {"anaphylaxis"}, set(), set()),
        # Frostbite only asked of red itchy toes is no frostbite; with numb white toes it is.
        ("my toes are red and itchy since the cold. is this frostbite??", set(), set(), {"frostbite"}),
        ("my toes went white and numb in the snow, is this frostbite?", set(), {"frostbite", "numbness"}, set()),
        # A heart attack that turned out to be a panic attack is none now; one feared now stays the flag's.
        (
            "third 'heart attack' in 2 months that turned out to be a panic attack",
            set(),
            {"panic_attack"},
            {"heart_attack"},
        ),
        ("심장마비인 줄 알았는데 공황이었어요", set(), {"panic_attack"}, {"heart_attack"}),
        ("I think I'm having a heart attack", {"chest_pain_cardiac"}, {"heart_attack"}, set()),
        # A blood thinner denied "그런건 안먹어요" is not taken.
        ("눈이 빨개요. 피 묽게하는 약 그런건 안먹어요", set(), {"red_eye"}, set()),
    ],
)
def test_asked_mistaken_or_denied_names(text, flags, present, absent):
    """Sixteenth round (OVER_EN_KO): a condition asked about, ruled out before or a medicine denied is no finding."""
    p = nlu.parse(text)
    found = {e.value for e in p.symptoms() if e.qualifier not in ("sensation", "feared", "history", "asked")}
    raised = {f.id for f in p.red_flags}
    assert flags <= raised if flags else not raised
    assert present <= found and not absent & found


def test_a_medicine_denied_as_such_is_not_taken():
    """Sixteenth round: "혈압약이나 피 묽게하는 약 그런건 안먹어요" names no blood thinner taken."""
    assert not [e for e in nlu.parse("혈압약이나 피 묽게하는 약 그런건 안먹어요").entities if e.type == "medication"]


# --- a phrase with its own negative word, overrun by a word that shares its end ---------------------------------------

NINETEENTH_OVERRUN = [
    # Nineteenth round (M, nlu/redflags.py `_PLAIN_DENIAL`): a longer mention running past a self-negated phrase makes
    # it a denial only when a plain denial (没有, not) stands before that mention; a word sharing the phrase's last
    # characters (活着太累, 血流, 气短, 이두 the biceps) leaves it the finding.
    ("zh", "没有呼吸困难，就是咳嗽", None),
    ("zh", "沒有呼吸困難，就是咳嗽", None),
    ("en", "not breathing heavily or struggling, just a stuffy nose", None),
    ("zh", "我真的不想活着太累了", "suicidal"),
    ("zh", "我真的不想活著太累了", "suicidal"),
    ("zh", "手割破了止不了血流了很多", "heavy_bleeding"),
    ("zh", "孩子喘不过气短促地呼吸", "breathing_severe"),
    ("ko", "느닷없이 두통이 깨질 듯 아파요", "thunderclap_headache"),
    ("ko", "갑자기 두통이 깨질 듯 아파요", "thunderclap_headache"),
    # ... and a real denial of such a phrase still denies it: "no such thing" (ko 는 건 없어요), "never so" (ja
    # ことはない), Cantonese 唔會 before it, "not to the point"; said plainly or asked, it fires.
    ("ko", "숨 못 쉬는 건 없어요 기침만 해요", None),
    ("ko", "숨 못 쉬는 건 없어요? 기침이 심해요", "breathing_severe"),
    ("ko", "숨을 못 쉬겠어요 다른 건 없어요", "breathing_severe"),
    ("ja", "息ができないことはないです、咳だけ", None),
    ("ja", "息ができないことはないですか？", "breathing_severe"),
    ("ja", "息ができないことがある", "breathing_severe"),
    ("zh", "唔會透唔到氣，只係咳", None),
    ("zh", "我透唔到氣，好辛苦", "breathing_severe"),
    ("en", "not to the point i can't breathe, just a cough", None),
    ("en", "i'm not saying i can't breathe, just stuffy", None),
    ("en", "he's not saying much and can't breathe", "breathing_severe"),
    # Nineteenth round (GAPS): "i don't feel like i can't breathe"; Chinese "none of it" after the phrase (倒没有,
    # 也没有, 倒不至于) ending its clause; not when "don't know" stands there, "没有" starts a verb (没有好转) or it
    # is asked
    ("en", "I don't feel like I can't breathe, just a tickly cough", None),
    ("en", "I don't think I can't breathe, it's more a cough", None),
    ("en", "I don't know, I can't breathe", "breathing_severe"),
    ("en", "i don't think im gonna make it i can't breathe", "breathing_severe"),
    ("zh", "喘不过气倒没有，就是咳嗽", None),
    ("zh", "喘不過氣倒沒有，只係咳", None),
    ("zh", "喘不过气倒不至于，就是有点闷", None),
    ("zh", "嘴唇发紫也没有，就是咳嗽", None),
    ("zh", "喘不过气，也没有力气", "breathing_severe"),
    ("zh", "喘不过气没有好转", "breathing_severe"),
    ("zh", "喘不过气没有吗？", "breathing_severe"),
    ("ko", "숨 못 쉴 정도는 아니에요 기침만 나요", None),
    ("ja", "息ができないほどではないです、咳だけです", None),
]


@pytest.mark.parametrize(("lang", "text", "flag"), NINETEENTH_OVERRUN)
def test_a_self_negated_phrase_overrun_or_denied(rules, lang, text, flag):
    found = {f.id for f in rules.find(text, lang)}
    assert flag in found if flag else not found


# --- 가래요: told to go, no phlegm ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phlegm"),
    [
        # Nineteenth round (M, blocklist.yml): 가래요 / 가래서 said of going (가라고 해요) is no phlegm ...
        ("의사가 응급실 가래요", False),
        ("엄마가 병원 가래요", False),
        ("남편이 병원에 가래서 왔어요", False),
        ("선생님이 큰 병원으로 가래요", False),
        ("검사 받으러 가래요", False),
        # ... while phlegm said stays phlegm
        ("가래가 나와요", True),
        ("누런 가래요", True),
        ("목에 가래가 껴요", True),
        ("가래 때문에 병원 가래요", True),
    ],
)
def test_told_to_go_is_no_phlegm(lexicon, text, phlegm):
    assert ("phlegm" in _values(lexicon, text, "symptom")) is phlegm


def test_blood_in_phlegm_beside_a_referral_stays(no_net):
    result = triage_result("응급실 가래요 숨이 차고 피 섞인 가래가 나와요")
    assert "coughing_blood" in result["symptoms"] and result["level"] == "emergency"


# --- red-flag findings denied in a list ---------------------------------------------------------------------------

NINETEENTH_LISTS = [
    # Nineteenth round (GAPS3, nlu/negation.py `denied_along_list`, `_joined`; nlu/redflags.py `_positive`): findings
    # denied as a list are all denied, each language's "or"/"and" (이나/나/랑/거나, や/とか/と/も/たり, 或者/或/和/
    # 跟/、/都没有/又冇, or/nor), the rest of a word or a head noun between the items ("어눌함은",
    # "ろれつが回らないことや", "手脚麻木、", "suicidal thoughts or"), a phrase with its own negative word among them
    # (说话不清楚, 講嘢唔清楚) ...
    ("ko", "팔다리 마비나 말 어눌함은 없어요", None),
    ("ko", "팔다리 마비나 말 어눌함 없어요", None),
    ("ko", "가슴 통증, 호흡곤란, 실신 다 없어요", None),
    ("ko", "목 경직이나 의식 저하는 없어요", None),
    ("ko", "자살 생각이나 심한 출혈은 없어요", None),
    ("ko", "토혈이랑 검은 변은 없습니다", None),
    ("ko", "경련이나 팔다리 마비 같은 건 없어요", None),
    ("ko", "피를 토하거나 검은 변을 보거나 하진 않았어요", None),
    ("ja", "手足のまひやろれつが回らないことはないです", None),
    ("ja", "ろれつが回らないことや胸の痛みはありません", None),
    ("ja", "項部硬直や意識障害はありません", None),
    ("ja", "死にたい気持ちとか大量出血とかはないです", None),
    ("ja", "黒い便、項部硬直、意識障害はありません", None),
    ("ja", "意識がなくなったり、けいれんしたりはしていません", None),
    ("ja", "血を吐いたり、黒い便が出たりはありません", None),
    ("zh", "没有手脚麻木或者说话不清楚", None),
    ("zh", "没有手脚麻木、说话不清楚、胸痛", None),
    ("zh", "手脚麻木、说话不清楚、胸痛都没有", None),
    ("zh", "黑便和脖子僵硬都没有", None),
    ("zh", "没有轻生的念头或者大出血", None),
    ("zh", "轻生的念头跟大出血都没有", None),
    ("zh", "沒有手腳麻木、說話不清楚或者胸痛", None),
    ("zh", "說話不清楚和胸痛都沒有", None),
    ("zh", "冇手腳麻痺、講嘢唔清楚、心口痛", None),
    ("zh", "冇吐血或者屙黑屎", None),
    ("zh", "抽筋、手腳麻痺同講嘢唔清楚都冇", None),
    ("en", "no chest pain, shortness of breath or fainting", None),
    ("en", "no fainting, vomiting blood, or black stools", None),
    ("en", "i don't have suicidal thoughts or heavy bleeding", None),
    ("en", "no seizures, arm weakness, or slurred speech", None),
    ("en", "haven't passed out or had any seizures", None),
    ("ko", "말이 안 나오거나 팔다리 마비는 없어요", None),
    ("ja", "息ができないとか胸の痛みはない", None),
    ("ja", "ろれつが回らないこととかはないです", None),
    # ... while a finding said before or after the denied ones, in its own clause, still fires
    ("ko", "가슴 통증은 없는데 말이 어눌해요", "stroke_signs"),
    ("ko", "팔다리 마비나 말 어눌함은 없는데 가슴을 쥐어짜듯 아파요", "chest_pain_cardiac"),
    ("ko", "말이 어눌하고 팔다리 마비는 없어요", "stroke_signs"),
    ("ko", "말이 안 나오고 팔다리 마비는 없어요", "stroke_signs"),
    ("ja", "息ができないし、胸の痛みはない", "breathing_severe"),
    ("ko", "피를 토했는데 검은 변은 없어요", "gi_bleeding"),
    ("ko", "팔다리 마비나 말 어눌함이 있어요", "stroke_signs"),
    ("ja", "胸の痛みはないけど、ろれつが回らない", "stroke_signs"),
    ("ja", "ろれつが回らないし、手足のまひはない", "stroke_signs"),
    ("ja", "死にたい気持ちや大量出血はないけどけいれんした", "seizure"),
    ("ja", "血を吐いたり黒い便が出たりしている、腹痛はない", "gi_bleeding"),
    ("zh", "没有手脚麻木或者说话不清楚，但是胸口压着痛出冷汗", "chest_pain_cardiac"),
    ("zh", "没有发烧，说话不清楚", "stroke_signs"),
    ("zh", "没有力气和说话不清楚", "stroke_signs"),
    ("zh", "抽搐和说话不清楚都没有好转", "seizure"),
    ("zh", "冇心口痛，但係講嘢唔清楚", "stroke_signs"),
    ("zh", "冇力同講嘢唔清楚", "stroke_signs"),
    ("en", "no suicidal thoughts or heavy bleeding but he had a seizure", "seizure"),
    ("en", "no fever, passed out this morning", "loss_of_consciousness"),
    ("en", "no fever or cough and passed out", "loss_of_consciousness"),
    ("en", "no headache or vomiting, sudden slurred speech", "stroke_signs"),
    ("en", "no idea if he passed out or just fell", "loss_of_consciousness"),
    ("en", "he isn't eating or drinking and can't breathe", "breathing_severe"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), NINETEENTH_LISTS)
def test_red_flag_findings_denied_in_a_list(rules, lang, text, flag):
    found = {f.id for f in rules.find(text, lang)}
    assert flag in found if flag else not found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Nineteenth round (GAPS3): a list whose items are things whose absence is the finding (no stool or wind, no
        # tears, no strength) is no list of denials; "手脚麻木" is one mention (not the hand, then 脚麻).
        ("대변이나 방귀는 없어요 배가 빵빵하고 토해요", {"bloating", "vomiting"}, set()),
        ("没有手脚麻木或者说话不清楚", set(), {"numbness", "speech_difficulty"}),
        ("冇手腳麻痺或者講嘢唔清楚", set(), {"numbness", "speech_difficulty"}),
        ("手脚麻木跟说话不清楚都没有", set(), {"numbness", "speech_difficulty"}),
        ("手足のしびれも、ろれつが回らないこともないです", set(), {"numbness", "speech_difficulty"}),
        ("no vomiting blood, black stools, or stiff neck", set(), {"vomiting_blood", "black_stool", "stiff_neck"}),
        ("붓고, 절뚝거리면서도 디딜수가 없어요", {"swelling"}, set()),
        ("めまいで倒れたりはないです", {"dizziness"}, set()),
    ],
)
def test_symptoms_denied_in_a_list(pipeline, text, present, absent):
    result = pipeline.parse(text)
    said = {e.value for e in result.symptoms()}
    assert present <= said and not absent & said
