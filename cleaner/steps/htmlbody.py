"""A site's body and field rules on an HTML page (:mod:`cleaner.html.body`).

The field rules fill the page's metadata (over what its head declares). The first body
rule that selects text names the article: every block outside it is removed by that rule,
and the judge leaves the blocks inside alone (``Document.body``). When the site has body
rules and none selects anything, nothing is removed here and a warning says that the
judge chose the article instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import parse_date
from ..edits import Edit
from . import Step
from .spans import unit_removals

if TYPE_CHECKING:
    from ..document import Document


class HtmlBody(Step):
    name = "html-body"

    def applies(self, doc: Document) -> bool:
        return doc.form == "html" and doc.page is not None and bool(doc.page.blocks)

    def find(self, doc: Document) -> list[Edit]:
        from ..html.body import read_fields, select_body

        page = doc.page
        assert page is not None  # applies() checked it
        files = doc.site.files
        if not files:
            return []
        for name, (value, field_rule) in read_fields(page.tree, doc.rulebook.field_rules_for(files)).items():
            if name == "date" and parse_date(value) is None:
                doc.warnings.append(f"{field_rule.id}: date {value!r} not understood; the page's own date is kept")
                continue
            doc.known[name] = value  # the site's selector is more specific than the page head
        rules = doc.rulebook.body_rules_for(files)
        if not rules:
            return []
        body = select_body(page, rules)
        if body is None:
            ids = ", ".join(r.id for r in rules)
            doc.warnings.append(f"body rule(s) {ids} selected nothing on this page; the judge chose the article")
            return []
        doc.body = body.rule.id
        # The judge does not run on this page, so the guard's prose is counted here: a rule
        # that selects the wrong element (a redesign) empties the body but not the page.
        from ..judge import prose_texts

        prose = prose_texts([" ".join(b.text.split()) for b in page.blocks]).tolist()
        doc.prose = [span for span, yes in zip(page.spans, prose, strict=True) if yes]
        removal = (body.rule.id, body.rule.category, body.reason(), body.rule.file)
        return unit_removals(doc, page.spans, lambda i: None if i in body.inside else removal)
