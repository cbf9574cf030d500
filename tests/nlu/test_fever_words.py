"""A fever said the way patients say it: with words between the fever word and its verb (열이 사흘째 안 떨어져요,
熱が4日も下がらない, 烧了两天还是不退, "his fever just won't break"), where "won't go down" negates the going down and
not the fever; a hot forehead. A fever denied stays absent, and words that hold a fever word (열이틀, 烧烤, 烧伤, "the
temperature outside") are no fever. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import found

import nlu


# Words between the fever word and its verb; "won't go down" negates the going down, not the fever.
@pytest.mark.parametrize(
    "text",
    [
        "콧물이랑 열이 사흘째 안 떨어져요",
        "열이 어젯밤부터 계속 나요",
        "열이 이틀 전부터 있어요",
        "애가 열이 해열제를 먹여도 안 내려요",
        "열이 오늘도 나고 목이 아파요",
        "熱が4日も下がらないんです",
        "熱がずっと下がりません",
        "烧了两天还是不退",
        "孩子的烧一直退不下来",
        "his fever just won't break",
        "the fever hasn't gone down since Sunday",
        "my temperature keeps going up",
    ],
)
def test_fever_with_words_between_is_fever_and_not_negated(pipeline, text):
    parsed = nlu.parse(text)
    assert "fever" in {e.value for e in parsed.entities if e.type == "symptom"}
    assert "fever" not in parsed.negated


@pytest.mark.parametrize(
    "text",
    ["열이 없어요", "열은 안 나요", "열도 없고 괜찮아요", "熱はありません", "没有发烧", "no fever at all"],
)
def test_denied_fever_is_still_absent(pipeline, text):
    parsed = nlu.parse(text)
    assert "fever" not in {e.value for e in parsed.entities if e.type == "symptom"} or "fever" in parsed.negated


def test_a_hot_forehead_is_a_fever(lexicon):
    assert "fever" in found(lexicon, "이마를 만지면 뜨거워요")


# Look-alikes: 열이틀 (twelve days), 烧烤 (barbecue), a temperature outside.
@pytest.mark.parametrize(
    "text",
    ["열이틀 동안 여행 갔다 왔어요", "烧烤很好吃", "烧伤了手", "the temperature outside is nice", "열이면 열 다 좋아"],
)
def test_no_fever_in_other_words(lexicon, text):
    assert "fever" not in found(lexicon, text)
