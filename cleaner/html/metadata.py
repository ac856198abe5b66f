"""Page metadata from the head: title, author, date, canonical URL, site name, description,
and the page's kind as it declares it (schema.org types, Open Graph type).

``<meta>`` tags first (Open Graph, Dublin Core, the usual names), then JSON-LD
(``headline``, ``author.name``, ``datePublished``), then ``<title>``. One pass over the
head: much cheaper than a search through the body for dates and bylines, and what pages
declare is what they mean.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "title"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"),
    "date": (
        "article:published_time",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "date",
        "pubdate",
        "publish-date",
        "og:published_time",
        "sailthru.date",
        "parsely-pub-date",
    ),
    "site_name": ("og:site_name", "application-name"),
    "description": ("og:description", "description", "twitter:description", "dc.description"),
    "url": ("og:url",),
}


def page_metadata(tree: Any, url: str | None) -> dict[str, str | None]:
    """Title, author, date, canonical URL, site name and description from the page head.

    ``<meta>`` tags first (Open Graph, Dublin Core, the usual names), then JSON-LD
    (``headline``, ``author.name``, ``datePublished``), then ``<title>``.
    """
    found: dict[str, str] = {}
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    for fld, keys in _META_KEYS.items():
        for key in keys:
            value = metas.get(key)
            # An author given as a profile URL (article:author on Facebook-style pages) is not a name.
            if value and not (fld == "author" and value.startswith(("http://", "https://"))):
                found[fld] = value
                break
    for node in _json_ld(tree):
        _fill_from_json_ld(node, found)
    if "title" not in found:
        t = tree.find(".//title")
        if t is not None and t.text_content().strip():
            found["title"] = t.text_content().strip()
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href", "").startswith(("http://", "https://")):
            found["url"] = link.get("href").strip()
            break
    meta: dict[str, str | None] = {k: " ".join(v.split()) for k, v in found.items()}
    if not meta.get("url"):
        meta["url"] = url
    return meta


def _json_ld(tree: Any) -> Iterator[dict]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
                if "headline" in item or "datePublished" in item or "author" in item:
                    yield item


def _fill_from_json_ld(node: dict, found: dict[str, str]) -> None:
    def text(value: Any) -> str | None:
        if isinstance(value, list):
            names = [n for n in (text(v) for v in value) if n]
            return ", ".join(names) if names else None
        if isinstance(value, dict):
            value = value.get("name")
        return value.strip() if isinstance(value, str) and value.strip() else None

    for fld, key in (
        ("title", "headline"),
        ("author", "author"),
        ("date", "datePublished"),
        ("description", "description"),
    ):
        if fld not in found and (value := text(node.get(key))):
            found[fld] = value


_TYPE = re.compile(r'"@type"\s*:\s*(?:"([A-Za-z]+)"|\[([^\]]*)\])')
_SCHEMA_URL = re.compile(r"schema\.org/([A-Za-z]+)")


def page_kind(tree: Any) -> tuple[tuple[str, ...], str | None]:
    """(the schema.org types the page declares, in JSON-LD or microdata; its ``og:type``)."""
    types: set[str] = set()
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for one, many in _TYPE.findall(script.text):
                types.update([one] if one else re.findall(r'"([A-Za-z]+)"', many))
    for el in tree.xpath("//*[@itemtype]"):
        types.update(_SCHEMA_URL.findall(el.get("itemtype") or ""))
    og = None
    for m in tree.iter("meta"):
        if (m.get("property") or m.get("name") or "").strip().lower() == "og:type":
            og = (m.get("content") or "").strip() or None
            break
    return tuple(sorted(types)), og
