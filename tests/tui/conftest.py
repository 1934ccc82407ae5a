"""Snapshot and pilot fixtures: fixed data, clock, user, theme and size; no cursor blink."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import textual._wait as textual_wait
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

import briefing.store
from briefing.ingest import ingest_samples
from briefing.store import Store
from briefing.tui.app import BriefingApp

FIXED_NOW = "2024-01-15T09:30:00+00:00"


@pytest.fixture(autouse=True)
def steady_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pilot waits for the app to go idle after each key in slices of 20 ms: at least
    # 40 ms a key, most of a typing test's time. Slices of 4 ms still wait for idle (the
    # test then waits for workers and messages itself, see ``settle``).
    monkeypatch.setattr(textual_wait, "SLEEP_GRANULARITY", 1 / 250)
    monkeypatch.setattr(textual_wait, "SLEEP_IDLE", 1 / 250 / 20)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setenv("USER", "analyst")
    monkeypatch.setenv("LOGNAME", "analyst")
    monkeypatch.setattr(briefing.store, "utc_now", lambda: FIXED_NOW)


@pytest.fixture(scope="session")
def sample_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample briefings stored once per test process, with the clock fixed."""
    path = tmp_path_factory.mktemp("samples") / "briefing.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(briefing.store, "utc_now", lambda: FIXED_NOW)
        patch.setenv("USER", "analyst")
        patch.setenv("LOGNAME", "analyst")
        with Store(path) as store:
            assert ingest_samples(store).failed == 0
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


@pytest.fixture
def store_path(tmp_path: Path, steady_terminal: None, sample_store_file: Path) -> Path:
    """A fresh copy of the sample store for each test: its edits stay its own."""
    path = tmp_path / "briefing.db"
    shutil.copyfile(sample_store_file, path)
    return path


@pytest.fixture
def make_app(store_path: Path) -> Callable[..., BriefingApp]:
    def make(path: Path | None = None) -> BriefingApp:
        app = BriefingApp(Store(path or store_path), remember_theme=False)
        app.theme = "textual-dark"
        app.animation_level = "none"
        return app

    return make


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the screen repaint; stop every cursor blinking."""
    for _ in range(3):
        await _workers_done(pilot)
        await pilot.pause(0)  # every pending message handled; no wait for the CPU to idle
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause(0)


async def _workers_done(pilot: Pilot, attempts: int = 100) -> None:
    """Wait for the app's workers. An exclusive worker that a newer one of its group
    replaces ends cancelled (the store watcher's, polling fast in a test): that worker is
    done too, and the wait goes on for the ones left."""
    for _ in range(attempts):
        try:
            await pilot.app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue
    raise AssertionError("the app's workers kept being cancelled")


async def until(pilot: Pilot, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let the app run until ``condition`` holds: for work the app schedules after its next
    refresh (a redraw on resize), which no message marks the end of."""
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the app never reached the awaited state")


async def press(pilot: Pilot, *keys: str) -> None:
    """Press keys one at a time, letting each one's work finish before the next."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def keys_then_settle(*keys: str) -> Callable[[Pilot], object]:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before
