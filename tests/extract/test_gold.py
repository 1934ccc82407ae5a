"""The extractor against the hand-annotated gold set (see scorer.py for the rules)."""

from __future__ import annotations

import pytest

from tests.extract.scorer import load_cases, score

THRESHOLDS = {"date": 0.90, "outlet": 0.90, "places": 0.90, "status": 0.85}


@pytest.fixture(scope="module")
def result():
    cases = load_cases()
    assert len(cases) >= 16, "15 project articles and the seed"
    outcome = score(cases)
    print("\n" + outcome.table())
    return outcome


def test_statements_are_found_with_the_right_speaker(result) -> None:
    assert result.precision >= 0.92, "\n".join(result.misses)
    assert result.recall >= 0.92, "\n".join(result.misses)


@pytest.mark.parametrize("field", sorted(THRESHOLDS))
def test_fields_are_right_on_found_statements(result, field: str) -> None:
    assert result.accuracy(field) >= THRESHOLDS[field], "\n".join(result.misses)
