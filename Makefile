# Two commands set up and run everything: `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check --quiet

.PHONY: run test lint screenshots bench clean

EXTRACTOR := $(filter-out %/__init__.py,$(wildcard src/briefing/extract/*.py))
COMPILED  := src/briefing/extract/compiled/manifest.json

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -e '.[compile]'
	touch $@

$(VENV)/.installed-test: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -e '.[test,compile]'
	touch $@ $(VENV)/.installed

# The extractor compiled to C by mypyc (about a third faster); used only while it matches
# its sources, so an edit without `make` runs as Python. No C compiler: it stays Python.
$(COMPILED): $(EXTRACTOR) tools/compile_extractor.py | $(VENV)/.installed
	$(PY) tools/compile_extractor.py

run: $(VENV)/.installed $(COMPILED)
	$(VENV)/bin/briefing

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/ruff format --check src tests benchmarks tools
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: lint $(COMPILED)
	$(VENV)/bin/pytest -n auto --dist worksteal --durations=8

screenshots: $(VENV)/.installed-test
	$(PY) -m pytest tests/tui --snapshot-update -q
	$(PY) tests/tui/export_screenshots.py

bench: $(VENV)/.installed-test $(COMPILED)
	$(PY) benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache src/briefing/extract/compiled
