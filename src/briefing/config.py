"""Where things live: the store path, the config file and the settings in it, the cache.

The store is ``--db PATH`` if given, else ``$BRIEFING_DB``, else
``platformdirs.user_data_dir("briefing")/briefing.db``. Settings (theme, key
map) live in a small TOML file in ``user_config_dir`` (``$BRIEFING_CONFIG``
overrides its path). What can be built again (the place index) is kept in
``user_cache_dir`` (``$BRIEFING_CACHE`` names another folder). TOML is read with the
standard library; the writer here is hand-made because the file holds only flat string
settings and the standard library has no TOML writer.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from briefing.errors import InputError

APP_NAME = "briefing"
DB_ENV = "BRIEFING_DB"
CONFIG_ENV = "BRIEFING_CONFIG"
CACHE_ENV = "BRIEFING_CACHE"


@dataclass(frozen=True)
class StoreLocation:
    path: Path
    is_default: bool


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "briefing.db"


def resolve_db(explicit: str | os.PathLike[str] | None = None) -> StoreLocation:
    """The store to use: the flag wins over the environment, which wins over the default."""
    if explicit:
        return StoreLocation(Path(explicit).expanduser(), is_default=False)
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return StoreLocation(Path(from_env).expanduser(), is_default=False)
    return StoreLocation(default_db_path(), is_default=True)


def config_path() -> Path:
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def cache_folder() -> Path:
    from_env = os.environ.get(CACHE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME))


def load_settings(path: Path | None = None) -> dict[str, str]:
    """Flat string settings from the config file; a missing file means none."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise InputError(f"{path}: cannot read config file ({error.strerror})") from error
    try:
        parsed = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: config file is not valid TOML ({error})") from error
    return {key: str(value) for key, value in parsed.items() if not isinstance(value, dict)}


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """Key remapping from the ``[keymap]`` table: binding id → keys, e.g. ``"main.filter" = "ctrl+f"``."""
    path = path or config_path()
    try:
        parsed = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: config file is not valid TOML ({error})") from error
    keymap = parsed.get("keymap", {})
    return {str(k): str(v) for k, v in keymap.items()} if isinstance(keymap, dict) else {}


def save_setting(key: str, value: str, path: Path | None = None) -> None:
    """Set one setting, keeping the others and the ``[keymap]`` table; written atomically."""
    path = path or config_path()
    settings = load_settings(path)
    settings[key] = value
    keymap = load_keymap(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{name} = {_toml_string(text)}" for name, text in sorted(settings.items())]
    if keymap:
        lines += ["", "[keymap]"]
        lines += [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in sorted(keymap.items())]
    temporary = path.with_suffix(".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(path)


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
