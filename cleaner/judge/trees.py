"""The judge's boosted trees deeper than two (:class:`Trees`), which do not fold into pair
tables (:mod:`.model`): how they are evaluated in numpy, and how a model file holds them.

Evaluation. Every tree is laid out at load as a complete binary tree of ``depth`` levels
(node ``h``'s children are ``2h + 1`` and ``2h + 2``; a leaf above the last level is a node
that always goes left, its value carried down), so all trees step one level at a time for
all rows at once, a few gathers a level, with no loop over trees (the first levels, which
have few nodes a tree, are decided for every node at once and each row picks its path's
decisions: :data:`DENSE_LEVELS`). The rows are compared as
small integers: each feature's split points are kept once, sorted, and a page's column is
cut into codes once (``code(x)`` = how many split points lie below ``x``); a node that sends
``x`` right when ``x > cut_k``, its ``k``-th split point, does so exactly when
``code(x) > k``, so the walk compares bytes, not floats, and goes where the floats would.

Reasons. ``terms`` gives each *feature*'s part of the score (Saabas' path contributions: at
every split on it, the change in node value from the node to the child the row goes to; an
inner node's value is its children's mean by their training rows), so the parts add up to
``score`` less ``bias`` as a pair-table model's terms do. They are read from the leaf a row
reaches (each leaf's path, level by level, laid out at first use), and only for the rows
asked for: the judge asks for the lines whose reasons it logs.

A model file holds the real nodes only, level by level (each node's feature, or -1 for a
leaf; a split's point as its index among its feature's split points, which are stored once
per feature; a leaf's value), and either each inner node's value or, where the trainer
gave them, every node's count of training rows, from which the inner values are computed at
load as the trainer computed them (bit for bit: the same operations in the same order).
Files of the first layout (``node_value``, complete trees, padded) still load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np

from .libm import sigmoid

# The levels of a tree decided node by node for all rows at once (:meth:`Trees._leaves`); below
# them each row walks. A level's nodes double from one level to the next, a walk's step costs
# the same at every level: the leaves of both passes of the markdown judge on 200 wcxb-dev
# pages took 6.5 ms a page walking all six levels, and with 3, 4, 5 or 6 levels decided at
# once 4.1-4.3, 3.8, 4.1 and 6.3-6.5 (each pass alone is fastest at 4 too).
DENSE_LEVELS = 4

# Rows scored at once. A row's walk holds a few bytes per tree and level in temporaries (its
# decisions on the dense levels, its node in every tree: some 10 KB a row for the markdown
# judge's 450 trees), so a huge document (a 30 MB dump: 300,000 lines) is scored in parts of
# this many rows and the temporaries stay a few MB; a page of a few hundred lines is one part.
# Each row's score is found alone, so the parts give the whole's scores bit for bit.
ROWS = 2048


def row_parts(n: int, size: int = ROWS) -> list[tuple[int, int]]:
    """``[lo, hi)`` parts of ``n`` rows, ``size`` rows each but the last, which is never a
    single row of several: numpy sums a lone row's terms pairwise and a block of rows' one
    term after another (:meth:`cleaner.judge.model.Model.score`), so a part of one row would
    round differently from the same row scored with others."""
    starts = list(range(0, n, size))
    if len(starts) > 1 and n - starts[-1] == 1:
        starts.pop()
    return [(lo, starts[k + 1] if k + 1 < len(starts) else n) for k, lo in enumerate(starts)]


@dataclass(frozen=True)
class Trees:
    """A boosted ensemble of trees deeper than two (module docstring). ``term_a`` and
    ``term_b`` are each feature once, as one-feature terms, so the reasons name the strongest
    features as they do for a pair-table model."""

    features: tuple[str, ...]
    baseline: float
    depth: int
    node_feature: np.ndarray  # (trees, 2^depth - 1) feature of each inner node
    node_cut: np.ndarray  # (trees, 2^depth - 1): a row goes right when its value is above it
    node_value: np.ndarray  # (trees, 2^(depth+1) - 1): every node's value, inner and leaves
    threshold: float = 0.5
    meta: str = "{}"
    # (trees, 2^(depth+1) - 1): each real node's training rows (0 elsewhere), or None where
    # the model came from a file that kept the inner values instead
    node_count: np.ndarray | None = None

    def __post_init__(self) -> None:
        trees, inner = self.node_feature.shape
        real = np.isfinite(self.node_cut)  # inner nodes that split (+inf: a leaf or below one)
        used = sorted(set(self.node_feature[real].tolist()))
        cuts = [np.unique(self.node_cut[real & (self.node_feature == f)]) for f in used]
        # codes run from 0 to a feature's number of split points
        code_type = np.uint8 if max((len(c) for c in cuts), default=0) <= np.iinfo(np.uint8).max else np.uint16
        # each inner node's column among the page's codes (len(used): a column of zeros, read
        # by the nodes that do not split, whose code 0 never sends a row right) and split point
        column = np.full((trees, inner), len(used), dtype=np.intp)
        code = np.zeros((trees, inner), dtype=code_type)
        for j, f in enumerate(used):
            at = real & (self.node_feature == f)
            column[at] = j
            code[at] = cuts[j].searchsorted(self.node_cut[at])
        base = np.arange(trees, dtype=np.intp) * inner
        # the first levels' nodes, level by level: (nodes of the level, trees) columns and
        # (nodes of the level, trees, 1) split points (:meth:`_leaves`)
        top = min(DENSE_LEVELS, self.depth)
        dense = [
            (
                np.ascontiguousarray(column[:, 2**k - 1 : 2 ** (k + 1) - 1].T),
                np.ascontiguousarray(code[:, 2**k - 1 : 2 ** (k + 1) - 1].T)[:, :, None],
            )
            for k in range(top)
        ]
        fast = {
            "used": used,
            "cuts": cuts,
            "code_type": code_type,
            "column": column.ravel(),
            "code": code.ravel(),
            "dense": dense,
            # (trees, 1), a row's node in tree t being t * inner + h: the first node below the
            # dense levels; the step from a node to its child 2h + 1 (+ 1 when right); and from
            # t * inner + leaf slot to node_value's flat index
            "below": base.reshape(-1, 1) + (2**top - 1),
            "step": (1 - base).reshape(-1, 1),
            "to_value": (base // inner * (inner + 1)).reshape(-1, 1),
            "value": self.node_value.astype(np.float64).ravel(),
            "roots": float(self.node_value[:, 0].sum()) if trees else 0.0,
        }
        object.__setattr__(self, "_fast", fast)
        object.__setattr__(self, "term_a", np.arange(len(self.features), dtype=np.intp))
        object.__setattr__(self, "term_b", np.arange(len(self.features), dtype=np.intp))
        object.__setattr__(self, "bias", self.baseline + fast["roots"])

    def _codes(self, X: np.ndarray) -> np.ndarray:
        """(used features + 1, N) each used feature's code of every row (module docstring;
        the last row: zeros)."""
        fast = self._fast  # type: ignore[attr-defined]
        used = fast["used"]
        codes = np.zeros((len(used) + 1, len(X)), dtype=fast["code_type"])
        columns = np.ascontiguousarray(X.T)
        for j, (f, cuts) in enumerate(zip(used, fast["cuts"], strict=True)):
            codes[j] = cuts.searchsorted(columns[f], side="left")
        missing = np.isnan(columns[used])
        if missing.any():  # NaN > cut is false: left at every split, as code 0 goes
            codes[: len(used)][missing] = 0
        return codes

    def _leaves(self, X: np.ndarray) -> np.ndarray:
        """(N, trees) the flat index into ``node_value`` of the leaf each row reaches in each tree.

        The first :data:`DENSE_LEVELS` levels are decided for every node of the level at once,
        on the codes as bytes (a few nodes a tree: each is one row of codes compared with its
        split point), and each row's path picks its node's decision; below them, where a
        level has more nodes than a walk has steps, each row walks, one gather a level for
        its node's column, its code and its split point. A tree's leaf is the same either way."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != len(self.features):
            raise ValueError(f"expected {len(self.features)} features per row, got shape {X.shape}")
        fast = self._fast  # type: ignore[attr-defined]
        n = len(X)
        codes = self._codes(X)
        # (trees, N) each row's decisions on the path so far, the first level's first
        turns: list[np.ndarray] = []
        for columns, cuts in fast["dense"]:
            right = np.take(codes, columns, axis=0) > cuts  # (nodes of the level, trees, N)
            for turn in turns:  # halve the candidates by each earlier turn, the first first
                half = len(right) // 2
                left, picked = right[:half], right[half:] ^ right[:half]
                picked &= turn
                picked ^= left  # the right half's where the row turned right, else the left's
                right = picked
            turns.append(right[0])
        if turns:  # the node below them, from the turns as bits (as bytes: at most 2^8 nodes a level)
            slot = turns[0].view(np.uint8)
            for turn in turns[1:]:
                slot = slot * np.uint8(2)
                slot += turn
            at = slot.astype(np.intp)
        else:
            at = np.zeros((len(fast["below"]), n), dtype=np.intp)
        at += fast["below"]
        cell_base = fast["column"] * n  # a node's column's first code
        rows = np.arange(n, dtype=np.intp)
        flat = codes.ravel()
        for _ in range(self.depth - len(turns)):
            cell = np.take(cell_base, at)
            cell += rows
            right = np.take(flat, cell) > np.take(fast["code"], at)
            at *= 2
            at += fast["step"]
            at += right
        at += fast["to_value"]
        return at.T

    def _paths(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each leaf's path (laid out at first use): per level, the feature split on and the
        change in value it brings, by the leaf's flat index in ``node_value``; and the shift
        from that index to the leaf's own (t * (inner + 1) + slot - inner)."""
        fast = self._fast  # type: ignore[attr-defined]
        if "paths" not in fast:
            trees, inner = self.node_feature.shape
            leaf = np.arange(inner, 2 * inner + 1)
            ancestors = [((leaf + 1) >> (self.depth - k)) - 1 for k in range(self.depth + 1)]
            levels = range(1, self.depth + 1)
            feature = np.stack([self.node_feature[:, ancestors[k - 1]] for k in levels])
            change = np.stack([self.node_value[:, ancestors[k]] - self.node_value[:, ancestors[k - 1]] for k in levels])
            shift = (np.arange(trees, dtype=np.intp) * inner + inner).reshape(1, -1)
            fast["paths"] = (feature.reshape(self.depth, -1), change.reshape(self.depth, -1), shift)
        return fast["paths"]

    def terms(self, X: np.ndarray, leaves: np.ndarray | None = None) -> np.ndarray:
        """(N, features): each feature's path contributions; ``bias`` plus their sum is the
        score (up to float rounding: ``score`` adds the leaves). ``leaves``: the rows' leaves
        where :meth:`scored` kept them; else found again, in parts of :data:`ROWS` rows."""
        f = len(self.features)
        if not len(X):
            return np.zeros((0, f))
        if leaves is not None:
            return self._terms(leaves)
        X = np.asarray(X, dtype=np.float64)
        out = np.empty((len(X), f))
        for lo, hi in row_parts(len(X)):
            # the leaves row by row in memory (``_leaves`` gives them tree by tree): the
            # gathers of ``_terms`` read them in that order, three times faster on 2,048
            # rows, the same cells
            out[lo:hi] = self._terms(np.ascontiguousarray(self._leaves(X[lo:hi])))
        return out

    def _terms(self, leaves: np.ndarray) -> np.ndarray:
        """:meth:`terms` of rows whose ``leaves`` are known."""
        f = len(self.features)
        feature, change, shift = self._paths()
        leaf = leaves - shift
        n = len(leaf)
        rows = (np.arange(n, dtype=np.intp) * f).reshape(-1, 1)
        parts = np.zeros(n * f)
        for k in range(self.depth):  # level by level, trees in order: the sums of the first evaluator
            cell = np.take(feature[k], leaf)
            cell += rows
            parts += np.bincount(cell.ravel(), weights=np.take(change[k], leaf).ravel(), minlength=n * f)
        return parts.reshape(n, f)

    def score(self, X: np.ndarray) -> np.ndarray:
        """Log-odds of "article text" per row (in parts of :data:`ROWS` rows)."""
        return self.scored(X)[0]

    def scored(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(:meth:`score`, the leaves the rows reach: (N, trees), for :meth:`terms`; None for
        more rows than one part, whose leaves are not kept: some 3.6 KB a row)."""
        if not len(X):
            return np.zeros(0), np.zeros((0, len(self.node_feature)), dtype=np.intp)
        value = self._fast["value"]  # type: ignore[attr-defined]
        if len(X) <= ROWS:
            leaves = self._leaves(X)
            return self.baseline + np.take(value, leaves).sum(axis=1), leaves
        X = np.asarray(X, dtype=np.float64)
        total = np.empty(len(X))
        for lo, hi in row_parts(len(X)):
            total[lo:hi] = np.take(value, self._leaves(X[lo:hi])).sum(axis=1)
        return self.baseline + total, None

    def probability(self, X: np.ndarray) -> np.ndarray:
        return sigmoid(self.score(X))

    def term_names(self) -> list[str]:
        return list(self.features)

    def arrays(self) -> dict[str, np.ndarray]:
        """The model as named arrays (what a model file holds: the module docstring)."""
        return compact(self)


def trees_from_nodes(
    features: list[str],
    baseline: float,
    trees: list[list[tuple]],
    threshold: float = 0.5,
    meta: dict | None = None,
) -> Trees:
    """A :class:`Trees` from trees of nodes ``(feature, threshold, left, right, value, is_leaf,
    count)`` with node 0 the root (scikit-learn's histogram-gradient-boosting predictors), a
    row going left when its value is at most the node's threshold."""
    depth = 1
    for nodes in trees:  # the deepest leaf
        level = {0: 0}
        for i, node in enumerate(nodes):
            if not node[5]:
                level[int(node[2])] = level[int(node[3])] = level[i] + 1
        depth = max(depth, *level.values())
    inner = 2**depth - 1
    feature = np.zeros((len(trees), inner), dtype=np.int64)
    cut = np.full((len(trees), inner), np.inf)
    value = np.zeros((len(trees), 2 * inner + 1))
    count = np.zeros((len(trees), 2 * inner + 1), dtype=np.uint32)
    for t, nodes in enumerate(trees):
        mean = [float(node[4]) for node in nodes]
        for i in range(len(nodes) - 1, -1, -1):  # children come after their parent
            node = nodes[i]
            if not node[5]:
                a, b = int(node[2]), int(node[3])
                ca, cb = float(nodes[a][6]), float(nodes[b][6])
                mean[i] = (ca * mean[a] + cb * mean[b]) / (ca + cb) if ca + cb > 0 else (mean[a] + mean[b]) / 2
        stack = [(0, 0, True)]  # (node, heap slot, whether the slot is the node's own)
        while stack:
            i, h, own = stack.pop()
            value[t, h] = mean[i]
            if own:
                count[t, h] = int(nodes[i][6])
            if h >= inner:
                continue
            node = nodes[i]
            if node[5]:  # a leaf above the last level: always left (+inf), the same value below
                stack += [(i, 2 * h + 1, False), (i, 2 * h + 2, False)]
            else:
                feature[t, h], cut[t, h] = int(node[0]), float(node[1])
                stack += [(int(node[2]), 2 * h + 1, True), (int(node[3]), 2 * h + 2, True)]
    meta_text = json.dumps(meta or {}, sort_keys=True)
    return Trees(tuple(features), float(baseline), depth, feature, cut, value, threshold, meta_text, count)


def _real_nodes(node_cut: np.ndarray, depth: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per level, the real nodes in (tree, slot) order: their trees, slots, and which split."""
    trees, inner = node_cut.shape
    tree, slot = np.arange(trees, dtype=np.intp), np.zeros(trees, dtype=np.intp)
    out = []
    for _ in range(depth + 1):
        splits = slot < inner
        splits[splits] = np.isfinite(node_cut[tree[splits], slot[splits]])
        out.append((tree, slot, splits))
        tree = tree[splits].repeat(2)
        slot = np.stack([2 * slot[splits] + 1, 2 * slot[splits] + 2], axis=1).ravel()
    return out


def compact(model: Trees) -> dict[str, np.ndarray]:
    """A :class:`Trees` as a model file's arrays: the real nodes only (module docstring)."""
    levels = _real_nodes(model.node_cut, model.depth)
    tree = np.concatenate([t for t, _, _ in levels])
    slot = np.concatenate([s for _, s, _ in levels])
    splits = np.concatenate([s for _, _, s in levels])
    f = len(model.features)
    feature = np.full(len(tree), -1, dtype=np.int64)
    feature[splits] = model.node_feature[tree[splits], slot[splits]]
    cut = model.node_cut[tree[splits], slot[splits]]
    lists = [np.unique(cut[feature[splits] == j]) for j in range(f)]
    index = np.zeros(len(cut), dtype=np.int64)
    for j in range(f):
        at = feature[splits] == j
        index[at] = lists[j].searchsorted(cut[at])
    widest = max((len(c) for c in lists), default=0)
    out: dict[str, Any] = dict(
        features=np.array(model.features),
        baseline=np.array([model.baseline]),
        depth=np.array([model.depth], dtype=np.int64),
        trees=np.array([len(model.node_feature)], dtype=np.int64),
        split=feature.astype(np.int16 if f < 2**15 else np.int32),
        split_cut=index.astype(np.uint8 if widest <= 2**8 else np.uint16),
        cut_counts=np.array([len(c) for c in lists], dtype=np.int64),
        cuts=np.concatenate(lists) if lists else np.zeros(0),
        leaf_value=model.node_value[tree[~splits], slot[~splits]].astype(np.float64),
        threshold=np.array([model.threshold]),
        meta=np.array(model.meta),
    )
    if _counts_add_up(model):  # the leaves' counts give the inner nodes' and so their values
        out["leaf_count"] = model.node_count[tree[~splits], slot[~splits]].astype(np.uint32)  # type: ignore[index]
    else:
        out["inner_value"] = model.node_value[tree[splits], slot[splits]].astype(np.float64)
    return out


def _counts_add_up(model: Trees) -> bool:
    """Whether ``model`` knows its nodes' counts and each inner node's is its children's sum
    (as scikit-learn's are: a split parts the node's rows), so that the leaves' alone are kept."""
    if model.node_count is None:
        return False
    count = model.node_count.astype(np.int64)
    tree, slot = np.nonzero(np.isfinite(model.node_cut))
    return bool((count[tree, slot] == count[tree, 2 * slot + 1] + count[tree, 2 * slot + 2]).all())


def from_compact(get, files: set[str]) -> Trees:
    """A :class:`Trees` from a model file's arrays (``get(field)``; ``files``: the fields there are)."""
    depth = int(get("depth")[0])
    split = get("split").astype(np.int64)
    split_cut = get("split_cut").astype(np.int64)
    leaf_value = get("leaf_value").astype(np.float64)
    counts = get("cut_counts").tolist()
    cuts = get("cuts").astype(np.float64)
    edges = np.cumsum([0] + counts).astype(np.int64)
    inner = 2**depth - 1
    trees = int(get("trees")[0])
    feature = np.zeros((trees, inner), dtype=np.int64)
    cut = np.full((trees, inner), np.inf)
    value = np.zeros((trees, 2 * inner + 1))
    count = np.zeros((trees, 2 * inner + 1), dtype=np.uint32) if "leaf_count" in files else None
    tree, slot = np.arange(trees, dtype=np.intp), np.zeros(trees, dtype=np.intp)
    node = inner_at = leaf_at = 0
    levels = []
    for _ in range(depth + 1):
        here = split[node : node + len(tree)]
        splits = here >= 0
        ts, ss = tree[splits], slot[splits]
        feature[ts, ss] = here[splits]
        cut[ts, ss] = cuts[edges[here[splits]] + split_cut[inner_at : inner_at + len(ts)]]
        value[tree[~splits], slot[~splits]] = leaf_value[leaf_at : leaf_at + int((~splits).sum())]
        levels.append((tree, slot, splits, inner_at, leaf_at))
        node += len(tree)
        inner_at += len(ts)
        leaf_at += int((~splits).sum())
        tree, slot = ts.repeat(2), np.stack([2 * ss + 1, 2 * ss + 2], axis=1).ravel()
    if count is not None:
        leaf_count = get("leaf_count")
        for tree, slot, splits, _, leaf_at in levels:
            count[tree[~splits], slot[~splits]] = leaf_count[leaf_at : leaf_at + int((~splits).sum())]
        for tree, slot, splits, _, _ in reversed(levels):  # a node's value from its children's, as the trainer's
            ts, ss = tree[splits], slot[splits]
            count[ts, ss] = count[ts, 2 * ss + 1] + count[ts, 2 * ss + 2]
            ca, cb = count[ts, 2 * ss + 1].astype(np.float64), count[ts, 2 * ss + 2].astype(np.float64)
            ma, mb = value[ts, 2 * ss + 1], value[ts, 2 * ss + 2]
            total = ca + cb
            with np.errstate(invalid="ignore", divide="ignore"):
                value[ts, ss] = np.where(total > 0, (ca * ma + cb * mb) / total, (ma + mb) / 2)
    else:
        inner_value = get("inner_value").astype(np.float64)
        for tree, slot, splits, at, _ in levels:
            value[tree[splits], slot[splits]] = inner_value[at : at + int(splits.sum())]
    for k in range(1, depth + 1):  # below a leaf, its value carried down (cut +inf: always left)
        slots = np.arange(2**k - 1, 2 ** (k + 1) - 1)
        parents = (slots - 1) // 2
        below = np.isinf(cut[:, parents])
        value[:, slots] = np.where(below, value[:, parents], value[:, slots])
    return Trees(
        features=tuple(str(f) for f in get("features")),
        baseline=float(get("baseline")[0]),
        depth=depth,
        node_feature=feature,
        node_cut=cut,
        node_value=value,
        threshold=float(get("threshold")[0]),
        meta=str(get("meta")),
        node_count=count,
    )
