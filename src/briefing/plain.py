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
import re
import types
import typing
from datetime import date
from typing import Any

from briefing.errors import InputError
from briefing.printable import control_character, printable


def from_plain(kind: Any, value: Any) -> Any:
    """``value`` read as ``kind``: a dataclass, a tuple, an optional, a date or a plain value."""
    return _reader(kind)(value)


@functools.cache
def _reader(kind: Any) -> typing.Callable[[Any], Any]:
    """How to read a value as ``kind``, worked out once per type (reading the type hints
    for every value took most of loading ``briefing extract`` lines)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        optional = type(None) in options
        inner = _reader(next(o for o in options if o is not type(None)))
        return lambda value: None if value is None and optional else inner(value)
    if origin is typing.Literal:
        allowed = typing.get_args(kind)

        def literal(value: Any) -> Any:
            if value not in allowed:
                raise InputError(f"{value!r} is not one of {allowed}")
            return value

        return literal
    if origin is tuple:
        item_reader = _reader(typing.get_args(kind)[0])

        def items(value: Any) -> Any:
            if not isinstance(value, list):
                raise InputError(f"expected a list, got {type(value).__name__}")
            return tuple(item_reader(item) for item in value)

        return items
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        readers = {f.name: _reader(hints[f.name]) for f in dataclasses.fields(kind) if f.init}

        def instance(value: Any) -> Any:
            if not isinstance(value, dict):
                raise InputError(f"expected an object for {kind.__name__}")
            return kind(**{k: readers[k](v) for k, v in value.items() if k in readers})

        return instance
    return functools.partial(_plain_value, kind)


def _plain_value(kind: Any, value: Any) -> Any:
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


def _wrong(kind: Any, value: Any) -> Any:
    raise InputError(f"expected {getattr(kind, '__name__', kind)}, got {type(value).__name__}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_unreadable_strings(value: Any, control_characters: bool = False) -> None:
    """Refuse JSON whose strings hold half a surrogate pair (``"\\ud800"`` parses, but is no
    text: it cannot be hashed, stored or shown), or, with ``control_characters``, a control
    character a terminal would obey; checked before anything is read from it."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if not item.isascii() and (found := _SURROGATE.search(item)):
                raise InputError(f"a string holds a lone surrogate (\\u{ord(found.group()):x})")
            if control_characters and (control := control_character(item)):
                raise InputError(f"a string holds a control character (\\u{ord(control):04x})")
        elif isinstance(item, dict):
            pending += item.keys()
            pending += item.values()
        elif isinstance(item, list):
            pending += item


def make_printable(tree: Any) -> None:
    """Every string in a JSON tree, in place, with its control characters made visible
    (``briefing.printable``): an export's notes and summaries are shown on a terminal."""
    pending = [tree]
    while pending:
        item = pending.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item)
        for key, value in pairs:
            if isinstance(value, str):
                item[key] = printable(value)
            elif isinstance(value, dict | list):
                pending.append(value)


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
