"""A speaker described before being named is the person named just after, when the
description fits them: the office and country for "Ukraine's top commander", a person's
role for "her lawyer"; never a poll's pollster, a campaign's manager or an unnamed source."""

from __future__ import annotations

from datetime import date

from briefing.extract import extract
from briefing.model import Document


def speakers(text: str) -> list[str | None]:
    extraction = extract(Document(text, published=date(2024, 3, 14)))
    return [s.speaker.name if s.speaker else None for s in extraction.statements]


def test_a_countrys_office_holder_is_the_one_named_just_after() -> None:
    text = (
        "Moldova's top commander in the north acknowledged on Tuesday that his units had "
        "pulled back from the river, confirming weeks of reports.\n\n"
        "“The bank could not be held,” Gen. Tudor Vrabie, commander of Moldova's northern "
        "forces, told reporters."
    )
    assert speakers(text) == ["Tudor Vrabie"] * 3


def test_the_description_keeps_its_own_words_as_where_the_speaker_is_given() -> None:
    text = (
        "Moldova's top commander in the north said on Tuesday that the river had risen.\n\n"
        "“The bank could not be held,” Gen. Tudor Vrabie, commander of Moldova's northern "
        "forces, said."
    )
    first = extract(Document(text, published=date(2024, 3, 14))).statements[0]
    assert first.speaker is not None and first.speaker.name == "Tudor Vrabie"
    assert first.speaker.span is not None
    assert text[first.speaker.span.start : first.speaker.span.end] == "Moldova's top commander"


def test_another_countrys_office_holder_is_not_them() -> None:
    text = (
        "Romania's defence minister said on Monday that the exercise would go ahead.\n\n"
        "“We were not told,” said Gen. Tudor Vrabie, commander of Moldova's northern forces."
    )
    assert speakers(text)[0] == "Romania's defence minister"


def test_an_unnamed_source_stays_unnamed() -> None:
    text = (
        "A senior official said the talks would resume on Friday.\n\n"
        "Official spokesman Ion Cazacu said the venue was not yet agreed."
    )
    assert speakers(text)[0] != "Ion Cazacu"


def test_a_poll_is_not_its_pollster_nor_a_campaign_its_manager() -> None:
    poll = (
        "For the first time, a poll shows the mayor trailing her rival.\n\n"
        "“It is early,” said Dana Vale, a pollster at the institute."
    )
    assert speakers(poll)[0] != "Dana Vale"
    campaign = (
        "The Lind campaign responded Friday, saying the figures were wrong.\n\n"
        "“We stand by our numbers,” said Ruth Ames, the campaign manager."
    )
    assert "Ruth Ames" not in speakers(campaign)[:2]
