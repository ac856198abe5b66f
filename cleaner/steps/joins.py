"""Paragraphs that a scraper broke in mid-sentence, joined again with one space.

A break is taken as spurious when the paragraph before it stops in mid-flow (no closing
punctuation) and the one after continues it. A lower-case continuation is strong
evidence on its own. A continuation that starts with a capital, a digit or a quote
("...Russian president" / "Vladimir Putin said...") needs more: the paragraph before must
be real running text (long, with a sentence end inside it, ending on a lower-case word)
and the one after must be a sentence, not a name or a date. Headings ("For free elections
and against repression") and signature lines ("Russian Socialist Movement") are short
and have no sentence end inside, so they are never joined to what follows.
"""

from __future__ import annotations

import re

from ..edits import Edit
from ..view import Block, View
from . import Step, StepRule

JOIN = StepRule(
    "join-broken-paragraph",
    "repair",
    "join",
    "A paragraph broken in mid-sentence joined to its continuation with one space.",
)
RULES = [JOIN]

_TERMINAL = ".!?\u2026:;"
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)\]]?\s+[\"'\u201c\u2018\u00ab(]?[A-Z0-9\u00c0-\u024f]")
_LIST = re.compile(r"^(?:[-*+\u2022]\s|\d{1,3}[.)]\s)")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# What markdown output keeps at a line start: a heading, quote, fence or table row is not
# running text, and joining it to the next paragraph would swallow that paragraph into it.
_STRUCTURE = re.compile(r"^(?:#{1,6}(?:\s|$)|>|```|~~~|\|)")
MIN_PREV = 40  # a fragment shorter than this is a label or heading, not broken running text
MIN_PREV_STRONG = 100  # before a capitalised continuation, the fragment must be real prose
MIN_NEXT_STRONG = 60  # ...and the continuation a sentence, not a name or a date


def _ends_open(text: str) -> bool:
    end = text.rstrip()
    if not end or end[-1] in _TERMINAL:
        return False
    if end[-1] in _CLOSERS:
        return len(end) > 1 and end[-2] not in _TERMINAL
    return end[-1].isalnum() or end[-1] in ",-\u2013"


def should_join(prev: Block, nxt: Block) -> bool:
    if len(prev.lines) != 1 or len(nxt.lines) != 1 or len(prev.text) < MIN_PREV:
        return False
    if not _ends_open(prev.text) or _LIST.match(nxt.text) or _LIST.match(prev.text):
        return False
    first = nxt.text[0]
    if first.islower():
        return True
    if not (first.isupper() or first.isdigit() or first in "\"'\u201c\u2018\u00ab"):
        return False
    last_word = _LAST_WORD.search(prev.text)
    return (
        len(prev.text) >= MIN_PREV_STRONG
        and _SENTENCE_END.search(prev.text) is not None
        and last_word is not None
        and last_word.group(1).islower()
        and (len(nxt.text) >= MIN_NEXT_STRONG or nxt.text.rstrip()[-1] in ".!?\u2026" + _CLOSERS)
    )


def find(view: View, markdown: bool = False) -> list[Edit]:
    """Joins of broken paragraphs; with ``markdown`` (markdown output), never of a
    paragraph that starts with a mark of structure."""
    blocks = view.blocks
    edits = []
    for prev, nxt in zip(blocks, blocks[1:], strict=False):
        if markdown and (_STRUCTURE.match(prev.text) or _STRUCTURE.match(nxt.text)):
            continue
        if should_join(prev, nxt):
            tail = prev.text[-30:]
            head = nxt.text[:30]
            edits.append(
                Edit(
                    prev.end,
                    nxt.start,
                    " ",
                    JOIN.id,
                    JOIN.category,
                    JOIN.action,
                    f"paragraph ending {tail!r} continues in {head!r}",
                )
            )
    return edits


class Joins(Step):
    """Not for HTML pages: their paragraphs are marked up, never broken by a scraper."""

    name = "joins"
    rules = tuple(RULES)

    def applies(self, doc) -> bool:
        return doc.options.join_paragraphs and doc.form != "html"

    def find(self, doc) -> list[Edit]:
        return find(doc.view, markdown=doc.options.output_format == "markdown")
