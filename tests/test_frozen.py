"""Records, and the extractor's frozen dataclasses, refuse a change to a field, to the type
checker always and at run time under the tests; built plain elsewhere, they compare, hash
and print alike. ``evolve`` copies a model
instance with some fields changed exactly as ``dataclasses.replace`` does, only faster."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.extract.propositions import EVENTS
from briefing.extract.sentences import Sentence
from briefing.frozen import CHECK_ENV, FROZEN_AT_RUN_TIME, dataclass, evolve, record
from briefing.model import (
    DateSpan,
    Document,
    ExtractedClaim,
    ExtractedStatement,
    PlaceMention,
    Span,
    SpeakerMention,
)

SPEAKER = SpeakerMention("Oksana Marchenko", role="mayor", span=Span(4, 20), gender="female")
STATEMENT = ExtractedStatement(
    "the bridge is closed",
    "indirect",
    Span(0, 40),
    speaker=SPEAKER,
    date=DateSpan(date(2024, 3, 1), date(2024, 3, 1), "day", "on Friday", Span(30, 39)),
    places=(PlaceMention("Kherson", "UA", "city", span=Span(22, 29)),),
    cue="said",
    cue_span=Span(21, 25),
)


@pytest.mark.parametrize(
    ("instance", "changes"),
    [
        (STATEMENT, {"claim_key": "c1", "stance": "asserts"}),
        (STATEMENT, {"text": "the bridge is open", "span": Span(1, 41)}),
        (STATEMENT, {}),
        (SPEAKER, {"name": "Oksana Marchenko Jr.", "affiliation": "city council"}),
        (Span(3, 9), {"end": 12}),
        (PlaceMention("Kherson"), {"span": Span(5, 12), "aliases": ("Kherson city",)}),
        (ExtractedClaim("c1", "the bridge is closed"), {"summary": "Bridge closed"}),
    ],
)
def test_a_copy_is_what_replace_gives(instance: object, changes: dict[str, object]) -> None:
    copy = evolve(instance, **changes)
    expected = dataclasses.replace(instance, **changes)  # type: ignore[type-var]
    assert copy == expected
    assert copy is not instance
    assert _state(copy) == _state(expected)
    assert hash(copy) == hash(expected)
    assert _state(instance) != _state(copy) or not changes  # the original is untouched
    assert _state(instance) == _state(dataclasses.replace(instance))


def _state(instance: object) -> dict[str, object]:
    """Every field's value: a record keeps its fields in slots, not in a ``__dict__``."""
    assert not hasattr(instance, "__dict__")
    return {f.name: getattr(instance, f.name) for f in dataclasses.fields(instance)}  # type: ignore[arg-type]


def test_a_record_with_a_field_init_does_not_take_is_copied_by_replace() -> None:
    @record
    class Tally:
        name: str
        seen: int = dataclasses.field(init=False, default=0)

    tally = Tally("Kherson")
    assert evolve(tally, name="Odesa") == dataclasses.replace(tally, name="Odesa")


def test_an_unknown_field_is_refused_like_replace() -> None:
    with pytest.raises(TypeError, match="speeker"):
        evolve(STATEMENT, speeker=SPEAKER)
    with pytest.raises(TypeError):
        dataclasses.replace(STATEMENT, speeker=SPEAKER)  # type: ignore[call-arg]


def test_a_class_that_computes_on_construction_still_computes() -> None:
    """``Document`` makes its text printable in ``__post_init__``: a copy does so too."""
    document = Document("Kyiv, 1 March.", title="Morning report")
    copy = evolve(document, title="Evening\x07 report")
    assert copy.title == dataclasses.replace(document, title="Evening\x07 report").title
    assert "\x07" not in (copy.title or "")


def test_under_the_tests_a_change_to_a_field_fails() -> None:
    assert os.environ[CHECK_ENV] and FROZEN_AT_RUN_TIME
    with pytest.raises(dataclasses.FrozenInstanceError):
        STATEMENT.text = "the bridge is open"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        SPEAKER.span.start = 3  # type: ignore[union-attr, misc]


def test_under_the_tests_a_change_to_an_extractor_dataclass_fails() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Sentence("Kyiv said so.", 0, 13, 0).start = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        EVENTS[0].kind = "war"  # type: ignore[misc]


def test_the_extractor_dataclass_takes_what_dataclasses_takes() -> None:
    @dataclass
    class Tally:
        counts: list[int] = dataclasses.field(default_factory=list)

    @dataclass(frozen=True, order=True)
    class Mark:
        at: int

    tally = Tally()
    tally.counts = [1]  # not declared frozen: a plain dataclass everywhere
    assert tally == Tally([1]) and Tally().counts == []
    assert Mark(1) < Mark(2) and hash(Mark(1)) == hash(Mark(1))
    assert dataclasses.is_dataclass(Mark) and Mark.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_the_type_checker_refuses_a_change_to_a_field(tmp_path: Path) -> None:
    from mypy import api

    program = tmp_path / "moves.py"
    program.write_text(
        "from briefing.extract.sentences import Sentence\nfrom briefing.model import Span\n\n\n"
        "def move(span: Span, sentence: Sentence) -> None:\n    span.start = 3\n"
        "    sentence.start = 3\n"
    )
    source = Path(__file__).resolve().parents[1] / "src"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MYPYPATH", str(source))
        report, _, status = api.run(["--no-incremental", "--follow-imports=silent", str(program)])
    assert status == 1
    assert 'moves.py:6: error: Property "start" defined in "Span" is read-only' in report
    assert 'moves.py:7: error: Property "start" defined in "Sentence" is read-only' in report


_SHOWN = """
import dataclasses
import json
from briefing.extract.sentences import Sentence
from briefing.frozen import evolve
from briefing.model import Span
from tests.test_frozen import STATEMENT
fields = tuple(getattr(STATEMENT, f.name) for f in dataclasses.fields(STATEMENT) if f.compare)
sentence = Sentence("Kyiv said so.", 0, 13, 0)
print(json.dumps({
    "frozen": [Span.__dataclass_params__.frozen, Sentence.__dataclass_params__.frozen],
    "shown": [repr(STATEMENT), hash(Span(3, 9)), repr(sentence)],
    "hash of the fields": [hash(STATEMENT) == hash(fields),
                           hash(sentence) == hash(("Kyiv said so.", 0, 13, 0))],
    "equal copies": [STATEMENT == dataclasses.replace(STATEMENT),
                     len({STATEMENT, dataclasses.replace(STATEMENT)}),
                     sentence == evolve(sentence), len({sentence, evolve(sentence)})],
    "evolved": [evolve(STATEMENT, cue="says") == dataclasses.replace(STATEMENT, cue="says"),
                repr(evolve(Span(3, 9), end=12)), hasattr(STATEMENT, "__dict__")],
}))
"""


def _shown(check: bool) -> dict[str, list[object]]:
    environment = {k: v for k, v in os.environ.items() if k != CHECK_ENV}
    environment["PYTHONHASHSEED"] = "7"
    command = [sys.executable, "-c", _SHOWN]
    if check:
        environment[CHECK_ENV] = "1"
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)
    shown: dict[str, list[object]] = json.loads(done.stdout)
    return shown


def test_built_plain_a_record_compares_hashes_and_prints_alike() -> None:
    """Outside the tests records and the extractor's dataclasses are plain dataclasses
    (``tests/__init__`` sets the check before the subprocess imports them, so it is left out
    of the command's environment)."""
    frozen, plain = _shown(check=True), _shown(check=False)
    assert (frozen.pop("frozen"), plain.pop("frozen")) == ([True, True], [False, False])
    assert plain == frozen
    assert plain["hash of the fields"] == [True, True]
    assert plain["equal copies"] == [True, 1, True, 1]
    assert plain["evolved"] == [True, "Span(start=3, end=12)", False]  # kept in slots


def test_built_plain_the_samples_store_and_export_as_they_do_frozen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole path outside the tests (extraction in two processes, pickled between them,
    stored, exported) with plain records gives the export it gives with frozen ones."""
    from briefing.cli import main
    from briefing.resources import sample_briefings
    from tests.exports import without_times

    folder = tmp_path / "briefings"
    folder.mkdir()
    for path in sample_briefings():
        (folder / path.name).write_bytes(path.read_bytes())
    frozen_db, plain_db = tmp_path / "frozen.db", tmp_path / "plain.db"
    assert main(["ingest", "--db", str(frozen_db), str(folder), "--jobs", "2"]) == 0
    assert main(["export", "--db", str(frozen_db), "--format", "json"]) == 0
    frozen = without_times(json.loads(capsys.readouterr().out.split("\n", 1)[1]))
    environment = {k: v for k, v in os.environ.items() if k != CHECK_ENV}
    for argv in (
        ["ingest", "--db", str(plain_db), str(folder), "--jobs", "2"],
        ["export", "--db", str(plain_db), "--format", "json", "-o", str(tmp_path / "plain.json")],
    ):
        command = [sys.executable, "-m", "briefing", *argv]
        subprocess.run(command, env=environment, capture_output=True, check=True, timeout=120)
    plain = without_times(json.loads((tmp_path / "plain.json").read_text()))
    assert plain == frozen
    assert len(plain["documents"]) == len(sample_briefings())
