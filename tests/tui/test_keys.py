"""Every key binding does what the help screen says, driven through Textual's pilot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.containers import VerticalScroll
from textual.widgets import Input

from briefing.config import load_settings
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.screens.document import DocumentScreen
from briefing.tui.screens.filter_modal import FilterModal
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.place_profile import PlaceProfileScreen
from briefing.tui.screens.status_modal import StatusModal
from briefing.tui.widgets.claims import ClaimsPane
from briefing.tui.widgets.search_pane import SearchPane
from briefing.tui.widgets.speaker_profile import SpeakerPane, SpeakerStatements
from briefing.tui.widgets.store_watcher import StoreWatcher
from briefing.tui.widgets.timeline import Timeline
from tests.tui.conftest import press, settle

SIZE = (140, 40)


async def test_slash_focuses_search_and_results_follow_typing(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"avdeevka")
        search = app.screen.query_one(SearchPane)
        assert app.focused is search.query_one(Input)
        assert search.query_one(Input).value == "avdeevka"
        assert (search.hits[0].kind, search.hits[0].label) == ("place", "Avdiivka")


async def test_enter_on_a_place_opens_its_profile_f_filters_and_shift_f_clears(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"avdeevka", "enter")
        assert isinstance(app.screen, PlaceProfileScreen)
        await press(pilot, "f")
        timeline = app.screen.query_one(Timeline)
        assert app.focused is timeline
        assert timeline.filters.place_id is not None
        assert all("Avdiivka" in s.places for s in timeline.statements.values())
        assert [c.name for c in app.screen.query(".chip")] == ["place"]
        await press(pilot, "F")
        assert timeline.filters.place_id is None
        assert not app.screen.query(".chip")


async def test_a_second_filter_of_the_same_kind_replaces_the_chip(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"reuters", "enter")
        await press(pilot, "slash", "ctrl+u", *"substack", "enter")
        chips = [str(c.label) for c in app.screen.query(".chip")]
        assert chips == ["outlet: Substack ✕"]
        timeline = app.screen.query_one(Timeline)
        assert {s.outlet for s in timeline.statements.values()} == {"Substack"}


async def test_escape_in_search_returns_to_the_pane_before(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4", "slash", "escape")
        assert app.focused is app.screen.query_one(ClaimsPane)


async def test_j_k_g_and_shift_g_move_through_the_timeline(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        first = timeline.current
        await press(pilot, "j")
        assert timeline.current != first
        await press(pilot, "k")
        assert timeline.current == first
        await press(pilot, "G")
        last = timeline.current
        assert last is not None and last.sort_day <= first.sort_day
        await press(pilot, "g")
        assert timeline.current == first


async def test_r_flips_the_timeline_to_oldest_first(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        newest = timeline.current
        await press(pilot, "r")
        assert timeline.border_subtitle == "oldest first"
        assert timeline.current is not None and newest is not None
        assert timeline.current.sort_day < newest.sort_day


async def test_shift_r_reloads_the_timeline_from_the_top(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        newest = timeline.current
        await press(pilot, "j", "j", "j")
        assert timeline.current != newest
        await press(pilot, "R")
        assert timeline.current == newest


async def test_moving_in_the_timeline_updates_the_speaker_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        speaker = app.screen.query_one(SpeakerPane)
        while timeline.current is not None and timeline.current.speaker_id is None:
            await press(pilot, "j")
        assert speaker.profile is not None
        assert speaker.profile.speaker.id == timeline.current.speaker_id


async def test_enter_opens_the_document_and_n_p_escape_walk_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        chosen = app.screen.query_one(Timeline).current
        await press(pilot, "enter")
        document = app.screen
        assert isinstance(document, DocumentScreen)
        assert document.current is not None and document.current.id == chosen.id
        start = document.position
        await press(pilot, "p")
        assert document.position == max(0, start - 1)
        await press(pilot, "n")
        assert document.position == start
        await press(pilot, "escape")
        assert not isinstance(app.screen, DocumentScreen)


async def test_o_also_opens_the_document(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        assert isinstance(app.screen, DocumentScreen)
        await press(pilot, "q")
        assert not isinstance(app.screen, DocumentScreen)


@pytest.mark.parametrize(
    ("key", "pane"),
    [("1", "#search-input"), ("2", "#timeline"), ("3", "#speaker-statements"), ("4", "#claims")],
)
async def test_number_keys_move_between_panes(make_app, key: str, pane: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4" if key != "4" else "2", key)
        assert app.focused is app.screen.query_one(pane)


async def test_tab_moves_to_the_next_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "tab")
        assert app.focused is app.screen.query_one(SpeakerStatements)
        await press(pilot, "shift+tab")
        assert app.focused is app.screen.query_one(Timeline)


async def test_question_mark_opens_help_and_escape_closes_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_scrolls_with_the_list_keys_and_says_so(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        view = app.screen.query_one(VerticalScroll)
        assert view.max_scroll_y > 0, "the help is longer than 40 rows: it must scroll"
        await press(pilot, "G")
        assert view.scroll_y == view.max_scroll_y
        await press(pilot, "g")
        assert view.scroll_y == 0
        await press(pilot, "ctrl+d")
        assert view.scroll_y > 1
        await press(pilot, "ctrl+u", "j", "j")
        assert view.scroll_y == 2
        hint = str(app.screen.query(".help-line").first().render())
        assert "g/G top/bottom" in hint


async def test_ctrl_p_opens_the_command_palette(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)


async def test_palette_finds_a_speaker_by_any_spelling(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+p", *"voloshin")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        speaker = app.screen.query_one(SpeakerPane)
        assert speaker.profile is not None and speaker.profile.speaker.name == "Nazar Voloshyn"


async def test_f_filters_the_timeline_by_a_speaker_typed_any_way(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        assert isinstance(app.screen, FilterModal)
        await press(pilot, *"voloshin", "enter")
        timeline = app.screen.query_one(Timeline)
        speakers = {s.speaker for s in timeline.statements.values()}
        assert speakers == {"Nazar Voloshyn"}
        (chip,) = app.screen.query(".chip")
        assert str(chip.label).startswith("speaker: Nazar")


async def test_a_bad_filter_date_is_shown_not_applied(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f", "tab", "tab", "tab", "tab", "tab", *"2023-13-40", "enter")
        assert isinstance(app.screen, FilterModal)
        assert "not a date" in str(app.screen.query_one("#filter-error").render())


async def test_m_marks_the_maryinka_claim_disputed_with_a_note(make_app, store_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"entered")
        search = app.screen.query_one(SearchPane)
        position = next(i for i, hit in enumerate(search.hits) if hit.kind == "claim")
        claim = search.hits[position]
        assert "Marinka" in claim.label
        await press(pilot, "tab", *["j"] * position, "enter")
        claims = app.screen.query_one(ClaimsPane)
        assert app.focused is claims and claims.current_claim_id == claim.target_id
        await press(pilot, "m")
        assert isinstance(app.screen, StatusModal)
        await press(pilot, "d", "enter", *"analyst", "enter")
        await settle(pilot)
        assert claims.claims[claim.target_id].status == "disputed"
        # the claim moved to the disputed group; the selection moved with it
        assert app.focused is claims and claims.current_claim_id == claim.target_id
    with Store(store_path) as store:
        found = store.claim(claim.target_id)
        assert found is not None and found.status == "disputed"
        last = found.history[-1]
        assert (last.from_status, last.to_status, last.note, last.who) == (
            "confirmed", "disputed", "analyst", "analyst",
        )  # fmt: skip


async def test_enter_in_the_speaker_pane_moves_the_timeline_there(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"voloshyn", "enter", "j", "enter")
        timeline = app.screen.query_one(Timeline)
        assert app.focused is timeline
        assert timeline.current is not None and timeline.current.speaker == "Nazar Voloshyn"


async def test_a_statement_the_filter_hides_is_not_replaced_by_its_neighbour(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"avdiivka", "enter", "f")  # the place: a timeline filter
        timeline = app.screen.query_one(Timeline)
        assert all("Avdiivka" in s.places for s in timeline.statements.values())
        before = timeline.current
        await press(pilot, "slash", *"voloshyn", "enter")
        pane = app.screen.query_one(SpeakerPane)
        recent = pane.profile.recent
        hidden = next(i for i, s in enumerate(recent) if "Avdiivka" not in s.places)
        await press(pilot, *["j"] * hidden, "enter")
        await settle(pilot)
        assert timeline.current == before, "the timeline must not move to another statement"
        warning = [n.message for n in app._notifications]
        assert any("hidden by the filter (place: Avdiivka)" in m for m in warning)
        await press(pilot, "F")
        await settle(pilot)
        assert app.focused is timeline
        assert timeline.current is not None and timeline.current.id == recent[hidden].id


async def test_the_empty_search_pane_offers_the_most_quoted_and_opens_them(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        search = app.screen.query_one(SearchPane)
        assert search.hits and search.hits[0].kind == "speaker"
        hint = str(search.query_one("#search-hint").render())
        assert hint.startswith("most quoted, Dec 7–13")
        place = next(i for i, h in enumerate(search.hits) if h.label == "Maryinka")
        await press(pilot, "1", "tab", *["j"] * place, "enter")
        assert isinstance(app.screen, PlaceProfileScreen)
        await press(pilot, "f")
        timeline = app.screen.query_one(Timeline)
        assert app.focused is timeline
        assert all("Maryinka" in s.places for s in timeline.statements.values())


async def test_q_quits(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "q")
        assert app.return_code == 0 or not app.is_running


async def test_the_theme_is_remembered_in_the_config_file(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "config.toml"))
    app = BriefingApp(Store(store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
    assert load_settings(tmp_path / "config.toml")["theme"] == "nord"
    again = BriefingApp(Store(store_path))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_a_keymap_in_the_config_file_remaps_a_binding(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"main.filter" = "ctrl+f"\n')
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    app = BriefingApp(Store(store_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+f")
        assert isinstance(app.screen, FilterModal)


async def test_an_empty_store_explains_how_to_ingest(make_app, tmp_path: Path) -> None:
    app = make_app(tmp_path / "empty.db")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        prompt = str(timeline.get_option_at_index(0).prompt)
        assert "briefing ingest" in prompt


async def test_statements_ingested_by_another_process_appear_without_restart(
    make_app, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(StoreWatcher, "POLL_SECONDS", 0.1)
    briefing = tmp_path / "new.md"
    briefing.write_text(
        "---\ntitle: Late report\npublished: 2023-12-20\n---\n"
        '"The ferry runs again," Petro Lysenko, the harbour master, told Reuters on Wednesday.\n'
    )
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        assert "Petro Lysenko" not in {s.speaker for s in timeline.statements.values()}
        reading = timeline.current
        done = subprocess.run(
            [sys.executable, "-m", "briefing", "ingest", "--db", str(store_path), str(briefing)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert done.stdout.startswith("1 new")
        for _ in range(200):  # up to 10 s on a loaded machine; done as soon as it shows
            await pilot.pause(0.05)
            if "Petro Lysenko" in {s.speaker for s in timeline.statements.values()}:
                break
        top = timeline.statements[timeline.get_option_at_index(1).id]
        assert top.speaker == "Petro Lysenko"  # newest first, at the top
        assert timeline.current == reading  # the reader's place is kept


def test_the_help_lists_every_key_that_is_bound_anywhere() -> None:
    """Each binding of the app, its screens and widgets is in the help, shown or not."""
    import re

    from textual.binding import Binding
    from textual.dom import DOMNode

    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.help import KEYS

    listed = {"/"} | {
        token for _, keys in KEYS for key, _ in keys for token in re.split(r"[ /,]+", key)
    }
    spoken = {"slash": "/", "question_mark": "?", "escape": "esc", "down": "↓", "up": "↑"}
    missing, pending = [], [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("briefing.") or cls is BriefingApp:
            for binding in getattr(cls, "BINDINGS", []):
                if isinstance(binding, Binding):
                    keys = [spoken.get(k.strip(), k.strip()) for k in binding.key.split(",")]
                    if not set(keys) & listed:
                        missing.append(f"{cls.__name__}: {binding.key}")
    assert missing == []


@pytest.mark.parametrize(
    "keys",
    [(), ("3",), ("4",), ("enter",), ("w",), ("slash", *"avdiivka", "enter")],
    ids=["timeline", "speaker", "claims", "article", "map", "place"],
)
async def test_at_80_by_24_every_footer_keeps_its_help_key_in_view(make_app, keys) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, *keys)
        shown = {k.key: k.region for k in app.screen.query("FooterKey")}
        help_key, palette = shown["question_mark"], shown.get("ctrl+p")
        assert help_key.right <= 80
        assert palette is None or help_key.right <= palette.x, "the palette hint covers ? Help"


async def test_at_80_by_24_the_status_dialog_and_the_help_fit_the_screen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "4", "m")
        hint = app.screen.query(".dialog-hint").last()
        assert hint.region.bottom <= 24 and hint.region.right <= 80 and hint.region.height > 0
        await press(pilot, "escape", "question_mark")
        dialog = app.screen.query_one("#help-dialog")
        assert dialog.region.right <= 80 and dialog.region.bottom <= 24


async def test_the_speaker_panes_footer_keys_act_there(make_app) -> None:
    """f and m show in the footer of the speaker pane, so they must do something there."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"voloshyn", "enter")
        shown = {k.key for k in app.screen.query("FooterKey")}
        assert {"f", "m"} <= shown
        recent = app.screen.query_one(SpeakerPane).profile.recent
        on_claim = next(i for i, s in enumerate(recent) if s.claim_id is not None)
        await press(pilot, *["j"] * on_claim, "m")
        assert isinstance(app.screen, StatusModal)
        await press(pilot, "escape", "f")
        assert isinstance(app.screen, FilterModal)
