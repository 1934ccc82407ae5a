"""The article the project started from yields the statements an analyst expects.

The text stays in ``../shared/seeds/`` (it is not ours to copy); it was published
on 2023-12-04 by The Epoch Times.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.model import Document, ExtractedStatement

SEEDS = sorted((Path(__file__).resolve().parents[3] / "shared" / "seeds").glob("*.txt"))


@pytest.fixture(params=SEEDS, ids=[p.name for p in SEEDS])
def seed(request: pytest.FixtureRequest) -> list[ExtractedStatement]:
    text = Path(request.param).read_text(encoding="utf-8")
    document = Document(text, published=date(2023, 12, 4), publisher="The Epoch Times")
    return list(extract(document).statements)


def by(statements: list[ExtractedStatement], speaker: str) -> list[ExtractedStatement]:
    return [s for s in statements if s.speaker is not None and s.speaker.name == speaker]


def test_stoltenberg_told_ard_on_december_3(seed: list[ExtractedStatement]) -> None:
    quotes = [s for s in by(seed, "Jens Stoltenberg") if s.kind == "direct"]
    assert any(s.text.startswith("Wars develop in phases") for s in quotes)
    ard = [s for s in quotes if s.outlet == "ARD"]
    assert len(ard) >= 4
    assert {s.date.day for s in ard} == {date(2023, 12, 3)}


def test_zelenskyy_told_the_ap_on_december_1(seed: list[ExtractedStatement]) -> None:
    quotes = [s for s in by(seed, "Volodymyr Zelenskyy") if s.kind == "direct"]
    assert len(quotes) == 3
    assert {s.outlet for s in quotes} == {"The Associated Press"}
    assert {s.date.day for s in quotes} == {date(2023, 12, 1)}


def test_zhdanov_told_reuters_on_december_2(seed: list[ExtractedStatement]) -> None:
    statements = by(seed, "Oleh Zhdanov")
    assert {s.date.day for s in statements} == {date(2023, 12, 2)}
    assert any(s.outlet == "Reuters" and s.kind == "direct" for s in statements)


def test_hersh_reported_on_substack(seed: list[ExtractedStatement]) -> None:
    (report,) = by(seed, "Seymour Hersh")
    assert report.outlet == "Substack"
    assert report.date.day == date(2023, 12, 1)


def test_lavrov_spoke_at_the_osce(seed: list[ExtractedStatement]) -> None:
    statements = by(seed, "Sergey Lavrov")
    direct = [s for s in statements if s.kind == "direct"]
    assert direct and "Organization for Security and Cooperation in Europe" in (
        direct[0].venue or ""
    )
    assert "[i.e., its Western allies]" in direct[0].text


def test_maryinka_reports_are_an_unverified_claim_disputed_by_zhdanov(
    seed: list[ExtractedStatement],
) -> None:
    (report,) = [s for s in seed if s.speaker is not None and s.speaker.kind == "unattributed"]
    assert "Maryinka" in [p.name for p in report.places]
    assert report.status == "unverified"
    disputing = [s for s in seed if s.claim_key == report.claim_key and s.stance == "disputes"]
    assert [s.speaker.name for s in disputing if s.speaker] == ["Oleh Zhdanov"]


def test_anonymous_sources_are_never_pinned_on_a_name(seed: list[ExtractedStatement]) -> None:
    anonymous = [s for s in seed if s.speaker is not None and s.speaker.kind == "anonymous"]
    assert len(anonymous) == 2
    assert all(s.text.startswith("According to") for s in anonymous)
