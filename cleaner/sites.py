"""Which site a document comes from, and so which site rule files apply.

In order: an explicit URL (``--url``, or a JSONL record's ``url``), a URL line at the top
of the text, a domain-named parent folder (``scrape/wsws.org/a.txt``), then the content
markers that site files declare for documents that carry no URL at all.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlsplit

from .rules.book import Rulebook
from .rules.engine import RuleError
from .rules.model import RuleFile
from .rules.patterns import DocumentBudget, RuleTimeout

_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
MARKER_TIMEOUT = 1.0  # seconds a site file's markers may spend on one document (--regex-timeout)
MARKERS = "scope.markers"  # the markers' name in error records: their place in the site file


@dataclass(slots=True)
class Site:
    domain: str | None
    via: str | None  # url | url-line | folder | marker
    files: list[RuleFile]
    errors: list[RuleError] = field(default_factory=list)  # markers that ran out of time


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def folder_domain(path: str | None) -> str | None:
    """The nearest parent folder whose name is a domain (``wsws.org``, ``www.bbc.co.uk``)."""
    if not path:
        return None
    for part in reversed(PurePath(path).parts[:-1]):
        name = part.lower()
        if _DOMAIN.match(name):
            return name[4:] if name.startswith("www.") else name
    return None


def resolve_site(
    book: Rulebook,
    text: str,
    *,
    url: str | None = None,
    url_line: str | None = None,
    path: str | None = None,
    timeout: float = MARKER_TIMEOUT,
    budget: DocumentBudget | None = None,
) -> Site:
    """The site of a document. Each site file's markers may spend ``timeout`` seconds on
    ``text``, within what is left of the document's rule ``budget``; markers that run out
    are an error record (``scope.markers`` of their file) and the next file is tried."""
    for candidate, via in ((domain_of(url), "url"), (domain_of(url_line), "url-line"), (folder_domain(path), "folder")):
        if candidate:
            return Site(candidate, via, book.site_files(candidate))
    if budget is None:
        budget = DocumentBudget(math.inf)
    errors: list[RuleError] = []
    candidates = book.marker_candidates(text)  # the files whose markers can match at all
    for i, f in enumerate(candidates):
        if budget.spent:
            rest = ", ".join(g.name for g in candidates[i:])
            errors.append(RuleError(MARKERS, f.name, f"markers not tried on this document ({rest}): {budget.why()}"))
            break
        deadline = budget.budget(timeout)
        try:
            if any(p.match(text, deadline) for p in f.markers):
                return Site(f.sites[0], "marker", [f], errors)
        except RuleTimeout as exc:
            errors.append(RuleError(MARKERS, f.name, f"markers timed out and were skipped on this document: {exc}"))
        finally:
            budget.charge(deadline)
    return Site(None, None, [], errors)
