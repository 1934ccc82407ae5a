"""The seed article's tests run only where the seed is: it is not ours to copy, and a
fresh clone without ``../shared`` must still pass. The run's summary says which it was
(``tests/conftest.py``, so that it prints with ``-n`` too)."""

from __future__ import annotations

from tests.seed import HAS_SEED

collect_ignore = [] if HAS_SEED else ["test_seed_article.py"]
