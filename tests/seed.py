"""Where the seed article is, when it is there: beside the checkout, never copied into it."""

from __future__ import annotations

from pathlib import Path

SEED_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "seeds"
HAS_SEED = any(SEED_FOLDER.glob("*.txt"))
