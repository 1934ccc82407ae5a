"""Copies of the model's frozen instances with some fields changed.

``dataclasses.replace`` walks every field of the class and calls ``__init__`` by keyword,
which sets each field again through ``object.__setattr__``; the extractor copies about 40
fourteen-field statements an article, and that was 3 % of its time. The model's classes
compute nothing on construction, so a copy of the instance's fields with the changes laid
over them is the same object; a class that does compute (``__post_init__``), or keeps no
``__dict__`` (a compiled class), still goes through ``replace``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

Frozen = TypeVar("Frozen")


def evolve(instance: Frozen, **changes: Any) -> Frozen:
    """``dataclasses.replace(instance, **changes)``, with an unknown field refused alike."""
    kind = type(instance)
    fields = getattr(kind, "__dataclass_fields__", None)
    state = getattr(instance, "__dict__", None)
    if state is None or fields is None or hasattr(kind, "__post_init__"):
        return dataclasses.replace(instance, **changes)  # type: ignore[type-var]
    unknown = changes.keys() - fields.keys()
    if unknown:
        raise TypeError(f"{kind.__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(kind)
    copy.__dict__.update(state, **changes)
    return copy
