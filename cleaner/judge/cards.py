"""The repeated units of a markdown page: a listing's cards.

A listing or a shop's collection is cards, the same few shapes of line over and over (a
picture, a linked name, a price). What the judge must tell in them is not a line's own
marks but where the line stands in its card, and how much of the page the run of cards
covers: a listing's cards cover most of the page, a sidebar's teasers a little of it. A
run of cards is a run of lines whose shapes (:func:`cleaner.judge.layout.shapes`) repeat
with a period of one to ``PERIOD_MAX`` lines (each line's shape is the shape ``p`` lines
before it) and that holds at least two periods. Each line takes the longest run it is in
(the shortest period on a tie): its period, its number of cards, its place in its card,
the share of the page's characters the run covers, and whether that run is the page's
largest by characters. Lines outside a run hold ``NONE`` (-1). Imports only numpy.
"""

from __future__ import annotations

import numpy as np

NAMES = (
    "md_card_period",
    "md_card_count",
    "md_card_place",
    "md_card_share",
    "md_card_largest",
)
NONE = -1.0  # a line in no run of cards
PERIOD_MAX = 8  # lines: a card of more lines than this is read as a paragraph, not a repeat


def features(lengths: np.ndarray, shape: np.ndarray) -> np.ndarray:
    """Rows of :data:`NAMES` for a page's lines (``lengths``: characters; ``shape``: each
    line's shape)."""
    n = len(lengths)
    out = np.full((n, len(NAMES)), NONE)
    span = np.zeros(n, dtype=np.int64)  # the lines of the longest run each line is in
    start = np.zeros(n, dtype=np.int64)
    period = np.zeros(n, dtype=np.int64)
    for p in range(1, min(PERIOD_MAX, n - 1) + 1):
        same = np.concatenate([[0], (shape[p:] == shape[:-p]).astype(np.int8), [0]])
        edges = np.flatnonzero(np.diff(same))
        # a run of matches j .. k - 1 (line j + p is the shape of line j, ...): lines j .. k - 1 + p
        for j, k in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
            size = k - j + p
            if size < 2 * p:
                continue
            longer = span[j : j + size] < size
            span[j : j + size][longer] = size
            start[j : j + size][longer] = j
            period[j : j + size][longer] = p
    ran = span > 0
    if not ran.any():
        return out
    total = max(float(lengths.sum()), 1.0)
    # each run by its first line and size: its characters, and which run is the largest
    key = start * (n + 1) + span
    runs, inverse = np.unique(key[ran], return_inverse=True)
    run_start, run_size = runs // (n + 1), runs % (n + 1)
    cumulative = np.concatenate([[0.0], np.cumsum(lengths, dtype=np.float64)])
    chars = cumulative[run_start + run_size] - cumulative[run_start]
    index = np.flatnonzero(ran)
    out[ran, 0] = period[ran]
    out[ran, 1] = np.log1p(span[ran] / period[ran])
    out[ran, 2] = ((index - start[ran]) % period[ran]) / period[ran]
    out[ran, 3] = chars[inverse] / total
    out[ran, 4] = inverse == int(np.argmax(chars))
    return out
