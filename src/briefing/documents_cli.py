"""``briefing documents``: list the stored documents, show one, correct its metadata.

``documents list [--json] [--publisher NAME] [--since DATE] [--until DATE] [--undated]``,
``documents show ID``, ``documents set ID --published 2024-05-02 [--title …]
[--publisher …] [--url …]`` (the statements are read again under the new metadata, the
analyst's judgements kept; see ``corrections``), ``documents remove ID [--yes]`` (asks
first; ``briefing undo`` puts the document back with the analyst's work on it).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from briefing.arguments import iso_date, row_id
from briefing.errors import InputError, UsageError
from briefing.folding import name_key
from briefing.wording import counted

if TYPE_CHECKING:
    from briefing.model import DocumentView
    from briefing.store import Store


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    documents = commands.add_parser(
        "documents", parents=[common], help="list, show and correct stored documents"
    )
    actions = documents.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="one line per document")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.add_argument("--publisher", metavar="NAME", help="only this publisher's")
    listing.add_argument("--since", type=iso_date, metavar="DATE", help="published on or after")
    listing.add_argument("--until", type=iso_date, metavar="DATE", help="published on or before")
    listing.add_argument("--undated", action="store_true", help="only those with no date")
    show = actions.add_parser("show", parents=[common], help="a document and its statements")
    show.add_argument("document", type=row_id, metavar="ID")
    correct = actions.add_parser(
        "set", parents=[common], help="correct a document's title, date, publisher or URL"
    )
    correct.add_argument("document", type=row_id, metavar="ID")
    correct.add_argument("--published", type=iso_date, metavar="DATE")
    correct.add_argument("--title", metavar="TEXT")
    correct.add_argument("--publisher", metavar="NAME")
    correct.add_argument("--url", metavar="URL")
    remove = actions.add_parser(
        "remove", parents=[common], help="take a document out (briefing undo puts it back)"
    )
    remove.add_argument("document", type=row_id, metavar="ID")
    remove.add_argument("--yes", action="store_true", help="do not ask")


def run(args: argparse.Namespace, store: Store) -> str:
    if args.action == "list":
        return _listing(args, store)
    if args.action == "show":
        return _show(args.document, store)
    if args.action == "remove":
        return _remove(args, store)
    from briefing.corrections import correct
    from briefing.read.overrides import Overrides

    changes = Overrides(args.title, args.published, args.publisher, args.url)
    if not changes.given():
        raise UsageError("documents set: give --published, --title, --publisher or --url")
    return correct(store, args.document, changes).line()


def _remove(args: argparse.Namespace, store: Store) -> str:
    """Ask first (unless ``--yes``), saying what goes with the document; then remove it."""
    import sys

    removal = store.removal_of(args.document)
    what = (
        f"document {args.document} ({removal.title}): "
        f"{counted(removal.statements, 'statement')}, {counted(len(removal.claims), 'claim')}"
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(f"documents remove: would remove {what}; give --yes to do it")
        answer = input(f"Remove {what}? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            return "nothing removed"
    done = store.remove_document(args.document)
    lines = [f"removed {what}; briefing undo puts it back"]
    lines += [f"  claim {claim_id} went with it: {summary}" for claim_id, summary in done.claims]
    return "\n".join(lines)


def _listing(args: argparse.Namespace, store: Store) -> str:
    counts = store.statement_counts()
    lines = []
    for document in store.all_document_headers():
        if not _selected(document, args):
            continue
        statements = counts.get(document.id, 0)
        if args.json:
            lines.append(json.dumps(_as_json(document, statements), ensure_ascii=False))
        else:
            day = document.published.isoformat() if document.published else "no date   "
            title = document.title or document.source or "(untitled)"
            lines.append(
                f"{document.id:>6}  {day}  {(document.publisher or '—')[:24]:<24}  "
                f"{counted(statements, 'statement'):>14}  {title}"
            )
    return "\n".join(lines) if lines else "no documents"


def _selected(document: DocumentView, args: argparse.Namespace) -> bool:
    if args.undated and document.published is not None:
        return False
    if args.publisher and name_key(document.publisher or "") != name_key(args.publisher):
        return False
    if args.since and (document.published is None or document.published < args.since):
        return False
    return not (args.until and (document.published is None or document.published > args.until))


def _as_json(document: DocumentView, statements: int) -> dict[str, object]:
    return {
        "id": document.id,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "publisher": document.publisher,
        "url": document.url,
        "source": document.source,
        "statements": statements,
    }


def _show(document_id: int, store: Store) -> str:
    document = store.document(document_id)
    if document is None:
        raise InputError(f"no document {document_id}")
    statements = store.document_statements(document_id)
    published = document.published.isoformat() if document.published else "none"
    lines = [
        f"document {document.id}: {document.title or '(untitled)'}",
        f"  published  {published}",
        f"  publisher  {document.publisher or 'none'}",
        f"  url        {document.url or 'none'}",
        f"  source     {document.source or 'none'}",
        f"  {counted(len(document.text.split()), 'word')}, {counted(len(statements), 'statement')}",
    ]
    for statement in statements:
        when = statement.said_from.isoformat() if statement.said_from else "undated   "
        lines.append(
            f"  {statement.id:>6}  {when}  {statement.speaker or '—'}: {statement.text[:80]}"
        )
    if document.published is None:
        lines.append(f"  set its date: briefing documents set {document.id} --published YYYY-MM-DD")
    return "\n".join(lines)
