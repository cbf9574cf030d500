"""How close a transcript is to what was said: the character error rate the tests and bench/voice.py report."""

from __future__ import annotations

import unicodedata


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
