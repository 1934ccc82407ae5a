"""Every key in one place, grouped by where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("Everywhere", (
        ("/", "search (type any spelling; enter opens the result)"),
        ("1 2 3 4", "search, timeline, speaker, claims panes"),
        ("tab / shift+tab", "next / previous pane"),
        ("ctrl+p", "command palette: commands, speakers, places, claims"),
        ("?", "this help"),
        ("q", "quit (back, in the document reader)"),
    )),
    ("Lists", (
        ("j / k, ↓ / ↑", "move"),
        ("g / G", "first / last"),
        ("ctrl+d / ctrl+u", "page down / up"),
        ("enter", "open or choose"),
        ("esc", "back to where you were"),
    )),
    ("Timeline", (
        ("enter / o", "open the statement in its article"),
        ("f", "filter by speaker, place, outlet, status, dates"),
        ("F", "clear every filter"),
        ("r", "newest / oldest first"),
        ("R", "reload from the top"),
        ("P", "the profile of the statement's place"),
        ("w", "map of the places in the timeline's selection"),
        ("no date given", "the text gives no date: filed under its story's day"),
    )),
    ("Speaker", (("enter", "move the timeline to that statement"),)),
    ("Claims", (
        ("enter / space", "open or close a claim"),
        ("right / left", "open / close a claim"),
        ("m", "set the claim's status, with a note"),
    )),
    ("Desk (edits; u undoes the last one)", (
        ("a", "grade the speaker A–F (claims pane: credibility 1–6)"),
        ("A", "grade the statement's outlet A–F"),
        ("c", "make a claim from the statement"),
        ("l", "link the statement to the highlighted claim"),
        ("x", "claims pane: take the statement off its claim"),
        ("e", "edit the claim's summary"),
        ("n", "note on the statement, claim or speaker"),
        ("M", "merge a duplicate into the speaker"),
        ("u", "undo the last edit"),
    )),
    ("Place profile (enter on a place anywhere, or P)", (
        ("f", "filter the timeline to the place"),
        ("enter", "open the speaker or claim highlighted"),
        ("tab", "speakers / claims"),
        ("w", "map"),
        ("M", "merge a duplicate place into this one"),
        ("S", "split a merged place out again"),
    )),
    ("Map", (
        ("j / k", "move through the places; the map lights the one chosen"),
        ("enter", "open the place's profile"),
        ("z", "every place / the busiest and those near it"),
    )),
    ("Dialogs", (
        ("enter", "choose, or save a line"),
        ("ctrl+s", "save the filter or the status"),
        ("esc", "cancel"),
    )),
    ("Document reader", (
        ("n / p", "next / previous statement"),
        ("j / k", "scroll"),
        ("esc / q", "back"),
    )),
)  # fmt: skip


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("question_mark", "close", "Close", show=False),
        Binding("j,down", "scroll(1)", show=False),
        Binding("k,up", "scroll(-1)", show=False),
        Binding("ctrl+d,pagedown,space", "page(1)", show=False),
        Binding("ctrl+u,pageup", "page(-1)", show=False),
        Binding("g,home", "edge(0)", show=False),
        Binding("G,end", "edge(1)", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static("[b]briefing — keys[/b]", classes="dialog-title")
            yield Static(
                "[dim]j/k scroll · ctrl+d/ctrl+u page · g/G top/bottom · esc closes[/]",
                classes="help-line",
            )
            for section, keys in KEYS:
                yield Static(f"[b $accent]{section}[/]", classes="help-section")
                for key, meaning in keys:
                    yield Static(f"  [b]{key:<18}[/b] {meaning}", classes="help-line")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        view = self.query_one(VerticalScroll)
        view.scroll_relative(y=direction * max(1, view.size.height - 2), animate=False)

    def action_edge(self, bottom: int) -> None:
        view = self.query_one(VerticalScroll)
        if bottom:
            view.scroll_end(animate=False)
        else:
            view.scroll_home(animate=False)
