"""Markdown to plain text: emphasis, escapes, links, images, headings, quotes, code marks.

Scraped "plain text" is very often markdown (reader services, html2text, crawler tools),
so this runs on every text document. Syntax is found on a *masked* copy of the text:
escaped characters, code spans and link targets are blanked out (same length, so offsets
hold) before emphasis is looked for, so ``\\*`` or ``a_b_c`` in a URL is never taken for
emphasis. Nested emphasis (``**a *b* c**``) is found innermost first, by repeating the
search on the masked copy until nothing new turns up.

With markdown output (``Options.output_format``) the marks of structure stay: headings,
quotes, code fences and code spans, and the escapes (``\\-`` at a line start keeps a line
from reading as a list item). What is inside a fenced code block is masked too, so that a
``*`` of code is not taken for emphasis. Emphasis, links (their targets), images and link
definitions still go: they are inline decoration and addresses, not the text's shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..edits import Edit, sort_edits
from . import Step, StepRule
from .scan import finditer_at, occurrences, positions

EMPHASIS = StepRule(
    "markdown-emphasis", "markup", "strip", "Markdown emphasis marks (*, **, _, __, ~~) removed, text kept."
)
ESCAPE = StepRule(
    "markdown-escape", "markup", "strip", "Markdown backslash escapes (\\$, \\*, \\-) reduced to the character."
)
LINK = StepRule("markdown-link", "markup", "strip", "Markdown links reduced to their text; autolinks to their address.")
IMAGE = StepRule("markdown-image", "media", "remove", "Markdown images (and images wrapped in links) removed.")
HEADING = StepRule("markdown-heading", "markup", "strip", "Markdown heading marks (#) removed, heading text kept.")
QUOTE = StepRule("markdown-quote", "markup", "strip", "Blockquote marks (>) at line start removed.")
CODE = StepRule("markdown-code", "markup", "strip", "Backticks of code spans and fence lines removed.")
REFDEF = StepRule(
    "markdown-link-definition", "markup", "remove", "Reference-style link definitions ([1]: url) removed."
)
RULES = [EMPHASIS, ESCAPE, LINK, IMAGE, HEADING, QUOTE, CODE, REFDEF]
# The rules whose marks markdown output keeps.
STRUCTURE = frozenset((ESCAPE.id, HEADING.id, QUOTE.id, CODE.id))

MASK = "\x00"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~\"'=^&%@])")
# Spans are bounded (emphasis 1,000 and code 500 characters, far above what markdown
# marks in prose): an unbounded lazy scan to the end of a 10 MB single-line document for
# every unmatched mark is quadratic.
_CODE = re.compile(r"(?<!`)(`+)(?!`)([^\n]{1,500}?)(?<!`)\1(?!`)")
_FENCE = re.compile(r"(?m)^(?:```|~~~)[^\n]*(?:\n|\Z)")
# A fenced code block, fences and all (an unclosed fence runs to the end of the text).
_FENCED = re.compile(r"(?ms)^(`{3,}|~{3,})[^\n]*\n.*?(?:^\1[ \t]*$|\Z)")
_LINE = re.compile(
    r"(?m)^(?P<quote>(?:>[ \t]?)+)|^(?P<head>#{1,6})(?:[ \t]+|$)|(?P<close>[ \t]+#+)[ \t]*$"
    r"|^(?P<def>[ \t]*\[[^\]\n]+\]:[ \t]*\S+[^\n]*(?:\n|\Z))"
)
_TARGET = r"\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\s*\)"
_LINKS = re.compile(
    rf"(?P<limg>\[\s*!\[[^\]\n]*\]{_TARGET}\s*\]{_TARGET})"
    rf"|(?P<img>!\[[^\]\n]*\]{_TARGET})"
    rf"|(?P<link>\[(?P<text>(?:[^\[\]\n!]|!(?!\[)|\[[^\[\]\n]*\])*)\](?P<target>{_TARGET}|\[[^\]\n]*\]))"
    rf"|(?P<auto><(?P<addr>(?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>)"
)
# The end of a link whose text runs over lines, and how far back its "[" may be: a card of
# html2text's (a name, a list of features, a price) is a few hundred characters
_CLOSE = re.compile(rf"\](?P<target>{_TARGET})")
OPEN_BACK = 2000
_STRAY = re.compile(r"[*_]{2,}")  # emphasis marks no pair took (:func:`stray`)
# A link right before another link or a picture ("[Indie](/t/indie)[Action](/t/action)": a tag
# list or a menu as html2text writes it, each item its own element on the page) is set apart
# from it by a space: with the targets removed, the items ran together ("IndieAction").
_NEXT_LINK = ("[", "![")
_STAR = re.compile(r"(?<![\w*\\])(\*{1,3})(?![\s*])([^*\n]{0,1000}?[^\s*\\])\1(?![\w*])")
_UNDER = re.compile(r"(?<![\w_\\])(_{1,3})(?![\s_])([^_\n]{0,1000}?[^\s_\\])\1(?![\w_])")
_STRIKE = re.compile(r"(~~)(?![\s~])([^~\n]{0,1000}?[^\s~])~~")

# The patterns above begin with an alternation, a look-behind or ``^``, so ``re`` would try
# them at every character; they are tried only where they can start (cleaner.steps.scan).
# Where that is a character class, the starts are found by ``str.find`` (one literal at a
# time), which reads a page several times faster than ``re``'s scan for a class.
_BACKTICK = re.compile("`")
_STAR_START = re.compile(r"\*")
_UNDER_START = re.compile("_")
_LINE_START = re.compile(r"\n[>#\[ \t]")  # a line that can hold a quote, heading or definition


def _fence_starts(masked: str) -> list[int]:
    """Where a match of ``_FENCE`` can start: three backticks or tildes at a line start."""
    found = occurrences(masked, "```") + occurrences(masked, "~~~")
    return sorted(at for at in found if at == 0 or masked[at - 1] == "\n")


def _link_starts(masked: str) -> list[int]:
    """Where a match of ``_LINKS`` can start: a ``[``, a ``<``, or the ``!`` of ``![``."""
    return sorted(occurrences(masked, "[") + occurrences(masked, "<") + occurrences(masked, "!["))


def _line_starts(masked: str) -> list[int]:
    """Where a match of ``_LINE`` can start: a line start followed by ``>``, ``#``, ``[``
    or a space, and every space or tab in a run followed by ``#``."""
    starts = [m.start() + 1 for m in _LINE_START.finditer(masked)]
    if masked[:1] in (">", "#", "[", " ", "\t"):
        starts.insert(0, 0)
    for mark in occurrences(masked, "#"):  # the run of spaces and tabs before each #
        at = mark
        while at and masked[at - 1] in " \t":
            at -= 1
        starts.extend(range(at, mark))
    return sorted(starts)


def find(text: str, keep_structure: bool = False) -> list[Edit]:
    """Edits stripping ``text``'s markdown; with ``keep_structure``, only its inline marks
    (and nothing inside a fenced code block)."""
    if not any(c in text for c in "\\`*_~[]<>#!"):
        return []
    edits: list[Edit] = []
    masked = text

    def add(start: int, end: int, rule: StepRule, reason: str, replacement: str = "") -> None:
        edits.append(Edit(start, end, replacement, rule.id, rule.category, rule.action, reason))

    def mask(spans: list[tuple[int, int]]) -> None:
        nonlocal masked
        if spans:
            parts, pos = [], 0
            for s, e in spans:
                parts.append(masked[pos:s])
                parts.append(MASK * (e - s))
                pos = e
            parts.append(masked[pos:])
            masked = "".join(parts)

    # Each pattern runs only if its marker character occurs at all: most prose has no
    # backticks, tildes or backslashes, and a skipped scan is the cheapest one.
    has = {c: c in text for c in "\\`~*_[<#>!"}
    spans = []
    for m in _ESCAPE.finditer(masked) if has["\\"] else ():
        add(m.start(), m.start() + 1, ESCAPE, f"escape \\{m.group(1)} reduced to {m.group(1)!r}")
        spans.append(m.span())
    mask(spans)

    spans = []
    if keep_structure:
        for m in _FENCED.finditer(masked) if has["`"] or has["~"] else ():
            spans.append(m.span())
        mask(spans)
        spans = []
    for m in finditer_at(_FENCE, masked, _fence_starts(masked)) if has["`"] or has["~"] else ():
        add(m.start(), m.end(), CODE, "code fence line removed")
        spans.append(m.span())
    mask(spans)
    spans = []
    for m in finditer_at(_CODE, masked, positions(_BACKTICK, masked)) if has["`"] else ():
        n = len(m.group(1))
        add(m.start(), m.start() + n, CODE, "code span mark removed")
        add(m.end() - n, m.end(), CODE, "code span mark removed")
        spans.append(m.span())
    mask(spans)

    # Two passes: a link whose text holds an image and words (a shop's card, "[![Radios](r.png)
    # Radios (4)](/radios)", as html2text writes a linked picture with its caption) is found
    # once the first pass has removed the image inside it; in one pass its brackets and
    # target stayed in the text.
    for _ in range(2):
        spans = []
        images = 0
        for m in finditer_at(_LINKS, masked, _link_starts(masked)) if has["["] or has["<"] else ():
            kind = m.lastgroup if m.lastgroup in ("limg", "img", "auto") else "link"
            if kind in ("limg", "img"):
                add(m.start(), m.end(), IMAGE, f"image removed: {text[m.start() : m.end()][:80]!r}")
                spans.append(m.span())
                images += 1
            elif kind == "auto":
                add(m.start(), m.start() + 1, LINK, "autolink bracket removed")
                add(m.end() - 1, m.end(), LINK, "autolink bracket removed")
                spans.append(m.span())
            elif not m.group("text").strip():
                add(m.start(), m.end(), LINK, f"link without text removed: {text[m.start() : m.end()][:80]!r}")
                spans.append(m.span())
            else:
                target = m.group("target")
                add(m.start(), m.start() + 1, LINK, "link bracket removed")
                if text.startswith(_NEXT_LINK, m.end()):  # "[Indie](/t/indie)[Action](/t/action)"
                    add(
                        m.start("target") - 1,
                        m.end(),
                        LINK,
                        f"link target {target[:80]!r} removed, a space kept before the next link",
                        " ",
                    )
                else:
                    add(m.start("target") - 1, m.end(), LINK, f"link target {target[:80]!r} removed, text kept")
                spans.extend([(m.start(), m.start() + 1), (m.start("target") - 1, m.end())])
        mask(spans)
        if not images:
            break

    # A link whose text runs over several lines (a card's name, list and price inside one
    # anchor, as html2text writes it) ends in a "](target)" the passes above did not take;
    # its "[" is the last bracket before it, within OPEN_BACK characters, no bracket between.
    spans = []
    for m in _CLOSE.finditer(masked) if has["["] and "](" in masked else ():
        target = m.group("target")
        opener = masked.rfind("[", max(0, m.start() - OPEN_BACK), m.start())
        if opener >= 0 and "]" not in masked[opener : m.start()]:
            if masked[opener - 1 : opener] == "!":  # a picture whose description runs over lines
                add(opener - 1, m.end(), IMAGE, f"image over lines removed: {text[opener - 1 : m.end()][:80]!r}")
                spans.append((opener - 1, m.end()))
                continue
            add(opener, opener + 1, LINK, "link bracket removed")
            spans.append((opener, opener + 1))
        add(m.start(), m.end(), LINK, f"link target {target[:80]!r} removed at the end of a link over lines")
        spans.append(m.span())
    mask(sorted(spans))

    spans = []
    for m in finditer_at(_LINE, masked, _line_starts(masked)) if has["#"] or has[">"] or has["["] else ():
        kind = m.lastgroup or ""
        if kind == "quote":
            add(m.start(), m.end(), QUOTE, "blockquote mark removed")
        elif kind == "head":
            add(m.start(), m.end(), HEADING, f"heading mark {m.group('head')!r} removed")
        elif kind == "close":
            add(m.start(), m.end(), HEADING, "closing heading marks removed")
        else:
            add(m.start(), m.end(), REFDEF, f"link definition removed: {m.group().strip()[:80]!r}")
        spans.append(m.span())
    mask(spans)

    for _ in range(3):  # innermost emphasis first; three levels is more than markdown uses
        spans = []
        for pattern, mark, start in ((_STAR, "*", _STAR_START), (_UNDER, "_", _UNDER_START), (_STRIKE, "~", None)):
            if not has[mark]:
                continue
            found = (
                pattern.finditer(masked) if start is None else finditer_at(pattern, masked, positions(start, masked))
            )
            for m in found:
                n = len(m.group(1))
                add(m.start(), m.start() + n, EMPHASIS, f"emphasis mark {m.group(1)!r} removed")
                add(m.end() - n, m.end(), EMPHASIS, f"emphasis mark {m.group(1)!r} removed")
                spans.extend([(m.start(), m.start() + n), (m.end() - n, m.end())])
        if not spans:
            break
        mask(sorted(spans))
    if has["*"] or has["_"]:
        stray(text, masked, add)
    if keep_structure:
        edits = [e for e in edits if e.rule not in STRUCTURE]
    return _disjoint(edits)


def stray(text: str, masked: str, add: Callable[[int, int, StepRule, str], None]) -> None:
    """Emphasis marks no pair took: a run of two or more ``*`` or ``_`` (html2text writes an
    empty ``<b></b>`` as ``****`` and broken nesting as ``__**2%**``), removed unless it
    joins two letters or digits (``2**10``) or sits in a fenced code block. Left in, such
    marks ran into the words beside them. (An indented code block's indentation is gone by
    this step, so ``f(**kwargs)`` there loses its stars, as its ``__init__`` loses its
    underscores to the emphasis pairs.)"""
    code = [m.span() for m in _FENCED.finditer(text)] if "```" in text or "~~~" in text else []
    # a run starts where two marks meet: found by str.find, not by re's scan for a class
    starts = sorted(at for pair in ("**", "__", "*_", "_*") for at in occurrences(masked, pair))
    for m in finditer_at(_STRAY, masked, starts):
        start, end = m.span()
        if masked[start - 1 : start].isalnum() and masked[end : end + 1].isalnum():
            continue
        if any(a <= start < b for a, b in code):
            continue
        add(start, end, EMPHASIS, f"stray emphasis marks {m.group()!r} removed")


def _disjoint(edits: list[Edit]) -> list[Edit]:
    """Sort; drop the rare later find that overlaps an earlier one (masking prevents most)."""
    out: list[Edit] = []
    end = -1
    for e in sort_edits(edits):
        if e.start >= end or (e.start == e.end == end):
            out.append(e)
            end = e.end
    return out


class Markdown(Step):
    """Markdown to plain text; not for HTML pages, whose text is plain already (a ``*`` in it
    is a character of the page)."""

    name = "markdown"
    rules = tuple(RULES)

    def applies(self, doc) -> bool:
        return doc.options.markdown and doc.form != "html"

    def find(self, doc) -> list[Edit]:
        return find(doc.text, keep_structure=doc.options.output_format == "markdown")
