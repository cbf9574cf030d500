import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from nlu.classifier import char_ngrams, train


@pytest.mark.parametrize("text", ["Hello  there", "머리가 아파요", "頭が痛い", "a", "I  can't\tbreathe!!", "x y", ""])
def test_ngrams_are_scikit_learns_char_wb(text):
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4)).build_analyzer()
    assert char_ngrams(text) == reference(text)


def test_numpy_model_ranks_like_its_training_labels():
    texts = ["hello", "hi there", "good morning", "bye", "see you", "goodbye now"]
    labels = ["greet", "greet", "greet", "bye", "bye", "bye"]
    rng = np.random.default_rng(0)
    emb = rng.normal(size=(len(texts), 512)).astype(np.float32)
    model = train(texts, labels, emb)
    for text, label, e in zip(texts, labels, emb, strict=True):
        ranking = model.rank(text, e)
        assert ranking[0].name == label
        assert abs(sum(s.confidence for s in ranking) - 1) < 1e-3
