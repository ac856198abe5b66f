"""The source line: a URL a scraper wrote at the top of the document.

Many scrapers save the page address as the first line (``<https://...>``, ``URL: ...``,
``Source: ...``). It names the site (and so the site rules), is metadata, and is never
article text: it is captured as ``url`` and removed.
"""

from __future__ import annotations

import re

from ..edits import Edit
from ..view import View
from . import Step, StepRule

SOURCE_URL = StepRule(
    "source-url-line", "metadata", "remove", "A URL line at the top of the document, kept as metadata."
)
RULES = [SOURCE_URL]

_URL_LINE = re.compile(r"(?i)(?:(?:url|source|quelle|fuente|fonte|link)\s*:\s*)?<?(https?://[^\s<>]+?)>?")
LOOK_BLOCKS = 2  # the URL sits in the first block, or after a lone title line


def find(view: View) -> tuple[list[Edit], str | None]:
    for block in view.blocks[:LOOK_BLOCKS]:
        if len(block.lines) != 1:
            continue
        m = _URL_LINE.fullmatch(block.text.strip())
        if m:
            edit = Edit(
                block.start,
                block.cut,
                "",
                SOURCE_URL.id,
                SOURCE_URL.category,
                SOURCE_URL.action,
                "URL line at the top of the document (kept as metadata url)",
            )
            return [edit], m.group(1)
    return [], None


class Source(Step):
    """The URL line at the top: removed, and kept on the document (it names the site)."""

    name = "source"
    rules = tuple(RULES)

    def applies(self, doc) -> bool:
        return doc.form != "html"

    def find(self, doc) -> list[Edit]:
        edits, doc.url_line = find(doc.view)
        return edits
