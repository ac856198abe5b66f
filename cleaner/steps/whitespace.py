"""Whitespace normalisation: newlines, Unicode spaces, indentation, invisible characters.

Runs before markdown and rules so that their patterns can assume ``\\n`` line ends and
single plain spaces. One regex (``_PATTERN``) says what a span is; plain single spaces
between words (the vast majority) never match it. It is only tried where a span can start
(:func:`_starts`, :mod:`cleaner.steps.scan`), because asking it at every character is
what made this step slow.
"""

from __future__ import annotations

import re

from ..edits import Edit
from . import StepRule
from .scan import finditer_at, positions

NEWLINES = StepRule("normalize-newlines", "whitespace", "normalize", "CRLF and lone CR line ends turned into LF.")
SPACES = StepRule("normalize-spaces", "whitespace", "normalize",
                  "Tabs, no-break and other Unicode spaces, and runs of spaces inside a line turned into one space.")
INDENT = StepRule("strip-indent", "whitespace", "normalize", "Spaces at the start of a line removed.")
TRAILING = StepRule("strip-trailing-space", "whitespace", "normalize", "Spaces at the end of a line removed.")
INVISIBLE = StepRule("remove-invisible", "whitespace", "remove",
                     "Zero-width spaces, soft hyphens, stray BOMs and control characters removed.")
RULES = [NEWLINES, SPACES, INDENT, TRAILING, INVISIBLE]

_ODD_CHARS = "\\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000"  # every space but the plain one
_INV_CHARS = "\\u200b\\u2060\\ufeff\\u00ad\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f"
_H = f"[ {_ODD_CHARS}]"
_ODD = f"[{_ODD_CHARS}]"
_PATTERN = re.compile(
    rf"(?P<nl>\r\n?)"
    rf"|(?P<inv>[{_INV_CHARS}]+)"
    rf"|(?P<lead>(?<![^\n\r]){_H}+)"
    rf"|(?P<trail>{_H}+(?=[\r\n]|\Z))"
    rf"|(?P<mid>{_H}*{_ODD}{_H}*|{_H}{{2,}})"
)
_STEPS = {"nl": (NEWLINES, "\n"), "inv": (INVISIBLE, ""), "lead": (INDENT, ""), "trail": (TRAILING, ""), "mid": (SPACES, " ")}
_REASONS = {
    "nl": "line end {!r} turned into \\n",
    "inv": "invisible or control character(s) {!r} removed",
    "lead": "indentation {!r} removed",
    "trail": "trailing space {!r} removed",
    "mid": "space run {!r} turned into one space",
}


# Where a match of _PATTERN can start: a CR, an invisible or odd space (rare in prose), or a
# plain space that starts a line or is followed by another space or a line end. Each
# finder is a single character class or a literal with a look-ahead, which re scans for
# in C; the five-way alternation of _PATTERN has no such prefix and is tried at every
# character (about 3 ms on a 19 KB page, against about 0.4 ms for these three scans).
_ODD_START = re.compile(f"[\\r{_INV_CHARS}{_ODD_CHARS}]")
_SPACE_BEFORE_SPACE = re.compile(f" (?=[ \\r\\n{_ODD_CHARS}]|\\Z)")
_SPACE_AFTER_BREAK = re.compile(r"[\n\r] ")


def _starts(text: str) -> list[int]:
    """Sorted positions where a match of ``_PATTERN`` may start (a superset of where one does)."""
    found = positions(_ODD_START, text) + positions(_SPACE_BEFORE_SPACE, text)
    found += [start + 1 for start in positions(_SPACE_AFTER_BREAK, text)]
    if text.startswith(" "):
        found.append(0)
    return sorted(found)  # a position found twice is at most tried twice, with the same answer


def find(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in finditer_at(_PATTERN, text, _starts(text)):
        kind = m.lastgroup
        step, replacement = _STEPS[kind]
        found = m.group()
        if found == replacement:
            continue
        edits.append(Edit(m.start(), m.end(), replacement, step.id, step.category, step.action,
                          _REASONS[kind].format(found)))
    return edits
