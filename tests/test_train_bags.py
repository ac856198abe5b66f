"""The trainer's bagged second pass (``--stage2-bags``) ships as one additive model.

The mean of K additive models is one additive model, so a bag costs nothing when a page is
judged: its trees, each value divided by K, fold into one set of pair tables whose score is
the mean of the members' scores, and each member saw a different share of the pages.
"""

from __future__ import annotations

import argparse

import numpy as np
import pytest

from conftest import script

pytest.importorskip("sklearn")
train_judge = script("train_judge")

ARGS = argparse.Namespace(
    iterations=40, learning_rate=0.1, min_leaf=5, l2=1.0, bins=32, bag_share=0.7, max_depth=2, max_leaf_nodes=None
)


def _pages(count: int = 30, units: int = 40) -> dict[str, dict]:
    rng = np.random.RandomState(0)
    data = {}
    for i in range(count):
        X = rng.rand(units, 4)
        y = (X[:, 0] + 0.4 * X[:, 1] * X[:, 2] + 0.3 * rng.rand(units) > 0.8).astype(float)
        data[f"set/{i:04d}"] = {"X1": X, "labels": y, "lengths": rng.rand(units) * 100 + 1, "texts": ["x"] * units}
    return data


def test_a_bag_folds_into_one_model_that_scores_the_mean_of_its_members():
    data = _pages()
    keys = sorted(data)
    bag = train_judge.fit_pages(data, keys, "X1", ARGS, None, 3)
    X = np.vstack([data[k]["X1"] for k in keys])
    members = np.array([m.decision_function(X) for m in bag.models])
    assert not np.allclose(members[0], members[1])  # each member saw other pages
    model = train_judge.folded(bag, ("a", "b", "c", "d"), {})
    np.testing.assert_allclose(model.score(X), members.mean(axis=0), atol=1e-9)


def test_one_bag_is_the_model_trained_on_every_page():
    data = _pages()
    keys = sorted(data)
    one = train_judge.fit_pages(data, keys, "X1", ARGS, None, 1)
    plain = train_judge.fit(*train_judge.matrix(data, keys), ARGS)
    X = np.vstack([data[k]["X1"] for k in keys])
    np.testing.assert_array_equal(one.decision_function(X), plain.decision_function(X))
    default = next(a.default for a in train_judge.parser()._actions if a.dest == "stage2_bags")
    assert default == 1  # the option changes nothing unless asked for


def test_the_first_pass_bag_draws_other_pages_than_the_second_pass_bag():
    data = _pages()
    keys = sorted(data)
    second = train_judge.fit_pages(data, keys, "X1", ARGS, None, 2)
    first = train_judge.fit_pages(data, keys, "X1", ARGS, None, 2, train_judge.STAGE1_SEED)
    X = np.vstack([data[k]["X1"] for k in keys])
    for a, b in zip(first.models, second.models, strict=True):
        assert not np.allclose(a.decision_function(X), b.decision_function(X))
    default = next(a.default for a in train_judge.parser()._actions if a.dest == "stage1_bags")
    assert default == 1  # the shipped first pass is one model unless asked for


def test_deeper_trees_are_scored_unfolded_and_depth_two_folds_to_the_same_scores():
    data = _pages()
    keys = sorted(data)
    X = np.vstack([data[k]["X1"] for k in keys])
    two = train_judge.fit_pages(data, keys, "X1", ARGS, None, 3)
    np.testing.assert_allclose(
        train_judge.folded(two, ("a", "b", "c", "d"), {}).score(X), train_judge.raw_score(two, X), atol=1e-9
    )
    deep = train_judge.fit_pages(data, keys, "X1", argparse.Namespace(**{**vars(ARGS), "max_depth": 4}), None, 3)
    assert max(p[0].get_max_depth() for m in deep.models for p in m._predictors) > 2
    with pytest.raises(ValueError, match="depth 2"):
        train_judge.folded(deep, ("a", "b", "c", "d"), {})
    assert train_judge.raw_score(deep, X[:0]).shape == (0,)
    defaults = {a.dest: a.default for a in train_judge.parser()._actions}
    shape = ("max_depth", "stage2_max_depth", "max_leaf_nodes", "unfolded")
    assert [defaults[k] for k in shape] == [2, None, None, False]
