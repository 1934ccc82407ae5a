"""Snapshot and pilot fixtures: fixed data, theme, size and no cursor blink."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def steady_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
