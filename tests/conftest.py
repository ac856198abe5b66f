"""Shared test fixtures: the repository's paths, the seeds, and one cleaner per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.rules.book import Rulebook
from cleaner.rules.engine import run_rules
from cleaner.rules.validate import parse_rule_file
from cleaner.view import View

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
SEEDS = sorted((FIXTURES / "input" / "seeds").glob("*.txt"))


def site_book(site_yaml: str) -> Rulebook:
    """A rulebook of one site file, given as YAML text (named example.org.yaml)."""
    return Rulebook([parse_rule_file(site_yaml, "example.org.yaml", "example.org.yaml", "0" * 64)])


def rule_edits(book: Rulebook, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, rule id, reason) of every edit the book's rules find in ``text``."""
    rules = book.rules_for(book.files)
    return [(e.start, e.end, e.rule, e.reason) for e in run_rules(View(text), rules, {}, 5.0).edits]


def doc_records(log: Path) -> dict[str, dict]:
    """The ``doc`` records of a run's log by document name (none when there is no log)."""
    if not log.exists():
        return {}
    records = (json.loads(line) for line in log.read_text(encoding="utf-8").splitlines())
    return {rec["doc"]: rec for rec in records if rec["type"] == "doc"}


def expected_meta(name: str) -> dict:
    return json.loads((FIXTURES / "expected" / "seeds" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()
