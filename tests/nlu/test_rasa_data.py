from pathlib import Path

from nlu.rasa_data import load, strip_annotations

FIXTURES = Path(__file__).parent / "fixtures"


def test_annotations_are_reduced_to_text_with_entity_spans():
    ex = strip_annotations('my [tummy](body_part:abdomen) hurts since [monday]{"entity": "day", "value": "mon"}')
    assert ex.text == "my tummy hurts since monday"
    assert [(ex.text[s:e], ent, val) for s, e, ent, val in ex.entities] == [
        ("tummy", "body_part", "abdomen"),
        ("monday", "day", "mon"),
    ]


def test_a_rasa_data_folder_is_read_recursively_and_only_nlu_files_count():
    data = load(FIXTURES / "rasa" / "data")
    by_intent = {}
    for ex in data.examples:
        by_intent.setdefault(ex.intent, []).append(ex.text)
    assert by_intent["greet"] == ["hello", "hi there", "안녕하세요"]  # nlu.yml and sub/more.yaml
    assert "bye" in by_intent["goodbye"]
    assert "I have a headache" in by_intent["report_symptom"]
    assert "열이 나요" in by_intent["report_symptom"]
    assert data.synonyms == {"tummy": "abdomen", "belly": "abdomen"}
    assert data.lookups == {"city": ["Seoul", "Tokyo"]}
    assert not any("\\d" in ex.text for ex in data.examples)  # regex blocks are not examples


def test_a_single_file_can_be_read():
    assert {ex.intent for ex in load(FIXTURES / "rasa" / "data" / "sub" / "more.yaml").examples} == {
        "goodbye",
        "greet",
    }
