"""Files shipped inside the package (sample briefings, gazetteer data, styles).

Found through ``importlib.resources`` so the same code works from an editable
checkout and from an installed wheel; the repository's top-level ``data/`` and
``styles/`` are links to these folders.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path


def data_dir() -> Traversable:
    return files("briefing") / "data"


def styles_dir() -> Traversable:
    return files("briefing") / "styles"


def sample_briefings() -> list[Path]:
    """The sample briefings shipped with the project, in name order."""
    folder = data_dir() / "briefings"
    with as_file(folder) as path:
        return sorted(p for p in Path(path).iterdir() if p.suffix in {".md", ".txt"})


def read_data_text(name: str) -> str:
    return (data_dir() / name).read_text(encoding="utf-8")
