"""Overviews the panes draw from many statements at once: a speaker's profile, a place's
profile, and the places of a timeline selection for the map. Plain dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing.model import Note, PlaceView, SpeakerView, StatementView


@dataclass(frozen=True)
class SpeakerProfile:
    speaker: SpeakerView
    statement_count: int
    first_seen: date | None
    last_seen: date | None
    outlets: tuple[tuple[str, int], ...]
    places: tuple[tuple[str, int], ...]
    daily_counts: tuple[tuple[date, int], ...]
    """Dated statements per story day, oldest first; days with none are left out."""
    recent: tuple[StatementView, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Tally:
    """Something counted in a profile, with its id where the analyst can open it."""

    id: int | None
    name: str
    count: int


@dataclass(frozen=True)
class ClaimAbout:
    """A claim that concerns a place: one of its statements speaks of the place."""

    id: int
    summary: str
    status: str
    statements: int


@dataclass(frozen=True)
class StatusMark:
    """The day a claim's status changed in the story: a statement confirmed or disputed it."""

    day: date
    claim_id: int
    status: str


@dataclass(frozen=True)
class PlaceProfile:
    place: PlaceView
    region: str | None
    latitude: float | None
    longitude: float | None
    statement_count: int
    first_seen: date | None
    last_seen: date | None
    speakers: tuple[Tally, ...]
    outlets: tuple[Tally, ...]
    claims: tuple[ClaimAbout, ...]
    daily_counts: tuple[tuple[date, int], ...]
    status_marks: tuple[StatusMark, ...]
    merged: tuple[tuple[int, str], ...] = ()
    """Places merged into this one (id, name), read as its own."""
    speaker_count: int = 0
    """Every speaker who spoke of it (``speakers`` holds the first fifty)."""
    more_claims: bool = False
    """More claims concern it than ``claims`` holds."""


@dataclass(frozen=True)
class PlaceOnMap:
    """A place of the timeline selection with its statement count, where the map puts it."""

    id: int
    name: str
    feature: str
    country: str | None
    latitude: float | None
    longitude: float | None
    statements: int


@dataclass(frozen=True)
class MapOfPlaces:
    places: tuple[PlaceOnMap, ...]
    counted_over: int | None
    """When the selection was larger, the number of its newest statements counted."""
