"""Would a second raise-only net help triage: `self_care` raised to `routine` when P(not self_care) >= T?

Leave-one-folder-out over the blind folders of the development vignettes (bot/data/dev/<folder>/; the top-level
dev files always train): for each held-out folder both nets are trained on all the other development vignettes
with bot/urgency.py's recipe (nlu.classifier: char n-grams + USE-multilingual, linear SVM), the held-out folder is
triaged by today's rules (no net), then
- baseline: the emergency net as in bot/urgency.py (raise to `emergency` when P(emergency) >= 0.9);
- baseline + level net at T: a `self_care` after the baseline becomes `routine` when P(not self_care) >= T.
Categories as bot/triage_eval.py (Semigran et al.): appropriate, under- and over-triage, emergencies caught.

Today's rules were fixed on these folders after each was first run, so their misses here are fewer than on unseen
vignettes. `--first-sight` triages each held-out folder with the rules as they were when it was first run instead
(the commits of FIRST_SIGHT, extracted read-only with `git archive` into a temporary folder, each with its own NLU
cache); the nets are still trained on all the other development vignettes of today.

Run: .venv/bin/python bench/level_net.py [--first-sight] [--cache /tmp/levelnet] [--folders blind1,...] [--per-folder]
Prints one JSON line (pooled figures per threshold; per folder and the raised vignettes with --per-folder).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV = ROOT / "bot" / "data" / "dev"
FOLDERS = ("blind1", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "train5",
           "train9a", "train9b")  # fmt: skip
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
EMERGENCY_T = 0.9
# The commit whose rules first triaged each folder (its sealed run; blind5 and train5: before the seventh round).
FIRST_SIGHT = {
    "blind1": "15a0718", "blind2": "1af0e4f", "blind3": "b13270a", "blind4": "a78bb66", "blind5": "f2b1a6b",
    "train5": "f2b1a6b", "blind6": "016e174", "blind7": "778e839", "blind8": "18f5946", "train9a": "9c3a3d8",
    "train9b": "9c3a3d8", "blind9": "dbbf822",
}  # fmt: skip
RULES_ONLY = """
import json, sys
import nlu
from bot import engine
from bot.answers import harvest, new_facts
from bot.domain import load
from bot.triage import decide

domain = load()
levels = []
for text in json.load(sys.stdin):
    facts = new_facts()
    harvest(facts, nlu.parse(text), domain)
    engine._choose_complaint(facts, domain)
    levels.append([decide(facts, domain).level, bool(facts["symptoms"])])
print(json.dumps(levels))
"""
RANK = {"self_care": 0, "routine": 1, "urgent": 1, "emergency": 2}
EXPECTED_RANK = {"self_care": 0, "see_doctor": 1, "emergency": 2}


def vignettes() -> list[dict]:
    from bot.triage_eval import load_vignettes

    out = []
    for path in sorted(DEV.rglob("triage_*.yml")):
        folder = path.parent.name if path.parent != DEV else "dev"
        lang = path.stem.removeprefix("triage_")
        for v in load_vignettes(lang, path):
            out.append({"folder": folder, "id": v.id, "text": v.text, "expected": v.expected})
    return out


def rules_levels(texts: list[str], commit: str | None = None) -> list[list]:
    """[level, whether a symptom was found] by the rules without any net (as `engine.assess` before `_decide`
    consults bot/urgency.py): today's, or those of `commit` (its tree extracted with `git archive`, never checked
    out; its own NLU cache in the same folder)."""
    with tempfile.TemporaryDirectory(prefix="level_net-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": f"{tmp}/cache"}
        if commit:
            tree = subprocess.run(["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", tmp], input=tree.stdout, check=True)
            env["PYTHONPATH"] = tmp
        else:
            env.pop("XDG_CACHE_HOME")  # today's NLU model, as cached for everyone
        out = subprocess.run([sys.executable, "-c", RULES_ONLY], input=json.dumps(texts), cwd=tmp, env=env,
                             capture_output=True, text=True, check=True)  # fmt: skip
        return json.loads(out.stdout)


def embeddings(texts: list[str], cache: Path | None) -> np.ndarray:
    """Every text encoded once; cached by the texts' hash (the encoder is fixed, the texts may change)."""
    from nlu import embed

    key = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
    path = cache / f"emb-{key}.npy" if cache else None
    if path and path.is_file():
        return np.load(path, allow_pickle=False)
    vectors = np.asarray(embed.shared().encode(texts), dtype=np.float32)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors, allow_pickle=False)
    return vectors


def probability(model, texts: list[str], vectors: np.ndarray, label: str) -> np.ndarray:
    return model.probabilities(texts, vectors)[:, model.labels.index(label)]


def tally(expected: list[str], levels: list[str]) -> dict:
    diffs = [RANK[lv] - EXPECTED_RANK[ex] for ex, lv in zip(expected, levels, strict=True)]
    return {
        "n": len(diffs),
        "appropriate": sum(d == 0 for d in diffs),
        "under": sum(d < 0 for d in diffs),
        "over": sum(d > 0 for d in diffs),
        "see_doctor_as_self_care": sum(
            ex == "see_doctor" and lv == "self_care" for ex, lv in zip(expected, levels, strict=True)
        ),
        "emergencies": f"{sum(ex == lv == 'emergency' for ex, lv in zip(expected, levels, strict=True))}"
        f"/{expected.count('emergency')}",
    }


def add(a: dict, b: dict) -> dict:
    out = {}
    for key, value in a.items():
        if key == "emergencies":
            (x, y), (p, q) = (map(int, value.split("/")), map(int, b[key].split("/")))
            out[key] = f"{x + p}/{y + q}"
        else:
            out[key] = value + b[key]
    return out


def run(folders: tuple[str, ...], cache: Path | None, per_folder: bool, first_sight: bool) -> dict:
    from nlu.classifier import train

    started = time.perf_counter()
    items = vignettes()
    texts = [v["text"] for v in items]
    vectors = embeddings(texts, cache)
    rules, symptoms = [""] * len(items), [False] * len(items)
    commits = {f: FIRST_SIGHT[f] if first_sight else None for f in folders}
    for commit in dict.fromkeys(commits.values()):
        index = [i for i, v in enumerate(items) if v["folder"] in folders and commits[v["folder"]] == commit]
        for i, (level, found) in zip(index, rules_levels([texts[i] for i in index], commit), strict=True):
            rules[i], symptoms[i] = level, found
    rules_s = time.perf_counter() - started
    expected_all = [v["expected"] for v in items]
    results: dict[str, dict[str, dict]] = {}
    raised_examples: dict[str, list] = {}
    for folder in folders:
        test = [i for i, v in enumerate(items) if v["folder"] == folder]
        fit = [i for i, v in enumerate(items) if v["folder"] != folder]
        fit_texts = [texts[i] for i in fit]
        emergency = train(fit_texts, ["emergency" if expected_all[i] == "emergency" else "other" for i in fit],
                          vectors[fit])  # fmt: skip
        level = train(fit_texts, ["self_care" if expected_all[i] == "self_care" else "care" for i in fit], vectors[fit])
        test_texts = [texts[i] for i in test]
        p_emergency = probability(emergency, test_texts, vectors[test], "emergency")
        p_care = probability(level, test_texts, vectors[test], "care")
        expected = [expected_all[i] for i in test]
        base = [
            "emergency" if lv != "emergency" and p >= EMERGENCY_T else lv
            for lv, p in zip([rules[i] for i in test], p_emergency, strict=True)
        ]
        row = {"rules": tally(expected, [rules[i] for i in test]), "baseline": tally(expected, base)}
        for t in THRESHOLDS:
            raised = ["routine" if lv == "self_care" and p >= t else lv for lv, p in zip(base, p_care, strict=True)]
            assert all(RANK[r] >= RANK[b] for r, b in zip(raised, base, strict=True))  # it never lowers
            row[f"T={t}"] = tally(expected, raised)
            guarded = [r if symptoms[test[k]] else b for k, (r, b) in enumerate(zip(raised, base, strict=True))]
            row[f"T={t}+symptom"] = tally(expected, guarded)  # raised only when the rules found a symptom
            raised_examples.setdefault(f"T={t}", []).extend(
                [items[test[k]]["id"], expected[k], round(float(p_care[k]), 3)]
                for k in range(len(test))
                if base[k] == "self_care" and p_care[k] >= t
            )
        results[folder] = row
    pooled = {}
    for row in results.values():
        for key, figures in row.items():
            pooled[key] = add(pooled[key], figures) if key in pooled else figures
    for figures in pooled.values():
        figures["appropriate_pct"] = round(100 * figures["appropriate"] / figures["n"], 2)
    out = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "vignettes": len(items),
        "held_out": list(folders),
        "rules": "first sight" if first_sight else "today",
        "emergency_T": EMERGENCY_T,
        "pooled": pooled,
        "seconds": round(time.perf_counter() - started, 1),
        "rules_seconds": round(rules_s, 1),
    }
    if per_folder:
        out["per_folder"] = results
        out["raised"] = raised_examples
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="folder for the embeddings (e.g. /tmp/levelnet)")
    parser.add_argument("--folders", default=",".join(FOLDERS))
    parser.add_argument("--per-folder", action="store_true")
    parser.add_argument("--first-sight", action="store_true", help="each folder's rules as when it was first run")
    args = parser.parse_args()
    result = run(tuple(args.folders.split(",")), args.cache, args.per_folder, args.first_sight)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
