"""What the app looks like in each screen and key state, pinned as SVG snapshots.

Fixed data (the sample briefings), clock, user, theme and terminal size.
"""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import keys_then_settle, settle

WIDE = (140, 40)


def test_first_screen(make_app, snap_compare) -> None:
    """The first screen on the sample store: timeline, speaker, claims, search."""
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle())


def test_search_typed_avdeevka(make_app, snap_compare) -> None:
    """Typing a Russian-style spelling finds the town first, with the spelling it matched."""
    keys = ("slash", *"avdeevka")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_timeline_filtered_by_place(make_app, snap_compare) -> None:
    """f in a place's profile filters the timeline by it, shown as a chip."""
    keys = ("slash", *"avdeevka", "enter", "f")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_speaker_profile(make_app, snap_compare) -> None:
    """Enter on a speaker in search opens the profile: role, outlets, places, statements."""
    keys = ("slash", *"voloshyn", "enter")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_claims_expanded(make_app, snap_compare) -> None:
    """A claim opened in the claims pane shows its asserting and disputing statements."""
    keys = ("4", "j", "enter")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_status_modal(make_app, snap_compare) -> None:
    """m on a claim opens the status dialog."""
    keys = ("4", "m", "d")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_document_with_highlight(make_app, snap_compare) -> None:
    """Enter on a statement opens its article with every statement marked by status."""
    keys = ("j", "j", "enter")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_help(make_app, snap_compare) -> None:
    """? lists every key."""
    assert snap_compare(
        make_app(), terminal_size=WIDE, run_before=keys_then_settle("question_mark")
    )


def test_command_palette(make_app, snap_compare) -> None:
    """ctrl+p opens the palette with the app's commands."""

    async def open_palette(pilot) -> None:
        await keys_then_settle("ctrl+p")(pilot)
        await pilot.pause(0.5)  # the palette gathers its providers' hits asynchronously
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=open_palette)


def test_empty_store(make_app, snap_compare, tmp_path: Path) -> None:
    """An empty store says how to ingest."""
    app = make_app(tmp_path / "empty.db")
    assert snap_compare(app, terminal_size=(100, 30), run_before=keys_then_settle())


def test_narrow_terminal(make_app, snap_compare) -> None:
    """At 80×24 one pane shows at a time, with a tab strip naming them."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=keys_then_settle())


def test_narrow_terminal_claims_pane(make_app, snap_compare) -> None:
    """At 80×24, 4 switches to the claims pane."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=keys_then_settle("4"))


def test_place_profile(make_app, snap_compare) -> None:
    """/avdeevka enter: Avdiivka's profile, its daily chart with claim marks, speakers, claims."""
    keys = ("slash", *"avdeevka", "enter")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_place_profile_narrow(make_app, snap_compare) -> None:
    """The place profile at 80×24: every part still there, the footer keeps its help key."""
    keys = ("slash", *"avdeevka", "enter")
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=keys_then_settle(*keys))


def test_map(make_app, snap_compare) -> None:
    """w: the places of the timeline on a map, the ranked list beside it, Kyiv lit."""
    keys = ("w", "j", "j", "j")
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=keys_then_settle(*keys))


def test_map_narrow(make_app, snap_compare) -> None:
    """The map at 80×24 stays readable."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=keys_then_settle("w"))


def test_map_too_small_is_a_ranked_list(make_app, snap_compare) -> None:
    """Where a map cannot fit, the ranked list takes the screen and says why."""
    assert snap_compare(make_app(), terminal_size=(50, 16), run_before=keys_then_settle("w"))
