"""Red-flag rules: per-language phrase rules that run before any model and can only raise urgency.

A rule fires on any one `any` phrase, or when every `all` group has a phrase; mentions the patient negates
("no chest pain") do not count. Every language's rules run on every message, so a mixed-language or
misdetected message still raises its flags.
"""

from __future__ import annotations

from pathlib import Path

from nlu.files import read_yaml
from nlu.matcher import Gazetteer
from nlu.negation import negated
from nlu.types import RED_FLAGS, RedFlag

DATA_DIR = Path(__file__).parent / "data" / "redflags"


class RedFlagRules:
    def __init__(self, rules: list[tuple[str, str, list[list[str]], bool]]) -> None:
        """rules: (lang, flag id, phrase groups, any) — `any` rules have one group and need one phrase."""
        self._rules = [(flag, len(groups), is_any) for _, flag, groups, is_any in rules]
        phrases = [
            (lang, phrase, (r, g))
            for r, (lang, _, groups, _) in enumerate(rules)
            for g, group in enumerate(groups)
            for phrase in group
        ]
        self._phrases = Gazetteer(phrases, word_rules=False)

    @classmethod
    def load(cls, folder: Path = DATA_DIR) -> RedFlagRules:
        rules = []
        for path in sorted(folder.glob("*.yml")):
            doc = read_yaml(path) or {}
            lang = str(doc.get("lang", path.stem))
            for rule in doc.get("flags") or []:
                flag = rule.get("id")
                if flag not in RED_FLAGS:
                    raise ValueError(f"{path}: unknown red flag {flag!r}")
                if rule.get("any"):
                    rules.append((lang, flag, [[str(p) for p in rule["any"]]], True))
                if rule.get("all"):
                    rules.append((lang, flag, [[str(p) for p in group] for group in rule["all"]], False))
        return cls(rules)

    def find(self, text: str, lang: str = "und") -> list[RedFlag]:
        """Flags raised by `text`, in the order of RED_FLAGS, each with the words that raised it."""
        hits = self._phrases.find(text, overlapping=True)
        absent = negated(text, [(h.start, h.end) for h in hits], lang, strict=True)
        found: dict[int, dict[int, str]] = {}
        for hit, neg in zip(hits, absent, strict=True):
            if neg:
                continue
            for r, g in hit.payloads:
                found.setdefault(r, {}).setdefault(g, text[hit.start : hit.end])
        raised: dict[str, str] = {}
        for r, groups in found.items():
            flag, need, is_any = self._rules[r]
            if (is_any or len(groups) == need) and flag not in raised:
                raised[flag] = " … ".join(groups[g] for g in sorted(groups))
        return [RedFlag(flag, raised[flag]) for flag in RED_FLAGS if flag in raised]
