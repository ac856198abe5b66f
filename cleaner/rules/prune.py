"""``kind: prune``: HTML elements to drop before main-content extraction, by XPath.

A prune rule names elements of the page (``xpath: //div[@class='share']``) that are
noise wherever they occur on that site. It is how FiveFilters ``strip:``,
``strip_id_or_class:`` and ``strip_image_src:`` directives are imported
(:mod:`cleaner.ftr`). Pruning belongs to the HTML path, before trafilatura extracts the
text; that stage is not wired in yet, so **on text input, and for now on HTML input too,
a prune rule finds nothing** (:meth:`PruneRule.find` returns no hits). The loader still
validates the XPath, and the examples are HTML snippets checked here: each ``remove``
snippet must contain an element the XPath selects, each ``keep`` snippet none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree, html

from .model import Rule

KEYS = {"xpath"}


def compile_xpath(source: str) -> etree.XPath:
    """The compiled XPath; raises ``etree.XPathSyntaxError`` (a ValueError) if it is not one."""
    return etree.XPath(source)


@dataclass(slots=True)
class PruneRule(Rule):
    xpath: str = ""

    def find(self, view, claims, budget, metadata):
        return []  # text has no elements: pruning happens on the page, before extraction

    def selects(self, snippet: str) -> int:
        """How many elements of the HTML ``snippet`` the rule's XPath selects."""
        root = html.fragment_fromstring(snippet, create_parent="div")
        found = compile_xpath(self.xpath)(root.getroottree())
        return len(found) if isinstance(found, list) else int(bool(found))


def check_prune(rule: PruneRule, failure: Any) -> list:
    """Failures of a prune rule's HTML examples (``failure`` builds one, as for text rules)."""
    failures = []
    for key, items in (("remove", rule.examples_remove), ("keep", rule.examples_keep)):
        for k, example in enumerate(items):
            snippet = example["text"] if isinstance(example, dict) else example
            try:
                n = rule.selects(snippet)
            except (etree.ParserError, etree.XPathError, ValueError) as exc:
                failures.append(failure(rule.id, rule.file, f"{key}[{k}]", f"cannot check the HTML example: {exc}",
                                        snippet))
                continue
            if key == "remove" and not n:
                failures.append(failure(rule.id, rule.file, f"{key}[{k}]", "the XPath selects no element", snippet))
            if key == "keep" and n:
                failures.append(failure(rule.id, rule.file, f"{key}[{k}]",
                                        f"must be kept but the XPath selects {n} element(s)", snippet))
    return failures
