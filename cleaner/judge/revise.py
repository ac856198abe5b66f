"""The second pass for markdown lines: the first pass's scores of a line's page around it.

The first pass scores each line from its own features and its page's; it cannot see what it
thought of the rest of the page. On a listing the model is unsure of every card (a card is
a short line like a menu item), so every card scores low and the page loses its text; on an
article followed by readers' comments the comments score lower than the article but above
the menus. What tells these apart is where a line's score stands *on its page*: its score
against the page's best, its rank, the scores of the lines around it, of its paragraph and
section and of its section's heading, and the mean score of the lines of its shape (a
listing's cards share theirs), and where the line's section (from one heading to the next)
stands on the page (:func:`section_context`): whether it is the page's main section by the
first pass's scores, how far from it, its rank, its best score, its share of link lines. A
card that scores low alone sits in the section that holds most of what the page keeps; a
footer's sentence that scores well alone sits in a section of links after it. The second
pass reads those (and a line's own
heading level, link share, length and stop words) and gives the final score; it is the same
kind of additive model as the first (:mod:`cleaner.judge.model`), trained on first-pass
scores that each training page got from a model not trained on it.

For HTML the second pass reads the first pass's whole row and its containers' scores
(:func:`cleaner.judge.features.stage2`); a markdown line has no containers but its
paragraph and section, and this smaller row scored better out of fold (word F1 on the
tune pages 0.826 to 0.830 for markdown, before the thresholds by page type of
:func:`cleaner.judge.page_threshold`).

Imports only numpy and :mod:`.features`' helpers.
"""

from __future__ import annotations

import numpy as np

from .features import MISSING, group_means, shifted, window_mean
from .libm import log1p

SCORE_FEATURES = (
    "score",
    "score@-1",
    "score@+1",
    "score@window",
    "score@paragraph",
    "score@section",
    "score@section_heading",
    "score@page_best",
    "score_below_best",
    "score@page_mean",
    "score_rank",
    "score@page_fifth",
    "score@shape",
    "shape_lines",
)
# where the line's section (from one heading to the next) stands on its page
SECTION_FEATURES = (
    "section_link_lines",
    "score@section_best",
    "section_position",
    "section_chars",
    "section_good_share",
    "section_is_main",
    "section_rank",
    "section_from_main",
)
# the line's own features the second pass reads again, by form
OWN = {"markdown": ("md_heading", "md_link_density", "chars", "stopword_share")}
WINDOW = 5


def names(form: str) -> tuple[str, ...]:
    return SCORE_FEATURES + OWN[form] + SECTION_FEATURES


def rows(
    form: str,
    groups: list[list[int]],
    lengths: np.ndarray,
    shape: np.ndarray,
    own: np.ndarray,
    score: np.ndarray,
    article: bool = False,
) -> np.ndarray:
    """Rows of :func:`names` for the lines of a page: ``groups`` (paragraph and section ids
    per line), ``lengths`` (characters), ``shape`` (each line's shape,
    :func:`cleaner.judge.layout.shapes`), ``own`` (the :data:`OWN` columns of the first
    pass's rows) and ``score`` (the first pass's log-odds). ``article``: the page-type models
    take the page for an article, whose section context is not read (:data:`MISSING` in
    its columns; see :func:`section_context`)."""
    n = len(score)
    if not n:
        return np.zeros((0, len(names(form))))
    paragraph, section = np.asarray(groups[0]), np.asarray(groups[1])
    in_paragraph, _ = group_means(paragraph, score, lengths)
    in_section, _ = group_means(section, score, lengths)
    _, inverse = np.unique(section, return_inverse=True)
    first = np.full(inverse.max() + 1, n)
    np.minimum.at(first, inverse, np.arange(n))  # each section's first line: its heading, if it has one
    best = score.max()
    weights = lengths + 1e-9
    rank = np.empty(n)
    rank[np.argsort(-score, kind="stable")] = np.arange(n)  # 0: the page's best line
    out = np.empty((n, len(SCORE_FEATURES)))
    out[:, 0] = score
    out[:, 1:3] = shifted(score.reshape(-1, 1), (-1, 1))
    out[:, 3] = window_mean(score.reshape(-1, 1), WINDOW).ravel()
    out[:, 4] = in_paragraph
    out[:, 5] = in_section
    out[:, 6] = score[first[inverse]]
    out[:, 7] = best
    out[:, 8] = score - best
    out[:, 9] = (score * weights).sum() / weights.sum()
    out[:, 10] = rank / n
    out[:, 11] = np.sort(score)[::-1][min(4, n - 1)]  # the fifth best: a page with a few good lines
    # the lines of the same shape: a listing's cards are kept or dropped together
    out[:, 12], same = group_means(shape, score, lengths)
    out[:, 13] = log1p(same)
    if article:
        context = np.full((n, len(SECTION_FEATURES)), MISSING)
    else:
        context = section_context(section, lengths, own[:, OWN[form].index("md_link_density")], score)
    return np.hstack([out, own, context])


# a line is a link line when most of its text is link text
LINK_LINE = 0.5


def section_context(section: np.ndarray, lengths: np.ndarray, link: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Rows of :data:`SECTION_FEATURES` for the lines of a page (``section``: each line's
    section id, increasing down the page; ``link``: each line's share of link text;
    ``score``: the first pass's log-odds). The page's *main* section is the one holding the
    most characters of lines the first pass keeps (a score above 0): a listing's cards or a
    thread's posts sit in one region, and the lines of a menu or a footer in others,
    however they score alone. Per line, of its section: the share of its lines that are
    link lines, its best score, its place among the page's sections (0 the first), its
    share of the page's characters and of the characters the first pass keeps, whether it
    is the main section, its rank by mean score (0 the best) and how far it is from the
    main section, in sections over their number (negative before it). They raised the
    markdown judge's word F1 on the tune pages out of fold from 0.8307 to 0.8375 on every
    page, to 0.8346 read only on the pages not taken for articles (:func:`rows`' ``article``),
    where scrapinghub's news pages scored 0.9200 out of fold against 0.9168 (docs/judge.md).
    Read on every page, they lift what sits in an article's own section (a share line after
    its last paragraph, a list of headlines under it)."""
    _, inverse = np.unique(section, return_inverse=True)
    m = int(inverse.max()) + 1
    count = np.bincount(inverse, minlength=m)
    chars = np.bincount(inverse, weights=lengths, minlength=m)
    good = np.bincount(inverse, weights=lengths * (score > 0), minlength=m)
    best = np.full(m, -np.inf)
    np.maximum.at(best, inverse, score)
    weights = lengths + 1e-9
    mean = np.bincount(inverse, weights=score * weights, minlength=m) / np.bincount(
        inverse, weights=weights, minlength=m
    )
    main = int(np.argmax(good))
    rank = np.empty(m)
    rank[np.argsort(-mean, kind="stable")] = np.arange(m)
    order = np.arange(m)
    return np.column_stack(
        [
            (np.bincount(inverse, weights=(link >= LINK_LINE).astype(np.float64), minlength=m) / count)[inverse],
            best[inverse],
            (order / m)[inverse],
            (chars / max(lengths.sum(), 1.0))[inverse],
            (good / max(good.sum(), 1.0))[inverse],
            (order == main)[inverse].astype(np.float64),
            (rank / m)[inverse],
            ((order - main) / m)[inverse],
        ]
    )
