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
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

# --- what is a block, what is not text --------------------------------------------------------
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer "
    "form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav noframes ol option p pre section "
    "select summary table tbody td textarea tfoot th thead tr ul caption".split()
)
SKIP_TAGS = frozenset(
    "head script style template svg math iframe frame object embed canvas video audio map input link meta title base "
    "param source track area datalist".split()
)
PRE_TAGS = frozenset(("pre", "textarea", "listing", "plaintext", "xmp"))
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses (a no-break space is kept)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# --- features ---------------------------------------------------------------------------------
# The owner element's tag, grouped: tags that behave alike share a flag.
TAG_GROUPS: dict[str, tuple[str, ...]] = {
    "p": ("p",),
    "div": ("div",),
    "li": ("li",),
    "cell": ("td", "th"),
    "h1": ("h1",),
    "h2": ("h2",),
    "h3": ("h3",),
    "h456": ("h4", "h5", "h6"),
    "pre": ("pre", "textarea"),
    "dtdd": ("dt", "dd"),
    "blockquote": ("blockquote",),
    "caption": ("figcaption", "caption"),
    "container": ("section", "article", "main", "body", "html", "center"),
    "landmark": ("header", "footer", "nav", "aside"),
    "formish": ("form", "fieldset", "legend", "option", "select", "label", "summary", "details", "dialog"),
}
_TAG_GROUP = {tag: group for group, tags in TAG_GROUPS.items() for tag in tags}
# Ancestors whose presence anywhere above a block matters.
ANCESTORS = (
    "nav",
    "header",
    "footer",
    "aside",
    "article",
    "main",
    "form",
    "li",
    "table",
    "list",
    "figure",
    "blockquote",
    "pre",
    "code",
    "button",
    "select",
    "heading",
    "a",
    "noscript",
    "dl",
    "section",
    "label",
    "time",
    "details",
    "dialog",
)
_ANCESTOR_OF = {
    "ul": "list",
    "ol": "list",
    "menu": "list",
    "dir": "list",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "option": "select",
    "textarea": "pre",
    "tt": "code",
    "kbd": "code",
    "samp": "code",
}
_ANCESTOR_BIT = {name: 1 << i for i, name in enumerate(ANCESTORS)}
# Words of class and id attributes, matched as parts of the attribute's words ("main-nav",
# "site-footer__links", "commentList" all count). The list is the usual vocabulary of page
# templates (navigation, furniture, promotion, content containers), not of any one site.
CLASS_WORDS = (
    "nav",
    "menu",
    "footer",
    "header",
    "sidebar",
    "side",
    "comment",
    "share",
    "social",
    "related",
    "breadcrumb",
    "cookie",
    "consent",
    "banner",
    "advert",
    "promo",
    "newsletter",
    "subscribe",
    "widget",
    "author",
    "byline",
    "meta",
    "tag",
    "pagination",
    "pager",
    "modal",
    "popup",
    "login",
    "search",
    "skip",
    "content",
    "article",
    "post",
    "entry",
    "main",
    "body",
    "text",
    "story",
    "product",
    "descr",
    "review",
    "forum",
    "thread",
    "message",
    "reply",
    "title",
    "card",
    "item",
    "list",
    "grid",
    "teaser",
    "hidden",
    "toc",
    "doc",
    "code",
    "price",
    "spec",
    "detail",
    "date",
    "caption",
    "credit",
    "copyright",
    "legal",
    "form",
    "btn",
    "button",
    "icon",
    "logo",
    "user",
    "signature",
    "vote",
    "rating",
    "quote",
    "dropdown",
    "overlay",
    "notice",
    "alert",
    "recommend",
    "more",
    "next",
    "prev",
    "ad",
    "sponsor",
    "footnote",
    "summary",
    "lead",
    "intro",
    "answer",
    "question",
    "post-body",
    "tab",
    "carousel",
    "slider",
    "accordion",
    "faq",
    "feature",
    "hero",
    "cta",
    "contact",
    "address",
    "copy",
    "sr",
)
_SHORT_WORDS = frozenset(("ad", "ads", "sr", "tab", "cta", "copy", "faq", "toc", "tag", "doc", "btn"))
ROLES = (
    "navigation",
    "banner",
    "contentinfo",
    "main",
    "complementary",
    "article",
    "search",
    "dialog",
    "menu",
    "menubar",
    "form",
    "region",
    "tablist",
    "listitem",
    "comment",
    "alert",
)
ITEMPROPS = {
    "articlebody": "body",
    "text": "body",
    "reviewbody": "body",
    "description": "description",
    "headline": "headline",
    "name": "name",
    "author": "author",
    "datepublished": "date",
    "comment": "comment",
    "upvotecount": "comment",
    "suggestedanswer": "comment",
    "acceptedanswer": "comment",
}
ITEMPROP_GROUPS = ("body", "description", "headline", "name", "author", "date", "comment")
CONTAINER_LEVELS = (1, 2, 3, 5, 8)  # ancestors above the block's element whose totals are features

FEATURES: tuple[str, ...] = (
    ("depth", "link_density", "links", "fragment_links", "in_link", "hidden", "pre")
    + tuple(f"tag_{g}" for g in TAG_GROUPS)
    + tuple(f"in_{a}" for a in ANCESTORS)
    + tuple(f"class_{w}" for w in CLASS_WORDS)
    + tuple(f"role_{r}" for r in ROLES)
    + tuple(f"itemprop_{p}" for p in ITEMPROP_GROUPS)
    + tuple(f"up{k}_{s}" for k in CONTAINER_LEVELS for s in ("share", "link_density", "blocks"))
    + ("same_path",)
)


class Context:
    """An element's place: its depth, the ancestors above it and the class words around it.

    Made for every element that can change it (each block element, and inline elements
    with attributes), from its parent's: the dictionaries are shared until an element adds
    to them. Its path and template signature are read only for the elements that hold
    blocks, so they are computed when first asked for.
    """

    __slots__ = (
        "depth",
        "ancestors",
        "words",
        "roles",
        "props",
        "hidden",
        "ident",
        "own",
        "parent",
        "_path",
        "_signature",
    )

    def __init__(
        self,
        depth: int,
        ancestors: int,
        words: dict[str, int],
        roles: dict[str, int],
        props: frozenset[str],
        hidden: bool,
        ident: int,
        own: str,
        parent: Context | None,
    ):
        self.depth = depth
        self.ancestors = ancestors  # bit set of ANCESTORS at or above
        self.words = words  # class word -> depth of the nearest element (at or above) that has it
        self.roles = roles
        self.props = props
        self.hidden = hidden
        self.ident = ident
        self.own = own  # "tag.class" of the element
        self.parent = parent
        self._path: tuple[int, ...] | None = None
        self._signature: str | None = None

    @property
    def path(self) -> tuple[int, ...]:
        """Ids of this element and its ancestors, nearest first (up to 9)."""
        if self._path is None:
            ids: list[int] = []
            ctx: Context | None = self
            while ctx is not None and len(ids) < 9:
                ids.append(ctx.ident)
                ctx = ctx.parent
            self._path = tuple(ids)
        return self._path

    @property
    def signature(self) -> str:
        """``tag.class`` of this element and three ancestors: blocks of one template share it."""
        if self._signature is None:
            owns: list[str] = []
            ctx: Context | None = self
            while ctx is not None and ctx.parent is not None and len(owns) < 4:
                owns.append(ctx.own)
                ctx = ctx.parent
            self._signature = "/".join(owns)
        return self._signature


@dataclass(slots=True)
class HtmlBlock:
    """One block of the page's visible text, with its element's context."""

    text: str
    tag: str
    ctx: Context
    link_chars: int
    links: int
    pre: bool
    fragments: int = 0  # links to a place in the same page (href="#..."): a table of contents
    element: Any = field(repr=False, default=None)  # the lxml element that holds the block

    def describe(self) -> str:
        """``<div class="menu">`` for the log's reasons."""
        el = self.element
        if el is None:
            return f"<{self.tag}>"
        attrs = " ".join(f'{k}="{v[:40]}"' for k in ("id", "class") if (v := el.get(k)))
        return f"<{self.tag}{' ' + attrs if attrs else ''}>"


@lru_cache(maxsize=16384)
def class_words(attribute: str) -> tuple[str, ...]:
    """The vocabulary words in a class/id attribute (``"site-footer mainNav"`` -> footer, nav).

    Long words are found inside the attribute's words (longest first, so "sidebar" is
    "sidebar", not "side"); the short ones ("ad", "tab") only as whole words. Cached: a
    page's template repeats its attributes on every card and item.
    """
    found: list[str] = []
    for token in attribute.split():
        if not token.startswith("__"):  # a framework's root ("__next", "__nuxt"): no word of the page's
            found += _token_words(token)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def _token_words(token: str) -> tuple[str, ...]:
    """class_words of one whitespace-free token (page templates repeat their tokens)."""
    low = token.lower()
    found = _LONG.findall(low)
    if _SHORT_CANDIDATE.search(low):
        found += ["ad" if w == "ads" else w for w in _SPLIT.split(_CAMEL.sub(" ", token).lower()) if w in _SHORT_WORDS]
    return tuple(found)


_SPLIT = re.compile(r"[\s_\-:./]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _first_of(words: list[str]) -> re.Pattern[str]:
    """A regex that matches, at each position, the first of ``words`` that fits there, as
    ``"|".join(words)`` does, with the words grouped under their first letter: the engine
    tests one letter for a group instead of every word (twice as fast on class tokens)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile("|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items()))


_LONG = _first_of(sorted((w for w in CLASS_WORDS if w not in _SHORT_WORDS), key=len, reverse=True))
_SHORT_CANDIDATE = re.compile("|".join(sorted(_SHORT_WORDS, key=len, reverse=True)))
# Inline elements that mark up part of a sentence (a word's emphasis, a code span, a date):
# their edges are not word breaks. The edges of other inline elements (links, spans, buttons,
# labels) that touch a word on both sides are: "<span>Why us</span><span>See more</span>"
# shows as two labels, not as "usSee" (a single letter, a drop cap, is left joined).
_PHRASING = frozenset(
    "b strong i em u s strike small big sup sub mark font abbr code q cite var dfn ins del tt kbd "
    "samp ruby rt rp bdi bdo wbr data time nobr".split()
)
_SEPARATE = re.compile(r"(?<=\w)\x01+(?=\w)")
# Inline elements that change nothing about their children's context are skipped by the walk.
_PLAIN_INLINE = frozenset(
    "span b i em strong u s small big font abbr cite q sub sup mark bdi bdo wbr ins del var dfn data ruby rt rp".split()
)


# The attributes a context reads. An element is asked for the names it has (most have one
# or two), not for each of these: one lookup per attribute present instead of seven.
_CONTEXT_ATTRIBUTES = frozenset(("class", "id", "role", "itemprop", "hidden", "aria-hidden", "style"))


def _attributes(el: Any) -> dict[str, str]:
    """The element's attributes among :data:`_CONTEXT_ATTRIBUTES`."""
    return {name: el.get(name) for name in el.keys() if name in _CONTEXT_ATTRIBUTES}


def _child_context(parent: Context, el: Any, tag: str, ident: int) -> Context:
    depth = parent.depth + 1
    ancestors = parent.ancestors
    bit = _ANCESTOR_BIT.get(_ANCESTOR_OF.get(tag, tag))
    if bit:
        ancestors |= bit
    attrs = _attributes(el)
    if not attrs:  # nothing of its own: the parent's context one level down
        return Context(
            depth, ancestors, parent.words, parent.roles, parent.props, parent.hidden, ident, f"{tag}.", parent
        )
    words = parent.words
    cls, ident_attr = attrs.get("class"), attrs.get("id")
    if cls or ident_attr:
        found = class_words(f"{cls} {ident_attr}" if cls and ident_attr else cls or ident_attr)
        if found:
            words = dict(words)
            for w in found:
                words[w] = depth
    roles = parent.roles
    role = attrs.get("role")
    if role:
        roles = dict(roles)
        for r in role.lower().split():
            roles[r] = depth
    props = parent.props
    prop = attrs.get("itemprop")
    if prop:
        props = props | {ITEMPROPS[p] for p in prop.lower().split() if p in ITEMPROPS}
    hidden = parent.hidden or _is_hidden(attrs)
    return Context(depth, ancestors, words, roles, props, hidden, ident, f"{tag}.{cls or ''}", parent)


def _is_hidden(attrs: dict[str, str]) -> bool:
    if attrs.get("hidden") is not None or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def segment(tree: Any) -> list[HtmlBlock]:
    """The visible text of a parsed page (lxml), as blocks in document order."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    blocks: list[HtmlBlock] = []
    buf: list[str] = []  # text of the block being read
    link_buf: list[int] = [0, 0, 0]  # link characters (approximate until the flush), <a> count, "#" links
    root_ctx = Context(0, 0, {}, {}, frozenset(), _is_hidden(_attributes(root)), 0, "", None)
    # the block being read: its element's context, tag, element, and whether it is preformatted
    cur_ctx, cur_tag, cur_el, cur_pre = root_ctx, root.tag if isinstance(root.tag, str) else "body", root, False
    ids = 0

    def flush() -> None:
        if not buf:
            return
        raw = "".join(buf)
        buf.clear()
        if raw.isspace():  # the white space between two elements: no block (as below, faster)
            link_buf[0] = link_buf[1] = link_buf[2] = 0
            return
        if cur_pre:
            text = raw.strip("\n").rstrip()
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        else:
            if "\x01" in raw:
                raw = _SEPARATE.sub(" ", raw).replace("\x01", "")
            text = "\n".join(t for t in (_HTML_SPACE.sub(" ", part).strip() for part in raw.split("\x00")) if t)
        link_chars, links, fragments = link_buf
        link_buf[0] = link_buf[1] = link_buf[2] = 0
        if text.strip():
            blocks.append(
                HtmlBlock(
                    text,
                    cur_tag,
                    cur_ctx,
                    min(link_chars, len(text)),
                    links,
                    cur_pre,
                    fragments,
                    cur_el,
                )
            )

    # The walk: (element, context of the element, link depth, inside pre) for an element to
    # open; (element, None, ...) to close one (flush at block ends, then its tail text).
    stack: list[tuple[Any, Context | None, int, bool, tuple | str | None]] = [(root, root_ctx, 0, False, None)]
    while stack:
        el, ctx, in_link, in_pre, saved = stack.pop()
        if ctx is None:  # closing
            if saved == "sep":  # an inline element that is not a word's part: its end separates words
                buf.append("\x01")
            elif isinstance(saved, tuple):  # a block element: its text ends here, the parent's resumes
                if buf:
                    flush()
                cur_ctx, cur_tag, cur_el, cur_pre = saved
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
            if (el.get("href") or "").startswith("#"):
                link_buf[2] += 1
        inner_pre = in_pre or tag in PRE_TAGS
        saved = None
        if tag in BLOCK_TAGS and el is not root:
            if buf:
                flush()
            saved = (cur_ctx, cur_tag, cur_el, cur_pre)
            cur_ctx, cur_tag, cur_el, cur_pre = ctx, tag, el, inner_pre
        separate = (
            saved is None and tag not in _PHRASING and not in_pre and (len(el) or len((el.text or "").strip()) > 1)
        )
        if separate:
            buf.append("\x01")
        if saved is not None or separate or el.tail:  # else its closing has nothing to do
            stack.append((el, None, in_link, in_pre, "sep" if separate and saved is None else saved))
        if el.text:
            _add(buf, link_buf, el.text, inner_link, inner_pre)
        stack.extend([(child, ctx, inner_link, inner_pre, None) for child in reversed(el)])
    flush()
    return blocks


def _add(buf: list[str], link_buf: list[int], text: str, in_link: int, in_pre: bool) -> None:
    buf.append(text)
    if in_link:
        link_buf[0] += len(text) if in_pre else len(_HTML_SPACE.sub(" ", text).strip())


_COLUMN = {name: i for i, name in enumerate(FEATURES)}
_TAG_COLUMN = {tag: _COLUMN[f"tag_{group}"] for tag, group in _TAG_GROUP.items()}
_WORD_COLUMN = {w: _COLUMN[f"class_{w}"] for w in CLASS_WORDS}
_ROLE_COLUMN = {r: _COLUMN[f"role_{r}"] for r in ROLES}
_PROP_COLUMN = {p: _COLUMN[f"itemprop_{p}"] for p in ITEMPROP_GROUPS}


def features(blocks: list[HtmlBlock]) -> np.ndarray:
    """The markup features of each block (:data:`FEATURES`, in that order), one row each."""
    n = len(blocks)
    X = np.zeros((n, len(FEATURES)))
    if not n:
        return X
    lengths = np.array([len(b.text) for b in blocks], dtype=np.float64)
    link = np.array([b.link_chars for b in blocks], dtype=np.float64)
    contexts = [b.ctx for b in blocks]
    depth = np.array([c.depth for c in contexts], dtype=np.float64)
    bits = np.array([c.ancestors for c in contexts], dtype=np.int64)
    X[:, 0] = depth
    X[:, 1] = link / lengths
    X[:, 2] = [b.links for b in blocks]
    X[:, 3] = [b.fragments / b.links if b.links else 0.0 for b in blocks]
    X[:, 4] = (bits & _ANCESTOR_BIT["a"]) != 0
    X[:, 5] = [c.hidden for c in contexts]
    X[:, 6] = [b.pre for b in blocks]
    first = _COLUMN[f"in_{ANCESTORS[0]}"]
    X[:, first : first + len(ANCESTORS)] = (bits[:, None] >> np.arange(len(ANCESTORS))) & 1
    # (row, column, value) of the sparse features: the block's tag group, then the class
    # words, roles (1 / levels up) and itemprops above it, in that order
    cells: list[tuple[int, int, float]] = []
    for i, (b, c) in enumerate(zip(blocks, contexts, strict=True)):
        column = _TAG_COLUMN.get(b.tag)
        if column is not None:
            cells.append((i, column, 1.0))
        d = c.depth
        cells += [(i, _WORD_COLUMN[w], 1.0 / (1 + d - at)) for w, at in c.words.items() if w in _WORD_COLUMN]
        cells += [(i, _ROLE_COLUMN[r], 1.0 / (1 + d - at)) for r, at in c.roles.items() if r in _ROLE_COLUMN]
        cells += [(i, _PROP_COLUMN[p], 1.0) for p in c.props]
    if cells:  # one (cells, 3) array: its rows and columns are whole numbers, exact in float64
        at = np.array(cells)
        X[at[:, 0].astype(np.intp), at[:, 1].astype(np.intp)] = at[:, 2]
    # the containers: each block's text and link text counted in each of its ancestors
    real = [c.path for c in contexts]
    paths = np.array([(p + (p[-1],) * 9)[:9] for p in real], dtype=np.intp)  # padded: path[min(k, len - 1)]
    flat = np.fromiter((i for p in real for i in p), dtype=np.intp)
    per = np.array([len(p) for p in real])
    size = int(paths.max()) + 1
    chars = np.bincount(flat, weights=np.repeat(lengths, per), minlength=size)
    links = np.bincount(flat, weights=np.repeat(link, per), minlength=size)
    count = np.bincount(flat, minlength=size).astype(np.float64)
    total = max(lengths.sum(), 1.0)
    first = _COLUMN[f"up{CONTAINER_LEVELS[0]}_share"]
    for j, k in enumerate(CONTAINER_LEVELS):
        ids = paths[:, k]
        inside = chars[ids]
        X[:, first + 3 * j] = inside / total
        X[:, first + 3 * j + 1] = np.divide(links[ids], inside, out=np.zeros(n), where=inside > 0)
        X[:, first + 3 * j + 2] = count[ids]
    signatures = [c.signature for c in contexts]
    same = Counter(signatures)
    X[:, _COLUMN["same_path"]] = [same[s] for s in signatures]
    return X


def iter_texts(blocks: list[HtmlBlock]) -> Iterator[str]:
    for b in blocks:
        yield b.text
