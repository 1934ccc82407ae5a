"""Word lists the extraction rules share: reporting verbs, titles, organisations, demonyms.

Kept as plain data so a rule reads as English ("a title before a name") and a
missing word is a one-line fix; ``lower_words`` gives the words of a text to test against
a list, and ``word_patterns`` makes a list one pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from briefing.extract.word_patterns import word_alternation

_LISTED_VERBS: Final = frozenset(
    """
    said says say told tells wrote writes added adds conceded concedes acknowledged
    acknowledges dismissed dismisses denied denies rejected rejects warned warns accused
    accuses reported reports claimed claims stated states announced announces insisted insists
    noted notes argued argues explained explains declared declares confirmed confirms admitted
    admits maintained maintains stressed stresses emphasized emphasised emphasizes emphasises
    urged urges vowed vows pledged pledges suggested suggests asserted asserts alleged alleges
    cautioned cautions predicted predicts tweeted posted replied replies responded responds
    countered counters disputed disputes refuted refutes recalled recalls attributed attributes
    blamed blames estimated estimates promised promises threatened threatens questioned
    questions called calls disclosed discloses revealed reveals indicated
    indicates assured assures agreed agrees observed observes remarked remarks complained
    complains condemned condemns welcomed welcomes criticized criticised criticizes criticises
    retracted retracts asked asks show shows showed shown found finds proposed proposes touted touts
    charged charges branded brands dubbed dubs labeled labelled labels
    decried decries saying telling calling touting arguing claiming insisting warning
    urging accusing promising vowing suggesting pointing questioning criticizing
    """.split()
)
SPEECH_LEMMAS: Final = tuple(
    """
    say tell add write note argue claim insist explain announce declare warn urge predict
    suggest acknowledge concede deny reject dismiss question criticize criticise accuse
    complain confirm reveal disclose vow pledge promise threaten recall describe ask report
    tweet mock joke praise challenge condemn conclude state admit quip boast lament tout
    decry applaud denounce brag recount reiterate contend assert allege stress reply retort
    demand testify answer remark comment propose respond counter caution concur lambast defend
    repeat cite mention
    """.split()
)
"""Verbs that are speech in every form (``says``, ``said``, ``saying``, ``admit``)."""


def _forms(lemma: str) -> set[str]:
    """say → say says said saying; admit → admit admits admitted admitting; …"""
    irregular = {"say": "said", "tell": "told", "write": "wrote"}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    past = irregular.get(lemma) or (
        lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else stem + "ed"
    )
    if lemma in ("admit", "quip", "regret"):
        past = lemma + lemma[-1] + "ed"
    third = (
        lemma[:-1] + "ies"
        if past.endswith("ied")
        else (lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s")
    )
    doubled = lemma + lemma[-1] if lemma in ("admit", "quip") else stem
    return {lemma, third, past, doubled + "ing"}


SPEECH_FORMS: Final = frozenset(form for lemma in SPEECH_LEMMAS for form in _forms(lemma))
BASE_FORMS: Final = frozenset(SPEECH_LEMMAS)
"""Plain forms (``the two admit``, ``they say``): speech only after their subject, never
after ``to`` (``declined to comment`` is no statement)."""

CRITICISM_FORMS: Final = frozenset(
    """
    attacked attacks attacking blasted blasts blasting slammed slams slamming hammered hammers
    hammering ripped rips ripping knocked knocks scolded scolds chided chides faulted faults
    thanked thanks thanking hailed hails lauded lauds commended commends castigated castigates
    berated berates
    """.split()
)
"""Verbs that are speech only when a reason or a label follows their object ("blasted him for
not paying", "attacked her opponent as a fraud"): "forces attacked the town" is not."""

PROGRESSIVE_ONLY: Final = frozenset(
    """
    saying telling calling touting arguing claiming insisting warning urging accusing
    promising vowing suggesting pointing questioning criticizing
    """.split()
) | frozenset(form for form in SPEECH_FORMS if form.endswith("ing"))
REPORTING_VERBS: Final = _LISTED_VERBS | SPEECH_FORMS | CRITICISM_FORMS
"""-ing forms that report only after ``is``/``was`` (``Lind is telling voters``); after a
comma they open a participle clause (see ``participles``)."""
DOCUMENT_NOUNS: Final = frozenset(
    """
    poll polls survey surveys study studies report reports analysis data research review
    investigation audit records filings figures statistics census tally count estimates
    emails documents results photos videos images footage paper papers findings numbers
    researchers scientists economists analysts experts researcher outcome returns transcripts
    average averages polling video slide slides memo transcript letter ad ads advertisement
    commercial story article piece column editorial book brief commentary lawsuit complaint
    filing panel jury inquiry website document
    """.split()
)
"""What can ``show`` or ``find`` something the way a person says it (``a new poll shows``)."""
"""Verbs that introduce speech. ``called`` and ``attributed`` count only with their
particles (``called for``, ``attributed … to``); see ``attribution``."""

PHRASAL_REPORTING: Final = (
    "went on to say",
    "went on to acknowledge",
    "went on to add",
    "went on to explain",
    "goes on to say",
    "poured cold water on",
    "pour cold water on",
    "played down",
    "play down",
    "downplayed",
    "pushed back on",
    "pushed back against",
    "brushed aside",
    "brushed off",
    "cast doubt on",
    "pointed to",
    "points to",
    "pointed out",
    "points out",
    "talked about",
    "talks about",
    "spoke about",
    "spoke of",
    "commented on",
    "commenting on",
    "referred to",
    "refers to",
    "referring to",
    "calling on",
    "called on",
    "calls on",
    "made it clear",
    "makes it clear",
    "made clear",
    "makes clear",
    "made the following comment",
    "made the following comments",
    "made the following remarks",
    "made the following statement",
    "sounded a call for",
    "issued a call for",
    "raised questions about",
    "raising questions about",
)

NON_SPEECH_AFTER: Final = frozenset("for in off out up on".split())
"""``said`` is speech; ``called off`` is not: particles that turn a verb away from speech."""

PRONOUNS_PERSON: Final = frozenset("he she".split())
PRONOUNS_GROUP: Final = frozenset("they we".split())

TITLE_WORDS: Final = frozenset(
    """
    mr mrs ms miss dr prof gen general lt lieutenant col colonel maj major capt captain
    commodore rear vice brig brigadier marshal field cmdr commander adm admiral sgt sergeant
    cpl corporal brig brigadier president vice prime minister ministers foreign defense defence
    interior deputy secretary chancellor gov governor mayor sen senator rep representative
    judge justice ambassador envoy spokesman spokeswoman spokesperson king queen prince
    princess pope sheikh emir chief commissioner director head chairman chairwoman chair
    speaker premier attorney state first lady lord sir dame rev father archbishop bishop
    councillor councilor councilman councilwoman alderman leader whip
    """.split()
)
"""Words that may stand in a title before a name (``Russian Foreign Minister Sergey Lavrov``)."""

HONORIFIC_ABBREVIATIONS: Final = frozenset(
    """
    mr. mrs. ms. dr. prof. gen. lt. col. maj. capt. cmdr. adm. sgt. cpl. brig. gov. sen. rep.
    rev. fr. sir dame
    """.split()
)

TITLE_ABBREVIATIONS: Final = {
    "sen.": "senator", "rep.": "representative congressman congresswoman", "gov.": "governor",
    "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "maj.": "major",
    "capt.": "captain", "adm.": "admiral", "sgt.": "sergeant", "brig.": "brigadier",
    "dr.": "doctor", "prof.": "professor", "rev.": "reverend",
}  # fmt: skip
"""What an abbreviated title stands for, so "the senator" finds "Sen. Ivo Marsh"."""

ORGANISATION_HEADS: Final = frozenset(
    """
    ministry ministries department office administration agency council army navy forces force
    command staff service services committee commission government kremlin pentagon cabinet
    parliament assembly court tribunal police guard guards authority authorities organization
    organisation institute university company corporation group bank fund union alliance
    coalition party movement front brigade battalion regiment nations parliament council
    survey institute observatory center centre programme program
    committee ministry directorate bureau embassy mission secretariat presidency headquarters
    operator operators port airport railway railways network broadcaster newspaper nato un
    hamas hezbollah idf opec who iaea osce
    """.split()
)
"""A capitalised phrase ending in one of these names a body, not a person."""

ANONYMOUS_MARKERS: Final = (
    "anonymity",
    "anonymous",
    "unnamed",
    "not authorized to",
    "not authorised to",
    "familiar with",
    "close to",
    "with knowledge of",
    "who declined to be named",
    "who asked not to be named",
    "who did not want to be named",
)

GROUP_NOUNS: Final = frozenset(
    """
    officials official sources source people diplomats diplomat analysts analyst officers
    officer residents resident witnesses witness aides aide experts expert observers observer
    insiders insider lawmakers lawmaker investigators investigator soldiers soldier commanders
    commander spokesman spokeswoman spokesperson representatives representative members member
    staff firm firms lines carriers operators traders brokers companies shipowners insurers
    bloggers media mediators negotiators monitors monitor rescuers workers volunteers
    activists organizers organisers protesters leaders prosecutors lawyers doctors medics
    critics economists rebels militants fighters authorities meteorologists scientists
    researchers engineers forecasters strategists specialists executives advocates supporters
    voters respondents democrats republicans senators advisers advisors donors delegates
    pollsters historians scholars professors teachers students parents allies opponents
    backers staffers campaigners consultants operatives economists veterans farmers owners
    employees managers investors executives officers agents detectives scientists physicians
    nurses police prosecutors defenders judges jurors governors mayors legislators congressmen
    participants attendees demonstrators organizers spokespeople sources attorneys
    """.split()
)

DEMONYMS: Final = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "british": "United Kingdom", "chinese": "China", "french": "France", "german": "Germany",
    "israeli": "Israel", "palestinian": "Palestine", "russian": "Russia",
    "ukrainian": "Ukraine", "philippine": "Philippines", "filipino": "Philippines",
    "qatari": "Qatar", "egyptian": "Egypt", "estonian": "Estonia", "sudanese": "Sudan", "turkish": "Turkey", "polish": "Poland",
    "iranian": "Iran", "yemeni": "Yemen", "belarusian": "Belarus", "moldovan": "Moldova",
    "romanian": "Romania", "japanese": "Japan", "korean": "South Korea", "indian": "India",
    "pakistani": "Pakistan", "saudi": "Saudi Arabia", "syrian": "Syria", "lebanese": "Lebanon",
    "jordanian": "Jordan", "italian": "Italy", "spanish": "Spain", "dutch": "Netherlands",
    "swedish": "Sweden", "finnish": "Finland", "norwegian": "Norway", "danish": "Denmark",
    "canadian": "Canada", "australian": "Australia", "vietnamese": "Vietnam",
    "taiwanese": "Taiwan", "hungarian": "Hungary", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kenyan": "Kenya",
    "nigerian": "Nigeria", "brazilian": "Brazil", "mexican": "Mexico", "western": None,
}  # fmt: skip
"""Adjective → country; ``None`` marks adjectives that are a role word but no country."""

MONTHS: Final = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

SENTENCE_OPENERS: Final = frozenset(
    """
    however but and also meanwhile separately still yet nevertheless nonetheless moreover
    instead later earlier then now today yesterday last this in on at by since after before
    during while when although though as according speaking writing asked once
    """.split()
)
"""Capitalised words at the start of a sentence that are not names."""


US_STATES: Final = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|"
    r"Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|"
    r"Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|"
    r"N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Tex\.|Vt\.|Va\.|Wash\.|"
    r"W\.Va\.|Wis\.|Wyo\.|D\.C\."
)
"""A US state after a town ("Springfield, Ohio,", "Ashton, Md.,"): an address, never a speaker;
full names and the abbreviations wire style uses."""


def is_word_character(character: str) -> bool:
    """What ``\\w`` matches."""
    return character.isalnum() or character == "_"


def last_words(text: str, count: int) -> list[str]:
    """The last ``count`` words of ``text`` (or fewer), as ``str.split`` cuts it."""
    return text.rsplit(None, count)[-count:]


def letter_runs(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case (its runs of the letters a to z once lowered), for
    "does it hold one of these words?" before a pattern that needs one runs. What
    ``re.findall("[a-z]+", text.lower())`` finds, at about half the cost: every other
    character becomes a space in one pass over bytes (a character past Latin-1 is no
    letter a to z, so it may become "?" first), then the text is split at spaces."""
    return frozenset(_runs_of_letters(text))


def first_letter_runs(phrases: Iterable[str]) -> frozenset[str]:
    """The first run of letters of each phrase ("pooh" of "pooh-poohed"), as ``letter_runs``
    reads it: the word a pattern for the phrase needs the sentence to hold."""
    return frozenset(runs[0] for phrase in phrases if (runs := _runs_of_letters(phrase)))


def _runs_of_letters(text: str) -> list[str]:
    lowered = text.lower().encode("latin-1", "replace")
    return lowered.translate(_LETTERS_ONLY).decode("ascii").split()


_LETTERS_ONLY: Final = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))
"""a to z kept, every other byte a space."""


@lru_cache(maxsize=64)
def lower_words(text: str) -> frozenset[str]:
    """``letter_runs``, kept for the few stretches last asked: a statement's dates and its
    outlet are looked for in the same stretches of its sentence."""
    return letter_runs(text)


LEADING_ARTICLE: Final = re.compile(r"^(?:a|an|the)\s+", re.I)
"""A phrase's opening "a", "an" or "the", to cut it off."""
_DEMONYM_COUNTRIES: Final = {
    demonym.capitalize(): country
    for demonym, country in DEMONYMS.items()
    if country and re.fullmatch("[a-z]+", demonym)
}
"""Each demonym as a capital and small letters a to z, and its country."""
_CAPITALISED_DEMONYM: Final = re.compile(word_alternation(_DEMONYM_COUNTRIES) + "(?![a-z])")
"""A demonym where ``[A-Z][a-z]+`` reads one: a capital and every small letter after it. It
opens with the demonyms' capitals, so a search skips from one to the next, where finding
every capitalised word and looking each up built a string for each."""


def demonym_countries(text: str) -> list[str]:
    """The country of each demonym written capitalised in ``text`` ("Ukrainian" → Ukraine),
    in order, once for each time it is written."""
    return [_DEMONYM_COUNTRIES[word] for word in _CAPITALISED_DEMONYM.findall(text)]
