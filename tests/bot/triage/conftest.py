"""The learned safety net switched off, for the tables whose levels must be the rules' own."""

from __future__ import annotations

import pytest

from bot import engine


class _NoNet:
    """Stands in for the learned safety net: it never raises a level."""

    def raise_level(self, text: str, embedding: object, level: str) -> tuple[str, None]:
        return level, None


@pytest.fixture
def no_net(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the learned net off (bot.urgency.shared), so the level checked is the rules' own."""
    monkeypatch.setattr(engine.urgency, "shared", _NoNet)
