"""Learning site rules from a scraped folder: the noise of a site repeats, its articles do not.

``cleaner rules learn`` groups documents by site (the same resolution as ``clean``) and,
per site, finds the lines and blocks that recur across pages:

- **exact repeats**: a line or a whole block that is the same on many pages (a copyright
  line, a newsletter box);
- **templated repeats**: lines that share a shape and differ only in variable parts
  (numbers, dates, month and weekday names, names, URLs), generalised into a pattern:
  "Publication date: Friday 28 August 2020" and "... Wednesday 12 August 2020" give
  ``Publication date: (?:Monday|...) \\d+ (?:January|...) \\d+``. Lines are grouped by
  their shape, by their first word and the shape of the rest ("By <name>"), by their
  last word and the shape before it ("<name> says:"), by a short label before a colon
  ("Topics: <free text>"), and by a credit ending a caption line ("... (Photo: <name>/
  <agency>)"). A line that is only a date is proposed only if it is always in the header
  zone, and then with a ``position`` condition;
- **page-specific text next to the noise**: in each page the article body reaches from
  the first to the last run of uncovered blocks that holds prose (a long block, or a
  sentence to start it). Runs of short uncovered blocks outside it, in the header or
  footer zone (a title between header lines, comments between "X says:" lines), become a
  window of the rule next to them; inside the body only a one-block slot qualifies (a
  caption above its credit line), and only when it is shorter than the site's median
  article paragraph on nearly every page.

Each candidate is kept only when at least ``min_pages`` pages and ``min_share`` of the
site's pages support it, and is written as a normal rule (``line``, ``block`` or
``anchor``) with its evidence under ``learned:`` (support, pages, zone, category guess and
why, notes where unsure) and examples taken from the pages. Every example is checked by
running the rule alone (:func:`cleaner.tools.examples.check_rule`), so the file passes
``cleaner rules test``.

The corpus is read three times and never held in memory: pass 1 counts, per site, on how
many pages each candidate key occurs, keeping one 64-bit hash and one packed count per
distinct key (no text); pass 2 collects members (at most ``MAX_MEMBERS`` texts each),
pages and positions only for keys that passed the thresholds; pass 3 labels each page
with the proposals, to find zones and windows (paragraph lengths go into a histogram).
Memory grows with the number of distinct candidate keys, not with the corpus's text.
"""

from __future__ import annotations

import gzip
import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import regex
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from ..errors import DecodeError, ExtractionError
from ..io.reading import iter_docs, read_text
from .examples import check_rule
from ..inputs import InputDoc
from ..errors import RuleFileError
from ..rules.book import Rulebook, dump_rule_file
from ..rules.validate import parse_rule_file
from ..steps import steps
from ..view import split_blocks

# Template lines are short: a header, credit or meta line. Longer lines are sentences of
# prose, where a shared shape is a coincidence (chosen from the seeds' and generated
# templates' longest meta lines, ~120 characters, with room to spare).
MAX_TEMPLATE_LINE = 200
# A block this long is prose: the body region of a page spans from the first to the last
# run of uncovered blocks holding one, and windows never take one. Titles, sections,
# captions and short comments stay below it. Only a fifth of the benchmark's article
# paragraphs reach it (median 140 characters), but nearly every article has one; the
# runs before the first and after the last are what zones (and windows) are made of.
PROSE_BLOCK = 300
# A one-block slot inside the article (a caption above its credit line) is short.
MAX_SLOT_BLOCK = 250
# ... and sits next to the rule on nearly every page: where a short article ends right at
# the caption, the caption is part of the article's run (one page in five allowed).
SLOT_SHARE = 0.8
SLOT_SHARE_SHORT = 0.9
# A slot takes text from inside the article, so it needs more evidence than a zone: on
# 3 pages, short paragraphs of similar length next to an ad happen by chance.
MIN_SLOT_PAGES = 4
# A line rule takes its whole block when the block is this short (and has at most three
# lines): a caption with its credit, a commenter's name with the date; never a paragraph.
BLOCK_MODE_MAX = 400
MAX_MEMBERS = 200  # distinct member texts kept per template candidate (for the pattern)
MAX_LISTED_PAGES = 10  # pages named in a rule's evidence; the count is always complete

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
_MONTH_SET = {m.lower() for m in MONTHS + MONTHS_SHORT}
_WEEKDAY_SET = {d.lower() for d in WEEKDAYS + WEEKDAYS_SHORT}

_TOKEN = regex.compile(r"""
    (?P<url>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<num>\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|h)?\b)
  | (?P<word>[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?)
  | (?P<space>\s+)
  | (?P<punct>.)
""", regex.VERBOSE)

# Regexes for the variable parts of a template (what a differing token becomes).
_CLASS_RE = {
    "num": r"\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|am|pm|h)?",
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
    ("copyright", ("©", "copyright", "all rights reserved", "(c) ", "reproduction")),
    ("donation", ("donat", "donor", "support our", "support us", "support independent", "chip in", "patreon",
                  "contribut", "fund our", "funded by readers")),
    ("newsletter", ("newsletter", "subscribe", "sign up", "inbox", "mailing list")),
    ("cookie", ("cookie",)),
    ("comments", ("comment", "reply", " says:", " wrote:", "leave a", "discussion")),
    ("caption", ("photo", "image", "picture", "credit", "getty", "illustration", "afp", "reuters")),
    ("share", ("share", "tweet", "facebook", "whatsapp", "linkedin", "email this", "print this")),
    ("ad", ("advertisement", "sponsored", "advertis")),
    ("related", ("related", "read more", "read also", "more from", "you may also", "recommended")),
    ("footer", ("about us", "contact", "privacy", "terms of", "imprint", "impressum")),
    ("metadata", ("published", "updated", "posted", "publication", "by ", "author", "date", "filed under", "tags")),
    ("navigation", ("home", "menu", "news from", "section", "next", "previous", "back to", "»", "›", " | ")),
]


class LearnError(ValueError):
    """Learning cannot run (bad options); the CLI exits with code 2."""


@dataclass(slots=True)
class LearnOptions:
    # Three pages is the smallest support where a repeat is a pattern rather than a
    # coincidence of two pages quoting each other; --min-pages 2 is for tiny samples.
    min_pages: int = 3
    # Noise that shows only on some pages (comment sections, captions) still recurs on a
    # good share of them; a line on 3 of 1,000 pages is a shared quotation, not a template.
    min_share: float = 0.25
    site: str | None = None


@dataclass(slots=True)
class Progress:
    phase: str  # count | collect | label | check
    done: int
    total: int | None


@dataclass(slots=True)
class SiteRules:
    """The learned rule file of one site, as YAML text, with what was left out and why."""

    site: str
    pages: int
    yaml: str
    rules: int
    skipped: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LearnResult:
    sites: list[SiteRules]
    docs: int = 0
    no_site: int = 0
    errors: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Reading documents as the rules see them


def _decoded(doc: InputDoc) -> str | None:
    """The text rules see for ``doc`` (an HTML page's extracted text), None if unreadable."""
    if doc.error:
        return None
    text = read_text(doc).text
    if doc.kind == "html":
        from ..html import read_page

        text = read_page(text, doc.url).text
    return text


def prepare(text: str, book: Rulebook, *, url: str | None = None, path: str | None = None) -> tuple[str | None, str]:
    """(site, text) with the text as rules see it: the pipeline's steps before the rules.

    The steps are the pipeline's own (:func:`cleaner.steps.steps`, up to the site's rules),
    so that learned patterns match the text the rules will run on.
    """
    from ..document import Document
    from ..judge import detect_form
    from ..pipeline import Options

    doc = Document(text, form=detect_form(text), options=Options(), rulebook=book, url=url, path=path)
    for step in steps():
        if step.name == "site-rules":
            break
        if step.applies(doc):
            doc.apply(step.find(doc))
    return doc.site.domain, doc.text


@dataclass(slots=True)
class _Page:
    ordinal: int
    id: str
    site: str
    text: str


def _pages(paths: list[Path], book: Rulebook, opts: LearnOptions, errors: list[str] | None,
           counter: list[int] | None = None) -> Iterator[_Page | None]:
    """Every readable document with a site (None for documents without one)."""
    ordinal = 0
    for doc in iter_docs(paths):
        try:
            text = _decoded(doc)
        except (DecodeError, ExtractionError, OSError, EOFError, gzip.BadGzipFile) as exc:
            text = None
            if errors is not None:
                errors.append(f"{doc.id}: {exc}")
        if text is None:
            if errors is not None and doc.error:
                errors.append(f"{doc.id}: {doc.error}")
            continue
        site, text = prepare(text, book, url=doc.url, path=doc.path)
        if site is None:
            yield None
            continue
        if opts.site and site != opts.site and not site.endswith("." + opts.site):
            continue
        ordinal += 1
        yield _Page(ordinal, doc.id, site, text)


# ---------------------------------------------------------------------------------------
# Candidate keys


def _tokens(line: str) -> list[tuple[str, str]]:
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
        out.append((kind, text))
    return _merge_caps(out)


def _merge_caps(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of capitalised words (separated by single spaces) become one ``cap`` token."""
    out: list[tuple[str, str]] = []
    for tok in tokens:
        if tok[0] == "cap" and len(out) >= 2 and out[-1] == ("space", " ") and out[-2][0] == "cap":
            out.pop()
            out[-1] = ("cap", out[-1][1] + " " + tok[1])
        elif tok[0] == "cap" and _after_particles(out):
            # "Van der Berg", "Ana de la Cruz": particles inside a name stay in the run.
            k = len(out)
            while out[k - 1] == ("space", " ") and out[k - 2][1] in _PARTICLES:
                k -= 2
            words = [t for kind, t in out[k:] if kind != "space"]
            del out[k - 1:]
            out[-1] = ("cap", " ".join([out[-1][1], *words, tok[1]]))
        else:
            out.append(tok)
    return out


def _after_particles(out: list[tuple[str, str]]) -> bool:
    k = len(out)
    while k >= 2 and out[k - 1] == ("space", " ") and out[k - 2][1] in _PARTICLES:
        k -= 2
    return k < len(out) and k >= 2 and out[k - 1] == ("space", " ") and out[k - 2][0] == "cap"


_PARTICLES = {"de", "da", "di", "du", "del", "der", "den", "van", "von", "la", "le", "bin", "al", "dos", "das"}


_VARIABLE = {"num", "url", "month", "weekday", "cap"}


def _shape(tokens: list[tuple[str, str]]) -> str:
    return "".join(f"<{k}>" if k in _VARIABLE else t for k, t in tokens)


_LABEL = regex.compile(r"^([^\W\d_][\w'’ ]{0,24}?)\s?[:|]\s+\S")


def line_keys(line: str) -> list[tuple[str, ...]]:
    """The keys a line is counted under: itself, and the template groups it may belong to."""
    keys: list[tuple[str, ...]] = [("line", line)]
    if len(line) > MAX_TEMPLATE_LINE:
        return keys
    toks = _tokens(line)
    if any(k in _VARIABLE for k, _ in toks):
        # Numbers, dates, URLs and names are the variable parts ("<name> is a columnist
        # for The Ledger"); a shape of names alone is refused when generalised.
        keys.append(("shape", _shape(toks)))
    words = line.split()
    if len(words) >= 2:
        # The first word with the shape of the rest ("By <name>, <name>"); the shape of
        # all but the last word with the last ("<name> says:"). A number or a name is a
        # variable part, never the constant a group is keyed on.
        first, last = words[0], words[-1]
        if not first[0].isdigit():
            keys.append(("first", first, _shape(_tokens(line[len(first):]))))
        if not (last[0].isdigit() or last[0].isupper()):
            keys.append(("last", _shape(_tokens(line[: len(line) - len(last)])), last))
    tail = _tail(line)
    if tail:
        keys.append(("tail", _shape(_tokens(tail))))
    m = _LABEL.match(line)
    if m:
        keys.append(("label", m.group(1)))
    return keys


_TAIL_SEP = regex.compile(r"(?:\((?=[^()]*\)$)|(?<=[.!?]) (?=[^.!?]{3,60}$))")


def _tail(line: str) -> str | None:
    """A credit at the end of a caption line: "... on Sunday. (Photo: X/Reuters)" or "...
    on Sunday. Photo: X/Reuters". The caption varies; the credit has a template's shape."""
    cut = None
    for m in _TAIL_SEP.finditer(line):
        cut = m.start()
    if cut is None or cut < 10:
        return None
    tail = line[cut:].strip()
    return tail if len(tail) <= 80 and (":" in tail or "/" in tail or "©" in tail) else None


def _hash(site: str, key: tuple[str, ...]) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join((site,) + key).encode(), digest_size=8).digest(), "big")


def _page_keys(text: str) -> Iterator[tuple[tuple[str, ...], int, int]]:
    """(key, block index, line index) for every candidate key in a page; -1: the whole block."""
    for block in split_blocks(text):
        if len(block.lines) > 1:
            yield ("block", block.text), block.index, -1
        for k, line in enumerate(block.lines):
            for key in line_keys(line.text.strip()):
                yield key, block.index, k


# ---------------------------------------------------------------------------------------
# Generalising a group of lines into a pattern


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
    tail = "".join(r"\s+" + regex.escape(w) for w in (split[0][len(split[0]) - suf:] if suf else []))
    return head + _CLASS_RE["name"] + tail


@dataclass(slots=True)
class Template:
    pattern: str
    literal: str  # the constant text of the pattern (for judging how specific it is)
    free: bool  # has a free-text part (".{1,N}")
    weak: bool = False  # nothing constant but a date: only with a header position


def generalise(members: list[str], label: str | None = None, tail: bool = False) -> Template | None:
    """A full-line pattern matching every member, variable parts typed; None if too vague.

    ``tail``: the members are caption lines ending in a credit; the credits are
    generalised and the caption before them becomes a bounded free part.
    """
    if tail:
        tails = [_tail(m) for m in members]
        if not all(tails):
            return None
        credit = generalise(tails)
        if credit is None or credit.weak or sum(ch.isalpha() for ch in credit.literal) < 2:
            return None  # "(<name>)" alone ends many an article sentence
        longest = max(len(m) - len(t) for m, t in zip(members, tails))
        return Template(".{1,%d}" % min(2 * longest, MAX_TEMPLATE_LINE) + credit.pattern, credit.literal, True)
    toks = [_tokens(m) for m in members]
    kinds = [[k for k, _ in t] for t in toks]
    template = _positionwise(toks, kinds[0]) if all(k == kinds[0] for k in kinds) else None
    if template is None and label is not None:
        tails = [m[len(label):] for m in members]
        sep = _common_prefix(tails)
        sep = sep[: len(sep) - len(sep.lstrip())] if not sep.strip() else regex.match(r"\s?[:|]\s*", sep).group()
        longest = max(len(t) for t in tails)
        # The free part is bounded: twice the longest seen, so a label can never swallow
        # a paragraph that happens to start like it.
        template = Template(regex.escape(label + sep) + ".{1,%d}" % min(2 * longest, MAX_TEMPLATE_LINE), label + sep,
                            True)
    if template is None:
        return None
    letters = sum(ch.isalpha() for ch in template.literal)
    symbols = sum(not ch.isalnum() and not ch.isspace() and ch not in ".,;'’" for ch in template.literal)
    if letters < 2 and not symbols:
        # All variable. A date alone ("Tuesday, 3 March 2021") is a header line on some
        # sites and the article's own date line on others: proposed only if it is always
        # in the header zone (see _write_site). A name alone would match any short title.
        if any(k in ("month", "weekday") for t in toks for k, _ in t):
            template.weak = True
            return template
        return None
    return template


def _positionwise(toks: list[list[tuple[str, str]]], kinds: list[str]) -> Template | None:
    """Members of one token shape: constant tokens literal, varying ones typed (or None)."""
    parts, literal = [], []
    for i, kind in enumerate(kinds):
        texts = [t[i][1] for t in toks]
        # Numbers, dates and URLs are variable by nature even when the pages seen agree
        # (all from August 2020): they are always generalised.
        if len(set(texts)) == 1 and kind not in ("num", "month", "weekday", "url"):
            parts.append(regex.escape(texts[0]) if kind != "space" else r"\s+")
            literal.append(texts[0])
        elif kind == "word" and all(t.islower() for t in texts):
            # A lower-case word that varies ("Category: health", "... inflation"): one
            # word, framed by the group's constant parts.
            parts.append(r"\p{Ll}[\p{L}'’-]*")
        elif kind in _VARIABLE:
            parts.append(_class_of(texts, kind))
            if kind == "cap":
                literal.append(_common_words(texts))
        else:
            return None
    return Template("".join(parts), "".join(literal), False)


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


def category_of(texts: Iterable[str]) -> tuple[str, str]:
    """(category, evidence) for a candidate from the words in its texts."""
    joined = " ".join(texts).lower()
    for category, words in CATEGORY_WORDS:
        hits = [w.strip() for w in words if w in joined]
        if hits:
            return category, "contains " + ", ".join(repr(h) for h in hits[:3])
    if joined.strip() and not any(ch.isalnum() for ch in joined):
        return "separator", "only punctuation"
    return "boilerplate", "no telling words; recurs across pages"


# ---------------------------------------------------------------------------------------
# The learner


@dataclass(slots=True)
class _Candidate:
    key: tuple[str, ...]
    pages: list[str] = field(default_factory=list)
    ordinals: list[int] = field(default_factory=list)  # page ordinals, aligned with ``pages``
    last: int = -1
    members: Counter = field(default_factory=Counter)
    instances: set = field(default_factory=set)  # (page ordinal, block index, line index)
    offsets: list[float] = field(default_factory=list)
    whole_block: bool = True  # the line is always a block on its own
    block_max: int = 0  # longest block the line sits in


@dataclass(slots=True)
class _Proposal:
    candidate: _Candidate
    kind: str  # line | block | anchor
    pattern: str | None  # regex (templates)
    literal: str | None  # exact text
    template: Template | None
    pages: list[str]
    instances: set
    category: str = "boilerplate"
    evidence: str = ""
    notes: list[str] = field(default_factory=list)
    zones: Counter = field(default_factory=Counter)
    # Per page, what lay next to it (see _window): (kind, blocks, longest block, neighbour length).
    before: list[tuple[str, int, int, int]] = field(default_factory=list)
    after: list[tuple[str, int, int, int]] = field(default_factory=list)
    compiled: Any = None
    block_mode: bool = False  # remove the whole (short) block the line sits in
    next_to: Counter = field(default_factory=Counter)  # id of the proposal in the next block -> pages
    paragraph_median: int = 0  # median length of the site's article paragraphs
    outside: list[str] = field(default_factory=list)  # lines it matches that are not among its members
    max_index: int = 0  # the furthest block from the top it was seen in

    @property
    def weak(self) -> bool:
        return self.template is not None and self.template.weak

    def matches_line(self, line: str) -> bool:
        if self.literal is not None:
            return line == self.literal
        return self.compiled.fullmatch(line) is not None


def learn(paths: Iterable[str | Path], book: Rulebook, options: LearnOptions | None = None,
          on_progress: Callable[[Progress], None] | None = None) -> LearnResult:
    """Propose one rule file per site from the documents under ``paths``."""
    opts = options or LearnOptions()
    if opts.min_pages < 1:
        raise LearnError("--min-pages must be at least 1")
    if not 0 <= opts.min_share <= 1:
        raise LearnError("--min-share must be a share between 0 and 1")
    paths = [Path(p) for p in paths]
    report = on_progress or (lambda p: None)
    result = LearnResult([])

    # Pass 1: on how many pages does each key occur (hashes and counts only).
    counts: dict[str, dict[int, int]] = {}
    site_pages: Counter = Counter()
    for page in _pages(paths, book, opts, result.errors):
        result.docs += 1
        if page is None:
            result.no_site += 1
            continue
        site_pages[page.site] += 1
        table = counts.setdefault(page.site, {})
        for key, _, _ in _page_keys(page.text):
            h = _hash(page.site, key)
            packed = table.get(h, 0)
            if packed & 0xFFFFFFFF != page.ordinal:
                table[h] = ((packed >> 32) + 1) << 32 | page.ordinal
        report(Progress("count", result.docs, None))
    total = result.docs
    needed = {site: max(opts.min_pages, math.ceil(opts.min_share * n)) for site, n in site_pages.items()}
    keep = {site: {h for h, packed in table.items() if packed >> 32 >= needed[site]} for site, table in counts.items()}
    del counts

    # Pass 2: members, pages and positions of the keys that passed.
    cands: dict[str, dict[int, _Candidate]] = {site: {} for site in keep}
    for k, page in enumerate(_pages(paths, book, opts, None), 1):
        report(Progress("collect", k, total))
        if page is None or not keep.get(page.site):
            continue
        wanted, table = keep[page.site], cands[page.site]
        blocks = split_blocks(page.text)
        size = max(1, len(page.text))
        for key, b, line_no in _page_keys(page.text):
            h = _hash(page.site, key)
            if h not in wanted:
                continue
            c = table.get(h)
            if c is None:
                c = table[h] = _Candidate(key)
            block = blocks[b]
            member = block.text if line_no < 0 else block.lines[line_no].text.strip()
            if c.last != page.ordinal:
                c.last = page.ordinal
                c.pages.append(page.id)
                c.ordinals.append(page.ordinal)
                c.offsets.append(round(block.start / size, 3))
            if len(c.members) < MAX_MEMBERS or member in c.members:
                c.members[member] += 1
            c.instances.add((page.ordinal, b, line_no))
            if line_no >= 0 and len(block.lines) > 1:
                c.whole_block = False
            c.block_max = max(c.block_max, len(block.text))

    proposals = {site: _propose(cands[site], needed[site]) for site in sorted(cands)}

    # Pass 3: label every page with the proposals: zones, windows, and a body sample.
    samples: dict[str, str] = {}
    paragraphs: dict[str, Counter] = {}
    for k, page in enumerate(_pages(paths, book, opts, None), 1):
        report(Progress("label", k, total))
        if page is None or not proposals.get(page.site):
            continue
        _label_page(page, proposals[page.site], samples, paragraphs.setdefault(page.site, Counter()))
    for site, props in proposals.items():
        median = _median(paragraphs.get(site, Counter()))
        for p in props:
            p.paragraph_median = median

    for site in proposals:
        _units(proposals[site])
    for n, site in enumerate(sorted(proposals), 1):
        report(Progress("check", n, len(proposals)))
        if not proposals[site]:
            continue
        result.sites.append(_write_site(site, site_pages[site], proposals[site], samples.get(site)))
    return result


def _propose(table: dict[int, _Candidate], needed: int) -> list[_Proposal]:
    """Turn candidates into proposals: templates first (they cover most), then exact repeats."""
    order = {"shape": 0, "first": 1, "last": 2, "label": 3, "tail": 4, "block": 5, "line": 6}
    # Widest support first (a "Topics: ..." label over its variants with 2, 3, 4 topics),
    # then the most specific kind (typed shapes before free labels before exact repeats).
    cands = sorted(table.values(), key=lambda c: (-len(c.pages), order[c.key[0]], c.key))
    covered: set = set()
    out: list[_Proposal] = []
    for c in cands:
        kind = c.key[0]
        fresh = {i for i in c.instances if i not in covered and (i[0], i[1], -1) not in covered}
        if len({i[0] for i in fresh}) < needed:
            continue
        on = {i[0] for i in fresh}
        pages = [doc for o, doc in zip(c.ordinals, c.pages) if o in on]  # support: pages not taken yet
        if kind in ("block", "line"):
            literal = c.key[1]
            if kind == "line" and not literal:
                continue
            p = _Proposal(c, "block" if kind == "block" else "line", None, literal, None, pages, fresh)
        else:
            members = sorted(c.members)
            if len(members) < 2:
                continue  # every member the same: the exact-line candidate covers it
            template = generalise(members, c.key[1] if kind == "label" else None, tail=kind == "tail")
            if template is None:
                continue
            p = _Proposal(c, "line", template.pattern, None, template, pages, fresh)
            p.compiled = regex.compile(template.pattern)
            if not all(p.compiled.fullmatch(m) for m in members):
                continue  # the generalisation lost a member: a bug, never a rule
            if template.free:
                p.notes.append("the free-text part is generalised from the members; check it cannot match article text")
            if kind == "tail":
                p.notes.append("removes the whole line: the caption before the credit varies from page to page")
        p.category, p.evidence = category_of(c.members)
        out.append(p)
        covered |= fresh
    return out


def _median(histogram: Counter) -> int:
    """The median of a histogram of lengths in tens of characters (0 if empty)."""
    total, seen = sum(histogram.values()), 0
    for bucket in sorted(histogram):
        seen += histogram[bucket]
        if 2 * seen >= total:
            return bucket * 10
    return 0


def _label_page(page: _Page, proposals: list[_Proposal], samples: dict[str, str], paragraphs: Counter) -> None:
    blocks = split_blocks(page.text)
    owner: list[_Proposal | None] = []
    for block in blocks:
        found = None
        if any(p.kind == "block" and p.literal == block.text for p in proposals):
            found = next(p for p in proposals if p.kind == "block" and p.literal == block.text)
        else:
            per_line = []
            for k, line in enumerate(block.lines):
                text = line.text.strip()
                matching = [p for p in proposals if p.kind == "line" and p.matches_line(text)]
                for p in matching:
                    # A pattern must not reach beyond the lines it was learned from: such a
                    # line is text of one page the rule was never shown (checked per site).
                    if (page.ordinal, block.index, k) not in p.candidate.instances and len(p.outside) < 3:
                        p.outside.append(text)
                per_line.append(matching[0] if matching else None)
            if per_line and all(per_line):
                found = per_line[0]
            elif any(per_line) and len(block.text) <= BLOCK_MODE_MAX and len(block.lines) <= 3:
                # A matched line in a short block with other text (a credit under a
                # caption, a date under a commenter's name): the rule takes the block.
                found = next(p for p in per_line if p is not None)
                found.block_mode = True
        owner.append(found)
    # Runs of blocks no candidate covers. The body region reaches from the first run that
    # holds prose to the last: noise inside the article (an ad, a newsletter box) splits
    # the body into runs, and what lies between them is still the article.
    runs: list[tuple[int, int]] = []
    start = None
    for i, o in enumerate(owner + [object()]):
        if o is None and start is None:
            start = i
        elif o is not None and start is not None:
            runs.append((start, i))
            start = None
    if not runs:
        return
    # A run of several short paragraphs (twice a prose block in all) is article text too.
    prose = [(a, b) for a, b in runs if any(len(blocks[x].text) >= PROSE_BLOCK for x in range(a, b))
             or sum(len(blocks[x].text) for x in range(a, b)) >= 2 * PROSE_BLOCK]
    # The article may open with a short lead paragraph between two header blocks; a title
    # is not a sentence. So the body starts at the first run holding prose or a sentence.
    lead = [(a, b) for a, b in runs if (a, b) in prose or any(_sentence(blocks[x].text) for x in range(a, b))]
    if prose:
        b0, b1 = min(lead[0][0], prose[0][0]), prose[-1][1]
    else:
        b0, b1 = max(runs, key=lambda r: (sum(len(blocks[x].text) for x in range(*r)), -r[0]))
    for x in range(b0, b1):
        if owner[x] is None:
            paragraphs[len(blocks[x].text) // 10] += 1  # a histogram: memory stays bounded
    if page.site not in samples:
        longest = max((blocks[i].text for i in range(b0, b1) if owner[i] is None), key=len)
        sentence = regex.match(r".{40,240}?[.!?](?=\s|$)", longest, regex.S)
        samples[page.site] = (sentence.group() if sentence else longest[:240]).strip()
    for i, p in enumerate(owner):
        if p is None:
            continue
        if i + 1 < len(owner) and owner[i + 1] is not None and owner[i + 1] is not p:
            p.next_to[id(owner[i + 1])] += 1
        zone = "header" if i < b0 else "footer" if i >= b1 else "body"
        p.zones[zone] += 1
        p.max_index = max(p.max_index, i)
        if p.weak:
            continue  # a date alone: it separates runs, but takes no window
        for side in ("before", "after"):
            j = i - 1 if side == "before" else i + 1
            seen = getattr(p, side)
            if not 0 <= j < len(owner) or owner[j] is not None:
                seen.append(("none", 0, 0, 0))
                continue
            a, b = next(r for r in runs if r[0] <= j < r[1])
            if zone == "body":
                # Inside the article, only a slot of one short block next to the rule (a
                # caption above its credit line) can be the template's.
                seen.append(("slot", 0, len(blocks[j].text), len(blocks[j].text)))
            elif b0 <= a < b1:
                # The article itself is next to this header or footer block.
                seen.append(("bad", 0, len(blocks[j].text), len(blocks[j].text)))
            else:
                seen.append(("zone", b - a, max(len(blocks[x].text) for x in range(a, b)), len(blocks[j].text)))


_SENTENCE = regex.compile(r"[.!?…][\"”’)\]]?$")


def _sentence(text: str) -> bool:
    """A full sentence of some length: article text, where a title or a label is not."""
    # 12 words: longer than nearly every headline and label, shorter than most sentences.
    return len(text.split()) >= 12 and _SENTENCE.search(text) is not None


def _units(proposals: list[_Proposal]) -> None:
    """Rules whose blocks follow each other on (nearly) every page form one unit: "PS:" and
    the donation appeal under it. A member without telling words takes the unit's category."""
    by_id = {id(p): p for p in proposals}
    parent = {id(p): id(p) for p in proposals}

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for p in proposals:
        for qid, n in p.next_to.items():
            q = by_id[qid]
            # Adjacent on 80% of the pages where both occur: allows a page with one of them missing.
            if n >= 0.8 * min(len(p.pages), len(q.pages)):
                parent[root(id(p))] = root(qid)
    groups: dict[int, list[_Proposal]] = {}
    for p in proposals:
        groups.setdefault(root(id(p)), []).append(p)
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: sorted(m.candidate.offsets)[len(m.candidate.offsets) // 2])
        known = [m for m in members if m.category != "boilerplate"]
        for m in members:
            m.notes.append(f"one of {len(members)} consecutive blocks that recur together")
            if m.category == "boilerplate" and known:
                m.category = known[0].category
                m.evidence = f"recurs right next to a {known[0].category} block ({known[0].evidence})"


def _window(p: _Proposal, side: str) -> dict[str, int] | None:
    """The window on ``side`` of a rule, from what lay next to it on every page.

    Records per page, (kind, blocks, longest block, neighbour length): ``none`` (another
    rule's block or the document's edge is next to it), ``zone`` (a run of short blocks in
    the header/footer zone), ``slot`` (a block inside the article), ``bad`` (the article
    itself is next to it).
    """
    seen = getattr(p, side)
    kinds = {k for k, _, _, _ in seen}
    if not seen:
        return None
    counts = [n for k, n, _, _ in seen if k == "zone"]
    if kinds <= {"zone", "none"} and counts:
        # Header or footer zone on every page (a title; a section and a title; the comments
        # under a "Comments" heading): as many blocks as the widest run seen, each up to
        # 1.5 times the longest seen (titles and comments vary in length). Zones hold no
        # prose and no sentence-like lead, so the article is not in them.
        longest = max(m for _, _, m, _ in seen)
        return {"blocks": max(counts), "max_length": min(PROSE_BLOCK, int(longest * 1.5) + 20)}
    slots = sum(1 for k, _, _, _ in seen if k in ("zone", "slot"))
    if slots >= MIN_SLOT_PAGES and slots >= SLOT_SHARE * len(seen):
        # One block next to the rule on (nearly) every page (a caption above its credit
        # line), shorter than the site's median article paragraph on 90% of them: a
        # paragraph that happens to sit next to in-article noise (an ad) is longer than the
        # median half of the time, so four such pages pass by chance once in sixteen, and
        # more pages almost never. The window never takes a block above that median.
        lengths = sorted(m for _, _, _, m in seen)
        limit = min(MAX_SLOT_BLOCK, p.paragraph_median)
        short = [m for m in lengths if m < limit]
        if len(short) >= SLOT_SHARE_SHORT * len(lengths):
            return {"blocks": 1, "max_length": min(limit, int(short[-1] * 1.5) + 20)}
    return None


# ---------------------------------------------------------------------------------------
# Writing a site's rule file


def _rule_map(rid: str, p: _Proposal, n_pages: int, examples: tuple[list, list]) -> CommentedMap:
    c = p.candidate
    r = CommentedMap()
    r["id"] = rid
    before, after = _window(p, "before"), _window(p, "after")
    kind = p.kind
    if before or after:
        kind = "anchor"
    elif p.block_mode and p.kind == "line":
        kind = "block"
    r["kind"] = kind
    r["category"] = p.category
    zone = _zone(p)
    what = {"block": "exact block", "line": "exact line"}.get(c.key[0], "templated line")
    r["description"] = f"Learned: {what} on {len(p.pages)} of {n_pages} pages ({zone})."
    if kind == "block" and p.kind == "line":
        r["pattern"] = "(?m)^" + (regex.escape(p.literal) if p.literal is not None else f"(?:{p.pattern})") + "$"
        r["max_length"] = BLOCK_MODE_MAX
    elif kind == "anchor" and not c.whole_block:
        # The line shares its block with others (a name line above a date line): the
        # anchor is the block holding the line.
        r["pattern"] = "(?m)^" + (regex.escape(p.literal) if p.literal is not None else f"(?:{p.pattern})") + "$"
        r["max_length"] = min(PROSE_BLOCK, int(c.block_max * 1.5) + 20)
    else:
        r["match"] = "full"
        if p.literal is not None:
            r["literal"] = _scalar(p.literal)
        else:
            r["pattern"] = p.pattern
    if p.weak:
        # Two blocks of slack past the furthest seen: headers gain a line on some pages.
        r["position"] = CommentedMap([("first", p.max_index + 3)])
        r["position"].fa.set_flow_style()
    if before:
        r["before"] = CommentedMap(before)
        r["before"].fa.set_flow_style()
    if after:
        r["after"] = CommentedMap(after)
        r["after"].fa.set_flow_style()
    info = CommentedMap()
    info["support"] = len(p.pages)
    info["site_pages"] = n_pages
    info["pages"] = CommentedSeq(p.pages[:MAX_LISTED_PAGES])
    if len(p.pages) > MAX_LISTED_PAGES:
        info["more_pages"] = len(p.pages) - MAX_LISTED_PAGES
    info["zone"] = zone
    info["category_evidence"] = p.evidence
    if p.template is not None:
        info["variants"] = len(c.members)
    notes = list(p.notes)
    if p.category == "boilerplate":
        notes.append("category unsure: no telling words")
    if before or after:
        notes.append("the window also removes page-specific text next to this block (a title, caption or comments) "
                     "that lay outside the article body on every page seen")
    if p.weak:
        notes.append(f"a date alone: removed only among the first {p.max_index + 3} blocks, where it was always "
                     "in the header")
    if kind == "block" and p.kind == "line":
        notes.append(f"removes the short block (<= {BLOCK_MODE_MAX} characters) the line sits in, as seen on the pages")
    if notes:
        info["note"] = "; ".join(notes)
    r["learned"] = info
    ex = CommentedMap()
    ex["remove"] = CommentedSeq(_scalar(t) for t in examples[0])
    if examples[1]:
        ex["keep"] = CommentedSeq(_scalar(t) for t in examples[1])
    r["examples"] = ex
    return r


def _zone(p: _Proposal) -> str:
    if not p.zones:
        return "unknown zone"
    zone, n = p.zones.most_common(1)[0]
    share = n / sum(p.zones.values())
    return f"{zone} zone" if share == 1 else f"mostly {zone} zone ({share:.0%})"


def _scalar(text: str):
    return LiteralScalarString(text) if "\n" in text else text




def _file_map(site: str, n_pages: int, rules: list[CommentedMap]) -> CommentedMap:
    doc = CommentedMap()
    doc["description"] = (f"Rules learned by 'cleaner rules learn' from {n_pages} pages of {site}. "
                          "Review each rule (see 'learned:') before use.")
    scope = CommentedMap()
    scope["sites"] = CommentedSeq([site])
    scope["sites"].fa.set_flow_style()
    doc["scope"] = scope
    doc["rules"] = CommentedSeq(rules)
    return doc


def _sort_key(p: _Proposal) -> tuple:
    # Rules with windows last: a window stops at a block another rule has taken, so it
    # takes only the uncovered run next to its anchor, as on the pages it was learned from.
    windowed = bool(_window(p, "before") or _window(p, "after"))
    offsets = sorted(p.candidate.offsets)
    return (windowed, offsets[len(offsets) // 2], p.literal or p.pattern or "")


def _write_site(site: str, n_pages: int, proposals: list[_Proposal], sample: str | None) -> SiteRules:
    skipped: list[str] = []
    ordered = sorted(proposals, key=_sort_key)
    numbers: Counter = Counter()
    rules: list[CommentedMap] = []
    for p in ordered:
        if p.outside:
            skipped.append(f"{site}: {p.pattern or p.literal!r:.60} not proposed: it also matches lines outside "
                           f"its support, e.g. {p.outside[0][:80]!r}")
            continue
        if p.weak and set(p.zones) != {"header"}:
            where = ", ".join(sorted(p.zones)) or "no"
            skipped.append(f"{site}: a date-only line ({p.pattern[:40]}...) seen in the {where} zone: not proposed, "
                           "it may be the article's own date")
            continue
        numbers[p.category] += 1
        rid = f"{site}/learned-{p.category}-{numbers[p.category]}"
        members = sorted(p.candidate.members, key=lambda m: (-p.candidate.members[m], m))[:3]
        keep = [sample] if sample else []
        rule_map = _rule_map(rid, p, n_pages, (members, keep))
        rule_map = _checked(site, n_pages, rule_map, skipped)
        if rule_map is not None:
            rules.append(rule_map)
    text = dump_rule_file(_file_map(site, n_pages, rules))
    return SiteRules(site, n_pages, text, len(rules), skipped)


def _checked(site: str, n_pages: int, rule_map: CommentedMap, skipped: list[str]) -> CommentedMap | None:
    """The rule with only the remove examples it passes when run alone; None if it removes
    the article sample it must keep, or none of its own examples."""
    for _ in range(2):
        text = dump_rule_file(_file_map(site, n_pages, [rule_map]))
        try:
            rule = parse_rule_file(text, f"{site}.yaml").rules[0]
        except RuleFileError as exc:
            skipped.append(f"{rule_map['id']}: not a valid rule ({exc.problems[0]})")
            return None
        failures = check_rule(rule)
        if not failures:
            return rule_map
        bad = {f.case for f in failures}
        if any(c.startswith("keep") for c in bad):
            skipped.append(f"{rule_map['id']}: dropped, run alone it removes the article sample it must keep")
            return None
        ex = rule_map["examples"]
        ex["remove"] = CommentedSeq(t for k, t in enumerate(ex["remove"]) if f"remove[{k}]" not in bad)
        if not ex["remove"]:
            skipped.append(f"{rule_map['id']}: dropped, the rule does not remove its own examples when run alone")
            return None
    skipped.append(f"{rule_map['id']}: dropped, its examples still fail")
    return None


def write_rules(result: LearnResult, out_dir: Path) -> list[Path]:
    """Write each site's file as ``OUT/<site>.yaml`` (atomically); the paths written."""
    from ..io.atomic import write_atomic

    written = []
    for s in result.sites:
        target = out_dir / f"{s.site}.yaml"
        write_atomic(target, s.yaml)
        written.append(target)
    return written
