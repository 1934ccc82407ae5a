"""A Markdown brief, ready to paste into a report: claims by status, then statements by day.

Each quote carries its speaker, outlet and a link to its article; each claim its
latest judgement (who, when, note) and the statements that assert or dispute it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import IO

from briefing.export.selection import EVERYTHING, Selection
from briefing.labels import when_label
from briefing.model import STATUSES, ClaimView, DocumentView, StatementView
from briefing.store import Store


def write(store: Store, out: IO[str], selection: Selection = EVERYTHING) -> None:
    documents = {d.id: d for d in store.all_document_headers()}
    claims = list(selection.claims(store))
    statements = sorted(selection.statements(store), key=lambda s: (s.sort_day, s.id), reverse=True)
    days = [s.sort_day for s in statements if s.sort_day]
    out.write("# Briefing\n\n")
    span = f", {min(days)} to {max(days)}" if days else ""
    out.write(f"{len(statements)} statements from "
              f"{len({s.document_id for s in statements})} documents{span}.\n")  # fmt: skip
    _claims(out, claims, documents)
    _days(out, statements, documents)


def _claims(out: IO[str], claims: list[ClaimView], documents: dict[int, DocumentView]) -> None:
    out.write("\n## Claims\n")
    if not claims:
        out.write("\nNo claims.\n")
    counts = Counter(c.status for c in claims)
    for status in STATUSES:
        if not counts[status]:
            continue
        out.write(f"\n### {status.capitalize()} ({counts[status]})\n\n")
        for claim in (c for c in claims if c.status == status):
            out.write(f"- **{_inline(claim.summary)}**\n")
            if claim.history:
                last = claim.history[-1]
                note = f": {_inline(last.note)}" if last.note else ""
                out.write(f"  - *{last.to_status}* — {last.who or 'unknown'}, "
                          f"{last.at[:16].replace('T', ' ')}{note}\n")  # fmt: skip
            for statement, stance in claim.statements:
                out.write(f"  - {stance}: {_quote(statement, documents)}\n")


def _days(
    out: IO[str], statements: list[StatementView], documents: dict[int, DocumentView]
) -> None:
    out.write("\n## Statements by day\n")
    day = None
    for statement in statements:
        if statement.sort_day != day:
            day = statement.sort_day
            heading = date.fromisoformat(day).strftime("%Y-%m-%d, %A") if day else "Undated"
            out.write(f"\n### {heading}\n\n")
        out.write(f"- {_quote(statement, documents)}\n")


def _quote(statement: StatementView, documents: dict[int, DocumentView]) -> str:
    text = _inline(statement.text)
    said = f"“{text}”" if statement.kind == "direct" else text
    who = f"**{_inline(statement.speaker)}**" if statement.speaker else "*unattributed*"
    via = f", {_inline(statement.outlet)}" if statement.outlet else ""
    when = when_label(statement.said_from, statement.said_to, statement.date_precision)
    document = documents[statement.document_id]
    source = _inline(document.title or document.publisher or "source")
    link = f"[{source}]({document.url})" if document.url else source
    return f"{said} — {who}{via}, {when} · {link} · {statement.status}"


def _inline(text: str | None) -> str:
    """One line of Markdown-safe text: no line breaks, no stray emphasis or link syntax."""
    text = " ".join((text or "").split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text
