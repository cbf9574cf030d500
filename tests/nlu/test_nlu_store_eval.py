import pickle

import pytest

from nlu import cli, store


def test_model_cache_key_follows_the_training_data(tmp_path):
    data = tmp_path / "nlu.yml"
    data.write_text("a", encoding="utf-8")
    before = store.fingerprint([data])
    assert store.fingerprint([data]) == before
    data.write_text("b", encoding="utf-8")
    assert store.fingerprint([data]) != before


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    path = tmp_path / "model.pkl"
    path.write_bytes(pickle.dumps({"not": "a model"}))
    with pytest.raises(ValueError, match="not a vclinic NLU model"):
        store.read(path)


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
