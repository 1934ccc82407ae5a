"""Plain-text and Markdown briefings with an optional front-matter block.

The block is YAML between ``---`` lines (read by python-frontmatter) with the
keys ``title``, ``published``, ``publisher`` and ``url``.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from datetime import date, datetime
from pathlib import Path

import frontmatter
import yaml

from briefing.errors import InputError, first_line
from briefing.model import Document

KNOWN_KEYS = ("title", "published", "publisher", "url")
FIELD_MAX = 2000
"""The longest title, publisher or url briefing stores (a headline is under 300)."""
FRONT_MATTER_MAX = 64 * 1024


def read_file_bytes(path: Path, limit: int | None = None) -> bytes:
    """A file's bytes, or one line saying why it cannot be read; every reader starts here.

    Only regular files are read (a FIFO would wait forever, ``/dev/zero`` never ends),
    symlinks followed; never more than ``limit`` bytes are taken into memory."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO, device or socket"
            raise InputError(f"not a regular file ({kind})")
        with path.open("rb") as handle:
            data = handle.read(-1 if limit is None else limit + 1)
    except OSError as error:
        raise InputError(f"cannot read file ({error.strerror or error})") from error
    if limit is not None and len(data) > limit:
        raise InputError(f"file too large (over {limit // (1024 * 1024)} MB)")
    return data


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


class _DatesAsText(yaml.SafeLoader):
    """YAML that leaves ``2024-02-30`` a string, for ``parse_published`` to judge ("not a
    real date") instead of the YAML library failing on it."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _PlainYAML(frontmatter.YAMLHandler):
    """Front matter as plain YAML: no aliases (a few nested anchors expand to gigabytes),
    and no block larger than a front matter ever is."""

    def load(self, fm: str, **kwargs: object) -> object:
        if len(fm) > FRONT_MATTER_MAX:
            raise InputError(f"front matter too long (over {FRONT_MATTER_MAX // 1024} KB)")
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(fm, yaml.SafeLoader)):
            raise InputError("front matter uses YAML aliases (*name); write each value out")
        return yaml.load(fm, Loader=_DatesAsText)


def parse_text_document(data: bytes, source: str) -> Document:
    raw = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    if _mostly_unreadable(raw):
        raise InputError("not text (mostly control or unassigned characters)")
    handler = frontmatter.detect_format(raw, frontmatter.handlers)
    if isinstance(handler, frontmatter.YAMLHandler):
        handler = _PlainYAML()
    try:
        metadata, body = frontmatter.parse(raw, handler=handler) if handler else ({}, raw)
    except (yaml.YAMLError, ValueError) as error:
        raise InputError(f"malformed front matter ({first_line(error)})") from error
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
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise InputError(f"published date {text!r} is not a real date") from None
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
    text = " ".join(str(value).split())
    if len(text) > FIELD_MAX:
        raise InputError(
            f"front matter {key} too long ({len(text):,} characters; {FIELD_MAX} at most)"
        )
    return text or None


def _mostly_unreadable(text: str) -> bool:
    """Random bytes read as Latin-1: control and unassigned characters in a sample."""
    sample = text[:4096]
    if not sample:
        return False
    odd = sum(
        1
        for char in sample
        if char not in "\n\t" and unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")
    )
    return odd > len(sample) * 0.1
