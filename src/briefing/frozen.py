"""The model's frozen records: how they are declared, and copies with some fields changed;
and the extractor's frozen dataclasses, held to the same rule.

``record`` declares a model class: a dataclass compared and hashed by its fields, which no
code may change once built. The type checker holds that (``dataclass_transform`` with
``frozen_default``: an assignment to a field is an error), and so does the run time under the
test suite (``CHECK_ENV``, set by the tests, or ``python -X dev``), where the class is a frozen
dataclass. Elsewhere it is built as a plain dataclass: a frozen one sets each field through
``object.__setattr__``, about four times the cost of a plain one, and building the model's
spans, mentions and statements was 5 % of extraction.

The extractor's own dataclasses are compiled by mypyc, which makes a native class only of
one declared with ``dataclasses.dataclass`` itself. This module's ``dataclass`` is that
function to the type checker (and so to mypyc), and at run time the same rule as
``record``'s: ``frozen=True`` is kept when ``FROZEN_AT_RUN_TIME``, else the class is built
plain with the same hash. The ``__init__`` a dataclass is given runs interpreted even in
compiled code, and a frozen one sets each field through ``object.__setattr__``: building
the extractor's sentences, attributions and outlets cost 2,400 instructions each.

``dataclasses.replace`` walks every field of the class and calls ``__init__`` by keyword,
which sets each field again; the extractor copies about 40 fourteen-field statements an
article, and that was 3 % of its time. The model's classes compute nothing on
construction, so a copy of the instance's fields with the changes laid over them is the same
object; a class that does compute (``__post_init__``), or keeps no ``__dict__`` (a compiled
class), still goes through ``replace``.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform

Frozen = TypeVar("Frozen")

CHECK_ENV = "BRIEFING_CHECK_FROZEN"
"""Set (to anything but empty) to build records as frozen dataclasses at run time."""
FROZEN_AT_RUN_TIME = bool(os.environ.get(CHECK_ENV)) or sys.flags.dev_mode


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(kind: type[Frozen]) -> type[Frozen]:
    """A model class: a dataclass with equality and a hash by its fields, frozen to the type
    checker always and at run time when ``FROZEN_AT_RUN_TIME``."""
    return dataclasses.dataclass(frozen=FROZEN_AT_RUN_TIME, unsafe_hash=True)(kind)


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:

    def dataclass(kind=None, /, *, frozen=False, **options):
        """``dataclasses.dataclass``, with ``frozen=True`` kept at run time only when
        ``FROZEN_AT_RUN_TIME``; built plain, the class keeps the hash of its fields."""
        if frozen and not FROZEN_AT_RUN_TIME:
            frozen, options = False, {"unsafe_hash": True, **options}
        decorate = dataclasses.dataclass(frozen=frozen, **options)
        return decorate if kind is None else decorate(kind)


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
