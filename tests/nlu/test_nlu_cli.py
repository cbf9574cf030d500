import io
import json
from pathlib import Path

import pytest

from nlu import cli

FIXTURES = Path(__file__).parent / "fixtures"


def test_parse_json(pipeline, capsys):
    assert cli.main(["parse", "熱があります", "--prev-lang", "ja", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lang"] == "ja"
    assert out["text"] == "熱があります"


def test_parse_jsonl_keeps_order_and_accepts_both_line_forms(pipeline, capsys, monkeypatch):
    lines = [
        "hello",
        json.dumps({"text": "頭痛", "prev_lang": "ja"}),
        json.dumps({"text": "頭痛", "prev_lang": "zh"}),
        "",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert cli.main(["parse", "--jsonl"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["text"] for o in out] == ["hello", "頭痛", "頭痛", ""]
    assert [o["lang"] for o in out[1:3]] == ["ja", "zh"]


def test_parse_without_text_is_a_usage_error(capsys):
    assert cli.main(["parse"]) == 2


def test_train_on_a_rasa_project_then_parse_with_it(pipeline, tmp_path, capsys):
    model = tmp_path / "model.npz"
    assert cli.main(["train", "--data", str(FIXTURES / "rasa" / "data"), "--out", str(model)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]  # no temporary file, no doubled suffix
    capsys.readouterr()
    assert cli.main(["parse", "see you later", "--model", str(model), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {s["name"] for s in out["intent_ranking"]} == {"greet", "goodbye", "report_symptom"}
    assert out["intent"]["name"] == "goodbye"


def test_register_adds_the_nlu_command():
    import argparse

    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["nlu", "train", "--data", "x"])
    assert args.func is cli.cmd_train and args.data == Path("x")


@pytest.mark.slow
def test_jsonl_subprocess_survives_invalid_utf8():
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    stdin = b"hello\n" + b"\xff\xfe broken \xc3\n" + '{"text": "頭痛", "prev_lang": "ja"}\n'.encode()
    proc = subprocess.run(
        [sys.executable, "-m", "nlu.cli", "parse", "--jsonl"], input=stdin, capture_output=True, cwd=root, check=True
    )
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["lang"] for o in out] == ["en", "en", "ja"]
    assert "broken" in out[1]["text"]
