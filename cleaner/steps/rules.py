"""The rule files as steps: the site's rules, then the generic packs.

The site's rules run before the judge, so that a site's own rule names what it removes;
the generic packs run after it, on the text the judge kept. Header rules, which walk over
the blocks other rules have taken, run last: a site's header rules with the generic ones,
after every other rule. Rules with a ``languages`` condition wait for the language
(:mod:`cleaner.steps.language`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..edits import Edit
from ..rules.engine import run_rules
from ..rules.model import HTML_KINDS
from . import Step

if TYPE_CHECKING:
    from ..document import Document
    from ..rules.model import Rule


def run(doc: Document, rules: list[Rule]) -> list[Edit]:
    """Run ``rules`` on the document's view; the fields they capture fill its metadata. A rule
    whose ``except_page_types`` holds the type the judge found for the page does not run."""
    if doc.page_type is not None:
        rules = [r for r in rules if doc.page_type not in r.except_page_types]
    if not rules:
        return []
    found = run_rules(doc.view, rules, doc.metadata(), doc.options.regex_timeout, doc.rule_time, doc.rulebook.screens())
    doc.rule_errors.extend(found.errors)
    for key, value in found.fields.items():
        doc.fields.setdefault(key, value)
    return found.edits


def _site_rules(doc: Document) -> list[Rule]:
    return [r for f in doc.site.files for r in f.rules if r.kind not in HTML_KINDS]


class SiteRules(Step):
    name = "site-rules"

    def find(self, doc: Document) -> list[Edit]:
        return run(doc, [r for r in _site_rules(doc) if not r.languages and r.kind != "header"])


class GenericRules(Step):
    name = "rules"

    def find(self, doc: Document) -> list[Edit]:
        generic = [r for r in doc.rulebook.generic if r.kind not in HTML_KINDS and not r.languages]
        # a page has one title: where the judge took it, the first line left is the text's
        titled = [r for r in generic if not (doc.title_taken and r.kind == "header" and "title" in r.fields)]
        headers = [r for r in _site_rules(doc) + titled if r.kind == "header" and not r.languages]
        return run(doc, [r for r in generic if r.kind != "header"] + headers)
