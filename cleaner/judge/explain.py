"""What the judge says about a removal: its rule (by the kind of noise) and its reason.

The model decides *whether* a unit goes; *what* it was is read from the same features,
in this order: a widget by its words (share, newsletter, cookie), reader comments (by the
markup, or under a comments heading), an advertisement, the page title or a byline, a
caption, navigation (``<nav>``, menus, breadcrumbs, link lists before the text), the
page footer, links to other pages after the text, and junk for the rest.

The reason gives the model's probability that the unit is article text and the three
terms of the model that pushed it down most, in words: ``link text 92% and inside <nav>
(-1.4)``. Each term's value is its exact share of the unit's score (the model is a sum of
terms, :mod:`cleaner.judge.model`), so the reasons are the decision, not a story about it.
"""

from __future__ import annotations

import math

import numpy as np

from ..steps import StepRule

NAVIGATION = StepRule("judge-navigation", "navigation", "remove",
                      "Menus, breadcrumbs and link lists before the main text (the judge).")
FOOTER = StepRule("judge-footer", "footer", "remove", "The page footer: links, legal lines, copyright (the judge).")
RELATED = StepRule("judge-related", "related", "remove",
                   "Links and teasers of other pages in or after the main text (the judge).")
COMMENTS = StepRule("judge-comments", "comments", "remove", "Reader comments and reply forms (the judge).")
SHARE = StepRule("judge-share", "share", "remove", "Share and follow prompts (the judge).")
NEWSLETTER = StepRule("judge-newsletter", "newsletter", "remove", "Newsletter and subscription prompts (the judge).")
COOKIE = StepRule("judge-cookie", "cookie", "remove", "Cookie and consent notices (the judge).")
AD = StepRule("judge-ad", "ad", "remove", "Advertisements and sponsored boxes (the judge).")
TITLE = StepRule("judge-title", "metadata", "remove", "The page title and bylines above the text (the judge).")
CAPTION = StepRule("judge-caption", "caption", "remove", "Picture captions and credits (the judge).")
JUNK = StepRule("judge-junk", "junk", "remove", "Labels, buttons and other page furniture (the judge).")
RULES = (NAVIGATION, FOOTER, RELATED, COMMENTS, SHARE, NEWSLETTER, COOKIE, AD, TITLE, CAPTION, JUNK)
FILE = "cleaner/judge"  # the ``file`` of the judge's edits


class Row:
    """A unit's stage-1 features, read by name (absent names read 0)."""

    __slots__ = ("values", "index")

    def __init__(self, values: np.ndarray, index: dict[str, int]):
        self.values, self.index = values, index

    def __call__(self, name: str) -> float:
        i = self.index.get(name)
        return 0.0 if i is None else float(self.values[i])


def rule_for(f: Row, position: str) -> StepRule:
    """The rule a removed unit is logged under. ``f``: its stage-1 features; ``position``:
    ``before``, ``inside`` or ``after`` the article text the judge kept."""
    if f("widget_share") or f("class_share") >= 0.5:
        return SHARE
    if f("widget_newsletter") or f("class_newsletter") >= 0.5 or f("class_subscribe") >= 0.5:
        return NEWSLETTER
    if f("widget_cookie") or f("class_cookie") or f("class_consent"):
        return COOKIE
    if (f("class_comment") or f("role_comment") or f("itemprop_comment") or f("section_comments")
            or f("class_reply") >= 0.5):
        return COMMENTS
    if f("class_ad") >= 0.5 or f("class_advert") or f("class_sponsor") or f("class_promo") >= 0.5:
        return AD
    if position == "before" and (f("tag_h1") or f("md_heading") == 1 or f("class_byline") or f("class_author") >= 0.5
                                 or f("itemprop_author") or f("itemprop_headline")):
        return TITLE
    if f("tag_caption") or f("in_figure") or f("class_caption") or f("class_credit"):
        return CAPTION
    if f("in_nav") or f("role_navigation") or f("class_nav") >= 0.3 or f("class_menu") >= 0.3 or f("class_breadcrumb"):
        return NAVIGATION
    if f("in_footer") or f("role_contentinfo") or f("class_footer") >= 0.3 or f("copyright"):
        return FOOTER
    if f("class_related") or f("class_recommend") or f("section_related"):
        return RELATED
    link = f("link_density")
    if link >= 0.5:
        return NAVIGATION if position == "before" else FOOTER if position == "after" else RELATED
    if position == "after" and link >= 0.2:
        return FOOTER
    return JUNK


_PLAIN = {
    "link_density": "link text {:.0%}", "md_link_density": "link text {:.0%}", "stopword_share": "stop words {:.0%}",
    "chars": "{} characters", "words": "{} words", "sentence_end": "ends a sentence: {}", "digits": "digits {:.0%}",
    "capitals": "capitals {:.0%}", "repeats": "repeated {}x", "position": "at {:.0%} of the page",
    "char_position": "at {:.0%} of the text", "depth": "depth {:.0f}", "score": "first-pass score {:+.1f}",
    "tx_indent": "indented {:.0f}", "page_link_density": "page link text {:.0%}",
}


def describe(name: str, value: float) -> str:
    """A feature and its value in words."""
    base, _, where = name.partition("@")
    if where:
        place = {"-2": "two before", "-1": "the one before", "+1": "the next", "+2": "two after",
                 "window": "around"}.get(where, where)
        if where.startswith("up"):
            return f"{'score' if base == 'score' else base} of its container ({where[2:]}) {value:+.1f}"
        return f"{describe(base, value)} ({place})"
    if name in ("chars", "words"):
        return _PLAIN[name].format(round(math.expm1(value)))
    if name in _PLAIN:
        return _PLAIN[name].format(value)
    for prefix, text in (("in_", "inside <{}>"), ("tag_", "a <{}>"), ("url_", "URL says {}"), ("schema_", "page type {}"),
                         ("og_", "og:type {}"), ("widget_", "{} prompt"), ("section_", "{} heading"),
                         ("itemprop_", "itemprop {}"), ("md_", "markdown {}"), ("tx_", "{}")):
        if name.startswith(prefix):
            label = text.format(name[len(prefix):].replace("_", " "))
            return label if value in (0.0, 1.0) and value else f"{label} {value:.2g}"
    for prefix in ("class_", "role_"):
        if name.startswith(prefix):
            kind = "class" if prefix == "class_" else "role"
            if value <= 0:
                return f"no {kind} '{name[len(prefix):]}' above"
            return f"{kind} '{name[len(prefix):]}' {round(1 / value) - 1} up"
    if name.startswith("up") and "_" in name:
        level, _, what = name.partition("_")
        return f"container {level[2:]} up: {what.replace('_', ' ')} {value:.2g}"
    return f"{name.replace('_', ' ')} {value:.2g}"


def against(terms: np.ndarray, top: int = 3) -> np.ndarray:
    """Per row, the indices of the ``top`` most negative terms (most negative first)."""
    k = min(top, terms.shape[1])
    return np.argsort(terms, axis=1, kind="stable")[:, :k] if k else np.zeros((len(terms), 0), dtype=np.intp)


def reason(form: str, probability: float, threshold: float, first: float, final: float, names: tuple[str, ...],
           X1row: np.ndarray, term_values: np.ndarray, term_features: list[tuple[int, int]],
           worst: np.ndarray) -> str:
    """``judge (html): article text 0.04 (kept from 0.50); against it: A (-1.4), B (-0.9), C (-0.6);
    neighbourhood -0.8``: the probability, the unit's own features that weighed most against
    it (stage 1), and how much its neighbourhood moved the score (stage 2)."""
    parts = []
    for t in worst.tolist():
        value = float(term_values[t])
        if value >= 0:
            break
        a, b = term_features[t]
        words = describe(names[a], float(X1row[a]))
        if b != a:
            words += " and " + describe(names[b], float(X1row[b]))
        parts.append(f"{words} ({value:+.1f})")
    against_it = "; against it: " + ", ".join(parts) if parts else ""
    return (f"judge ({form}): article text {probability:.2f} (kept from {threshold:.2f}){against_it}; "
            f"neighbourhood {final - first:+.1f}")
