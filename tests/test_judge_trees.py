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
