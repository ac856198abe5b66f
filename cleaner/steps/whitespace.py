"""Whitespace normalisation: newlines, Unicode spaces, indentation, invisible characters.

Runs before markdown and rules so that their patterns can assume ``\\n`` line ends and
single plain spaces. One regex (``_PATTERN``) says what a span is; plain single spaces
between words (the vast majority) never match it. It is only tried where a span can start
(:func:`_starts`, :mod:`cleaner.steps.scan`), because asking it at every character is
what made this step slow.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..edits import Edit, sort_edits, to_original
from . import Step, StepRule
from .scan import finditer_at, occurrences, positions

NEWLINES = StepRule("normalize-newlines", "whitespace", "normalize", "CRLF and lone CR line ends turned into LF.")
SPACES = StepRule(
    "normalize-spaces",
    "whitespace",
    "normalize",
    "Tabs, no-break and other Unicode spaces, and runs of spaces inside a line turned into one space.",
)
INDENT = StepRule("strip-indent", "whitespace", "normalize", "Spaces at the start of a line removed.")
TRAILING = StepRule("strip-trailing-space", "whitespace", "normalize", "Spaces at the end of a line removed.")
INVISIBLE = StepRule(
    "remove-invisible",
    "whitespace",
    "remove",
    "Zero-width spaces, soft hyphens, stray BOMs, control characters and terminal escape sequences "
    "(ANSI colours, as text captured from a terminal holds) removed.",
)
RULES = [NEWLINES, SPACES, INDENT, TRAILING, INVISIBLE]

_ODD_CHARS = "\\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000"  # every space but the plain one
_INV_CHARS = "\\u200b\\u2060\\ufeff\\u00ad\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f"
# A terminal's escape sequences (ECMA-48) whole: a control sequence (ESC [ ... final byte:
# colours, bold, cursor moves) or an operating system command ended by BEL or ESC \ (a
# window title, a hyperlink). Removing only the ESC, a control character, left "[1mBold[0m".
_ESCAPES = "\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b\n]{0,2048}(?:\x07|\x1b\\\\)"
_H = f"[ {_ODD_CHARS}]"
_ODD = f"[{_ODD_CHARS}]"
_PATTERN = re.compile(
    rf"(?P<nl>\r\n?)"
    rf"|(?P<inv>(?:{_ESCAPES}|[{_INV_CHARS}])+)"
    rf"|(?P<lead>(?<![^\n\r]){_H}+)"
    rf"|(?P<trail>{_H}+(?=[\r\n]|\Z))"
    rf"|(?P<mid>{_H}*{_ODD}{_H}*|{_H}{{2,}})"
)
_STEPS = {
    "nl": (NEWLINES, "\n"),
    "inv": (INVISIBLE, ""),
    "lead": (INDENT, ""),
    "trail": (TRAILING, ""),
    "mid": (SPACES, " "),
}
_REASONS = {
    "nl": "line end {!r} turned into \\n",
    "inv": "invisible or control character(s) {!r} removed",
    "lead": "indentation {!r} removed",
    "trail": "trailing space {!r} removed",
    "mid": "space run {!r} turned into one space",
}


# Where a match of _PATTERN can start: a CR, an invisible or odd space (rare in prose), or a
# plain space that starts a line or is followed by another space or a line end. The odd
# characters are found by one character class, which re scans for in C; the plain-space
# cases are two-character strings, found by str.find (a C substring search several times
# faster than re's scan for a character class that holds \n, the commonest character
# after letters and spaces). The five-way alternation of _PATTERN has no such prefix and
# is tried at every character (about 3 ms on a 19 KB page).
_ODD_START = re.compile(f"[\\r{_INV_CHARS}{_ODD_CHARS}]")


# A run of two plain spaces or more is tried where it starts: a match that starts on a plain
# space takes the whole run of spaces it is in (each way of matching spaces is greedy), and
# the space before it, if any, would have started a match that took this one too. (A page
# dump indents its lines by dozens of spaces: every position of a run is no candidate.)
# Written as two spaces and any more, it begins with a two-character literal, which re finds
# by a substring search; "  +" begins with one space and is tried at every space of a page.
_SPACE_RUN = re.compile("   *")
# A space that starts a line (each indented line of a page dump), found the same way: a
# finditer over the page costs less than str.find called once for each.
_LINE_SPACE = re.compile("\n ")


def _starts(text: str) -> list[int]:
    """Sorted positions where a match of ``_PATTERN`` may start (a superset of where one does)."""
    odd = positions(_ODD_START, text)
    found = odd + positions(_SPACE_RUN, text) + occurrences(text, " \n")
    found += [m.start() + 1 for m in _LINE_SPACE.finditer(text)]  # a space that starts a line
    if odd:  # a space before an odd character, before \r, after \r: only where there are such
        found += [start - 1 for start in odd if start and text[start - 1] == " "]
        found += [start + 1 for start in occurrences(text, "\r ")]
    if text.startswith(" "):
        found.append(0)
    if text.endswith(" "):
        found.append(len(text) - 1)
    return sorted(found)  # a position found twice is at most tried twice, with the same answer


# What an edit of each kind says, but for its span: (replacement, rule, category, action,
# reason), keyed by (kind, matched text). A page has a hundred or more whitespace edits
# of a few shapes (the same indentation on many lines, the same invisible character), so
# each shape's reason is formatted once, not once per edit. Bounded: the keys are short
# runs of whitespace, but an unusual text must not grow it without end.
_FIELDS: dict[tuple[str, str], tuple[str, str, str, str, str] | None] = {}
_FIELDS_MAX = 1024


def find(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in finditer_at(_PATTERN, text, _starts(text)):
        key = (m.lastgroup or "", m.group())
        fields = _FIELDS.get(key, key)
        if fields is key:  # a shape not seen yet (None is a seen shape that makes no edit)
            fields = _fields(*key)
            if len(_FIELDS) < _FIELDS_MAX:
                _FIELDS[key] = fields
        if fields is not None:  # None: the match is already what it would become
            start, end = m.span()
            edits.append(Edit(start, end, *fields))
    return edits


def _fields(kind: str, found: str) -> tuple[str, str, str, str, str] | None:
    step, replacement = _STEPS[kind]
    if found == replacement:
        return None
    return replacement, step.id, step.category, step.action, _REASONS[kind].format(found)


class Whitespace(Step):
    """Whitespace normalised, except the indentation and spacing of an HTML page's
    preformatted blocks (``<pre>``: code, poems), where spaces are part of the text."""

    name = "whitespace"
    rules = tuple(RULES)

    def find(self, doc) -> list[Edit]:
        edits = sort_edits(find(doc.text))
        page = doc.page
        if doc.form != "html" or page is None or not edits or not any(b.pre for b in page.blocks):
            return edits
        pre = [span for block, span in zip(page.blocks, page.spans, strict=True) if block.pre]
        starts = [s for s, _ in pre]
        origins = to_original(doc.edits, [e.start for e in edits])
        kept = []
        for e, at in zip(edits, origins, strict=True):
            k = bisect_right(starts, at) - 1
            if e.rule in (INDENT.id, SPACES.id) and k >= 0 and at < pre[k][1]:
                continue
            kept.append(e)
        return kept
