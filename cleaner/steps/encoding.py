"""Mojibake repair with ftfy, run only where the text can need it.

ftfy's default ``fix_text`` also restyles clean text (uncurls quotes, folds full-width
forms and ligatures, unescapes ``&amp;``), so the config below fixes encoding only.
ftfy is slow (about 3 MB/s on clean English, and its own badness check alone costs ~3 ms
on a 5 KB page), so a cheap pre-check picks the lines worth handing to it: mojibake is
always a Latin-1-range letter followed by a character that UTF-8 continuation bytes
turn into (U+0080-U+00BF or a cp1252 punctuation sign), or a C1 control character.
"""

from __future__ import annotations

import re
from functools import cache

from ..edits import Edit
from . import Step, StepRule

FIX_MOJIBAKE = StepRule(
    "fix-mojibake", "encoding", "repair", "Text decoded with the wrong encoding (mojibake) repaired by ftfy."
)
RULES = [FIX_MOJIBAKE]


@cache
def _config():
    """ftfy and its config, made on first use: importing ftfy costs ~35 ms, and most documents
    never get past the pre-check."""
    import ftfy

    return ftfy, ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


_CP1252_SIGNS = (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# What mojibake looks like: a Latin letter then a UTF-8 tail, or a C1 control or a lone
# surrogate. One pattern that begins with one character class, the first character of
# either, which re scans for in C (an alternation of classes is tried at every character:
# 0.5 ms against 0.1 ms on a 19 KB page, paid on every document with one non-ASCII letter);
# a look-behind says which of the two the character was. One scan of the page, where a
# scan for the class and then one for each kind read a page with accented letters three
# times (0.14 -> 0.10 ms a wcxb-dev text or markdown page).
_SUSPECT = re.compile(
    "[\u00c0-\u017f\u0080-\u009f\ud800-\udfff]"
    f"(?:(?<=[\u00c0-\u017f])[\u0080-\u00bf{_CP1252_SIGNS}]"  # a letter, then a UTF-8 tail
    "|(?<=[\u0080-\u009f\ud800-\udfff]))"  # C1 controls, lone surrogates
)


def _suspect(text: str) -> bool:
    """Whether ``text`` has a character sequence that mojibake leaves."""
    return _SUSPECT.search(text) is not None


def find(text: str) -> list[Edit]:
    if text.isascii() or not _suspect(text):
        return []
    ftfy, config = _config()
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        if not line.isascii() and _suspect(line):
            fixed = ftfy.fix_text(line, config)
            if fixed != line:
                a, b, c = _diff_span(line, fixed)
                edits.append(
                    Edit(
                        pos + a,
                        pos + b,
                        fixed[a:c],
                        FIX_MOJIBAKE.id,
                        FIX_MOJIBAKE.category,
                        FIX_MOJIBAKE.action,
                        f"mojibake {line[a:b][:40]!r} repaired to {fixed[a:c][:40]!r}",
                    )
                )
        pos += len(line) + 1
    return edits


def _diff_span(old: str, new: str) -> tuple[int, int, int]:
    """Smallest differing span: old[a:b] became new[a:c]."""
    a = 0
    limit = min(len(old), len(new))
    while a < limit and old[a] == new[a]:
        a += 1
    b, c = len(old), len(new)
    while b > a and c > a and old[b - 1] == new[c - 1]:
        b -= 1
        c -= 1
    return a, b, c


class Encoding(Step):
    name = "encoding"
    rules = tuple(RULES)

    def applies(self, doc) -> bool:
        return doc.options.fix_encoding

    def find(self, doc) -> list[Edit]:
        return find(doc.text)
