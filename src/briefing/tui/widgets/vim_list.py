"""An OptionList that also answers to the keys vim and less taught: j, k, g, G."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class VimOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("ctrl+d", "page_down", "Page down", show=False),
        Binding("ctrl+u", "page_up", "Page up", show=False),
    ]

    def on_focus(self) -> None:
        """Arriving in a list puts the cursor on its first choice, so keys act on something."""
        if self.highlighted is None and self.option_count:
            self.action_first()
