"""The analyst's desk from a shell: claims, grades, notes, merges and undo, for scripts.

``briefing claim status 12 disputed --note "…"``, ``briefing grade outlet Reuters B``,
``briefing merge speaker "Volodymyr Zelensky" Zelenskyy``, ``briefing note claim 12 "…"``,
``briefing undo``, ``briefing speakers explain Zelenskyy``. Speakers and outlets are named as an analyst writes them (any
spelling the store knows as a name or alias) or by number; every edit is one
transaction, logged for ``undo``, and prints one line saying what it did.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.arguments import in_id_range, row_id, typed_text
from briefing.errors import InputError
from briefing.folding import name_key
from briefing.model import CREDIBILITY, RELIABILITY, STANCES, STATUSES, Edit

if TYPE_CHECKING:
    from briefing.store import Store

Handler = Callable[[argparse.Namespace, "Store"], str]


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    claim = commands.add_parser("claim", parents=[common], help="judge and edit claims")
    claim_commands = claim.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = claim_commands.add_parser("status", parents=[common], help="set a claim's status")
    status.add_argument("claim", type=row_id, metavar="CLAIM_ID")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--note", metavar="TEXT", type=typed_text)
    new = claim_commands.add_parser("new", parents=[common], help="make a claim from a statement")
    new.add_argument("statement", type=row_id, metavar="STATEMENT_ID")
    new.add_argument("--summary", metavar="TEXT", type=typed_text)
    link = claim_commands.add_parser(
        "link", parents=[common], help="link a statement to a claim with a stance"
    )
    link.add_argument("claim", type=row_id, metavar="CLAIM_ID")
    link.add_argument("statement", type=row_id, metavar="STATEMENT_ID")
    link.add_argument("--stance", choices=STANCES, default="asserts")
    unlink = claim_commands.add_parser(
        "unlink", parents=[common], help="take a statement off a claim"
    )
    unlink.add_argument("claim", type=row_id, metavar="CLAIM_ID")
    unlink.add_argument("statement", type=row_id, metavar="STATEMENT_ID")
    summary = claim_commands.add_parser(
        "summary", parents=[common], help="rewrite a claim's summary"
    )
    summary.add_argument("claim", type=row_id, metavar="CLAIM_ID")
    summary.add_argument("text", metavar="TEXT", type=typed_text)

    grade = commands.add_parser(
        "grade", parents=[common], help="grade an outlet or speaker A–F, or a claim 1–6"
    )
    grade.add_argument("kind", choices=("outlet", "speaker", "claim"))
    grade.add_argument("target", metavar="NAME_OR_ID")
    grade.add_argument("grade", metavar="GRADE", help="A–F for sources, 1–6 for claims, - to clear")

    note = commands.add_parser("note", parents=[common], help="write a note")
    note.add_argument("kind", choices=("statement", "claim", "speaker"))
    note.add_argument("target", metavar="ID_OR_NAME")
    note.add_argument("text", metavar="TEXT", type=typed_text)

    merge = commands.add_parser(
        "merge", parents=[common], help="merge a duplicate speaker or place"
    )
    merge.add_argument("kind", choices=("speaker", "place"))
    merge.add_argument("keep", metavar="KEEP", help="the one to keep")
    merge.add_argument("merge", metavar="DUPLICATE", help="the one merged into it")
    split = commands.add_parser("split", parents=[common], help="undo a merge")
    split.add_argument("kind", choices=("speaker", "place"))
    split.add_argument("merged", metavar="NAME", help="the speaker or place that was merged")

    speakers = commands.add_parser("speakers", parents=[common], help="who is who")
    speaker_commands = speakers.add_subparsers(dest="action", metavar="ACTION", required=True)
    explain = speaker_commands.add_parser(
        "explain", parents=[common], help="why names were filed under one speaker"
    )
    explain.add_argument("speaker", metavar="NAME|ID")
    commands.add_parser("undo", parents=[common], help="undo the last edit")
    commands.add_parser("edits", parents=[common], help="list the latest edits")


def run(args: argparse.Namespace, store: Store) -> str:
    """Carry out one desk command; returns the line to print."""
    handlers: dict[str, Handler] = {
        "claim": _claim, "grade": _grade, "note": _note, "merge": _merge, "split": _split,
        "undo": _undo, "edits": _edits, "speakers": _speakers,
    }  # fmt: skip
    return handlers[args.command](args, store)


def _claim(args: argparse.Namespace, store: Store) -> str:
    if args.action == "status":
        before = store.set_claim_status(args.claim, args.status, args.note)
        return f"claim {args.claim}: {before} → {args.status}"
    if args.action == "new":
        claim_id = store.create_claim(args.statement, args.summary)
        return f"claim {claim_id} made from statement {args.statement}"
    if args.action == "link":
        store.link_statement(args.claim, args.statement, args.stance)
        return f"statement {args.statement} {args.stance} claim {args.claim}"
    if args.action == "unlink":
        store.unlink_statement(args.claim, args.statement)
        return f"statement {args.statement} taken off claim {args.claim}"
    store.edit_summary(args.claim, args.text)
    return f"claim {args.claim}: summary rewritten"


def _speakers(args: argparse.Namespace, store: Store) -> str:
    speaker_id, _ = _find(store, "speaker", args.speaker)
    speaker = store.speaker(speaker_id)
    if speaker is None:
        raise InputError(f"no speaker #{speaker_id}")
    lines = [f"{speaker.name} (#{speaker.id}, {speaker.kind})"]
    if speaker.merged_into is not None:
        lines.append(f"  merged by the analyst into #{speaker.merged_into}")
    joins = store.speaker_joins(speaker.id)
    lines += [f"  {form}: {reason}" for form, reason in joins]
    if len(lines) == 1:
        lines.append("  every mention is spelt as its name, its surname or a known alias")
    return "\n".join(lines)


def _grade(args: argparse.Namespace, store: Store) -> str:
    value = None if args.grade == "-" else args.grade.upper()
    if args.kind == "claim":
        credibility = None if value is None else _credibility(value)
        store.grade_claim(_number(args.target, "claim"), credibility)
        return f"claim {args.target}: credibility {credibility or 'cleared'}"
    if value is not None and value not in RELIABILITY:
        raise InputError(f"reliability {args.grade!r} is not one of {' '.join(RELIABILITY)}")
    target_id, name = _find(store, args.kind, args.target)
    before = store.grade_source(args.kind, target_id, value)
    return f"{args.kind} {name}: {before or '–'} → {value or '–'}"


def _note(args: argparse.Namespace, store: Store) -> str:
    if args.kind == "speaker":
        target_id, name = _find(store, "speaker", args.target)
    else:
        target_id, name = _number(args.target, args.kind), args.target
    store.add_note(args.kind, target_id, args.text)
    return f"note added to {args.kind} {name}"


def _merge(args: argparse.Namespace, store: Store) -> str:
    keep, kept = _find(store, args.kind, args.keep)
    merge, merged = _find(store, args.kind, args.merge, exclude=keep)
    if args.kind == "place":
        store.merge_places(keep, merge)
    else:
        store.merge_speakers(keep, merge)
    return f"{args.kind} {merged} merged into {kept} (split it back with: briefing split …)"


def _split(args: argparse.Namespace, store: Store) -> str:
    merged, name = _find(store, args.kind, args.merged, merged_only=True)
    speaker = store.speaker(merged) if args.kind == "speaker" else None
    if speaker is not None and speaker.merged_into is None:
        # not a merge: a name the rules joined to this speaker, taken apart
        joined = [form for form, _ in store.speaker_joins(merged)]
        form = next((f for f in joined if name_key(f) == name_key(args.merged)), None)
        if form is None:
            raise InputError(f"{speaker.name} is not merged into anyone, and "
                             f"{args.merged!r} is its own name")  # fmt: skip
        new = store.separate_name(merged, form)
        return f"speaker {form} taken apart from {speaker.name} as #{new}"
    if args.kind == "place":
        store.split_place(merged)
    else:
        store.split_speaker(merged)
    return f"{args.kind} {name} split back out"


def _undo(args: argparse.Namespace, store: Store) -> str:
    edit = store.undo_last()
    return f"undone: {edit.summary}" if edit else "nothing to undo"


def _edits(args: argparse.Namespace, store: Store) -> str:
    lines = [f"{e.id:>5}  {e.at[:16].replace('T', ' ')}  {e.who or '?':<10} "
             f"{_state(e)}{e.summary}" for e in store.recent_edits()]  # fmt: skip
    return "\n".join(lines) or "no edits yet"


def _state(edit: Edit) -> str:
    if edit.sealed:
        return "(before reextract) "
    return "(undone) " if edit.undone else ""


def _find(
    store: Store, kind: str, target: str, exclude: int | None = None, merged_only: bool = False
) -> tuple[int, str]:
    """A speaker or outlet by number, or by any name or alias the store knows."""
    if in_id_range(target):
        return int(target), f"#{target}"
    finders = {"outlet": store.find_outlets, "speaker": store.find_speakers,
               "place": store.find_places}  # fmt: skip
    found = [(i, n) for i, n in finders[kind](name_key(target)) if i != exclude]
    if merged_only:
        roots = store.place_roots if kind == "place" else store.speaker_roots
        found = [(i, n) for i, n in found if roots([i])] or found
    if not found:
        raise InputError(f"no {kind} called {target!r}; try: briefing search {target!r}")
    if len({i for i, _ in found}) > 1:
        options = ", ".join(f"#{i} {n}" for i, n in found[:5])
        raise InputError(f"{target!r} names more than one {kind} ({options}); give the number")
    return found[0]


def _number(text: str, kind: str) -> int:
    if not in_id_range(text):
        raise InputError(f"a {kind} is given by its number, not {text!r}")
    return int(text)


def _credibility(value: str) -> int:
    if not value.isdigit() or int(value) not in CREDIBILITY:
        raise InputError(f"credibility {value!r} is not one of 1 2 3 4 5 6")
    return int(value)
