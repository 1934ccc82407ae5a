"""The extractor against the hand-annotated gold set (see scorer.py for the rules)."""

from __future__ import annotations

import pytest

from tests.extract.scorer import UNSEEN, load_cases, score

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


def test_articles_written_after_the_rules_read_as_well() -> None:
    """The unseen set (``unseen/``) was written and annotated after the rules, to check
    they hold on copy they were not tuned on; the issue asks ≥ 0.90 on every field."""
    cases = load_cases(UNSEEN)
    assert len(cases) >= 4
    outcome = score(cases)
    figures = [outcome.precision, outcome.recall, *(outcome.accuracy(f) for f in THRESHOLDS)]
    assert min(figures) >= 0.90, outcome.table() + "\n" + "\n".join(outcome.misses)
