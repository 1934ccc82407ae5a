"""Readers: turn files into :class:`~briefing.model.Document`, knowing nothing of the store.

One module per input format; this module picks the reader by extension and
walks folders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.carried import DeskState
from briefing.errors import InputError, PartlyRead, first_line
from briefing.model import Document
from briefing.read import briefing_json, feed, html, mail, pdf, text, word

READERS = {
    ".txt": text.read_text_document,
    ".md": text.read_text_document,
    ".markdown": text.read_text_document,
    ".html": html.read_html_document,
    ".htm": html.read_html_document,
    ".rss": feed.read_feed,
    ".atom": feed.read_feed,
    ".xml": feed.read_feed,
    ".json": briefing_json.read_export,
    ".pdf": pdf.read_pdf_document,
    ".docx": word.read_docx_document,
    ".eml": mail.read_email,
    ".mbox": mail.read_mailbox,
}
SUPPORTED = ", ".join(sorted(READERS))
MEGABYTE = 1024 * 1024
MAX_BYTES = {
    ".json": None,
    ".pdf": 50 * MEGABYTE,
    ".docx": 50 * MEGABYTE,
    ".mbox": 200 * MEGABYTE,
    ".eml": 50 * MEGABYTE,
    ".rss": 25 * MEGABYTE,
    ".atom": 25 * MEGABYTE,
    ".xml": 25 * MEGABYTE,
}
ARTICLE_MAX_BYTES = 10 * MEGABYTE
"""An article or briefing larger than this is a mistake (a log, a dump), not something to read."""


@dataclass(frozen=True)
class ReadOutcome:
    """One input file: the documents read from it, or the reason it failed."""

    source: str
    documents: tuple[Document, ...] = ()
    error: str | None = None
    desk: DeskState | None = None
    """Judgements on speakers and outlets, from our own JSON export."""


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files named on the command line, folders walked recursively by extension."""
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS
            )
            yield from (str(p) for p in found)
        else:
            yield name


def _check_size(size: int, limit: int | None) -> None:
    if limit is not None and size > limit:
        raise InputError(
            f"file too large ({size / MEGABYTE:.1f} MB; briefing reads up to "
            f"{limit // MEGABYTE} MB of this type)"
        )


def parse_sniffed(data: bytes, source: str) -> list[Document]:
    """Input without a file name (standard input): the format is told by its first bytes."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return briefing_json.parse_export(data, source)
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return feed.parse_feed(data, source)
    if head.startswith((b"<!doctype html", b"<html")):
        return [html.parse_html_document(data, source)]
    return [text.parse_text_document(data, source)]


def read_source(name: str) -> ReadOutcome:
    """Read one file (or ``-`` for standard input); failures become an error line."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read(ARTICLE_MAX_BYTES + 1)
            _check_size(len(data), ARTICLE_MAX_BYTES)
            return ReadOutcome(name, tuple(parse_sniffed(data, "<stdin>")))
        path = Path(name)
        suffix = path.suffix.lower()
        reader = READERS.get(suffix)
        if reader is None:
            kind = path.suffix or "no extension"
            raise InputError(f"unsupported file type ({kind}); briefing reads {SUPPORTED}")
        if path.is_file():
            _check_size(path.stat().st_size, MAX_BYTES.get(suffix, ARTICLE_MAX_BYTES))
        else:
            text.read_file_bytes(path, 0)  # says why: missing, a folder, a FIFO or a device
        if suffix == ".json":
            documents, desk = briefing_json.read_export_with_desk(text.read_file_bytes(path), name)
            return ReadOutcome(name, tuple(documents), desk=desk)
        return ReadOutcome(name, tuple(reader(path)))
    except PartlyRead as partly:
        return ReadOutcome(name, partly.documents, error=str(partly))
    except InputError as error:
        return ReadOutcome(name, error=str(error))
    except Exception as error:  # a parser's failure no reader names: one line, not the batch
        return ReadOutcome(
            name, error=f"not readable ({type(error).__name__}: {first_line(error)})"
        )
