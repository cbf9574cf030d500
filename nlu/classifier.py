"""One text classifier for intents and emotions: character n-grams plus sentence embeddings, linear SVM.

Chosen by measurement (docs/nlu.md): character n-grams catch spelling and script (typos, 배아파, 頭痛),
the multilingual embeddings carry meaning across languages and paraphrase; together they beat either alone.
scikit-learn trains it; the trained model is kept as plain numpy arrays and applied here, so loading and
parsing never import scikit-learn (a second of start-up and ~100 MB saved).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from nlu.types import Scored

MAX_CHARS = 500
NGRAMS = (1, 4)
_SPACES = re.compile(r"\s\s+")


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's analyzer="char_wb" makes them."""
    grams = []
    for word in _SPACES.sub(" ", text[:MAX_CHARS].lower()).split():
        word = f" {word} "
        for n in range(NGRAMS[0], NGRAMS[1] + 1):
            grams += [word[i : i + n] for i in range(max(1, len(word) - n + 1))]
            if len(word) <= n:  # a short word counts once
                break
    return grams


@lru_cache(maxsize=1024)
def _gram_counts(text: str) -> Counter[str]:
    """A text's n-gram counts, shared (read-only) by the models that read one message one after another: intent,
    emotion and the triage safety net."""
    return Counter(char_ngrams(text))


@dataclass
class LinearModel:
    labels: list[str]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # classes x (vocabulary + embedding)
    intercept: np.ndarray
    embedding_weight: float
    temperature: float = 3.0

    def _ngram_scores(self, text: str) -> np.ndarray:
        """Per-class margin from the text's character n-grams (sparse: only the rows of the grams the text has)."""
        vocabulary = self.vocabulary
        found = [(vocabulary[g], c) for g, c in _gram_counts(text).items() if g in vocabulary]
        cols = np.fromiter((col for col, _ in found), dtype=np.int64, count=len(found))
        tf = np.fromiter((1.0 + math.log(c) for _, c in found), dtype=np.float64, count=len(found))
        tf *= self.idf[cols]
        norm = np.linalg.norm(tf)
        if norm:
            tf /= norm
        return tf @ self._gram_weights()[cols]

    def _gram_weights(self) -> np.ndarray:
        """The n-gram part of `coef`, one contiguous row per gram (gathering a text's rows beats gathering
        columns of the class-major matrix); derived once, not stored in the model file."""
        weights = self.__dict__.get("_gram_rows")
        if weights is None:
            weights = self.__dict__["_gram_rows"] = np.ascontiguousarray(self.coef[:, : len(self.vocabulary)].T)
        return weights

    def rank(self, text: str, embedding: np.ndarray) -> list[Scored]:
        """All labels, best first; confidences are a softmax over the SVM margins."""
        return self.rank_many([text], embedding[None, :])[0]

    def rank_many(self, texts: list[str], embeddings: np.ndarray) -> list[list[Scored]]:
        """rank() of each text; the embedding part, the softmax and the sort are done for all rows at once."""
        if not texts:
            return []
        probs = self.probabilities(texts, embeddings)
        labels = self.labels
        return [
            [Scored(labels[i], round(p, 4)) for i, p in zip(order, row[order].tolist(), strict=True)]
            for order, row in zip(np.argsort(-probs, axis=1).tolist(), probs, strict=True)
        ]


    def probabilities(self, texts: list[str], embeddings: np.ndarray) -> np.ndarray:
        """(len(texts), len(labels)): each text's softmax over the SVM margins, columns in `labels` order."""
        n = len(self.vocabulary)
        ngrams = np.stack([self._ngram_scores(t) for t in texts])
        scores = ngrams + (embeddings * self.embedding_weight) @ self.coef[:, n:].T + self.intercept
        if len(self.labels) == 2:  # a binary SVM has one margin, for the second label
            scores = np.column_stack([-scores[:, 0], scores[:, 0]])
        probs = np.exp((scores - scores.max(axis=1, keepdims=True)) * self.temperature)
        probs /= probs.sum(axis=1, keepdims=True)
        return probs


def train(
    texts: list[str], labels: list[str], embeddings: np.ndarray, embedding_weight: float = 0.5, c: float = 1.0
) -> LinearModel:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    chars = TfidfVectorizer(analyzer=char_ngrams, sublinear_tf=True, lowercase=False)
    features = hstack([chars.fit_transform(texts), csr_matrix(embeddings * embedding_weight)]).tocsr()
    svm = LinearSVC(C=c).fit(features, labels)
    return LinearModel(
        labels=[str(x) for x in svm.classes_],
        vocabulary={str(k): int(v) for k, v in chars.vocabulary_.items()},
        idf=chars.idf_.astype(np.float64),
        coef=svm.coef_.astype(np.float32),
        intercept=svm.intercept_.astype(np.float64),
        embedding_weight=embedding_weight,
    )
