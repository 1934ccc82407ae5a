"""Where people are named in a sentence: the bisection answers what a scan of every name would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing.extract.names import NamedSpans


@given(
    spans=st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=40),
    offsets=st.lists(st.integers(0, 360), min_size=1, max_size=20),
)
def test_an_offset_is_covered_exactly_when_some_name_spans_it(
    spans: list[tuple[int, int]], offsets: list[int]
) -> None:
    named = NamedSpans()
    for start, length in spans:
        named.add(start, length)
    for offset in offsets:
        expected = any(start <= offset < start + length for start, length in spans)
        assert named.covers(offset) is expected


def test_nested_and_overlapping_names_are_all_counted() -> None:
    named = NamedSpans()
    named.add(10, 30)  # a long name
    named.add(12, 3)  # a short one inside it
    named.add(50, 5)
    assert named.covers(10) and named.covers(39) and named.covers(13)
    assert not named.covers(40) and not named.covers(9) and not named.covers(55)
    assert named.covers(54)
