"""Language detection with langdetect: seeded, eager, on a bounded sample.

langdetect is random (it samples n-grams), so the factory is seeded for deterministic
results; its 55 profiles are loaded once per process, under a lock, at the first
detection (each n-gram's probabilities computed when first used, cleaner/langdetect_fast.py).
Detection cost grows with text length and the answer stops changing after a few hundred
characters, so only a sample of the body's longer paragraphs is used, read block by block
from the start (:func:`cleaner.view.block_texts`). The detector is langdetect's own with its two hot loops
made fast (cleaner/langdetect_fast.py), giving bit-identical probabilities.
"""

from __future__ import annotations

import threading

from .view import block_texts

SAMPLE_CHARS = 400  # langdetect is stable on news text from ~300 chars; 400 leaves margin
# langdetect's default is 7 random trials per text. On the 181 benchmark pages 3 trials on
# 400 characters give the same language as 7 trials on 600 for every page, at a third of
# the cost (langdetect was three quarters of the text pipeline's time on HTML input).
TRIALS = 3
MIN_BLOCK = 40  # shorter blocks are mostly labels, dates and names

_lock = threading.Lock()
_factory = None


def _init():
    """The process's langdetect factory (profiles loaded, seed 0), made on first use."""
    global _factory
    with _lock:
        if _factory is None:
            from langdetect import DetectorFactory

            from .langdetect_fast import load_factory

            DetectorFactory.seed = 0
            _factory = load_factory()
        return _factory


def sample(text: str, limit: int = SAMPLE_CHARS) -> str:
    """Up to ``limit`` characters from the text's longer blocks, in document order."""
    parts, size = [], 0
    for block in block_texts(text):
        if len(block) >= MIN_BLOCK:
            parts.append(block[: limit - size])
            size += len(parts[-1])
            if size >= limit:
                break
    if not parts:
        return text[:limit]
    return "\n".join(parts)


def detect(text: str) -> tuple[str | None, float | None]:
    """(language code, probability) of ``text``, or (None, None) when there is nothing to go on."""
    probe = sample(text)
    if not any(c.isalpha() for c in probe):
        return None, None
    factory = _init()
    from langdetect.lang_detect_exception import LangDetectException

    from .langdetect_fast import FastDetector  # numpy and langdetect: loaded on the first detection

    try:
        detector = FastDetector(factory)
        detector.n_trial = TRIALS
        detector.append(probe)
        langs = detector.get_probabilities()
    except LangDetectException:
        return None, None
    if not langs:
        return None, None
    return langs[0].lang, round(langs[0].prob, 4)


def among(language: str | None, codes: tuple[str, ...]) -> bool:
    """Whether a detected ``language`` is one of ``codes``: by its code, or by its code without
    the region langdetect gives Chinese (``zh`` names ``zh-cn`` and ``zh-tw``; ``zh-tw``
    names only itself), as a user asking for a language means all of it."""
    if language is None:
        return False
    return language in codes or language.partition("-")[0] in codes
