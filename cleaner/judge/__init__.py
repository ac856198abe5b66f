"""The judge: one decision per unit of a page, article text or not, with the reasons.

Every input form comes here the same way: the document is cut into units (HTML blocks,
markdown or text lines; :mod:`.units`), each unit gets a row of features (its form's, its
words', its page's and its neighbours'; :mod:`.features`), and a model that was trained on
hand-checked pages (:mod:`.model`, trained by ``scripts/train_judge.py``) scores it twice:
once alone, once with what the first pass thought of its neighbourhood. A unit whose
probability of being article text is under the model's threshold is removed; its reason
names the probability and the features that pushed it down most (:mod:`.explain`).

One model per form, shipped in ``cleaner/judge/models/``: what an HTML page tells (tags,
classes) a text dump cannot, and the same line means different things in each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import features as feats
from .model import Model, load
from .units import FORMS, Units, html_units, markdown_units, page_features, text_units

MODELS_DIR = Path(__file__).resolve().parent / "models"


@dataclass(slots=True)
class Prepared:
    """A document cut into units, with its stage-1 rows."""

    units: Units
    X1: np.ndarray
    language: str | None  # the page's language by stop words


@dataclass(slots=True)
class Scored:
    prepared: Prepared
    probability: np.ndarray  # per unit: article text
    first: np.ndarray  # per unit: the stage-1 score (log-odds)
    final: np.ndarray  # per unit: the stage-2 score (log-odds)
    terms: np.ndarray  # per unit and stage-1 term: its part of the stage-1 score
    keep: np.ndarray  # bool per unit


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


def prepare(form: str, text: str, *, url: str | None = None, page=None) -> Prepared:
    """Units and stage-1 rows of a document (``page``: the :class:`cleaner.html.Page` of an HTML one)."""
    title = description = None
    if form == "html":
        units = html_units(page.blocks, page.spans)
        types, og = page.schema_types, page.og_type
        title, description = page.metadata.get("title"), page.metadata.get("description")
    else:
        units = markdown_units(text) if form == "markdown" else text_units(text)
        types, og = (), None
    page_row = page_features(url, types, og, units.texts, feats.link_density(units))
    X1, language = feats.stage1(units, page_row, title, description)
    return Prepared(units, X1, language)


class ModelMissing(FileNotFoundError):
    """A form's model file is not where the package keeps it: a broken installation."""


def check_models() -> None:
    """Raise ModelMissing unless every form's model files are installed (checked once per
    Cleaner, so a broken installation stops a run before any document, not in each one)."""
    for form in FORMS:
        for stage in (1, 2):
            path = MODELS_DIR / f"{form}-{stage}.npz"
            if not path.is_file():
                raise ModelMissing(f"the judge's model {path} is missing: reinstall the package "
                                   f"(or train it: python scripts/train_judge.py --form {form})")


@lru_cache(maxsize=None)
def models(form: str) -> tuple[Model, Model]:
    """The two stages of a form's model (loaded once per process)."""
    if form not in FORMS:
        raise ValueError(f"no judge for the form {form!r}")
    return load(MODELS_DIR / f"{form}-1.npz"), load(MODELS_DIR / f"{form}-2.npz")


def score(prepared: Prepared, stages: tuple[Model, Model] | None = None) -> Scored:
    first, second = stages or models(prepared.units.form)
    terms = first.terms(prepared.X1)
    s1 = first.bias + terms.sum(axis=1)
    s2 = second.score(feats.stage2(prepared.units, prepared.X1, s1))
    probability = 1.0 / (1.0 + np.exp(-s2))
    return Scored(prepared, probability, s1, s2, terms, probability >= second.threshold)


def model_info(form: str) -> dict:
    """How a form's model was trained (the JSON its trainer stored)."""
    return json.loads(models(form)[1].meta)
