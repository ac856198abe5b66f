"""The line group: a site file's whole-line patterns screened on each line at once.

Each rule then takes its lines from the group's result instead of walking the lines
itself; the edits (spans, rule ids, reasons) must be the ones the rules' own walks make,
on generated documents mixing lines each template matches, near misses and prose.
"""

from __future__ import annotations

import pickle

from cleaner.rules.model import LineRule

from conftest import assert_same_edits, random_documents, rule_edits, site_book

SITE = r"""
scope:
  sites: [example.org]
rules:
  - id: example.org/numbered
    kind: line
    category: navigation
    description: a numbered sidebar entry
    match: full
    pattern: '\d+\.\s+\p{Lu}\w*\s+guides'
    examples: {remove: ['3. Web guides'], keep: ['Web guides']}
  - id: example.org/numbered-2
    kind: line
    category: navigation
    description: another numbered entry
    match: full
    remove: block
    max_matches: 2
    pattern: '\d+\.\s+\p{Lu}\w*(?:\s+\w+)?'
    examples: {remove: ['4. Selectors'], keep: ['Selectors and more words here']}
  - id: example.org/named
    kind: line
    category: boilerplate
    description: a reference heading
    match: full
    max_length: 20
    pattern: '\p{Lu}\w*\s+reference'
    examples: {remove: ['Web reference'], keep: ['the reference']}
  - id: example.org/repeat
    kind: line
    category: boilerplate
    description: a doubled word (a back-reference, which RE2 has not)
    match: full
    pattern: '(\w+) \1'
    examples: {remove: ['menu menu'], keep: ['menu bar']}
  - id: example.org/any-case
    kind: line
    category: boilerplate
    description: a line in any case
    match: full
    ignore_case: true
    pattern: 'skip to (?:main )?content'
    examples: {remove: ['SKIP TO CONTENT'], keep: ['skip it']}
"""

LINES = [
    "3. Web guides",
    "12. CSS guides",
    "4. Selectors",
    "7. Grid layout",
    "7. Grid layout and more",
    "Web reference",
    "A much longer Web reference",
    "menu menu",
    "menu bar",
    "Skip to main content",
    "skip to content",
    "Ärger reference",
    "1.5 Guides",
    "The article goes on about 3. Web guides.",
    "",
]


def test_the_group_finds_what_each_rule_finds_alone():
    grouped, alone = site_book(SITE), site_book(SITE)
    line_rules = [r for r in grouped.rules if isinstance(r, LineRule)]
    assert all(r.pattern.group is not None for r in line_rules)
    assert len({id(r.pattern.group) for r in line_rules}) == 1  # one group for the file
    for r in alone.rules:
        if isinstance(r, LineRule):
            r.pattern.group = None  # each rule walks the lines itself, as before groups
    assert_same_edits(grouped, alone, random_documents(LINES, 300, sep="\n", most=40), {r.id for r in line_rules})


def test_a_pickled_rulebook_keeps_its_groups():
    book = pickle.loads(pickle.dumps(site_book(SITE)))
    patterns = [r.pattern for r in book.rules if isinstance(r, LineRule)]
    assert patterns[0].group is not None and all(p.group is patterns[0].group for p in patterns)
    text = "menu menu\n\n3. Web guides\nWeb reference\n"
    assert [e[2] for e in rule_edits(book, text)] == [
        "example.org/repeat",
        "example.org/numbered",
        "example.org/numbered-2",  # its block: the rest of it
    ]
