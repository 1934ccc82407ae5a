"""Every desk key makes its edit, shows it in the panes at once, and u undoes it."""

from __future__ import annotations

from textual.widgets import Input

from briefing.tui.screens.desk_modals import ChoiceModal, MergeModal, TextModal
from briefing.tui.widgets.claims import ClaimsPane
from briefing.tui.widgets.speaker_profile import SpeakerPane
from briefing.tui.widgets.timeline import Timeline
from tests.tui.conftest import press, settle

SIZE = (140, 40)


async def test_a_grades_the_speaker_and_u_undoes_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        speaker_id = timeline.current.speaker_id
        await press(pilot, "a")
        assert isinstance(app.screen, ChoiceModal)
        await press(pilot, "b", "enter")
        assert app.store.speaker(speaker_id).reliability == "B"
        assert timeline.current.speaker_reliability == "B"  # the badge shows at once
        assert app.screen.query_one(SpeakerPane).profile.speaker.reliability == "B"
        await press(pilot, "u")
        assert app.store.speaker(speaker_id).reliability is None
        assert timeline.current.speaker_reliability is None


async def test_shift_a_grades_the_outlet(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one(Timeline)
        assert timeline.current.outlet == "BBC"
        await press(pilot, "A", "c", "enter")
        assert app.store.find_outlet_by_name("BBC").reliability == "C"
        assert timeline.current.outlet_reliability == "C"
        await press(pilot, "u")
        assert app.store.find_outlet_by_name("BBC").reliability is None


async def test_a_in_the_claims_pane_rates_credibility(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        claims = app.screen.query_one(ClaimsPane)
        claim_id = claims.current_claim_id
        await press(pilot, "a", "5", "enter")
        assert app.store.claim(claim_id).credibility == 5
        assert claims.claims[claim_id].credibility == 5
        await press(pilot, "u")
        assert app.store.claim(claim_id).credibility is None


async def test_c_makes_a_claim_from_the_statement(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.store.claim_counts()
        statement = app.screen.query_one(Timeline).current
        await press(pilot, "c")
        assert isinstance(app.screen, TextModal)
        assert app.screen.query_one(Input).value == statement.text
        await press(pilot, "ctrl+u", *"Mariinka fell in December", "enter")
        claims = app.screen.query_one(ClaimsPane).claims.values()
        made = next(c for c in claims if c.summary == "Mariinka fell in December")
        assert made.statements[0][0].id == statement.id
        await press(pilot, "u")
        assert app.store.claim(made.id) is None and app.store.claim_counts() == before


async def test_l_links_the_statement_to_the_highlighted_claim_and_x_unlinks(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        claims = app.screen.query_one(ClaimsPane)
        claim_id = claims.current_claim_id
        await press(pilot, "2")
        statement = app.screen.query_one(Timeline).current
        await press(pilot, "l")
        assert isinstance(app.screen, ChoiceModal)
        await press(pilot, "enter")  # disputes is offered first
        linked = {(s.id, stance) for s, stance in app.store.claim(claim_id).statements}
        assert (statement.id, "disputes") in linked
        await press(pilot, "u")
        assert statement.id not in {s.id for s, _ in app.store.claim(claim_id).statements}

        await press(pilot, "l", "enter", "4", "enter", "j")
        while claims.current_statement_id not in (statement.id, None):
            await press(pilot, "j")
        assert claims.current_statement_id == statement.id
        await press(pilot, "x")
        assert statement.id not in {s.id for s, _ in app.store.claim(claim_id).statements}
        await press(pilot, "u")
        assert statement.id in {s.id for s, _ in app.store.claim(claim_id).statements}


async def test_e_edits_the_claim_summary(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        claim_id = app.screen.query_one(ClaimsPane).current_claim_id
        old = app.store.claim(claim_id).summary
        await press(pilot, "e", "end", *" (per Houthi TV)", "enter")
        assert app.store.claim(claim_id).summary == old + " (per Houthi TV)"
        await press(pilot, "u")
        assert app.store.claim(claim_id).summary == old


async def test_n_writes_a_note_that_search_finds(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statement = app.screen.query_one(Timeline).current
        await press(pilot, "n", *"check the BBC audio", "enter")
        (note,) = app.store.notes_on("statement", statement.id)
        assert note.text == "check the BBC audio" and note.who == "analyst"
        await press(pilot, "slash", *"bbc audio")
        hits = app.screen.query_one("#search-results").parent.hits
        assert (hits[0].kind, hits[0].target_id) == ("statement", statement.id)
        await press(pilot, "escape", "u")
        assert app.store.notes_on("statement", statement.id) == ()


async def test_shift_m_merges_a_duplicate_speaker_and_u_splits_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"ukrainian general staff", "enter")
        pane = app.screen.query_one(SpeakerPane)
        agency = pane.profile.speaker
        count = pane.profile.statement_count
        await press(pilot, "M")
        assert isinstance(app.screen, MergeModal)
        await press(pilot, *"voloshyn")
        await pilot.pause(0.2)
        await settle(pilot)
        await press(pilot, "enter")
        assert pane.profile.statement_count > count
        assert "Nazar Voloshyn" in pane.profile.speaker.aliases
        await press(pilot, "u")
        assert app.store.speaker_profile(agency.id).statement_count == count


async def test_u_undoes_a_status_set_with_m(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "4")
        claims = app.screen.query_one(ClaimsPane)
        claim_id = claims.current_claim_id
        before = app.store.claim(claim_id)
        await press(pilot, "m", "d", "tab", *"both sides deny it", "enter")
        assert app.store.claim(claim_id).status == "disputed"
        assert claims.claims[claim_id].status == "disputed"
        await press(pilot, "u")
        after = app.store.claim(claim_id)
        assert (after.status, after.history) == (before.status, before.history)


async def test_l_from_the_speaker_pane_links_that_speakers_statement(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash", *"zaluzhnyi gerasimov", "enter")
        claim_id = app.screen.query_one(ClaimsPane).current_claim_id
        await press(pilot, "slash", "ctrl+u", *"lavrov", "enter", "l", "enter")
        linked = app.store.claim(claim_id).statements
        assert ("Sergey Lavrov", "disputes") in {(s.speaker, stance) for s, stance in linked}
