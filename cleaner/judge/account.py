"""The judge's whole account of a page's units: what a removal's reason abridges.

A removal's reason names the probability, the three features that weighed most against the
unit and the neighbourhood's shift (:func:`.explain.reasons`). A reviewer who doubts it, or
doubts a line the judge kept, needs the rest: every feature's value and weight, the first
pass's score they add up to, the threshold of the page and its type, and the decision.
:func:`account` reads them from the judge's own decision on the page
(:func:`cleaner.steps.judge.judged`, which the step's edits come from), so the account says
what the run did, not what a second computation thinks it did. The weights are the ones a
reason names (:func:`.explain.feature_weights`): a feature's terms, half of each two-feature
term, so that the first pass's bias and the weights add up to its score.

Nothing here runs when a document is cleaned: the account is asked for
(:meth:`cleaner.Cleaner.judge_account`, ``cleaner clean FILE --why``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..progress import plural
from .explain import describe, feature_weights, score_and_threshold

if TYPE_CHECKING:
    from ..document import Document


@dataclass(frozen=True, slots=True)
class Weight:
    """One feature of the first pass, for one unit."""

    feature: str  # its name in the model
    value: float  # the unit's value of it (counts of lines and runs as log(1 + n))
    weight: float  # its part of the first-pass score, in log-odds (negative: against the unit)
    words: str  # the feature and its value in words, as a reason prints them


@dataclass(frozen=True, slots=True)
class UnitAccount:
    """Everything the judge weighed for one unit, and what it decided."""

    unit: int  # the unit's number on the page, from 0
    start: int  # [start, end) in the document's text (an HTML page's visible text), as the log's offsets
    end: int
    line: int  # the line (from 1) the unit starts on
    text: str  # what the judge reads of the unit
    first: float  # the first pass's score (log-odds): the bias plus the weights
    weights: tuple[Weight, ...]  # every feature of the first pass, the most against the unit first
    shift: float | None  # how far the second pass moved the score (None: the form has one pass)
    final: float  # the score after the second pass (log-odds)
    probability: float  # of being article text
    kept: bool
    rule: str | None  # the rule of the removal (``judge-navigation``, ...); None when kept
    backup: bool  # kept under the threshold, by the backup that lowers it on a page it would empty


@dataclass(frozen=True, slots=True)
class JudgeAccount:
    """The judge's account of a document: its page, and the units asked for (all by default)."""

    form: str  # html, markdown or text
    skipped: str | None = None  # why the judge did not read the document (then no units)
    page_type: str | None = None  # the page's likeliest type
    page_types: dict[str, float] = field(default_factory=dict)  # each type's probability
    threshold: float = 0.5  # the probability from which a unit of this page is kept
    bias: float = 0.0  # the first pass's score before any feature
    units: tuple[UnitAccount, ...] = ()


def account(doc: Document, *, line: int | None = None, offset: int | None = None) -> JudgeAccount:
    """The judge's account of ``doc``, run up to the judge (:meth:`cleaner.Cleaner.judge_account`):
    every unit, or only the one holding ``line`` (from 1) or character ``offset`` of its text.
    Raises ValueError when no unit holds it."""
    from ..steps.judge import MIN_LINES, REASON_ROWS, Judge, judged
    from . import pagetype

    if not Judge().applies(doc):
        if not doc.options.judge:
            why = "the judge is turned off (--no-judge)"
        elif doc.body is not None:
            why = "a site's body rule names the page's article: the judge does not read the page"
        else:
            why = f"fewer than {plural(MIN_LINES, 'non-blank line')}: a snippet, which the judge does not read"
        return JudgeAccount(doc.form, skipped=why)
    verdict = judged(doc)
    if verdict is None:
        return JudgeAccount(doc.form, skipped="the page has no text for the judge to read")
    prepared, scored, types = verdict.prepared, verdict.scored, verdict.types
    spans = prepared.units.spans
    starts = _line_starts(doc.original)
    rows = (
        np.arange(len(spans))
        if line is None and offset is None
        else np.array([_unit_at(doc.original, starts, spans, line, offset)])
    )
    first = verdict.stages["stage1"]
    names = first.features
    rule_of = verdict.removed()
    has_second = "stage2" in verdict.stages
    units = []
    for at in range(0, len(rows), REASON_ROWS):  # a huge page's weights a part at a time, as its reasons
        part = rows[at : at + REASON_ROWS]
        weights = feature_weights(scored.terms_of(part), first.term_a, first.term_b, len(names))
        order = np.argsort(weights, axis=1, kind="stable")  # ties by feature, as a reason orders them
        for k, i in enumerate(part.tolist()):
            values, weighs = prepared.X1[i].tolist(), weights[k].tolist()
            start, end = spans[i]
            kept = bool(verdict.keep[i])
            units.append(
                UnitAccount(
                    i,
                    start,
                    end,
                    bisect_right(starts, start),
                    prepared.units.texts[i],
                    float(scored.first[i]),
                    tuple(
                        Weight(names[f], values[f], weighs[f], describe(names[f], values[f], doc.form))
                        for f in order[k].tolist()
                    ),
                    float(scored.final[i] - scored.first[i]) if has_second else None,
                    float(scored.final[i]),
                    float(scored.probability[i]),
                    kept,
                    None if kept else rule_of[i].id,
                    kept and float(scored.probability[i]) < scored.threshold,
                )
            )
    return JudgeAccount(
        doc.form,
        None,
        pagetype.likeliest(types) if types is not None else None,
        dict(zip(pagetype.PAGE_TYPES, types.tolist(), strict=True)) if types is not None else {},
        scored.threshold,
        float(first.bias),
        tuple(units),
    )


def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts."""
    return [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]


def _unit_at(text: str, starts: list[int], spans: list[tuple[int, int]], line: int | None, offset: int | None) -> int:
    """The unit holding character ``offset`` of ``text``, or the first unit on ``line`` (from 1);
    ``starts``: where each line of ``text`` starts."""
    if line is not None:
        if not 1 <= line <= len(starts):
            raise ValueError(f"line {line} is not in the document, which has {plural(len(starts), 'line')}")
        lo = starts[line - 1]
        last = (starts[line] - 1 if line < len(starts) else len(text)) - 1  # its last character
        where = f"line {line}"
    else:
        assert offset is not None
        if not 0 <= offset < len(text):
            raise ValueError(f"offset {offset} is not in the document, which has {plural(len(text), 'character')}")
        lo = last = offset
        where = f"offset {offset}"
    at = bisect_right([s for s, _ in spans], last) - 1  # the last unit that starts by then
    while at > 0 and spans[at - 1][1] > lo:  # an earlier one on the same line
        at -= 1
    if last < lo or at < 0 or spans[at][1] <= lo:
        raise ValueError(f"{where} holds no unit the judge reads (a blank line, or between two units)")
    return at


SHOWN = 0.05  # the least weight (either way) a feature needs to be a row of its own in the table


def format_account(found: JudgeAccount) -> str:
    """The account as a table to read: for each unit, its decision and scores, then its
    features by weight (those of less than :data:`SHOWN` either way in one line), the
    bias, and their sum, the first pass's score."""
    if found.skipped is not None:
        return f"judge ({found.form}): not judged: {found.skipped}\n"
    types = ", ".join(f"{k} {v:.0%}" for k, v in sorted(found.page_types.items(), key=lambda kv: -kv[1]))
    out = [
        f"judge ({found.form}): page type {found.page_type or 'none'}"
        + (f" ({types})" if types else "")
        + f"; a unit is kept from article text {found.threshold:.2f}"
    ]
    for u in found.units:
        score, cut = score_and_threshold(u.probability, found.threshold)
        decision = (
            ("kept by the backup (the threshold lowered on a page it would empty)" if u.backup else "kept")
            if u.kept
            else f"removed as {u.rule}"
        )
        second = f", neighbourhood {u.shift:+.2f}, final {u.final:+.2f}" if u.shift is not None else ""
        out += [
            "",
            f"unit {u.unit}, line {u.line}, characters {u.start}-{u.end}: {decision}",
            f"  {_quoted(u.text)}",
            f"  article text {score} (kept from {cut}): first pass {u.first:+.2f}{second} (log-odds)",
            "  weight  feature",
        ]
        rest = [w for w in u.weights if abs(w.weight) < SHOWN]
        out += [
            f"  {w.weight:+6.2f}  {w.words}  [{w.feature} = {w.value:.4g}]" for w in u.weights if abs(w.weight) >= SHOWN
        ]
        if rest:
            out.append(
                f"  {sum(w.weight for w in rest):+6.2f}  {plural(len(rest), 'other feature')}, each under {SHOWN}"
            )
        out.append(f"  {found.bias:+6.2f}  bias")
        out.append(f"  {found.bias + sum(w.weight for w in u.weights):+6.2f}  = the first pass's score")
    return "\n".join(out) + "\n"


def _quoted(text: str, most: int = 100) -> str:
    """A unit's text on one line, cut to ``most`` characters."""
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= most else flat[: most - 1] + "…")
