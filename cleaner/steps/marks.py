"""Markdown output for an HTML page: the marks of its structure, added as insertions.

An HTML page's text is plain (:mod:`cleaner.html.blocks`): its headings, list items, table
cells, preformatted blocks and quotes are blocks of text, and the markup that made them so
is in the :class:`cleaner.html.Page`. With markdown output (``Options.output_format``) this
step, run after the judge and the rules so that only kept blocks get marks, writes that
markup back as markdown, each mark an edit that inserts it (or, between the cells of a
table row, replaces the blank line by ``|``). So the output is the kept text with marks
added, and the log says what was added and why, and gives the input back as for any edit.

Which view lines belong to which block is found as :mod:`cleaner.steps.spans` does: the
origin of each line's first character in the input, looked up in the page's block spans.
Every block is read from the outside in: each ``<blockquote>`` above it adds ``> ``, each
``<li>`` its marker (``- ``, ``3. ``) on the first block of the item and the marker's
width in spaces on the others (a nested list's items sit under their parent's text), then
the block's own mark: ``#`` for a heading, a fence around a ``<pre>``. A table whose cells
each hold one run of inline text becomes a markdown table (its first row the header); a
table that lays out paragraphs, lists or other tables is read as those blocks, since a
markdown cell holds one line.

Inline text stays as it is (a ``<code>`` or ``<em>`` inside a paragraph gets no marks).
The only escapes are those without which a line would read as a mark: a backslash before
a line's leading ``#``, ``>``, ``-``, ``+``, ``*``, ``=``, fence or ordered-list number,
and before a ``|`` inside a table cell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..edits import Edit
from . import Step, StepRule
from .spans import line_units

if TYPE_CHECKING:
    from ..document import Document
    from ..html.blocks import HtmlBlock
    from ..view import Line

HEADING = StepRule("mark-heading", "markup", "insert", "Markdown heading marks (#) added before an <h1>-<h6>.")
LIST = StepRule("mark-list", "markup", "insert", "List item markers (- or 1.) added, nested items indented.")
TABLE = StepRule(
    "mark-table", "markup", "insert", "Table cells joined into markdown rows (| a | b |) under a header row."
)
CODE = StepRule("mark-code", "markup", "insert", "A code fence (```) put around a <pre> block.")
QUOTE = StepRule("mark-quote", "markup", "insert", "Blockquote marks (>) added before the lines of a <blockquote>.")
ESCAPE = StepRule(
    "mark-escape", "markup", "insert", "A backslash added where a line of text would otherwise read as a mark."
)
RULES = [HEADING, LIST, TABLE, CODE, QUOTE, ESCAPE]

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_CELLS = frozenset(("td", "th"))
# A line that markdown would read as a mark: an ATX heading, a quote, a bullet, a fence, a
# setext underline or a thematic break; an ordered item's number is escaped at its dot.
_MARKLIKE = re.compile(r"#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|`{3,}|~{3,}|=+[ \t]*$|(?:[-*_][ \t]*){3,}$")
_ORDERED = re.compile(r"\d{1,9}(?=[.)](?:[ \t]|$))")
_BACKTICKS = re.compile(r"^`{3,}", re.M)


class Marks(Step):
    """Markdown marks for the kept blocks of an HTML page (markdown output only)."""

    name = "markdown-marks"
    rules = tuple(RULES)

    def applies(self, doc: Document) -> bool:
        return doc.options.output_format == "markdown" and doc.form == "html" and doc.page is not None

    def find(self, doc: Document) -> list[Edit]:
        assert doc.page is not None
        return _Writer(doc).edits


class _Writer:
    """The edits of one page, found in one pass over its kept blocks in view order."""

    def __init__(self, doc: Document):
        self.edits: list[Edit] = []
        self.started: set[Any] = set()  # the <li> elements whose marker is written
        self.markers: dict[Any, str] = {}
        self.text = doc.text
        self.last: tuple[list[Any], int] | None = None  # the previous block's quotes, where it ended
        page = doc.page
        assert page is not None
        units = _kept_units(doc)
        k = 0
        while k < len(units):
            i, lines = units[k]
            block = page.blocks[i]
            table = _data_table(page.blocks, units, k)
            if table:
                self._table(page.blocks, units[k : k + table])
                k += table
                self.last = None
                continue
            self._join_quote(block, lines[0])
            self._block(block, lines)
            k += 1

    def add(self, start: int, end: int, text: str, rule: StepRule, reason: str) -> None:
        action = rule.action if start == end else "replace"
        self.edits.append(Edit(start, end, text, rule.id, rule.category, action, reason))

    def _prefixes(self, block: HtmlBlock) -> tuple[str, str, StepRule | None]:
        """(first line's prefix, other lines' prefix, the rule of the outermost mark) from
        the quotes and list items around ``block``, outside in."""
        first = rest = ""
        rule = None
        element = block.element
        chain = [*reversed(list(element.iterancestors())), element] if element is not None else []
        for el in chain:
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag == "blockquote":
                first, rest = first + "> ", rest + "> "
                rule = rule or QUOTE
            elif tag == "li":
                marker = self._marker(el)
                if el in self.started:
                    first, rest = first + " " * len(marker), rest + " " * len(marker)
                    rule = rule or LIST
                else:
                    self.started.add(el)
                    first, rest = first + marker, rest + " " * len(marker)
                    rule = rule or LIST
        return first, rest, rule

    def _join_quote(self, block: HtmlBlock, line: Line) -> None:
        """``>`` on the blank line between two blocks of one quote, which stays one quote."""
        el = block.element
        quotes = [a for a in el.iterancestors() if a.tag == "blockquote"][::-1] if el is not None else []
        if el is not None and el.tag == "blockquote":
            quotes.append(el)
        last, self.last = self.last, (quotes, line.start)
        if last is None or not quotes:
            return
        common = 0
        for a, b in zip(last[0], quotes, strict=False):
            if a is not b:
                break
            common += 1
        gap = self.text[last[1] : line.start]
        if common and gap == "\n\n":
            mark = ("> " * common).rstrip()
            self.add(last[1] + 1, last[1] + 1, mark, QUOTE, f"blank line inside a quote marked {mark!r}")

    def _marker(self, li: Any) -> str:
        marker = self.markers.get(li)
        if marker is None:
            parent = li.getparent()
            if parent is not None and parent.tag == "ol":
                try:
                    number = int(parent.get("start") or 1)
                except ValueError:
                    number = 1
                number += sum(1 for sibling in li.itersiblings(preceding=True) if sibling.tag == "li")
                marker = f"{number}. "
            else:
                marker = "- "
            self.markers[li] = marker
        return marker

    def _block(self, block: HtmlBlock, lines: list[Line]) -> None:
        if self.last is not None:
            self.last = (self.last[0], lines[-1].end)
        first, rest, rule = self._prefixes(block)
        what = block.describe()
        level = _HEADINGS.get(block.tag)
        if block.pre:
            fence = "`" * max([3] + [len(m.group()) + 1 for m in _BACKTICKS.finditer(block.text)])
            self.add(lines[0].start, lines[0].start, f"{first}{fence}\n", CODE, f"code fence opened for {what}")
            for line in lines:
                if rest:
                    self.add(line.start, line.start, rest, rule or CODE, f"{what} indented in its quote or list")
            self.add(lines[-1].end, lines[-1].end, f"\n{rest}{fence}", CODE, f"code fence closed after {what}")
            return
        if level is not None:
            mark = f"{first}{'#' * level} "
            self.add(lines[0].start, lines[0].start, mark, HEADING, f"{what}: heading mark {'#' * level!r} added")
            for prev, line in zip(lines, lines[1:], strict=False):
                self.add(prev.end, line.start, " ", HEADING, f"line break inside {what} made a space (one line)")
            return
        for n, line in enumerate(lines):
            prefix = first if n == 0 else rest
            if prefix:
                kind = rule or LIST
                self.add(line.start, line.start, prefix, kind, f"{what}: {prefix.strip() or 'indentation'!r} added")
            self._escape(line)

    def _escape(self, line: Line) -> None:
        text = line.text
        m = _MARKLIKE.match(text)
        if m:
            self.add(line.start, line.start, "\\", ESCAPE, f"line starting {text[:12]!r} is text, not a mark")
            return
        m = _ORDERED.match(text)
        if m:
            at = line.start + m.end()
            self.add(at, at, "\\", ESCAPE, f"line starting {text[:12]!r} is text, not a list item")

    def _table(self, blocks: list[HtmlBlock], units: list[tuple[int, list[Line]]]) -> None:
        """A markdown table from consecutive kept cells (one block each) of one table."""
        rows: list[tuple[Any, list[tuple[int, list[Line]]]]] = []
        for unit in units:
            row = blocks[unit[0]].element.getparent()
            if rows and rows[-1][0] is row:
                rows[-1][1].append(unit)
            else:
                rows.append((row, [unit]))
        header = len(_cells(rows[0][0]))
        for r, (row, cells) in enumerate(rows):
            slots = _cells(row)
            where = {blocks[i].element: i for i, _ in cells}
            # the text before each kept cell: the empty cells before it, after the previous one
            gap = "|"
            pieces: list[tuple[str, int, list[Line]]] = []
            for slot in slots:
                if slot in where:
                    i = where[slot]
                    pieces.append((gap + " ", i, next(lines for j, lines in cells if j == i)))
                    gap = " |"
                else:
                    gap += "  |"
            tail = gap
            if r == 0:
                tail += "\n|" + " --- |" * header
            for n, (lead, i, lines) in enumerate(pieces):
                what = blocks[i].describe()
                if n == 0:
                    if r == 0:
                        self.add(lines[0].start, lines[0].start, lead, TABLE, f"table row opened at {what}")
                else:
                    prev = pieces[n - 1][2][-1]
                    self.add(prev.end, lines[0].start, lead, TABLE, f"cells joined into one row at {what}")
                for prev_line, line in zip(lines, lines[1:], strict=False):
                    self.add(prev_line.end, line.start, " ", TABLE, f"line break inside {what} made a space")
                for line in lines:
                    for m in re.finditer(r"\|", line.text):
                        at = line.start + m.start()
                        self.add(at, at, "\\", ESCAPE, f"'|' inside {what} is text, not a cell border")
            last = pieces[-1][2][-1]
            if r + 1 < len(rows):
                nxt = rows[r + 1][1]
                first_slot = _cells(rows[r + 1][0])
                lead = "|" + "  |" * first_slot.index(blocks[nxt[0][0]].element) + " "
                nxt_start = nxt[0][1][0].start
                self.add(last.end, nxt_start, tail + "\n" + lead, TABLE, "table row closed, the next one opened")
            else:
                self.add(last.end, last.end, tail, TABLE, "table row closed")


def _cells(row: Any) -> list[Any]:
    return [child for child in row if isinstance(child.tag, str) and child.tag in _CELLS]


def _data_table(blocks: list[HtmlBlock], units: list[tuple[int, list[Line]]], k: int) -> int:
    """How many units from ``k`` on make one markdown table (0: ``units[k]`` is no cell).

    They are the consecutive kept cells of one ``<table>`` whose cells each hold one
    block of their own text (no paragraphs, lists or tables inside: a layout table)."""
    first = blocks[units[k][0]]
    table = _table_of(first)
    if table is None or _layout(table):
        return 0
    n = k
    while n < len(units) and _table_of(blocks[units[n][0]]) is table:
        n += 1
    return n - k


def _table_of(block: HtmlBlock) -> Any:
    """The table whose cell ``block`` is (a ``<td>`` or ``<th>`` in a row of it), or None."""
    el = block.element
    if el is None or block.tag not in _CELLS or block.pre:
        return None
    row = el.getparent()
    if row is None or row.tag != "tr":
        return None
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    return table


_LAYOUT = frozenset(
    "address article aside blockquote center dd details div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main menu nav ol p pre section table ul".split()
)


def _layout(table: Any) -> bool:
    """Whether a cell of ``table`` holds block elements: a table that lays out a page."""
    for row in table.iter("tr"):
        for cell in _cells(row):
            if any(isinstance(el.tag, str) and el.tag in _LAYOUT for el in cell.iterdescendants()):
                return True
    return False


def _kept_units(doc: Document) -> list[tuple[int, list[Line]]]:
    """(page block index, its lines in the view) of every block with text left, in order."""
    page = doc.page
    assert page is not None
    if not page.spans:
        return []
    units: list[tuple[int, list[Line]]] = []
    for line, at in zip(*line_units(doc, page.spans), strict=True):
        if at is None:
            continue  # a line that is no block's (none, unless a rule put one there)
        if units and units[-1][0] == at:
            units[-1][1].append(line)
        else:
            units.append((at, [line]))
    return units
