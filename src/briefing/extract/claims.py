"""Claims: which statements assert the same proposition and which dispute it.

A report (unattributed, anonymous, or "X reported that …") opens a claim whose
summary is what was reported; later statements that dismiss, deny, confirm or
acknowledge it join that claim with their stance, chosen by the words they
share with it (or by "reports"/"claims" pointing back to the latest one).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.model import ExtractedClaim, ExtractedStatement

_REPORTING = re.compile(r"\b(?:reported|reportedly|claimed|alleged|allegedly|asserted)\b", re.I)
_POINTS_BACK = re.compile(
    r"\b(?:reports?|claims?|assertions?|allegations?|notion|account|accounts|rumou?rs?|report)\b",
    re.I,
)
_CLAIM_CONTENT = re.compile(r"\bthat\b|\breports?\s+of\b", re.I)
_CONTENT = re.compile(
    r"\b(?:that|(?:reports?|claims?|accounts?|rumou?rs?)\s+of)\s+(?P<content>.+)$", re.I | re.S
)
_SOURCE_PREFIX = re.compile(r"^according\s+to\s+[^,]{3,80},\s*", re.I)
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:which|who|where|located|according|said|he|she|they)\b.*$", re.S
)
_STOPWORDS = frozenset(
    """
    that this with from have were been their there which would could should about into over
    under between after before while said told reports report claims claim also still some they
    them then than when what will more most other such only just very being does
    """.split()
)
ATTACH_WITHIN_SENTENCES = 4


def link_claims(
    statements: list[ExtractedStatement], sentences: list[int]
) -> tuple[list[ExtractedStatement], list[ExtractedClaim]]:
    claims: list[ExtractedClaim] = []
    opened_at: list[int] = []
    openers: list[ExtractedStatement] = []
    linked: list[ExtractedStatement] = []
    for statement, sentence in zip(statements, sentences, strict=True):
        best = _best_claim(statement, claims, opened_at, openers, sentence)
        if _opens_claim(statement) and (
            best is None or statement.speaker is None or statement.speaker.kind != "anonymous"
        ):
            key = f"c{len(claims) + 1}"
            claims.append(ExtractedClaim(key, _summary(statement), statement.status))
            opened_at.append(sentence)
            statement = replace(statement, claim_key=key, stance="asserts")
            openers.append(statement)
        elif best is not None and statement.stance is not None:
            if not _already_disputed(statement, claims[best].key, linked):
                statement = _join(statement, claims[best].key, openers[best])
        elif statement.stance == "disputes" and _CONTENT.search(statement.text):
            key = f"c{len(claims) + 1}"
            claims.append(ExtractedClaim(key, _summary(statement), statement.status))
            opened_at.append(sentence)
            statement = replace(statement, claim_key=key)
            openers.append(statement)
        linked.append(statement)
    return linked, claims


def _join(
    statement: ExtractedStatement, key: str, opener: ExtractedStatement
) -> ExtractedStatement:
    """Join a claim; an undated anonymous source shares the date and outlet of the report it backs."""
    statement = replace(statement, claim_key=key)
    anonymous = statement.speaker is not None and statement.speaker.kind == "anonymous"
    named_opener = opener.speaker is not None and opener.speaker.is_named
    if anonymous and named_opener and statement.date.precision == "undated":
        statement = replace(statement, date=opener.date, outlet=statement.outlet or opener.outlet)
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
        named_opener = openers[latest].speaker is not None and openers[latest].speaker.is_named
        if named_opener and sentence - opened_at[latest] <= ATTACH_WITHIN_SENTENCES:
            return latest
    scored = [
        (len(words & _content_words(claim.summary)), index) for index, claim in enumerate(claims)
    ]
    overlap, index = max(scored)
    if overlap >= 2:
        return index
    if statement.stance == "disputes" and _POINTS_BACK.search(statement.text):
        return latest
    return None


def _summary(statement: ExtractedStatement) -> str:
    text = _SOURCE_PREFIX.sub("", statement.text.strip())
    match = _CONTENT.search(text)
    if match and len(match.group("content")) > 20:
        text = match.group("content")
    text = _balance_quotes(_TRAILING_CLAUSE.sub("", text).strip(" ."))
    if len(text) > 160:
        text = text[:157].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _balance_quotes(text: str) -> str:
    """Drop a dangling closing quote, or close one the summary opened."""
    if text.count('"') % 2:
        text = text[:-1].rstrip(" .,") if text.endswith('"') else text + '"'
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count("”") > text.count("“") and text.endswith("”"):
        text = text[:-1].rstrip(" .,")
    return re.sub(r'[.,]([”"])$', r"\1", text)


def _content_words(text: str) -> set[str]:
    return {word[:6] for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in _STOPWORDS}
