"""``evolve`` copies a model instance with some fields changed exactly as
``dataclasses.replace`` does, only faster."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefing.frozen import evolve
from briefing.model import (
    DateSpan,
    Document,
    ExtractedClaim,
    ExtractedStatement,
    PlaceMention,
    Span,
    SpeakerMention,
)

SPEAKER = SpeakerMention("Oksana Marchenko", role="mayor", span=Span(4, 20), gender="female")
STATEMENT = ExtractedStatement(
    "the bridge is closed",
    "indirect",
    Span(0, 40),
    speaker=SPEAKER,
    date=DateSpan(date(2024, 3, 1), date(2024, 3, 1), "day", "on Friday", Span(30, 39)),
    places=(PlaceMention("Kherson", "UA", "city", span=Span(22, 29)),),
    cue="said",
    cue_span=Span(21, 25),
)


@pytest.mark.parametrize(
    ("instance", "changes"),
    [
        (STATEMENT, {"claim_key": "c1", "stance": "asserts"}),
        (STATEMENT, {"text": "the bridge is open", "span": Span(1, 41)}),
        (STATEMENT, {}),
        (SPEAKER, {"name": "Oksana Marchenko Jr.", "affiliation": "city council"}),
        (Span(3, 9), {"end": 12}),
        (PlaceMention("Kherson"), {"span": Span(5, 12), "aliases": ("Kherson city",)}),
        (ExtractedClaim("c1", "the bridge is closed"), {"summary": "Bridge closed"}),
    ],
)
def test_a_copy_is_what_replace_gives(instance: object, changes: dict[str, object]) -> None:
    copy = evolve(instance, **changes)
    expected = dataclasses.replace(instance, **changes)  # type: ignore[type-var]
    assert copy == expected
    assert copy is not instance
    assert vars(copy) == vars(expected)
    assert hash(copy) == hash(expected)
    assert vars(instance) != vars(copy) or not changes  # the original is untouched
    assert vars(instance) == vars(dataclasses.replace(instance))


def test_an_unknown_field_is_refused_like_replace() -> None:
    with pytest.raises(TypeError, match="speeker"):
        evolve(STATEMENT, speeker=SPEAKER)
    with pytest.raises(TypeError):
        dataclasses.replace(STATEMENT, speeker=SPEAKER)  # type: ignore[call-arg]


def test_a_class_that_computes_on_construction_still_computes() -> None:
    """``Document`` makes its text printable in ``__post_init__``: a copy does so too."""
    document = Document("Kyiv, 1 March.", title="Morning report")
    copy = evolve(document, title="Evening\x07 report")
    assert copy.title == dataclasses.replace(document, title="Evening\x07 report").title
    assert "\x07" not in (copy.title or "")
