"""HTML input: main-content extraction with trafilatura, then the text pipeline.

trafilatura turns the page into the article's text (and finds title, author, date and
canonical URL); the text pipeline then cleans that text like any other document, so site
rules, generic rules, joins and language detection apply alike. Offsets in the log refer
to the extracted text, which is what the document's ``original`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import trafilatura

if TYPE_CHECKING:
    from .pipeline import Cleaner, CleanResult


class ExtractionError(ValueError):
    """trafilatura could not make text of the page."""


def extract(html: str, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    if doc is None:
        return "", {}
    meta = {"title": doc.title, "author": doc.author, "date": doc.date, "url": doc.url, "site_name": doc.sitename}
    return doc.text or "", meta


def clean_html(html: str, cleaner: "Cleaner", *, url: str | None = None, path: str | None = None) -> "CleanResult":
    text, meta = extract(html, url=url)
    result = cleaner.clean(text, url=url or meta.get("url"), path=path)
    for key in ("title", "author", "date", "url"):
        if result.metadata.get(key) is None and meta.get(key):
            result.metadata[key] = meta[key]
    return result
