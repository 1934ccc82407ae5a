"""The extractor compiled by mypyc reads exactly what its Python reads, and is used only
while it matches its sources (``briefing/extract/__init__.py``)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import briefing.extract
from briefing.extract import PURE_PYTHON_ENV, compiled_is_current

ROOT = Path(__file__).resolve().parents[2]
_EXTRACT_ALL = """
import sys
from pathlib import Path
import briefing.extract
from briefing.extract import extract, pipeline
from briefing.read import read_source
print(briefing.extract.COMPILED, Path(pipeline.__file__).suffix)
for path in sys.argv[1:]:
    for document in read_source(path).documents:
        extraction = extract(document)
        print(path, [*extraction.statements], [*extraction.claims], extraction.warnings)
"""


def _extract_in_subprocess(pure: bool) -> list[str]:
    articles = sorted(
        str(p)
        for folder in ("data/briefings", "tests/extract/gold", "tests/extract/unseen")
        for p in (ROOT / folder).glob("*.md")
    )
    environment = {k: v for k, v in os.environ.items() if k != PURE_PYTHON_ENV}
    if pure:
        environment[PURE_PYTHON_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT_ALL, *articles],
        capture_output=True, text=True, env=environment, check=True, cwd=ROOT,
    )  # fmt: skip
    return done.stdout.splitlines()


def test_compiled_and_pure_extractors_read_the_same_statements() -> None:
    pure = _extract_in_subprocess(pure=True)
    default = _extract_in_subprocess(pure=False)
    assert pure[0] == "False .py"
    # `make test` builds the compiled copy first; a bare pytest run may compare Python twice
    compiled = briefing.extract.COMPILED
    assert default[0] == ("True .so" if compiled else "False .py")
    assert len(pure) > 30
    assert sum(line.count("ExtractedStatement(") for line in pure) > 200
    assert default[1:] == pure[1:]


def _package(tmp_path: Path) -> tuple[Path, Path]:
    """A package of two modules and a compiled copy built from them."""
    sources = tmp_path / "extract"
    compiled = sources / "compiled"
    compiled.mkdir(parents=True)
    (sources / "__init__.py").write_text("# never compiled\n")
    (sources / "pipeline.py").write_text("def extract(): ...\n")
    (sources / "names.py").write_text("NAMES = 1\n")
    manifest = {
        name: hashlib.sha256((sources / name).read_bytes()).hexdigest()
        for name in ("pipeline.py", "names.py")
    }
    (compiled / "manifest.json").write_text(json.dumps(manifest))
    return sources, compiled


def test_a_compiled_copy_is_used_only_while_every_source_matches_it(tmp_path: Path) -> None:
    sources, compiled = _package(tmp_path)
    assert compiled_is_current(sources, compiled)
    (sources / "__init__.py").write_text("# edited: not part of the compiled copy\n")
    assert compiled_is_current(sources, compiled)
    (sources / "names.py").write_text("NAMES = 2\n")
    assert not compiled_is_current(sources, compiled)


def test_a_source_added_or_removed_since_the_build_stales_the_copy(tmp_path: Path) -> None:
    sources, compiled = _package(tmp_path)
    (sources / "dates.py").write_text("DATES = 1\n")
    assert not compiled_is_current(sources, compiled)
    (sources / "dates.py").unlink()
    (sources / "names.py").unlink()
    assert not compiled_is_current(sources, compiled)


def test_a_missing_or_damaged_manifest_means_python(tmp_path: Path) -> None:
    sources, compiled = _package(tmp_path)
    (compiled / "manifest.json").write_text("{not json")
    assert not compiled_is_current(sources, compiled)
    (compiled / "manifest.json").write_text("[1, 2]")
    assert not compiled_is_current(sources, compiled)
    (compiled / "manifest.json").unlink()
    assert not compiled_is_current(sources, compiled)
