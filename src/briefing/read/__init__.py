"""Readers: turn files into :class:`~briefing.model.Document`, knowing nothing of the store.

One module per input format; this module picks the reader by extension and
walks folders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Document
from briefing.read import text

READERS = {
    ".txt": text.read_text_document,
    ".md": text.read_text_document,
    ".markdown": text.read_text_document,
}
SUPPORTED = ", ".join(sorted(READERS))


@dataclass(frozen=True)
class ReadOutcome:
    """One input file: the documents read from it, or the reason it failed."""

    source: str
    documents: tuple[Document, ...] = ()
    error: str | None = None


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


def read_source(name: str) -> ReadOutcome:
    """Read one file (or ``-`` for standard input); failures become an error line."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            return ReadOutcome(name, (text.parse_text_document(data, "<stdin>"),))
        path = Path(name)
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            kind = path.suffix or "no extension"
            raise InputError(f"unsupported file type ({kind}); briefing reads {SUPPORTED}")
        return ReadOutcome(name, tuple(reader(path)))
    except InputError as error:
        return ReadOutcome(name, error=str(error))
