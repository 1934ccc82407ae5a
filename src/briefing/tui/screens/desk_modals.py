"""The small dialogs of the analyst's desk: pick one of a few choices, write a line of
text, or find the speaker to merge. Each returns its answer, or None on escape."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from briefing.model import SearchHit
from briefing.search import SearchIndex

RELIABILITY_MEANINGS = (
    ("A", "completely reliable"), ("B", "usually reliable"), ("C", "fairly reliable"),
    ("D", "not usually reliable"), ("E", "unreliable"), ("F", "reliability cannot be judged"),
)  # fmt: skip
CREDIBILITY_MEANINGS = (
    ("1", "confirmed by other sources"), ("2", "probably true"), ("3", "possibly true"),
    ("4", "doubtful"), ("5", "improbable"), ("6", "truth cannot be judged"),
)  # fmt: skip
STANCE_MEANINGS = (
    ("asserts", "the statement says the claim is so"),
    ("disputes", "the statement says it is not so"),
    ("reports", "the statement passes the claim on"),
)


class ChoiceModal(ModalScreen[str | None]):
    """One of a few choices: j/k or the choice's first key, enter to save, esc to cancel."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, subject: str, choices: tuple[tuple[str, str], ...], current: str | None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.choices = choices
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="desk-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Label(self.subject, classes="dialog-subject", markup=False)
            yield OptionList(
                *(Option(Content.from_markup("[b]$value[/]  $meaning", value=value,
                                             meaning=meaning), id=value)
                  for value, meaning in self.choices),
                id="desk-choices",
            )  # fmt: skip
            yield Label("enter save · esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        values = [value for value, _ in self.choices]
        choices.highlighted = values.index(self.current) if self.current in values else 0
        choices.focus()

    def on_key(self, event) -> None:
        if not event.character:
            return
        choices = self.query_one(OptionList)
        if event.character in "jk":
            choices.action_cursor_down() if event.character == "j" else choices.action_cursor_up()
            event.stop()
            return
        for index, (value, _) in enumerate(self.choices):
            if value.lower().startswith(event.character.lower()):
                choices.highlighted = index
                event.stop()
                return

    @on(OptionList.OptionSelected, "#desk-choices")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextModal(ModalScreen[str | None]):
    """One line of text (a note, a claim's summary): enter to save, esc to cancel."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, subject: str, initial: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.initial = initial
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="desk-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Label(self.subject, classes="dialog-subject", markup=False)
            yield Input(self.initial, placeholder=self.placeholder, id="desk-text")
            yield Label("enter save · esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#desk-text")
    def _saved(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class MergeModal(ModalScreen[int | None]):
    """Find the duplicate of a speaker (or a place) by any spelling; enter merges it in."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("down", "down", show=False)]

    def __init__(
        self, index: SearchIndex, keep_id: int, keep_name: str, kind: str = "speaker"
    ) -> None:
        super().__init__()
        self.index = index
        self.kind = kind
        self.keep_id = keep_id
        self.keep_name = keep_name
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="desk-dialog"):
            yield Label(f"Merge a duplicate {self.kind}", classes="dialog-title")
            yield Label(f"into {self.keep_name}: its statements and names join it",
                        classes="dialog-subject", markup=False)  # fmt: skip
            yield Input(placeholder="the duplicate's name, any spelling", id="merge-query")
            yield OptionList(id="merge-results")
            yield Label("type · ↓ to the list · enter merge · esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#merge-query")
    def _typed(self, event: Input.Changed) -> None:
        self.find(event.value)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def find(self, query: str) -> None:
        hits = self.index.search(query, kinds=(self.kind,), limit=8) if query.strip() else []
        self.app.call_from_thread(self._show, query, hits)

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.query_one(Input).value:
            return
        self.hits = [hit for hit in hits if hit.target_id != self.keep_id]
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(
            Option(Content.from_markup("$name  [dim]$detail[/]", name=hit.label,
                                       detail=hit.detail), id=str(hit.target_id))
            for hit in self.hits
        )  # fmt: skip
        if self.hits:
            results.highlighted = 0

    @on(Input.Submitted, "#merge-query")
    def _submitted(self) -> None:
        if self.hits:
            self.dismiss(self.hits[0].target_id)

    @on(OptionList.OptionSelected, "#merge-results")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0) or None)

    def action_down(self) -> None:
        if self.hits:
            self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
