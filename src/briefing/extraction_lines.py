"""Extractions as JSON lines: one line per document, its metadata, text and extraction.

``briefing extract`` writes them without a store, so any engine (a shell loop, a cluster)
can run the extractor; ``briefing ingest --extractions FILE`` stores them, one transaction
per document, as a plain ingest would. The extraction goes through ``plain`` (dataclass
trees as JSON values and back, by their type hints); a line that does not fit is refused
with its line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from briefing.errors import InputError, first_line
from briefing.model import Document, Extraction
from briefing.plain import from_plain, refuse_unreadable_strings, to_plain

SCHEMA = "briefing-extraction/1"
LINE_MAX_CHARS = 30_000_000
"""A document is at most 10 MB of text; its extraction is a few times that at most."""


def to_line(document: Document, extraction: Extraction) -> str:
    meta = {f: getattr(document, f) for f in ("title", "published", "publisher", "url", "source")}
    record = {
        "schema": SCHEMA,
        "document": {**meta, "text": document.text},
        "extraction": to_plain(extraction),
    }
    return json.dumps(record, ensure_ascii=False, default=_plain)


def read_lines(stream: IO[str], name: str) -> Iterator[tuple[Document, Extraction] | str]:
    """Each line's document and extraction, or one line saying why it cannot be read."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            if len(line) > LINE_MAX_CHARS:
                raise InputError(f"longer than {LINE_MAX_CHARS:,} characters")
            record = json.loads(line)
            refuse_unreadable_strings(record, control_characters=True)
            yield _from_record(record)
        except (InputError, ValueError, TypeError, KeyError, RecursionError) as error:
            yield f"{name}: line {number}: not a briefing extraction ({first_line(error)})"


def _from_record(record: Any) -> tuple[Document, Extraction]:
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        raise InputError(f"its schema is not {SCHEMA}")
    given = record["document"]
    if not isinstance(given, dict):
        raise InputError("its document is not an object")
    text = from_plain(str, given["text"])
    metadata = {
        f: from_plain(str | None, given.get(f)) for f in ("title", "publisher", "url", "source")
    }
    document = Document(text, published=from_plain(date | None, given.get("published")), **metadata)
    extraction = from_plain(Extraction, record["extraction"])
    for statement in extraction.statements:
        if not 0 <= statement.span.start <= statement.span.end <= len(document.text):
            raise InputError("a statement's span lies outside the text")
    return document, extraction


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__}")
