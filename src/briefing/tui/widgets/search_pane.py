"""The search pane: results as you type, typed badges, matched text highlighted.

Searching runs in an exclusive thread worker, so a new keystroke cancels the
stale search and the UI never waits; results arrive as a message and are only
shown if they answer the query still in the box.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from briefing.model import SearchHit
from briefing.search import SearchIndex
from briefing.tui.messages import SearchChosen, SearchDismissed
from briefing.tui.widgets.vim_list import VimOptionList
from briefing.wording import counted

KIND_BADGES = {
    "speaker": ("spk", "$primary"),
    "place": ("plc", "$success"),
    "outlet": ("out", "$accent"),
    "claim": ("clm", "$warning"),
    "statement": ("stm", "$secondary"),
}


class SearchResults(Message):
    def __init__(self, query: str, hits: list[SearchHit], period: str = "") -> None:
        super().__init__()
        self.query = query
        self.hits = hits
        self.period = period
        """For the offer shown before typing: the days it covers."""


class WarmedUp(Message):
    """The name index is in memory: what the app holds from now on is long-lived."""


class ResultList(VimOptionList):
    BINDINGS = [Binding("escape", "dismiss", "Back", show=False)]

    def action_dismiss(self) -> None:
        self.post_message(SearchDismissed())


class SearchPane(Vertical):
    """Search box and results."""

    BORDER_TITLE = "1 search"
    BINDINGS = [Binding("escape", "dismiss", "Back", show=False)]

    def __init__(self, index: SearchIndex, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.hits: list[SearchHit] = []
        self.shown_query: str | None = None
        """The query the results on screen answer."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search: names, places, words", id="search-input")
        yield ResultList(id="search-results")
        yield Static("", id="search-hint")

    def on_mount(self) -> None:
        self.warm_up()

    @work(thread=True, exclusive=True, group="search-warm-up", exit_on_error=False)
    def warm_up(self) -> None:
        """Read the name index once in the background, so the first keystroke is quick."""
        self.index.refresh()
        self.run_search("")
        self.app.call_from_thread(self.app.post_message, WarmedUp())

    def focus_input(self) -> None:
        self.query_one(Input).focus()

    def action_dismiss(self) -> None:
        self.post_message(SearchDismissed())

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        if self.hits:
            self.post_message(SearchChosen(self.hits[0]))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str) -> None:
        if query.strip():
            self.post_message(SearchResults(query, self.index.search(query, limit=30)))
        else:
            period, hits = self.index.most_mentioned()
            self.post_message(SearchResults(query, hits, period))

    @on(SearchResults)
    def _show(self, message: SearchResults) -> None:
        message.stop()
        if message.query != self.query_one(Input).value:
            return  # a stale answer to an earlier keystroke
        self.hits = message.hits
        self.shown_query = message.query
        results = self.query_one(ResultList)
        results.clear_options()
        results.add_options(
            Option(_render(hit), id=str(position)) for position, hit in enumerate(message.hits)
        )
        hint = self.query_one("#search-hint", Static)
        if message.query.strip() and not message.hits:
            hint.update("nothing matches")
        elif message.hits and not message.query.strip():
            hint.update(f"most quoted, {message.period} · enter opens · type to search")
        elif message.hits:
            hint.update(f"{counted(len(message.hits), 'result')} · enter opens · j/k move")
        else:
            hint.update("")
        if message.hits:
            results.highlighted = 0

    @on(ResultList.OptionSelected)
    def _chosen(self, event: ResultList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(SearchChosen(self.hits[int(event.option.id)]))


def _render(hit: SearchHit) -> Content:
    badge, colour = KIND_BADGES[hit.kind]
    label = " ".join(hit.label.split())
    if len(label) > 90:
        label = label[:89] + "…"
    text = Content(label)
    if hit.highlight is not None and hit.highlight[1] <= len(label):
        text = text.stylize("bold reverse", *hit.highlight)
    via = ""
    if hit.kind in ("speaker", "place", "outlet") and hit.matched != hit.label:
        via = Content.from_markup("  [dim]as $form[/]", form=hit.matched)
    detail = Content.from_markup("\n      [dim]$detail[/]", detail=hit.detail[:80])
    return Content.assemble(Content.from_markup(f"[{colour}]{badge}[/] "), text, via, detail)
