"""Copy the accepted snapshot SVGs into screenshots/ under readable names (make screenshots)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "tui" / "__snapshots__"
SCREENSHOTS = ROOT / "screenshots"


def main() -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    for old in SCREENSHOTS.glob("*.svg"):
        old.unlink()
    for svg in sorted(SNAPSHOTS.rglob("*.svg")):
        stem = re.sub(r"\[(.+?)-keys\d+\]$", r"-\1", svg.stem.removeprefix("test_"))
        name = stem.replace("_", "-") + ".svg"
        shutil.copyfile(svg, SCREENSHOTS / name)
        print(f"screenshots/{name}")


if __name__ == "__main__":
    main()
