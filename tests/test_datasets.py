"""The Hugging Face datasets example of docs/integrations.md, run as it is written there on a
small in-memory dataset: the clean texts, the rows dropped, and a log that audit and restore read."""

from __future__ import annotations

import json
import re

import pytest

datasets = pytest.importorskip("datasets")

from typer.testing import CliRunner  # noqa: E402

from cleaner.cli import app  # noqa: E402
from cleaner.runlog import iter_documents, restore_document  # noqa: E402

from conftest import FIXTURES, ROOT, SEEDS  # noqa: E402

MARKER = "<!-- tests/test_datasets.py runs the next block as it is written here -->"
GERMAN = (
    "Die Stadtverwaltung hat am Montag neue Pläne für den Ausbau der Radwege vorgestellt. Nach Angaben des "
    "Bürgermeisters sollen in den kommenden drei Jahren mehr als zwanzig Kilometer neue Wege entstehen."
)


def example() -> str:
    page = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    assert page.count(MARKER) == 1
    found = re.match(r"\s*```python\n(.*?)\n```\n", page.split(MARKER, 1)[1], re.DOTALL)
    assert found, "the marker in docs/integrations.md is not followed by a python block"
    return found.group(1)


def test_the_datasets_example_of_the_docs(tmp_path, monkeypatch, cleaner):
    texts = {s.stem: s.read_text(encoding="utf-8") for s in SEEDS[:2]}
    texts["german"] = GERMAN
    ds = datasets.Dataset.from_dict({"id": list(texts), "text": list(texts.values())})
    monkeypatch.chdir(tmp_path)  # the example writes log.jsonl where it runs
    scope = {"ds": ds}
    exec(compile(example(), "docs/integrations.md", "exec"), scope)
    ds = scope["ds"]

    assert ds.column_names == ["id", "text", "language"]
    seeds = [s.stem for s in SEEDS[:2]]
    assert ds["id"] == seeds  # the German row: skipped by the language filter, filtered out
    for row in ds:
        assert row["text"] == (FIXTURES / "expected" / "seeds" / f"{row['id']}.txt").read_text(encoding="utf-8")
        assert row["language"] == "en"

    log = tmp_path / "log.jsonl"
    entries = list(iter_documents(log))
    assert [(e.id, e.record["status"]) for e in entries] == [(seeds[0], "ok"), (seeds[1], "ok"), ("german", "skipped")]
    clean = dict(zip(ds["id"], ds["text"], strict=True))
    for entry in entries[:2]:
        assert restore_document(clean[entry.id], entry) == texts[entry.id]
    res = CliRunner().invoke(app, ["audit", str(log), "--format", "json"])
    assert res.exit_code == 0, res.output
    totals = json.loads(res.output)["totals"]
    assert (totals["docs"], totals["ok"], totals["skipped"]) == (3, 2, 1)
