"""Every rule's own examples, one test per rule (``pytest -k RULE_ID`` runs one)."""

from __future__ import annotations

import pytest

from cleaner import load_rulebook
from cleaner.steps import builtin_rules
from cleaner.tools.examples import check_builtin, check_rule, load_builtin_examples

BOOK = load_rulebook()
BUILTIN = load_builtin_examples()


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda r: r.id)
def test_rule_examples(rule):
    assert rule.examples_remove, "every rule carries examples of what it removes"
    failures = check_rule(rule)
    assert not failures, "\n".join(map(str, failures))


@pytest.mark.parametrize("rule_id", sorted(BUILTIN), ids=str)
def test_builtin_step_examples(rule_id):
    failures = check_builtin(rule_id, BUILTIN[rule_id])
    assert not failures, "\n".join(map(str, failures))


def test_every_builtin_step_has_examples():
    assert {r.id for r in builtin_rules()} == set(BUILTIN)


def test_rule_ids_are_unique_across_rules_and_steps():
    ids = [r.id for r in BOOK.rules] + [r.id for r in builtin_rules()]
    assert len(ids) == len(set(ids))


def test_generic_rules_name_no_site():
    """Generic packs must generalise: no seed-specific names in them."""
    for rule_file in BOOK.files:
        if rule_file.generic:
            text = open(rule_file.path, encoding="utf-8").read().lower()
            for site_word in ("internationalviewpoint", "wsws", "socialist equality"):
                assert site_word not in text, (rule_file.name, site_word)


def test_a_broken_example_is_reported_with_rule_and_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        """scope: generic
rules:
  - id: too-greedy
    kind: line
    category: junk
    description: removes lines with 'the'
    pattern: '\\bthe\\b'
    examples:
      remove: ['the end']
      keep: ['the body text must stay']
""",
        encoding="utf-8",
    )
    book = load_rulebook([bad], defaults=False)
    failures = check_rule(book.rules[0])
    assert len(failures) == 1
    assert failures[0].rule == "too-greedy" and failures[0].case == "keep[0]"
    assert "bad.yaml" in str(failures[0])


def test_a_broken_example_is_reported_at_its_own_line(tmp_path):
    """A newcomer's trial: 'rules test' named the file and the rule but not the line, where
    every load error names the line; in a file of thirty rules the example is hard to find."""
    bad = tmp_path / "site.yaml"
    bad.write_text(
        """scope: {sites: [example.org]}
rules:
  - id: example.org/sign-off
    kind: line
    category: promo
    description: The sign-off under every post.
    pattern: '^Thanks for reading'
    examples:
      remove:
        - Thanks for reading!
        - text: |
            The post.

            Thanks for reading!
          output: The post!
      keep: ['Thanks for reading the report, she said.', 'Thanks for reading it all.']
  - id: example.org/story
    kind: prune
    category: ad
    description: The ad box.
    css: div.ad
    examples:
      remove: ['<div class="ad"><p>Buy now.</p></div><p>Text.</p>']
      keep:
        - '<p>Text.</p>'
        - '<div class="ad"><p>Buy now.</p></div>'
""",
        encoding="utf-8",
    )
    book = load_rulebook([bad], defaults=False)
    found = [str(f).splitlines()[0] for rule in book.rules for f in check_rule(rule)]
    assert [line.split(" example ")[0] for line in found] == [
        "site.yaml:11: rule 'example.org/sign-off'",
        "site.yaml:16: rule 'example.org/sign-off'",
        "site.yaml:16: rule 'example.org/sign-off'",
        "site.yaml:26: rule 'example.org/story'",
    ], found
