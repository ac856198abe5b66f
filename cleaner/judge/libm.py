"""``log1p`` and the logistic function as the C library computes them, the same on every CPU.

numpy computes float64 ``log1p`` and ``exp`` with its own SIMD code where the CPU has
AVX-512 (``np.show_runtime()`` lists ``AVX512_SKX`` or later among the found extensions)
and with the C library's functions elsewhere, and the two differ in the last bit for many
arguments. The judge's features hold such values (a line's characters and words as
``log(1 + n)``, its runs and repeats), and a tree sends a row left or right by comparing a
feature with a split point the trainer found among the values *it* computed: one bit off a
split point, the row goes the other way. The shipped models were trained where numpy used the
C library; on a machine with AVX-512 the same wcxb-dev markdown pages were judged otherwise on
97 of the first 400 and the run's output differed on 10 of the 36 cases of
``benchmarks/reference_run.py``. Computed here, through :mod:`math` (the C library), a page
gets the same features, scores and output on either machine.

Counts (``log1p``'s usual arguments) below :data:`SMALL` are looked up in a table made with
:func:`math.log1p` once; other values go through :func:`math.log1p` one by one.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

# log1p of the integers below this is looked up (a line's characters and words, its run's and
# section's lines: nearly every argument); 4,096 calls of math.log1p make the table, once
SMALL = 4096
# math.exp of anything below this is finite (it overflows above log(max float), 709.78...)
EXP_SAFE = 709.0


@cache
def _table() -> np.ndarray:
    return np.array([math.log1p(k) for k in range(SMALL)], dtype=np.float64)


def _log1p(x: float) -> float:
    """math.log1p with numpy's values outside its domain (-inf at -1, nan below)."""
    if x > -1.0:
        return math.log1p(x)
    return -math.inf if x == -1.0 else math.nan


def log1p(values: np.ndarray | float | int) -> np.ndarray:
    """``log(1 + x)`` of each value, as float64, as the C library computes it (module
    docstring); the same shape as ``values`` (a 0-d array for a number)."""
    a = np.asarray(values, dtype=np.float64)
    flat = a.ravel()
    if flat.size and flat.min() >= 0 and flat.max() < SMALL:  # counts, nearly always: one lookup
        index = flat.astype(np.intp)
        if np.array_equal(index, flat):
            return _table()[index].reshape(a.shape)
    out = np.empty(flat.shape, dtype=np.float64)
    small = (flat >= 0) & (flat < SMALL) & (np.floor(flat) == flat)
    out[small] = _table()[flat[small].astype(np.intp)]
    rest = np.flatnonzero(~small)
    if len(rest):
        out[rest] = [_log1p(x) for x in flat[rest].tolist()]
    return out.reshape(a.shape)


def _exp(x: float) -> float:
    """math.exp with numpy's value where it overflows (inf)."""
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def exp(values: np.ndarray) -> np.ndarray:
    """``exp(x)`` of each value, as float64, as the C library computes it; the same shape."""
    a = np.asarray(values, dtype=np.float64)
    flat = a.ravel()
    each = math.exp if flat.size and flat.max() < EXP_SAFE else _exp  # no overflow to catch
    return np.fromiter(map(each, flat.tolist()), dtype=np.float64, count=flat.size).reshape(a.shape)


def sigmoid(scores: np.ndarray) -> np.ndarray:
    """``1 / (1 + exp(-s))`` of each score (log-odds to a probability), ``exp`` the C library's."""
    return 1.0 / (1.0 + exp(-np.asarray(scores, dtype=np.float64)))
