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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from .errors import EditError


@dataclass(slots=True, unsafe_hash=True)
class Edit:
    """Replace ``[start, end)`` by ``replacement``; ``rule`` says who and ``reason`` why.

    Not changed once made: compose and the steps make new edits rather than move old ones.
    Hashed by its fields, as the frozen dataclass it was (edits can be set members and keys).
    """

    # Not a frozen dataclass: hundreds of edits are made per document (a markdown page's
    # steps and compose make a thousand), and a frozen one sets each field through
    # object.__setattr__ or a slot descriptor call, three times the cost of this
    # __init__'s plain slot stores (0.34 against 1.03 us an edit); a named tuple is made in
    # half the time but reads its fields at half the speed. ``unsafe_hash`` keeps the hash
    # by fields a frozen one had (a dataclass with ``eq`` and not frozen has none); nothing
    # changes an edit's fields after it is made.
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
            raise EditError(
                f"edit {e.rule} [{e.start}, {e.end}) overlaps or is out of order/range (at {pos}, length {length})"
            )
        pos = e.end


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The only place text is changed: ``text`` with ``edits`` (sorted, disjoint) applied."""
    check_edits(edits, len(text))
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def sort_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Sort proposals by position; overlapping proposals are a bug in the rule that made them."""
    return sorted(edits, key=_POSITION)


_POSITION = attrgetter("start", "end")  # (start, end), read in C


def compose(old: Sequence[Edit], new: Sequence[Edit]) -> list[Edit]:
    """Edits on the original equal to applying ``old`` and then ``new``.

    ``old`` are edits on the original text; ``new`` are edits on the view, the original with
    ``old`` applied. Both are sorted and disjoint. New edits and the old edits they overlap
    form groups (a removed paragraph and the repaired characters inside it; two new edits
    inside one old replacement); each group becomes one edit, named after its first new
    edit, whose replacement is the view text of the group with the new edits applied.
    Edits that only touch end to end stay apart, so each keeps its own rule: a paragraph
    removed right after a removed URL line is two log records, not one. Nor does a removal
    swallow a rule file's or the judge's removal that lies inside it: a line a site rule took
    between two lines the judge took stays the site rule's record, between two of the judge's.
    """
    if not old:
        return list(new)  # the view is the original: new edits need no moving
    out: list[Edit] = []
    i, n_old, k, n_new = 0, len(old), 0, len(new)
    shift = 0  # view offset minus original offset, for view positions after old[:i]
    # The loop below is the group algorithm with its common case written out: most new
    # edits overlap no old edit, so they are only moved onto the original. Pipelines make
    # hundreds of edits per document and compose them once per stage, so the per-edit
    # work here is kept to a few comparisons (no helper calls, no group lists).
    while k < n_new:
        e = new[k]
        e_start = e.start
        # Old edits that end in the view at or before e's start come first; none of
        # them can overlap e (see _overlaps), and each moves the shift by its delta.
        while i < n_old:
            o = old[i]
            view_end = o.start + shift + len(o.replacement)
            if view_end > e_start:
                break
            out.append(o)
            shift = view_end - o.end
            i += 1
        k += 1
        # The loop stopped at o = old[i], whose view span ends after e's start (view_end >
        # e_start), so o overlaps e (_overlaps) exactly when its view start lies before e's end.
        if i == n_old or o.start + shift >= e.end:
            # No old edit in e's group: e alone, moved onto the original.
            out.append(
                e
                if shift == 0
                else Edit(e_start - shift, e.end - shift, e.replacement, e.rule, e.category, e.action, e.reason, e.file)
            )
            continue
        # Grow the group: old edits overlapping a group member, then new edits overlapping those.
        group_new = [e]
        group_old: list[tuple[Edit, int, int]] = []  # (edit, view start, view end)
        shift_after = shift
        while True:
            grew = False
            # A removed block takes dozens of old edits (its indentation, its invisible
            # characters) into one group, so this loop has the overlap test with the last
            # new member written out (_overlaps inline), and asks the other members only
            # when that fails: the same answer as asking every member, with fewer calls.
            last = group_new[-1]
            last_start, last_end = last.start, last.end
            while i < n_old:
                o = old[i]
                vs = o.start + shift_after  # o's view span, as _view_span gives it
                ve = vs + len(o.replacement)
                if not ((vs < last_start < ve) if last_start == last_end else (vs < last_end and ve > last_start)):
                    if len(group_new) == 1 or not any(_overlaps(vs, ve, g) for g in group_new):
                        break
                group_old.append((o, vs, ve))
                shift_after = ve - o.end  # shift_after + o.delta
                i += 1
                grew = True
            while k < n_new and group_old and _overlaps(group_old[-1][1], group_old[-1][2], new[k]):
                group_new.append(new[k])
                k += 1
                grew = True
            if not grew:
                break
        if e.action == "normalize" and len(group_new) == 1 and _normalize_splits(e, group_old):
            # Whitespace normalisation never swallows a removal: it is split around the
            # earlier edits inside it, so they keep their own rule and category in the log.
            out.extend(_split_at(e, group_old, shift, shift_after, _not_normalized))
            shift = shift_after
            continue
        if len(group_new) == 1 and _splits_at_named(e, group_old):
            # Nor a removal a rule file's or the judge's removal: the log names each line
            # after what took it (a site rule's line between two the judge took).
            out.extend(_split_at(e, group_old, shift, shift_after, _named_removal))
            shift = shift_after
            continue
        v1 = min(group_new[0].start, group_old[0][1])
        v2 = max(group_new[-1].end, group_old[-1][2])
        start = group_old[0][0].start if group_old[0][1] == v1 else v1 - shift
        end = group_old[-1][0].end if group_old[-1][2] == v2 else v2 - shift_after
        out.append(_moved(e, start, end, _group_text(v1, v2, group_new, group_old)))
        shift = shift_after
    out.extend(old[i:])
    return out


def _view_span(o: Edit, shift: int) -> tuple[int, int]:
    """Where old edit ``o``'s replacement lies in the view, given the shift before it."""
    return o.start + shift, o.start + shift + len(o.replacement)


def _overlaps(vs: int, ve: int, e: Edit) -> bool:
    """Whether new edit ``e`` overlaps the view span ``[vs, ve)`` of an old edit.

    Touching end to end is not overlapping. An insertion overlaps only a span it lies
    strictly inside; an empty span (a deletion) overlaps only an edit strictly around it.
    So a span ending at or before ``e.start`` never overlaps ``e``.
    """
    return vs < e.start < ve if e.start == e.end else vs < e.end and ve > e.start


def _normalize_splits(e: Edit, group: list[tuple[Edit, int, int]]) -> bool:
    """Whether normalisation ``e`` (alone in its group) is cut around the group's old edits
    (:func:`_not_normalized`): each is a deletion, or its replacement lies whole inside ``e``
    in the view (the space the markdown step keeps between two links, on a line
    ``trim-document`` then removes). One that ``e`` covers only in part merges with it."""
    return all(not o.replacement or e.start <= vs and ve <= e.end for o, vs, ve in group)


def _not_normalized(o: Edit) -> bool:
    """Whether an old edit inside a normalisation keeps its own record: any but an earlier
    normalisation's replacement (a CRLF made LF on a blank line ``trim-document`` removes),
    which is whitespace as the later one is and goes with it."""
    return not o.replacement or o.action != "normalize"


def _split_at(
    e: Edit,
    group: list[tuple[Edit, int, int]],
    shift: int,
    shift_after: int,
    kept: Callable[[Edit], bool] | None = None,
) -> list[Edit]:
    """New edit ``e`` cut around the old edits of its group that keep their own record (all
    of them, or those ``kept`` names), each inside ``e``: the pieces of ``e`` between them,
    ``e``'s replacement on the first. ``e`` removes a kept edit's replacement, so the edit
    keeps its removal and loses its replacement (an insertion goes). The group's other old
    edits lie in ``e``'s pieces, whose text ``e`` removes with theirs."""
    pieces: list[Edit] = []
    start, replacement = e.start - shift, e.replacement  # start: in the original
    for o, _, _ in group:
        if kept is None or kept(o):
            if o.start > start or replacement:
                pieces.append(_moved(e, start, o.start, replacement))
                replacement = ""
            if not o.replacement:
                pieces.append(o)
            elif o.start < o.end:
                pieces.append(_moved(o, o.start, o.end, ""))
            start = o.end
    end = e.end - shift_after
    if end > start or replacement:
        pieces.append(_moved(e, start, end, replacement))
    return pieces


def _named_removal(o: Edit) -> bool:
    """Whether an earlier removal keeps its own record inside a later one: one that names
    where its rule lives, a rule file (site, learned or generic rules) or the judge
    (``cleaner/judge``), which decide what is noise and say why, as against a built-in
    step's marks and invisible characters, which go with what surrounds them."""
    return bool(o.file) and o.action == "remove" and not o.replacement and o.start < o.end


def _splits_at_named(e: Edit, group: list[tuple[Edit, int, int]]) -> bool:
    """Whether removal ``e`` (alone in its group) is cut around named removals: every old
    edit of the group lies within ``e`` in the view, and one of them is a named removal.
    (The group's view spans are in order and disjoint, so its first and last say whether all
    lie within ``e``; a removed block takes hundreds of a markdown page's old edits.)"""
    return (
        not e.replacement
        and e.start <= group[0][1]
        and group[-1][2] <= e.end
        and any(_named_removal(o) for o, _, _ in group if o.file)
    )


def _group_text(v1: int, v2: int, group_new: list[Edit], group_old: list[tuple[Edit, int, int]]) -> str:
    """The view text of ``[v1, v2)`` with the group's new edits applied.

    Every view position in the group lies in a new edit or in an old edit's replacement,
    so the text is built from those alone.
    """
    parts: list[str] = []
    pos, j = v1, 0
    for e in group_new + [None]:
        stop = v2 if e is None else e.start
        while pos < stop:
            while group_old[j][2] <= pos:
                j += 1
            o, vs, ve = group_old[j]
            take = min(ve, stop)
            parts.append(o.replacement[pos - vs : take - vs])
            pos = take
        if e is not None:
            parts.append(e.replacement)
            pos = max(pos, e.end)
    return "".join(parts)


def _moved(e: Edit, start: int, end: int, replacement: str) -> Edit:
    return Edit(start, end, replacement, e.rule, e.category, e.action, e.reason, e.file)


def restore(output: str, edits: Sequence[Edit], removed: Sequence[str]) -> str:
    """The input, rebuilt from the output and the edits (with their removed texts).

    ``removed[k]`` is the original text of ``edits[k]``; the log carries it, so the log
    alone gives the input back (from a :class:`~cleaner.pipeline.CleanResult`:
    ``[result.original[e.start : e.end] for e in result.edits]``). Raises EditError if the
    output does not hold the replacements where the edits say.
    """
    parts: list[str] = []
    in_pos = out_pos = 0
    for e, gone in zip(edits, removed, strict=True):
        if e.start < in_pos or len(gone) != e.end - e.start:
            raise EditError(f"edit {e.rule} at {e.start} is out of order or its removed text has the wrong length")
        gap = e.start - in_pos
        parts.append(output[out_pos : out_pos + gap])
        out_pos += gap
        if output[out_pos : out_pos + len(e.replacement)] != e.replacement:
            raise EditError(f"output does not hold the replacement of edit {e.rule} at input offset {e.start}")
        out_pos += len(e.replacement)
        parts.append(gone)
        in_pos = e.end
    parts.append(output[out_pos:])
    return "".join(parts)


def to_original(edits: Sequence[Edit], positions: Sequence[int]) -> list[int]:
    """Where each position of the text ``edits`` made lies in the original text.

    ``positions`` are sorted offsets into the edited text (the view). A position in text
    that no edit touched moves by the edits before it; a position inside what an edit put
    in (its replacement) maps to where that edit starts in the original.
    """
    out: list[int] = []
    i, n, shift = 0, len(edits), 0  # shift: view offset minus original offset after edits[:i]
    for v in positions:
        while i < n:
            e = edits[i]
            view_start = e.start + shift
            view_end = view_start + len(e.replacement)
            if view_end > v:
                break
            shift = view_end - e.end
            i += 1
        if i < n and edits[i].start + shift <= v < edits[i].start + shift + len(edits[i].replacement):
            out.append(edits[i].start)
        else:
            out.append(v - shift)
    return out
