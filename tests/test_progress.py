"""The ingest progress bar shows only to a person at a terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from briefing.progress import file_progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def two_files(tmp_path: Path) -> list[str]:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("Text.")
    return [str(tmp_path)]


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with file_progress(two_files(tmp_path)) as advance:
        assert advance is None
    assert sys.stderr.getvalue() == ""


def test_no_bar_for_a_single_file_even_at_a_terminal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    (tmp_path / "a.md").write_text("Text.")
    with file_progress([str(tmp_path / "a.md")]) as advance:
        assert advance is None


def test_a_bar_for_several_files_at_a_terminal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    folder = two_files(tmp_path)
    with file_progress(folder) as advance:
        assert advance is not None
        advance(str(tmp_path / "a.md"))
        advance(str(tmp_path / "b.md"))
