"""Correcting what the store says about a document: its title, published date, publisher
and address.

A new published date re-dates the document's statements: "yesterday" and "on Tuesday" are
resolved again against it. That is done by reading the document again under its new
metadata, in one transaction, keeping every analyst judgement on its claims and
statements (as ``reextract`` does), and the claims it joins across documents are found
again for the new date.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.errors import InputError
from briefing.extract import extract
from briefing.read.overrides import Overrides
from briefing.store import Store


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


def correct(store: Store, document_id: int, changes: Overrides) -> Correction:
    """Set the changed metadata and read the document again under it."""
    stored = store.document(document_id)
    if stored is None:
        raise InputError(f"no document {document_id}")
    changed = tuple(changes.differences(stored))
    before = len(store.document_statements(document_id))
    if not changed:
        return Correction(document_id, (), before, before, 0)
    document = changes.applied_to(stored)
    result, kept = store.correct_document(document_id, document, extract(document))
    store.seal_edits()  # the statements' ids changed: undo must not reach the new rows
    return Correction(document_id, changed, before, result.statements_added, kept)
