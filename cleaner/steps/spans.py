"""Removing units of the original text from the current text, line by line.

The judge and the HTML prune rules decide on *units* of the document's original text (an
HTML block, a markdown or text line), but they run after steps that changed the text
(encoding repair, whitespace, markdown). :func:`unit_removals` finds, for every line of the
current text, the unit its first character comes from, and removes the lines of the
removed units: a line with its newline, a whole block with the blank lines after it, so
that what is left stays well-formed text. Consecutive lines of one unit are one edit.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..document import Document
from ..edits import Edit, to_original

if TYPE_CHECKING:
    from ..view import Line


def unit_removals(
    doc: Document,
    spans: Sequence[tuple[int, int]],
    removal: Callable[[int], tuple[str, str, str, str] | None],
    merge: str | None = None,
) -> list[Edit]:
    """Edits on ``doc``'s view removing the lines of units for which ``removal(i)`` gives
    ``(rule, category, reason, file)`` (``None``: the unit stays). ``spans`` are the units'
    ``[start, end)`` in the original text, sorted and disjoint. With ``merge`` (what a unit
    is called: "lines"), a run of removed units under one rule that touch each other is one
    edit, with the first unit's reason and the run's length (a page's menu of 80 lines is
    one record in the log, not 80)."""
    blocks = doc.view.blocks
    if not blocks or not spans:
        return []
    _, unit_of = line_units(doc, spans)
    edits: list[Edit] = []
    decided: dict[int, tuple[str, str, str, str] | None] = {}
    i = 0
    for block in blocks:
        n = len(block.lines)
        gone: list[tuple[str, str, str, str] | None] = []
        for j in range(n):
            k = unit_of[i + j]
            if k is not None and k not in decided:
                decided[k] = removal(k)
            gone.append(decided[k] if k is not None else None)
        whole = all(g is not None for g in gone)
        j = 0
        while j < n:
            if gone[j] is None:
                j += 1
                continue
            k = unit_of[i + j]
            first = j
            while j + 1 < n and gone[j + 1] is not None and unit_of[i + j + 1] == k:
                j += 1
            start = block.lines[first].start if not (whole and first == 0) else block.start
            end = block.cut if whole and j == n - 1 else block.lines[j].cut
            removed = gone[first]
            assert removed is not None
            rule, category, reason, file = removed
            edits.append(Edit(start, end, "", rule, category, "remove", reason, file))
            j += 1
        i += n
    return _merged(edits, merge) if merge else edits


def line_units(doc: Document, spans: Sequence[tuple[int, int]]) -> tuple[list[Line], list[int | None]]:
    """Every line of ``doc``'s current text, and the unit its first character comes from
    (its index in ``spans``, the units' sorted spans in the original text; None for a line
    of no unit)."""
    lines = [line for b in doc.view.blocks for line in b.lines]
    starts = [s for s, _ in spans]
    unit_of: list[int | None] = []
    for pos in to_original(doc.edits, [line.start for line in lines]):
        at = bisect_right(starts, pos) - 1
        unit_of.append(at if at >= 0 and pos < max(spans[at][1], spans[at][0] + 1) else None)
    return lines, unit_of


def _merged(edits: list[Edit], what: str) -> list[Edit]:
    out: list[Edit] = []
    count = 0
    for e in edits:
        last = out[-1] if out else None
        if last is not None and last.end == e.start and last.rule == e.rule:
            count += 1
            out[-1] = Edit(last.start, e.end, "", last.rule, last.category, last.action, last.reason, last.file)
            continue
        if count:
            out[-1] = _counted(out[-1], count + 1, what)
        out.append(e)
        count = 0
    if count:
        out[-1] = _counted(out[-1], count + 1, what)
    return out


def _counted(e: Edit, n: int, what: str) -> Edit:
    return Edit(
        e.start,
        e.end,
        e.replacement,
        e.rule,
        e.category,
        e.action,
        f"{e.reason} ({n} {what} in a row under this rule; the reason is the first one's)",
        e.file,
    )
