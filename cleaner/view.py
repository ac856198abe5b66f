"""Blocks and lines of the text a stage sees.

A *block* is a maximal run of non-blank lines (a paragraph, a list, a caption with its
credit line). Rules address blocks and lines; removal spans are chosen so that removing
any set of them leaves well-formed text: a line takes its own newline with it, a block
takes the blank lines that follow it (the last block takes the rest of the text).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def blocks(self) -> list[Block]:
        if self._blocks is None:
            self._blocks = split_blocks(self.text)
        return self._blocks


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    pos, n = 0, len(text)

    def close() -> None:
        if current:
            first, last = current[0], current[-1]
            blocks.append(Block(len(blocks), first.start, last.end, n, text[first.start:last.end], list(current)))
            current.clear()

    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        cut = n if nl < 0 else nl + 1
        if text[pos:end].strip():
            if not current and blocks:
                blocks[-1].cut = pos
            current.append(Line(pos, end, cut, text[pos:end]))
        else:
            close()
        pos = cut
    close()
    return blocks
