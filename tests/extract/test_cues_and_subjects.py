"""Cues and subjects of newspaper copy that reading real articles showed missing: sentences
written for the project."""

from __future__ import annotations

from datetime import date

from briefing.extract import extract
from briefing.model import Document


def said(text: str) -> list[tuple[str | None, str]]:
    found = extract(Document(text, published=date(2024, 3, 6))).statements
    return [(s.speaker.name if s.speaker else None, s.text) for s in found]


def speakers(text: str) -> list[str | None]:
    return [who for who, _ in said(text)]


def test_a_paragraph_after_a_colon_cue_is_a_block_quote_of_that_speaker() -> None:
    text = (
        '"She is a disgrace," Gov. Tom Reyes said.\n\nThe governor added:\n\n'
        "It is typical of her. She knows nothing, but the talk never stops.\n\n"
        "The mayor declined to comment."
    )
    assert said(text) == [
        ("Tom Reyes", "She is a disgrace"),
        ("Tom Reyes", "It is typical of her. She knows nothing, but the talk never stops."),
    ]


def test_a_speaker_closing_the_sentence_frames_it_with_other_verbs_than_said() -> None:
    assert speakers(
        "Secrecy is no stranger to her campaign, the candidate's former doctor maintains."
    ) == ["candidate's former doctor"]
    assert said("For a first-time candidate, these are important questions.") == []
    assert said("Odum is not walking the walk on his tax claims.") == []


def test_calls_for_and_on_with_a_quote_and_criticism_with_a_quote() -> None:
    assert speakers(
        "President Amal Odum sounded a call for the country to accept more refugees."
    ) == ["Amal Odum"]
    assert speakers(
        'Rep. Adam Shiff called on the administration to "really call out Moscow on this."'
    ) == ["Adam Shiff"]
    assert speakers('In an August speech, Odum attacked "the hateful creed of the militants."') == [
        "Odum"
    ]
    assert said("Artillery attacked the town at dawn.") == []


def test_a_verb_after_then_still_has_its_pronoun_subject() -> None:
    text = "Ana Pardo spoke to the crowd. She then urges her husband to leave the car."
    assert speakers(text) == ["Ana Pardo"]


def test_a_relative_with_the_same_surname_is_another_person() -> None:
    text = (
        "Police shot Keith Lamont Scott on Tuesday. Rakeyia Scott can be heard yelling that "
        'her husband was unarmed.\n\n"Do not shoot him," she says.'
    )
    assert said(text)[-1] == ("Rakeyia Scott", "Do not shoot him")


def test_contracted_progressive_and_charges_that() -> None:
    text = "Donald Odum spoke in Ohio. He’s claiming that voting fraud is a big problem."
    assert speakers(text) == ["Donald Odum"]
    assert speakers("Odum charges that the donors gave money to the fund.") == ["Odum"]
    assert said("Odum was charged with fraud in 2019.") == []


def test_a_possessive_role_an_ad_and_a_list_of_senators_speak() -> None:
    assert speakers('Candidate Gary Lund’s doctor is calling the candidate "extremely fit."') == [
        "Gary Lund’s doctor"
    ]
    assert speakers(
        "A memorable Lund ad in 2008 questioned whether his rival was ready for emergencies."
    ) == ["A memorable Lund ad"]
    assert speakers(
        "Sens. Jeff Marr (D-Ore.), Sherrod Bell (D-Ohio) and Robert Mena (D-N.J.) all "
        "suggested that those claims could ground a fraud case."
    ) == ["Jeff Marr, Sherrod Bell and Robert Mena"]


def test_a_weekday_after_spoke_out_and_a_time_before_the_verb() -> None:
    assert speakers("Hillary Odum spoke out Tuesday about the death of a driver.") == [
        "Hillary Odum"
    ]
    assert speakers("Wells Fargo just this month announced it would drop the incentives.") == [
        "Wells Fargo"
    ]


def test_a_description_is_matched_by_whole_words() -> None:
    text = (
        "Adam Reyes said the vote was fair.\n\nA new ad questioned whether the count was complete."
    )
    assert speakers(text) == ["Adam Reyes", "A new ad"]


def test_a_main_clause_of_speech_before_a_quoted_participle_is_a_statement_too() -> None:
    assert said(
        "In a speech, Odum attacked Lind for her support of the war, saying, "
        '"She is trigger-happy."'
    ) == [
        ("Odum", "In a speech, Odum attacked Lind for her support of the war"),
        ("Odum", "She is trigger-happy."),
    ]
    assert said('"We will win," Odum said, adding, "no doubt about it."') == [
        ("Odum", "We will win"),
        ("Odum", "no doubt about it."),
    ]


def test_called_branded_and_the_following_comment() -> None:
    assert speakers(
        'Ana Moore, a senior adviser, called the remarks on Saturday "a true wake-up call."'
    ) == ["Ana Moore"]
    assert speakers('Japan branded the North an "outlaw nation in the neighborhood."') == ["Japan"]
    assert said("The cargo was branded a hazard by customs.") == []
    text = (
        'On July 6, Bernie Lund made the following comment:\n\n"If they are young, the real '
        'jobless rate is 51 percent."'
    )
    assert said(text) == [
        ("Bernie Lund", "If they are young, the real jobless rate is 51 percent.")
    ]


def test_even_before_a_participle_and_a_document_in_a_concessive_clause() -> None:
    assert said(
        "The nominee Carl Odum complained about his mic, even suggesting he may have been "
        "sabotaged."
    )[-1] == ("Carl Odum", "suggesting he may have been sabotaged")
    assert said(
        "Odum accused Holt of being a Democrat, though a review of records indicates he has "
        "been a Republican since 2003."
    ) == [
        ("Odum", "Odum accused Holt of being a Democrat"),
        (
            "a review of records",
            "a review of records indicates he has been a Republican since 2003",
        ),
    ]


def test_a_restrictive_who_said_is_said_by_the_noun_before_it() -> None:
    assert said(
        "Odum refused to pay an architect who said he was stiffed after building a clubhouse."
    ) == [("an architect", "said he was stiffed after building a clubhouse")]
    assert said("The host took calls from listeners who said they had doubts.") == [
        ("listeners", "said they had doubts")
    ]
    assert said(
        '"I have all I need," Scott Bell said, cutting off a reporter who asked about money.'
    ) == [("Scott Bell", "I have all I need")]


def test_quotes_on_both_sides_of_a_participle_are_two_statements() -> None:
    assert said(
        '"We cannot afford this anymore," Odum said, adding later, "The alliance costs us '
        'a fortune."'
    ) == [("Odum", "We cannot afford this anymore"), ("Odum", "The alliance costs us a fortune.")]
    assert said('"No doubt," Odum said, "about it."') == [("Odum", "No doubt, about it.")]


def test_by_saying_is_what_the_main_verb_did_and_by_asking_is_no_speech() -> None:
    assert said(
        "President Amal Odum responded to a mother on Wednesday by saying his refusal was a "
        "manufactured issue."
    ) == [("Amal Odum", "saying his refusal was a manufactured issue")]
    assert said("Congress can act by asking prosecutors to charge someone.") == []
    assert said(
        '"It is insane," Ben Sand said, going on to say that the country has fought racism.'
    )[-1] == ("Ben Sand", "going on to say that the country has fought racism")


def test_every_participle_cue_holds_the_letters_its_clause_is_looked_for_by() -> None:
    """A participle clause's patterns run only in a sentence holding "ing": a cue without it
    would never be found."""
    from briefing.extract.participles import PARTICIPLE_CUES

    assert [cue for cue in PARTICIPLE_CUES if "ing" not in cue] == []
    said = extract(Document("The mayor spoke on Monday, adding that the bridge was closed."))
    assert any("bridge was closed" in s.text for s in said.statements)


def test_an_opening_participle_is_said_by_the_main_clauses_speaker() -> None:
    assert said(
        "Claiming the criticism of the host is meant to pressure moderators, Donald Odum told "
        "Fox that the host was soft."
    ) == [
        ("Donald Odum", "Claiming the criticism of the host is meant to pressure moderators"),
        ("Donald Odum", "Donald Odum told Fox that the host was soft."),
    ]


def test_documents_and_people_named_by_a_noun_speak_in_the_present() -> None:
    assert speakers("The woman disputes the idea that she needed a hospital.") == ["The woman"]
    assert speakers("Still, the truck story suggests the government needs a plan.") == [
        "the truck story"
    ]
    assert speakers("Davis' commentary stated there are many questions.") == ["Davis' commentary"]
    assert speakers("However, Ivana Odum's brief said that was not her view.") == [
        "Ivana Odum's brief"
    ]
    assert said("The disputes over the border dragged on.") == []


def test_an_appositive_after_the_subject_and_a_bare_first_verb() -> None:
    assert said(
        "Howard Dean, a medical doctor, then appeared on the show and began by saying he would "
        "never diagnose anyone."
    ) == [("Howard Dean", "saying he would never diagnose anyone")]
    assert said("His ex-wife agreed, but also contended that she should keep her privacy.") == [
        ("His ex-wife", "contended that she should keep her privacy")
    ]


def test_a_participle_after_a_news_conference_and_it_was_time() -> None:
    assert said(
        '"We will get there," Ana Lind said at a recent news conference announcing that her '
        "department was suing the state."
    ) == [
        ("Ana Lind", "We will get there"),
        ("Ana Lind", "announcing that her department was suing the state"),
    ]
    assert said(
        '"Unity means prosperity," Ana Lind said in the Oval Office, emphasizing it was time '
        "to end the sanctions."
    )[-1] == ("Ana Lind", "emphasizing it was time to end the sanctions")


def test_a_role_noun_before_a_verb_in_s_and_a_when_clause_of_speech() -> None:
    assert speakers("The GOP candidate proposes letting parents deduct the cost of care.") == [
        "The GOP candidate"
    ]
    assert said(
        "The spot ends with footage of Odum at the debate, when Ana Lind blasted him for not "
        "paying income tax."
    ) == [("Ana Lind", "Ana Lind blasted him for not paying income tax")]


def test_a_two_word_cue_with_a_colon_is_no_heading() -> None:
    text = (
        '"I have never seen anything so transparent," Rush Lamb said on his show.\n\n'
        "Lamb added:\n\nAnd from a front-runner, this reeks of fear.\n\nRelated:\n\n"
        "The debate is on Monday."
    )
    assert said(text) == [
        ("Rush Lamb", "I have never seen anything so transparent"),
        ("Rush Lamb", "And from a front-runner, this reeks of fear."),
    ]


def test_who_after_an_aside_and_a_year_is_the_name_before_the_aside() -> None:
    assert said(
        "Obama has had a frosty relationship with Mitch Connell, now the majority leader, who "
        "in 2010 said the goal was to make Obama a one-term president."
    ) == [("Mitch Connell", "said the goal was to make Obama a one-term president")]


def test_a_report_before_the_clause_a_quote_hangs_on_is_a_statement_too() -> None:
    text = (
        "Ivanka Odum spoke in the interview. She said fathers who adopt would not be eligible "
        "for the leave, and when pressed on why the plan leaves out dads, the mother of three "
        'replied, "It is meant to benefit the mother."'
    )
    assert said(text) == [
        (
            "Ivanka Odum",
            "She said fathers who adopt would not be eligible for the leave, and when pressed "
            "on why the plan leaves out dads",
        ),
        ("Ivanka Odum", "It is meant to benefit the mother."),
    ]
    assert said('Ana Lind said, "We will win."') == [("Ana Lind", "We will win.")]


def test_a_quoted_question_and_its_tag_are_one_sentence() -> None:
    text = (
        '"That is right, Donald," Mel Reyes said to the nominee.\n\n'
        '"Who would have believed we would get 14 million votes?" Donald Odum said, looking '
        "out on the crowd."
    )
    assert said(text)[-1] == (
        "Donald Odum",
        "Who would have believed we would get 14 million votes?",
    )


def test_a_place_after_the_verb_a_suffix_and_a_person_for_a_firm() -> None:
    assert said('"Absolutely hate this framing," Vann Newkirk II, a writer, said on Twitter.') == [
        ("Vann Newkirk II", "Absolutely hate this framing")
    ]
    assert said('"The impact is still small," wrote Cameron Easley for Morning Consult.') == [
        ("Cameron Easley", "The impact is still small")
    ]


def test_a_name_and_its_aside_before_a_first_verb_speak_after_and() -> None:
    text = (
        "Protesters marched on Friday. Donald Odum, her Republican opponent, bemoaned the "
        "unrest and said drugs were a big factor."
    )
    assert [who for who, _ in said(text)] == ["Donald Odum"]


def test_called_x_in_favor_of_y_a_mistake_and_a_topic_verb_after_an_aside() -> None:
    assert said(
        "At the forum, Hillary Odum called her vote in favor of the war a mistake, but she "
        "noted that Ivo Brandt also supported the invasion."
    ) == [
        (
            "Hillary Odum",
            "At the forum, Hillary Odum called her vote in favor of the war a mistake",
        ),
        ("Hillary Odum", "she noted that Ivo Brandt also supported the invasion"),
    ]
    assert said("The mayor called the meeting in a hurry.") == []
    assert said(
        "Lena Holt met police leaders, and - in the wake of the attacks - she has spoken about "
        "the need for reforms."
    ) == [("Lena Holt", "she has spoken about the need for reforms")]
    assert [
        text
        for _, text in said(
            "Crew members said he rated contestants and talked about which ones he liked."
        )
    ] == ["Crew members said he rated contestants and talked about which ones he liked."]


def test_a_quote_after_a_participle_is_the_main_subjects_with_no_verb_of_speech() -> None:
    text = (
        'David Axel called on him to apologize. "He really should," Axel said.\n\n'
        "Dean, a former party chairman, poked at Odum's sniffing during the debate, tweeting, "
        '"Notice Odum sniffing all the time."'
    )
    assert said(text)[-1] == ("Dean", "Notice Odum sniffing all the time.")


def test_bylines_owned_nouns_and_passive_infinitives_are_no_statements() -> None:
    assert said("Julie Davis reported from Midway Atoll, and Mark Land from Kaneohe Bay.") == []
    assert said("She holds a newly created role as state counselor to the president.") == []
    assert (
        said("Whether Lind gains from it is an open question, though one soon to be answered.")
        == []
    )
    assert [
        who
        for who, _ in said(
            "A judge may not enforce it because of Pagliano's Fifth Amendment claims, prosecutors say."
        )
    ] == ["prosecutors"]
    assert [who for who, _ in said("Democrats contend the count was fair.")] == ["Democrats"]


def test_maintains_reports_only_with_that_or_closing_the_sentence() -> None:
    assert said("The Bush Center in Dallas maintains a program for young leaders.") == []
    assert [who for who, _ in said("The minister maintained that the talks had failed.")] == [
        "minister"
    ]


def test_jobs_descriptions_sums_and_headlines_are_no_statements() -> None:
    assert said("He hosts a Sunday talk show, writes a weekly column and leads a program.") == []
    assert said("A self-described geeky kid, Mr. Cruz changed his name as a teenager.") == []
    assert said("In all, those promises add up to more than $8.5 million.") == []
    assert said("Anthony Weiner Reportedly Caught In Yet Another Scandal.") == []
    assert said("Officials reportedly met on Monday.") == [
        ("reports", "Officials reportedly met on Monday.")
    ]
    assert said("Marco Ruiz hit back on Thursday, tweeting the following:") == []


def test_called_never_reads_past_the_sentence() -> None:
    assert (
        said("The mine was built near a stream called Miracle Run. A few people still fish there.")
        == []
    )
    assert [
        who
        for who, _ in said(
            "At the forum, Hillary Odum called her vote in favor of the Iraq War a mistake."
        )
    ] == ["Hillary Odum"]


def test_each_before_a_participle_is_the_subjects_statement() -> None:
    assert said(
        "Donald Odum and Hillary Lind vied for the title on Wednesday, each touting their own "
        "experience and saying the other lacks the judgment to lead."
    ) == [
        (
            "Donald Odum and Hillary Lind",
            "touting their own experience and saying the other lacks the judgment to lead",
        )
    ]
