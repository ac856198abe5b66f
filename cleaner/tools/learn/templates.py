"""Generalising a group of lines into one pattern, and guessing what kind of noise it is.

The members of a template group share a shape (:mod:`.keys`): the tokens all members agree
on stay literal, the ones that vary become typed parts (a number, a month, a name, a URL,
a lower-case word), and a labelled line's free text a bounded ``.{1,N}``. A pattern with
nothing constant is refused, but for a date alone (proposed only with a header position),
and so is one whose only constant words are the site's own name over names
(:func:`brand_names`: a shop's products, "UPLIFT <name>" on upliftdesk.com).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from .keys import MAX_TEMPLATE_LINE, MONTHS, MONTHS_SHORT, VARIABLE, WEEKDAYS, WEEKDAYS_SHORT, Token, credit, tokens

# Regexes for the variable parts of a template (what a differing token becomes).
_CLASS_RE = {
    # A count may be written short: "15k views", "2.3M subscribers".
    "num": r"[+−-]?\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|h|[kKM])?",
    "url": r"\S+",
    "month": "(?:" + "|".join(MONTHS + MONTHS_SHORT) + r")\.?",
    "weekday": "(?:" + "|".join(WEEKDAYS + WEEKDAYS_SHORT) + r")\.?",
    # A name: capitalised words, with the particles names carry (de, van, bin, ...).
    "name": r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|di|du|del|der|den|van|von|la|le|bin|al|dos|das)\s+)*"
    r"\p{Lu}[\p{L}'’.-]*)*",
}

# The category a candidate most likely belongs to, by the words it contains. Checked in
# order; the first category with a hit wins and the hits are the evidence.
CATEGORY_WORDS: list[tuple[str, tuple[str, ...]]] = [
    # A licence line is the copyright notice of a wiki or a docs site ("Community content is
    # available under CC-BY-SA unless otherwise noted.", "licensed under CC BY 4.0").
    (
        "copyright",
        (
            "©",
            "copyright",
            "all rights reserved",
            "(c) ",
            "reproduction",
            "licensed under",
            "creative commons",
            "cc by",
            "cc-by",
            "cc0",
        ),
    ),
    (
        "donation",
        (
            "donat",
            "donor",
            "support our",
            "support us",
            "support independent",
            "chip in",
            "patreon",
            "contribut",
            "fund our",
            "funded by readers",
        ),
    ),
    # An alert box is a newsletter of one kind of page: "Get job alerts / We'll email you new
    # jobs like this one.", "Create an email alert".
    (
        "newsletter",
        ("newsletter", "subscribe", "sign up", "inbox", "mailing list", "email you", "e-mail you", "alerts"),
    ),
    ("cookie", ("cookie",)),
    ("comments", ("comment", "reply", " says:", " said:", " wrote:", "leave a", "discussion")),
    ("caption", ("photo", "image", "picture", "credit", "getty", "illustration", "afp", "reuters")),
    (
        "share",
        (
            "share",
            "tweet",
            "facebook",
            "whatsapp",
            "linkedin",
            "instagram",
            "pinterest",
            "pin it",
            "email this",
            "print this",
        ),
    ),
    # An affiliate disclosure is the ad of a review or recipe site ("We may earn a commission
    # when you buy through our links."); "continue reading below"
    # and "story continues ..." hold the place of an ad inside an article; a sponsor's read
    # says who brought it and gives a code ("This episode is brought to you by ...").
    (
        "ad",
        (
            "advertisement",
            "sponsored",
            "advertis",
            "affiliate",
            "earn a commission",
            "earns a commission",
            "continue reading",
            "story continues",
            "brought to you by",
            "promo code",
            "discount code",
        ),
    ),
    # "Near you" heads a list of other pages chosen for the reader ("Other events near you",
    # "Find a used <make> near you"): a related list, not a heading of the page's own text (learn22,
    # on learn_quality's 156 templates: noise removed 88.31% to 88.52%, article unchanged).
    (
        "related",
        (
            "related",
            "read more",
            "read also",
            "more from",
            "you may also",
            "you might also",
            "recommended",
            "near you",
            "watch:",
        ),
    ),
    ("footer", ("about us", "contact", "privacy", "terms of", "imprint", "impressum")),
    ("metadata", ("published", "updated", "posted", "publication", "by ", "author", "date", "filed under", "tags")),
    ("navigation", ("home", "menu", "news from", "section", "next", "previous", "back to", "»", "›", " | ")),
]


_MARKS = frozenset(".,;:'’\"*+-–—•·▪●>#|/()[]$€£¥%×")


@dataclass(slots=True)
class Template:
    pattern: str
    literal: str  # the constant text of the pattern (for judging how specific it is)
    free: bool  # has a free-text part (".{1,N}")
    weak: bool = False  # nothing constant but a date: only with a header position
    label: str | None = None  # a labelled line's label ("Topics: <free text>")
    names: bool = False  # a name varies among the members ("<name> is a reporter on ...")
    # The varying name opens the line ("<name> is a reporter on ..."): a line about whoever
    # it names (a bio), where a name inside a sentence ("... contact <brand> for a refund.")
    # is one the sentence mentions.
    leads_with_name: bool = False


def generalise(members: list[str], label: str | None = None, tail: bool = False) -> Template | None:
    """A full-line pattern matching every member, variable parts typed; None if too vague.

    ``tail``: the members are caption lines ending in a credit; the credits are
    generalised and the caption before them becomes a bounded free part.
    """
    if tail:
        found = [credit(m) for m in members]
        credits = [c for c in found if c]
        if len(credits) < len(found):
            return None
        common = generalise(credits)
        if common is None or common.weak or sum(ch.isalpha() for ch in common.literal) < 2:
            return None  # "(<name>)" alone ends many an article sentence
        longest = max(len(m) - len(c) for m, c in zip(members, credits, strict=True))
        return Template(f".{{1,{min(2 * longest, MAX_TEMPLATE_LINE)}}}" + common.pattern, common.literal, True)
    toks = [tokens(m) for m in members]
    kinds = [[t.kind for t in line] for line in toks]
    template = _positionwise(toks, kinds[0]) if all(k == kinds[0] for k in kinds) else None
    if template is None and label is not None:
        rests = [m[len(label) :] for m in members]
        sep = _common_prefix(rests)
        sep = sep[: len(sep) - len(sep.lstrip())] if not sep.strip() else regex.match(r"\s?[:|]\s*", sep).group()
        longest = max(len(t) for t in rests)
        # The free part is bounded: twice the longest seen, so a label can never swallow
        # a paragraph that happens to start like it.
        template = Template(
            regex.escape(label + sep) + f".{{1,{min(2 * longest, MAX_TEMPLATE_LINE)}}}", label + sep, True, label=label
        )
    if template is None:
        return None
    letters = sum(ch.isalpha() for ch in template.literal)
    # List marks, separators, currency signs and inch marks say nothing of what a line is:
    # "* <name>" is any list item, "$<num>" any price, '<num>" x <num>"' any product's size.
    symbols = sum(not ch.isalnum() and not ch.isspace() and ch not in _MARKS for ch in template.literal)
    # Between variable parts, short words are the grammar of any title ("<name> to
    # <name>", "<name> in <name>"); a line that opens with a variable part needs a
    # constant word of three letters or more to say what it is ("<name> says:").
    infix_only = template.label is None and not regex.match(r"\p{L}", template.pattern)
    if infix_only and not symbols and not any(len(w) >= 3 for w in regex.findall(r"\p{L}+", template.literal)):
        letters = 0
    if letters < 2 and not symbols:
        # All variable. A date alone ("Tuesday, 3 March 2021") is a header line on some
        # sites and the article's own date line on others: proposed only if it is always
        # in the header zone (see write.site_rules). A name alone would match any short title.
        if any(t.kind in ("month", "weekday") for line in toks for t in line):
            template.weak = True
            return template
        return None
    return template


def _positionwise(toks: list[list[Token]], kinds: Sequence[str]) -> Template | None:
    """Members of one token shape: constant tokens literal, varying ones typed (or None)."""
    parts, literal = [], []
    names = leads = False
    for i, kind in enumerate(kinds):
        texts = [line[i].text for line in toks]
        # Numbers, dates and URLs are variable by nature even when the pages seen agree
        # (all from August 2020): they are always generalised.
        if len(set(texts)) == 1 and kind not in ("num", "month", "weekday", "url"):
            parts.append(regex.escape(texts[0]) if kind != "space" else r"\s+")
            literal.append(texts[0])
        elif kind == "word" and all(t.islower() for t in texts):
            # A lower-case word that varies ("Category: health", "... inflation"): one
            # word, framed by the group's constant parts.
            parts.append(r"\p{Ll}[\p{L}'’-]*")
        elif kind in VARIABLE:
            parts.append(_class_of(texts, kind))
            if kind == "cap":
                literal.append(_common_words(texts))
                names = True
                leads = leads or all(k == "space" for k in kinds[:i])
        else:
            return None
    return Template("".join(parts), "".join(literal), False, names=names, leads_with_name=leads)


def _class_of(texts: list[str], kind: str) -> str:
    if kind != "cap":
        return _CLASS_RE[kind]
    # A run of capitalised words: keep the words every member shares at its start/end.
    split = [t.split(" ") for t in texts]
    pre = 0
    while all(len(s) > pre + 1 for s in split) and len({s[pre] for s in split}) == 1:
        pre += 1
    suf = 0
    while all(len(s) > pre + suf + 1 for s in split) and len({s[-1 - suf] for s in split}) == 1:
        suf += 1
    head = "".join(regex.escape(w) + r"\s+" for w in split[0][:pre])
    end = "".join(r"\s+" + regex.escape(w) for w in (split[0][len(split[0]) - suf :] if suf else []))
    return head + _CLASS_RE["name"] + end


# A site's own name in its domain: labels this long (not "www", "news", the TLD) are a
# name, not a common word ("scoreline" in scoreline.example, "pcworld" in pcworld.com).
SITE_LABEL_CHARS = 5


def site_labels(site: str) -> list[str]:
    """The labels of ``site``'s domain long enough to be its name, lower-cased."""
    return [label for label in site.lower().split(".")[:-1] if len(label) >= SITE_LABEL_CHARS]


def brand_names(template: Template, site: str) -> bool:
    """Whether ``template``'s only constant words (its constant tokens and the words its
    names share) are the site's own name, all of a label of its domain or its start
    ("UPLIFT" of upliftdesk.com), beside names that vary. A shop names its products after
    itself ("UPLIFT Walking Desk", "UPLIFT Trifold Acrylic Shield"): such a pattern says
    nothing of what a line is, and takes every product of a listing, the page's own text,
    with the few in its menu."""
    if not template.names:
        return False
    words = "".join(regex.findall(r"\p{L}+", template.literal)).lower()
    # Three letters at least: a single letter or "the" is no one's name.
    return len(words) >= 3 and any(label.startswith(words) for label in site_labels(site))


def _common_words(texts: list[str]) -> str:
    split = [t.split(" ") for t in texts]
    return " ".join(w for w in split[0] if all(w in s for s in split[1:]))


def _common_prefix(texts: list[str]) -> str:
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


# Words that name a kind of noise only in some uses: elsewhere they are ordinary words of
# ordinary lines. "Home" is a navigation word as a link's label ("Home", "Home › News",
# "Home | World"), not in "About this home", "Harbor Homes" or "homes for sale". A
# contribution is a donation when it is asked for ("contribute today", "your
# contribution"), not in "the people who contributed to this release" or "contributors".
_SEPARATOR = r"[|›»>/·•\[\]()]"
_PAGER = regex.compile(
    rf"(?:^|{_SEPARATOR})\s*[‹«<←]?\s*(?:previous|next)(?:\s+(?:post|article|page|story|entry|episode|chapter))?"
    rf"\s*[›»>→]?\s*(?::|$|{_SEPARATOR})|^\s*(?:previous|next)\s+\w+\s*$",
    regex.M,
)
IN_CONTEXT: dict[str, regex.Pattern[str]] = {
    "home": regex.compile(rf"(?:^|{_SEPARATOR})\s*home\s*(?:$|{_SEPARATOR})", regex.M),
    "contribut": regex.compile(r"\bcontribute\b|\b(?:your|a|make a|monthly|small|one-off) contribution\b"),
    # "Previous" and "next" name a link to a neighbouring page: alone, between separators,
    # naming what the page is ("Next article: <title>", "« Previous post") or as a
    # heading of two words ("Next match"), not as a field's label ("Previous owners: 3")
    # or in a sentence.
    "previous": _PAGER,
    "next": _PAGER,
    # A date is the page's metadata where it dates the page ("Start date 22 Feb", "Date of
    # stay", "updated"), not as a field's label ("Decision date: <date>", "Closing date:
    # <date>", an event's "Date: <day>"): such a label says its field holds a date, of the
    # decision, the job or the event the page is about; what dates the page itself says so
    # ("Published", "Updated", "Posted").
    "date": regex.compile(r"date(?!\s*:)"),
    # A credit is a caption's in a line that gives it ("Credit: Getty Images", "Photo
    # credit: <name>"), not as a heading alone ("Credit", "Credits" above a section of the
    # page's own: who reported a flaw, who made an episode).
    "credit": regex.compile(r"^(?!\s*credits?\s*$).*credit", regex.M),
    # "Watch:" as a line's label names a video teaser, a link to another page ("Watch: <its
    # title> (2:31)"), as "Read more:" names a story's; not inside a line ("Where to watch:").
    "watch:": regex.compile(r"^\s*watch:", regex.M),
    # "Contact" names the noise as a link or a box's heading ("Contact us", "* Contact
    # Wikipedia", "Contact agent"), not as a field's label ("Contact: <name>, programme
    # chair", "Press contact: <name>") nor in a statement ending with a full stop ("You can
    # also contact Crimestoppers anonymously on ...", "Contact the scholarships team at
    # ... quoting your reference."): who to contact about the page's matter is the page's.
    "contact": regex.compile(r"^(?!.*[\p{L}\d)]\.[\"”’)\]]?\s*$).*contact(?!s?\s*:)", regex.M),
}


def category_of(texts: Iterable[str]) -> tuple[str, str]:
    """(category, evidence) for a candidate from the words in its texts."""
    lines = [t.lower() for t in texts]
    joined = " ".join(lines)

    def found(word: str) -> bool:
        if word not in joined:
            return False
        context = IN_CONTEXT.get(word)
        return context is None or any(context.search(line) for line in lines)

    for category, words in CATEGORY_WORDS:
        hits = [w.strip() for w in words if found(w)]
        if hits:
            return category, "contains " + ", ".join(repr(h) for h in hits[:3])
    if joined.strip() and not any(ch.isalnum() for ch in joined):
        return "separator", "only punctuation"
    return "boilerplate", "no telling words; recurs across pages"
