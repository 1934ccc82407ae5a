"""The benchmarks' command lines: ``--help`` from each one's docstring, and numbers and paths
checked by argparse, so a mistyped argument is one line of usage and exit 2, never a traceback
(or, as it was, a figures file written to a path named ``--help``)."""

from __future__ import annotations

import argparse
from pathlib import Path


def parser(doc: str | None) -> argparse.ArgumentParser:
    """A parser whose help is the benchmark's docstring."""
    return argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )


def count(text: str) -> int:
    """A whole number of at least one ("1000000", "1_000_000")."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return number


def polnear_checkout(text: str) -> Path:
    """A PolNeAR checkout: a folder with ``data/dev/text``."""
    path = Path(text)
    if not (path / "data" / "dev" / "text").is_dir():
        raise argparse.ArgumentTypeError(f"no data/dev/text in {text!r}: not a PolNeAR checkout")
    return path
