"""Live blogs, situation reports and wire copy that names bodies and publications at
length: each construction in sentences written for the project."""

from __future__ import annotations

from datetime import date

from briefing.extract import extract
from briefing.model import Document, Extraction

PUBLISHED = date(2024, 8, 23)


def read(text: str) -> Extraction:
    return extract(Document(text, published=PUBLISHED))


LIVE_BLOG = """Live: the fight for the river crossing

Thursday, 22 August

14:20 — The regional governor, Oleh Syniehubov, said two people were wounded near Kupiansk.

09:05 — Officials said the evening before that the road to the crossing was closed.

Wednesday, 21 August

22:40 — Russia's defence ministry said its forces had captured the village of Synkivka.

18:15 — "The crossing is holding," a brigade spokesman told reporters.
"""


def test_live_blog_entries_take_the_day_of_the_heading_above_them() -> None:
    found = read(LIVE_BLOG).statements
    days = [(s.speaker.name if s.speaker else None, s.date.start) for s in found]
    assert days == [
        ("Oleh Syniehubov", date(2024, 8, 22)),
        ("Officials", date(2024, 8, 22)),
        ("Russian Defence Ministry", date(2024, 8, 21)),
        ("a brigade spokesman", date(2024, 8, 21)),
    ]


def test_an_entry_time_or_bullet_is_not_part_of_the_statement() -> None:
    found = read(LIVE_BLOG + "\n- Aid agencies reported that two water stations had stopped.\n")
    assert found.statements[0].text.startswith("The regional governor")
    assert found.statements[-1].text.startswith("Aid agencies reported")
    assert found.statements[-1].speaker is not None
    assert found.statements[-1].speaker.name == "Aid agencies"


def test_yesterday_in_an_entry_is_the_day_before_its_heading() -> None:
    text = "Tuesday, 20 August\n\n11:00 — The mayor said yesterday that the bridge was shut.\n"
    (statement,) = read(text).statements
    assert statement.date.start == date(2024, 8, 19)


def test_a_key_figures_block_gives_no_statements() -> None:
    text = (
        "SITUATION REPORT No. 9\n\nKey figures\n- Displaced: 12,400\n- Shelters open: 31\n"
        "- Confirmed dead: 7\n\nAccess\n- The coordinator, Marta Ruiz, said convoys reached"
        " Sennar on Monday.\n"
    )
    found = read(text).statements
    assert [s.speaker.name for s in found if s.speaker] == ["Marta Ruiz"]


def test_a_report_the_other_side_denies_later_is_disputed() -> None:
    text = (
        "The army said on Sunday it had retaken the bridge at Wad Madani.\n\n"
        "Aid workers said the town was quiet.\n\n"
        "In a later statement, the Rapid Support Forces denied the army's account and said "
        "their fighters still held the bridge.\n"
    )
    (claim,) = [c for c in read(text).claims if "bridge" in c.summary]
    assert claim.status == "disputed"


def test_a_speaker_going_back_on_itself_is_no_dispute() -> None:
    text = (
        "The ministry said its forces had captured Synkivka.\n\n"
        "The ministry later said Synkivka had not fallen.\n"
    )
    statuses = {c.status for c in read(text).claims}
    assert "disputed" not in statuses


def test_a_publication_that_reports_is_speaker_and_outlet() -> None:
    found = read(
        "The trade journal Baltic Freight, citing two agents, reported that premiums had "
        "doubled.\n\nThe state-run daily Pravda Severa, citing a senior source, reported "
        "that the talks had stalled.\n"
    ).statements
    assert [(s.speaker.name, s.speaker.kind, s.outlet) for s in found if s.speaker] == [
        ("Baltic Freight", "organisation", "Baltic Freight"),
        ("Pravda Severa", "organisation", "Pravda Severa"),
    ]


def test_remarks_carried_by_an_agency_name_the_outlet_not_the_speaker() -> None:
    (statement,) = read(
        "According to remarks carried by the state news agency SUNA, the general said the "
        "army would not negotiate.\n"
    ).statements
    assert statement.outlet == "SUNA"
    assert statement.speaker is not None and statement.speaker.name != "SUNA"


def test_a_long_body_name_is_one_speaker() -> None:
    (statement,) = read(
        "The Border Directorate of the FSB for St. Petersburg and the Leningrad Region said "
        "it had detained two men.\n"
    ).statements
    assert statement.speaker is not None
    assert statement.speaker.name == (
        "Border Directorate of the FSB for St. Petersburg and the Leningrad Region"
    )
    assert statement.speaker.kind == "organisation"


def test_two_bodies_joined_by_and_are_not_one_name() -> None:
    (statement,) = read(
        "The Ministry of Defence and the Joint Staff said the drill ended.\n"
    ).statements
    assert statement.speaker is not None and statement.speaker.name == "Joint Staff"


def test_an_acronym_is_not_a_village_of_that_name() -> None:
    (statement,) = read(
        "The UN humanitarian coordinator, Marta Ruiz, said convoys reached Sennar.\n"
    ).statements
    assert [p.name for p in statement.places] == ["Sennar"]


def test_a_cue_with_a_day_and_a_clause_after_it_reports() -> None:
    found = read("Officials said on Tuesday the road was closed.\n\nOkafor responded on Tuesday.\n")
    assert [s.text for s in found.statements] == ["Officials said on Tuesday the road was closed."]


def test_a_subject_that_moved_to_play_down_is_the_speaker() -> None:
    (statement,) = read("Mr. Smith sought on Tuesday to play down the rift.\n").statements
    assert statement.speaker is not None and statement.speaker.name == "Smith"


def test_an_agency_named_after_the_clause_is_the_outlet_not_the_speaker() -> None:
    (statement,) = read(
        "The General Staff denied that Korenevo had been encircled, the state news agency "
        "TASS reported.\n"
    ).statements
    assert (statement.speaker.name, statement.outlet) == ("General Staff", "TASS")


def test_who_was_heard_comes_before_how_they_were_heard() -> None:
    found = read(
        "Residents reached by phone in Soroca said the water was still rising.\n\n"
        "A soldier interviewed by the BBC said the fighting was harder now.\n"
    ).statements
    assert [(s.speaker.name, s.speaker.kind, s.outlet) for s in found if s.speaker] == [
        ("Residents", "anonymous", None),
        ("A soldier", "anonymous", "BBC"),
    ]


def test_unconfirmed_reports_on_social_media_name_nobody() -> None:
    (statement,) = read(
        "Unconfirmed reports on social media said a bridge had collapsed.\n"
    ).statements
    assert statement.speaker is not None and statement.speaker.kind == "unattributed"


def test_the_outlet_can_come_in_the_sentence_after_the_quote() -> None:
    found = read(
        '"It was aimed at the whole region," the minister, Ilze Kalnina, said. '
        "She was speaking to Latvian Radio.\n"
    ).statements
    assert [s.outlet for s in found] == ["Latvian Radio"]


def test_the_same_remarks_went_through_the_same_outlet() -> None:
    found = read(
        "The army said it had retaken the bridge, according to remarks carried by the state "
        'news agency SUNA.\n\n"The road is open," the commander, Osman Idris, said in the '
        "same remarks.\n"
    ).statements
    assert [s.outlet for s in found] == ["SUNA", "SUNA"]


def test_a_quote_is_about_the_place_of_the_statement_just_before_it() -> None:
    found = read(
        "In Ventspils, port officials said loading had resumed. "
        '"We are working, but carefully," the director, Anita Ozola, said.\n\n'
        '"Nothing has changed," Peskov told reporters in Moscow.\n'
    ).statements
    assert [[p.name for p in s.places] for s in found] == [["Ventspils"], ["Ventspils"], []]
