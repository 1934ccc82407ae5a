"""Property: no sequence of desk edits, re-extractions and export→import round trips
loses any of the analyst's work.

Each example starts from the same small store, applies a random sequence of edits
(status, summary, new claim, link, unlink, note, grades, merge, undo) with
``reextract`` and JSON round trips mixed in, and after every re-extraction or round
trip compares the analyst's work (``analyst_work.snapshot``) with what it was just
before: both must leave it exactly as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.export import WRITERS, Selection
from briefing.ingest import ingest_paths, reextract_all
from briefing.model import STANCES, STATUSES
from briefing.resources import sample_briefings
from briefing.store import Store
from tests.store.analyst_work import snapshot

EDITS = ("status", "summary", "new", "link", "unlink", "note", "grade", "merge", "undo")
STEPS = (*EDITS, "reextract", "round trip")


@pytest.fixture(scope="module")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three related briefings: claims, speakers and places that links can cross."""
    path = tmp_path_factory.mktemp("work") / "base.db"
    chosen = [p for p in sample_briefings() if "maryinka" in p.name or "avd" in p.name]
    with Store(path) as store:
        assert ingest_paths(store, [str(p) for p in chosen]).failed == 0
    return path


def pick(items: list, n: int):
    return items[n % len(items)] if items else None


def edit(store: Store, step: str, n: int) -> None:
    """One desk edit chosen by ``step`` and aimed by ``n``; edits that make no sense on
    the chosen target are refused with InputError, as the desk refuses them."""
    claims = sorted(store.all_claims(), key=lambda c: c.id)
    statements = sorted(store.all_statements(), key=lambda s: s.id)
    speakers = sorted(store.all_speakers(), key=lambda s: s.id)
    claim, statement, speaker = pick(claims, n), pick(statements, n // 7), pick(speakers, n // 3)
    if step == "status" and claim:
        store.set_claim_status(claim.id, pick(list(STATUSES), n), f"note {n}", "ana")
    elif step == "summary" and claim:
        store.edit_summary(claim.id, f"analyst summary {n}", "ana")
    elif step == "new" and statement:
        store.create_claim(statement.id, f"analyst claim {n}" if n % 2 else None, "ana")
    elif step == "link" and claim and statement:
        store.link_statement(claim.id, statement.id, pick(list(STANCES), n), "ana")
    elif step == "unlink" and claim and claim.statements:
        store.unlink_statement(claim.id, pick(list(claim.statements), n)[0].id, "ana")
    elif step == "note" and statement and claim and speaker:
        target = pick(
            [("statement", statement.id), ("claim", claim.id), ("speaker", speaker.id)], n
        )
        store.add_note(*target, f"note {n}", "ana")
    elif step == "grade" and claim and speaker:
        if n % 3 == 0:
            store.grade_claim(claim.id, 1 + n % 6, "ana")
        else:
            store.grade_source("speaker", speaker.id, "ABCDEF"[n % 6], "ana")
    elif step == "merge" and len(speakers) > 1:
        other = pick(speakers, n // 3 + 1)
        if other.id != speaker.id and not speaker.merged_into and not other.merged_into:
            store.merge_speakers(speaker.id, other.id, "ana")
    elif step == "undo":
        store.undo_last()


def round_trip(store: Store, folder: Path) -> Store:
    out = io.StringIO()
    WRITERS["json"](store, out, Selection())
    store.close()
    exported = folder / "export.json"
    exported.write_text(out.getvalue(), encoding="utf-8")
    fresh = folder / f"again-{len(list(folder.glob('again-*')))}.db"
    again = Store(fresh)
    result = ingest_paths(again, [str(exported)])
    assert result.failed == 0
    return again


@settings(
    max_examples=int(os.environ.get("BRIEFING_PROPERTY_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.tuples(st.sampled_from(STEPS), st.integers(0, 10_000)), max_size=9))
def test_reextract_and_round_trips_never_change_the_analysts_work(
    base_store: Path, steps: list[tuple[str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        shutil.copy(base_store, folder / "work.db")
        store = Store(folder / "work.db")
        try:
            for step, n in [*steps, ("reextract", 0), ("round trip", 0), ("reextract", 0)]:
                if step in EDITS:
                    with contextlib.suppress(InputError):
                        edit(store, step, n)
                    continue
                before = snapshot(store)
                if step == "reextract":
                    reextract_all(store)
                else:
                    store = round_trip(store, folder)
                assert snapshot(store) == before, f"{step} changed the analyst's work"
        finally:
            store.close()
