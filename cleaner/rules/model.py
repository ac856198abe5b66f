"""The rule kinds. A rule *finds* spans in a view; the engine turns them into edits.

Kinds (``kind:`` in YAML):

- ``line``: a pattern tried on every line; removes the line, its block, or only the match.
- ``block``: a pattern tried on every block (paragraph); removes the block or the match.
- ``lines``: a list of literal lines (a site's menu, its footer links); a line whose text,
  without the spaces around it, is one of them is removed (its block, when every line of
  the block is). One set lookup per line however long the list: what ``rules learn``
  writes for a template region instead of a rule per line.
- ``range``: from a block matching ``start`` to one matching ``end`` (or the document end).
- ``anchor``: a block matching ``pattern`` plus a window of neighbouring blocks before
  and/or after it (a credit line and the caption above it; "Comments" and all after).
- ``header``: the zone before the body: consecutive blocks from the top, each matching
  one step; named groups (``(?P<title>...)``) are captured into metadata.
- ``prune``: HTML only: elements selected by ``xpath`` or ``css`` are removed from the
  page before main-content extraction (:mod:`cleaner.html`); never run on text.
- ``body``: HTML only, site files only: the element(s) holding a site's article, by
  ``xpath`` or ``css``; everything outside them is removed and the judge does not judge
  what is inside. A site's body rules are alternatives: the first that selects text wins.
- ``field``: HTML only, site files only: a metadata field (``title``, ``author``,
  ``date``, ``section``) read from the element or attribute ``xpath``/``css`` selects.

Conditions shared by all kinds: ``max_length``/``min_length`` (of the line or block
tested), ``position`` (``first``/``last`` N blocks, ``min_offset``/``max_offset`` as a
share of the text), ``languages``, ``except_page_types`` (the judge's page types on which
the rule does not run: on a page the judge takes for a forum thread, the replies are the
page's text, not a comment section under it). Line, lines, block and anchor rules also take
``max_matches``: a rule whose pattern matches more lines (blocks, anchors) than that in
one document, its other conditions met, takes nothing there. What a page has once (a
comment section's heading, its dateline) and finds again and again down the page is a
label of the items of a list (a forum's posts, a listing's cards), each with its own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..view import Block, Line, View
from .patterns import Budget, Pattern

CATEGORIES = (
    "metadata",
    "navigation",
    "separator",
    "copyright",
    "donation",
    "caption",
    "media",
    "ad",
    "comments",
    "footer",
    "share",
    "newsletter",
    "related",
    "cookie",
    "junk",
    "social",
    "promo",
    "legal",
    "subscription",
    "boilerplate",
)
METADATA_FIELDS = ("url", "title", "author", "date", "section", "site_name", "description")


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    category: str
    reason: str
    replacement: str = ""
    fields: dict[str, str] = field(default_factory=dict)


class Claims:
    """Spans already taken by earlier rules in this stage (sorted, merged)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> list[tuple[int, int]]:
        parts = []
        k = bisect.bisect_right(self.ends, start)
        pos = start
        while k < len(self.starts) and self.starts[k] < end:
            if self.starts[k] > pos:
                parts.append((pos, self.starts[k]))
            pos = max(pos, self.ends[k])
            k += 1
        if pos < end:
            parts.append((pos, end))
        return parts

    def overlaps(self, start: int, end: int) -> bool:
        return self.free(start, end) != [(start, end)]

    def covers(self, start: int, end: int) -> bool:
        return not self.free(start, end)

    def add(self, start: int, end: int) -> None:
        k = bisect.bisect_left(self.ends, start)
        j = k
        while j < len(self.starts) and self.starts[j] <= end:
            start, end = min(start, self.starts[j]), max(end, self.ends[j])
            j += 1
        self.starts[k:j] = [start]
        self.ends[k:j] = [end]


@dataclass(slots=True)
class Position:
    first: int | None = None
    last: int | None = None
    min_offset: float | None = None
    max_offset: float | None = None

    def allows(self, block: Block, view: View) -> bool:
        n = len(view.blocks)
        if self.first is not None and block.index >= self.first:
            return False
        if self.last is not None and block.index < n - self.last:
            return False
        size = max(1, len(view.text))
        if self.min_offset is not None and block.start / size < self.min_offset:
            return False
        if self.max_offset is not None and block.start / size > self.max_offset:
            return False
        return True


@dataclass(slots=True)
class Rule:
    """What every kind shares: identity, category, conditions and examples."""

    id: str
    kind: str
    category: str
    description: str
    file: str
    line: int
    examples_remove: list[Any]
    examples_keep: list[Any]
    action: str = "remove"
    max_length: int | None = None
    min_length: int | None = None
    position: Position | None = None
    languages: tuple[str, ...] = ()
    # The page types (cleaner.pagetypes.PAGE_TYPES) on which the rule does not run: where
    # the judge's likeliest type for the page is one of them. Without the judge's view of the
    # page (--no-judge, a page too short to judge, a site's body rule) the rule runs.
    except_page_types: tuple[str, ...] = ()
    site: str | None = None  # the site a site rule belongs to (None: generic)
    max_matches: int | None = None  # more matches than this in a document: the rule takes nothing there
    # the line in its file of each ``examples_remove`` and ``examples_keep`` item, for the
    # messages of ``rules test`` (empty for a rule made in code, such as a learned one)
    example_lines: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    def length_ok(self, text: str) -> bool:
        n = len(text)
        return (self.max_length is None or n <= self.max_length) and (self.min_length is None or n >= self.min_length)

    def block_ok(self, block: Block, view: View) -> bool:
        return self.position is None or self.position.allows(block, view)

    def too_many(self, matches: int) -> bool:
        """Whether ``matches`` in one document are more than ``max_matches`` allows."""
        return self.max_matches is not None and matches > self.max_matches

    def find(self, view: View, claims: Claims, budget: Budget, metadata: dict[str, str]) -> list[Hit]:
        raise NotImplementedError

    @property
    def screen_pattern(self) -> Pattern | None:
        """The pattern that every hit of :meth:`find` needs a match of in some line or block
        (None: no such pattern), so that its whole-text screen can rule the rule out."""
        return None

    def may_match(self, text: str | bytes) -> bool:
        """False only when :meth:`find` can find nothing in ``text`` (a cheap whole-text
        screen; the engine passes the text as UTF-8 bytes, which RE2 reads directly)."""
        pattern = self.screen_pattern
        return pattern is None or pattern.may_occur_in(text)

    @property
    def fields(self) -> tuple[str, ...]:
        return ()


@dataclass(slots=True, kw_only=True)
class LineRule(Rule):
    pattern: Pattern
    remove: str = "line"  # line | block | match
    replacement: str = ""

    @property
    def screen_pattern(self):
        return self.pattern

    def find(self, view, claims, budget, metadata):
        group = self.pattern.group
        if group is not None and self.remove != "match":
            found = group.lines(view, self.pattern, budget)
            if found is not None:
                return self._take(found, view)
        hits, matches = [], 0
        for block in view.blocks:
            if not self.block_ok(block, view):
                continue
            for line in block.lines:
                if not self.length_ok(line.text):
                    continue
                m = self.pattern.match(line.text, budget)
                if m is None:
                    continue
                matches += 1
                reason = f"{self.description} (line {_quote(line.text)})"
                if self.remove == "match":
                    hits.append(
                        Hit(
                            line.start + m.start(),
                            line.start + m.end(),
                            self.category,
                            reason,
                            m.expand(self.replacement) if self.replacement else "",
                        )
                    )
                elif self.remove == "block" or len(block.lines) == 1:
                    hits.append(Hit(block.start, block.cut, self.category, reason))
                    break
                else:
                    hits.append(Hit(line.start, line.cut, self.category, reason))
        return [] if self.too_many(matches) else hits

    def _take(self, found: list[tuple[Block, Line]], view: View) -> list[Hit]:
        """The hits of :meth:`find` from the lines its pattern matches (its
        :class:`~cleaner.rules.linegroup.LineGroup` found them): the same conditions, the
        same order, and after a block is taken whole, none of its other lines."""
        hits: list[Hit] = []
        matches, done = 0, None
        for block, line in found:
            if block is done or not self.block_ok(block, view) or not self.length_ok(line.text):
                continue
            matches += 1
            reason = f"{self.description} (line {_quote(line.text)})"
            if self.remove == "block" or len(block.lines) == 1:
                hits.append(Hit(block.start, block.cut, self.category, reason))
                done = block
            else:
                hits.append(Hit(line.start, line.cut, self.category, reason))
        return [] if self.too_many(matches) else hits


@dataclass(slots=True, kw_only=True)
class LinesRule(Rule):
    """Whole lines from a list of literals, found by one set lookup per line.

    ``min_run``: a listed line is taken only in a run of at least that many consecutive
    listed lines (blank lines do not break a run, any other line does): a menu is a run of
    its items, while the same word alone in an article (a heading "Accessories") is not.
    """

    lines: frozenset[str]
    ignore_case: bool = False
    min_run: int = 1
    # the ListGroup of its file's lines rules (cleaner.rules.filegroups), if any: set when the
    # rulebook is made, so not kept in the rulebook cache (made again when it is read)
    group: Any = field(default=None, repr=False, compare=False, metadata={"cached": False})

    def find(self, view, claims, budget, metadata):
        if self.group is not None:
            return self._take(self.group.lines(view, self), view)
        taken: list[tuple[Block, Line]] = []
        run: list[tuple[Block, Line]] = []
        for block in view.blocks:
            usable = self.block_ok(block, view)
            for line in block.lines:
                if usable and self.has(line.text) and self.length_ok(line.text):
                    run.append((block, line))
                    continue
                if len(run) >= self.min_run:
                    taken.extend(run)
                run = []
        if len(run) >= self.min_run:
            taken.extend(run)
        return self._hits(taken)

    def _take(self, listed: list[tuple[int, Block, Line]], view: View) -> list[Hit]:
        """The hits of :meth:`find` from the lines it lists (its group found them, each with
        its place among the document's lines): a run ends at a line out of place, listed
        or not, as it does in :meth:`find`'s own walk."""
        taken: list[tuple[Block, Line]] = []
        run: list[tuple[Block, Line]] = []
        last = -2
        for place, block, line in listed:
            if not (self.block_ok(block, view) and self.length_ok(line.text)):
                continue  # the next line taken is not at last + 1: the run ends
            if place != last + 1:
                if len(run) >= self.min_run:
                    taken.extend(run)
                run = []
            run.append((block, line))
            last = place
        if len(run) >= self.min_run:
            taken.extend(run)
        return self._hits(taken)

    def _hits(self, taken: list[tuple[Block, Line]]) -> list[Hit]:
        if not taken or self.too_many(len(taken)):
            return []
        hits = []
        k = 0
        while k < len(taken):
            block, found = taken[k][0], []
            while k < len(taken) and taken[k][0] is block:  # a block's lines are next to each other
                found.append(taken[k][1])
                k += 1
            if len(found) == len(block.lines):
                what = f"{len(found)} listed line(s) from {_quote(found[0].text.strip())}"
                hits.append(Hit(block.start, block.cut, self.category, f"{self.description} ({what})"))
                continue
            for line in found:
                reason = f"{self.description} (line {_quote(line.text.strip())})"
                hits.append(Hit(line.start, line.cut, self.category, reason))
        return hits

    def has(self, text: str) -> bool:
        key = text.strip()
        return (key.casefold() if self.ignore_case else key) in self.lines


@dataclass(slots=True, kw_only=True)
class BlockRule(Rule):
    pattern: Pattern
    remove: str = "block"  # block | match
    replacement: str = ""

    @property
    def screen_pattern(self):
        return self.pattern

    def find(self, view, claims, budget, metadata):
        hits = []
        for block in view.blocks:
            if not self.block_ok(block, view) or not self.length_ok(block.text):
                continue
            m = self.pattern.match(block.text, budget)
            if m is None:
                continue
            reason = f"{self.description} (block {_quote(block.text)})"
            if self.remove == "match":
                hits.append(
                    Hit(
                        block.start + m.start(),
                        block.start + m.end(),
                        self.category,
                        reason,
                        m.expand(self.replacement) if self.replacement else "",
                    )
                )
            else:
                hits.append(Hit(block.start, block.cut, self.category, reason))
        return [] if self.too_many(len(hits)) else hits


@dataclass(slots=True, kw_only=True)
class RangeRule(Rule):
    start: Pattern
    end: Pattern | None = None
    max_blocks: int | None = None

    @property
    def screen_pattern(self):
        return self.start  # every range begins with a block matching start

    def find(self, view, claims, budget, metadata):
        hits, blocks, i = [], view.blocks, 0
        while i < len(blocks):
            block = blocks[i]
            if not (self.block_ok(block, view) and self.length_ok(block.text) and self.start.match(block.text, budget)):
                i += 1
                continue
            limit = len(blocks) if self.max_blocks is None else min(len(blocks), i + self.max_blocks)
            j = None
            if self.end is None:
                j = limit - 1 if self.max_blocks is not None else len(blocks) - 1
            else:
                for k in range(i + 1, limit):
                    if self.end.match(blocks[k].text, budget):
                        j = k
                        break
            if j is None:
                i += 1
                continue
            span = f"{j - i + 1} block(s) from {_quote(block.text)}"
            hits.append(Hit(block.start, blocks[j].cut, self.category, f"{self.description} ({span})"))
            i = j + 1
        return hits


@dataclass(slots=True)
class Window:
    blocks: int | None = 0  # None: all blocks to that end of the document
    max_length: int | None = None
    pattern: Pattern | None = None

    def takes(self, block: Block, budget: Budget) -> bool:
        if self.max_length is not None and len(block.text) > self.max_length:
            return False
        return self.pattern is None or self.pattern.match(block.text, budget) is not None


@dataclass(slots=True, kw_only=True)
class AnchorRule(Rule):
    pattern: Pattern
    before: Window | None = None
    after: Window | None = None
    include_anchor: bool = True

    @property
    def screen_pattern(self):
        return self.pattern  # nothing is taken without an anchor block

    def find(self, view, claims, budget, metadata):
        hits, blocks = [], view.blocks
        if self.max_matches is not None and self.too_many(self._anchors(view, claims, budget, self.max_matches + 1)):
            return []
        taken_until = -1
        for block in self._candidates(view):
            if block.index <= taken_until or not self.block_ok(block, view) or not self.length_ok(block.text):
                continue
            if claims.covers(block.start, block.end) or self.pattern.match(block.text, budget) is None:
                continue
            first = last = block.index
            if self.before:
                first = self._extend(blocks, block.index, -1, self.before, claims, budget, stop=taken_until)
            if self.after:
                last = self._extend(blocks, block.index, +1, self.after, claims, budget)
            if not self.include_anchor and first == last == block.index:
                continue
            n_before, n_after = block.index - first, last - block.index
            reason = f"{self.description} (anchor {_quote(block.text)}"
            reason += f", {n_before} block(s) before" if n_before else ""
            reason += f", {n_after} block(s) after" if n_after else ""
            reason += ")"
            if self.include_anchor:
                hits.append(Hit(blocks[first].start, blocks[last].cut, self.category, reason))
            else:
                if first < block.index:
                    hits.append(Hit(blocks[first].start, block.start, self.category, reason))
                if last > block.index:
                    hits.append(Hit(blocks[block.index + 1].start, blocks[last].cut, self.category, reason))
            taken_until = last
        return hits

    def _anchors(self, view, claims, budget, enough: int) -> int:
        """How many blocks could anchor the rule (counted up to ``enough``): an anchor's window
        takes the anchors after it, so :meth:`find` alone never sees them all."""
        count = 0
        for block in self._candidates(view):
            if (
                self.block_ok(block, view)
                and self.length_ok(block.text)
                and not claims.covers(block.start, block.end)
                and self.pattern.match(block.text, budget) is not None
            ):
                count += 1
                if count >= enough:
                    break
        return count

    def _candidates(self, view: View) -> list[Block]:
        """The blocks that may anchor the rule, in order: those its pattern's
        :class:`~cleaner.rules.filegroups.AnchorGroup` (a screen of its file's anchors)
        says it may match, or every block."""
        group = self.pattern.group
        return view.blocks if group is None else group.blocks(view, self.pattern)

    @staticmethod
    def _extend(blocks, index, step, window: Window, claims, budget, stop=-1) -> int:
        if window.blocks is None:
            return 0 if step < 0 else len(blocks) - 1
        edge, k, count = index, index + step, 0
        while 0 <= k < len(blocks) and k > stop and count < window.blocks:
            b = blocks[k]
            if claims.overlaps(b.start, b.end) or not window.takes(b, budget):
                break
            edge, k, count = k, k + step, count + 1
        return edge


@dataclass(slots=True)
class Step:
    pattern: Pattern
    optional: bool = False
    category: str | None = None
    remove: bool = True


@dataclass(slots=True)
class HeaderRule(Rule):
    steps: list[Step] = field(default_factory=list)
    min_next_length: int | None = None  # the first block after the header must be at least this long

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(name for step in self.steps for name in step.pattern.group_names)

    def find(self, view, claims, budget, metadata):
        if self.fields and all(metadata.get(f) for f in self.fields):
            return []  # an earlier (site) header already found everything this one would
        fields: dict[str, str] = {}
        blocks, k, hits = view.blocks, 0, []
        steps = list(self.steps)
        while steps and k < len(blocks):
            block = blocks[k]
            if claims.covers(block.start, block.end):
                k += 1
                continue
            step = steps[0]
            m = step.pattern.match(block.text, budget) if self.length_ok(block.text) else None
            if m is None:
                if step.optional:
                    steps.pop(0)
                    continue
                return []
            steps.pop(0)
            for name, value in m.groupdict().items():
                if value and value.strip():
                    fields.setdefault(name, value.strip())
            if step.remove:
                names = ", ".join(n for n, v in m.groupdict().items() if v)
                what = f"header {names}" if names else "header line"
                hits.append(
                    Hit(
                        block.start,
                        block.cut,
                        step.category or self.category,
                        f"{self.description} ({what}: {_quote(block.text)})",
                    )
                )
            k += 1
        if any(not s.optional for s in steps):
            return []
        if self.min_next_length is not None:
            rest = [b for b in blocks[k:] if not claims.covers(b.start, b.end)]
            if not rest or len(rest[0].text) < self.min_next_length:
                return []
        if hits:
            hits[0].fields = fields
        elif fields:
            hits.append(Hit(0, 0, self.category, self.description, fields=fields))
        return hits


@dataclass(slots=True)
class SelectorRule(Rule):
    """A rule that selects elements of an HTML page (:mod:`cleaner.html` runs it); never
    run on text, where there are no elements."""

    xpath: str = ""  # the selector as an XPath (a ``css`` selector is translated at load)
    selector: str = ""  # as written in the rule file, for reasons in the log

    def find(self, view, claims, budget, metadata):
        return []  # not a text rule: Rulebook.rules_for leaves it out of text runs


@dataclass(slots=True)
class PruneRule(SelectorRule):
    """Elements to drop from an HTML page before extraction (:mod:`cleaner.html.prune`)."""


@dataclass(slots=True)
class BodyRule(SelectorRule):
    """The element(s) holding a site's article (:mod:`cleaner.html.body`)."""


FIELD_NAMES = ("title", "author", "date", "section")  # the fields a field rule may fill


@dataclass(slots=True)
class FieldRule(SelectorRule):
    """A metadata field read from the page (:mod:`cleaner.html.body`)."""

    field: str = ""  # one of FIELD_NAMES


KINDS = {
    "line": LineRule,
    "lines": LinesRule,
    "block": BlockRule,
    "range": RangeRule,
    "anchor": AnchorRule,
    "header": HeaderRule,
    "prune": PruneRule,
    "body": BodyRule,
    "field": FieldRule,
}
# Kinds that select HTML elements: left out of the text rule runs.
HTML_KINDS = frozenset({"prune", "body", "field"})


def _quote(text: str, limit: int = 60) -> str:
    text = text.replace("\n", " / ")
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")


@dataclass(slots=True)
class RuleFile:
    """One YAML file: its scope (generic or sites) and its rules, in file order."""

    path: str
    name: str  # path as shown in logs: relative to its rules root
    sites: tuple[str, ...]
    markers: list[Pattern]
    rules: list[Rule]
    digest: str
    tests: list[dict[str, Any]] = field(default_factory=list)  # documents to run: {input, expected, ...}

    @property
    def generic(self) -> bool:
        return not self.sites
