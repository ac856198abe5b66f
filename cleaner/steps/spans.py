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
    removal: Callable[[int], tuple[str, str, str | None, str] | None],
    merge: str | None = None,
    reasons: Callable[[list[int]], list[str]] | None = None,
) -> list[Edit]:
    """Edits on ``doc``'s view removing the lines of units for which ``removal(i)`` gives
    ``(rule, category, reason, file)`` (``None``: the unit stays). ``spans`` are the units'
    ``[start, end)`` in the original text, sorted and disjoint. With ``merge`` (what a unit
    is called: "lines"), a run of removed units under one rule that touch each other is one
    edit, with the first unit's reason and the run's length (a page's menu of 80 lines is
    one record in the log, not 80). A reason given as None is asked of ``reasons``, once,
    for the units whose reason an edit carries (the first of each run): the others' are
    never written, so never made."""
    blocks = doc.view.blocks
    if not blocks or not spans:
        return []
    _, unit_of = line_units(doc, spans)
    found: list[list] = []  # [start, end, (rule, category, reason, file), unit, units in the run]
    # each unit asked once, in the order of its first line; then what goes, line by line
    decided = {k: removal(k) for k in dict.fromkeys(unit_of) if k is not None}
    removed_lines = [decided[k] if k is not None else None for k in unit_of]
    i = 0
    for block in blocks:
        n = len(block.lines)
        gone = removed_lines[i : i + n]
        if gone.count(None) == n:  # the block stays whole (most of a page's text)
            i += n
            continue
        whole = None not in gone
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
            assert removed is not None and k is not None
            last = found[-1] if merge and found else None
            if last is not None and last[1] == start and last[2][0] == removed[0]:
                last[1] = end
                last[4] += 1
            else:
                found.append([start, end, removed, k, 1])
            j += 1
        i += n
    missing = [f[3] for f in found if f[2][2] is None]
    filled = dict(zip(missing, reasons(missing), strict=True)) if missing and reasons is not None else {}
    edits = []
    for start, end, (rule, category, reason, file), k, count in found:
        text = reason if reason is not None else filled[k]
        if count > 1:
            text = f"{text} ({count} {merge} in a row under this rule; the reason is the first one's)"
        edits.append(Edit(start, end, "", rule, category, "remove", text, file))
    return edits


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
