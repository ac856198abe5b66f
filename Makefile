# Two commands: `make run` cleans the bundled fixtures, `make test` runs the test suite.
# Both create .venv/ (Python 3.11+) and install the project into it first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup clean browser check-wheel

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

test: $(STAMP) browser
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory check-wheel

# The wheel, installed into a fresh virtual environment, cleans the seeds of ../shared/seeds
# exactly as gold (what `pip install` gives a user, not what the checkout does).
check-wheel: $(STAMP)
	$(BIN)/python scripts/check_wheel.py

clean:
	rm -rf out $(VENV) .pytest_cache .hypothesis
