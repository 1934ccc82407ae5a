"""The timeline: statements grouped by day, newest first, loaded a page at a time.

Pages come from the store by keyset cursor in a thread worker as the cursor
nears the end of what is loaded, so a million statements scroll without a
stall and nothing is ever loaded whole.
"""

from __future__ import annotations

from datetime import date

from textual import on, work
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets.option_list import Option

from briefing.model import StatementView, TimelineCursor, TimelineFilter, TimelinePage
from briefing.store import Store
from briefing.tui.format import statement_line, when
from briefing.tui.messages import OpenStatement, StatementHighlighted
from briefing.tui.widgets.vim_list import VimOptionList

PAGE = 200
PREFETCH = 40
"""Load the next page when the cursor comes this close to the end."""


class PageLoaded(Message):
    def __init__(self, page: TimelinePage, generation: int, append: bool, focus_id: int | None):
        super().__init__()
        self.page = page
        self.generation = generation
        self.append = append
        self.focus_id = focus_id


class Timeline(VimOptionList):
    """Statements in time order; enter or o opens one in its document."""

    BORDER_TITLE = "2 timeline"
    BINDINGS = [
        Binding("o", "open", "Open", show=False),
        Binding("r", "reverse", "Order", id="timeline.reverse"),
        Binding("R", "reload", "Reload", id="timeline.reload", show=False),
    ]

    filters: reactive[TimelineFilter] = reactive(TimelineFilter, init=False)
    newest_first: reactive[bool] = reactive(True, init=False)

    def __init__(self, store: Store, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.store = store
        self.statements: dict[str, StatementView] = {}
        self.next_cursor: TimelineCursor | None = None
        self.fetching = False
        self.generation = 0
        self.last_day: str | None = None

    def on_mount(self) -> None:
        self.reload()

    def watch_filters(self) -> None:
        self.reload()

    def watch_newest_first(self) -> None:
        self.reload()

    def reload(self, start_at: StatementView | None = None, keep_id: int | None = None) -> None:
        """Start again from the top (or from one statement) under the current filters,
        highlighting ``keep_id`` again if the first page holds it."""
        self.generation += 1
        self.fetching = True
        after = None
        if start_at is not None:
            step = 1 if self.newest_first else -1
            after = TimelineCursor(start_at.sort_day, start_at.id + step)
            keep_id = start_at.id
        self.load(after, self.generation, False, keep_id)

    def show_new_statements(self) -> bool:
        """Reload from the top keeping the highlighted statement, unless the reader is deep
        in the list (then nothing moves under them; returns False)."""
        if self.highlighted is not None and self.highlighted > PAGE // 2:
            return False
        current = self.current
        self.reload(keep_id=current.id if current else None)
        return True

    def action_reload(self) -> None:
        self.reload()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load(
        self, after: TimelineCursor | None, generation: int, append: bool, focus_id: int | None
    ) -> None:
        page = self.store.timeline_page(self.filters, after, PAGE, self.newest_first)
        self.post_message(PageLoaded(page, generation, append, focus_id))

    @on(PageLoaded)
    def _loaded(self, message: PageLoaded) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        self.fetching = False
        if not message.append:
            self.clear_options()
            self.statements = {}
            self.last_day = None
        self.next_cursor = message.page.next_cursor
        self.add_options(self._rows_for(message.page.statements))
        if not message.append:
            self._after_reload(message.focus_id)

    def _after_reload(self, focus_id: int | None) -> None:
        if self.screen.focused is None:
            self.focus()  # at start-up, once there is something to move through
        if not self.statements:
            self.add_option(Option(_empty_message(self.filters), disabled=True))
            self._caption("no statements")
            return
        target = f"s{focus_id}" if focus_id is not None else None
        if target in self.statements:
            self.highlighted = self.get_option_index(target)
        else:
            self.highlighted = 1  # the first statement, below its day
        self._caption("newest first" if self.newest_first else "oldest first")

    def _caption(self, text: str) -> None:
        """The order under the pane's border (the column around the list draws it)."""
        self.border_subtitle = text
        if self.parent is not None and self.parent.has_class("pane"):
            self.parent.border_subtitle = text

    def _rows_for(self, statements: tuple[StatementView, ...]) -> list[Option]:
        options = []
        for statement in statements:
            if statement.sort_day != self.last_day:
                self.last_day = statement.sort_day
                options.append(Option(_day_header(statement.sort_day), disabled=True))
            key = f"s{statement.id}"
            self.statements[key] = statement
            options.append(Option(_row(statement), id=key))
        return options

    @property
    def current(self) -> StatementView | None:
        option = self.highlighted_option
        return self.statements.get(option.id) if option and option.id else None

    @on(VimOptionList.OptionHighlighted)
    def _highlighted(self, event: VimOptionList.OptionHighlighted) -> None:
        statement = self.statements.get(event.option.id or "")
        if statement is not None:
            self.post_message(StatementHighlighted(statement.id, statement.speaker_id))
        near_end = event.option_index >= self.option_count - PREFETCH
        if near_end and self.next_cursor is not None and not self.fetching:
            self.fetching = True
            self.load(self.next_cursor, self.generation, True, None)

    @on(VimOptionList.OptionSelected)
    def _selected(self, event: VimOptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(OpenStatement(self.current.id))

    def action_reverse(self) -> None:
        self.newest_first = not self.newest_first


def _day_header(sort_day: str) -> Content:
    if not sort_day:
        return Content.from_markup("[bold $primary]undated[/]")
    day = date.fromisoformat(sort_day)
    return Content.from_markup("[bold $primary]$day[/]", day=day.strftime("%Y-%m-%d  %a"))


def _row(statement: StatementView) -> Content:
    line = statement_line(statement)
    if statement.date_precision == "day":
        return line
    return Content.assemble(Content.from_markup("[dim]$when[/] ", when=_date_note(statement)), line)


def _date_note(statement: StatementView) -> str:
    """A coarse date as written ("week of Nov 27"); no date at all said plainly, with the
    day of the story it is filed under."""
    if statement.date_precision != "undated":
        return when(statement)
    if not statement.sort_day:
        return "no date given"
    story = date.fromisoformat(statement.sort_day)
    return f"no date given · story of {story.strftime('%b')} {story.day}"


def _empty_message(filters: TimelineFilter) -> str:
    if filters != TimelineFilter():
        return "No statements match these filters. Press F to clear them."
    return (
        "The store is empty.\n"
        "Add briefings from a shell:  briefing ingest PATH...\n"
        "(text or Markdown files, or a folder of them)"
    )
