"""The app's start to first paint, and a search keystroke to results on screen.

Usage: .venv/bin/python benchmarks/app_start.py [sample] [1000000] [--keep DIR]

Start to first paint is timed from before the interpreter is launched to the
moment the timeline shows its first statements, in a fresh process each run
(imports, store open, compose, first page query and render all count). The app
runs under Textual's headless driver at 160×48, so terminal output is the only
thing left out. The keystroke figure types ~60 queries one character at a time
into the search box of the running app and times each key from the press to
the moment the result list holds the answer to that exact query (the screen
refresh that follows is Textual's, at most one frame).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = 7
QUERIES = (
    "avdeevka zelensky zaluzhnyi odessa kharkov kyiv bakhmut lavrov stoltenberg kovalenko "
    "tkachenko shevchenko moroz voloshyn peskov shoigu medvedev haddad rashid khalil nasser "
    "eriksen lindqvist santos reyes zhang corridor drones shelling withdrawn grain port talks "
    "convoys positions overnight restored kherson mariupol lviv dnipro zaporizhzhia sumy "
    "poltava chernihiv mykolaiv kramatorsk sloviansk pokrovsk kupiansk izium lysychansk "
    "sievierodonetsk melitopol berdiansk enerhodar nikopol kryvyi"
).split()


def child(db: str, typing: bool) -> None:
    """Run in a fresh interpreter: open the app, report when the first page is on screen."""
    from briefing.store import Store
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.search_pane import SearchPane
    from briefing.tui.widgets.timeline import Timeline

    async def run() -> dict[str, object]:
        app = BriefingApp(Store(Path(db)), remember_theme=False)
        async with app.run_test(size=(160, 48)) as pilot:
            timeline = app.screen.query_one(Timeline)
            while not timeline.statements:
                await asyncio.sleep(0.002)
            painted = time.time()
            figures: dict[str, object] = {"painted": painted}
            if typing:
                figures["keystrokes_ms"] = await _type_queries(
                    pilot, app.screen.query_one(SearchPane)
                )
            return figures

    print(json.dumps(asyncio.run(run())))


async def _type_queries(pilot, pane) -> list[float]:
    """Each key goes straight to the driver, as a terminal's would (Pilot.press adds idle waits)."""
    from textual import events

    await pilot.app.workers.wait_for_complete()  # the background warm-up of the name index
    await pilot.press("slash")
    driver = pilot.app._driver
    timings = []
    for query in QUERIES:
        await pilot.press("ctrl+u")
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            driver.send_message(events.Key(query[end - 1], query[end - 1]))
            while pane.shown_query != query[:end]:
                await asyncio.sleep(0.0002)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def start_to_paint(db: Path, typing: bool = False) -> dict[str, object]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(db), "1" if typing else "0"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    figures["paint_s"] = figures.pop("painted") - start
    return figures


def sample_store(folder: Path) -> Path:
    from briefing.ingest import ingest_samples
    from briefing.store import Store

    path = folder / "sample.db"
    ingest_samples(Store(path))
    return path


def corpus_store(folder: Path, statements: int) -> Path:
    import make_corpus

    path = folder / f"corpus-{statements}.db"
    if not path.exists():  # one kept by store_speed.py --keep is used as it is
        make_corpus.build(statements, path)
    return path


def report(label: str, db: Path, typing: bool) -> None:
    start_to_paint(db)  # warm the OS page cache, as a second launch would be
    paints = [start_to_paint(db)["paint_s"] for _ in range(RUNS)]
    print(
        f"{label}: start to first paint median {statistics.median(paints):.3f} s, "
        f"worst {max(paints):.3f} s over {RUNS} launches"
    )
    if typing:
        keys = sorted(start_to_paint(db, typing=True)["keystrokes_ms"])
        p50 = keys[len(keys) // 2]
        p95 = keys[int(len(keys) * 0.95)]
        print(f"{label}: keystroke to results on screen p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
              f"max {keys[-1]:.1f} ms over {len(keys)} keys")  # fmt: skip


def main() -> None:
    import arguments
    import machine

    parser = arguments.parser(__doc__)
    parser.add_argument("sizes", nargs="*", help='"sample" or a number of statements')
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep each store in DIR")
    given = parser.parse_args()
    sizes, keep = given.sizes, given.keep
    for size in sizes:
        if size != "sample":
            try:
                arguments.count(size)
            except argparse.ArgumentTypeError as error:
                parser.error(str(error))
    print(machine.describe())
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        for size in sizes or ["sample", "1000000"]:
            if size == "sample":
                report("sample store", sample_store(folder), typing=False)
            else:
                report(f"{int(size):,} statements", corpus_store(folder, int(size)), typing=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3] == "1")
    else:
        main()
