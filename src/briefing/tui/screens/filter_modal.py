"""The filter bar: speaker, place, outlet (any spelling), status, source grade and dates."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from briefing.model import RELIABILITY, STATUSES, TimelineFilter
from briefing.search import SearchIndex


@dataclass(frozen=True)
class FilterState:
    """Filters with the names the analyst chose them by, for the chips."""

    filters: TimelineFilter = field(default_factory=TimelineFilter)
    labels: dict[str, str] = field(default_factory=dict)

    def without(self, name: str) -> FilterState:
        cleared = {
            "speaker": {"speaker_id": None},
            "place": {"place_id": None},
            "outlet": {"outlet_id": None},
            "status": {"status": None},
            "dates": {"date_from": None, "date_to": None},
            "grade": {"min_reliability": None},
        }[name]
        labels = {key: value for key, value in self.labels.items() if key != name}
        return FilterState(replace(self.filters, **cleared), labels)


FIELDS = ("speaker", "place", "outlet", "status", "grade", "from", "to")


class FilterModal(ModalScreen[FilterState | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "apply", "Apply")]

    def __init__(self, state: FilterState, index: SearchIndex) -> None:
        super().__init__()
        self.state = state
        self.index = index

    def compose(self) -> ComposeResult:
        current = self.state.filters
        values = {
            "speaker": self.state.labels.get("speaker", ""),
            "place": self.state.labels.get("place", ""),
            "outlet": self.state.labels.get("outlet", ""),
            "status": current.status or "",
            "grade": current.min_reliability or "",
            "from": current.date_from.isoformat() if current.date_from else "",
            "to": current.date_to.isoformat() if current.date_to else "",
        }
        with Vertical(id="filter-dialog"):
            yield Label("Filter the timeline", classes="dialog-title")
            with Grid(id="filter-grid"):
                for name in FIELDS:
                    yield Label(name)
                    yield Input(value=values[name], placeholder=_hint(name), id=f"filter-{name}")
            yield Label("", id="filter-error", markup=False)
            yield Label("enter apply · tab next field · esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#filter-speaker", Input).focus()

    @on(Input.Submitted)
    def action_apply(self) -> None:
        try:
            state = self._read()
        except ValueError as error:
            self.query_one("#filter-error", Label).update(str(error))
            return
        self.dismiss(state)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _read(self) -> FilterState:
        value = {name: self.query_one(f"#filter-{name}", Input).value.strip() for name in FIELDS}
        labels: dict[str, str] = {}
        ids: dict[str, int | None] = {}
        for kind in ("speaker", "place", "outlet"):
            ids[kind] = None
            if value[kind]:
                hits = self.index.search(value[kind], kinds=(kind,), limit=1)
                if not hits:
                    raise ValueError(f"no {kind} matches {value[kind]!r}")
                ids[kind], labels[kind] = hits[0].target_id, hits[0].label
        status = value["status"].lower() or None
        if status is not None:
            matches = [s for s in STATUSES if s.startswith(status)]
            if not matches:
                raise ValueError(f"status is one of {', '.join(STATUSES)}")
            status = labels["status"] = matches[0]
        date_from, date_to = _day(value["from"], "from"), _day(value["to"], "to")
        if date_from or date_to:
            labels["dates"] = f"{date_from or '…'} → {date_to or '…'}"
        grade = value["grade"].upper() or None
        if grade is not None:
            if grade not in RELIABILITY:
                raise ValueError(f"grade is one of {' '.join(RELIABILITY)} (A best)")
            labels["grade"] = f"{grade} or better"
        filters = TimelineFilter(
            ids["speaker"], ids["place"], ids["outlet"], status, date_from, date_to, grade
        )
        return FilterState(filters, labels)


def _day(text: str, name: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name}: {text!r} is not a date (YYYY-MM-DD)") from None


def _hint(name: str) -> str:
    return {
        "speaker": "any spelling, e.g. zelensky",
        "place": "e.g. avdeevka",
        "outlet": "e.g. reuters",
        "status": ", ".join(STATUSES),
        "grade": "A–F: speaker or outlet this reliable or better",
        "from": "YYYY-MM-DD",
        "to": "YYYY-MM-DD",
    }[name]
