# Two commands set up and run everything: `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check --quiet

.PHONY: run test lint screenshots bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/briefing

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/lint-imports

test: lint
	$(VENV)/bin/pytest -n auto --dist worksteal --durations=8

screenshots: $(VENV)/.installed-test
	$(PY) -m pytest tests/tui --snapshot-update -q
	$(PY) tests/tui/export_screenshots.py

bench: $(VENV)/.installed-test
	$(PY) benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
