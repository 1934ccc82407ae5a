"""Text a terminal shows and never obeys.

An article is hostile input, and the screen is where it ends up: an ESC in a title starts a
sequence the terminal carries out (clear the screen, set the window's title, on some
terminals write the clipboard), a backspace or a BEL rewrites or rings, and Textual passes
ESC through to the terminal as it is. Every document's text and metadata is therefore made
printable as it is read, one character for one so every span stays where it was: a
control character becomes U+FFFD, a vertical tab or form feed a space. Tabs and line
breaks stay.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SHOWN = {"\x0b": " ", "\x0c": " "}


def printable(text: str) -> str:
    """``text`` with each control character a terminal would obey made visible."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda match: _SHOWN.get(match.group(), "\ufffd"), text)


def control_character(text: str) -> str | None:
    """The first control character a terminal would obey in ``text``, if any."""
    found = _CONTROL.search(text)
    return found.group() if found else None
