"""Our own JSON export (``briefing/1``) read back: documents with their claims' judgements.

Statements are not read from the file: the documents are extracted again, and
each claim's status and history (the analyst's work) is carried on the
document and given back to the claim found at the same statement spans, so an
export ingested into an empty store exports again unchanged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from briefing.errors import InputError
from briefing.model import Document, KeptClaim, StatusChange
from briefing.read.text import decode, parse_published

SCHEMA = "briefing/1"


def read_export(path: Path) -> list[Document]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read file ({error.strerror or error})") from error
    return parse_export(data, str(path))


def parse_export(data: bytes, source: str) -> list[Document]:
    try:
        export = json.loads(decode(data))
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(export, dict) or export.get("schema") != SCHEMA:
        raise InputError(f'not a briefing export (expected "schema": "{SCHEMA}")')
    try:
        kept = _kept_claims(export)
        return [_document(record, kept.get(record["id"], ()), source)
                for record in export.get("documents", [])]  # fmt: skip
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(f"malformed briefing export ({type(error).__name__}: {error})") from None


def _document(record: dict[str, Any], kept: tuple[KeptClaim, ...], source: str) -> Document:
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
    )


def _kept_claims(export: dict[str, Any]) -> dict[int, tuple[KeptClaim, ...]]:
    """Document id → its claims' judgements, each located by its statements' spans."""
    where = {
        s["id"]: (s["document_id"], (int(s["span"][0]), int(s["span"][1])))
        for s in export.get("statements", [])
    }
    by_document: dict[int, list[KeptClaim]] = defaultdict(list)
    for claim in export.get("claims", []):
        located = [where[link["id"]] for link in claim["statements"] if link["id"] in where]
        if not located:
            continue
        history = tuple(
            StatusChange(h["from"], h["to"], h["at"], h.get("who"), h.get("note"))
            for h in claim.get("history", [])
        )
        spans = tuple(span for _, span in located)
        by_document[located[0][0]].append(KeptClaim(spans, claim["status"], history))
    return {document_id: tuple(claims) for document_id, claims in by_document.items()}
