"""``scripts/threshold_oof.py`` decides pages at thresholds predicted out of fold (md16).

With no shrink of the predicted offset every page is cut at its type's threshold chosen on the
other folds: the plain decision, so a model's figure differs from the shipped decision's by the
model alone; and the same pages give the same figures twice.
"""

from __future__ import annotations

import numpy as np

from cleaner.judge import prepare, score

from conftest import script

decide_oof = script("decide_oof")
threshold_oof = script("threshold_oof")

from test_decide_oof import PAGE, record  # noqa: E402


def _items() -> list:
    prepared = prepare("markdown", PAGE)
    scored = score(prepared)
    items = []
    rng = np.random.default_rng(0)
    for i in range(12):
        prob = np.clip(scored.probability + rng.normal(0, 0.15, len(scored.probability)), 0, 1)
        page = decide_oof.Page(f"{'wcxb-dev' if i % 3 else 'scrapinghub'}/p{i}", record(prepared, scored, prob, i % 4))
        it = threshold_oof.Prepared(page)
        threshold_oof.attach(it, np.asarray(page.types))
        items.append(it)
    return items


def test_no_shrink_is_the_plain_decision_and_figures_repeat() -> None:
    items = _items()
    plain = {}
    for f in range(4):
        tt = threshold_oof.type_thresholds([it for it in items if it.page.fold != f])
        for it in items:
            if it.page.fold == f:
                plain[it.page.key] = float(it.f1[threshold_oof.grid_index(tt.get(it.page.kind, 0.5))])
    for model in ("ridge10", "hgb2"):
        got, picks = threshold_oof.nested(items, 4, "offset", model, 0.1, fixed=0.0)
        assert got == plain and picks == [0.0] * 4
        first = threshold_oof.nested(items, 4, "offset", model, 0.1)
        assert first == threshold_oof.nested(items, 4, "offset", model, 0.1)


def test_every_page_has_the_same_columns() -> None:
    empty = np.zeros(0)
    one = np.array([0.3, 0.8])
    row = threshold_oof.page_features(one, one, np.array([10.0, 50.0]), np.array([0.0, 1.0]), None, 0.4)
    assert len(threshold_oof.page_features(empty, empty, empty, empty, None, 0.4)) == len(row)
