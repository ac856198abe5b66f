"""Edits: the one record of every change cleaner makes, and the one engine that applies them.

A document is its decoded input text plus a sorted list of non-overlapping edits.
Each edit replaces ``original[start:end]`` by ``replacement`` and says which rule made
it, in which category, with which action and why. Output is the input with the edits
applied; the edits together with the output give the input back (:func:`restore`).

The pipeline runs in stages (encoding repair, whitespace, markdown, rules, joins, ...).
Each stage sees the text as the previous stages left it (the *view*) and proposes edits
in view coordinates. :func:`compose` maps them back onto the original text, so offsets in
the log are always code-point offsets into the decoded input (Dolma's span convention).
When a later edit covers an earlier one (a removed paragraph that had a repaired
character), the two merge into one edit attributed to the later rule: the earlier
change is gone from the output anyway, and the merged edit still restores exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


class EditError(ValueError):
    """Edits that cannot be applied: unsorted, overlapping or out of range."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``[start, end)`` by ``replacement``; ``rule`` says who and ``reason`` why."""

    start: int
    end: int
    replacement: str
    rule: str
    category: str
    action: str
    reason: str
    file: str = ""

    @property
    def delta(self) -> int:
        return len(self.replacement) - (self.end - self.start)


def check_edits(edits: Sequence[Edit], length: int) -> None:
    """Raise EditError unless ``edits`` are sorted, disjoint and inside ``[0, length]``."""
    pos = 0
    for e in edits:
        if e.start < pos or e.end < e.start or e.end > length:
            raise EditError(f"edit {e.rule} [{e.start}, {e.end}) overlaps or is out of order/range (at {pos}, length {length})")
        pos = e.end


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The only place text is changed: ``text`` with ``edits`` (sorted, disjoint) applied."""
    check_edits(edits, len(text))
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos:e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def sort_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Sort proposals by position; overlapping proposals are a bug in the rule that made them."""
    return sorted(edits, key=lambda e: (e.start, e.end))


def compose(old: Sequence[Edit], new: Sequence[Edit]) -> list[Edit]:
    """Edits on the original equal to applying ``old`` and then ``new``.

    ``old`` are edits on the original text; ``new`` are edits on the view, the original with
    ``old`` applied. Both are sorted and disjoint. An old edit that a new one overlaps is
    merged into it (its replacement text is kept where the new edit does not cover it).
    Edits that only touch end to end stay apart, so each keeps its own rule: a paragraph
    removed right after a removed URL line is two log records, not one.
    """
    out: list[Edit] = []
    i, n_old = 0, len(old)
    shift = 0  # view offset minus original offset, for view positions after old[:i]
    for e in new:
        s, t = e.start, e.end
        # Emit old edits that lie wholly before the new one.
        while i < n_old:
            o = old[i]
            vs = o.start + shift
            ve = vs + len(o.replacement)
            before = ve <= s
            if not before:
                break
            out.append(o)
            shift += o.delta
            i += 1
        # Collect old edits that the new one overlaps.
        j = i
        first_vs = last_vs = -1
        shift_after = shift
        while j < n_old:
            o = old[j]
            vs = o.start + shift_after
            ve = vs + len(o.replacement)
            overlaps = vs < s < ve if s == t else vs < t and ve > s
            if not overlaps:
                break
            if j == i:
                first_vs = vs
            last_vs = vs
            shift_after += o.delta
            j += 1
        if j == i:
            out.append(_moved(e, s - shift, t - shift, e.replacement))
            continue
        first, last = old[i], old[j - 1]
        if s < first_vs:
            start, prefix = s - shift, ""
        else:
            start, prefix = first.start, first.replacement[: s - first_vs]
        if t > last_vs + len(last.replacement):
            end, suffix = t - shift_after, ""
        else:
            end, suffix = last.end, last.replacement[t - last_vs:]
        out.append(_moved(e, start, end, prefix + e.replacement + suffix))
        shift = shift_after
        i = j
    out.extend(old[i:])
    return out


def _moved(e: Edit, start: int, end: int, replacement: str) -> Edit:
    return Edit(start, end, replacement, e.rule, e.category, e.action, e.reason, e.file)


def restore(output: str, edits: Sequence[Edit], removed: Sequence[str] | None = None) -> str:
    """The input, rebuilt from the output and the edits (with their removed texts).

    ``removed[k]`` is the original text of ``edits[k]``; the log carries it, so the log
    alone gives the input back. Raises EditError if the output does not hold the
    replacements where the edits say.
    """
    if removed is None:
        raise EditError("restore needs the removed text of each edit")
    parts: list[str] = []
    in_pos = out_pos = 0
    for e, gone in zip(edits, removed, strict=True):
        if e.start < in_pos or len(gone) != e.end - e.start:
            raise EditError(f"edit {e.rule} at {e.start} is out of order or its removed text has the wrong length")
        gap = e.start - in_pos
        parts.append(output[out_pos:out_pos + gap])
        out_pos += gap
        if output[out_pos:out_pos + len(e.replacement)] != e.replacement:
            raise EditError(f"output does not hold the replacement of edit {e.rule} at input offset {e.start}")
        out_pos += len(e.replacement)
        parts.append(gone)
        in_pos = e.end
    parts.append(output[out_pos:])
    return "".join(parts)
