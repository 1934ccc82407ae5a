"""Short honest labels for dates: "2023-12-03", "mid-Nov 2023", "week of Nov 27", "undated".

Shared by the CLI and the app so a coarse date reads the same everywhere and is
never shown as more precise than the text made it.
"""

from __future__ import annotations

from datetime import date


def when_label(said_from: date | None, said_to: date | None, precision: str) -> str:
    if said_from is None or precision == "undated":
        return "undated"
    if precision == "day" or said_from == said_to:
        return said_from.isoformat()
    month = said_from.strftime("%b")
    if precision == "week":
        return f"week of {month} {said_from.day}"
    if precision == "part-of-month":
        part = {1: "early", 11: "mid", 21: "late"}.get(said_from.day, "part of")
        return f"{part}-{month} {said_from.year}"
    if precision == "month":
        return f"{month} {said_from.year}"
    if precision == "part-of-year":
        part = {1: "early", 5: "mid", 9: "late"}.get(said_from.month, "part of")
        return f"{part} {said_from.year}"
    if precision == "year":
        return str(said_from.year)
    end = said_to or said_from
    return f"{said_from.isoformat()}–{end.strftime('%m-%d')}"
