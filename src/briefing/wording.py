"""How a count reads: "1 statement", "2 statements", never "1 statements".

Shared by the CLI and the app, so every summary line and hint agrees.
"""

from __future__ import annotations

IRREGULAR = {"body": "bodies", "entry": "entries", "match": "matches"}


def counted(number: int, noun: str) -> str:
    """``counted(1, "claim")`` → ``"1 claim"``; ``counted(3, "claim")`` → ``"3 claims"``."""
    if number == 1:
        return f"1 {noun}"
    return f"{number:,} {IRREGULAR.get(noun, noun + 's')}"
