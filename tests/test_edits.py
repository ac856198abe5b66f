"""The engine's invariants, property-tested: composing stages equals applying them in
turn, edits never overlap, and restore(output, log) gives the input back."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Options, apply_edits, restore
from cleaner.edits import Edit, check_edits, compose
from cleaner.inputs import looks_like_page

ALPHABET = st.sampled_from(list("ab *_#[]()\\\n\u00a0\r.!?-:") + ["\u2019", "Ã", "©", "x"])


@st.composite
def edit_batch(draw, text: str):
    """A random sorted, disjoint batch of edits on ``text`` (insertions included)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits, pos = [], 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
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
        removed = [original[e.start : e.end] for e in composed]
        assert restore(text, composed, removed) == original


_cleaner = None


def _get_cleaner():
    global _cleaner
    if _cleaner is None:
        _cleaner = Cleaner(options=Options(detect_language=True))
    return _cleaner


MARKDOWN = st.lists(
    st.one_of(
        st.text(alphabet=ALPHABET, max_size=60),
        st.sampled_from(
            [
                "# Title",
                "**bold** text",
                "[link](http://x.org/a_b)",
                "![img](a.png)",
                "---",
                "Comments",
                "Copyright © 2020 X",
                "PS:",
                "please consider donating",
                "VASILY / REUTERS",
                "01:22",
                ".",
                "\\$1 and \\*",
                "*PS:*",
                "Advertisement\nBuy now",
                "  1. item",
                "<https://x.org/>",
                "A long sentence that goes on and on without an end and keeps going like this one",
                "lower case",
            ]
        ),
    ),
    max_size=12,
).map(lambda parts: "\n\n".join(parts))


@settings(max_examples=150, deadline=None)
@given(MARKDOWN)
def test_pipeline_invariants_on_random_markdown(text):
    result = _get_cleaner().clean(text)
    check_edits(result.edits, len(result.original))
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start : e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == text
    assert result.text == "" or result.text.endswith("\n")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
@example("<H1></A>")  # found by hypothesis once the Python API read a fragment of tags as HTML
def test_pipeline_invariants_on_random_unicode(text):
    result = _get_cleaner().clean(text)
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start : e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == result.original
    # The input is the text itself; a text read as an HTML page ('<H1></A>': a fragment of
    # tags alone) is its visible text, and the log gives that back.
    if not looks_like_page(text, fragments=False):
        assert result.original == text


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


def test_a_rule_files_removal_inside_a_later_removal_keeps_its_record():
    """A site rule took the middle line; the judge took the lines around it, one run in the
    view. The log names each line after what took it, and gives the input back."""
    original = "Home\nSubscribe now\nSport\nbody\n"
    first = [Edit(5, 19, "", "site-menu", "navigation", "remove", "", "rules/sites/x.yaml")]
    view = apply_edits(original, first)
    assert view == "Home\nSport\nbody\n"
    judge = [Edit(0, 11, "", "judge-navigation", "navigation", "remove", "0.03")]
    composed = compose(first, judge)
    assert apply_edits(original, composed) == "body\n"
    assert [(e.rule, original[e.start : e.end]) for e in composed] == [
        ("judge-navigation", "Home\n"),
        ("site-menu", "Subscribe now\n"),
        ("judge-navigation", "Sport\n"),
    ]
    removed = [original[e.start : e.end] for e in composed]
    assert restore("body\n", composed, removed) == original
    # With a built-in step's replacement in the run too (a no-break space made a space).
    original = "Home\u00a0page\nSubscribe now\nSport\nbody\n"
    first = [
        Edit(4, 5, " ", "normalize-spaces", "whitespace", "normalize", ""),
        Edit(10, 24, "", "site-menu", "navigation", "remove", "", "rules/sites/x.yaml"),
    ]
    assert apply_edits(original, first) == "Home page\nSport\nbody\n"
    composed = compose(first, [Edit(0, 16, "", "judge-navigation", "navigation", "remove", "0.03")])
    assert [(e.rule, original[e.start : e.end]) for e in composed] == [
        ("judge-navigation", "Home\u00a0page\n"),
        ("site-menu", "Subscribe now\n"),
        ("judge-navigation", "Sport\n"),
    ]
    # A built-in step's deletion inside it (an invisible character) goes with the run.
    first = [Edit(1, 2, "", "remove-invisible", "whitespace", "remove", "")]
    composed = compose(first, [Edit(0, 10, "", "judge-navigation", "navigation", "remove", "")])
    assert [(e.rule, e.start, e.end) for e in composed] == [("judge-navigation", 0, 11)]


def _compose_by_groups(old, new):
    """compose as first written: every new edit goes through the group algorithm.

    cleaner.edits.compose writes the common case (a new edit that overlaps no old edit)
    out inline; this is the plain algorithm it must agree with, record for record.
    """
    from cleaner.edits import (
        _group_text,
        _moved,
        _named_removal,
        _normalize_splits,
        _not_normalized,
        _split_at,
        _splits_at_named,
    )

    out, i, k, shift = [], 0, 0, 0

    def view_span(o, at_shift):
        return o.start + at_shift, o.start + at_shift + len(o.replacement)

    def overlaps(vs, ve, e):
        return vs < e.start < ve if e.start == e.end else vs < e.end and ve > e.start

    while k < len(new):
        e = new[k]
        while i < len(old) and view_span(old[i], shift)[1] <= e.start and not overlaps(*view_span(old[i], shift), e):
            out.append(old[i])
            shift += old[i].delta
            i += 1
        group_new, group_old, shift_after = [e], [], shift
        k += 1
        while True:
            grew = False
            while i < len(old):
                vs, ve = view_span(old[i], shift_after)
                if not any(overlaps(vs, ve, g) for g in group_new):
                    break
                group_old.append((old[i], vs, ve))
                shift_after += old[i].delta
                i += 1
                grew = True
            while k < len(new) and group_old and overlaps(group_old[-1][1], group_old[-1][2], new[k]):
                group_new.append(new[k])
                k += 1
                grew = True
            if not grew:
                break
        if not group_old:
            out.append(_moved(e, e.start - shift, e.end - shift, e.replacement))
            continue
        if e.action == "normalize" and len(group_new) == 1 and _normalize_splits(e, group_old):
            out.extend(_split_at(e, group_old, shift, shift_after, _not_normalized))
            shift = shift_after
            continue
        if len(group_new) == 1 and _splits_at_named(e, group_old):
            out.extend(_split_at(e, group_old, shift, shift_after, _named_removal))
            shift = shift_after
            continue
        v1 = min(group_new[0].start, group_old[0][1])
        v2 = max(group_new[-1].end, group_old[-1][2])
        start = group_old[0][0].start if group_old[0][1] == v1 else v1 - shift
        end = group_old[-1][0].end if group_old[-1][2] == v2 else v2 - shift_after
        out.append(_moved(e, start, end, _group_text(v1, v2, group_new, group_old)))
        shift = shift_after
    out.extend(old[i:])
    return out


@st.composite
def named_edit_batch(draw, text: str):
    """Like edit_batch, with varied rules and actions (normalize edits take their own path)."""
    batch = draw(edit_batch(text))
    return [
        Edit(
            e.start,
            e.end,
            e.replacement,
            f"r{n}",
            "c",
            draw(st.sampled_from(["normalize", "remove"])),
            "",
            draw(st.sampled_from(["", "rules/site.yaml"])),
        )
        for n, e in enumerate(batch)
    ]


@pytest.mark.slow
@settings(max_examples=600, deadline=None)
@given(st.data())
def test_compose_fast_path_agrees_with_group_algorithm(data):
    original = data.draw(st.text(alphabet=ALPHABET, max_size=40))
    composed, text = [], original
    for _ in range(data.draw(st.integers(1, 4))):
        batch = data.draw(named_edit_batch(text))
        text = apply_edits(text, batch)
        expected = _compose_by_groups(composed, batch)
        composed = compose(composed, batch)
        assert composed == expected
        # and, with rule files' removals kept apart, still the same text and its way back
        check_edits(composed, len(original))
        assert apply_edits(original, composed) == text
        removed = [original[e.start : e.end] for e in composed]
        assert restore(text, composed, removed) == original


WHITESPACE = st.text(alphabet=st.sampled_from(list(" \t\n\r\u00a0\u3000\u200b\x00\x7fab.")), max_size=30)


@settings(max_examples=1000, deadline=None)
@given(WHITESPACE)
def test_whitespace_finds_what_its_pattern_finds_everywhere(text):
    """whitespace.find tries its pattern only where a match can start; that must lose nothing."""
    from cleaner.steps import whitespace

    everywhere = [
        (m.start(), m.end())
        for m in whitespace._PATTERN.finditer(text)
        if m.group() != whitespace._STEPS[m.lastgroup][1]
    ]
    assert [(e.start, e.end) for e in whitespace.find(text)] == everywhere


def test_an_edit_is_a_value_hashed_by_its_fields():
    """Edits are values of the API (a result's log): equal edits are equal and hash alike, so
    they can be set members or keys, as when Edit was a frozen dataclass."""
    a = Edit(3, 9, "", "footer-links", "footer", "remove", "a footer line")
    b = Edit(3, 9, "", "footer-links", "footer", "remove", "a footer line")
    c = Edit(3, 9, "", "footer-links", "footer", "remove", "another reason")
    assert a == b and hash(a) == hash(b)
    assert a != c and len({a, b, c}) == 2


def test_whitespace_normalisation_never_takes_what_another_rule_removed():
    """Two links without text at a page's end ('[__](a.html)[__](b.html)'): the markdown step
    keeps a space between them, and trim-document then removes the line that is left. The
    links' brackets, targets and marks were logged under trim-document, category whitespace,
    reason 'document end made exactly one newline'; each stays its own rule's record."""
    body = "The council met on Tuesday and agreed the budget after a long debate about the roads.\n"
    text = body + "\n[__](a.html)[__](b.html)\n"
    result = Cleaner(options=Options(judge=False)).clean(text)
    assert result.text == body
    for e in result.edits:
        removed = result.original[e.start : e.end]
        if e.category == "whitespace":
            assert not removed.strip(), (e.rule, removed)
    assert {e.rule for e in result.edits} >= {"markdown-link", "markdown-emphasis", "trim-document"}
    assert restore(result.text, result.edits, [result.original[e.start : e.end] for e in result.edits]) == text
    # The engine alone: a replacement a normalisation removes whole goes from its own record.
    original = "ab[x](u)\n"
    first = [Edit(2, 3, "", "link", "markup", "strip", ""), Edit(4, 8, " ", "link", "markup", "strip", "")]
    assert apply_edits(original, first) == "abx \n"
    composed = compose(first, [Edit(3, 5, "", "trim", "whitespace", "normalize", "")])
    assert apply_edits(original, composed) == "abx"
    assert [(e.rule, original[e.start : e.end], e.replacement) for e in composed] == [
        ("link", "[", ""),
        ("link", "](u)", ""),
        ("trim", "\n", ""),
    ]
