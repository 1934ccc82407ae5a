"""The model's frozen records: how they are declared, and copies with some fields changed;
and the extractor's frozen dataclasses, held to the same rule.

``record`` declares a model class: a dataclass compared and hashed by its fields, which no
code may change once built. The type checker holds that (``dataclass_transform`` with
``frozen_default``: an assignment to a field is an error), and so does the run time under the
test suite (``CHECK_ENV``, set by the tests, or ``python -X dev``), where the class is a frozen
dataclass. Elsewhere it is built as a plain dataclass: a frozen one sets each field through
``object.__setattr__``, about four times the cost of a plain one, and building the model's
spans, mentions and statements was 5 % of extraction. Either way a record keeps its fields
in slots, with no ``__dict__`` of its own: that is one allocation fewer for each of the
thousands of spans and mentions an article makes, and a field is read straight from its
slot (about 3 % of extraction's time in paired runs).

The extractor's own dataclasses are compiled by mypyc, which makes a native class only of
one declared with ``dataclasses.dataclass`` itself. This module's ``dataclass`` is that
function to the type checker (and so to mypyc), and at run time the same rule as
``record``'s: ``frozen=True`` is kept when ``FROZEN_AT_RUN_TIME``, else the class is built
plain with the same hash. The ``__init__`` a dataclass is given runs interpreted even in
compiled code, and a frozen one sets each field through ``object.__setattr__``: building
the extractor's sentences, attributions and outlets cost 2,400 instructions each.

``dataclasses.replace`` walks every field of the class and calls ``__init__`` by keyword,
which sets each field again; the extractor copies about 40 fourteen-field statements an
article, and that was 3 % of its time. A record is built again from the instance's fields
instead (read at once by an ``operator.attrgetter``), the changes laid over them, each in
its place; a class that is no record (a compiled one) still goes through ``replace``.
"""

from __future__ import annotations

import dataclasses
import operator
import os
import sys
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform

Frozen = TypeVar("Frozen")

CHECK_ENV = "BRIEFING_CHECK_FROZEN"
"""Set (to anything but empty) to build records as frozen dataclasses at run time."""
FROZEN_AT_RUN_TIME = bool(os.environ.get(CHECK_ENV)) or sys.flags.dev_mode


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(kind: type[Frozen]) -> type[Frozen]:
    """A model class: a dataclass with equality and a hash by its fields, in slots, frozen to
    the type checker always and at run time when ``FROZEN_AT_RUN_TIME``."""
    return dataclasses.dataclass(frozen=FROZEN_AT_RUN_TIME, unsafe_hash=True, slots=True)(kind)


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
    copier = _copier(kind)
    if copier is None:
        return dataclasses.replace(instance, **changes)  # type: ignore[type-var]
    read, places = copier
    values = list(read(instance))
    for name, value in changes.items():
        place = places.get(name)
        if place is None:
            raise TypeError(f"{kind.__name__} has no field {name!r}")
        values[place] = value
    return kind(*values)  # type: ignore[no-any-return]


@cache
def _copier(kind: type) -> tuple[Callable[[Any], tuple[Any, ...]], dict[str, int]] | None:
    """For a record: what reads all its fields at once, and each field's place among them,
    to give ``__init__`` as ``replace`` gives them by name. None for any other class (a
    compiled one), and for a record with a field ``__init__`` does not take, or only one
    (whose ``attrgetter`` gives the value, not a tuple): those go through ``replace``."""
    if "__slots__" not in vars(kind) or not dataclasses.is_dataclass(kind):
        return None
    fields = dataclasses.fields(kind)
    if len(fields) < 2 or not all(field.init for field in fields):
        return None
    names = [field.name for field in fields]
    return operator.attrgetter(*names), {name: place for place, name in enumerate(names)}
