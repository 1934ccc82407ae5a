"""Plain-text and Markdown briefings with an optional front-matter block.

The block is YAML between ``---`` lines (read by python-frontmatter) with the
keys ``title``, ``published``, ``publisher`` and ``url``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import frontmatter
import yaml

from briefing.errors import InputError
from briefing.model import Document

KNOWN_KEYS = ("title", "published", "publisher", "url")


def read_file_bytes(path: Path) -> bytes:
    """A file's bytes, or one line saying why it cannot be read; every reader starts here."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read file ({error.strerror or error})") from error


def read_text_document(path: Path) -> list[Document]:
    return [parse_text_document(read_file_bytes(path), str(path))]


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError("broken UTF-16 text") from error
    if b"\x00" in data:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_text_document(data: bytes, source: str) -> Document:
    raw = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    try:
        metadata, body = frontmatter.parse(raw)
    except (yaml.YAMLError, ValueError) as error:
        raise InputError(f"malformed front matter ({_first_line(error)})") from error
    if not isinstance(metadata, dict):
        raise InputError("malformed front matter (expected key: value lines)")
    body = body.strip("\n")
    if not body.strip():
        raise InputError("empty document (no text after the front matter)")
    return Document(
        text=body,
        title=_text_field(metadata, "title"),
        published=parse_published(metadata.get("published")),
        publisher=_text_field(metadata, "publisher"),
        url=_text_field(metadata, "url"),
        source=source,
    )


def parse_published(value: object) -> date | None:
    """A published date from front matter or a flag: a date, or ISO text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _sane(value)
    text = str(value).strip()
    try:
        return _sane(datetime.fromisoformat(text).date())
    except ValueError:
        raise InputError(f"published date {text!r} is not an ISO date (YYYY-MM-DD)") from None


EARLIEST, LATEST = date(1800, 1, 1), date(2199, 12, 31)
"""Published dates briefing accepts: news copy from the telegraph age to well past today."""


def _sane(day: date) -> date:
    if not EARLIEST <= day <= LATEST:
        raise InputError(
            f"published date {day.isoformat()} is out of range "
            f"({EARLIEST.isoformat()} to {LATEST.isoformat()})"
        )
    return day


def _text_field(metadata: dict[str, object], key: str) -> str | None:
    value = metadata.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
