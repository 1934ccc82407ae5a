"""briefing: who said what, when, through which outlet, about which places."""

__version__ = "0.1.0"
