"""Quotation marks: which stretches of a text are someone's own words.

Curly (“…”) and straight ("…") double quotes are paired within a paragraph.
A quote left open at the end of a paragraph, with the next paragraph opening a
quote, is the wire convention for a quote that runs on: it closes at the
paragraph end. Single quotes are left alone (apostrophes make them ambiguous),
but two of them in a row (``''…''``, as some newspapers' archives print double
quotes) are read as a double quote by ``plain_quote_marks``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from briefing.extract.sentences import split_paragraphs
from briefing.frozen import dataclass
from briefing.model import Span

OPENING: Final = "“„«"
CLOSING: Final = "”»"


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: ``span`` includes the marks, ``inner`` only the words."""

    span: Span
    inner: Span

    def text(self, document: str) -> str:
        return document[self.inner.start : self.inner.end]


class QuoteIndex:
    """The document's quotes, found by position in logarithmic time: quotes never overlap
    and come in text order, so their ends are sorted too. (A scan of every quote for every
    sentence made a text of 20,000 quote marks take minutes.)"""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._ends = [q.span.end for q in quotes]

    def overlapping(self, start: int, end: int) -> list[Quote]:
        found = []
        for quote in self.quotes[bisect_right(self._ends, start) :]:
            if quote.span.start >= end:
                break
            found.append(quote)
        return found

    def at(self, offset: int) -> Quote | None:
        """The quote whose marks enclose ``offset``."""
        index = bisect_right(self._ends, offset)
        if index < len(self.quotes) and self.quotes[index].span.start <= offset:
            return self.quotes[index]
        return None


_DOUBLED_SINGLE: Final = re.compile(r"''|``")


def plain_quote_marks(text: str) -> str:
    """The text with two single quotes (or two backticks) as one double quote and a space,
    so every offset stays where it was: ``''We`` → `` "We``, ``late,''`` → ``late," ``."""
    if "''" not in text and "``" not in text:
        return text

    def one_mark(match: re.Match[str]) -> str:
        following = text[match.end() : match.end() + 1]
        return ' "' if following.isalnum() or match.group() == "``" else '" '

    return _DOUBLED_SINGLE.sub(one_mark, text)


MAX_QUOTES: Final = 10_000
"""Quotes read per document: far more than any article holds, a bound on hostile input."""


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    for start, end in split_paragraphs(text):
        quotes.extend(_paragraph_quotes(text, start, end, MAX_QUOTES - len(quotes)))
        if len(quotes) >= MAX_QUOTES:
            break
    return quotes


_QUOTE_MARK: Final = re.compile("[" + re.escape(OPENING + CLOSING) + '"]')


def _paragraph_quotes(text: str, start: int, end: int, budget: int) -> list[Quote]:
    found: list[Quote] = []
    open_at: int | None = None
    for mark in _QUOTE_MARK.finditer(text, start, end):  # the marks only, not every character
        if len(found) >= budget:
            return found
        index, char = mark.start(), mark.group()
        if char in OPENING or (char == '"' and open_at is None):
            if open_at is None:
                open_at = index
        elif (char in CLOSING or char == '"') and open_at is not None:
            found.append(_quote(text, open_at, index + 1))
            open_at = None
    if open_at is not None:
        found.append(_quote(text, open_at, end))
    return found


def _quote(text: str, start: int, end: int) -> Quote:
    inner_start = start + 1
    inner_end = end - 1 if end - 1 > start and text[end - 1] in CLOSING + '"' else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
        inner_end -= 1  # '“We wanted faster results,” he said': the comma is the tag's
    return Quote(Span(start, end), Span(inner_start, inner_end))


_LEAD_IN: Final = re.compile(
    r"(?:[,:]|\b(?:said|says|added|wrote|told \w+|that|saying|adding|writing|declaring|"
    r"[A-Z][\w.]*\s+(?:said|added|wrote)))\s*$"
)

_INVERTED_LEAD: Final = re.compile(
    r"\s*(?:Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Explained|Warned|Noted)\s+"
    r"[^,:.;“”\"]{1,60}$"
)
"""``Says Mayor Ruth Lane: “…”``: the verb first, then who said it."""


_INTRODUCING_END: Final = re.compile(r"[,:]\s*$")


def is_full_quote(text: str, quote: Quote, sentence_start: int) -> bool:
    """Direct speech rather than a phrase quoted inside someone's indirect speech.

    A quote is direct when it opens its sentence, follows a colon or comma
    (``said, “…”``), or carries a whole clause of its own (ends in punctuation
    and holds several words after a reporting lead-in).
    """
    # the lead-in is local: look at most 200 characters back (a whole sentence, scanned
    # once per quote, made a run-on text of quotes quadratic)
    window_start = max(sentence_start, quote.span.start - 200)
    before = text[window_start : quote.span.start]
    if not before.strip() and (
        window_start == sentence_start or not text[sentence_start : quote.span.start].strip()
    ):
        return True
    words = text[quote.inner.start : quote.inner.end].split()
    if _INTRODUCING_END.search(before):
        # "said, “…”" or the second half of a split quote, not a tag ending a clause.
        lead = before.rstrip(" ,:")
        return bool(_LEAD_IN.search(lead) or _INVERTED_LEAD.match(lead)) or len(words) >= 4
    return (
        bool(_LEAD_IN.search(before)) and len(words) >= 6 and not before.rstrip().endswith("that")
    )
