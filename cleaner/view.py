"""Blocks and lines of the text a stage sees.

A *block* is a maximal run of non-blank lines (a paragraph, a list, a caption with its
credit line). Rules address blocks and lines; removal spans are chosen so that removing
any set of them leaves well-formed text: a line takes its own newline with it, a block
takes the blank lines that follow it (the last block takes the rest of the text).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Line:
    start: int
    end: int  # exclusive, before the newline
    cut: int  # removal end: past the newline if there is one
    text: str


@dataclass(slots=True)
class Block:
    index: int
    start: int
    end: int  # end of the last line's content
    cut: int  # removal end: start of the next block, or end of text
    text: str
    lines: list[Line] = field(default_factory=list)


class View:
    """A read-only view of the current text, split into lines and blocks on demand."""

    def __init__(self, text: str):
        self.text = text
        self._blocks: list[Block] | None = None
        # What rules work out once per text and share (cleaner.rules.linegroup), by who made it
        self.memo: dict[object, Any] = {}

    @property
    def blocks(self) -> list[Block]:
        if self._blocks is None:
            self._blocks = split_blocks(self.text)
        return self._blocks


def split_blocks(text: str) -> list[Block]:
    """The text's blocks with their lines, in order (a blank line holds only whitespace)."""
    return list(iter_blocks(text))


def block_texts(text: str) -> Iterator[str]:
    """The texts of the text's blocks, in order, as they are needed: a sample of the first
    few blocks of a long page (:func:`cleaner.language.sample`) does not build them all."""
    return (block.text for block in iter_blocks(text))


def iter_blocks(text: str) -> Iterator[Block]:
    """The text's blocks with their lines, one at a time: the one block splitter.

    Every stage that addresses blocks splits the text it is given, several times per
    document, so this is one pass over ``str.split`` with no per-line helper calls. A
    block is given out when the next one starts (its removal end, ``cut``, is that start)
    or when the text ends.
    """
    lines: list[Line] = []  # the lines of the block being read
    done: Block | None = None  # the last block read, until the next one starts
    index, pos, n = 0, 0, len(text)
    for raw in text.split("\n"):
        end = pos + len(raw)
        if raw and not raw.isspace():
            if not lines and done is not None:
                done.cut = pos  # a block's removal takes the blank lines up to the next one
                yield done
                done = None
            lines.append(Line(pos, end, end + 1 if end < n else n, raw))
        elif lines:
            done = _block(text, index, lines)
            index += 1
            lines = []
        pos = end + 1
    if done is not None:
        yield done
    if lines:
        yield _block(text, index, lines)


def _block(text: str, index: int, lines: list[Line]) -> Block:
    start, end = lines[0].start, lines[-1].end
    return Block(index, start, end, len(text), text[start:end], lines)
