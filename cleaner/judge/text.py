"""What the words of a unit say, whatever form the page came in.

Every unit the judge decides on (an HTML block, a markdown or text line) has a visible
text; these features are computed on it alone, the same way in all three forms: how long
it is, how much of it is stop words of the page's language (prose) or digits, capitals and
punctuation (labels, dates, menus), whether it ends like a sentence, whether it repeats
elsewhere in the page, and whether it reads as one of the widgets pages are full of (a
share bar, a newsletter or cookie prompt, a "Comments" or "Related" heading) by the
multilingual vocabulary of :mod:`cleaner.vocabulary`.

The page's language for the stop-word share is the stop list (of the 50 in
``cleaner/data/stopwords``) that covers most of the page's words: cheaper than language
detection and, for this purpose, as good (a page's stop words are its most frequent words).
Languages written without spaces count characters as words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

from .. import vocabulary

STOPWORDS_DIR = Path(__file__).resolve().parent.parent / "data" / "stopwords"

FEATURES: tuple[str, ...] = (
    "chars",
    "words",
    "stopword_share",
    "punctuation",
    "sentence_end",
    "digits",
    "capitals",
    "title_words",
    "lines",
    "bullet",
    "mean_word",
    "copyright",
    "date_like",
    "widget_share",
    "widget_newsletter",
    "widget_cookie",
    "section_comments",
    "section_related",
    "section_toc",
    "control_label",
    "repeats",
    "position",
    "char_position",
)
_C = {name: i for i, name in enumerate(FEATURES)}

_WORD = re.compile(r"\w+")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_PUNCT = re.compile(r"[.,;:!?\u3001\u3002\uff01\uff1f\uff0c\uff1b]")
_ENDS = frozenset(".!?\u2026\u3002\uff01\uff1f:")  # a sentence ends with one of these,
_CLOSERS = "\"'\u201d\u2019\u00bb)]"  # perhaps followed by closing quotes and brackets
_BULLET = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf\u00b7>]|\d{1,3}[.)])\s")
# Copyright lines and dates, searched for in the page's lower-cased text at once (written in
# lower case: on lower-cased text the same pattern without IGNORECASE is several times faster).
_COPYRIGHT = re.compile(
    r"\u00a9|\(c\)\s*\d{4}|copyright|all rights reserved|alle rechte|tous droits|"
    r"todos los derechos|tutti i diritti|все права"
)
_DATE = re.compile(
    r"(?=[\dadfjmnos])\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|"
    r"\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago)\b"
)


@cache
def _stop_lists() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """(languages, word -> indices of the languages whose stop list has it)."""
    languages = tuple(sorted(p.stem for p in STOPWORDS_DIR.glob("*.txt")))
    index: dict[str, list[int]] = {}
    for i, lang in enumerate(languages):
        for word in (STOPWORDS_DIR / f"{lang}.txt").read_text(encoding="utf-8").split():
            index.setdefault(word, []).append(i)
    return languages, {w: tuple(v) for w, v in index.items()}


@cache
def stopwords(language: str) -> frozenset[str]:
    path = STOPWORDS_DIR / f"{language}.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


def page_language(counts: Counter) -> str | None:
    """The stop list that covers most of the words counted (``None`` if none covers any)."""
    languages, index = _stop_lists()
    totals = [0] * len(languages)
    for word, n in counts.items():
        for i in index.get(word, ()):
            totals[i] += n
    best = max(range(len(languages)), key=totals.__getitem__) if languages else 0
    return languages[best] if languages and totals[best] else None


def tokens(text: str) -> list[str]:
    """Lower-cased words; in runs of CJK characters every character is a word."""
    low = text.lower()
    words = _WORD.findall(low)
    if _CJK_CHAR.search(low):
        out: list[str] = []
        for w in words:
            if _CJK_CHAR.search(w):
                out.extend(_CJK_TOKEN.findall(w))
            else:
                out.append(w)
        return out
    return words


_CJK_TOKEN = re.compile(f"[{_CJK}]|[^{_CJK}]+")


def features(texts: list[str]) -> tuple[np.ndarray, str | None, list[list[str]]]:
    """(matrix of :data:`FEATURES` per text, the page language by stop words, each text's words).

    Character classes are counted for all texts at once on their code points (numpy), with
    cases as Latin, Greek and Cyrillic have them and any other letter counted as a letter
    without case; words are found text by text.
    """
    n = len(texts)
    if not n:
        return np.zeros((0, len(FEATURES))), None, []
    toks = [tokens(t) for t in texts]
    counts = Counter(w for ws in toks for w in ws)
    language = page_language(counts)
    stop = stopwords(language) if language else frozenset()
    keys = [" ".join(ws) for ws in toks]
    seen = Counter(keys)
    lengths = np.array([len(t) for t in texts], dtype=np.float64)
    nw = np.array([len(ws) for ws in toks], dtype=np.float64)
    classes = _char_classes(texts)
    digits, upper, letters, punct, titled = (classes[:, k] for k in range(5))
    safe_len, safe_nw = np.maximum(lengths, 1), np.maximum(nw, 1)
    X = np.zeros((n, len(FEATURES)))
    X[:, _C["chars"]] = np.log1p(lengths)
    X[:, _C["words"]] = np.log1p(nw)
    X[:, _C["stopword_share"]] = np.array([sum(map(stop.__contains__, ws)) for ws in toks], dtype=np.float64) / safe_nw
    X[:, _C["punctuation"]] = punct / safe_len
    X[:, _C["digits"]] = digits / safe_len
    X[:, _C["capitals"]] = upper / np.maximum(letters, 1)
    X[:, _C["title_words"]] = titled / safe_nw
    X[:, _C["mean_word"]] = np.array([sum(map(len, ws)) for ws in toks], dtype=np.float64) / safe_nw
    X[:, _C["repeats"]] = np.array([seen[k] - 1 if k else 0 for k in keys], dtype=np.float64)
    X[:, _C["position"]] = np.arange(n) / (n - 1) if n > 1 else 0.0
    X[:, _C["char_position"]] = (np.cumsum(lengths) - lengths) / max(lengths.sum(), 1)
    joined = "\x00".join(texts).lower()
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    for column, pattern in (("copyright", _COPYRIGHT), ("date_like", _DATE)):  # rare: one search over all texts
        hits = [m.start() for m in pattern.finditer(joined)]
        if hits:
            X[np.searchsorted(starts, hits, side="right") - 1, _C[column]] = 1.0
    sentence_end, lines, bullet = _C["sentence_end"], _C["lines"], _C["bullet"]
    for i, text in enumerate(texts):
        length = len(text)
        X[i, sentence_end] = text.rstrip(_CLOSERS)[-1:] in _ENDS
        X[i, lines] = text.count("\n") + 1
        X[i, bullet] = bool(_BULLET.match(text))
        if length <= vocabulary.SHORT_MAX:
            low = text.lower()
            widget = vocabulary.widget(low, length)
            if widget:
                X[i, _C[f"widget_{widget}"]] = 1.0
            if length <= vocabulary.SECTION_MAX:
                section = vocabulary.section(low)
                if section:
                    X[i, _C[f"section_{section}"]] = 1.0
                X[i, _C["control_label"]] = vocabulary.control_label(low)
    return X, language, toks


_PUNCT_CODES = np.array([ord(c) for c in ".,;:!?\u3001\u3002\uff01\uff1f\uff0c\uff1b"], dtype=np.uint32)


def _char_classes(texts: list[str]) -> np.ndarray:
    """Per text: digits, capitals, letters, punctuation marks, capitalised words (counts)."""
    joined = "\x00".join(texts)
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    digit = (cp >= 48) & (cp <= 57)
    upper = (
        ((cp >= 65) & (cp <= 90))
        | ((cp >= 0xC0) & (cp <= 0xDE) & (cp != 0xD7))
        | ((cp >= 0x391) & (cp <= 0x3A9))
        | ((cp >= 0x410) & (cp <= 0x42F))
    )
    lower = (
        ((cp >= 97) & (cp <= 122))
        | ((cp >= 0xDF) & (cp <= 0xFF) & (cp != 0xF7))
        | ((cp >= 0x3B1) & (cp <= 0x3C9))
        | ((cp >= 0x430) & (cp <= 0x44F))
    )
    other = (
        (cp >= 0x100)
        & ~((cp >= 0x2000) & (cp <= 0x2BFF))
        & ~((cp >= 0x3000) & (cp <= 0x303F))
        & ~((cp >= 0xFF00) & (cp <= 0xFF0F))
        & ~((cp >= 0xD800) & (cp <= 0xDFFF))
    )
    letter = upper | lower | other
    word = letter | digit
    start = letter.copy()
    start[1:] &= ~word[:-1]
    punct = np.isin(cp, _PUNCT_CODES)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    ends = starts + np.array([len(t) for t in texts])
    stacked = np.column_stack([digit, upper, letter, punct, upper & start]).astype(np.int64)
    sums = np.vstack([np.zeros((1, 5), dtype=np.int64), np.cumsum(stacked, axis=0)])
    return (sums[ends] - sums[starts]).astype(np.float64)
