"""Rule files that would cost a document without bound: many slow rules, slow site markers,
a YAML file whose aliases expand past any size, patterns that match everywhere. Each is
bounded, refused at load, or reported: none is silent and none spins.

The slow pattern is ``^(a|aa)+$``: on a line of a's that ends in a b the ``regex`` package
backtracks exponentially.
"""

from __future__ import annotations

import textwrap

from cleaner import Cleaner, Options, load_rulebook

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
    assert "--regex-document-timeout" in timed_out[-1].message  # the last ran out of the document's time
    first = not_run[0]
    assert first.rule == f"slow-{len(timed_out):02d}" and first.file == "r.yaml"
    # the slow rules left, and the shipped rules after them: none of them ran
    rest = int(first.message.split("nor the ")[1].split(" ")[0])
    assert rest >= 19 - len(timed_out)
    assert f"after it (slow-{len(timed_out) + 1:02d}, " in first.message
    assert "the document's rule time of 0.5 s (--regex-document-timeout) was spent" in first.message
    assert "Body text stays here" in result.text  # the document is still cleaned and written


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
