"""The units the judge decides on, with what their form tells about them.

- **HTML**: one unit per block of the page's visible text (:mod:`cleaner.html.blocks`),
  with the markup around it: tag, ancestors, class words, roles, link text, containers.
- **Markdown** (a whole page saved as markdown): one unit per line, with its marks: link
  text (``[label](target)``, a label may run over several lines), pictures, heading level,
  list, quote and table marks, and the paragraph (run of non-blank lines) it belongs to.
- **Plain text** (a whole page saved as text: ``get_text()``, ``lynx -dump``, inscriptis):
  one unit per line, with its shape only: its indentation (which keeps the page's nesting),
  bullet marks, columns, and the paragraph it belongs to.

Units are spans of the document's *original* text (its input, before any step changed it),
so the judge sees indentation and markup that the whitespace and markdown steps remove
later, and can run anywhere in the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np

from .libm import log1p

if TYPE_CHECKING:
    from ..html.blocks import HtmlBlock


FORMS = ("html", "markdown", "text")
# Levels of containers per form (Units.groups): HTML blocks sit in their parent and the
# ancestors two, three and five levels up; a markdown line in its paragraph and its
# section (from one heading to the next); a text line in its paragraph and its region
# (from one line at the page's outer indentation to the next).
LEVELS = {"html": 4, "markdown": 2, "text": 2}


@dataclass(slots=True)
class Units:
    """A document cut into units: where each is, its visible text and its form's features."""

    form: str
    spans: list[tuple[int, int]]  # [start, end) of each unit in the original text (end before the newline)
    texts: list[str]  # what a reader sees of each unit
    X: np.ndarray  # form features, one row per unit (:func:`form_features`)
    groups: list[list[int]] = field(default_factory=list)  # per level, the container id of each unit
    blocks: Sequence[HtmlBlock] = ()  # HTML: the blocks, for the reasons


# --- markdown -----------------------------------------------------------------------------------
_TARGET = r"\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\s*\)"
_IMAGE = re.compile(rf"!\[[^\]\n]*\]{_TARGET}")
# A link label may run over lines (html2text renders a teaser card as one link) and may hold
# bracketed words; it never holds another link.
_LINK = re.compile(rf"\[(?<!!\[)([^\[\]]*(?:\[[^\[\]\n]*\][^\[\]]*)*)\]{_TARGET}")
# Emphasis marks, and a backslash before punctuation: ``[*_`~|]+|\\(?=[^\w\s])``, written to
# begin with one character class, so that ``re`` skips quickly to where it can match (a
# pattern that begins with an alternation is tried at every character).
_INLINE = re.compile(r"[*_`~|\\](?:(?<=\\)(?=[^\w\s])|(?<!\\)[*_`~|]*)")
# A line's indentation is taken possessively (``[ \t]*+``) where what follows it cannot start
# with a space or a tab, so that giving some back never makes a match: the same matches,
# without backtracking through each line's indentation when the rest fails (a text page
# dump indents by dozens: its bullets' search 0.17 -> 0.07 ms a page).
_LINK_START = r"[ \t]*+(?:(?:[*+\-]|\d+[.)])[ \t]+)?(?:#+[ \t]*)?\["  # a line that opens with a link
_RULE_LINE = r"[ \t]*+(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$"
# The same marks, found over the whole page at each line start: in the page with a "\n"
# before it, after each "\n" (a pattern that begins with a literal is tried only where the
# literal is; ``(?m)^`` is tried at every character). None of them takes a "\n" but the first.
_HEADING_PAGE = re.compile(r"\n[ \t]*+(#{1,6})[ \t]")
_LIST_PAGE = re.compile(r"\n([ \t]*+)(?:[*+\-\u2022][ \t]+|\d{1,3}[.)][ \t]+)")
_MARKS_PAGE = re.compile(r"\n[ \t]*(?:(?:[*+\-\u2022]|\d{1,3}[.)])[ \t]+)?(?:#{1,6}[ \t]*|>[ \t]?)*")
_LINK_START_PAGE = re.compile(r"\n" + _LINK_START)
_RULE_PAGE = re.compile(r"(?m)\n" + _RULE_LINE)

MARKDOWN_FEATURES = (
    "md_link_density",
    "md_links",
    "md_images",
    "md_link_start",
    "md_heading",
    "md_list",
    "md_list_indent",
    "md_quote",
    "md_table",
    "md_code",
    "md_block_lines",
    "md_block_link_density",
    "md_line_in_block",
    "md_after_rule",
)
TEXT_FEATURES = (
    "tx_indent",
    "tx_indent_rank",
    "tx_indent_change",
    "tx_bullet",
    "tx_columns",
    "tx_block_lines",
    "tx_line_in_block",
    "tx_blank_before",
    "tx_blank_after",
    "tx_line_length_rank",
)


def _lines(text: str) -> tuple[list[str], list[int], list[int]]:
    """(the text's lines, where each starts, the numbers of the non-blank ones)."""
    lines = text.split("\n")
    starts = np.cumsum([0] + [len(line) + 1 for line in lines[:-1]]).tolist()
    return lines, starts, [k for k, line in enumerate(lines) if line.strip()]


def _paragraphs(index: list[int]) -> tuple[list[int], list[int], list[int]]:
    """Per non-blank line (``index``: their line numbers): its paragraph's id (a run of lines
    with no blank line between them), the paragraph's size in lines, and its place in it."""
    if not index:
        return [], [], []
    rows = np.asarray(index)
    new = np.ones(len(rows), dtype=bool)
    new[1:] = np.diff(rows) != 1
    ids = np.cumsum(new) - 1
    first = np.flatnonzero(new)
    places = np.arange(len(rows)) - first[ids]
    sizes = np.diff(np.append(first, len(rows)))[ids]
    return ids.tolist(), sizes.tolist(), places.tolist()


def markdown_units(text: str) -> Units:
    """One unit per non-blank line. The marks are found in whole-text passes (one regex over
    the page, or over its copy with link targets blanked), not line by line."""
    raw_lines, starts, index = _lines(text)
    visible, linked = _link_masks(text, raw_lines)
    link_lines = linked.split("\n")  # the masks keep the text's length, so its lines
    shown_lines = _INLINE.sub("", _MARKS_PAGE.sub("\n", "\n" + visible)[1:]).split("\n")  # neither takes a newline
    spans = [(starts[k], starts[k] + len(raw_lines[k])) for k in index]
    para, sizes, places = _paragraphs(index)
    page = "\n" + text
    n = len(index)
    lines = [raw_lines[k] for k in index]
    # fenced code: a line that opens or closes a fence, and the lines between, are code, and
    # the lines between are kept as they are
    fence = np.zeros(n, dtype=bool)
    if "```" in text or "~~~" in text:
        fence[:] = [line.strip().startswith(("```", "~~~")) for line in lines]
    inside = (np.cumsum(fence) - fence) % 2 == 1
    code = inside | fence
    if code.any():
        plain = (~code).tolist()
        shown = [shown_lines[k] if p else line.strip() for k, line, p in zip(index, lines, plain, strict=True)]
        texts = [t.strip() if c else " ".join(t.split()) for t, c in zip(shown, inside.tolist(), strict=True)]
        vis = [len("".join(t.split())) or 1 for t in shown]  # characters that are not white space
    else:
        texts = [" ".join(shown_lines[k].split()) for k in index]
        vis = [len(t) - t.count(" ") or 1 for t in texts]  # (the words of a text hold no space)
    vis_count = np.array(vis, dtype=np.float64)
    link_count = np.array([len("".join(link_lines[k].split())) for k in index], dtype=np.float64)
    X = np.zeros((n, len(MARKDOWN_FEATURES)))
    X[:, 0] = np.minimum(1.0, link_count / vis_count) if n else 0.0
    X[:, 1] = [line.count("](") - line.count("![") for line in lines]
    X[:, 2] = [line.count("![") for line in lines]
    at = np.array(starts)  # once, for the four searches below
    X[:, 3] = _per_line(_LINK_START_PAGE, page, at, index)
    X[:, 4] = _per_line(_HEADING_PAGE, page, at, index, lambda m: len(m.group(1)))
    listed = _per_line(_LIST_PAGE, page, at, index, lambda m: len(m.group(1).expandtabs(4)) // 2 + 1)
    X[:, 5] = listed > 0
    X[:, 6] = np.maximum(listed - 1, 0)
    X[:, 7] = [line.lstrip().startswith(">") for line in lines]
    X[:, 8] = [line.count("|") >= 2 for line in lines]
    X[:, 9] = code
    X[1:, 13] = _per_line(_RULE_PAGE, page, at, index)[:-1]  # the line before is a rule
    X[:, 10] = sizes
    X[:, 12] = places
    if n:  # the paragraph's link density
        ids = np.asarray(para)
        links = np.bincount(ids, weights=link_count)
        chars = np.bincount(ids, weights=vis_count)
        X[:, 11] = np.minimum(1.0, links[ids] / chars[ids])
    # sections: a heading starts one (a page's regions are usually headed: the menu, the
    # article, "Related posts", the footer's columns)
    section = np.cumsum(X[:, 4] > 0).astype(int).tolist() if n else []
    return Units("markdown", spans, texts, X, [para, section])


def _per_line(pattern: re.Pattern[str], page: str, starts: np.ndarray, index: list[int], value=None) -> np.ndarray:
    """Per non-blank line (``index``: their line numbers), ``value(match)`` (default 1) where
    ``pattern`` matches at the "\\n" before the line in ``page`` (the text with a "\\n" before
    it: the "\\n" before line k is at ``starts[k]``), else 0."""
    found = list(pattern.finditer(page))
    out = np.zeros(len(starts), dtype=np.int64)
    if found:
        lines = np.searchsorted(starts, [m.start() for m in found])  # a match starts at a "\\n": a line start
        out[lines] = 1 if value is None else [value(m) for m in found]
    return out[index]


def _link_masks(text: str, lines: list[str]) -> tuple[str, str]:
    """(visible, linked): copies of ``text`` (its ``lines``) of the same length and the same
    line breaks; ``visible`` has pictures and link targets blanked, ``linked`` keeps only the
    characters of link labels (a linked picture, which has no label, counts as a short word
    of link). What is blanked is cut from one blank copy of the page."""
    blank = "\n".join([" " * len(line) for line in lines])
    if "](" not in text:
        return text, blank
    vis = _IMAGE.sub(lambda m: blank[m.start() : m.end()], text) if "![" in text else text
    labels: list[tuple[int, int]] = []

    def blank_target(m: re.Match) -> str:
        s, e = m.span(1)
        labels.append((s, e))
        return " " + m.group(1) + blank[e : m.end()]

    visible = _LINK.sub(blank_target, vis)
    parts, pos = [], 0
    for s, e in labels:
        parts.append(blank[pos:s])
        label = vis[s:e]  # pictures inside the label are blanked
        parts.append(label if label.strip() else _PICTURE.sub("#", label, count=5))  # a linked picture: 5 of link
        pos = e
    parts.append(blank[pos:])
    return visible, "".join(parts)


_PICTURE = re.compile(r"[^\n]")


# --- plain text ---------------------------------------------------------------------------------
# A bullet at a line start (after the "\\n" before the line: see ``_HEADING_PAGE``), and
# columns: two words with two spaces or more between them (neither takes a "\\n").
_TEXT_BULLET_PAGE = re.compile(r"\n[ \t]*+(?:[*+\-\u2022\u25aa\u25cf\u00b7o]|\d{1,3}[.)])[ \t]+\S")
_COLUMNS = re.compile(r"\S {2,}\S")
_SPACES = re.compile("  +")  # begins with a literal: re skips to each run of spaces at once


def text_units(text: str) -> Units:
    raw_lines, starts, index = _lines(text)
    lines = [raw_lines[k] for k in index]
    spans = [(starts[k], starts[k] + len(line)) for k, line in zip(index, lines, strict=True)]
    para, sizes, places = _paragraphs(index)
    n = len(index)
    if "\t" in text:
        indents = [len(x) - len(x.lstrip()) for x in (line.expandtabs(8) for line in lines)]
    else:
        indents = [len(line) - len(line.lstrip()) for line in lines]
    indent = np.array(indents, dtype=np.int64)
    distinct, level = np.unique(indent, return_inverse=True)
    length = np.array([len(line) for line in lines], dtype=np.int64) - indent
    rows = np.asarray(index)
    gap = np.diff(rows)  # lines from one non-blank line to the next: 1 when no blank line is between
    X = np.zeros((n, len(TEXT_FEATURES)))
    if n:
        X[:, 0] = indent
        X[:, 1] = level / max(1, len(distinct) - 1)
        X[1:, 2] = np.diff(indent)
        at = np.array(starts)
        X[:, 3] = _per_line(_TEXT_BULLET_PAGE, "\n" + text, at, index)
        if "  " in text:
            X[:, 4] = np.bincount(np.searchsorted(at, _columns(text), side="right") - 1, minlength=len(raw_lines))[
                index
            ]
        X[:, 5] = sizes
        X[:, 6] = places
        X[:, 7] = np.concatenate([[True], gap > 1])
        X[:, 8] = np.concatenate([gap > 1, [True]])
        X[:, 9] = np.searchsorted(np.sort(length), length, side="left") / max(1, n - 1)
    texts = [" ".join(line.split()) for line in lines]
    # regions: a line at the page's outer indentation starts one (a page dump keeps the nesting
    # of its menus, sidebars and article as indentation). "Outer": no deeper than the
    # shallowest 5% of lines, so that one stray line at the margin does not make one region.
    outer = sorted(indents)[int(0.05 * (n - 1))] if n else 0
    region = np.cumsum([ind <= outer for ind in indents]).astype(int).tolist()
    return Units("text", spans, texts, X, [para, region])


def _columns(text: str) -> list[int]:
    """Where the matches of ``_COLUMNS`` in ``text`` start, found from the runs of spaces
    (``re`` would try ``_COLUMNS``, which begins with a class, at every character): a run
    with a non-space on each side is a match from the character before it to the one after,
    unless the match before took that character (``a  b  c`` is one match)."""
    out, end, n = [], 0, len(text)
    for m in _SPACES.finditer(text):
        s, e = m.span()
        if s > end and e < n and not text[s - 1].isspace() and not text[e].isspace():
            out.append(s - 1)
            end = e + 1
    return out


# --- HTML ---------------------------------------------------------------------------------------
def html_units(blocks: Sequence[HtmlBlock], spans: list[tuple[int, int]]) -> Units:
    from ..html.blocks import FEATURES as HTML_FEATURES  # lxml's side: HTML only
    from ..html.blocks import features as html_features

    X = np.array(html_features(list(blocks)), dtype=np.float64).reshape(len(blocks), len(HTML_FEATURES))
    levels = (1, 2, 3, 5)
    paths = [b.ctx.path for b in blocks]
    groups = [[path[min(k, len(path) - 1)] for path in paths] for k in levels]
    return Units("html", spans, [" ".join(b.text.split()) for b in blocks], X, groups, blocks)


def form_features(form: str) -> tuple[str, ...]:
    if form == "html":
        from ..html.blocks import FEATURES as HTML_FEATURES

        return HTML_FEATURES
    return {"markdown": MARKDOWN_FEATURES, "text": TEXT_FEATURES}[form]


# --- the page -----------------------------------------------------------------------------------
URL_WORDS = {
    "forum": (
        "forum",
        "forums",
        "thread",
        "threads",
        "t",
        "topic",
        "topics",
        "questions",
        "question",
        "discussion",
        "discussions",
        "community",
        "comments",
        "viewtopic",
        "showthread",
    ),
    "product": ("product", "products", "p", "dp", "item", "items", "shop", "store", "buy", "sku"),
    "listing": (
        "category",
        "categories",
        "collections",
        "collection",
        "tag",
        "tags",
        "search",
        "list",
        "archive",
        "c",
        "browse",
        "catalog",
        "page",
    ),
    "docs": (
        "docs",
        "doc",
        "documentation",
        "reference",
        "api",
        "manual",
        "guide",
        "guides",
        "wiki",
        "learn",
        "tutorial",
        "tutorials",
        "handbook",
    ),
    "article": ("blog", "news", "article", "articles", "post", "posts", "story", "stories", "20\\d\\d"),
    "service": ("services", "service", "solutions", "pricing", "about", "features", "contact", "company"),
}
_URL_WORD = {w: k for k, ws in URL_WORDS.items() for w in ws}
SCHEMA_TYPES = {
    "article": ("Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "LiveBlogPosting"),
    "product": ("Product", "Offer", "AggregateOffer", "ProductGroup", "IndividualProduct"),
    "review": ("Review", "AggregateRating"),
    "forum": ("DiscussionForumPosting", "QAPage", "Comment", "Answer", "SocialMediaPosting"),
    "faq": ("FAQPage", "Question"),
    "listing": ("CollectionPage", "ItemList", "SearchResultsPage", "OfferCatalog"),
    "docs": ("TechArticle", "SoftwareApplication", "APIReference", "HowTo", "SoftwareSourceCode"),
    "service": ("Service", "LocalBusiness", "ProfessionalService", "Organization"),
}
_SCHEMA_TYPE = {t: k for k, ts in SCHEMA_TYPES.items() for t in ts}
PAGE_FEATURES = (
    tuple(f"url_{k}" for k in URL_WORDS)
    + ("url_depth", "url_digits")
    + tuple(f"schema_{k}" for k in SCHEMA_TYPES)
    + ("og_article", "og_product", "og_website")
    + ("page_units", "page_chars", "page_link_density", "page_short_share")
)
_URL_SPLIT = re.compile(r"[/\-_.?=&+]+")
_YEAR = re.compile(r"20\d\d")


def page_features(
    url: str | None, schema_types: Sequence[str], og_type: str | None, texts: Sequence[str], link_density: np.ndarray
) -> np.ndarray:
    """What the page as a whole says of its kind (its URL's words, schema.org types, Open
    Graph type) and of its shape (units, characters, link text, short units)."""
    path = urlsplit(url).path.lower() if url else ""
    words = [w for w in _URL_SPLIT.split(path) if w]
    kinds = {_URL_WORD.get(w) for w in words} | ({"article"} if _YEAR.search(path) else set())
    types = {_SCHEMA_TYPE.get(t) for t in schema_types}
    og = (og_type or "").lower()
    lengths = np.array([len(t) for t in texts], dtype=np.float64)
    total = lengths.sum()
    row = (
        [float(k in kinds) for k in URL_WORDS]
        + [float(path.strip("/").count("/") + bool(path.strip("/"))), float(bool(re.search(r"\d{3,}", path)))]
        + [float(k in types) for k in SCHEMA_TYPES]
        + [float(og.startswith("article")), float(og.startswith("product")), float(og.startswith("website"))]
        + [
            float(log1p(len(texts))),
            float(log1p(total)),
            float((link_density * lengths).sum() / total) if total else 0.0,
            float((lengths < 40).mean()) if len(texts) else 0.0,
        ]
    )
    return np.array(row, dtype=np.float64)
