"""The ``briefing`` command: the app by default, and ingest, export, search and stats.

Heavy modules (Textual, the extractor, the store) are imported inside the
commands that need them, so ``briefing --help`` stays instant. Errors become
one line on stderr and an exit code: 0 ok, 1 some input failed, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from briefing import __version__, desk_cli, documents_cli
from briefing.arguments import iso_date, positive_count, whole_number
from briefing.errors import BriefingError, InputError, UsageError

if TYPE_CHECKING:
    from briefing.store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STATUS_CHOICES = ("unverified", "corroborated", "confirmed", "disputed", "denied", "retracted")


def build_parser() -> argparse.ArgumentParser:
    # Accepted before or after the command; SUPPRESS keeps a subcommand from
    # resetting a value given before it.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--db", metavar="PATH", help="store file (default: $BRIEFING_DB, else the user data dir)"
    )
    common.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Who said what, when, through which outlet, about which places.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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
        type=whole_number(1, 256, "a number of processes"),
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
        type=whole_number(1, 256, "a number of processes"),
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

    export = commands.add_parser("export", parents=[common], help="write the store out")
    export.add_argument(
        "--format", choices=("json", "csv", "markdown", "claimreview"), default="json"
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    export.add_argument("--speaker", metavar="NAME", help="only statements by this speaker")
    export.add_argument("--place", metavar="NAME", help="only statements about this place")
    export.add_argument("--outlet", metavar="NAME", help="only statements through this outlet")
    export.add_argument("--status", choices=STATUS_CHOICES, help="only statements with this status")
    export.add_argument(
        "--since", type=iso_date, metavar="DATE", help="only statements said on or after DATE"
    )
    export.add_argument(
        "--until", type=iso_date, metavar="DATE", help="only statements said on or before DATE"
    )

    commands.add_parser(
        "reextract",
        parents=[common],
        help="run this version's extractor over every stored document, keeping analyst edits",
    )

    search = commands.add_parser(
        "search", parents=[common], help="find speakers, places, outlets, claims and statements"
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--kind", choices=("speaker", "place", "outlet", "claim", "statement"), action="append"
    )
    search.add_argument("--limit", type=positive_count, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="one JSON object per line")

    commands.add_parser("stats", parents=[common], help="count what the store holds")
    commands.add_parser("tui", parents=[common], help="open the app (the default)")
    desk_cli.add_commands(commands, common)
    documents_cli.add_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.debug = getattr(args, "debug", False)
    handlers = {
        None: run_app,
        "tui": run_app,
        "ingest": run_ingest,
        "export": run_export,
        "search": run_search,
        "stats": run_stats,
        "reextract": run_reextract,
        "documents": run_documents,
        "extract": run_extract,
        "archive": run_archive,
        **dict.fromkeys(
            ("claim", "grade", "note", "merge", "split", "undo", "edits", "speakers"), run_desk
        ),
    }
    try:
        code = handlers[args.command](args)
        sys.stdout.flush()
        return code
    except BriefingError as error:
        if args.debug:
            raise
        print(f"briefing: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (`| head`): nothing more to say
        return EXIT_OK
    except OSError as error:
        if args.debug:
            raise
        _silence_stdout()
        where = f" {error.filename}" if error.filename else " output"
        print(f"briefing: cannot write{where}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def open_store(args: argparse.Namespace) -> Store:
    """The store the flags name; a missing default store is created with the samples."""
    from briefing.config import resolve_db
    from briefing.store import Store

    location = resolve_db(args.db)
    if location.path.exists() and location.path.is_dir():
        raise InputError(f"{location.path}: is a folder, not a store file")
    if not location.is_default and not location.path.parent.is_dir():
        raise UsageError(f"{location.path}: folder {location.path.parent} does not exist")
    first_time = location.is_default and not location.path.exists()
    store = Store(location.path)
    if first_time:
        from briefing.ingest import ingest_samples

        summary = ingest_samples(store)
        print(
            f"briefing: created {location.path} with {summary.new} sample briefings",
            file=sys.stderr,
        )
    return store


def run_ingest(args: argparse.Namespace) -> int:
    from briefing.ingest import Overrides, ingest_paths
    from briefing.progress import file_progress
    from briefing.read.text import parse_published
    from briefing.workers import default_jobs

    overrides = Overrides(
        title=args.title, published=parse_published(args.published), publisher=args.publisher
    )
    jobs = getattr(args, "jobs", None) or default_jobs()
    if args.extractions:
        return _ingest_extractions(args)
    with open_store(args) as store, file_progress(args.paths) as on_file:
        summary = ingest_paths(
            store, args.paths, overrides, on_file, dry_run=args.dry_run, jobs=jobs
        )
    for line in summary.errors:
        print(f"briefing: {line}", file=sys.stderr)
    for line in summary.warnings:
        print(f"briefing: warning: {line}", file=sys.stderr)
    for line in summary.planned:
        print(line)
    print(summary.line())
    return EXIT_FAILED if summary.failed else EXIT_OK


def _ingest_extractions(args: argparse.Namespace) -> int:
    from briefing.ingest import IngestSummary, ingest_extractions

    total = IngestSummary()
    with open_store(args) as store:
        for name in args.paths:
            summary = ingest_extractions(store, name)
            for field in ("new", "updated", "unchanged", "failed", "statements", "seconds"):
                setattr(total, field, getattr(total, field) + getattr(summary, field))
            total.errors += summary.errors
            total.warnings += summary.warnings
    for line in total.errors:
        print(f"briefing: {line}", file=sys.stderr)
    for line in total.warnings:
        print(f"briefing: warning: {line}", file=sys.stderr)
    print(total.line())
    return EXIT_FAILED if total.failed else EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    """No store: read, extract, print JSON lines (for any engine to run the extractor)."""
    from briefing.extract import extract
    from briefing.extraction_lines import to_line
    from briefing.model import Overrides
    from briefing.read import expand_paths
    from briefing.workers import default_jobs, prepare, prepared_in_workers

    sources = list(expand_paths(args.paths))
    jobs = args.jobs or default_jobs()
    if jobs > 1 and len(sources) > 1:
        prepared = prepared_in_workers(sources, Overrides(), jobs)
    else:
        prepared = (prepare(source, Overrides(), extract_now=True) for source in sources)
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
        from pathlib import Path

        from briefing.output_file import write_output

        write_output(Path(args.output), write)
    return EXIT_FAILED if failed else EXIT_OK


def run_archive(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefing.archive import prepared_on_dask
    from briefing.ingest import ingest_prepared
    from briefing.progress import file_progress
    from briefing.read import expand_paths

    if not Path(args.folder).is_dir():
        raise UsageError(f"{args.folder}: not a folder")
    sources = list(expand_paths([args.folder]))
    with open_store(args) as store, file_progress([args.folder]) as on_file:
        prepared = prepared_on_dask(sources, args.scheduler, args.workers)
        summary = ingest_prepared(store, prepared, on_file=on_file)
    for line in summary.errors:
        print(f"briefing: {line}", file=sys.stderr)
    for line in summary.warnings:
        print(f"briefing: warning: {line}", file=sys.stderr)
    print(summary.line())
    return EXIT_FAILED if summary.failed else EXIT_OK


def run_desk(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(desk_cli.run(args, store))
    return EXIT_OK


def run_documents(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(documents_cli.run(args, store))
    return EXIT_OK


def run_reextract(args: argparse.Namespace) -> int:
    from briefing.ingest import reextract_all

    with open_store(args) as store:
        summary = reextract_all(store)
    for line in summary.warnings:
        print(f"briefing: warning: {line}", file=sys.stderr)
    print(summary.line())
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from briefing.export import WRITERS, Selection
    from briefing.read.text import parse_published

    selection = Selection(
        speaker=args.speaker,
        place=args.place,
        outlet=args.outlet,
        status=args.status,
        since=parse_published(args.since),
        until=parse_published(args.until),
    )
    write = WRITERS[args.format]
    with open_store(args) as store:
        if args.output in (None, "-"):
            write(store, sys.stdout, selection)
            return EXIT_OK
        from pathlib import Path

        from briefing.output_file import write_output

        write_output(Path(args.output), lambda out: write(store, out, selection))
    return EXIT_OK


def run_search(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    from briefing.search import SearchIndex

    with open_store(args) as store:
        hits = SearchIndex(store).search(
            args.query, tuple(args.kind) if args.kind else None, args.limit
        )
    for hit in hits:
        if args.json:
            print(json.dumps(asdict(hit), ensure_ascii=False))
        else:
            via = f"  (as {hit.matched})" if hit.matched != hit.label and hit.kind in (
                "speaker", "place", "outlet",
            ) else ""  # fmt: skip
            label = hit.label if len(hit.label) <= 70 else hit.label[:69] + "…"
            print(
                f"{hit.kind:<9} #{hit.target_id:<6} {hit.score:5.1f}  {label}{via}  — {hit.detail}"
            )
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = store.counts()
        claims = store.claim_counts()
        print(f"store: {store.path}")
    for table, count in counts.items():
        print(f"{table:>11}: {count}")
    for status, count in sorted(claims.items()):
        print(f"{'claims ' + status:>22}: {count}")
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    store = open_store(args)
    from briefing.tui.app import BriefingApp

    try:
        BriefingApp(store).run()
    finally:
        store.close()
    return EXIT_OK
