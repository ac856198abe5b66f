"""The whitespace and markdown steps try their patterns only where a match can start
(cleaner.steps.scan); on any text that must find exactly what trying everywhere finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.steps import markdown, whitespace
from cleaner.steps.scan import finditer_at, positions

MARKDOWN_BITS = st.sampled_from(
    list('ab \n\t*_~`#>[]()!<:\\/."\x00')
    + ["http://x.org", "](", "**", "__", "\n\n", "  ##", "\n```", "~~~", "\n# ", "\n> ", "[1]: http://a"]
    + ["![i](a.png)", "<https://a>"]
)
MARKDOWNISH = st.lists(MARKDOWN_BITS, max_size=30).map("".join)

STARTS = {
    "code": (markdown._CODE, lambda t: positions(markdown._BACKTICK, t)),
    "fence": (markdown._FENCE, markdown._fence_starts),
    "links": (markdown._LINKS, markdown._link_starts),
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


MOJIBAKE_BITS = st.sampled_from(
    [
        "a",
        "\n",
        "é",
        "Ã",
        "©",
        "Å",
        "\u00bf",
        "\u00c0",
        "\u017f",
        "\u0180",
        "\u0080",
        "\u0099",
        "\u2019",
        "\u20ac",
        "â€",
        "\ud800",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(MOJIBAKE_BITS, max_size=8).map("".join))
def test_mojibake_gate_is_the_one_alternation_it_splits(text):
    import re

    from cleaner.steps import encoding

    plain = re.compile(
        f"[\u00c0-\u00ff\u0100-\u017f][\u0080-\u00bf{encoding._CP1252_SIGNS}]|[\u0080-\u009f]|[\ud800-\udfff]"
    )
    assert encoding._suspect(text) == bool(plain.search(text))


def _blocks_line_by_line(text):
    """view.split_blocks as first written: a text.find loop, one line at a time."""
    from cleaner.view import Block, Line

    blocks, current, pos, n = [], [], 0, len(text)

    def close():
        if current:
            first, last = current[0], current[-1]
            blocks.append(Block(len(blocks), first.start, last.end, n, text[first.start : last.end], list(current)))
            current.clear()

    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        cut = n if nl < 0 else nl + 1
        if text[pos:end].strip():
            if not current and blocks:
                blocks[-1].cut = pos
            current.append(Line(pos, end, cut, text[pos:end]))
        else:
            close()
        pos = cut
    close()
    return blocks


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b c", " ", "\t", "\n", "\n\n", "\u2028", "\x1c", "\u00a0"]), max_size=20).map(
        "".join
    )
)
def test_split_blocks_agrees_with_the_line_by_line_split(text):
    from cleaner.view import split_blocks

    assert split_blocks(text) == _blocks_line_by_line(text)
