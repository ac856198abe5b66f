"""The judge's model: depth-2 trees folded into pair tables score exactly as the trees do."""

from __future__ import annotations

import numpy as np
import pytest

from cleaner.judge.model import from_trees, load, save


def walk(nodes, x):
    """A tree's value for one row, walked node by node: the reference."""
    node = nodes[0]
    while not node[5]:
        node = nodes[node[2]] if x[node[0]] <= node[1] else nodes[node[3]]
    return node[4]


def random_tree(rng, n_features, cuts):
    """A depth-2 tree in the trainer's node layout: (feature, threshold, left, right, value, is_leaf)."""

    def split():
        f = int(rng.integers(n_features))
        return f, float(rng.choice(cuts[f]))

    a, ta = split()
    nodes = [(a, ta, 1, 2, 0.0, False)]
    for _ in (1, 2):
        if rng.random() < 0.3:  # a leaf at depth 1
            nodes.append((0, 0.0, 0, 0, float(rng.normal()), True))
        else:
            nodes.append((*split(), 0, 0, 0.0, False))
    # give each depth-1 split its two leaves, appended at the end
    out = list(nodes)
    for i in (1, 2):
        f, t, _, _, v, leaf = out[i]
        if leaf:
            continue
        left = len(out)
        out.append((0, 0.0, 0, 0, float(rng.normal()), True))
        out.append((0, 0.0, 0, 0, float(rng.normal()), True))
        out[i] = (f, t, left, left + 1, 0.0, False)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_pair_tables_equal_the_trees(seed, tmp_path):
    rng = np.random.default_rng(seed)
    n_features = 6
    cuts = [np.round(rng.random(5), 2) for _ in range(n_features)]
    trees = [random_tree(rng, n_features, cuts) for _ in range(60)]
    bias = float(rng.normal())
    model = from_trees([f"f{i}" for i in range(n_features)], bias, trees)
    X = rng.random((500, n_features))
    X[:20, 0] = cuts[0][:4].repeat(5)  # values equal to a threshold go left
    X[20:25] = -1.0  # below every threshold
    expected = np.array([bias + sum(walk(t, x) for t in trees) for x in X])
    assert np.allclose(model.score(X), expected, atol=1e-12)
    # the terms add up to the score, and a saved model scores the same
    assert np.allclose(model.bias + model.terms(X).sum(axis=1), model.score(X))
    save(tmp_path / "m.npz", {"one": model, "two": model})
    loaded = load(tmp_path / "m.npz")
    assert sorted(loaded) == ["one", "two"] and np.array_equal(loaded["two"].score(X), model.score(X))


def test_a_tree_deeper_than_two_is_refused():
    deep = [
        (0, 0.5, 1, 2, 0.0, False),
        (1, 0.5, 3, 4, 0.0, False),
        (0, 0, 0, 0, 1.0, True),
        (1, 0.2, 5, 6, 0.0, False),
        (0, 0, 0, 0, 1.0, True),
        (0, 0, 0, 0, 1.0, True),
        (0, 0, 0, 0, 1.0, True),
    ]
    with pytest.raises(ValueError, match="depth 2"):
        from_trees(["a", "b"], 0.0, [deep])


def test_wrong_number_of_features_is_an_error():
    model = from_trees(
        ["a", "b"], 0.0, [[(0, 0.5, 1, 2, 0.0, False), (0, 0, 0, 0, 1.0, True), (0, 0, 0, 0, -1.0, True)]]
    )
    assert model.score(np.array([[0.2, 9.0], [0.7, 9.0]])).tolist() == [1.0, -1.0]
    with pytest.raises(ValueError, match="2 features"):
        model.score(np.zeros((1, 3)))
    assert model.score(np.zeros((0, 2))).shape == (0,)
