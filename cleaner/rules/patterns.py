"""Regexes from rule files, run with a time budget.

Rule files are user input, and a pattern such as ``(a|aa)+$`` backtracks exponentially.
Patterns run on the ``regex`` package, whose matching functions take a timeout; each
rule gets a time budget per document, shared by all its matches, and a rule that runs out
raises :class:`RuleTimeout` (the engine turns it into an error record and goes on). All
the rules of a document share one more budget (:class:`DocumentBudget`), so that many
slow rules cannot make one document cost many times ``--regex-timeout``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import regex


class RuleTimeout(Exception):
    """A rule's patterns ran longer than its budget on one document."""


class DocumentBudget:
    """The seconds all the rules of one document (and a site's markers) may spend together.

    ``--regex-timeout`` bounds one rule; twenty rules that each run out of it would cost a
    document twenty times as much. Each rule's :class:`Budget` is the smaller of its own
    limit and what is left here, and what it spends is taken off when it ends
    (:meth:`charge`). Once nothing is left, the rules still to run on the document are not
    run: the engine reports them (:func:`cleaner.rules.engine.run_rules`).
    """

    __slots__ = ("left", "seconds")

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.left = seconds

    @property
    def spent(self) -> bool:
        return self.left <= 0

    def budget(self, seconds: float) -> Budget:
        """The budget of one rule that may spend ``seconds``, within what is left."""
        if self.left < seconds:
            return Budget(max(self.left, 0.0), self)
        return Budget(seconds)

    def charge(self, budget: Budget) -> None:
        self.left -= budget.elapsed()

    def why(self) -> str:
        return f"the document's rule time of {self.seconds:g} s (--regex-document-timeout) was spent"


class Budget:
    """A deadline shared by every match one rule makes on one document. ``document`` is
    the document's budget when that, not the rule's own limit, sets the deadline."""

    __slots__ = ("deadline", "document", "seconds", "start")

    def __init__(self, seconds: float, document: DocumentBudget | None = None):
        self.seconds = seconds
        self.document = document
        self.start = time.monotonic()
        self.deadline = self.start + seconds

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise RuleTimeout(self._exceeded())
        return left

    def _exceeded(self) -> str:
        if self.document is not None:
            return self.document.why()
        return f"pattern matching exceeded {self.seconds:g} s"


# Probe strings for "matches everything": ordinary article text, a digit string, a symbol.
_PROBES = ("The quick brown fox jumps over the lazy dog.", "a", "2020", "\u2014", "Zz 9")
# Ordinary sentences of articles, for "matches everywhere": a pattern that finds something in
# every one of them (a word boundary, a lookahead for a common letter, any two characters)
# would take nearly every line of every document. No shipped rule matches all of them.
_PROSE = (
    "The council voted on Tuesday to close the old bridge for repairs.",
    "Nach Angaben der Polizei wurde niemand verletzt.",
    "Le maire a annoncé un nouveau plan pour les transports.",
    "In 2023, about 45% of the 1,200 households had no car.",
    "She said the talks would go on as planned.",
)


_UNSET = object()


class Pattern:
    """A compiled rule pattern; ``full`` patterns must match the whole unit.

    ``regex_source`` and ``flags`` are what its regex is compiled from. A pattern made
    again from them (:meth:`compiled_from`, the rulebook cache) compiles its regex on first
    use: a rulebook of thousands of site files loads without compiling the patterns of
    sites no document of the run comes from. ``prefix`` and ``opening`` (full patterns) are
    what every match starts with, read off the regex when it is compiled."""

    __slots__ = ("source", "full", "regex_source", "flags", "_compiled", "_screen", "prefix", "opening", "group")

    def __init__(self, source: str, *, ignore_case: bool = False, full: bool = False, literal: bool = False):
        self.source = source
        self.full = full
        flags = regex.V0 | (regex.IGNORECASE if ignore_case else 0)
        self._compiled: Any = regex.compile(regex.escape(source) if literal else source, flags)
        self.regex_source: str = self._compiled.pattern
        self.flags: int = self._compiled.flags
        self._screen: Any = _UNSET  # RE2 screen (cleaner.rules.prefilter.unit_screen), made on first use
        self.group: Any = None  # the LineGroup or AnchorGroup it is screened in (linegroup, filegroups)
        self._openings()

    @classmethod
    def compiled_from(cls, source: str, regex_source: str, flags: int, *, full: bool) -> Pattern:
        """A pattern made again from what it was compiled from (the rulebook cache): its
        regex is compiled on first use (raises regex.error then, if ``regex_source`` is bad)."""
        p = cls.__new__(cls)
        p.source, p.full, p.regex_source, p.flags = source, full, regex_source, flags
        p._compiled = None
        p._screen = _UNSET
        p.prefix, p.opening = "", None  # read off the regex when it is compiled
        p.group = None
        return p

    @property
    def compiled(self) -> Any:
        """The regex (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = regex.compile(self.regex_source, self.flags)
            self._openings()
        return self._compiled

    def _openings(self) -> None:
        self.prefix = _full_prefix(self._compiled) if self.full else ""
        self.opening = _full_opening(self._compiled) if self.full and not self.prefix else None

    def __getstate__(self):
        return self.source, self.compiled, self.full, self.group  # RE2 objects do not pickle: remade where used

    def __setstate__(self, state):
        if len(state) == 2:  # (None, {slot: value}): pickled without __getstate__ (an older rulebook cache)
            state = tuple(state[1][name] for name in ("source", "compiled", "full"))
        self.source, self._compiled, self.full = state[:3]
        self.group = state[3] if len(state) > 3 else None
        self.regex_source, self.flags = self._compiled.pattern, self._compiled.flags
        self._screen = _UNSET
        self._openings()

    @property
    def text_screen(self) -> Any:
        """The RE2 pattern that finds every match this one has in a line or block of a text
        (:func:`cleaner.rules.prefilter.unit_screen`), made on first use; None if there is none."""
        if self._screen is _UNSET:
            from .prefilter import unit_screen

            self._screen = unit_screen(self)
        return self._screen

    def may_occur_in(self, text: str | bytes) -> bool:
        """False only when no line or block of ``text`` (str, or str encoded as UTF-8) can
        match: one RE2 scan of all of it."""
        screen = self.text_screen
        if screen is None:
            return True
        try:
            return screen.search(text) is not None
        except UnicodeEncodeError:  # lone surrogates: RE2 reads UTF-8 only, so regex decides
            return True

    def problems(self, *, anything_ok: bool = False) -> list[str]:
        """Why this pattern must not be used, if it matches nothing in particular.

        ``anything_ok`` is for patterns that position already constrains (a header step
        that takes "the first line", a window), where matching any text is the point.
        """
        if self._match("") is not None:
            return ["matches the empty string"]
        if anything_ok:
            return []
        if all(self._match(p) is not None for p in _PROBES):
            return ["matches any text (it would remove everything)"]
        if all(self._match(p) is not None for p in _PROSE):
            return ["matches every ordinary sentence (it would take nearly every line of every document)"]
        return []

    def _match(self, text: str):
        return self.compiled.fullmatch(text, timeout=1.0) if self.full else self.compiled.search(text, timeout=1.0)

    def match(self, text: str, budget: Budget):
        compiled = self._compiled if self._compiled is not None else self.compiled
        if self.prefix and not text.startswith(self.prefix):
            return None  # a full match starts with the pattern's literal opening: no regex call
        if self.opening is not None and not self.opening(text[:1]):
            return None  # ... or with a digit, an upper-case letter: tested without a regex call
        try:
            if self.full:
                return compiled.fullmatch(text, timeout=budget.remaining())
            return compiled.search(text, timeout=budget.remaining())
        except TimeoutError:
            if budget.document is not None:
                raise RuleTimeout(f"pattern {self.source[:60]!r}: {budget.document.why()}") from None
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
