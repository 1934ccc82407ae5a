"""Correcting what the store says about a document: its title, published date, publisher
and address.

A new published date re-dates the document's statements: "yesterday" and "on Tuesday" are
resolved again against it. That is done by reading the document again under its new
metadata, in one transaction, keeping every analyst judgement on its claims and
statements (as ``reextract`` does), and the claims it joins across documents are found
again for the new date.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from briefing.errors import InputError
from briefing.extract import extract
from briefing.model import Document, DocumentView
from briefing.store import Store


@dataclass(frozen=True)
class Changes:
    """The metadata to set; a field left None is kept as stored."""

    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    url: str | None = None

    def differences(self, stored: DocumentView) -> list[str]:
        """One line per field that would change: ``published: 2024-05-01 → 2024-05-02``."""
        lines = []
        for field in fields(self):
            new, old = getattr(self, field.name), getattr(stored, field.name)
            if new is not None and new != old:
                lines.append(f"{field.name}: {_shown(old)} → {_shown(new)}")
        return lines

    def applied(self, stored: DocumentView) -> Document:
        document = Document(
            text=stored.text, title=stored.title, published=stored.published,
            publisher=stored.publisher, url=stored.url, source=stored.source,
        )  # fmt: skip
        given = {f.name: getattr(self, f.name) for f in fields(self)}
        return replace(document, **{k: v for k, v in given.items() if v is not None})


@dataclass(frozen=True)
class Correction:
    document_id: int
    changed: tuple[str, ...]
    statements_before: int
    statements_after: int
    judgements_kept: int

    def line(self) -> str:
        if not self.changed:
            return f"document {self.document_id}: nothing to change"
        return (
            f"document {self.document_id}: {'; '.join(self.changed)}; statements read again "
            f"({self.statements_before} → {self.statements_after}), "
            f"{self.judgements_kept} judged claim{'s' if self.judgements_kept != 1 else ''} kept"
        )


def correct(store: Store, document_id: int, changes: Changes) -> Correction:
    """Set the changed metadata and read the document again under it."""
    stored = store.document(document_id)
    if stored is None:
        raise InputError(f"no document {document_id}")
    changed = tuple(changes.differences(stored))
    before = len(store.document_statements(document_id))
    if not changed:
        return Correction(document_id, (), before, before, 0)
    document = changes.applied(stored)
    result, kept = store.correct_document(document_id, document, extract(document))
    store.seal_edits()  # the statements' ids changed: undo must not reach the new rows
    return Correction(document_id, changed, before, result.statements_added, kept)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "none"
    return value.isoformat() if isinstance(value, date) else str(value)
