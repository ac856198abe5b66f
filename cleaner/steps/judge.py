"""The judge as a step: every unit the model does not keep is removed, with its reason.

The judge reads the document's original text (:mod:`cleaner.judge`), so it sees the
markup and indentation that earlier steps took out; its decisions are then applied to the
current text line by line (:mod:`cleaner.steps.spans`), after the site's own rules and
before the generic packs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..edits import Edit
from ..judge.explain import FILE, RULES, feature_weights, reasons, rules_for, sections
from . import Step
from .spans import unit_removals

if TYPE_CHECKING:
    from ..document import Document


class Judge(Step):
    name = "judge"
    rules = RULES

    def applies(self, doc: "Document") -> bool:
        return doc.options.judge and (doc.form != "html" or doc.page is not None)

    def find(self, doc: "Document") -> list[Edit]:
        from ..judge import models, prepare, score

        stages = models(doc.form)
        prepared = prepare(doc.form, doc.original, url=doc.url or doc.url_line, page=doc.page, stages=stages)
        if not prepared.units.spans:
            return []
        first, second = stages["stage1"], stages["stage2"]
        scored = score(prepared, stages)
        doc.prose = prose(prepared, scored.keep)
        gone = np.flatnonzero(~scored.keep)
        if not len(gone):
            return []
        kept = np.flatnonzero(scored.keep)
        lo, hi = (kept[0], kept[-1]) if len(kept) else (len(scored.keep), -1)
        under = sections(prepared.X1, first.features, scored.keep)
        X1 = prepared.X1[gone]
        rules = rules_for(X1, first.features, gone < lo, gone > hi, [under[i] for i in gone])
        why = reasons(doc.form, scored.probability[gone], second.threshold, scored.first[gone], scored.final[gone],
                      first.features, X1, feature_weights(scored.terms[gone], first.term_a, first.term_b,
                                                          len(first.features)))
        found = {int(i): (rule.id, rule.category, text, FILE) for i, rule, text in zip(gone, rules, why)}
        return unit_removals(doc, prepared.units.spans, found.get)


def prose(prepared, keep: np.ndarray) -> tuple[int, int]:
    """(characters of prose in the page, characters of prose the judge kept): prose as the
    judge's features count it (sentences: enough stop words and length)."""
    from ..judge import features as feats

    names = feats.base_names(prepared.units.form)
    stop = prepared.X1[:, names.index("stopword_share")]
    lengths = np.array([len(t) for t in prepared.units.texts], dtype=np.float64)
    is_prose = (stop >= feats.PROSE_STOPWORDS) & (lengths >= feats.PROSE_CHARS)
    return int(lengths[is_prose].sum()), int(lengths[is_prose & keep].sum())
