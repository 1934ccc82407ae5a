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
