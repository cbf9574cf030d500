"""`vclinic chat`, `vclinic triage` and `vclinic simulate`: the assistant from a terminal, same engine as the web.

These run the engine in memory (no database): `chat` is for a person trying the assistant, `triage` triages
narratives one by one, `simulate` plays scripted turns for tests and demos.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import locales
from bot import engine
from bot.domain import load
from bot.triage import reason_texts
from nlu.text import han_script


def register(sub: Any) -> None:
    """Add the assistant's commands to `vclinic`'s argparse subparsers."""
    chat = sub.add_parser("chat", help="talk to the assistant in this terminal")
    chat.add_argument("--lang", choices=locales.CHOICES, help="language to start in (the patient's is followed)")
    chat.add_argument("--country", default=None, help="country for emergency numbers, e.g. KR")
    chat.set_defaults(func=_chat)

    triage = sub.add_parser("triage", help="triage a narrative: level, reasons, symptoms, red flags")
    triage.add_argument("text", nargs="?", help="what the patient says")
    triage.add_argument("--json", action="store_true", help="print one JSON object")
    triage.add_argument("--jsonl", action="store_true", help="triage each stdin line (text or {text, country})")
    triage.set_defaults(func=_triage)

    simulate = sub.add_parser("simulate", help="play a JSONL file of patient turns through a new conversation")
    simulate.add_argument("file", type=argparse.FileType("r", encoding="utf-8"))
    simulate.add_argument("--json", action="store_true", help="print the transcript and final state as JSON")
    simulate.add_argument("--lang", choices=locales.CHOICES, default=None, help="zh-Hant: zh greeted in Traditional")
    simulate.add_argument("--country", default=None)
    simulate.set_defaults(func=_simulate)


def _parse(text: str, prev_lang: str | None = None) -> Any:
    import nlu

    return nlu.parse(text, prev_lang=prev_lang)


def _default_country() -> str:
    from clinic_core.settings import get_settings

    return get_settings().default_country


def _doctor_language() -> str:
    from clinic_core.settings import get_settings

    return get_settings().doctor_language


def triage_result(text: str) -> dict[str, Any]:
    """One narrative triaged as `vclinic triage --json` prints it (rules, then the learned safety net of
    bot/urgency.py, which can only raise the level: reason `model:emergency`)."""
    parse = _parse(text)
    decision, facts = engine.assess(parse)
    return {
        "lang": parse.lang,
        "level": decision.level,
        "reasons": list(decision.reasons),
        "symptoms": facts["symptoms"],
        "red_flags": list(decision.red_flags),
    }


def _triage(args: argparse.Namespace) -> int:
    if args.jsonl:
        for line in _lines(sys.stdin):
            item = json.loads(line) if line.startswith("{") else {"text": line}
            print(json.dumps(triage_result(item["text"]), ensure_ascii=False), flush=True)
        return 0
    if not args.text:
        print("vclinic triage: give TEXT or --jsonl", file=sys.stderr)
        return 2
    result = triage_result(args.text)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    lang = locales.variant(result["lang"], han_script(args.text))  # Traditional text: Traditional labels
    decision, facts = engine.assess(_parse(args.text))
    print(locales.t(f"level.{decision.level}", lang))
    for reason in reason_texts(engine.shown(decision), facts, lang, load()):
        print(f"- {reason}")
    return 0


def _lines(stream: TextIO) -> Iterable[str]:
    return (line.strip() for line in stream if line.strip())


def simulate(turns: list[str], lang: str | None = None, country: str | None = None) -> dict[str, Any]:
    """Play patient turns through a new conversation: every reply, and the final state with the summary.

    `lang` may be a choice such as "zh-Hant" (zh, greeted in Traditional until the patient writes)."""
    lang, script = locales.choice(lang)
    state = engine.new_state(lang, country or _default_country(), script)
    opening = engine.start(state)
    transcript: list[dict[str, Any]] = [{"patient": None, "replies": [r.to_dict() for r in opening.replies]}]
    state, summary = opening.state, None
    for text in turns:
        actions = engine.step(state, _parse(text, state["lang"]))
        state = actions.state
        summary = actions.summary or summary
        transcript.append(
            {
                "patient": text,
                "replies": [r.to_dict() for r in actions.replies],
                "awaiting": state["awaiting"],
                "alert": actions.alert,
                "handoff": actions.handoff,
            }
        )
    final = {
        "lang": state["lang"],
        "script": state.get("script"),
        "stage": state["stage"],
        "awaiting": state["awaiting"],
        "triage": state["triage"],
        "facts": state["facts"],
        "summary": summary,
        "summary_text": engine.summary_text(summary, _doctor_language()) if summary else None,
    }
    return {"turns": transcript, "final": final}


def _simulate(args: argparse.Namespace) -> int:
    turns = [item if isinstance(item, str) else item["text"] for item in map(json.loads, _lines(args.file))]
    result = simulate(turns, args.lang, args.country)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for turn in result["turns"]:
        if turn["patient"]:
            print(f"> {turn['patient']}")
        for reply in turn["replies"]:
            print(reply["text"])
    if result["final"]["summary_text"]:
        print("\n" + result["final"]["summary_text"])
    return 0


def _chat(args: argparse.Namespace) -> int:
    lang, script = locales.choice(args.lang)
    state = engine.new_state(lang, args.country or _default_country(), script)
    actions = engine.start(state)
    while True:
        for reply in actions.replies:
            print(reply.text, flush=True)
        state = actions.state
        try:
            text = input(f"{locales.t('ui.you', state['lang'] or locales.FALLBACK_LANG)}> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text:
            actions = engine.step(state, _parse(text, state["lang"]))
