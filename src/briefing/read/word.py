"""Word reports (``.docx``) through python-docx: the body's paragraphs and tables' cells in
document order, the title and date from the file's properties (or its first heading).

Page headers and footers live apart from the body in a .docx, so they are never read.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from briefing.errors import InputError, first_line
from briefing.model import Document
from briefing.read.text import read_file_bytes


def read_docx_document(path: Path) -> list[Document]:
    return [parse_docx(read_file_bytes(path), str(path))]


def parse_docx(data: bytes, source: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text.strip() for p in document.paragraphs]
        for table in document.tables:
            paragraphs += [cell.text.strip() for row in table.rows for cell in row.cells]
        properties = document.core_properties
        title, created = properties.title, properties.created
        heading = next(
            (p.text.strip() for p in document.paragraphs
             if p.style is not None and (p.style.name or "").startswith(("Title", "Heading"))
             and p.text.strip()),
            None,
        )  # fmt: skip
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"not a readable Word file ({first_line(error)})") from error
    except Exception as error:  # zipfile, zlib and lxml raise what they meet in a damaged file
        raise InputError(
            f"not a readable Word file ({type(error).__name__}: {first_line(error)})"
        ) from error
    body = [p for p in paragraphs if p]
    if not body:
        raise InputError("a Word file with no text")
    published = created.date() if created and 1900 <= created.year <= 2100 else None
    return Document(
        "\n\n".join(body),
        title=(title or heading or body[0])[:500],
        published=published,
        source=source,
    )
