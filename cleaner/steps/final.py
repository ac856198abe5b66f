"""The document's outer shape: no leading blank lines, single blank lines between
paragraphs, exactly one final newline (an empty body stays empty)."""

from __future__ import annotations

import re

from ..edits import Edit
from . import Step, StepRule

TRIM = StepRule(
    "trim-document", "whitespace", "normalize", "Blank lines at the start removed; the end made exactly one newline."
)
BLANKS = StepRule("collapse-blank-lines", "whitespace", "normalize", "Runs of blank lines turned into one blank line.")
RULES = [TRIM, BLANKS]

# Three newlines or more, written to begin with a literal: re finds where to try a pattern
# by a substring search only when it begins with one (\n{3,} is tried at every character).
_BLANKS = re.compile("\n\n\n+")
_HEAD = re.compile(r"^\s+")


def find(text: str) -> list[Edit]:
    if not text.strip():
        if not text:
            return []
        return [Edit(0, len(text), "", TRIM.id, TRIM.category, TRIM.action, "document is blank")]
    edits = []
    head = _HEAD.match(text)
    if head:
        edits.append(Edit(0, head.end(), "", TRIM.id, TRIM.category, TRIM.action, "leading blank lines removed"))
    # Where the trailing whitespace starts. (A search for \s*\Z finds the same place but
    # is tried at every character; str.rstrip and re's \s agree on what whitespace is.)
    body_end = len(text.rstrip())
    for m in _BLANKS.finditer(text, head.end() if head else 0, body_end):
        edits.append(
            Edit(
                m.start(),
                m.end(),
                "\n\n",
                BLANKS.id,
                BLANKS.category,
                BLANKS.action,
                f"{m.end() - m.start() - 1} blank lines made one",
            )
        )
    if text[body_end:] != "\n":
        edits.append(
            Edit(
                body_end, len(text), "\n", TRIM.id, TRIM.category, TRIM.action, "document end made exactly one newline"
            )
        )
    return edits


class Final(Step):
    name = "final"
    rules = tuple(RULES)

    def find(self, doc) -> list[Edit]:
        return find(doc.text)
