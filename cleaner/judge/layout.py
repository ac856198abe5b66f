"""What the layout of a markdown or plain-text page says of each line, beyond its own marks.

A page saved as markdown keeps the shape of its regions but not their containers: a
listing's cards are the same few lines over and over (a picture, a linked name, a price),
a menu is a run of short linked lines, the article sits under the page's first heading and
the footer's link columns after its last. These features read that from the lines' marks
(:data:`cleaner.judge.units.MARKDOWN_FEATURES`), so that the judge can keep every card of
a listing and tell a menu by its run, as the HTML judge does with its blocks' templates
and containers:

- **repetition of shapes**: a line's shape is its heading level, list and link-start marks,
  whether it has a picture, its link share (none, some, most), its length to a power of two
  and whether it has a digit. How many other lines of the page have the same shape, the
  same shape after the same shape (a card's lines in order), and how many other
  paragraphs have the same sequence of shapes;
- **headings**: whether the line comes after the page's first heading, after its last,
  after its first ``#`` heading; how many ``#`` headings the page has; the level of the
  heading that opens the line's section, the section's size and link share, and whether
  that heading is a link (a teaser's title), and whether it names a comment thread or
  related links (by the vocabulary of :mod:`cleaner.vocabulary`): a reader's comment is a
  sentence like the article's, and what tells it is the heading it sits under;
- **runs**: the length of the run of consecutive lines that are mostly link, short, or
  list items that the line is in.

A plain-text page (a browser's text dump) has no link or heading marks, but it keeps its
lines' indentation, bullets and lengths, and its cards repeat as lines do in markdown
(:data:`cleaner.judge.units.TEXT_FEATURES`). Its features are the same kinds, read from
what text has:

- **repetition of shapes**: a line's shape is its bullet, its indentation, its length to a
  power of two, whether it has a digit, its case (mostly lower-case words, mostly
  capitalised, all capitals) and whether it ends as a sentence does (``.,;!?``); the same
  counts as for markdown;
- **heading-like lines**: a line alone in its paragraph, of at most ``HEADING_MAX``
  characters, not a bullet, starting with a capital or a digit and not ending as a
  sentence. Whether the line is one, whether it comes after the first and after the last,
  how many the page has, the size of the line's section (from one heading-like line to the
  next), and whether that section's heading names a comment thread or related links;
- **runs**: the length of the run of consecutive short lines, bullet lines, lines at the
  same indentation, and lines that do not end as sentences (labels) that the line is in.

Imports only numpy, :mod:`.units` (the marks' column names) and :mod:`cleaner.vocabulary`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import numpy as np

from .. import vocabulary
from .libm import log1p
from .units import MARKDOWN_FEATURES, TEXT_FEATURES, Units

MARKDOWN_LAYOUT = (
    "md_shape_repeats",
    "md_pair_repeats",
    "md_para_repeats",
    "md_shape_share",
    "md_after_heading",
    "md_after_last_heading",
    "md_after_h1",
    "md_h1_count",
    "md_section_level",
    "md_section_lines",
    "md_section_link_density",
    "md_section_heading_linked",
    "md_section_comments",
    "md_section_related",
    "md_run_links",
    "md_run_short",
    "md_run_list",
)
TEXT_LAYOUT = (
    "tx_shape_repeats",
    "tx_pair_repeats",
    "tx_para_repeats",
    "tx_shape_share",
    "tx_heading_like",
    "tx_after_heading",
    "tx_after_last_heading",
    "tx_heading_count",
    "tx_section_lines",
    "tx_section_comments",
    "tx_section_related",
    "tx_run_short",
    "tx_run_bullet",
    "tx_run_indent",
    "tx_run_label",
)
_M = {name: i for i, name in enumerate(MARKDOWN_FEATURES)}
_T = {name: i for i, name in enumerate(TEXT_FEATURES)}
SHORT = 40  # characters: a line shorter than this is a label, a menu item or a price, not a sentence
NO_HEADING = -1.0  # a flag of a page without the heading it is about
# characters: a text line longer than this is not a heading. vocabulary.SECTION_MAX, the
# longest section heading the vocabulary reads, is the same length
HEADING_MAX = 80
_SENTENCE_END = tuple(".,;!?")  # a line ending so goes on as or ends a sentence: not a label


def names(form: str) -> tuple[str, ...]:
    """The layout features of a form (none for HTML: it has its containers)."""
    return {"markdown": MARKDOWN_LAYOUT, "text": TEXT_LAYOUT}.get(form, ())


def features(units: Units, shape: np.ndarray | None = None, digits: np.ndarray | None = None) -> np.ndarray:
    """Rows of :func:`names` for the units of a document (``shape``: each markdown line's
    :func:`shapes`, and ``digits``: each unit's :func:`has_digits`, when the caller has them)."""
    n = len(units.texts)
    if units.form not in ("markdown", "text"):
        return np.zeros((n, 0))
    if not n:
        return np.zeros((0, len(names(units.form))))
    lengths = np.array([len(t) for t in units.texts], dtype=np.int64)
    if units.form == "text":
        return text_layout(units, lengths, digits)
    return np.hstack([repetition(units, lengths, shape), headings(units, lengths), runs_of(units, lengths)])


_SIZES = (8, 2, 2, 2, 3, 32, 2)  # the values each part of a shape can take
SHAPES = int(np.prod(_SIZES))  # shapes are numbered 0 .. SHAPES - 1


def shapes(units: Units, lengths: np.ndarray, digits: np.ndarray | None = None) -> np.ndarray:
    """Each line's shape as one integer (lines of equal shape have equal numbers); ``digits``:
    each line's :func:`has_digits`, when the caller has it."""
    X = units.X
    link = X[:, _M["md_link_density"]]
    link_share = np.where(link == 0, 0, np.where(link < 0.5, 1, 2))
    digit = (has_digits(units.texts) if digits is None else digits).astype(np.int64)
    columns = (
        X[:, _M["md_heading"]].astype(np.int64),  # 0..6
        X[:, _M["md_list"]].astype(np.int64),  # 0..1
        X[:, _M["md_link_start"]].astype(np.int64),
        (X[:, _M["md_images"]] > 0).astype(np.int64),
        link_share,  # 0..2
        np.floor(np.log2(lengths + 1)).astype(np.int64),  # below 32
        digit,
    )
    return shape_key(columns, _SIZES)


def shape_key(columns: tuple[np.ndarray, ...], sizes: tuple[int, ...]) -> np.ndarray:
    """One integer per line from the parts of its shape (``columns``, part ``j`` capped at
    ``sizes[j] - 1``): lines of equal shape get equal numbers."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column, size in zip(columns, sizes, strict=True):
        key = key * size + np.minimum(column, size - 1)
    return key


_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``), by one search on an
    ASCII text."""
    return bool(_ASCII_DIGIT.search(text)) if text.isascii() else any(map(str.isdigit, text))


def has_digits(texts: list[str]) -> np.ndarray:
    """Per text, :func:`has_digit`, read from the code points of all texts at once (each looked
    up in a table of ``str.isdigit`` below U+10000, those beyond asked one by one: a page's
    texts cost half as much as a search in each). tests/test_judge_fast.py checks it against
    :func:`has_digit`."""
    cp, starts = _code_points(texts)  # joined with "\n", which is not a digit
    digit = _digits()[np.minimum(cp, _DIGIT_BEYOND)]
    beyond = np.flatnonzero(cp >= _DIGIT_BEYOND)
    if len(beyond):  # asked of the characters themselves (a lone surrogate too)
        chars = cp[beyond].tobytes().decode("utf-32-le", "surrogatepass")
        digit[beyond] = np.fromiter(map(str.isdigit, chars), dtype=bool, count=len(beyond))
    out = np.zeros(len(texts), dtype=bool)
    out[np.searchsorted(starts, np.flatnonzero(digit), side="right") - 1] = True
    return out


_DIGIT_BEYOND = 0x10000


@cache
def _digits() -> np.ndarray:
    """Whether each code point below ``_DIGIT_BEYOND`` is a digit (``str.isdigit``; the last
    entry, for those beyond: asked of the character itself)."""
    return np.array([chr(c).isdigit() for c in range(_DIGIT_BEYOND)] + [False], dtype=bool)


def cases(texts: list[str]) -> np.ndarray:
    """Each text's case: 0 mostly lower-case words, 1 mostly capitalised words (a title or a
    name), 2 all capitals (``str.isupper``); by the initials of its words that start with a
    letter (a text with none: 0). Read from the initials of the words of all texts at once:
    a word starts where a character that is not white space (``str.isspace``, as ``split``
    reads it) follows white space or a text's start; its initial is asked ``isalpha`` and
    ``isupper`` in one pass over a string of the initials. (tests/test_judge_fast.py holds
    the same test written a text and a word at a time, the reference.)"""
    cp, starts = _code_points(texts)
    space = spaces()[np.minimum(cp, SPACE_BEYOND)]
    first = ~space
    first[1:] &= space[:-1]  # the texts are joined with a newline: a text's first word follows one
    at = np.flatnonzero(first)
    initial = cp[at]
    kind = _initial_kinds()[np.minimum(initial, SPACE_BEYOND)]
    alpha, upper = (kind & 1) != 0, (kind & 2) != 0
    beyond = np.flatnonzero(initial >= SPACE_BEYOND)
    if len(beyond):  # asked of the characters themselves (a lone surrogate too)
        initials = initial[beyond].tobytes().decode("utf-32-le", "surrogatepass")
        alpha[beyond] = np.fromiter(map(str.isalpha, initials), dtype=bool, count=len(beyond))
        upper[beyond] = np.fromiter(map(str.isupper, initials), dtype=bool, count=len(beyond))
    upper &= alpha
    text_of = np.searchsorted(starts, at, side="right") - 1
    letters = np.bincount(text_of, weights=alpha, minlength=len(texts))
    capitals = np.bincount(text_of, weights=upper, minlength=len(texts))
    shouting = np.fromiter(map(str.isupper, texts), dtype=bool, count=len(texts))
    return np.where(letters == 0, 0, np.where(shouting, 2, (capitals * 2 >= letters).astype(np.int64)))


def _code_points(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(the code points of the texts joined with "\\n", where each text starts in them)."""
    sizes = np.array([len(t) + 1 for t in texts], dtype=np.int64)
    cp = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return cp, np.cumsum(sizes) - sizes


SPACE_BEYOND = 0x3001  # no code point from here on is white space (U+3000 is the last)


@cache
def spaces() -> np.ndarray:
    """Whether each code point below ``SPACE_BEYOND`` is white space (the last entry: beyond);
    the over-removal guard counts with it too (:func:`cleaner.pipeline.non_space`)."""
    return np.array([chr(c).isspace() for c in range(SPACE_BEYOND)] + [False], dtype=bool)


@cache
def _initial_kinds() -> np.ndarray:
    """Per code point below ``SPACE_BEYOND``, 1 if ``str.isalpha`` and 2 if ``str.isupper``
    (the last entry: beyond, asked of the character itself): a page's initials are looked
    up at once rather than asked one by one."""
    chars = [chr(c) for c in range(SPACE_BEYOND)]
    return np.array([c.isalpha() + 2 * c.isupper() for c in chars] + [0], dtype=np.uint8)


def _counts(keys: np.ndarray) -> np.ndarray:
    """Per item, how many items have its key."""
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    return counts[inverse]


def repetition(units: Units, lengths: np.ndarray, shape: np.ndarray | None = None) -> np.ndarray:
    return repeats(shapes(units, lengths) if shape is None else shape, np.asarray(units.groups[0]), SHAPES)


def repeats(key: np.ndarray, paragraph: np.ndarray, count: int) -> np.ndarray:
    """Per line (``key``: its shape, of ``count`` shapes; ``paragraph``: its paragraph's
    id): how many other lines have its shape, its shape after the shape before it, how many
    other paragraphs have its paragraph's sequence of shapes, and its shape's share of the
    lines."""
    n = len(key)
    before = np.concatenate([[-1], key[:-1]])
    # a paragraph's sequence of shapes, as a tuple, and how many paragraphs share it
    sequences: dict[int, list[int]] = {}
    for p, k in zip(paragraph.tolist(), key.tolist(), strict=True):
        sequences.setdefault(p, []).append(k)
    shared = Counter(map(tuple, sequences.values()))
    # each paragraph's count found once, not once per line (a tuple of the whole paragraph
    # per line: quadratic in a long paragraph's lines)
    per_paragraph = {p: shared[tuple(seq)] for p, seq in sequences.items()}
    same_paragraphs = np.array([per_paragraph[p] for p in paragraph.tolist()], dtype=np.float64)
    same = _counts(key).astype(np.float64)
    out = np.zeros((n, 4))
    out[:, 0] = log1p(same - 1)
    out[:, 1] = log1p(_counts((before + 1) * (count + 1) + key) - 1)  # the pair as one number
    out[:, 2] = log1p(same_paragraphs - 1)
    out[:, 3] = same / n
    return out


def headings(units: Units, lengths: np.ndarray) -> np.ndarray:
    X = units.X
    n = len(lengths)
    level = X[:, _M["md_heading"]].astype(np.int64)
    link = X[:, _M["md_link_density"]]
    out = np.zeros((n, 10))
    index = np.arange(n)
    headed = np.flatnonzero(level > 0)
    if len(headed):
        out[:, 0] = index >= headed[0]
        out[:, 1] = index > headed[-1]
        top = np.flatnonzero(level == 1)
        out[:, 2] = (index >= top[0]) if len(top) else NO_HEADING
        out[:, 3] = len(top)
    section = np.asarray(units.groups[1])
    _, inverse = np.unique(section, return_inverse=True)
    first = np.full(inverse.max() + 1, n)
    np.minimum.at(first, inverse, index)  # each section's first line (its heading, if it has one)
    opener = first[inverse]
    out[:, 4] = level[opener]
    out[:, 5] = log1p(np.bincount(inverse)[inverse])
    weights = lengths + 1e-9
    out[:, 6] = (np.bincount(inverse, weights=link * weights) / np.bincount(inverse, weights=weights))[inverse]
    out[:, 7] = np.where(level[opener] > 0, link[opener], NO_HEADING)
    kinds = {
        i: vocabulary.section(units.texts[i].lower())
        for i in np.unique(opener[level[opener] > 0]).tolist()
        if len(units.texts[i]) <= vocabulary.SECTION_MAX
    }
    for column, kind in ((8, "comments"), (9, "related")):
        out[:, column] = [kinds.get(i) == kind for i in opener.tolist()]
    return out


def run_lengths(flag: np.ndarray) -> np.ndarray:
    """Per item, the length of the run of consecutive true items it is in (0 where false)."""
    n = len(flag)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], flag.astype(np.int8), [0]])))
    out = np.zeros(n)
    for start, end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        out[start:end] = end - start
    return out


def runs_of(units: Units, lengths: np.ndarray) -> np.ndarray:
    X = units.X
    return log1p(
        np.column_stack(
            [
                run_lengths(X[:, _M["md_link_density"]] >= 0.5),
                run_lengths(lengths < SHORT),
                run_lengths(X[:, _M["md_list"]] > 0),
            ]
        )
    )


# --- plain text ---------------------------------------------------------------------------------
_TEXT_SIZES = (2, 32, 16, 2, 3, 2)  # the values each part of a text line's shape can take
TEXT_SHAPES = int(np.prod(_TEXT_SIZES))


def text_layout(units: Units, lengths: np.ndarray, digits: np.ndarray | None = None) -> np.ndarray:
    """Rows of :data:`TEXT_LAYOUT` for the lines of a plain-text page (at least one; ``digits``:
    each line's :func:`has_digits`, when the caller has it)."""
    X, texts = units.X, units.texts
    n = len(texts)
    bullet = X[:, _T["tx_bullet"]] > 0
    indent = X[:, _T["tx_indent"]].astype(np.int64)
    ends = np.array([t.endswith(_SENTENCE_END) for t in texts], dtype=bool)
    columns = (
        bullet.astype(np.int64),
        indent,  # below 32
        np.floor(np.log2(lengths + 1)).astype(np.int64),  # below 16
        (has_digits(texts) if digits is None else digits).astype(np.int64),
        cases(texts),  # 0..2
        ends.astype(np.int64),
    )
    out = np.zeros((n, len(TEXT_LAYOUT)))
    out[:, :4] = repeats(shape_key(columns, _TEXT_SIZES), np.asarray(units.groups[0]), TEXT_SHAPES)
    alone = X[:, _T["tx_block_lines"]] == 1
    capital = np.array([t[:1].isupper() or t[:1].isdigit() for t in texts], dtype=bool)
    heading = alone & (lengths <= HEADING_MAX) & ~ends & ~bullet & capital
    index = np.arange(n)
    headed = np.flatnonzero(heading)
    out[:, 4] = heading
    out[:, 5] = (index >= headed[0]) if len(headed) else NO_HEADING
    out[:, 6] = (index > headed[-1]) if len(headed) else NO_HEADING
    out[:, 7] = log1p(len(headed))
    section = np.cumsum(heading)  # 0: the lines before the first heading-like line
    out[:, 8] = log1p(np.bincount(section)[section])
    kinds = [None] + [vocabulary.section(texts[i].lower()) for i in headed.tolist()]
    for column, kind in ((9, "comments"), (10, "related")):
        out[:, column] = [kinds[s] == kind for s in section.tolist()]
    indent_runs = np.cumsum(np.concatenate([[True], indent[1:] != indent[:-1]]))
    out[:, 11] = log1p(run_lengths(lengths < SHORT))
    out[:, 12] = log1p(run_lengths(bullet))
    out[:, 13] = log1p(np.bincount(indent_runs)[indent_runs])
    out[:, 14] = log1p(run_lengths((lengths < HEADING_MAX) & ~ends))
    return out
