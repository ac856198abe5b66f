"""``finditer`` for patterns that can only start at a few kinds of character.

Python's ``re`` finds where to try a pattern quickly only when the pattern begins with a
literal or a single character class. A pattern that begins with an alternation, a
look-behind or an anchor is tried at every character of the text: on a 19 KB page that
is most of the time the whitespace and markdown steps took. When the positions where a
match can start are easy to find (by such a fast pattern, or by ``str`` methods),
trying the full pattern only there gives the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, trying ``pattern`` only at ``starts``.

    ``starts`` must be sorted and hold every position where ``pattern.match(text, pos)``
    can succeed, and the pattern must not match the empty string. ``finditer`` takes
    the leftmost match at or after the end of the previous one, so trying the starts in
    order, skipping those inside the previous match, finds the same matches. (``match``
    with a position still sees the text before it: look-behinds and ``^`` behave as in
    ``finditer``.)
    """
    match = pattern.match
    end = 0
    for start in starts:
        if start < end:
            continue
        m = match(text, start)
        if m is not None:
            end = m.end()
            yield m


def positions(pattern: re.Pattern[str], text: str) -> list[int]:
    """Start positions of ``pattern``'s matches (a fast pattern naming candidate starts)."""
    return [m.start() for m in pattern.finditer(text)]


def occurrences(text: str, literal: str) -> list[int]:
    """Every position where ``literal`` occurs in ``text`` (overlapping occurrences too).
    ``str.find`` is a C substring search several times faster than ``re``'s scan for a
    character class, which tests each character against the class."""
    found = []
    at = text.find(literal)
    while at >= 0:
        found.append(at)
        at = text.find(literal, at + 1)
    return found
