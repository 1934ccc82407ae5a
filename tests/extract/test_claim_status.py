"""A claim's status from its statements does not depend on the order they were said, so
the store reads it from three facts about them rather than from every statement sorted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing.extract.claim_status import status_from, status_of

_SAID = st.tuples(
    st.sampled_from(["asserts", "disputes", "reports", None]),
    st.sampled_from(["unverified", "confirmed", "disputed", "corroborated"]),
)


@given(st.lists(_SAID, max_size=12), st.randoms(use_true_random=False))
def test_the_status_from_statements_in_any_order_is_the_status_of_three_facts(
    said: list[tuple[str | None, str]], shuffle: object
) -> None:
    confirmed = any(stance == "asserts" and status == "confirmed" for stance, status in said)
    disputed = any(stance == "disputes" for stance, _ in said)
    asserted = any(stance == "asserts" for stance, _ in said)
    expected = status_of(confirmed, disputed, asserted)
    assert status_from(said) == expected
    shuffled = list(said)
    shuffle.shuffle(shuffled)  # type: ignore[attr-defined]
    assert status_from(shuffled) == expected


def test_a_confirmation_holds_against_a_later_denial_and_a_denial_against_an_assertion() -> None:
    assert status_from([("asserts", "confirmed"), ("disputes", "unverified")]) == "confirmed"
    assert status_from([("disputes", "unverified"), ("asserts", "unverified")]) == "disputed"
    assert status_of(False, False, False) is None
