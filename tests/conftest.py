"""Shared test fixtures: the repository's paths, the seeds, and one cleaner per session."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType

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


def script(name: str) -> ModuleType:
    """``scripts/NAME.py`` imported as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_book(site_yaml: str) -> Rulebook:
    """A rulebook of one site file, given as YAML text (named example.org.yaml)."""
    return Rulebook([parse_rule_file(site_yaml, "example.org.yaml", "example.org.yaml", "0" * 64)])


def rule_edits(book: Rulebook, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, rule id, reason) of every edit the book's rules find in ``text``."""
    rules = book.rules_for(book.files)
    return [(e.start, e.end, e.rule, e.reason) for e in run_rules(View(text), rules, {}, 5.0).edits]


def random_documents(pieces: list[str], n: int, *, sep: str, most: int) -> list[str]:
    """``n`` documents of 1 to ``most`` pieces drawn from ``pieces`` (the same every run),
    joined with ``sep``."""
    rng = random.Random(15)
    return [sep.join(rng.choice(pieces) for _ in range(rng.randint(1, most))) + "\n" for _ in range(n)]


def assert_same_edits(grouped: Rulebook, alone: Rulebook, documents: list[str], rule_ids: set[str]) -> None:
    """Both books find the same edits in every document, and every one of ``rule_ids``
    took something somewhere (so every path of the rules ran)."""
    taken = set()
    for text in documents:
        expected = rule_edits(alone, text)
        assert rule_edits(grouped, text) == expected
        taken.update(e[2] for e in expected)
    assert taken == rule_ids


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
