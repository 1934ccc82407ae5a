"""Exports of a store for other tools: JSON (the contract), CSV, a Markdown brief, ClaimReview.

Each format is one module with a ``write(store, out, selection)`` function;
``Selection`` narrows every format the same way (speaker, place, outlet,
status, dates).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from briefing.export import claimreview, csv_table, json_contract, markdown_brief
from briefing.export.selection import Selection
from briefing.store import Store

WRITERS: dict[str, Callable[[Store, IO[str], Selection], None]] = {
    "json": json_contract.write,
    "csv": csv_table.write,
    "markdown": markdown_brief.write,
    "claimreview": claimreview.write,
}
FORMATS = tuple(WRITERS)

__all__ = ["FORMATS", "WRITERS", "Selection"]
