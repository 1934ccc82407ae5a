"""Text-based PDF reports through pypdf: the pages' text without running headers, footers
and page numbers, its hard-wrapped lines joined back into paragraphs.

pypdf was measured against pdfminer.six on a two-column report with a running header and
page footers (3 and 30 pages): pypdf read it in 6 and 31 ms and kept each column whole;
pdfminer took 17 and 159 ms and interleaved the columns paragraph by paragraph, which
would join one column's sentence to the other's. pypdf does not keep the blank line
between paragraphs, so paragraphs are found again here: a line that ends a sentence and
stops well short of the page's usual line length ends its paragraph. A line that
opens or closes most pages (a running header or footer) and a line that is only a page
number are dropped. A PDF with no text layer (a scan), an encrypted one and a damaged
one each get one line saying so.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from datetime import date
from pathlib import Path

from briefing.errors import InputError, PartlyRead, first_line
from briefing.model import Document
from briefing.read.text import read_file_bytes

PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?[-–—\s]*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$", re.I
)
SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")
EDGE_LINES = 2
"""How many lines at the top and the bottom of a page may be a running header or footer."""


MAX_PAGES = 1_000
"""Pages read of one PDF: pypdf takes 2–3 ms a page, so a 50 MB file of tiny pages would
stall a batch for minutes; a long report has a few hundred."""


def read_pdf_document(path: Path) -> list[Document]:
    document, pages = _read_pdf(read_file_bytes(path), str(path))
    if pages > MAX_PAGES:
        raise PartlyRead(f"the pages after {MAX_PAGES:,} of {pages:,} were not read", (document,))
    return [document]


def parse_pdf(data: bytes, source: str) -> Document:
    """The first ``MAX_PAGES`` pages of a PDF as one document."""
    return _read_pdf(data, source)[0]


def _read_pdf(data: bytes, source: str) -> tuple[Document, int]:
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # one line per file, not its warnings
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF: briefing cannot read it without its password")
        count = len(reader.pages)
        pages = [
            (reader.pages[n].extract_text() or "").splitlines()
            for n in range(min(count, MAX_PAGES))
        ]
        metadata = reader.metadata or {}
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as error:
        raise InputError(f"not a readable PDF ({first_line(error)})") from error
    except Exception as error:  # pypdf raises what it meets in a damaged file
        if "decrypt" in str(error).lower() or "crypt" in type(error).__name__.lower():
            raise InputError("encrypted PDF: briefing cannot decrypt it") from error
        raise InputError(
            f"not a readable PDF ({type(error).__name__}: {first_line(error)})"
        ) from error
    text = "\n\n".join(_paragraphs(_without_edges(pages)))
    if not text.strip():
        raise InputError("no text layer (a scanned PDF?): briefing reads text-based PDFs only")
    document = Document(
        text,
        title=_clean(metadata.get("/Title")) or _first_line(text),
        published=_pdf_date(metadata.get("/CreationDate")),
        source=source,
    )
    return document, count


def _without_edges(pages: list[list[str]]) -> list[list[str]]:
    """Each page without its page numbers, and without the lines that open or close most
    pages (compared without their digits, so "Page 3" and "Page 4" are the same line)."""

    def shape(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    edges: Counter[str] = Counter()
    for lines in pages:
        kept = [line for line in lines if line.strip()]
        edges.update({shape(line) for line in kept[:EDGE_LINES] + kept[-EDGE_LINES:]})
    running = {line for line, n in edges.items() if len(pages) > 1 and n > len(pages) / 2}
    cleaned = []
    for lines in pages:
        kept = [line for line in lines if line.strip()]
        head, body, foot = kept[:EDGE_LINES], kept[EDGE_LINES:-EDGE_LINES], kept[-EDGE_LINES:]
        if len(kept) <= 2 * EDGE_LINES:
            head, body, foot = [], kept, []
        edge = [line for line in head if shape(line) not in running]
        tail = [line for line in foot if shape(line) not in running]
        page = [line for line in edge + body + tail if not PAGE_NUMBER.match(line)]
        cleaned.append(page)
    return cleaned


def _paragraphs(pages: list[list[str]]) -> list[str]:
    """Hard-wrapped lines joined back: a paragraph ends at a line that ends a sentence and
    is clearly shorter than the page's usual line; a word broken by a hyphen is mended."""
    paragraphs: list[str] = []
    current = ""
    for lines in pages:
        lengths = sorted(len(line.strip()) for line in lines)
        usual = lengths[int(len(lengths) * 0.9)] if lengths else 0
        for raw in lines:
            line = raw.strip()
            if current.endswith("-") and line[:1].islower():
                current = current[:-1] + line
            else:
                current = f"{current} {line}".strip()
            if SENTENCE_END.search(line) and len(line) < 0.85 * usual:
                paragraphs.append(current)
                current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text[:500] or None


def _first_line(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0]
    return first[:120] or None


def _pdf_date(value: object) -> date | None:
    """``D:20240304…`` (the file's creation, taken as the report's date), if it is one."""
    found = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(value or ""))
    if not found:
        return None
    try:
        day = date(*map(int, found.groups()))
    except ValueError:
        return None
    return day if 1900 <= day.year <= 2100 else None
