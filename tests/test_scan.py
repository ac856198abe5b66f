"""The whitespace and markdown steps try their patterns only where a match can start
(cleaner.steps.scan); on any text that must find exactly what trying everywhere finds."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from cleaner.steps import markdown, whitespace
from cleaner.steps.scan import finditer_at, positions

MARKDOWN_BITS = st.sampled_from(list("ab \n\t*_~`#>[]()!<:\\/.\"\x00") + [
    "http://x.org", "](", "**", "__", "\n\n", "  ##", "\n# ", "\n> ", "[1]: http://a", "![i](a.png)", "<https://a>"])
MARKDOWNISH = st.lists(MARKDOWN_BITS, max_size=30).map("".join)

STARTS = {
    "code": (markdown._CODE, lambda t: positions(markdown._BACKTICK, t)),
    "links": (markdown._LINKS, lambda t: positions(markdown._LINK_START, t)),
    "line": (markdown._LINE, markdown._line_starts),
    "star": (markdown._STAR, lambda t: positions(markdown._STAR_START, t)),
    "under": (markdown._UNDER, lambda t: positions(markdown._UNDER_START, t)),
    "whitespace": (whitespace._PATTERN, whitespace._starts),
}


def _spans(matches):
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


@settings(max_examples=1500, deadline=None)
@given(MARKDOWNISH, st.sampled_from(sorted(STARTS)))
def test_trying_only_the_starts_finds_what_finditer_finds(text, name):
    pattern, starts = STARTS[name]
    assert _spans(finditer_at(pattern, text, starts(text))) == _spans(pattern.finditer(text))


def test_a_missing_start_would_be_noticed():
    # The check above can fail: leaving out the line starts loses a heading mark.
    text = "x\n# Title"
    assert _spans(finditer_at(markdown._LINE, text, [])) != _spans(markdown._LINE.finditer(text))
