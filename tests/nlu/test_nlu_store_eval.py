import io
import pickle
from pathlib import Path

import numpy as np
import pytest

from nlu import classifier, cli, store
from nlu.classifier import LinearModel

TEXTS = ["hello there", "hi, good morning", "bye for now", "see you later", "my head hurts", "I have a fever"]
LABELS = ["greet", "greet", "goodbye", "goodbye", "symptom", "symptom"]
PROBES = ["hello", "goodbye then", "my chest hurts", "熱があります", ""]


class Planted:
    """A pickle whose loading creates `marker`: proof that a file was (or was not) unpickled."""

    def __init__(self, marker):
        self.marker = Path(marker)

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def _embed(texts, dim=8):
    """Deterministic stand-in sentence embeddings (the real encoder is not needed to test storage)."""
    return np.stack([np.random.default_rng(sum(map(ord, t))).standard_normal(dim) for t in texts])


@pytest.fixture(scope="module")
def linear():
    return classifier.train(TEXTS, LABELS, _embed(TEXTS))


@pytest.fixture(scope="module")
def binary():
    return classifier.train(TEXTS, ["yes", "yes", "no", "no", "yes", "no"], _embed(TEXTS))


def _assert_same(a: LinearModel, b: LinearModel) -> None:
    assert b.labels == a.labels and all(isinstance(x, str) for x in b.labels)
    assert b.vocabulary == a.vocabulary and list(b.vocabulary.values()) == sorted(b.vocabulary.values())
    for name in ("idf", "coef", "intercept"):
        x, y = getattr(a, name), getattr(b, name)
        assert y.dtype == x.dtype and y.shape == x.shape and np.array_equal(y, x), name
    assert (b.embedding_weight, b.temperature) == (a.embedding_weight, a.temperature)
    embeddings = _embed(PROBES, a.coef.shape[1] - len(a.vocabulary))
    assert b.rank_many(PROBES, embeddings) == a.rank_many(PROBES, embeddings)


def _rewrite(path, arrays, allow_pickle=False):
    with path.open("wb") as fh:
        np.savez(fh, allow_pickle=allow_pickle, **arrays)


def test_model_cache_key_follows_the_training_data(tmp_path):
    data = tmp_path / "nlu.yml"
    data.write_text("a", encoding="utf-8")
    before = store.fingerprint([data])
    assert store.fingerprint([data]) == before
    data.write_text("b", encoding="utf-8")
    assert store.fingerprint([data]) != before


def test_models_read_back_equal_with_or_without_emotion(linear, binary, tmp_path):
    path = tmp_path / "sub" / "clinic.model"  # a name without .npz is written as given
    linear.temperature = 2.5  # a non-default temperature survives too
    store.save(linear, path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["clinic.model"]
    _assert_same(linear, store.read(path, LinearModel))
    for models in (store.Models(linear, binary), store.Models(binary, None)):
        store.save(models, path)
        back = store.read(path)
        _assert_same(models.intent, back.intent)
        if models.emotion is None:
            assert back.emotion is None
        else:
            _assert_same(models.emotion, back.emotion)


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    path = tmp_path / "model.pkl"
    path.write_bytes(pickle.dumps({"not": "a model"}))
    with pytest.raises(ValueError, match="not a vclinic NLU model"):
        store.read(path)


@pytest.mark.parametrize("kind", [store.Models, LinearModel])
def test_a_pickle_is_never_unpickled(tmp_path, kind):
    marker = tmp_path / "ran"
    pickle.loads(pickle.dumps(Planted(tmp_path / "proof")))
    assert (tmp_path / "proof").exists()  # the payload does run when unpickled
    for name in ("model.pkl", "model.npz"):
        path = tmp_path / name
        path.write_bytes(pickle.dumps(Planted(marker)))
        with pytest.raises(ValueError, match="not a vclinic NLU model"):
            store.read(path, kind)
    # An .npz whose arrays hold the pickle (an object array) is refused too, unread.
    path = tmp_path / "object.npz"
    _rewrite(path, {"format": np.array(store.FORMAT), "labels": np.array([Planted(marker)], dtype=object)}, True)
    with pytest.raises(ValueError, match="not a vclinic NLU model"):
        store.read(path, kind)
    assert not marker.exists()


def test_garbage_foreign_arrays_and_the_wrong_kind_are_refused(linear, tmp_path):
    path = tmp_path / "model.npz"
    store.save(linear, path)
    whole = path.read_bytes()
    with pytest.raises(ValueError, match="not a vclinic NLU model"):
        store.read(path)  # a LinearModel file read as Models
    buf = io.BytesIO()
    np.savez(buf, coef=np.zeros(3))
    for content in (b"", b"garbage" * 100, whole[: len(whole) // 2], buf.getvalue()):
        path.write_bytes(content)
        with pytest.raises(ValueError, match="not a vclinic NLU model"):
            store.read(path, LinearModel)


def test_a_damaged_or_pickled_cache_is_retrained_and_old_pickles_removed(linear, binary, tmp_path, monkeypatch):
    marker = tmp_path / "ran"
    trained = store.Models(linear, binary)
    calls = []
    monkeypatch.setattr(store, "train", lambda encoder: calls.append(1) or trained)
    path = store.builtin_path(tmp_path)
    assert path.name.startswith("model-") and path.suffix == ".npz"
    path.write_bytes(pickle.dumps(Planted(marker)))
    other = "0" * len(path.stem.removeprefix("model-"))
    stale = [tmp_path / f"model-{other}.pkl", tmp_path / f"model-{other}.npz", path.with_suffix(".pkl")]
    kept = [tmp_path / "model-custom.npz", tmp_path / "model-custom.pkl", tmp_path / f"urgency-{other}.npz"]
    for p in stale + kept:
        p.write_bytes(b"old")
    models = store.load_or_train(object(), tmp_path)
    assert calls == [1] and models is trained and not marker.exists()
    _assert_same(linear, store.read(path).intent)
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)
    assert store.load_or_train(object(), tmp_path).intent.labels == linear.labels and calls == [1]  # cached now


def test_evaluate_writes_a_report_with_every_measure(pipeline, tmp_path, capsys):
    evals = tmp_path / "eval"
    evals.mkdir()
    (evals / "en.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hello there\n    - hi\n'
        "- intent: emergency\n  examples: |\n    - I want to kill myself\n",
        encoding="utf-8",
    )
    (evals / "en_redflags.yml").write_text(
        "red_flags:\n- flag: suicidal\n  examples: |\n    - I want to end my life\n", encoding="utf-8"
    )
    (evals / "en_emotion.yml").write_text(
        "emotions:\n- emotion: happy\n  examples: |\n    - thank you so much, I feel great\n", encoding="utf-8"
    )
    out = tmp_path / "nlu-eval.md"
    assert cli.main(["evaluate", "--eval-dir", str(evals), "--out", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    assert "| en | 100.0% (3/3)" in report
    assert "Emergency intent recall: 100.0% (1/1)" in report
    assert "| emergency |" in report and "| greet |" in report
