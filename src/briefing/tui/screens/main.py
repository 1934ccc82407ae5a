"""The main screen: four panes, and the routing of their messages.

Wide terminals show search, timeline, speaker and claims side by side; below
110 columns only the active pane shows, chosen with 1–4 or tab, with a tab
strip naming them, so nothing is cut off unreadably at 80×24.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Footer, Static

from briefing.errors import BriefingError
from briefing.model import StatementView, TimelineCursor, TimelineFilter
from briefing.search import SearchIndex
from briefing.store import Store
from briefing.tui.format import shortened
from briefing.tui.messages import (
    JumpToStatement,
    OpenStatement,
    SearchChosen,
    SearchDismissed,
    StatementHighlighted,
)
from briefing.tui.screens.desk_actions import DeskActions
from briefing.tui.screens.desk_modals import ChoiceModal
from briefing.tui.screens.document import DocumentScreen
from briefing.tui.screens.filter_modal import FilterModal, FilterState
from briefing.tui.screens.map import MapScreen
from briefing.tui.screens.place_profile import PlaceChoice, PlaceProfileScreen
from briefing.tui.widgets.claims import ClaimsPane
from briefing.tui.widgets.search_pane import SearchPane
from briefing.tui.widgets.speaker_profile import SpeakerPane
from briefing.tui.widgets.store_watcher import StoreChanged, StoreWatcher
from briefing.tui.widgets.timeline import Timeline

PANES = ("search", "timeline", "speaker", "claims")


class MainScreen(DeskActions, Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    AUTO_FOCUS = "#timeline"
    BINDINGS = [
        Binding("slash", "pane('search')", "Search", id="main.search", priority=True),
        Binding("1", "pane('search')", "Search", show=False),
        Binding("2", "pane('timeline')", "Timeline", show=False),
        Binding("3", "pane('speaker')", "Speaker", show=False),
        Binding("4", "pane('claims')", "Claims", show=False),
        Binding("f", "filter", "Filter", id="main.filter"),
        Binding("F", "clear_filters", "Clear filters", id="main.clear_filters", show=False),
        Binding("m", "mark", "Mark", id="main.mark"),
        Binding("u", "undo", "Undo", id="main.undo"),
        Binding("c", "new_claim", "New claim", id="main.new_claim", show=False),
        Binding("l", "link", "Link to claim", id="main.link", show=False),
        Binding("x", "unlink", "Unlink", id="main.unlink", show=False),
        Binding("e", "edit_summary", "Edit summary", id="main.edit_summary", show=False),
        Binding("a", "grade", "Grade", id="main.grade", show=False),
        Binding("A", "grade_outlet", "Grade outlet", id="main.grade_outlet", show=False),
        Binding("n", "note", "Note", id="main.note", show=False),
        Binding("M", "merge", "Merge speaker", id="main.merge", show=False),
        Binding("P", "place", "Place", id="main.place", show=False),
        Binding("w", "map", "Map", id="main.map", show=False),
    ]

    active: reactive[str] = reactive("timeline")

    def __init__(self, store: Store, index: SearchIndex) -> None:
        super().__init__()
        self.store = store
        self.index = index
        self.filter_state = FilterState()
        self.before_search = "timeline"
        self.hidden_jump: StatementView | None = None
        """A statement asked for while the filters hid it: F clears them and goes there."""

    def compose(self) -> ComposeResult:
        if self.store.read_only:
            yield Static(
                f"read-only store: {self.store.path.name} can be read; edits are off",
                id="read-only-banner",
            )
        yield Static(_tabs("timeline"), id="pane-tabs")
        with Horizontal(id="panes"):
            yield SearchPane(self.index, id="search", classes="pane")
            with Vertical(id="timeline-column", classes="pane") as column:
                column.border_title = Timeline.BORDER_TITLE
                yield Horizontal(id="chips")
                yield Timeline(self.store, id="timeline")
            with Vertical(id="side-column"):
                yield SpeakerPane(self.store, id="speaker", classes="pane")
                yield ClaimsPane(self.store, id="claims", classes="pane")
        yield StoreWatcher(self.store)
        yield Footer()

    def on_mount(self) -> None:
        self.watch_active(self.active)

    @on(StoreChanged)
    def _store_changed(self) -> None:
        """Another process wrote to the store: show what it added."""
        self.query_one(ClaimsPane).reload()
        if not self.query_one(Timeline).show_new_statements():
            self.notify("New statements in the store: R reloads the timeline from the top.")

    # --- panes and focus ---------------------------------------------------

    def watch_active(self, active: str) -> None:
        for name in PANES:
            self._pane_widget(name).set_class(name == active, "-active")
        self.query_one("#side-column").set_class(active in ("speaker", "claims"), "-active")
        self.query_one("#pane-tabs", Static).update(_tabs(active))

    def action_pane(self, name: str) -> None:
        if name == "search" and self.active != "search":
            self.before_search = self.active
        self.active = name
        self._focus_pane(name)

    def _focus_pane(self, name: str) -> None:
        if name == "search":
            self.query_one(SearchPane).focus_input()
        elif name == "timeline":
            self.query_one(Timeline).focus()
        elif name == "speaker":
            self.query_one("#speaker-statements").focus()
        else:
            self.query_one(ClaimsPane).focus()

    def _pane_widget(self, name: str) -> Widget:
        return self.query_one("#timeline-column" if name == "timeline" else f"#{name}")

    @on(DescendantFocus)
    def _follow_focus(self, event: DescendantFocus) -> None:
        for name in PANES:
            pane = self._pane_widget(name)
            if event.widget is pane or pane in event.widget.ancestors:
                self.active = name
                return

    # --- routing -----------------------------------------------------------

    @on(StatementHighlighted)
    def _statement_highlighted(self, message: StatementHighlighted) -> None:
        if self.active == "speaker":
            return  # the reader is looking at a speaker; a timeline refresh must not swap it
        speaker = self.query_one(SpeakerPane)
        if message.speaker_id is not None:
            speaker.speaker_id = message.speaker_id
            return
        current = self.query_one(Timeline).current
        speaker.show_unnamed(current.speaker if current and current.speaker else "unattributed")

    @on(OpenStatement)
    def _open(self, message: OpenStatement) -> None:
        try:
            found = self.store.statement_in_document(message.statement_id)
            if found is None:
                raise BriefingError(f"statement {message.statement_id} is gone")
            statements = self.store.document_statements(found.document.id)
        except BriefingError as error:
            self.notify(str(error), severity="error")
            return
        self.app.push_screen(DocumentScreen(found.document, statements, message.statement_id))

    @on(JumpToStatement)
    def _jump(self, message: JumpToStatement) -> None:
        statement = self.store.statement(message.statement_id)
        if statement is None:
            return
        if self.filter_state.filters.speaker_id not in (None, statement.speaker_id):
            self._apply_filters(FilterState())
        elif not self._shown_by_filters(statement):
            # never land on another row silently: say why, and let F clear and go there
            self.hidden_jump = statement
            hiding = ", ".join(f"{k}: {v}" for k, v in self.filter_state.labels.items())
            self.notify(
                f"That statement is hidden by the filter ({hiding}). "
                "Press F to clear the filters and go to it.",
                severity="warning",
            )
            return
        self.query_one(Timeline).reload(start_at=statement)
        self.action_pane("timeline")

    def _shown_by_filters(self, statement: StatementView) -> bool:
        """Whether the timeline's filters let this statement through."""
        if self.filter_state.filters == TimelineFilter():
            return True
        just_after = TimelineCursor(statement.sort_day, statement.id + 1)
        page = self.store.timeline_page(self.filter_state.filters, after=just_after, limit=1)
        return bool(page.statements) and page.statements[0].id == statement.id

    @on(SearchChosen)
    def _search_chosen(self, message: SearchChosen) -> None:
        hit = message.hit
        if hit.kind == "speaker":
            self.query_one(SpeakerPane).speaker_id = hit.target_id
            self.action_pane("speaker")
        elif hit.kind == "place":
            self.open_place(hit.target_id)
        elif hit.kind == "outlet":
            self._filter_to("outlet", hit.target_id, hit.label)
        elif hit.kind == "claim":
            self.query_one(ClaimsPane).show_claim(hit.target_id)
            self.action_pane("claims")
        else:
            self.post_message(OpenStatement(hit.target_id))

    def _filter_to(self, kind: str, target_id: int, label: str) -> None:
        """The timeline filtered to one place or outlet, the other filters kept."""
        state = self.filter_state.without(kind)
        filters = replace(state.filters, **{f"{kind}_id": target_id})
        self._apply_filters(FilterState(filters, {**state.labels, kind: label}))
        self.action_pane("timeline")

    # --- places and the map --------------------------------------------------

    def open_place(self, place_id: int) -> None:
        self.app.push_screen(
            PlaceProfileScreen(self.store, self.index, place_id), self._after_place
        )

    def _after_place(self, choice: PlaceChoice | None) -> None:
        if choice is None:
            return
        if choice.action == "filter":
            self._filter_to("place", choice.target_id, choice.label)
        elif choice.action == "speaker":
            self.query_one(SpeakerPane).speaker_id = choice.target_id
            self.action_pane("speaker")
        elif choice.action == "claim":
            self.query_one(ClaimsPane).show_claim(choice.target_id)
            self.action_pane("claims")
        elif choice.action == "map":
            self.action_map()

    def action_place(self) -> None:
        """The profile of the place the statement in focus speaks of (asks which, if several)."""
        statement = self._statement_in_focus()
        places = self.store.places_of_statement(statement.id) if statement else []
        if not places:
            self._tell("This statement names no place; / finds a place by any spelling.")
            return
        if len(places) == 1:
            self.open_place(places[0][0])
            return

        def chosen(name: str | None) -> None:
            found = next((place_id for place_id, n in places if n == name), None)
            if found is not None:
                self.open_place(found)

        choices = tuple((name, "open its profile") for _, name in places)
        self.app.push_screen(ChoiceModal("Which place?", shortened(statement.text), choices, None),
                             chosen)  # fmt: skip

    def action_map(self) -> None:
        labels = self.filter_state.labels
        described = (
            "the timeline filtered by " + ", ".join(f"{k} {v}" for k, v in labels.items())
            if labels else "the whole timeline"
        )  # fmt: skip

        def chosen(place_id: int | None) -> None:
            if place_id is not None:
                self.open_place(place_id)

        self.app.push_screen(MapScreen(self.store, self.filter_state.filters, described), chosen)

    @on(SearchDismissed)
    def _search_dismissed(self) -> None:
        self.action_pane(self.before_search)

    # --- filters -----------------------------------------------------------

    def action_filter(self) -> None:
        def apply(state: FilterState | None) -> None:
            if state is not None:
                self._apply_filters(state)

        self.app.push_screen(FilterModal(self.filter_state, self.index), apply)

    def action_reverse_timeline(self) -> None:
        self.query_one(Timeline).action_reverse()

    def action_clear_filters(self) -> None:
        hidden = self.hidden_jump
        self._apply_filters(FilterState())
        if hidden is not None:
            self.query_one(Timeline).reload(start_at=hidden)
            self.action_pane("timeline")

    def _apply_filters(self, state: FilterState) -> None:
        self.hidden_jump = None
        self.filter_state = state
        self.query_one(Timeline).filters = state.filters
        chips = self.query_one("#chips", Horizontal)
        chips.remove_children()
        chips.mount_all(
            # No ids: the old chips are still being removed while the new ones mount.
            Button(f"{name}: {label} ✕", name=name, classes="chip", compact=True)
            for name, label in state.labels.items()
        )
        chips.set_class(bool(state.labels), "-shown")

    @on(Button.Pressed, ".chip")
    def _chip_pressed(self, event: Button.Pressed) -> None:
        name = event.button.name or ""
        self._apply_filters(self.filter_state.without(name))
        self.query_one(Timeline).focus()


def _tabs(active: str) -> str:
    return "  ".join(
        f"[b reverse] {number} {name} [/]" if name == active else f" {number} {name} "
        for number, name in enumerate(PANES, 1)
    )
