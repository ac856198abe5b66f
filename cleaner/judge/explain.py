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

from ..progress import plural
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


def times(n: int) -> str:
    """How often: "once", "twice", "3 times"."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


# A share (0 to 1), printed as a percentage.
_SHARES = {
    "link_density": "link text {:.0%}",
    "md_link_density": "link text {:.0%}",
    "stopword_share": "stop words {:.0%}",
    "punctuation": "punctuation {:.0%}",
    "digits": "digits {:.0%}",
    "capitals": "capitals {:.0%}",
    "title_words": "capitalised words {:.0%}",
    "position": "at {:.0%} of the page",
    "char_position": "at {:.0%} of the text",
    "page_link_density": "page's link text {:.0%}",
    "page_short_share": "page's short units {:.0%}",
    "title_overlap": "{:.0%} of its words in the title",
    "title_cover": "holds {:.0%} of the title",
    "description_overlap": "{:.0%} of its words in the description",
    "md_shape_share": "{:.0%} of the page's lines of its shape",
    "tx_shape_share": "{:.0%} of the page's lines of its shape",
    "md_section_link_density": "section's link text {:.0%}",
    "md_block_link_density": "block's link text {:.0%}",
    "fragment_links": "in-page links {:.0%} of its links",
    "tx_line_length_rank": "longer than {:.0%} of the page's lines",
    "score_rank": "below {:.0%} of the page's lines by first-pass score",
    "section_link_lines": "section's link lines {:.0%}",
    "section_position": "section at {:.0%} of the page's sections",
    "section_chars": "section holds {:.0%} of the page's text",
    "section_good_share": "section holds {:.0%} of the text the first pass keeps",
    "section_rank": "section below {:.0%} of the page's sections by first-pass score",
}
# A count stored as log(1 + n): (the noun, its plural if not the noun and an "s"; the words
# for none, if not "0 <plural>").
_LOG_COUNTS: dict[str, tuple[str, str, str]] = {
    "chars": ("character", "", ""),
    "words": ("word", "", ""),
    "page_units": ("unit in the page", "units in the page", ""),
    "page_chars": ("character in the page", "characters in the page", ""),
    "md_shape_repeats": ("other line of its shape", "other lines of its shape", "no other line of its shape"),
    "tx_shape_repeats": ("other line of its shape", "other lines of its shape", "no other line of its shape"),
    "md_pair_repeats": (
        "other line of its shape after the same shape",
        "other lines of its shape after the same shape",
        "no other line of its shape after the same shape",
    ),
    "tx_pair_repeats": (
        "other line of its shape after the same shape",
        "other lines of its shape after the same shape",
        "no other line of its shape after the same shape",
    ),
    "md_para_repeats": (
        "other paragraph of its shapes",
        "other paragraphs of its shapes",
        "no other paragraph of its shapes",
    ),
    "tx_para_repeats": (
        "other paragraph of its shapes",
        "other paragraphs of its shapes",
        "no other paragraph of its shapes",
    ),
    "md_section_lines": ("line in its section", "lines in its section", ""),
    "tx_section_lines": ("line in its section", "lines in its section", ""),
    "tx_heading_count": ("heading-like line in the page", "heading-like lines in the page", "no heading-like line"),
    "shape_lines": ("line of its shape", "lines of its shape", ""),
    "units": ("unit", "", ""),
}
# A run of lines the line is in, stored as log(1 + its length; 0: the line is not of the kind).
_RUNS = {
    "md_run_links": "linked line",
    "md_run_short": "short line",
    "md_run_list": "list item",
    "tx_run_short": "short line",
    "tx_run_bullet": "bullet line",
    "tx_run_label": "label line",  # shorter than a heading and not ending as a sentence
}
# A count stored as it is: (the noun, its plural if not the noun and an "s").
_COUNTS = {
    "links": ("link", ""),
    "lines": ("line", ""),
    "md_links": ("link", ""),
    "md_images": ("picture", ""),
    "md_h1_count": ("top heading in the page", "top headings in the page"),
    "md_block_lines": ("line in its block", "lines in its block"),
    "tx_block_lines": ("line in its block", "lines in its block"),
    "tx_columns": ("column gap", ""),  # two spaces or more between two words
}
# A flag (1 or 0): the words for each.
_FLAGS = {
    "in_link": ("inside a link", "not inside a link"),
    "hidden": ("hidden", "not hidden"),
    "pre": ("preformatted", "not preformatted"),
    "sentence_end": ("ends as a sentence", "does not end as a sentence"),
    "bullet": ("a bullet line", "not a bullet line"),
    "copyright": ("copyright words", "no copyright words"),
    "date_like": ("a date", "no date"),
    "control_label": ("a button or control label", "not a control label"),
    "md_link_start": ("opens with a link", "does not open with a link"),
    "md_list": ("a list item", "not a list item"),
    "md_quote": ("a quote", "not a quote"),
    "md_table": ("a table row", "not a table row"),
    "md_code": ("a code block", "not a code block"),
    "md_after_rule": ("after a rule line", "not after a rule line"),
    "tx_bullet": ("a bullet line", "not a bullet line"),
    "tx_blank_before": ("blank line before", "no blank line before"),
    "tx_blank_after": ("blank line after", "no blank line after"),
    "tx_heading_like": ("a heading", "not a heading"),  # a short line alone, as a heading is
    "url_digits": ("a number in the URL", "no number in the URL"),
    "section_is_main": ("in the page's main section", "not in the page's main section"),
}
_WHERE = {
    "md_after_heading": ("after the first heading", "before the first heading", "no heading"),
    "md_after_last_heading": ("after the last heading", "before the last heading", "no heading"),
    "md_after_h1": ("after the first top heading", "before the first top heading", "no top heading"),
    "tx_after_heading": ("after the first heading", "before the first heading", "no heading"),
    "tx_after_last_heading": ("after the last heading", "before the last heading", "no heading"),
    "after_title": ("after the title", "before the title", "no title found"),
}
_PLACE = {
    "-2": "two before",
    "-1": "the one before",
    "+1": "the next one",
    "+2": "two after",
    "window": "around",
    "paragraph": "its paragraph",
    "section": "its section",
    "section_heading": "its section's heading",
    "section_best": "its section's best",
    "page_best": "the page's best",
    "page_mean": "the page's mean",
    "page_fifth": "the page's fifth best",
    "shape": "its shape's lines",
}
# What ``@up<k>`` is for each form: a unit's containers (:data:`cleaner.judge.units.LEVELS`).
_CONTAINERS = {
    "html": ("its parent", "its container 2 up", "its container 3 up", "its container 5 up"),
    "markdown": ("its paragraph", "its section"),
    "text": ("its paragraph", "its region"),
}
# The kinds of tags of an HTML block's own element (:data:`cleaner.html.blocks.TAG_GROUPS`).
_TAGS = {
    "cell": "a table cell",
    "h456": "an <h4>-<h6> heading",
    "dtdd": "a <dt>/<dd> block",
    "caption": "a caption",
    "container": "a <section>/<article>/<main> block",
    "landmark": "a <header>/<footer>/<nav>/<aside> block",
    "formish": "a form's part",
}
_TYPES = {
    "article": "an article",
    "documentation": "documentation",
    "product": "a product page",
    "service": "a service page",
}
# The ancestors of an HTML block that are groups of tags (:data:`cleaner.html.blocks.ANCESTORS`).
_INSIDE = {"list": "a list", "heading": "a heading", "select": "a <select>"}


def _container(where: str, form: str | None) -> str:
    """``up<k>``: the unit's container at level k (a paragraph, a section, an ancestor)."""
    k = int(where[2:])
    names = _CONTAINERS.get(form or "")
    return names[k] if names and k < len(names) else f"its container {k + 1} up"


def _article(words: str) -> str:
    """``words`` after "a" or "an"."""
    return ("an " if words[:1] in tuple("aeiou") or words.startswith(("<h", "<li")) else "a ") + words


@lru_cache(maxsize=4096)
def describe(name: str, value: float, form: str | None = None) -> str:
    """A feature and its value in words (``form``: the page's, for the words of its containers)."""
    base, _, where = name.partition("@")
    if where.startswith("up"):
        container = _container(where, form)
        if base == "prose":
            return f"{value:.0%} of the page's prose in {container}"
        if base == "units":
            return f"{plural(round(math.expm1(value)), 'unit')} in {container}"
        if base == "main":
            return f"{container} is the page's main one" if value else f"{container} is not the page's main one"
        if base == "kept":
            return f"{container} holds {value:.0%} of the text the first pass keeps"
        return f"{describe(base, value, form)} ({container})"
    if where:
        if value == -1.0 and where in ("-2", "-1", "+1", "+2"):
            return f"no unit {_PLACE[where]}"
        if base == "sentence_end" and where == "window":
            return f"{value:.0%} end as sentences (around)"
        return f"{describe(base, value, form)} ({_PLACE.get(where, where)})"
    if name in _SHARES:
        return _SHARES[name].format(value)
    if name in _LOG_COUNTS:
        one, many, none = _LOG_COUNTS[name]
        n = round(math.expm1(value))
        return none if n == 0 and none else plural(n, one, many)
    if name in _RUNS:
        n = round(math.expm1(value))
        kind = _RUNS[name]
        return f"not {_article(kind)}" if n == 0 else f"{_article(kind)} alone" if n == 1 else f"a run of {n} {kind}s"
    if name in _COUNTS:
        return plural(round(value), *_COUNTS[name])
    if name in _FLAGS:
        yes, no = _FLAGS[name]
        return yes if value >= 0.5 else no
    if name in _WHERE:
        after, before, missing = _WHERE[name]
        return after if value > 0 else before if value == 0 else missing
    if name.startswith("mean_") and name != "mean_word":
        return _mean(name[5:], value, form)
    return _named(name, value, form)


def _named(name: str, value: float, form: str | None) -> str:
    """The words of the features :func:`describe` does not find in its tables."""
    if name == "repeats":
        return "not repeated elsewhere" if round(value) == 0 else f"repeated {times(round(value))} elsewhere"
    if name == "same_path":
        n = round(value)
        return "the only block of its template" if n <= 1 else f"{n} blocks of the same template"
    if name == "depth":
        n = round(value)
        return "at the root of the page's tree" if n == 0 else f"{plural(n, 'element')} deep"
    if name == "mean_word":
        return f"words of {value:.1f} letters"
    if name == "tx_indent":
        return "not indented" if value == 0 else f"indented {plural(round(value), 'space')}"
    if name == "tx_run_indent":  # the run of lines at its indentation (itself the least)
        n = round(math.expm1(value))
        return "alone at its indentation" if n <= 1 else f"a run of {n} lines at its indentation"
    if name == "tx_indent_rank":
        if value <= 0:
            return "at the page's least indentation"
        return "at the page's deepest indentation" if value >= 1 else f"indented {value:.0%} of the page's deepest"
    if name == "tx_indent_change":
        n = round(value)
        if n == 0:
            return "indented as the line before"
        return f"indented {plural(abs(n), 'space')} {'more' if n > 0 else 'less'} than the line before"
    if name in ("md_line_in_block", "tx_line_in_block"):
        return "first line of its block" if value == 0 else f"line {round(value) + 1} of its block"
    if name == "md_heading":
        return "not a heading" if value == 0 else f"a heading of level {round(value)}"
    if name == "md_list_indent":
        return "not nested in a list" if value == 0 else f"nested {plural(round(value), 'level')} in a list"
    if name == "md_section_level":
        return "in a section without heading" if value == 0 else f"in a section of heading level {round(value)}"
    if name in ("md_section_comments", "md_section_related", "tx_section_comments", "tx_section_related"):
        kind = name.rpartition("_")[2]
        return f"under a {kind} heading" if value else f"not under a {kind} heading"
    if name == "md_section_heading_linked":
        if value < 0:
            return "no section heading"
        return "section heading without link" if value == 0 else f"section heading {value:.0%} link"
    if name == "url_depth":
        n = round(value)
        return "no path in the URL" if n == 0 else f"URL path {plural(n, 'level')} deep"
    if name == "score":
        return f"first-pass score {1 / (1 + math.exp(-value)):.2f}"
    if name == "score_below_best":
        below = abs(value)
        return (
            "the page's best first-pass score"
            if below < 0.05
            else f"{below:.1f} below the page's best first-pass score (log-odds)"
        )
    if name == "section_from_main":
        if value == 0:
            return "in the page's main section"
        side = "before" if value < 0 else "after"
        return f"{abs(value):.0%} of the page's sections {side} its main section"
    if name in ("before_main", "after_main"):
        side = name.partition("_")[0]
        return f"not {side} the main region" if value == 0 else f"{value:.0%} of the page {side} the main region"
    if name.startswith("type_"):
        kind = name[5:]
        return f"page is {_TYPES.get(kind, 'a ' + kind)}: {value:.0%}"
    if name.startswith("up") and "_" in name:
        level, _, what = name.partition("_")
        container = f"its container {level[2:]} up"
        if what == "share":
            return f"{container} holds {value:.0%} of the page's text"
        if what == "link_density":
            return f"link text {value:.0%} in {container}"
        return f"{plural(round(value), 'block')} in {container}"
    for prefix, kind in (("class_", "class"), ("role_", "role")):
        if name.startswith(prefix):
            word = name[len(prefix) :]
            if value <= 0:
                return f"no {kind} '{word}' above"
            up = round(1 / value) - 1
            return f"{kind} '{word}' " + ("on it" if up == 0 else f"{up} up")
    for prefix, yes, no in (
        ("in_", "inside <{}>", "not inside <{}>"),
        ("url_", "URL word '{}'", "no URL word '{}'"),
        ("schema_", "schema.org type {}", "no schema.org type {}"),
        ("og_", "og:type {}", "og:type not {}"),
        ("widget_", "{} prompt words", "no {} prompt words"),
        ("section_", "a {} heading", "not a {} heading"),
        ("itemprop_", "itemprop '{}' on it or above", "no itemprop '{}' above"),
    ):
        if name.startswith(prefix):
            word = name[len(prefix) :]
            if prefix == "in_" and word in _INSIDE:
                return ("inside " if value >= 0.5 else "not inside ") + _INSIDE[word]
            word = "table of contents" if word == "toc" else word.replace("_", " ")
            return (yes if value >= 0.5 else no).format(word)
    if name.startswith("tag_"):
        group = name[4:]
        tag = _TAGS.get(group) or _article(f"<{group}> block")
        return tag if value >= 0.5 else f"not {tag}"
    return f"{name.replace('_', ' ')} {value:.2g}"


def _mean(base: str, value: float, form: str | None) -> str:
    """A page-type model's feature: the mean of a unit feature over the page's units,
    weighted by their text."""
    if base in _FLAGS:
        return f"{_FLAGS[base][0]}: {value:.0%} of the page's text"
    if base.startswith(("tag_", "in_")) or base in ("md_list", "md_code", "md_table"):
        return f"{describe(base, 1.0, form)}: {value:.0%} of the page's text"
    if base in _SHARES or base in _LOG_COUNTS or base == "fragment_links":
        return f"page's mean: {describe(base, value, form)}"
    if base.startswith("class_"):
        return f"page's mean nearness to class '{base[6:]}' {value:.2f}"
    what = {
        "repeats": "repeats elsewhere",
        "same_path": "blocks of the same template",
        "md_heading": "heading level",
        "tx_columns": "column gaps",
        "tx_indent_rank": "indentation against the page's deepest",
    }.get(base, base.replace("_", " "))
    return f"page's mean {what} {value:.2f}"


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
            f"{describe(names[f], x, form)} ({w:+.1f})"
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
