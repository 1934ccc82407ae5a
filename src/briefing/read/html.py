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

MAX_TAGS = 100_000
"""Tags a page may have. trafilatura reads about 1.5–6 s per megabyte of element-dense
markup (a 5 MB page of line breaks took 34 s); an article page has a few thousand tags,
so a page past this is refused at once, where it would stall a batch."""


def read_html_document(path: Path) -> list[Document]:
    return [parse_html_document(read_file_bytes(path), str(path))]


def _deep_tree(data: bytes):  # type: ignore[no-untyped-def]
    """The page parsed without libxml2's 255-level nesting limit, for the pages it cuts off
    (deeply nested layout divs would otherwise lose the whole article)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.fromstring(data, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ParserError, ValueError):
        return None


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
    if data.count(b"<") > MAX_TAGS:
        raise InputError(
            f"more than {MAX_TAGS:,} tags: not read (an article page has a few thousand)"
        )
    # Bytes, so trafilatura reads the page's declared or detected encoding.
    options = {"with_metadata": True, "include_comments": False, "include_tables": False}
    found = trafilatura.bare_extraction(data, **options)
    if found is None or not (found.text or "").strip():
        found = trafilatura.bare_extraction(_deep_tree(data), **options)
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
