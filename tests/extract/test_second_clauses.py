"""A second speaker in one sentence, and speakers named by a title or a quantifier: sentences
written for the project in the manner of newspaper copy."""

from __future__ import annotations

from datetime import date

from briefing.extract import extract
from briefing.extract.names import named_people
from briefing.model import Document


def said(text: str) -> list[tuple[str | None, str]]:
    found = extract(Document(text, published=date(2024, 3, 6))).statements
    return [(s.speaker.name if s.speaker else None, s.text) for s in found]


def test_a_concessive_clause_with_its_own_verb_is_a_second_statement() -> None:
    assert said(
        "Councillor Ines Varga said the ferry would run on Monday, though she acknowledged "
        "the weather could stop it."
    ) == [
        ("Ines Varga", "Councillor Ines Varga said the ferry would run on Monday"),
        ("Ines Varga", "she acknowledged the weather could stop it"),
    ]


def test_a_concessive_clause_of_a_group_stays_with_the_group() -> None:
    assert said(
        "Supporters, including the Port Workers Union, have urged the council to keep the plan, "
        "although they say they back some of the changes."
    ) == [
        (
            "Supporters",
            "Supporters, including the Port Workers Union, have urged the council to keep the plan",
        ),
        ("Supporters", "they say they back some of the changes"),
    ]


def test_a_joined_clause_with_a_lower_case_group_is_the_groups_statement() -> None:
    assert said(
        "Governor Tomas Hale said the levee was safe, and human rights groups warned that "
        "the camps were full."
    ) == [
        ("Tomas Hale", "Governor Tomas Hale said the levee was safe"),
        ("human rights groups", "human rights groups warned that the camps were full"),
    ]


def test_called_it_after_and_is_a_second_statement() -> None:
    assert said(
        "Ed Brandt said he had fought pneumonia twice and called it a common illness on long "
        "campaigns."
    ) == [
        ("Ed Brandt", "Ed Brandt said he had fought pneumonia twice"),
        ("Ed Brandt", "called it a common illness on long campaigns"),
    ]


def test_a_concessive_clause_with_no_speaker_of_its_own_stays_in_the_sentence() -> None:
    assert said("Mayor Rita Osei said the bridge would reopen, though mostly welcomed.") == [
        ("Rita Osei", "Mayor Rita Osei said the bridge would reopen, though mostly welcomed.")
    ]


def test_the_senator_is_the_senator_named_by_an_abbreviated_title() -> None:
    text = (
        "Sen. Bernie Olsen said he wants to close four provisions.\n\n"
        "The senator said he would introduce a bill next session."
    )
    assert [who for who, _ in said(text)] == ["Bernie Olsen", "Bernie Olsen"]


def test_the_president_is_the_president_named_in_passing() -> None:
    text = (
        'With turnout in doubt, President Adeyemi is trying a new message: "It is about me."\n\n'
        "The president told voters he would take it as an insult if they stayed home."
    )
    assert [who for who, _ in said(text)][-1] == "Adeyemi"


def test_his_lawyer_is_not_the_lawyer_named_before() -> None:
    text = (
        "Lawyer Carla Mendes said the emails were handed over in full.\n\n"
        "The panel held the technician in contempt on Thursday. His lawyer said he would not "
        "answer questions."
    )
    assert said(text)[-1][0] == "His lawyer"


def test_an_inverted_attribution_opening_the_sentence_names_the_speaker() -> None:
    text = (
        'Analysts say the plan would make the code worse. Said Ellis Ward: "I do not think '
        'she cares about reform."\n\nSays Mayor Ruth Lane: "We are ready."'
    )
    assert said(text) == [
        ("Analysts", "Analysts say the plan would make the code worse."),
        ("Ellis Ward", "I do not think she cares about reform."),
        ("Ruth Lane", "We are ready."),
    ]


def test_a_quantifier_is_the_speaker_never_the_name_in_what_it_says() -> None:
    assert [who for who, _ in said("But some note that Odum has proposed little.")] == ["some"]
    assert [who for who, _ in said("Still, many argue that Odum has proposed little.")] == ["many"]


def test_a_described_subject_keeps_its_person_salient_for_he() -> None:
    text = (
        'President Adeyemi spoke at length. "They would not agree," Mr. Okoro said in an '
        "interview.\n\nIn defeat, the president appeared cowed. Campaigning in 2012, he "
        "barely mentioned the climate."
    )
    assert said(text)[-1][0] == "Adeyemi"


def test_the_speaker_of_a_quote_outranks_a_name_in_its_aside() -> None:
    text = (
        '"We have shown the world we can float," Mr. Adeyemi said, not even needing to name '
        "the author of that boast, Tom Ruiz, who died in June. Voters, he said, can "
        '"rock like Jimi."'
    )
    assert [who for who, _ in said(text)] == ["Adeyemi", "Adeyemi"]


def test_made_it_clear_reports_and_a_name_in_it_is_not_he() -> None:
    text = (
        "In an interview with a radio host, Gen. Carl Hamm made it clear he had misgivings "
        'about the army under President Rolf Baker.\n\n"It was demoralizing," he told the host.'
    )
    assert [who for who, _ in said(text)] == ["Carl Hamm", "Carl Hamm"]


def test_a_progressive_phrasal_verb_reports() -> None:
    assert said("Donald Odum is raising questions about his microphone at the debate.") == [
        ("Donald Odum", "Donald Odum is raising questions about his microphone at the debate.")
    ]


def test_a_relative_clause_after_a_long_subject_is_said_by_the_body_it_names() -> None:
    assert said(
        "The push to stop the bill has also drawn in members of the Saudi government, which "
        "has strongly denied any role in the attacks."
    ) == [("Saudi Government", "denied any role in the attacks")]


def test_a_relative_clause_between_dashes_ends_at_the_second_dash() -> None:
    assert said(
        "The study -- which notes that 58 companies would owe more in taxes -- was released "
        "on Monday."
    ) == [("The study", "notes that 58 companies would owe more in taxes")]


def test_a_family_is_a_subject_not_an_adverb() -> None:
    assert said(
        "Scott's family has called on police to release the videos and called on people to "
        "protest peacefully."
    ) == [
        ("Scott's family", "Scott's family has called on police to release the videos"),
        ("Scott's family", "called on people to protest peacefully"),
    ]


def test_and_says_without_a_subject_is_a_second_statement() -> None:
    assert said(
        "Donald Odum is telling a veterans group that the army is depleted and says he will "
        "expand it."
    ) == [
        ("Donald Odum", "Donald Odum is telling a veterans group that the army is depleted"),
        ("Donald Odum", "says he will expand it"),
    ]


def test_an_opening_clause_of_speech_is_a_statement_of_its_own() -> None:
    assert said("When Petra Lind denied the report, Ivo Keller said it was true.") == [
        ("Petra Lind", "Petra Lind denied the report"),
        ("Ivo Keller", "Ivo Keller said it was true."),
    ]
    assert said("Petra Lind spoke. While she said the vote was fair, the count was slow.") == [
        ("Petra Lind", "While she said the vote was fair, the count was slow.")
    ]


def test_her_lawyer_named_in_the_next_sentence_is_that_lawyer() -> None:
    text = (
        "A court in Izmir on Tuesday ordered the release of the reporter Ayla Demir, her lawyer "
        'said.\n\n"She will be home tonight," Emre Tan, Ms. Demir\'s lawyer, told reporters.'
    )
    assert [who for who, _ in said(text)] == ["Emre Tan", "Emre Tan"]


def test_a_description_keeps_its_party_and_a_campaign_is_no_person() -> None:
    text = (
        "The Democratic nominee spoke first.\n\n"
        'The Republican nominee also outlined his plan and vowed to punish "those who leak."'
    )
    assert said(text)[-1][0] == "The Republican nominee"
    text = (
        "Tom Lovas, a state chairman of the Odum campaign, said the rally was full.\n\n"
        "The campaign says the candidate will announce plans on Friday."
    )
    assert said(text)[-1][0] == "The campaign"


def test_a_known_outlet_reporting_is_a_body_and_the_agent_of_a_passive() -> None:
    found = extract(
        Document("The issue was first reported by The Washington Post.", published=date(2024, 3, 6))
    ).statements
    assert [(s.speaker.name, s.speaker.kind) for s in found if s.speaker] == [
        ("Washington Post", "organisation")
    ]


def test_an_adverb_opening_the_sentence_is_not_its_subject() -> None:
    text = (
        "The Baltic Port Authority met on Monday. Recently, however, it issued a paper "
        "welcoming the plans, and calling for new berths in the east."
    )
    assert "Recently" not in [who for who, _ in said(text)]


def test_he_or_she_finds_the_one_person_named_before_it_in_its_sentence() -> None:
    text = (
        "Tom Reyes hosted the show. His guest, the actress Kamala Lopez, was moved as she "
        "called for justice."
    )
    assert said(text)[-1][0] == "Kamala Lopez"
    text = (
        "Ivo Keller spoke first.\n\n"
        '"My adviser, John Holm, will issue a chart now and then," he said.'
    )
    assert said(text)[-1][0] == "Ivo Keller"


def test_nobody_in_particular_and_a_bare_determiner_are_no_speakers() -> None:
    assert "TV" not in [
        who
        for who, _ in said(
            "Not that anyone on the business side of TV is arguing about the show's ratings."
        )
    ]
    text = (
        "The video has become a focal point for marchers here, who have taken to the streets "
        "and called for footage to be released."
    )
    assert "The" not in [who for who, _ in said(text)]


def test_an_inverted_source_closing_the_sentence_outranks_a_clause_before_it() -> None:
    text = (
        "The refusal did not go over well with Republicans, and the meeting soured from there, "
        "said one GOP source in the room."
    )
    assert [who for who, _ in said(text)] == ["one GOP source"]
    text = '"We will see," Rep. Jim Orr (R-Ohio), a panel member, said in a phone interview.'
    assert [who for who, _ in said(text)] == ["Jim Orr"]


def test_who_asked_not_to_be_named_is_no_second_statement() -> None:
    assert said(
        "A shipping broker in Istanbul, who asked not to be named, said two traders had paused "
        "charters."
    ) == [
        (
            "A shipping broker in Istanbul",
            "A shipping broker in Istanbul, who asked not to be named, said two traders had "
            "paused charters.",
        )
    ]
    assert [
        who
        for who, _ in said(
            "The backing came from Ruth Ames, a former senator, who said the plan was sound."
        )
    ] == ["Ruth Ames"]


def test_a_title_inside_the_quote_is_not_who_asks() -> None:
    text = (
        "Donald Odum spoke at a rally in Novi.\n\n"
        '"Mr. President, will you pledge not to issue a pardon?" he asks.'
    )
    assert said(text)[-1][0] == "Donald Odum"


def test_a_shared_surname_is_the_one_named_in_full_last() -> None:
    text = (
        "Bobby Scott has served for decades. Sen. Tim Scott of Ohio spoke too.\n\n"
        'Later, Bobby Scott was asked about money. "He has not shown ambition," said Quentin '
        "Kidd, a political scientist.\n\n"
        'Scott bristles at the suggestion he will not be ready. "I have raised all I needed," '
        "he said."
    )
    assert said(text)[-1][0] == "Bobby Scott"


def test_a_surname_as_a_modifier_and_a_name_in_what_was_said_are_not_he_or_she() -> None:
    text = (
        '"The campaign is in panic mode," said Leslie Wimes, a party official.\n\n'
        "Wimes believes the Clinton campaign took voters for granted, after Hillary Clinton "
        'spoke in May. "They have a big problem," she said.'
    )
    assert said(text)[-1][0] == "Leslie Wimes"
    text = (
        '"We need people of substance," said Cornell Brooks, president of the group. '
        "People like Bobby Scott, he said."
    )
    assert [who for who, _ in said(text)] == ["Cornell Brooks", "Cornell Brooks"]


def test_a_name_after_capitalised_title_words_is_found_and_opens_its_sentence() -> None:
    text = (
        '"The veto will be overridden," Senate Majority Leader Mitch Connell, R-Ky., said '
        "Tuesday.\n\nHouse Speaker Paul Ryder, R-Wis., despite admitting he had concerns, "
        "believes Connell is right about the override.\n\n"
        '"I do think the votes are there," he said.'
    )
    assert [who for who, _ in said(text)] == ["Mitch Connell", "Paul Ryder"]


def test_the_president_is_not_one_of_the_presidents_aides() -> None:
    text = (
        'President Adeyemi spoke at length. "They would not agree," said Ben Rhodes, one of '
        "the president's closest aides.\n\nThe president's Pacific roots also came into play. "
        "In Honolulu last week, he told island leaders that few people understood the stakes."
    )
    assert said(text)[-1][0] == "Adeyemi"


def test_a_question_quoted_then_demanded_by_its_speaker() -> None:
    text = (
        '"Every time you say that, you help them," Sen. Jon Tate said.\n\n'
        '"Why is this bank not too big to manage?" Sen. David Vitt demanded.'
    )
    assert said(text)[-1] == ("David Vitt", "Why is this bank not too big to manage?")


def test_a_shared_surname_after_said_is_the_one_who_spoke_not_a_relative_named_since() -> None:
    text = (
        '"I will tell the truth," Sen. Ted Cruz said at the time.\n\n'
        "Donald Odum also retweeted a photo of Heidi Cruz beside a photo of his own wife.\n\n"
        '"I do not support people who attack my wife," Cruz said in July.\n\n'
        '"The day that was broken was the day this became personal," he said.'
    )
    assert [who for who, _ in said(text)] == ["Ted Cruz", "Ted Cruz", "Ted Cruz"]


def test_no_name_is_read_from_a_title_case_headline() -> None:
    headline = "Black Lawmakers Rip Donald Odum Over Remarks"
    assert named_people(headline, 0, len(headline)) == []
    sentence = "Lawmakers said Donald Odum was wrong."
    assert [p.name for _, p in named_people(sentence, 0, len(sentence))] == ["Donald Odum"]


def test_attorneys_for_the_family_are_not_the_attorney_named_next() -> None:
    text = (
        "The relatives watched the video on Thursday, attorneys for the family said. In a "
        "statement, one of the family's attorneys, Justin Bamberg, said the video shows the "
        "man leaving his car."
    )
    assert [who for who, _ in said(text)] == ["attorneys for the family", "Justin Bamberg"]


def test_once_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "Once in my early 20s, when my mother mentioned the devil, I laughed and said, "
        '"I do not believe in the devil."'
    )
    assert "Once" not in [who for who, _ in said(text)]
