"""The terminal commands as an operator types them: `triage`, `triage --jsonl`, `simulate`, `chat`."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from bot import cli


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, stdin: str = "") -> tuple:
    parser = argparse.ArgumentParser(prog="vclinic")
    cli.register(parser.add_subparsers(required=True))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = parser.parse_args(argv)
    code = args.func(args)
    return code, capsys.readouterr().out


def test_triage_json_gives_level_reasons_and_red_flags(monkeypatch, capsys) -> None:
    code, out = run(["triage", "My dad's face is drooping and his speech is slurred", "--json"], monkeypatch, capsys)
    result = json.loads(out)
    assert code == 0 and set(result) == {"lang", "level", "reasons", "symptoms", "red_flags"}
    assert result["lang"] == "en" and result["level"] == "emergency" and "stroke_signs" in result["red_flags"]


def test_triage_jsonl_answers_every_line_in_order(monkeypatch, capsys) -> None:
    sleep = json.dumps({"text": "昨夜はよく眠れませんでした", "country": "JP"})
    lines = ["갑자기 말이 어눌해지고 한쪽 팔에 힘이 없어요", sleep]
    code, out = run(["triage", "--jsonl"], monkeypatch, capsys, stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["lang"] for r in results] == ["ko", "ja"]
    assert results[0]["level"] == "emergency" and results[1]["level"] != "emergency"


def test_simulate_prints_every_reply_and_the_final_state(tmp_path, monkeypatch, capsys) -> None:
    script = tmp_path / "turns.jsonl"
    script.write_text('"yes"\n{"text": "I want to end my life"}\n', encoding="utf-8")
    code, out = run(["simulate", str(script), "--json", "--lang", "en", "--country", "US"], monkeypatch, capsys)
    result = json.loads(out)
    assert code == 0 and len(result["turns"]) == 3
    assert result["turns"][0]["replies"][0]["key"] == "greeting"
    assert result["final"]["triage"]["level"] == "emergency" and "988" in result["turns"][-1]["replies"][0]["text"]


def test_chat_talks_until_end_of_input(monkeypatch, capsys) -> None:
    code, out = run(["chat", "--lang", "ja", "--country", "JP"], monkeypatch, capsys, stdin="はい\n")
    assert code == 0 and "119" in out and "今日はどのようなことでお困りですか" in out
