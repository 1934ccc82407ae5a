"""The ``briefing`` command: the app by default, and ingest, export, search and stats.

Heavy modules (Textual, the extractor, the store) are imported inside the
commands that need them, so ``briefing --help`` stays instant. Errors become
one line on stderr and an exit code: 0 ok, 1 some input failed, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing import __version__, desk_cli, documents_cli, feeds_cli, ingest_cli
from briefing.arguments import iso_date, positive_count
from briefing.errors import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    BriefingError,
    InputError,
    UsageError,
)

if TYPE_CHECKING:
    from briefing.store import Store

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

    ingest_cli.add_commands(commands, common)

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
    feeds_cli.add_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.debug = getattr(args, "debug", False)
    handlers = {
        None: run_app,
        "tui": run_app,
        **dict.fromkeys(("ingest", "extract", "archive"), run_ingesting),
        "export": run_export,
        "search": run_search,
        "stats": run_stats,
        "reextract": run_reextract,
        "documents": run_documents,
        **dict.fromkeys(("feeds", "refresh"), run_feeds),
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
    store = Store(location.path, notice=lambda line: print(f"briefing: {line}", file=sys.stderr))
    if first_time:
        from briefing.ingest import ingest_samples

        summary = ingest_samples(store)
        print(
            f"briefing: created {location.path} with {summary.new} sample briefings",
            file=sys.stderr,
        )
    return store


def run_ingesting(args: argparse.Namespace) -> int:
    return ingest_cli.run(args, open_store)


def run_desk(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(desk_cli.run(args, store))
    return EXIT_OK


def run_documents(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        print(documents_cli.run(args, store))
    return EXIT_OK


def run_feeds(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        return feeds_cli.run(args, store)


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

    selection = Selection(
        speaker=args.speaker,
        place=args.place,
        outlet=args.outlet,
        status=args.status,
        since=args.since,
        until=args.until,
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
