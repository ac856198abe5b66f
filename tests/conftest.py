"""Shared test fixtures: the repository's paths, the seeds, and one cleaner per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
SEEDS = sorted((FIXTURES / "input" / "seeds").glob("*.txt"))


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
