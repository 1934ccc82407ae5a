"""Who said it: the attribution rules on short texts."""

from __future__ import annotations

from datetime import date

from briefing.extract import extract
from briefing.model import Document, ExtractedStatement

PUBLISHED = date(2024, 3, 6)


def statements(text: str, published: date | None = PUBLISHED) -> list[ExtractedStatement]:
    return list(extract(Document(text, published=published)).statements)


def speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements(text)]


def test_split_quote_is_one_direct_statement() -> None:
    (found,) = statements(
        "\u201cWe will keep the corridor open,\u201d Halyna Moroz wrote, "
        "\u201cno matter what Moscow does.\u201d"
    )
    assert found.kind == "direct"
    assert found.text == "We will keep the corridor open, no matter what Moscow does."
    assert found.speaker is not None and found.speaker.name == "Halyna Moroz"


def test_inverted_attribution_with_apposition_gives_the_role() -> None:
    (found,) = statements(
        "\u201cThe port is open,\u201d said Ihor Tkachenko, a spokesman for the port authority."
    )
    assert found.speaker is not None
    assert found.speaker.name == "Ihor Tkachenko"
    assert found.speaker.role == "spokesman for the port authority"


def test_title_before_the_name_is_the_role() -> None:
    (found,) = statements("Russian Foreign Minister Sergey Lavrov said talks were pointless.")
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.role) == ("Sergey Lavrov", "Russian Foreign Minister")


def test_pronouns_and_honorifics_carry_to_the_earlier_speaker() -> None:
    text = (
        "Oksana Lysenko, the city's mayor, said the bridge had been hit.\n"
        "\u201cWe will rebuild it,\u201d she said.\n"
        "Ms. Lysenko added that trains would run by Friday."
    )
    assert speakers(text) == ["Oksana Lysenko"] * 3


def test_a_bare_quote_belongs_to_the_speaker_before_it() -> None:
    text = (
        "\u201cThe line is holding,\u201d Col. Nazar Voloshyn told Reuters.\n"
        "\u201cWe have reserves for the winter.\u201d"
    )
    found = statements(text)
    assert [s.speaker.name for s in found if s.speaker] == ["Nazar Voloshyn"] * 2
    assert found[1].outlet == "Reuters"


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "Ukraine's Infrastructure Ministry said 200 ships had used the corridor.\n"
        "The ministry added that insurance costs had fallen."
    )
    assert speakers(text) == ["Ukrainian Infrastructure Ministry"] * 2


def test_anonymous_sources_are_never_pinned_on_a_nearby_name() -> None:
    text = (
        "Halyna Moroz said the port was open.\n"
        "Two officials who spoke on condition of anonymity said a second port was damaged."
    )
    second = statements(text)[1]
    assert second.speaker is not None and second.speaker.kind == "anonymous"
    assert second.status == "unverified"


def test_unattributed_reports_stay_unattributed_and_open_a_claim() -> None:
    text = (
        "There were reports\u2014still unconfirmed\u2014that troops had entered Marinka.\n"
        "Oleh Zhdanov dismissed reports of a breakthrough."
    )
    extraction = extract(Document(text, published=PUBLISHED))
    report, dismissal = extraction.statements
    assert report.speaker is not None and report.speaker.kind == "unattributed"
    assert report.status == "unverified"
    assert dismissal.stance == "disputes" and dismissal.claim_key == report.claim_key
    assert [p.name for p in report.places] == ["Maryinka"]


def test_according_to_names_the_source() -> None:
    (found,) = statements("According to the Interior Ministry, 63 people were detained.")
    assert found.speaker is not None and found.speaker.name == "Interior Ministry"


def test_negated_speech_is_not_a_statement() -> None:
    assert statements("The State Department did not respond to a request for comment.") == []


def test_a_person_named_only_by_title_and_surname_stays_a_person() -> None:
    (found,) = statements("Mr. Hersh said the talks had Washington's support.")
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.kind) == ("Hersh", "person")


def test_document_without_a_published_date_keeps_dates_yearless_and_warns() -> None:
    extraction = extract(
        Document("Ihor Tkachenko told Reuters in a Dec. 3 interview that lines held.")
    )
    (found,) = extraction.statements
    assert found.date.start is None and found.date.month_day == "--12-03"
    assert extraction.warnings


def test_claim_summary_keeps_its_quote_marks_balanced() -> None:
    result = extract(
        Document(
            'Rebel officials reported that the group had struck two ships "linked to Israel."',
            published=PUBLISHED,
        )
    )
    (claim,) = result.claims
    assert claim.summary.count('"') % 2 == 0
    assert claim.summary.endswith('linked to Israel"')


def test_he_after_a_double_rank_is_the_officer_not_his_rank() -> None:
    found = speakers(
        "Military spokesman Lt. Col. Avi Mizrahi dismissed the reports. "
        '"Our forces acted against a direct threat," he said.'
    )
    assert found == ["Avi Mizrahi", "Avi Mizrahi"]
