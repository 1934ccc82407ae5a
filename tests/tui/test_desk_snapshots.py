"""Every desk dialog and badge, pinned as SVG snapshots (fixed data, clock, user, theme)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.store import Store
from tests.tui.conftest import keys_then_settle

WIDE = (140, 40)


@pytest.fixture
def graded_store_path(store_path: Path) -> Path:
    """The samples with grades, a credibility rating and notes, as an analyst left them."""
    with Store(store_path) as store:
        ((zhdanov, _),) = store.find_speakers("oleh zhdanov")
        store.grade_source("speaker", zhdanov, "B")
        store.grade_source("outlet", store.find_outlet_by_name("BBC").id, "C")
        store.add_note("speaker", zhdanov, "Former officer; usually careful with claims")
        claim = store.claims_by_status("unverified", 1)[0]
        store.grade_claim(claim.id, 2)
        store.add_note("claim", claim.id, "ask the shipping desk for AIS data")
    return store_path


def test_badges_in_every_pane(make_app, graded_store_path: Path, snap_compare) -> None:
    """Source grades in the timeline and speaker card, credibility and notes in the claims pane."""
    keys = ("4", "enter")
    assert snap_compare(make_app(graded_store_path), terminal_size=WIDE,
                        run_before=keys_then_settle(*keys))  # fmt: skip


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("speaker_grade", ("a", "b")),
        ("outlet_grade", ("A",)),
        ("claim_credibility", ("4", "a", "3")),
        ("link_stance", ("4", "2", "l")),
        ("new_claim", ("c",)),
        ("edit_summary", ("4", "e")),
        ("note", ("n", *"check the BBC audio")),
        ("merge", ("slash", *"ukrainian general staff", "enter", "M", *"voloshyn")),
        ("filter", ("f", *"zhdanov", "tab", "tab", "tab", "tab", "B")),
    ],
)
def test_desk_dialogs(make_app, snap_compare, name: str, keys: tuple[str, ...]) -> None:
    """Each dialog as it opens from its key, with the choice or text it starts from."""
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))
