"""Which outlet carried a statement, from every place a sentence can name it.

In the attribution (``told Reuters``, ``writing on Substack``); after the clause (``…,
the state news agency TASS reported``); before the verb (``according to remarks carried
by SUNA, the general said``); by reference (``in the same remarks``: the outlet of the
statement before); or the speaker itself, when a publication reports (``The trade journal
Baltic Freight reported``). The outlet patterns themselves are in ``outlets``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from briefing.extract.attribution import Attribution
from briefing.extract.frames import Frame
from briefing.extract.outlets import OutletFound, OutletMemory, find_outlet, trailing_reporter
from briefing.extract.sentences import Sentence
from briefing.frozen import evolve
from briefing.model import ExtractedStatement, SpeakerMention

_SAME_OCCASION: Final = re.compile(
    r"(?=i)\bin\s+the\s+same\s+(?:remarks|interview|statement|broadcast|video|post|address|comments|"
    r"briefing)\b",
    re.IGNORECASE,
)


_REPORTED_ENDINGS: Final = ("reported", "said", "reports", "says", "saying")


def channel_of(
    text: str,
    sentence: Sentence,
    frame: Frame,
    kind: str,
    speaker: SpeakerMention,
    attribution: Attribution | None,
    outlets: OutletMemory,
    earlier: Callable[[], ExtractedStatement | None],
) -> OutletFound:
    """The outlet and venue of a statement; ``earlier()`` finds the latest statement before
    it that named an outlet (asked only when the sentence points back to one)."""
    outlet = find_outlet(text, sentence.start, sentence.end, outlets) if kind == "direct" else None
    for start, end in frame.regions if outlet is None else ():
        candidate = find_outlet(text, start, end, outlets)
        if outlet is None or (candidate.name and not outlet.name):
            outlet = candidate
        elif candidate.venue and not outlet.venue:
            outlet = evolve(outlet, venue=candidate.venue)
    assert outlet is not None
    if (
        outlet.name is None
        and kind == "indirect"
        and speaker.kind != "unattributed"
        and sentence.text.rstrip(' ."”').endswith(_REPORTED_ENDINGS)
    ):
        carried = trailing_reporter(text, sentence.start, sentence.end, outlets)
        if carried is not None and carried.name != speaker.name:
            outlet = evolve(outlet, name=carried.name, span=carried.span)
    if (
        outlet.name is None
        and attribution is not None
        and kind == "indirect"
        and " by " in text[sentence.start : attribution.verb_span.start]
    ):
        lead = find_outlet(text, sentence.start, attribution.verb_span.start, outlets)
        if lead.name:  # "According to remarks carried by SUNA, the general said"
            outlet = evolve(outlet, name=lead.name, span=lead.span)
    if (
        outlet.name is None
        and "same" in sentence.text.casefold()  # what the pattern needs, in one cheap test
        and _SAME_OCCASION.search(sentence.text)
    ):
        before = earlier()  # "…, the general said in the same remarks."
        if before is not None:
            outlet = evolve(outlet, name=before.outlet, span=None, venue=before.venue)
    if (
        outlet.name is None
        and speaker.kind == "organisation"
        and outlets.is_news_body(speaker.name, speaker.role)
    ):
        outlet = evolve(outlet, name=speaker.name, span=speaker.span)
    return outlet
