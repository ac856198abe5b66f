#!/usr/bin/env python3
"""Decisions over the markdown judge's second-pass scores, measured out of fold (md15).

    python scripts/train_judge.py --form markdown --stage2-bags 3 --jobs 1 --max-depth 6 \\
        --iterations 300 --stage2-iterations 150 --dry-run --save-oof /tmp/oof.pkl.gz
    python scripts/decide_oof.py /tmp/oof.pkl.gz

Reads the tune pages' second-pass probabilities out of fold that the trainer wrote
(``--save-oof``) and scores variants of :func:`cleaner.judge.decide` on them, as the trainer
scores its thresholds by page type: each fold's pages are decided with parameters chosen on the
other three folds' pages (for every setting of a variant's parameters the thresholds by page
type are chosen as the trainer chooses them, :data:`THRESHOLD_GRID`, best mean word F1 per
predicted type, ties to the one nearest 0.5; then the setting with the best mean word F1 over
those pages, ties to the first of its grid). The word F1 of every page at every threshold and
setting is found once (each line's words counted once; the same figure as the trainer's
``word_f1`` of the kept lines).

The variants are context-sensitive, as jusText's second step is: a line's decision reads the
decisions or scores of the lines around it, in its paragraph, its section (heading to heading)
or among the lines of its shape. Every variant keeps the backup (:data:`BACKUP_STEPS`): when the
lines kept hold less than a fifth of the page's prose, the page's threshold is lowered step by
step and the variant decides again.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaner.judge import BACKUP_EMPTY_PROSE_SHARE, BACKUP_MIN_PROSE, BACKUP_SHARE, BACKUP_STEPS, pagetype  # noqa: E402
from cleaner.judge import features as feats  # noqa: E402

THRESHOLD_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)  # the trainer's
_TOKEN = re.compile(r"\w+")


class Page:
    """A tune page as the evaluator needs it: scores, layout and its words by line."""

    def __init__(self, key: str, d: dict) -> None:
        self.key, self.set = key, key.split("/")[0]
        self.fold, self.type = int(d["fold"]), d["type"]
        self.prob = np.asarray(d["prob"], dtype=np.float64)
        self.first = np.asarray(d["first"], dtype=np.float64)
        self.n = len(self.prob)
        self.types = d["types"]  # the page-type probabilities
        self.kind = pagetype.likeliest(d["types"]) if d["types"] is not None else ""
        self.lengths = np.array([len(t) for t in d["texts"]], dtype=np.float64)
        stop = np.asarray(d["stopword_share"], dtype=np.float64)
        self.prose = (stop >= feats.PROSE_STOPWORDS) & (self.lengths >= feats.PROSE_CHARS)
        self.total_prose = self.lengths[self.prose].sum()
        groups = d["groups"]
        self.paragraph = np.asarray(groups[0]) if self.n else np.zeros(0, dtype=np.int64)
        self.section = np.asarray(groups[1]) if self.n else np.zeros(0, dtype=np.int64)
        self.shape = np.asarray(d["shape"]) if d["shape"] is not None else np.zeros(self.n, dtype=np.int64)
        # words: each line's token ids, the gold's counts
        vocab: dict[str, int] = {}
        ids, owner = [], []
        for i, t in enumerate(d["texts"]):
            for w in _TOKEN.findall(t.lower()):
                ids.append(vocab.setdefault(w, len(vocab)))
                owner.append(i)
        gold = [vocab.setdefault(w, len(vocab)) for w in _TOKEN.findall(d["gold"].lower())]
        self.ids, self.owner = np.array(ids, dtype=np.int64), np.array(owner, dtype=np.int64)
        self.vocab = len(vocab)
        self.gold = np.bincount(np.array(gold, dtype=np.int64), minlength=self.vocab)
        self.gold_total = int(self.gold.sum())

    def f1(self, keep: np.ndarray) -> float:
        """The trainer's ``word_f1`` of the lines kept."""
        kept = np.bincount(self.ids[keep[self.owner]], minlength=self.vocab) if len(self.ids) else self.gold * 0
        p_total = int(kept.sum())
        if not self.gold_total and not p_total:
            return 1.0
        tp = int(np.minimum(kept, self.gold).sum())
        precision = tp / p_total if p_total else 0.0
        recall = tp / self.gold_total if self.gold_total else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- the decision and its variants ------------------------------------------------------------
# A rule takes (page, threshold) and gives the lines kept at that threshold; decide() adds the
# backup around it, as cleaner.judge.decide does around ``probability >= threshold``.
Rule = Callable[[Page, float], np.ndarray]


def decide(page: Page, threshold: float, rule: Rule) -> np.ndarray:
    keep = rule(page, threshold)
    if page.total_prose < BACKUP_MIN_PROSE and (
        keep.any() or page.total_prose < BACKUP_EMPTY_PROSE_SHARE * page.lengths.sum() or page.total_prose == 0
    ):
        return keep
    for step in BACKUP_STEPS:
        if page.lengths[page.prose & keep].sum() >= BACKUP_SHARE * page.total_prose:
            break
        if step < threshold:
            keep = rule(page, step)
    return keep


def plain(page: Page, threshold: float) -> np.ndarray:
    return page.prob >= threshold


def group_of(page: Page, scope: str) -> np.ndarray:
    """Each line's group: its paragraph, its section, its shape on the page, or one per page."""
    return {"paragraph": page.paragraph, "section": page.section, "shape": page.shape}[scope]


def runs(mask: np.ndarray, group: np.ndarray | None) -> np.ndarray:
    """An id per run of consecutive lines of ``mask`` (within one ``group`` when given); -1 off it."""
    n = len(mask)
    start = mask.copy()
    start[1:] &= ~mask[:-1] | (group[1:] != group[:-1] if group is not None else False)
    rid = np.cumsum(start) - 1
    return np.where(mask, rid, -1) if n else np.zeros(0, dtype=np.int64)


def hysteresis(width: float, scope: str | None, adjacent: bool = True) -> Rule:
    """Lines at or above the threshold are kept; a line at or above ``threshold - width`` is kept
    when a run of consecutive lines at or above that (within one paragraph or section, or
    anywhere with ``scope`` None) holds a line at or above the threshold; not ``adjacent``:
    when its group (paragraph, section, the lines of its shape) holds one."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        high = page.prob >= threshold
        low = page.prob >= threshold - width
        if not page.n:
            return high
        if not adjacent:
            assert scope is not None
            _, inverse = np.unique(group_of(page, scope), return_inverse=True)
            return high | (low & (np.bincount(inverse, weights=high.astype(np.float64)) > 0)[inverse])
        rid = runs(low, group_of(page, scope) if scope else None)
        good = np.zeros(rid.max() + 2, dtype=bool)
        good[rid[high] + 1] = True  # +1: -1 off the runs
        return low & good[rid + 1]

    return rule


def strict(width: float, scope: str | None) -> Rule:
    """The other way round: a line under ``threshold + width`` is kept only in a run (as
    :func:`hysteresis`) of lines at or above the threshold that holds a line at or above
    ``threshold + width``; an isolated middling line is dropped."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        return hysteresis(width, scope)(page, threshold + width)

    return rule


def group_mean(values: np.ndarray, group: np.ndarray, weights: np.ndarray) -> np.ndarray:
    _, inverse = np.unique(group, return_inverse=True)
    s = np.bincount(inverse, weights=values * weights)
    w = np.bincount(inverse, weights=weights)
    return (s / w)[inverse]


def smoothed(share: float, scope: str) -> Rule:
    """Each line's probability blended with its group's mean (weighted by characters)."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        if not page.n:
            return page.prob >= threshold
        if scope == "window":
            k = np.ones(3) / 3
            pad = np.concatenate([page.prob[:1], page.prob, page.prob[-1:]])
            mean = np.convolve(pad, k, mode="valid")
        else:
            mean = group_mean(page.prob, group_of(page, scope), page.lengths + 1e-9)
        return (1 - share) * page.prob + share * mean >= threshold

    return rule


def filled(gap: int, chars: int, width: float) -> Rule:
    """The plain decision, and a run of at most ``gap`` dropped lines between two kept lines of
    one section filled in when each of them is at most ``chars`` long and at or above
    ``threshold - width``."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        keep = page.prob >= threshold
        if not page.n or not keep.any():
            return keep
        ok = (page.lengths <= chars) & (page.prob >= threshold - width)
        rid = runs(~keep, page.section)
        out = keep.copy()
        idx = np.flatnonzero(~keep)
        for r in np.unique(rid[idx]):
            lines = np.flatnonzero(rid == r)
            a, b = lines[0] - 1, lines[-1] + 1
            if len(lines) > gap or a < 0 or b >= page.n:
                continue
            if page.section[a] != page.section[lines[0]] or page.section[b] != page.section[lines[-1]]:
                continue
            if keep[a] and keep[b] and ok[lines].all():
                out[lines] = True
        return out

    return rule


def nearest_decided(good: np.ndarray, bad: np.ndarray, section: np.ndarray, order: range) -> np.ndarray:
    """For each line, the class of the nearest good or bad line before it in ``order`` (the
    page's order, or backwards) within its section: 1 good, -1 bad, 0 the section's edge."""
    out = np.zeros(len(good), dtype=np.int64)
    state, previous = 0, None
    for i in order:
        if previous is not None and section[i] != section[previous]:
            state = 0
        out[i] = state
        if good[i]:
            state = 1
        elif bad[i]:
            state = -1
        previous = i
    return out


def justext(width: float, chars: int) -> Rule:
    """jusText's context step: a line at or above the threshold is good, one under
    ``threshold - width`` bad; a line between them, or a short one (at most ``chars``) that
    is not bad, takes the class of its nearest good or bad lines within its section: kept
    when both sides are good, or one side is good and the other is the section's edge or
    neither side is bad."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        n = page.n
        good = (page.prob >= threshold) & (page.lengths > chars)
        bad = page.prob < threshold - width
        if not n:
            return good
        out = good.copy()
        before = nearest_decided(good, bad, page.section, range(n))
        after = nearest_decided(good, bad, page.section, range(n - 1, -1, -1))
        middle = ~good & ~bad
        out |= middle & (before + after >= 1)
        return out

    return rule


def combined(first: Rule, width: float) -> Rule:
    """``first``'s lines kept, and a line at or above ``threshold - width`` whose paragraph
    holds a line ``first`` keeps."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        keep = first(page, threshold)
        if not page.n:
            return keep
        _, inverse = np.unique(page.paragraph, return_inverse=True)
        some = (np.bincount(inverse, weights=keep.astype(np.float64)) > 0)[inverse]
        return keep | (some & (page.prob >= threshold - width))

    return rule


def relative(share: float) -> Rule:
    """The page's threshold lowered to ``share`` of its best line's probability where that is
    lower (a listing whose cards all score low keeps the best of them)."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        if not page.n:
            return page.prob >= threshold
        return page.prob >= min(threshold, share * float(page.prob.max()))

    return rule


def otsu(window: float, step: float = 0.05) -> Rule:
    """The page's own threshold within ``window`` of the page type's, where its lines'
    probabilities split best (Otsu: the largest between-class variance, lines weighted by
    their characters), on a grid of ``step``."""

    def rule(page: Page, threshold: float) -> np.ndarray:
        if not page.n:
            return page.prob >= threshold
        steps = int(round(window / step))
        candidates = [threshold + step * i for i in range(-steps, steps + 1)]
        chosen, _ = otsu_split(page.prob, page.lengths + 1e-9, candidates, threshold)
        return page.prob >= chosen

    return rule


def otsu_split(prob: np.ndarray, weights: np.ndarray, candidates, default: float) -> tuple[float, float]:
    """Of the thresholds ``candidates`` (in order; the first of equals wins), the one at which
    the page's probabilities ``prob`` split best (Otsu: the largest between-class variance,
    each line weighted by ``weights``), and that variance; ``default`` and -1 where none
    splits the page in two."""
    total, mean = weights.sum(), (weights * prob).sum() / weights.sum()
    best, chosen = -1.0, default
    for t in candidates:
        kept = prob >= t
        w1 = weights[kept].sum() / total
        if w1 <= 0 or w1 >= 1:
            continue
        m1 = (weights[kept] * prob[kept]).sum() / weights[kept].sum()
        m0 = (mean - w1 * m1) / (1 - w1)
        value = w1 * (1 - w1) * (m1 - m0) ** 2
        if value > best + 1e-12:
            best, chosen = value, t
    return chosen, best


# --- the search ------------------------------------------------------------------------------
def variants() -> dict[str, list[tuple[str, Rule]]]:
    """Families of rules, each a grid of settings (the first: the family's simplest)."""
    fam: dict[str, list[tuple[str, Rule]]] = {"plain": [("", plain)]}
    for scope in ("paragraph", "section", None):
        fam[f"hysteresis, {scope or 'any run'}"] = [
            (f"width {w}", hysteresis(w, scope)) for w in (0.05, 0.1, 0.15, 0.2, 0.3)
        ]
        fam[f"strict, {scope or 'any run'}"] = [(f"width {w}", strict(w, scope)) for w in (0.05, 0.1, 0.15, 0.2)]
    for scope in ("paragraph", "section", "shape"):
        fam[f"hysteresis, anywhere in its {scope}"] = [
            (f"width {w}", hysteresis(w, scope, adjacent=False)) for w in (0.05, 0.1, 0.15, 0.2, 0.3)
        ]
    for scope in ("paragraph", "section", "shape", "window"):
        fam[f"smoothed, {scope}"] = [(f"share {a}", smoothed(a, scope)) for a in (0.15, 0.3, 0.5)]
    fam["gap filled"] = [
        (f"gap {g}, chars {c}, width {w}", filled(g, c, w))
        for g in (1, 2)
        for c in (40, 80, 10000)
        for w in (0.1, 0.2, 1.0)
    ]
    fam["smoothed by shape, then hysteresis anywhere in its paragraph"] = [
        (f"share {a}, width {w}", combined(smoothed(a, "shape"), w)) for a in (0.15, 0.3) for w in (0.1, 0.15, 0.2)
    ]
    fam["relative to the page's best"] = [(f"share {c}", relative(c)) for c in (0.4, 0.5, 0.6, 0.7, 0.8)]
    fam["Otsu within a window"] = [(f"window {w}", otsu(w)) for w in (0.05, 0.1, 0.15, 0.2)]
    fam["Otsu within a window, steps of 0.025"] = [(f"window {w}", otsu(w, 0.025)) for w in (0.1, 0.15, 0.2)]
    fam["jusText"] = [(f"width {w}, chars {c}", justext(w, c)) for w in (0.1, 0.2) for c in (0, 40, 80)]
    return fam


def choose(pages: list[Page], f1: dict, settings: list[str]) -> tuple[str, dict[str, float]]:
    """The setting and thresholds by predicted page type chosen on ``pages``: for each setting the
    trainer's choice of thresholds (best mean per type, ties to the one nearest 0.5), then the
    setting with the best mean over the pages (ties: the first of the grid)."""
    best = None
    for s in settings:
        chosen = {}
        for kind in pagetype.PAGE_TYPES:
            of = [p for p in pages if p.kind == kind]
            if not of:
                continue
            mean = {t: round(float(np.mean([f1[s][t][p.key] for p in of])), 4) for t in THRESHOLD_GRID}
            chosen[kind] = max(THRESHOLD_GRID, key=lambda t, mean=mean: (mean[t], -abs(t - 0.5)))
        total = float(np.mean([f1[s][chosen.get(p.kind, 0.5)][p.key] for p in pages]))
        if best is None or round(total, 6) > round(best[0], 6):
            best = (total, s, chosen)
    assert best is not None
    return best[1], best[2]


def table(pages: list[Page], f1: dict, settings: list[str], folds: int) -> tuple[dict[str, float], list]:
    """Nested choice: each fold's pages decided with the setting and thresholds :func:`choose`
    finds on the other folds' pages. Returns the F1 per page and the choices made."""
    outer_f1: dict[str, float] = {}
    choices = []
    for f in range(folds):
        setting, chosen = choose([p for p in pages if p.fold != f], f1, settings)
        choices.append((setting, chosen))
        for p in (p for p in pages if p.fold == f):
            outer_f1[p.key] = f1[setting][chosen.get(p.kind, 0.5)][p.key]
    return outer_f1, choices


def check_pages() -> list[Page]:
    """The check pages (``run.py --part check``'s) of both sets that the markdown judge takes, each
    with the shipped model's second-pass probabilities (as the trainer's check figures)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import json

    import train_judge as tj

    from cleaner.judge import detect_form, prepare, score

    stop = feats.base_names("markdown").index("stopword_share")
    out = []
    for name in ("wcxb-dev", "scrapinghub"):
        root = tj.DATA / name
        every = sorted(json.loads((root / "ground-truth.json").read_text(encoding="utf-8")))
        check = set(tj.split(every)[1])
        for key, d in tj.load_set(root, "markdown").items():
            if key not in check or detect_form(d["src"]) != "markdown":
                continue
            prepared = prepare("markdown", d["src"], url=d["url"])
            scored = score(prepared)
            X1, units = prepared.X1, prepared.units
            row = {
                "fold": -1,
                "prob": scored.probability,
                "first": scored.first,
                "types": pagetype.of_rows(X1),
                "stopword_share": X1[:, stop] if len(X1) else np.zeros(0),
                "shape": prepared.shape,
                "groups": units.groups if units.groups else [[], []],
                "texts": units.texts,
                "gold": d["gold"],
                "type": d["type"],
            }
            out.append(Page(f"{name}/{key}", row))
    return out


def summary(pages: list[Page], scores: dict[str, float]) -> dict[str, tuple[int, float]]:
    rows: dict[str, list[float]] = {}
    for p in pages:
        rows.setdefault(p.set, []).append(scores[p.key])
        if p.set == "wcxb-dev":
            rows.setdefault(f"  {p.type}", []).append(scores[p.key])
    return {k: (len(v), round(float(np.mean(v)), 4)) for k, v in sorted(rows.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("oof", type=Path, help="the trainer's --save-oof file")
    ap.add_argument("--only", default=None, help="only the families whose name starts with this")
    ap.add_argument("--each", action="store_true", help="also every setting alone (thresholds still out of fold)")
    ap.add_argument(
        "--check",
        action="store_true",
        help="also each family's setting and thresholds chosen on every tune page, on the check pages "
        "scored by the shipped model (whether a gain carries over; not what decides)",
    )
    ap.add_argument("--oracle", action="store_true", help="also each page at its own best threshold")
    args = ap.parse_args()
    saved = pickle.loads(gzip.decompress(args.oof.read_bytes()))
    pages = [Page(k, d) for k, d in sorted(saved["pages"].items())]
    folds = saved["meta"]["folds"]
    if args.oracle:  # each page at its own best threshold: what no threshold-only decision passes
        best = {p.key: max(p.f1(decide(p, t, plain)) for t in THRESHOLD_GRID) for p in pages}
        print("each page at its best threshold of the grid (in sample):", summary(pages, best), flush=True)
    fams = variants()
    checked: list[Page] = []
    for name, grid in fams.items():
        if args.only and not (name.startswith(args.only) or name == "plain"):
            continue
        f1: dict[str, dict[float, dict[str, float]]] = {}
        for label, rule in grid:
            f1[label] = {t: {p.key: p.f1(decide(p, t, rule)) for p in pages} for t in THRESHOLD_GRID}
        scores, choices = table(pages, f1, [label for label, _ in grid], folds)
        s = summary(pages, scores)
        picked = "; ".join(c[0] for c in choices)
        print(f"{name}: wcxb-dev {s['wcxb-dev'][1]:.4f} scrapinghub {s['scrapinghub'][1]:.4f}  [{picked}]")
        print("   ", s, flush=True)
        if args.each and len(grid) > 1:
            for label, _ in grid:
                s1 = summary(pages, table(pages, f1, [label], folds)[0])
                print(
                    f"    {label}: wcxb-dev {s1['wcxb-dev'][1]:.4f} scrapinghub {s1['scrapinghub'][1]:.4f}", flush=True
                )
        if args.check:  # the setting and thresholds chosen on every tune page, on the check pages
            checked = checked or check_pages()
            setting, chosen = choose(pages, f1, [label for label, _ in grid])
            rule = dict(grid)[setting]
            f = {p.key: p.f1(decide(p, chosen.get(p.kind, 0.5), rule)) for p in checked}
            print(f"    check, {setting or 'plain'} at {chosen}:", summary(checked, f), flush=True)


if __name__ == "__main__":
    main()
