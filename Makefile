# Two commands: `make run` cleans the bundled fixtures, `make test` runs every check CI runs
# (.ci/run is `make test`). Both create .venv/ (Python 3.11+) and install the project into
# it first. The other targets are parts of `make test` (lint, docs, check-wheel) or a
# shorter suite while iterating (quick); docs/development.md describes them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup clean browser check-wheel lint docs quick

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# The distribution was named "cleaner" before it became scrape-cleaner: drop a stale one.
	$(BIN)/python -m pip uninstall --quiet --yes cleaner 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	rm -rf out
	$(BIN)/cleaner clean fixtures/input -o out/clean --log out/log.jsonl
	@echo "clean bodies in out/clean/, removal log in out/log.jsonl"

# The report's browser test needs Debian's chromium (installed once, as root; see the script).
browser:
	bash scripts/install-browser.sh

# Lint and types first (seconds), then the docs site, then the suite (slow tests included).
test: $(STAMP) browser lint docs
	$(BIN)/python -m pytest -q --durations=15
	$(MAKE) --no-print-directory check-wheel

# ruff and mypy, as pyproject.toml configures them.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The documentation site (mkdocs.yml, docs/): a broken link or anchor, or a page missing
# from the navigation, fails it. Written to build/site/.
docs: $(STAMP)
	$(BIN)/mkdocs build --strict

# The suite without the tests marked slow (seconds each): for iterating, not for CI.
quick: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# The wheel, installed into a fresh virtual environment, cleans the shared seeds (or their
# copies in fixtures/) exactly as gold (what `pip install` gives a user, not the checkout).
check-wheel: $(STAMP)
	$(BIN)/python scripts/check_wheel.py

clean:
	rm -rf out build $(VENV) .pytest_cache .hypothesis
