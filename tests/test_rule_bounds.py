"""Rule files that would cost a document without bound: many slow rules, slow site markers,
a YAML file whose aliases expand past any size, patterns that match everywhere. Each is
bounded, refused at load, or reported: none is silent and none spins.

The slow pattern is ``^(a|aa)+$``: on a line of a's that ends in a b the ``regex`` package
backtracks exponentially.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from cleaner import Cleaner, Options, RuleFileError, load_rulebook
from cleaner.rules.patterns import DocumentBudget, Pattern, RuleTimeout

SLOW = "^(a|aa)+$"
TEXT = "a" * 40 + "b\n\nCopyright © 2020 Example Ltd. All rights reserved.\n\nBody text stays here.\n"


def _write(tmp_path, body: str, name: str = "r.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def _slow_rules(n: int) -> str:
    rules = "".join(
        f"""\
  - id: slow-{i:02d}
    kind: line
    category: junk
    description: backtracks exponentially on a run of a's
    pattern: '{SLOW}'
    examples:
      remove: ['aa']
"""
        for i in range(n)
    )
    return "scope: generic\nrules:\n" + rules


# ----------------------------------------------------------------------------- time


def test_many_slow_rules_share_one_budget_per_document(tmp_path):
    # Twenty rules that each run out of --regex-timeout (0.2 s) would cost the document 4 s;
    # the document's budget (0.5 s) stops them after three, and one record names the rest.
    book = load_rulebook([_write(tmp_path, _slow_rules(20))])
    cleaner = Cleaner(book, Options(regex_timeout=0.2, regex_document_timeout=0.5))
    result = cleaner.clean(TEXT)
    errors = result.rule_errors
    timed_out = [e for e in errors if "timed out" in e.message]
    not_run = [e for e in errors if e.message.startswith("not run on this document")]
    assert 1 <= len(timed_out) <= 4 and len(not_run) == 1, [e.message for e in errors]
    first = not_run[0]
    assert first.rule == f"slow-{len(timed_out):02d}" and first.file == "r.yaml"
    # the slow rules left, and the shipped rules after them: none of them ran
    rest = int(first.message.split("nor the ")[1].split(" ")[0])
    assert rest >= 19 - len(timed_out)
    assert f"after it (slow-{len(timed_out) + 1:02d}, " in first.message
    assert "the document's rule time of 0.5 s (--regex-document-timeout) was spent" in first.message
    assert "Body text stays here" in result.text  # the document is still cleaned and written


def test_a_rule_that_runs_out_of_the_documents_time_says_so():
    # The last rule to run gets what is left of the document's time, less than its own.
    document = DocumentBudget(0.05)
    with pytest.raises(RuleTimeout, match=r"rule time of 0\.05 s \(--regex-document-timeout\) was spent"):
        Pattern(SLOW).match("a" * 40 + "b", document.budget(1.0))
    assert document.budget(0.01).document is None  # within what is left: the rule's own limit


def test_a_slow_site_marker_honours_the_regex_timeout_and_is_reported(tmp_path):
    site = _write(
        tmp_path,
        f"""\
        scope:
          sites: [slow.example]
          markers: ['{SLOW}']
        rules:
          - id: slow.example/kicker
            kind: line
            category: navigation
            description: the site's kicker line
            match: full
            literal: Read more from Slow
            examples:
              remove: [Read more from Slow]
        """,
        "slow.example.yaml",
    )
    cleaner = Cleaner(load_rulebook([site]), Options(regex_timeout=0.05))
    result = cleaner.clean(TEXT)
    assert result.site is None
    [error] = result.rule_errors
    assert error.rule == "scope.markers" and error.file == "slow.example.yaml"
    assert "markers timed out and were skipped on this document" in error.message
    assert "exceeded 0.05 s" in error.message  # --regex-timeout, not a fixed limit of its own
    assert "Body text stays here" in result.text


# ----------------------------------------------------------------------------- load


def _problems(path) -> list[str]:
    with pytest.raises(RuleFileError) as info:
        load_rulebook([path], defaults=False)
    return info.value.problems


LAUGHS = """\
scope: generic
notes:  # under a key no rule reads: the file is refused before any walk of it
  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
  i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
rules: []
"""


@pytest.mark.parametrize("command", ["check", "clean"])
def test_a_billion_laughs_rule_file_is_refused_before_it_is_walked(tmp_path, command):
    # 9**9 nodes once every alias is written out: the walk over them took minutes. The run
    # has a timeout so that, were the file walked, the test fails instead of hanging.
    rules = _write(tmp_path, LAUGHS, "laughs.yaml")
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    args = (
        ["rules", "check", str(rules)]
        if command == "check"
        else ["clean", str(tmp_path / "a.txt"), "--rules", str(rules)]
    )
    res = subprocess.run([sys.executable, "-m", "cleaner.cli", *args], capture_output=True, text=True, timeout=60)
    assert res.returncode == 2, res.stderr
    assert "laughs.yaml:7: YAML error: aliases repeat more than 10,000 nodes; write the rules out" in res.stderr


def test_aliases_that_repeat_a_few_nodes_still_load(tmp_path):
    body = """\
    scope: generic
    rules:
      - id: first
        kind: line
        category: junk
        description: a label line
        match: full
        pattern: 'Sponsored'
        examples: &examples
          remove: [Sponsored]
          keep: [Sponsored content is labelled.]
      - id: second
        kind: line
        category: junk
        description: another label line
        match: full
        pattern: 'Sponsored'
        ignore_case: true
        examples: *examples
    """
    book = load_rulebook([_write(tmp_path, body)], defaults=False)
    assert [r.id for r in book.rules] == ["first", "second"]


@pytest.mark.parametrize("pattern", [r"\b", "(?=a)", "(?s)..", r"[^\n]{2,}"])
@pytest.mark.parametrize("where", ["pattern", "marker"])
def test_a_pattern_that_matches_everywhere_is_refused_at_load(tmp_path, pattern, where):
    if where == "pattern":
        body = f"""\
        scope: generic
        rules:
          - id: everywhere
            kind: line
            category: junk
            description: matches every line
            pattern: '{pattern}'
            examples:
              remove: ['a line']
        """
        expected = f"r.yaml:7: rule 'everywhere': field 'pattern': pattern {pattern!r} matches every ordinary sentence"
    else:
        body = f"""\
        scope:
          sites: [every.example]
          markers: ['{pattern}']
        rules: []
        """
        expected = f"r.yaml:3: field 'scope.markers': pattern {pattern!r} matches every ordinary sentence"
    problems = _problems(_write(tmp_path, body))
    assert any(p.startswith(expected) for p in problems), problems
