"""Red-flag rules: per-language phrase rules that run before any model and can only raise urgency.

A rule fires on any one `any` phrase, or when every `all` group has a phrase; mentions the patient negates
("no chest pain") do not count, but a phrase that holds its own negative word ("의식이 없", "can't breathe",
"没有意识") is the finding itself and is never negated. Every language's rules run on every message, so a
misdetected message still raises its flags; only Latin-script phrases of a non-English file are kept to that
language's messages (a code-switched "emergency" in ko.yml must not fire on English text, which en.yml covers).
The group item `@fever` stands for a temperature of 38 °C or more in any unit ("38.5度", "101F"), so rules need
not list numbers (a bare "38" would also fire on "생후 38일"). A flag's `unless` phrases are narrow exclusions:
a match lying inside one of them (まぶたのけいれん, 공황발작) does not count for that flag.
"""

from __future__ import annotations

from pathlib import Path

from nlu.files import read_yaml
from nlu.matcher import Gazetteer, Hit
from nlu.negation import has_negative_word, negated
from nlu.quantities import temperatures
from nlu.types import RED_FLAGS, RedFlag

DATA_DIR = Path(__file__).parent / "data" / "redflags"

FEVER = "@fever"
Rule = tuple[str, str, list[list[str]], bool]  # lang, flag id, phrase groups, any (one group, one phrase)


class RedFlagRules:
    def __init__(self, rules: list[Rule], unless: list[tuple[str, str, str]] = ()) -> None:
        """rules: (lang, flag id, phrase groups, any); unless: (lang, flag id, phrase) exclusions."""
        self._rules = [(flag, len(groups), is_any, lang) for lang, flag, groups, is_any in rules]
        phrases = [
            (lang, phrase, (r, g, has_negative_word(phrase)))
            for r, (lang, _, groups, _) in enumerate(rules)
            for g, group in enumerate(groups)
            for phrase in group
            if phrase != FEVER
        ]
        self._fever = [
            (r, g) for r, (_, _, groups, _) in enumerate(rules) for g, group in enumerate(groups) if FEVER in group
        ]
        self._phrases = Gazetteer(phrases, word_rules=False)
        self._unless = Gazetteer([(lang, phrase, flag) for lang, flag, phrase in unless], word_rules=False)

    @classmethod
    def load(cls, folder: Path = DATA_DIR) -> RedFlagRules:
        rules, unless = [], []
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
                unless += [(lang, flag, str(p)) for p in rule.get("unless") or []]
        return cls(rules, unless)

    def find(self, text: str, lang: str = "und") -> list[RedFlag]:
        """Flags raised by `text`, in the order of RED_FLAGS, each with the words that raised it."""
        hits = self._phrases.find(text, overlapping=True)
        exclusions = self._unless.find(text, overlapping=True)
        found: dict[int, dict[int, str]] = {}
        for hit in self._positive(text, hits, lang):
            latin = text[hit.start : hit.end].isascii()
            if text[hit.start].isdigit() and text[max(hit.start - 1, 0) : hit.start] == "/":
                continue  # a denominator, not a count: "5/10, ibuprofen helps" is a pain score
            for r, g, _ in hit.payloads:
                flag, _, _, rule_lang = self._rules[r]
                if latin and rule_lang not in ("en", lang):
                    continue
                if any(u.start <= hit.start and hit.end <= u.end and flag in u.payloads for u in exclusions):
                    continue
                found.setdefault(r, {}).setdefault(g, text[hit.start : hit.end])
        if self._fever and (fever := [e for e in temperatures(text) if e.value >= 38]):
            for r, g in self._fever:
                found.setdefault(r, {}).setdefault(g, fever[0].text)
        raised: dict[str, str] = {}
        for r, groups in found.items():
            flag, need, is_any, _ = self._rules[r]
            if (is_any or len(groups) == need) and flag not in raised:
                raised[flag] = " … ".join(groups[g] for g in sorted(groups))
        return [RedFlag(flag, raised[flag]) for flag in RED_FLAGS if flag in raised]

    @staticmethod
    def _positive(text: str, hits: list[Hit], lang: str) -> list[Hit]:
        """The hits the patient does not negate. A phrase with its own negative word, and any hit inside it,
        is always positive, and its negative word is masked so that it negates no other mention."""
        # A self-negated phrase that a longer mention runs past is a cue, not the finding: in "没有呼吸困难" the
        # 没有 of "没有呼吸" (not breathing) denies "呼吸困难" (breathing difficulty), so it stands for neither.
        fixed = [
            f
            for f in hits
            if f.payloads[0][2] and not any(f.start < h.start < f.end < h.end and not h.payloads[0][2] for h in hits)
        ]
        cues = {id(f) for f in hits if f.payloads[0][2]} - {id(f) for f in fixed}
        hits = [h for h in hits if id(h) not in cues]
        inside = [any(f.start < h.end and h.start < f.end for f in fixed) for h in hits]
        chars = list(text)
        for f in fixed:
            chars[f.start : f.end] = "_" * (f.end - f.start)
        rest = [h for h, keep in zip(hits, inside, strict=True) if not keep]
        absent = negated("".join(chars), [(h.start, h.end) for h in rest], lang, strict=True)
        return [h for h, keep in zip(hits, inside, strict=True) if keep] + [
            h for h, neg in zip(rest, absent, strict=True) if not neg
        ]
