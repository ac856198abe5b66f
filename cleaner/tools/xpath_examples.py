"""HTML examples built from an XPath: a snippet in which it selects something.

``cleaner rules import-ftr`` writes every rule with examples, as every rule must carry;
for a FiveFilters XPath it builds them here. Only simple XPaths are modelled (see
:func:`_shapes`); for any other the builders return None, and the importer writes the
rule disabled, for a person to add an example. Each snippet is checked against the
XPath before it is returned (and the importer then runs the rule on it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from lxml import etree

# XPaths of the shape //tag[@attr='v']/tag[contains(@attr, 'v')], predicates joined by
# 'and'/'or', optionally ending in /@attr: enough to build an element the XPath selects,
# as the rule's example. The class test FiveFilters files use most,
# contains(concat(' ', normalize-space(@class), ' '), ' v '), is read as a class word.
_TAG = re.compile(r"[A-Za-z*][\w-]*")
_ATTRIBUTE = re.compile(r"^(.*)/@([\w-]+)$")
_CONDITIONS = (
    re.compile(r"""^@([\w-]+)\s*=\s*(['"])(.*?)\2$"""),
    re.compile(r"""^contains\(\s*@([\w-]+)\s*,\s*(['"])(.*?)\2\s*\)$"""),
    re.compile(r"""^starts-with\(\s*@([\w-]+)\s*,\s*(['"])(.*?)\2\s*\)$"""),
    re.compile(
        r"""^contains\(\s*concat\(\s*(?:'\s'|"\s")\s*,\s*normalize-space\(\s*@([\w-]+)\s*\)\s*,"""
        r"""\s*(?:'\s'|"\s")\s*\)\s*,\s*(['"])\s*(.*?)\s*\2\s*\)$"""
    ),
)
_VOID = ("img", "br", "hr", "input", "meta", "link")


def _steps(path: str) -> list[tuple[str, str | None]] | None:
    """(tag, predicate) of each step of a path of ``/`` and ``//`` steps; None otherwise."""
    steps: list[tuple[str, str | None]] = []
    i = 0
    while i < len(path):
        if path[i] != "/":
            return None
        i += 2 if path.startswith("//", i) else 1
        m = _TAG.match(path, i)
        if not m:
            return None
        i = m.end()
        predicate = None
        if i < len(path) and path[i] == "[":
            depth, quote, j = 0, "", i
            while j < len(path):
                c = path[j]
                if quote:
                    quote = "" if c == quote else quote
                elif c in "'\"":
                    quote = c
                elif c == "[":
                    depth += 1
                elif c == "]":
                    depth -= 1
                    if not depth:
                        break
                j += 1
            if j == len(path):
                return None
            predicate, i = path[i + 1 : j], j + 1
        steps.append((m.group(), predicate))
    return steps or None


def _attributes(predicate: str | None) -> dict[str, str] | None:
    """Attributes that meet ``predicate`` (its first 'or' branch); None if not modelled."""
    attrs: dict[str, str] = {}
    if predicate is None:
        return attrs
    if predicate.strip() == "1":  # the first of its siblings: an only child is that
        return attrs
    for cond in re.split(r"\s+and\s+", re.split(r"\s+or\s+", predicate)[0]):
        m = next((p.match(cond.strip()) for p in _CONDITIONS if p.match(cond.strip())), None)
        if m is None:
            return None
        name, value = m.group(1), m.group(3)
        attrs[name] = (attrs.get(name, "") + " " + value).strip()
    return attrs


def _shapes(xpath: str) -> Iterator[tuple[list[tuple[str, dict[str, str]]], str | None]]:
    """For each branch of ``xpath`` this importer can model: the nested elements (tag,
    attributes; outermost first) it selects the last of, and the attribute read at the
    end (``.../@content``), if any."""
    for branch in xpath.split("|"):
        branch, read = branch.strip(), None
        if a := _ATTRIBUTE.match(branch):
            branch, read = a.group(1), a.group(2)
        steps = _steps(branch)
        if steps is None:
            continue
        nested = [("div" if tag == "*" else tag, _attributes(predicate)) for tag, predicate in steps]
        if all(attrs is not None for _, attrs in nested):
            yield [(tag, attrs or {}) for tag, attrs in nested], read


def _nest(elements: list[tuple[str, dict[str, str]]], inner: str) -> str | None:
    """``inner`` inside the elements, outermost first (None if a void element holds another)."""
    html = inner
    for k, (tag, attrs) in enumerate(reversed(elements)):
        if tag in _VOID:
            if k or html:
                return None
            html = f"<{tag}{_attrs(attrs)}>"
        else:
            html = f"<{tag}{_attrs(attrs)}>{html}</{tag}>"
    return html


def _first_selected(xpath: str, candidates: Iterable[str]) -> str | None:
    """The first HTML snippet of ``candidates`` in which ``xpath`` selects something."""
    try:
        return next((html for html in candidates if _selects(xpath, html)), None)
    except (etree.XPathError, etree.ParserError, ValueError):
        return None


def example_for(xpath: str) -> str | None:
    """An HTML snippet with an element ``xpath`` selects, for simple XPaths; else None."""

    def candidates() -> Iterator[str]:
        for elements, read in _shapes(xpath):
            inner = "" if elements[-1][0] in _VOID else "Text to remove"
            element = None if read else _nest(elements, inner)
            if element:
                yield f"<p>Article text.</p>{element}"

    return _first_selected(xpath, candidates())


BODY_TEXT = "Article text."


def body_example_for(xpath: str) -> str | None:
    """A page with a menu line and an element ``xpath`` selects holding :data:`BODY_TEXT`,
    for simple XPaths; else None."""

    def candidates() -> Iterator[str]:
        for elements, read in _shapes(xpath):
            if read or any(tag in ("html", "head", "body") for tag, _ in elements):
                continue
            element = _nest(elements, BODY_TEXT)
            if element:
                yield f"<p>Menu outside the article.</p>{element}"

    return _first_selected(xpath, candidates())


# The value a field example's page holds, and what cleaner's metadata says of it.
FIELD_EXAMPLES = {"title": "An example headline", "author": "Jane Example", "date": "2021-05-03"}


def field_example_for(xpath: str, name: str) -> str | None:
    """A page in which ``xpath`` selects an element (or attribute) holding the field's
    example value, for simple XPaths; else None."""
    value = FIELD_EXAMPLES[name]

    def candidates() -> Iterator[str]:
        for elements, read in _shapes(xpath):
            if read:
                *outer, (tag, attrs) = elements
                element = _nest([*outer, (tag, {**attrs, read: value})], "")
            else:
                element = _nest(elements, value)
            if element:
                yield f"{element}<p>Article text.</p>"

    return _first_selected(xpath, candidates())


def compile_xpath(source: str) -> etree.XPath:
    """The compiled XPath; raises ``etree.XPathSyntaxError`` (a ValueError) if it is not one."""
    return etree.XPath(source)


def _selects(xpath: str, snippet: str) -> int:
    """How many elements of the HTML ``snippet`` ``xpath`` selects (as the HTML path parses pages)."""
    root = etree.fromstring(f"<html><body>{snippet}</body></html>", etree.HTMLParser())
    found = compile_xpath(xpath)(root)
    return len(found) if isinstance(found, list) else int(bool(found))


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f' {k}="{v}"' for k, v in attrs.items())
