"""Notices when another process writes to the store, so the panes show it without a restart.

SQLite's ``PRAGMA data_version`` changes on this connection whenever another
connection commits; reading it costs microseconds. It is read once a second
in a thread worker (never blocking the UI while an ingest holds the file), and
a change becomes one ``StoreChanged`` message for the screen to act on.
"""

from __future__ import annotations

from textual import work
from textual.message import Message
from textual.widget import Widget

from briefing.store import Store


class StoreChanged(Message):
    """Another process has committed to the store since the last look."""


class StoreWatcher(Widget):
    POLL_SECONDS = 1.0
    DEFAULT_CSS = "StoreWatcher { display: none; }"

    def __init__(self, store: Store, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.last_version: int | None = None

    def on_mount(self) -> None:
        self.last_version = self.store.data_version()  # the baseline: the store as opened
        self.set_interval(self.POLL_SECONDS, self.look)

    @work(thread=True, exclusive=True, group="store-watch", exit_on_error=False)
    def look(self) -> None:
        version = self.store.data_version()
        changed = version != self.last_version
        self.last_version = version
        if changed:
            self.post_message(StoreChanged())
