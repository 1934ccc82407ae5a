"""Argument types shared by the commands: numbers checked for range by the parser.

A number out of range is a usage error (exit 2) said in one line, never an
OverflowError from SQLite further down.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

LARGEST_ID = 2**63 - 1
"""SQLite's largest integer: no row id is ever above it."""


def whole_number(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be from {low} to {high}, not {text}")
        return value

    parse.__name__ = what
    return parse


def in_id_range(text: str) -> bool:
    return text.isdigit() and 1 <= int(text) <= LARGEST_ID


positive_count = whole_number(1, 10_000, "a count")
row_id = whole_number(1, LARGEST_ID, "an id")


def iso_date(text: str) -> date:
    """An argparse type for a day written YYYY-MM-DD: "yesterday" is not one, and neither
    is 2024-02-30 (shaped like one, but no such day)."""
    from briefing.errors import InputError
    from briefing.read.text import parse_published

    try:
        day = parse_published(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("published date ")) from None
    if day is None:
        raise argparse.ArgumentTypeError("an empty date is not an ISO date (YYYY-MM-DD)")
    return day


iso_date.__name__ = "date"


def typed_text(text: str) -> str:
    """An argparse type for text an analyst writes (a summary, a note): no control
    character a terminal would obey (``$'\\e[2J'``) goes into the store."""
    from briefing.printable import control_character

    control = control_character(text)
    if control is not None:
        raise argparse.ArgumentTypeError(
            f"the text holds a control character (\\u{ord(control):04x}); write it without"
        )
    return text
