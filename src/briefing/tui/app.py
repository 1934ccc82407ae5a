"""The briefing app: composes the main screen, declares global keys, opens the store."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from briefing.resources import styles_dir
from briefing.store import Store


def stylesheet(name: str) -> Path:
    return Path(str(styles_dir() / name))


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH = [stylesheet("app.tcss")]
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        page = self.store.timeline_page(limit=50)
        if not page.statements:
            yield Static("The store is empty. Add briefings with: briefing ingest PATH", id="empty")
        for statement in page.statements:
            when = statement.said_on or statement.sort_day or "undated"
            who = statement.speaker or "unattributed"
            yield Static(f"{when}  {who}: {statement.text[:120]}", classes="statement")
        yield Footer()
