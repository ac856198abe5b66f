"""The judge's model: an additive model of feature pairs, evaluated with numpy.

The model is a sum of *terms*, each a small lookup table over one or two features, plus a
bias; the sum is the log-odds that a block is article text. It is trained as gradient
boosting of depth-2 trees (``scripts/train_judge.py``): a depth-2 tree splits on one
feature and then on another on each side, so it is a sum of two functions of two features
each, and all trees together fold into one table per feature pair (a GA2M, as in
Lou et al., "Accurate intelligible models with pairwise interactions", KDD 2013).

Why this form and not the trees themselves:

- **Speed.** Judging a page costs a few array gathers for all blocks and all terms at once
  (about a millisecond for a page of 300 blocks), with no compiled extension and no
  per-tree loop. Deeper trees score higher out of fold for markdown and HTML (docs/judge.md
  "Deeper trees"); the markdown judge ships trees of depth 6 (:mod:`.trees`), HTML and
  text keep this form.
- **Reasons.** Each term's value for a block is its exact share of the block's score, so
  the strongest terms *are* the reasons: ``link density 0.92 and in <nav>: -1.4``.
- **Determinism.** Lookups and one sum in a fixed order, in float64.

A model file (``.npz``) holds one or more named models; each has the feature names it was
trained on, per feature the sorted thresholds its splits use (a value ``x`` falls in bin
``i`` = the number of thresholds below ``x``; a split "x <= t" sends ``x == t`` left, as the
trainer does), and per term the two feature indices (the same twice for a one-feature
term), a map from each feature's bins to the term's rows and columns, and the table. A
model of trees deeper than two (:class:`Trees`, which do not fold) is stored and evaluated
as :mod:`.trees` says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .libm import sigmoid
from .trees import ROWS, Trees, from_compact, row_parts, trees_from_nodes

__all__ = ["Model", "Trees", "from_trees", "load", "save", "trees_from_nodes"]


@dataclass(frozen=True)
class Model:
    """A fitted additive model (:func:`load`). ``score`` gives log-odds per row of ``X``."""

    features: tuple[str, ...]
    bias: float
    thresholds: tuple[np.ndarray, ...]  # per feature, sorted split points (may be empty)
    term_a: np.ndarray  # (T,) feature index of each term's first feature
    term_b: np.ndarray  # (T,) and its second (== term_a for a one-feature term)
    map_a: np.ndarray  # flat: term t's row for global bin k of feature a is map_a[off_a[t] + k]
    off_a: np.ndarray
    map_b: np.ndarray
    off_b: np.ndarray
    tables: np.ndarray  # flat: term t's value at (row r, col c) is tables[off_t[t] + r * width[t] + c]
    off_t: np.ndarray
    width: np.ndarray
    threshold: float = 0.5  # probability from which a block is kept
    meta: str = "{}"  # JSON: how the model was trained (script, data, scores)

    def __post_init__(self) -> None:
        # Lookups are laid out for speed (at load; the file keeps the compact tables). Each
        # term's table is spread over the global bins of its features: a dense (bins of a) x
        # (bins of b) block of ``dense`` (one column for a one-feature term), so that a cell is
        # base + bin_a * width + bin_b, one gather. Bins are kept per used feature as rows
        # (feature, unit), with a last row of zeros for the one-feature terms' second bin.
        used = sorted(set(self.term_a.tolist()) | set(self.term_b.tolist()))
        slot = {f: i for i, f in enumerate(used)}
        sizes = np.diff(np.append(self.off_a, len(self.map_a)))
        rows_at = self.off_t.repeat(sizes) + self.map_a * self.width.repeat(sizes)
        single = self.term_a == self.term_b
        n_a = np.array([len(self.thresholds[f]) + 1 for f in self.term_a.tolist()], dtype=np.intp)
        n_b = np.where(single, 1, [len(self.thresholds[f]) + 1 for f in self.term_b.tolist()]).astype(np.intp)
        base = np.concatenate([[0], np.cumsum(n_a * n_b)[:-1]]).astype(np.intp) if len(n_a) else n_a
        dense = np.empty(int((n_a * n_b).sum()), dtype=np.float64)
        for t in range(len(n_a)):
            rows = rows_at[self.off_a[t] : self.off_a[t] + n_a[t]]
            cols = (
                np.zeros(1, dtype=np.intp)
                if single[t]
                else self.map_b[self.off_b[t] : self.off_b[t] + n_b[t]].astype(np.intp)
            )
            dense[base[t] : base[t] + n_a[t] * n_b[t]] = self.tables[(rows[:, None] + cols[None, :]).ravel()]
        if len(dense) >= 2**31:
            raise ValueError(f"a model of {len(dense)} cells: more than 32-bit cell numbers hold")
        cuts = [self.thresholds[f] for f in used]
        # Bins and cells as 32-bit integers (the largest model has some 80,000 cells): the
        # gathers and sums below move half the bytes of the platform's 64-bit ones, a sixth
        # less time on a page of 300 units and 500 terms, for the same cells.
        fast = {
            # for one row: every used feature's cuts, one after another, with each cut's feature and bin row
            "cuts": np.concatenate(cuts) if cuts else np.zeros(0),
            "cut_of": np.repeat(np.array(used, dtype=np.intp), [len(c) for c in cuts]),
            "cut_slot": np.repeat(np.arange(len(used), dtype=np.intp), [len(c) for c in cuts]),
            "used": used,
            "dense": dense,
            "base": base.reshape(-1, 1).astype(np.int32),
            "width": n_b.reshape(-1, 1).astype(np.int32),
            "slot_a": np.array([slot[f] for f in self.term_a.tolist()], dtype=np.int32),
            "slot_b": np.where(single, len(used), [slot[f] for f in self.term_b.tolist()]).astype(np.int32),
        }
        object.__setattr__(self, "_fast", fast)

    def bins(self, X: np.ndarray, alone: bool = True) -> np.ndarray:
        """(used features + 1, N) bin index of every value of the features the terms use: how
        many of the feature's thresholds lie below it (the last row: zeros). ``alone``: a
        single row is binned by one comparison of all cuts (which puts a NaN in bin 0, where
        the column's search puts it last); False: as a row among others."""
        fast = self._fast  # type: ignore[attr-defined]
        used = fast["used"]
        B = np.zeros((len(used) + 1, len(X)), dtype=np.int32)
        if len(X) == 1 and alone:  # one row (a page's summary): one comparison of all cuts, no call per feature
            below = fast["cuts"] < X[0, fast["cut_of"]]
            B[: len(used), 0] = np.bincount(fast["cut_slot"], weights=below, minlength=len(used))
            return B
        columns = np.ascontiguousarray(X.T)
        for k, f in enumerate(used):
            cuts = self.thresholds[f]
            if len(cuts):  # the method, not np.searchsorted: a feature per call, hundreds a page
                B[k] = cuts.searchsorted(columns[f], side="left")
        return B

    def terms(self, X: np.ndarray, alone: bool = True) -> np.ndarray:
        """(N, T) value of every term for every row: the additive parts of ``score``.
        ``alone``: as :meth:`bins` (False: the terms of rows of a page of several, where some of
        them are asked for, as its score found them)."""
        if len(X) <= ROWS:
            return self._term_rows(X, alone).T
        X = np.asarray(X, dtype=np.float64)
        out = np.empty((len(X), len(self.term_a)))
        for lo, hi in row_parts(len(X)):
            out[lo:hi] = self._term_rows(X[lo:hi]).T
        return out

    def _term_rows(self, X: np.ndarray, alone: bool = True) -> np.ndarray:
        """(T, N): the terms' values, term by term."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != len(self.features):
            raise ValueError(f"expected {len(self.features)} features per row, got shape {X.shape}")
        if not len(X):
            return np.zeros((len(self.term_a), 0))
        fast = self._fast  # type: ignore[attr-defined]
        B = self.bins(X, alone)
        # np.take rather than fancy indexing: the same gathers, a fifth faster on these sizes
        cells = np.take(B, fast["slot_a"], axis=0)
        cells *= fast["width"]
        cells += fast["base"]
        cells += np.take(B, fast["slot_b"], axis=0)
        return np.take(fast["dense"], cells)

    def score(self, X: np.ndarray) -> np.ndarray:
        """Log-odds of "article text" per row. In parts of :data:`ROWS` rows (a row's terms
        for every term are some 4 KB in temporaries: a huge document's 300,000 lines would
        hold gigabytes at once); each row's terms are added one after another, in term
        order, as numpy adds a block of rows' terms, so the parts give the whole's scores
        bit for bit (:func:`.trees.row_parts`)."""
        if len(X) <= ROWS:
            return self.bias + self._term_rows(X).sum(axis=0)
        X = np.asarray(X, dtype=np.float64)
        total = np.empty(len(X))
        for lo, hi in row_parts(len(X)):
            total[lo:hi] = self._term_rows(X[lo:hi]).sum(axis=0)
        return self.bias + total

    def probability(self, X: np.ndarray) -> np.ndarray:
        return sigmoid(self.score(X))

    def term_names(self) -> list[str]:
        return [
            self.features[a] if a == b else f"{self.features[a]} & {self.features[b]}"
            for a, b in zip(self.term_a.tolist(), self.term_b.tolist(), strict=True)
        ]

    def arrays(self) -> dict[str, np.ndarray]:
        """The model as named arrays (what a model file holds)."""
        return dict(
            features=np.array(self.features),
            bias=np.array([self.bias]),
            cut_counts=np.array([len(c) for c in self.thresholds], dtype=np.int64),
            cuts=np.concatenate([np.asarray(c, dtype=np.float64) for c in self.thresholds] or [np.zeros(0)]),
            term_a=self.term_a,
            term_b=self.term_b,
            map_a=self.map_a,
            off_a=self.off_a,
            map_b=self.map_b,
            off_b=self.off_b,
            tables=self.tables,
            off_t=self.off_t,
            width=self.width,
            threshold=np.array([self.threshold]),
            meta=np.array(self.meta),
        )


def save(path: Path, models: dict[str, Model | Trees]) -> None:
    """Write named models into one file (arrays ``NAME/FIELD``, compressed)."""
    arrays: dict[str, Any] = {
        f"{name}/{key}": value for name, model in models.items() for key, value in model.arrays().items()
    }
    np.savez_compressed(path, **arrays)


def load(path: Path) -> dict[str, Model]:
    """Read the named models of a file written by :func:`save` (a :class:`Trees` where the
    file holds trees: it answers as a :class:`Model` does)."""
    with np.load(path, allow_pickle=False) as z:
        names = sorted({key.split("/", 1)[0] for key in z.files})
        out: dict[str, Any] = {}
        for name in names:
            get = lambda field, name=name: z[f"{name}/{field}"]  # noqa: E731
            fields = {key.split("/", 1)[1] for key in z.files if key.startswith(f"{name}/")}
            if "leaf_value" in fields:
                out[name] = from_compact(get, fields)
            elif "node_value" in fields:  # trees as the first layout wrote them: complete, padded
                out[name] = _trees_from_arrays(get)
            else:
                out[name] = _from_arrays(get)
        return out


def _trees_from_arrays(get) -> Trees:
    return Trees(
        features=tuple(str(f) for f in get("features")),
        baseline=float(get("baseline")[0]),
        depth=int(get("depth")[0]),
        node_feature=get("node_feature").astype(np.int64),
        node_cut=get("node_cut").astype(np.float64),
        node_value=get("node_value").astype(np.float64),
        threshold=float(get("threshold")[0]),
        meta=str(get("meta")),
    )


def _from_arrays(get) -> Model:
    counts = get("cut_counts").tolist()
    edges = np.cumsum([0] + counts)
    cuts = get("cuts")
    return Model(
        features=tuple(str(f) for f in get("features")),
        bias=float(get("bias")[0]),
        thresholds=tuple(cuts[edges[i] : edges[i + 1]] for i in range(len(counts))),
        term_a=get("term_a").astype(np.intp),
        term_b=get("term_b").astype(np.intp),
        map_a=get("map_a").astype(np.intp),
        off_a=get("off_a").astype(np.intp),
        map_b=get("map_b").astype(np.intp),
        off_b=get("off_b").astype(np.intp),
        tables=get("tables").astype(np.float64),
        off_t=get("off_t").astype(np.intp),
        width=get("width").astype(np.intp),
        threshold=float(get("threshold")[0]),
        meta=str(get("meta")),
    )


def from_trees(
    features: list[str], bias: float, trees: list[list[tuple]], threshold: float = 0.5, meta: dict | None = None
) -> Model:
    """Fold depth-2 trees into pair tables.

    Each tree is a list of nodes ``(feature, threshold, left, right, value, is_leaf)``
    with node 0 the root (the shape of scikit-learn's histogram-gradient-boosting
    predictors). A tree that splits ``a`` and then ``b`` (left) and ``c`` (right) adds
    ``[x_a <= t] * g(x_b)`` to the (a, b) table and ``[x_a > t] * h(x_c)`` to the (a, c) one.
    """
    n = len(features)
    cuts: list[set[float]] = [set() for _ in range(n)]
    parts: list[tuple[int, int, float, int, float | None, tuple[float, float]]] = []
    # parts: (a, b, ta, side, b_feature..., ) described below in plain tuples:
    # (a, b, t_a, a_side, t_b, (v_left, v_right)) meaning value v_left/v_right by x_b <= t_b when
    # x_a is on a_side of t_a (0: <=, 1: >); b == a and t_b is None for a one-feature part.
    for nodes in trees:
        root = nodes[0]
        if root[5]:  # a stump with no split: a constant
            bias += root[4]
            continue
        a, ta = int(root[0]), float(root[1])
        cuts[a].add(ta)
        for side, child_i in ((0, root[2]), (1, root[3])):
            child = nodes[child_i]
            if child[5]:
                parts.append((a, a, ta, side, None, (child[4], child[4])))
                continue
            b, tb = int(child[0]), float(child[1])
            if any(not nodes[k][5] for k in (child[2], child[3])):
                raise ValueError("only trees of depth 2 fold into pair tables")
            cuts[b].add(tb)
            parts.append((a, b, ta, side, tb, (nodes[child[2]][4], nodes[child[3]][4])))
    thresholds = tuple(np.array(sorted(c), dtype=np.float64) for c in cuts)
    # Accumulate each part on the global bins of its (ordered) feature pair.
    tables: dict[tuple[int, int], np.ndarray] = {}
    for a, b, ta, side, cut_b, (vl, vr) in parts:
        na, nb = len(thresholds[a]) + 1, len(thresholds[b]) + 1
        bin_a = np.arange(na)
        # bin k of a feature holds values in (cut[k-1], cut[k]]; it lies left of t when cut[k] <= t
        in_a = (_upper(thresholds[a], bin_a) <= ta) if side == 0 else (_upper(thresholds[a], bin_a) > ta)
        if cut_b is None:
            key = (a, a)
            grid = np.zeros(na)
            grid[in_a] = vl
            tables[key] = tables.get(key, np.zeros(na)) + grid
            continue
        left_b = _upper(thresholds[b], np.arange(nb)) <= cut_b
        values_b = np.where(left_b, vl, vr)
        if a == b:
            key = (a, a)
            tables[key] = tables.get(key, np.zeros(na)) + np.where(in_a, values_b, 0.0)
            continue
        pair = np.outer(in_a, values_b)  # (na, nb)
        key = (a, b) if a < b else (b, a)
        if a > b:
            pair = pair.T
        tables[key] = tables.get(key, np.zeros((len(thresholds[key[0]]) + 1, len(thresholds[key[1]]) + 1))) + pair
    return _pack(tuple(features), bias, thresholds, tables, threshold, json.dumps(meta or {}, sort_keys=True))


def _upper(cuts: np.ndarray, bins: np.ndarray) -> np.ndarray:
    """The largest value in each bin (bin k = (cuts[k-1], cuts[k]]; the last bin: +inf)."""
    return np.append(cuts, np.inf)[bins]


def _pack(
    features: tuple[str, ...],
    bias: float,
    thresholds: tuple[np.ndarray, ...],
    tables: dict[tuple[int, int], np.ndarray],
    threshold: float,
    meta: str,
) -> Model:
    """Compress each table to the bins where it changes and lay all out flat."""
    term_a, term_b, maps_a, maps_b, flat, widths = [], [], [], [], [], []
    for (a, b), table in sorted(tables.items()):
        if a == b:
            table = table.reshape(-1, 1)
        rows_map, table = _squeeze(table)
        cols_map, t2 = _squeeze(table.T)
        table = t2.T
        if a == b:
            cols_map = np.zeros(1, dtype=np.intp)
        term_a.append(a)
        term_b.append(b)
        maps_a.append(rows_map)
        maps_b.append(cols_map if a != b else np.zeros(len(thresholds[b]) + 1, dtype=np.intp))
        flat.append(table.ravel())
        widths.append(table.shape[1])

    def off(arrays: list) -> np.ndarray:
        return np.cumsum([0] + [len(x) for x in arrays[:-1]]).astype(np.intp) if arrays else np.zeros(0, np.intp)

    def cat(arrays: list, dtype: type) -> np.ndarray:
        return np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype)

    return Model(
        features,
        float(bias),
        thresholds,
        np.array(term_a, dtype=np.intp),
        np.array(term_b, dtype=np.intp),
        cat(maps_a, np.intp),
        off(maps_a),
        cat(maps_b, np.intp),
        off(maps_b),
        cat(flat, np.float64),
        off(flat),
        np.array(widths, dtype=np.intp),
        threshold,
        meta,
    )


def _squeeze(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Merge runs of equal rows: (map from old row to new row, the smaller table)."""
    keep = [0]
    for r in range(1, len(table)):
        if not np.array_equal(table[r], table[keep[-1]]):
            keep.append(r)
    mapping = np.zeros(len(table), dtype=np.intp)
    for i, r in enumerate(keep):
        mapping[r:] = i
    return mapping, table[keep]
