"""The place profile and the map at scale: their store queries, and each drawn in the app.

Usage: .venv/bin/python benchmarks/place_speed.py [STATEMENTS | STORE.db]

Builds a synthetic store (make_corpus.py, 1M statements by default) unless given
one. Its places are Zipf-distributed, so the busiest town is named in about half
of all statements: the worst case for a profile. Store figures are the query
alone (median and worst of 7 after a warm-up); app figures run the app under
Textual's headless driver at 160×48, idle between runs, and time from the key's
action to the screen holding the loaded profile or the drawn map, after the
refresh that paints it (Textual's layout and render of the new screen count).
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import machine

from briefing.model import TimelineFilter
from briefing.store import Store

RUNS = 7


def timed(action: Callable[[], object]) -> str:
    action()
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return f"median {statistics.median(runs):6.1f} ms, worst {max(runs):6.1f} ms"


def subjects(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    ranked = [r[0] for r in conn.execute(
        "SELECT place_id FROM statement_places GROUP BY place_id ORDER BY count(*) DESC")]  # fmt: skip
    (speaker,) = conn.execute("SELECT id FROM speakers ORDER BY statement_count DESC").fetchone()
    conn.close()
    return {"busiest": ranked[0], "tenth": ranked[9], "median": ranked[len(ranked) // 2],
            "speaker": speaker}  # fmt: skip


def store_figures(path: Path, ids: dict[str, int]) -> None:
    store = Store(path)
    conn = sqlite3.connect(path)
    for label in ("busiest", "tenth", "median"):
        (count,) = conn.execute(
            "SELECT count(*) FROM statement_places WHERE place_id = ?", (ids[label],)
        ).fetchone()
        name = f"place profile, {label} place ({count:,} statements)"
        print(f"  {name:<52} {timed(lambda i=ids[label]: store.place_profile(i))}")
    selections = {
        "map, whole timeline": TimelineFilter(),
        "map, busiest speaker": TimelineFilter(speaker_id=ids["speaker"]),
        "map, busiest place": TimelineFilter(place_id=ids["busiest"]),
        "map, one month": TimelineFilter(date_from=date(2023, 11, 1), date_to=date(2023, 11, 30)),
    }
    for name, selection in selections.items():
        print(f"  {name:<52} {timed(lambda s=selection: store.places_on_map(s))}")


def app_figures(path: Path, ids: dict[str, int]) -> None:
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.timeline import Timeline

    async def run() -> dict[str, list[float]]:
        app = BriefingApp(Store(path), remember_theme=False)
        found: dict[str, list[float]] = {"profile": [], "map": []}
        async with app.run_test(size=(160, 48)) as pilot:
            main = app.screen
            while not main.query_one(Timeline).statements:
                await asyncio.sleep(0.002)
            await app.workers.wait_for_complete()
            await pilot.pause(0.5)
            for _ in range(RUNS + 1):
                for name, action, ready in (
                    ("profile", lambda: main.open_place(ids["busiest"]), _profile_shown),
                    ("map", main.action_map, _map_shown),
                ):
                    start = time.perf_counter()
                    action()
                    while not ready(app.screen):
                        await asyncio.sleep(0.001)
                    await pilot.pause(0)  # the refresh that paints it
                    found[name].append((time.perf_counter() - start) * 1000)
                    await app.pop_screen()
                    await pilot.pause(0.3)  # an idle app, as when the analyst presses the key
        return {k: v[1:] for k, v in found.items()}  # the first run warms the caches

    for name, runs in asyncio.run(run()).items():
        label = {"profile": "place profile on screen, busiest place",
                 "map": "map on screen, whole timeline"}[name]  # fmt: skip
        print(f"  {label:<52} median {statistics.median(runs):6.1f} ms, worst {max(runs):6.1f} ms")


def _profile_shown(screen) -> bool:
    from briefing.tui.screens.place_profile import PlaceProfileScreen

    return isinstance(screen, PlaceProfileScreen) and screen.profile is not None


def _map_shown(screen) -> bool:
    from briefing.tui.screens.map import MapScreen

    return isinstance(screen, MapScreen) and bool(screen.places)


def main(argument: str) -> None:
    import make_corpus

    print(machine.describe())
    with tempfile.TemporaryDirectory() as tmp:
        if argument.endswith(".db"):
            path = Path(argument)
        else:
            path = Path(tmp) / "corpus.db"
            make_corpus.build(int(argument), path)
        ids = subjects(path)
        (statements,) = sqlite3.connect(path).execute("SELECT count(*) FROM statements").fetchone()
        print(f"store: {statements:,} statements")
        store_figures(path, ids)
        app_figures(path, ids)


if __name__ == "__main__":
    import arguments

    parser = arguments.parser(__doc__)
    parser.add_argument("store", nargs="?", default="1000000", help="STATEMENTS or STORE.db")
    store = parser.parse_args().store
    if store.endswith(".db") and not Path(store).is_file():
        parser.error(f"no store at {store}")
    if not store.endswith(".db"):
        try:
            arguments.count(store)
        except argparse.ArgumentTypeError as error:
            parser.error(str(error))
    main(store)
