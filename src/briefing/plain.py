"""Dataclass trees as plain JSON values (dicts, lists, strings, numbers) and back.

Written by hand rather than with a schema library: the trees are small frozen
dataclasses (an extraction, an analyst's kept claims), read back field by field
through their type hints, and a value that does not fit them is refused with an
``InputError`` saying what was expected. Used by ``briefing extract`` lines and by the
undo record of a document's removal.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import types
import typing
from datetime import date
from typing import Any

from briefing.errors import InputError


def from_plain(kind: Any, value: Any) -> Any:
    """``value`` read as ``kind``: a dataclass, a tuple, an optional, a date or a plain value."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        return from_plain(next(o for o in options if o is not type(None)), value)
    if origin is typing.Literal:
        if value not in typing.get_args(kind):
            raise InputError(f"{value!r} is not one of {typing.get_args(kind)}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise InputError(f"expected a list, got {type(value).__name__}")
        return tuple(from_plain(typing.get_args(kind)[0], item) for item in value)
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise InputError(f"expected an object for {kind.__name__}")
        hints = _hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: from_plain(hints[k], v) for k, v in value.items() if k in fields})
    if kind is date:
        return date.fromisoformat(value) if isinstance(value, str) else _wrong(kind, value)
    if kind is bool and isinstance(value, bool):
        return value
    if kind in (str, int) and isinstance(value, kind) and not isinstance(value, bool):
        return value
    finite = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if kind is float and finite:
        return float(value)
    return _wrong(kind, value)


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _wrong(kind: Any, value: Any) -> Any:
    raise InputError(f"expected {getattr(kind, '__name__', kind)}, got {type(value).__name__}")


def to_plain(value: Any) -> Any:
    """A dataclass tree as dicts and lists (``dataclasses.asdict`` deep-copies every leaf
    and took a third of ``briefing extract``'s time); dates stay dates for the caller's
    JSON encoder."""
    if isinstance(value, tuple):
        return [to_plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: to_plain(getattr(value, field.name)) for field in _fields(type(value))}
    return value


@functools.cache
def _fields(kind: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(kind)
