"""The words of briefing as records (frozen dataclasses, see ``briefing.frozen``), shared by
every layer; no I/O here.

Readers produce :class:`Document`; the extractor turns one into an
:class:`Extraction`; the store keeps it and answers queries with the ``*View``
classes, which the CLI, the exporter and the app render.
"""

from __future__ import annotations

import hashlib
from dataclasses import field
from datetime import date
from typing import TYPE_CHECKING, Literal

from briefing.frozen import record
from briefing.printable import printable

if TYPE_CHECKING:
    from briefing.carried import KeptClaim, KeptNote

StatementKind = Literal["direct", "indirect"]
SpeakerKind = Literal["person", "organisation", "anonymous", "unattributed"]
Gender = Literal["male", "female"]
Stance = Literal["asserts", "disputes", "reports"]

STATUSES: tuple[str, ...] = (
    "unverified",
    "corroborated",
    "confirmed",
    "disputed",
    "denied",
    "retracted",
)
"""Claim and statement statuses, from weakest to strongest judgement."""

EXTRACTOR = "briefing"
"""The ``who`` of a claim status read from the article's wording rather than set by a person."""

RELIABILITY: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
"""Source reliability (NATO/Admiralty): A completely reliable … E unreliable, F cannot be judged."""
CREDIBILITY: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
"""Information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful,
5 improbable, 6 cannot be judged."""
STANCES: tuple[str, ...] = ("asserts", "disputes", "reports")

PRECISIONS: tuple[str, ...] = (
    "day",
    "days",
    "week",
    "part-of-month",
    "month",
    "part-of-year",
    "year",
    "undated",
)
"""How finely a statement's date is known; ``days`` is a short span such as overnight."""


@record
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


@record
class Document:
    """An article or briefing as read, before extraction; its text and metadata printable."""

    text: str
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    url: str | None = None
    source: str | None = None
    kept_claims: tuple[KeptClaim, ...] = field(default=(), compare=False)
    """Judgements on its claims carried over from an export or a re-extraction."""
    kept_notes: tuple[KeptNote, ...] = field(default=(), compare=False)
    """Notes on its statements, each found again by the statement's span."""

    def __post_init__(self) -> None:
        for name in ("text", "title", "publisher", "url", "source"):
            value = getattr(self, name)
            shown = printable(value) if value else value
            if shown is not value:
                object.__setattr__(self, name, shown)

    @property
    def content_hash(self) -> str:
        """Identity of the content: the same text is the same document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@record
class DateSpan:
    """When something was said: a day, or the first and last day it may have been.

    ``start``/``end`` are None when the year is unknown; ``month_day`` then keeps
    the ISO ``--MM-DD`` form of a year-less date.
    """

    start: date | None
    end: date | None
    precision: str
    text: str = ""
    span: Span | None = None
    month_day: str | None = None

    @property
    def day(self) -> date | None:
        """The single day, when the span is exactly one day."""
        return self.start if self.start is not None and self.start == self.end else None


UNDATED = DateSpan(None, None, "undated")


@record
class SpeakerMention:
    """Who said something, as the article names them."""

    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    span: Span | None = None
    gender: Gender | None = None
    """Known from the article only: "Mr. Obama" is a man, whatever full name the store knows."""

    @property
    def is_named(self) -> bool:
        return self.kind in ("person", "organisation")


@record
class PlaceMention:
    """A place a statement speaks of, resolved against the gazetteer when possible."""

    name: str
    country: str | None = None
    feature: str = "town"
    geonameid: int | None = None
    population: int = 0
    aliases: tuple[str, ...] = ()
    span: Span | None = None
    latitude: float | None = None
    longitude: float | None = None
    region: str | None = None


@record
class ExtractedStatement:
    """One utterance found in a document, with the span of each field."""

    text: str
    kind: StatementKind
    span: Span
    speaker: SpeakerMention | None = None
    date: DateSpan = UNDATED
    outlet: str | None = None
    outlet_span: Span | None = None
    venue: str | None = None
    places: tuple[PlaceMention, ...] = ()
    status: str = "unverified"
    cue: str | None = None
    cue_span: Span | None = None
    claim_key: str | None = None
    stance: Stance | None = None

    def provenance(self) -> tuple[tuple[str, int, int], ...]:
        """``(field, start, end)`` for every field read from the text: why it says so."""
        spans = [
            ("speaker", self.speaker.span if self.speaker else None),
            ("date", self.date.span),
            ("outlet", self.outlet_span),
            ("cue", self.cue_span),
            *(("place", place.span) for place in self.places),
        ]
        return tuple((name, span.start, span.end) for name, span in spans if span is not None)


@record
class ExtractedClaim:
    """A proposition that statements in the same document assert or dispute."""

    key: str
    summary: str
    status: str = "unverified"
    proposition: str | None = None
    """The event it is about (``propositions.Proposition.key``): claims in other documents
    with the same event are the same claim."""


@record
class Extraction:
    statements: tuple[ExtractedStatement, ...] = ()
    claims: tuple[ExtractedClaim, ...] = ()
    warnings: tuple[str, ...] = ()


# --- what the store answers -------------------------------------------------


@record
class DocumentView:
    id: int
    title: str | None
    published: date | None
    publisher: str | None
    url: str | None
    text: str
    content_hash: str
    source: str | None = None


@record
class SpeakerView:
    id: int
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    reliability: str | None = None
    """Source reliability, A (reliable) to F (cannot be judged)."""
    merged_into: int | None = None
    apart_from: int | None = None
    """The speaker the analyst took this name away from (the rules had joined them)."""


@record
class OutletView:
    id: int
    name: str
    reliability: str | None = None


@record
class PlaceView:
    id: int
    name: str
    country: str | None
    feature: str
    geonameid: int | None = None
    aliases: tuple[str, ...] = ()
    merged_into: int | None = None


@record
class StatementView:
    """A statement as the panes show it: names resolved, places listed."""

    id: int
    document_id: int
    speaker_id: int | None
    speaker: str | None
    kind: str
    text: str
    said_from: date | None
    said_to: date | None
    date_precision: str
    outlet: str | None
    venue: str | None
    places: tuple[str, ...]
    status: str
    claim_id: int | None
    span: Span
    sort_day: str = ""
    date_text: str | None = None
    month_day: str | None = None
    cue: str | None = None
    provenance: tuple[tuple[str, int, int], ...] = ()
    speaker_reliability: str | None = None
    outlet_reliability: str | None = None
    claim_status: str | None = None
    """The status of the claim it belongs to (the statement's own hedging is ``status``)."""
    claim_stance: str | None = None
    """How it stands on that claim: asserts, disputes or reports."""

    @property
    def said_on(self) -> date | None:
        return self.said_from if self.said_from == self.said_to else None


@record
class TimelineFilter:
    speaker_id: int | None = None
    place_id: int | None = None
    outlet_id: int | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_reliability: str | None = None
    """Only statements whose speaker or outlet is graded this reliable or better (A best)."""


@record
class TimelineCursor:
    """Where the next page starts: after this (sort_day, id) in the page order."""

    sort_day: str
    statement_id: int


@record
class TimelinePage:
    statements: tuple[StatementView, ...]
    next_cursor: TimelineCursor | None


@record
class StatusChange:
    from_status: str | None
    to_status: str
    at: str
    who: str | None
    note: str | None


@record
class Note:
    id: int
    target_kind: str
    target_id: int
    text: str
    at: str
    who: str | None


@record
class Edit:
    """One analyst edit in the log: what it did, and whether it has been undone."""

    id: int
    kind: str
    summary: str
    at: str
    who: str | None
    undone: bool = False
    sealed: bool = False
    """Made before a re-extraction, so it can no longer be undone."""


@record
class ClaimView:
    id: int
    summary: str
    status: str
    statements: tuple[tuple[StatementView, str], ...] = ()
    history: tuple[StatusChange, ...] = ()
    credibility: int | None = None
    """Information credibility, 1 (confirmed by other sources) to 6 (cannot be judged)."""
    notes: tuple[Note, ...] = ()
    summary_by_analyst: bool = False
    """The summary is the analyst's words: a re-extraction keeps it."""
    links_by_analyst: bool = False
    """The analyst linked or unlinked statements: a re-extraction keeps the links as they are."""
    document_id: int | None = None
    """The document the claim was first made from (its statements may be in others)."""
    origin: tuple[int, int] | None = None
    """The span, in that document, of the statement the claim was made from."""
    event: str | None = None
    """What the claim is about, in words ("control of Maryinka"): why statements of other
    documents joined it."""


@record
class StatementInDocument:
    statement: StatementView
    document: DocumentView


@record
class IngestResult:
    """What storing one document did."""

    document_id: int
    new: bool
    statements_added: int
    warnings: tuple[str, ...] = field(default=())


SEARCH_KINDS: tuple[str, ...] = ("speaker", "place", "outlet", "claim", "statement")


@record
class SearchHit:
    """One search result: what it is, how well it matched, and where to highlight."""

    kind: str
    target_id: int
    label: str
    detail: str
    score: float
    matched: str
    """The name, alias or text the query matched (``Avdeevka`` for the place Avdiivka)."""
    highlight: tuple[int, int] | None = None
    """Where in ``label`` the query matched, when it matched there."""
