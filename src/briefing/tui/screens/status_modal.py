"""Set a claim's status, with an optional note."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from briefing.model import STATUSES
from briefing.tui.format import status_badge


@dataclass(frozen=True)
class StatusChoice:
    status: str
    note: str | None


class StatusModal(ModalScreen[StatusChoice | None]):
    """Pick a status (j/k or its first letter), write an optional note, enter to save."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
    ]

    def __init__(self, summary: str, current: str) -> None:
        super().__init__()
        self.summary = summary
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="status-dialog"):
            yield Label("Set claim status", classes="dialog-title")
            yield Label(self.summary, id="status-claim", markup=False)
            yield OptionList(
                *(Option(status_badge(status), id=status) for status in STATUSES),
                id="status-choices",
            )
            yield Input(placeholder="note (optional), enter to save", id="status-note")
            yield Label("enter save · tab note · esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = STATUSES.index(self.current) if self.current in STATUSES else 0
        choices.focus()

    def on_key(self, event) -> None:
        choices = self.query_one(OptionList)
        if not choices.has_focus or not event.character:
            return
        if event.character in "jk":
            choices.action_cursor_down() if event.character == "j" else choices.action_cursor_up()
            event.stop()
            return
        for index, status in enumerate(STATUSES):
            if status.startswith(event.character):
                choices.highlighted = index
                event.stop()
                return

    @on(OptionList.OptionSelected, "#status-choices")
    def _picked(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#status-note")
    def action_save(self) -> None:
        choices = self.query_one(OptionList)
        status = STATUSES[choices.highlighted or 0]
        note = self.query_one(Input).value.strip() or None
        self.dismiss(StatusChoice(status, note))

    def action_cancel(self) -> None:
        self.dismiss(None)
