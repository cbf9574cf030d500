"""The shipped lexicons (nlu/data/lexicon) on the traps named in issue 3."""

import pytest


def _types(lexicon, text):
    return {(e.type, e.value) for e in lexicon.find(text)}


def test_the_lexicon_is_big_enough(lexicon):
    assert len(lexicon.concepts["symptom"]) >= 150
    assert all(c.code for c in lexicon.concepts["symptom"].values() if c.id in ("headache", "fever", "chest_pain"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("목요일에 예약하고 싶어요", "neck"),
        ("배고파요", "abdomen"),
        ("머리카락이 많이 빠져요", "head"),
        ("头发掉了很多", "head"),
        ("面目ない", "eye"),
        ("눈이 와요", "eye"),
    ],
)
def test_traps(lexicon, text, absent):
    assert ("body_part", absent) not in _types(lexicon, text)


@pytest.mark.parametrize(
    ("text", "concept", "code"),
    [
        ("I've had headaches all week", "headache", "R51"),
        ("keep coughing at night", "cough", "R05"),
        ("머리가아파요", "headache", "R51"),
        ("熱があります", "fever", "R50.9"),
        ("我发烧了", "fever", "R50.9"),
        ("chest pain", "chest_pain", "R07.4"),
    ],
)
def test_symptoms_with_codes(lexicon, text, concept, code):
    assert [(e.value, e.code) for e in lexicon.find(text) if e.type == "symptom"][0] == (concept, code)


def test_allergy_or_medicine_by_context(lexicon):
    assert ("allergy", "aspirin") in _types(lexicon, "아스피린 알레르기 있어요")
    assert ("medication", "aspirin") not in _types(lexicon, "아스피린 알레르기 있어요")
    assert ("medication", "acetaminophen") in _types(lexicon, "타이레놀 먹었어요")
    assert ("symptom", "allergic_reaction") not in _types(lexicon, "I'm allergic to penicillin")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("머리카락이 빠져요", "hair_loss"),  # contains the blocklisted 머리카락
        ("舌头发硬", "speech_difficulty"),  # contains the blocklisted 头发
        ("배뇨통이 있어요", "painful_urination"),  # contains the blocklisted 배뇨
    ],
)
def test_a_longer_name_wins_over_a_blocklisted_compound_inside_it(lexicon, text, concept):
    assert ("symptom", concept) in _types(lexicon, text)


def test_curly_apostrophes_match_like_straight_ones(lexicon):
    assert ("symptom", "insomnia") in _types(lexicon, "I can\u2019t sleep")


def test_the_pairs_a_message_skips_would_have_found_nothing(lexicon, monkeypatch):
    """`Lexicon.find` tries only the `near:` pairs whose words a message may hold (a few of 140): trying every pair
    finds the same entities, over the 192 triage vignettes of the four languages."""
    from pathlib import Path

    import yaml

    folder = Path(__file__).resolve().parents[2] / "bot" / "data" / "eval"
    texts = [v["text"] for lang in ("ko", "en", "zh", "ja")
             for v in yaml.safe_load((folder / f"triage_{lang}.yml").read_text(encoding="utf-8"))["vignettes"]]
    found = [lexicon.find(text) for text in texts]
    assert sum(len(lexicon._nears_in(text)) for text in texts) < len(texts) * len(lexicon._near) / 10
    monkeypatch.setattr(lexicon, "_nears_in", lambda text: lexicon._near)
    assert [lexicon.find(text) for text in texts] == found
