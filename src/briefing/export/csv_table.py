"""Statements as a CSV table: one row each, ready for a spreadsheet.

Written with the standard csv module (RFC 4180 quoting, a header row); lists
such as places are joined with "; " so each cell stays one value. The text
opens with a UTF-8 byte-order mark so spreadsheet programs read non-Latin
names correctly.

An article's words are hostile input, and a spreadsheet runs a cell that opens with
``=``, ``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(…)`` in a title, ``=cmd|…`` in a
quote). Such a text cell opens with an apostrophe, as OWASP advises: a spreadsheet shows
the text as written and runs nothing; another reader sees the apostrophe.
"""

from __future__ import annotations

import csv
from typing import IO

from briefing.export.selection import EVERYTHING, Selection
from briefing.labels import when_label
from briefing.store import Store

COLUMNS = (
    "statement_id", "when", "said_from", "said_to", "date_precision", "speaker", "kind",
    "text", "outlet", "venue", "places", "status", "claim_id", "claim_status", "claim",
    "document_id", "title", "publisher", "published", "url", "span_start", "span_end",
    "speaker_reliability", "outlet_reliability", "claim_credibility",
)  # fmt: skip


def write(store: Store, out: IO[str], selection: Selection = EVERYTHING) -> None:
    documents = {d.id: d for d in store.all_document_headers()}
    claims = {c.id: c for c in selection.claims(store)}
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for s in selection.statements(store):
        document = documents[s.document_id]
        claim = claims.get(s.claim_id) if s.claim_id is not None else None
        writer.writerow(_cell(value) for value in (
            s.id, when_label(s.said_from, s.said_to, s.date_precision), _iso(s.said_from),
            _iso(s.said_to), s.date_precision, s.speaker or "", s.kind, s.text, s.outlet or "",
            s.venue or "", "; ".join(s.places), s.status, s.claim_id or "",
            claim.status if claim else "", claim.summary if claim else "", s.document_id,
            document.title or "", document.publisher or "", _iso(document.published),
            document.url or "", s.span.start, s.span.end, s.speaker_reliability or "",
            s.outlet_reliability or "", (claim.credibility or "") if claim else "",
        ))  # fmt: skip


FORMULA_OPENERS = frozenset("=+-@\t\r")


def _cell(value: object) -> object:
    """A text a spreadsheet would run as a formula, made text."""
    if isinstance(value, str) and value[:1] in FORMULA_OPENERS:
        return f"'{value}"
    return value


def _iso(day: object) -> str:
    return day.isoformat() if day is not None else ""  # type: ignore[attr-defined]
