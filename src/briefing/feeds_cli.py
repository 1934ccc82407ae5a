"""``briefing feeds add|list|remove`` and ``briefing refresh``: the feeds an analyst follows.

``feeds add URL [--name N]`` follows a feed (http or https), ``feeds list [--json]`` says
what each one's last fetch found, ``feeds remove N|URL|NAME`` stops following one (what
it brought stays). ``refresh [--full-text] [--timeout S] [--delay S]`` fetches them all
(``refresh``), prints one line per feed that failed and one summary line, and exits 1
if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from briefing.arguments import typed_text
from briefing.errors import EXIT_FAILED, EXIT_OK, UsageError
from briefing.wording import counted

if TYPE_CHECKING:
    from briefing.store import Store


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    feeds = commands.add_parser("feeds", parents=[common], help="the feeds you follow")
    actions = feeds.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="follow a feed")
    add.add_argument("url", metavar="URL", type=typed_text)
    add.add_argument(
        "--name", metavar="NAME", type=typed_text, help="what to call it (default: its address)"
    )
    listing = actions.add_parser("list", parents=[common], help="each feed and its last fetch")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    remove = actions.add_parser("remove", parents=[common], help="stop following a feed")
    remove.add_argument("feed", metavar="N|URL|NAME")
    refresh = commands.add_parser("refresh", parents=[common], help="fetch every feed you follow")
    refresh.add_argument("--full-text", action="store_true",
                         help="read an entry's linked page when the feed has only a summary")  # fmt: skip
    refresh.add_argument("--timeout", type=_seconds, default=10.0, metavar="S")
    refresh.add_argument("--delay", type=_seconds, default=1.0, metavar="S",
                         help="seconds between two requests to one host (default 1)")  # fmt: skip


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 <= seconds <= 600:
        raise argparse.ArgumentTypeError(f"{value} is out of range (0 to 600 seconds)")
    return seconds


def run(args: argparse.Namespace, store: Store) -> int:
    if args.command == "refresh":
        return _refresh(args, store)
    if args.action == "add":
        parts = urlsplit(args.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"feeds add: {args.url!r} is not an http or https address")
        feed = store.feeds.add(args.url, args.name)
        print(f"following feed {feed.id}: {feed.name or feed.url}")
    elif args.action == "remove":
        feed = store.feeds.remove(args.feed)
        print(f"stopped following feed {feed.id}: {feed.name or feed.url} (its documents stay)")
    else:
        for feed in store.feeds.all():
            if args.json:
                print(json.dumps(feed.__dict__, ensure_ascii=False))
            else:
                last = (
                    f"{feed.status} at {feed.checked_at[:16]}" if feed.checked_at else "not fetched"
                )
                print(f"{feed.id:>4}  {feed.name or '—':<20}  {feed.url}  [{last}]")
    return EXIT_OK


def _refresh(args: argparse.Namespace, store: Store) -> int:
    from briefing.progress import named_progress
    from briefing.refresh import Fetcher, refresh

    feeds = store.feeds.all()
    if not feeds:
        print("no feeds: follow one with briefing feeds add URL")
        return EXIT_OK
    fetcher = Fetcher(timeout=args.timeout, host_delay=args.delay)
    try:
        with named_progress([f.name or f.url for f in feeds], "refresh") as on_feed:
            results = refresh(store, fetcher, args.full_text, on_feed)
    finally:
        fetcher.close()
    failed = [r for r in results if r.failed]
    for result in failed:
        print(f"briefing: feed {result.feed.name or result.feed.url}: {result.status}",
              file=sys.stderr)  # fmt: skip
    unchanged = sum(1 for r in results if r.status.startswith("304"))
    new = sum(r.new for r in results)
    print(
        f"{counted(len(results), 'feed')}: {len(results) - len(failed) - unchanged} fetched, "
        f"{unchanged} not modified, {len(failed)} failed; {counted(new, 'new document')}, "
        f"{counted(sum(r.statements for r in results), 'statement')}"
    )
    return EXIT_FAILED if failed else EXIT_OK
