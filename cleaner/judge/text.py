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
from .libm import log1p

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

_WORD = re.compile(rf"[\w{vocabulary.MARKS}]+")  # with the marks of its script (दिल्ली, not द ल ल)
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Punctuation and sentence ends of the scripts with stop lists: CJK's full stops and commas,
# Arabic's comma, semicolon and question mark (، ؛ ؟), Devanagari's danda (।, ॥), Urdu's full
# stop (۔); closing quotes and brackets as German („…“, ‚…‘), French, Chinese and Japanese
# (「…」, 『…』, （…）, 《…》) close them.
_PUNCT_CHARS = ".,;:!?\u3001\u3002\uff01\uff1f\uff0c\uff1b\u060c\u061b\u061f\u0964\u0965\u06d4"
_PUNCT = re.compile(f"[{re.escape(_PUNCT_CHARS)}]")
_ENDS = frozenset(".!?\u2026\u3002\uff01\uff1f:\u061f\u0964\u0965\u06d4")  # a sentence ends with one of these,
_CLOSERS = "\"'\u201d\u2019\u00bb)]\u201c\u2018\u300d\u300f\uff09\u300b"  # perhaps followed by closers
_BULLET = re.compile(r"^(?:[-*+\u2022\u25aa\u25cf\u00b7>]|\d{1,3}[.)])\s")
# Copyright lines and dates, searched for in the page's lower-cased text at once (written in
# lower case: on lower-cased text the same pattern without IGNORECASE is several times faster).
# A copyright line holds one of these words, or "(c)" and a year: the words are found in the
# page with ``str.find`` (a scan in C; ``re`` tries an alternation at every character of the
# page), "(c)" where it occurs (:func:`_copyrights`); ``_COPYRIGHT`` is the same test as one
# pattern, for one text.
COPYRIGHT_WORDS = (
    "\u00a9",
    "copyright",
    "all rights reserved",
    "alle rechte",
    "tous droits",
    "todos los derechos",
    "tutti i diritti",
    "все права",
)
_C_YEAR = re.compile(r"\(c\)\s*\d{4}")
_COPYRIGHT = re.compile("|".join([_C_YEAR.pattern, *map(re.escape, COPYRIGHT_WORDS)]))
# Dates as pages write them in the languages of the vocabulary (cleaner/vocabulary.py): a
# comment's "vor 2 Stunden", "il y a 3 heures", "2 часа назад", "2小时前", a byline's "5.
# Dezember 2026", "5 de diciembre de 2026", "2026年12月5日". Each holds a digit, and every
# match starts at one or at an English month (the lookahead at the front); the words before a
# number ("vor", "hace", "منذ") are looked behind. Scripts whose words end in a vowel sign
# (Devanagari) or run on without spaces (CJK) have no word boundary to test: their forms are
# the second group, without ``\b``.
_MONTHS = (
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "mär|okt|dez|janv|févr|avr|juil|déc|ene|dic|set|out|gen|mag|giu|lug|ott|"
    "янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек"
)
_DATE = re.compile(
    r"(?=[\dadfjmnos])\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|"
    r"\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago|"
    r"\d{4}/\d{1,2}/\d{1,2}|"  # not with dots: version numbers (2024.5.0) are written so
    rf"\d{{1,2}}\.? (?:de )?(?:{_MONTHS})\.?(?: de)?,? \d{{4}}|"
    r"(?<=vor )\d+ (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|"
    r"(?<=il y a )\d+ (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|"
    r"(?<=hace )\d+ (?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)|"
    r"(?<=há )\d+ (?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)|"
    r"\d+ (?:secondi|minuti|or[ae]|giorni|settimane|mesi|anni) fa|"
    r"\d+ (?:minuten|uur|dagen|weken|maanden|jaar) geleden|"
    r"\d+ (?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет) назад)\b|"
    r"(?=\d)(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|"
    r"\d+ ?(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週間|个月|個月|か月|ヶ月|カ月|年)前|"
    r"(?<=منذ )\d+ (?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)|"
    r"\d{1,2} (?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}|"
    r"\d+ (?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ़्ते|सप्ताह|महीने|महीना|साल|वर्ष) पहले|"
    r"\d{1,2} (?:जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर),? \d{4})"
)


@cache
def _stop_lists() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """(languages, word -> indices of the languages whose stop list has it, in order).

    Built once per process, a list at a time with dict operations in C (80,000 words: a
    third of the time of a Python loop over the words, which every run paid at start-up);
    only the words of more than one list are joined word by word."""
    languages = tuple(sorted(p.stem for p in STOPWORDS_DIR.glob("*.txt")))
    index: dict[str, tuple[int, ...]] = {}
    for i, lang in enumerate(languages):
        listed: tuple[int, ...] = (i,)
        own = dict.fromkeys((STOPWORDS_DIR / f"{lang}.txt").read_text(encoding="utf-8").split(), listed)
        for word in own.keys() & index.keys():
            own[word] = index[word] + own[word]
        index.update(own)
    return languages, index


@cache
def stopwords(language: str) -> frozenset[str]:
    path = STOPWORDS_DIR / f"{language}.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.is_file() else frozenset()


def page_language(counts: Counter) -> str | None:
    """The stop list that covers most of the words counted (``None`` if none covers any)."""
    languages, index = _stop_lists()
    totals = [0] * len(languages)
    for word in counts.keys() & index.keys():  # the stop words among them (a set operation in C)
        n = counts[word]
        for i in index[word]:
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


def features(texts: list[str], has_digit: np.ndarray | None = None) -> tuple[np.ndarray, str | None, list[list[str]]]:
    """(matrix of :data:`FEATURES` per text, the page language by stop words, each text's words);
    ``has_digit``: whether each text holds a digit (``str.isdigit``), when the caller knows.

    The texts are joined into one string (``\\x00`` between them) and read in whole-page
    passes: the words with one regex over the page, counted per text on their positions;
    character classes on the code points (numpy), with cases as Latin, Greek and Cyrillic
    have them and any other letter counted as a letter without case; sentence ends and
    bullets with one search each. A page whose texts hold a ``\\x00`` or a line break, or
    CJK characters (each one a word), has its words found text by text.
    """
    n = len(texts)
    if not n:
        return np.zeros((0, len(FEATURES))), None, []
    joined = "\x00".join(texts)
    low = joined.lower()  # as each text lower-cased: "\x00" stops a final-sigma context
    one_line = joined.count("\x00") == n - 1 and "\n" not in joined
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    classes = _char_classes(joined, texts, starts)
    # Each character lower-cased to one, and a character of a word (\w) or not as before: a
    # text's words are its runs of \w, found in the page with one regex and counted per text
    # with the character classes (its words' letters are its \w characters).
    same_length = len(low) == len(joined)
    if one_line and same_length and not _CJK_CHAR.search(low):
        words = _WORD.findall(low)
        last = np.cumsum(classes[:, 6]).astype(np.intp)
        first = last - classes[:, 6].astype(np.intp)
    else:
        words, first, last = _words_by_text(texts)
    toks = [words[a:b] for a, b in zip(first.tolist(), last.tolist(), strict=True)]
    language = page_language(Counter(words))
    stop = stopwords(language) if language else frozenset()
    keys = [" ".join(ws) for ws in toks]
    seen = Counter(keys)
    lengths = np.array([len(t) for t in texts], dtype=np.float64)
    nw = (last - first).astype(np.float64)
    stops = _per_text(map(stop.__contains__, words), len(words), first, last)
    digits, upper, letters, punct, titled = (classes[:, k] for k in range(5))
    if same_length:
        letters_per_text = classes[:, 5]
    else:
        letters_per_text = _per_text(map(len, words), len(words), first, last)
    safe_len, safe_nw = np.maximum(lengths, 1), np.maximum(nw, 1)
    X = np.zeros((n, len(FEATURES)))
    X[:, _C["chars"]] = log1p(lengths)
    X[:, _C["words"]] = log1p(nw)
    X[:, _C["stopword_share"]] = stops / safe_nw
    X[:, _C["punctuation"]] = punct / safe_len
    X[:, _C["digits"]] = digits / safe_len
    X[:, _C["capitals"]] = upper / np.maximum(letters, 1)
    X[:, _C["title_words"]] = titled / safe_nw
    X[:, _C["mean_word"]] = letters_per_text / safe_nw
    X[:, _C["repeats"]] = np.array([seen[k] - 1 if k else 0 for k in keys], dtype=np.float64)
    X[:, _C["position"]] = np.arange(n) / (n - 1) if n > 1 else 0.0
    X[:, _C["char_position"]] = (np.cumsum(lengths) - lengths) / max(lengths.sum(), 1)
    X[:, _C["copyright"]] = _copyrights(low, starts, n)
    # A date has a digit (``\d``, which ``str.isdigit`` holds): only the texts with one are
    # searched, when lower-casing kept the page's length; not knowing which, the texts with
    # an ASCII digit or a character beyond ASCII, where other scripts' digits are. (Knowing
    # halves what is searched of a page dump: 0.35 -> 0.20 ms a text page.)
    some = has_digit if has_digit is not None else (digits > 0) | np.array([not t.isascii() for t in texts])
    if one_line and len(low) == len(joined) and not some.all():
        dated = np.flatnonzero(some)
        lows = low.split(_SEP)
        X[dated, _C["date_like"]] = _found(_DATE, _SEP.join([lows[i] for i in dated.tolist()]), None, len(dated))
    else:
        X[:, _C["date_like"]] = _found(_DATE, low, starts, n)
    sentence_end, lines, bullet = _C["sentence_end"], _C["lines"], _C["bullet"]
    # a text's end asked of each text (a search of the page for the ends cost three times as much)
    X[:, sentence_end] = [text.rstrip(_CLOSERS)[-1:] in _ENDS for text in texts]
    if one_line:  # each text's start is a "\x00" of the page (or its edge)
        hits = [m.start() for m in _BULLET_PAGE.finditer(_SEP + joined)]
        if hits:
            X[np.searchsorted(starts, hits, side="right") - 1, bullet] = 1.0
        X[:, lines] = 1.0
    else:
        for i, text in enumerate(texts):
            X[i, lines] = text.count("\n") + 1
            X[i, bullet] = bool(_BULLET.match(text))
    if one_line:  # the vocabulary's questions asked of the page at once
        widgets, sections, labels = vocabulary.page_marks(low, [len(t) for t in texts])
    else:
        widgets, sections, labels = _marks_by_text(texts)
    for i, widget in enumerate(widgets):
        if widget:
            X[i, _C[f"widget_{widget}"]] = 1.0
    for i, section in enumerate(sections):
        if section:
            X[i, _C[f"section_{section}"]] = 1.0
    X[:, _C["control_label"]] = labels
    return X, language, toks


def _marks_by_text(texts: list[str]) -> tuple[list[str | None], list[str | None], list[bool]]:
    """What :func:`cleaner.vocabulary.page_marks` gives, text by text."""
    widgets: list[str | None] = [None] * len(texts)
    sections: list[str | None] = [None] * len(texts)
    labels = [False] * len(texts)
    for i, text in enumerate(texts):
        length = len(text)
        if length <= vocabulary.SHORT_MAX:
            low = text.lower()
            widgets[i] = vocabulary.widget(low, length)
            if length <= vocabulary.SECTION_MAX:
                sections[i] = vocabulary.section(low)
                labels[i] = vocabulary.control_label(low)
    return widgets, sections, labels


_SEP = "\x00"
# A text that opens with a bullet, found in the page joined with "\x00": the same test as
# on each text alone (``_BULLET``).
_BULLET_PAGE = re.compile("\x00" + _BULLET.pattern[1:])


def _found(pattern: re.Pattern[str], page: str, starts: np.ndarray | None, n: int) -> np.ndarray:
    """Per text of ``page`` (``n`` texts joined with ``"\\x00"``; ``starts``: where each
    starts, found from the separators when None), 1.0 where a match of ``pattern`` starts."""
    out = np.zeros(n)
    hits = [m.start() for m in pattern.finditer(page)]
    if hits:
        if starts is None:
            starts = np.concatenate([[0], np.array([m.end() for m in _SEP_RE.finditer(page)], dtype=np.int64)])
        out[np.searchsorted(starts, hits, side="right") - 1] = 1.0
    return out


_SEP_RE = re.compile(_SEP)


def _copyrights(page: str, starts: np.ndarray, n: int) -> np.ndarray:
    """What ``_found(_COPYRIGHT, page, starts, n)`` gives (1.0 for a text where a match
    starts), from each word's and each "(c)"'s places: no match runs from one text into the
    next, so a text has a match where one of them starts in it."""
    hits = []
    for word in COPYRIGHT_WORDS:
        at = page.find(word)
        while at >= 0:
            hits.append(at)
            at = page.find(word, at + 1)
    at = page.find("(c)")
    while at >= 0:
        if _C_YEAR.match(page, at):
            hits.append(at)
        at = page.find("(c)", at + 1)
    out = np.zeros(n)
    if hits:
        out[np.searchsorted(starts, hits, side="right") - 1] = 1.0
    return out


def _words_by_text(texts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(the texts' words, where each text's words start and end in that list), text by text
    with :func:`tokens`."""
    toks = [tokens(t) for t in texts]
    sizes = np.array([len(ws) for ws in toks], dtype=np.int64)
    last = np.cumsum(sizes)
    return [w for ws in toks for w in ws], last - sizes, last


def _per_text(values, count: int, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Per text, the sum of its words' ``values`` (integers, one per word of the list)."""
    sums = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(np.fromiter(values, dtype=np.int64, count=count), out=sums[1:])
    return (sums[last] - sums[first]).astype(np.float64)


_PUNCT_CODES = np.array([ord(c) for c in _PUNCT_CHARS], dtype=np.uint32)


# Characters classed at once by :func:`_char_classes`: each holds some 40 bytes in its
# arrays (its code point, its classes, a row of seven counts), so a huge document (a 30 MB
# dump) is read in pieces of this many and those arrays stay some 10 MB. A page is one piece.
PIECE = 1 << 18


def _char_classes(joined: str, texts: list[str], starts: np.ndarray) -> np.ndarray:
    """Per text: digits, capitals, letters, punctuation marks, capitalised words, the
    characters of words (``\\w``) and their runs (counts). ``joined``: the texts joined with one character
    between them; ``starts``: where each starts. Read in pieces of :data:`PIECE` characters
    (each with the character before it, which says where a word or a run of ``\\w`` starts),
    each text's counts the sum of its parts in them."""
    ends = starts + np.array([len(t) for t in texts])
    if len(joined) <= PIECE:
        return _piece_classes(joined, 0, starts, ends).astype(np.float64)
    sums = np.zeros((len(texts), 7), dtype=np.int64)
    for lo in range(0, len(joined), PIECE):
        hi = min(lo + PIECE, len(joined))
        first = int(np.searchsorted(ends, lo, side="right"))  # the texts that end after lo
        last = int(np.searchsorted(starts, hi, side="left"))  # and start before hi
        if first < last:
            before = 1 if lo else 0
            part = _piece_classes(
                joined[lo - before : hi],
                before,
                np.clip(starts[first:last], lo, hi) - lo,
                ends[first:last].clip(lo, hi) - lo,
            )
            sums[first:last] += part
    return sums.astype(np.float64)


def _piece_classes(piece: str, before: int, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """:func:`_char_classes` of the texts at ``[starts, ends)`` of ``piece[before:]`` (its first
    ``before`` characters, none or one, only say what comes before), as integers."""
    cp = np.frombuffer(piece.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kind = _classes()[np.minimum(cp, _BEYOND)]
    in_word = (kind & _WORD_CHAR) != 0
    beyond = np.flatnonzero(cp >= _BEYOND)
    if len(beyond):  # asked of the characters themselves (a lone surrogate too)
        chars = cp[beyond].tobytes().decode("utf-32-le", "surrogatepass")
        in_word[beyond] = [_WORD.match(c) is not None for c in chars]
    letter = (kind & _LETTER) != 0
    upper = (kind & _UPPER) != 0
    word = (kind & (_LETTER | _DIGIT)) != 0
    start = letter.copy()
    start[1:] &= ~word[:-1]
    # the seven classes as the columns of one array (and a row of zeros past the end), summed
    # over each text's rows by one reduceat: a third less time than a running sum per class
    n = len(cp) - before
    columns = np.zeros((n + 1, 7), dtype=np.int32)
    columns[:-1, 0] = (kind[before:] & _DIGIT) != 0
    columns[:-1, 1] = upper[before:]
    columns[:-1, 2] = letter[before:]
    columns[:-1, 3] = (kind[before:] & _PUNCTUATION) != 0
    columns[:-1, 4] = upper[before:] & start[before:]
    columns[:-1, 5] = in_word[before:]
    columns[:-1, 6] = in_word[before:]
    columns[:-1, 6] &= ~np.concatenate([[False], in_word[:-1]])[
        before:
    ]  # a run of \w starts after a character that is not one
    bounds = np.empty(2 * len(starts), dtype=np.intp)
    bounds[0::2], bounds[1::2] = starts, ends  # rows [start, end) of each text, then the gap to the next
    sums = np.add.reduceat(columns, bounds, axis=0)[0::2]
    sums[starts == ends] = 0  # reduceat gives an empty text the row at its start
    return sums


_DIGIT, _UPPER, _LETTER, _PUNCTUATION, _WORD_CHAR = 1, 2, 4, 8, 16
_BEYOND = 0x10000  # every code point from here on is a letter without case (and asked whether it is \w)


@cache
def _classes() -> np.ndarray:
    """The character classes of every code point below ``_BEYOND``, and of all beyond it (the
    last entry), as bits: digits, capitals, letters (with or without case), punctuation, and
    the characters of words (``\\w``, as the words regex reads it; none beyond)."""
    cp = np.arange(_BEYOND + 1, dtype=np.uint32)
    word = np.zeros(_BEYOND + 1, dtype=bool)
    for m in _WORD.finditer(cp[:-1].tobytes().decode("utf-32-le", "surrogatepass")):  # every character below _BEYOND
        word[m.start() : m.end()] = True
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
    punct = np.isin(cp, _PUNCT_CODES)
    letter = upper | lower | other
    return (digit * _DIGIT + upper * _UPPER + letter * _LETTER + punct * _PUNCTUATION + word * _WORD_CHAR).astype(
        np.uint8
    )
