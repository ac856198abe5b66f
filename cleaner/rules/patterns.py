"""Regexes from rule files, run with a time budget.

Rule files are user input, and a pattern such as ``(a|aa)+$`` backtracks exponentially.
Patterns run on the ``regex`` package, whose matching functions take a timeout; each
rule gets a time budget per document, shared by all its matches, and a rule that runs out
raises :class:`RuleTimeout` (the engine turns it into an error record and goes on).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import regex


class RuleTimeout(Exception):
    """A rule's patterns ran longer than its budget on one document."""


class Budget:
    """A deadline shared by every match one rule makes on one document."""

    __slots__ = ("deadline", "seconds")

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise RuleTimeout(f"pattern matching exceeded {self.seconds:g} s")
        return left


# Probe strings for "matches everything": ordinary article text, a digit string, a symbol.
_PROBES = ("The quick brown fox jumps over the lazy dog.", "a", "2020", "\u2014", "Zz 9")


_UNSET = object()


class Pattern:
    """A compiled rule pattern; ``full`` patterns must match the whole unit."""

    __slots__ = ("source", "compiled", "full", "_screen", "prefix", "opening")

    def __init__(self, source: str, *, ignore_case: bool = False, full: bool = False, literal: bool = False):
        self.source = source
        self.full = full
        flags = regex.V0 | (regex.IGNORECASE if ignore_case else 0)
        self.compiled = regex.compile(regex.escape(source) if literal else source, flags)
        self._screen: Any = _UNSET  # RE2 screen (cleaner.rules.prefilter.unit_screen), made on first use
        self.prefix = _full_prefix(self.compiled) if full else ""
        self.opening = _full_opening(self.compiled) if full and not self.prefix else None

    def __getstate__(self):
        return self.source, self.compiled, self.full  # RE2 objects do not pickle: remade where used

    def __setstate__(self, state):
        if len(state) == 2:  # (None, {slot: value}): pickled without __getstate__ (an older rulebook cache)
            state = tuple(state[1][name] for name in ("source", "compiled", "full"))
        self.source, self.compiled, self.full = state
        self._screen = _UNSET
        self.prefix = _full_prefix(self.compiled) if self.full else ""
        self.opening = _full_opening(self.compiled) if self.full and not self.prefix else None

    def may_occur_in(self, text: str | bytes) -> bool:
        """False only when no line or block of ``text`` (str, or str encoded as UTF-8) can
        match: one RE2 scan of all of it."""
        if self._screen is _UNSET:
            from .prefilter import unit_screen

            self._screen = unit_screen(self)
        if self._screen is None:
            return True
        try:
            return self._screen.search(text) is not None
        except UnicodeEncodeError:  # lone surrogates: RE2 reads UTF-8 only, so regex decides
            return True

    def problems(self, *, anything_ok: bool = False) -> list[str]:
        """Why this pattern must not be used, if it matches nothing in particular.

        ``anything_ok`` is for patterns that position already constrains (a header step
        that takes "the first line", a window), where matching any text is the point.
        """
        if self._match("") is not None:
            return ["matches the empty string"]
        if not anything_ok and all(self._match(p) is not None for p in _PROBES):
            return ["matches any text (it would remove everything)"]
        return []

    def _match(self, text: str):
        return self.compiled.fullmatch(text, timeout=1.0) if self.full else self.compiled.search(text, timeout=1.0)

    def match(self, text: str, budget: Budget):
        if self.prefix and not text.startswith(self.prefix):
            return None  # a full match starts with the pattern's literal opening: no regex call
        if self.opening is not None and not self.opening(text[:1]):
            return None  # ... or with a digit, an upper-case letter: tested without a regex call
        try:
            if self.full:
                return self.compiled.fullmatch(text, timeout=budget.remaining())
            return self.compiled.search(text, timeout=budget.remaining())
        except TimeoutError:
            raise RuleTimeout(f"pattern {self.source[:60]!r} exceeded {budget.seconds:g} s") from None

    @property
    def group_names(self) -> list[str]:
        return list(self.compiled.groupindex)


_META = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("*+?{")


def _plain(compiled: regex.Pattern) -> str | None:
    """The source of a pattern whose opening can be read off it: no case-insensitive or
    verbose flags, no top-level alternation (which makes any opening optional); else None."""
    if compiled.flags & (regex.IGNORECASE | regex.VERBOSE):
        return None
    source = compiled.pattern
    depth, in_class, k = 0, False, 0
    while k < len(source):
        c = source[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source.startswith("]", k + 1) or source.startswith("^]", k + 1):
                k += 2
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        k += 1
    return source


def _full_prefix(compiled: regex.Pattern) -> str:
    """The literal text every full match of ``compiled`` starts with ("" if none is known).

    Lines are tried against a learned site's templates one by one, so a line that cannot
    start like the pattern is refused by ``str.startswith`` instead of a regex call. Only
    the plain case is read (:func:`_plain`): the literal characters (or escaped
    punctuation) up to the first other construct, less the last one when a quantifier
    follows it.
    """
    source = _plain(compiled)
    if source is None:
        return ""
    out: list[str] = []
    k = 0
    while k < len(source):
        c = source[k]
        if c == "\\" and k + 1 < len(source) and not source[k + 1].isalnum():
            out.append(source[k + 1])
            k += 2
        elif c not in _META and c != "\\" and c.isprintable() and c != "#":
            out.append(c)
            k += 1
        else:
            break
    if out and k < len(source) and source[k] in _QUANTIFIERS:
        out.pop()
    return "".join(out)


def _opening_test(token: str, cheap: Callable[[str], bool]) -> Callable[[str], bool]:
    """A test of one character: False only if ``token`` cannot match it. The str method
    decides for ASCII; other characters ask the regex engine, whose Unicode tables may be
    newer than Python's."""
    exact = regex.compile(token)

    def test(c: str) -> bool:
        return bool(c) and (cheap(c) or (not c.isascii() and exact.match(c) is not None))

    return test


# Openings a learned template often has: a number, a name.
_OPENINGS: dict[str, Callable[[str], bool]] = {
    "\\d": _opening_test(r"\d", str.isdigit),
    "\\p{Lu}": _opening_test(r"\p{Lu}", str.isupper),
}


def _full_opening(compiled: regex.Pattern) -> Callable[[str], bool] | None:
    """A test of a line's first character that every full match passes, for a pattern that
    opens with a digit or an upper-case letter (not optional); None otherwise."""
    source = _plain(compiled)
    if source is None:
        return None
    for token, test in _OPENINGS.items():
        if source.startswith(token) and source[len(token) : len(token) + 1] not in ("*", "?", "{"):
            return test
    return None
