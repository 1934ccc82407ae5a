"""Extraction: from a document's text to statements, with no I/O and no store.

Rule-based and explainable (no model weights can be fetched here): every
field of every statement keeps the character span it came from.

The modules may also be compiled to C by mypyc (``tools/compile_extractor.py``,
run by ``make``) into ``compiled/``. That copy is used only while every source
matches the manifest it was built from, and never when ``BRIEFING_PURE_PYTHON``
is set: an edited source runs as the Python it says, not as stale machine code.
This module itself is never compiled, so that check always runs.

``extract`` imports the pipeline on first use: the store reads a few of these modules
(claims' propositions and statuses), and loading the whole pipeline with them cost every
command that only reads the store about 40 ms of its start. A failure inside the pipeline
is the extractor's fault, never the input's; it is one ``ExtractionFailed`` line for that
document, as a reader's unforeseen failure is one line for its file, and a batch goes on
(a month written with a long s, "ſeptember", once stopped an ingest with a traceback).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError, ExtractionFailed, first_line

if TYPE_CHECKING:
    from briefing.model import Document, Extraction

PURE_PYTHON_ENV = "BRIEFING_PURE_PYTHON"


def compiled_is_current(sources: Path, compiled: Path) -> bool:
    """Whether ``compiled`` was built from exactly the modules now in ``sources``."""
    try:
        manifest = json.loads((compiled / "manifest.json").read_text(encoding="utf-8"))
        names = {p.name for p in sources.glob("*.py") if p.name != "__init__.py"}
        return set(manifest) == names and all(
            hashlib.sha256((sources / name).read_bytes()).hexdigest() == manifest[name]
            for name in names
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return False


SOURCE_FOLDER: Path = Path(__file__).parent
"""Where the extractor's sources are: a module compiled by mypyc has no ``__file__`` of its
own there, so a module that reads its own source (as a cache key) finds it here."""
_COMPILED = SOURCE_FOLDER / "compiled"
COMPILED = not os.environ.get(PURE_PYTHON_ENV) and compiled_is_current(SOURCE_FOLDER, _COMPILED)
"""Whether the extractor runs as compiled code in this process."""
if COMPILED:
    __path__.insert(0, str(_COMPILED))
    try:
        from briefing.extract import claim_status as _compiled_probe  # noqa: F401
    except ImportError:  # built for another Python, or damaged: run the sources
        __path__.remove(str(_COMPILED))
        for _name in [n for n in sys.modules if n.startswith(__name__ + ".")]:
            del sys.modules[_name]
        COMPILED = False


def extract(document: Document) -> Extraction:
    """Every statement in ``document`` (``pipeline.extract``, imported after the path above
    is chosen, and only when asked for); a failure inside it is ``ExtractionFailed``."""
    from briefing.extract import pipeline

    try:
        return pipeline.extract(document)
    except BriefingError:
        raise
    except Exception as error:
        raise ExtractionFailed(
            f"the extractor failed on it ({type(error).__name__}: {first_line(error)})"
        ) from error


__all__ = ["COMPILED", "PURE_PYTHON_ENV", "SOURCE_FOLDER", "compiled_is_current", "extract"]
