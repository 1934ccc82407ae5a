"""A sentence's words, read once and handed to the name, attribution, clause and status-cue
finders, only pass over patterns that could not match: the answers are those read without them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import cues, names, participles
from briefing.extract.attribution import find_attribution
from briefing.extract.lexicon import demonym_countries, first_letter_runs, letter_runs
from briefing.extract.names import named_people

_PIECES = (
    # titles and roles, some abbreviated, some cased as in running text
    "Mr.",
    "Ms.",
    "Dr.",
    "Lt.",
    "Col.",
    "Sen.",
    "Gen.",
    "President",
    "Prime Minister",
    "Minister",
    "journalist",
    "spokeswoman",
    "opposition leader",
    "Senator",
    "Judge",
    "co-founder",
    "president",
    "director",
    "ex-President",
    "the ministry",
    "the Defence Ministry",
    "the regional council",
    "Interior Ministry",
    "the agency’s",
    # names and words around them
    "Ana",
    "Pardo",
    "Maria",
    "Costa",
    "Deniz",
    "Arslan",
    "McKinley",
    "Warren",
    "Kyiv",
    "Ana Pardo’s",
    "the",
    "a",
    "of",
    "group",
    "in",
    "said",
    "told",
    "reporters",
    "on",
    "Monday",
    # punctuation that stands between them
    ",",
    ".",
    ";",
    "“",
    "”",
    "-",
    "’s",
    "(",
    ")",
    "2",
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
    glue = draw(st.lists(st.sampled_from([" ", " ", "", "\n"]), min_size=len(pieces)))
    return "".join(piece + space for piece, space in zip(pieces, glue, strict=False)).strip()


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_named_people_with_the_sentences_words_finds_what_it_finds_without(text: str) -> None:
    alone = named_people(text, 0, len(text))
    assert named_people(text, 0, len(text), words=letter_runs(text)) == alone


@settings(max_examples=200, deadline=None)
@given(sentences())
def test_find_attribution_with_the_sentences_words_finds_what_it_finds_without(text: str) -> None:
    alone = find_attribution(text, 0, len(text), [])
    assert find_attribution(text, 0, len(text), [], letter_runs(text)) == alone


def test_a_sentence_without_a_title_or_a_role_still_finds_its_name() -> None:
    text = "Ana Pardo, 38, left the building on Monday."
    words = letter_runs(text)
    assert "ana" in words and "monday" in words and "38" not in words
    assert {p.name for _, p in named_people(text, 0, len(text), words=words)} == {"Ana Pardo"}


def test_a_title_in_the_sentence_still_finds_its_name() -> None:
    text = "The talks were led by Lt. Col. Ana Pardo and spokeswoman Maria Costa, a director."
    found = [p.name for _, p in named_people(text, 0, len(text), words=letter_runs(text))]
    assert found == [p.name for _, p in named_people(text, 0, len(text))]
    assert "Ana Pardo" in found and "Maria Costa" in found


_ROLES = names._ROLE_AFTER.split("|")


def test_every_role_after_a_name_passes_the_role_prefilter() -> None:
    for role in _ROLES:
        text = f"They heard Zorb Quillon, a {role} of the group, say the talks failed."
        found = named_people(text, 0, len(text), words=letter_runs(text))
        assert (11, "Zorb Quillon") in [(at, p.name) for at, p in found], role


def test_every_title_before_a_name_passes_the_title_prefilter() -> None:
    texts = [f"They met {title}. Quillon there." for title in names._ABBREVIATED]
    texts += [f"They met {title} Zorb Quillon there." for title in names._BEFORE_FULL_NAME]
    texts += [f"They met {title} Quillon there." for title in names._BEFORE_SURNAME]
    for text in texts:
        alone = named_people(text, 0, len(text))
        assert "Quillon" in alone[0][1].name, text
        assert named_people(text, 0, len(text), words=letter_runs(text)) == alone, text


_CLAUSE_PIECES = (
    *_PIECES[:40],
    *(cue for cue in participles.PARTICIPLE_CUES[::3]),
    "and", "but", "though", "while", "who", "which", "with", "by", "said", "warned",
    "called for", "spoke about", "says", "a review of records", "indicates", "shows",
    "released a statement", "a news conference", "Lind", "he", "she", "they", "also",
)  # fmt: skip


@st.composite
def clause_sentences(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_CLAUSE_PIECES), min_size=1, max_size=16))
    glue = draw(st.lists(st.sampled_from([" ", " ", ", ", "; ", " — "]), min_size=len(pieces)))
    return "".join(piece + space for piece, space in zip(pieces, glue, strict=False)).strip()


@settings(max_examples=400, deadline=None)
@given(clause_sentences())
def test_find_participle_clause_with_the_sentences_words_finds_what_it_finds_without(
    text: str,
) -> None:
    alone = participles.find_participle_clause(text, 0, len(text), [])
    assert participles.find_participle_clause(text, 0, len(text), [], letter_runs(text)) == alone


def _clause_examples() -> list[str]:
    """One sentence for each verb each clause pattern can end in."""
    texts = []
    for cue in participles.PARTICIPLE_CUES:
        texts.append(f"The minister met the protesters on Monday, {cue} the road would reopen.")
        texts.append(f"The minister began by {cue} the road would reopen soon.")
        texts.append(f"The vote went ahead, with Ana Pardo {cue} the count was fair.")
    for form in participles._COORDINATED_PAST_FORMS:
        texts.append(f"Keller criticized Lind on Monday and {form} the plan was dead.")
        texts.append(f"Keller met Lind on Monday, though she {form} the plan was dead.")
    for cue in ("called for", "called on", "spoke about", "talked of"):
        texts.append(f"Keller met Lind on Monday and {cue} a recount of the votes.")
    for subject, verbs in (
        ("he", "says notes argues insists adds warns admits"),
        ("they", "say note argue insist add warn admit"),
    ):
        for verb in verbs.split():
            texts.append(f"Keller met Lind on Monday, and {subject} {verb} the plan is dead.")
    for form in participles._WHO_SAID_FORMS:
        texts.append(f"The talks were led by Ana Pardo, who {form} the plan was dead.")
    for verb in "say says said told added argued noted warned insisted".split():
        texts.append(f"The plan is dead on every count; Lind {verb} it would fail.")
    for verb in "indicates shows showed suggests suggested found finds".split():
        for joint in "and but though although while".split():
            texts.append(f"The count went ahead, {joint} a review of records {verb} it was flawed.")
    return texts


def test_every_clause_verb_passes_the_word_prefilter() -> None:
    for text in _clause_examples():
        alone = participles.find_participle_clause(text, 0, len(text), [])
        with_words = participles.find_participle_clause(text, 0, len(text), [], letter_runs(text))
        assert with_words == alone, text


def test_the_clause_examples_find_clauses() -> None:
    examples = _clause_examples()
    found = [participles.find_participle_clause(t, 0, len(t), []) for t in examples]
    assert sum(clause is not None for clause in found) >= len(examples) * 3 // 4


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.one_of(
            st.characters(),
            st.sampled_from("aZz é ßİK\u212a\x00\t\n’“-_09ÀÿĀ\ud800"),
        ),
        max_size=60,
    )
)
def test_letter_runs_are_the_runs_of_a_to_z_of_the_lowered_text(text: str) -> None:
    assert letter_runs(text) == frozenset(re.findall("[a-z]+", text.lower()))


def test_letter_runs_lower_before_they_drop_what_is_past_latin_1() -> None:
    assert letter_runs("\u212aYIV") == {"kyiv"}  # the Kelvin sign lowers to a plain k
    assert letter_runs("İZMİR, Café-Bar ßtraße") == {"i", "zmi", "r", "caf", "bar", "tra", "e"}


def test_first_letter_runs_are_the_word_a_phrase_opens_with() -> None:
    assert first_letter_runs(["pooh-poohed", "going on to say", "Prime Minister", "—"]) == {
        "pooh",
        "going",
        "prime",
    }


def test_demonym_countries_counts_each_capitalised_demonym_in_order() -> None:
    text = "Ukrainian and Russian officials met; a Ukrainian source and russian media said so."
    assert demonym_countries(text) == ["Ukraine", "Russia", "Ukraine"]


_CUE_PHRASES = (
    "could not independently verify", "was unable to confirm", "did n’t confirm",
    "has not been able to verify", "cannot be verified", "still unconfirmed", "unverified",
    "uncorroborated", "retracted", "retracts", "taken offline", "taken down", "pulled its story",
    "withdrew her claim", "withdrawn the report", "denied", "Denies", "deny", "denying",
    "no such strike had taken place", "no such deal existed", "dismissed", "rejects", "disputing",
    "refuted", "poured cold water", "played down", "play down", "downplays", "cast doubt",
    "casting doubt", "pushed back", "brushed aside", "brushes off", "called it baseless",
    "confirmed", "Confirms", "verified", "has confirmed", "acknowledged", "concedes",
    "admitted", "reportedly", "Allegedly", "purportedly", "claimed", "alleged",
)  # fmt: skip


def test_every_cue_passes_the_word_prefilter() -> None:
    assert min(len(stem) for stem in cues._STEMS) >= 3  # the heads tested first are 3 letters
    for phrase in _CUE_PHRASES:
        text = f"On Monday the ministry {phrase} the report of a strike near the port."
        alone = cues.find_cue(text, 0, len(text))
        assert alone is not None, phrase
        assert cues.find_cue(text, 0, len(text), letter_runs(text)) == alone, phrase


_CUE_PIECES = (
    *_PIECES[:40], *_CUE_PHRASES[::2], "president", "broadcast", "dense", "the", "said",
    "that", "report", "n’t", "not", "never", "such", "it", "false", "-", "3",
)  # fmt: skip


@st.composite
def cue_sentences(draw: st.DrawFn) -> tuple[str, int, int]:
    pieces = draw(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=14))
    glue = draw(st.lists(st.sampled_from([" ", " ", ", ", "", "“"]), min_size=len(pieces)))
    text = "".join(piece + space for piece, space in zip(pieces, glue, strict=False))
    start = draw(st.integers(0, len(text)))
    return text, start, draw(st.integers(start, len(text)))


@settings(max_examples=500, deadline=None)
@given(cue_sentences())
def test_find_cue_in_a_stretch_with_the_sentences_words_finds_what_it_finds_without(
    example: tuple[str, int, int],
) -> None:
    text, start, end = example
    alone = cues.find_cue(text, start, end)
    assert cues.find_cue(text, start, end, letter_runs(text)) == alone
