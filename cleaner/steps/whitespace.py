"""Whitespace normalisation: newlines, Unicode spaces, indentation, invisible characters.

Runs before markdown and rules so that their patterns can assume ``\\n`` line ends and
single plain spaces. One regex pass finds every span; plain single spaces between words
(the vast majority) never match, which keeps the pass cheap.
"""

from __future__ import annotations

import re

from ..edits import Edit
from . import StepRule

NEWLINES = StepRule("normalize-newlines", "whitespace", "normalize", "CRLF and lone CR line ends turned into LF.")
SPACES = StepRule("normalize-spaces", "whitespace", "normalize",
                  "Tabs, no-break and other Unicode spaces, and runs of spaces inside a line turned into one space.")
INDENT = StepRule("strip-indent", "whitespace", "normalize", "Spaces at the start of a line removed.")
TRAILING = StepRule("strip-trailing-space", "whitespace", "normalize", "Spaces at the end of a line removed.")
INVISIBLE = StepRule("remove-invisible", "whitespace", "remove",
                     "Zero-width spaces, soft hyphens, stray BOMs and control characters removed.")
RULES = [NEWLINES, SPACES, INDENT, TRAILING, INVISIBLE]

_H = "[ \\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]"
_ODD = "[\\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]"
_PATTERN = re.compile(
    rf"(?P<nl>\r\n?)"
    rf"|(?P<inv>[\u200b\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+)"
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


def find(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _PATTERN.finditer(text):
        kind = m.lastgroup
        step, replacement = _STEPS[kind]
        found = m.group()
        if found == replacement:
            continue
        edits.append(Edit(m.start(), m.end(), replacement, step.id, step.category, step.action,
                          _REASONS[kind].format(found)))
    return edits
