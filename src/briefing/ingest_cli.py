"""Getting documents in, from a shell: ``ingest`` (files, or ``--extractions`` lines),
``extract`` (no store: one JSON line per document) and ``archive`` (extraction on Dask).
Each prints what failed and what it warns of on stderr, then one summary line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from briefing.arguments import iso_date, whole_number
from briefing.errors import EXIT_FAILED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from briefing.ingest import IngestSummary
    from briefing.store import Store

OpenStore = Callable[[argparse.Namespace], "Store"]
processes = whole_number(1, 256, "a number of processes")


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    ingest = commands.add_parser("ingest", parents=[common], help="read briefings into the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    ingest.add_argument(
        "--published", type=iso_date, metavar="DATE", help="published date (YYYY-MM-DD)"
    )
    ingest.add_argument("--publisher", metavar="NAME", help="publisher name")
    ingest.add_argument("--title", metavar="TEXT", help="document title")
    ingest.add_argument(
        "--dry-run", action="store_true", help="show what would be stored; store nothing"
    )
    ingest.add_argument(
        "--extractions",
        action="store_true",
        help="the paths are JSON-lines files `briefing extract` wrote: store them as they are",
    )
    ingest.add_argument(
        "--jobs",
        type=processes,
        metavar="N",
        help="read and extract in N processes (default: the number of cores)",
    )

    extract = commands.add_parser(
        "extract", help="read files and print one JSON line per document with its statements"
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    extract.add_argument(
        "--jobs",
        type=processes,
        metavar="N",
        help="extract in N processes (default: the number of cores)",
    )
    extract.add_argument("--debug", action="store_true", help="show tracebacks on errors")

    archive = commands.add_parser(
        "archive", parents=[common], help="extract a folder on Dask and store it (needs dask)"
    )
    archive.add_argument("folder", metavar="DIR", help="a folder of briefings")
    archive.add_argument(
        "--scheduler", metavar="ADDRESS", default="local",
        help="a Dask scheduler (tcp://host:8786), or local (default) for a local cluster",
    )  # fmt: skip
    archive.add_argument(
        "--workers",
        type=whole_number(1, 256, "a number of workers"),
        default=2,
        metavar="N",
        help="workers of the local cluster (default 2)",
    )


def run(args: argparse.Namespace, open_store: OpenStore) -> int:
    if args.command == "extract":
        return _extract(args)
    if args.command == "archive":
        return _archive(args, open_store)
    if args.extractions:
        from briefing.ingest import ingest_extractions

        with open_store(args) as store:
            return _report(ingest_extractions(store, args.paths))
    return _ingest(args, open_store)


def _ingest(args: argparse.Namespace, open_store: OpenStore) -> int:
    from briefing.ingest import ingest_paths
    from briefing.progress import file_progress
    from briefing.read.overrides import Overrides
    from briefing.workers import default_jobs

    overrides = Overrides(title=args.title, published=args.published, publisher=args.publisher)
    with open_store(args) as store, file_progress(args.paths) as on_file:
        summary = ingest_paths(
            store, args.paths, overrides, on_file, args.dry_run, args.jobs or default_jobs()
        )
    return _report(summary)


def _archive(args: argparse.Namespace, open_store: OpenStore) -> int:
    from briefing.archive import prepared_on_dask
    from briefing.ingest import ingest_prepared
    from briefing.progress import file_progress
    from briefing.read import expand_paths

    if not Path(args.folder).is_dir():
        raise UsageError(f"{args.folder}: not a folder")
    sources = list(expand_paths([args.folder]))
    with open_store(args) as store, file_progress([args.folder]) as on_file:
        prepared = prepared_on_dask(sources, args.scheduler, args.workers)
        return _report(ingest_prepared(store, prepared, on_file=on_file))


def _extract(args: argparse.Namespace) -> int:
    """No store: read, extract, print JSON lines (for any engine to run the extractor)."""
    from briefing.extract import extract
    from briefing.extraction_lines import to_line
    from briefing.read import expand_paths
    from briefing.read.overrides import Overrides
    from briefing.workers import default_jobs, prepared_files

    sources = list(expand_paths(args.paths))
    prepared = prepared_files(sources, Overrides(), args.jobs or default_jobs(), extract_now=True)
    failed = 0

    def write(out: IO[str]) -> None:
        nonlocal failed
        for item in prepared:
            if item.outcome.error is not None:
                failed += 1
                print(f"briefing: {item.outcome.source}: {item.outcome.error}", file=sys.stderr)
            for document, extraction in item.pairs():
                out.write(to_line(document, extraction or extract(document)) + "\n")

    if args.output in (None, "-"):
        write(sys.stdout)
    else:
        from briefing.output_file import write_output

        write_output(Path(args.output), write)
    return EXIT_FAILED if failed else EXIT_OK


def _report(summary: IngestSummary) -> int:
    for line in summary.errors:
        print(f"briefing: {line}", file=sys.stderr)
    for line in summary.warnings:
        print(f"briefing: warning: {line}", file=sys.stderr)
    for line in summary.planned:
        print(line)
    print(summary.line())
    return EXIT_FAILED if summary.failed else EXIT_OK
