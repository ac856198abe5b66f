"""Keeping a category of noise (``--keep CATEGORY``, ``--include-comments``): its text stays
and the log has no edit for it; everything else is cleaned as before."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, Options
from cleaner.cli import app
from cleaner.steps import step

from conftest import FIXTURES

runner = CliRunner()
PAGE = FIXTURES / "judge" / "html" / "article-news.html"
COMMENT = "About time. My grandmother used that ferry every day"
COOKIE = "We use cookies to personalise content"


def test_include_comments_keeps_the_comments_and_nothing_else(tmp_path):
    plain = Cleaner().clean_html(PAGE.read_text(encoding="utf-8"))
    kept = Cleaner(options=Options(keep=("comments",))).clean_html(PAGE.read_text(encoding="utf-8"))
    assert COMMENT not in plain.text and COMMENT in kept.text
    assert COOKIE not in kept.text  # other noise still goes
    assert any(e.category == "comments" for e in plain.edits)
    assert not any(e.category == "comments" for e in kept.edits)
    # the kept run's edits are the plain run's less the comments' (the final trim of the
    # text's end aside: the end is another one)
    final = {r.id for r in step("final").rules}
    assert {(e.start, e.end, e.rule) for e in kept.edits if e.rule not in final} == {
        (e.start, e.end, e.rule) for e in plain.edits if e.category != "comments" and e.rule not in final
    }


def test_the_cli_options_and_their_log(tmp_path):
    src = tmp_path / "page.html"
    src.write_bytes(PAGE.read_bytes())
    for args in (["--include-comments"], ["--keep", "comments"]):
        out, log = tmp_path / "out", tmp_path / "log.jsonl"
        res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q", "--no-resume", *args])
        assert res.exit_code == 0, res.output
        assert COMMENT in (out / "page.txt").read_text(encoding="utf-8")
        records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        assert not [r for r in records if r["type"] == "edit" and r["category"] == "comments"]


def test_an_unknown_category_is_refused():
    res = runner.invoke(app, ["clean", "-", "--keep", "commments"], input="text\n")
    assert res.exit_code == 2 and "no category 'commments'" in res.output
    with pytest.raises(ValueError, match="no such category"):
        Cleaner(options=Options(keep=("commments",)))
