"""Ingest: read files, extract their statements and store each document in one transaction.

The one place where the three lower layers meet; the CLI and the app call it.
A file that cannot be read or stored becomes one error line naming the file,
and the other files still go in.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from briefing.errors import BriefingError
from briefing.extract import extract
from briefing.model import Document
from briefing.read import expand_paths, read_source
from briefing.resources import sample_briefings
from briefing.store import Store


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; it wins over front matter."""

    title: str | None = None
    published: date | None = None
    publisher: str | None = None

    def apply(self, document: Document) -> Document:
        return replace(
            document,
            title=self.title or document.title,
            published=self.published or document.published,
            publisher=self.publisher or document.publisher,
        )


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    statements: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.new} new, {self.unchanged} unchanged, {self.failed} failed; "
            f"{self.statements} statements added in {self.seconds:.2f} s"
        )


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    overrides: Overrides = Overrides(),
    on_file: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest every file (folders walked, ``-`` is standard input)."""
    summary = IngestSummary()
    started = time.perf_counter()
    for source in expand_paths(list(paths)):
        outcome = read_source(source)
        if outcome.error is not None:
            summary.failed += 1
            summary.errors.append(f"{source}: {outcome.error}")
        for document in outcome.documents:
            _ingest_one(store, overrides.apply(document), source, summary)
        if on_file is not None:
            on_file(source)
    summary.seconds = time.perf_counter() - started
    return summary


def _ingest_one(store: Store, document: Document, source: str, summary: IngestSummary) -> None:
    try:
        if store.has_document(document.content_hash):
            summary.unchanged += 1
            return
        result = store.ingest(document, extract(document))
    except BriefingError as error:
        summary.failed += 1
        summary.errors.append(f"{source}: {error}")
        return
    if result.new:
        summary.new += 1
        summary.statements += result.statements_added
    else:
        summary.unchanged += 1
    summary.warnings.extend(f"{source}: {warning}" for warning in result.warnings)


def ingest_samples(store: Store) -> IngestSummary:
    """Ingest the sample briefings shipped with briefing."""
    return ingest_paths(store, [str(path) for path in sample_briefings()])
