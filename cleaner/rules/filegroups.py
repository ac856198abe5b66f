"""The anchor and ``lines`` rules of one site file, looked up on a document together.

A learned site file holds a dozen ``anchor`` rules and as many ``lines`` rules. Each anchor
rule walks every block and searches it with its own regex, and each ``lines`` rule walks
every line with a set lookup: sixteen anchors cost sixteen walks and a regex call per block
per anchor, though most blocks match none of them. As the whole-line patterns of the file
(:mod:`cleaner.rules.linegroup`), they are screened together, once per document, and each
rule takes its candidates from the result (kept on the document's view) in document order,
with its own conditions and its own regex:

- :class:`AnchorGroup` holds the anchors' patterns in one RE2 set, each loosened as for the
  whole-text screen (:mod:`cleaner.rules.prefilter`, search semantics), so that it matches at
  least what the pattern matches in a block: one set match per block names the patterns
  that may match it. A pattern RE2 cannot take has every block as a candidate. No regex
  runs in the screen, so it needs no time budget: each rule's regex still runs, on its
  candidates only, with its own.
- :class:`ListGroup` holds one dict from a listed line (as each rule compares it: stripped,
  case-folded for ``ignore_case``) to the rules listing it: one lookup per line finds the
  lines of every rule. Each line carries its place in the document, so that a rule still
  sees a run of its lines broken by any line between them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .linegroup import PatternGroup

if TYPE_CHECKING:
    from ..view import Block, Line, View
    from .model import LinesRule
    from .patterns import Pattern


class AnchorGroup(PatternGroup):
    """Search patterns screened on each block of a document at once (see the module doc)."""

    full = False

    def blocks(self, view: View, pattern: Pattern) -> list[Block]:
        """The blocks of ``view`` in which ``pattern`` may find a match, in order (a superset
        of those it does match)."""
        found = view.memo.get(self)
        if found is None:
            found = view.memo[self] = self._scan(view)
        return found[self._index[id(pattern)]]

    def _scan(self, view: View) -> list[list[Block]]:
        if self._set is None:
            self._build()
        found: list[list[Block]] = [[] for _ in self.patterns]
        from .prefilter import set_candidates

        screen, owner, always = self._set, self._owner, self._always
        everything = range(len(self.patterns))
        for block in view.blocks:
            maybe: Any = set_candidates(screen, owner, block.text) if screen else ()
            if maybe is None:  # the set cannot say (lone surrogates, out of memory): every regex decides
                maybe = everything
            for k in maybe:
                found[k].append(block)
            if maybe is not everything:
                for k in always:
                    found[k].append(block)
        return found


class ListGroup:
    """The listed lines of several ``lines`` rules in one dict (see the module doc)."""

    def __init__(self, rules: list[LinesRule]):
        self.rules = rules
        self._index = {id(r): k for k, r in enumerate(rules)}
        self._tables: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None  # built on first use

    def __getstate__(self):
        return self.rules  # (unpickled before its rules are: it reads them only when used)

    def __setstate__(self, rules):
        ListGroup.__init__(self, rules)

    def lines(self, view: View, rule: LinesRule) -> list[tuple[int, Block, Line]]:
        """The lines of ``view`` that ``rule`` lists, in order, each with its place among
        all the lines of the document."""
        found = view.memo.get(self)
        if found is None:
            found = view.memo[self] = self._scan(view)
        return found[self._index[id(rule)]]

    def _scan(self, view: View) -> list[list[tuple[int, Block, Line]]]:
        if self._tables is None:
            self._tables = self._build()
        exact, folded = self._tables
        found: list[list[tuple[int, Block, Line]]] = [[] for _ in self.rules]
        place = 0
        for block in view.blocks:
            for line in block.lines:
                key = line.text.strip()
                for k in exact.get(key, ()):
                    found[k].append((place, block, line))
                if folded:
                    for k in folded.get(key.casefold(), ()):
                        found[k].append((place, block, line))
                place += 1
        return found

    def _build(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        exact: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}  # the lines of ignore_case rules (stored case-folded)
        for k, r in enumerate(self.rules):
            table = folded if r.ignore_case else exact
            for text in r.lines:
                table.setdefault(text, []).append(k)
        return exact, folded


def group_file(rules: list[Any]) -> None:
    """Put the patterns of one file's anchor rules in one :class:`AnchorGroup`, and its
    ``lines`` rules in one :class:`ListGroup`, when there are two or more of a kind, and
    tell each pattern (rule) its group."""
    from .model import AnchorRule, LinesRule

    anchors = [r.pattern for r in rules if isinstance(r, AnchorRule)]
    if len(anchors) >= 2:
        group = AnchorGroup(anchors)
        for p in anchors:
            p.group = group
    lists = [r for r in rules if isinstance(r, LinesRule)]
    if len(lists) >= 2:
        lister = ListGroup(lists)
        for r in lists:
            r.group = lister
