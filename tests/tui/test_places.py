"""Places as panes: the profile, its chart, its keys, and the map of a selection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.overviews import PlaceOnMap, StatusMark
from briefing.store import Store
from briefing.tui.map_canvas import draw, frame
from briefing.tui.screens.desk_modals import ChoiceModal, MergeModal
from briefing.tui.screens.map import MapPlaces, MapScreen
from briefing.tui.screens.place_profile import PlaceClaims, PlaceProfileScreen, PlaceSpeakers
from briefing.tui.widgets.claims import ClaimsPane
from briefing.tui.widgets.day_chart import DayChart, gather
from briefing.tui.widgets.day_chart import draw as draw_chart
from briefing.tui.widgets.speaker_profile import SpeakerPane
from briefing.tui.widgets.timeline import Timeline
from tests.tui.conftest import press, settle, until

SIZE = (140, 40)


async def test_avdeevka_enter_shows_avdiivkas_profile_with_speakers_claims_and_chart(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"avdeevka", "enter")
        screen = app.screen
        assert isinstance(screen, PlaceProfileScreen)
        profile = screen.profile
        assert profile is not None and profile.place.name == "Avdiivka"
        assert profile.region == "Donetsk region" and profile.place.country == "Ukraine"
        assert "Avdeevka" in profile.place.aliases
        card = str(screen.query_one("#place-card").render())
        assert "Avdiivka" in card and "Donetsk region" in card and "Avdeevka" in card
        speakers = [str(o.prompt) for o in screen.query_one(PlaceSpeakers).options]
        assert any("Voloshyn" in s for s in speakers)
        assert screen.query_one(PlaceClaims).option_count == len(profile.claims) > 0
        chart = screen.query_one(DayChart)
        assert sum(n for _, n in chart.counts) == profile.statement_count > 0
        assert "per day" in str(chart.render())


async def test_enter_on_a_speaker_in_the_place_profile_opens_that_speaker(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"avdiivka", "enter")
        speakers = app.screen.query_one(PlaceSpeakers)
        assert app.focused is speakers
        chosen = app.screen.profile.speakers[speakers.highlighted]
        await press(pilot, "enter")
        pane = app.screen.query_one(SpeakerPane)
        assert pane.profile is not None and pane.profile.speaker.id == chosen.id


async def test_enter_on_a_claim_in_the_place_profile_opens_it_in_the_claims_pane(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"maryinka", "enter", "tab")
        claims = app.screen.query_one(PlaceClaims)
        assert app.focused is claims
        chosen = app.screen.profile.claims[0]
        await press(pilot, "enter")
        pane = app.screen.query_one(ClaimsPane)
        assert app.focused is pane and pane.current_claim_id == chosen.id


async def test_capital_p_opens_the_place_of_the_statement_in_focus(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        steps = next(i for i, s in enumerate(timeline.statements.values()) if len(s.places) == 1)
        await press(pilot, *["j"] * steps)
        named = timeline.current.places[0]
        await press(pilot, "P")
        assert isinstance(app.screen, PlaceProfileScreen)
        assert app.screen.profile.place.name == named


async def test_capital_p_asks_which_place_when_a_statement_names_several(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        steps = next(i for i, s in enumerate(timeline.statements.values()) if len(s.places) > 1)
        await press(pilot, *["j"] * steps)
        second = sorted(timeline.current.places)[1]
        await press(pilot, "P")
        assert isinstance(app.screen, ChoiceModal)
        await press(pilot, "j", "enter")
        assert isinstance(app.screen, PlaceProfileScreen)
        assert app.screen.profile.place.name == second


async def test_merge_and_split_a_place_from_its_profile(make_app, store_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"avdiivka", "enter")
        before = app.screen.profile.statement_count
        await press(pilot, "M")
        assert isinstance(app.screen, MergeModal)
        await press(pilot, *"stepove", "enter")
        profile = app.screen.profile
        assert [name for _, name in profile.merged] == ["Stepove"]
        assert profile.statement_count > before
        await press(pilot, "S")
        assert isinstance(app.screen, ChoiceModal)
        await press(pilot, "enter")
        assert app.screen.profile.merged == ()
        assert app.screen.profile.statement_count == before
    with Store(store_path) as store:
        split, merge = (e.summary for e in store.recent_edits(2))
        assert "Stepove split from Avdiivka" in split and "Stepove" in merge


async def test_w_maps_the_selection_and_enter_on_a_row_opens_that_place(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        screen = app.screen
        assert isinstance(screen, MapScreen)
        canvas = str(screen.query_one("#map-canvas").render())
        assert "Avdiivka 7" in canvas and "Kyiv" in canvas
        listed = screen.query_one(MapPlaces)
        kyiv = next(i for i, p in enumerate(screen.places) if p.name == "Kyiv")
        await press(pilot, "g", *["j"] * kyiv)
        assert "\u25cf" in str(screen.query_one("#map-canvas").render())
        assert listed.highlighted == kyiv
        await press(pilot, "enter")
        assert isinstance(app.screen, PlaceProfileScreen)
        assert app.screen.profile.place.name == "Kyiv"
        await press(pilot, "w")  # from the profile, back to the map
        assert isinstance(app.screen, MapScreen)


async def test_the_map_follows_the_timeline_filter(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"maryinka", "enter", "f", "w")
        places = {p.name: p.statements for p in app.screen.places}
        assert places["Maryinka"] == max(places.values())
        assert "filtered by place Maryinka" in str(app.screen.query_one("#map-title").render())
        assert "Kyiv" not in places or places["Kyiv"] < 5


async def test_at_80_by_24_the_map_fits_and_a_tiny_terminal_gets_the_ranked_list(
    make_app,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        assert app.screen.query_one("#map-canvas").display
        await pilot.resize_terminal(50, 16)
        await until(pilot, lambda: not app.screen.query_one("#map-canvas").display)
        assert "too small for the map" in str(app.screen.query_one("#map-title").render())
        assert app.screen.query_one(MapPlaces).option_count == len(app.screen.places)


def test_the_map_frames_the_busiest_places_and_lists_the_far_and_pointless() -> None:
    places = (
        PlaceOnMap(1, "Avdiivka", "town", "Ukraine", 48.14, 37.75, 9),
        PlaceOnMap(2, "Maryinka", "town", "Ukraine", 47.95, 37.51, 4),
        PlaceOnMap(3, "Manila", "town", "Philippines", 14.60, 120.98, 2),
        PlaceOnMap(4, "Ukraine", "country", "Ukraine", None, None, 12),
    )
    near = frame(places)
    assert [p.name for p in near.drawn] == ["Avdiivka", "Maryinka"]
    assert {p.name for p in near.left_off} == {"Manila", "Ukraine"}
    assert [p.name for p in frame(places, everything=True).drawn][-1] == "Manila"
    drawn = draw(near, 40, 10, highlighted=2).plain
    assert "Avdiivka 9" in drawn and drawn.count("\u25cf") == 2
    assert len(drawn.splitlines()) == 10 and all(len(r) == 40 for r in drawn.splitlines())


def test_the_chart_gathers_days_into_columns_and_marks_the_strongest_change() -> None:
    counts = ((date(2023, 11, 1), 2), (date(2023, 11, 3), 1), (date(2023, 12, 30), 5))
    marks = (
        StatusMark(date(2023, 11, 3), 1, "unverified"),
        StatusMark(date(2023, 11, 3), 2, "disputed"),
    )
    daily = gather(counts, 200, 1, marks)
    assert daily.days == 1 and len(daily.counts) == 60 and daily.counts[:3] == (2, 0, 1)
    assert daily.marks == {2: "disputed"}
    narrow = gather(counts, 20)
    assert narrow.days == 3 and sum(narrow.counts) == 8 and len(narrow.counts) <= 20
    weekly = gather(counts, 40, unit=7)
    assert weekly.start == date(2023, 10, 30) and weekly.start.weekday() == 0
    assert weekly.counts[0] == 3 and sum(weekly.counts) == 8
    text = draw_chart(daily, rows=2).plain.splitlines()
    assert len(text) == 4 and "peak 5" in text[-1] and "per day" in text[-1]
    assert text[-1].startswith("2023-11-01 → 12-30")
    assert (
        draw_chart(weekly, rows=2).plain.splitlines()[-1].startswith("2023-10-30 → 12-31")
    )  # a Sunday


async def test_a_redraw_that_arrives_after_the_map_closed_does_nothing(make_app) -> None:
    """A resize asks for a redraw after the next refresh; closed by then, the map found no
    canvas and the app stopped with a traceback."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "w")
        closed = app.screen
        assert isinstance(closed, MapScreen)
        await press(pilot, "escape")
        closed._redraw()  # what the late callback does
        await settle(pilot)
        assert app.is_running and app._exception is None


async def test_once_warmed_up_the_app_keeps_its_start_up_objects_out_of_collections(
    make_app,
) -> None:
    import gc

    gc.unfreeze()
    before = gc.get_threshold()
    try:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert gc.get_freeze_count() > 10_000
            assert gc.get_threshold()[0] == 20_000
    finally:
        gc.set_threshold(*before)
