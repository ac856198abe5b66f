"""What a page's lines and blocks are counted under: candidate keys, from typed tokens.

A line is cut into tokens (:class:`Token`: words, capitalised runs, numbers, month and
weekday names, URLs, spaces, punctuation); its *shape* keeps the constant tokens and
writes the variable ones as ``<num>``, ``<cap>``, ... A line is counted under itself and
under every template group it may belong to (:func:`line_keys`), a block of several lines
under itself too (:func:`page_keys`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Literal, NamedTuple

import regex

from ...view import split_blocks

# Template lines are short: a header, credit or meta line. Longer lines are sentences of
# prose, where a shared shape is a coincidence (chosen from the seeds' and generated
# templates' longest meta lines, ~120 characters, with room to spare).
MAX_TEMPLATE_LINE = 200

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
_MONTH_SET = {m.lower() for m in MONTHS + MONTHS_SHORT}
_WEEKDAY_SET = {d.lower() for d in WEEKDAYS + WEEKDAYS_SHORT}

_TOKEN = regex.compile(
    r"""
    (?P<url>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<num>(?:(?<![^\s(])[+−-])?\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|h|[kKM])?\b)
  | (?P<word>[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?)
  | (?P<space>\s+)
  | (?P<punct>.)
""",
    regex.VERBOSE,
)

TokenKind = Literal["url", "num", "word", "month", "weekday", "cap", "space", "punct"]
# The kinds that are the variable parts of a template.
VARIABLE = {"num", "url", "month", "weekday", "cap"}
_PARTICLES = {"de", "da", "di", "du", "del", "der", "den", "van", "von", "la", "le", "bin", "al", "dos", "das"}
# A short label before a colon or a bar: words, apostrophes, hyphens, slashes and parentheses
# ("Check-in: after 3pm", "E-mail: ...", "P/E ratio: 14.2", "Writer(s): <names>", "Size (cm):
# 40"), as a form's or a panel's labels are written.
LABEL = regex.compile(r"^([^\W\d_][\w'’ /()-]{0,24}?)\s?[:|]\s+\S")
_TAIL_SEP = regex.compile(r"(?:\((?=[^()]*\)$)|(?<=[.!?]) (?=[^.!?]{3,60}$))")


class Token(NamedTuple):
    kind: TokenKind
    text: str


_SPACE = Token("space", " ")

KeyKind = Literal["shape", "first", "last", "label", "tail", "block", "line"]


class Key(NamedTuple):
    """A candidate key: what a line or block is counted under on each page.

    ``parts`` by kind: ``line``/``block``: the exact text; ``shape``: the line's shape;
    ``first``: the first word and the shape of the rest ("By <cap>"); ``last``: the shape
    of all but the last word and the last word ("<cap> says:"); ``tail``: the shape of a
    caption's credit; ``label``: a short label before a colon ("Topics").
    """

    kind: KeyKind
    parts: tuple[str, ...]

    def digest(self, site: str) -> int:
        """64 bits of hash of the site and key: what pass 1 counts, instead of the text."""
        joined = "\x1f".join((site, self.kind, *self.parts))
        return int.from_bytes(hashlib.blake2b(joined.encode(), digest_size=8).digest(), "big")


WHOLE_BLOCK = -1  # the line index of a key that is a whole block


class Occurrence(NamedTuple):
    """Where a key occurs on a page: block index and line index (or WHOLE_BLOCK)."""

    key: Key
    block: int
    line: int


def tokens(line: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(line):
        kind = m.lastgroup
        text = m.group()
        if kind == "word":
            low = text.lower().rstrip(".")
            if low in _MONTH_SET:
                kind = "month"
            elif low in _WEEKDAY_SET:
                kind = "weekday"
            elif text[0].isupper():
                kind = "cap"
        out.append(Token(kind, text))
    return _merge_caps(out)


def _merge_caps(toks: list[Token]) -> list[Token]:
    """Runs of capitalised words (separated by single spaces) become one ``cap`` token."""
    out: list[Token] = []
    for tok in toks:
        if tok.kind == "cap" and len(out) >= 2 and out[-1] == _SPACE and out[-2].kind == "cap":
            out.pop()
            out[-1] = Token("cap", out[-1].text + " " + tok.text)
        elif tok.kind == "cap" and _after_particles(out):
            # "Van der Berg", "Ana de la Cruz": particles inside a name stay in the run.
            k = len(out)
            while out[k - 1] == _SPACE and out[k - 2].text in _PARTICLES:
                k -= 2
            words = [t.text for t in out[k:] if t.kind != "space"]
            del out[k - 1 :]
            out[-1] = Token("cap", " ".join([out[-1].text, *words, tok.text]))
        else:
            out.append(tok)
    return out


def _after_particles(out: list[Token]) -> bool:
    k = len(out)
    while k >= 2 and out[k - 1] == _SPACE and out[k - 2].text in _PARTICLES:
        k -= 2
    return k < len(out) and k >= 2 and out[k - 1] == _SPACE and out[k - 2].kind == "cap"


def shape(toks: list[Token]) -> str:
    return "".join(f"<{t.kind}>" if t.kind in VARIABLE else t.text for t in toks)


def line_keys(line: str) -> list[Key]:
    """The keys a line is counted under: itself, and the template groups it may belong to."""
    keys = [Key("line", (line,))]
    if len(line) > MAX_TEMPLATE_LINE:
        return keys
    toks = tokens(line)
    if any(t.kind in VARIABLE for t in toks):
        # Numbers, dates, URLs and names are the variable parts ("<name> is a columnist
        # for The Ledger"); a shape of names alone is refused when generalised.
        keys.append(Key("shape", (shape(toks),)))
    words = line.split()
    if len(words) >= 2:
        # The first word with the shape of the rest ("By <name>, <name>"); the shape of
        # all but the last word with the last ("<name> says:"). A number or a name is a
        # variable part, never the constant a group is keyed on.
        first, last = words[0], words[-1]
        if not first[0].isdigit():
            keys.append(Key("first", (first, shape(tokens(line[len(first) :])))))
        if not (last[0].isdigit() or last[0].isupper()):
            keys.append(Key("last", (shape(tokens(line[: len(line) - len(last)])), last)))
    found = credit(line)
    if found:
        keys.append(Key("tail", (shape(tokens(found)),)))
    m = LABEL.match(line)
    if m:
        keys.append(Key("label", (m.group(1),)))
    return keys


def credit(line: str) -> str | None:
    """A credit at the end of a caption line: "... on Sunday. (Photo: X/Reuters)" or "...
    on Sunday. Photo: X/Reuters". The caption varies; the credit has a template's shape."""
    cut = None
    for m in _TAIL_SEP.finditer(line):
        cut = m.start()
    if cut is None or cut < 10:
        return None
    tail = line[cut:].strip()
    return tail if len(tail) <= 80 and (":" in tail or "/" in tail or "©" in tail) else None


def page_keys(text: str) -> Iterator[Occurrence]:
    """Every candidate key in a page, where it occurs."""
    for block in split_blocks(text):
        if len(block.lines) > 1:
            yield Occurrence(Key("block", (block.text,)), block.index, WHOLE_BLOCK)
        for k, line in enumerate(block.lines):
            for key in line_keys(line.text.strip()):
                yield Occurrence(key, block.index, k)
