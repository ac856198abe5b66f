"""HTML input: a page becomes its visible text, cut into blocks that carry their markup.

- :mod:`.charset`: the page's characters (BOM, declared charset, detection)
- :mod:`.page`: parsing, the time limit, :func:`read_page`
- :mod:`.blocks`: the visible text as blocks, with the markup features the judge reads
- :mod:`.metadata`: title, author, date, canonical URL, declared kind, from the head
- :mod:`.prune`: prune rules (elements named by XPath or CSS), removed block by block
- :mod:`.body`: body rules (a site's article: what is outside goes) and field rules
  (metadata read from the page)

The text the log calls the input of an HTML page is the page's whole visible text, one
block per block element; what does not reach the output is removed by an edit like any
other (a body or prune rule, the judge, a text rule), so ``restore`` gives the whole text back.
This package reads pages; cleaning them is the pipeline's (:mod:`cleaner.pipeline`).
"""

from __future__ import annotations

from .charset import declared_charset, decode_html
from .page import EXTRACTION_TIMEOUT, ExtractionError, ExtractionTimeout, Page, parse, read_page
from .prune import check_prune_rule, prune_edits

__all__ = [
    "EXTRACTION_TIMEOUT",
    "ExtractionError",
    "ExtractionTimeout",
    "Page",
    "check_prune_rule",
    "declared_charset",
    "decode_html",
    "parse",
    "prune_edits",
    "read_page",
]
