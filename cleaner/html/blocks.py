"""An HTML page as blocks of visible text, in reading order, each with what the markup says.

This is what the log calls the *input* of an HTML page: the text a reader of the page would
see, one block per block-level element (a paragraph, a heading, a list item, a table cell,
the text directly inside a ``<div>``), blocks separated by a blank line and a ``<br>``
making a line break inside its block. Nothing is chosen here: every block is in the text,
and whatever does not reach the output is removed by an edit with a rule and a reason
(prune rules, the judge), so ``cleaner restore`` gives this text back.

What is not text: the ``<head>``, scripts, styles, templates, SVG and MathML, embedded
frames and objects, form inputs. What is included although a browser may not show it:
``<noscript>`` content (forum engines put their whole thread there for readers without
JavaScript) and elements marked hidden (streaming frameworks send the body as a hidden
element that a script moves into place); both are features the judge sees.

Each block also carries the markup around it as numbers (:data:`FEATURES`): its element's
tag, the ancestors it sits in (``<nav>``, ``<footer>``, ``<article>``, a list, a table,
a form...), the words of the ``class`` and ``id`` attributes of its ancestors and how far
up they are ("menu" two levels up, "comment" five), ARIA roles and ``itemprop``s, how much
of the block is link text, its depth, and the text share and link density of the
containers it sits in. The walk keeps the ancestors' context on a stack, so that each
element's context is its parent's with its own attributes added: a block's features cost a
few lookups, not a walk up the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

# --- what is a block, what is not text --------------------------------------------------------
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer "
    "form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav noframes ol option p pre section "
    "select summary table tbody td textarea tfoot th thead tr ul caption".split())
SKIP_TAGS = frozenset(
    "head script style template svg math iframe frame object embed canvas video audio map input link meta title base "
    "param source track area datalist".split())
PRE_TAGS = frozenset(("pre", "textarea", "listing", "plaintext", "xmp"))
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses (a no-break space is kept)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# --- features ---------------------------------------------------------------------------------
# The owner element's tag, grouped: tags that behave alike share a flag.
TAG_GROUPS: dict[str, tuple[str, ...]] = {
    "p": ("p",), "div": ("div",), "li": ("li",), "cell": ("td", "th"), "h1": ("h1",), "h2": ("h2",),
    "h3": ("h3",), "h456": ("h4", "h5", "h6"), "pre": ("pre", "textarea"), "dtdd": ("dt", "dd"),
    "blockquote": ("blockquote",), "caption": ("figcaption", "caption"),
    "container": ("section", "article", "main", "body", "html", "center"),
    "landmark": ("header", "footer", "nav", "aside"), "formish": ("form", "fieldset", "legend", "option", "select",
                                                                 "label", "summary", "details", "dialog"),
}
_TAG_GROUP = {tag: group for group, tags in TAG_GROUPS.items() for tag in tags}
# Ancestors whose presence anywhere above a block matters.
ANCESTORS = ("nav", "header", "footer", "aside", "article", "main", "form", "li", "table", "list", "figure",
             "blockquote", "pre", "code", "button", "select", "heading", "a", "noscript", "dl", "section", "label",
             "time", "details", "dialog")
_ANCESTOR_OF = {"ul": "list", "ol": "list", "menu": "list", "dir": "list", "h1": "heading", "h2": "heading",
                "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading", "option": "select",
                "textarea": "pre", "tt": "code", "kbd": "code", "samp": "code"}
_ANCESTOR_BIT = {name: 1 << i for i, name in enumerate(ANCESTORS)}
# Words of class and id attributes, matched as parts of the attribute's words ("main-nav",
# "site-footer__links", "commentList" all count). The list is the usual vocabulary of page
# templates (navigation, furniture, promotion, content containers), not of any one site.
CLASS_WORDS = ("nav", "menu", "footer", "header", "sidebar", "side", "comment", "share", "social", "related",
               "breadcrumb", "cookie", "consent", "banner", "advert", "promo", "newsletter", "subscribe", "widget",
               "author", "byline", "meta", "tag", "pagination", "pager", "modal", "popup", "login", "search", "skip",
               "content", "article", "post", "entry", "main", "body", "text", "story", "product", "descr",
               "review", "forum", "thread", "message", "reply", "title", "card", "item", "list", "grid", "teaser",
               "hidden", "toc", "doc", "code", "price", "spec", "detail", "date", "caption", "credit", "copyright",
               "legal", "form", "btn", "button", "icon", "logo", "user", "signature", "vote", "rating", "quote",
               "dropdown", "overlay", "notice", "alert", "recommend", "more", "next", "prev", "ad", "sponsor",
               "footnote", "summary", "lead", "intro", "answer", "question", "post-body", "tab", "carousel",
               "slider", "accordion", "faq", "feature", "hero", "cta", "contact", "address", "copy")
_SHORT_WORDS = frozenset(("ad", "ads", "sr", "tab", "cta", "copy", "faq", "toc", "tag", "doc", "btn"))
ROLES = ("navigation", "banner", "contentinfo", "main", "complementary", "article", "search", "dialog", "menu",
         "menubar", "form", "region", "tablist", "listitem", "comment", "alert")
ITEMPROPS = {"articlebody": "body", "text": "body", "reviewbody": "body", "description": "description",
             "headline": "headline", "name": "name", "author": "author", "datepublished": "date",
             "comment": "comment", "upvotecount": "comment", "suggestedanswer": "comment", "acceptedanswer": "comment"}
ITEMPROP_GROUPS = ("body", "description", "headline", "name", "author", "date", "comment")
CONTAINER_LEVELS = (1, 2, 3, 5, 8)  # ancestors above the block's element whose totals are features

FEATURES: tuple[str, ...] = (
    ("depth", "link_density", "links", "in_link", "hidden", "pre")
    + tuple(f"tag_{g}" for g in TAG_GROUPS)
    + tuple(f"in_{a}" for a in ANCESTORS)
    + tuple(f"class_{w}" for w in CLASS_WORDS)
    + tuple(f"role_{r}" for r in ROLES)
    + tuple(f"itemprop_{p}" for p in ITEMPROP_GROUPS)
    + tuple(f"up{k}_{s}" for k in CONTAINER_LEVELS for s in ("share", "link_density", "blocks"))
    + ("same_path",)
)


@dataclass(slots=True)
class Context:
    """An element's place: its depth, the ancestors above it and the class words around it."""

    depth: int
    ancestors: int  # bit set of ANCESTORS at or above
    words: dict[str, int]  # class word -> depth of the nearest element (at or above) that has it
    roles: dict[str, int]
    props: frozenset[str]
    hidden: bool
    path: tuple[int, ...]  # ids of this element and its ancestors, nearest first (up to 9)
    signature: str  # tag.class of this element and three ancestors: blocks of one template share it


@dataclass(slots=True)
class HtmlBlock:
    """One block of the page's visible text, with its element's context."""

    text: str
    tag: str
    ctx: Context
    link_chars: int
    links: int
    pre: bool
    element: Any = field(repr=False, default=None)  # the lxml element that holds the block

    def describe(self) -> str:
        """``<div class="menu">`` for the log's reasons."""
        el = self.element
        if el is None:
            return f"<{self.tag}>"
        attrs = " ".join(f'{k}="{v[:40]}"' for k in ("id", "class") if (v := el.get(k)))
        return f"<{self.tag}{' ' + attrs if attrs else ''}>"


@lru_cache(maxsize=8192)
def class_words(attribute: str) -> tuple[str, ...]:
    """The vocabulary words in a class/id attribute (``"site-footer mainNav"`` -> footer, nav).

    Long words are found inside the attribute's words (longest first, so "sidebar" is
    "sidebar", not "side"); the short ones ("ad", "tab") only as whole words.
    """
    low = attribute.lower()
    found = _LONG.findall(low)
    if _SHORT_CANDIDATE.search(low):
        found += ["ad" if w == "ads" else w for w in _SPLIT.split(_CAMEL.sub(" ", attribute).lower())
                  if w in _SHORT_WORDS]
    return tuple(dict.fromkeys(found))


_SPLIT = re.compile(r"[\s_\-:./]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LONG = re.compile("|".join(sorted((w for w in CLASS_WORDS if w not in _SHORT_WORDS), key=len, reverse=True)))
_SHORT_CANDIDATE = re.compile("|".join(sorted(_SHORT_WORDS, key=len, reverse=True)))
# Inline elements that change nothing about their children's context are skipped by the walk.
_PLAIN_INLINE = frozenset("span b i em strong u s small big font abbr cite q sub sup mark bdi bdo wbr ins del "
                          "var dfn data ruby rt rp".split())


def _child_context(parent: Context, el: Any, tag: str, ident: int) -> Context:
    depth = parent.depth + 1
    ancestors = parent.ancestors
    bit = _ANCESTOR_BIT.get(_ANCESTOR_OF.get(tag, tag))
    if bit:
        ancestors |= bit
    words = parent.words
    attrs = el.get("class"), el.get("id")
    found = class_words(" ".join(a for a in attrs if a)) if attrs[0] or attrs[1] else ()
    if found:
        words = dict(words)
        for w in found:
            words[w] = depth
    roles = parent.roles
    role = el.get("role")
    if role:
        roles = dict(roles)
        for r in role.lower().split():
            roles[r] = depth
    props = parent.props
    prop = el.get("itemprop")
    if prop:
        props = props | {ITEMPROPS[p] for p in prop.lower().split() if p in ITEMPROPS}
    hidden = parent.hidden or _is_hidden(el)
    own = f"{tag}.{attrs[0] or ''}"
    signature = "/".join((own, *parent.signature.split("/")[:3])) if parent.signature else own
    return Context(depth, ancestors, words, roles, props, hidden, (ident,) + parent.path[:8], signature)


def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def segment(tree: Any) -> list[HtmlBlock]:
    """The visible text of a parsed page (lxml), as blocks in document order."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    blocks: list[HtmlBlock] = []
    buf: list[str] = []  # text of the block being read
    link_buf: list[int] = [0, 0]  # link characters (approximate until the flush) and <a> count
    root_ctx = Context(0, 0, {}, {}, frozenset(), _is_hidden(root), (0,), "")
    state = {"ctx": root_ctx, "tag": root.tag if isinstance(root.tag, str) else "body", "el": root, "pre": False}
    ids = 0

    def flush() -> None:
        if not buf:
            return
        raw = "".join(buf)
        buf.clear()
        if state["pre"]:
            text = raw.strip("\n").rstrip()
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        else:
            text = "\n".join(t for t in (_HTML_SPACE.sub(" ", part).strip() for part in raw.split("\x00")) if t)
        links, link_chars = link_buf[1], link_buf[0]
        link_buf[0] = link_buf[1] = 0
        if text.strip():
            blocks.append(HtmlBlock(text, state["tag"], state["ctx"], min(link_chars, len(text)), links,
                                    state["pre"], state["el"]))

    # The walk: (element, context of the element, link depth, inside pre) for an element to
    # open; (element, None, ...) to close one (flush at block ends, then its tail text).
    stack: list[tuple[Any, Context | None, int, bool, tuple | None]] = [(root, root_ctx, 0, False, None)]
    while stack:
        el, ctx, in_link, in_pre, saved = stack.pop()
        if ctx is None:  # closing
            if saved is not None:  # a block element: its text ends here, the parent's resumes
                flush()
                state["ctx"], state["tag"], state["el"], state["pre"] = saved
            if el.tail:
                _add(buf, link_buf, el.tail, in_link, in_pre)
            continue
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
            if el.tail:
                _add(buf, link_buf, el.tail, in_link, in_pre)
            continue
        tag = tag.lower()
        if tag in SKIP_TAGS:
            if el.tail:
                _add(buf, link_buf, el.tail, in_link, in_pre)
            continue
        if tag == "br":
            buf.append("\n" if in_pre else "\x00")
            if el.tail:
                _add(buf, link_buf, el.tail, in_link, in_pre)
            continue
        if el is not root and not (tag in _PLAIN_INLINE and not len(el.attrib)):
            ids += 1
            ctx = _child_context(ctx, el, tag, ids)
        inner_link = in_link + (tag == "a")
        if tag == "a":
            link_buf[1] += 1
        inner_pre = in_pre or tag in PRE_TAGS
        saved = None
        if tag in BLOCK_TAGS and el is not root:
            flush()
            saved = (state["ctx"], state["tag"], state["el"], state["pre"])
            state["ctx"], state["tag"], state["el"], state["pre"] = ctx, tag, el, inner_pre
        stack.append((el, None, in_link, in_pre, saved))
        if el.text:
            _add(buf, link_buf, el.text, inner_link, inner_pre)
        for child in reversed(el):
            stack.append((child, ctx, inner_link, inner_pre, None))
    flush()
    return blocks


def _add(buf: list[str], link_buf: list[int], text: str, in_link: int, in_pre: bool) -> None:
    buf.append(text)
    if in_link:
        link_buf[0] += len(text) if in_pre else len(_HTML_SPACE.sub(" ", text).strip())


def features(blocks: list[HtmlBlock]) -> list[list[float]]:
    """The markup features of each block (:data:`FEATURES`, in that order)."""
    n = len(blocks)
    total = sum(len(b.text) for b in blocks) or 1
    chars: dict[int, int] = {}
    link: dict[int, int] = {}
    count: dict[int, int] = {}
    for b in blocks:
        for ident in b.ctx.path:
            chars[ident] = chars.get(ident, 0) + len(b.text)
            link[ident] = link.get(ident, 0) + b.link_chars
            count[ident] = count.get(ident, 0) + 1
    same_path: dict[str, int] = {}
    for b in blocks:
        same_path[b.ctx.signature] = same_path.get(b.ctx.signature, 0) + 1
    tag_index = {g: i for i, g in enumerate(TAG_GROUPS)}
    rows = []
    for b in blocks:
        ctx = b.ctx
        d = ctx.depth
        row = [float(d), b.link_chars / len(b.text), float(b.links), float(ctx.ancestors & _ANCESTOR_BIT["a"] != 0),
               float(ctx.hidden), float(b.pre)]
        tags = [0.0] * len(TAG_GROUPS)
        group = _TAG_GROUP.get(b.tag)
        if group is not None:
            tags[tag_index[group]] = 1.0
        row += tags
        row += [float(ctx.ancestors >> i & 1) for i in range(len(ANCESTORS))]
        words = ctx.words
        row += [1.0 / (1 + d - words[w]) if w in words else 0.0 for w in CLASS_WORDS]
        roles = ctx.roles
        row += [1.0 / (1 + d - roles[r]) if r in roles else 0.0 for r in ROLES]
        row += [float(p in ctx.props) for p in ITEMPROP_GROUPS]
        path = ctx.path
        for k in CONTAINER_LEVELS:
            ident = path[min(k, len(path) - 1)]
            c = chars[ident]
            row += [c / total, link[ident] / c if c else 0.0, float(count[ident])]
        row.append(float(same_path[ctx.signature]))
        rows.append(row)
    assert all(len(r) == len(FEATURES) for r in rows[:1])
    return rows


def iter_texts(blocks: list[HtmlBlock]) -> Iterator[str]:
    for b in blocks:
        yield b.text
