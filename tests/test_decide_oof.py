"""``scripts/decide_oof.py`` scores decisions over the judge's scores as the judge decides.

Its plain rule with the backup keeps the lines :func:`cleaner.judge.decide` keeps, its word F1
of the lines kept is the trainer's ``word_f1``, and a context rule of width 0 is the plain one:
so a variant's figure differs from the shipped decision's by the variant alone.
"""

from __future__ import annotations

import numpy as np

from cleaner.judge import decide, pagetype, prepare, score
from cleaner.judge import features as feats

from conftest import script

decide_oof = script("decide_oof")

PAGE = "\n".join(
    [
        "[Home](/) [News](/news) [About](/about)",
        "",
        "* [Sport](/sport)",
        "* [Weather](/weather)",
        "",
        "# The river rose again",
        "",
        "The river rose by two metres overnight, and the town's bridges were closed to traffic "
        "while the engineers looked at the piers that had been repaired last spring.",
        "",
        "By the morning the water had reached the market square, where the traders had moved "
        "their stalls to the church steps and were selling what they could.",
        "",
        "Short line.",
        "",
        "## Related",
        "",
        "* [Floods last year](/floods)",
        "* [The bridge repairs](/bridges)",
        "",
        "Copyright 2026 The Town Paper",
    ]
)
GOLD = (
    "The river rose again\nThe river rose by two metres overnight, and the town's bridges were closed "
    "to traffic while the engineers looked at the piers that had been repaired last spring.\nBy the "
    "morning the water had reached the market square, where the traders had moved their stalls to "
    "the church steps and were selling what they could."
)


def record(prepared, scored, prob: np.ndarray, fold: int) -> dict:
    """What the trainer's ``--save-oof`` writes of a page (``save_oof``), for the page ``PAGE``
    as ``prepared`` and ``scored``, with second-pass probabilities ``prob``."""
    X1 = prepared.X1
    return {
        "fold": fold,
        "prob": prob,
        "first": scored.first,
        "types": pagetype.of_rows(X1),
        "stopword_share": X1[:, feats.base_names("markdown").index("stopword_share")],
        "shape": prepared.shape,
        "groups": prepared.units.groups,
        "texts": prepared.units.texts,
        "gold": GOLD,
        "type": "article",
    }


def _page() -> tuple:
    prepared = prepare("markdown", PAGE)
    scored = score(prepared)
    page = decide_oof.Page("wcxb-dev/x", record(prepared, scored, scored.probability, 0))
    return page, scored, prepared


def test_the_plain_rule_is_the_judges_decision_and_its_f1_the_trainers() -> None:
    page, scored, prepared = _page()
    train_judge = script("train_judge")
    for threshold in decide_oof.THRESHOLD_GRID:
        keep = decide_oof.decide(page, threshold, decide_oof.plain)
        assert np.array_equal(keep, decide(prepared, scored.probability, threshold))
        kept = [t for t, k in zip(prepared.units.texts, keep, strict=True) if k]
        assert page.f1(keep) == train_judge.word_f1(GOLD, kept)


def test_a_context_rule_of_width_zero_is_the_plain_rule() -> None:
    page, _, _ = _page()
    for threshold in decide_oof.THRESHOLD_GRID:
        plain = decide_oof.plain(page, threshold)
        for rule in (
            decide_oof.hysteresis(0.0, "paragraph"),
            decide_oof.hysteresis(0.0, None),
            decide_oof.hysteresis(0.0, "shape", adjacent=False),
            decide_oof.strict(0.0, "section"),
            decide_oof.smoothed(0.0, "shape"),
            decide_oof.otsu(0.0),
        ):
            assert np.array_equal(rule(page, threshold), plain)
