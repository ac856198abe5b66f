"""langdetect's Detector with its two hot loops made fast, giving the same answer to the last bit.

langdetect (pure Python) spends its time in two loops: normalising and windowing the text
one character at a time to get its n-grams, and multiplying 55 language probabilities one
by one for each n-gram drawn in the random trials. ``FastDetector`` is a subclass of
langdetect's ``Detector`` that keeps everything else: the factory's loaded profiles
(``word_lang_prob_map``, ``langlist``), the seed, ``random.Random`` and the order of its
draws, alpha, the thresholds and the result sorting. Only these loops change:

* **Text preparation** (``append``, ``cleaning_text``): the same steps with regular
  expressions instead of per-character loops, skipped where they cannot change the text.
* **N-grams** (``_extract_ngrams``): ``NGram.normalize`` is a function of one character
  (no context), so it becomes a ``str.translate`` table computed from ``NGram.normalize``
  itself. ``NGram``'s window resets at every space (the character after a space starts
  again from ``' '`` with ``capitalword`` false), and the text starts in that same state,
  so the n-grams of a text are the n-grams of its space-separated words, in order; only
  the last word lacks the n-grams its closing space would add if the text does not end
  with one. Each word's n-grams are kept in a bounded LRU cache, since words repeat in
  any text.
* **Profiles** (``load_factory``): langdetect's ``DetectorFactory.load_profile`` computes the
  55 probabilities of all 87,000 n-grams when it loads (0.2 s, most of a short command's
  start); ``load_factory`` reads the same profile files in the same order and computes an
  n-gram's list, with the same expression, the first time it is read.
* **Trials** (``_detect_block``): the same draws in the same order (one ``gauss`` per
  trial, one ``choice`` per iteration, over a sequence of the same length), with the
  55-wide update ``prob[i] *= weight + lang_prob_map[i]`` done by numpy, for the n-grams
  drawn up to the next convergence check at a time. Elementwise add, multiply and divide
  of float64 are the same IEEE operations whether numpy or Python does them, in the same
  order, so each value is bit-identical. The normalising sum stays Python's ``sum`` over Python
  floats, exactly as langdetect calls it (numpy's sum is pairwise and would differ in the
  last bits).

tests/test_language_fast.py checks ``get_probabilities()`` (languages and float
probabilities) against langdetect's own ``Detector`` on fixtures, multilingual sentences,
benchmark pages when present, and generated text, and the lazily computed profiles
against ``load_profile``'s, every n-gram's list of floats.
"""

from __future__ import annotations

import json
import os
import re
import threading
from functools import lru_cache
from itertools import chain

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

# Distinct words whose n-grams are kept. Every language's running text reuses a few
# thousand frequent words for most of its tokens, and a word missing from the cache costs
# ~10 us to take apart again, so the cache is large: an entry is a short word and a tuple of
# row numbers (the int objects of ``Profiles.rows``, shared), and 2**16 entries of random
# 3-10 letter words measured 35 MB, whatever the number of documents.
WORD_CACHE = 2**16
# Texts' last words, which lack their closing n-grams; one per text, so fewer are kept.
LAST_WORD_CACHE = 2**12

# Runs of the characters langdetect's cleaning_text counts as Latin ('A' <= ch <= 'z',
# which takes in [ \ ] ^ _ ` too) and as non-Latin: every ch >= U+0300. langdetect means to
# leave out the Latin Extended Additional block there, but compares unicode_block()'s
# integer with the block's name, a string, which is never equal, so that block counts as
# non-Latin too; the fast path counts what langdetect counts.
_LATIN = re.compile("[A-z]+")
_NON_LATIN = re.compile("[\u0300-\U0010ffff]+")
_SPACE_RUN = re.compile(" {2,}")


class NormalizeTable(dict):
    """``NGram.normalize`` as a ``str.translate`` table: entry ``cp`` is ``normalize(chr(cp))``,
    computed the first time ``translate`` meets the character and kept.

    Every character gets an entry, changed or not: a lookup that misses a plain dict raises
    inside ``translate``, and that doubled the cost of normalising Cyrillic, Greek or Arabic
    text. Filled on demand rather than for the 65,536 characters of the Basic Multilingual
    Plane up front (45 ms, a tenth of a short command's start), since a text uses a few
    hundred. The test checks it against ``normalize`` on all code points.
    """

    __slots__ = ()

    def __missing__(self, cp: int) -> str:
        ch = self[cp] = NGram.normalize(chr(cp))
        return ch


class ProbabilityMap(dict):
    """langdetect's ``word_lang_prob_map`` (n-gram -> its probability in each language) with
    every n-gram a key from the start and its list computed the first time it is read.

    ``in`` is a plain dict lookup and ``[]`` gives the list ``DetectorFactory.add_profile``
    would have stored: 0.0 where a profile lacks the n-gram, else ``1.0 * count /
    n_words[len - 1]`` for n-grams of 1 to 3 characters. Those two and ``len`` are all that
    langdetect's ``Detector`` and this module use; other dict methods see ``None`` for lists
    not read yet.
    """

    __slots__ = ("profiles", "langsize")

    def __init__(self, profiles: list[dict], langsize: int):
        super().__init__(dict.fromkeys(chain.from_iterable(p["freq"] for p in profiles)))
        self.profiles = profiles
        self.langsize = langsize

    def __getitem__(self, word: str) -> list[float]:
        probabilities = dict.__getitem__(self, word)
        if probabilities is None:
            probabilities = [0.0] * self.langsize
            length = len(word)
            if 1 <= length <= 3:
                for index, profile in enumerate(self.profiles):
                    count = profile["freq"].get(word)
                    if count is not None:
                        probabilities[index] = 1.0 * count / profile["n_words"][length - 1]
            dict.__setitem__(self, word, probabilities)
        return probabilities


def load_factory(directory: str = PROFILES_DIRECTORY) -> DetectorFactory:
    """A ``DetectorFactory`` as ``load_profile(directory)`` leaves it (the same files, in the
    same ``os.listdir`` order, the same ``langsize``), with a :class:`ProbabilityMap`."""
    files = os.listdir(directory)
    profiles = []
    for name in files:
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            profiles.append(json.load(f))
    langlist = [p["name"] for p in profiles]
    if len(set(langlist)) != len(langlist):
        raise LangDetectException(ErrorCode.DuplicateLangError, "Duplicate the same language profile.")
    factory = DetectorFactory()
    factory.langlist = langlist
    factory.word_lang_prob_map = ProbabilityMap(profiles, len(files))
    return factory


class Profiles:
    """What the fast path derives once from a loaded langdetect factory.

    Row ``rows[w]`` of ``matrix`` (n-grams x languages) holds n-gram ``w``'s list from
    ``word_lang_prob_map`` as float64. Rows are numbered and copied in the order texts
    first use their n-grams: the matrix is allocated zeroed for all 87,000 n-grams of the
    profiles (38 MB) but the OS maps its pages only when written, so a process that sees
    a few thousand n-grams keeps a few MB of it, packed at the start. Numbering takes a
    lock; a row is written before its number is published in ``rows``.
    """

    def __init__(self, factory):
        self.word_lang_prob_map = factory.word_lang_prob_map
        self.langlist = factory.langlist
        self.normalize = NormalizeTable()
        self.rows: dict[str, int] = {}
        self.ngrams: list[str] = []  # by row
        self.matrix = np.zeros((len(self.word_lang_prob_map), len(self.langlist)))
        self._lock = threading.Lock()
        self.word_rows = lru_cache(maxsize=WORD_CACHE)(self._word_rows)
        self.last_word_rows = lru_cache(maxsize=LAST_WORD_CACHE)(self._last_word_rows)

    def ngrams_of(self, word: str, closed: bool = True) -> list[str]:
        """The n-grams langdetect's ``_extract_ngrams`` yields for a normalised ``word``
        (no space in it) from a fresh window, with its closing space if ``closed``.

        In ``NGram`` the window after each character of ``" " + word + " "`` holds the
        last three characters (fewer at the start), and its 1-, 2- and 3-character tails
        are the candidates; ``capitalword`` holds when that character and the one before
        are both upper case, and then nothing is taken. The same written with slices: a
        new word costs ~5 us instead of ~9 us with ``NGram.add_char``, and misses of
        the word cache are most of the cost on pages a process has not seen.
        """
        known = self.word_lang_prob_map
        padded = " " + word + " " if closed else " " + word
        result = []
        upper = False  # the window starts as " "
        for i in range(1, len(padded)):
            was_upper, upper = upper, padded[i].isupper()
            if upper and was_upper:
                continue  # capitalword
            w = padded[i]
            if w != " " and w in known:  # the closing space alone is no n-gram
                result.append(w)
            w = padded[i - 1 : i + 1]
            if w in known:
                result.append(w)
            if i > 1:
                w = padded[i - 2 : i + 1]
                if w in known:
                    result.append(w)
        return result

    def rows_of(self, ngrams: list[str]) -> tuple[int, ...]:
        """The rows of ``ngrams``, copying the n-grams not seen before into the matrix."""
        rows = self.rows
        if any(w not in rows for w in ngrams):
            with self._lock:
                new = list(dict.fromkeys(w for w in ngrams if w not in rows))
                first = len(self.ngrams)
                self.matrix[first : first + len(new)] = [self.word_lang_prob_map[w] for w in new]
                self.ngrams += new
                rows.update(zip(new, range(first, first + len(new)), strict=True))
        return tuple([rows[w] for w in ngrams])

    def _word_rows(self, word: str) -> tuple[int, ...]:
        """The rows of one space-delimited word followed by its space."""
        return self.rows_of(self.ngrams_of(word))

    def _last_word_rows(self, word: str) -> tuple[int, ...]:
        """The rows of a text's last word when no space follows it."""
        return self.rows_of(self.ngrams_of(word, closed=False))


_profiles: Profiles | None = None
_profiles_lock = threading.Lock()


def profiles(factory) -> Profiles:
    """The fast path's tables for ``factory`` (langdetect's process-wide one), built once."""
    global _profiles
    with _profiles_lock:
        if _profiles is None or _profiles.word_lang_prob_map is not factory.word_lang_prob_map:
            _profiles = Profiles(factory)
        return _profiles


class FastDetector(Detector):
    """langdetect's ``Detector`` with the same results (``verbose`` tracing is not reproduced)."""

    text: str  # set by Detector.__init__ (langdetect is not typed)

    def __init__(self, factory):
        super().__init__(factory)
        self.profiles = profiles(factory)

    def append(self, text: str) -> None:
        """langdetect's ``append``: URLs and e-mail addresses blanked, Vietnamese
        normalised, the first ``max_text_length`` characters with runs of spaces made one.

        The address pattern has no literal to search for and costs more than the rest of
        the detection's preparation, so it runs only on text with an "@", without which it
        cannot match; likewise the Vietnamese marks (U+0300...) never occur in ASCII text.
        """
        text = self.URL_RE.sub(" ", text)
        if "@" in text:
            text = self.MAIL_RE.sub(" ", text)
        if not text.isascii():
            text = NGram.normalize_vi(text)
        self.text += _SPACE_RUN.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        """langdetect's ``cleaning_text``: drop the Latin letters of a mostly non-Latin text."""
        text = self.text
        if text.isascii():  # no non-Latin characters: nothing to drop
            return
        non_latin = sum(map(len, _NON_LATIN.findall(text)))
        latin = sum(map(len, _LATIN.findall(text)))
        if latin * 2 < non_latin:
            self.text = _LATIN.sub("", text)

    def _extract_rows(self) -> list[int]:
        """The profile rows of langdetect's n-grams of the text, word by word (see the
        module docstring)."""
        p = self.profiles
        words = self.text.translate(p.normalize).split(" ")
        last = words.pop()
        result = list(chain.from_iterable(map(p.word_rows, filter(None, words))))
        if last:  # the text does not end with a space: no closing n-grams
            result += p.last_word_rows(last)
        return result

    def _extract_ngrams(self) -> list[str]:
        """langdetect's n-grams of the text (the detector itself works on their rows)."""
        return [self.profiles.ngrams[r] for r in self._extract_rows()]

    def _detect_block(self) -> None:
        """langdetect's trials: the same random draws, the updates done 55 at a time.

        langdetect updates ``prob`` with one random n-gram per iteration and normalises
        it after iterations 0, 5, 10, ...; here the n-grams between two checks are drawn
        first (the draws do not depend on ``prob``), their rows taken from the matrix in
        one call and their factors ``weight + lang_prob_map[i]`` added in one call, then
        multiplied into ``prob`` one after the other as langdetect does: a product over
        the rows (axis 0) multiplies row by row in order, the same roundings as a loop of
        ``prob *= f`` in one call instead of five.
        """
        self.cleaning_text()
        rows = self._extract_rows()
        if not rows:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        matrix = self.profiles.matrix
        choice = self.random.choice  # draws an index from len(rows) alone, as on the n-grams
        langprob = np.zeros(len(self.langlist))

        self.random.seed(self.seed)
        for _ in range(self.n_trial):
            prob = np.array(self._init_probability(), dtype=float)
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            i, block = 0, 1  # iteration 0 is checked alone, then every 5th
            while True:
                factors = matrix.take([choice(rows) for _ in range(block)], axis=0)
                factors += weight
                factors[0] *= prob  # prob * f, the first product
                np.multiply.reduce(factors, axis=0, out=prob)  # then each next row, in order
                i += block - 1  # the iteration just done
                if self._normalize(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                    break
                i, block = i + 1, 5
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()

    @staticmethod
    def _normalize(prob: np.ndarray) -> float:
        """langdetect's ``_normalize_prob`` in place; returns the largest probability.

        The total is the builtin ``sum`` over Python floats, as langdetect calls it, so it
        is the same on any Python version (3.11 adds left to right, 3.12 compensates).
        The largest quotient is the largest value divided by the total (division is
        correctly rounded, hence monotonic), or the smallest when the total is negative,
        as it can be when ``alpha`` is near 0 or below and the gauss term makes a weight
        negative; langdetect starts its maximum at 0.0 and skips NaN, as ``max(0.0, ...)``.
        """
        values = prob.tolist()
        total = sum(values)
        if total == 0.0:
            raise ZeroDivisionError("float division by zero")  # what langdetect's loop raises
        prob /= total
        largest = max(values) if total > 0.0 else min(values)  # / total: the largest quotient
        return max(0.0, largest / total)
