"""The test suite. Before any of the project is imported: its records are built frozen at run
time, so that a change to a field anywhere fails here (see ``briefing.frozen``)."""

import os

os.environ["BRIEFING_CHECK_FROZEN"] = "1"
