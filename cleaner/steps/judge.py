"""The judge as a step: every unit the model does not keep is removed, with its reason.

The judge reads the document's original text (:mod:`cleaner.judge`), so it sees the
markup and indentation that earlier steps took out; its decisions are then applied to the
current text line by line (:mod:`cleaner.steps.spans`), after the site's own rules and
before the generic packs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..edits import Edit
from ..judge.explain import FILE, RULES, TITLE, feature_weights, reasons, rules_for, sections
from . import Step, StepRule
from .spans import unit_removals

if TYPE_CHECKING:
    from ..document import Document
    from ..judge import Prepared, Scored
    from ..judge.model import Model


# A text or markdown document of fewer non-blank lines is a snippet, not a page: the judge
# is trained on whole pages, and its page features (size, shape, kind) say nothing of a
# snippet. (The five seed articles have 32 to 59 lines; a menu alone has more than this.)
MIN_LINES = 8

# The reasons of a page's removed units are found this many at a time. An HTML unit's 706
# terms, their 1,391 shares of its 270 features and those features' weights are float64
# arrays of some 19 KB, held for every unit at once: a table of 20,000 rows, whose 39,683
# removed cells each get a reason, peaked at 1,337 MB (561 MB in parts of 2,048, by
# `/usr/bin/time`). A unit's reason depends on its own row alone, so the reasons are the
# same whatever the part (a test compares them with one part for the whole page).
REASON_ROWS = 2048


class Judge(Step):
    name = "judge"
    rules = RULES

    def applies(self, doc: Document) -> bool:
        if not doc.options.judge or doc.body is not None:  # a site's body rule named the article
            return False
        if doc.form == "html":
            return doc.page is not None
        lines = 0
        for line in doc.original.split("\n"):
            if line.strip():
                lines += 1
                if lines >= MIN_LINES:
                    return True
        return False

    def find(self, doc: Document) -> list[Edit]:
        verdict = judged(doc)
        if verdict is None or not len(verdict.gone):
            return []
        prepared, scored, first, headline = verdict.prepared, verdict.scored, verdict.stages["stage1"], verdict.headline
        doc.title_taken = headline is not None or any(rule is TITLE for rule in verdict.rules)
        has_second = "stage2" in verdict.stages

        def why(units: list[int]) -> list[str]:
            """The reasons of the removed units whose reason the log carries (the first of each
            run), :data:`REASON_ROWS` units at a time."""
            out: list[str] = []
            for at in range(0, len(units), REASON_ROWS):
                rows = np.array(units[at : at + REASON_ROWS], dtype=np.intp)
                out += reasons(
                    doc.form,
                    scored.probability[rows],
                    scored.threshold,
                    scored.first[rows],
                    scored.final[rows] if has_second else None,  # one pass: no neighbourhood to name
                    first.features,
                    prepared.X1[rows],
                    feature_weights(scored.terms_of(rows), first.term_a, first.term_b, len(first.features)),
                )
            return out

        found: dict[int, tuple[str, str, str | None, str]] = {
            i: (rule.id, rule.category, None, FILE) for i, rule in verdict.removed().items()
        }
        if headline is not None:
            found[headline] = (
                TITLE.id,
                TITLE.category,
                f"judge ({doc.form}): the page's title repeated as the "
                f"headline above its text (article text {scored.probability[headline]:.2f})",
                FILE,
            )
        # An HTML block is logged alone (each element that does not reach the output); lines of
        # a page dump, one run of them per rule (a menu is one record, not one per item).
        return unit_removals(
            doc, prepared.units.spans, found.get, merge=None if doc.form == "html" else "lines", reasons=why
        )


@dataclass(slots=True)
class Verdict:
    """What the judge decided on a page, before it becomes edits: the units and their rows,
    both passes' scores, which units it keeps (``keep``: the title's headline already
    taken out), and the rule each unit it does not keep goes under (``rules``, in the
    order of ``gone``). The step's edits and the account of every unit
    (:mod:`cleaner.judge.account`) are both read from it."""

    types: np.ndarray | None  # the page-type models' probabilities (None: the form has none)
    prepared: Prepared
    scored: Scored
    stages: dict[str, Model]
    keep: np.ndarray
    headline: int | None  # the unit repeating the page's title (removed as judge-title), if any
    gone: np.ndarray
    rules: list[StepRule]

    def removed(self) -> dict[int, StepRule]:
        """The rule of each unit the judge does not keep, by unit: the headline's is
        ``judge-title``."""
        out = {int(i): rule for i, rule in zip(self.gone, self.rules, strict=True)}
        if self.headline is not None:
            out[self.headline] = TITLE
        return out


def judged(doc: Document) -> Verdict | None:
    """The judge's decisions on ``doc`` (None: a page of no units). Sets what the rest of the
    pipeline reads of them: the page's type and the spans of its prose."""
    from ..judge import models, pagetype, prepare, score

    stages = models(doc.form)
    prepared = prepare(doc.form, doc.original, url=doc.url or doc.url_line, page=doc.page, stages=stages)
    types = pagetype.of_rows(prepared.X1)
    if types is not None:
        doc.page_type = pagetype.likeliest(types)
    if not prepared.units.spans:
        return None
    first = stages["stage1"]
    scored = score(prepared, stages)
    keep = scored.keep.copy()
    headline = title_repeat(prepared, keep)
    if headline is not None:
        keep[headline] = False
    doc.prose = prose_spans(prepared)
    gone = np.flatnonzero(~keep)
    if not len(gone):
        return Verdict(types, prepared, scored, stages, keep, headline, gone, [])
    kept = np.flatnonzero(keep)
    lo, hi = (kept[0], kept[-1]) if len(kept) else (len(keep), -1)
    under = sections(prepared.X1, first.features, keep)
    rules = rules_for(prepared.X1[gone], first.features, gone < lo, gone > hi, [under[i] for i in gone])
    return Verdict(types, prepared, scored, stages, keep, headline, gone, rules)


# The headline that repeats the page's title (most of its words are the title's, and it holds
# most of the title) is not body: of 889 such units on the pages the judge is trained on, 95%
# are not in the hand-checked body. The model weighs it like any unit, and on a short page
# can keep it; so the first one is removed when nothing the judge keeps comes before it.
TITLE_SHARE = 0.8


def title_repeat(prepared, keep: np.ndarray) -> int | None:
    """The unit that repeats the page's title above the text, if the judge kept it."""
    from ..judge import features as feats

    names = feats.base_names(prepared.units.form)
    inside, cover = prepared.X1[:, names.index("title_overlap")], prepared.X1[:, names.index("title_cover")]
    hits = np.flatnonzero((inside >= TITLE_SHARE) & (cover >= TITLE_SHARE))
    if not len(hits):
        return None
    first = int(hits[0])
    return first if keep[first] and not keep[:first].any() else None


def prose_spans(prepared) -> list[tuple[int, int]]:
    """The spans of the page's prose units in the original text (prose as the judge's
    features count it: enough stop words and length to be sentences)."""
    from ..judge import prose_units

    is_prose, _ = prose_units(prepared)
    return [span for span, yes in zip(prepared.units.spans, is_prose.tolist(), strict=True) if yes]
