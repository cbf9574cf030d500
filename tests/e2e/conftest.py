"""End-to-end fixtures: the fake Telegram server and a real `vclinic serve` subprocess talking to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_telegram import TOKEN, FakeTelegram
from telegram_clinic import Clinic


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory) -> Path:
    """One joined Whisper model for the whole run (the serve processes share it)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    server = FakeTelegram(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def clinic_factory(tmp_path, model_cache) -> Iterator:
    started: list[Clinic] = []

    def make(fake: FakeTelegram, **settings: str) -> Clinic:
        clinic = Clinic(tmp_path, fake, model_cache, **settings)
        started.append(clinic)
        return clinic

    yield make
    for clinic in started:
        clinic.stop()


@pytest.fixture(scope="module")
def polling(tmp_path_factory, model_cache) -> Iterator[tuple[FakeTelegram, Clinic]]:
    """One fake server and one clinic in polling mode, shared by a module's conversations (distinct chats)."""
    server = FakeTelegram(TOKEN).start()
    clinic = Clinic(tmp_path_factory.mktemp("clinic"), server, model_cache).start(server)
    yield server, clinic
    clinic.stop()
    server.stop()
