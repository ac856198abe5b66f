"""Which site a document comes from, and so which site rule files apply.

In order: an explicit URL (``--url``, or a JSONL record's ``url``), a URL line at the top
of the text, a domain-named parent folder (``scrape/wsws.org/a.txt``), then the content
markers that site files declare for documents that carry no URL at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from .rules.book import Rulebook
from .rules.model import RuleFile
from .rules.patterns import Budget, RuleTimeout

_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
MARKER_TIMEOUT = 0.5


@dataclass(slots=True)
class Site:
    domain: str | None
    via: str | None  # url | url-line | folder | marker
    files: list[RuleFile]


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
    book: Rulebook, text: str, *, url: str | None = None, url_line: str | None = None, path: str | None = None
) -> Site:
    for candidate, via in ((domain_of(url), "url"), (domain_of(url_line), "url-line"), (folder_domain(path), "folder")):
        if candidate:
            return Site(candidate, via, book.site_files(candidate))
    for f in book.marker_candidates(text):  # the files whose markers can match at all
        budget = Budget(MARKER_TIMEOUT)
        try:
            if any(p.match(text, budget) for p in f.markers):
                return Site(f.sites[0], "marker", [f])
        except RuleTimeout:
            continue
    return Site(None, None, [])
