"""The anchors and the ``lines`` rules of a site file, screened on a document together.

Each anchor rule takes its candidate blocks from one RE2 screen of the file's anchor
patterns, and each ``lines`` rule its lines from one walk for all the file's lists; the
edits (spans, rule ids, reasons) must be the ones the rules' own walks make, on generated
documents mixing blocks each rule takes, near misses, prose, and lines broken into runs.
"""

from __future__ import annotations

import pickle

from cleaner.rules.model import AnchorRule, LinesRule

from conftest import assert_same_edits, random_documents, rule_edits, site_book

SITE = r"""
scope:
  sites: [example.org]
rules:
  - id: example.org/menu
    kind: lines
    category: navigation
    description: the top menu
    min_run: 2
    lines: [Home, Guides, Shop, News]
    examples: {remove: ["Home\nGuides"], keep: [Home]}
  - id: example.org/footer
    kind: lines
    category: footer
    description: the footer links
    ignore_case: true
    max_length: 12
    lines: [about us, contact, shop]
    examples: {remove: [Contact], keep: [contact form]}
  - id: example.org/late-news
    kind: lines
    category: related
    description: a news link low on the page
    position: {min_offset: 0.5}
    lines: [News, More news]
    examples: {remove: [More news], keep: [News today]}
  - id: example.org/reviews
    kind: anchor
    category: boilerplate
    description: a review count and the rating before it
    pattern: '(?m)^(?:\d+(?:[.,]\d+)*\s+reviews)$'
    max_length: 20
    before: {blocks: 2, max_length: 12}
    examples: {remove: ["4.9\n\n1,113 reviews"], keep: [many reviews]}
  - id: example.org/comments
    kind: anchor
    category: comments
    description: the comments heading and what follows
    match: full
    ignore_case: true
    literal: 'Comments'
    after: {blocks: 2, pattern: '\w+ said'}
    max_matches: 2
    examples: {remove: ["Comments\n\nAnn said hi"], keep: [No comments]}
  - id: example.org/stars
    kind: anchor
    category: boilerplate
    description: a star rating, without the block after it
    pattern: '\bstars?\b'
    max_length: 30
    include_anchor: false
    before: {blocks: 1, max_length: 12}
    after: {blocks: 1, max_length: 12}
    examples: {remove: ["4.9\n\n5 stars\n\nShop"], keep: [starship]}
  - id: example.org/twice
    kind: anchor
    category: boilerplate
    description: a doubled word (a back-reference, which RE2 has not)
    pattern: '\b(\w{3,}) \1\b'
    position: {first: 6}
    examples: {remove: [menu menu], keep: [menu bar]}
"""

BLOCKS = [
    "Home\nGuides\nShop",
    "Home",
    "Home\nGuides",
    "Guides\nNews\nShop\nThe guide to shops",
    "CONTACT\nAbout us",
    "contact form",
    "Shop\nabout us",
    "News",
    "More news",
    "News today",
    "4.9",
    "1,113 reviews",
    "12 reviews",
    "many reviews",
    "Comments",
    "comments",
    "Ann said hi",
    "No comments yet, be the first",
    "5 stars",
    "one star, sadly",
    "starship",
    "menu menu",
    "menu bar",
    "The article goes on about the shop, its news and its reviews, at some length.",
    "Übersicht\nHome",
    "  Home \n\tShop",
    "  Contact  ",
]


def test_the_groups_find_what_each_rule_finds_alone():
    grouped, alone = site_book(SITE), site_book(SITE)
    anchors = [r for r in grouped.rules if isinstance(r, AnchorRule)]
    lists = [r for r in grouped.rules if isinstance(r, LinesRule)]
    assert len({id(r.pattern.group) for r in anchors}) == 1 and anchors[0].pattern.group is not None
    assert len({id(r.group) for r in lists}) == 1 and lists[0].group is not None
    for r in alone.rules:
        if isinstance(r, AnchorRule):
            r.pattern.group = None  # each rule walks the blocks itself, as before groups
        elif isinstance(r, LinesRule):
            r.group = None
    documents = random_documents(BLOCKS, 400, sep="\n\n", most=25)
    assert_same_edits(grouped, alone, documents, {r.id for r in anchors + lists})


def test_a_pickled_rulebook_keeps_its_groups():
    book = pickle.loads(pickle.dumps(site_book(SITE)))
    anchors = [r for r in book.rules if isinstance(r, AnchorRule)]
    lists = [r for r in book.rules if isinstance(r, LinesRule)]
    assert anchors[0].pattern.group is not None and all(r.pattern.group is anchors[0].pattern.group for r in anchors)
    assert lists[0].group is not None and all(r.group is lists[0].group for r in lists)
    text = "Home\nGuides\n\n4.9\n\n1,113 reviews\n\nThe article goes on.\n\nCONTACT\n"
    assert [e[2] for e in rule_edits(book, text)] == [
        "example.org/menu",
        "example.org/reviews",
        "example.org/footer",
    ]
