"""Markdown output (``--format markdown``): an HTML page's structure as inserted marks, a
markdown text's structure kept, the default text output untouched."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, Options, clean_text
from cleaner.cli import app
from cleaner.edits import apply_edits, restore
from cleaner.steps import steps
from cleaner.steps.marks import RULES as MARK_RULES

runner = CliRunner()
MARKDOWN = Options(output_format="markdown", judge=False)


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def md(body: str, options: Options = MARKDOWN):
    return Cleaner(options=options).clean_html(page(body))


def keeps_promises(result) -> None:
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start : e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == result.original


CASES = {
    "headings": (
        "<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six<br>lines</h6>",
        "# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six lines\n",
    ),
    "nested lists": (
        "<ul><li>a</li><li>b<ul><li>b1</li><li>b2<ol><li>deep</li></ol></li></ul></li></ul>"
        "<ol start='7'><li>seven</li><li><p>eight</p><p>more eight</p></li></ol>",
        "- a\n\n- b\n\n  - b1\n\n  - b2\n\n    1. deep\n\n7. seven\n\n8. eight\n\n   more eight\n",
    ),
    "table": (
        "<table><thead><tr><th>Name</th><th>Age</th></tr></thead>"
        "<tbody><tr><td>Ann</td><td>31</td></tr><tr><td></td><td>a|b</td></tr></tbody></table>",
        "| Name | Age |\n| --- | --- |\n| Ann | 31 |\n|  | a\\|b |\n",
    ),
    "layout table": (
        "<table><tr><td><p>First paragraph.</p><p>Second.</p></td><td>side</td></tr></table>",
        "First paragraph.\n\nSecond.\n\nside\n",
    ),
    "code block": (
        "<pre>def f(x):\n    return x * 2</pre><pre>```\nfenced\n```</pre>",
        "```\ndef f(x):\n    return x * 2\n```\n\n````\n```\nfenced\n```\n````\n",
    ),
    "blockquote": (
        "<blockquote><p>One.</p><p>Two<br>lines.</p><blockquote><p>Inner.</p></blockquote></blockquote>",
        "> One.\n>\n> Two\n> lines.\n>\n> > Inner.\n",
    ),
    "list in a quote": (
        "<blockquote><ul><li>item</li></ul></blockquote>",
        "> - item\n",
    ),
    "inline code and emphasis": (
        "<p>Call <code>f(*args)</code> with <em>care</em> and <a href='/x'>a link</a>.</p>",
        "Call f(*args) with care and a link.\n",
    ),
    "escapes": (
        "<p># hash</p><p>2. second</p><p>- dash</p><p>&gt; angle</p><p>+ plus</p><p>A #tag, 1.5 l - ok.</p>",
        "\\# hash\n\n2\\. second\n\n\\- dash\n\n\\> angle\n\n\\+ plus\n\nA #tag, 1.5 l - ok.\n",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_html_page_as_markdown(name: str):
    body, want = CASES[name]
    result = md(body)
    assert result.text == want
    keeps_promises(result)
    marks = {r.id for r in MARK_RULES}
    for e in result.edits:
        if e.rule in marks:
            assert e.category == "markup" and e.reason
            assert e.action == ("insert" if e.start == e.end else "replace")
            assert e.action == "insert" or not e.replacement.strip("| -\n") or e.rule == "mark-heading"


def test_the_default_output_is_plain_text():
    body = "".join(body for body, _ in CASES.values())
    plain = md(body, Options(judge=False))
    assert not any(e.rule.startswith("mark-") for e in plain.edits)
    assert "#" not in plain.text.replace("# hash", "").replace("#tag", "")
    assert md(body).text != plain.text


def test_a_whole_page_through_the_judge_keeps_the_logs_promises():
    body = (
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        "<article><h1>Council approves cycling lanes</h1>"
        "<p>The city council voted on Tuesday to build six kilometres of protected cycling lanes through the centre, "
        "after a two-year consultation in which residents were asked where they felt least safe.</p>"
        "<h2>Cost</h2><p>The plan will cost about 12 million euros and is to be finished by the end of next year, "
        "the council said in a statement on its website.</p>"
        "<ul><li>Six kilometres of lanes along the river and the old town.</li>"
        "<li>Twelve new crossings at the busiest junctions of the centre.</li></ul></article>"
        "<footer><p>Copyright 2024 City News. All rights reserved.</p></footer>"
    )
    result = Cleaner(options=Options(output_format="markdown")).clean_html(page(body))
    keeps_promises(result)
    assert "# Council approves cycling lanes\n" in result.text
    assert "## Cost\n" in result.text
    assert "- Six kilometres" in result.text
    again = Cleaner(options=Options(output_format="markdown")).clean_html(page(body))
    assert (again.text, again.edits) == (result.text, result.edits)  # deterministic


def test_markdown_text_keeps_its_structure():
    text = "# Title\n\nSome *bold* text, `code` and [a link](https://x.org).\n\n> quoted\n\n```\na*b*c\n```\n"
    out = clean_text(text, output_format="markdown", options=Options(judge=False)).text
    assert out == "# Title\n\nSome bold text, `code` and a link.\n\n> quoted\n\n```\na*b*c\n```\n"
    plain = clean_text(text, options=Options(judge=False)).text
    assert plain == "Title\n\nSome bold text, code and a link.\n\nquoted\n\na*b*c\n"


def test_plain_text_is_written_as_it_is():
    text = "A plain note about 3 * 4 and nothing more.\n\nA second paragraph.\n"
    result = clean_text(text, output_format="markdown", options=Options(judge=False))
    assert result.text == clean_text(text, options=Options(judge=False)).text == text


def test_the_step_runs_after_the_judge_and_rules_before_final():
    names = [s.name for s in steps()]
    assert names.index("judge") < names.index("rules") < names.index("markdown-marks") == names.index("final") - 1


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="output_format"):
        Cleaner(options=Options(output_format="html", judge=False))  # type: ignore[arg-type]


def test_cli_format_markdown(tmp_path):
    src = tmp_path / "page.html"
    src.write_text(page(CASES["headings"][0] + CASES["table"][0]), encoding="utf-8")
    log = tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "--format", "markdown", "--no-judge", "-q", "--log", str(log)])
    assert res.exit_code == 0, res.output
    assert res.stdout == CASES["headings"][1] + "\n" + CASES["table"][1]
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert any(r.get("rule") == "mark-table" and r.get("action") == "replace" for r in records)
    assert any(r.get("rule") == "mark-heading" and r.get("action") == "insert" for r in records)
    res = runner.invoke(app, ["clean", str(src), "--no-judge", "-q"])
    assert res.exit_code == 0 and "#" not in res.stdout and "|" not in res.stdout.replace("a|b", "")
    res = runner.invoke(app, ["clean", str(src), "--format", "rst"])
    assert res.exit_code != 0
