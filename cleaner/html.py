"""HTML input: decoding, prune rules, main-content extraction (trafilatura), page metadata.

An HTML page goes through five steps before the text pipeline sees it:

1. **Decoding** (:func:`decode_html`): a BOM wins, then the ``<meta charset>`` (or
   ``http-equiv`` content type) the page declares, if the bytes really are in that
   encoding, then the same detection as text files (:func:`cleaner.decode.decode_bytes`).
2. **Parsing** once with lxml; the tree is shared by every step below.
3. **Prune rules** (``kind: prune`` in rule files, by XPath or CSS selector): the site's
   and the generic ones remove elements before extraction. Each pruned element is a
   removal in the log, with its text.
4. **Extraction** with trafilatura in its fast mode (main extractor, no readability /
   jusText comparison), under a per-page time limit. When the fast result looks like a
   navigation dump (mostly short lines, :func:`looks_like_navigation`), trafilatura's
   readability port is used instead (the first fallback of its full cascade).
5. **Page metadata** (title, author, date, canonical URL, site name, description) read
   from ``<meta>``, ``<link rel=canonical>``, JSON-LD and ``<title>`` in one pass; this
   is much cheaper than trafilatura's own metadata search (htmldate, dateparser), which
   cost about as much as the extraction itself.

What the log calls the *input* of an HTML document is text, not markup: the texts of the
pruned elements, one block each, followed by the extracted text with one paragraph per
block (trafilatura's paragraph lines, separated by blank lines). The pruned blocks are
removed by their prune rules (so they are edits like any other, with the rule id,
category and the element's text), and the page title repeated at the top of the
extracted text is removed by ``html-title`` (and a standfirst under it by
``html-standfirst``); then the text pipeline runs as for any
document, with the page's metadata already known. ``cleaner restore`` gives this input back.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from lxml import etree

from .decode import Decoded, decode_bytes
from .edits import Edit
from .errors import ExtractionError, ExtractionTimeout
from .sites import domain_of, folder_domain

from .pipeline import Cleaner

if TYPE_CHECKING:
    from .pipeline import CleanResult
    from .rules.model import PruneRule

# A page trafilatura has not finished in this many seconds is an error record. The 181
# benchmark pages take 40 ms on average and under 2 s at worst; 10 s leaves room for slow
# machines while stopping pathological pages (huge tables, deep nesting) from stalling a batch.
EXTRACTION_TIMEOUT = 10.0

HTML_FILE = "cleaner/html.py"  # the ``file`` of edits made by the HTML step itself


# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# WHATWG encoding labels: pages that say latin-1 or ASCII are read as windows-1252 by every
# browser, and their authors see (and write) them that way.
_WHATWG_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "cp819": "cp1252",
                   "iso8859-9": "cp1254", "iso8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030"}


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` near its top (Python codec name), if known."""
    m = _META_CHARSET.search(data[:4096])  # the HTML spec wants it in the first 1024 bytes; be lenient
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WHATWG_ALIASES.get(name, name)


def decode_html(data: bytes) -> Decoded:
    """Decode an HTML page: BOM, then its declared charset when the bytes agree, then detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    declared = declared_charset(data)
    if declared and declared not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):  # a meta tag cannot say UTF-16
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            decoded = decode_bytes(data)
            decoded.warnings.append(f"declared charset {declared} does not fit the bytes; read as {decoded.encoding}")
            return decoded
    return decode_bytes(data)


# --------------------------------------------------------------------------- metadata

_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "title"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"),
    "date": ("article:published_time", "datepublished", "dc.date", "dc.date.issued", "date", "pubdate",
             "publish-date", "og:published_time", "sailthru.date", "parsely-pub-date"),
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

    for fld, key in (("title", "headline"), ("author", "author"), ("date", "datePublished"),
                     ("description", "description")):
        if fld not in found and (value := text(node.get(key))):
            found[fld] = value


_HEADER_CLASS = re.compile(r"head", re.I)


def standfirst(tree: Any, description: str | None) -> str | None:
    """The page's standfirst: its description repeated as a sub-heading in the article header.

    Pages put their meta description in two places: as the first paragraph of the body
    (the lead, which is body) or as a sub-heading under the title (the standfirst or
    "dek", which is not). The markup tells them apart: a standfirst is an ``<h2>``-``<h6>``
    inside a ``<header>`` or an element whose class or id says "head" (article-head,
    headline-wrap, post-header), within four levels. On the benchmark pages this held for
    all 8 standfirsts and none of the 21 leads.
    """
    want = _norm(description or "")
    if len(want) < 20:
        return None
    for el in tree.iter("h2", "h3", "h4", "h5", "h6"):
        if _norm(el.text_content()) != want:
            continue
        up = el.getparent()
        for _ in range(4):
            if up is None:
                break
            if up.tag == "header" or _HEADER_CLASS.search((up.get("class") or "") + " " + (up.get("id") or "")):
                return el.text_content()
            up = up.getparent()
    return None


# --------------------------------------------------------------------------- pruning

@dataclass(slots=True)
class Pruned:
    rule: "PruneRule"
    element: str  # e.g. <div class="related">
    text: str


def _describe(el: Any) -> str:
    attrs = " ".join(f'{k}="{el.get(k)}"' for k in ("id", "class") if el.get(k))
    return f"<{el.tag}{' ' + attrs if attrs else ''}>"


def prune(tree: Any, rules: list["PruneRule"]) -> list[Pruned]:
    """Remove the elements ``rules`` select from ``tree`` (in place); what was removed, in order.

    An element's tail text belongs to its parent and stays. Elements inside an element an
    earlier rule already removed are not reported twice.
    """
    pruned: list[Pruned] = []
    for rule in rules:
        try:
            found = tree.xpath(rule.xpath)
        except etree.XPathError:  # valid syntax that fails on this tree (unknown function): skip it
            continue
        for el in found:
            if not isinstance(el, etree._Element) or el.getparent() is None:
                continue
            text = " ".join(" ".join(el.itertext()).split())
            pruned.append(Pruned(rule, _describe(el), text))
            _drop(el)
    return pruned


def _drop(el: Any) -> None:
    """Remove ``el`` and its subtree; its tail text (which belongs to the parent) stays."""
    parent, tail = el.getparent(), el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def check_prune_rule(rule: "PruneRule") -> list[tuple[str, str, str]]:
    """Run a prune rule's examples: (case, message, snippet) for each that fails.

    A ``remove`` example is an HTML snippet in which the rule must select at least one
    element (an image has no text), and none of the selected elements' text may be left
    in the page; a ``keep``
    example is a snippet in which it must select nothing that has text.
    """
    failures = []
    for key, items in (("remove", rule.examples_remove), ("keep", rule.examples_keep)):
        for k, example in enumerate(items):
            snippet = example["text"] if isinstance(example, dict) else example
            tree = etree.fromstring(f"<html><body>{snippet}</body></html>", etree.HTMLParser())
            pruned = prune(tree, [rule])
            found = [p for p in pruned if p.text]
            left = " ".join(" ".join(tree.itertext()).split())
            if key == "remove" and not pruned:
                failures.append((f"remove[{k}]", "the rule selected no element", snippet))
            elif key == "remove" and any(p.text in left for p in found):
                failures.append((f"remove[{k}]", "text of a pruned element is still in the page", snippet))
            elif key == "keep" and found:
                failures.append((f"keep[{k}]", f"must be kept but the rule pruned {found[0].element} "
                                               f"({found[0].text[:60]!r})", snippet))
    return failures


# --------------------------------------------------------------------------- extraction

@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractionTimeout in the block after ``seconds`` (SIGALRM; main thread only).

    A signal, not a thread or a process per page: Python cannot stop a thread, and a
    process per page costs more than most extractions. Off the main thread (a Dask worker
    thread) there is no limit; the batch-level timeouts of the executor apply there.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum, frame):
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Expired:  # also when the alarm beat the line above: the limit was reached either way
        raise ExtractionTimeout(f"trafilatura took longer than {seconds:g} s on this page; page skipped") from None
    finally:
        signal.signal(signal.SIGALRM, previous)


class _Expired(BaseException):
    """The alarm inside the time limit. A BaseException, because trafilatura catches
    ValueError and Exception in places and would take a timeout for an empty page."""


# A fast extraction is replaced by the readability fallback when at least this many lines come
# out and nearly all of them are short: a menu or a tag cloud, not prose. On the 181
# benchmark pages one fast result (853 lines, 99% short) is such a dump; no real article
# comes near (the most list-like has 46 lines, 46% short), so the cut-offs sit in between.
NAV_MIN_LINES = 60
NAV_SHORT_CHARS = 40
NAV_SHORT_SHARE = 0.8


def looks_like_navigation(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < NAV_MIN_LINES:
        return False
    short = sum(1 for line in lines if len(line.strip()) < NAV_SHORT_CHARS)
    return short >= NAV_SHORT_SHARE * len(lines)


def extract_text(tree: Any, url: str | None) -> str:
    """The main text of a parsed page (trafilatura), or ExtractionError."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(tree, url=url, fast=True, include_comments=False, with_metadata=False)
        text = (doc.text or "") if doc is not None else ""
        if looks_like_navigation(text):
            other = _readability_text(tree, url)
            if other.strip() and not looks_like_navigation(other):
                text = other
    except RecursionError:
        raise ExtractionError("trafilatura failed on this page: the HTML is nested too deeply") from None
    except Exception as exc:  # trafilatura and lxml raise many kinds; each is this page's problem only
        raise ExtractionError(f"trafilatura failed on this page: {type(exc).__name__}: {exc}") from None
    return text


def _readability_text(tree: Any, url: str | None) -> str:
    """trafilatura's readability port on the page, cleaned and serialised as trafilatura does.

    This is the first fallback of trafilatura's full cascade; calling it alone (about 10 ms)
    gives the same text on the navigation-dump page of the benchmark as the full cascade,
    which also loads every jusText stop list (0.7 s, once per process).
    """
    from trafilatura.external import sanitize_tree, try_readability
    from trafilatura.settings import Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(url=url, comments=False)
    body, _ = sanitize_tree(try_readability(tree), options)
    return xmltotxt(body, False)


@dataclass(slots=True)
class Page:
    """What the HTML steps found on one page: the extracted text, metadata, pruned elements."""

    text: str
    metadata: dict[str, str | None]
    pruned: list[Pruned] = field(default_factory=list)
    standfirst: str | None = None  # see :func:`standfirst`
    headlines: list[str] = field(default_factory=list)  # the texts of the page's <h1> elements


def parse(html: str) -> Any:
    """The page as an lxml tree, parsed exactly as trafilatura parses it (repairs, parser
    options), so extraction from the shared tree equals extraction from the string."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception as exc:  # lxml and trafilatura's repairs raise several kinds
        raise ExtractionError(f"not an HTML page lxml can parse: {type(exc).__name__}: {exc}") from None
    if tree is None:
        raise ExtractionError("not an HTML page (lxml found no document in it)")
    return tree


def read_page(html: str, url: str | None = None,
              prune_rules: "list[PruneRule] | Callable[[str | None], list[PruneRule]]" = (),
              timeout: float | None = EXTRACTION_TIMEOUT) -> Page:
    """Parse, prune, extract and read metadata from one page (raises ExtractionError).

    ``prune_rules`` may be a function of the page's URL (the given one, else the page's
    canonical URL), so a page without a known URL still gets its site's prune rules.
    """
    if not html.strip():
        return Page("", {"url": url})
    with time_limit(timeout):
        tree = parse(html)
        meta = page_metadata(tree, url)
        lead = standfirst(tree, meta.get("description"))
        # A page's <h1> is its headline even where it differs from the <title> or og:title.
        headlines = [h.text_content() for h in tree.iter("h1")][:5]
        rules = prune_rules(url or meta.get("url")) if callable(prune_rules) else list(prune_rules)
        pruned = prune(tree, rules)
        text = extract_text(tree, url or meta.get("url"))
    return Page(text, meta, pruned, lead, headlines)


# --------------------------------------------------------------------------- the document

def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def lead_edits(text: str, offset: int, meta: dict[str, str | None], standfirst: str | None = None,
               headlines: list[str] = ()) -> list[Edit]:
    """Remove the headline (and standfirst) where the extracted text starts with them.

    trafilatura keeps the article's ``<h1>``; it repeats the page's title (or is the
    headline where it differs from ``<title>``) and is not article body, and neither is a
    standfirst under it (:func:`standfirst`). Only the first two paragraphs are looked
    at, and only exact (whitespace- and case-insensitive) repeats are removed, or the
    title without its " | Site name" part, so a body that merely starts like its title stays.

    The description alone is not enough: pages often copy their lead paragraph into it,
    and the lead is body (on the benchmark pages, removing every description repeat lost
    four times more body than noise).
    """
    title = _norm(meta.get("title") or "")
    titles = {title} | {_norm(h) for h in headlines}
    lead = _norm(standfirst or "")
    edits: list[Edit] = []
    for m in list(re.finditer(r"[^\n]*\S[^\n]*", text))[:2]:
        line, norm = m.group(0), _norm(m.group(0))
        if len(norm) < 10:
            continue
        if titles and (norm in titles or _title_match(norm, title)):
            what, titles = "title", set()
        elif lead and norm == lead:
            what, lead = "standfirst", ""
        else:
            continue
        end = m.end()
        while end < len(text) and text[end] == "\n":
            end += 1
        edits.append(Edit(offset + m.start(), offset + end, "", f"html-{what}", "metadata", "remove",
                          f"the page {what} repeated at the top of the extracted text ({line.strip()[:60]!r})",
                          HTML_FILE))
    return edits


_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014-]\s+|\s+::?\s+")


def _title_match(line: str, title: str) -> bool:
    """``line`` is ``title`` without (or with) a trailing/leading " | Site name" part."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p]
    return bool(parts) and len(parts) > 1 and line in (parts[0], parts[-1]) and len(line) >= 20


def paragraphs(text: str) -> str:
    """trafilatura's text with a blank line between its paragraphs.

    trafilatura ends every paragraph, heading, list item and table row with one newline;
    the text pipeline's unit is the block (lines between blank lines), so each of them
    becomes one block and block, anchor and header rules see them one by one.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line.strip()) + "\n" if text.strip() else ""


def document(page: Page) -> tuple[str, list[Edit]]:
    """The document's input text (pruned texts, then the extracted text) and the HTML step's edits."""
    parts, edits, pos = [], [], 0
    for p in page.pruned:
        if not p.text:
            continue
        block = p.text + "\n\n"
        r = p.rule
        edits.append(Edit(pos, pos + len(block), "", r.id, r.category, "remove",
                          f"{r.description} (pruned {p.element} by {r.selector})", r.file))
        parts.append(block)
        pos += len(block)
    body = paragraphs(page.text)
    text = "".join(parts) + body
    edits += lead_edits(body, pos, page.metadata, page.standfirst, page.headlines)
    return text, edits


def clean_html(html: str, cleaner: "Cleaner", *, url: str | None = None, path: str | None = None) -> "CleanResult":
    """Extract and clean one page. ``url`` (or the page's canonical URL) picks the site rules."""
    book = cleaner.rulebook
    folder = folder_domain(path)

    def rules_for(page_url: str | None) -> list["PruneRule"]:
        return book.prune_rules_for(book.site_files(domain_of(url) or folder or domain_of(page_url)))

    page = read_page(html, url, rules_for, cleaner.options.html_timeout)
    return clean_page(page, cleaner, url=url, path=path)


def clean_page(page: Page, cleaner: "Cleaner", *, url: str | None = None, path: str | None = None) -> "CleanResult":
    """The text pipeline on a page :func:`read_page` has read."""
    if not url and not folder_domain(path):
        url = page.metadata.get("url")  # the canonical URL picks the site's text rules too
    text, edits = document(page)
    known = {k: page.metadata.get(k) for k in ("title", "author", "date", "site_name", "description")}
    if cleaner.options.markdown:
        # trafilatura's text is plain text, not markdown: a "*" or "_" in it is a character
        # of the article, so the markdown stage (emphasis, escapes) must not touch it.
        cleaner = Cleaner(cleaner.rulebook, dataclasses.replace(cleaner.options, markdown=False))
    result = cleaner.clean(text, url=url, path=path, edits=edits, metadata=known)
    if result.metadata.get("url") is None and page.metadata.get("url"):
        result.metadata["url"] = page.metadata["url"]
    return result
