"""The JSON export: the ``briefing/1`` contract documented in the README.

Written as a stream, one record at a time, so a store of a million statements
exports without holding them all in memory. Later versions add fields, never
remove or rename them. With a selection, only the chosen statements are
written, with the documents and claims they belong to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from briefing.export.selection import EVERYTHING, Selection
from briefing.model import (
    ClaimView,
    DocumentView,
    Note,
    OutletView,
    PlaceView,
    SpeakerView,
    StatementView,
)
from briefing.store import Store

SCHEMA = "briefing/1"


def write(store: Store, out: IO[str], selection: Selection = EVERYTHING) -> None:
    """The store (or the selected part of it) as one JSON object, streamed to ``out``."""
    documents: Iterable[DocumentView] = store.all_documents()
    if not selection.everything:
        wanted = {s.document_id for s in selection.statements(store)}
        documents = (d for d in documents if d.id in wanted)
    out.write(f'{{\n"schema": {json.dumps(SCHEMA)}')
    sections: tuple[tuple[str, Iterable[dict[str, Any]]], ...] = (
        ("documents", map(document_record, documents)),
        ("speakers", (speaker_record(s, store.speaker_joins(s.id)) for s in store.all_speakers())),
        ("outlets", map(outlet_record, store.all_outlets())),
        ("places", map(place_record, store.all_places())),
        ("claims", map(claim_record, selection.claims(store))),
        ("statements", map(statement_record, selection.statements(store))),
        ("notes", map(note_record, store.all_notes())),
    )
    for name, records in sections:
        out.write(f',\n"{name}": [')
        for position, record in enumerate(records):
            out.write("\n  " if position == 0 else ",\n  ")
            out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n]")
    out.write("\n}\n")


def document_record(document: DocumentView) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "published": _iso(document.published),
        "publisher": document.publisher,
        "url": document.url,
        "content_hash": document.content_hash,
        "source": document.source,
        "text": document.text,
    }


def speaker_record(
    speaker: SpeakerView, joins: list[tuple[str, str]] | None = None
) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "kind": speaker.kind,
        "role": speaker.role,
        "affiliation": speaker.affiliation,
        "aliases": list(speaker.aliases),
        "reliability": speaker.reliability,
        "merged_into": speaker.merged_into,
        "apart_from": speaker.apart_from,
        "joined": [{"name": name, "why": why} for name, why in joins or ()],
    }


def outlet_record(outlet: OutletView) -> dict[str, Any]:
    return {"id": outlet.id, "name": outlet.name, "reliability": outlet.reliability}


def note_record(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "target_kind": note.target_kind,
        "target_id": note.target_id,
        "text": note.text,
        "at": note.at,
        "who": note.who,
    }


def place_record(place: PlaceView) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": place.name,
        "country": place.country,
        "feature": place.feature,
        "geonameid": place.geonameid,
        "aliases": list(place.aliases),
        "merged_into": place.merged_into,
    }


def claim_record(claim: ClaimView) -> dict[str, Any]:
    return {
        "id": claim.id,
        "summary": claim.summary,
        "status": claim.status,
        "credibility": claim.credibility,
        "history": [
            {
                "from": change.from_status,
                "to": change.to_status,
                "at": change.at,
                "who": change.who,
                "note": change.note,
            }
            for change in claim.history
        ],
        "statements": [
            {"id": statement.id, "stance": stance} for statement, stance in claim.statements
        ],
        "summary_by_analyst": claim.summary_by_analyst,
        "links_by_analyst": claim.links_by_analyst,
        "document_id": claim.document_id,
        "origin": list(claim.origin) if claim.origin else None,
        "event": claim.event,
    }


def statement_record(statement: StatementView) -> dict[str, Any]:
    return {
        "id": statement.id,
        "document_id": statement.document_id,
        "speaker_id": statement.speaker_id,
        "speaker": statement.speaker,
        "kind": statement.kind,
        "text": statement.text,
        "said_on": _iso(statement.said_on),
        "said_from": _iso(statement.said_from),
        "said_to": _iso(statement.said_to),
        "date_precision": statement.date_precision,
        "date_text": statement.date_text,
        "month_day": statement.month_day,
        "outlet": statement.outlet,
        "venue": statement.venue,
        "places": list(statement.places),
        "status": statement.status,
        "cue": statement.cue,
        "claim_id": statement.claim_id,
        "claim_status": statement.claim_status,
        "claim_stance": statement.claim_stance,
        "span": [statement.span.start, statement.span.end],
        "provenance": _provenance(statement),
    }


def _provenance(statement: StatementView) -> dict[str, list[list[int]]]:
    """Field → the ``[start, end]`` spans in the document text it was read from."""
    spans: dict[str, list[list[int]]] = {}
    for name, start, end in statement.provenance:
        spans.setdefault(name, []).append([start, end])
    return spans


def _iso(day: object) -> str | None:
    return day.isoformat() if day is not None else None  # type: ignore[attr-defined]
