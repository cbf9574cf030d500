"""Red-flag rules: per-language phrase rules that run before any model and can only raise urgency.

A rule fires on any one `any` phrase, or when every `all` group has a phrase; mentions the patient negates
("no chest pain") do not count, but a phrase that holds its own negative word ("의식이 없", "can't breathe",
"没有意识") is the finding itself and is never negated. Every language's rules run on every message, so a
misdetected message still raises its flags; only Latin-script phrases of a non-English file are kept to that
language's messages (a code-switched "emergency" in ko.yml must not fire on English text, which en.yml covers).
The group item `@fever` stands for a temperature of 38 °C or more in any unit ("38.5度", "101F"), so rules need
not list numbers (a bare "38" would also fire on "생후 38일"); `@pregnant_weeks` for a pregnancy said by its weeks
alone ("im 30 weeks and bleeding", "30주차인데", "いま30週で": nlu/quantities.py `weeks_pregnant`; fifteenth round);
`@infant_age` for a baby's age under three months ("she's 6 weeks", "baby 8 weeks,": nlu/quantities.py `ages`),
so that a bare "6 weeks" ("6 weeks into chemo") is no age. A
flag's `unless` phrases are narrow exclusions:
a match lying inside one of them (まぶたのけいれん, 공황발작) does not count for that flag. A flag's `over` phrases
say that the episode is over ("came round after a few seconds", "几秒钟就醒了", "it stopped after 10 mins"): said after
the flag's words, they drop it, unless one of its `over_unless` phrases (a faint during exercise, a head injury,
jerking, an older person) is said and not denied. Its `near` phrases say the finding nearly happened ("nearly
fainted", 差点晕倒): a match inside one does not count, except with that same `over_unless` context (nearly passing
out while pregnant or vomiting blood still counts). Its `hyperbole` phrases ("I think I'm dying", 죽을 것 같아요)
are a way of speaking when an `explained` phrase follows them (a runny nose, a cold) and no `over_unless` context
is said (the `explained` phrase may come before or after them); an explicit request (an ambulance, 119) is never
one. Its `question` phrases ask whether to go ("응급실 가야 하나요?"): a match inside one does not count when the
patient denies some alarm (an `over_unless` phrase or any red-flag phrase) and says none of the `over_unless` context
(a phrase lying inside some flag's `unless` exclusion, "갈색 피", does not count). Its `who` phrases (pregnancy, a baby)
keep a flag like `over_unless` does, except a `question`: who the patient is is no alarm. Its `joking` phrases
("살려주세요", "救命") and its `hyperbole` phrases do not count when laughter follows at once ("ㅋㅋ", "哈哈", "w",
"lol") and no `over_unless` or `who` context is said. Its `someone_else` phrases say the finding is another person's
(a nursing mother's own mastitis, not her baby's fever): said, with none of the `over_unless`/`who` context, they drop
the flag; so do its `cause` phrases, a harmless cause said as taken (iron tablets blacken the stool). Its `only`
phrases say the complaint named is the only one ("除了打嗝没别的不舒服", "nothing else wrong"): a
`joking` call does not count when one is said together with an `explained` ordinary complaint (hiccups) and no
`over_unless` or `who` context. An `over_unless` word lying inside some flag's `unless` exclusion (holding one's breath
against hiccups, "숨을 참아도", "息を止めても", "憋气也不管用") keeps nothing, nor one inside another flag's played-down
`hyperbole` ("鼻子堵得喘不过气"). An `explained` phrase explains only the `hyperbole` of its own entry. Its `reassured`
phrases ("现在好多了", "지금은 멀쩡해요", "fine now") said after a `joking` or `hyperbole` call drop the call, with no
`over_unless`/`who` context and no other flag raised (eleventh round). Likewise a `joking` or `hyperbole` call
with a `lasting` phrase (a complaint of days: "3일 됐어요", "三天了", "for a week") and none of its `lasting_unless`
phrases (sudden, today, just now, a fever, a young baby's age) is exasperation, not a call for help. An entry with
`keep` phrases has its explained `hyperbole` kept by those alone (and `who`), not by the flag's `over_unless`
(thirteenth round: a face droop with the forehead weak is a Bell's palsy, unless a weak arm or slurred speech is said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from nlu.files import read_yaml
from nlu.matcher import Gazetteer, Hit
from nlu.negation import (
    crosses_clause,
    denied_along_list,
    denied_as_such,
    denied_before,
    denied_in_list,
    has_negative_word,
    negated,
)
from nlu.quantities import ages, temperatures, weeks_pregnant
from nlu.types import RED_FLAGS, RedFlag

DATA_DIR = Path(__file__).parent / "data" / "redflags"

FEVER = "@fever"
WEEKS = "@pregnant_weeks"  # fifteenth round (F17)
INFANT = "@infant_age"  # sixteenth round: an age under three months (the triage rule infant_fever's age_lt: 0.25)
KINDS = ("over", "over_unless", "who", "near", "hyperbole", "explained", "joking", "question", "someone_else", "only")
KINDS += ("reassured",)  # eleventh round: "now fine" after a call
KINDS += ("lasting", "lasting_unless")  # eleventh round: a call about a complaint of days, nothing sudden
KINDS += ("keep",)  # thirteenth round: an entry's own danger context, in place of the flag's `over_unless`
KINDS += ("cause",)  # sixteenth round: a harmless cause said as taken (iron tablets blacken the stool)
KINDS += ("whether",)  # twenty-first round: asking whether to go, no call without an alarm or who the patient is
Rule = tuple[str, str, list[list[str]], bool]  # lang, flag id, phrase groups, any (one group, one phrase)


class RedFlagRules:
    def __init__(
        self, rules: list[Rule], unless: list[tuple[str, str, str]] = (), over: list[tuple[str, str, str, str]] = ()
    ) -> None:
        """rules: (lang, flag id, phrase groups, any); unless: (lang, flag id, phrase) exclusions; over: (lang, flag
        id, "over", "over_unless", "near", "hyperbole" or "explained", phrase)."""
        self._rules = [(flag, len(groups), is_any, lang) for lang, flag, groups, is_any in rules]
        phrases = [
            (lang, phrase, (r, g, has_negative_word(phrase)))
            for r, (lang, _, groups, _) in enumerate(rules)
            for g, group in enumerate(groups)
            for phrase in group
            if phrase not in (FEVER, WEEKS, INFANT)
        ]
        self._fever = [
            (r, g) for r, (_, _, groups, _) in enumerate(rules) for g, group in enumerate(groups) if FEVER in group
        ]
        self._weeks = [
            (r, g) for r, (_, _, groups, _) in enumerate(rules) for g, group in enumerate(groups) if WEEKS in group
        ]
        self._infant = [
            (r, g) for r, (_, _, groups, _) in enumerate(rules) for g, group in enumerate(groups) if INFANT in group
        ]
        self._phrases = Gazetteer(phrases, word_rules=False)
        self._unless = Gazetteer([(lang, phrase, flag) for lang, flag, phrase in unless], word_rules=False)
        self._over = Gazetteer(
            # the entry a phrase comes from: an `explained` cause explains only the `hyperbole` of its own entry
            [
                (lang, phrase, (flag, kind, has_negative_word(phrase), *entry))
                for lang, flag, kind, phrase, *entry in over
            ],
            word_rules=False,
        )
        self._over_flags = {flag for _, flag, kind, *_ in over if kind == "over"}
        self._own_keep = {tuple(entry) for _, _, kind, _, *entry in over if kind == "keep"}
        self._has_context = bool(over)

    @classmethod
    def load(cls, folder: Path = DATA_DIR) -> RedFlagRules:
        rules, unless, over = [], [], []
        for n, path in enumerate(sorted(folder.glob("*.yml"))):
            doc = read_yaml(path) or {}
            lang = str(doc.get("lang", path.stem))
            for e, rule in enumerate(doc.get("flags") or []):
                flag = rule.get("id")
                if flag not in RED_FLAGS:
                    raise ValueError(f"{path}: unknown red flag {flag!r}")
                if rule.get("any"):
                    rules.append((lang, flag, [[str(p) for p in rule["any"]]], True))
                if rule.get("all"):
                    rules.append((lang, flag, [[str(p) for p in group] for group in rule["all"]], False))
                unless += [(lang, flag, str(p)) for p in rule.get("unless") or []]
                over += [(lang, flag, kind, str(p), (n, e)) for kind in KINDS for p in rule.get(kind) or []]
        return cls(rules, unless, over)

    def find(self, text: str, lang: str = "und", skip: Sequence[tuple[int, int]] = ()) -> list[RedFlag]:
        """Flags raised by `text`, in the order of RED_FLAGS, each with the words that raised it. `skip`: spans whose
        words do not count (a condition named only as a worry or a history: nlu/qualify.py `unsaid_names`)."""
        hits = self._phrases.find(text, overlapping=True)
        hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in skip)]
        # A baby's months that belong to a years age ("1歳2ヶ月の娘", "1岁2个月的宝宝") are no infant's age
        older = [(e.start, e.end) for e in ages(text) if e.value >= 0.25]
        hits = [
            h
            for h in hits
            if not (
                all(self._rules[r][0] == "infant_fever" for r, _, _ in h.payloads)
                and any(a < h.end and h.start < b for a, b in older)
            )
        ]
        exclusions = self._unless.find(text, overlapping=True)
        context = self._over.find(text, overlapping=True) if self._has_context else []
        said = _Said(self, text, lang, hits, context)

        def kept(flag: str, deep: bool = True) -> bool:  # the danger context that keeps a played-down flag
            # an alarm word only in a form some rule names harmless ("숨 참아봐도", holding one's breath) keeps nothing,
            # nor one inside another flag's words read as a way of speaking ("鼻子堵得喘不过气": a blocked nose)
            spoken = [
                u
                for u in context
                if deep
                and any(
                    p[0] != flag and p[1] == "hyperbole" and said(p[0], "explained", *p[3:]) and not kept(p[0], False)
                    for p in u.payloads
                )
            ]
            alarms = [
                at
                for at, to in said.spans(flag, "over_unless")
                if not any(u.start <= at and to <= u.end for u in [*exclusions, *spoken])
            ]
            return bool(alarms or said(flag, "who"))

        found: dict[int, dict[int, str]] = {}
        calmed: dict[str, str] = {}  # calls played down as "fine now", by flag
        first: dict[str, int] = {}  # where each flag's words begin
        # fewer than hits: the patient denies some alarm; a self-negated phrase inside its flags' `unless` compound is
        # no finding, and its negative word stays a cue (seventeenth round: "죽고 싶다는 생각은 안 들어요", not the
        # inhaler's "안 들어")
        positive = self._positive(text, [h for h in hits if not self._unless_negative(h, exclusions)], lang)
        for hit in positive:
            latin = text[hit.start : hit.end].isascii()
            if text[hit.start].isdigit() and text[max(hit.start - 1, 0) : hit.start] == "/":
                continue  # a denominator, not a count: "5/10, ibuprofen helps" is a pain score
            for r, g, _ in hit.payloads:
                flag, _, _, rule_lang = self._rules[r]
                if latin and rule_lang not in ("en", lang):
                    continue
                if any(u.start <= hit.start and hit.end <= u.end and flag in u.payloads for u in exclusions):
                    continue
                near = [u for u in context if any(p[:2] == (flag, "near") for p in u.payloads)]
                if any(u.start <= hit.start and hit.end <= u.end for u in near) and not kept(flag):
                    continue
                loose = [
                    p[3:]
                    for u in context
                    if u.start <= hit.start and hit.end <= u.end
                    for p in u.payloads
                    if p[:2] == (flag, "hyperbole")
                ]
                # an entry with its own `keep` list (a face droop with the forehead: Bell's palsy) is kept by that
                # list alone, not by the flag's `over_unless` (one side, the face: the palsy itself)
                if any(
                    said(flag, "explained", *e)
                    and not (said(flag, "keep", *e) or said(flag, "who") if e in self._own_keep else kept(flag))
                    for e in loose
                ):
                    continue
                # "살려주세요 ㅋㅋ", "救命啊哈哈哈", "死にそうw", "i'm dying lol": a call laughed off
                joking = ((flag, "joking"), (flag, "hyperbole"))
                jokes = [u for u in context if any(p[:2] in joking for p in u.payloads)]
                if any(
                    u.start <= hit.start and hit.end <= u.end and _LAUGH.match(text, u.end) for u in jokes
                ) and not kept(flag):
                    continue
                # "救命！！打嗝两个小时了…除了打嗝没别的不舒服": a call about one ordinary complaint, the only one
                calls = [u for u in context if any(p[:2] == (flag, "joking") for p in u.payloads)]
                if (
                    any(u.start <= hit.start and hit.end <= u.end for u in calls)
                    and said(flag, "explained")
                    and said(flag, "only")
                    and not kept(flag)
                ):
                    continue
                # "救命！！…现在好多了", "죽을 것 같아요 … 지금은 멀쩡해요": a call, then "all is fine now"
                if (
                    any(u.start <= hit.start and hit.end <= u.end for u in jokes)
                    and any(at > hit.start for at in said(flag, "reassured"))
                    and not kept(flag)
                ):
                    calmed.setdefault(flag, text[hit.start : hit.end])
                    continue
                # "살려주세요 … 3일 됐어요", "救命…三天了": exasperation about a complaint of days, not a call for help
                if (
                    any(u.start <= hit.start and hit.end <= u.end for u in jokes)
                    and said(flag, "lasting")
                    and not said(flag, "lasting_unless")
                    and not kept(flag)
                ):
                    calmed.setdefault(flag, text[hit.start : hit.end])
                    continue
                asked = [u for u in context if any(p[:2] == (flag, "question") for p in u.payloads)]
                if (
                    any(u.start <= hit.start and hit.end <= u.end for u in asked)
                    and (said.denied(flag, "over_unless") or len(positive) < len(hits))
                    # an alarm said, except in a form a rule names harmless ("갈색 피", brown spotting)
                    and not [
                        at
                        for at, to in said.spans(flag, "over_unless")
                        if not any(u.start <= at and to <= u.end for u in exclusions)
                    ]
                ):
                    continue
                # "지금 당장 응급실 가야하나요" of a breast lump: whether to go, no call, unless an alarm or who is said
                whether = [u for u in context if any(p[:2] == (flag, "whether") for p in u.payloads)]
                if any(u.start <= hit.start and hit.end <= u.end for u in whether) and not kept(flag):
                    continue
                found.setdefault(r, {}).setdefault(g, text[hit.start : hit.end])
                first[flag] = min(first.get(flag, hit.start), hit.start)
        if self._fever and (fever := [e for e in temperatures(text) if e.value >= 38]):
            for r, g in self._fever:
                found.setdefault(r, {}).setdefault(g, fever[0].text)
        if self._weeks and (weeks := weeks_pregnant(text)):
            for r, g in self._weeks:
                found.setdefault(r, {}).setdefault(g, weeks[0].text)
        if self._infant and (infant := [e for e in ages(text) if e.value < 0.25]):
            for r, g in self._infant:
                found.setdefault(r, {}).setdefault(g, infant[0].text)
        raised: dict[str, str] = {}
        for r, groups in found.items():
            flag, need, is_any, _ = self._rules[r]
            if (is_any or len(groups) == need) and flag not in raised:
                raised[flag] = " … ".join(groups[g] for g in sorted(groups))
        for flag in [f for f in raised if f in self._over_flags]:
            # the episode said to be over after the flag's words, with none of its `over_unless` context
            if any(start >= first.get(flag, 0) for start in said(flag, "over")) and not kept(flag):
                del raised[flag]
        for flag in [f for f in raised if said(f, "someone_else") and not kept(f)]:
            del raised[flag]  # the finding is someone else's: a nursing mother's own fever with mastitis
        for flag in [f for f in raised if said(f, "cause") and not kept(f)]:
            del raised[flag]  # the finding has a harmless cause: black stool from iron tablets, with no sign of a bleed
        # a call said "fine now" beside some finding ("救命！孩子吞了纽扣电池，现在没事") stands
        if any(flag not in calmed for flag in raised):
            raised = {**calmed, **raised}
        return [RedFlag(flag, raised[flag]) for flag in RED_FLAGS if flag in raised]

    def someone_elses(self, text: str, lang: str = "und") -> list[str]:
        """Flags whose finding the message says is another person's (`someone_else` said, the flag not raised): a
        nursing mother's own fever with mastitis is not her baby's (eleventh round)."""
        context = self._over.find(text, overlapping=True) if self._has_context else []
        flags = sorted({p[0] for c in context for p in c.payloads if p[1] == "someone_else"})
        if not flags:
            return []
        said = _Said(self, text, lang, self._phrases.find(text, overlapping=True), context)
        raised = {f.id for f in self.find(text, lang)}
        return [f for f in flags if said(f, "someone_else") and f not in raised]

    def _unless_negative(self, hit: Hit, exclusions: list[Hit]) -> bool:
        """Whether `hit` holds its own negative word and lies inside an `unless` compound of every flag it serves."""
        flags = {self._rules[r][0] for r, _, _ in hit.payloads}
        return hit.payloads[0][2] and all(
            any(u.start <= hit.start and hit.end <= u.end and flag in u.payloads for u in exclusions) for flag in flags
        )

    @staticmethod
    def _positive(text: str, hits: list[Hit], lang: str) -> list[Hit]:
        """The hits the patient does not negate. A phrase with its own negative word, and any hit inside it,
        is always positive, and its negative word is masked so that it negates no other mention."""
        # A self-negated phrase that a longer mention runs past is a cue, not the finding: in "没有呼吸困难" the
        # 没有 of "没有呼吸" (not breathing) denies "呼吸困难" (breathing difficulty), so it stands for neither.
        # Nineteenth round (M): only when what stands before that mention is a plain denial (没有, not): a mention
        # that shares the phrase's last words ("不想活着太累", "止不了血流了很多", "喘不过气短", "느닷없이 두통":
        # 이두, the biceps) leaves the phrase the finding, whose own negative word denies nothing.
        fixed = [
            f
            for f in hits
            if f.payloads[0][2]
            and not any(
                f.start < h.start < f.end < h.end
                and not h.payloads[0][2]
                and _PLAIN_DENIAL.fullmatch(text[f.start : h.start].strip())
                for h in hits
            )
        ]
        cues = {id(f) for f in hits if f.payloads[0][2]} - {id(f) for f in fixed}
        # ... unless waved away as "nothing of the sort" ("倒没什么想不开的", "숨이 안 쉬어지거나 그런 건 없어요")
        cues |= {id(f) for f in fixed if denied_as_such(text, f.start, f.end, lang)}
        # ... or denied by a plain cue right before it ("我没有想不开", "我不会想不開的")
        cues |= {id(f) for f in fixed if denied_before(text, f.start, f.end, lang)}
        # ... or listed without commas after "none either" ("也没有嘴唇肿喘不上气"; sixteenth round)
        spans = [(h.start, h.end) for h in hits]
        cues |= {id(f) for f in fixed if denied_in_list(text, f.start, f.end, spans, lang)}
        # ... or one of a list denied as a whole ("手脚麻木、说话不清楚、胸痛都没有", "没有手脚麻木或者说话不清楚",
        # "말이 안 나오거나 팔다리 마비는 없어요"), with the words inside it (说话, 不清; nineteenth round, GAPS3)
        listed = [f for f in fixed if id(f) not in cues and denied_along_list(text, f.start, f.end, lang)]
        cues |= {id(h) for h in hits if any(f.start <= h.start and h.end <= f.end for f in listed)}
        # ... and what it is likened to goes with it ("커튼처럼 안 보이는 데는 없어요", "没有像拉窗帘一样看不见";
        # sixteenth round)
        gone = [f for f in fixed if id(f) in cues]
        cues |= {id(h) for h in hits if not h.payloads[0][2] and any(_likened(text, h.end, f.start) for f in gone)}
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


# Laughter right after a call, its ending aside ("살려줘요 ㅋㅋ", "死にそうだw", "救命啊哈哈", "（笑）", "lol", "😂");
# not crying (ㅠㅠ) or a verb (笑えない).
_LAUGH = re.compile(
    r"[가-힣ぁ-ん]{0,3}[\s.,!！~〜ー…]*(?:[啊呀吧嘛]\s*)?(?:[ㅋㅎ]{2,}|(?:lol|lmao|lmfao|rofl|haha+|hehe+|jk)\b|[哈呵嘿]{2,}|233+"
    r"|[（(]笑[)）]|笑(?![\u3040-\u309f\u4e00-\u9fff])|[wｗ]+(?![a-z])|草(?![\u3040-\u309f])"
    r"|[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F639])",
    re.IGNORECASE,
)


# What may stand before a longer mention that runs past a self-negated phrase for the phrase to be its denial
# ("没有呼吸困难", "沒有意識模糊", "not breathing heavily"): a plain denial, nothing else (nineteenth round).
_PLAIN_DENIAL = re.compile(
    r"(?:并|並|也|都|从来|從來|从|從|还|還|根本|完全)?(?:没有|沒有|没|沒|无|無|冇|未|不是|并非|並非)"
    r"|(?:no|not|never|without|isn't|isnt|aren't|arent|wasn't|wasnt|weren't|werent)",
    re.IGNORECASE,
)


_LIKE = re.compile(
    r"처럼|같이|みたいに|みたいな|のように|のような|ように|一样|一樣|那样|那樣|似的|\blike\b", re.IGNORECASE
)


def _likened(text: str, end: int, start: int) -> bool:
    """Whether the words ending at `end` are likened to the phrase starting at `start`, close by in one clause."""
    gap = text[end:start]
    return 0 < len(gap) <= 12 and bool(_LIKE.search(gap)) and not crosses_clause(gap)


def _reading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a number of a blood pressure reading ("170/105" holds no fever of 105)."""
    return bool(re.fullmatch(r"\d+", text[start:end])) and (
        bool(re.search(r"\d\s*/\s*$", text[max(start - 5, 0) : start])) or bool(re.match(r"\s*/\s*\d", text[end:]))
    )


class _Said:
    """The `over`/`over_unless` phrases of a message that the patient says and does not deny, worked out once and
    only when asked: said(flag, kind) -> where each begins."""

    def __init__(self, rules: RedFlagRules, text: str, lang: str, hits: list[Hit], context: list[Hit]) -> None:
        wanted = [
            c
            for c in context
            if any(p[1] not in ("near", "hyperbole", "question", "joking", "whether") for p in c.payloads)
            and not _reading(text, c.start, c.end)
        ]
        self._args = (rules, text, lang, hits, wanted)
        self._said: list[tuple[str, str, int, int, tuple]] | None = None  # flag, kind, start, end, (entry,)
        self._denied: list[tuple[str, str, int, int, tuple]] = []

    def __call__(self, flag: str, kind: str, entry: object = None) -> list[int]:
        if self._said is None:
            rules, text, lang, hits, context = self._args
            positive = {id(h) for h in rules._positive(text, hits + context, lang)} if context else set()
            self._said = [(p[0], p[1], c.start, c.end, p[3:]) for c in context if id(c) in positive for p in c.payloads]
            self._denied = [
                (p[0], p[1], c.start, c.end, p[3:]) for c in context if id(c) not in positive for p in c.payloads
            ]
        return [s for f, k, s, _, e in self._said if f == flag and k == kind and (entry is None or e == (entry,))]

    def spans(self, flag: str, kind: str) -> list[tuple[int, int]]:
        """Where the phrases of `kind` that the patient says and does not deny begin and end."""
        self(flag, kind)
        return [(start, end) for f, k, start, end, _ in self._said if f == flag and k == kind]

    def denied(self, flag: str, kind: str) -> list[int]:
        """Where the phrases of `kind` that the patient mentions and denies begin ("가슴 답답하거나 그런 건 없어요")."""
        self(flag, kind)
        return [start for f, k, start, _, _ in self._denied if f == flag and k == kind]
