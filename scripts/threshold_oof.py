#!/usr/bin/env python3
"""A threshold of each page's own, predicted from the page's scores, measured out of fold (md16).

    python scripts/threshold_oof.py /tmp/oof.pkl.gz [--check]

Reads the tune pages' out-of-fold second-pass probabilities the trainer wrote (``--save-oof``,
as ``decide_oof.py`` does) and decides each page at a threshold a small model predicts from
the page itself: its scores' quantiles and moments, the share of its lines and characters at or
above each threshold of the grid, its type's threshold and page-type probabilities, its size,
its prose share, the gap structure of its sorted scores (largest gap, Otsu's split).

Nested: for each outer fold the thresholds by page type are chosen on the other three folds (as
the trainer chooses them), the threshold model is fitted on those folds' pages (their
probabilities are themselves out of fold), its setting (shrink, margin) chosen on them by an
inner cross-validation over the same three folds, and the outer fold's pages decided with it.
Every decision keeps the backup.

Targets (``--targets``; models ``--models``: ``ridgeA`` a ridge of alpha A on standardised
columns, ``hgbD`` sklearn's HistGradientBoosting of depth D, 100 rounds, leaves of 40 pages;
``--windows``: how far from its type's threshold a page may be cut):

- ``offset``: regression on the offset of the page's best threshold from its type's (ties
  toward the type's threshold; ``--soft T``: the grid's mean weighted by exp(F1 / T);
  ``--smooth``: the best of its F1 curve smoothed over three steps; ``--weighted``: pages
  weighted by what is at stake), the prediction times a shrink (0.25 to 1) and rounded to
  the grid (``--step``); ``--otsu-after W``: then Otsu's split within W of that.
- ``gain``, ``gain2``: regression of the page's word F1 at each threshold of the grid less its
  F1 at its type's threshold, over (page, threshold) rows (``gain2``: the rows also read the
  cut itself: the share of characters, lines and prose kept at it, the lines near it, Otsu's
  variance at it); the page is cut at the threshold whose predicted gain over its type's is
  largest, when by more than a margin.
- ``cls``: a classification over the grid, each page's rows the thresholds within 0.02 of its
  best F1, weighted by how close; the page is cut at the likeliest threshold when its
  probability is above its type threshold's by a share.
- ``knnK``: the mean F1 curve (offsets from their type's threshold) of the K pages nearest on
  the standardised columns; the best offset when its gain is above a margin.
- ``gate``: Otsu's split within ``--gate-window`` of the type's threshold, taken where a
  regression of its gain over the type's threshold predicts more than a margin.

``--each`` also prints every setting alone (the model still fitted out of fold); ``--check``
fits each model on every tune page (setting chosen by cross-validation over the folds) and
decides the check pages scored by the shipped model (``decide_oof.py --check``'s pages).
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decide_oof as do  # noqa: E402

from cleaner.judge import pagetype  # noqa: E402

GRID = tuple(round(0.1 + 0.05 * i, 2) for i in range(15))  # 0.1 .. 0.8: where a page may be cut
FEATURE_T = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def page_features(
    prob: np.ndarray,
    first: np.ndarray,
    lengths: np.ndarray,
    prose: np.ndarray,
    types: np.ndarray | None,
    threshold: float,
) -> np.ndarray:
    """What the threshold model reads of a page (one row)."""
    n = len(prob)
    w = lengths + 1.0
    out = [threshold, np.log1p(n), np.log1p(lengths.sum())]
    if n:
        order = np.argsort(prob)
        sp, sw = prob[order], np.cumsum(w[order]) / w.sum()
        q = [0.1, 0.25, 0.5, 0.75, 0.9]
        out += list(np.quantile(prob, q))
        out += [float(sp[min(np.searchsorted(sw, x), n - 1)]) for x in q]  # char-weighted quantiles
        out += [prob.mean(), prob.std(), (w * prob).sum() / w.sum(), prob.max()]
        out += list(np.quantile(first, [0.25, 0.5, 0.75, 0.9]))
        for t in FEATURE_T:
            above = prob >= t
            out += [above.mean(), w[above].sum() / w.sum()]
        pw = (lengths * prose).sum()
        out += [pw / lengths.sum() if lengths.sum() else 0.0]
        for t in (threshold - 0.1, threshold, threshold + 0.1):
            out += [(lengths * prose * (prob >= t)).sum() / pw if pw else -1.0]
        out += [w[prob >= threshold].sum() / w.sum()]
        # largest gap in the sorted scores (within 0.1..0.8): where and how wide
        inside = sp[(sp >= 0.05) & (sp <= 0.85)]
        if len(inside) > 1:
            gaps = np.diff(inside)
            g = int(np.argmax(gaps))
            out += [gaps[g], (inside[g] + inside[g + 1]) / 2]
        else:
            out += [0.0, threshold]
        # Otsu's split over the grid, unconstrained, lines weighted by characters
        out += list(do.otsu_split(prob, w, GRID, threshold))
        out += [
            otsu_cut(prob, lengths, threshold, 0.1) - threshold,
            otsu_cut(prob, lengths, threshold, 0.2) - threshold,
        ]
    else:
        out += [0.0] * 41
    tp = list(types) if types is not None else [1.0 / 7] * 7
    out += tp + [max(tp)]
    return np.asarray(out, dtype=np.float64)


def cut_features(prob: np.ndarray, lengths: np.ndarray, prose: np.ndarray, t: float) -> list[float]:
    """What the gain model reads of one candidate cut of a page."""
    if not len(prob):
        return [0.0] * 7
    w = lengths + 1.0
    total, pw = w.sum(), (lengths * prose).sum()
    kept = prob >= t
    near = np.abs(prob - t) < 0.05
    mean = (w * prob).sum() / total
    w1 = w[kept].sum() / total
    if 0 < w1 < 1:
        m1 = (w[kept] * prob[kept]).sum() / w[kept].sum()
        m0 = (mean - w1 * m1) / (1 - w1)
        var = w1 * (1 - w1) * (m1 - m0) ** 2
    else:
        var = 0.0
    return [
        w1,
        kept.mean(),
        (lengths * prose * kept).sum() / pw if pw else -1.0,
        w[near].sum() / total,
        near.mean(),
        var,
        ((prob >= t - 0.1) & (prob < t + 0.1)).mean(),
    ]


class Prepared:
    """A page's F1 at each threshold of the grid (with the backup) and its features."""

    def __init__(self, p: do.Page) -> None:
        self.page = p
        self.f1 = np.array([p.f1(do.decide(p, t, do.plain)) for t in GRID])


def type_thresholds(items: list[Prepared]) -> dict[str, float]:
    """The trainer's choice on these pages: best mean per predicted type over its grid, ties to 0.5."""
    chosen = {}
    for kind in pagetype.PAGE_TYPES:
        of = [it for it in items if it.page.kind == kind]
        if not of:
            continue
        mean = {t: round(float(np.mean([it.f1[GRID.index(t)] for it in of])), 4) for t in do.THRESHOLD_GRID}
        chosen[kind] = max(do.THRESHOLD_GRID, key=lambda t, mean=mean: (mean[t], -abs(t - 0.5)))
    return chosen


def otsu_cut(prob: np.ndarray, lengths: np.ndarray, threshold: float, window: float) -> float:
    """Otsu's split within ``window`` of ``threshold`` on steps of 0.05 (decide_oof's ``otsu``)."""
    if not len(prob):
        return threshold
    steps = int(round(window / 0.05))
    candidates = [threshold + 0.05 * i for i in range(-steps, steps + 1)]
    return do.otsu_split(prob, lengths + 1e-9, candidates, threshold)[0]


def grid_index(t: float) -> int:
    return int(np.argmin(np.abs(np.asarray(GRID) - t)))


# --- models --------------------------------------------------------------------------------
def make(kind: str, seed: int = 0):
    from sklearn.ensemble import HistGradientBoostingRegressor
    from sklearn.linear_model import Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if kind.startswith("hgb"):
        depth = int(kind[3])
        return HistGradientBoostingRegressor(
            max_depth=depth,
            max_iter=300 if kind.endswith("x") else 100,
            learning_rate=0.05,
            min_samples_leaf=40,
            l2_regularization=1.0,
            early_stopping=False,
            random_state=seed,
        )
    return make_pipeline(StandardScaler(), Ridge(alpha=float(kind[5:] or 10)))


def fit_predict(
    target: str,
    model: str,
    train: list[Prepared],
    tt: dict[str, float],
    test: list[Prepared],
    tt_test: dict[str, float],
) -> np.ndarray:
    """Per test page: for ``offset`` the predicted offset; for ``gain`` the predicted gain at each
    grid threshold (pages x GRID)."""

    def base(items, thr):
        return [thr.get(it.page.kind, 0.5) for it in items]

    btr, bte = base(train, tt), base(test, tt_test)
    Xtr = np.array([it.X(b) for it, b in zip(train, btr, strict=True)])
    Xte = np.array([it.X(b) for it, b in zip(test, bte, strict=True)])
    if target == "gate":
        y = []
        for it, b in zip(train, btr, strict=True):
            o = otsu_cut(it.page.prob, it.page.lengths, b, GATE_WINDOW)
            y.append(it.f1[grid_index(o)] - it.f1[grid_index(b)])
        m = make(model)
        m.fit(Xtr, np.array(y))
        return m.predict(Xte)
    if target.startswith("knn"):
        k = int(target[3:])
        mu, sd = Xtr.mean(0), Xtr.std(0) + 1e-9
        A, B = (Xtr - mu) / sd, (Xte - mu) / sd
        G = np.array([it.f1 - it.f1[grid_index(b)] for it, b in zip(train, btr, strict=True)])
        offs = np.arange(-len(GRID) + 1, len(GRID))
        # each train page's gain by offset (in grid steps) from its own type threshold; 0 off the grid
        Gd = np.zeros((len(train), len(offs)))
        for i, b in enumerate(btr):
            j0 = grid_index(b)
            for o_i, o in enumerate(offs):
                if 0 <= j0 + o < len(GRID):
                    Gd[i, o_i] = G[i, j0 + o]
        out = np.zeros((len(test), len(GRID)))
        for i, b in enumerate(bte):
            d = ((A - B[i]) ** 2).sum(1)
            nn = np.argsort(d, kind="stable")[:k]
            mean = Gd[nn].mean(0)
            j0 = grid_index(b)
            for j in range(len(GRID)):
                out[i, j] = mean[j - j0 + len(GRID) - 1]
        return out
    if target == "cls":
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        rows, ys, ws = [], [], []
        for it, x in zip(train, Xtr, strict=True):
            best = it.f1.max()
            for j in range(len(GRID)):
                wj = it.f1[j] - (best - 0.02)
                if wj > 0:
                    rows.append(x)
                    ys.append(j)
                    ws.append(wj)
        if model.startswith("hgb"):
            m = HistGradientBoostingClassifier(
                max_depth=int(model[3]),
                max_iter=100,
                learning_rate=0.05,
                min_samples_leaf=40,
                early_stopping=False,
                random_state=0,
            )
            m.fit(np.array(rows), np.array(ys), sample_weight=np.array(ws))
        else:
            m = make_pipeline(StandardScaler(), LogisticRegression(C=float(model[5:] or 1), max_iter=2000))
            m.fit(np.array(rows), np.array(ys), logisticregression__sample_weight=np.array(ws))
        out = np.full((len(test), len(GRID)), 1e-9)
        out[:, m.classes_] = m.predict_proba(Xte)
        return out
    if target == "offset":
        y = []
        for it, b in zip(train, btr, strict=True):
            curve = it.f1 if not SMOOTH else np.convolve(np.pad(it.f1, 1, mode="edge"), [0.25, 0.5, 0.25], "valid")
            if SOFT:  # the thresholds' mean weighted by exp(F1 / SOFT)
                e = np.exp((curve - curve.max()) / SOFT)
                y.append(float((np.asarray(GRID) * e).sum() / e.sum()) - b)
                continue
            best = curve.max()
            cands = [t for t, f in zip(GRID, curve, strict=True) if f >= best - 1e-9]
            y.append(min(cands, key=lambda t, b=b: (abs(t - b), t)) - b)
        m = make(model)
        if WEIGHTED:
            wt = []
            for it, b in zip(train, btr, strict=True):
                wt.append(it.f1.max() - it.f1[grid_index(b)] + 0.01)
            if model.startswith("ridge"):
                m.fit(Xtr, np.array(y), ridge__sample_weight=np.array(wt))
            else:
                m.fit(Xtr, np.array(y), sample_weight=np.array(wt))
        else:
            m.fit(Xtr, np.array(y))
        return m.predict(Xte)

    # gain: rows (page, threshold)
    def cut(it, x, b, t):
        extra = it.cuts[GRID.index(t)] if target == "gain2" else []
        return np.concatenate([x, [t, t - b], extra])

    rows, ys = [], []
    for it, x, b in zip(train, Xtr, btr, strict=True):
        f0 = it.f1[grid_index(b)]
        for j, t in enumerate(GRID):
            rows.append(cut(it, x, b, t))
            ys.append(it.f1[j] - f0)
    m = make(model)
    m.fit(np.array(rows), np.array(ys))
    out = np.zeros((len(test), len(GRID)))
    for i, (it, x, b) in enumerate(zip(test, Xte, bte, strict=True)):
        R = np.array([cut(it, x, b, t) for t in GRID])
        out[i] = m.predict(R)
    return out


def apply(
    target: str, pred: np.ndarray, items: list[Prepared], tt: dict[str, float], setting: float, window: float
) -> np.ndarray:
    """Each page's F1 at the threshold the prediction and the setting give."""
    out = np.zeros(len(items))
    for i, it in enumerate(items):
        b = tt.get(it.page.kind, 0.5)
        if target == "cls" or target.startswith("knn"):
            ok = [j for j, t in enumerate(GRID) if abs(t - b) <= window + 1e-9]
            j = max(ok, key=lambda j: (pred[i][j], -abs(GRID[j] - b)))
            if target == "cls":
                t = GRID[j] if pred[i][j] > pred[i][grid_index(b)] * (1 + setting) else b
            else:
                t = GRID[j] if pred[i][j] > pred[i][grid_index(b)] + setting else b
        elif target == "gate":
            t = otsu_cut(it.page.prob, it.page.lengths, b, GATE_WINDOW) if pred[i] > setting else b
        elif target == "offset":
            t = b + np.clip(setting * pred[i], -window, window)
            if OTSU_AFTER:
                t = otsu_cut(it.page.prob, it.page.lengths, GRID[grid_index(t)], OTSU_AFTER)
        else:
            ok = [j for j, t in enumerate(GRID) if abs(t - b) <= window + 1e-9]
            j = max(ok, key=lambda j: (pred[i][j], -abs(GRID[j] - b)))
            t = GRID[j] if pred[i][j] > pred[i][grid_index(b)] + setting else b
        out[i] = it.f1[grid_index(t)]
    return out


SMOOTH = False
WEIGHTED = False
SOFT = 0.0
OTSU_AFTER = 0.0
GATE_WINDOW = 0.1
SETTINGS = {
    "offset": (0.25, 0.5, 0.75, 1.0),
    "gain": (0.0, 0.005, 0.01, 0.02),
    "gain2": (0.0, 0.005, 0.01, 0.02),
    **{f"knn{k}": (0.0, 0.002, 0.005, 0.01) for k in (10, 25, 50, 100, 200)},
    "cls": (0.0, 0.1, 0.25, 0.5),
    "gate": (-1.0, -0.005, 0.0, 0.005),
}


def choose_setting(items: list[Prepared], folds: Iterable[int], target: str, model: str, window: float) -> float:
    """The setting of ``target`` with the best mean over ``folds`` of ``items``, each fold
    decided by the model fitted on the rest of ``items`` (a cross-validation)."""
    scores: dict[float, list] = {s: [] for s in SETTINGS[target]}
    for g in folds:
        tr = [it for it in items if it.page.fold != g]
        te = [it for it in items if it.page.fold == g]
        tti = type_thresholds(tr)
        pred = fit_predict(target, model, tr, tti, te, tti)
        for s in SETTINGS[target]:
            scores[s].extend(apply(target, pred, te, tti, s, window))
    return max(SETTINGS[target], key=lambda s: round(float(np.mean(scores[s])), 6))


def nested(
    items: list[Prepared], folds: int, target: str, model: str, window: float, fixed: float | None = None
) -> tuple[dict[str, float], list]:
    """Each outer fold decided by the model fitted on the other folds; the setting chosen by an
    inner cross-validation over those folds (or ``fixed``)."""
    scores: dict[str, float] = {}
    picks = []
    for f in range(folds):
        train = [it for it in items if it.page.fold != f]
        test = [it for it in items if it.page.fold == f]
        tt = type_thresholds(train)
        others = [g for g in range(folds) if g != f]
        setting = choose_setting(train, others, target, model, window) if fixed is None else fixed
        picks.append(setting)
        pred = fit_predict(target, model, train, tt, test, tt)
        for it, v in zip(test, apply(target, pred, test, tt, setting, window), strict=True):
            scores[it.page.key] = float(v)
    return scores, picks


def on_check(
    items: list[Prepared], checked: list[Prepared], folds: int, target: str, model: str, window: float
) -> tuple[dict[str, float], float, dict[str, float]]:
    """The model fitted on every tune page (setting chosen by cross-validation over the folds),
    applied to the check pages as the shipped model scores them."""
    tt = type_thresholds(items)
    setting = choose_setting(items, range(folds), target, model, window)
    pred = fit_predict(target, model, items, tt, checked, tt)
    vals = apply(target, pred, checked, tt, setting, window)
    return {it.page.key: float(v) for it, v in zip(checked, vals, strict=True)}, setting, tt


def attach(it: Prepared, types) -> None:
    p = it.page
    it.X = lambda b, p=p: page_features(p.prob, p.first, p.lengths, p.prose.astype(np.float64), types, b)
    it.cuts = [cut_features(p.prob, p.lengths, p.prose.astype(np.float64), t) for t in GRID]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("oof", type=Path)
    ap.add_argument("--targets", default="offset,gain")
    ap.add_argument("--models", default="hgb2,hgb3,ridge10")
    ap.add_argument("--windows", default="0.1,0.2,0.3")
    ap.add_argument("--each", action="store_true", help="also every setting alone")
    ap.add_argument("--smooth", action="store_true", help="offset: the best of the F1 curve smoothed over 3")
    ap.add_argument("--check", action="store_true", help="also on the check pages (fitted on every tune page)")
    ap.add_argument("--weighted", action="store_true", help="offset: pages weighted by what is at stake")
    ap.add_argument("--step", type=float, default=0.05, help="the grid a page may be cut on")
    ap.add_argument("--soft", type=float, default=0.0, help="offset: the mean threshold weighted by exp(F1 / this)")
    ap.add_argument("--otsu-after", type=float, default=0.0, help="offset: then Otsu's split within this")
    ap.add_argument("--gate-window", type=float, default=0.1)
    args = ap.parse_args()
    global SMOOTH, WEIGHTED, GRID
    WEIGHTED = args.weighted
    global SOFT
    SOFT = args.soft
    global OTSU_AFTER
    OTSU_AFTER = args.otsu_after
    if args.step != 0.05:
        GRID = tuple(round(0.1 + args.step * i, 3) for i in range(int(round(0.7 / args.step)) + 1))
    SMOOTH = args.smooth
    global GATE_WINDOW
    GATE_WINDOW = args.gate_window
    t0 = time.time()
    saved = pickle.loads(gzip.decompress(args.oof.read_bytes()))
    pages = [do.Page(k, d) for k, d in sorted(saved["pages"].items())]
    folds = saved["meta"]["folds"]
    items = [Prepared(p) for p in pages]
    for it in items:
        attach(it, np.asarray(saved["pages"][it.page.key]["types"]))
    checked: list[Prepared] = []
    if args.check:
        for p in do.check_pages():
            it = Prepared(p)
            attach(it, np.asarray(p.types))
            checked.append(it)
        tt = type_thresholds(items)
        s = do.summary(
            [c.page for c in checked], {c.page.key: float(c.f1[grid_index(tt.get(c.page.kind, 0.5))]) for c in checked}
        )
        print(
            f"check, plain at {tt}: wcxb-dev {s['wcxb-dev'][1]:.4f} scrapinghub {s['scrapinghub'][1]:.4f}", flush=True
        )
    print(f"{len(items)} pages, {time.time() - t0:.0f} s", flush=True)
    plain = {}
    for f in range(folds):
        tt = type_thresholds([it for it in items if it.page.fold != f])
        for it in items:
            if it.page.fold == f:
                plain[it.page.key] = float(it.f1[grid_index(tt.get(it.page.kind, 0.5))])
    s = do.summary(pages, plain)
    print(f"plain: wcxb-dev {s['wcxb-dev'][1]:.4f} scrapinghub {s['scrapinghub'][1]:.4f}", flush=True)
    oracle = {it.page.key: float(it.f1.max()) for it in items}
    s = do.summary(pages, oracle)
    print(f"oracle over {GRID[0]}..{GRID[-1]}: wcxb-dev {s['wcxb-dev'][1]:.4f} scrapinghub {s['scrapinghub'][1]:.4f}")
    for target in args.targets.split(","):
        for model in args.models.split(","):
            for window in (float(w) for w in args.windows.split(",")):
                scores, picks = nested(items, folds, target, model, window)
                s = do.summary(pages, scores)
                print(
                    f"{target} {model} window {window}: wcxb-dev {s['wcxb-dev'][1]:.4f} "
                    f"scrapinghub {s['scrapinghub'][1]:.4f} [{picks}] ({time.time() - t0:.0f} s)"
                )
                print("   ", s, flush=True)
                if checked:
                    on, setting, _ = on_check(items, checked, folds, target, model, window)
                    s2 = do.summary([c.page for c in checked], on)
                    print(
                        f"    check, setting {setting}: wcxb-dev {s2['wcxb-dev'][1]:.4f} "
                        f"scrapinghub {s2['scrapinghub'][1]:.4f}",
                        flush=True,
                    )
                if args.each:
                    for st in SETTINGS[target]:
                        s1 = do.summary(pages, nested(items, folds, target, model, window, fixed=st)[0])
                        print(
                            f"    {st}: wcxb-dev {s1['wcxb-dev'][1]:.4f} scrapinghub {s1['scrapinghub'][1]:.4f}",
                            flush=True,
                        )


if __name__ == "__main__":
    main()
