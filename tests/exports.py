"""Comparing stores by their JSON export, with the times of day left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main


def without_times(value: object) -> object:
    """The export with every timestamp (``*_at``, a history's ``at``) taken out."""
    if isinstance(value, dict):
        return {
            k: without_times(v) for k, v in value.items() if k != "at" and not k.endswith("_at")
        }
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


def exported(db: Path, capsys: pytest.CaptureFixture[str]) -> object:
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "json"]) == 0
    return without_times(json.loads(capsys.readouterr().out))
