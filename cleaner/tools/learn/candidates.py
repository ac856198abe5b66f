"""Passes 1 and 2 of learning, and the proposals made from what they found.

Pass 1 (:func:`count_page`) counts, per site, on how many pages each candidate key occurs,
keeping one 64-bit hash and one packed count per distinct key (no text). Pass 2
(:func:`collect_page`) gathers, for the keys that passed the thresholds only, a
:class:`Candidate`: its members (at most ``MAX_MEMBERS`` distinct texts), pages and
where it occurs. :func:`propose` turns candidates into :class:`Proposal`\\ s, templates
first, each taking only the occurrences no earlier proposal took.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import regex

from ...view import split_blocks
from .keys import WHOLE_BLOCK, Key, page_keys
from .pages import Page
from .templates import Template, brand_names, category_of, generalise

MAX_MEMBERS = 200  # distinct member texts kept per template candidate (for the pattern)
MAX_BLOCKS = 3  # short blocks of several lines kept per candidate, as examples
MAX_BLOCK_CHARS = 400  # a short block (see .zones.BLOCK_MODE_MAX)
# Widest support first (a "Topics: ..." label over its variants with 2, 3, 4 topics),
# then the most specific kind (typed shapes before free labels before exact repeats).
_KIND_ORDER = {"shape": 0, "first": 1, "last": 2, "label": 3, "tail": 4, "block": 5, "line": 6}


class Instance(NamedTuple):
    """One occurrence of a candidate: page ordinal, block index, line index (or WHOLE_BLOCK)."""

    page: int
    block: int
    line: int


class Neighbour(NamedTuple):
    """What lay next to a proposal's block on one page, on one side (see :func:`.zones.window`).

    ``kind``: ``none`` (another rule's block or the document's edge), ``zone`` (a run of
    short blocks in the header or footer zone), ``slot`` (a block inside the article),
    ``bad`` (the article itself); ``blocks``: the run's length (zones); ``longest``: its
    longest block; ``length``: the length of the block right next to it; ``prose``: the
    run holds a line that reads like prose (zones); ``own_list``: the run holds a list of
    the page's own (zones, see :data:`.zones.LIST_ITEMS`); ``figure``: the run holds a
    block that is a figure alone (zones, see :data:`.zones.FIGURE`); ``rule``: the number
    of the proposal that took the block next to it (-1: none did, or the document's edge);
    ``own``: the block next to it is text of the page's own, a line of prose or a list of
    the page's own (any kind but ``none``); ``far``: the number of the proposal that took
    the block beyond the run, on the same side (zones; -1: none did, or the document's edge);
    ``before_datum``: the blocks of the run, counted from the proposal's block, before the first
    that is a datum of the page (zones, see :func:`.zones.datum`; the run's length if none is);
    ``blind``: the page's article was not found by its prose (short paragraphs), so what lay
    next to the block is not known to be the template's or the page's: the page does not
    vote on what the proposal's neighbours are (``kind`` is ``none``, as for a window).
    """

    kind: Literal["none", "zone", "slot", "bad"]
    blocks: int
    longest: int
    length: int
    prose: bool = False
    own_list: bool = False
    figure: bool = False
    rule: int = -1
    own: bool = False
    far: int = -1
    before_datum: int = 0
    blind: bool = False


NO_NEIGHBOUR = Neighbour("none", 0, 0, 0)


@dataclass(slots=True)
class Candidate:
    key: Key
    pages: list[str] = field(default_factory=list)
    ordinals: list[int] = field(default_factory=list)  # page ordinals, aligned with ``pages``
    last: int = -1
    members: Counter[str] = field(default_factory=Counter)
    instances: set[Instance] = field(default_factory=set)
    offsets: list[float] = field(default_factory=list)
    whole_block: bool = True  # the line is always a block on its own
    # A few short blocks of several lines it sat in, as seen (examples of a rule that takes
    # its block; at most MAX_BLOCKS)
    blocks: list[str] = field(default_factory=list)
    block_max: int = 0  # longest block the line sits in


@dataclass(slots=True)
class Proposal:
    number: int  # its place among its site's proposals: how other proposals name it (``next_to``)
    candidate: Candidate
    kind: Literal["line", "block"]
    pattern: str | None  # regex (templates)
    literal: str | None  # exact text
    template: Template | None
    pages: list[str]
    instances: set[Instance]
    category: str = "boilerplate"
    evidence: str = ""
    notes: list[str] = field(default_factory=list)
    zones: Counter[str] = field(default_factory=Counter)
    # Per page, what lay next to it, before and after.
    before: list[Neighbour] = field(default_factory=list)
    after: list[Neighbour] = field(default_factory=list)
    compiled: regex.Pattern | None = None
    block_mode: bool = False  # remove the whole (short) block the line sits in
    next_to: Counter[int] = field(default_factory=Counter)  # number of the proposal in the next block -> pages
    paragraph_median: int = 0  # median length of the site's article paragraphs
    outside: list[str] = field(default_factory=list)  # lines it matches that are not among its members
    max_index: int = 0  # the furthest block from the top it was seen in
    max_from_end: int = 0  # the furthest block from the bottom it was seen in (0: the last block)
    # Exact lines and blocks, for consolidation into regions (:mod:`.regions`): the zone of
    # every line it took (not only of the blocks it owned), the exact proposal on the next
    # line (pages), and the shortest run of consecutive exact-matched lines it sat in.
    line_zones: Counter[str] = field(default_factory=Counter)
    line_next: Counter[int] = field(default_factory=Counter)
    min_run: int = 1 << 30
    most_in_body: int = 0  # the most blocks or lines it took inside the article of one page
    unit: list[Proposal] = field(default_factory=list)  # the other blocks of its unit (:func:`.zones.units`)
    shared_article: int = 0  # pages it is on whose article prose is mostly taken by exact repeats
    in_own_list: int = 0  # pages where it took items of a list of the page's own (:data:`.zones.LIST_ITEMS`)
    in_own_box: int = 0  # pages where it took lines of a block of BOX_LINES or more whose other lines no rule took
    beside_fields: int = 0  # pages where its line shared a block with a field of the page (:func:`.zones.field_line`)
    above: Counter[int] = field(
        default_factory=Counter
    )  # number of the proposal on the line above, in its block -> pages
    # (number of the proposal on the line before it, on the line after it; across blocks)
    # -> pages: the two lines that frame it (:func:`.regions.slot_values`)
    framed_by: Counter[tuple[int, int]] = field(default_factory=Counter)
    # It heads a section of the page's own under the article, and the entries of ``before``
    # whose run lies under such a heading (:func:`.zones.sections`).
    opens_section: bool = False
    under_section: int = 0
    # Per side, the entries of ``before``/``after`` whose run lies against a field of the
    # page's own on its far side (set once the site's fields are known, see
    # :func:`.write.site_rules`): the template's lines end before that run.
    far_fields: Counter[str] = field(default_factory=Counter)
    needed: int = 0  # pages a line must be on to be proposed, on its site (--min-pages, --min-share)

    @property
    def weak(self) -> bool:
        return self.template is not None and self.template.weak

    def matches_line(self, line: str) -> bool:
        if self.literal is not None:
            return line == self.literal
        assert self.compiled is not None  # a template's proposal is compiled when made
        return self.compiled.fullmatch(line) is not None

    def neighbours(self, side: Literal["before", "after"]) -> list[Neighbour]:
        return self.before if side == "before" else self.after


def count_page(table: dict[int, int], page: Page) -> None:
    """Pass 1 on one page: ``table`` maps a key's hash to (pages seen << 32 | last page ordinal)."""
    for occurrence in page_keys(page.text):
        h = occurrence.key.digest(page.site)
        packed = table.get(h, 0)
        if packed & 0xFFFFFFFF != page.ordinal:
            table[h] = ((packed >> 32) + 1) << 32 | page.ordinal


def collect_page(table: dict[int, Candidate], wanted: set[int], page: Page) -> None:
    """Pass 2 on one page: members, pages and positions of the keys in ``wanted``."""
    blocks = split_blocks(page.text)
    size = max(1, len(page.text))
    for key, b, line_no in page_keys(page.text):
        h = key.digest(page.site)
        if h not in wanted:
            continue
        c = table.get(h)
        if c is None:
            c = table[h] = Candidate(key)
        block = blocks[b]
        member = block.text if line_no == WHOLE_BLOCK else block.lines[line_no].text.strip()
        if c.last != page.ordinal:
            c.last = page.ordinal
            c.pages.append(page.id)
            c.ordinals.append(page.ordinal)
            c.offsets.append(round(block.start / size, 3))
        if len(c.members) < MAX_MEMBERS or member in c.members:
            c.members[member] += 1
        c.instances.add(Instance(page.ordinal, b, line_no))
        if line_no != WHOLE_BLOCK and len(block.lines) > 1:
            c.whole_block = False
            if len(c.blocks) < MAX_BLOCKS and len(block.text) <= MAX_BLOCK_CHARS and block.text not in c.blocks:
                c.blocks.append(block.text)
        c.block_max = max(c.block_max, len(block.text))


def propose(table: dict[int, Candidate], needed: int, site: str = "") -> list[Proposal]:
    """Turn candidates into proposals: templates first (they cover most), then exact repeats.
    ``site``: the site's domain, whose own name says nothing of what a line is
    (:func:`.templates.brand_names`)."""
    cands = sorted(table.values(), key=lambda c: (-len(c.pages), _KIND_ORDER[c.key.kind], c.key))
    covered: set[Instance] = set()
    out: list[Proposal] = []
    for c in cands:
        kind = c.key.kind
        fresh = {i for i in c.instances if i not in covered and i._replace(line=WHOLE_BLOCK) not in covered}
        on = {i.page for i in fresh}
        if len(on) < needed:
            continue
        pages = [doc for o, doc in zip(c.ordinals, c.pages, strict=True) if o in on]  # support: pages not taken yet
        if kind in ("block", "line"):
            literal = c.key.parts[0]
            if kind == "line" and not literal:
                continue
            p = Proposal(len(out), c, "block" if kind == "block" else "line", None, literal, None, pages, fresh)
        else:
            members = sorted(c.members)
            if len(members) < 2:
                continue  # every member the same: the exact-line candidate covers it
            template = generalise(members, c.key.parts[0] if kind == "label" else None, tail=kind == "tail")
            if template is None or brand_names(template, site):
                continue  # its members' exact lines stay candidates (a menu's "UPLIFT Desk")
            p = Proposal(len(out), c, "line", template.pattern, None, template, pages, fresh)
            p.compiled = compiled = regex.compile(template.pattern)
            if not all(compiled.fullmatch(m) for m in members):
                continue  # the generalisation lost a member: a bug, never a rule
            if template.free:
                p.notes.append("the free-text part is generalised from the members; check it cannot match article text")
            if kind == "tail":
                p.notes.append("removes the whole line: the caption before the credit varies from page to page")
        p.category, p.evidence = category_of(c.members)
        p.needed = needed
        out.append(p)
        covered |= fresh
    return out
