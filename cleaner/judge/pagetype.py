"""What kind of page a document is: article, forum thread, listing, product page, ...

The judge decides unit by unit, but what is noise depends on the page: the cards of a
listing are its text, the same cards beside an article are teasers; the posts of a forum
thread are its text, comments under an article are not. So before the units are judged,
the page as a whole is: a small model per page type (one against the rest, the same
additive model as the judge's, :mod:`cleaner.judge.model`) reads a summary of the page (its
URL words, declared types and shape, and the means of its units' features, weighted by
their text) and gives the probability of each type. The seven probabilities are features
of every unit, so the judge's model can learn rules per kind of page (as "profiles" per
page type do in hand-written extractors), without anyone writing them.

The page types are those of the benchmark the models are trained on (WCXB): article,
collection, documentation, forum, listing, product, service.
"""

from __future__ import annotations

import numpy as np

from ..pagetypes import PAGE_TYPES
from .model import Model

TYPE_FEATURES = tuple(f"type_{t}" for t in PAGE_TYPES)

# Unit features whose text-weighted mean over the page describes the page, when the form has them.
AGGREGATED = (
    "link_density",
    "stopword_share",
    "sentence_end",
    "control_label",
    "repeats",
    "chars",
    "digits",
    "capitals",
    "title_words",
    "bullet",
    "date_like",
    "tag_li",
    "in_list",
    "tag_cell",
    "in_table",
    "in_form",
    "tag_pre",
    "pre",
    "in_pre",
    "tag_h2",
    "tag_h3",
    "tag_h456",
    "fragment_links",
    "same_path",
    "class_comment",
    "class_reply",
    "class_post",
    "class_product",
    "class_price",
    "class_card",
    "class_item",
    "class_review",
    "class_rating",
    "class_doc",
    "class_code",
    "class_toc",
    "class_forum",
    "class_thread",
    "class_message",
    "class_user",
    "class_signature",
    "class_vote",
    "class_grid",
    "class_list",
    "class_teaser",
    "class_title",
    "class_article",
    "class_content",
    "class_sidebar",
    "md_heading",
    "md_list",
    "md_code",
    "md_table",
    "tx_bullet",
    "tx_columns",
    "tx_indent_rank",
)


def summary_names(unit_names: tuple[str, ...], page_names: tuple[str, ...]) -> tuple[str, ...]:
    return page_names + tuple(f"mean_{n}" for n in AGGREGATED if n in unit_names)


def summarize(
    X1: np.ndarray, unit_names: tuple[str, ...], page_names: tuple[str, ...], lengths: np.ndarray
) -> np.ndarray:
    """One row: the page features (the same in every unit's row) and the weighted means."""
    index = {n: i for i, n in enumerate(unit_names)}
    page = X1[0, [index[n] for n in page_names]] if len(X1) else np.zeros(len(page_names))
    columns = [index[n] for n in AGGREGATED if n in index]
    if len(X1):
        w = lengths / lengths.sum() if lengths.sum() > 0 else np.full(len(X1), 1 / len(X1))
        means = w @ X1[:, columns]
    else:
        means = np.zeros(len(columns))
    return np.concatenate([page, means])


def probabilities(models: dict[str, Model], summary: np.ndarray) -> np.ndarray:
    """The probability of each page type (:data:`PAGE_TYPES` order) for one page summary."""
    row = summary.reshape(1, -1)
    return np.array([models[f"type-{t}"].probability(row)[0] for t in PAGE_TYPES])


def likeliest(types: np.ndarray) -> str:
    """The page type of the largest of the probabilities ``types`` (:data:`PAGE_TYPES`
    order; the first of them on a tie)."""
    return PAGE_TYPES[int(np.argmax(types))]


def of_rows(X1: np.ndarray) -> np.ndarray | None:
    """The page-type probabilities (:data:`PAGE_TYPES` order) that a page's first-pass rows
    carry in their last columns (:data:`TYPE_FEATURES`, the same on every row); None for a
    page without units."""
    return X1[0, -len(TYPE_FEATURES) :] if len(X1) else None
