"""The seed article's tests run only where the seed is: it is not ours to copy, and a
fresh clone without ``../shared`` must still pass. The run's header says which it was."""

from __future__ import annotations

from pathlib import Path

SEED_FOLDER = Path(__file__).resolve().parents[3] / "shared" / "seeds"
HAS_SEED = any(SEED_FOLDER.glob("*.txt"))

collect_ignore = [] if HAS_SEED else ["test_seed_article.py"]


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if HAS_SEED:
        terminalreporter.write_line(f"seed article: {SEED_FOLDER} found; its tests ran")
    else:
        terminalreporter.write_line(
            f"seed article: {SEED_FOLDER} not found; test_seed_article.py was NOT run "
            "(the gold set's own articles cover the same constructions)"
        )
