"""The tests' ``settle`` waits past an exclusive worker that a newer one of its group
replaces (the store watcher's, polling fast in a test): that one ends cancelled, which is
done, not a failure of the test."""

from __future__ import annotations

import time

from textual import work
from textual.app import App
from textual.worker import Worker, WorkerState

from tests.tui.conftest import settle


class _Replacing(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.started: list[Worker[None]] = []

    @work(thread=True, exclusive=True, group="look")
    def look(self) -> None:
        time.sleep(0.3)

    def start(self) -> None:
        self.started.append(self.look())


async def test_settle_waits_past_a_worker_a_newer_one_replaced() -> None:
    app = _Replacing()
    async with app.run_test() as pilot:
        app.start()
        app.set_timer(0.05, app.start)  # replaces the first while settle waits on it
        await settle(pilot)
        first, second = app.started
        assert first.state == WorkerState.CANCELLED
        assert second.state == WorkerState.SUCCESS
