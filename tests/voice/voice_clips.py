"""Test audio and scoring: speech made on the spot by espeak-ng, character error rate, script of a transcript."""

from __future__ import annotations

import subprocess
import unicodedata


def espeak(text: str, voice: str = "en-us", ssml: bool = False) -> bytes:
    """WAV bytes of espeak-ng speaking `text` (SSML when asked)."""
    args = ["espeak-ng", "-v", voice, "--stdout", *(["-m"] if ssml else [])]
    return subprocess.run(args, input=text.encode(), capture_output=True, check=True).stdout


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate after folding case, width and punctuation (what a reader would not count as errors)."""

    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())

    ref, hyp = fold(reference), fold(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        diagonal, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (r != h))
    return row[-1] / max(1, len(ref))


def script_share(text: str, *scripts: str) -> float:
    """Share of the letters in `text` whose Unicode name starts with one of `scripts` (e.g. "HANGUL", "CJK")."""
    letters = [c for c in text if c.isalpha()]
    return sum(unicodedata.name(c, "").startswith(scripts) for c in letters) / max(1, len(letters))
