"""Whole-line patterns of one site file, screened on a document's lines together.

A learned site file holds many ``line`` rules whose patterns must match a whole line (the
templates of ``cleaner rules learn``: numbered sidebar entries, "<Name> reference", ...).
Each rule walks every line of the document and tries its own regex: twenty templates cost
twenty walks and, on a page whose sidebar has hundreds of numbered lines, a regex call per
numbered line per template. A :class:`LineGroup` holds the patterns of a file in one RE2
set (each loosened as for the whole-text screen, :mod:`cleaner.rules.prefilter`, so it
matches at least what the pattern matches) and walks the lines once per document: one
set match per line names the patterns that may match it, and only those are tried with
their own regex, so the lines found are exactly those the pattern's own walk finds. The
result is kept on the document's view, and each rule takes its own lines from it
(:meth:`cleaner.rules.model.LineRule.find`), in the same order as its own walk.

A pattern RE2 cannot take is tried with its regex on every line. The regex calls run with
the time budget of the rule that asks first; if it runs out, the group gives no answer on
that document and every rule walks the lines itself, as without the group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..view import Block, Line, View
    from .patterns import Budget, Pattern


class PatternGroup:
    """Patterns of one file in one RE2 set, built on first use: what a group screens a
    document's units with (lines matched whole here, blocks searched by
    :class:`cleaner.rules.filegroups.AnchorGroup`)."""

    full = True  # the set matches a unit whole (False: it searches it)

    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns
        self._index = {id(p): k for k, p in enumerate(patterns)}
        self._set: Any = None  # the RE2 set (False when there is none), built on first use
        self._owner: list[int] = []  # set index -> pattern index
        self._always: list[int] = []  # patterns not in the set: every unit is a candidate

    def __getstate__(self):
        return self.patterns  # RE2 objects do not pickle: the set is built again where used

    def __setstate__(self, patterns):
        PatternGroup.__init__(self, patterns)

    def _build(self) -> None:
        from .prefilter import pattern_set

        self._set, self._owner, self._always = pattern_set(self.patterns, full=self.full)


class LineGroup(PatternGroup):
    """Whole-line patterns screened on each line of a document at once (see the module doc)."""

    def lines(self, view: View, pattern: Pattern, budget: Budget) -> list[tuple[Block, Line]] | None:
        """The lines of ``view`` that ``pattern`` fully matches, in order; None if the scan
        ran out of ``budget`` on this document (the caller then tries its lines itself)."""
        found = view.memo.get(self, False)
        if found is False:
            found = view.memo[self] = self._scan(view, budget)
        return None if found is None else found[self._index[id(pattern)]]

    def _scan(self, view: View, budget: Budget) -> list[list[tuple[Block, Line]]] | None:
        if self._set is None:
            self._build()
        found: list[list[tuple[Block, Line]]] = [[] for _ in self.patterns]
        from .prefilter import set_candidates

        screen, owner, always, patterns = self._set, self._owner, self._always, self.patterns
        for block in view.blocks:
            for line in block.lines:
                text = line.text
                maybe = set_candidates(screen, owner, text) if screen else []
                if maybe is None:  # the set cannot say (lone surrogates, out of memory): every regex decides
                    maybe = owner[1:]
                if not maybe and not always:
                    continue
                for k in sorted({*maybe, *always}):
                    try:
                        m = patterns[k].compiled.fullmatch(text, timeout=budget.remaining())
                    except TimeoutError:
                        return None
                    if m is not None:
                        found[k].append((block, line))
        return found


def group_lines(rules: list[Any]) -> None:
    """Put the whole-line patterns of one file's line rules that take lines or blocks (not
    a match within a line) in one group, when there are two or more, and tell each pattern
    its group."""
    from .model import LineRule

    patterns = [r.pattern for r in rules if isinstance(r, LineRule) and r.remove != "match" and r.pattern.full]
    if len(patterns) >= 2:
        group = LineGroup(patterns)
        for p in patterns:
            p.group = group
