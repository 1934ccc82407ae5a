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
    _sources(out, store)
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
            rated = f" · credibility {claim.credibility}" if claim.credibility else ""
            out.write(f"- **{_inline(claim.summary)}**{rated}\n")
            if claim.history:
                last = claim.history[-1]
                note = f": {_inline(last.note)}" if last.note else ""
                out.write(f"  - *{last.to_status}* — {last.who or 'unknown'}, "
                          f"{last.at[:16].replace('T', ' ')}{note}\n")  # fmt: skip
            for statement, stance in claim.statements:
                out.write(f"  - {stance}: {_quote(statement, documents)}\n")
            for note in claim.notes:
                out.write(f"  - note ({note.who or 'unknown'}): {_inline(note.text)}\n")


def _sources(out: IO[str], store: Store) -> None:
    """Graded sources, merged speakers and notes on speakers: the analyst's view of who is who."""
    outlets = [o for o in store.all_outlets() if o.reliability]
    speakers = list(store.all_speakers())
    names = {s.id: s.name for s in speakers}
    notes = [n for n in store.all_notes() if n.target_kind == "speaker"]
    graded = [s for s in speakers if s.reliability]
    merged = [s for s in speakers if s.merged_into]
    places = list(store.all_places())
    place_names = {p.id: p.name for p in places}
    merged_places = [p for p in places if p.merged_into]
    if not (outlets or graded or merged or notes or merged_places):
        return
    out.write("\n## Sources\n\n")
    for outlet in sorted(outlets, key=lambda o: (o.reliability or "", o.name)):
        out.write(f"- outlet {_inline(outlet.name)}: reliability {outlet.reliability}\n")
    for speaker in sorted(graded, key=lambda s: (s.reliability or "", s.name)):
        out.write(f"- speaker {_inline(speaker.name)}: reliability {speaker.reliability}\n")
    for speaker in merged:
        out.write(f"- {_inline(speaker.name)} is filed under "
                  f"{_inline(names.get(speaker.merged_into or -1, '?'))}\n")  # fmt: skip
    for place in merged_places:
        out.write(f"- place {_inline(place.name)} is filed under "
                  f"{_inline(place_names.get(place.merged_into or -1, '?'))}\n")  # fmt: skip
    for note in notes:
        out.write(f"- note on {_inline(names.get(note.target_id, '?'))} "
                  f"({note.who or 'unknown'}): {_inline(note.text)}\n")  # fmt: skip


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
    who += f" [{statement.speaker_reliability}]" if statement.speaker_reliability else ""
    via = f", {_inline(statement.outlet)}" if statement.outlet else ""
    via += f" [{statement.outlet_reliability}]" if statement.outlet_reliability else ""
    when = when_label(statement.said_from, statement.said_to, statement.date_precision)
    document = documents[statement.document_id]
    source = _inline(document.title or document.publisher or "source")
    link = f"[{source}]({document.url})" if document.url else source
    claim = (
        f" · {statement.claim_stance} a claim now {statement.claim_status}"
        if statement.claim_status
        else ""
    )
    return f"{said} — {who}{via}, {when} · {link} · {statement.status}{claim}"


def _inline(text: str | None) -> str:
    """One line of Markdown-safe text: no line breaks, no stray emphasis or link syntax."""
    text = " ".join((text or "").split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text
