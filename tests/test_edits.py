"""The engine's invariants, property-tested: composing stages equals applying them in
turn, edits never overlap, and restore(output, log) gives the input back."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from cleaner import Cleaner, Options, apply_edits, restore
from cleaner.edits import Edit, check_edits, compose

ALPHABET = st.sampled_from(list("ab *_#[]()\\\n\u00a0\r.!?-:") + ["\u2019", "Ã", "©", "x"])


@st.composite
def edit_batch(draw, text: str):
    """A random sorted, disjoint batch of edits on ``text`` (insertions included)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits, pos = [], 0
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < pos:
            continue
        repl = draw(st.text(alphabet=st.sampled_from("XYZ "), max_size=3))
        if a == b and not repl:
            continue
        if a == b and edits and edits[-1].end == a and edits[-1].start == a:
            continue  # two insertions at one point have no defined order
        edits.append(Edit(a, b, repl, "r", "c", "a", "why"))
        pos = b
    return edits


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_compose_equals_sequential_application(data):
    original = data.draw(st.text(alphabet=ALPHABET, max_size=40))
    composed, text = [], original
    for _ in range(data.draw(st.integers(1, 4))):
        batch = data.draw(edit_batch(text))
        text = apply_edits(text, batch)
        composed = compose(composed, batch)
        check_edits(composed, len(original))
        assert apply_edits(original, composed) == text
        removed = [original[e.start:e.end] for e in composed]
        assert restore(text, composed, removed) == original


_cleaner = None


def _get_cleaner():
    global _cleaner
    if _cleaner is None:
        _cleaner = Cleaner(options=Options(detect_language=True))
    return _cleaner


MARKDOWN = st.lists(st.one_of(
    st.text(alphabet=ALPHABET, max_size=60),
    st.sampled_from(["# Title", "**bold** text", "[link](http://x.org/a_b)", "![img](a.png)", "---", "Comments",
                     "Copyright © 2020 X", "PS:", "please consider donating", "VASILY / REUTERS", "01:22", ".",
                     "\\$1 and \\*", "*PS:*", "Advertisement\nBuy now", "  1. item", "<https://x.org/>",
                     "A long sentence that goes on and on without an end and keeps going like this one", "lower case"]),
), max_size=12).map(lambda parts: "\n\n".join(parts))


@settings(max_examples=150, deadline=None)
@given(MARKDOWN)
def test_pipeline_invariants_on_random_markdown(text):
    result = _get_cleaner().clean(text)
    check_edits(result.edits, len(result.original))
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start:e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == text
    assert result.text == "" or result.text.endswith("\n")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_pipeline_invariants_on_random_unicode(text):
    result = _get_cleaner().clean(text)
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start:e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == text


def test_overlap_with_earlier_edit_merges_into_one():
    original = "*PS:*\n\nbody\n"
    first = [Edit(0, 1, "", "md", "markup", "strip", ""), Edit(4, 5, "", "md", "markup", "strip", "")]
    view = apply_edits(original, first)  # "PS:\n\nbody\n"
    second = [Edit(0, 5, "", "donation", "donation", "remove", "")]
    composed = compose(first, second)
    assert apply_edits(original, composed) == "body\n"
    # The closing mark lies inside the removed text and merges; the opening mark only
    # touches it, so it keeps its own record.
    assert [(e.rule, e.start, e.end) for e in composed] == [("md", 0, 1), ("donation", 1, 7)]
    assert view == "PS:\n\nbody\n"
