"""Body and field rules: what a site says its pages hold, by XPath or CSS.

A ``kind: body`` rule names the element(s) that hold a site's article (FiveFilters'
``body:``). A site's body rules are alternatives, tried in file order: the first that
selects an element with visible text wins, and every block outside the elements it
selects is removed by that rule, with the selector in the reason; the judge does not
judge the blocks inside (the site said what the article is), while prune rules and text
rules still apply there. When none selects anything (the site changed its templates) the
page is left to the judge, and a warning says so: a redesign must not empty the output.

A ``kind: field`` rule reads one metadata field (title, author, date, section) from the
page: the text of the first element it selects, or the first attribute value or string
(``//time/@datetime``); an author rule that selects several elements names them all.
What it reads is more specific than what the head declares, and replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import etree

from .prune import describe

if TYPE_CHECKING:
    from ..rules.model import BodyRule, FieldRule
    from .page import Page


@dataclass(slots=True)
class Body:
    """The article a body rule selected: the rule, the elements, the blocks inside them."""

    rule: BodyRule
    elements: list[Any]
    inside: frozenset[int]  # indices of the page's blocks inside the elements

    def reason(self) -> str:
        shown = ", ".join(describe(el) for el in self.elements[:3])
        more = f" and {len(self.elements) - 3} more" if len(self.elements) > 3 else ""
        return f"{self.rule.description} (outside the article: {shown}{more}, selected by {self.rule.selector})"


def _elements(tree: Any, xpath: str) -> list[Any]:
    try:
        found = tree.xpath(xpath)
    except etree.XPathError:  # valid syntax that fails on this tree (unknown function): no match
        return []
    return [el for el in found if isinstance(el, etree._Element)] if isinstance(found, list) else []


def select_body(page: Page, rules: list[BodyRule]) -> Body | None:
    """The first of ``rules`` (in order) that selects elements holding a block of the page;
    None if none does."""
    if not page.blocks:
        return None
    for rule in rules:
        chosen = set(_elements(page.tree, rule.xpath))
        if not chosen:
            continue
        inside = set()
        for i, block in enumerate(page.blocks):
            el = block.element
            while el is not None and el not in chosen:
                el = el.getparent()
            if el is not None:
                inside.add(i)
        if inside:
            order = [el for el in page.tree.iter() if el in chosen]  # document order, for the reason
            return Body(rule, order, frozenset(inside))
    return None


def read_fields(tree: Any, rules: list[FieldRule]) -> dict[str, tuple[str, FieldRule]]:
    """Field -> (value, rule) for each field that one of ``rules`` finds (for a field, the
    first rule in order that finds a non-blank value)."""
    found: dict[str, tuple[str, FieldRule]] = {}
    for rule in rules:
        if rule.field in found:
            continue
        value = _value(tree, rule)
        if value:
            found[rule.field] = (value, rule)
    return found


def _value(tree: Any, rule: FieldRule) -> str | None:
    try:
        result = tree.xpath(rule.xpath)
    except etree.XPathError:
        return None
    items = result if isinstance(result, list) else [result]
    values: list[str] = []
    for item in items:
        if isinstance(item, etree._Element):
            text = " ".join(" ".join(item.itertext()).split())
        elif isinstance(item, str):  # an attribute value or a string() result
            text = " ".join(item.split())
        else:  # a number or a boolean from an XPath function: not a field's text
            continue
        if text and text not in values:
            values.append(text)
            if rule.field != "author":  # several authors are all named; one title is the title
                break
    return ", ".join(values) or None
