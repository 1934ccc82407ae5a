"""Every benchmark answers ``--help`` from its docstring and refuses a bad argument with one
line and exit 2: no traceback, and nothing written (``same_statements.py --help`` once wrote
its figures to a file named ``--help``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(
    p.name for p in BENCHMARKS.glob("*.py") if p.name not in ("machine.py", "arguments.py")
)


def _run(script: str, *argv: str, folder: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(BENCHMARKS / script), *argv]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_is_the_docstring_and_writes_nothing(script: str, tmp_path: Path) -> None:
    done = _run(script, "--help", folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: ")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_bad_argument_is_one_line_and_exit_2(script: str, tmp_path: Path) -> None:
    done = _run(script, "0", "-3", "nonsense", folder=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith(f"{script}: error: ")
    assert list(tmp_path.iterdir()) == []


def test_every_benchmark_is_covered() -> None:
    assert len(SCRIPTS) >= 9 and "same_statements.py" in SCRIPTS
