"""What reads like article prose: the guard that keeps sentences out of learned rules.

A learned rule never takes a line that reads like body prose for repeating alone (a page
saved twice, a pull quote, a disclosure paragraph): it must say what noise it is, or be one
exact text on every page bounded by the template's rules on both sides
(:func:`.regions.template_sentences`). The article sample every
learned rule must keep is such a line. The measure is the judge's own (a quarter of stop
words and 60 characters: a sentence, not a label), so that learning and judging agree on
what article text is, or a sentence's shape (12 words ending like one).
"""

from __future__ import annotations

from collections import Counter

import regex

from ...judge.features import PROSE_CHARS, PROSE_STOPWORDS
from ...judge.text import page_language, stopwords, tokens

_SENTENCE = regex.compile(r"[.!?…][\"”’)\]]?$")
_FULL_STOP = regex.compile(r"[\p{L}\d]\.[\"”’)\]]?$")
# A statement this long, ending with a full stop, is a sentence even below the judge's 60
# characters: headings, labels, buttons and menu items do not end with a full stop, and
# are shorter ("Sign up for our newsletter" is five words); a closing line of an article
# ("Thanks to the reviewers of this post for their feedback.") is a sentence of its own.
STATEMENT_WORDS = 8
# A templated sentence whose names, numbers or dates change from page to page ("The stop
# message was received at <time>.", "Crews from <place> and <place> attended.") is a
# statement from this many words: each page fills it with a value of its own, so it says
# something of the page, where a heading or a button never ends with a full stop.
TEMPLATED_STATEMENT_WORDS = 6
# A row of links ("Privacy Policy · Terms of Service · About AppMarket · Developers") has
# the stop words of a sentence ("of", "about") and none of its grammar: items of a few
# words each, separated by a middle dot, a bar or a bullet between spaces.
_ROW_SEPARATOR = regex.compile(r"\s+[·|•]\s+")
ROW_ITEMS = 3
ROW_ITEM_WORDS = 4


def sentence(text: str) -> bool:
    """A full sentence of some length: article text, where a title or a label is not."""
    # 12 words: longer than nearly every headline and label, shorter than most sentences.
    return len(text.split()) >= 12 and _SENTENCE.search(text) is not None


def statement(line: str, wording: str | None = None, least: int = STATEMENT_WORDS) -> bool:
    """A short sentence of prose: STATEMENT_WORDS words or more, ending with a full stop
    after a word, with a quarter of stop words (the judge's share). A contact line ("Got a
    story? Email ... or call 01632 960 000.") has too few stop words. ``wording``: the text
    whose stop words count, where it is not the whole line (a templated sentence's constant
    words, without the names that fill it: "Reported by <name> through our bug bounty
    programme." is worded the same whether the name has one word or three); ``least``: the
    words it needs (TEMPLATED_STATEMENT_WORDS for a line whose values change)."""
    if len(line.split()) < least or _FULL_STOP.search(line) is None:
        return False
    return _stop_share(line if wording is None else wording) >= PROSE_STOPWORDS


def link_row(line: str, least: int = ROW_ITEMS) -> bool:
    """A row of ``least`` links or more (ROW_ITEMS), each of ROW_ITEM_WORDS words at most and
    none ending like a sentence: a footer's or a menu's line, not prose."""
    items = _ROW_SEPARATOR.split(line.strip())
    return len(items) >= least and all(
        0 < len(item.split()) <= ROW_ITEM_WORDS and _SENTENCE.search(item) is None for item in items
    )


def reads_like_prose(line: str) -> bool:
    """A sentence of article text: long enough, with the stop words or the shape of one; a
    row of links is none (:func:`link_row`)."""
    if link_row(line):
        return False
    if sentence(line):
        return True
    if len(line) < PROSE_CHARS:
        return False
    return _stop_share(line) >= PROSE_STOPWORDS


def _stop_share(line: str) -> float:
    words = tokens(line)
    language = page_language(Counter(words))
    stop = stopwords(language) if language else frozenset()
    return sum(w in stop for w in words) / len(words) if words else 0.0
