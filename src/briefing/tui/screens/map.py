"""The map: where the statements of the current timeline selection are about.

The places are drawn at their coordinates with their statement counts and listed
beside the map, most spoken of first; moving in the list (j/k) lights the place
on the map, and enter opens its profile. By default the map frames the busiest
place and the places near it; ``z`` widens it to every place with a point. Where
a map cannot fit (a narrow or short terminal) the ranked list takes the screen.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing.errors import BriefingError
from briefing.model import TimelineFilter
from briefing.overviews import PlaceOnMap
from briefing.store import Store
from briefing.tui.map_canvas import Frame, draw, frame
from briefing.tui.widgets.vim_list import VimOptionList
from briefing.wording import counted

LIST_WIDTH = 36
SMALLEST_MAP = (24, 8)
"""Columns and rows below which a map says too little: the list takes the screen."""


class MapPlaces(VimOptionList):
    """Every place of the selection, most spoken of first."""


class MapScreen(Screen[int | None]):
    """Answers with the id of the place chosen, or None."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="map.back"),
        Binding("q", "back", "Back", show=False),
        Binding("z", "widen", "All places / near", id="map.widen"),
    ]

    def __init__(self, store: Store, filters: TimelineFilter, described: str) -> None:
        super().__init__()
        self.store = store
        self.filters = filters
        self.described = described
        self.places: tuple[PlaceOnMap, ...] = ()
        self.counted_over: int | None = None
        self.everything = False
        self.framed: Frame | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="map-title")
        with Horizontal(id="map-body"):
            yield Static("", id="map-canvas")
            yield MapPlaces(id="map-places")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(MapPlaces).focus()
        self.load()

    def load(self) -> None:
        """Counted here, not in a worker: the whole timeline reads the places' tallies (a few
        ms) and a filtered selection at most its newest 50,000 statements (under 80 ms at
        1M); a worker racing the screen's first layout for the GIL arrived later."""
        try:
            mapped = self.store.places_on_map(self.filters)
        except BriefingError as error:
            self.notify(str(error), severity="error")
            return
        self.places = mapped.places
        self.counted_over = mapped.counted_over
        listed = self.query_one(MapPlaces)
        listed.clear_options()
        listed.add_options(Option(_row(place), id=str(place.id)) for place in self.places)
        if self.places:  # start on the busiest place the map can show
            on_map = [i for i, p in enumerate(self.places) if p.latitude is not None]
            listed.highlighted = on_map[0] if on_map else 0
        self._redraw()

    def on_resize(self) -> None:
        self.call_after_refresh(self._redraw)

    @on(MapPlaces.OptionHighlighted)
    def _moved(self) -> None:
        self._redraw()

    @on(MapPlaces.OptionSelected)
    def _chosen(self, event: MapPlaces.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_widen(self) -> None:
        self.everything = not self.everything
        self._redraw()

    def action_back(self) -> None:
        self.dismiss(None)

    def on_screen_resume(self) -> None:
        self._redraw()  # the terminal may have been resized under a dialog

    def _redraw(self) -> None:
        if not self.is_current:
            return  # a redraw asked for just before the map was closed, or under a dialog
        canvas = self.query_one("#map-canvas", Static)
        self.framed = frame(self.places, self.everything)
        width, height = canvas.content_size
        body = self.query_one("#map-body")
        fits = (
            body.size.width - LIST_WIDTH >= SMALLEST_MAP[0] and body.size.height >= SMALLEST_MAP[1]
        )
        shown = fits and self.framed is not None
        if shown and not canvas.display:
            self.call_after_refresh(self._redraw)  # drawn once the canvas has its size
        canvas.display = shown
        body.set_class(not shown, "-list-only")
        self.query_one("#map-title", Static).update(self._title(fits))
        if not canvas.display or self.framed is None or width < 1 or height < 1:
            return
        option = self.query_one(MapPlaces).highlighted_option
        chosen = int(option.id) if option and option.id else None
        canvas.update(draw(self.framed, width, height, chosen))

    def _title(self, fits: bool) -> Content:
        count = counted(len(self.places), "place")
        what = self.described
        if self.counted_over:
            what += f", counted over its newest {self.counted_over:,} statements"
        head = Content.from_markup("[bold]Where the talk is[/] · $count in $what",
                                   count=count, what=what)  # fmt: skip
        if not self.places:
            note = "no statement in the selection names a place"
        elif not fits:
            note = "the terminal is too small for the map: places ranked by statements"
        elif self.framed is None:
            note = "none of these places has a point on the map"
        else:
            off = len(self.framed.left_off)
            scope = "every place with a point" if self.everything else "the busiest and near it"
            note = f"{scope} · {counted(off, 'place')} listed only · z {'near' if self.everything else 'all'}"
        return Content.assemble(head, Content.from_markup("\n[dim]$note[/]", note=note))


def _row(place: PlaceOnMap) -> Content:
    """Count and name; the kind when it is not a town, and "off map" for a place with no
    point (a country is never drawn: its kind says so)."""
    kind = (
        ""
        if place.feature == "town" or place.name.lower().endswith(place.feature)
        else place.feature
    )
    off = (
        "" if place.latitude is not None or place.feature in ("country", "continent") else "off map"
    )
    detail = " · ".join(filter(None, (kind, off)))
    return Content.from_markup(
        "[b]$n[/] $name [dim]$detail[/]", n=f"{place.statements:>4}", name=place.name,
        detail=detail,
    )  # fmt: skip
