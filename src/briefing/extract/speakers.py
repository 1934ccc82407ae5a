"""Who a phrase names: a person with a role, a body, an anonymous source, or a reference back.

``parse_speaker`` reads the noun phrase that stands before or after a
reporting verb ("Russian Foreign Minister Sergey Lavrov", "the ministry",
"two officials who spoke on condition of anonymity"); references it cannot
settle alone ("Mr. Stoltenberg", "he", "the Ukrainian leader") are resolved by
``coreference.SpeakerMemory``.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.body_names import (
    CONNECT_IN_NAME,
    body_introduced,
    is_organisation,
    organisation,
)
from briefing.extract.first_names import first_name_gender, honorific_gender
from briefing.extract.gazetteer import gazetteer
from briefing.extract.lexicon import (
    ANONYMOUS_MARKERS,
    DEMONYMS,
    GROUP_NOUNS,
    HONORIFIC_ABBREVIATIONS,
    LEADING_ARTICLE,
    ORGANISATION_HEADS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    SENTENCE_OPENERS,
    TITLE_WORDS,
)
from briefing.extract.unnamed import (
    DETERMINERS,
    HONORIFICS_ONLY,
    POSSESSIVE_DETERMINERS,
    ROLE_WORDS,
    SHARE_OF_PEOPLE,
    UNATTRIBUTED,
    UNATTRIBUTED_WHERE,
    SpeakerPhrase,
    anonymous,
    common_noun_phrase,
    description,
    document_source,
    groups_joined,
    people_joined,
    unnamed_by_link,
    unnamed_group,
)
from briefing.folding import name_key
from briefing.frozen import evolve
from briefing.model import Span, SpeakerMention

_WORD: Final = re.compile(r"[\w’'.\-]+")
_SHARE_WORDS: Final = ("half", "third", "quarter", "fifth", "major", "minor", "most", "many")
_SHARE_HINT: Final = re.compile(r"[\di](?:(?<=\d)|(?<=\bi)n\s+\w+$)")
"""With ``_SHARE_WORDS``, what a share of people needs: ``SHARE_OF_PEOPLE`` runs only then.
A digit, or "in" and a word ending the phrase (``\\d|\\bin\\s+\\w+$``), opening with the
class of both so that a search skips to one, where the alternation was tried everywhere."""
_TWO_CAPITALS: Final = re.compile(r"(?:^|\s)(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)$")
_PARTICLES: Final = frozenset(
    """
    al al- bin ibn abu de van von der la du da dos el ben
    """.split()
)
_PARTICLE_PREFIXES: Final = ("al-", "el-", "ad-", "as-", "ash-", "ibn-", "abu-", "bin-")
_POLITY: Final = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<head>[Cc]ity|[Ss]tate|[Tt]own|[Cc]ounty|[Gg]overnment|[Pp]rovince|"
    r"[Rr]epublic|[Mm]unicipality|[Kk]ingdom)\s+of\s+(?P<place>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})\s*$"
)
_NAME_OF_BODY: Final = re.compile(
    r"(?:^|,\s+)(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s+(?:of|for)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,5})$"
)


def parse_speaker(phrase: str, offset: int, appositive: str | None = None) -> SpeakerPhrase | None:
    """Read the speaker named at the end of ``phrase`` (which starts at ``offset``)."""
    found = _parse_speaker(phrase, offset, appositive)
    return found if found is not None else document_source(phrase, offset)


_NAME_SUFFIX: Final = re.compile(r",?\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$")
_NO_ONE: Final = re.compile(
    r"\s*(?:(?:the|a|an)\s*$|(?:not\s+that\s+|if\s+|whether\s+)?"
    r"(?:anyone|anybody|no\s+one|nobody|everyone|everybody)\b)"
)
_QUANTIFIERS: Final = frozenset("some many others few most several".split())
_SUFFIXES: Final = ("Jr", "Jr.", "Sr", "Sr.", "II", "IV")
_REPORT_WORDS: Final = frozenset(
    "report reports post posts account accounts rumor rumors rumour rumours".split()
)
"""The words the unattributed patterns need one of, as a whole word (see ``unnamed``)."""


def _parse_speaker(phrase: str, offset: int, appositive: str | None = None) -> SpeakerPhrase | None:
    phrase = phrase.rstrip(" ,;:—-")
    suffix = _NAME_SUFFIX.search(phrase) if phrase.rstrip("\n").endswith(_SUFFIXES) else None
    if suffix is not None:  # "Vann R. Newkirk II", "Martin Luther King Jr.": the person, whole
        found = _parse_speaker(phrase[: suffix.start()], offset, appositive)
        if found is None or found.mention is None or found.mention.kind != "person":
            return found
        name = f"{found.mention.name} {suffix.group('suffix')}"
        return SpeakerPhrase(evolve(found.mention, name=name), None, ())
    lowered = phrase.lower()
    if lowered.split()[-1:] in (["who"], ["which"], ["that"], ["whom"]):
        return None  # a relative pronoun: the attribution finds its antecedent
    if _NO_ONE.match(lowered):
        return None  # "The", "anyone on the business side of TV": nobody in particular
    if any(marker in lowered for marker in ANONYMOUS_MARKERS):
        return anonymous(phrase, offset)
    polity = _POLITY.match(phrase)
    if polity:  # "the city of Phoenix", "the government of Moldova": that body
        head, place = polity.group("head").lower(), polity.group("place")
        span = Span(offset + polity.start("head"), offset + polity.end("place"))
        return SpeakerPhrase(
            SpeakerMention(f"{head.capitalize()} of {place}", "organisation", span=span)
        )
    of_body = _NAME_OF_BODY.search(phrase) if "of" in phrase or "for" in phrase else None
    if of_body and first_name_gender(of_body.group("name").split()[0]) is not None:
        # "Andriy Yusov of Ukraine's military intelligence": the person, of that body
        named = parse_speaker(of_body.group("name"), offset + of_body.start("name"))
        if named and named.mention and named.mention.kind == "person":
            body = of_body.group("body")
            mention = evolve(named.mention, affiliation=named.mention.affiliation or body)
            return evolve(named, mention=mention)
    tokens = [(m.start() + offset, m.group()) for m in _WORD.finditer(phrase)]
    if not tokens:
        return None
    capitals = _TWO_CAPITALS.search(phrase) if " and " in phrase else None
    if capitals and all(gazetteer().lookup(capitals.group(g)) for g in ("a", "b")):
        # "Kyiv and Moscow both moved to play down": two governments, neither one alone
        span = Span(offset + capitals.start(), offset + capitals.end())
        return SpeakerPhrase(SpeakerMention(capitals.group(0), "anonymous", span=span))
    if " and " in phrase and groups_joined(phrase):
        # "Democrats and civil rights groups", "Police and firefighters": several groups
        return anonymous(phrase, offset)
    people = people_joined(phrase, offset) if " and " in phrase else None
    if people is not None:
        return people
    last_word = tokens[-1][1].lower()
    if last_word in PRONOUNS_PERSON:
        return SpeakerPhrase(None, "person", (last_word,))
    if last_word in PRONOUNS_GROUP:
        return SpeakerPhrase(None, "group", (last_word,))
    if last_word in _QUANTIFIERS and all(w.lower() in SENTENCE_OPENERS for _, w in tokens[:-1]):
        at, word = tokens[-1]  # "But some note that …": some people, not anyone named before
        return SpeakerPhrase(SpeakerMention(word, "anonymous", span=Span(at, at + len(word))))
    if last_word == "it" and len(tokens) == 1:
        return SpeakerPhrase(None, "body", ("it",))  # the body or report spoken of before
    hinted = any(word in lowered for word in _SHARE_WORDS) or _SHARE_HINT.search(lowered)
    share = SHARE_OF_PEOPLE.search(phrase) if hinted else None
    if share is not None:  # "About three in 10", "49%", "Nearly a third of voters"
        span = Span(offset + share.start(), offset + share.end())
        return SpeakerPhrase(SpeakerMention(share.group(0), "anonymous", span=span))
    words_in = {word.lower() for _, word in tokens}  # a test before each pattern that needs one
    if not _REPORT_WORDS.isdisjoint(words_in) and (
        UNATTRIBUTED.match(_tail_words(tokens, 4)) or UNATTRIBUTED_WHERE.match(phrase)
    ):
        return SpeakerPhrase(SpeakerMention("reports", "unattributed"))
    unnamed = unnamed_by_link(phrase, words_in, offset)
    if unnamed is not None:
        return unnamed
    modified = _modified_body(tokens)
    if modified is not None:
        return SpeakerPhrase(modified)
    start = _phrase_start(tokens)
    run = tokens[start:]
    if not run:
        return common_noun_phrase(tokens)
    if not any(word[:1].isupper() for _, word in run) and run[-1][1].lower() in ORGANISATION_HEADS:
        start = _back_to_determiner(tokens, start)
        run = tokens[start:]
    words = [word for _, word in run]
    span = Span(run[0][0], run[-1][0] + len(run[-1][1]))
    introduced = body_introduced(tokens[max(0, start - 3) :])  # "the data firm Lloyd's List"
    if introduced is not None:
        return SpeakerPhrase(introduced)
    if words[-1].lower() in GROUP_NOUNS and (not words[-1][:1].isupper() or len(words) == 1):
        determiner = tokens[start - 1][1].lower() if start > 0 else ""
        if determiner in ("the", "that", "this") and not words[-1].lower().endswith("s"):
            described = description([determiner, *words])  # "the commander": named before?
            if described is not None:
                return described
        return unnamed_group(tokens)
    if start > 0 and tokens[start - 1][1].lower() in POSSESSIVE_DETERMINERS:
        owned = description(words)
        if owned is not None and words[-1].lower() in ORGANISATION_HEADS:
            return SpeakerPhrase(owned.mention, "owned", owned.words)
        if owned is not None:  # "His lawyer": someone's own, not the lawyer named before
            phrase_start = tokens[start - 1][0]
            name = " ".join([tokens[start - 1][1], *words])
            owned_span = Span(phrase_start, phrase_start + len(name))
            return SpeakerPhrase(
                SpeakerMention(name, "anonymous", span=owned_span), "description", owned.words
            )
    if is_organisation(words):
        return SpeakerPhrase(organisation(words, span))
    name_start = _name_start(words)
    if name_start >= len(words):
        return description(words)
    if name_start == 0 and _role_of_name(tokens, start, words):
        # "the mayor of Springfield": a mayor, described; not a person called Springfield
        before = [w for _, w in tokens[max(0, start - 3) : start]]
        head = tokens[start - 2][1].lower()
        name = " ".join([*before, *words])
        return SpeakerPhrase(SpeakerMention(name, "anonymous"), "description", (head,))
    preceding = [
        w
        for _, w in tokens[max(0, start - 3) : start]
        if w[:1].islower()
        and w.lower() not in DETERMINERS
        and w.lower() not in _VERB_LIKE
        and (w.lower() in ROLE_WORDS or w.lower() in DEMONYMS or not w.endswith("ed"))
    ]
    return _person(words, name_start, preceding, appositive, span)


_VERB_LIKE: Final = frozenset(
    "came from with for to by at in on said says told is was were".split()
)


def _role_of_name(tokens: list[tuple[int, str]], start: int, words: list[str]) -> bool:
    """ "the mayor of Springfield", "the head of Gazprom": the name after a role word and
    "of" or "for" is what the role is of, unless it opens with a first name."""
    if start < 2 or tokens[start - 1][1] not in ("of", "for"):
        return False
    role = tokens[start - 2][1].lower()
    if role not in ROLE_WORDS or role in ORGANISATION_HEADS:
        return False
    return len(words) == 1 or first_name_gender(words[0]) is None


def _modified_body(tokens: list[tuple[int, str]]) -> SpeakerMention | None:
    """ "the UN humanitarian office", "the U.N. refugee agency", "the Trump administration":
    a body's lower-case head noun after a capitalised owner or kind, read as the body
    (without this, the head alone was the speaker: "office", "agency")."""
    if len(tokens) < 3 or tokens[-1][1] not in ORGANISATION_HEADS:
        return None
    index = len(tokens) - 2
    while index >= 0 and tokens[index][1].isalpha() and tokens[index][1].islower() and (
        len(tokens) - 2 - index < 2 and tokens[index][1] not in DETERMINERS
    ):  # fmt: skip
        index -= 1
    modifiers_end = index
    while (
        index >= 0 and tokens[index][1][:1].isupper() and modifiers_end - index < 2
        and tokens[index][1].lower() not in DETERMINERS | POSSESSIVE_DETERMINERS
        and not tokens[index][1].endswith(("'s", "’s"))  # "Moldova's interior ministry"
    ):  # fmt: skip
        index -= 1
    if index == modifiers_end or (index >= 0 and tokens[index][1].lower() != "the"):
        return None
    run = tokens[index + 1 :]
    name = " ".join(w if w[:1].isupper() else w.capitalize() for _, w in run)
    span = Span(run[0][0], run[-1][0] + len(run[-1][1]))
    return SpeakerMention(name, "organisation", span=span)


def _back_to_determiner(tokens: list[tuple[int, str]], start: int) -> int:
    """ "the state civil defense agency": lower-case words back to the determiner."""
    for index in range(start - 1, max(-1, start - 5), -1):
        lowered = tokens[index][1].lower()
        if lowered in DETERMINERS or lowered in POSSESSIVE_DETERMINERS:
            return index + 1
        if not lowered.isalpha() or tokens[index][1][:1].isupper():
            return start
    return start


def _tail_words(tokens: list[tuple[int, str]], count: int) -> str:
    return " ".join(word for _, word in tokens[-count:])


def _phrase_start(tokens: list[tuple[int, str]]) -> int:
    """Where the noun phrase that ends ``tokens`` begins."""
    start = len(tokens)
    while start > 0:
        word = tokens[start - 1][1]
        lowered = word.lower()
        if lowered in POSSESSIVE_DETERMINERS:
            break
        if (
            word[:1].isupper()
            or _is_particle(lowered)
            or lowered in ROLE_WORDS
            or (word.endswith(("’s", "'s")) and start < len(tokens) and start > 1)
            or (
                lowered in CONNECT_IN_NAME
                and 1 < start < len(tokens)
                and tokens[start - 2][1][:1].isupper()
                and tokens[start][1][:1].isupper()
            )
        ):
            start -= 1
        else:
            break
    while start < len(tokens) and (
        tokens[start][1].lower() in SENTENCE_OPENERS | DETERMINERS | CONNECT_IN_NAME
    ):
        start += 1
    return _body_head_before(tokens, start)


def _body_head_before(tokens: list[tuple[int, str]], start: int) -> int:
    """ "the Border Directorate of the FSB for St. Petersburg and the Leningrad Region": a
    body's head noun with "of"/"for" after it, further back than the last capitalised run,
    starts the phrase — the region at the end is part of the body's name."""
    head = None
    index = start - 1
    while index >= 0 and start - index <= 14:
        word = tokens[index][1]
        if not (word[:1].isupper() or word.lower() in CONNECT_IN_NAME):
            break
        following = tokens[index + 1][1] if index + 1 < len(tokens) else ""
        if word[:1].isupper() and word.lower() in ORGANISATION_HEADS and following in ("of", "for"):
            head = index
        index -= 1
    if head is None:
        return start
    joined = any(word == "and" for _, word in tokens[head:start])
    if joined and tokens[-1][1].lower() in ORGANISATION_HEADS:
        return start  # "the Ministry of Defence and the Joint Staff": two bodies
    while head > 0 and tokens[head - 1][1][:1].isupper():
        head -= 1  # "Border" of "Border Directorate"
    while tokens[head][1].lower() in SENTENCE_OPENERS | DETERMINERS:
        head += 1
    return head


def _is_particle(lowered: str) -> bool:
    return lowered in _PARTICLES or lowered.startswith(_PARTICLE_PREFIXES)


def _name_start(words: list[str]) -> int:
    """Index of the first word of the person's own name, after any title or role words."""
    start = len(words)
    while start > 0:
        word = words[start - 1]
        lowered = word.lower()
        after_honorific = start >= 2 and words[start - 2].lower() in HONORIFIC_ABBREVIATIONS
        if not (word[:1].isupper() or _is_particle(lowered)) or (
            _is_title(word) and not (after_honorific and word[:1].isupper() and word.isalpha())
        ):  # "Mr. King", "Ms. General": a surname after the honorific, not a title
            break
        start -= 1
    return start


def _person(
    words: list[str], name_start: int, preceding: list[str], appositive: str | None, span: Span
) -> SpeakerPhrase:
    name = " ".join(words[name_start:])
    role_words = [w for w in words[:name_start] if w.lower() not in HONORIFICS_ONLY]
    affiliation = None
    if role_words and role_words[0].endswith(("’s", "'s")):
        affiliation = role_words[0][:-2]
    if role_words and role_words[-1].lower() in ORGANISATION_HEADS:
        # "The Finnish newspaper Helsingin Sanomat": a body with a description before its name.
        return SpeakerPhrase(
            SpeakerMention(name, "organisation", role=" ".join(role_words), span=span)
        )
    role = " ".join([*preceding, *role_words]) or None
    if appositive:
        role, affiliation = _role_from_appositive(appositive, role, affiliation)
    gender = honorific_gender(words[:name_start])
    mention = SpeakerMention(
        name, "person", role=role, affiliation=affiliation, span=span, gender=gender
    )
    if name_start == len(words) - 1:
        titled = name_start > 0  # "Mr. Hersh", "Gen. Zaluzhny": a person even if unknown
        return SpeakerPhrase(mention, "surname", (name_key(name), "titled" if titled else ""))
    return SpeakerPhrase(mention)


def _is_title(word: str) -> bool:
    lowered = word.lower()
    return (
        lowered in HONORIFIC_ABBREVIATIONS
        or lowered.rstrip(".") in TITLE_WORDS
        or lowered in DEMONYMS
        or word.endswith(("’s", "'s"))
        or (word.isupper() and len(word) > 1)
    )


_AFFILIATION_END: Final = re.compile(r"\b(?:for|of|at|with)\s+(?:the\s+)?([A-Z][\w’'.\- ]+)$")


def _role_from_appositive(
    appositive: str, role: str | None, affiliation: str | None
) -> tuple[str | None, str | None]:
    text = LEADING_ARTICLE.sub("", appositive.strip(" ,"))
    match = _AFFILIATION_END.search(text)
    if match and affiliation is None:
        affiliation = match.group(1).strip()
    return text or role, affiliation
