"""Extractions as JSON lines: one line per document, its metadata, text and extraction.

``briefing extract`` writes them without a store, so any engine (a shell loop, a cluster)
can run the extractor; ``briefing ingest --extractions FILE`` stores them, one transaction
per document, as a plain ingest would. Written by hand rather than with a schema library:
the extraction is a small tree of frozen dataclasses, read back field by field through
their type hints, and a line that does not fit them is refused with its line number.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import types
import typing
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from briefing.errors import InputError
from briefing.model import Document, Extraction

SCHEMA = "briefing-extraction/1"
LINE_MAX_CHARS = 30_000_000
"""A document is at most 10 MB of text; its extraction is a few times that at most."""


def to_line(document: Document, extraction: Extraction) -> str:
    meta = {f: getattr(document, f) for f in ("title", "published", "publisher", "url", "source")}
    record = {
        "schema": SCHEMA,
        "document": {**meta, "text": document.text},
        "extraction": _plain_tree(extraction),
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
            yield _from_record(json.loads(line))
        except (InputError, ValueError, TypeError, KeyError, RecursionError) as error:
            yield f"{name}: line {number}: not a briefing extraction ({_reason(error)})"


def _from_record(record: Any) -> tuple[Document, Extraction]:
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        raise InputError(f"its schema is not {SCHEMA}")
    given = record["document"]
    if not isinstance(given, dict):
        raise InputError("its document is not an object")
    text = _build(str, given["text"])
    metadata = {
        f: _build(str | None, given.get(f)) for f in ("title", "publisher", "url", "source")
    }
    document = Document(text, published=_build(date | None, given.get("published")), **metadata)
    extraction = _build(Extraction, record["extraction"])
    for statement in extraction.statements:
        if not 0 <= statement.span.start <= statement.span.end <= len(document.text):
            raise InputError("a statement's span lies outside the text")
    return document, extraction


def _build(kind: Any, value: Any) -> Any:
    """``value`` read as ``kind``: a dataclass, a tuple, an optional, a date or a plain value."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        return _build(next(o for o in options if o is not type(None)), value)
    if origin is typing.Literal:
        if value not in typing.get_args(kind):
            raise InputError(f"{value!r} is not one of {typing.get_args(kind)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise InputError(f"expected a list, got {type(value).__name__}")
        return tuple(_build(typing.get_args(kind)[0], item) for item in value)
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise InputError(f"expected an object for {kind.__name__}")
        hints = _hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: _build(hints[k], v) for k, v in value.items() if k in fields})
    if kind is date:
        return date.fromisoformat(value) if isinstance(value, str) else _wrong(kind, value)
    if kind in (str, int) and isinstance(value, kind) and not isinstance(value, bool):
        return value
    finite = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if kind is float and finite:
        return float(value)
    return _wrong(kind, value)


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _wrong(kind: Any, value: Any) -> Any:
    raise InputError(f"expected {getattr(kind, '__name__', kind)}, got {type(value).__name__}")


def _plain_tree(value: Any) -> Any:
    """A dataclass tree as dicts and lists (``dataclasses.asdict`` deep-copies every leaf
    and took a third of ``briefing extract``'s time)."""
    if isinstance(value, tuple):
        return [_plain_tree(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: _plain_tree(getattr(value, field.name)) for field in _fields(type(value))
        }
    return value


@functools.cache
def _fields(kind: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(kind)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__}")


def _reason(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__
