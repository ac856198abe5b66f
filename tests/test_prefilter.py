"""The marker prefilter: one RE2 scan names every site file whose markers can match.

It may name too many files (they are then tried with the real pattern), never too few:
each case below is a marker and a text it matches with ``regex``, and the file must be
among the candidates. The rest checks that site resolution gives the same answer as
trying every file in turn, with hundreds of files loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.rules.book import Rulebook
from cleaner.rules.patterns import Budget, Pattern
from cleaner.rules.prefilter import MarkerIndex, loosen, unit_screen
from cleaner.rules.validate import parse_rule_file
from cleaner.sites import resolve_site

CASES = [
    (r"(?i)\bwsws\.org/contact\b", "see WSWS.ORG/contact now"),
    (r"^To contact the WSWS", "To contact the WSWS and the party"),
    (r"\bStraße\b", "in der Straße."),
    (r"\w+ Zeitung", "Süddeutsche Zeitung"),
    (r"\d{4} Ködö", "١٢٣٤ Ködö"),  # Arabic-Indic digits are \d for regex
    (r"end of text$", "end of text\n"),  # $ before a final newline
    (r"a\sb", "a\u00a0b"),  # a no-break space is \s for regex
    (r"x\Wy", "x—y"),
    (r"[\w-]+@example\.org", "jörg-x@example.org"),
    (r"[^\]]+\] marker", "[x] marker"),
    (r"(?<=by )Example Press", "by Example Press"),  # RE2 has no look-behind: dropped
    (r"^(?=[^\n]*\b(?i:reuters|ap)\b)[^/\n]{2,60}\s/\s[^\n]{2,60}$", "JANE DOE / REUTERS"),
    (r"^(?![-*_]{3,}$)[^\w\s]{1,5}$", "?!"),  # anchored: unanchored, it matches every sentence
    (r"(?<!\((?:[a-z]\)|[)\]]))Press", "Example Press"),  # brackets and parentheses inside
    (r"(a)\1 double", "aa double"),  # nor back-references
    (r"caf\u00e9 corner", "café corner"),
    (r"ab{,3}c marker", "abbc marker"),  # regex reads {,3} as {0,3}; RE2 would take it literally
    (r"[\w.-]{1,120}\.png", "see " + "x" * 300 + ".png"),  # a bounded count, a longer run
    (r"^\d{2,3} items", "12 items"),
]


def _with_marker(k: int, marker: str):
    quoted = marker.replace(chr(39), chr(39) * 2)
    yaml = f"scope:\n  sites: [site{k}.example]\n  markers:\n    - '{quoted}'\nrules: []\n"
    return parse_rule_file(yaml, f"sites/site{k}.example.yaml")


@pytest.mark.parametrize("marker,text", CASES)
def test_a_matching_marker_is_always_a_candidate(marker, text):
    f = _with_marker(0, marker)
    assert f.markers[0].match(text, Budget(1.0)) is not None  # the case is right: regex matches
    index = MarkerIndex([_with_marker(1, "zzz-never-here"), f])
    assert f in index.candidates(text)


def test_loosen_drops_only_constraints():
    assert loosen(r"\bfoo\b$") == "foo"
    assert loosen(r"[\W]x") is None  # a negated class inside a class: not translated, always tried
    assert loosen(r"(?<=by )(?!x)a(?=[)(])") == "a"  # look-arounds are conditions: dropped
    assert loosen(r"(?=a") is None  # not closed
    assert loosen(r"a{2,5}?b\{1,2\}[{1,2}]c{3}") == r"a{2,}?b\{1,2\}[{1,2}]c{3}"  # counts only, not literals


def test_many_site_files_resolve_like_one_by_one():
    files = [_with_marker(k, rf"(?i)\bsite{k}\.example/(about|contact)\b") for k in range(300)]
    files.insert(150, _with_marker(999, r"(?<=Published by )Look Behind Press"))
    files.insert(200, _with_marker(998, r"(Back)ref \1 Press"))  # RE2 has no back-references
    book = Rulebook(files)
    assert len(book.marker_files) == 302
    texts = [
        "Body text.\n\nsite42.example/contact",
        "Published by Look Behind Press\n\nBody",
        "nothing at all here",
        "SITE7.EXAMPLE/ABOUT and site8.example/about",
        "Backref Back Press",
    ]
    for text in texts:
        got = resolve_site(book, text)
        expected = next((f for f in files if any(p.match(text, Budget(1.0)) for p in f.markers)), None)
        assert got.files == ([expected] if expected else [])
    assert resolve_site(book, texts[0]).domain == "site42.example"
    assert resolve_site(book, texts[3]).domain == "site7.example"  # the first file in order wins
    assert len(book.marker_candidates("nothing at all here")) == 1  # only the back-reference file


# Rule patterns and a line or block they match (with regex); in a longer text the RE2
# screen must still find them, or the rule would wrongly be skipped.
UNIT_CASES = CASES + [
    (r"^Copyright \d{4}", "Copyright 2020 Example"),
    (r"\AAdvertisement$", "Advertisement"),
    (r"(?i)^read more\b", "READ MORE: stories"),
    (r"^[^\n]{1,20}\n[^\n]+$", "a caption\nits credit line"),  # a block pattern
    (r"(?i:reuters|ap)\s*$", "Photo / AP"),
]


@pytest.mark.parametrize("source,unit", UNIT_CASES)
def test_a_rule_pattern_that_matches_a_unit_is_never_screened_out(source, unit):
    text = f"A first line.\n\n{unit}\nand a last line\n"
    assert Pattern(source).match(unit, Budget(1.0)) is not None  # the case is right
    assert Pattern(source).may_occur_in(text)
    full = Pattern(source, full=True)
    if full.match(unit, Budget(1.0)) is not None:  # as a full-match rule too, where it is one
        assert full.may_occur_in(text)


def test_the_screen_does_skip_and_pickles_without_re2():
    import pickle

    p = Pattern(r"^Copyright \d{4}")
    assert unit_screen(p) is not None
    assert not p.may_occur_in("Body text.\n\nNo notice here, copyright or otherwise, 2020.\n")
    copy = pickle.loads(pickle.dumps(p))
    assert copy.source == p.source and copy.may_occur_in("x\nCopyright 2021 Y\n")
    assert Pattern(r"(Example)\1").may_occur_in("nothing")  # RE2 cannot take it: always run
    assert not Pattern(r"(?<=by )Example").may_occur_in("nothing")  # its look-behind is dropped
    # A rulebook cache pickled before patterns had a screen holds the default slots state.
    old = Pattern.__new__(Pattern)
    old.__setstate__((None, {"source": p.source, "compiled": p.compiled, "full": False}))
    assert old.may_occur_in("x\nCopyright 2021 Y\n") and not old.may_occur_in("nothing")


def test_a_text_re2_cannot_read_runs_every_rule():
    # Lone surrogates do not encode to UTF-8; the rule is then run, not skipped or crashed.
    assert Pattern(r"^Copyright \d{4}").may_occur_in("x\ud800\nnothing")
    from cleaner import Cleaner, Options

    result = Cleaner(options=Options(fix_encoding=False)).clean(
        "Body text that stays.\n\nx\ud800 Copyright 2020 Example. All rights reserved.\n", url="https://example.org/a"
    )
    assert result.text == "Body text that stays.\n"


def test_a_text_re2_cannot_read_has_every_site_file_as_a_candidate():
    files = [_with_marker(k, f"^Site {k} Daily") for k in range(3)]
    text = "Site 2 Daily\nx\ud800 a lone surrogate, kept when encoding repair is off\n"
    assert MarkerIndex(files).candidates(text) == files  # no crash; the real markers decide
    assert resolve_site(Rulebook(files=files), text).domain == "site2.example"


def test_the_screen_reads_utf8_bytes_as_the_text():
    p = Pattern(r"(?i)^café \w+")
    assert p.may_occur_in("x\nCAFÉ Ködö\n".encode()) and not p.may_occur_in("x\ncafe Ködö\n".encode())


SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "input" / "seeds"
SITE_RULES = """scope:
  sites: [example.org]
rules:
  - id: site-footer
    kind: line
    category: footer
    description: The site's footer line.
    pattern: '^Site footer line$'
    examples:
      remove: ['Site footer line']
      keep: ['A body line']
"""


def test_the_generic_rules_screened_in_one_set_as_one_by_one():
    # One RE2 set scan of a text (Rulebook.screens) says of each generic rule what its own
    # screen says, for texts that some rules match, that none match, and for rules outside it.
    from cleaner.rules.book import shipped_rulebook
    from cleaner.rules.model import HTML_KINDS
    from cleaner.rules.prefilter import TextScreen

    book = shipped_rulebook()
    rules = [r for r in book.generic if r.kind not in HTML_KINDS]
    site = parse_rule_file(SITE_RULES, "sites/example.org.yaml")
    texts = [
        "",
        "plain words only",
        "Title\n\nCopyright 2020 Example Press. All rights reserved.\n\n|\n\nRead more: a story\n",
        "Body.\n\nAdvertisement\n\nPhoto: Jane Doe / Reuters\n\n12 comments\n",
        "Body.\n\nSite footer line\n",
    ] + [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.iterdir())[:40]]
    screen = book.screens()
    for text in texts:
        data = text.encode()
        for some in (rules, site.rules + rules[:3], site.rules):
            assert screen.may_match(some, data) == [r.may_match(data) for r in some]
    assert any(screen.may_match(rules, texts[2].encode())) and not all(screen.may_match(rules, texts[2].encode()))
    data = texts[2].encode()
    assert TextScreen([]).may_match(rules, data) == [r.may_match(data) for r in rules]
    screen._sets = [_OutOfMemory() for _ in screen._sets]  # a set that names nothing: each rule decides
    assert screen.may_match(rules, data) == [r.may_match(data) for r in rules]
    book.screen_set = None  # built again for the other tests


class _OutOfMemory:
    def Match(self, text):
        return None  # what re2.Set gives when its automaton runs out of memory


def test_a_marker_set_that_names_nothing_has_every_site_file_as_a_candidate():
    # RE2's set names nothing both when no marker matches and when its automaton ran out of
    # memory on the text; its first entry matches every text, so the second is told apart and
    # every file's own markers decide, where the files were skipped silently before.
    files = [_with_marker(k, f"^Site {k} Daily") for k in range(3)]
    text = "Site 2 Daily\nThe article.\n"
    index = MarkerIndex(files)
    assert index.candidates(text) == [files[2]]
    index.set = _OutOfMemory()
    assert index.candidates(text) == files
    assert resolve_site(Rulebook(files=files), text).domain == "site2.example"


SITE_TEMPLATE = """scope:
  sites: [example.org]
rules:
  - id: site-menu
    kind: line
    category: navigation
    match: full
    description: The site's menu line.
    pattern: '^Home \\| News \\| Sport$'
    examples:
      remove: ['Home | News | Sport']
      keep: ['A body line']
  - id: site-footer
    kind: line
    category: footer
    match: full
    description: The site's footer line.
    pattern: '^Site footer line$'
    examples:
      remove: ['Site footer line']
      keep: ['A body line']
"""


def test_a_line_set_that_names_nothing_lets_each_pattern_decide():
    # A site's whole-line patterns share one RE2 set (LineGroup); a scan that names nothing,
    # not even the entry that matches every line, ran out of memory: each pattern then tries
    # the lines itself, and the same lines are found.
    from cleaner import Cleaner, Options

    text = "Home | News | Sport\n\nThe article's only paragraph stays.\n\nSite footer line\n"
    site = parse_rule_file(SITE_TEMPLATE, "sites/example.org.yaml")
    book = Rulebook(files=[site])
    group = site.rules[0].pattern.group
    assert group is not None and group is site.rules[1].pattern.group
    expected = Cleaner(book, Options()).clean(text, url="https://example.org/a").text
    assert expected == "The article's only paragraph stays.\n"
    group._set = _OutOfMemory()
    assert Cleaner(book, Options()).clean(text, url="https://example.org/a").text == expected
