"""Our own JSON export (``briefing/1``) read back, with the analyst's work.

Statements are not read from the file: the documents are extracted again, and
each claim's judgement (status, history, links, summary, credibility, notes)
and each note on a statement is carried on its document and given back at the
same statement spans; grades, merges and notes on speakers come back by name
once the documents are in. An export ingested into an empty store exports
again unchanged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing.carried import DeskState, KeptClaim, KeptNote
from briefing.errors import InputError
from briefing.model import Document, StatusChange
from briefing.plain import make_printable, refuse_unreadable_strings
from briefing.read.export_schema import check_export
from briefing.read.text import decode, parse_published, read_file_bytes

SCHEMA = "briefing/1"


def read_export(path: Path) -> list[Document]:
    return parse_export(read_file_bytes(path), str(path))


def parse_export(data: bytes, source: str) -> list[Document]:
    return read_export_with_desk(data, source)[0]


def read_export_with_desk(data: bytes, source: str) -> tuple[list[Document], DeskState]:
    """The documents (carrying their claims' and statements' judgements) and the desk:
    grades, merges and notes on speakers, matched by name after the documents are in."""
    try:
        export = json.loads(decode(data))
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise InputError("not a briefing export (JSON nested too deeply)") from None
    if not isinstance(export, dict) or export.get("schema") != SCHEMA:
        raise InputError(f'not a briefing export (expected "schema": "{SCHEMA}")')
    refuse_unreadable_strings(export)
    make_printable(export)
    check_export(export)
    try:
        where = {
            s["id"]: (s["document_id"], (int(s["span"][0]), int(s["span"][1])))
            for s in export.get("statements", [])
        }
        notes = _notes(export)
        kept = _kept_claims(export, where, notes)
        statement_notes: dict[int, list[KeptNote]] = defaultdict(list)
        for target_id, note in notes.get("statement", []):
            if target_id in where:
                document_id, span = where[target_id]
                statement_notes[document_id].append(replace(note, span=span))
        documents = [
            _document(record, kept.get(record["id"], ()), statement_notes.get(record["id"], []),
                      source)
            for record in export.get("documents", [])
        ]  # fmt: skip
        return documents, _desk(export, notes)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(f"malformed briefing export ({type(error).__name__}: {error})") from None


def _document(
    record: dict[str, Any], kept: tuple[KeptClaim, ...], notes: list[KeptNote], source: str
) -> Document:
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"document {record['id']} has no text")
    return Document(
        text=text,
        title=record.get("title"),
        published=parse_published(record.get("published")),
        publisher=record.get("publisher"),
        url=record.get("url"),
        source=record.get("source") or f"{source}#{record['id']}",
        kept_claims=kept,
        kept_notes=tuple(notes),
    )


def _notes(export: dict[str, Any]) -> dict[str, list[tuple[int, KeptNote]]]:
    found: dict[str, list[tuple[int, KeptNote]]] = defaultdict(list)
    for note in export.get("notes", []):
        kept = KeptNote(note["text"], note["at"], note.get("who"))
        found[note["target_kind"]].append((note["target_id"], kept))
    return found


def _kept_claims(
    export: dict[str, Any],
    where: dict[int, tuple[int, tuple[int, int]]],
    notes: dict[str, list[tuple[int, KeptNote]]],
) -> dict[int, tuple[KeptClaim, ...]]:
    """Document id → its claims' judgements, each located by its statements' spans (and, for
    a statement in another document, that document's content hash)."""
    hashes = {
        record["id"]: Document(text=record["text"]).content_hash
        for record in export.get("documents", [])
        if isinstance(record.get("text"), str)
    }
    by_document: dict[int, list[KeptClaim]] = defaultdict(list)
    for claim in export.get("claims", []):
        links = [(where[link["id"]], link["stance"]) for link in claim["statements"]
                 if link["id"] in where]  # fmt: skip
        home = claim.get("document_id")
        if home not in hashes:
            if not links:
                continue
            home = links[0][0][0]
        history = tuple(
            StatusChange(h["from"], h["to"], h["at"], h.get("who"), h.get("note"))
            for h in claim.get("history", [])
        )
        by_document[home].append(
            KeptClaim(
                spans=tuple(span for (_, span), _ in links),
                status=claim["status"],
                history=history,
                stances=tuple(stance for _, stance in links),
                # an export from before the marks existed: keep its summary, never lose one
                summary=claim["summary"] if claim.get("summary_by_analyst", True) else None,
                credibility=claim.get("credibility"),
                notes=tuple(n for target, n in notes.get("claim", []) if target == claim["id"]),
                links_edited=bool(claim.get("links_by_analyst", False)),
                last_summary=str(claim["summary"]),
                origin=_span(claim.get("origin")),
                homes=tuple(None if doc == home else hashes.get(doc) for (doc, _), _ in links),
            )
        )
    return {document_id: tuple(claims) for document_id, claims in by_document.items()}


def _span(value: Any) -> tuple[int, int] | None:
    if isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value):
        return (value[0], value[1])
    return None


def _desk(export: dict[str, Any], notes: dict[str, list[tuple[int, KeptNote]]]) -> DeskState:
    speakers = {s["id"]: s for s in export.get("speakers", [])}
    places = {p["id"]: p for p in export.get("places", [])}
    return DeskState(
        place_merges=tuple((places[p["merged_into"]]["name"], p["name"]) for p in places.values()
                           if p.get("merged_into") in places),
        outlet_grades=tuple((o["name"], o["reliability"]) for o in export.get("outlets", [])
                            if o.get("reliability")),
        speaker_grades=tuple((s["name"], s["reliability"]) for s in speakers.values()
                             if s.get("reliability")),
        merges=tuple((speakers[s["merged_into"]]["name"], s["name"]) for s in speakers.values()
                     if s.get("merged_into") in speakers),
        aparts=tuple((speakers[s["apart_from"]]["name"], s["name"]) for s in speakers.values()
                     if s.get("apart_from") in speakers),
        speaker_notes=tuple((speakers[target]["name"], note)
                            for target, note in notes.get("speaker", []) if target in speakers),
    )  # fmt: skip
