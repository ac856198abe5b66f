"""Auditing a run: `cleaner audit` tables agree with the log, `show`/`--explain` mark every
edit, `--dry-run` writes the same log as a real run and nothing else."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.rules.book import load_rulebook
from cleaner.runlog import iter_documents
from cleaner.tools.audit import audit_log

from conftest import FIXTURES

runner = CliRunner()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The fixtures cleaned once: (input folder, output folder, log, summary)."""
    tmp = tmp_path_factory.mktemp("run")
    src = tmp / "in"
    shutil.copytree(FIXTURES / "input", src)
    out, log, summary = tmp / "out", tmp / "log.jsonl", tmp / "summary.json"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--summary-json", str(summary)])
    assert res.exit_code == 0, res.output
    return src, out, log, json.loads(summary.read_text())


def _records(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_audit_totals_agree_with_the_log_and_the_run_summary(run):
    _, _, log, summary = run
    a = audit_log(log)
    t = a["totals"]
    assert (t["docs"], t["ok"], t["flagged"], t["chars_in"], t["chars_out"]) == (
        summary["docs"],
        summary["ok"],
        summary["flagged"],
        summary["chars_in"],
        summary["chars_out"],
    )
    # Per category: the doc records' own removed counts, summed, and the run summary's.
    by_cat = {r["category"]: r["removed"] for r in a["categories"]}
    from_docs = Counter()
    for rec in _records(log):
        if rec["type"] == "doc":
            from_docs.update(rec["removed"])
    assert by_cat == dict(from_docs) == summary["removed"]
    # Rules and sites partition the same removals; edit counts match the edit records.
    edits = [r for r in _records(log) if r["type"] == "edit"]
    assert sum(r["removed"] for r in a["rules"]) == sum(r["removed"] for r in a["sites"]) == t["removed"]
    assert sum(r["edits"] for r in a["rules"]) == len(edits) == t["edits"]
    rule_docs = {r["rule"]: r["docs"] for r in a["rules"]}
    assert rule_docs["copyright-line"] == len({e["doc"] for e in edits if e["rule"] == "copyright-line"})
    assert sum(a["share_histogram"]) == t["ok"]


def test_audit_lists_rules_that_never_fired_and_frequent_texts(run):
    _, _, log, _ = run
    book = load_rulebook()
    a = audit_log(log, book)
    fired = {e["rule"] for e in _records(log) if e["type"] == "edit"}
    never = {r["rule"] for r in a["never_fired"]}
    assert never == {r.id for r in book.rules} - fired
    assert never and not never & fired
    assert a["ruleset_note"] is None  # the same rules made the log
    top = a["top_removed"][0]
    assert (top["text"], top["count"], top["rules"]) == ("---", 7, ["separator-line"])
    category = {r["rule"]: r["category"] for r in a["rules"]}
    assert {category[rule] for t in a["top_removed"] for rule in t["rules"]}.isdisjoint({"whitespace", "markup"})


def test_a_rule_removing_many_different_long_paragraphs_stands_out(tmp_path, run):
    src, _, _, _ = run
    greedy = tmp_path / "greedy.yaml"
    greedy.write_text(
        "description: A bad rule that takes any long paragraph.\nscope: generic\nrules:\n"
        "  - id: greedy-paragraph\n    kind: block\n    category: boilerplate\n"
        "    description: Too broad on purpose.\n    pattern: '(?s)^.{300,}$'\n"
        "    examples:\n      remove: ['" + "x " * 160 + "']\n      keep: ['short']\n",
        encoding="utf-8",
    )
    log = tmp_path / "log.jsonl"
    res = runner.invoke(
        app, ["clean", str(src / "seeds"), "--dry-run", "--log", str(log), "--rules", str(greedy), "-q"]
    )
    assert res.exit_code == 0, res.output
    a = audit_log(log)
    varied = a["varied_rules"][0]
    assert varied["rule"] == "greedy-paragraph" and varied["distinct_long"] > 20
    assert varied["distinct_long"] == varied["long_removals"]  # no two the same: content, not boilerplate
    # The shipped rules' repeated boilerplate is nowhere near it.
    assert all(r["distinct_long"] <= 4 for r in a["varied_rules"][1:])


def test_audit_cli_text_puts_flagged_documents_first_and_json_is_the_same_data(run):
    _, _, log, _ = run
    res = runner.invoke(app, ["audit", str(log)])
    assert res.exit_code == 0, res.output
    text = res.output
    assert text.index("flagged by the over-removal guard (1)") < text.index("by category:")
    assert re.search(r"edge/all-boilerplate\.md\s+-\s+321\s+100\.0%", text)
    assert "rules that never fired" in text and "most frequent removed texts" in text
    res = runner.invoke(app, ["audit", str(log), "--format", "json"])
    data = json.loads(res.output)
    assert data["flagged"][0]["doc"] == "edge/all-boilerplate.md"
    assert data == json.loads(json.dumps(audit_log(log, load_rulebook())))
    assert runner.invoke(app, ["audit", str(log.with_name("missing.jsonl"))]).exit_code == 2
    assert runner.invoke(app, ["audit", str(log), "--format", "xml"]).exit_code == 2


def test_audit_counts_skipped_and_failed_documents_apart(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES / "bad" / "image.txt", src / "image.txt")
    shutil.copy(FIXTURES / "input" / "seeds" / "001_9c03bc06a276b38c.txt", src / "a.txt")
    log = tmp_path / "log.jsonl"
    runner.invoke(app, ["clean", str(src), "--dry-run", "--log", str(log), "--lang", "de", "-q"])
    t = audit_log(log)["totals"]
    assert (t["docs"], t["ok"], t["skipped"], t["errors"], t["removed"], t["chars_in"]) == (2, 0, 1, 1, 0, 0)


def test_show_marks_removals_joins_and_repairs_with_rule_ids(run):
    _, out, log, _ = run
    res = runner.invoke(
        app, ["show", "variants/001-mojibake.txt", "--log", str(log), "--run-output", str(out), "--no-color"]
    )
    assert res.exit_code == 0, res.output
    text = res.output
    assert "⟨wsws.org/contact-footer⟩[-To contact the WSWs" in text
    assert "⟨join-broken-paragraph⟩[-⏎\n⏎\n-]{+␣+}Vladimir Putin" in text
    assert (
        "⟨fix-mojibake⟩[-â€œcivil societyâ€\\x9d and â€œindependent mediaâ€\\x9d-]"
        "{+“civil society” and “independent media”+}"
    ) in text
    assert "legend: " in text and "encoding (7)" in text
    # Every edit of the document is in the view, in order, with its removed text.
    entry = next(e for e in iter_documents(log) if e.id == "variants/001-mojibake.txt")
    pos = 0
    for e in entry.edits:
        if e["category"] in ("whitespace", "markup"):
            continue
        pos = text.index(f"⟨{e['rule']}⟩", pos)
    coloured = runner.invoke(
        app, ["show", "variants/001-mojibake.txt", "--log", str(log), "--run-output", str(out), "--color"]
    ).output
    assert "\x1b[9;38;5;" in coloured  # struck through, in the category's colour


def test_show_draws_bidi_controls_as_escapes(tmp_path):
    """A removed link target with a right-to-left override (U+202E) in it: invisible in
    show, where a terminal that does bidi can turn the rest of the line. Bidi controls are
    drawn as escapes, as control characters are; the log keeps them as they were."""
    src = tmp_path / "in.jsonl"
    text = "Read [the report](http://e.com/\u202eabc) before the vote on Tuesday, said the clerk.\n"
    src.write_text(json.dumps({"id": "doc", "text": text}) + "\n", encoding="utf-8")
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    assert any("\u202e" in json.loads(x).get("removed", "") for x in log.read_text(encoding="utf-8").splitlines())
    res = runner.invoke(app, ["show", "doc", "--log", str(log), "--run-output", str(out), "--no-color"])
    assert res.exit_code == 0
    assert "[-](http://e.com/\\u202eabc)-] before the vote" in res.output
    assert not any(c in res.output for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def test_audit_prints_a_removed_texts_controls_as_escapes(tmp_path):
    """The table of frequent removed texts printed a text as JSON quotes it, which leaves
    C1 controls (U+009B is a terminal's CSI) and bidi overrides raw on the terminal."""
    src = tmp_path / "in"
    (src / "x.example").mkdir(parents=True)
    rules = tmp_path / "x.example.yaml"
    rules.write_text(
        "scope: {sites: [x.example]}\nrules:\n  - id: x.example/noise\n    kind: line\n    category: junk\n"
        "    description: A NOISE line.\n    pattern: '^NOISE\\b.*$'\n    match: full\n"
        "    examples: {remove: ['NOISE here'], keep: ['No NOISE here']}\n",
        encoding="utf-8",
    )
    body = "The council met on Tuesday and agreed the budget after a long debate about the roads.\n\n"
    for n in range(2):
        (src / "x.example" / f"{n}.txt").write_text(body + "NOISE \u202eevil \u009b31m red\n\n" + body, "utf-8")
    log = tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "--dry-run", "--log", str(log), "-r", str(rules), "-q"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["audit", str(log), "-r", str(rules)])
    assert res.exit_code == 0
    assert '"NOISE \\u202eevil \\u009b31m red' in res.output
    assert "\u202e" not in res.output and "\u009b" not in res.output


def test_show_without_the_output_lists_the_edits(run):
    _, _, log, _ = run
    res = runner.invoke(app, ["show", "seeds/001_9c03bc06a276b38c.txt", "--log", str(log), "--no-color"])
    assert res.exit_code == 0
    assert "no output given (--run-output)" in res.output
    assert "⟨wsws.org/contact-footer⟩[-To contact" in res.output
    assert runner.invoke(app, ["show", "nope.txt", "--log", str(log)]).exit_code == 2


def test_explain_shows_what_show_shows(run):
    src, out, log, _ = run
    rel = "seeds/003_9e3d5e371b744ca5.txt"
    explained = runner.invoke(app, ["clean", str(src / rel), "--explain", "-q"])
    assert explained.exit_code == 0, explained.output
    shown = runner.invoke(app, ["show", rel, "--log", str(log), "--run-output", str(out), "--no-color"])

    def body(text: str) -> str:
        return text.split("─" * 72)[1]

    assert body(explained.output) == body(shown.output)
    assert "⟨internationalviewpoint.org/donation-appeal⟩[-" in explained.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_dry_run_writes_the_same_log_and_no_output(tmp_path, run, jobs):
    src, _, log, _ = run
    dry = tmp_path / "dry.jsonl"
    res = runner.invoke(app, ["clean", str(src), "--dry-run", "--log", str(dry), "--jobs", jobs])
    assert res.exit_code == 0, res.output
    assert dry.read_bytes() == log.read_bytes()
    assert "cleaned 12 of 12 documents" in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dry.jsonl"]
    assert runner.invoke(app, ["clean", str(src), "--dry-run", "-o", str(tmp_path / "o")]).exit_code == 2


def test_log_with_another_schema_is_refused(tmp_path, run):
    _, _, log, _ = run
    other = tmp_path / "log.jsonl"
    other.write_text(log.read_text(encoding="utf-8").replace('"schema":2', '"schema":3'), encoding="utf-8")
    res = runner.invoke(app, ["audit", str(other)])
    assert res.exit_code == 2 and "schema 3" in res.output


def test_a_field_rule_is_not_listed_as_never_fired(tmp_path):
    """A newcomer's trial: a site's `kind: field` rule read the page's date, and the audit
    listed it among the rules that never fired (it removes nothing, so it makes no edit)."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "example.org.yaml").write_text(
        """scope: {sites: [example.org]}
rules:
  - id: example.org/date
    kind: field
    field: date
    category: metadata
    description: The byline's time stamp.
    xpath: //div[@class='byline']/time/@datetime
    examples:
      keep:
        - text: '<div class="byline"><time datetime="2021-05-03T09:00">3 May</time></div><p>Text.</p>'
          metadata: {date: '2021-05-03'}
  - id: example.org/never
    kind: prune
    category: ad
    description: An ad box no page has.
    css: div.no-such-box
    examples:
      remove: ['<div class="no-such-box"><p>Buy now.</p></div><p>Text.</p>']
""",
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    body = "<p>" + "The council met on Tuesday and voted on the new budget for the harbour. " * 6 + "</p>"
    page.write_text(
        '<html><body><div class="byline"><time datetime="2021-05-03T09:00">3 May</time></div>'
        + body
        + "</body></html>",
        encoding="utf-8",
    )
    out, log = tmp_path / "out.txt", tmp_path / "log.jsonl"
    args = ["clean", str(page), "-o", str(out), "--log", str(log), "--rules", str(rules)]
    res = runner.invoke(app, [*args, "--url", "https://example.org/a"])
    assert res.exit_code == 0, res.output
    doc = next(r for r in _records(log) if r["type"] == "doc")
    assert doc["metadata"]["date"] == "2021-05-03"  # the field rule did read it
    never = {r["rule"] for r in audit_log(log, load_rulebook([rules]))["never_fired"]}
    assert "example.org/never" in never and "example.org/date" not in never


def test_audit_tables_line_up_where_a_cell_holds_wide_characters_or_marks():
    """A Chinese file name or a Hindi word takes other than one terminal column a character:
    the tables pad by the columns a cell takes, so a right-aligned column still lines up."""
    from cleaner.tools.audit import _table, display_width

    assert (display_width("新闻"), display_width("हिंदी"), display_width("news")) == (4, 4, 4)
    lines = _table(
        ["doc", "removed"], [["新闻/文章.txt", "12.5%"], ["news/a.txt", "3.0%"], ["हिंदी/समाचार.txt", "40.0%"]], {1}
    )
    assert len({display_width(line) for line in lines}) == 1
    assert len(lines[1].split("  ")[0]) == display_width("हिंदी/समाचार.txt")  # the rule under "doc"
