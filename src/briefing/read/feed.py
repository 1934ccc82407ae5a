"""RSS and Atom feed files: one document per entry, with its date and link, via feedparser.

An entry's HTML content is turned into paragraphs with lxml (a dependency of
trafilatura), one paragraph per block element.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from briefing.errors import InputError, first_line
from briefing.model import Document
from briefing.read.text import parse_published, read_file_bytes

BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "div")


def read_feed(path: Path) -> list[Document]:
    return parse_feed(read_file_bytes(path), str(path))


def parse_feed(data: bytes, source: str) -> list[Document]:
    import feedparser

    if not data.strip():
        raise InputError("empty feed")
    try:
        feed = feedparser.parse(_CHARACTER_REFERENCE.sub(_valid_reference, data))
    except (ValueError, LookupError, OverflowError) as error:  # a broken declared encoding
        raise InputError(f"not a readable RSS or Atom feed ({first_line(error)})") from error
    problem = feed.get("bozo_exception")
    if problem is not None and type(problem).__name__ == "SAXParseException":
        # A cut-off download parses "loosely" into half an entry; store none of it.
        raise InputError(f"truncated or malformed feed ({first_line(problem)})")
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = f" ({first_line(problem)})" if problem else ""
        raise InputError(f"not a readable RSS or Atom feed{reason}")
    publisher = feed.feed.get("title") or None
    documents = []
    for entry in feed.entries:
        text = _entry_text(entry)
        if not text:
            continue
        documents.append(
            Document(
                text=text,
                title=entry.get("title") or None,
                published=_entry_date(entry),
                publisher=publisher,
                url=entry.get("link") or None,
                source=f"{source}#{entry.get('id') or entry.get('link') or len(documents) + 1}",
            )
        )
    if not documents:
        raise InputError("the feed's entries hold no text")
    return documents


_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _valid_reference(match: re.Match[bytes]) -> bytes:
    """A numeric character reference as it is, or U+FFFD for one naming no character:
    feedparser raises on ``&#x110000;`` (ValueError), ``&#xD800;`` (UnicodeEncodeError) and
    twenty digits (OverflowError), where one stray reference should not cost the feed."""
    hexadecimal, decimal = match.groups()
    digits = hexadecimal or decimal
    if len(digits.lstrip(b"0")) <= 7:
        code = int(digits, 16 if hexadecimal else 10)
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return match.group()
    return b"&#xFFFD;"


def _entry_text(entry) -> str:
    if entry.get("content"):
        html = "\n".join(part.get("value", "") for part in entry.content)
    else:
        html = entry.get("summary", "")
    return html_paragraphs(html)


def html_paragraphs(html: str) -> str:
    """Readable paragraphs from a fragment of HTML, separated by blank lines."""
    import lxml.etree
    import lxml.html

    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return " ".join(html.split())
    blocks = [el for el in root.iter(*BLOCKS) if el is not root and not el.findall(".//p")]
    texts = [" ".join(el.text_content().split()) for el in blocks] or [
        " ".join(root.text_content().split())
    ]
    return "\n\n".join(text for text in texts if text)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return parse_published(date(value.tm_year, value.tm_mon, value.tm_mday))
            except (ValueError, InputError):
                return None  # an entry's date is a hint: out of range, it is left out
    return None
