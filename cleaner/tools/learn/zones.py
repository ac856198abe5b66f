"""Pass 3 of learning: each page labelled with its site's proposals, to find zones and windows.

In each page the article body reaches from the first to the last run of uncovered blocks
that holds prose (a long block, or a sentence to start it). Each proposal learns in which
zone it sits (header, body, footer) and what lies next to it (:class:`.candidates.Neighbour`);
from that, :func:`window` decides whether a rule also takes the page-specific text beside
it (a title between header lines, comments under "X says:" lines, a caption above its
credit line). :func:`units` joins proposals whose blocks follow each other on the pages.
"""

from __future__ import annotations

from collections import Counter
from typing import Literal

import regex

from ...view import Block, split_blocks
from ...vocabulary import control_label
from .candidates import NO_NEIGHBOUR, Neighbour, Proposal
from .keys import LABEL
from .pages import Page
from .prose import link_row, reads_like_prose, sentence
from .templates import category_of

# A rule right under the article on this share of its pages heads what follows it there.
ARTICLE_ABOVE_SHARE = 0.5
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
# Lines of a paragraph (or of one wrapped at 60 to 80 characters) are this long on average;
# a menu's or a list's items are shorter.
PARAGRAPH_LINE = 40
STATEMENT_END = regex.compile(r"[.…][\"”’)\]]?\s*$")
# One sentence ending inside a line and another starting after it: a word of lower-case
# letters, the sentence's mark, a space and a capital ("... by the river. What should I do?").
# Initials and abbreviations ("U.S. Senate", "Dr. Park") are capitals before the mark.
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?…][\"”’)\]]?\s+[\"“‘]?\p{Lu}")
# A window may take prose (comments under "X says:", a related story's summary, a
# caption) only next to a rule whose words say what that prose is. Text above a rule is
# that rule's only when the rule ends it: a comment above its "Reply", a caption above its
# credit. A share bar, a copyright line or a related link below a paragraph, and an ad's
# placeholder on either side of one, say nothing of it: in a short article, the paragraphs
# after an in-article ad lie outside its long paragraphs, where zones are found.
PROSE_WINDOW_CATEGORIES = {
    "after": frozenset({"comments", "related", "caption", "copyright", "donation", "newsletter", "cookie", "share"}),
    "before": frozenset({"comments", "caption"}),
}
# A block of this many lines or more, each marked as a list item ("* 2 eggs", "3. Whisk
# the eggs"), is a list. A template's list (a menu) is the same block on every page, taken
# whole by an exact block; a list whose items recur on other pages, but in other
# combinations, other orders or under other numbers, is the page's own (a recipe's
# ingredients and steps, a product's specifications, drawn from the words all such lists
# use): no rule takes its items, nor the list beside a rule's window.
LIST_ITEMS = 3
_LIST_ITEM = regex.compile(r"(?:[*+•·▪●–-]|\d{1,3}[.)])\s+\S")
# A rule next to such a list on this share of the pages where text lay next to it heads
# that list: it takes no window.
HEADS_LIST_SHARE = 0.5
# A block that is a figure alone, without a word: an amount, a count, a score ("$352,600",
# "4.5", "2–1"). A window takes what the template frames with words (a title, a caption, a
# comment); a page's figure between two rules is a datum of the page (a listing's price
# under its address), and a rule next to one on that share of its pages takes no window.
FIGURE = regex.compile(r"[\p{Sc}+−-]?\d[\d.,:/–-]*\s?\p{Sc}?")
# A block that is a datum of the page in a header run, not a title: a row of values
# between middle dots or bullets, none a sentence ("adjective · /ˈwɜːd/", "Light rain ·
# High 12°C · Low 3°C", "Day 2 · 10:30–11:10 · Main hall"), or a reference: a code of capitals
# and digits, alone or after one word ("GB2512345A", "PSD-104233", "Lot 212"). A headline is
# words, without such separators; a page's reference and its row of facts are its own. (A
# bar is a menu's separator: "Wire Copy | Politics" is the header's section.)
_VALUES_SEPARATOR = regex.compile(r"\s+[·•]\s+")
_REFERENCE = regex.compile(r"(?:\p{Lu}\p{Ll}*\.?\s+)?[\p{Lu}\d][\p{Lu}\d/#-]*\d[\p{Lu}\d/#-]*")
VALUE_ITEM_WORDS = 4


def datum(text: str) -> bool:
    """Whether a block is a datum of the page (see _VALUES_SEPARATOR): a row of values, a
    reference, or a figure alone (:data:`FIGURE`)."""
    text = text.strip()
    if "\n" in text:
        return False
    if FIGURE.fullmatch(text) or _REFERENCE.fullmatch(text):
        return True
    items = _VALUES_SEPARATOR.split(text)
    return len(items) >= 2 and all(
        0 < len(item.split()) <= VALUE_ITEM_WORDS and STATEMENT_END.search(item) is None for item in items
    )


# A block of this many lines or more, some of them exact repeats and some text no rule
# takes, is a box of the page's own (a character's infobox: "Species", "Human", "Status",
# and the actor's name under "Portrayed by"): its repeated lines are labels and common
# values of the page's fields. A menu is a block of the template's lines alone; a
# shorter block (a caption and its credit) is a rule's whole block (BLOCK_MODE_MAX).
BOX_LINES = 4
# ... with at least this many repeated lines, labels between the page's values: one
# repeated line over lines of the page's own is a box's heading ("LIVE SCORES" over the
# day's scores), which :func:`.regions.heads_own_text` and the box rules judge.
BOX_LABELS = 2
# ... and at most this many lines: a box a reader sees as one panel (an infobox of six
# labels and their values). A longer block is a page saved without blank lines between
# its parts (menus, text and footer in one block), where a menu's lines sit beside the
# page's text and are still the template's.
BOX_MAX_LINES = 12
# A line rule takes its whole block when the block is this short (and has at most three
# lines): a caption with its credit, a commenter's name with the date; never a paragraph.
BLOCK_MODE_MAX = 400


# A call to action: an imperative of a site's controls, with at most three words after it
# ("Book tickets", "Add to my schedule", "Register to bid", "Apply now", "Mark as complete",
# "Call 01632 960 400"), not a noun phrase ("Order of service", "Book of the month") nor a
# sentence. The judge's control labels list the commonest ("Add to basket", "Follow"); a
# site's own buttons name what it sells or books in words of their own.
_ACTION = regex.compile(
    r"(?:add|apply|back|book|buy|call|donate|download|edit|join|listen|mark|order|register|request|reserve|"
    r"save|sign|subscribe|track|watch)(?:\s+(?!of\b)[^\s.!?]+){0,3}",
    regex.I,
)


def button(line: str) -> bool:
    """Whether ``line`` is nothing but the label of a button or control: one of the judge's
    control labels (:func:`cleaner.vocabulary.control_label`), with a letter (a figure alone,
    "$99.95", is the page's, though the judge's labels include a count), or a call to action
    (:data:`_ACTION`), alone or first in a row of links ("Listen on Spotify · Apple Music"),
    two short items being a row: "Save this grant · Set a reminder" and "Apply now · Check
    your eligibility" above a listing's text are its controls, not a heading of the text
    (learn18, on learn_quality: noise removed 89.66% to 90.97% on the twelve written after
    round 17, 86.51% to 87.18% on the 36 written after rounds 14-17; no article figure
    moved). In a row, a call to action counts wherever it stands, and marks before a label
    ("▶ Listen live") are no words of it: "Get directions · Report a change · Add to my
    pubs" and "Replay this game · Download PGN" are rows of controls too (learn20, on
    learn_quality's 132 templates: noise removed 89.29% to 89.47% overall, about 681 more
    characters of noise, for about 11 more of article, a pub guide's 1.618% to 1.660%;
    learn_cost unchanged)."""
    text = line.strip()
    if not any(ch.isalpha() for ch in text):
        return False
    if control_label(text.lower()):
        return True
    text = _FILE_NOTE.sub("", text)
    items = [_LEAD.sub("", item) for item in regex.split(r"\s+[·|•]\s+", text)]
    if len(items) == 1:
        return _ACTION.fullmatch(items[0]) is not None
    return link_row(text, 2) and any(
        _ACTION.fullmatch(item) or (control_label(item.lower()) and any(ch.isalpha() for ch in item)) for item in items
    )


# A link's note of its file's type and size ("Download the decision (PDF, 479 KB)"): no words
# of the label.
_FILE_NOTE = regex.compile(r"\s*\((?:PDF|DOCX?|XLSX?|CSV|ODT|ODS|ZIP|EPUB|RTF)\b[^()]*\)$", regex.I)

# Marks before a control's label ("▶ Listen live", "» Book now"): not words of the label.
_LEAD = regex.compile(r"^[^\p{L}\p{N}]+")


def label_page(page: Page, proposals: list[Proposal], samples: dict[str, str], paragraphs: Counter[int]) -> None:
    """Record on each proposal its zone and neighbours on ``page``; add the page's article
    paragraph lengths to ``paragraphs`` (in tens of characters) and, for the first page of
    its site, a sentence of its article to ``samples``."""
    blocks = split_blocks(page.text)
    by_number = {p.number: p for p in proposals}
    owner: list[Proposal | None] = []
    line_owner: list[list[Proposal | None]] = []  # per block, the proposal taking each line
    listed: set[int] = set()  # proposals that took items of a list of the page's own
    own_lists: set[int] = set()  # the blocks that are such lists (or boxes of the page's own, BOX_LINES)
    boxed: set[int] = set()  # exact lines that sat in a box with lines no rule took
    fielded: set[int] = set()  # exact labelled lines that sat in a block with a field of the page
    for block in blocks:
        found: Proposal | None = None
        per_line: list[Proposal | None] = []
        if any(p.kind == "block" and p.literal == block.text for p in proposals):
            found = next(p for p in proposals if p.kind == "block" and p.literal == block.text)
            per_line = [found] * len(block.lines)
        else:
            for k, line in enumerate(block.lines):
                text = line.text.strip()
                matching = [p for p in proposals if p.kind == "line" and p.matches_line(text)]
                for p in matching:
                    # A pattern must not reach beyond the lines it was learned from: such a
                    # line is text of one page the rule was never shown (checked per site).
                    if (page.ordinal, block.index, k) not in p.candidate.instances and len(p.outside) < 3:
                        p.outside.append(text)
                per_line.append(matching[0] if matching else None)
            labels = [q.number for q in per_line if q is not None and q.literal is not None]
            if BOX_LINES <= len(block.lines) <= BOX_MAX_LINES and not all(per_line) and len(labels) >= BOX_LABELS:
                # A box of the page's own, like its lists: no window beside it takes it.
                boxed.update(labels)
                own_lists.add(block.index)
            if _own_list(block, per_line):
                # Its items are the page's own: no rule takes the block, and the proposals
                # that took some of its items are told (see :func:`.write.site_rules`).
                own_lists.add(block.index)
                listed.update(q.number for q in per_line if q is not None)
            elif per_line and all(per_line):
                found = per_line[0]
            elif any(per_line) and len(block.text) <= BLOCK_MODE_MAX and len(block.lines) <= 3:
                # A matched line in a short block with other text (a credit under a
                # caption, a date under a commenter's name): the rule takes the block,
                # unless the other text is a sentence of the page's own (_prose_beside).
                if not _prose_beside(block, per_line):
                    found = next(p for p in per_line if p is not None)
                    found.block_mode = True
        fielded.update(_beside_fields(block, per_line))
        for upper, lower in zip(per_line, per_line[1:], strict=False):
            if upper is not None and lower is not None and upper is not lower:
                lower.above[upper.number] += 1  # a box's heading over its text ("About the author")
        owner.append(found)
        line_owner.append(per_line)
    for number in listed:
        by_number[number].in_own_list += 1
    for number in boxed:
        by_number[number].in_own_box += 1
    for number in fielded:
        by_number[number].beside_fields += 1
    _frames(line_owner)
    # Runs of blocks no candidate covers. The body region reaches from the first run that
    # holds prose to the last: noise inside the article (an ad, a newsletter box) splits
    # the body into runs, and what lies between them is still the article.
    runs: list[tuple[int, int]] = []
    start = None
    for i, o in enumerate([*owner, object()]):
        if o is None and start is None:
            start = i
        elif o is not None and start is not None:
            runs.append((start, i))
            start = None
    if _article_repeated(blocks, line_owner):
        for number in {q.number for per_line in line_owner for q in per_line if q is not None}:
            by_number[number].shared_article += 1
    if not runs:
        _line_runs(line_owner, 0, 0)
        return
    # A run of several short paragraphs (twice a prose block in all) is article text too.
    # Text in lines of a few words (a menu of 70 items in one block) is not, however long.
    prose = [
        (a, b)
        for a, b in runs
        if any(len(blocks[x].text) >= PROSE_BLOCK and _paragraphs(blocks[x]) for x in range(a, b))
        or sum(len(blocks[x].text) for x in range(a, b) if _paragraphs(blocks[x])) >= 2 * PROSE_BLOCK
    ]
    # The article may open with a short lead paragraph between two header blocks; a title
    # is not a sentence. So the body starts at the first run holding prose or a sentence.
    lead = [(a, b) for a, b in runs if (a, b) in prose or any(sentence(blocks[x].text) for x in range(a, b))]
    if prose:
        b0, b1 = min(lead[0][0], prose[0][0]), prose[-1][1]
    else:
        b0, b1 = max(runs, key=lambda r: (sum(len(blocks[x].text) for x in range(*r)), -r[0]))
    for x in range(b0, b1):
        if owner[x] is None:
            paragraphs[len(blocks[x].text) // 10] += 1  # a histogram: memory stays bounded
    if page.site not in samples:
        # The longest line of the article that reads like prose; a page with none (a
        # product page of short lines) gives none, and the next page is tried.
        article = [ln.text.strip() for i in range(b0, b1) if owner[i] is None for ln in blocks[i].lines]
        sentences = [ln for ln in article if reads_like_prose(ln)]
        if sentences:
            longest = max(sentences, key=len)
            first = regex.match(r".{40,240}?[.!?](?=\s|$)", longest, regex.S)
            samples[page.site] = (first.group() if first else longest[:240]).strip()
    _line_runs(line_owner, b0, b1)
    in_body: Counter[int] = Counter()  # proposal number -> lines it took inside the article
    for i, per_line in enumerate(line_owner):
        if b0 <= i < b1:
            in_body.update({q.number for q in per_line if q is not None})
    for p in proposals:
        p.most_in_body = max(p.most_in_body, in_body[p.number])
    for i, here in enumerate(owner):
        if here is None:
            continue
        following = owner[i + 1] if i + 1 < len(owner) else None
        if following is not None and following is not here:
            here.next_to[following.number] += 1
        zone = "header" if i < b0 else "footer" if i >= b1 else "body"
        here.zones[zone] += 1
        here.max_index = max(here.max_index, i)
        here.max_from_end = max(here.max_from_end, len(owner) - 1 - i)
        if here.weak:
            continue  # a date alone: it separates runs, but takes no window
        for side in ("before", "after"):
            j = i - 1 if side == "before" else i + 1
            seen = here.neighbours(side)
            if not 0 <= j < len(owner):
                seen.append(NO_NEIGHBOUR)
                continue
            if (taken := owner[j]) is not None:
                seen.append(NO_NEIGHBOUR._replace(rule=taken.number))
                continue
            a, b = next(r for r in runs if r[0] <= j < r[1])
            own = _list(blocks[j]) or any(reads_like_prose(ln.text.strip()) for ln in blocks[j].lines)
            if not prose:
                # No article found by its prose (a product page of short lines): what lies
                # next to the block may be the page's own content. The page does not vote
                # for a window; the pages where the article was found decide.
                seen.append(NO_NEIGHBOUR._replace(blind=True))
            elif zone == "body":
                # Inside the article, only a slot of one short block next to the rule (a
                # caption above its credit line) can be the template's.
                seen.append(Neighbour("slot", 0, len(blocks[j].text), len(blocks[j].text), own=own))
            elif b0 <= a < b1:
                # The article itself is next to this header or footer block.
                seen.append(Neighbour("bad", 0, len(blocks[j].text), len(blocks[j].text), own=own))
            else:
                widest = max(len(blocks[x].text) for x in range(a, b))
                prose_run = any(
                    _prose_sentence(text := ln.text.strip()) or (zone == "header" and _sentences(text))
                    for x in range(a, b)
                    for ln in blocks[x].lines
                )
                own_list = any(x in own_lists for x in range(a, b))
                figure = any(FIGURE.fullmatch(blocks[x].text.strip()) for x in range(a, b))
                # The blocks of the run from this rule's side up to the first datum of the page.
                order = range(a, b) if side == "after" else range(b - 1, a - 1, -1)
                upto = next((n for n, x in enumerate(order) if datum(blocks[x].text)), b - a)
                # The rule beyond the run: above it (for the text before this block) or below it.
                k = a - 1 if side == "before" else b
                beyond = owner[k] if 0 <= k < len(owner) else None
                far = beyond.number if beyond is not None else -1
                seen.append(
                    Neighbour(
                        "zone",
                        b - a,
                        widest,
                        len(blocks[j].text),
                        prose_run,
                        own_list,
                        figure,
                        own=own,
                        far=far,
                        before_datum=upto,
                    )
                )


def _frames(line_owner: list[list[Proposal | None]]) -> None:
    """Record on each proposal of one page the proposals that took the lines right before
    and after the lines it took (its frame), once per page; a frame is of two proposals'
    lines (text no rule takes frames nothing)."""
    flat: list[Proposal | None] = []
    for per_line in line_owner:
        for p in per_line:
            if not flat or p is None or flat[-1] is not p:
                flat.append(p)
    seen: set[tuple[int, int, int]] = set()
    for k in range(1, len(flat) - 1):
        p, before, after = flat[k], flat[k - 1], flat[k + 1]
        if p is None or before is None or after is None:
            continue
        if (p.number, before.number, after.number) not in seen:
            seen.add((p.number, before.number, after.number))
            p.framed_by[(before.number, after.number)] += 1


def _line_runs(line_owner: list[list[Proposal | None]], b0: int, b1: int) -> None:
    """Record on the exact proposals (lines and blocks) of one page the zone of each line
    they took, which exact proposal took the next line, and the runs they sat in: a run is
    consecutive lines (blank lines between blocks do not break it) all taken by exact ones."""
    run: list[Proposal] = []
    pairs: set[tuple[int, int]] = set()
    shortest: dict[int, int] = {}  # proposal number -> its shortest run on this page
    seen: dict[int, Proposal] = {}

    def close() -> None:
        for p in run:
            seen[p.number] = p
            shortest[p.number] = min(shortest.get(p.number, 1 << 30), len(run))
        run.clear()

    for i, per_line in enumerate(line_owner):
        zone = "header" if i < b0 else "footer" if i >= b1 else "body"
        for p in per_line:
            if p is not None and p.literal is None:
                p.line_zones[zone] += 1
            if p is None or p.literal is None:
                close()
                continue
            p.line_zones[zone] += 1
            if run and run[-1] is not p:
                pairs.add((min(run[-1].number, p.number), max(run[-1].number, p.number)))
            run.append(p)
    close()
    for a, b in pairs:
        seen[a].line_next[b] += 1
        seen[b].line_next[a] += 1
    for number, n in shortest.items():
        seen[number].min_run = min(seen[number].min_run, n)


def _article_repeated(blocks: list[Block], line_owner: list[list[Proposal | None]]) -> bool:
    """Whether most of the page's prose is taken by exact repeats: its article is on other
    pages too (a page saved twice with another timestamp), not a template of the site."""
    total = repeated = 0
    for block, per_line in zip(blocks, line_owner, strict=True):
        for line, p in zip(block.lines, per_line or [None] * len(block.lines), strict=True):
            text = line.text.strip()
            if len(text) >= 40 and reads_like_prose(text):
                total += len(text)
                if p is not None and p.literal is not None:
                    repeated += len(text)
    return total > 0 and 2 * repeated > total


def _prose_beside(block: Block, per_line: list[Proposal | None]) -> bool:
    """Whether a line no rule took in ``block`` is a statement of prose (:func:`_prose_sentence`)
    while the rule that took another line of it does not say what that prose is (a caption
    above its credit, a comment under "X says:"): a status page's "Resolved" over the
    update's text, in one block, heads a sentence of the page's own, and its rule takes the
    line alone. A teaser's title above its "<n> miles · <grade>" ends without a full stop."""
    rules = [q for q in per_line if q is not None]
    if any(q.category in PROSE_WINDOW_CATEGORIES["before"] for q in rules):
        return False
    return any(q is None and _prose_sentence(ln.text.strip()) for ln, q in zip(block.lines, per_line, strict=True))


def _sentences(line: str) -> bool:
    """Prose of more than one sentence, however it ends (:data:`_SENTENCE_BREAK`): a reader's
    letter, "Dear Ruth, ... What should I do? – <name>, <town>", signed, without a full stop
    at its end. A title or a heading is one phrase; a list's item (a contents list's entry
    cut from the article's words) is no letter."""
    return _SENTENCE_BREAK.search(line) is not None and not _LIST_ITEM.match(line) and reads_like_prose(line)


def _prose_sentence(line: str) -> bool:
    """A statement of prose (the judge's measure, ending with a full stop): what a title, a
    heading or a label is not. Headlines end without one, or with "!" or "?" ("No to the
    police operation!"), so those two marks do not count here."""
    return STATEMENT_END.search(line) is not None and reads_like_prose(line)


def field_line(line: str) -> bool:
    """A labelled line ("Typical offer: BBC") whose label has no words that say what noise
    it is: a field, of the page or of the template, judged by its label alone, with its
    colon ("Previous owners:" is a label, not the two-word heading "Next match")."""
    m = LABEL.match(line)
    return m is not None and category_of([m.group(1) + ":"])[0] == "boilerplate"


def _beside_fields(block: Block, per_line: list[Proposal | None]) -> set[int]:
    """The exact labelled lines (:func:`field_line`) of ``block`` that share it with a field
    whose value no exact line takes: a value that changes from page to page ("Typical offer:
    BBC", no rule or a pattern over its values). Such a block is a panel of the page's
    fields, and a labelled line in it is one of them, however constant its value ("GCSE:
    English and Maths at grade 4 or above", the same on every course's page). So is a
    templated labelled line beside such a field, whatever its label says (:func:`_own_value`):
    an advice page's "Updated: <date>" under its "Still current at: <date>"."""
    labelled = [field_line(line.text.strip()) for line in block.lines]
    varying = [k for k, q in enumerate(per_line) if labelled[k] and (q is None or q.literal is None)]
    return {
        q.number
        for k, q in enumerate(per_line)
        if q is not None
        and any(j != k for j in varying)
        and (_own_value(q, block.lines[k].text) or labelled[k] and q.literal is not None)
    }


def _own_value(q: Proposal, line: str) -> bool:
    """Whether ``q``, which took ``line``, is a templated labelled line: in a block with a
    field of the page, its value changes with the page as the field's does, and it is one of
    the page's fields even where its label says what it is ("Updated: <date>" under "Still
    current at: <date>"; a book's "Publication date: <date>" over its "Language: English").
    A byline's "Updated <date>" has no colon; a template's labelled lines do not share their
    block with the page's fields. Measured on learn_quality (learn18): article removed 1.230%
    to 1.164% on the twelve written after round 17, 0.723% to 0.699% on the 36 written
    after rounds 14-17, no group's noise figure changed."""
    return q.literal is None and q.template is not None and not q.weak and LABEL.match(line.strip()) is not None


def _own_list(block: Block, per_line: list[Proposal | None]) -> bool:
    """Whether ``block`` (which no exact block took whole) is a list of the page's own:
    LIST_ITEMS or more list items, some of which recur on other pages (see LIST_ITEMS)."""
    return any(per_line) and _list(block)


def _list(block: Block) -> bool:
    """LIST_ITEMS or more lines, each marked as a list item."""
    return len(block.lines) >= LIST_ITEMS and all(_LIST_ITEM.match(line.text.strip()) for line in block.lines)


def _paragraphs(block: Block) -> bool:
    """Lines as long as a paragraph's or a wrapped paragraph's, not a list of short items."""
    return len(block.text) >= PARAGRAPH_LINE * len(block.lines)


def median(histogram: Counter[int]) -> int:
    """The median of a histogram of lengths in tens of characters (0 if empty)."""
    total, seen = sum(histogram.values()), 0
    for bucket in sorted(histogram):
        seen += histogram[bucket]
        if 2 * seen >= total:
            return bucket * 10
    return 0


def sections(proposals: list[Proposal]) -> None:
    """Mark the rules that head a section of the page's own under the article, and count
    the pages where a rule's text above it lies in such a section.

    A line without words that say what follows it, right under the article's last
    paragraph on most of its pages ("Key terms", "Sources", "See also", "Cast"), opens a
    section of the page's own: a template's list of other pages is headed by words that
    say so ("Related stories", "More episodes") or sits below other template blocks. So
    does such a line under that section's text (the lesson's "Exercise" under its "Key
    terms" list). No window takes the text under either: not the heading's own, nor the
    next rule's from below (the wiki's "Fan Feed" above the "See also" list's items).
    """

    def above(p: Proposal) -> list[int]:
        return [s.far for s in p.before if s.kind == "zone"]

    def says_what_follows(p: Proposal) -> bool:
        # By its own words: a unit lends its category to a line without telling words
        # (:func:`units`), which says what the unit is, not what follows the line ("Service
        # details" above a share bar is no share line).
        return category_of(p.candidate.members)[0] in PROSE_WINDOW_CATEGORIES["after"]

    def under(p: Proposal) -> int:  # its pages whose text above it lies under such a heading
        return sum(1 for far in above(p) if far >= 0 and proposals[far].opens_section)

    for p in proposals:
        bad = sum(s.kind == "bad" for s in p.before)
        p.opens_section = not says_what_follows(p) and bool(p.before) and ARTICLE_ABOVE_SHARE * len(p.before) <= bad
    grown = True
    while grown:  # a chain of headings of the page's own sections, one under the other
        grown = False
        for p in proposals:
            if p.opens_section or says_what_follows(p) or not above(p):
                continue
            if ARTICLE_ABOVE_SHARE * len(p.before) <= under(p):
                p.opens_section = grown = True
    for p in proposals:
        p.under_section = under(p)


def units(proposals: list[Proposal]) -> None:
    """Rules whose blocks follow each other on (nearly) every page form one unit: "PS:" and
    the donation appeal under it. A member without telling words takes the unit's category."""
    parent = list(range(len(proposals)))  # proposals[k].number == k

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for p in proposals:
        for number, n in p.next_to.items():
            q = proposals[number]
            # Adjacent on 80% of the pages where both occur: allows a page with one of them missing.
            if n >= 0.8 * min(len(p.pages), len(q.pages)):
                parent[root(p.number)] = root(number)
    groups: dict[int, list[Proposal]] = {}
    for p in proposals:
        groups.setdefault(root(p.number), []).append(p)
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: sorted(m.candidate.offsets)[len(m.candidate.offsets) // 2])
        known = [m for m in members if m.category != "boilerplate"]
        for m in members:
            m.unit = [x for x in members if x is not m]
            m.notes.append(f"one of {len(members)} consecutive blocks that recur together")
            if m.category == "boilerplate" and known:
                m.category = known[0].category
                m.evidence = f"recurs right next to a {known[0].category} block ({known[0].evidence})"


# A templated line whose names differ on this share of its pages names what each page is
# about (see page_named).
PAGE_NAMED_SHARE = 0.8


def page_named(p: Proposal) -> bool:
    """Whether ``p`` is a templated line, without words of its own that say what noise it
    is, whose names differ from page to page: a line of the page's own subject ("Dr <name>",
    "<company> plc (<ticker>)", "<region> forecast"), not a template's frame. A window beside
    it would take the page's facts next to its title (a consultant's specialty, a share's
    price): what the template frames with words it says (a byline "By <name>", "<name>
    says:"), and such a line takes no window."""
    t = p.template
    if t is None or p.weak or not t.names or category_of([t.literal])[0] != "boilerplate":
        return False
    pages = {i.page for i in p.instances}
    return len(p.candidate.members) >= PAGE_NAMED_SHARE * len(pages)


def _introduces(p: Proposal) -> bool:
    """Whether ``p``'s lines end with a colon: a lead-in to what follows ("Ruth says:")."""
    texts = [p.literal] if p.literal is not None else list(p.candidate.members)
    return bool(texts) and all(t.rstrip().endswith(":") for t in texts)


def window(p: Proposal, side: Literal["before", "after"]) -> dict[str, int] | None:
    """The window on ``side`` of a rule, from what lay next to it on every page (see
    :class:`.candidates.Neighbour` for what was recorded)."""
    seen = p.neighbours(side)
    kinds = {s.kind for s in seen}
    if not seen:
        return None
    if p.literal is not None and all(button(line) for line in p.literal.split("\n") if line.strip()):
        # A button says nothing of the text next to it: a talk's speaker above "Add to my
        # schedule", a lot's estimate above "Register to bid" are the page's.
        return None
    if p.literal is not None and not any(ch.isalnum() for ch in p.literal):
        # Nor does a mark alone ("×" closing a dialog, "|"): it names nothing, and the text
        # beside it (the items of a kit in the dialog) is not known to be the template's.
        return None
    if page_named(p):
        return None
    counts = [s.blocks for s in seen if s.kind == "zone"]
    if side == "after" and p.opens_section:
        return None  # it heads a section of the page's own (see :func:`sections`)
    if kinds <= {"zone", "none"} and counts:
        if side == "before" and ARTICLE_ABOVE_SHARE * len(counts) <= p.under_section:
            # What lies above the rule is a section of the page's own, under its heading.
            return None
        if HEADS_LIST_SHARE * len(counts) <= sum(s.own_list for s in seen):
            # A list of the page's own lies next to the rule (the ingredients under a
            # recipe card's "Ingredients"): the rule heads the page's text, and takes none.
            return None
        if HEADS_LIST_SHARE * len(counts) <= sum(s.figure for s in seen):
            # A figure of the page's own lies next to the rule (see FIGURE): not the template's.
            return None
        if any(s.prose for s in seen) and (p.category not in PROSE_WINDOW_CATEGORIES[side] or p.zones["body"]):
            # A sentence of prose next to a rule that does not say what it is (a product's
            # description between two lines of a shop's template) is the page's own text,
            # outside the article's paragraphs or not: the prose guard of the rules holds
            # for their windows too. Titles, headings and names are not sentences.
            # Nor next to a rule found inside the article on some pages (a "Read more"
            # line between paragraphs): where a short article puts it in the footer zone,
            # the prose under it is the article's closing paragraph, not a teaser's summary.
            return None
        if side == "before" and _introduces(p) and any(s.prose for s in seen if s.kind == "zone"):
            # A lead-in ("Ruth says:") says what follows it, not the prose above it.
            return None
        header = 2 * p.zones["header"] > sum(p.zones.values())
        if 2 * p.far_fields[side] > len(seen):
            # The run lies against a field of the page's own on its far side: the template's
            # lines end before it, and what it holds is the page's (a title, then the authors
            # of a paper above its "Received: <date>"; a DOI between that field and the
            # template's "Open access" line). Only the title right under the template's last
            # header line is taken: the block next to the rule, not the fields under it.
            if side == "before" or not header:
                return None
            if 2 * sum(s.before_datum == 0 for s in seen if s.kind == "zone") > len(counts):
                return None  # the block under the rule is a datum of the page, not its title
            longest = max(s.length for s in seen if s.kind == "zone")
            return {"blocks": 1, "max_length": min(PROSE_BLOCK, int(longest * 1.5) + 20)}
        # Header or footer zone on every page (a title; a section and a title; the comments
        # under a "Comments" heading): as many blocks as the widest run seen, each up to
        # 1.5 times the longest seen (titles and comments vary in length). Zones hold no
        # prose and no sentence-like lead, so the article is not in them.
        longest = max(s.longest for s in seen)
        blocks = max(counts)
        if header:
            # Between header lines, a title (or a section's name and a title) is as many
            # blocks on most pages; a run longer on a few holds a line of the page's own that
            # a pattern of the page's fields took elsewhere (a lesson's "12 min · Reading").
            # The window ends at the page's data (see :func:`datum`): a dictionary's part of
            # speech under the word, a forecast's weather line, a patent's number above its
            # title are the page's, and a window whose next block is one takes nothing.
            tally = Counter(min(s.blocks, s.before_datum) for s in seen if s.kind == "zone")
            blocks = max(tally, key=lambda n: (tally[n], n))
            if not blocks:
                return None
        return {"blocks": blocks, "max_length": min(PROSE_BLOCK, int(longest * 1.5) + 20)}
    slots = sum(1 for s in seen if s.kind in ("zone", "slot"))
    # A block found more than once in one article is a label of the article's own items
    # (a review's "Pros" above each product's list): what lies next to it is the article.
    # ``seen`` has one entry per block the rule took, so a line found twice on a page (in
    # the menu and as the page's title) counts twice: the pages must be there too.
    if p.category not in PROSE_WINDOW_CATEGORIES[side] and any(s.own for s in seen if s.kind == "slot"):
        # Inside the article, a slot is a caption or a comment the rule says it frames; next
        # to a rule that does not, a line of prose is the article's (a parliament's question
        # between "Asked by <name>" and "Answered on <date>", shorter than its paragraphs).
        return None
    if (
        len(p.pages) >= MIN_SLOT_PAGES
        and slots >= MIN_SLOT_PAGES
        and slots >= SLOT_SHARE * len(seen)
        and p.most_in_body <= 1
    ):
        # One block next to the rule on (nearly) every page (a caption above its credit
        # line), shorter than the site's median article paragraph on 90% of them: a
        # paragraph that happens to sit next to in-article noise (an ad) is longer than the
        # median half of the time, so four such pages pass by chance once in sixteen, and
        # more pages almost never. The window never takes a block above that median.
        lengths = sorted(s.length for s in seen)
        limit = min(MAX_SLOT_BLOCK, p.paragraph_median)
        short = [m for m in lengths if m < limit]
        if len(short) >= SLOT_SHARE_SHORT * len(lengths):
            return {"blocks": 1, "max_length": min(limit, int(short[-1] * 1.5) + 20)}
    return None
