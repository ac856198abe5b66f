"""whitespace.find's fast shape (starts found by str.find, an edit's fields made once per
shape) gives exactly the edits of the plain loop over every match of its pattern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.edits import Edit
from cleaner.steps import whitespace

BITS = st.sampled_from(
    list(" \t\n\r\u00a0\u3000\u200b\u00ad\x00\x7fab.")
    + ["  ", "\r\n", "\n  ", "  \n", "\x1b", "\x1b[1m", "[0m", "\x1b]8;;x\x07"]
)


def _plain_find(text: str) -> list[Edit]:
    """whitespace.find as first written: _PATTERN tried everywhere, each reason formatted."""
    edits = []
    for m in whitespace._PATTERN.finditer(text):
        step, replacement = whitespace._STEPS[m.lastgroup]
        if m.group() != replacement:
            edits.append(
                Edit(
                    m.start(),
                    m.end(),
                    replacement,
                    step.id,
                    step.category,
                    step.action,
                    whitespace._REASONS[m.lastgroup].format(m.group()),
                )
            )
    return edits


@settings(max_examples=1500, deadline=None)
@given(st.lists(BITS, max_size=30).map("".join))
def test_find_gives_the_plain_loops_edits(text):
    assert whitespace.find(text) == _plain_find(text)
    assert whitespace.find(text) == _plain_find(text)  # again: now from the fields made the first time


def test_the_fields_table_stays_bounded():
    for n in range(whitespace._FIELDS_MAX + 50):
        whitespace.find("a" + " " * (n + 2) + "b")
    assert len(whitespace._FIELDS) <= whitespace._FIELDS_MAX
    text = "a" + " " * 5000 + "b"  # a shape not in the full table still gets its edit
    assert whitespace.find(text) == _plain_find(text)


def test_no_white_space_comes_after_the_last_one_the_guard_counts():
    """pipeline.non_space's table (the judge's, layout.spaces) stops before SPACE_BEYOND:
    nothing from there on is white space."""
    import sys

    from cleaner.judge import layout

    assert chr(layout.SPACE_BEYOND - 1).isspace()
    assert not any(chr(k).isspace() for k in range(layout.SPACE_BEYOND, sys.maxunicode + 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(BITS | st.characters(exclude_categories=()), max_size=30).map("".join))
def test_the_guard_counts_the_characters_split_keeps(text):
    """pipeline.non_space: numpy's count of the characters that are not white space, as
    ``sum(map(len, text.split()))`` (lone surrogates too)."""
    import numpy  # noqa: F401  (non_space counts with numpy where it is loaded)

    from cleaner import pipeline

    assert pipeline.non_space(text) == sum(map(len, text.split()))
