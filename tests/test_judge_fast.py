"""The judge's whole-page passes give exactly what its first, line-by-line and
text-by-text shapes gave (kept here as the plain references): the markdown and text
units, the text features, and the removals whose reasons are made only for the records
that carry one."""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_left, bisect_right
from collections import Counter

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import Options, judge, vocabulary
from cleaner.document import Document
from cleaner.edits import Edit
from cleaner.judge import explain, layout, units
from cleaner.judge import text as textf
from cleaner.rules.book import Rulebook
from cleaner.steps.spans import line_units as spans_line_units
from cleaner.steps.spans import unit_removals
from cleaner.vocabulary import SECTION_MAX, SHORT_MAX, control_label, section, widget

# ------------------------------------------------------------------------------ units, plainly
_INLINE = re.compile(r"[*_`~|]+|\\(?=[^\w\s])")
_HEADING = re.compile(r"(?m)^[ \t]*(#{1,6})[ \t]")
_LIST = re.compile(r"(?m)^([ \t]*)(?:[*+\-\u2022][ \t]+|\d{1,3}[.)][ \t]+)")
_MARKS = re.compile(r"(?m)^[ \t]*(?:(?:[*+\-\u2022]|\d{1,3}[.)])[ \t]+)?(?:#{1,6}[ \t]*|>[ \t]?)*")
_LED = re.compile(r"(?m)^" + units._LINK_START)
_RULED = re.compile(r"(?m)^" + units._RULE_LINE)
_BULLET = re.compile(r"[ \t]*(?:[*+\-\u2022\u25aa\u25cf\u00b7o]|\d{1,3}[.)])[ \t]+\S")


def _log1p(values) -> np.ndarray:
    """log(1 + x) of each value by the C library, as the judge computes it (cleaner.judge.libm)."""
    return np.array([math.log1p(v) for v in np.asarray(values, dtype=np.float64).tolist()])


def _blank(part: str) -> str:
    return "\n".join(" " * len(line) for line in part.split("\n"))


def _plain_masks(text: str) -> tuple[str, str]:
    if "](" not in text:
        return text, _blank(text)
    vis = units._IMAGE.sub(lambda m: _blank(m.group()), text)
    labels: list[tuple[int, int]] = []

    def blank_target(m: re.Match) -> str:
        labels.append(m.span(1))
        return " " + m.group(1) + _blank(m.string[m.end(1) : m.end()])

    visible = units._LINK.sub(blank_target, vis)
    parts, pos = [], 0
    for s, e in labels:
        parts.append(_blank(text[pos:s]))
        label = vis[s:e]
        parts.append(label if label.strip() else re.sub(r"[^\n]", "#", label, count=5))
        pos = e
    parts.append(_blank(text[pos:]))
    return visible, "".join(parts)


def _plain_lines(text: str) -> tuple[list[tuple[int, int]], list[int], list[int], list[int], list[int]]:
    """Non-blank lines: spans, line numbers, paragraph ids, sizes, places."""
    spans, numbers, pos = [], [], 0
    for k, raw in enumerate(text.split("\n")):
        if raw.strip():
            spans.append((pos, pos + len(raw)))
            numbers.append(k)
        pos += len(raw) + 1
    ids, places, current, start_i = [], [], -1, 0
    for i, (s, _) in enumerate(spans):
        if i == 0 or text.count("\n", spans[i - 1][1], s) != 1:
            current, start_i = current + 1, i
        ids.append(current)
        places.append(i - start_i)
    size = Counter(ids)
    return spans, numbers, ids, [size[p] for p in ids], places


def _plain_markdown_units(text: str) -> units.Units:
    raw = text.split("\n")
    visible, linked = _plain_masks(text)
    link_lines, shown_lines = linked.split("\n"), _INLINE.sub("", _MARKS.sub("", visible)).split("\n")
    spans, index, para, sizes, places = _plain_lines(text)
    starts, pos = [], 0
    for line in raw:
        starts.append(pos)
        pos += len(line) + 1

    def per_line(pattern, value):
        return {bisect_right(starts, m.start()) - 1: value(m) for m in pattern.finditer(text)}

    heading = per_line(_HEADING, lambda m: len(m.group(1)))
    listed = per_line(_LIST, lambda m: len(m.group(1).expandtabs(4)) // 2 + 1)
    ruled, led = per_line(_RULED, lambda m: 1), per_line(_LED, lambda m: 1)
    n = len(index)
    X = np.zeros((n, len(units.MARKDOWN_FEATURES)))
    texts, vis, link = [], np.zeros(n), np.zeros(n)
    in_code, after_rule = False, 0.0
    for i, k in enumerate(index):
        line = raw[k]
        stripped = line.strip()
        fence = stripped.startswith(("```", "~~~"))
        code = in_code or fence
        shown = stripped if code else shown_lines[k].strip()
        texts.append(shown if in_code else " ".join(shown.split()))
        vis[i] = len("".join(shown.split())) or 1
        link[i] = len("".join(link_lines[k].split()))
        X[i, 1], X[i, 2] = line.count("](") - line.count("!["), line.count("![")
        X[i, 7], X[i, 8], X[i, 9], X[i, 13] = stripped.startswith(">"), stripped.count("|") >= 2, code, after_rule
        in_code = in_code != fence
        after_rule = 1.0 if k in ruled else 0.0
    X[:, 0] = np.minimum(1.0, link / vis)
    X[:, 3] = [k in led for k in index]
    X[:, 4] = [heading.get(k, 0) for k in index]
    X[:, 5] = [k in listed for k in index]
    X[:, 6] = [listed.get(k, 1) - 1 for k in index]
    X[:, 10], X[:, 12] = sizes, places
    if n:
        ids = np.asarray(para)
        X[:, 11] = np.minimum(1.0, np.bincount(ids, weights=link)[ids] / np.bincount(ids, weights=vis)[ids])
    section_ids = np.cumsum(X[:, 4] > 0).astype(int).tolist() if n else []
    return units.Units("markdown", spans, texts, X, [para, section_ids])


def _plain_text_units(text: str) -> units.Units:
    spans, _, para, sizes, places = _plain_lines(text)
    indents = [len(text[s:e].expandtabs(8)) - len(text[s:e].expandtabs(8).lstrip()) for s, e in spans]
    distinct = sorted(set(indents))
    lengths = sorted(e - s - ind for (s, e), ind in zip(spans, indents, strict=True))
    n = len(spans)
    rows = []
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        rows.append(
            [
                indents[i],
                distinct.index(indents[i]) / max(1, len(distinct) - 1),
                indents[i] - (indents[i - 1] if i else indents[i]),
                bool(_BULLET.match(line)),
                len(units._COLUMNS.findall(line.strip())),
                sizes[i],
                places[i],
                i == 0 or text.count("\n", spans[i - 1][1], s) > 1,
                i == n - 1 or text.count("\n", e, spans[i + 1][0]) > 1,
                bisect_left(lengths, e - s - indents[i]) / max(1, n - 1),
            ]
        )
    X = np.array(rows, dtype=np.float64).reshape(n, len(units.TEXT_FEATURES))
    outer = sorted(indents)[int(0.05 * (n - 1))] if n else 0
    region = np.cumsum([ind <= outer for ind in indents]).astype(int).tolist()
    texts = [" ".join(text[s:e].split()) for s, e in spans]
    return units.Units("text", spans, texts, X, [para, region])


def _same_units(a: units.Units, b: units.Units) -> None:
    assert a.spans == b.spans
    assert a.texts == b.texts
    np.testing.assert_array_equal(a.X, b.X)
    assert [list(g) for g in a.groups] == [list(g) for g in b.groups]


LINE_BITS = st.sampled_from(
    [
        "word ",
        "The cat sat. ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "# ",
        "### ",
        "- ",
        "* ",
        "12. ",
        "> ",
        "---",
        "***",
        "| a | b |",
        "```",
        "~~~",
        "[link](http://x.org/a)",
        "[two\nlines](/p)",
        "![pic](i.png)",
        "[![pic](i.png)](/p)",
        "**bold**",
        "_e_",
        "\\*",
        "\\a",
        "`c`",
        "a  b",
        "\u2022 ",
        "\u00a0",
        "ΣΑΣ",
        "İ",
        "\x00",
        "\r",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(LINE_BITS, max_size=40).map("".join))
def test_markdown_units_are_the_line_by_line_ones(text):
    _same_units(units.markdown_units(text), _plain_markdown_units(text))


@settings(max_examples=800, deadline=None)
@given(st.lists(LINE_BITS, max_size=40).map("".join))
def test_text_units_are_the_line_by_line_ones(text):
    _same_units(units.text_units(text), _plain_text_units(text))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=" ab\t\n\u3000\u00a0", max_size=40))
@example("a  b  c   d\te  f")
def test_columns_from_runs_of_spaces_are_the_pattern_s_matches(text):
    assert units._columns(text) == [m.start() for m in units._COLUMNS.finditer(text)]


# ------------------------------------------------------------------------ text features, plainly
_CASED = {
    "upper": lambda c: (
        "A" <= c <= "Z"
        or ("\xc0" <= c <= "\xde" and c != "\xd7")
        or "\u0391" <= c <= "\u03a9"
        or "\u0410" <= c <= "\u042f"
    ),
    "lower": lambda c: (
        "a" <= c <= "z"
        or ("\xdf" <= c <= "\xff" and c != "\xf7")
        or "\u03b1" <= c <= "\u03c9"
        or "\u0430" <= c <= "\u044f"
    ),
}


def _letter(c: str) -> bool:
    o = ord(c)
    other = o >= 0x100 and not (
        0x2000 <= o <= 0x2BFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF0F or 0xD800 <= o <= 0xDFFF
    )
    return _CASED["upper"](c) or _CASED["lower"](c) or other


def _plain_text_features(texts: list[str]) -> np.ndarray:
    """The columns the whole-page passes compute, text by text."""
    C = {name: i for i, name in enumerate(textf.FEATURES)}
    toks = [textf.tokens(t) for t in texts]
    languages, index = textf._stop_lists()
    totals = [0] * len(languages)
    for w, count in Counter(w for ws in toks for w in ws).items():
        for i in index.get(w, ()):
            totals[i] += count
    best = max(range(len(languages)), key=totals.__getitem__)
    language = languages[best] if totals[best] else None
    stop = textf.stopwords(language) if language else frozenset()
    X = np.zeros((len(texts), len(textf.FEATURES)))
    for i, (text, ws) in enumerate(zip(texts, toks, strict=True)):
        nw = max(len(ws), 1)
        X[i, C["words"]] = math.log1p(len(ws))
        X[i, C["stopword_share"]] = sum(w in stop for w in ws) / nw
        X[i, C["mean_word"]] = sum(map(len, ws)) / nw
        X[i, C["sentence_end"]] = text.rstrip(textf._CLOSERS)[-1:] in textf._ENDS
        X[i, C["lines"]] = text.count("\n") + 1
        X[i, C["bullet"]] = bool(textf._BULLET.match(text))
        X[i, C["date_like"]] = textf._DATE.search(text.lower()) is not None
        X[i, C["copyright"]] = textf._COPYRIGHT.search(text.lower()) is not None
        length = max(len(text), 1)
        letters = [_letter(c) for c in text]
        upper = [_CASED["upper"](c) for c in text]
        word = [a or c.isascii() and c.isdigit() for a, c in zip(letters, text, strict=True)]
        starts = [a and (j == 0 or not word[j - 1]) for j, a in enumerate(letters)]
        X[i, C["digits"]] = sum(c.isascii() and c.isdigit() for c in text) / length
        X[i, C["punctuation"]] = sum(c in ".,;:!?\u3001\u3002\uff01\uff1f\uff0c\uff1b" for c in text) / length
        X[i, C["capitals"]] = sum(upper) / max(sum(letters), 1)
        X[i, C["title_words"]] = sum(u and s for u, s in zip(upper, starts, strict=True)) / nw
        if len(text) <= SHORT_MAX:
            low = text.lower()
            kind = widget(low, len(text))
            if kind:
                X[i, C[f"widget_{kind}"]] = 1.0
            if len(text) <= SECTION_MAX:
                heading = section(low)
                if heading:
                    X[i, C[f"section_{heading}"]] = 1.0
                X[i, C["control_label"]] = control_label(low)
    return X


TEXT_BITS = st.sampled_from(
    [
        "the ",
        "and ",
        "of ",
        "der ",
        "die ",
        "Word",
        "word",
        "12",
        "3.4.2024",
        "© 2024",
        "Share",
        "Comments",
        "Read more",
        ".",
        ":",
        "?",
        '."',
        ")",
        "- ",
        "1. ",
        "\u2022 ",
        " ",
        "\u00a0",
        "ΣΑΣ",
        "İ",
        "東京",
        "\x00",
        "\n",
        "_",
        "\U0001f600",
        "\u2026",
        # the vocabulary's words, and what sits around them in a unit (cleaner.vocabulary)
        "share ",
        "facebook ",
        "Twitter",
        "e-mail",
        "| ",
        "newsletter",
        "Subscribe",
        "your inbox",
        "cookies ",
        "We use cookies",
        "Cookie policy",
        "\u017f",  # long s: ignoring case, an "s"
        "\u212a",  # Kelvin sign: ignoring case, a "k"
        "Related",
        "replies to ",
        "3 ",
        "(4)",
        "\u2192",
        "Reply",
        "Sign in",
        "Log in",
        "\u30b3\u30e1\u30f3\u30c8",
        "x" * 30,
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(TEXT_BITS, max_size=12).map("".join), min_size=1, max_size=12))
def test_text_features_are_the_text_by_text_ones(texts):
    got, _, words = textf.features(texts)
    want = _plain_text_features(texts)
    assert words == [textf.tokens(t) for t in texts]
    # told which texts hold a digit (as the judge's units tell it), the same features
    np.testing.assert_array_equal(textf.features(texts, layout.has_digits(texts))[0], got)
    lowered_same = all(len(t.lower()) == len(t) for t in texts)  # else the page search's positions shift
    for name in textf.FEATURES:
        if name in ("date_like", "copyright") and not lowered_same:
            continue
        if name in ("chars", "repeats", "position", "char_position"):
            continue  # computed as before, on the page
        k = textf.FEATURES.index(name)
        np.testing.assert_array_equal(got[:, k], want[:, k], err_msg=name)


def _marks_one_by_one(units_: list[str]) -> tuple[list, list, list]:
    lows = [u.lower() for u in units_]
    short = [len(u) <= SHORT_MAX for u in units_]
    heading = [len(u) <= SECTION_MAX for u in units_]
    return (
        [widget(low, len(u)) if ok else None for u, low, ok in zip(units_, lows, short, strict=True)],
        [section(low) if ok else None for low, ok in zip(lows, heading, strict=True)],
        [control_label(low) if ok else False for low, ok in zip(lows, heading, strict=True)],
    )


# Units at and around each test's length limit (40, 60, 80, 120, 300), matched by two widget
# tests at once (the first one wins), with a core that only the whole unit would match.
VOCABULARY_UNITS = [
    "Share your e-mail",
    "Share this on Facebook",
    "Facebook Twitter",
    "facebook | twitter | e-mail " * 4,
    "facebook | twitter | e-mail " * 5,
    "Subscribe" + "." * 51,
    "Subscribe" + "." * 52,
    "Get the newsletter in your inbox " * 9,
    "Get the newsletter in your inbox " * 10,
    "We use cookies. " * 37,
    "We use cookies. " * 38,
    "3 Comments:",
    "12 replies to 5",
    "12 replies to \u201cA post\u201d!",
    "Comments " + "1" * 71,
    "Comments " + "1" * 72,
    "\u2192 Read more \u2190",
    "Reply " + "_" * 34,
    "Reply " + "_" * 35,
    "Read more 2",
    "_reply_",
    "\u00bb Sign in \u00bb Register",
    "\u0130 Reply",  # lower-cased, two characters: the label's length is its lower-cased one
    "Most read \u2192",
    "\u017fhare",
    "\u212aommentare",
    "\u30b3\u30e1\u30f3\u30c8",
    "Related articles: you might also like these",
    "",
    "!!!",
]


def test_vocabulary_of_a_page_is_that_of_its_units_one_by_one():
    rng = random.Random(12)
    bits = [*VOCABULARY_UNITS, "the ", "12 ", ". ", ": ", " ", "\u00a0", "word", "\u2192"]
    pages = [VOCABULARY_UNITS] + [
        ["".join(rng.choice(bits) for _ in range(rng.randint(1, 4))) for _ in range(40)] for _ in range(150)
    ]
    for page in pages:
        got = vocabulary.page_marks("\x00".join(page).lower(), [len(u) for u in page])
        assert got == _marks_one_by_one(page)


def test_a_widget_s_words_are_found_in_every_unit_that_holds_one():
    """page_marks finds a widget test's words with str.find, going on from the unit after
    each hit: a word at the very start of that unit, a unit that holds two, and the page's
    last unit are found all the same."""
    page = ["inbox", "inbox", "mail inbox", "your e-mail address", "x", "inbox", "cookie policy", "cookies"]
    got = vocabulary.page_marks("\x00".join(page).lower(), [len(u) for u in page])
    assert got == _marks_one_by_one(page)
    assert got[0][:3] == ["newsletter"] * 3


def _plain_sections(X1: np.ndarray, names: tuple[str, ...], keep: np.ndarray) -> list[str | None]:
    kinds = [(k, names.index(f"section_{k}")) for k in ("comments", "related")]
    out, current = [], None
    for i in range(len(X1)):
        heading = next((k for k, c in kinds if X1[i, c] >= 1), None)
        if heading is not None:
            current = heading
        elif keep[i]:
            current = None
        out.append(current)
    return out


def test_sections_are_the_unit_by_unit_ones():
    rng = np.random.default_rng(5)
    names = ("chars", "section_comments", "section_related")
    for _ in range(200):
        n = int(rng.integers(0, 30))
        X1 = (rng.random((n, 3)) < 0.2).astype(np.float64)
        keep = rng.random(n) < 0.5
        assert explain.sections(X1, names, keep) == _plain_sections(X1, names, keep)


# ------------------------------------------------------------------------------------ removals
def test_reasons_are_made_only_for_the_records_that_carry_them():
    text = "".join(f"line {k}\n" for k in range(12))
    doc = Document(text, form="text", options=Options(), rulebook=Rulebook([]))
    spans = [(7 * k, 7 * k + 6) for k in range(10)] + [(70, 77), (78, 85)]
    rule = {0: "a", 1: "a", 2: "a", 4: "b", 5: "b", 6: "a", 9: "a", 10: "a"}
    asked: list[list[int]] = []

    def reasons(ks: list[int]) -> list[str]:
        asked.append(ks)
        return [f"why {k}" for k in ks]

    lazy = unit_removals(
        doc, spans, lambda k: (rule[k], "junk", None, "f") if k in rule else None, merge="lines", reasons=reasons
    )
    eager = unit_removals(doc, spans, lambda k: (rule[k], "junk", f"why {k}", "f") if k in rule else None, "lines")
    assert asked == [[0, 4, 6, 9]]  # the first unit of each run
    assert lazy == eager
    assert [(e.rule, e.reason) for e in lazy] == [
        ("a", "why 0 (3 lines in a row under this rule; the reason is the first one's)"),
        ("b", "why 4 (2 lines in a row under this rule; the reason is the first one's)"),
        ("a", "why 6"),
        ("a", "why 9 (2 lines in a row under this rule; the reason is the first one's)"),
    ]


def _plain_unit_removals(doc, spans, removal, merge=None, reasons=None):
    """unit_removals as it was, going through every line of every block."""
    blocks = doc.view.blocks
    if not blocks or not spans:
        return []
    _, unit_of = spans_line_units(doc, spans)
    found: list[list] = []  # [start, end, (rule, category, reason, file), unit, units in the run]
    decided: dict[int, tuple[str, str, str | None, str] | None] = {}
    i = 0
    for block in blocks:
        n = len(block.lines)
        gone: list[tuple[str, str, str | None, str] | None] = []
        for j in range(n):
            k = unit_of[i + j]
            if k is not None and k not in decided:
                decided[k] = removal(k)
            gone.append(decided[k] if k is not None else None)
        whole = all(g is not None for g in gone)
        j = 0
        while j < n:
            if gone[j] is None:
                j += 1
                continue
            k = unit_of[i + j]
            first = j
            while j + 1 < n and gone[j + 1] is not None and unit_of[i + j + 1] == k:
                j += 1
            start = block.lines[first].start if not (whole and first == 0) else block.start
            end = block.cut if whole and j == n - 1 else block.lines[j].cut
            removed = gone[first]
            assert removed is not None and k is not None
            last = found[-1] if merge and found else None
            if last is not None and last[1] == start and last[2][0] == removed[0]:
                last[1] = end
                last[4] += 1
            else:
                found.append([start, end, removed, k, 1])
            j += 1
        i += n
    missing = [f[3] for f in found if f[2][2] is None]
    filled = dict(zip(missing, reasons(missing), strict=True)) if missing and reasons is not None else {}
    edits = []
    for start, end, (rule, category, reason, file), k, count in found:
        text = reason if reason is not None else filled[k]
        if count > 1:
            text = f"{text} ({count} {merge} in a row under this rule; the reason is the first one's)"
        edits.append(Edit(start, end, "", rule, category, "remove", text, file))
    return edits


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a line", "another", "", " ", "x"]), min_size=1, max_size=30),
    st.lists(st.sampled_from([None, "a", "a", "b"]), min_size=30, max_size=30),
    st.sampled_from([None, "lines"]),
)
def test_removals_skipping_kept_blocks_are_the_line_by_line_ones(lines, rules, merge):
    text = "\n".join(lines)
    doc = Document(text, form="text", options=Options(), rulebook=Rulebook([]))
    spans, pos = [], 0
    for line in lines:
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1

    def removal(k: int):
        return None if rules[k] is None else (rules[k], "junk", None if k % 3 else f"why {k}", "f")

    def why(ks: list[int]) -> list[str]:
        return [f"asked {k}" for k in ks]

    got = unit_removals(doc, spans, removal, merge=merge, reasons=why)
    assert got == _plain_unit_removals(doc, spans, removal, merge=merge, reasons=why)


# ------------------------------------------------------------------------------ HTML class words
def test_class_words_grouped_by_first_letter_are_the_plain_alternation_s():
    """The long class words are found with one regex grouped by first letter; the plain
    alternation of the words, longest first, is the reference (the first word that fits at
    a position wins, so "sidebar" stays "sidebar" and "navigation" is "nav")."""
    from cleaner.html import blocks

    words = sorted((w for w in blocks.CLASS_WORDS if w not in blocks._SHORT_WORDS), key=len, reverse=True)
    plain = re.compile("|".join(words))
    rng = random.Random(7)
    bits = [*words, *words[::7], "-", "_", "x", "s", "ar", "ion", "__", "1"]
    tokens = ["sidebar", "navigation", "commentlist", "site-footer__links", "postbody", "maincontent"] + [
        "".join(rng.choice(bits) for _ in range(rng.randint(1, 6))) for _ in range(3000)
    ]
    for token in tokens:
        assert blocks._LONG.findall(token) == plain.findall(token), token
    assert blocks._first_of(["ab", "a", "b"]).findall("abab") == ["ab", "ab"]
    assert blocks._first_of(["a", "ab"]).findall("abab") == ["a", "a"]  # the first that fits, as "a|ab"


def test_feature_weights_are_the_plain_products_summed():
    """feature_weights gathers with np.take and multiplies in place: the same bytes as the
    fancy-indexed product it replaced, summed by the same reduceat."""
    rng = np.random.default_rng(3)
    term_a = rng.integers(0, 40, 300)
    term_b = np.where(rng.random(300) < 0.5, term_a, rng.integers(0, 40, 300))
    single = term_a == term_b
    targets = np.concatenate([term_a, term_b[~single]])
    sources = np.concatenate([np.arange(300), np.flatnonzero(~single)])
    weights = np.concatenate([np.where(single, 1.0, 0.5), np.full(int((~single).sum()), 0.5)])
    order = np.argsort(targets, kind="stable")
    targets, sources, weights = targets[order], sources[order], weights[order]
    starts = np.flatnonzero(np.r_[True, targets[1:] != targets[:-1]])
    for rows in (0, 1, 37):
        terms = rng.normal(size=(rows, 300))
        want = np.zeros((rows, 40))
        if rows:
            want[:, targets[starts]] = np.add.reduceat(terms[:, sources] * weights, starts, axis=1)
        assert explain.feature_weights(terms, term_a, term_b, 40).tobytes() == want.tobytes()


# ------------------------------------------------------------------------------------ layout
def _plain_case_of(text: str) -> int:
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words:
        return 0
    if text.isupper():
        return 2
    return int(sum(w[0].isupper() for w in words) * 2 >= len(words))


def test_second_pass_reads_the_shapes_the_first_found():
    """prepare() finds each markdown line's shape once and hands it to the second pass; the
    trainer, which keeps rows and not units, has the second pass find them from the rows:
    both give the same rows."""
    rng = random.Random(3)
    bits = ["# Title\n", "## Part 2\n", "[a](/x) ", "![p](i.png)\n", "- [item](/i)\n", "Prose with 3 words. ", "\n\n"]
    stages = judge.models("markdown")
    for _ in range(40):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(10, 60)))
        prepared = judge.prepare("markdown", text, stages=stages)
        if not len(prepared.X1):
            continue
        assert prepared.shape is not None
        s1 = stages["stage1"].score(prepared.X1)
        from_rows = judge.second_rows(judge.Prepared(prepared.units, prepared.X1, None), s1)
        assert judge.second_rows(prepared, s1).tobytes() == from_rows.tobytes()


def _plain_repeats(key: np.ndarray, paragraph: np.ndarray, count: int) -> np.ndarray:
    n = len(key)
    before = np.concatenate([[-1], key[:-1]])
    sequences: dict[int, list[int]] = {}
    for p, k in zip(paragraph.tolist(), key.tolist(), strict=True):
        sequences.setdefault(p, []).append(k)
    seen: dict[tuple[int, ...], int] = {}
    for seq in sequences.values():
        seen[tuple(seq)] = seen.get(tuple(seq), 0) + 1
    same_paragraphs = np.array([seen[tuple(sequences[p])] for p in paragraph.tolist()], dtype=np.float64)
    same = layout._counts(key).astype(np.float64)
    out = np.zeros((n, 4))
    out[:, 0] = _log1p(same - 1)
    out[:, 1] = _log1p(layout._counts((before + 1) * (count + 1) + key) - 1)
    out[:, 2] = _log1p(same_paragraphs - 1)
    out[:, 3] = same / n
    return out


def test_repeats_counted_once_per_paragraph_are_the_line_by_line_ones():
    rng = np.random.default_rng(8)
    for _ in range(300):
        n = int(rng.integers(1, 60))
        key = rng.integers(0, 4, n)
        # paragraphs as the units give them (runs of one id), and ids in any order
        paragraph = np.cumsum(rng.random(n) < 0.3) if rng.random() < 0.5 else rng.integers(0, 6, n)
        got = layout.repeats(key, paragraph, 4)
        assert got.tobytes() == _plain_repeats(key, paragraph, 4).tobytes()


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.text(alphabet="aZ1 .\t\x1c\u00a0\u2019ÉéΣσİ\u01c5\u2160²_-\u3000\ud800\U0001d400", max_size=14), max_size=8
    )
)
@example(["\u01c5x Ab", "", " ", "ABC", "ab Cd", "\u3000Éa"])
def test_cases_of_all_texts_at_once_are_case_of_each(texts):
    """text_layout reads every line's case from the initials of the whole page's words:
    the same as word by word, line by line (white space as ``split`` reads it, capitals and
    letters beyond ASCII, a titlecase letter, a lone surrogate)."""
    assert layout.cases(texts).tolist() == [_plain_case_of(t) for t in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="a1 \n\u0661\u00b2\u2160\U0001d7ce\U00010000\ud800\u3000", max_size=6), max_size=8))
@example(["", "\n", "x\U0001d7cey", "\u00b2", "\u2160"])
def test_digits_of_all_texts_at_once_are_has_digit_of_each(texts):
    """The layout's shapes read which lines hold a digit from the code points of the whole
    page: the same as ``has_digit`` line by line (digits beyond ASCII and beyond U+FFFF, a
    numeral that is not a digit, a lone surrogate)."""
    assert layout.has_digits(texts).tolist() == [layout.has_digit(t) for t in texts]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                ["(c)", " ", "\n", "2024", "19", "copyright", "all rights", " reserved", "\u00a9", "все права", "x"]
            ),
            max_size=6,
        ).map("".join),
        min_size=1,
        max_size=6,
    )
)
@example(["(c) 2024 x", "(c)", "2024", "copy", "right", "(c)(c) 1999"])
def test_copyright_marks_found_by_word_are_the_pattern_s(texts):
    """Copyright lines are found with str.find per word and "(c)" per place: per text, the
    same as the one pattern searched over the page (and so as searched in each text alone)."""
    page = "\x00".join(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    want = textf._found(textf._COPYRIGHT, page, starts, len(texts))
    assert textf._copyrights(page, starts, len(texts)).tolist() == want.tolist()
    assert want.tolist() == [float(textf._COPYRIGHT.search(t) is not None) for t in texts]


def test_stop_lists_index_each_word_once_per_language(tmp_path, monkeypatch):
    """The stop lists' index, built a list at a time: each word with the languages whose
    list has it, in the lists' order, each once (a word written twice in one list is still
    one stop word of it), as the page's language is counted from it."""
    (tmp_path / "de.txt").write_text("und a der\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("the a\nthe of\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("de a\n", encoding="utf-8")
    monkeypatch.setattr(textf, "STOPWORDS_DIR", tmp_path)
    languages, index = textf._stop_lists.__wrapped__()
    assert languages == ("de", "en", "fr")
    assert index == {"und": (0,), "a": (0, 1, 2), "der": (0,), "the": (1,), "of": (1,), "de": (2,)}
