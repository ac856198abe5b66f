"""A judge model of trees deeper than two (:class:`cleaner.judge.model.Trees`): evaluated in
numpy level by level, it scores as scikit-learn's trees do, its per-feature path
contributions add up to the score, and it survives a model file unchanged."""

from __future__ import annotations

import argparse

import numpy as np
import pytest

from cleaner.judge.explain import feature_weights
from cleaner.judge.model import load, save

from conftest import script

pytest.importorskip("sklearn")
train_judge = script("train_judge")

ARGS = argparse.Namespace(
    iterations=30, learning_rate=0.1, min_leaf=5, l2=1.0, bins=32, bag_share=0.7, max_depth=5, max_leaf_nodes=None
)


def _pages(count: int = 20, units: int = 40) -> dict[str, dict]:
    rng = np.random.RandomState(1)
    data = {}
    for i in range(count):
        X = rng.rand(units, 5)
        y = (X[:, 0] + 0.6 * X[:, 1] * X[:, 2] * X[:, 3] + 0.3 * rng.rand(units) > 0.8).astype(float)
        data[f"set/{i:04d}"] = {"X1": X, "labels": y, "lengths": rng.rand(units) * 100 + 1, "texts": ["x"] * units}
    return data


@pytest.mark.parametrize("bags", [1, 3])
def test_trees_score_as_scikit_learn_and_their_contributions_add_up(tmp_path, bags):
    data = _pages()
    keys = sorted(data)
    trained = train_judge.fit_pages(data, keys, "X1", ARGS, None, bags)
    model = train_judge.treed(trained, ("a", "b", "c", "d", "e"), {"x": 1})
    assert model.depth > 2
    X = np.vstack([data[k]["X1"] for k in keys])
    np.testing.assert_allclose(model.score(X), trained.decision_function(X), atol=1e-9)
    terms = model.terms(X)
    np.testing.assert_allclose(model.bias + terms.sum(axis=1), model.score(X), atol=1e-9)
    weights = feature_weights(terms, model.term_a, model.term_b, len(model.features))
    np.testing.assert_array_equal(weights, terms)  # each feature its own one-feature term
    assert np.abs(terms[:, 0]).mean() > np.abs(terms[:, 4]).mean()  # the label's feature weighs most
    save(tmp_path / "m.npz", {"stage1": model})
    again = load(tmp_path / "m.npz")["stage1"]
    np.testing.assert_array_equal(again.score(X), model.score(X))
    np.testing.assert_array_equal(again.terms(X), model.terms(X))
    assert again.meta == model.meta and again.features == model.features
    assert model.score(X[:0]).shape == (0,) and model.terms(X[:0]).shape == (0, 5)


def first_walk(model, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first evaluator of :class:`Trees` (md11's), kept as the reference the faster one must
    equal bit for bit: floats compared at every level, path contributions summed level by
    level with the trees in order. (score, terms) per row."""
    inner = model.node_feature.shape[1]
    trees = len(model.node_feature)
    n, f = X.shape
    flat, feature, cut, value = X.ravel(), model.node_feature.ravel(), model.node_cut.ravel(), model.node_value.ravel()
    inner_base = (np.arange(trees) * inner).reshape(1, -1)
    value_base = (np.arange(trees) * (2 * inner + 1)).reshape(1, -1)
    rows = (np.arange(n) * f).reshape(-1, 1)
    slot = np.zeros((n, trees), dtype=np.int64)
    parts = np.zeros(n * f)
    before = np.broadcast_to(np.take(value, value_base), (n, trees))
    for _ in range(model.depth):
        at = slot + inner_base
        cell = rows + np.take(feature, at)
        slot = 2 * slot + 1 + (np.take(flat, cell) > np.take(cut, at))
        now = np.take(value, slot + value_base)
        parts += np.bincount(cell.ravel(), weights=(now - before).ravel(), minlength=n * f)
        before = now
    return model.baseline + np.take(value, slot + value_base).sum(axis=1), parts.reshape(n, f)


def _deep_model(seed: int, bags: int = 1):
    """A depth-6 ensemble as the trainer makes it, and rows to score with it: random ones, the
    split points themselves (a row at a split point goes left), and missing values."""
    data = _pages(30, 60)
    keys = sorted(data)
    args = argparse.Namespace(**{**vars(ARGS), "max_depth": 6, "min_leaf": 3, "iterations": 40})
    trained = train_judge.fit_pages(data, keys, "X1", args, None, bags, seed=seed)
    model = train_judge.treed(trained, ("a", "b", "c", "d", "e"), {"x": 1})
    rng = np.random.RandomState(seed)
    X = np.vstack([data[k]["X1"] for k in keys] + [rng.rand(200, 5) * 1.2 - 0.1])
    cuts = model.node_cut[np.isfinite(model.node_cut)]
    X[:100] = rng.choice(cuts, size=(100, 5))  # at split points (of other features too)
    X[100:110, 1] = np.nan
    return trained, model, X


@pytest.mark.parametrize("seed,bags", [(0, 1), (1, 3)])
def test_depth_six_trees_equal_the_first_evaluator_bit_for_bit(seed, bags):
    trained, model, X = _deep_model(seed, bags)
    assert model.depth == 6
    score, terms = first_walk(model, X)
    assert model.score(X).tobytes() == score.tobytes()
    assert model.terms(X).tobytes() == terms.tobytes()
    rows = np.array([3, 0, 117, 105, 40])  # the terms of some rows are those rows' terms of all
    assert model.terms(X[rows]).tobytes() == terms[rows].tobytes()
    fine = ~np.isnan(X).any(axis=1)  # scikit-learn sends a missing value its own way
    np.testing.assert_allclose(model.score(X[fine]), trained.decision_function(X[fine]), atol=1e-9)


def test_a_model_file_keeps_the_real_nodes_and_the_first_layout_still_loads(tmp_path):
    _, model, X = _deep_model(2)
    save(tmp_path / "compact.npz", {"stage1": model})
    with np.load(tmp_path / "compact.npz") as z:
        assert {"stage1/leaf_count", "stage1/leaf_value", "stage1/split_cut"} <= set(z.files)
        assert "stage1/node_value" not in z.files and "stage1/inner_value" not in z.files
        real = len(model.node_cut) + 2 * int(np.isfinite(model.node_cut).sum())  # roots, two children a split
        assert len(z["stage1/split"]) == real < model.node_value.size
    again = load(tmp_path / "compact.npz")["stage1"]
    for field in ("node_feature", "node_cut", "node_value", "node_count"):  # inner values recomputed exactly
        assert getattr(again, field).tobytes() == getattr(model, field).tobytes(), field
    assert again.score(X).tobytes() == model.score(X).tobytes()
    # the first layout (complete trees, padded), as the first save wrote it, loads as it was
    first = {
        "features": np.array(model.features),
        "baseline": np.array([model.baseline]),
        "depth": np.array([model.depth]),
        "node_feature": model.node_feature.astype(np.int16),
        "node_cut": model.node_cut,
        "node_value": model.node_value,
        "threshold": np.array([model.threshold]),
        "meta": np.array(model.meta),
    }
    np.savez_compressed(tmp_path / "first.npz", **{f"stage1/{k}": v for k, v in first.items()})
    old = load(tmp_path / "first.npz")["stage1"]
    assert old.node_count is None and old.meta == model.meta
    assert old.score(X).tobytes() == model.score(X).tobytes()
    assert old.terms(X).tobytes() == model.terms(X).tobytes()
    # and rewritten (the one-line conversion), it keeps its inner values, being without counts
    save(tmp_path / "converted.npz", load(tmp_path / "first.npz"))
    with np.load(tmp_path / "converted.npz") as z:
        assert "stage1/inner_value" in z.files and "stage1/leaf_count" not in z.files
    converted = load(tmp_path / "converted.npz")["stage1"]
    for field in ("node_feature", "node_cut", "node_value"):
        assert getattr(converted, field).tobytes() == getattr(model, field).tobytes(), field


def _random_tree(rng: np.random.Generator, n_features: int, depth: int) -> list[tuple]:
    """A tree in the trainer's node layout (feature, threshold, left, right, value, is_leaf,
    count), splitting at random down to ``depth`` (some leaves above it)."""
    nodes: list[list] = []

    def grow(level: int, count: int) -> int:
        i = len(nodes)
        nodes.append([0, 0.0, 0, 0, float(rng.normal()), True, count])
        if level < depth and count > 1 and rng.random() < 0.8:
            left = int(rng.integers(1, count))
            nodes[i][:4] = [int(rng.integers(n_features)), float(rng.normal()), 0, 0]
            nodes[i][5] = False
            nodes[i][2] = grow(level + 1, left)
            nodes[i][3] = grow(level + 1, count - left)
        return i

    grow(0, 1000)
    return [tuple(node) for node in nodes]


def test_the_judge_scores_a_first_pass_of_trees_by_its_leaves_and_finds_terms_where_asked():
    """A first pass of trees: the first-pass score is the leaves' sum (Trees.score), no terms
    are found for the whole page, and the terms of the units asked for are theirs of the page."""
    from cleaner.judge import models, prepare, score
    from cleaner.judge.model import trees_from_nodes

    stages = dict(models("markdown"))
    names = list(stages["stage1"].features)
    rng = np.random.default_rng(3)
    trees = trees_from_nodes(names, 0.2, [_random_tree(rng, len(names), 6) for _ in range(40)])
    stages["stage1"] = trees
    page = "\n\n".join(["# A title", "[Home](/) [About](/about)", "Some prose of the page, in a sentence."] * 5)
    prepared = prepare("markdown", page, stages=stages)
    scored = score(prepared, stages)
    assert scored.terms is None
    assert scored.first.tobytes() == trees.score(prepared.X1).tobytes()
    rows = np.array([4, 0, 2])
    assert scored.terms_of(rows).tobytes() == trees.terms(prepared.X1)[rows].tobytes()
