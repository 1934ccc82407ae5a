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
    assert _printed_by(code) == "ok"


def test_reading_the_store_does_not_load_the_extraction_pipeline() -> None:
    """The store and the app read a few extractor modules; the pipeline (every pattern of the
    extractor compiled at import) loads only when something extracts."""
    code = (
        "import sys\n"
        "import briefing.store, briefing.tui.app, briefing.search\n"
        "assert 'briefing.extract.pipeline' not in sys.modules, 'pipeline loaded'\n"
        "from briefing.extract import extract\n"
        "from briefing.model import Document\n"
        "assert 'briefing.extract.pipeline' not in sys.modules, 'loaded before extracting'\n"
        "print(len(extract(Document('Ruth Ames said the levy was fair.')).statements))\n"
        "assert 'briefing.extract.pipeline' in sys.modules\n"
    )
    assert _printed_by(code) == "1"


def _printed_by(code: str) -> str:
    """What ``code`` prints when run by a fresh interpreter, which must end without error."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


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
