"""E-mail: a message file (``.eml``) or a mailbox (``.mbox``), through the standard library.

Each message is a document: its subject the title, its Date header the published date,
its sender (the display name, else the address) the publisher — or, for a forwarded
alert, the sender its forwarding block names — its plain-text body (or its HTML body,
read as a web page) the text. Attachments that are PDF, Word or text
files are read as documents of their own, named ``message › attachment``; one that
cannot be read is said in one line and the rest are kept.

The email package raises what it meets in a malformed message: ``From: a@`` is an
IndexError, ``From: a@[`` an AttributeError, a year of twenty digits an OverflowError. A
header it cannot parse is left out (the message is still read); a message it cannot read
at all is one line, and in a mailbox the other messages are kept.
"""

from __future__ import annotations

import mailbox
import re
from dataclasses import replace
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path, PurePath

from briefing.errors import InputError, PartlyRead, first_line
from briefing.model import Document
from briefing.read.text import read_file_bytes

ATTACHED = (".pdf", ".docx", ".txt", ".md")


def read_email(path: Path) -> list[Document]:
    return parse_email(read_file_bytes(path), str(path))


def parse_email(data: bytes, source: str) -> list[Document]:
    documents, problems = _message(data, source)
    return _finished(documents, problems)


def read_mailbox(path: Path) -> list[Document]:
    documents: list[Document] = []
    problems: list[str] = []
    try:
        box = mailbox.mbox(path, factory=None, create=False)
        for number, key in enumerate(box.iterkeys(), start=1):
            try:
                found, wrong = _message(box.get_bytes(key), f"{path}#{number}")
            except InputError as error:
                found, wrong = [], [f"message {number}: {error}"]
            documents += found
            problems += wrong
    except (OSError, mailbox.Error) as error:
        raise InputError(f"not a readable mailbox ({first_line(error)})") from error
    return _finished(documents, problems)


def _message(data: bytes, source: str) -> tuple[list[Document], list[str]]:
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        return _message_documents(message, source)  # type: ignore[arg-type]
    except InputError:
        raise
    except Exception as error:  # the email package's failures are open-ended
        raise InputError(f"not a readable message ({type(error).__name__}: "
                         f"{first_line(error)})") from error  # fmt: skip


def _finished(documents: list[Document], problems: list[str]) -> list[Document]:
    if problems:
        raise PartlyRead("; ".join(problems), tuple(documents))
    if not documents:
        raise InputError("no message with any text")
    return documents


def _message_documents(message: EmailMessage, source: str) -> tuple[list[Document], list[str]]:
    title = " ".join(_header(message, "subject").split())[:500] or None
    published = None
    try:
        date_header = _header(message, "date")
        sent = parsedate_to_datetime(date_header) if date_header else None
        published = sent.date() if sent and 1900 <= sent.year <= 2100 else None
    except (TypeError, ValueError, IndexError, OverflowError):
        published = None
    name, address = parseaddr(_header(message, "from"))
    publisher = (name or address or "").strip()[:200] or None
    documents: list[Document] = []
    body = message.get_body(preferencelist=("plain", "html"))
    text = _body_text(body, source) if body is not None else ""
    text, forwarded_by = _forwarded(text)
    publisher = forwarded_by or publisher
    if text.strip():
        documents.append(Document(text, title=title, published=published,
                                  publisher=publisher, source=source))  # fmt: skip
    problems = []
    for part in message.iter_attachments():
        filename = part.get_filename() or ""
        suffix = PurePath(filename).suffix.lower()
        if suffix not in ATTACHED:
            continue
        named = f"{source} › {filename}"
        try:
            documents.append(_attachment(part, suffix, named, published, publisher))
        except InputError as error:
            problems.append(f"attachment {filename}: {error}")
    return documents, problems


def _header(message: EmailMessage, name: str) -> str:
    """A header's text, or "" for one the email package cannot parse."""
    try:
        return str(message.get(name) or "")
    except Exception:  # its parser fails in open-ended ways: see the module docstring
        return ""


FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Original Message\s*-{2,})\s*$",
    re.I | re.M,
)
HEADER_LINE = re.compile(r"^\s*(From|Sent|Date|To|Cc|Subject):\s*(.*)$", re.I)


def _forwarded(text: str) -> tuple[str, str | None]:
    """A forwarded wire alert names its first sender in the body: that sender is the
    publisher, and the forwarding header block is not part of the text."""
    mark = FORWARD_MARK.search(text[:5000])
    if mark is None:
        return text, None
    lines = text[mark.end() :].lstrip("\n").split("\n")
    sender, taken = None, 0
    for line in lines[:8]:
        header = HEADER_LINE.match(line)
        if header is None:
            break
        taken += 1
        if header.group(1).lower() == "from":
            name, address = parseaddr(header.group(2))
            sender = (name or address).strip() or None
    rest = "\n".join(lines[taken:])
    return f"{text[: mark.start()].rstrip()}\n\n{rest.lstrip()}".strip(), sender


def _body_text(body: EmailMessage, source: str) -> str:
    try:
        content = body.get_content()
    except (LookupError, ValueError) as error:
        raise InputError(f"unreadable message body ({error})") from error
    if body.get_content_type() == "text/html":
        from briefing.read.html import parse_html_document

        return parse_html_document(str(content).encode("utf-8"), source).text
    return str(content)


def _attachment(
    part: EmailMessage, suffix: str, source: str, published: date | None, publisher: str | None
) -> Document:
    data = part.get_payload(decode=True) or b""
    if suffix == ".pdf":
        from briefing.read.pdf import parse_pdf

        found = parse_pdf(data, source)
    elif suffix == ".docx":
        from briefing.read.word import parse_docx

        found = parse_docx(data, source)
    else:
        from briefing.read.text import parse_text_document

        found = parse_text_document(data, source)
    return replace(
        found,
        published=found.published or published,
        publisher=found.publisher or publisher,
    )
