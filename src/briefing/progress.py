"""A progress bar for ingests of many files, shown only to a person at a terminal.

rich draws it on standard error; when standard error is not a terminal (a pipe,
a log, CI) nothing is drawn and only the summary line is printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from briefing.read import expand_paths

SHOW_FROM = 2
"""A bar for a single file is noise."""


@contextmanager
def file_progress(paths: list[str]) -> Iterator[Callable[[str], None] | None]:
    if not sys.stderr.isatty():
        yield None
        return
    with named_progress(list(expand_paths(paths)), "ingest") as advance:
        yield advance


@contextmanager
def named_progress(files: list[str], label: str) -> Iterator[Callable[[str], None] | None]:
    """A bar over ``files`` (paths, feeds), advanced with each one's name as it is done."""
    if not sys.stderr.isatty() or len(files) < SHOW_FROM:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (
        TextColumn(label), BarColumn(), MofNCompleteColumn(),
        TextColumn("[dim]{task.fields[current]}", justify="left"),
    )  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=len(files), current="")

        def advance(source: str) -> None:
            progress.update(task, advance=1, current=source[-50:])

        yield advance
