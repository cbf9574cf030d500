from pathlib import Path

import pytest
import yaml

from nlu.rasa_data import example_lines, load
from nlu.redflags import RedFlagRules
from nlu.types import LANGS, RED_FLAGS

DATA = Path(__file__).parents[2] / "nlu" / "data"


@pytest.fixture(scope="module")
def rules():
    return RedFlagRules.load()


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
