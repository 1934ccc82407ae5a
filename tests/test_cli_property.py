"""Property: whatever the command line, briefing answers with an exit code and at most
one line per problem, never a traceback."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import main

WORDS = st.sampled_from(
    [
        "search", "export", "stats", "claim", "status", "link", "unlink", "new", "summary",
        "grade", "speaker", "outlet", "note", "merge", "split", "undo", "edits", "ingest",
        "--limit", "--kind", "--format", "--since", "--until", "--status", "--place", "-o",
        "--published", "--json", "--stance", "disputed", "bogus", "csv", "json", "markdown",
        "0", "-1", "7", "9223372036854775808", "99999999999999999999", "2023-02-30",
        "0001-01-01", "avd", "Zelensky", "", "A", "Q", "\x00", "é" * 3, "/dev/null",
    ]
)  # fmt: skip


@pytest.fixture(scope="module")
def own_store(sample_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample store: the commands tried here may edit it."""
    import shutil

    path = tmp_path_factory.mktemp("cli") / "store.db"
    shutil.copy(sample_store_path, path)
    return path


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    command=st.sampled_from(
        ["search", "export", "stats", "claim", "grade", "note", "merge", "split", "undo", "edits"]
    ),
    argv=st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=6),
)
def test_any_command_line_ends_in_an_exit_code_not_a_traceback(
    command: str, argv: list[str], own_store: Path
) -> None:
    # always a command (never the app), never ingest (arbitrary paths are tested elsewhere)
    argv = [command, *(a for a in argv if a not in ("ingest", "tui"))]
    argv = [a if a != "-o" else "--format" for a in argv]  # no files written anywhere
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main([*argv, "--db", str(own_store)])
        except SystemExit as exit_:
            code = exit_.code
    assert code in (0, 1, 2, None)
    assert "Traceback" not in err.getvalue()
    if code == 1:
        assert err.getvalue().startswith("briefing: ")
