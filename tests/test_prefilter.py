"""The marker prefilter: one RE2 scan names every site file whose markers can match.

It may name too many files (they are then tried with the real pattern), never too few:
each case below is a marker and a text it matches with ``regex``, and the file must be
among the candidates. The rest checks that site resolution gives the same answer as
trying every file in turn, with hundreds of files loaded.
"""

from __future__ import annotations

import pytest

from cleaner.rules.book import Rulebook, parse_rule_file
from cleaner.rules.patterns import Budget
from cleaner.rules.prefilter import MarkerIndex, loosen
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
    (r"(?<=by )Example Press", "by Example Press"),  # RE2 has no look-behind: always tried
    (r"(a)\1 double", "aa double"),  # nor back-references
    (r"caf\u00e9 corner", "café corner"),
]



def _with_marker(k: int, marker: str):
    yaml = f"scope:\n  sites: [site{k}.example]\n  markers:\n    - '{marker.replace(chr(39), chr(39) * 2)}'\nrules: []\n"
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


def test_many_site_files_resolve_like_one_by_one():
    files = [_with_marker(k, rf"(?i)\bsite{k}\.example/(about|contact)\b") for k in range(300)]
    files.insert(150, _with_marker(999, r"(?<=Published by )Look Behind Press"))
    book = Rulebook(files)
    assert len(book.marker_files) == 301
    texts = ["Body text.\n\nsite42.example/contact", "Published by Look Behind Press\n\nBody",
             "nothing at all here", "SITE7.EXAMPLE/ABOUT and site8.example/about"]
    for text in texts:
        got = resolve_site(book, text)
        expected = next((f for f in files if any(p.match(text, Budget(1.0)) for p in f.markers)), None)
        assert got.files == ([expected] if expected else [])
    assert resolve_site(book, texts[0]).domain == "site42.example"
    assert resolve_site(book, texts[3]).domain == "site7.example"  # the first file in order wins
    assert len(book.marker_candidates("nothing at all here")) == 1  # only the look-behind file
