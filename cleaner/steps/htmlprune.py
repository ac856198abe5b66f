"""Prune rules on an HTML page: the blocks inside elements a site (or user) rule names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..edits import Edit
from . import Step
from .spans import unit_removals

if TYPE_CHECKING:
    from ..document import Document


class HtmlPrune(Step):
    name = "html-prune"

    def applies(self, doc: Document) -> bool:
        return doc.form == "html" and doc.page is not None and bool(doc.page.blocks)

    def find(self, doc: Document) -> list[Edit]:
        from ..html.prune import pruned_blocks, reason

        page = doc.page
        assert page is not None  # applies() checked it
        found = pruned_blocks(page, doc.rulebook.prune_rules_for(doc.site.files))
        if not found:
            return []

        def removal(i: int) -> tuple[str, str, str, str] | None:
            if i not in found:
                return None
            rule, element = found[i]
            return rule.id, rule.category, reason(rule, element), rule.file

        return unit_removals(doc, page.spans, removal)
