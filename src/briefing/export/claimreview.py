"""Claims as schema.org ClaimReview JSON-LD, for fact-checking tools and search engines.

One ``ClaimReview`` per claim: ``claimReviewed`` (the summary), ``reviewRating``
(the status on a 1–5 scale, named in ``alternateName``), ``itemReviewed`` (a
``Claim`` with its author — the first asserting speaker — and every
``appearance`` of it in an article), ``author`` (who last judged it) and
``datePublished``.
"""

from __future__ import annotations

import json
from typing import IO, Any

from briefing.export.selection import EVERYTHING, Selection
from briefing.model import EXTRACTOR, ClaimView, DocumentView, StatementView
from briefing.store import Store

RATINGS = {"confirmed": 5, "corroborated": 4, "unverified": 3, "disputed": 2, "denied": 1,
           "retracted": 1}  # fmt: skip


def write(store: Store, out: IO[str], selection: Selection = EVERYTHING) -> None:
    documents = {d.id: d for d in store.all_document_headers()}
    kinds = {s.id: s.kind for s in store.all_speakers()}
    reviews = [review(c, documents, kinds) for c in selection.claims(store)]
    json.dump({"@context": "https://schema.org", "@graph": reviews}, out, ensure_ascii=False,
              indent=1)  # fmt: skip
    out.write("\n")


def review(
    claim: ClaimView, documents: dict[int, DocumentView], kinds: dict[int, str]
) -> dict[str, Any]:
    asserting = [s for s, stance in claim.statements if stance != "disputes"]
    first = (asserting or [s for s, _ in claim.statements])[0] if claim.statements else None
    last = claim.history[-1] if claim.history else None
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [_appearance(s, documents) for s in asserting or
                       [s for s, _ in claim.statements]],
    }  # fmt: skip
    if first is not None:
        item["author"] = _author(first, kinds)
        if first.said_from is not None:
            item["datePublished"] = first.said_from.isoformat()
        item["firstAppearance"] = _appearance(first, documents)
    return {
        "@type": "ClaimReview",
        "identifier": f"claim-{claim.id}",
        "claimReviewed": claim.summary,
        "datePublished": (last.at[:10] if last else None),
        "author": _reviewer(last.who if last else None),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS.get(claim.status, 3),
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": claim.status,
            **({"ratingExplanation": last.note} if last and last.note else {}),
        },
        "itemReviewed": item,
    }


def _reviewer(who: str | None) -> dict[str, str]:
    """The analyst who last judged the claim, or briefing itself for an automatic status."""
    if who and who != EXTRACTOR:
        return {"@type": "Person", "name": who}
    return {"@type": "Organization", "name": "briefing (status read from the article)"}


def _author(statement: StatementView, kinds: dict[int, str]) -> dict[str, str]:
    kind = kinds.get(statement.speaker_id or -1, "person")
    return {
        "@type": "Person" if kind == "person" else "Organization",
        "name": statement.speaker or "unattributed",
    }


def _appearance(statement: StatementView, documents: dict[int, DocumentView]) -> dict[str, Any]:
    document = documents[statement.document_id]
    found: dict[str, Any] = {"@type": "CreativeWork", "text": statement.text}
    if document.url:
        found["url"] = document.url
    if document.title:
        found["headline"] = document.title
    if document.publisher:
        found["publisher"] = {"@type": "Organization", "name": document.publisher}
    if document.published:
        found["datePublished"] = document.published.isoformat()
    return found
