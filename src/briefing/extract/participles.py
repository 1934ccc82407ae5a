"""A second statement hung on a sentence: ``…, saying the plan was dead``.

Wire and newspaper copy hang more speech on a sentence three ways: a present
participle after a comma (``adding that``, ``telling reporters``, ``calling the
ruling a disgrace``), a second verb of speech joined by ``and``/``but`` (``said A
and vowed B``, ``…, and Lind vowed …``), and a participle with a subject of its
own (``with Rubio saying …``). Each such clause is a statement of its own: by its
own subject, or else by the subject of the sentence. ``Smith said A, adding that
B`` is two statements; ``The mayor met the protesters, saying the road would
reopen`` is one, by the mayor, in the clause. This module finds the clause, also a
relative one (``…, who said …``, ``an architect who said …``); ``clause_statements``
builds its statement beside the sentence's own.
"""

from __future__ import annotations

import re
from typing import Final

from briefing.extract.attribution import find_attribution
from briefing.extract.lexicon import (
    CRITICISM_FORMS,
    GROUP_NOUNS,
    REPORTING_VERBS,
    SPEECH_FORMS,
    first_letter_runs,
)
from briefing.extract.speech_verbs import criticism_said
from briefing.extract.word_patterns import word_alternation
from briefing.frozen import dataclass
from briefing.model import Span

PARTICIPLE_CUES: Final = (
    "saying", "adding", "telling", "noting", "arguing", "insisting", "warning", "explaining",
    "writing", "declaring", "stressing", "acknowledging", "suggesting", "urging", "vowing",
    "promising", "accusing", "asking", "praising", "criticizing", "criticising", "blaming",
    "denying", "predicting", "recalling", "complaining", "claiming", "calling", "citing",
    "describing", "confirming", "conceding", "admitting", "asserting", "announcing",
    "pledging", "threatening", "dismissing", "rejecting", "questioning", "charging",
    "contending", "maintaining", "emphasizing", "emphasising", "repeating", "reiterating",
    "touting", "slamming", "blasting", "lamenting", "joking", "boasting", "referring to",
    "pointing out", "pointing to", "going on to say", "going on to explain", "tweeting",
)  # fmt: skip
_CUE: Final = r"(?P<cue>" + word_alternation(set(PARTICIPLE_CUES)) + r")\b"
_CLAUSE: Final = re.compile(
    r",\s+(?:and\s+|while\s+|also\s+|again\s+|later\s+|then\s+|even\s+|repeatedly\s+|each\s+|"
    r"once\s+again\s+|at\s+one\s+point\s+)?" + _CUE
)
_BY_CLAUSE: Final = re.compile(r"\s+by\s+" + _CUE)
"""``…, adding that``, ``began by saying``: two patterns, so the engine skips from comma to
comma in the first, and the second runs only where "by" stands."""
_SAYING_BY: Final = frozenset(
    "saying telling noting arguing insisting explaining declaring announcing warning".split()
)
"""Participles that say something after "by" ("began by saying"), not "by asking X to"."""
_COORDINATED_PAST_FORMS: Final = frozenset(
    f for f in SPEECH_FORMS | CRITICISM_FORMS if f.endswith("ed") or f in ("said", "told", "wrote")
)
_COORDINATED_PAST: Final = word_alternation(_COORDINATED_PAST_FORMS)
_COORDINATED: Final = re.compile(
    r"[,\s](?:(?<=,)\s*(?P<concessive>though|although|while|whereas|when)\s+|\s*(?:and|but)\s+"
    r"(?:-+\s+[^-,]{1,80}\s+-+\s+|—\s*[^—,]{1,80}\s*—\s*)?)"
    r"(?P<subject>he\s+|she\s+|they\s+|(?:[A-Z][\w’'.\-]*\s+){1,3}|"
    r"(?:[a-z][\w\-]*\s+){0,2}(?:"
    + word_alternation(GROUP_NOUNS | {"groups", "organizations"})
    + r")\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:also\s+|then\s+|later\s+|previously\s+|again\s+|"
    r"repeatedly\s+|publicly\s+)?(?P<cue>called\s+(?:for|on|(?=(?:it|him|her|them|this|that)\s))|"
    r"(?:spoke|spoken|talked)\s+(?:about|of)|"
    + _COORDINATED_PAST
    + r"|(?<=he\s)(?:says|notes|argues|insists|adds|warns|admits)|"
    r"(?<=she\s)(?:says|notes|argues|insists|adds|warns|admits)|"
    r"(?<=they\s)(?:say|note|argue|insist|add|warn|admit)|says)\b"
)
"""``Keller criticized Lind and said …``, ``…, and Lind vowed to …``, ``…, though she
acknowledged …``, ``…, and rights groups warned that …``: a second verb of speech joined to
the first, with its own subject or the sentence's."""
_DOCUMENT_CLAUSE: Final = re.compile(
    r",\s*(?:and\s+|but\s+|though\s+|although\s+|while\s+)(?P<subject>(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:review|poll|survey|study|analysis|records|report|data|video|"
    r"footage|audit|tally)(?:\s+of\s+[\w\-]+(?:\s+[\w\-]+)?)?\s+)"
    r"(?P<cue>indicates?|shows?|showed|suggests?|suggested|found|finds)\b"
)
"""``…, though a review of records indicates …``: a document's finding joined to the
sentence, said by the document."""
_AFTER_SEMICOLON: Final = re.compile(
    r";\s+(?P<subject>(?:(?:about|nearly|some|only|just)\s+)?(?:\d[\d.]*\s*(?:%|percent)|"
    r"(?:[A-Z][\w’'.\-]*\s+){1,3}|(?:he|she|they)\s+|(?:the|some|many|most|other)\s+\w+\s+)\s*)"
    r"(?P<cue>say|says|said|told|added|argued|noted|warned|insisted)\b"
)
"""``…; 26% say they are conservative``, ``…; Lind said …``: a clause after a semicolon
with a subject and a verb of speech of its own."""
_WITH_SUBJECT: Final = re.compile(
    r"\bwith\s+(?P<subject>(?:[A-Z][\w’'.\-]*\s+){1,4}|(?:the|some|many|most)\s+\w+\s+|"
    r"(?:(?:about|nearly|almost|roughly|just|only|over|some)\s+)?(?:\d[\d.]*\s*(?:%|percent)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:\d+|ten|five|four|three)|"
    r"half|a\s+third|a\s+quarter|two-thirds)(?:\s+of\s+(?:the\s+)?\w+)?\s+)"
    r"(?P<cue>" + "|".join(c for c in PARTICIPLE_CUES if " " not in c) + r")\b"
)
"""``…, with Marco Rubio saying he …``: a participle with a subject of its own."""
_DOCUMENT_SAYING: Final = re.compile(
    r"\b(?:issued|issues|released|releases|put\s+out|posted|posts|published|sent|sends|"
    r"tweeted|wrote|unleashed)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statement|letter|memo|tweet|tweets|video|post|note|message|release|series\s+of\s+tweets)"
    r"(?:\s+[\w.,\-]+){0,6}?\s+(?P<cue>saying|stating|declaring|announcing|calling|urging|"
    r"warning|explaining|arguing|claiming|insisting|noting|denying|accusing|"
    r"(?:that|which)\s+(?:says|said|states|stated))\b"
)
"""``X released a statement saying …``, ``a letter from his doctor that says …``: what the
statement says, said by its author."""
_WHO_SAID_FORMS: Final = frozenset(
    f
    for f in REPORTING_VERBS - CRITICISM_FORMS
    if (f.endswith(("ed", "es")) or f in ("said", "says", "told", "wrote"))
    and f not in ("asked", "asks")  # "who asked not to be named"
)
_WHO_SAID: Final = re.compile(
    r"[,\s](?:(?<=,)\s+(?:who|which)|(?<=\s)\s*(?:--|—)\s+(?:who|which)|(?<=[a-z]\s)\s*who)"
    r"\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:also\s+|later\s+|then\s+|first\s+|\w+ly\s+|in\s+\d{4}\s+|last\s+\w+\s+|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?P<cue>"
    + word_alternation(_WHO_SAID_FORMS)
    + r")\b"
)
"""``…, said Capt. Ana Pardo, who said she …``: a second statement, by the one just named."""
_DETERMINER: Final = re.compile(r"\b(?:the|a|an|its|their)\s")
_LAST_PLURAL: Final = re.compile(r"\b[a-z]{3,}s$")
_LEADING_VERB: Final = re.compile(r"^\s*(?:said|says|told|added|wrote)\s+", re.IGNORECASE)
_OTHER_SENSE: Final = {
    "adding": re.compile(r"\s+to\b"),
    "claiming": re.compile(
        r"\s+(?:(?:a|an|the|his|her|their|its|another|about|nearly|more\s+than)\s+)?"
        r"(?:[\w’'.,%-]+\s+){0,3}?(?:victory|victories|win|wins|percent|seats?|titles?|lives|"
        r"share|lead|delegates?|prize|nomination|states?|votes?|counties|majority|spot)\b",
        re.I,
    ),
}
"""Participles that are no speech in these uses: "adding to", "claiming victory"."""
_PARENTHETICAL: Final = re.compile(r"[^,;“”\"]{1,80},\s+that\b")


@dataclass(frozen=True)
class ParticipleClause:
    cue: str
    comma: int
    """Where the main clause ends (the comma before the participle)."""
    span: Span
    """The clause, from the participle to the end of the sentence."""
    subject: Span | None = None
    """A subject of its own (``and Lind vowed``), else the sentence's."""
    means: bool = False
    """``responded by saying …``: the clause is what the main verb did, not a second act."""
    relative: bool = False
    """``…, who said …``: its subject is the antecedent the sentence's speaker already is."""


_THE_FOLLOWING: Final = re.compile(r"\s+the\s+following\s*:?\s*$")


_CUE_WORDS: Final = first_letter_runs(PARTICIPLE_CUES)
_JOINING_WORDS: Final = frozenset("and but though although while whereas when".split())
_COORDINATED_WORDS: Final = first_letter_runs(_COORDINATED_PAST_FORMS) | frozenset(
    "called spoke spoken talked says notes argues insists adds warns admits say note argue "
    "insist add warn admit".split()
)
_SEMICOLON_WORDS: Final = frozenset("say says said told added argued noted warned insisted".split())
_FINDING_WORDS: Final = frozenset(
    "indicate indicates show shows showed suggest suggests suggested found finds".split()
)
_WITH_NEEDS: Final = (frozenset({"with"}), _CUE_WORDS)
_WHO_NEEDS: Final = (frozenset({"who", "which"}), first_letter_runs(_WHO_SAID_FORMS))

_Pattern = tuple[re.Pattern[str], tuple[tuple[str, ...], ...], tuple[frozenset[str], ...]]
_PATTERNS: Final[tuple[_Pattern, ...]] = (
    (_CLAUSE, ((",",), ("ing",)), (_CUE_WORDS,)),
    (_BY_CLAUSE, (("by",), ("ing",)), (frozenset({"by"}), _CUE_WORDS)),
    (
        _COORDINATED,
        (("and", "but", "though", "while", "whereas", "when"),),
        (_JOINING_WORDS, _COORDINATED_WORDS),
    ),
    (_AFTER_SEMICOLON, ((";",),), (_SEMICOLON_WORDS,)),
    (
        _DOCUMENT_CLAUSE,
        (("indicat", "show", "suggest", "found", "finds"),),
        (_JOINING_WORDS, _FINDING_WORDS),
    ),
)
"""Each pattern with what it needs, one of each group, tested before the pattern runs:
first as substrings (bare words: copy may put any kind of space around them; every
participle cue holds "ing", a test holds it, where a comma alone is in most sentences);
then, when the sentence's words are at hand (``lexicon.letter_runs``), as whole words:
its joining word and its verb, which most sentences lack where "and" and "ing" are in
nearly every one. ``_WITH_NEEDS`` and ``_WHO_NEEDS`` are the same for the patterns below."""


def _may_match(needs: tuple[frozenset[str], ...], words: frozenset[str] | None) -> bool:
    return words is None or all(not words.isdisjoint(need) for need in needs)


def find_participle_clause(
    text: str,
    start: int,
    end: int,
    quoted: list[Span],
    words: frozenset[str] | None = None,
) -> ParticipleClause | None:
    """The first participle or coordinated clause of ``text[start:end]`` outside quotes.
    ``words``: the stretch's ``lexicon.letter_runs``, when the caller has them."""
    sentence = text[start:end]
    found: list[re.Match[str]] = []
    for pattern, hints, needs in _PATTERNS:
        if _may_match(needs, words) and all(
            any(hint in sentence for hint in group) for group in hints
        ):
            found += pattern.finditer(text, start, end)
    if "with" in sentence and _may_match(_WITH_NEEDS, words):
        found += _WITH_SUBJECT.finditer(text, start, end)
    if _names_a_document(text, start, end):
        found += _DOCUMENT_SAYING.finditer(text, start, end)
    if "ing" in sentence and any(word in sentence for word in _EVENT_WORDS):
        found += _EVENT_SAYING.finditer(text, start, end)
    if ("who" in sentence or "which" in sentence) and _may_match(_WHO_NEEDS, words):
        found += _WHO_SAID.finditer(text, start, end)
    matches = sorted(found, key=lambda m: m.start())
    for match in matches:
        if any(q.start <= match.start() < q.end for q in quoted):
            continue
        if match.start("cue" if match.re in _NAMED_THEN_SAYING else 0) - start < 8:
            continue
        body_end = end
        while body_end > match.end() and text[body_end - 1] in " .;":
            body_end -= 1
        if len(text[match.end("cue") : body_end].split()) < 2 or _THE_FOLLOWING.match(
            text, match.end("cue"), body_end
        ):
            continue  # "…, he said, adding.", "…, tweeting the following:" say nothing here
        if _PARENTHETICAL.match(text, match.end("cue"), body_end):
            continue  # "reported, citing satellite images, that …": the verb's aside
        other_sense = _OTHER_SENSE.get(match.group("cue").lower())
        if other_sense is not None and other_sense.match(text, match.end("cue"), body_end):
            continue  # "adding to her lead", "claiming 41 percent of the vote": no speech
        if (
            match.re is _COORDINATED
            and not match.group("subject")
            and (match.group("concessive") or match.group("cue").startswith(("spok", "talk")))
        ):
            continue  # "…, though mostly welcomed", "said he rated them and talked about …"
        if match.group("cue") in CRITICISM_FORMS and not criticism_said(text, match.end("cue")):
            continue  # "and attacked the town": no speech
        if match.re is _WHO_SAID:
            if _inside_another_report(text, start, match, quoted):
                continue
            return _who_said(text, start, end, match)
        subject = match.groupdict().get("subject")
        means = match.re is _BY_CLAUSE
        if means and match.group("cue") not in _SAYING_BY:
            continue  # "by asking prosecutors to charge someone": a means, no speech
        return ParticipleClause(
            " ".join(match.group("cue").split()),
            match.start() if match.re not in _NAMED_THEN_SAYING else match.start("cue") - 1,
            Span(match.start("subject") if subject else match.start("cue"), end),
            Span(match.start("subject"), match.end("subject")) if subject else None,
            means,
        )
    return None


def _names_a_document(text: str, start: int, end: int) -> bool:
    """A cheap test before ``_DOCUMENT_SAYING``: a statement, letter or tweet is named."""
    sentence = text[start:end]
    return any(word in sentence for word in _DOCUMENT_WORDS)


_DOCUMENT_WORDS: Final = "statement letter memo tweet video post note message release".split()
_EVENT_SAYING: Final = re.compile(
    r"\b(?:conference|briefing|speech|address|interview)\s+"
    r"(?P<cue>announcing|saying|declaring|stating|warning|insisting)\b"
)
"""``said at a news conference announcing that …``: what the event's speaker said at it."""
_EVENT_WORDS: Final = "conference briefing speech address interview".split()
_NAMED_THEN_SAYING: Final = (_DOCUMENT_SAYING, _EVENT_SAYING)


def _inside_another_report(text: str, start: int, match: re.Match[str], quoted: list[Span]) -> bool:
    """ "a reporter who asked …", "told a young woman who suggested …, that …": a
    restrictive clause inside another's question or report is part of it."""
    restrictive = match.group(0)[:1].isspace() and match.group(0).lstrip()[:1] not in "-—"
    return restrictive and (
        match.group("cue") in ("asked", "asks")
        or find_attribution(text, start, match.start(), quoted) is not None
    )


_APPOSITION: Final = re.compile(r"(?:now|then|a|an|the|former|his|her|its|their)\s")
_NAME_AT_END: Final = re.compile(r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){0,3}\s*$")


def _who_said(text: str, start: int, end: int, match: re.Match[str]) -> ParticipleClause:
    """The clause of ``…, who said …``, its subject the phrase before the comma."""
    before = text.rfind(",", start, match.start())
    phrase_start = before + 1 if before >= 0 else start
    verb = _LEADING_VERB.match(text, phrase_start, match.start())
    if verb:
        phrase_start = verb.end()
    while phrase_start < match.start() and text[phrase_start] in ' “”"':
        phrase_start += 1
    if (
        before > start
        and match.group(0).lstrip().startswith(",")
        and len(text[phrase_start : match.start()].split()) <= 6
        and _APPOSITION.match(text, phrase_start, match.start())
    ):
        # "with McConnell, now the majority leader, who said …": the name before the aside
        named = _NAME_AT_END.search(text, start, before)
        if named is not None:
            return ParticipleClause(
                match.group("cue"),
                match.start(),
                Span(match.start("cue"), end),
                Span(named.start(), named.end()),
                relative=True,
            )
    restrictive = not match.group(0).lstrip().startswith((",", "-", "—"))
    if len(text[phrase_start : match.start()].split()) > (3 if restrictive else 6):
        # "The bid has included members of the Saudi government, which has denied …"
        starts = [d.start() for d in _DETERMINER.finditer(text, phrase_start, match.start())]
        plural = _LAST_PLURAL.search(text, phrase_start, match.start())
        if starts:
            phrase_start = starts[-1]
        elif restrictive and plural:  # "calls from listeners who said …"
            phrase_start = plural.start()
    dash = match.group(0).lstrip()[:1]
    if dash in "-—":  # "The study -- which notes that … -- was released": the aside alone
        close = text.find(" " + dash, match.end(), end)
        end = close if close >= 0 else end
    return ParticipleClause(
        match.group("cue"),
        match.start(),
        Span(match.start("cue"), end),
        Span(phrase_start, match.start()),
        relative=True,
    )
