"""Compile the extractor with mypyc: the same Python, run as C, about a third faster.

The extractor is pure Python and stays so; this script only builds an optional
native copy of it. The modules of ``briefing.extract`` (all but its
``__init__``) are compiled into ``src/briefing/extract/compiled/``, beside a
manifest of the SHA-256 of every source they were built from. The package's
``__init__`` puts that folder first on its path only when every source still
matches the manifest, so a source edited after the build falls back to the
Python it says, never to stale machine code. ``make`` runs this after install;
without a C compiler or mypy, it says so and the extractor runs as Python.

Usage: python tools/compile_extractor.py
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"
PACKAGE = SOURCE / "briefing" / "extract"
OUT = PACKAGE / "compiled"
GROUP = "briefing.extract.native"
"""The name of the one shared library all compiled modules live in: inside the package, so
it is found on the package's path like the modules themselves, never on ``sys.path``."""


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.glob("*.py") if p.name != "__init__.py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    try:
        import mypyc.build  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as error:
        print(f"extractor not compiled ({error.name} missing): it runs as Python", file=sys.stderr)
        return 0
    files = sources()
    manifest = {p.name: digest(p) for p in files}  # before building: an edit meanwhile shows
    shutil.rmtree(OUT, ignore_errors=True)
    with tempfile.TemporaryDirectory() as work:
        try:
            build(files, Path(work))
        except (Exception, SystemExit) as error:  # a compiler missing or failing: Python still runs
            shutil.rmtree(OUT, ignore_errors=True)
            reason = (str(error).splitlines() or [type(error).__name__])[0][:120]
            print(f"extractor not compiled ({reason}): it runs as Python", file=sys.stderr)
            return 0
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"extractor compiled: {len(files)} modules in {OUT.relative_to(ROOT)}")
    return 0


def build(files: list[Path], work: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(SOURCE)  # module names are read from the paths: briefing/extract/x.py
    modules = mypycify(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(work / "mypy"),
            *(str(p.relative_to(SOURCE)) for p in files),
        ],
        group_name=GROUP,
        target_dir=str(work / "c"),
    )
    setup(
        name="briefing-extract-compiled",
        ext_modules=modules,
        script_args=[
            "--quiet",
            "build_ext",
            "--build-lib",
            str(work / "lib"),
            "--build-temp",
            str(work / "temp"),
        ],
    )
    OUT.mkdir()
    for library in (work / "lib" / "briefing" / "extract").iterdir():
        shutil.copy2(library, OUT / library.name)


if __name__ == "__main__":
    sys.exit(main())
