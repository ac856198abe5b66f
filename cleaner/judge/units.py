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
_INLINE = re.compile(r"[*_`~|]+|\\(?=[^\w\s])")
_LINK_START = r"[ \t]*(?:(?:[*+\-]|\d+[.)])[ \t]+)?(?:#+[ \t]*)?\["  # a line that opens with a link
_RULE_LINE = r"[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$"
# The same marks, found over the whole page: at each line start (``(?m)``).
_HEADING_PAGE = re.compile(r"(?m)^[ \t]*(#{1,6})[ \t]")
_LIST_PAGE = re.compile(r"(?m)^([ \t]*)(?:[*+\-\u2022][ \t]+|\d{1,3}[.)][ \t]+)")
_MARKS_PAGE = re.compile(r"(?m)^[ \t]*(?:(?:[*+\-\u2022]|\d{1,3}[.)])[ \t]+)?(?:#{1,6}[ \t]*|>[ \t]?)*")
_LINK_START_PAGE = re.compile(r"(?m)^" + _LINK_START)
_RULE_PAGE = re.compile(r"(?m)^" + _RULE_LINE)

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


def _lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of every non-blank line."""
    spans = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        if raw.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _paragraphs(text: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[int], list[int]]:
    """Per line: its paragraph's id, the paragraph's size in lines, and its place in it."""
    ids, sizes, places = [], [], []
    current, prev_end, start_i = -1, -2, 0
    for i, (s, e) in enumerate(spans):
        if text.count("\n", prev_end, s) != 1 if prev_end >= 0 else True:
            current += 1
            start_i = i
        ids.append(current)
        places.append(i - start_i)
        prev_end = e
    counts: dict[int, int] = {}
    for p in ids:
        counts[p] = counts.get(p, 0) + 1
    sizes = [counts[p] for p in ids]
    return ids, sizes, places


def markdown_units(text: str) -> Units:
    """One unit per non-blank line. The marks are found in whole-text passes (one regex over
    the page, or over its copy with link targets blanked), not line by line."""
    raw_lines = text.split("\n")
    visible, linked = _link_masks(text)
    link_lines = linked.split("\n")  # the masks keep the text's length, so its lines
    shown_lines = _INLINE.sub("", _MARKS_PAGE.sub("", visible)).split("\n")  # neither pass takes a newline
    index = [k for k, line in enumerate(raw_lines) if line.strip()]
    spans, pos = [], 0
    starts = []
    for line in raw_lines:
        starts.append(pos)
        pos += len(line) + 1
    spans = [(starts[k], starts[k] + len(raw_lines[k])) for k in index]
    para, sizes, places = _paragraphs(text, spans)
    heading = _per_line(_HEADING_PAGE, text, starts, lambda m: len(m.group(1)))
    listed = _per_line(_LIST_PAGE, text, starts, lambda m: len(m.group(1).expandtabs(4)) // 2 + 1)
    ruled = _per_line(_RULE_PAGE, text, starts, lambda m: 1)
    led = _per_line(_LINK_START_PAGE, text, starts, lambda m: 1)
    n = len(index)
    X = np.zeros((n, len(MARKDOWN_FEATURES)))
    texts: list[str] = []
    vis_count = np.zeros(n)
    link_count = np.zeros(n)
    in_code = False
    after_rule = 0.0
    for i, k in enumerate(index):
        line = raw_lines[k]
        stripped = line.strip()
        fence = stripped.startswith(("```", "~~~"))
        code = in_code or fence
        shown = stripped if code else shown_lines[k].strip()
        texts.append(shown if in_code else " ".join(shown.split()))
        vis_count[i] = len("".join(shown.split())) or 1  # characters that are not white space
        link_count[i] = len("".join(link_lines[k].split()))
        X[i, 1] = line.count("](") - line.count("![")
        X[i, 2] = line.count("![")
        X[i, 7] = stripped.startswith(">")
        X[i, 8] = stripped.count("|") >= 2
        X[i, 9] = code
        X[i, 13] = after_rule
        if fence:
            in_code = not in_code
        after_rule = 1.0 if k in ruled else 0.0
    X[:, 0] = np.minimum(1.0, link_count / vis_count)
    X[:, 3] = [k in led for k in index]
    X[:, 4] = [heading.get(k, 0) for k in index]
    X[:, 5] = [k in listed for k in index]
    X[:, 6] = [listed.get(k, 1) - 1 for k in index]
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


def _per_line(pattern: re.Pattern[str], text: str, starts: list[int], value) -> dict[int, int]:
    """Line number -> ``value(match)`` for each line where ``pattern`` (anchored at line
    starts) matches."""
    from bisect import bisect_right

    return {bisect_right(starts, m.start()) - 1: value(m) for m in pattern.finditer(text)}


def _link_masks(text: str) -> tuple[str, str]:
    """(visible, linked): copies of ``text`` of the same length and the same line breaks;
    ``visible`` has pictures and link targets blanked, ``linked`` keeps only the characters
    of link labels (a linked picture, which has no label, counts as a short word of link)."""
    if "](" not in text:
        return text, _blank(text)
    vis = _IMAGE.sub(lambda m: _blank(m.group()), text) if "![" in text else text
    labels: list[tuple[int, int]] = []

    def blank_target(m: re.Match) -> str:
        s, e = m.span(1)
        labels.append((s, e))
        return " " + m.group(1) + _blank(m.string[e : m.end()])

    visible = _LINK.sub(blank_target, vis)
    parts, pos = [], 0
    for s, e in labels:
        parts.append(_blank(text[pos:s]))
        label = vis[s:e]  # pictures inside the label are blanked
        parts.append(label if label.strip() else _PICTURE.sub("#", label, count=5))  # a linked picture: 5 of link
        pos = e
    parts.append(_blank(text[pos:]))
    return visible, "".join(parts)


_PICTURE = re.compile(r"[^\n]")


def _blank(part: str) -> str:
    """``part`` as spaces, its line breaks kept."""
    return " " * len(part) if "\n" not in part else "\n".join(" " * len(line) for line in part.split("\n"))


# --- plain text ---------------------------------------------------------------------------------
_TEXT_BULLET = re.compile(r"[ \t]*(?:[*+\-\u2022\u25aa\u25cf\u00b7o]|\d{1,3}[.)])[ \t]+\S")
_COLUMNS = re.compile(r"\S {2,}\S")


def text_units(text: str) -> Units:
    spans = _lines(text)
    para, sizes, places = _paragraphs(text, spans)
    indents = [len(text[s:e].expandtabs(8)) - len(text[s:e].expandtabs(8).lstrip()) for s, e in spans]
    distinct = sorted(set(indents))
    rank = {v: i for i, v in enumerate(distinct)}
    lengths = sorted(e - s - ind for (s, e), ind in zip(spans, indents, strict=True))
    rows, texts = [], []
    n = len(spans)
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        texts.append(" ".join(line.split()))
        length = e - s - indents[i]
        prev_indent = indents[i - 1] if i else indents[i]
        blank_before = float(i == 0 or text.count("\n", spans[i - 1][1], s) > 1)
        blank_after = float(i == n - 1 or text.count("\n", e, spans[i + 1][0]) > 1)
        rows.append(
            [
                float(indents[i]),
                rank[indents[i]] / max(1, len(distinct) - 1),
                float(indents[i] - prev_indent),
                float(bool(_TEXT_BULLET.match(line))),
                float(len(_COLUMNS.findall(line.strip()))),
                float(sizes[i]),
                float(places[i]),
                blank_before,
                blank_after,
                _rank(lengths, length),
            ]
        )
    X = np.array(rows, dtype=np.float64).reshape(n, len(TEXT_FEATURES))
    # regions: a line at the page's outer indentation starts one (a page dump keeps the nesting
    # of its menus, sidebars and article as indentation). "Outer": no deeper than the
    # shallowest 5% of lines, so that one stray line at the margin does not make one region.
    outer = sorted(indents)[int(0.05 * (n - 1))] if n else 0
    region = np.cumsum([ind <= outer for ind in indents]).astype(int).tolist()
    return Units("text", spans, texts, X, [para, region])


def _rank(sorted_values: list[int], value: int) -> float:
    from bisect import bisect_left

    return bisect_left(sorted_values, value) / max(1, len(sorted_values) - 1)


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
            np.log1p(len(texts)),
            np.log1p(total),
            float((link_density * lengths).sum() / total) if total else 0.0,
            float((lengths < 40).mean()) if len(texts) else 0.0,
        ]
    )
    return np.array(row, dtype=np.float64)
