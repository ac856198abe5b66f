"""The judge as a step: every unit the model does not keep is removed, with its reason.

The judge reads the document's original text (:mod:`cleaner.judge`), so it sees the
markup and indentation that earlier steps took out; its decisions are then applied to the
current text line by line (:mod:`cleaner.steps.spans`), after the site's own rules and
before the generic packs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..edits import Edit
from ..judge.explain import FILE, RULES, Row, against, reason, rule_for
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

        prepared = prepare(doc.form, doc.original, url=doc.url or doc.url_line, page=doc.page)
        if not prepared.units.spans:
            return []
        first, second = models(doc.form)
        scored = score(prepared, (first, second))
        keep = scored.keep.tolist()
        kept = [i for i, k in enumerate(keep) if k]
        lo, hi = (kept[0], kept[-1]) if kept else (len(keep), -1)
        gone = [i for i, k in enumerate(keep) if not k]
        worst = dict(zip(gone, against(scored.terms[gone]))) if gone else {}
        index = {name: i for i, name in enumerate(first.features)}
        pairs = list(zip(first.term_a.tolist(), first.term_b.tolist()))
        X1 = prepared.X1

        def removal(i: int) -> tuple[str, str, str, str] | None:
            if keep[i]:
                return None
            rule = rule_for(Row(X1[i], index), "before" if i < lo else "after" if i > hi else "inside")
            why = reason(doc.form, float(scored.probability[i]), second.threshold, float(scored.first[i]),
                         float(scored.final[i]), first.features, X1[i], scored.terms[i], pairs, worst[i])
            return rule.id, rule.category, why, FILE

        return unit_removals(doc, prepared.units.spans, removal)
