"""The SQLite store: the only place that speaks SQL.

:class:`Store` is the one door in: it opens the file, writes one document per
transaction and answers the panes' questions with model views.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from briefing.carried import DeskState
from briefing.model import (
    ClaimView,
    Document,
    DocumentView,
    Edit,
    Extraction,
    IngestResult,
    Note,
    OutletView,
    PlaceView,
    SpeakerView,
    StatementInDocument,
    StatementView,
    TimelineCursor,
    TimelineFilter,
    TimelinePage,
)
from briefing.overviews import MapOfPlaces, PlaceProfile, SpeakerProfile
from briefing.store import (
    catalog,
    edits,
    judgements,
    lookups,
    place_queries,
    queries,
    reextraction,
    removal,
    writes,
)
from briefing.store.database import Connection, writable
from briefing.store.feeds import Feeds

T = TypeVar("T")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def current_user() -> str:
    """Who made an edit: the operating-system user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class Store:
    """A briefing store file, opened (and created or migrated) on construction."""

    def __init__(self, path: Path | str, notice: Callable[[str], None] | None = None) -> None:
        """``notice`` hears, before it happens, that an older store is being brought up to
        date (which can take a while)."""
        self.path = Path(path)
        self._connection = Connection(self.path, notice)

    def close(self) -> None:
        self._connection.close()

    @property
    def feeds(self) -> Feeds:
        """The feeds followed, and what their last fetch found."""
        return Feeds(self._connection)

    @property
    def read_only(self) -> bool:
        """The store file cannot be written (permissions, an immutable file, a read-only disk):
        it can be read, and every edit is refused."""
        return not writable(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writes ---------------------------------------------------------

    def ingest(self, document: Document, extraction: Extraction) -> IngestResult:
        """Store a document and what was extracted from it in one transaction.

        The same content stored twice is a no-op that returns the existing id.
        """
        with self._connection.transaction() as conn:
            existing = writes.existing_document(conn, document.content_hash)
            if existing is not None:
                return IngestResult(existing, new=False, statements_added=0)
            return writes.insert_document(conn, document, extraction, utc_now())

    def replace_extraction(
        self, document_id: int, document: Document, extraction: Extraction
    ) -> tuple[IngestResult, int]:
        """Swap a stored document's statements and claims for a new extraction, atomically,
        keeping the analyst's judgements; returns the result and how many claims were kept."""
        with self._connection.transaction() as conn:
            return reextraction.replace_extraction(
                conn, document_id, document, extraction, utc_now()
            )

    def correct_document(
        self, document_id: int, document: Document, extraction: Extraction
    ) -> tuple[IngestResult, int]:
        """New title, date, publisher or address for a stored document, and its statements
        read again under them, in one transaction, keeping the analyst's judgements."""
        with self._connection.transaction() as conn:
            writes.set_metadata(conn, document_id, document)
            return reextraction.replace_extraction(
                conn, document_id, document, extraction, utc_now()
            )

    def document_id(self, content_hash: str) -> int | None:
        with self._connection.reading() as conn:
            return writes.existing_document(conn, content_hash)

    def statement_counts(self) -> dict[int, int]:
        """Document id → how many statements it holds."""
        with self._connection.reading() as conn:
            return catalog.statements_per_document(conn)

    def ingest_export(
        self, documents: list[tuple[Document, Extraction]], desk: DeskState
    ) -> tuple[list[IngestResult], list[str]]:
        """An export's documents and desk in one transaction: the whole import or none of it;
        returns each document's result and what of the desk could not be matched."""
        now = utc_now()
        results = []
        with self._connection.transaction() as conn:
            for document, extraction in documents:
                existing = writes.existing_document(conn, document.content_hash)
                if existing is not None:
                    results.append(IngestResult(existing, new=False, statements_added=0))
                else:
                    results.append(writes.insert_document(conn, document, extraction, now))
            return results, judgements.apply_desk(conn, desk)

    def apply_desk(self, desk: DeskState) -> list[str]:
        """Grades, merges and speaker notes from an import, in one transaction."""
        with self._connection.transaction() as conn:
            return judgements.apply_desk(conn, desk)

    def set_claim_status(
        self, claim_id: int, status: str, note: str | None = None, who: str | None = None
    ) -> str:
        """Set a claim's status with an optional note; returns the previous status."""
        return self._edit(edits.set_claim_status, claim_id, status, note, who=who)

    def grade_source(
        self, kind: str, target_id: int, grade: str | None, who: str | None = None
    ) -> str | None:
        """Grade an outlet or speaker A–F; returns the grade it had."""
        return self._edit(edits.grade_source, kind, target_id, grade, who=who)

    def grade_claim(self, claim_id: int, credibility: int | None, who: str | None = None) -> None:
        self._edit(edits.grade_claim, claim_id, credibility, who=who)

    def link_statement(
        self, claim_id: int, statement_id: int, stance: str, who: str | None = None
    ) -> None:
        self._edit(edits.link_statement, claim_id, statement_id, stance, who=who)

    def unlink_statement(self, claim_id: int, statement_id: int, who: str | None = None) -> None:
        self._edit(edits.unlink_statement, claim_id, statement_id, who=who)

    def create_claim(
        self, statement_id: int, summary: str | None = None, who: str | None = None
    ) -> int:
        return self._edit(edits.create_claim, statement_id, summary, who=who)

    def edit_summary(self, claim_id: int, summary: str, who: str | None = None) -> None:
        self._edit(edits.edit_summary, claim_id, summary, who=who)

    def add_note(self, target_kind: str, target_id: int, text: str, who: str | None = None) -> int:
        return self._edit(edits.add_note, target_kind, target_id, text, who=who)

    def merge_speakers(self, keep: int, merge: int, who: str | None = None) -> None:
        self._edit(edits.merge_speakers, keep, merge, who=who)

    def split_speaker(self, merged: int, who: str | None = None) -> None:
        self._edit(edits.split_speaker, merged, who=who)

    def separate_name(self, speaker_id: int, form: str, who: str | None = None) -> int:
        """A name the rules joined to this speaker becomes a speaker of its own."""
        return self._edit(edits.separate_name, speaker_id, form, who=who)

    def merge_places(self, keep: int, merge: int, who: str | None = None) -> None:
        self._edit(edits.merge_places, keep, merge, who=who)

    def split_place(self, merged: int, who: str | None = None) -> None:
        self._edit(edits.split_place, merged, who=who)

    def removal_of(self, document_id: int) -> removal.Removal:
        """What removing a document would take away (its statements, its claims)."""
        with self._connection.reading() as conn:
            return removal.describe(conn, document_id)

    def remove_document(self, document_id: int, who: str | None = None) -> removal.Removal:
        """Take a document, its statements and its claims out, in one logged transaction;
        ``undo_last`` puts them back with the analyst's work on them."""
        with self._connection.transaction() as conn:
            return removal.remove_document(conn, document_id, who or current_user(), utc_now())

    def undo_last(self) -> Edit | None:
        """Undo the newest edit not yet undone, in one transaction."""
        with self._connection.transaction() as conn:
            return edits.undo_last(conn, utc_now())

    def seal_edits(self) -> int:
        """After a re-extraction: earlier edits point at rows that are gone; close them."""
        with self._connection.transaction() as conn:
            return edits.seal_all(conn, utc_now())

    def recent_edits(self, limit: int = 20) -> list[Edit]:
        with self._connection.reading() as conn:
            return edits.recent_edits(conn, limit)

    def _edit(self, edit: Callable[..., T], *args: object, who: str | None) -> T:
        with self._connection.transaction() as conn:
            return edit(conn, *args, who or current_user(), utc_now())

    def has_document(self, content_hash: str) -> bool:
        return self.document_id(content_hash) is not None

    # --- queries --------------------------------------------------------

    def timeline_page(
        self,
        filters: TimelineFilter | None = None,
        after: TimelineCursor | None = None,
        limit: int = 100,
        newest_first: bool = True,
    ) -> TimelinePage:
        with self._connection.reading() as conn:
            return queries.timeline_page(
                conn, filters or TimelineFilter(), after, limit, newest_first
            )

    def speaker_profile(self, speaker_id: int) -> SpeakerProfile | None:
        with self._connection.reading() as conn:
            return queries.speaker_profile(conn, speaker_id)

    def place_profile(self, place_id: int) -> PlaceProfile | None:
        with self._connection.reading() as conn:
            return place_queries.place_profile(conn, place_id)

    def places_of_statement(self, statement_id: int) -> list[tuple[int, str]]:
        with self._connection.reading() as conn:
            return place_queries.places_of_statement(conn, statement_id)

    def places_on_map(self, filters: TimelineFilter | None = None) -> MapOfPlaces:
        with self._connection.reading() as conn:
            return place_queries.places_on_map(conn, filters or TimelineFilter())

    def claims_by_status(self, status: str | None = None, limit: int = 200) -> list[ClaimView]:
        with self._connection.reading() as conn:
            return queries.claims_by_status(conn, status, limit)

    def claim_counts(self) -> dict[str, int]:
        with self._connection.reading() as conn:
            return queries.claim_counts(conn)

    def claim(self, claim_id: int) -> ClaimView | None:
        with self._connection.reading() as conn:
            return queries.claim(conn, claim_id)

    def statement(self, statement_id: int) -> StatementView | None:
        with self._connection.reading() as conn:
            return queries.statement(conn, statement_id)

    def statement_in_document(self, statement_id: int) -> StatementInDocument | None:
        with self._connection.reading() as conn:
            found = queries.statement(conn, statement_id)
            if found is None:
                return None
            document = queries.document(conn, found.document_id)
            assert document is not None
            return StatementInDocument(found, document)

    def document(self, document_id: int) -> DocumentView | None:
        with self._connection.reading() as conn:
            return queries.document(conn, document_id)

    def document_statements(self, document_id: int) -> list[StatementView]:
        with self._connection.reading() as conn:
            return queries.document_statements(conn, document_id)

    def find_outlet_by_name(self, name: str) -> OutletView | None:
        with self._connection.reading() as conn:
            return lookups.outlet_named(conn, name)

    def speaker(self, speaker_id: int) -> SpeakerView | None:
        with self._connection.reading() as conn:
            return queries.speaker(conn, speaker_id)

    def search_statements(self, match: str, limit: int = 20) -> list[StatementView]:
        with self._connection.reading() as conn:
            return queries.statement_fts(conn, match, limit)

    def speaker_joins(self, speaker_id: int) -> list[tuple[str, str]]:
        with self._connection.reading() as conn:
            return lookups.speaker_joins(conn, speaker_id)

    def most_mentioned(
        self, days: int = 7, limit: int = 5
    ) -> tuple[str, str, list[tuple[str, int, str, int]]]:
        with self._connection.reading() as conn:
            return lookups.most_mentioned(conn, days, limit)

    def speaker_roots(self, ids: list[int]) -> dict[int, int]:
        with self._connection.reading() as conn:
            return lookups.speaker_roots(conn, ids)

    def notes_matching(self, match: str, limit: int = 20) -> list[Note]:
        with self._connection.reading() as conn:
            return lookups.notes_matching(conn, match, limit)

    def notes_on(self, target_kind: str, target_id: int) -> tuple[Note, ...]:
        with self._connection.reading() as conn:
            return queries.notes_on(conn, target_kind, target_id)

    def find_outlets(self, key: str) -> list[tuple[int, str]]:
        with self._connection.reading() as conn:
            return lookups.find_outlets(conn, key)

    def find_places(self, key: str) -> list[tuple[int, str]]:
        with self._connection.reading() as conn:
            return lookups.find_places(conn, key)

    def place_roots(self, ids: list[int]) -> dict[int, int]:
        with self._connection.reading() as conn:
            return lookups.place_roots(conn, ids)

    def find_speakers(self, key: str) -> list[tuple[int, str]]:
        with self._connection.reading() as conn:
            return lookups.find_speakers(conn, key)

    def name_forms_since(self, after_id: int) -> list[lookups.NameForm]:
        with self._connection.reading() as conn:
            return lookups.name_forms_since(conn, after_id)

    def labels(self, kind: str, ids: list[int]) -> dict[int, lookups.Label]:
        with self._connection.reading() as conn:
            return lookups.labels(conn, kind, ids)

    def claims_matching(self, match: str, limit: int = 20) -> list[ClaimView]:
        with self._connection.reading() as conn:
            return lookups.claims_matching(conn, match, limit)

    def data_version(self) -> int:
        """Changes whenever another connection (another process) commits to the store."""
        with self._connection.reading() as conn:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def counts(self) -> dict[str, int]:
        with self._connection.reading() as conn:
            return queries.counts(conn)

    # --- whole-store listings (export) ------------------------------------

    def all_documents(self) -> Iterator[DocumentView]:
        with self._connection.reading() as conn:
            yield from catalog.documents(conn)

    def all_document_headers(self) -> Iterator[DocumentView]:
        with self._connection.reading() as conn:
            yield from catalog.document_headers(conn)

    def all_speakers(self) -> Iterator[SpeakerView]:
        with self._connection.reading() as conn:
            yield from catalog.speakers(conn)

    def all_outlets(self) -> Iterator[OutletView]:
        with self._connection.reading() as conn:
            yield from catalog.outlets(conn)

    def all_places(self) -> Iterator[PlaceView]:
        with self._connection.reading() as conn:
            yield from catalog.places(conn)

    def all_statements(self) -> Iterator[StatementView]:
        with self._connection.reading() as conn:
            yield from catalog.statements(conn)

    def all_notes(self) -> Iterator[Note]:
        with self._connection.reading() as conn:
            yield from catalog.notes(conn)

    def all_claims(self) -> Iterator[ClaimView]:
        with self._connection.reading() as conn:
            for claim_id in catalog.claim_ids(conn):
                found = queries.claim(conn, claim_id)
                if found is not None:
                    yield found
