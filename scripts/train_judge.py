#!/usr/bin/env python3
"""Train the judge's models (``cleaner/judge/models/FORM-{1,2}.npz``) on the benchmark pages.

    python scripts/train_judge.py --form html --type-thresholds blend   # the shipped HTML model
    python scripts/train_judge.py --form markdown --stage2-bags 3       # the shipped markdown model
    python scripts/train_judge.py --form text                           # the shipped text model
    python scripts/train_judge.py --form html --dry-run   # train and score, write nothing

Data: the pages of ``../shared/bench/data`` (wcxb-dev in all three forms, scrapinghub as
HTML and markdown), *tune part only*: the same split as ``run.py --part`` (in id order,
every fourth page is kept for checking and never trained on; ``--split``, the split is
over every page of a set even where the form drops one). For the text form, the
hand-checked bodies of the tune pages are added as documents of their own, in which every
line is kept: a clean article must come through a judge untouched.

Labels: the page's words, in order, are aligned with the words of its hand-checked body
(difflib's longest-matching-blocks alignment, which keeps order, so that a menu item that
repeats a heading of the body is not taken for it); a unit is article text when most of
its words are aligned. Weights: each unit counts its share of its page's characters, so
that every page weighs the same, as in the benchmark's per-page average.

Model: gradient boosting of depth-2 trees (scikit-learn's HistGradientBoostingClassifier;
``pip install -e '.[train]'``), folded into pair tables (:mod:`cleaner.judge.model`).
``--max-depth N`` trains the two passes on deeper trees (the page-type models keep depth 2),
which do not fold: they are kept as trees (:class:`cleaner.judge.model.Trees`, evaluated in
numpy, scoring as scikit-learn does), which score the check pages; the out-of-fold figures
are always scored by the trained models themselves (``--unfolded`` keeps trees at depth 2 too).
Stage 2 is trained on stage-1 scores that each page got from a stage-1 model *not*
trained on it, as it will meet them on new pages. For markdown (and HTML with
``--type-thresholds``), the thresholds by page type are chosen on stage-2 scores out of
fold and stored in the stage-2 model's meta; with ``--type-thresholds blend`` (the shipped
HTML model) a page is cut at their mean weighted by its page-type probabilities.

Bagging (``--stage2-bags K``, ``--bag-share F``): the second pass as the mean of K models,
model ``b`` trained on the tune pages a generator seeded with ``b`` draws with probability F
(the others weigh 0). The mean of additive models is one additive model (each tree's values
divided by K), so the bag ships as one model, judged in one pass of lookups (its tables
hold the splits of all K, so it is somewhat larger); a second pass fits on few features,
so K of them cost little to train. The shipped markdown model: ``--form markdown
--stage2-bags 3`` (recorded in its meta). Default: one model. ``--stage1-bags K`` makes the
first pass a bag the same way (its out-of-fold fits too, so the second pass learns from
the scores a bag gives); its draws are seeded apart from the second pass's.

Folds (``--folds-by``): by page (``i % 4`` in the order of the sets), which is how the
shipped models were trained and so what the default reproduces; or by site (host), where
one site's pages share a fold. wcxb-dev has several pages of some sites (a shop's product
pages share their template), and a model that saw one of them scores its siblings as if it
knew the page, which is not how it meets a new site's pages: the by-site figures are the
honest out-of-fold ones. The HTML model retrained by site scored lower on the check pages
(see docs/judge.md), so the shipped models keep folds by page.

``--save-oof FILE`` writes the tune pages' second-pass probabilities out of fold and what the
decision reads of each page, for ``scripts/decide_oof.py``, which scores other decisions over
them without retraining.

Printed: word F1 (the wcxb metric) of the kept units, per page type, on the tune part
out of fold and on the check part. These are the judge's own figures; the benchmark's
are measured by ``run.py`` through the whole command line.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaner.judge import (  # noqa: E402
    Prepared,
    detect_form,
    pagetype,  # noqa: E402
    second_names,
    second_rows,
    size_group,
    units_and_rows,
)
from cleaner.judge import features as feats  # noqa: E402
from cleaner.judge.libm import log1p, sigmoid  # noqa: E402
from cleaner.judge.model import from_trees, save, trees_from_nodes  # noqa: E402
from cleaner.judge.units import PAGE_FEATURES  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "data"
CACHE = ROOT / ".cache" / "judge"
SETS = {"html": ("wcxb-dev", "scrapinghub"), "markdown": ("wcxb-dev", "scrapinghub"), "text": ("wcxb-dev",)}
_TOKEN = re.compile(r"\w+")


def split(keys: list[str]) -> tuple[list[str], list[str]]:
    """run.py's split: in id order, every fourth page is for checking."""
    keys = sorted(keys)
    return [k for i, k in enumerate(keys) if i % 4 != 3], [k for i, k in enumerate(keys) if i % 4 == 3]


def page_hosts(keys: list[str]) -> dict[str, str]:
    """Each page's host (``www.`` dropped) from its set's ground truth; a clean body
    (``clean/KEY``) has its page's host, a page without a URL its own key."""
    urls: dict[str, str] = {}
    for name in {k.split("/")[0] for k in keys} - {"clean"}:
        truth = json.loads((DATA / name / "ground-truth.json").read_text(encoding="utf-8"))
        urls.update({f"{name}/{k}": item.get("url") or "" for k, item in truth.items()})
    out = {}
    for key in keys:
        name, page = key.split("/")
        url = urls.get(f"wcxb-dev/{page}" if name == "clean" else key, "")
        out[key] = urlsplit(url).netloc.lower().removeprefix("www.") or key
    return out


def host_folds(hosts: dict[str, str], folds: int) -> dict[str, int]:
    """Each page's fold (``hosts``: page -> host), the pages of one host in one fold: hosts
    by their number of pages (most first, then by name), each to the fold with the fewest
    pages so far."""
    by_host: dict[str, list[str]] = defaultdict(list)
    for key in sorted(hosts):
        by_host[hosts[key]].append(key)
    sizes, out = [0] * folds, {}
    for _, members in sorted(by_host.items(), key=lambda item: (-len(item[1]), item[0])):
        fold = sizes.index(min(sizes))
        sizes[fold] += len(members)
        out.update(dict.fromkeys(members, fold))
    return out


def fold_of(tune: list[str], args: argparse.Namespace) -> dict[str, int]:
    """Each tune page's fold, by page (``--folds-by page``, the shipped models) or by site."""
    if args.folds_by == "host":
        return host_folds(page_hosts(tune), args.folds)
    return {k: i % args.folds for i, k in enumerate(tune)}


def load_set(root: Path, mode: str) -> dict[str, dict]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    out = {}
    for key in sorted(truth):
        item = truth[key]
        if mode == "html":
            path = root / "html" / f"{key}.html.gz"
            with gzip.open(path, "rt", encoding="utf-8") as f:
                src = f.read()
        else:
            folder, ext = ("markdown", "md") if mode == "markdown" else ("text", "txt")
            path = root / folder / f"{key}.{ext}"
            if not path.exists():
                continue
            src = path.read_text(encoding="utf-8")
        out[key] = {
            "src": src,
            "url": item.get("url"),
            "gold": item.get("articleBody", ""),
            "type": item.get("page_type", "article"),
        }
    return out


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def labels(texts: list[str], gold: str) -> np.ndarray:
    """Per unit, the share of its words that the alignment with the gold body matches."""
    from difflib import SequenceMatcher

    words = [tokens(t) for t in texts]
    flat = [w for ws in words for w in ws]
    matched = np.zeros(len(flat))
    for a, _, n in SequenceMatcher(None, flat, tokens(gold), autojunk=False).get_matching_blocks():
        matched[a : a + n] = 1.0
    out, pos = np.zeros(len(texts)), 0
    for i, ws in enumerate(words):
        if ws:
            out[i] = matched[pos : pos + len(ws)].mean()
        pos += len(ws)
    return out


def featurize(job: tuple[str, str, dict]) -> tuple[str, dict | None]:
    form, key, doc = job
    from cleaner.html import ExtractionError, read_page

    try:
        if form == "html":
            page = read_page(doc["src"], doc["url"], timeout=None)
            units, base, _, _ = units_and_rows("html", page.text, url=doc["url"], page=page)
        else:
            if detect_form(doc["src"]) != form:
                return key, None
            units, base, _, _ = units_and_rows(form, doc["src"], url=doc["url"])
    except ExtractionError:
        return key, None
    lengths = np.array([len(t) for t in units.texts], dtype=np.float64)
    return key, {
        "base": base,
        "labels": labels(units.texts, doc["gold"]),
        "lengths": lengths,
        "texts": units.texts,
        "groups": units.groups,
        "gold": doc["gold"],
        "type": doc["type"],
    }


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as a new file (a temporary file renamed over it): a cache
    file may be a hard link into another checkout's cache, which writing in place would change."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build(form: str, jobs: int, limit: int = 0) -> dict[str, dict]:
    """Features of every page of the form's sets (cached by the code and data they come from)."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "cleaner").rglob("*.py")):
        digest.update(path.read_bytes())
    CACHE.mkdir(parents=True, exist_ok=True)
    cache = CACHE / f"{form}-{digest.hexdigest()[:16]}{f'-{limit}' if limit else ''}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    docs: dict[str, dict] = {}
    for name in SETS[form]:
        for key, doc in list(load_set(DATA / name, form).items())[: limit or None]:
            docs[f"{name}/{key}"] = doc
    if form == "text":  # clean bodies of a third of the tune pages: every line of them is kept
        tune_keys = split([k.split("/")[1] for k in docs if k.startswith("wcxb-dev/")])[0]
        for key in tune_keys[::3]:
            body = docs[f"wcxb-dev/{key}"]["gold"]
            docs[f"clean/{key}"] = {"src": body, "url": None, "gold": body, "type": "clean"}
    with Pool(jobs) as pool:
        data = {
            k: v
            for k, v in pool.imap_unordered(featurize, [(form, k, d) for k, d in docs.items()], chunksize=4)
            if v is not None
        }
    write_new(cache, pickle.dumps(data))
    return data


def parts(data: dict[str, dict], every: dict[str, list[str]] | None = None) -> tuple[list[str], list[str]]:
    """(tune, check) keys of ``data``: run.py's split of ``every`` page of each set, as run.py
    splits them (``--split set``, the default and the shipped models), or over the pages the
    form kept (``--split kept``). A page the form does not take (a text dump among the
    markdown pages) shifts the split over kept pages from that page on, so that pages
    run.py checks on are trained on: of run.py's 339 wcxb-dev check pages, 288 in markdown
    and 75 in text, as the models before this option were trained. HTML keeps every page,
    so both splits are the same there."""
    tune, check = [], []
    by_set: dict[str, list[str]] = defaultdict(list)
    for k in data:
        by_set[k.split("/")[0]].append(k.split("/")[1])
    for name, keys in by_set.items():
        if name == "clean":
            tune += [f"clean/{k}" for k in keys]
            continue
        if every is not None:
            present = set(keys)
            t, c = ([k for k in side if k in present] for side in split(every[name]))
        else:
            t, c = split(keys)
        tune += [f"{name}/{k}" for k in t]
        check += [f"{name}/{k}" for k in c]
    return sorted(tune), sorted(check)


def matrix(data: dict[str, dict], keys: list[str], column: str = "X1") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.vstack([data[k][column] for k in keys])
    y = np.concatenate([(data[k]["labels"] >= 0.5).astype(int) for k in keys])
    w = np.concatenate([data[k]["lengths"] / max(1.0, data[k]["lengths"].sum()) for k in keys])
    return X, y, w


def fit(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    args: argparse.Namespace,
    iterations: int | None = None,
    min_leaf: int | None = None,
    depth: int | None = None,
    leaves: int | None = None,
    l2: float | None = None,
):
    """A boosted model of trees of ``depth`` with at most ``leaves`` leaves (default: ``--max-depth``
    and ``--max-leaf-nodes``) and L2 regularisation ``l2`` of the leaf values (default ``--l2``)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(
        max_depth=depth or args.max_depth,
        max_leaf_nodes=leaves if depth else args.max_leaf_nodes,
        max_iter=iterations or args.iterations,
        learning_rate=args.learning_rate,
        min_samples_leaf=min_leaf or args.min_leaf,
        l2_regularization=args.l2 if l2 is None else l2,
        max_bins=args.bins,
        early_stopping=False,
        random_state=0,
    )
    return model.fit(X, y, sample_weight=w * len(w) / max(w.sum(), 1e-9))


# Page-type models: few pages (one row each), so few trees and small leaves.
TYPE_ITERATIONS = 150
TYPE_MIN_LEAF = 10
# and depth-2 trees whatever ``--max-depth`` says of the passes: they fold into pair tables
TYPE_DEPTH = 2
# and the default L2 of the leaf values whatever ``--l2`` says of the passes (md12: a variant
# of the passes' regularisation should not change the page types they read)
TYPE_L2 = 1.0


def page_types(data: dict[str, dict], tune: list[str], check: list[str], form: str, args: argparse.Namespace) -> dict:
    """Train the page-type models on the tune pages and give every page its stage-1 rows:
    its base rows with the page-type probabilities, out of fold for the tune pages."""
    unit_names = feats.base_names(form)
    names = pagetype.summary_names(unit_names, PAGE_FEATURES)
    for d in data.values():
        d["summary"] = pagetype.summarize(d["base"], unit_names, PAGE_FEATURES, d["lengths"])
    kind = {k: d["type"] if d["type"] in pagetype.PAGE_TYPES else "article" for k, d in data.items()}
    S = np.vstack([data[k]["summary"] for k in tune])
    ones = np.ones(len(tune))
    by_fold = fold_of(tune, args)
    fold = np.array([by_fold[k] for k in tune])
    models = {}
    probs = {k: np.zeros(len(pagetype.PAGE_TYPES)) for k in data}
    for j, t in enumerate(pagetype.PAGE_TYPES):
        y = np.array([kind[k] == t for k in tune], dtype=int)
        for f in range(args.folds):
            train = fold != f
            m = fit(S[train], y[train], ones[train], args, TYPE_ITERATIONS, TYPE_MIN_LEAF, TYPE_DEPTH, l2=TYPE_L2)
            for i in np.flatnonzero(~train):
                probs[tune[i]][j] = m.predict_proba(S[i : i + 1])[0, 1]
        full = folded(
            fit(S, y, ones, args, TYPE_ITERATIONS, TYPE_MIN_LEAF, TYPE_DEPTH, l2=TYPE_L2), names, {"page_type": t}
        )
        models[f"type-{t}"] = full
        for k in check:
            probs[k][j] = full.probability(data[k]["summary"].reshape(1, -1))[0]
    for k in tune + check:
        d = data[k]
        d["X1"] = np.hstack([d["base"], np.repeat(probs[k].reshape(1, -1), len(d["base"]), axis=0)])
    right = sum(pagetype.likeliest(probs[k]) == kind[k] for k in check if k.startswith("wcxb"))
    print(f"page type, check: {right} of {sum(k.startswith('wcxb') for k in check)} right", flush=True)
    return models


class Bag:
    """The mean of models trained on random shares of the pages (``--stage2-bags``): its
    log-odds are the mean of theirs, so it folds into one additive model (every tree's
    values divided by their number)."""

    def __init__(self, models: list) -> None:
        self.models = models

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        return np.mean([m.decision_function(X) for m in self.models], axis=0)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        p = sigmoid(self.decision_function(X))
        return np.column_stack([1.0 - p, p])


def fit_pages(
    data: dict[str, dict],
    keys: list[str],
    column: str,
    args: argparse.Namespace,
    iterations: int | None,
    bags: int,
    seed: int = 0,
    depth: int | None = None,
):
    """A model on the units of ``keys`` (``bags`` > 1: a :class:`Bag` of models, model ``b``
    on the pages a generator seeded with ``seed + b`` draws with probability ``--bag-share``;
    the others weigh 0, so that every model bins the features on the same rows); trees of
    ``depth`` (default ``--max-depth``)."""
    X, y, w = matrix(data, keys, column)
    shape = {"depth": depth, "leaves": args.max_leaf_nodes}
    if bags <= 1:
        return fit(X, y, w, args, iterations, **shape)
    sizes = [len(data[k]["texts"]) for k in keys]
    models = []
    for b in range(bags):
        drawn = np.random.RandomState(seed + b).rand(len(keys)) < args.bag_share
        models.append(fit(X, y, w * np.repeat(drawn.astype(np.float64), sizes), args, iterations, **shape))
    return Bag(models)


def foldable(args: argparse.Namespace) -> bool:
    """Whether the passes' trees fold into pair tables: depth 2 (``--max-depth``,
    ``--stage2-max-depth``), scored folded unless ``--unfolded`` says otherwise."""
    return args.max_depth == 2 and stage2_depth(args) == 2 and not args.unfolded


def stage2_depth(args: argparse.Namespace) -> int:
    """The depth of the second pass's trees: ``--stage2-max-depth``, else ``--max-depth``."""
    return args.stage2_max_depth or args.max_depth


def raw_score(model, X: np.ndarray) -> np.ndarray:
    """Log-odds per row from a trained (unfolded) model: a fit or a :class:`Bag`."""
    return model.decision_function(X) if len(X) else np.zeros(0)


def shipped(
    trained, names: tuple[str, ...], meta: dict, args, data: dict[str, dict], check: list[str], column: str, stage: str
):
    """A trained pass as it ships (pair tables where its trees fold, else
    :class:`cleaner.judge.model.Trees`, which score as scikit-learn does) and its log-odds on
    the check pages; prints how far they are from the trained model's own."""
    if foldable(args):
        model, how = folded(trained, names, meta), "folded against its trees"
    else:
        model, how = treed(trained, names, meta), "trees in numpy against scikit-learn"
    scores = {k: model.score(data[k][column]) if len(data[k][column]) else np.zeros(0) for k in check}
    gap = max((float(np.abs(scores[k] - raw_score(trained, data[k][column])).max(initial=0)) for k in check), default=0)
    print(f"{stage}, {how} on the check pages: log-odds differ by {gap:.2g} at most")
    return model, scores


def treed(model, names: tuple[str, ...], meta: dict):
    """A trained model (a fit or a :class:`Bag`) as :class:`cleaner.judge.model.Trees`, for
    trees deeper than two: a bag's trees all together, each value divided by its size."""
    members = model.models if isinstance(model, Bag) else [model]
    share = 1.0 / len(members)
    fields = (*NODE_FIELDS, "count")
    trees = [
        [tuple(node[f] * share if f == "value" else node[f] for f in fields) for node in predictor[0].nodes]
        for member in members
        for predictor in member._predictors
    ]
    baseline = float(np.mean([np.ravel(m._baseline_prediction)[0] for m in members]))
    return trees_from_nodes(list(names), baseline, trees, meta=meta)


def folded(model, names: tuple[str, ...], meta: dict):
    members = model.models if isinstance(model, Bag) else [model]
    share = 1.0 / len(members)
    trees = [
        [tuple(node[f] * share if f == "value" else node[f] for f in NODE_FIELDS) for node in predictor[0].nodes]
        for member in members
        for predictor in member._predictors
    ]
    bias = float(np.mean([np.ravel(m._baseline_prediction)[0] for m in members]))
    return from_trees(list(names), bias, trees, meta=meta)


# The first pass's bag draws its pages from generators seeded from here, so that its
# members do not see the same pages as the second pass's (seeded from 0).
STAGE1_SEED = 100

NODE_FIELDS = ("feature_idx", "num_threshold", "left", "right", "value", "is_leaf")


def stage2_rows(data: dict[str, dict], keys: list[str], scores: dict[str, np.ndarray], form: str) -> None:
    from cleaner.judge.units import Units

    for k in keys:
        d = data[k]
        units = Units(form, [], d["texts"], np.zeros((len(d["texts"]), 0)), d["groups"])
        d["X2"] = second_rows(Prepared(units, d["X1"], None), scores[k])


# Thresholds by page type (markdown): a listing's cards score lower than an article's
# sentences, and where the one threshold of 0.5 cuts a listing's text, a lower one keeps it.
# Each of the page types the page-type models predict gets the threshold of this grid that
# gives the best word F1 on the tune pages the models predict to be of that type, from
# second-pass scores out of fold (ties: the one nearest 0.5).
THRESHOLD_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
TYPE_THRESHOLDS = ("markdown",)  # the forms whose thresholds are chosen by page type
# Second-pass rounds for the line forms: their second row is small (16 features)
LINE_STAGE2_ITERATIONS = 300


def predicted_type(d: dict) -> str:
    types = pagetype.of_rows(d["X1"])
    return pagetype.likeliest(types) if types is not None else ""


def choose_thresholds(
    data: dict[str, dict], keys: list[str], prob: dict[str, np.ndarray], form: str, size_groups: int = 1
) -> tuple[dict[str, float], dict[str, dict]]:
    """Per page type, the threshold of :data:`THRESHOLD_GRID` with the best mean word F1 (with
    the backup) over the pages of ``keys`` predicted to be of that type; and, with
    ``size_groups`` > 1, for the pages taken for articles (the type with the most pages) one
    per group of pages by size, cut at the quantiles of their log(1 + lines)
    (:func:`cleaner.judge.size_group`)."""
    f1 = {t: page_f1(data, keys, prob, {}, form, t) for t in THRESHOLD_GRID}

    def best(pages: list[str]) -> float:
        mean = {t: round(float(np.mean([f1[t][k] for k in pages])), 4) for t in THRESHOLD_GRID}
        return max(THRESHOLD_GRID, key=lambda t: (mean[t], -abs(t - 0.5)))

    chosen, by_size = {}, {}
    for kind in pagetype.PAGE_TYPES:
        pages = [k for k in keys if predicted_type(data[k]) == kind]
        if pages:
            chosen[kind] = best(pages)
    articles = [k for k in keys if predicted_type(data[k]) == "article"]
    if size_groups > 1 and articles:
        sizes = log1p([len(data[k]["texts"]) for k in articles])
        cuts = [float(c) for c in np.quantile(sizes, np.linspace(0, 1, size_groups + 1)[1:-1])]
        groups = [[k for k in articles if size_group(cuts, len(data[k]["texts"])) == g] for g in range(size_groups)]
        thresholds = [best(pages) if pages else chosen["article"] for pages in groups]
        by_size["article"] = {"cuts": cuts, "thresholds": thresholds}
    return chosen, by_size


def page_f1(
    data: dict[str, dict],
    keys: list[str],
    prob: dict[str, np.ndarray],
    thresholds: dict[str, float],
    form: str,
    default: float = 0.5,
    blend: bool = False,
    by_size: dict[str, dict] | None = None,
) -> dict[str, float]:
    """Word F1 per page of the units the judge keeps (with the backup), at the page's type's
    threshold (``default`` for a type without one; ``blend``: as :func:`typed_threshold` blends
    them; ``by_size``: thresholds by size within a type, as :func:`choose_thresholds` gives them)."""
    from cleaner.judge import decide, typed_threshold
    from cleaner.judge.units import Units

    sized = {t: (tuple(v["cuts"]), tuple(v["thresholds"])) for t, v in (by_size or {}).items()}
    out = {}
    for k in keys:
        d = data[k]
        units = Units(form, [], d["texts"], np.zeros((len(d["texts"]), 0)), d["groups"])
        types = pagetype.of_rows(d["X1"])
        threshold = (
            default if types is None else typed_threshold(thresholds, types, default, blend, sized, len(d["texts"]))
        )
        keep = decide(Prepared(units, d["X1"], None), prob[k], threshold)
        out[k] = word_f1(d["gold"], [t for t, kk in zip(d["texts"], keep, strict=True) if kk])
    return out


def by_set(data: dict[str, dict], scores: dict[str, float]) -> dict:
    rows: dict[str, list[float]] = defaultdict(list)
    for k, f1 in scores.items():
        rows[k.split("/")[0]].append(f1)
        if k.startswith("wcxb-dev/"):
            rows[f"  {data[k]['type']}"].append(f1)
    return {name: (len(v), round(float(np.mean(v)), 4)) for name, v in sorted(rows.items())}


def word_f1(gold: str, kept: list[str]) -> float:
    g, p = Counter(tokens(gold)), Counter(tokens("\n".join(kept)))
    tp = sum((g & p).values())
    if not g and not p:
        return 1.0
    precision = tp / sum(p.values()) if p else 0.0
    recall = tp / sum(g.values()) if g else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def report(
    data: dict[str, dict], keys: list[str], prob: dict[str, np.ndarray], threshold: float, backup: str | None = None
) -> dict:
    """Word F1 of the units kept (at ``threshold``, or as the judge decides with its backup)."""
    from cleaner.judge import Prepared, decide
    from cleaner.judge.units import Units

    rows: dict[str, list[float]] = defaultdict(list)
    for k in keys:
        d = data[k]
        if backup:  # the form's name
            units = Units(backup, [], d["texts"], np.zeros((len(d["texts"]), 0)), d["groups"])
            keep = decide(Prepared(units, d["X1"], None), prob[k], threshold)
        else:
            keep = prob[k] >= threshold
        kept = [t for t, kk in zip(d["texts"], keep, strict=True) if kk]
        f1 = word_f1(d["gold"], kept)
        rows[f"{k.split('/')[0]}"].append(f1)
        if k.startswith("wcxb-dev/"):
            rows[f"  {d['type']}"].append(f1)
    return {name: (len(v), round(float(np.mean(v)), 4)) for name, v in sorted(rows.items())}


def type_thresholds(
    data: dict[str, dict], tune: list[str], args: argparse.Namespace, rounds: int | None
) -> tuple[dict[str, float], dict[str, dict]]:
    """The thresholds by page type, chosen on second-pass scores out of fold (``--folds-by``);
    prints the word F1 they give, with each fold's pages scored at thresholds chosen on the
    other three (an honest figure: the choice has not seen the page)."""
    prob: dict[str, np.ndarray] = {}
    fold = fold_of(tune, args)
    for f in range(args.folds):
        train = [k for k in tune if fold[k] != f]
        model = fit_pages(data, train, "X2", args, rounds, args.stage2_bags, depth=stage2_depth(args))
        for k in (k for k in tune if fold[k] == f):
            prob[k] = model.predict_proba(data[k]["X2"])[:, 1] if len(data[k]["X2"]) else np.zeros(0)
    print("stage 2 with the backup, tune out of fold:", by_set(data, page_f1(data, tune, prob, {}, args.form)))
    if args.save_oof:
        save_oof(args.save_oof, data, tune, prob, fold, args)
    nested: dict[str, float] = {}
    blend = args.type_thresholds == "blend"
    for f in range(args.folds):
        inner = [k for k in tune if fold[k] != f]
        outer = [k for k in tune if fold[k] == f]
        chosen, sized = choose_thresholds(data, inner, prob, args.form, args.size_groups)
        nested.update(page_f1(data, outer, prob, chosen, args.form, blend=blend, by_size=sized))
    print("  and the thresholds by page type, chosen out of fold too:", by_set(data, nested))
    chosen, sized = choose_thresholds(data, tune, prob, args.form, args.size_groups)
    print("thresholds by page type:", chosen, *(["by size:", sized] if sized else []), flush=True)
    return chosen, sized


def save_oof(
    path: Path, data: dict[str, dict], tune: list[str], prob: dict[str, np.ndarray], fold: dict[str, int], args
) -> None:
    """Write what a decision over the second pass's scores needs, for the tune pages out of fold
    (``--save-oof``; ``scripts/decide_oof.py`` reads it): per page its fold, its second-pass
    probabilities (each from a second pass not trained on the page), its first-pass log-odds
    (out of fold too: the second pass's ``score`` column), the page-type probabilities, each
    line's stop-word share (what :func:`cleaner.judge.prose_units` reads), shape, paragraph and
    section (``groups``), text, label and the page's hand-checked body. A gzipped pickle."""
    from cleaner.judge import layout
    from cleaner.judge.units import Units, form_features

    stop = feats.base_names(args.form).index("stopword_share")
    pages = {}
    for k in tune:
        d = data[k]
        marks = Units(args.form, [], d["texts"], d["X1"][:, : len(form_features(args.form))], d["groups"])
        lengths = np.array([len(t) for t in d["texts"]], dtype=np.int64)
        shape = layout.shapes(marks, lengths) if len(lengths) and args.form == "markdown" else None
        pages[k] = {
            "fold": fold[k],
            "prob": prob[k],
            "first": d["X2"][:, 0] if len(d["X2"]) else np.zeros(0),
            "types": pagetype.of_rows(d["X1"]),
            "stopword_share": d["X1"][:, stop] if len(d["X1"]) else np.zeros(0),
            "shape": shape,
            "groups": d["groups"],
            "texts": d["texts"],
            "labels": d["labels"],
            "gold": d["gold"],
            "type": d["type"],
        }
    meta = {"form": args.form, "folds": args.folds, "width": len(feats.stage1_names(args.form))}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_new(path, gzip.compress(pickle.dumps({"meta": meta, "pages": pages}), mtime=0))
    print(f"wrote the out-of-fold scores of {len(pages)} tune pages to {path}", flush=True)


def parser() -> argparse.ArgumentParser:
    """The command line of the trainer."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--form", choices=("html", "markdown", "text"), required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--iterations", type=int, default=600)
    ap.add_argument("--learning-rate", type=float, default=0.1)
    # 200: leaves of 1,000 units (no leaf of one page's template) scored lower out of fold
    # by host on the HTML tune pages (stage-1 word F1 0.8556 against 0.8573)
    ap.add_argument("--min-leaf", type=int, default=200)
    ap.add_argument(
        "--l2",
        type=float,
        default=1.0,
        help="L2 regularisation of the passes' leaf values (the page-type models keep 1.0)",
    )
    ap.add_argument("--bins", type=int, default=128)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument(
        "--folds-by",
        choices=("page", "host"),
        default="page",
        help="out-of-fold folds by page (how the shipped models were trained) or by site, one "
        "site's pages in one fold (the honest out-of-fold figures; see the module docstring)",
    )
    ap.add_argument(
        "--stages",
        type=int,
        choices=(1, 2),
        default=None,
        help="passes of the model (default: 2 for HTML and markdown, 1 for text, where a second "
        "scored no better on the check part)",
    )
    ap.add_argument(
        "--split",
        choices=("set", "kept"),
        default="set",
        help="run.py's tune/check split over every page of the set, as run.py splits them (the "
        "shipped models; the default), or over the pages the form kept, which trains on pages "
        "run.py checks on when the form drops a page (how models before the fix were trained; "
        "see parts())",
    )
    ap.add_argument(
        "--type-thresholds",
        choices=("likeliest", "blend"),
        default=None,
        help="choose a threshold per page type (on second-pass scores out of fold) and cut a page "
        "at its likeliest type's (likeliest) or at their mean weighted by the page-type "
        "probabilities (blend; the shipped HTML model). Default: by the likeliest type for "
        "markdown, one threshold of 0.5 for HTML and text",
    )
    ap.add_argument(
        "--stage2-bags",
        type=int,
        default=1,
        help="the second pass as the mean of this many models, each trained on a random share "
        "of the tune pages (--bag-share), folded into one model (default 1: one model on all)",
    )
    ap.add_argument(
        "--stage1-bags",
        type=int,
        default=1,
        help="the first pass as the mean of this many models, as --stage2-bags (their draws "
        f"seeded from {STAGE1_SEED}, apart from the second pass's); default 1: one model on all",
    )
    ap.add_argument("--bag-share", type=float, default=0.7, help="the share of pages each bagged model sees")
    ap.add_argument(
        "--size-groups",
        type=int,
        default=1,
        help="the pages taken for articles in this many groups by their number of lines (cut "
        "at the tune pages' quantiles), each with its own threshold, chosen as the thresholds "
        "by page type are (default 1: one article threshold)",
    )
    ap.add_argument(
        "--max-depth",
        type=int,
        default=2,
        help="depth of the passes' trees (default 2, which folds into pair tables; deeper trees "
        "do not, so they are kept as trees (cleaner.judge.model.Trees); "
        "the page-type models keep depth 2)",
    )
    ap.add_argument(
        "--stage2-max-depth",
        type=int,
        default=None,
        help="depth of the second pass's trees (default: --max-depth's)",
    )
    ap.add_argument(
        "--stage2-iterations",
        type=int,
        default=None,
        help="rounds of the second pass (default: --iterations for HTML, "
        f"{LINE_STAGE2_ITERATIONS} for markdown and text)",
    )
    ap.add_argument(
        "--max-leaf-nodes",
        type=int,
        default=None,
        help="at most this many leaves per tree of the passes (default: no limit but the depth's)",
    )
    ap.add_argument(
        "--unfolded",
        action="store_true",
        help="keep the passes as trees (cleaner.judge.model.Trees) rather than pair tables (implied by "
        "a depth other than 2; at 2 the check figures are the folded ones up to float noise)",
    )
    ap.add_argument("--out", type=Path, default=None, help="write the model file here (default: the shipped one)")
    ap.add_argument("--dry-run", action="store_true", help="train and print the scores, write no model")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of each set (a smoke run)")
    ap.add_argument(
        "--save-oof",
        type=Path,
        default=None,
        help="write the tune pages' second-pass probabilities out of fold, and what the decision "
        "reads of each page, to this file (a gzipped pickle; see save_oof())",
    )
    return ap


def main() -> None:
    ap = parser()
    args = ap.parse_args()
    if args.stages is None:
        args.stages = 1 if args.form == "text" else 2

    started = time.time()
    data = build(args.form, args.jobs, args.limit)
    every = None
    if args.split == "set":
        every = {
            name: sorted(json.loads((DATA / name / "ground-truth.json").read_text(encoding="utf-8")))
            for name in SETS[args.form]
        }
    tune, check = parts(data, every)
    print(
        f"{args.form}: {len(tune)} tune and {len(check)} check documents, "
        f"{sum(len(data[k]['texts']) for k in tune)} tune units ({time.time() - started:.0f} s)",
        flush=True,
    )
    names1 = feats.stage1_names(args.form)
    names2 = second_names(args.form)
    type_models = page_types(data, tune, check, args.form, args)

    meta = {
        "form": args.form,
        "trained_on": {s: "tune part" for s in SETS[args.form]},
        "documents": len(tune),
        "units": int(sum(len(data[k]["texts"]) for k in tune)),
        "stages": args.stages,
        "params": {k: getattr(args, k) for k in ("iterations", "learning_rate", "min_leaf", "l2", "bins")},
        **({"stage2_bags": args.stage2_bags, "bag_share": args.bag_share} if args.stage2_bags > 1 else {}),
        **({"stage1_bags": args.stage1_bags, "bag_share": args.bag_share} if args.stage1_bags > 1 else {}),
    }
    if args.type_thresholds:  # recorded only when given, so the defaults' meta stays as it was
        meta["params"]["type_thresholds"] = args.type_thresholds
    if args.size_groups > 1:
        meta["params"]["size_groups"] = args.size_groups
    if args.max_depth != 2:
        meta["params"]["max_depth"] = args.max_depth
    if args.stage2_max_depth is not None:
        meta["params"]["stage2_max_depth"] = args.stage2_max_depth
    if args.max_leaf_nodes is not None:
        meta["params"]["max_leaf_nodes"] = args.max_leaf_nodes
    if args.stage2_iterations is not None:
        meta["params"]["stage2_iterations"] = args.stage2_iterations
    trained1 = fit_pages(data, tune, "X1", args, None, args.stage1_bags, STAGE1_SEED)
    first, check1 = shipped(trained1, names1, meta, args, data, check, "X1", "stage 1")
    prob1 = {k: sigmoid(s) for k, s in check1.items()}
    print("stage 1, check:", report(data, check, prob1, 0.5), flush=True)
    stages = {"stage1": first, **type_models}
    if args.stages == 1:
        print("stage 1 with the backup, check:", report(data, check, prob1, 0.5, backup=args.form))
    else:
        # stage 2 learns from stage-1 scores that each tune page got from a model not trained on it
        oof: dict[str, np.ndarray] = {}
        fold = fold_of(tune, args)
        for f in range(args.folds):
            train = [k for k in tune if fold[k] != f]
            model = fit_pages(data, train, "X1", args, None, args.stage1_bags, STAGE1_SEED)
            for k in (k for k in tune if fold[k] == f):
                oof[k] = model.decision_function(data[k]["X1"]) if len(data[k]["X1"]) else np.zeros(0)
        print("stage 1, tune out of fold:", report(data, tune, {k: sigmoid(s) for k, s in oof.items()}, 0.5))
        write_new(CACHE / f"{args.form}-oof.pkl", pickle.dumps({"oof": oof, "check": check1}))  # for analysis
        stage2_rows(data, tune, oof, args.form)
        stage2_rows(data, check, check1, args.form)
        rounds = args.stage2_iterations or (None if args.form == "html" else LINE_STAGE2_ITERATIONS)
        meta2 = dict(meta)
        if args.form in TYPE_THRESHOLDS or args.type_thresholds:
            meta2["thresholds"], sized = type_thresholds(data, tune, args, rounds)
            if sized:
                meta2["size_thresholds"] = sized
        if args.type_thresholds == "blend":
            meta2["blend_thresholds"] = True
        trained2 = fit_pages(data, tune, "X2", args, rounds, args.stage2_bags, depth=stage2_depth(args))
        second, check2 = shipped(trained2, names2, meta2, args, data, check, "X2", "stage 2")
        prob2 = {k: sigmoid(s) for k, s in check2.items()}
        stages["stage2"] = second
        print("stage 2, check:", report(data, check, prob2, 0.5))
        print("stage 2 with the backup, check:", report(data, check, prob2, 0.5, backup=args.form))
        if "thresholds" in meta2:
            print(
                "stage 2 with the backup and the thresholds by page type, check:",
                by_set(
                    data,
                    page_f1(
                        data,
                        check,
                        prob2,
                        meta2["thresholds"],
                        args.form,
                        blend="blend_thresholds" in meta2,
                        by_size=meta2.get("size_thresholds"),
                    ),
                ),
            )
    if not args.dry_run:
        out = args.out or ROOT / "cleaner" / "judge" / "models" / f"{args.form}.npz"
        out.parent.mkdir(parents=True, exist_ok=True)
        save(out, stages)
        print(f"wrote {out} ({', '.join(f'{n}: {len(m.term_a)} terms' for n, m in stages.items())})")
    print(f"{time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
