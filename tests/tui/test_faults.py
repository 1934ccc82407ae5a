"""The app when its surroundings are broken: a malformed config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.store import Store
from briefing.tui.app import BriefingApp
from tests.tui.conftest import settle


async def test_changing_theme_with_a_malformed_config_warns_and_leaves_the_file(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("theme = [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    app = BriefingApp(Store(store_path), remember_theme=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert app.is_running
    assert any(m.startswith("could not save the theme:") for m in messages)
    assert config.read_text(encoding="utf-8") == "theme = [unclosed\n"


@pytest.fixture
def immutable_store(store_path: Path):
    """The store file made immutable (chattr +i), which even root cannot write."""
    import shutil
    import subprocess

    if shutil.which("chattr") is None:
        pytest.fail("this test needs chattr (e2fsprogs) to make a file immutable")
    subprocess.run(["chattr", "+i", str(store_path)], check=True)
    yield store_path
    subprocess.run(["chattr", "-i", str(store_path)], check=True)


async def test_a_read_only_store_shows_a_banner_and_refuses_a_status_change(
    immutable_store: Path,
) -> None:
    from textual.widgets import Static

    store = Store(immutable_store)
    assert store.read_only
    app = BriefingApp(store, remember_theme=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        banner = app.screen.query_one("#read-only-banner", Static)
        assert "edits are off" in str(banner.render())
        for key in ("4", "m", "d", "enter", "enter"):
            await pilot.press(key)
            await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert app.is_running
    assert "The store is read-only: edits are off." in messages


async def test_an_unknown_action_or_a_key_given_twice_in_the_keymap_is_said_at_start(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[keymap]\n"main.serch" = "ctrl+f"\n"app.quit" = "ctrl+q"\n"app.help" = "ctrl+q"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFING_CONFIG", str(config))
    app = BriefingApp(Store(store_path), remember_theme=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    assert "config keymap: no key action is called 'main.serch'; see ? for the actions" in messages
    assert "config keymap: 'ctrl+q' is given to 2 actions (app.help, app.quit)" in messages


def test_a_statement_without_a_date_says_so_plainly_with_its_storys_day() -> None:
    from dataclasses import replace

    from briefing.model import Span, StatementView
    from briefing.tui.widgets.timeline import _date_note

    undated = StatementView(
        id=1, document_id=1, speaker_id=1, speaker="Oleh Zhdanov", kind="indirect",
        text="It fell.", said_from=None, said_to=None, date_precision="undated", outlet=None,
        venue=None, places=(), status="unverified", claim_id=None, span=Span(0, 8),
        sort_day="2023-12-13",
    )  # fmt: skip
    assert _date_note(undated) == "no date given · story of Dec 13"
    assert _date_note(replace(undated, sort_day="")) == "no date given"


BRACKETED = "[/] The levy [sic] was fair, [@click=app.quit]said[/] Ames"


async def test_brackets_in_a_claim_summary_are_text_in_the_status_dialog(
    store_path: Path,
) -> None:
    from briefing.tui.screens.status_modal import StatusModal
    from briefing.tui.widgets.claims import ClaimsPane

    app = BriefingApp(Store(store_path), remember_theme=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        claim_id = app.screen.query_one(ClaimsPane).current_claim_id
        assert claim_id is not None
        app.store.edit_summary(claim_id, BRACKETED)
        app.screen.query_one(ClaimsPane).reload()
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, StatusModal) and app.is_running
        assert str(app.screen.query_one("#status-claim").render()) == BRACKETED


async def test_brackets_in_a_message_are_text(store_path: Path) -> None:
    from textual.widgets._toast import Toast

    app = BriefingApp(Store(store_path), remember_theme=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        app.screen.notify(f"briefing: {BRACKETED}.md: not readable")
        await settle(pilot)
        toasts = [str(toast.render()) for toast in app.query(Toast)]
        assert app.is_running
    assert toasts == [f"briefing: {BRACKETED}.md: not readable"]
