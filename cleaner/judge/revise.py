"""The second pass for markdown lines: the first pass's scores of a line's page around it.

The first pass scores each line from its own features and its page's; it cannot see what it
thought of the rest of the page. On a listing the model is unsure of every card (a card is
a short line like a menu item), so every card scores low and the page loses its text; on an
article followed by readers' comments the comments score lower than the article but above
the menus. What tells these apart is where a line's score stands *on its page*: its score
against the page's best, its rank, the scores of the lines around it, of its paragraph and
section and of its section's heading, and the mean score of the lines of its shape (a
listing's cards share theirs). The second pass reads those (and a line's own
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

from .features import group_means, shifted, window_mean

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
# the line's own features the second pass reads again, by form
OWN = {"markdown": ("md_heading", "md_link_density", "chars", "stopword_share")}
WINDOW = 5


def names(form: str) -> tuple[str, ...]:
    return SCORE_FEATURES + OWN[form]


def rows(
    form: str,
    groups: list[list[int]],
    lengths: np.ndarray,
    shape: np.ndarray,
    own: np.ndarray,
    score: np.ndarray,
) -> np.ndarray:
    """Rows of :func:`names` for the lines of a page: ``groups`` (paragraph and section ids
    per line), ``lengths`` (characters), ``shape`` (each line's shape,
    :func:`cleaner.judge.layout.shapes`), ``own`` (the :data:`OWN` columns of the first
    pass's rows) and ``score`` (the first pass's log-odds)."""
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
    out[:, 13] = np.log1p(same)
    return np.hstack([out, own])
