"""The judge's whole account of a page (``Cleaner.judge_account``, ``clean --why``): it must be
the decision the run logged, feature by feature, for every form."""

from __future__ import annotations

import math

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner import Cleaner, Options
from cleaner.cli import app
from cleaner.judge.explain import AGAINST

from conftest import FIXTURES

runner = CliRunner()

STORY = (
    "The harbour reopened on Monday after a week of repairs, the port authority said. Fishing boats were "
    "the first to leave, followed by the ferry to the islands, which had been cancelled since the storm.",
    "The repairs cost less than feared, the authority added, because the outer wall held and only the "
    "quay's surface had to be relaid over the winter months.",
    "Traders on the quay said the week without boats had cost them dearly, but that they expected the "
    "summer season to make up for it if the weather holds.",
)
HTML = (
    "<html><head><title>Harbour reopens after the storm</title></head><body>"
    '<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>'
    "<main><article><h1>Harbour reopens after the storm</h1>"
    + "".join(f"<p>{p}</p>" for p in STORY)
    + "</article></main>"
    '<footer class="footer"><p>© 2024 Coast Times. All rights reserved.</p>'
    '<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>'
    "</body></html>"
)
MARKDOWN = (
    "* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n* [Weather](/weather)\n\n"
    "# Harbour reopens after the storm\n\n"
    + "\n\n".join(STORY)
    + "\n\nShare this article\n\n© 2024 Coast Times. All rights reserved.\n\n[Privacy](/privacy) | [Terms](/terms)\n"
)
TEXT = (  # as lynx -dump gives a page
    "Coast Times\n\n  * Home\n  * News\n  * Sport\n  * Weather\n  * Travel\n  * Log in\n\n"
    "Harbour reopens after the storm\n\n"
    + "\n\n".join(STORY)
    + "\n\nShare this article\n\nMore from News\n\n  * Ferry timetable for the winter\n"
    "  * Storm closes the coast road\n  * New lifeboat for the harbour\n\n"
    "© 2024 Coast Times. All rights reserved.\n  * Privacy\n  * Terms\n  * Contact\n"
)
DOCUMENTS = {"html": HTML, "markdown": MARKDOWN, "text": TEXT}


@pytest.mark.parametrize("form", ["html", "markdown", "text"])
def test_the_weights_add_up_to_the_first_pass_score_in_every_form(form):
    found = cleaner.judge_account(DOCUMENTS[form])
    assert found.form == form and found.skipped is None and found.page_type is not None
    assert len(found.units) > 5
    for u in found.units:
        assert math.isclose(found.bias + sum(w.weight for w in u.weights), u.first, abs_tol=1e-9)
        assert math.isclose(u.first + (u.shift or 0.0), u.final, abs_tol=1e-9)
        assert math.isclose(u.probability, 1 / (1 + math.exp(-u.final)), abs_tol=1e-9)
        assert [w.weight for w in u.weights] == sorted(w.weight for w in u.weights)  # the most against first
        assert u.kept == (u.rule is None)
    assert (found.units[0].shift is None) == (form == "text")  # text has one pass
    if form == "html":  # the page's DOM is read: the menu is inside <nav>, the story in <article>
        menu = next(u for u in found.units if u.text == "Home")
        assert {w.feature: w.value for w in menu.weights}["in_nav"] == 1
        assert not menu.kept and menu.rule == "judge-navigation"
    story = next(u for u in found.units if u.text.startswith("The harbour reopened"))
    assert story.kept and story.probability >= found.threshold


def _judge_edits(result):
    return [e for e in result.edits if e.file == "cleaner/judge"]


@pytest.mark.parametrize(
    "page", ["html/collection-shop.html", "markdown/collection-outdoor-gear.md", "text/forum-thread.txt"]
)
def test_the_accounts_decisions_are_what_clean_removed(page):
    path = FIXTURES / "judge" / page
    raw = path.read_text(encoding="utf-8")
    form = "html" if path.suffix == ".html" else None
    c = Cleaner()
    result = c.clean_html(raw) if form else c.clean(raw)
    found = c.judge_account(raw, form=form)
    edits = _judge_edits(result)
    assert edits and any(u.kept for u in found.units) and any(not u.kept for u in found.units)
    text = result.original
    for u in found.units:
        inside = [e for e in edits if e.start < u.end and e.end > u.start]
        if not text[u.start : u.end].strip():
            continue
        if u.kept:
            assert not inside, f"unit {u.unit} kept in the account, removed by {inside[0].rule}"
        else:
            assert inside, f"unit {u.unit} removed in the account ({u.rule}), kept by clean"
            assert {e.rule for e in inside} == {u.rule}
            # all of it went: under the judge's rule, but for the marks an earlier step took off
            # its start (a markdown line's "[" or "### " stays that step's edit)
            gone = [e for e in result.edits if e.start < u.end and e.end > u.start and not e.replacement]
            covered = set().union(*(range(max(e.start, u.start), min(e.end, u.end)) for e in gone))
            assert all(text[i].isspace() for i in range(u.start, u.end) if i not in covered)


@pytest.mark.parametrize("form", ["html", "markdown", "text"])
def test_a_reason_in_the_log_names_the_accounts_three_most_negative_weights(form):
    c = Cleaner()
    result = c.clean(DOCUMENTS[form], form="html" if form == "html" else None)
    found = c.judge_account(DOCUMENTS[form], form="html" if form == "html" else None)
    logged = [e for e in _judge_edits(result) if e.reason.startswith(f"judge ({form}): article text")]
    assert logged
    for e in logged:
        u = next(u for u in found.units if u.start <= e.start < max(u.end, u.start + 1) or e.start < u.start)
        against = [f"{w.words} ({w.weight:+.1f})" for w in u.weights if w.weight <= AGAINST][:3]
        assert against, "a removed unit with nothing against it"
        assert f"; against it: {', '.join(against)}" in e.reason
        if u.shift is not None:
            assert f"; neighbourhood {u.shift:+.1f}" in e.reason


def test_a_line_or_an_offset_picks_the_unit_that_holds_it():
    lines = MARKDOWN.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("The repairs cost"))
    by_line = cleaner.judge_account(MARKDOWN, line=at + 1)
    assert [u.text for u in by_line.units] == [lines[at]] and by_line.units[0].line == at + 1
    offset = MARKDOWN.index("less than feared")
    assert cleaner.judge_account(MARKDOWN, offset=offset).units == by_line.units
    whole = cleaner.judge_account(MARKDOWN)
    assert by_line.units[0] == next(u for u in whole.units if u.line == at + 1)
    with pytest.raises(ValueError, match="holds no unit"):
        cleaner.judge_account(MARKDOWN, line=at)  # the blank line above it
    with pytest.raises(ValueError, match="not in the document"):
        cleaner.judge_account(MARKDOWN, line=len(lines) + 1)


def test_a_document_the_judge_does_not_read_says_why():
    assert "snippet" in (cleaner.judge_account("One line.\nAnother.\n").skipped or "")
    off = cleaner.judge_account(MARKDOWN, options=Options(judge=False))
    assert off.units == () and "turned off" in (off.skipped or "")


def test_clean_why_prints_the_account_of_the_unit_on_a_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    found = cleaner.judge_account(HTML, form="html")
    menu = next(u for u in found.units if u.text == "Home")
    res = runner.invoke(app, ["clean", str(page), "--why", "--line", str(menu.line)])
    assert res.exit_code == 0, res.output
    assert f"unit {menu.unit}, line {menu.line}, characters {menu.start}-{menu.end}: removed as judge-navigation" in (
        res.output
    )
    assert "inside <nav>" in res.output and "[in_nav = 1]" in res.output
    assert res.output.count("\nunit ") == 1
    assert f"{found.bias + sum(w.weight for w in menu.weights):+6.2f}  = the first pass's score" in res.output
    res = runner.invoke(app, ["clean", str(page), "--why"])
    assert res.exit_code == 0 and res.output.count("\nunit ") == len(found.units)
    for args in (
        ["--line", "2"],
        ["--why", "-o", str(tmp_path / "out.txt")],
        ["--why", "--line", "1", "--offset", "0"],
    ):
        assert runner.invoke(app, ["clean", str(page), *args]).exit_code == 2
    res = runner.invoke(app, ["clean", str(page), "--why", "--line", "10000"])  # past the page's visible text
    assert res.exit_code == 2 and "not in the document" in res.output
