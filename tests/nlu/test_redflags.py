from pathlib import Path

import pytest
import yaml

from nlu.rasa_data import example_lines, load
from nlu.redflags import RedFlagRules
from nlu.types import LANGS, RED_FLAGS

DATA = Path(__file__).parents[2] / "nlu" / "data"



@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> RedFlagRules:
    folder: Path = tmp_path_factory.mktemp("rules")
    (folder / "en.yml").write_text(
        "lang: en\nflags:\n  - id: chest_pain_cardiac\n    all:\n      - [chest pain]\n      - [arm, sweat]\n"
        "  - id: seizure\n    any: [seizure, fitting]\n",
        encoding="utf-8",
    )
    (folder / "ko.yml").write_text(
        "lang: ko\nflags:\n  - id: chest_pain_cardiac\n    all:\n      - [가슴]\n      - [식은땀, 팔로]\n",
        encoding="utf-8",
    )
    return RedFlagRules.load(folder)


def test_all_groups_must_match_and_the_trigger_names_the_words(tiny):
    (flag,) = tiny.find("chest pain going down my left arm")
    assert flag.id == "chest_pain_cardiac"
    assert "chest pain" in flag.trigger and "arm" in flag.trigger
    assert tiny.find("chest pain after running") == []


def test_negated_mentions_do_not_fire(tiny):
    assert tiny.find("chest pain, no sweating") == []
    assert tiny.find("no seizure today") == []
    assert tiny.find("가슴이 아프고 식은땀은 안 나요", "ko") == []
    assert [f.id for f in tiny.find("가슴이 아프고 식은땀이 나요", "ko")] == ["chest_pain_cardiac"]


def test_unknown_flag_ids_are_refused(tmp_path):
    (tmp_path / "en.yml").write_text("lang: en\nflags:\n  - id: bad_luck\n    any: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad_luck"):
        RedFlagRules.load(tmp_path)


def _eval_flags(lang):
    path = DATA / "eval" / f"{lang}_redflags.yml"
    if not path.is_file():
        pytest.skip(f"no {path.name} yet")
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["red_flags"]:
        for text in example_lines(block["examples"]):
            yield block["flag"], text


@pytest.mark.parametrize("lang", LANGS)
def test_every_held_out_red_flag_example_raises_its_flag(rules, lang):
    wrong = []
    for flag, text in _eval_flags(lang):
        raised = [f.id for f in rules.find(text, lang)]
        if (flag not in raised) if flag in RED_FLAGS else raised:  # a non-urgent block must raise nothing
            wrong.append((flag, text, raised))
    assert wrong == []


def test_no_false_alarm_on_non_emergency_examples(rules):
    alarms = []
    for lang in LANGS:
        for path in (DATA / lang / "nlu.yml", DATA / "eval" / f"{lang}.yml"):
            if path.is_file():
                for ex in load(path).examples:
                    if ex.intent != "emergency" and rules.find(ex.text, lang):
                        alarms.append((lang, ex.text))
    assert alarms == []


def _ids(rules, text, lang):
    return [f.id for f in rules.find(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        ("아빠가 의식이 없어요", "ko", "loss_of_consciousness"),
        ("불러도 반응이 없어요", "ko", "loss_of_consciousness"),
        ("피가 안 멈춰요", "ko", "heavy_bleeding"),
        ("숨을 못 쉬겠어요", "ko", "breathing_severe"),
        ("오른쪽 팔다리는 힘이 없어요", "ko", "stroke_signs"),  # the topic particle must not let 힘이 없 negate
        ("더는 살고 싶지 않아요", "ko", "suicidal"),
        ("열은 없는데 의식이 없어요", "ko", "loss_of_consciousness"),
        ("父の意識がないです", "ja", "loss_of_consciousness"),
        ("熱はないけど息ができない", "ja", "breathing_severe"),
        ("鼻血が止まらない", "ja", "heavy_bleeding"),
        ("他没有意识了", "zh", "loss_of_consciousness"),
        ("不发烧，但是喘不上气", "zh", "breathing_severe"),
        ("no fever but i can't breathe", "en", "breathing_severe"),
        ("the cut won't stop bleeding", "en", "heavy_bleeding"),
    ],
)
def test_a_negative_word_inside_the_trigger_is_the_finding(rules, text, lang, flag):
    assert flag in _ids(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        ("我媽講話突然不清楚，嘴巴也歪了", "zh", "stroke_signs"),
        ("她没有发烧，嘴巴歪了", "zh", "stroke_signs"),
        ("要不要做心肺复苏", "zh", "emergency_request"),
        ("AEDはどこにありますか", "ja", "emergency_request"),
        ("心肺蘇生のやり方を教えて", "ja", "emergency_request"),
        ("AED 어디 있어요", "ko", "emergency_request"),
        ("심장 마사지 해야 하나요", "ko", "emergency_request"),
        ("AED在哪里", "zh", "emergency_request"),
        ("where is the nearest AED", "en", "emergency_request"),
        ("生後6週の娘が38.5度あります", "ja", "infant_fever"),
        ("生後1ヶ月の息子、体温38度2分", "ja", "infant_fever"),
        ("생후 5주 아기 체온이 38.3도예요", "ko", "infant_fever"),
        ("出生5周的宝宝38.5度", "zh", "infant_fever"),
        ("my 7 week old is at 100.8F", "en", "infant_fever"),
        ("my son swallowed rat poison", "en", "overdose_poisoning"),
        ("子供がけいれんしています", "ja", "seizure"),
        ("아이가 발작을 해요", "ko", "seizure"),
        ("我真的想死", "zh", "suicidal"),
    ],
)
def test_rules_catch(rules, text, lang, flag):
    assert flag in _ids(rules, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i didn't pass out", "en"),
        ("i never fainted", "en"),
        ("i think i have food poisoning", "en"),
        ("is this an emergency or can it wait", "en"),
        ("food poisoning 같아요", "ko"),
        ("생후 38일 된 아기 예방접종 언제 해요", "ko"),  # an age in days is no temperature
        ("生後38日の赤ちゃんの予防接種", "ja"),
        ("胃けいれんがあります", "ja"),
        ("まぶたのけいれんが続いています", "ja"),
        ("공황발작이 왔었어요", "ko"),
        ("想死你了", "zh"),
    ],
)
def test_no_false_alarm(rules, text, lang):
    assert _ids(rules, text, lang) == []


def test_latin_phrases_of_another_language_apply_to_that_language_only(tmp_path):
    (tmp_path / "ko.yml").write_text("lang: ko\nflags:\n  - id: seizure\n    any: [fits, 경련]\n", encoding="utf-8")
    rules = RedFlagRules.load(tmp_path)
    assert _ids(rules, "아이가 fits 해요", "ko") == ["seizure"]
    assert _ids(rules, "it fits well", "en") == []
    assert _ids(rules, "경련", "en") == ["seizure"]  # native-script phrases run on every message


def test_unless_suppresses_only_a_match_inside_it(tmp_path):
    (tmp_path / "ja.yml").write_text(
        "lang: ja\nflags:\n  - id: seizure\n    any: [けいれん]\n    unless: [胃けいれん]\n", encoding="utf-8"
    )
    rules = RedFlagRules.load(tmp_path)
    assert _ids(rules, "胃けいれん", "ja") == []
    assert _ids(rules, "胃けいれんのあと全身がけいれんした", "ja") == ["seizure"]


def test_non_english_rule_files_hold_latin_phrases_only_for_code_switching():
    """Bare English words that are everyday English ("poison", "emergency") must live in en.yml alone."""
    for lang in ("ko", "ja", "zh"):
        doc = yaml.safe_load((DATA / "redflags" / f"{lang}.yml").read_text(encoding="utf-8"))
        phrases = {
            p for rule in doc["flags"] for group in [rule.get("any") or [], *(rule.get("all") or [])] for p in group
        }
        assert not phrases & {"poison", "emergency", "38", "39"}, lang
