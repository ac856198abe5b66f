"""The judge: one decision per unit of a page, article text or not, with the reasons.

Every input form comes here the same way: the document is cut into units (HTML blocks,
markdown or text lines; :mod:`.units`), each unit gets a row of features (its form's, its
words', its page's and its neighbours'; :mod:`.features`), and a model that was trained on
hand-checked pages (:mod:`.model`, trained by ``scripts/train_judge.py``) scores it twice:
once alone, once with what the first pass thought of its neighbourhood. A unit whose
probability of being article text is under the page's threshold is removed; its reason
names the probability and the features that pushed it down most (:mod:`.explain`).

One model per form, shipped in ``cleaner/judge/models/``: what an HTML page tells (tags,
classes) a text dump cannot, and the same line means different things in each. HTML's
second pass reads the first's row and its containers' scores; markdown's reads each line's
first-pass score against its page (:mod:`.revise`). The markdown and HTML models keep a
threshold per page type (:func:`page_threshold`): markdown cuts a page at its likeliest
type's, HTML at their mean weighted by the page-type probabilities. Plain text has the
first pass alone (a second scored no better on the held-out pages) and one threshold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from . import features as feats
from . import layout, pagetype, revise
from .libm import log1p, sigmoid
from .model import Model, Trees, load
from .trees import ROWS
from .units import (
    FORMS,
    PAGE_FEATURES,
    Units,
    form_features,
    html_units,
    markdown_units,
    page_features,
    text_units,
)

MODELS_DIR = Path(__file__).resolve().parent / "models"


@dataclass(slots=True)
class Prepared:
    """A document cut into units, with its stage-1 rows."""

    units: Units
    X1: np.ndarray
    language: str | None  # the page's language by stop words
    # markdown: each line's shape (:func:`layout.shapes`), which both passes read; None: the
    # second pass finds it from the rows (the trainer keeps rows, not units)
    shape: np.ndarray | None = None


@dataclass(slots=True)
class Scored:
    prepared: Prepared
    probability: np.ndarray  # per unit: article text
    first: np.ndarray  # per unit: the stage-1 score (log-odds)
    final: np.ndarray  # per unit: the stage-2 score (log-odds)
    # per unit and stage-1 term: its part of the stage-1 score (None: found for the units
    # asked for, :meth:`terms_of`)
    terms: np.ndarray | None
    keep: np.ndarray  # bool per unit
    threshold: float  # the probability from which a unit is kept on this page
    stage1: Model | Trees
    # per unit and stage-1 tree: the leaf it reaches (a first pass of trees on a page of one
    # part of rows, :data:`.trees.ROWS`; None otherwise)
    leaves: np.ndarray | None = None

    def terms_of(self, rows: np.ndarray) -> np.ndarray:
        """The stage-1 terms of the units ``rows``. A page of one part of rows keeps what its
        score found (a pair-table model's terms; a tree model's leaves, whose path
        contributions cost a pass of their own, so are found only for the units whose
        reasons are logged). A larger document keeps neither (a unit's 500 terms or 450
        leaves are some 4 KB a line of a huge dump, gigabytes for its 300,000 lines): its
        rows' terms are found again for these units, the same lookups or the same paths."""
        X1 = self.prepared.X1
        if self.terms is not None:
            return self.terms[rows]
        if isinstance(self.stage1, Trees):
            return self.stage1.terms(X1[rows], None if self.leaves is None else self.leaves[rows])
        return self.stage1.terms(X1[rows], alone=len(X1) == 1)  # binned as the score binned them


def detect_form(text: str) -> str:
    """``markdown`` for a page saved as markdown (links in markdown syntax, several on lines
    of their own), else ``text``."""
    if text.count("](") - text.count("![") < 3:
        return "text"
    starts = 0
    for line in text.split("\n"):
        s = line.lstrip(" \t*+-0123456789.)#>")
        if s.startswith("[") or s.startswith("!["):
            starts += 1
            if starts >= 2:
                return "markdown"
    return "text"


def prepare(
    form: str, text: str, *, url: str | None = None, page=None, stages: dict[str, Model] | None = None
) -> Prepared:
    """Units and stage-1 rows of a document (``page``: the :class:`cleaner.html.Page` of an
    HTML one); ``stages``: the form's models (their page-type models are used here)."""
    units, base, language, shape = units_and_rows(form, text, url=url, page=page, room=len(feats.TYPE_FEATURES))
    return Prepared(units, with_page_types(form, base, units, stages or models(form)), language, shape)


def units_and_rows(
    form: str, text: str, *, url: str | None = None, page=None, room: int = 0
) -> tuple[Units, np.ndarray, str | None, np.ndarray | None]:
    """The document's units and their rows of :func:`features.base_names` (all but the page
    types), the page's language by stop words, and each markdown line's shape (found once
    for both passes; None for other forms). ``room``: zero columns after them in each row,
    where :func:`with_page_types` writes the page types."""
    title = description = None
    if form == "html":
        units = html_units(page.blocks, page.spans)
        types, og = page.schema_types, page.og_type
        title, description = page.metadata.get("title"), page.metadata.get("description")
    else:
        units = markdown_units(text) if form == "markdown" else text_units(text)
        types, og = (), None
    page_row = page_features(url, types, og, units.texts, feats.link_density(units))
    shape = digits = None
    if form != "html" and units.texts:  # which lines hold a digit: read by their shapes and dates
        digits = layout.has_digits(units.texts)
    if form == "markdown" and units.texts:
        shape = layout.shapes(units, np.array([len(t) for t in units.texts], dtype=np.int64), digits)
    base, language = feats.stage1(units, page_row, title, description, shape, digits, room)
    return units, base, language, shape


def with_page_types(form: str, base: np.ndarray, units: Units, stages: dict[str, Model]) -> np.ndarray:
    """The stage-1 rows: ``base`` with the page-type probabilities in every row (written into
    its last columns where it has them, :func:`units_and_rows`' ``room``: no second copy of a
    huge document's rows)."""
    if not len(base):
        return np.zeros((0, len(feats.stage1_names(form))))
    names = feats.base_names(form)
    lengths = np.array([len(t) for t in units.texts], dtype=np.float64)
    summary = pagetype.summarize(base, names, PAGE_FEATURES, lengths)
    types = pagetype.probabilities(stages, summary)
    if base.shape[1] == len(names) + len(types):
        base[:, len(names) :] = types
        return base
    return np.hstack([base, np.repeat(types.reshape(1, -1), len(base), axis=0)])


class ModelMissing(FileNotFoundError):
    """A form's model file is not where the package keeps it: a broken installation."""


def model_path(form: str) -> Path:
    return MODELS_DIR / f"{form}.npz"


def check_models() -> None:
    """Raise ModelMissing unless every form's model file is installed (checked once per
    Cleaner, so a broken installation stops a run before any document, not in each one)."""
    for form in FORMS:
        if not model_path(form).is_file():
            raise ModelMissing(
                f"the judge's model {model_path(form)} is missing: reinstall the package "
                f"(or train it: python scripts/train_judge.py --form {form})"
            )


@cache
def models(form: str) -> dict[str, Model]:
    """A form's models, by name: ``stage1``, ``stage2`` and ``type-<page type>`` (loaded once
    per process)."""
    if form not in FORMS:
        raise ValueError(f"no judge for the form {form!r}")
    return load(model_path(form))


def score(prepared: Prepared, stages: dict[str, Model] | None = None) -> Scored:
    """Both passes (or the first alone, for a form whose models have no second)."""
    stages = stages or models(prepared.units.form)
    first, second = stages["stage1"], stages.get("stage2")
    terms: np.ndarray | None = None
    leaves = None
    if isinstance(first, Trees):  # the leaves' sum; the path contributions only where asked for
        s1, leaves = first.scored(prepared.X1)
    elif len(prepared.X1) <= ROWS:  # pair tables: the terms are the lookups the score adds up anyway
        terms = first.terms(prepared.X1)
        s1 = first.bias + terms.sum(axis=1)
    else:  # a huge document's: found again for the units asked for (Scored.terms_of)
        s1 = first.score(prepared.X1)
    s2 = second.score(second_rows(prepared, s1)) if second is not None else s1
    probability = sigmoid(s2)
    threshold = page_threshold(stages, prepared.X1)
    keep = decide(prepared, probability, threshold)
    return Scored(prepared, probability, s1, s2, terms, keep, threshold, first, leaves)


def second_names(form: str) -> tuple[str, ...]:
    """What a form's second pass reads: for markdown, the first pass's scores of the line's page
    around it (:mod:`.revise`); for HTML, the first pass's row and its containers' scores."""
    return revise.names(form) if form in revise.OWN else feats.stage2_names(form)


def second_rows(prepared: Prepared, s1: np.ndarray) -> np.ndarray:
    """The second pass's rows (:func:`second_names`) from the first pass's scores ``s1``."""
    units, form = prepared.units, prepared.units.form
    if form not in revise.OWN:
        return feats.stage2(units, prepared.X1, s1)
    names = feats.stage1_names(form)
    own = prepared.X1[:, [names.index(f) for f in revise.OWN[form]]]
    lengths = np.array([len(t) for t in units.texts], dtype=np.int64)
    shape = prepared.shape
    if shape is None:  # from the marks as the first pass's rows hold them
        marks = Units(form, [], units.texts, prepared.X1[:, : len(form_features(form))], units.groups)
        shape = layout.shapes(marks, lengths) if len(lengths) else np.zeros(0, dtype=np.int64)
    types = pagetype.of_rows(prepared.X1)
    article = types is not None and pagetype.likeliest(types) == "article"
    return revise.rows(form, units.groups, lengths.astype(np.float64), shape, own, s1, article)


def page_threshold(stages: dict[str, Model], X1: np.ndarray) -> float:
    """The probability from which a unit of this page is kept: the model's one threshold, or,
    when its trainer chose one per page type (``thresholds`` in its meta), the threshold of the
    page's most likely type, or (``blend_thresholds`` in its meta) their mean weighted by the
    page-type probabilities (:func:`typed_threshold`)."""
    model = stages.get("stage2", stages["stage1"])
    by_type = type_thresholds(model.meta)
    types = pagetype.of_rows(X1)
    if not by_type or types is None:
        return model.threshold
    return typed_threshold(
        by_type, types, model.threshold, blend=blends(model.meta), by_size=size_thresholds(model.meta), lines=len(X1)
    )


def typed_threshold(
    by_type: dict[str, float],
    types: np.ndarray,
    default: float,
    blend: bool = False,
    by_size: dict[str, SizeThresholds] | None = None,
    lines: int = 0,
) -> float:
    """A page's threshold from the thresholds by page type and its page-type probabilities
    ``types`` (:data:`pagetype.PAGE_TYPES` order; ``default`` for a type without one).

    ``by_size`` (``size_thresholds`` in a model's meta, by the likeliest type only): for a
    type, thresholds by the page's size, its ``lines`` (units) in groups cut at
    :func:`size_group`. The markdown model's article pages: a page taken for an article
    is cut at the threshold of its third by number of lines (chosen on the tune pages out
    of fold, as the thresholds by type are; docs/judge.md).

    ``blend``: the mean of the types' thresholds weighted by their probabilities, rather than
    the most likely type's. On a small page without a URL or schema the page-type models are
    often unsure (a job listing read as an article at 28%, a service page at 16%), and the
    most likely type's threshold then cuts a page by a kind it is not; the mean moves from
    one type's threshold to another's as the probabilities do. Measured on the HTML tune
    pages out of fold (each fold's pages cut at thresholds chosen on the other three), both
    ways score the same (word F1 0.8578 blended, 0.8579 by the most likely type, 0.8523 with
    the one threshold of 0.5); on the check pages 0.872 against 0.870, and the blend keeps
    the behaviour checks of small pages whose type is mispredicted (docs/judge.md)."""
    if blend:
        total = float(types.sum())
        if total <= 0:
            return default
        values = np.array([by_type.get(kind, default) for kind in pagetype.PAGE_TYPES])
        return float((types * values).sum() / total)
    kind = pagetype.likeliest(types)
    if by_size and kind in by_size:
        cuts, thresholds = by_size[kind]
        return thresholds[size_group(cuts, lines)]
    return by_type.get(kind, default)


# (cuts in log(1 + lines), one threshold per group: one more than the cuts)
SizeThresholds = tuple[tuple[float, ...], tuple[float, ...]]


def size_group(cuts: tuple[float, ...] | list[float], lines: int) -> int:
    """The group of a page of ``lines`` units among groups cut at ``cuts`` (increasing, in
    log(1 + lines); a page at a cut is in the group below it)."""
    return int(np.searchsorted(np.asarray(cuts, dtype=np.float64), log1p(lines)))


@cache
def size_thresholds(meta: str) -> dict[str, SizeThresholds]:
    """The thresholds by page size within a page type a model's meta holds (none: empty)."""
    return {
        str(kind): (tuple(float(c) for c in v["cuts"]), tuple(float(t) for t in v["thresholds"]))
        for kind, v in json.loads(meta).get("size_thresholds", {}).items()
    }


@cache
def type_thresholds(meta: str) -> dict[str, float]:
    """The thresholds by page type a model's meta holds (none: an empty dict)."""
    return {str(k): float(v) for k, v in json.loads(meta).get("thresholds", {}).items()}


@cache
def blends(meta: str) -> bool:
    """Whether a model's thresholds by page type are blended by the page-type probabilities."""
    return bool(json.loads(meta).get("blend_thresholds", False))


# The backup when the judge keeps too little (trafilatura's idea: undo pruning that would
# leave next to nothing): on a page with prose, if the units kept hold less than a fifth of
# its prose, the threshold is lowered step by step (to 0.4, 0.3, 0.2, 0.1) until they do.
# Chosen on the tune pages' out-of-fold scores (word F1 0.853 -> 0.863 for HTML, 0.804 ->
# 0.816 for markdown, 0.810 -> 0.815 for text); a fifth to a third, and floors of 0.1 to
# 0.2, scored within 0.002 of each other. The lower threshold holds for every unit, not for
# prose alone, although on a product page it brings the buy box back with the description
# (fixtures/judge/pages.yaml, product-vest): lowered for prose units only (or for them and
# their headings, their containers or the units next to them), the tune pages scored lower
# out of fold in every form (HTML 0.8523 -> 0.8496, markdown 0.8386 -> 0.8381, text 0.8195
# -> 0.8183, products too), since on listings and collections what must come back is cards.
BACKUP_SHARE = 0.2
BACKUP_STEPS = (0.4, 0.3, 0.2, 0.1)
BACKUP_MIN_PROSE = 400  # characters of prose a page needs for the backup to apply
# Below that, the backup still applies where the judge would keep nothing at all of a page
# that is mostly prose (half its characters or more): a page of one paragraph (an HTML
# fragment, a record holding an article's body alone) is its own text, and its lone unit,
# at 0% of the page with no unit around it, scores like a stray block (a 230-character
# notice at 0.34), so the page came out empty. A page of menus and footers with a sentence
# among them stays as the judge decides: where a scrape missed the page's text (a page
# drawn by script), its footer is no better a guess than nothing (with the floor alone, two
# wcxb-dev tune pages of markdown whose hand-checked body is empty gave their footers).
BACKUP_EMPTY_PROSE_SHARE = 0.5


def decide(prepared: Prepared, probability: np.ndarray, threshold: float) -> np.ndarray:
    """Which units are kept: those at or above ``threshold``, or lower (the backup above)."""
    keep = probability >= threshold
    prose, lengths = prose_units(prepared)
    total = lengths[prose].sum()
    if total < BACKUP_MIN_PROSE and (keep.any() or total < BACKUP_EMPTY_PROSE_SHARE * lengths.sum() or total == 0):
        return keep
    for step in BACKUP_STEPS:
        if lengths[prose & keep].sum() >= BACKUP_SHARE * total:
            break
        if step < threshold:
            keep = probability >= step
    return keep


def prose_units(prepared: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """(which units are prose, each unit's length): prose as the features count it
    (enough stop words and length to be sentences)."""
    names = feats.base_names(prepared.units.form)
    lengths = np.array([len(t) for t in prepared.units.texts], dtype=np.float64)
    stop = prepared.X1[:, names.index("stopword_share")] if len(prepared.X1) else np.zeros(0)
    return feats.is_prose(stop, lengths), lengths


def prose_texts(texts: list[str]) -> np.ndarray:
    """Which of a page's unit texts are prose, as :func:`prose_units` counts them, from their
    words alone: for the over-removal guard on a page the judge does not read (a site's body
    rule named its article)."""
    if not texts:
        return np.zeros(0, dtype=bool)
    from . import text as textf

    T, _, _ = textf.features(texts)
    stop = T[:, textf.FEATURES.index("stopword_share")]
    return feats.is_prose(stop, np.array([len(t) for t in texts], dtype=np.float64))


def model_info(form: str) -> dict:
    """How a form's model was trained (the JSON its trainer stored)."""
    stages = models(form)
    return json.loads(stages.get("stage2", stages["stage1"]).meta)
