"""Saved web pages: the article's main text and its metadata, through trafilatura.

trafilatura finds the article body among navigation, related links and
footers, and reads title, date, site name and canonical url from the page's
metadata (Open Graph, JSON-LD, meta tags). Nothing here parses HTML by hand.
"""

from __future__ import annotations

import logging
from pathlib import Path

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.text import parse_published, read_file_bytes


def read_html_document(path: Path) -> list[Document]:
    return [parse_html_document(read_file_bytes(path), str(path))]


def parse_html_document(data: bytes, source: str) -> Document:
    import trafilatura

    # Its log lines ("discarding data…") would break the one-line-per-file errors.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file, not an HTML page")
    if b"<" not in data:
        raise InputError("not an HTML page (no markup)")
    # Bytes, so trafilatura reads the page's declared or detected encoding.
    found = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False
    )
    if found is None or not (found.text or "").strip():
        raise InputError("no article text found in the page")
    paragraphs = [line.strip() for line in found.text.splitlines() if line.strip()]
    try:
        published = parse_published(found.date)
    except InputError:
        published = None  # a page's own date metadata is a hint, not something to refuse
    return Document(
        text="\n\n".join(paragraphs),
        title=found.title or None,
        published=published,
        publisher=found.sitename or found.hostname or None,
        url=found.url or None,
        source=source,
    )
