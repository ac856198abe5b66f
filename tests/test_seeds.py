"""The five seed articles come out exactly as gold says: body, metadata, log categories, joins."""

from __future__ import annotations

import json

import pytest

from cleaner import apply_edits

from conftest import FIXTURES, SEEDS, SHARED_SEEDS, expected_meta

META_KEYS = ("url", "title", "author", "date", "section", "language")


def test_fixture_seeds_are_the_shared_seeds():
    """fixtures/ holds copies; when ../shared/seeds is there, the copies must not drift."""
    if not SHARED_SEEDS.exists():
        pytest.skip("../shared/seeds not present")
    for path in SEEDS:
        assert path.read_bytes() == (SHARED_SEEDS / path.name).read_bytes()
        gold = SHARED_SEEDS / "gold" / path.name
        assert (FIXTURES / "expected" / "seeds" / path.name).read_bytes() == gold.read_bytes()
    assert len(SEEDS) == 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_matches_gold(path, cleaner):
    result = cleaner.clean(path.read_text(encoding="utf-8"))
    gold = (FIXTURES / "expected" / "seeds" / path.name).read_text(encoding="utf-8")
    meta = expected_meta(path.stem)
    assert result.text == gold
    for key in META_KEYS:
        assert result.metadata[key] == meta.get(key), key
    categories = {e.category for e in result.edits}
    assert set(meta["removed_categories"]) <= categories
    joins = [e for e in result.edits if e.rule == "join-broken-paragraph"]
    assert [e.rule for e in joins] == meta.get("repairs", [])
    assert all(e.replacement == " " and e.category == "repair" for e in joins)
    assert apply_edits(result.original, result.edits) == result.text


def test_site_resolution_of_seeds(cleaner):
    by_name = {p.stem[:3]: cleaner.clean(p.read_text(encoding="utf-8")) for p in SEEDS}
    assert (by_name["000"].site, by_name["000"].site_via) == ("internationalviewpoint.org", "url-line")
    assert (by_name["001"].site, by_name["001"].site_via) == ("wsws.org", "marker")
    assert by_name["002"].site is None and by_name["004"].site is None
    site_rules = {e.rule for e in by_name["001"].edits if e.file.startswith("rules/sites/")}
    assert site_rules == {"wsws.org/header", "wsws.org/contact-footer"}


def test_generic_seeds_use_generic_rules_only(cleaner):
    for path in SEEDS:
        if path.stem[:3] in ("002", "004"):
            result = cleaner.clean(path.read_text(encoding="utf-8"))
            assert not any(e.file.startswith("rules/sites/") for e in result.edits)


def test_seeds_through_cli_jsonl(tmp_path):
    """The exact form the benchmark calls: JSONL in, JSONL out, a log."""
    from typer.testing import CliRunner

    from cleaner.cli import app

    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for p in SEEDS:
            f.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "extra": [1, 2]}) + "\n")
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    res = CliRunner().invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log)])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [p.stem for p in SEEDS]
    for rec in records:
        gold = (FIXTURES / "expected" / "seeds" / f"{rec['id']}.txt").read_text(encoding="utf-8")
        assert rec["text"] == gold
        assert rec["extra"] == [1, 2]
        meta = expected_meta(rec["id"])
        for key in META_KEYS:
            assert rec[key] == meta.get(key)
        assert isinstance(rec["language_probability"], float)
    log_records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    for p in SEEDS:
        cats = {r["category"] for r in log_records if r["type"] == "edit" and r["doc"] == p.stem}
        assert set(expected_meta(p.stem)["removed_categories"]) <= cats
