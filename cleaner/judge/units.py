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
from dataclasses import dataclass, field
from typing import Sequence
from urllib.parse import urlsplit

import numpy as np

from ..html.blocks import FEATURES as HTML_FEATURES, HtmlBlock, features as html_features

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
_HEADING = re.compile(r"[ \t]*(#{1,6})[ \t]")
_LIST = re.compile(r"([ \t]*)(?:[*+\-\u2022][ \t]+|\d{1,3}[.)][ \t]+)")
_MARKS = re.compile(r"^[ \t]*(?:(?:[*+\-\u2022]|\d{1,3}[.)])[ \t]+)?(?:#{1,6}[ \t]*|>[ \t]?)*")
_INLINE = re.compile(r"[*_`~|]+|\\(?=[^\w\s])")
_RULE_LINE = re.compile(r"[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")

MARKDOWN_FEATURES = ("md_link_density", "md_links", "md_images", "md_link_start", "md_heading", "md_list",
                     "md_list_indent", "md_quote", "md_table", "md_code", "md_block_lines", "md_block_link_density",
                     "md_line_in_block", "md_after_rule")
TEXT_FEATURES = ("tx_indent", "tx_indent_rank", "tx_indent_change", "tx_bullet", "tx_columns", "tx_block_lines",
                 "tx_line_in_block", "tx_blank_before", "tx_blank_after", "tx_line_length_rank")


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
    spans = _lines(text)
    visible, linked = _link_masks(text)
    para, sizes, places = _paragraphs(text, spans)
    para_link: dict[int, list[int]] = {}
    rows, texts = [], []
    in_code = False
    after_rule = 0.0
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        vis = visible[s:e]
        stripped = line.strip()
        fence = stripped.startswith(("```", "~~~"))
        shown = _INLINE.sub("", _MARKS.sub("", vis)).strip() if not (in_code or fence) else stripped
        texts.append(" ".join(shown.split()) if not in_code else shown)
        n_vis = sum(1 for c in shown if not c.isspace()) or 1
        n_link = sum(1 for c in linked[s:e] if not c.isspace())
        heading = _HEADING.match(line)
        lst = _LIST.match(line)
        rule = bool(_RULE_LINE.match(line))
        rows.append([
            min(1.0, n_link / n_vis), float(line.count("](") - line.count("![")), float(line.count("![")),
            float(bool(re.match(r"[ \t]*(?:(?:[*+\-]|\d+[.)])[ \t]+)?(?:#+[ \t]*)?\[", line))),
            float(len(heading.group(1))) if heading else 0.0, float(bool(lst)),
            float(len(lst.group(1).expandtabs(4)) // 2) if lst else 0.0, float(stripped.startswith(">")),
            float(stripped.count("|") >= 2), float(in_code or fence), float(sizes[i]), 0.0, float(places[i]),
            after_rule,
        ])
        para_link.setdefault(para[i], [0, 0])
        para_link[para[i]][0] += n_link
        para_link[para[i]][1] += n_vis
        if fence:
            in_code = not in_code
        after_rule = 1.0 if rule else 0.0
    for i in range(len(rows)):
        link, vis = para_link[para[i]]
        rows[i][11] = min(1.0, link / vis) if vis else 0.0
    X = np.array(rows, dtype=np.float64).reshape(len(rows), len(MARKDOWN_FEATURES))
    # sections: a heading starts one (a page's regions are usually headed: the menu, the
    # article, "Related posts", the footer's columns)
    section = np.cumsum(X[:, MARKDOWN_FEATURES.index("md_heading")] > 0).astype(int).tolist() if len(X) else []
    return Units("markdown", spans, texts, X, [para, section])


def _link_masks(text: str) -> tuple[str, str]:
    """(visible, linked): copies of ``text`` of the same length; ``visible`` has pictures and
    link targets blanked, ``linked`` keeps only the characters of link labels (a linked
    picture, which has no label, counts as a short word of link)."""
    if "](" not in text:
        return text, " " * len(text)
    vis = _IMAGE.sub(lambda m: " " * (m.end() - m.start()), text) if "![" in text else text
    labels: list[tuple[int, int]] = []

    def blank_target(m: re.Match) -> str:
        s, e = m.span(1)
        labels.append((s, e))
        return " " + m.group(1) + " " * (m.end() - e)

    visible = _LINK.sub(blank_target, vis)
    parts, pos = [], 0
    for s, e in labels:
        parts.append(" " * (s - pos))
        label = vis[s:e]  # pictures inside the label are blanked
        if label.strip():
            parts.append(label)
        else:
            parts.append("#####"[: e - s].ljust(e - s))  # a linked picture: five characters of link
        pos = e
    parts.append(" " * (len(text) - pos))
    return visible, "".join(parts)


# --- plain text ---------------------------------------------------------------------------------
_TEXT_BULLET = re.compile(r"[ \t]*(?:[*+\-\u2022\u25aa\u25cf\u00b7o]|\d{1,3}[.)])[ \t]+\S")
_COLUMNS = re.compile(r"\S {2,}\S")


def text_units(text: str) -> Units:
    spans = _lines(text)
    para, sizes, places = _paragraphs(text, spans)
    indents = [len(text[s:e].expandtabs(8)) - len(text[s:e].expandtabs(8).lstrip()) for s, e in spans]
    distinct = sorted(set(indents))
    rank = {v: i for i, v in enumerate(distinct)}
    lengths = sorted(e - s - ind for (s, e), ind in zip(spans, indents))
    rows, texts = [], []
    n = len(spans)
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        texts.append(" ".join(line.split()))
        length = e - s - indents[i]
        prev_indent = indents[i - 1] if i else indents[i]
        blank_before = float(i == 0 or text.count("\n", spans[i - 1][1], s) > 1)
        blank_after = float(i == n - 1 or text.count("\n", e, spans[i + 1][0]) > 1)
        rows.append([
            float(indents[i]), rank[indents[i]] / max(1, len(distinct) - 1), float(indents[i] - prev_indent),
            float(bool(_TEXT_BULLET.match(line))), float(len(_COLUMNS.findall(line.strip()))), float(sizes[i]),
            float(places[i]), blank_before, blank_after, _rank(lengths, length),
        ])
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
    X = np.array(html_features(list(blocks)), dtype=np.float64).reshape(len(blocks), len(HTML_FEATURES))
    levels = (1, 2, 3, 5)
    groups = [[b.ctx.path[min(k, len(b.ctx.path) - 1)] for b in blocks] for k in levels]
    return Units("html", spans, [" ".join(b.text.split()) for b in blocks], X, groups, blocks)


def form_features(form: str) -> tuple[str, ...]:
    return {"html": HTML_FEATURES, "markdown": MARKDOWN_FEATURES, "text": TEXT_FEATURES}[form]


# --- the page -----------------------------------------------------------------------------------
URL_WORDS = {
    "forum": ("forum", "forums", "thread", "threads", "t", "topic", "topics", "questions", "question",
              "discussion", "discussions", "community", "comments", "viewtopic", "showthread"),
    "product": ("product", "products", "p", "dp", "item", "items", "shop", "store", "buy", "sku"),
    "listing": ("category", "categories", "collections", "collection", "tag", "tags", "search", "list", "archive",
                "c", "browse", "catalog", "page"),
    "docs": ("docs", "doc", "documentation", "reference", "api", "manual", "guide", "guides", "wiki", "learn",
             "tutorial", "tutorials", "handbook"),
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
PAGE_FEATURES = (tuple(f"url_{k}" for k in URL_WORDS) + ("url_depth", "url_digits")
                 + tuple(f"schema_{k}" for k in SCHEMA_TYPES) + ("og_article", "og_product", "og_website")
                 + ("page_units", "page_chars", "page_link_density", "page_short_share"))
_URL_SPLIT = re.compile(r"[/\-_.?=&+]+")
_YEAR = re.compile(r"20\d\d")


def page_features(url: str | None, schema_types: Sequence[str], og_type: str | None, texts: Sequence[str],
                  link_density: np.ndarray) -> np.ndarray:
    """What the page as a whole says of its kind (its URL's words, schema.org types, Open
    Graph type) and of its shape (units, characters, link text, short units)."""
    path = urlsplit(url).path.lower() if url else ""
    words = [w for w in _URL_SPLIT.split(path) if w]
    kinds = {_URL_WORD.get(w) for w in words} | ({"article"} if _YEAR.search(path) else set())
    types = {_SCHEMA_TYPE.get(t) for t in schema_types}
    og = (og_type or "").lower()
    lengths = np.array([len(t) for t in texts], dtype=np.float64)
    total = lengths.sum()
    row = ([float(k in kinds) for k in URL_WORDS] + [float(path.strip("/").count("/") + bool(path.strip("/"))),
                                                     float(bool(re.search(r"\d{3,}", path)))]
           + [float(k in types) for k in SCHEMA_TYPES]
           + [float(og.startswith("article")), float(og.startswith("product")), float(og.startswith("website"))]
           + [np.log1p(len(texts)), np.log1p(total),
              float((link_density * lengths).sum() / total) if total else 0.0,
              float((lengths < 40).mean()) if len(texts) else 0.0])
    return np.array(row, dtype=np.float64)
