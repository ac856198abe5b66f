"""What the judge says about a removal: its rule (by the kind of noise) and its reason.

The model decides *whether* a unit goes; *what* it was is read from the same features,
first match wins: a widget by its words or class (share, newsletter, cookie), reader
comments (by the markup, or under a comments heading), an advertisement, a copyright
line, the page title or a byline above the text, a caption, navigation (``<nav>``, menus,
breadcrumbs, tables of contents), the page footer, links to other pages, link lists
(navigation before the text, footer after it, related inside it; in plain text, which has
no link marks, whatever goes before the text is navigation and after it footer), and junk
for the rest.

The reason gives the model's probability that the unit is article text, the three
features of the unit that weighed most against it, and how much the unit's neighbourhood
moved its score: ``article text 0.04 (kept from 0.50); against it: inside <nav> (-1.4),
link text 92% (-0.9), at 3% of the page (-0.6); neighbourhood -0.8``. The first pass of
the model is a sum of terms of one or two features (:mod:`cleaner.judge.model`); a
feature's weight is the sum of its terms (half of each two-feature term), so the weights
add up to the first-pass score: the reasons are the decision, not a story about it.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from ..steps import StepRule

NAVIGATION = StepRule(
    "judge-navigation", "navigation", "remove", "Menus, breadcrumbs and link lists before the main text (the judge)."
)
FOOTER = StepRule("judge-footer", "footer", "remove", "The page footer: links, legal lines, addresses (the judge).")
COPYRIGHT = StepRule("judge-copyright", "copyright", "remove", "Copyright lines (the judge).")
RELATED = StepRule(
    "judge-related", "related", "remove", "Links and teasers of other pages in or after the main text (the judge)."
)
COMMENTS = StepRule("judge-comments", "comments", "remove", "Reader comments and reply forms (the judge).")
SHARE = StepRule("judge-share", "share", "remove", "Share and follow prompts (the judge).")
NEWSLETTER = StepRule("judge-newsletter", "newsletter", "remove", "Newsletter and subscription prompts (the judge).")
COOKIE = StepRule("judge-cookie", "cookie", "remove", "Cookie and consent notices (the judge).")
AD = StepRule("judge-ad", "ad", "remove", "Advertisements and sponsored boxes (the judge).")
TITLE = StepRule("judge-title", "metadata", "remove", "The page title and bylines above the text (the judge).")
CAPTION = StepRule("judge-caption", "caption", "remove", "Picture captions and credits (the judge).")
JUNK = StepRule("judge-junk", "junk", "remove", "Labels, buttons and other page furniture (the judge).")
RULES = (NAVIGATION, FOOTER, COPYRIGHT, RELATED, COMMENTS, SHARE, NEWSLETTER, COOKIE, AD, TITLE, CAPTION, JUNK)
FILE = "cleaner/judge"  # the ``file`` of the judge's edits

# (rule, condition): a condition is a list of (feature, least value); any one met is enough.
# "before" is a pseudo-feature: the unit comes before the first unit the judge kept.
_SIGNS: tuple[tuple[StepRule, tuple[tuple[str, float], ...]], ...] = (
    (SHARE, (("widget_share", 1), ("class_share", 0.5), ("class_social", 0.5))),
    (NEWSLETTER, (("widget_newsletter", 1), ("class_newsletter", 0.5), ("class_subscribe", 0.5))),
    (COOKIE, (("widget_cookie", 1), ("class_cookie", 0.2), ("class_consent", 0.2))),
    (
        COMMENTS,
        (
            ("class_comment", 0.2),
            ("role_comment", 0.2),
            ("itemprop_comment", 1),
            ("section_comments", 1),
            ("class_reply", 0.5),
        ),
    ),
    (AD, (("class_ad", 0.5), ("class_advert", 0.2), ("class_sponsor", 0.2), ("class_promo", 0.5))),
    (COPYRIGHT, (("copyright", 1),)),
    (CAPTION, (("tag_caption", 1), ("in_figure", 1), ("class_caption", 0.5), ("class_credit", 0.5))),
    (
        NAVIGATION,
        (
            ("in_nav", 1),
            ("role_navigation", 0.2),
            ("class_nav", 0.3),
            ("class_menu", 0.3),
            ("class_breadcrumb", 0.2),
            ("section_toc", 1),
            ("fragment_links", 0.5),
            ("class_toc", 0.2),
        ),
    ),
    (FOOTER, (("in_footer", 1), ("role_contentinfo", 0.2), ("class_footer", 0.3))),
    (RELATED, (("class_related", 0.2), ("class_recommend", 0.2), ("section_related", 1))),
)
_TITLE_SIGNS = (
    ("tag_h1", 1),
    ("md_heading", 1),
    ("class_byline", 0.5),
    ("class_author", 0.5),
    ("itemprop_author", 1),
    ("itemprop_headline", 1),
    ("date_like", 1),
)


def rules_for(
    X1: np.ndarray, names: tuple[str, ...], before: np.ndarray, after: np.ndarray, under: list[str | None]
) -> list[StepRule]:
    """The rule each removed unit is logged under. ``X1``: the removed units' stage-1
    features; ``before``/``after``: whether each comes before the first / after the last
    unit the judge kept; ``under``: the kind of section heading (``comments``, ``related``)
    each comes under, if any."""
    index = {n: i for i, n in enumerate(names)}
    n = len(X1)

    def met(signs: tuple[tuple[str, float], ...]) -> np.ndarray:
        hit = np.zeros(n, dtype=bool)
        for name, least in signs:
            if name in index:
                hit |= X1[:, index[name]] >= least
        return hit

    choice = np.full(n, -1)
    order = [rule for rule, _ in _SIGNS]
    for k, (_, signs) in enumerate(_SIGNS[:6]):  # widgets, comments, ads, copyright lines
        choice[(choice < 0) & met(signs)] = k
    title = (choice < 0) & before & met(_TITLE_SIGNS)
    for k, (_, signs) in list(enumerate(_SIGNS))[6:]:
        choice[(choice < 0) & ~title & met(signs)] = k
    link = X1[:, index["link_density"]] if "link_density" in index else np.zeros(n)
    # Plain text has no link marks to tell a menu by: what goes before the text is taken for
    # the header's navigation, what goes after it for the footer.
    plain = "tx_indent" in index
    out = []
    # read as Python lists: a numpy element at a time costs more than the loop's own work
    for chosen, heading, titled, linked, first, last in zip(
        choice.tolist(), under, title.tolist(), link.tolist(), before.tolist(), after.tolist(), strict=True
    ):
        if chosen < 0 and heading is not None:
            out.append(COMMENTS if heading == "comments" else RELATED)
        elif titled:
            out.append(TITLE)
        elif chosen >= 0:
            out.append(order[chosen])
        elif linked >= 0.5:
            out.append(NAVIGATION if first else FOOTER if last else RELATED)
        elif last and (linked >= 0.2 or plain):
            out.append(FOOTER)
        elif plain and first:
            out.append(NAVIGATION)
        else:
            out.append(JUNK)
    return out


def feature_weights(terms: np.ndarray, term_a: np.ndarray, term_b: np.ndarray, n_features: int) -> np.ndarray:
    """(rows, features): each feature's share of each row's first-pass score (a one-feature
    term goes to its feature, a two-feature term half to each)."""
    single = term_a == term_b
    targets = np.concatenate([term_a, term_b[~single]])
    sources = np.concatenate([np.arange(len(term_a)), np.flatnonzero(~single)])
    share = np.where(single, 1.0, 0.5)
    weights = np.concatenate([share, np.full(int((~single).sum()), 0.5)])
    order = np.argsort(targets, kind="stable")
    targets, sources, weights = targets[order], sources[order], weights[order]
    starts = np.flatnonzero(np.r_[True, targets[1:] != targets[:-1]])
    out = np.zeros((len(terms), n_features))
    if len(terms) and len(starts):
        # np.take and an in-place product: the same sums as terms[:, sources] * weights, a
        # third of the time (a page's removed blocks times some 1,400 term shares)
        shares = np.take(terms, sources, axis=1)
        shares *= weights
        out[:, targets[starts]] = np.add.reduceat(shares, starts, axis=1)
    return out


_PLAIN = {
    "link_density": "link text {:.0%}",
    "md_link_density": "link text {:.0%}",
    "stopword_share": "stop words {:.0%}",
    "punctuation": "punctuation {:.0%}",
    "digits": "digits {:.0%}",
    "capitals": "capitals {:.0%}",
    "title_words": "capitalised words {:.0%}",
    "repeats": "repeated {:.0f} times elsewhere",
    "position": "at {:.0%} of the page",
    "char_position": "at {:.0%} of the text",
    "depth": "depth {:.0f}",
    "links": "{:.0f} links",
    "lines": "{:.0f} lines",
    "mean_word": "words of {:.1f} letters",
    "same_path": "{:.0f} blocks of the same template",
    "tx_indent": "indented {:.0f}",
    "page_link_density": "page's link text {:.0%}",
    "page_short_share": "page's short units {:.0%}",
    "title_overlap": "{:.0%} of its words in the title",
    "title_cover": "holds {:.0%} of the title",
    "description_overlap": "{:.0%} of its words in the description",
    "md_shape_share": "{:.0%} of the page's lines of its shape",
    "md_h1_count": "{:.0f} top headings in the page",
    "md_section_level": "in a section of heading level {:.0f}",
    "md_section_link_density": "section's link text {:.0%}",
}
_WHERE = {
    "md_after_heading": ("after the first heading", "before the first heading", "no heading"),
    "md_after_last_heading": ("after the last heading", "before the last heading", "no heading"),
    "md_after_h1": ("after the first top heading", "before the first top heading", "no top heading"),
}
_PLACE = {"-2": "two before", "-1": "the one before", "+1": "the next one", "+2": "two after", "window": "around"}


@lru_cache(maxsize=4096)
def describe(name: str, value: float) -> str:
    """A feature and its value in words."""
    base, _, where = name.partition("@")
    if base == "prose" and where.startswith("up"):
        return f"{value:.0%} of the page's prose in its container {int(where[2:]) + 1} up"
    if where:
        if value == -1.0 and where in ("-2", "-1", "+1", "+2"):
            return f"no unit {_PLACE[where]}"
        return f"{describe(base, value)} ({_PLACE.get(where, where)})"
    counted = {
        "md_shape_repeats": "other lines of its shape",
        "md_pair_repeats": "other lines of its shape after the same shape",
        "md_para_repeats": "other paragraphs of its shapes",
        "md_section_lines": "lines in its section",
        "md_run_links": "linked lines in its run",
        "md_run_short": "short lines in its run",
        "md_run_list": "list items in its run",
        "chars": "characters",
        "words": "words",
        "page_units": "units in the page",
        "page_chars": "characters in the page",
    }
    if name in counted:
        return f"{round(math.expm1(value))} {counted[name]}"
    if name in _PLAIN:
        return _PLAIN[name].format(value)
    flag = value in (0.0, 1.0)
    if name in _WHERE:
        after, before, missing = _WHERE[name]
        return after if value > 0 else before if value == 0 else missing
    if name in ("md_section_comments", "md_section_related"):
        kind = name.rpartition("_")[2]
        return f"under a {kind} heading" if value else f"not under a {kind} heading"
    if name == "md_section_heading_linked":
        return (
            "section heading without link"
            if value == 0
            else "no section heading"
            if value < 0
            else f"section heading {value:.0%} link"
        )
    if name == "after_title":
        return "after the title" if value > 0 else "before the title" if value == 0 else "no title found"
    if name.startswith("type_"):
        return f"page is a {name[5:]}: {value:.0%}"
    for prefix, text in (
        ("in_", "inside <{}>"),
        ("tag_", "a <{}> block"),
        ("url_", "URL word '{}'"),
        ("schema_", "page type {}"),
        ("og_", "og:type {}"),
        ("widget_", "{} prompt words"),
        ("section_", "{} heading"),
        ("itemprop_", "itemprop {}"),
        ("sentence_end", "sentence end"),
        ("bullet", "bullet"),
        ("copyright", "copyright words"),
        ("date_like", "a date"),
        ("hidden", "hidden"),
        ("in_link", "inside a link"),
        ("pre", "preformatted"),
    ):
        if name.startswith(prefix):
            label = text.format(name[len(prefix) :].replace("_", " ")) if "{}" in text else text
            return (
                (label if value else "not " + label if prefix == "in_" else "no " + label)
                if flag
                else f"{label} {value:.2g}"
            )
    for prefix, kind in (("class_", "class"), ("role_", "role")):
        if name.startswith(prefix):
            word = name[len(prefix) :]
            if value <= 0:
                return f"no {kind} '{word}' above"
            up = round(1 / value) - 1
            return f"{kind} '{word}' " + ("on it" if up == 0 else f"{up} up")
    if name.startswith("up") and "_" in name:
        level, _, what = name.partition("_")
        return f"container {level[2:]} up: {what.replace('_', ' ')} {value:.2g}"
    return f"{name.replace('_', ' ')} {value:.2g}"


AGAINST = -0.05  # the least weight against a unit that its reason names


def score_and_threshold(probability: float, threshold: float) -> tuple[str, str]:
    """A unit's score and the threshold it was cut at, as a reason prints them: to two places,
    or to as many more (up to four) as it takes to show that they differ, so that a reason never
    reads "0.45 (kept from 0.45)" for a score of 0.447 cut at 0.45."""
    for places in (2, 3, 4):
        score, cut = f"{probability:.{places}f}", f"{threshold:.{places}f}"
        if score != cut:
            break
    return score, cut


def reasons(
    form: str,
    probability: np.ndarray,
    threshold: float,
    first: np.ndarray,
    final: np.ndarray | None,
    names: tuple[str, ...],
    X1: np.ndarray,
    weights: np.ndarray,
    top: int = 3,
) -> list[str]:
    """One reason per row (see the module's docstring)."""
    # Only features that weigh against some row can be named: the others are left out of the
    # sort (the order of the rest, ties by feature index, is the same).
    named = np.flatnonzero((weights <= AGAINST).any(axis=0)) if weights.size else np.zeros(0, dtype=np.intp)
    k = min(top, len(named))
    worst = (
        named[np.argsort(weights[:, named], axis=1, kind="stable")[:, :k]]
        if k
        else np.zeros((len(X1), 0), dtype=np.intp)
    )
    # the named features' values and weights as Python floats (the same values: numpy's float64
    # formats as float does), read far faster than one numpy element at a time
    values = np.take_along_axis(X1, worst, axis=1).tolist()
    weighs = np.take_along_axis(weights, worst, axis=1).tolist() if weights.size else [[] for _ in values]
    probabilities = probability.tolist()
    shifts = (final - first).tolist() if final is not None else None
    out = []
    for i, features in enumerate(worst.tolist()):
        parts = [
            f"{describe(names[f], x)} ({w:+.1f})"
            for f, x, w in zip(features, values[i], weighs[i], strict=True)
            if w <= AGAINST
        ]
        against_it = "; against it: " + ", ".join(parts) if parts else ""
        around = f"; neighbourhood {shifts[i]:+.1f}" if shifts is not None else ""
        score, cut = score_and_threshold(probabilities[i], threshold)
        out.append(f"judge ({form}): article text {score} (kept from {cut}){against_it}{around}")
    return out


def sections(X1: np.ndarray, names: tuple[str, ...], keep: np.ndarray) -> list[str | None]:
    """Per unit, the kind of the section heading it comes under (``comments`` or
    ``related``): from such a heading to the next unit the judge keeps."""
    index = {n: i for i, n in enumerate(names)}
    kinds = [(k, index[f"section_{k}"]) for k in ("comments", "related") if f"section_{k}" in index]
    # per unit, the first kind whose heading it is (read as Python lists: a numpy element at a
    # time costs more than the loop's own work)
    headings: list[str | None] = [None] * len(X1)
    for k, c in reversed(kinds):
        for i in np.flatnonzero(X1[:, c] >= 1).tolist():
            headings[i] = k
    out: list[str | None] = []
    current = None
    for heading, kept in zip(headings, keep.tolist(), strict=True):
        if heading is not None:
            current = heading
        elif kept:
            current = None
        out.append(current)
    return out
