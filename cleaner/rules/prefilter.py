"""Which site files' markers, and which rules, can match a text: asked with RE2 first.

Documents without a URL are matched to a site by the markers site files declare. Trying
each file's markers in turn costs a regex search per file per document, which grows with
the number of site files (2,000 files: ~2,000 searches per document). Instead every
marker is translated to an RE2 pattern that matches a *superset* of what the original
matches, and one ``re2.Set`` scan over the text names the markers that may match; only
their files are then tried with the real pattern (``regex``, with its time budget), in
file order, so the answer is exactly the one-by-one answer.

The translation only ever loosens a pattern, never tightens it: ``\\b``/``\\B``, ``$`` and
look-arounds (zero-width conditions) are dropped, ``\\w``/``\\d``/``\\s`` become Unicode
classes at least as wide as regex's, ``\\W``/``\\D``/``\\S`` any character, and a bounded
count ``{m,n}`` becomes ``{m,}``. A pattern RE2 cannot take (back-references, atomic groups,
``(?x)``, ``{,n}``) is not in the set and its file is always tried.

Text rules are screened the same way (:func:`unit_screen`): a rule's pattern is tried on
every line or block, which costs a regex call per line per rule, while most rules match
nothing in most documents. One RE2 search of the whole text for the loosened pattern
(with ``^`` at every line start) says whether any line or block can match; if not, the
rule would find nothing and is not run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from .model import Rule, RuleFile
    from .patterns import Pattern

_WORD = r"\p{L}\p{N}\p{M}\p{Pc}\x{200c}\x{200d}"
_SPACE = r"\s\p{Z}\x{85}\x{1c}-\x{1f}"
_INSIDE = {"w": _WORD, "d": r"\p{N}", "s": _SPACE}  # wider than regex's \w, \d (Nd), \s
_OUTSIDE = {
    "w": f"[{_WORD}]",
    "d": r"\p{N}",
    "s": f"[{_SPACE}]",
    "W": r"[\s\S]",
    "D": r"[\s\S]",
    "S": r"[\s\S]",
    "b": "",
    "B": "",
    "Z": "",
    "z": "",
    "A": "^",
}


def loosen(source: str) -> str | None:
    """An RE2 pattern matching at least what ``source`` matches, or None if none is known."""
    out, i, in_class = [], 0, False
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            n = source[i + 1]
            if n == "u" and regex.fullmatch(r"[0-9a-fA-F]{4}", source[i + 2 : i + 6]):
                out.append(f"\\x{{{source[i + 2 : i + 6]}}}")
                i += 6
                continue
            table = _INSIDE if in_class else _OUTSIDE
            if n in table:
                out.append(table[n])
            elif in_class and n in "WDSbB":
                return None
            else:
                out.append(c + n)
            i += 2
            continue
        if in_class:
            if c == "]" and out[-1] not in ("[", "[^"):
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            if source.startswith("[^", i):
                out.append("[^")
                i += 2
                if source.startswith("]", i):  # a literal ] first in the class
                    out.append("\\]")
                    i += 1
                continue
            out.append("[")
            if source.startswith("]", i + 1):
                out.append("\\]")
                i += 1
        elif c == "$":
            pass  # regex's $ also matches before a final newline: dropping it only loosens
        elif source.startswith(_LOOKAROUNDS, i):
            end = _group_end(source, i)  # a look-around only adds a condition: dropping it loosens
            if end is None:
                return None
            i = end
            continue
        elif source.startswith("{,", i):
            return None  # regex reads {,n} as {0,n}; RE2 as the literal text "{,n}"
        elif c == "{" and (bounded := _BOUNDED.match(source, i)):
            # {m,n} -> {m,}: at least as wide, and RE2's automaton for a bounded count
            # has a state per count (one screen with {1,120} cost ~0.85 ms a page, the
            # other twenty together about as much)
            out.append(f"{{{bounded.group(1)},}}")
            i = bounded.end()
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_BOUNDED = regex.compile(r"\{(\d+),\d+\}")


def _group_end(source: str, i: int) -> int | None:
    """The index just past the group that opens at ``source[i]``, or None if it is not closed."""
    depth, in_class = 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):  # a literal ] first in the class
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


class MarkerIndex:
    """All marker patterns of a list of site files in one RE2 set."""

    def __init__(self, files: list[RuleFile]):
        self.files = files
        self._build()

    def _build(self) -> None:
        import re2

        options = re2.Options()
        options.log_errors = False
        options.max_mem = 256 << 20  # thousands of small patterns; the default 8 MB runs out
        self.set = re2.Set.SearchSet(options)
        self.set.Add(EVERY_TEXT[False])  # index 0 matches every text: a scan naming nothing did not finish
        self.owner: list[int] = [-1]  # set index -> file index (-1: the entry for every text)
        self.always: list[int] = []  # files with a marker RE2 cannot take
        for k, f in enumerate(self.files):
            for p in f.markers:
                pattern = _re2_source(p)
                try:
                    if pattern is None:
                        raise ValueError
                    self.set.Add(pattern)
                    self.owner.append(k)
                except Exception:  # re2.error, or a pattern RE2 parses differently
                    if k not in self.always:
                        self.always.append(k)
        self.compiled = len(self.owner) > 1
        if self.compiled:
            try:
                self.set.Compile()
            except Exception:  # out of memory for the set: fall back to trying every file
                self.compiled = False
        if not self.compiled:  # nothing in the set (or it would not build): try every file
            self.always = list(range(len(self.files)))

    def candidates(self, text: str) -> list[RuleFile]:
        """The files whose markers may match ``text``, in file order."""
        if not self.files:
            return []
        hits = set(self.always)
        if self.compiled:
            found = set_candidates(self.set, self.owner, text)
            if found is None:  # the set cannot say (see set_candidates): every file's own markers decide
                return list(self.files)
            hits.update(found)
        return [self.files[k] for k in sorted(hits)]

    def __getstate__(self):
        return self.files  # RE2 objects do not pickle: rebuilt where unpickled

    def __setstate__(self, files):
        self.files = files
        self._build()


def _re2_source(p: Pattern) -> str | None:
    loose = loosen(p.regex_source)
    if loose is None:
        return None
    return f"(?i){loose}" if p.flags & regex.IGNORECASE else loose


def pattern_set(patterns: list[Pattern], *, full: bool) -> tuple[Any, list[int], list[int]]:
    """One RE2 set of ``patterns``, each loosened as for its own screen (:func:`_re2_source`),
    so that the set names every pattern that may match a unit (a line or block matched
    whole when ``full``, searched otherwise): (the set, or False when there is none; the
    pattern index of each set entry; the patterns left out, which RE2 cannot take and which
    are to be tried on every unit). Without any set (nothing RE2 can take, or out of memory
    for it) every pattern is left out."""
    import re2

    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20  # as for one pattern's screen (unit_screen)
    screen = re2.Set.FullMatchSet(options) if full else re2.Set.SearchSet(options)
    screen.Add(EVERY_TEXT[full])  # index 0 matches every unit: a scan naming nothing did not finish
    owner: list[int] = [-1]  # set index -> pattern index (-1: the entry for every unit)
    always: list[int] = []
    for k, p in enumerate(patterns):
        source = _re2_source(p)
        try:
            if source is None:
                raise ValueError
            screen.Add(source)
            owner.append(k)
        except Exception:  # re2.error: a construct RE2 does not have
            always.append(k)
    try:
        if len(owner) == 1:
            raise ValueError
        screen.Compile()
    except Exception:  # nothing in the set, or out of memory for it
        return False, [], list(range(len(patterns)))
    return screen, owner, always


# A pattern that matches every text, searched (``\A``: it costs a scan nothing, where the
# empty pattern doubles it) or matched whole (``(?s).*``), put first in every RE2 set: RE2's
# set answers "nothing" both when no pattern matches and when its automaton ran out of
# memory on the text, and with this entry the second is told from the first.
EVERY_TEXT = {False: r"\A", True: r"(?s).*"}


def set_candidates(screen: Any, owner: list[int], text: str | bytes) -> list[int] | None:
    """What ``owner`` says of the entries of ``screen`` (an RE2 set whose first entry is
    :data:`EVERY_TEXT`) that match ``text``; None when the set cannot say: a text RE2 cannot
    read (lone surrogates: it reads UTF-8 only) or a scan that ran out of memory (it names
    nothing, not even the first entry). Then each pattern decides for itself."""
    try:
        found = screen.Match(text)
    except UnicodeEncodeError:
        return None
    if not found:
        return None
    return [owner[i] for i in found if i]


def unit_screen(p: Pattern):
    """A compiled RE2 pattern that finds, in a whole text, every match ``p`` has in one of
    the text's lines or blocks; None when there is no such translation.

    A line or block is a slice of the text, so its match is a match in the text once the
    constraints that depend on the slice's ends are loosened: ``\\b``, ``$`` and ``\\Z``
    are dropped by :func:`loosen`, and ``^`` (``\\A`` becomes ``^``) matches at every line
    start under ``(?m)``. A ``full`` pattern's match of the whole unit is found by search.
    """
    import re2

    loose = _re2_source(p)
    if loose is None:
        return None
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20  # large case-insensitive alternations outgrow the default 8 MB
    try:
        return re2.compile(f"(?m){loose}", options)
    except Exception:  # re2.error: a construct RE2 does not have
        return None


# Patterns in one set of a TextScreen. A set scans the whole text for all its patterns (a
# single search stops at its first match), and the more patterns it holds, the longer its
# automaton takes to build the states a page needs: on 800 wcxb-dev pages new to the
# process, sets of 5 of the generic rules' 21 screens took 0.36 ms a page over the first 200
# and 0.24-0.28 after, against 0.74-0.77 for the 21 searches, 1.26 then 0.31-0.63 for one
# set of all 21 (its states are built page after page), 0.41 then 0.32-0.35 for sets of 3.
SET_SIZE = 5


class TextScreen:
    """The whole-text screens (:func:`unit_screen`) of many rules in a few RE2 sets, built on
    first use: a scan of a document with each set says which of its screens may match,
    where each rule's own screen is a scan of its own.

    A set holds each screen's own compiled pattern, so it names exactly the screens whose
    search finds a match, and first :data:`EVERY_TEXT`'s search: a set that names nothing
    ran out of memory for its automaton. Then, and for the rules whose screen no set holds,
    each rule's own screen decides (:meth:`cleaner.rules.model.Rule.may_match`).
    """

    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns
        self._sets: list[Any] | None = None  # the RE2 sets, built on first use
        self._where: dict[int, tuple[int, int]] = {}  # id(pattern) -> (its set, its index there)

    def __getstate__(self):
        return self.patterns  # RE2 objects do not pickle: the sets are built again where used

    def __setstate__(self, patterns):
        TextScreen.__init__(self, patterns)

    def _build(self) -> None:
        import re2

        options = re2.Options()
        options.log_errors = False
        options.max_mem = 64 << 20  # as for one pattern's screen (unit_screen)
        screens: dict[int, tuple[Pattern, str]] = {}  # each pattern with a screen, once, in order
        for p in self.patterns:
            if p.text_screen is not None:
                screens.setdefault(id(p), (p, p.text_screen.pattern))
        held = list(screens.values())
        self._sets = []
        for first in range(0, len(held), SET_SIZE):
            self._add_set(re2.Set.SearchSet(options), held[first : first + SET_SIZE])

    def _add_set(self, screen: Any, held: list[tuple[Pattern, str]]) -> None:
        assert self._sets is not None
        screen.Add(EVERY_TEXT[False])  # index 0 matches every text: a scan naming nothing did not finish
        where = {}
        for p, source in held:
            try:
                where[id(p)] = (len(self._sets), screen.Add(source))
            except Exception:  # re2.error: the set cannot take it, so its own screen decides
                continue
        try:
            if not where:
                raise ValueError
            screen.Compile()
        except Exception:  # out of memory for the set: each of its rules' own screens decides
            return
        self._sets.append(screen)
        self._where.update(where)

    def may_match(self, rules: list[Rule], text: bytes) -> list[bool]:
        """``rule.may_match(text)`` for each of ``rules`` (``text``: the document as UTF-8)."""
        if self._sets is None:
            self._build()
        sets = self._sets or []
        found: dict[int, set[int] | None] = {}  # set -> the indices of its screens that match
        answers = []
        for rule in rules:
            where = self._where.get(id(rule.screen_pattern))
            if where is None:
                answers.append(rule.may_match(text))
                continue
            number, index = where
            if number not in found:
                matched = sets[number].Match(text)
                found[number] = None if matched is None else set(matched)
            hits = found[number]
            answers.append(rule.may_match(text) if hits is None else index in hits)
        return answers
