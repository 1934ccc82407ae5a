"""The core is reachable without the TUI, and each layer only looks down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_core_imports_without_textual() -> None:
    code = (
        "import sys\n"
        "import briefing.cli, briefing.ingest, briefing.export, briefing.store, briefing.extract\n"
        "assert 'textual' not in sys.modules, 'textual imported by the core'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout
