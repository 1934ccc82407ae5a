"""Bodies known by more than one name: ``IAEA`` and ``International Atomic Energy Agency``,
``CENTCOM`` and ``U.S. Central Command``.

A curated table (``data/organisations.json``) gives the usual names of the bodies
briefings quote most; any other body's acronym is matched to its full name by initials
(``International Atomic Energy Agency`` → ``iaea``), leaving out ``of``, ``the``, ``and``,
``for``. Used by the store when it files an organisation under a speaker.
"""

from __future__ import annotations

import json
from functools import cache

from briefing.folding import name_key
from briefing.resources import read_data_text

_SMALL_WORDS = frozenset("of the and for on in to de".split())


@cache
def _table() -> dict[str, str]:
    """Every known name's key → the body's usual name."""
    table = {}
    for item in json.loads(read_data_text("organisations.json")):
        for name in (item["name"], *item["aliases"]):
            table[name_key(name)] = item["name"]
    return table


def usual_name(name: str) -> str | None:
    """The usual name of a body the table knows under ``name``, else None."""
    return _table().get(name_key(name))


def initials(name: str) -> str | None:
    """``International Atomic Energy Agency`` → ``iaea``; None for a name of one word."""
    words = [word for word in name_key(name).split() if word not in _SMALL_WORDS]
    return "".join(word[0] for word in words) if len(words) >= 3 else None


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
