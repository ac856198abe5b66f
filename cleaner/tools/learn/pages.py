"""The pages learning reads: every readable document, with its site, as the rules see it.

The text is the pipeline's own up to the site's rules (:func:`prepare`), so that learned
patterns match the text the rules will run on. The corpus is read once per pass, never
held in memory.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...errors import DecodeError, ExtractionError
from ...inputs import InputDoc
from ...io.reading import iter_docs, read_text
from ...rules.book import Rulebook
from ...steps import steps


@dataclass(slots=True)
class Page:
    ordinal: int  # 1, 2, ... in reading order, among the pages with a site
    id: str
    site: str
    text: str


def pages(
    paths: list[Path],
    book: Rulebook,
    site: str | None,
    errors: list[str] | None,
    duplicates: list[str] | None = None,
) -> Iterator[Page | None]:
    """Every readable document with a site (None for documents without one). ``site``: only
    that site and its subdomains; ``errors``: where to say which documents could not be read.

    A page whose text (as the rules see it) is the same as an earlier page of its site is
    left out, its id added to ``duplicates``: a page saved twice is one page, and its
    article must not count as text that recurs across pages."""
    ordinal = 0
    seen: set[bytes] = set()
    for doc in iter_docs(paths):
        if doc.skipped is not None:  # no document (a WARC request record, an image): nothing to learn from
            continue
        try:
            text = _decoded(doc)
        except (DecodeError, ExtractionError, OSError, EOFError, gzip.BadGzipFile) as exc:
            text = None
            if errors is not None:
                errors.append(f"{doc.id}: {exc}")
        if text is None:
            if errors is not None and doc.error:
                errors.append(f"{doc.id}: {doc.error}")
            continue
        found, text = prepare(text, book, url=doc.url, path=doc.path)
        if found is None:
            yield None
            continue
        if site and found != site and not found.endswith("." + site):
            continue
        digest = hashlib.blake2b(f"{found}\x1f{text}".encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in seen:
            if duplicates is not None:
                duplicates.append(doc.id)
            continue
        seen.add(digest)
        ordinal += 1
        yield Page(ordinal, doc.id, found, text)


def _decoded(doc: InputDoc) -> str | None:
    """The text rules see for ``doc`` (an HTML page's visible text), None if unreadable."""
    if doc.error:
        return None
    text = read_text(doc).text
    if doc.kind == "html":
        from ...html import read_page

        text = read_page(text, doc.url).text
    return text


def prepare(text: str, book: Rulebook, *, url: str | None = None, path: str | None = None) -> tuple[str | None, str]:
    """(site, text) with the text as rules see it: the pipeline's steps before the rules.

    The steps are the pipeline's own (:func:`cleaner.steps.steps`, up to the site's rules),
    so that learned patterns match the text the rules will run on.
    """
    from ...document import Document
    from ...judge import detect_form
    from ...pipeline import Options

    doc = Document(text, form=detect_form(text), options=Options(), rulebook=book, url=url, path=path)
    for step in steps():
        if step.name == "site-rules":
            break
        if step.applies(doc):
            doc.apply(step.find(doc))
    return doc.site.domain, doc.text
