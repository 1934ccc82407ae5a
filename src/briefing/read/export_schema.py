"""The ``briefing/1`` export as a JSON Schema, checked whole before anything is stored.

A damaged or hand-edited export (a credibility of ``10**30``, a reliability of
``"Q"``, a status of ``"bogus"``, a title of a million characters) is refused with
one line naming the first bad field, so an import is all or nothing. The schema
is checked by jsonschema; it describes what import reads, and lets later
versions add fields.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from briefing.errors import InputError
from briefing.model import CREDIBILITY, RELIABILITY, STANCES, STATUSES

TEXT_MAX = 2000
ID = {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}
SHORT_TEXT = {"type": ["string", "null"], "maxLength": TEXT_MAX}
STATUS = {"enum": list(STATUSES)}
GRADE = {"enum": [*RELIABILITY, None]}

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["schema", "documents"],
    "properties": {
        "schema": {"const": "briefing/1"},
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "text"],
                "properties": {
                    "id": ID,
                    "text": {"type": "string", "minLength": 1},
                    "title": SHORT_TEXT,
                    "publisher": SHORT_TEXT,
                    "url": SHORT_TEXT,
                    "source": {"type": ["string", "null"]},
                    "published": {"type": ["string", "null"], "maxLength": 40},
                },
            },
        },
        "statements": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "document_id", "span"],
                "properties": {
                    "id": ID,
                    "document_id": ID,
                    "span": {"type": "array", "items": ID, "minItems": 2, "maxItems": 2},
                },
            },
        },
        "claims": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "summary", "status", "statements"],
                "properties": {
                    "id": ID,
                    "summary": {"type": "string", "maxLength": 10 * TEXT_MAX},
                    "status": STATUS,
                    "credibility": {"enum": [*CREDIBILITY, None]},
                    "document_id": {"type": ["integer", "null"]},
                    "history": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["to", "at"],
                            "properties": {
                                "from": {"enum": [*STATUSES, None]},
                                "to": STATUS,
                                "at": {"type": "string", "maxLength": 40},
                                "who": SHORT_TEXT,
                                "note": {"type": ["string", "null"]},
                            },
                        },
                    },
                    "statements": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["id", "stance"],
                            "properties": {"id": ID, "stance": {"enum": list(STANCES)}},
                        },
                    },
                },
            },
        },
        "speakers": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": ID, "name": SHORT_TEXT, "reliability": GRADE},
            },
        },
        "outlets": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": SHORT_TEXT, "reliability": GRADE},
            },
        },
        "places": {"type": "array", "items": {"type": "object", "required": ["id", "name"]}},
        "notes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["target_kind", "target_id", "text", "at"],
                "properties": {
                    "target_kind": {"enum": ["statement", "claim", "speaker"]},
                    "target_id": ID,
                    "text": {"type": "string"},
                    "at": {"type": "string", "maxLength": 40},
                },
            },
        },
    },
}
_VALIDATOR = Draft202012Validator(SCHEMA)


def check_export(export: object) -> None:
    """Refuse the export, naming its first bad field, unless it fits the schema."""
    error = next(iter(_VALIDATOR.iter_errors(export)), None)
    if error is None:
        return
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    value = repr(error.instance)
    value = value if len(value) <= 40 else value[:37] + "..."
    raise InputError(f"malformed briefing export: {where.lstrip('.') or 'top level'} {value}: "
                     f"{error.message.splitlines()[0][:120]}")  # fmt: skip
