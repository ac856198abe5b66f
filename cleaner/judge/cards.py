"""The repeated units of a markdown page: a thread's posts and a listing's cards.

A forum thread is posts, each opened by a short line with a date (the author and when);
a listing or a shop's collection is cards, the same few shapes of line over and over (a
picture, a linked name, a price). What the judge must tell in them is not a line's own
marks but where the line stands in its post or card, and how much of the page the run of
posts or cards covers: a signature is the last lines of a post, a post's text the lines
after its header; a listing's cards cover most of the page, a sidebar's teasers a little
of it. The features, per line:

- **posts**: a *stamp* is a line of at most ``STAMP_MAX`` characters with a date
  (``date_like`` of :mod:`cleaner.judge.text`). How many the page has, how many lines
  since the stamp before and until the stamp after, where the line stands between them
  (0 at the stamp before, towards 1 at the next), and how regular the page's stamps are
  (the spread of the gaps between them against their mean: posts of a thread come at
  gaps of similar size);
- **cards**: a run of lines whose shapes (:func:`cleaner.judge.layout.shapes`) repeat with
  a period of one to ``PERIOD_MAX`` lines (each line's shape is the shape ``p`` lines
  before it) and that holds at least two periods. Each line takes the longest run it is in
  (the shortest period on a tie): its period, its number of cards, its place in its card,
  the share of the page's characters the run covers, and whether that run is the page's
  largest by characters.

Lines outside a run of posts or cards hold ``NONE`` (-1) in those columns. Imports only
numpy.
"""

from __future__ import annotations

import numpy as np

NAMES = (
    "md_stamps",
    "md_since_stamp",
    "md_until_stamp",
    "md_post_place",
    "md_stamp_spread",
    "md_card_period",
    "md_card_count",
    "md_card_place",
    "md_card_share",
    "md_card_largest",
)
NONE = -1.0  # no stamp before or after, no run of cards
STAMP_MAX = 80  # characters: a longer line with a date is a sentence that names one, not a post's header
PERIOD_MAX = 8  # lines: a card of more lines than this is read as a paragraph, not a repeat


def features(lengths: np.ndarray, shape: np.ndarray, date_like: np.ndarray) -> np.ndarray:
    """Rows of :data:`NAMES` for a page's lines (``lengths``: characters; ``shape``: each
    line's shape; ``date_like``: 1 where a line has a date)."""
    n = len(lengths)
    out = np.full((n, len(NAMES)), NONE)
    if not n:
        return out
    out[:, :5] = posts(lengths, date_like)
    out[:, 5:] = cards(lengths, shape)
    return out


def posts(lengths: np.ndarray, date_like: np.ndarray) -> np.ndarray:
    """The columns of posts (the first five of :data:`NAMES`)."""
    n = len(lengths)
    out = np.full((n, 5), NONE)
    stamps = np.flatnonzero((date_like > 0) & (lengths <= STAMP_MAX))
    out[:, 0] = np.log1p(len(stamps))
    if not len(stamps):
        return out
    index = np.arange(n)
    after = np.searchsorted(stamps, index, side="right")  # stamps[after - 1] <= index < stamps[after]
    has_before, has_after = after > 0, after < len(stamps)
    before_at = stamps[np.maximum(after - 1, 0)]
    after_at = stamps[np.minimum(after, len(stamps) - 1)]
    since = np.maximum(index - before_at, 0)  # 0 where there is none (those rows hold NONE)
    until = np.maximum(after_at - index, 0)
    out[:, 1] = np.where(has_before, np.log1p(since), NONE)
    out[:, 2] = np.where(has_after, np.log1p(until), NONE)
    inside = has_before & has_after
    out[:, 3] = np.where(inside, since / np.maximum(since + until, 1), NONE)
    if len(stamps) >= 3:
        gaps = np.diff(stamps).astype(np.float64)
        out[:, 4] = gaps.std() / gaps.mean()
    return out


def cards(lengths: np.ndarray, shape: np.ndarray) -> np.ndarray:
    """The columns of cards (the last five of :data:`NAMES`)."""
    n = len(lengths)
    out = np.full((n, 5), NONE)
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
