"""Where the store and the settings live."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import (
    default_db_path,
    load_settings,
    resolve_db,
    save_setting,
)
from briefing.errors import InputError


def test_flag_wins_over_environment_which_wins_over_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_db(None) == resolve_db("")
    assert resolve_db(None).is_default
    assert resolve_db(None).path == default_db_path()

    monkeypatch.setenv("BRIEFING_DB", str(tmp_path / "env.db"))
    assert resolve_db(None).path == tmp_path / "env.db"
    assert not resolve_db(None).is_default

    assert resolve_db(str(tmp_path / "flag.db")).path == tmp_path / "flag.db"


def test_default_store_lives_in_the_user_data_dir(tmp_path: Path) -> None:
    assert default_db_path() == tmp_path / "xdg-data" / "briefing" / "briefing.db"


def test_settings_round_trip_and_keep_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    assert load_settings(path) == {}
    save_setting("theme", "gruvbox", path)
    save_setting("timeline_order", 'newest "first"', path)
    assert load_settings(path) == {"theme": "gruvbox", "timeline_order": 'newest "first"'}


def test_broken_config_file_is_a_one_line_input_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("theme = = nonsense\n")
    with pytest.raises(InputError, match="not valid TOML"):
        load_settings(path)
