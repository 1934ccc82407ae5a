"""Ingest: read files, extract their statements and store each document in one transaction.

The one place where the three lower layers meet; the CLI and the app call it.
A file that cannot be read or stored becomes one error line naming the file,
and the other files still go in.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO

from briefing.carried import DeskState
from briefing.corrections import correct
from briefing.errors import BriefingError, ExtractionFailed, StoreError
from briefing.extract import extract
from briefing.extraction_lines import read_lines
from briefing.model import Document, Extraction, IngestResult
from briefing.read import expand_paths
from briefing.read.overrides import Overrides
from briefing.resources import sample_briefings
from briefing.store import Store
from briefing.wording import counted
from briefing.workers import Prepared, prepared_files

NO_OVERRIDES = Overrides()


@dataclass
class IngestSummary:
    new: int = 0
    updated: int = 0
    """Documents already stored whose metadata the flags corrected (``--published``)."""
    unchanged: int = 0
    failed: int = 0
    statements: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)
    """With ``dry_run``: one line per document saying what would be stored."""
    dry_run: bool = False

    def count(self, result: IngestResult, source: str) -> None:
        """Add one stored document's result: new or unchanged, its statements, its warnings."""
        if result.new:
            self.new += 1
            self.statements += result.statements_added
        else:
            self.unchanged += 1
        self.warnings.extend(f"{source}: {warning}" for warning in result.warnings)

    def undated(self, result: IngestResult, source: str) -> None:
        """A new document with no published date: said once, with how to give it one."""
        self.warnings = [w for w in self.warnings if not w.startswith(f"{source}: no published")]
        self.warnings.append(
            f"{source}: no published date, so relative dates stay unresolved; set one with "
            f"`briefing documents set {result.document_id} --published YYYY-MM-DD`"
        )

    def line(self) -> str:
        verb = "would be added" if self.dry_run else "added"
        updated = f"{self.updated} updated, " if self.updated else ""
        return (
            f"{self.new} new, {updated}{self.unchanged} unchanged, {self.failed} failed; "
            f"{counted(self.statements, 'statement')} {verb} in {self.seconds:.2f} s"
        )


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    overrides: Overrides = NO_OVERRIDES,
    on_file: Callable[[str], None] | None = None,
    dry_run: bool = False,
    jobs: int = 1,
) -> IngestSummary:
    """Ingest every file (folders walked, ``-`` is standard input).

    With ``dry_run`` every document is read and extracted but nothing is stored. With
    ``jobs`` above one, files are read and extracted by that many processes (this one and
    ``jobs - 1`` workers) and stored here, one transaction per document, in the order given
    (see ``workers``).
    """
    sources = list(expand_paths(list(paths)))
    prepared = prepared_files(sources, overrides, jobs, extract_now=False)
    return ingest_prepared(store, prepared, overrides, on_file, dry_run)


def ingest_prepared(
    store: Store,
    prepared: Iterable[Prepared],
    overrides: Overrides = NO_OVERRIDES,
    on_file: Callable[[str], None] | None = None,
    dry_run: bool = False,
) -> IngestSummary:
    """Store files already read (and maybe extracted) elsewhere: by worker processes, or
    by Dask's workers (``archive``), in the order they come."""
    summary = IngestSummary(dry_run=dry_run)
    started = time.perf_counter()
    try:
        _ingest_all(store, prepared, overrides, on_file, dry_run, summary)
    except StoreError as error:
        # the store itself failed (full disk, read-only, damaged): what is in stays in
        summary.failed += 1
        summary.errors.append(f"stopped: {error}")
    summary.seconds = time.perf_counter() - started
    return summary


def _ingest_all(
    store: Store,
    prepared: Iterable[Prepared],
    overrides: Overrides,
    on_file: Callable[[str], None] | None,
    dry_run: bool,
    summary: IngestSummary,
) -> None:
    for item in prepared:
        outcome, source = item.outcome, item.outcome.source
        if outcome.error is not None:
            summary.failed += 1
            summary.errors.append(f"{source}: {outcome.error}")
        if outcome.desk is not None and not dry_run:
            _ingest_export(store, item, outcome.desk, source, summary)
        for document, extraction in item.pairs() if outcome.desk is None or dry_run else ():
            if dry_run:
                _plan_one(store, document, source, summary, extraction)
            else:
                _ingest_one(store, document, source, summary, overrides, extraction)
        if on_file is not None:
            on_file(source)


def _ingest_one(
    store: Store,
    document: Document,
    source: str,
    summary: IngestSummary,
    overrides: Overrides = NO_OVERRIDES,
    extraction: Extraction | None = None,
) -> None:
    try:
        existing = store.document_id(document.content_hash)
        if existing is not None:
            _update_one(store, existing, overrides, summary)
            return
        result = store.ingest(document, extraction or extract(document))
    except StoreError:
        raise
    except BriefingError as error:
        summary.failed += 1
        summary.errors.append(f"{source}: {error}")
        return
    summary.count(result, source)
    if result.new and document.published is None:
        summary.undated(result, source)


def _update_one(
    store: Store, document_id: int, overrides: Overrides, summary: IngestSummary
) -> None:
    """The same text again: unchanged, unless the flags give it other metadata. Only the
    flags count: front matter never undoes a correction made with ``documents set``."""
    if not overrides.given() or not correct(store, document_id, overrides).changed:
        summary.unchanged += 1
    else:
        summary.updated += 1


def _ingest_export(
    store: Store, item: Prepared, desk: DeskState, source: str, summary: IngestSummary
) -> None:
    """Our own export: every document and the desk in one transaction, or nothing."""
    try:
        pairs = [(d, extraction or extract(d)) for d, extraction in item.pairs()]
        results, missing = store.ingest_export(pairs, desk)
    except StoreError:
        raise
    except BriefingError as error:
        summary.failed += 1
        summary.errors.append(f"{source}: {error} (nothing of it was stored)")
        return
    for result in results:
        summary.count(result, source)
    summary.warnings.extend(f"{source}: could not give back the {m}" for m in missing)


def _plan_one(
    store: Store,
    document: Document,
    source: str,
    summary: IngestSummary,
    extraction: Extraction | None = None,
) -> None:
    source = document.source or source  # a feed entry, not just its feed
    if store.has_document(document.content_hash):
        summary.unchanged += 1
        summary.planned.append(f"unchanged  {source}")
        return
    extraction = extraction or extract(document)
    summary.new += 1
    summary.statements += len(extraction.statements)
    summary.warnings.extend(f"{source}: {warning}" for warning in extraction.warnings)
    speakers = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    title = f" “{document.title}”" if document.title else ""
    summary.planned.append(
        f"new        {source}{title}: {counted(len(extraction.statements), 'statement')}, "
        f"{counted(len(speakers), 'speaker')}, {counted(len(extraction.claims), 'claim')}"
    )


@dataclass
class ReextractSummary:
    documents: int = 0
    statements_before: int = 0
    statements_after: int = 0
    judgements_kept: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{counted(self.documents, 'document')} re-read: {self.statements_before} → "
            f"{counted(self.statements_after, 'statement')}, "
            f"{counted(self.judgements_kept, 'judged claim')} kept, "
            f"in {self.seconds:.2f} s"
        )


def reextract_all(store: Store) -> ReextractSummary:
    """Run this extractor over every stored document, one transaction per document."""
    summary = ReextractSummary()
    started = time.perf_counter()
    before = store.counts()["statements"]
    for stored in store.all_documents():
        document = Document(
            text=stored.text, title=stored.title, published=stored.published,
            publisher=stored.publisher, url=stored.url, source=stored.source,
        )  # fmt: skip
        try:
            extraction = extract(document)
        except ExtractionFailed as error:
            summary.warnings.append(f"{stored.source or stored.id}: kept as it was: {error}")
            continue
        result, kept = store.replace_extraction(stored.id, document, extraction)
        summary.documents += 1
        summary.judgements_kept += kept
        summary.warnings.extend(f"{stored.source or stored.id}: {w}" for w in result.warnings)
    store.seal_edits()  # their ids are gone; undo must not reach the new rows
    summary.statements_before = before
    summary.statements_after = store.counts()["statements"]
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_samples(store: Store) -> IngestSummary:
    """Ingest the sample briefings shipped with briefing."""
    return ingest_paths(store, [str(path) for path in sample_briefings()])


def ingest_extractions(store: Store, names: Iterable[str]) -> IngestSummary:
    """Store the documents of JSON-lines files ``briefing extract`` wrote (``-`` for
    standard input), one transaction per document; a line or file that cannot be read is
    one error line, and the others are stored."""
    summary = IngestSummary()
    started = time.perf_counter()
    try:
        for name in names:
            _ingest_lines(store, name, summary)
    except StoreError as error:
        summary.failed += 1
        summary.errors.append(f"stopped: {error}")
    summary.seconds = time.perf_counter() - started
    return summary


def _ingest_lines(store: Store, name: str, summary: IngestSummary) -> None:
    try:
        with _opened(name) as stream:
            for item in read_lines(stream, name):
                if isinstance(item, str):
                    summary.failed += 1
                    summary.errors.append(item)
                    continue
                document, extraction = item
                _ingest_one(
                    store, document, document.source or name, summary, NO_OVERRIDES, extraction
                )
    except (OSError, UnicodeDecodeError) as error:
        summary.failed += 1
        summary.errors.append(f"{name}: cannot read ({getattr(error, 'strerror', None) or error})")


def _opened(name: str) -> IO[str]:
    if name == "-":
        return contextlib.nullcontext(sys.stdin)  # type: ignore[return-value]
    return open(name, encoding="utf-8")
