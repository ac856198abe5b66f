"""Writing a site's learned rule file: one rule per proposal, with its evidence and examples.

Each proposal becomes a normal rule (``line``, ``block`` or ``anchor``) with its evidence
under ``learned:`` (support, pages, zone, category guess and why, notes where unsure) and
examples taken from the pages. Every example is checked by running the rule alone
(:func:`cleaner.tools.examples.check_rule`), so the file passes ``cleaner rules test``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import regex
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from ...errors import RuleFileError
from ...rules.book import dump_rule_file
from ...rules.validate import parse_rule_file
from ..examples import check_rule
from .candidates import Proposal
from .regions import (
    Region,
    beside_fields,
    between_own_text,
    dated_items,
    describe,
    exact,
    field_of_the_page,
    heads_own_text,
    in_article,
    lines_of,
    measure_of_the_page,
    measures,
    price_of_the_page,
    prose_refusal,
    regions,
    row_of_the_page,
    slot_values,
    template_sentences,
)
from .templates import category_of
from .zones import BLOCK_MODE_MAX, PROSE_BLOCK, field_line, window

MAX_LISTED_PAGES = 10  # pages named in a rule's evidence; the count is always complete
# A reviewer reads a site's file rule by rule: a few dozen at most. Regions make most
# sites' files far shorter; the cap keeps the ones that take the most text.
MAX_RULES = 30
FIELDS = "are fields of the page's own"
PROSE = "read like article prose"


@dataclass(slots=True)
class SiteRules:
    """The learned rule file of one site, as YAML text, with what was left out and why."""

    site: str
    pages: int
    yaml: str
    rules: int
    skipped: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)  # "12 read like article prose", ...


def site_rules(
    site: str, n_pages: int, proposals: list[Proposal], sample: str | None, max_rules: int = MAX_RULES
) -> SiteRules:
    """The rule file of ``site`` from its proposals; ``sample``: article text every rule must
    keep; at most ``max_rules`` rules, the ones that take the most text on the pages seen."""
    skipped: list[str] = []
    reasons: Counter[str] = Counter()

    def skip(reason: str, text: str) -> None:
        skipped.append(f"{site}: {text}")
        reasons[reason] += 1

    by_number = {p.number: p for p in proposals}
    refusals = {p.number: why for p in proposals if (why := _refusal(p, by_number, site)) is not None}
    # Lines that take turns in one place are the page's values (see slot_values).
    for p in slot_values(proposals):
        refusals.setdefault(
            p.number,
            (
                "are values of a slot of the page's own",
                f"{_what(p)} not proposed: on the pages without it another line stands in its place, between the "
                "same lines, and neither says what noise it is (values of the page's own, taking turns)",
            ),
        )

    def refuse_as_fields(is_field: Callable[[Proposal], bool], why: str) -> None:
        for p in proposals:
            if p.number not in refusals and is_field(p):
                refusals[p.number] = (FIELDS, f"{_what(p)} not proposed: {why}")

    # A price of the page's own, once on each page (see price_of_the_page).
    refuse_as_fields(
        price_of_the_page,
        "its amounts of money change from page to page, once on each page, without words that say what noise "
        "they are: a price of the page's own",
    )
    # A measure of the page's own, once on each page (see measure_of_the_page).
    in_blocks = Counter((i.page, i.block) for p in proposals if measures(p) for i in p.instances)
    listed = frozenset(k for k, n in in_blocks.items() if n >= 2)
    refuse_as_fields(
        lambda p: measure_of_the_page(p, listed),
        "its measured quantities change from page to page, once on each page, without words that say what noise "
        "they are: a measure of the page's own",
    )
    # A line of varying values without telling words right next to a field of the page, or
    # to a figure of the page, is a field too: a film's "<certificate> · <n> mins · <year>"
    # above its "Director: <name>", a book's "<format> · <n> pages" above its price. Once, not
    # in a chain: the template's lines of values stand next to the page's fields too (a
    # listing's "Listed <n> days ago · <n> views" under its facts line, itself next to the
    # price).
    fields = frozenset(n for n, why in refusals.items() if why[0] == FIELDS)
    refuse_as_fields(
        lambda p: beside_fields(p, fields),
        "on most pages it stands right next to a field or a figure of the page's own, and its values change from "
        "page to page without words that say what noise it is: a field too",
    )
    # A row of values of the page's own, once on each page (see row_of_the_page); after the
    # fields above, so that its neighbours are not fields for standing next to it.
    refuse_as_fields(
        row_of_the_page,
        "a row of values that change from page to page, once on each page, without words that say what noise "
        "they are: the page's own data",
    )
    # Windows end where the page's fields begin (see :func:`.zones.window`).
    fields = frozenset(n for n, why in refusals.items() if why[0] == FIELDS)
    for p in proposals:
        for side in ("before", "after"):
            p.far_fields[side] = sum(1 for s in p.neighbours(side) if s.kind == "zone" and s.far in fields)
    # A heading above text that only a refused proposal took stands above the page's own
    # text: it is refused in a second round, once the others are known. Not above sentences
    # of the template (see template_sentences, with the rules known now): it heads no text
    # of the page's own, and is kept ("rescued"); the lines next to it are still judged as if
    # it were the page's text.
    prose = [p for p in proposals if refusals.get(p.number, ("",))[0] == PROSE]
    early = template_sentences(
        prose, frozenset(q.number for q in proposals if q.number not in refusals), n_pages, fields
    )
    refused = frozenset(refusals)
    rescued: set[int] = set()
    for p in proposals:
        if p.number not in refusals and heads_own_text(p, refused):
            if not heads_own_text(p, refused - early):
                rescued.add(p.number)
                continue
            refusals[p.number] = (
                "head the page's own text",
                f"{_what(p)} not proposed: on most pages it stands right above text of the page's own, which no "
                "rule takes (a heading of the page's content, without words that say what noise it is)",
            )
    # A line between text of the page's own (or between such text and a refused line) is
    # that text's, until no more are found: a sign-off above a heading refused above.
    while True:
        refused = frozenset(refusals) | rescued
        found = [p for p in proposals if p.number not in refusals and between_own_text(p, refused)]
        if not found:
            break
        for p in found:
            refusals[p.number] = (
                "stand between the page's own text",
                f"{_what(p)} not proposed: on most pages the text on both sides of it is the page's own (prose, "
                "a list of the page's own, or a line refused here), and it has no words that say what noise it is",
            )
    # Sentences of the template by where they stand: the same on every page, bounded by the
    # template's rules on both sides, or under (above) the article by the template below
    # (above) and neither the article nor a field of the page's own on the other side (see
    # template_sentences). Last, once the other rules are
    # known, so that each line next to them was judged as if they were the page's text: a
    # line of the page's values beside them ("Breed standard last revised <date>.") stays
    # between the page's own text and lines no rule vouches for.
    prose = [p for p in proposals if refusals.get(p.number, ("",))[0] == PROSE]
    kept = frozenset(q.number for q in proposals if q.number not in refusals)
    for number in template_sentences(prose, kept, n_pages, fields):
        del refusals[number]
    fit: list[Proposal] = []
    for p in proposals:
        if p.number in refusals:
            skip(*refusals[p.number])
        else:
            fit.append(p)
    units: list[Region | Proposal] = [*regions([p for p in fit if exact(p)]), *(p for p in fit if not exact(p))]
    units.sort(key=lambda u: (-_weight(u), _sort_key(u)))
    for u in units[max_rules:]:
        skip(
            "were over --max-rules",
            f"{_what(u)} not proposed: over --max-rules {max_rules} (it takes {_weight(u)} characters on the pages)",
        )
    numbers: Counter[str] = Counter()
    rules: list[CommentedMap] = []
    for u in sorted(units[:max_rules], key=_sort_key):
        numbers[u.category] += 1
        rid = f"{site}/learned-{u.category}-{numbers[u.category]}"
        keep = [sample] if sample else []
        if isinstance(u, Region):
            rule_map = _checked(site, n_pages, _lines_map(rid, u, n_pages, keep), skipped)
        else:
            members = sorted(u.candidate.members, key=lambda m: (-u.candidate.members[m], m))[:3]
            if u.weak and u.block_mode:
                members = u.candidate.blocks  # a list item's date takes its block (dated_items)
            rule_map = _checked(site, n_pages, _rule_map(rid, u, n_pages, (members, keep)), skipped)
        if rule_map is not None:
            rules.append(rule_map)
        else:
            reasons["failed their own examples"] += 1
    summary = [f"{n} {why}" for why, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))]
    text = dump_rule_file(_file_map(site, n_pages, rules, summary))
    return SiteRules(site, n_pages, text, len(rules), skipped, summary)


# A list mark alone on its line (an empty item) or a horizontal rule ("* * *", "---"):
# markup that holds no text of the page's.
_BARE_MARK = regex.compile(r"[*+•·_=\s-]+")


def _syntax(p: Proposal) -> bool:
    """Exact lines of punctuation alone, but for bare marks: inside the article they
    are the article's own syntax (a code sample's "}" and "});", a doctest's "..."), which
    says nothing of what noise it is, as a heading without telling words does not."""
    lines = lines_of(p)
    return category_of(lines)[0] == "separator" and not all(_BARE_MARK.fullmatch(line) for line in lines)


def _refusal(p: Proposal, by_number: dict[int, Proposal], site: str) -> tuple[str, str] | None:
    """(why in the summary, what stderr says) when ``p`` must not become a rule, else None
    (but for the heading check, which needs the others' refusals: see :func:`site_rules`)."""
    if p.outside:
        return (
            "match lines outside their support",
            f"{_what(p)} not proposed: it also matches lines outside its support, e.g. {p.outside[0][:80]!r}",
        )
    if p.weak and set(p.zones) != {"header"} and not dated_items(p):
        where = ", ".join(sorted(p.zones)) or "no"
        return (
            "are a date that may be the article's own",
            f"a date-only line ({(p.pattern or '')[:40]}...) seen in the {where} zone: not proposed, it may be "
            "the article's own date",
        )
    if p.literal is None and p.most_in_body > 1:
        return (
            "label the article's own items",
            f"{_what(p)} not proposed: found {p.most_in_body} times inside the article of one page, a label of "
            "the article's own items (a heading above each product of a review)",
        )
    if 2 * p.in_own_list >= len(p.pages):
        return (
            "are items of lists of the pages' own",
            f"{_what(p)} not proposed: on {p.in_own_list} of its {len(p.pages)} pages it is an item of a list whose "
            "other items no rule takes (a recipe's ingredients, a product's specifications): the page's own list",
        )
    if p.literal is not None and 2 * p.in_own_box >= len(p.pages) and category_of(lines_of(p))[0] == "boilerplate":
        return (
            "are lines of boxes of the pages' own",
            f"{_what(p)} not proposed: on {p.in_own_box} of its {len(p.pages)} pages it sits in a block whose other "
            "lines no rule takes (a character's infobox, a listing's facts), without words that say what noise it is",
        )
    if in_article(p) and (p.category == "boilerplate" or _syntax(p)):
        return (
            "sit inside the article without saying what they are",
            f"{_what(p)} not proposed: it sits inside the article on most pages and has no words that say "
            "what noise it is (a heading or label of the article's own)",
        )
    if field_of_the_page(p):
        return (
            FIELDS,
            f"{_what(p)} not proposed: a label without words that say what noise it is, over values that change "
            "from page to page (a guest's name, a salary): a field of the page, not of the template",
        )
    if (p.literal is None or field_line(p.literal)) and 2 * p.beside_fields >= len(p.pages):
        return (
            FIELDS,
            f"{_what(p)} not proposed: on {p.beside_fields} of its {len(p.pages)} pages it shares its block with "
            "a labelled line whose value changes from page to page: a field of the page among the others",
        )
    if why := prose_refusal(p, by_number, site):
        return (PROSE, f"{_what(p)} not proposed: it {why}")
    return None


def _what(u: Region | Proposal) -> str:
    if isinstance(u, Region):
        return f"a region of {len(u.lines)} lines ({u.lines[0][:40]!r}, ...)"
    return repr((u.pattern or u.literal or "")[:60])


def _weight(u: Region | Proposal) -> int:
    if isinstance(u, Region):
        return u.weight
    return sum(len(text) * n for text, n in u.candidate.members.items())


def _lines_map(rid: str, region: Region, n_pages: int, keep: list[str]) -> CommentedMap:
    r = CommentedMap()
    r["id"] = rid
    r["kind"] = "lines"
    r["category"] = region.category
    r["description"] = describe(region, n_pages)
    if region.min_run > 1:
        r["min_run"] = region.min_run
    r["lines"] = CommentedSeq(region.lines)
    info = _support(region.pages, n_pages, f"{region.zone} zone", region.evidence)
    supports = sorted(len(p.pages) for p in region.items)
    info["item_support"] = f"each item on {supports[0]} to {supports[-1]} pages"
    notes = list(region.notes)
    if region.min_run > 1:
        notes.append(f"its lines always came in runs of {region.min_run} or more; one alone (a heading) stays")
    if region.category == "boilerplate":
        notes.append("category unsure: no telling words")
    if notes:
        info["note"] = "; ".join(notes)
    r["learned"] = info
    n = max(region.min_run, 1)
    remove = ["\n".join(region.lines[:n])]
    if len(region.lines) > n:
        remove.append("\n".join(region.lines[-n:]))
    ex = CommentedMap()
    ex["remove"] = CommentedSeq(_scalar(t) for t in remove)
    kept = keep + ([region.lines[0]] if region.min_run > 1 else [])
    if kept:
        ex["keep"] = CommentedSeq(_scalar(t) for t in kept)
    r["examples"] = ex
    return r


def _sort_key(u: Region | Proposal) -> tuple[bool, float, str]:
    # Rules with windows last: a window stops at a block another rule has taken, so it
    # takes only the uncovered run next to its anchor, as on the pages it was learned from.
    if isinstance(u, Region):
        offsets = sorted(o for p in u.items for o in p.candidate.offsets)
        return (False, offsets[len(offsets) // 2], u.lines[0])
    windowed = bool(window(u, "before") or window(u, "after"))
    offsets = sorted(u.candidate.offsets)
    return (windowed, offsets[len(offsets) // 2], u.literal or u.pattern or "")


def _rule_map(rid: str, p: Proposal, n_pages: int, examples: tuple[list[str], list[str]]) -> CommentedMap:
    c = p.candidate
    r = CommentedMap()
    r["id"] = rid
    before, after = window(p, "before"), window(p, "after")
    kind: str = p.kind
    if before or after:
        kind = "anchor"
    elif p.block_mode and p.kind == "line":
        kind = "block"
    r["kind"] = kind
    r["category"] = p.category
    zone = _zone(p)
    what = {"block": "exact block", "line": "exact line"}.get(c.key.kind, "templated line")
    if p.template is not None:
        seen = sorted(c.members, key=lambda m: (-c.members[m], m))[:2]
        what += " like " + " or ".join(repr(m[:60]) for m in seen)
    elif p.literal is not None and "\n" not in p.literal:
        what += f" {p.literal[:60]!r}"
    r["description"] = f"Learned: {what}, on {len(p.pages)} of {n_pages} pages ({zone})."
    if kind == "block" and p.kind == "line" and p.weak:
        # A list item's date (dated_items): only where it shares its block with the item's
        # text, as on the pages; a date alone in its block (an article's own) stays.
        r["pattern"] = f"(?m)^.+\n(?:{p.pattern})$|^(?:{p.pattern})\n.+$"
        r["max_length"] = BLOCK_MODE_MAX
    elif kind == "block" and p.kind == "line":
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
            if kind == "line":
                # The lengths seen, with room for longer names and numbers: a template never
                # takes a line far longer or shorter than its members, and a line outside
                # them costs a length test, not a regex call (learned files stay cheap).
                lengths = [len(m) for m in c.members]
                r["min_length"] = min(lengths) // 2
                r["max_length"] = int(max(lengths) * 1.5) + 10
    if p.weak:
        # Two blocks of slack past the furthest seen: headers and footers gain a line on
        # some pages. A date in the header is counted from the top; the dates of a footer's
        # list of items (see dated_items) from the bottom.
        end = ("first", p.max_index + 3) if set(p.zones) == {"header"} else ("last", p.max_from_end + 3)
        r["position"] = CommentedMap([end])
        r["position"].fa.set_flow_style()
    if before:
        r["before"] = CommentedMap(before)
        r["before"].fa.set_flow_style()
    if after:
        r["after"] = CommentedMap(after)
        r["after"].fa.set_flow_style()
    r["learned"] = _evidence(p, n_pages, zone, kind, bool(before or after))
    ex = CommentedMap()
    ex["remove"] = CommentedSeq(_scalar(t) for t in examples[0])
    if examples[1]:
        ex["keep"] = CommentedSeq(_scalar(t) for t in examples[1])
    r["examples"] = ex
    return r


def _support(pages: list[str], n_pages: int, zone: str, evidence: object) -> CommentedMap:
    """The start of a rule's ``learned:`` mapping: on how many of the site's pages it was
    seen, the first of them, its zone and the evidence for its category."""
    info = CommentedMap()
    info["support"] = len(pages)
    info["site_pages"] = n_pages
    info["pages"] = CommentedSeq(pages[:MAX_LISTED_PAGES])
    if len(pages) > MAX_LISTED_PAGES:
        info["more_pages"] = len(pages) - MAX_LISTED_PAGES
    info["zone"] = zone
    info["category_evidence"] = evidence
    return info


def _evidence(p: Proposal, n_pages: int, zone: str, kind: str, windowed: bool) -> CommentedMap:
    """The ``learned:`` mapping: support, pages, zone, category evidence, and notes."""
    info = _support(p.pages, n_pages, zone, p.evidence)
    if p.template is not None:
        info["variants"] = len(p.candidate.members)
    notes = list(p.notes)
    if p.category == "boilerplate":
        notes.append("category unsure: no telling words")
    if windowed:
        notes.append(
            "the window also removes page-specific text next to this block (a title, caption or comments) "
            "that lay outside the article body on every page seen"
        )
    if p.weak and set(p.zones) == {"header"}:
        notes.append(
            f"a date alone: removed only among the first {p.max_index + 3} blocks, where it was always in the header"
        )
    elif p.weak:
        notes.append(
            f"a date alone: removed only among the last {p.max_from_end + 3} blocks, where it dated several items "
            "of a list below the article on each page"
        )
    if kind == "block" and p.kind == "line":
        notes.append(f"removes the short block (<= {BLOCK_MODE_MAX} characters) the line sits in, as seen on the pages")
    if notes:
        info["note"] = "; ".join(notes)
    return info


def _zone(p: Proposal) -> str:
    zones = p.zones or p.line_zones  # a line that shares its block with others has only the latter
    if not zones:
        return "unknown zone"
    zone, n = zones.most_common(1)[0]
    share = n / sum(zones.values())
    return f"{zone} zone" if share == 1 else f"mostly {zone} zone ({share:.0%})"


def _scalar(text: str) -> str:
    return LiteralScalarString(text) if "\n" in text else text


def _file_map(site: str, n_pages: int, rules: list[CommentedMap], summary: list[str] | None = None) -> CommentedMap:
    doc = CommentedMap()
    if summary:
        doc.yaml_set_start_comment(
            "Not turned into rules: " + "; ".join(summary) + " (cleaner rules learn lists each)."
        )
    doc["description"] = (
        f"Rules learned by 'cleaner rules learn' from {n_pages} pages of {site}. "
        "Review each rule (see 'learned:') before use."
    )
    scope = CommentedMap()
    scope["sites"] = CommentedSeq([site])
    scope["sites"].fa.set_flow_style()
    doc["scope"] = scope
    doc["rules"] = CommentedSeq(rules)
    return doc


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
