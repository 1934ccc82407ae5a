"""The analyst's work in a store, by what it is about rather than by row ids.

Two stores hold the same work when these snapshots are equal, whatever ids their
rows have: statements are named by their document's text and their span,
speakers and places by name, claims by everything the analyst can change on them.
"""

from __future__ import annotations

from briefing.store import Store


def snapshot(store: Store) -> dict[str, object]:
    documents = {d.id: d.content_hash[:12] for d in store.all_document_headers()}
    statements = {
        s.id: (documents[s.document_id], s.span.start, s.span.end) for s in store.all_statements()
    }
    speakers = {s.id: s.name for s in store.all_speakers()}
    claims = sorted(
        (
            claim.summary,
            claim.status,
            (claim.credibility is None, claim.credibility or 0),  # ungraded sorts apart
            tuple((h.from_status, h.to_status, h.who, h.note) for h in claim.history),
            tuple(sorted((statements[s.id], stance) for s, stance in claim.statements)),
            tuple(n.text for n in claim.notes),
        )
        for claim in store.all_claims()
    )
    notes = sorted(
        (n.target_kind, statements.get(n.target_id) if n.target_kind == "statement"
         else speakers.get(n.target_id) if n.target_kind == "speaker" else "claim", n.text, n.who)
        for n in store.all_notes()
    )  # fmt: skip
    return {
        "claims": claims,
        "notes": notes,
        "outlets": sorted((o.name, o.reliability) for o in store.all_outlets()),
        "speakers": sorted(
            (s.name, s.reliability, speakers.get(s.merged_into or 0)) for s in store.all_speakers()
        ),
        "filed": sorted((statements[s.id], s.speaker, s.places) for s in store.all_statements()),
        "places": sorted((p.name, p.merged_into is not None) for p in store.all_places()),
    }
