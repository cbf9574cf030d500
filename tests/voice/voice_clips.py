"""Test audio and scoring: speech made on the spot by espeak-ng, and the script of a transcript."""

from __future__ import annotations

import subprocess
import unicodedata


def espeak(text: str, voice: str = "en-us", ssml: bool = False) -> bytes:
    """WAV bytes of espeak-ng speaking `text` (SSML when asked)."""
    args = ["espeak-ng", "-v", voice, "--stdout", *(["-m"] if ssml else [])]
    return subprocess.run(args, input=text.encode(), capture_output=True, check=True).stdout




def script_share(text: str, *scripts: str) -> float:
    """Share of the letters in `text` whose Unicode name starts with one of `scripts` (e.g. "HANGUL", "CJK")."""
    letters = [c for c in text if c.isalpha()]
    return sum(unicodedata.name(c, "").startswith(scripts) for c in letters) / max(1, len(letters))
