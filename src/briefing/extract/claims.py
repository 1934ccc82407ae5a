"""Claims: which statements assert the same proposition and which dispute it.

A report (unattributed, anonymous, or "X reported that …") opens a claim whose
summary is what was reported; later statements that dismiss, deny, confirm or
acknowledge it join that claim with their stance, chosen by the words they
share with it (or by "reports"/"claims" pointing back to the latest one).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefing.extract.claim_status import status_from
from briefing.extract.lexicon import DEMONYMS
from briefing.extract.propositions import Proposition, proposition_of
from briefing.extract.word_patterns import opening_words
from briefing.frozen import evolve
from briefing.model import ExtractedClaim, ExtractedStatement, Stance

_REPORTING: Final = re.compile(
    opening_words("reported reportedly claimed alleged allegedly asserted".split()) + r"\b"
)
_POINTS_BACK: Final = re.compile(
    opening_words(
        "report reports claim claims assertion assertions allegation allegations notion account"
        " accounts rumour rumours rumor rumors story stories".split()
    )
    + r"\b"
)
_THAT_CLAIM: Final = re.compile(
    r"\b(?:the|that|this|these|those|such)\s+(?:[\w’']+\s+)?"
    r"(?:reports?|claims?|assertions?|allegations?|accounts?|rumou?rs?|stor(?:y|ies))\b"
    r"|\breports?\s+that\s+(?:had|have|has)\b",
    re.I,
)
"""The claim just made, pointed back at ("disputed that claim", "confirming reports that
had circulated"); "retracted its report" of something else does not."""
_CLAIM_CONTENT: Final = re.compile(r"[TtRr](?<=\b.)(?i:(?<=t)hat\b|(?<=r)eports?\s+of\b)")
_CONTENT: Final = re.compile(
    r"[TtRrCcAa](?<=\b.)(?i:(?<=t)hat|(?:(?<=r)eports?|(?<=c)laims?|(?<=a)ccounts?|(?<=r)umou?rs?)"
    r"\s+of)\s+(?P<content>.+)$",
    re.S,
)
_SOURCE_PREFIX: Final = re.compile(r"^according\s+to\s+[^,]{3,80},\s*", re.I)
_TRAILING_CLAUSE: Final = re.compile(
    r",\s+(?:(?:which|who|where|located|according|said|he|she|they)\b.*|"
    r"(?:the\s+)?(?:[\w.\-]+\s+){0,5}(?:reported|said)[\s.]*)$",
    re.S,
)
_STOPWORDS: Final = frozenset(
    """
    that this with from have were been their there which would could should about into over
    under between after before while said told reports report claims claim also still some they
    them then than when what will more most other such only just very being does
    """.split()
)
ATTACH_WITHIN_SENTENCES: Final = 4
_DEFINITE_PLACE: Final = re.compile(
    r"\bthe\s+(?:town|city|village|settlement|plant|crossing|tanker|ship|vessel|convoy|talks)\b",
    re.I,
)
"""A thing named before ("the tanker"): the statement goes on about the event it was in."""
_STILL_OPEN: Final = re.compile(
    r"\s+(?:remained|remain|remains|were|was|are|is|have\s+been|could\s+not\s+be)\s+"
    r"(?:unconfirmed|unverified|unclear|denied|disputed|confirmed)\b.*$",
    re.S,
)
_PRONOUNS: Final = frozenset(
    "It Its They Their Them He His She Her Had Has Have Any Anyone Anybody Anything This That".split()
)
_CUE_CLAUSE: Final = re.compile(
    r"^(?:[\w.'’-]+\s){1,6}(?:said|says|denied|denies|rejected|dismissed|acknowledged|"
    r"reported|claimed|confirmed)\b"
)
_AUXILIARY_OPENING: Final = re.compile(r"(?:had|have|has|were|was|is|are)\b")
_CAPITALISED_TOKEN: Final = re.compile(r"\b[A-Z][\w’'-]+")
_STOP_BEFORE_CLOSING_QUOTE: Final = re.compile(r'[.,]([”"])$')
_LONG_LOWER_WORD: Final = re.compile(r"[a-z]{4,}")


def link_claims(
    text: str, statements: list[ExtractedStatement], sentences: list[int]
) -> tuple[list[ExtractedStatement], list[ExtractedClaim]]:
    claims: list[ExtractedClaim] = []
    opened_at: list[int] = []
    openers: list[ExtractedStatement] = []
    events: list[Proposition | None] = []
    linked: list[ExtractedStatement] = []
    for statement, sentence in zip(statements, sentences, strict=True):
        event = proposition_of(text, statement)
        if event is not None:
            index = _claim_of_event(statement, event, events, opened_at, sentence)
            stance = _event_stance(statement, event)
            if index is not None:
                statement = evolve(statement, claim_key=claims[index].key, stance=stance)
                claims[index] = _better_summary(claims[index], statement)
                events[index] = _widened(events[index], event)
                linked.append(statement)
                continue
            if event.anchored:
                key = f"c{len(claims) + 1}"
                claims.append(_claim(key, statement, event))
                opened_at.append(sentence)
                events.append(event)
                statement = evolve(statement, claim_key=key, stance=stance)
                openers.append(statement)
                linked.append(statement)
                continue
        best = _best_claim(statement, claims, opened_at, openers, sentence)
        if _points_back(statement, claims, opened_at, sentence):
            latest = claims[-1].key
            statement = evolve(statement, claim_key=latest, stance=statement.stance)
        elif _opens_claim(statement) and (
            best is None or statement.speaker is None or statement.speaker.kind != "anonymous"
        ):
            key = f"c{len(claims) + 1}"
            claims.append(_claim(key, statement, None))
            opened_at.append(sentence)
            events.append(event)
            statement = evolve(statement, claim_key=key, stance="asserts")
            openers.append(statement)
        elif best is not None and statement.stance is not None:
            if not _already_disputed(statement, claims[best].key, linked):
                statement = _join(statement, claims[best].key, openers[best])
                claims[best] = _better_summary(claims[best], statement)
        elif statement.stance == "disputes" and _own_content(statement):
            key = f"c{len(claims) + 1}"
            claims.append(_claim(key, statement, None))
            opened_at.append(sentence)
            events.append(event)
            statement = evolve(statement, claim_key=key)
            openers.append(statement)
        elif (follows := _quote_following(statement, sentence, linked, sentences)) is not None:
            statement = evolve(statement, claim_key=follows.claim_key, stance=follows.stance)
        linked.append(statement)
    claims = [
        evolve(
            claim,
            status=_followed_status(claim, linked),
            proposition=event.key() if event is not None and event.anchored else None,
        )
        for claim, event in zip(claims, events, strict=True)
    ]
    return linked, claims


def _followed_status(claim: ExtractedClaim, linked: list[ExtractedStatement]) -> str:
    """The opener's status, then what the rest say in order: another side's denial later in
    the article makes the claim disputed. A speaker contradicting itself is not a dispute."""
    about = [s for s in linked if s.claim_key == claim.key]
    asserters = set()
    said = []
    for statement in about[1:]:
        name = statement.speaker.name if statement.speaker else None
        if statement.stance == "asserts":
            asserters.add(name)
        elif statement.stance == "disputes" and name in asserters | {
            about[0].speaker.name if about[0].speaker else None
        }:
            continue
        said.append((statement.stance, statement.status))
    return status_from(said, claim.status) or claim.status


def _points_back(
    statement: ExtractedStatement, claims: list[ExtractedClaim], opened_at: list[int], sentence: int
) -> bool:
    """ "confirming reports that …", "disputed that claim": a side taken on the claim just made."""
    return (
        bool(claims)
        and statement.stance is not None
        and sentence - opened_at[-1] <= 2
        and bool(_THAT_CLAIM.search(statement.text))
        and not _own_content(statement)
    )


def _own_content(statement: ExtractedStatement) -> bool:
    """ "dismissed reports that troops had fired …" says what the reports were; "confirming
    reports that had circulated" does not."""
    match = _CONTENT.search(statement.text)
    if match is None or len(match.group("content")) <= 20:
        return False
    return not _AUXILIARY_OPENING.match(match.group("content"))


def _claim(key: str, statement: ExtractedStatement, event: Proposition | None) -> ExtractedClaim:
    return ExtractedClaim(
        key,
        _summary(statement),
        statement.status,
        proposition=event.key() if event is not None and event.anchored else None,
    )


def _claim_of_event(
    statement: ExtractedStatement,
    event: Proposition,
    events: list[Proposition | None],
    opened_at: list[int],
    sentence: int,
) -> int | None:
    """The document's claim about the same event. An event named without anchors ("denied
    that the plant had lost power") is the latest one of its kind nearby, when the statement
    takes a side on it (a cue, a negation) or quotes someone on it."""
    takes_side = (
        statement.stance is not None
        or event.negated
        or statement.kind == "direct"
        or bool(_DEFINITE_PLACE.search(statement.text))
    )
    if not event.anchored and not takes_side:
        return None
    for index in range(len(events) - 1, -1, -1):
        other = events[index]
        if other is None or not other.compatible(event):
            continue
        if event.anchored and other.same_event(event):
            return index
        if sentence - opened_at[index] <= ATTACH_WITHIN_SENTENCES + 4:
            return index
    return None


def _widened(mine: Proposition | None, theirs: Proposition) -> Proposition | None:
    return mine.widened(theirs) if mine is not None else None


def _event_stance(statement: ExtractedStatement, event: Proposition) -> Stance:
    if statement.stance == "disputes" or event.negated:
        return "disputes"
    return "asserts" if statement.stance in (None, "asserts") else statement.stance


def _better_summary(claim: ExtractedClaim, statement: ExtractedStatement) -> ExtractedClaim:
    """A claim opened by its denial reads better in the words of those who assert it."""
    if statement.stance != "asserts" or reads_as_proposition(claim.summary):
        return claim
    summary = _summary(statement)
    return evolve(claim, summary=summary) if reads_as_proposition(summary) else claim


def reads_as_proposition(summary: str) -> bool:
    """Starts with its subject, not a pronoun or a cue clause ("X denied that …")."""
    first = summary.split(" ", 1)[0]
    return first not in _PRONOUNS and not _CUE_CLAUSE.match(summary) and len(summary.split()) >= 4


def _quote_following(
    statement: ExtractedStatement,
    sentence: int,
    linked: list[ExtractedStatement],
    sentences: list[int],
) -> ExtractedStatement | None:
    """A quote (or a sentence about "his account") right after a statement on a claim, by
    the same speaker or by the spokesman of the body that denied it, goes on saying the
    same thing."""
    if statement.stance not in (None, "asserts") or not linked:
        return None
    previous = linked[-1]
    previous_sentence = sentences[len(linked) - 1]
    if previous.claim_key is None or sentence - previous_sentence != 1:
        return None
    if statement.kind != "direct" and not _POINTS_BACK.search(statement.text):
        return None  # reported speech goes on about the claim only when it points back
    same = (
        previous.speaker is not None
        and statement.speaker is not None
        and previous.speaker.name == statement.speaker.name
    )
    body = previous.speaker is not None and previous.speaker.kind == "organisation"
    return previous if same or (body and previous.stance == "disputes") else None


def _join(
    statement: ExtractedStatement, key: str, opener: ExtractedStatement
) -> ExtractedStatement:
    """Join a claim; an undated anonymous source shares the date and outlet of the report it backs."""
    statement = evolve(statement, claim_key=key)
    anonymous = statement.speaker is not None and statement.speaker.kind == "anonymous"
    named_opener = opener.speaker is not None and opener.speaker.is_named
    if anonymous and named_opener and statement.date.precision == "undated":
        statement = evolve(statement, date=opener.date, outlet=statement.outlet or opener.outlet)
    return statement


def _already_disputed(
    statement: ExtractedStatement, key: str, linked: list[ExtractedStatement]
) -> bool:
    """A speaker who disputed a claim is not counted as asserting it in the next breath."""
    if statement.stance == "disputes" or statement.speaker is None:
        return False
    return any(
        other.claim_key == key and other.stance == "disputes" and other.speaker == statement.speaker
        for other in linked
    )


def _opens_claim(statement: ExtractedStatement) -> bool:
    if statement.kind != "indirect" or statement.stance == "disputes":
        return False
    speaker_kind = statement.speaker.kind if statement.speaker else "unattributed"
    if speaker_kind == "unattributed":
        return True  # unattributed reports are what claims are made of
    if not _CLAIM_CONTENT.search(statement.text):
        return False
    content = _CONTENT.search(statement.text)
    if content and _AUXILIARY_OPENING.match(content.group("content")):
        return False  # "a firm that had reported a hijacking": a relative clause, no claim
    return speaker_kind in ("unattributed", "anonymous") or bool(_REPORTING.search(statement.text))


def _best_claim(
    statement: ExtractedStatement,
    claims: list[ExtractedClaim],
    opened_at: list[int],
    openers: list[ExtractedStatement],
    sentence: int,
) -> int | None:
    if not claims or statement.stance is None:
        return None
    latest = len(claims) - 1
    words = _content_words(statement.text)
    if statement.speaker is not None and statement.speaker.kind == "anonymous":
        # Sources backing a named reporter's story ("according to the unnamed people").
        opener = openers[latest].speaker
        named_opener = opener is not None and opener.is_named
        names = _content_words(" ".join(_CAPITALISED_TOKEN.findall(statement.text)))
        backs = bool(
            (words - names) & _content_words(claims[latest].summary)
        ) or statement.text.lower().startswith("according to")  # a shared town is not enough
        if named_opener and backs and sentence - opened_at[latest] <= ATTACH_WITHIN_SENTENCES:
            return latest
    scored = [
        (len(words & _content_words(claim.summary)), index) for index, claim in enumerate(claims)
    ]
    overlap, index = max(scored)
    if overlap >= 2:
        return index
    if (
        statement.stance == "disputes"
        and _POINTS_BACK.search(statement.text)
        and not _own_content(statement)
    ):
        return latest
    return None


def _summary(statement: ExtractedStatement) -> str:
    text = _before_attribution(statement)
    text = _SOURCE_PREFIX.sub("", text.strip())
    match = _CONTENT.search(text)
    if match and len(match.group("content")) > 20:
        text = _STILL_OPEN.sub("", _named_subject(match.group("content"), statement))
    text = _balance_quotes(_TRAILING_CLAUSE.sub("", text).strip(" ."))
    if len(text) > 160:
        text = text[:157].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _before_attribution(statement: ExtractedStatement) -> str:
    """ "Troops took the town, the ministry said": the words before a trailing attribution."""
    speaker = statement.speaker
    if speaker is None or speaker.span is None or statement.kind != "indirect":
        return statement.text
    cut = speaker.span.start - statement.span.start
    head, tail = statement.text[:cut], statement.text[cut:]
    if cut > 20 and ", " in head and len(tail) < 60:
        return head.rsplit(", ", 1)[0]
    return statement.text


def _named_subject(content: str, statement: ExtractedStatement) -> str:
    """ "He stood by his report" reads "Seymour Hersh stood by his report"."""
    speaker = statement.speaker
    first, _, rest = content.partition(" ")
    if speaker is None or not speaker.is_named or not rest:
        return content
    if first.lower() in ("he", "she", "it", "they"):
        return f"{speaker.name} {rest}"
    if first.lower() in ("his", "her", "its", "their"):
        demonym = speaker.name.split()[0]
        if speaker.kind == "organisation" and demonym.lower() in DEMONYMS:
            return f"{demonym} {rest}"  # "its forces" of the Russian Defense Ministry
        return f"{speaker.name}’s {rest}"
    return content


def _balance_quotes(text: str) -> str:
    """Drop a dangling closing quote, or close one the summary opened."""
    if text.count('"') % 2:
        text = text[:-1].rstrip(" .,") if text.endswith('"') else text + '"'
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count("”") > text.count("“") and text.endswith("”"):
        text = text[:-1].rstrip(" .,")
    return _STOP_BEFORE_CLOSING_QUOTE.sub(r"\1", text)


_NATIONS: Final = frozenset(
    word[:6] for pair in DEMONYMS.items() for name in pair if name for word in name.lower().split()
)
"""Stems of countries and their adjectives: "Russia" in two sentences is no shared topic."""


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        word[:6]
        for word in _LONG_LOWER_WORD.findall(text.lower())
        if word not in _STOPWORDS and word[:6] not in _NATIONS
    )
