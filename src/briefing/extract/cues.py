"""Status cues: the words that tell how well confirmed a statement is.

"still unconfirmed" and "could not independently verify" leave a claim
unverified; "dismissed", "rejected" and "disputed" dispute it; "denied" denies
it; "confirmed" confirms it; "acknowledged" and "conceded" corroborate it;
"retracted" or "taken offline" retract it. Anonymous sourcing is unverified.
"""

from __future__ import annotations

import re
from typing import Any, Final

from briefing.frozen import dataclass, evolve
from briefing.model import ExtractedStatement, Span, Stance

_NEGATION: Final = r"(?<!not )(?<!n’t )(?<!n't )(?<!never )"
CueRule = tuple[re.Pattern[str], str, Stance, tuple[str, ...]]


def _rule(pattern: str, status: str, stance: Stance, stems: str) -> CueRule:
    return re.compile(pattern, re.IGNORECASE), status, stance, tuple(stems.split())


CUES: Final[tuple[CueRule, ...]] = tuple(
    _rule(*fields)
    for fields in (
        (
            r"\b(?:could\s*n[o’']t|could\s+not|cannot|can\s*not|(?:was|were)\s+(?:not\s+)?(?:unable|able)\s+to|has\s+not\s+been\s+able\s+to|did\s+not|did\s*n[’']t)\s+(?:be\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b",
            "unverified",
            "reports",
            "verif confirm",
        ),
        (
            r"\b(?:still\s+)?(?:unconfirmed|unverified|uncorroborated)\b",
            "unverified",
            "asserts",
            "unconfirmed unverified uncorroborated",
        ),
        (
            r"\b(?:retract(?:ed|s)?|taken\s+(?:offline|down)|pulled\s+(?:the|its)\s+(?:report|story)|withdr(?:ew|awn)\s+(?:the|its|his|her)\s+(?:report|story|claim|statement))\b",
            "retracted",
            "reports",
            "retract taken pulled withdr",
        ),
        (
            r"\bden(?:ied|ies|y|ying)\b|\bno\s+such\s+\w+\s+(?:had\s+)?(?:taken\s+place|occurred|happened|existed)\b",
            "denied",
            "disputes",
            "den such",
        ),
        (
            r"\b(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|disput(?:ed|es|ing)|refut(?:ed|es)|pour(?:ed|s)?\s+cold\s+water|played\s+down|downplay(?:ed|s)|cast(?:s|ing)?\s+doubt|push(?:ed|es)\s+back|brush(?:ed|es)\s+(?:aside|off)|play\s+down|called\s+\w+\s+(?:false|baseless|fake|untrue))\b",
            "disputed",
            "disputes",
            "dismiss reject disput refut cold play downplay cast push brush called",
        ),
        (
            rf"{_NEGATION}\b(?:confirm(?:ed|s|ing)|verified)\b",
            "confirmed",
            "asserts",
            "confirm verified",
        ),
        (
            r"\b(?:acknowledg(?:ed|es|e|ing)|conced(?:ed|es|e)|admit(?:ted|s))\b",
            "corroborated",
            "asserts",
            "acknowledg conced admit",
        ),
        (
            r"\b(?:reportedly|allegedly|purportedly|claimed|alleged)\b",
            "unverified",
            "asserts",
            "reportedly allegedly purportedly claimed alleged",
        ),
    )
)
"""Each cue: its pattern, the status and stance it gives, and the stems one of which it
needs, tested before the pattern runs ("den" of "president" and "cast" of "broadcast" pass
the first test often, and then only their own pattern runs)."""
_STEMS: Final = tuple(sorted({stem for *_, stems in CUES for stem in stems}))
"""A stem of every cue: a region with none of them has no cue."""
_STEM_HEADS: Final = frozenset(stem[:3] for stem in _STEMS)
"""The first three letters of each stem (none is shorter), tested before the stems."""


@dataclass(frozen=True)
class Cue:
    status: str
    stance: Stance
    word: str
    span: Span


def find_cue(text: str, start: int, end: int, words: frozenset[str] | None = None) -> Cue | None:
    """The strongest status cue in ``text[start:end]``, by the order of ``CUES``. ``words``:
    the ``lexicon.letter_runs`` of the sentence that holds the stretch, when the caller has
    them; a cue's stem opens one of them ("den" of "denied", never of "president")."""
    lowered, opened = "", []
    if words is None:
        lowered = text[start:end].lower()
        if not any(stem in lowered for stem in _STEMS):
            return None  # most sentences carry no cue: one pass of substring tests, no patterns
    else:
        opened = [w for w in words if w[:3] in _STEM_HEADS and w.startswith(_STEMS)]
        if not opened:
            return None
    for pattern, status, stance, stems in CUES:
        if words is None and not any(stem in lowered for stem in stems):
            continue
        if words is not None and not any(word.startswith(stems) for word in opened):
            continue
        match = pattern.search(text, start, end)
        if match:
            return Cue(status, stance, match.group(0), Span(match.start(), match.end()))
    return None


def cue_fields(text: str, start: int, end: int) -> dict[str, Any]:
    """A statement's status, cue word, cue span and stance, read from ``text[start:end]``."""
    cue = find_cue(text, start, end)
    return {
        "status": cue.status if cue else "unverified",
        "cue": cue.word if cue else None,
        "cue_span": cue.span if cue else None,
        "stance": cue.stance if cue else None,
    }


def indirect_part(
    text: str, statement: ExtractedStatement, span: Span, **changes: Any
) -> ExtractedStatement:
    """A stretch of a statement's sentence reported as an indirect statement of its own
    ("Claiming …," before "Trump told Fox …"), with the status cue that stretch carries."""
    return evolve(
        statement,
        text=text[span.start : span.end],
        kind="indirect",
        span=span,
        **cue_fields(text, span.start, span.end),
        **changes,
    )
