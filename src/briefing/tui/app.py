"""The briefing app: opens the store, composes the main screen, declares the global keys."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.worker import Worker, WorkerState

from briefing.config import load_keymap, load_settings, save_setting
from briefing.errors import BriefingError
from briefing.resources import styles_dir
from briefing.search import SearchIndex
from briefing.store import Store
from briefing.tui.commands import BriefingCommands
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.search_pane import WarmedUp

STYLESHEETS = ("app.tcss", "main.tcss", "document.tcss", "modals.tcss", "places.tcss")


def binding_ids() -> set[str]:
    """Every binding id the app declares, on itself, its screens and its widgets."""
    from textual.dom import DOMNode

    found: set[str] = set()
    pending: list[type] = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("briefing."):
            for binding in getattr(cls, "BINDINGS", []):
                if isinstance(binding, Binding) and binding.id:
                    found.add(binding.id)
    return found


def keymap_problems(keymap: dict[str, str], known: set[str]) -> list[str]:
    """One line per keymap entry that would be silently ignored or would clash."""
    problems = [
        f"config keymap: no key action is called {name!r}; see ? for the actions"
        for name in sorted(keymap)
        if name not in known
    ]
    owners: dict[str, list[str]] = {}
    for name, keys in keymap.items():
        for key in (k.strip() for k in keys.split(",")):
            owners.setdefault(key, []).append(name)
    problems += [
        f"config keymap: {key!r} is given to {len(names)} actions ({', '.join(sorted(names))})"
        for key, names in sorted(owners.items())
        if len(names) > 1
    ]
    return problems


def stylesheet(name: str) -> Path:
    return Path(str(styles_dir() / name))


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH = [stylesheet(name) for name in STYLESHEETS]
    COMMANDS = {BriefingCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(self, store: Store, remember_theme: bool = True) -> None:
        super().__init__()
        self.store = store
        self.index = SearchIndex(store)
        self.remember_theme = remember_theme
        self._theme_loaded = False

    def on_mount(self) -> None:
        if self.remember_theme:
            try:
                settings = load_settings()
                keymap = load_keymap()
            except BriefingError as error:
                self.notify(str(error), severity="error")
            else:
                if settings.get("theme") in self.available_themes:
                    self.theme = settings["theme"]
                if keymap:
                    for problem in keymap_problems(keymap, binding_ids()):
                        self.notify(problem, severity="warning", timeout=10)
                    self.set_keymap(keymap)
        self._theme_loaded = True

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.store, self.index)

    def watch_theme(self, theme: str) -> None:
        if self.remember_theme and self._theme_loaded:
            try:
                save_setting("theme", theme)
            except (OSError, BriefingError) as error:
                # a malformed config.toml is the user's to mend: left as it is, never replaced
                self.notify(f"could not save the theme: {error}", severity="warning")

    def action_change_theme(self) -> None:
        self.search_themes()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def on_warmed_up(self, _: WarmedUp) -> None:
        """Move everything made at start-up (Textual's widgets and styles, the name index: 100k
        to 200k objects) out of the garbage collector's reach, and collect the young less
        often. A full collection over them took ~95 ms and fell at random inside the drawing
        of a new screen: the map's worst of eleven openings at 1M went from 217-298 ms to
        80-84 ms (benchmarks/place_speed.py)."""
        gc.freeze()
        gc.set_threshold(20_000, 20, 100)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every message as plain text: they carry file names, speakers' names and what an
        analyst typed, and a "[/]" in one was a markup error that closed the app (a
        "[sic]" vanished, and "[@click=…]" was an action)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed query (a locked or damaged store) is a notification, never a traceback."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.notify(f"store error: {event.worker.error}", severity="error", timeout=8)
