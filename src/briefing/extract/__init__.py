"""Extraction: from a document's text to statements, with no I/O and no store.

Rule-based and explainable (no model weights can be fetched here): every
field of every statement keeps the character span it came from.
"""

from briefing.extract.pipeline import extract

__all__ = ["extract"]
