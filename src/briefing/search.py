"""One search over speakers, places, outlets, claims and statement text, however it is spelled.

Names (speakers with their aliases and roles, places with their aliases and
transliterations, outlets) are matched on :func:`~briefing.folding.fold_translit`
keys: first by prefix (so ``avd`` and ``stolt`` find as you type), then with
rapidfuzz's ``ratio`` — the cheap scorer, over whole keys and over single words
— so ``avdeevka``, ``zaluzhnyi`` and ``stoltenburg`` find their targets.
Statement text and claim summaries go through FTS5 prefix queries, re-ranked
with rapidfuzz. Keys live in the store's ``search_names`` table, filled on
ingest; this index only reads the rows it has not seen yet, so it is never
rebuilt at start-up. Results are ordered by score, then kind, label and id, so
the same store always answers the same way.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from briefing.folding import fold_translit
from briefing.model import SEARCH_KINDS, ClaimView, SearchHit, TimelineFilter
from briefing.store import Store
from briefing.store.prefix_index import LONGEST_PREFIX, SHORTEST_PREFIX
from briefing.wording import counted

NAME_KINDS = ("speaker", "place", "outlet")
KIND_ORDER = {kind: position for position, kind in enumerate(SEARCH_KINDS)}
Owner = tuple[str, int, str, float]
"""``(kind, target id, form as written, penalty)`` behind a folded key."""
STOP_WORDS = frozenset("the of for and a an in on at to de la el al".split())
FIELD_PENALTY = {"alias": 2.0, "role": 15.0}
"""An alias ranks just below the name itself; a role ("governor of the Kharkiv region") is a
weak hint."""
MAX_POPULARITY_BOOST = 1.5
"""Well-quoted names rank a little higher: at most this many points (at 30+ statements)."""
EXACT_BONUS = 1.0
"""Typed exactly as written wins over a variant of the same key."""
MIN_PREFIX_LETTERS = 3
"""Below this many letters a query matches whole names only, never prefixes or near misses."""
WORD_PENALTY = 2.0
"""A match on one word of a name ("stoltenberg") ranks just below a match on all of it."""
TEXT_CEILING = 85.0
"""Text matches rank below a good name match: a name is what an analyst types."""
PLACE_STATEMENTS_FROM = 95.0
"""A place matched this well brings its statements into the results."""
_WORDS = re.compile(r"\w+", re.UNICODE)


def cutoff(query_key: str) -> float:
    """How close a fuzzy match must be: stricter for short queries, none below four letters."""
    length = len(query_key.replace(" ", ""))
    if length < 4:
        return 101.0
    return 86.0 if length < 6 else 78.0


@dataclass
class _Names:
    """The folded name keys seen so far, sorted for prefix look-ups.

    Whole keys ("jens stoltenberg") and their single words ("stoltenberg") are
    kept apart so that a whole-name match can outrank a match on one word.
    """

    keys: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    key_owners: dict[str, list[Owner]] = field(default_factory=dict)
    word_owners: dict[str, list[Owner]] = field(default_factory=dict)
    last_id: int = 0

    def add_all(self, rows: list[tuple[int, str, int, str, str, str]]) -> None:
        for row_id, kind, target_id, form, key, form_field in rows:
            owner = (kind, target_id, form, FIELD_PENALTY.get(form_field, 0.0))
            self.key_owners.setdefault(key, []).append(owner)
            for word in set(key.split()) - {key} - STOP_WORDS:
                self.word_owners.setdefault(word, []).append(owner)
            self.last_id = row_id
        if rows:
            self.keys = sorted(self.key_owners)
            self.words = sorted(self.word_owners)


class SearchIndex:
    """Search over one store; safe to share between threads."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._names = _Names()
        self._lock = threading.Lock()

    def refresh(self) -> None:
        """Read the name forms added since the last look (new ingests, other processes)."""
        with self._lock:
            self._names.add_all(self.store.name_forms_since(self._names.last_id))

    def search(
        self, query: str, kinds: tuple[str, ...] | None = None, limit: int = 20
    ) -> list[SearchHit]:
        kinds = kinds or SEARCH_KINDS
        if not query.strip():
            return []
        self.refresh()
        hits: list[SearchHit] = []
        if any(kind in NAME_KINDS for kind in kinds):
            hits += self._names_matching(query, kinds, limit)
        if sum(c.isalpha() for c in query) >= MIN_PREFIX_LETTERS:
            if "claim" in kinds:
                hits += self._claims_matching(query, limit)
            if "statement" in kinds:
                hits += self._statements_matching(query, limit)
                hits += self._statements_about(hits, limit)
            hits += [h for h in self._notes_matching(query, limit) if h.kind in kinds]
        lowered = query.lower()
        hits.sort(
            key=lambda h: (
                -h.score,
                -fuzz.ratio(lowered, h.matched.lower()),
                KIND_ORDER[h.kind],
                h.label,
                h.target_id,
            )
        )
        return hits[:limit]

    # --- names -------------------------------------------------------------

    def _names_matching(self, query: str, kinds: tuple[str, ...], limit: int) -> list[SearchHit]:
        key = fold_translit(query)
        if not key:
            return []
        best: dict[tuple[str, int], tuple[float, str]] = {}
        lowered = query.lower()

        def consider(owners: list[Owner], score: float) -> None:
            for kind, target_id, form, penalty in owners:
                if kind not in kinds:
                    continue
                known, known_form = best.get((kind, target_id), (-1.0, ""))
                closer = fuzz.ratio(lowered, form.lower()) > fuzz.ratio(lowered, known_form.lower())
                best[(kind, target_id)] = (
                    max(known, score - penalty),
                    form if closer or not known_form else known_form,
                )

        names = self._names
        threshold = cutoff(key)
        if sum(c.isalpha() for c in query) < MIN_PREFIX_LETTERS:
            for kind_owners in (names.key_owners.get(key, ()), names.word_owners.get(key, ())):
                consider(list(kind_owners), 100.0)
            return self._name_hits(query, best)
        with self._lock:
            for pool, owners, penalty in (
                (names.keys, names.key_owners, 0.0),
                (names.words, names.word_owners, WORD_PENALTY),
            ):
                for token in _starting_with(pool, key):
                    consider(owners[token], 90.0 + 10.0 * len(key) / len(token) - penalty)
                if threshold > 100 or (penalty and " " in key):
                    continue
                for token, score, _ in process.extract(
                    key, pool, scorer=fuzz.ratio, score_cutoff=threshold, limit=limit * 3
                ):
                    consider(owners[token], score - penalty)
        return self._name_hits(query, best)

    def _name_hits(
        self, query: str, best: dict[tuple[str, int], tuple[float, str]]
    ) -> list[SearchHit]:
        hits = []
        best = self._follow_merges(best)
        for kind in NAME_KINDS:
            ids = sorted(target for (k, target) in best if k == kind)
            for target_id, (label, detail, count) in self.store.labels(kind, ids).items():
                score, form = best[(kind, target_id)]
                score += min(MAX_POPULARITY_BOOST, math.log10(1 + count))
                score += EXACT_BONUS if form.lower() == query.strip().lower() else 0.0
                hits.append(
                    SearchHit(kind, target_id, label, detail, round(score, 1), form,
                              _highlight(query, label))
                )  # fmt: skip
        return hits

    def _follow_merges(
        self, best: dict[tuple[str, int], tuple[float, str]]
    ) -> dict[tuple[str, int], tuple[float, str]]:
        """A speaker or place merged into another is found as that one."""
        roots = {
            "speaker": self.store.speaker_roots([t for (k, t) in best if k == "speaker"]),
            "place": self.store.place_roots([t for (k, t) in best if k == "place"]),
        }
        if not any(roots.values()):
            return best
        followed: dict[tuple[str, int], tuple[float, str]] = {}
        for (kind, target), found in best.items():
            key = (kind, roots.get(kind, {}).get(target, target))
            if key not in followed or found[0] > followed[key][0]:
                followed[key] = found
        return followed

    # --- text --------------------------------------------------------------

    def _notes_matching(self, query: str, limit: int) -> list[SearchHit]:
        """Analysts' notes, found as the statement, claim or speaker they are written on."""
        match = prefix_query(query)
        if not match:
            return []
        hits = []
        for note in self.store.notes_matching(match, limit):
            score = min(TEXT_CEILING, fuzz.partial_ratio(query.lower(), note.text.lower()))
            hits.append(
                SearchHit(note.target_kind, note.target_id, note.text,
                          f"note on {note.target_kind} {note.target_id} · {note.who or '?'}",
                          round(score, 1), note.text, _highlight(query, note.text))
            )  # fmt: skip
        return hits

    def _claims_matching(self, query: str, limit: int) -> list[SearchHit]:
        match = indexed_query(query)
        if not match:
            return []
        hits = []
        for claim in self.store.claims_matching(match, limit * _widened(query)):
            if not opens_words(query, claim.summary):
                continue
            score = min(TEXT_CEILING, fuzz.partial_ratio(query.lower(), claim.summary.lower()))
            hits.append(
                SearchHit("claim", claim.id, claim.summary, _claim_detail(claim), round(score, 1),
                          claim.summary, _highlight(query, claim.summary))
            )  # fmt: skip
        return hits

    def _statements_matching(self, query: str, limit: int) -> list[SearchHit]:
        match = indexed_query(query)
        if not match:
            return []
        hits = []
        for statement in self.store.search_statements(match, limit * 2 * _widened(query)):
            if not opens_words(query, statement.text):
                continue
            score = min(TEXT_CEILING - 5, fuzz.partial_ratio(query.lower(), statement.text.lower()))
            detail = f"{statement.speaker or 'unattributed'} · {statement.sort_day or 'undated'}"
            hits.append(
                SearchHit("statement", statement.id, statement.text, detail, round(score, 1),
                          statement.text, _highlight(query, statement.text))
            )  # fmt: skip
        return hits

    def most_mentioned(self, days: int = 7, limit: int = 5) -> tuple[str, list[SearchHit]]:
        """What the search pane offers before anything is typed: the speakers and places
        most quoted in the store's last week, as results that open like any other, with
        the days they cover ("Dec 7–13")."""
        since, latest, rows = self.store.most_mentioned(days, limit)
        hits = [
            SearchHit(kind, target_id, name, counted(count, "statement"), float(count), name, None)
            for kind, target_id, name, count in rows
        ]
        return (_period(since, latest) if rows else ""), hits

    def _statements_about(self, hits: list[SearchHit], limit: int) -> list[SearchHit]:
        """The statements about a place the query names, whatever spelling their text uses
        (``/maryinka`` finds "Marinka" and "Mariinka"), below the statements that match the
        text itself; at most half the results."""
        shown = {h.target_id for h in hits if h.kind == "statement"}
        places = [h for h in hits if h.kind == "place" and h.score >= PLACE_STATEMENTS_FROM][:2]
        found = []
        for place in places:
            page = self.store.timeline_page(TimelineFilter(place_id=place.target_id), limit=limit)
            for statement in page.statements:
                if statement.id in shown or len(found) >= limit // 2:
                    continue
                shown.add(statement.id)
                detail = (
                    f"about {place.label} · {statement.speaker or 'unattributed'} · "
                    f"{statement.sort_day or 'undated'}"
                )
                found.append(
                    SearchHit("statement", statement.id, statement.text, detail,
                              round(TEXT_CEILING - 10, 1), statement.text, None)
                )  # fmt: skip
        return found


def _period(since: str, latest: str) -> str:
    first, last = date.fromisoformat(since), date.fromisoformat(latest)
    if first.month == last.month:
        return f"{first:%b} {first.day}–{last.day}"
    return f"{first:%b} {first.day} – {last:%b} {last.day}"


def _starting_with(pool: list[str], key: str, most: int = 200) -> list[str]:
    start = bisect.bisect_left(pool, key)
    found = []
    for token in pool[start : start + most]:
        if not token.startswith(key):
            break
        found.append(token)
    return found


def _claim_detail(claim: ClaimView) -> str:
    rated = f" · credibility {claim.credibility}" if claim.credibility else ""
    return f"{claim.status}{rated}"


def prefix_query(query: str, longest: int | None = None, shortest: int = 1) -> str:
    """An FTS5 query in which every word is a prefix: ``avd ukr`` → ``"avd"* "ukr"*``; with
    ``longest``, a longer word is cut to that many letters, and a word under ``shortest``
    letters is left out (as far as the prefix indexes go, either way)."""
    return " ".join(
        f'"{word[:longest]}"*' for word in _WORDS.findall(query) if len(word) >= shortest
    )


def indexed_query(query: str) -> str:
    """The query as the statement and claim indexes answer it fast: ``ramon r`` reads
    ``"ramon"*`` (a one-letter prefix opens a tenth of all words: hundreds of milliseconds at
    ten million statements), ``evacuation`` reads ``"evacuati"*``; ``opens_words`` checks
    the rest on each text found."""
    return prefix_query(query, LONGEST_PREFIX, SHORTEST_PREFIX)


def opens_words(query: str, text: str) -> bool:
    """Does every word of the query the index did not read whole (under three letters, or
    over eight) open a word of ``text``, folded as the full-text index folds them (case,
    diacritics)?"""
    unread = [_fold(word) for word in _WORDS.findall(query) if not _read_whole(word)]
    if not unread:
        return True
    words = _WORDS.findall(_fold(text))
    return all(any(word.startswith(prefix) for word in words) for prefix in unread)


def _read_whole(word: str) -> bool:
    return SHORTEST_PREFIX <= len(word) <= LONGEST_PREFIX


def _widened(query: str) -> int:
    """How many times more candidates to read when a word was cut to the indexed prefix
    (some of them will not open with the whole word)."""
    return 1 if all(_read_whole(word) for word in _WORDS.findall(query)) else 4


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _highlight(query: str, label: str) -> tuple[int, int] | None:
    """Where the query best matches inside ``label``, if it matches there at all."""
    if not label:
        return None
    alignment = fuzz.partial_ratio_alignment(query.lower(), label.lower())
    if alignment is None or alignment.score < 70:
        return None
    return alignment.dest_start, alignment.dest_end
