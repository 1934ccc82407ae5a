"""What the app looks like, pinned as SVG snapshots."""

from __future__ import annotations

from pathlib import Path

from briefing.store import Store
from briefing.tui.app import BriefingApp


def test_first_screen_lists_the_newest_statements(sample_store_path: Path, snap_compare) -> None:
    """The first screen on the sample store."""
    app = BriefingApp(Store(sample_store_path))
    app.theme = "textual-dark"
    assert snap_compare(app, terminal_size=(120, 40))


def test_empty_store_says_how_to_ingest(tmp_path: Path, snap_compare) -> None:
    """An empty store shows how to add briefings."""
    app = BriefingApp(Store(tmp_path / "empty.db"))
    app.theme = "textual-dark"
    assert snap_compare(app, terminal_size=(80, 24))
