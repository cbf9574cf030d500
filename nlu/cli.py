"""`vclinic nlu ...`: parse messages, train on Rasa data, evaluate on the held-out sets.

`register(sub)` adds the commands to the `vclinic` parser; `python -m nlu.cli` runs them standalone.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

from nlu.types import LANGS, Parse

DEFAULT_REPORT = Path(__file__).resolve().parents[1] / "docs" / "nlu-eval.md"


def _pipeline(args: argparse.Namespace):
    """The shared pipeline, or one around the model file given with --model."""
    if args.model is None:
        import nlu

        return nlu.load()
    from nlu.pipeline import Pipeline

    return Pipeline(model=args.model)


def _parser_fn(args: argparse.Namespace) -> Callable[[str, str | None], Parse]:
    pipeline = _pipeline(args)
    if args.rasa_url:
        from nlu.rasa import RasaBackend

        return RasaBackend(args.rasa_url, pipeline).parse
    return pipeline.parse


def _dump(parsed: Parse) -> str:
    return json.dumps(parsed.to_dict(), ensure_ascii=False)


def _summary(parsed: Parse) -> str:
    lines = [
        f"lang     {parsed.lang} ({parsed.lang_confidence:.2f})",
        f"intent   {parsed.intent.name} ({parsed.intent.confidence:.2f})",
        f"emotion  {parsed.emotion.name} ({parsed.emotion.confidence:.2f})",
    ]
    lines += [
        f"entity   {e.type}: {e.text!r} -> {e.value}" + (f" [{e.code}]" if e.code else "") for e in parsed.entities
    ]
    lines += [f"absent   {c}" for c in parsed.negated]
    lines += [f"RED FLAG {f.id}: {f.trigger!r}" for f in parsed.red_flags]
    return "\n".join(lines)


def cmd_parse(args: argparse.Namespace) -> int:
    # Output is always UTF-8; invalid UTF-8 on stdin becomes U+FFFD rather than killing the stream.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.jsonl:
        parse = _parser_fn(args)
        if isinstance(sys.stdin, io.TextIOWrapper):
            sys.stdin.reconfigure(encoding="utf-8", errors="replace")
        for line in sys.stdin:
            text, prev = line.rstrip("\r\n"), args.prev_lang
            if text.lstrip().startswith("{"):
                try:
                    item = json.loads(text)
                    text, prev = str(item.get("text", "")), item.get("prev_lang") or prev
                except (json.JSONDecodeError, AttributeError):
                    pass  # not a JSON object: parse the line as plain text
            try:
                print(_dump(parse(text, prev)), flush=True)
            except ValueError as exc:
                print(json.dumps({"error": str(exc)}), flush=True)
        return 0
    if args.text is None:
        print("nlu parse: give TEXT or --jsonl", file=sys.stderr)
        return 2
    try:
        parsed = _parser_fn(args)(args.text, args.prev_lang)
    except ValueError as exc:
        print(f"nlu parse: {exc}", file=sys.stderr)
        return 2
    print(_dump(parsed) if args.json else _summary(parsed))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from nlu import embed, intents, store

    try:
        data = intents.read(args.data)
        models = store.train(embed.shared(), data)
        out = args.out or (store.cache_dir() / "model-custom.npz" if args.data else store.builtin_path())
        store.save(models, out)
    except (OSError, ValueError) as exc:
        print(f"nlu train: {exc}", file=sys.stderr)
        return 2
    labels = models.intent.labels
    print(f"trained on {len(data.examples)} examples, {len(labels)} intents: {', '.join(labels)}")
    print(f"model written to {out}" + (f"\nuse it with: vclinic nlu parse --model {out} TEXT" if args.data else ""))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from nlu import evaluate

    report = evaluate.run(_pipeline(args), args.eval_dir)
    text = evaluate.markdown(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text.split("\n## Per intent")[0])
    print(f"report written to {args.out}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `nlu parse|train|evaluate` to a subparsers object; each sets `func(args) -> exit code`."""
    nlu = sub.add_parser("nlu", help="understand patient messages: parse, train, evaluate")
    cmds = nlu.add_subparsers(dest="nlu_command", required=True)

    parse = cmds.add_parser("parse", help="parse one message (TEXT) or JSON lines from stdin (--jsonl)")
    parse.add_argument("text", nargs="?", help="the message")
    parse.add_argument("--prev-lang", choices=LANGS, help="the conversation's language so far")
    parse.add_argument("--json", action="store_true", help="print the Parse as JSON")
    parse.add_argument("--jsonl", action="store_true", help="stdin lines (text or {text, prev_lang}) -> JSON lines")
    parse.add_argument("--model", type=Path, help="a model file written by `nlu train`")
    parse.add_argument("--rasa-url", help="take intents from this Rasa server (POST /model/parse)")
    parse.set_defaults(func=cmd_parse)

    train = cmds.add_parser("train", help="train the intent model (built-in data, or a Rasa data/ folder)")
    train.add_argument("--data", type=Path, help="a Rasa NLU file or data/ folder")
    train.add_argument("--out", type=Path, help="where to write the model")
    train.set_defaults(func=cmd_train)

    ev = cmds.add_parser("evaluate", help="measure on nlu/data/eval and write docs/nlu-eval.md")
    ev.add_argument("--model", type=Path, help="a model file written by `nlu train`")
    ev.add_argument("--out", type=Path, default=DEFAULT_REPORT, help="report path")
    ev.add_argument("--eval-dir", type=Path, help="held-out sets (default: nlu/data/eval)")
    ev.set_defaults(func=cmd_evaluate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vclinic")
    register(parser.add_subparsers(dest="command", required=True))
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv if argv[:1] == ["nlu"] else ["nlu", *argv])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
