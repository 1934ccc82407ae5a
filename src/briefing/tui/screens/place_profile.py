"""A place's profile: what it is and where, who spoke about it, the claims that concern it,
the outlets, and a chart of statements per day with the claim-status changes marked.

It answers with what the analyst chose to do next (:class:`PlaceChoice`): filter
the timeline to the place, open a speaker or a claim, or see the map; the main
screen does it. Merging a duplicate place into this one (``M``) and splitting a
merged one back out (``S``) are edits made here, undone with ``u`` on the main screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing.errors import BriefingError
from briefing.overviews import PlaceProfile
from briefing.search import SearchIndex
from briefing.store import Store
from briefing.tui.format import shortened, status_badge
from briefing.tui.screens.desk_modals import ChoiceModal, MergeModal
from briefing.tui.widgets.day_chart import DayChart
from briefing.tui.widgets.vim_list import VimOptionList
from briefing.wording import counted


@dataclass(frozen=True)
class PlaceChoice:
    """What to do after the profile: ``filter`` (the place), ``speaker``, ``claim``, ``map``."""

    action: str
    target_id: int
    label: str = ""


class PlaceSpeakers(VimOptionList):
    """Who spoke about the place, most first; enter opens the speaker."""


class PlaceClaims(VimOptionList):
    """The claims that concern the place, newest first; enter opens the claim."""


class PlaceProfileScreen(Screen[PlaceChoice | None]):
    BINDINGS = [
        Binding("escape", "back", "Back", id="place.back"),
        Binding("q", "back", "Back", show=False),
        Binding("f", "filter", "Filter timeline", id="place.filter"),
        Binding("w", "map", "Map", id="place.map"),
        Binding("M", "merge", "Merge", id="place.merge"),
        Binding("S", "split", "Split merged", id="place.split", show=False),
        Binding("tab", "app.focus_next", "Next list", show=False),
    ]

    def __init__(self, store: Store, index: SearchIndex, place_id: int) -> None:
        super().__init__()
        self.store = store
        self.index = index
        self.place_id = place_id
        self.profile: PlaceProfile | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="place-card")
        with Vertical(id="place-chart-box", classes="pane") as box:
            box.border_title = "statements over time · ○ claim made  ◐ disputed  ● confirmed"
            yield DayChart(rows=5, id="place-chart")
        with Horizontal(id="place-lists"):
            with Vertical(id="place-speakers-box", classes="pane") as speakers:
                speakers.border_title = "speakers · enter opens"
                yield PlaceSpeakers(id="place-speakers")
            with Vertical(id="place-claims-box", classes="pane") as claims:
                claims.border_title = "claims · enter opens"
                yield PlaceClaims(id="place-claims")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def load(self) -> None:
        """Read the profile here, not in a worker: at its busiest (half a million statements)
        it takes ~30 ms, and a worker racing the screen's first layout for the GIL took
        three times as long to arrive."""
        try:
            profile = self.store.place_profile(self.place_id)
        except BriefingError as error:
            self.notify(str(error), severity="error")
            return
        self._show(profile)

    def _show(self, profile: PlaceProfile | None) -> None:
        self.profile = profile
        if profile is None:
            self.query_one("#place-card", Static).update("This place is no longer in the store.")
            return
        self.query_one("#place-card", Static).update(card(profile))
        self.query_one(DayChart).show(profile.daily_counts, profile.status_marks)
        speakers = self.query_one(PlaceSpeakers)
        speakers.clear_options()
        speakers.add_options(
            Option(Content.from_markup("[b]$n[/] $name", n=f"{s.count:>4}", name=s.name),
                   id=str(s.id))
            for s in profile.speakers
        )  # fmt: skip
        claims = self.query_one(PlaceClaims)
        claims.clear_options()
        claims.add_options(
            Option(Content.assemble(status_badge(c.status), "  ", shortened(c.summary, 110)),
                   id=str(c.id))
            for c in profile.claims
        )  # fmt: skip
        for listed in (speakers, claims):
            if listed.option_count and listed.highlighted is None:
                listed.highlighted = 0
        if not profile.speakers and speakers.has_focus:
            claims.focus()

    # --- what to do next ---------------------------------------------------

    def action_back(self) -> None:
        self.dismiss(None)

    def action_filter(self) -> None:
        name = self.profile.place.name if self.profile else ""
        self.dismiss(PlaceChoice("filter", self.place_id, name))

    def action_map(self) -> None:
        self.dismiss(PlaceChoice("map", self.place_id))

    @on(PlaceSpeakers.OptionSelected, "#place-speakers")
    def _speaker_chosen(self, event: PlaceSpeakers.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(PlaceChoice("speaker", int(event.option.id)))

    @on(PlaceClaims.OptionSelected, "#place-claims")
    def _claim_chosen(self, event: PlaceClaims.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(PlaceChoice("claim", int(event.option.id)))

    # --- merge and split ---------------------------------------------------

    def action_merge(self) -> None:
        if self.profile is None:
            return
        place = self.profile.place

        def save(duplicate: int | None) -> None:
            if duplicate:
                self._edit(f"Merged into {place.name}. u on the main screen undoes it.",
                           self.store.merge_places, place.id, duplicate)  # fmt: skip

        self.app.push_screen(MergeModal(self.index, place.id, place.name, kind="place"), save)

    def action_split(self) -> None:
        if self.profile is None or not self.profile.merged:
            self.notify("No place is merged into this one.", severity="warning")
            return
        merged = self.profile.merged

        def save(name: str | None) -> None:
            chosen = next((pid for pid, n in merged if n == name), None)
            if chosen is not None:
                self._edit(f"{name} split out again.", self.store.split_place, chosen)

        choices = tuple((name, "its own place again") for _, name in merged)
        self.app.push_screen(
            ChoiceModal("Split a merged place out", self.profile.place.name, choices, None), save
        )

    def _edit(self, done: str, edit, *args: object) -> None:
        if self.store.read_only:
            self.notify("The store is read-only: edits are off.", severity="error")
            return
        try:
            edit(*args)
        except BriefingError as error:
            self.notify(str(error), severity="error")
            return
        self.notify(done)
        self.load()


def card(profile: PlaceProfile) -> Content:
    place = profile.place
    where = [place.feature]
    if profile.region and profile.region != place.name:
        where.append(profile.region)
    if place.country and place.country != place.name:
        where.append(place.country)
    if profile.latitude is not None and profile.longitude is not None:
        where.append(_degrees(profile.latitude, profile.longitude))
    lines = [
        Content.from_markup("[bold]$name[/]  [dim]$where[/]", name=place.name,
                            where=" · ".join(where)),
    ]  # fmt: skip
    seen = ""
    if profile.first_seen and profile.last_seen:
        seen = f" · first {profile.first_seen:%Y-%m-%d}, last {profile.last_seen:%Y-%m-%d}"
    claims = (
        f"{len(profile.claims)}+ claims" if profile.more_claims
        else counted(len(profile.claims), "claim")
    )  # fmt: skip
    lines.append(
        Content(
            f"{counted(profile.statement_count, 'statement')} · "
            f"{counted(profile.speaker_count, 'speaker')} · "
            f"{claims}{seen}"
        )
    )
    if place.aliases:
        lines.append(Content.from_markup("[dim]spelt also[/] $names",
                                         names=", ".join(place.aliases[:12])))  # fmt: skip
    if profile.merged:
        lines.append(Content.from_markup("[dim]merged into it[/] $names",
                                         names=", ".join(name for _, name in profile.merged)))  # fmt: skip
    if profile.outlets:
        used = ", ".join(f"{o.name} {o.count}" for o in profile.outlets[:6])
        lines.append(Content.from_markup("[dim]via[/] $used", used=used))
    return Content("\n").join(lines)


def _degrees(latitude: float, longitude: float) -> str:
    north = f"{abs(latitude):.2f}° {'N' if latitude >= 0 else 'S'}"
    east = f"{abs(longitude):.2f}° {'E' if longitude >= 0 else 'W'}"
    return f"{north}, {east}"
