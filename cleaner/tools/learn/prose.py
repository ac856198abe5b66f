"""What reads like article prose: the guard that keeps sentences out of learned rules.

A learned rule never takes a line that reads like body prose, however often it repeats (a
page saved twice, a pull quote, a disclosure paragraph), and the article sample every
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


def sentence(text: str) -> bool:
    """A full sentence of some length: article text, where a title or a label is not."""
    # 12 words: longer than nearly every headline and label, shorter than most sentences.
    return len(text.split()) >= 12 and _SENTENCE.search(text) is not None


def reads_like_prose(line: str) -> bool:
    """A sentence of article text: long enough, with the stop words or the shape of one."""
    if sentence(line):
        return True
    if len(line) < PROSE_CHARS:
        return False
    words = tokens(line)
    language = page_language(Counter(words))
    stop = stopwords(language) if language else frozenset()
    return bool(words) and sum(w in stop for w in words) / len(words) >= PROSE_STOPWORDS
