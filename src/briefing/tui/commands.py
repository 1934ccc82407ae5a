"""The command palette (ctrl+p): the app's commands, and every speaker, place and claim.

Titles read "group: verb" ("claim: Mark status…"); names come from the same
search as the search pane, so any spelling finds them.
"""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.model import SearchHit
from briefing.tui.messages import SearchChosen

COMMANDS = (
    ("search: Focus the search box", "pane('search')", "type any spelling of a name or place"),
    ("timeline: Show the timeline", "pane('timeline')", "statements by day"),
    ("timeline: Filter…", "filter", "speaker, place, outlet, status, dates"),
    ("timeline: Clear filters", "clear_filters", "show every statement"),
    ("timeline: Newest / oldest first", "reverse_timeline", "flip the order"),
    ("place: Profile of the statement's place", "place", "speakers, claims, a chart by day"),
    ("map: Where the talk is", "map", "the places of the timeline's selection on a map"),
    ("speaker: Show the speaker pane", "pane('speaker')", "who is speaking"),
    ("claim: Show the claims pane", "pane('claims')", "claims by status"),
    ("claim: Mark status…", "mark", "set the status of the claim in focus, with a note"),
    ("claim: New claim from statement…", "new_claim", "the statement in focus asserts it"),
    ("claim: Link statement…", "link", "to the claim highlighted in the claims pane"),
    ("claim: Edit summary…", "edit_summary", "rewrite the claim in focus"),
    ("grade: Speaker or claim…", "grade", "reliability A–F, or a claim's credibility 1–6"),
    ("grade: Outlet…", "grade_outlet", "reliability A–F of the statement's outlet"),
    ("note: Write a note…", "note", "on the statement, claim or speaker in focus"),
    ("speaker: Merge a duplicate…", "merge", "into the speaker in focus"),
    ("edit: Undo", "undo", "the last edit: status, grade, note, link, merge"),
    ("help: Keys", "app.help", "every key in one place"),
    ("app: Change theme", "app.change_theme", "pick a theme; briefing remembers it"),
    ("app: Save a screenshot", "app.screenshot", "an SVG of the screen as it is"),
    ("app: Quit", "app.quit", "leave briefing"),
)
NAME_KINDS = ("speaker", "place", "outlet", "claim")


class BriefingCommands(Provider):
    async def discover(self) -> Hits:
        for title, action, help_text in COMMANDS:
            yield DiscoveryHit(title, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in COMMANDS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(self._run, action), help=help_text
                )
        index = getattr(self.app, "index", None)
        if index is None or len(query.strip()) < 3:
            return
        hits = await asyncio.to_thread(index.search, query, NAME_KINDS, 8)
        for hit in hits:
            title = f"{hit.kind}: {hit.label}"
            yield Hit(min(1.0, hit.score / 110), title, partial(self._choose, hit), help=hit.detail)

    async def _run(self, action: str) -> None:
        """Run a screen action, or an app action named ``app.…``."""
        target = "" if action.startswith("app.") else "screen."
        await self.app.run_action(f"{target}{action}")

    def _choose(self, hit: SearchHit) -> None:
        self.app.screen.post_message(SearchChosen(hit))
