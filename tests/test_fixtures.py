"""Every fixture comes out as expected, and for every fixture output = input + edits and
the log gives the input back (byte-for-byte, decoded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import apply_edits, restore
from cleaner.batch import process
from cleaner.inputs import InputDoc

from conftest import FIXTURES

INPUTS = sorted(p for p in (FIXTURES / "input").rglob("*") if p.is_file())


def _doc(path: Path) -> InputDoc:
    rel = path.relative_to(FIXTURES / "input").as_posix()
    return InputDoc(rel, rel, "text", data=path.read_bytes(), path=str(path))


def _expected(path: Path) -> tuple[str, dict]:
    rel = path.relative_to(FIXTURES / "input").with_suffix("")
    text = (FIXTURES / "expected" / rel).with_suffix(".txt").read_text(encoding="utf-8")
    meta_path = (FIXTURES / "expected" / rel).with_suffix(".json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return text, meta


def test_every_input_fixture_has_an_expected_output():
    assert len(INPUTS) >= 12
    for path in INPUTS:
        _expected(path)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.relative_to(FIXTURES / "input").as_posix())
def test_fixture(path, cleaner):
    outcome = process(_doc(path), cleaner)
    assert outcome.error is None
    result = outcome.result
    text, meta = _expected(path)
    assert result.text == text
    for key in ("url", "title", "author", "date", "section", "language"):
        if key in meta:
            assert result.metadata[key] == meta[key], key
    assert set(meta.get("removed_categories", [])) <= {e.category for e in result.edits}
    if "flagged" in meta:
        assert result.flagged is meta["flagged"]
    for warning in meta.get("warnings", []):
        assert warning in outcome.warnings + result.warnings
    # The invariants, on every fixture.
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start : e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == result.original


def test_encoding_variants_are_detected(cleaner):
    enc = {p.name: process(_doc(p), cleaner).encoding for p in INPUTS if "variants" in p.parts}
    assert enc["001-cp1252.txt"] == "cp1252"
    assert enc["001-utf16.txt"] == "utf-16"
    assert enc["000-utf8-bom.txt"] == "utf-8"
    assert enc["000-crlf.txt"] == "utf-8"


def test_mojibake_is_repaired_and_logged(cleaner):
    result = process(_doc(FIXTURES / "input" / "variants" / "001-mojibake.txt"), cleaner).result
    repairs = [e for e in result.edits if e.rule == "fix-mojibake"]
    assert repairs and all(e.category == "encoding" for e in repairs)
    assert "Alternative für Deutschland" in result.text


def test_crlf_variant_logs_newline_edits(cleaner):
    result = process(_doc(FIXTURES / "input" / "variants" / "000-crlf.txt"), cleaner).result
    assert "\r" in result.original and "\r" not in result.text


def test_binary_fixture_is_an_error(cleaner):
    expected = json.loads((FIXTURES / "bad" / "image.expected.json").read_text())
    outcome = process(_doc_bad(FIXTURES / "bad" / "image.txt"), cleaner)
    assert outcome.result is None
    assert expected["error_contains"] in outcome.error


def _doc_bad(path: Path) -> InputDoc:
    return InputDoc(path.name, path.name, "text", data=path.read_bytes())


def test_all_boilerplate_fires_the_guard_and_keep_original_keeps_it(cleaner):
    from cleaner import Cleaner, Options

    path = FIXTURES / "input" / "edge" / "all-boilerplate.md"
    flagged = process(_doc(path), cleaner).result
    assert flagged.flagged and flagged.text == "" and any("over-removal" in w for w in flagged.warnings)
    keeper = Cleaner(cleaner.rulebook, Options(on_over_removal="keep-original"))
    kept = process(_doc(path), keeper).result
    assert kept.flagged and kept.text == kept.original and kept.edits == []
    # The record describes what was written: nothing was removed, so the share removed that
    # show, audit and the report print is 0, not the cleaning's 100% (which the warning keeps).
    assert kept.removed_share == 0.0 and flagged.removed_share == 1.0
    assert kept.warnings[-1] == "over-removal guard: removed 100% of the text; the original text was kept"
