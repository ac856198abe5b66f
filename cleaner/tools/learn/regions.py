"""Consolidating a site's exact repeats into template regions, and the prose guard.

A site's menu of 66 items is one region, not 66 rules: exact lines (and the lines of exact
blocks) that follow each other on the pages (:func:`.zones.label_page` records which exact
repeat took the next line, and the shortest run of such lines each sat in) are joined into
one :class:`Region`, written as one ``lines`` rule: a set lookup per line however many
items it lists, with a ``min_run`` when its items always came in runs (a menu), so the
same word alone in an article (a heading "Accessories") stays. Exact repeats that join no
region are gathered per zone into one region of "other recurring lines".

The prose guard (:func:`prose_refusal`, :mod:`.prose`) keeps body prose out of every
rule, however often it repeats and wherever it sits: a line that reads like prose (a pull
quote, a disclosure between paragraphs, a product's description, a status note above
every article) is learned only when it says what it is (words of a strong noise
category, or the judge's widget phrases, :func:`cleaner.vocabulary.widget`, or a short
telling line it always sits right next to), and no prose is learned from pages whose article is
mostly text other pages have too (near-identical pages: their article is not a
template). Where a line sits is no proof: the article is found by its paragraphs, and on
product and reference pages much of a page's own text lies outside them. Windows follow
the same guard (:func:`.zones.window`). A short sentence ending with a full stop is prose
too (:func:`.prose.statement`), unless it names the site or another person on each page.
One place vouches for a sentence without words: one exact text on every page of the site,
bounded on both sides by the template's rules (:func:`template_sentences`), or, under (above)
the article, with the template right below (above) it and neither the article's paragraphs
nor a field of the page's own on its other side, is the template's; a sentence of an
article touches the article's paragraphs, or the page's fields, or lines of its own on both
sides.

A line bounded by the page's own text on both sides (prose, a list of the page's own, a
line refused as such) is that text's (:func:`between_own_text`): a template's region is
bounded by the template. Lines that take turns in one place, between the same two lines
of other rules, are the page's values (:func:`slot_values`): a template has one line in
each place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ...vocabulary import section, widget
from .candidates import Neighbour, Proposal
from .keys import LABEL, tokens
from .prose import TEMPLATED_STATEMENT_WORDS, reads_like_prose, statement
from .templates import category_of, site_labels
from .zones import STATEMENT_END, button, datum, field_line, window

# Lines of these categories say what they are: they may read like prose ("Support
# independent journalism: donate ...") and still be learned.
PROSE_OK_CATEGORIES = frozenset({"copyright", "donation", "newsletter", "cookie", "share", "ad", "caption"})
# A box's heading names what the box holds with words of these: its text (an author's
# bio, an agent's contact) is the box's, however much it reads like prose.
BOX_CATEGORIES = PROSE_OK_CATEGORIES | {"metadata", "comments", "related", "footer"}
# A region of at least this many items whose items are this short is a menu (for its
# description and category); items that always come in runs of MENU_RUN lines or more
# make the rule take only such runs.
# A widget's telling line and its prose come together: the prose is on at least this
# share of the pages the telling line is on (the units of .zones.units allow the same
# one page in five without the other).
WIDGET_SHARE = 0.8
MENU_ITEMS = 5
MENU_ITEM_CHARS = 40
MENU_RUN = 3
# Two exact repeats are one region when one follows the other on half the pages where
# both occur: a menu item missing on some pages does not cut the menu in two.
ADJACENT_SHARE = 0.5
# A heading of the page's own text is short (a title of a section, not a sentence), and
# stands above that text on at least half of the places it was seen: a line of a
# template's chain stands above the next line of the chain.
HEADING_CHARS = 60
HEADS_SHARE = 0.5
# A label over this many values or more is a field of the page, unless it says what noise
# it is: one value on every page is the template's ("Source: Reuters"); a second value
# says the line tells something of each page (see field_of_the_page for the figures).
FIELD_VALUES = 2
_ZONE_WORDS = {"header": "top", "footer": "bottom", "body": "in-page"}


@dataclass(slots=True)
class Region:
    """Exact repeats that make one template region, written as one ``lines`` rule."""

    items: list[Proposal]
    lines: list[str]
    zone: str
    min_run: int
    pages: list[str]
    category: str = "boilerplate"
    evidence: str = ""
    menu: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def weight(self) -> int:
        """Characters it takes on the pages seen: what ranks it against --max-rules."""
        return sum(_weight(p) for p in self.items)


def prose_refusal(p: Proposal, by_number: dict[int, Proposal], site: str = "") -> str | None:
    """Why ``p`` must not become a rule because its text reads like prose (None if it may);
    ``by_number``: the site's proposals by number; ``site``: the site's domain."""
    if p.literal is not None:
        texts = lines_of(p)
    elif p.template is not None and not p.template.free:
        # Only names, numbers and dates vary: what repeats, and may read like prose, is the
        # constant text ("Reporting by <name>; Editing by <name>" is a credit, not a sentence).
        texts = [p.template.literal]
    elif p.template is not None and _pointer_label(p.template.label) and not any(map(_statement, p.candidate.members)):
        # A link to another page under a label that says so ("Read more: <its title>"):
        # what repeats is the label; the titles are not statements of this article.
        texts = [p.template.literal]
    elif p.template is not None and p.template.label is not None:
        # A labelled line ("Published: <free text>"): the label is the template's, the free
        # text is what may be the article's sentences, and is judged alone ("Friday 23
        # December 2021 · Notice type: Traffic order" is no sentence, with its label or not).
        cut = len(p.template.literal)
        texts = sorted({m[cut:] for m in p.candidate.members})
    else:
        texts = sorted(p.candidate.members)
    prose = next((t for t in texts if reads_like_prose(t)), None)
    short = prose is None
    if short:
        prose = _short_sentence(p, site)
    if prose is None:
        return None
    if 2 * p.shared_article > len(p.pages):
        return f"reads like prose, on pages whose article is mostly the same text ({prose[:70]!r})"
    names = p.template is not None and p.template.names
    if not short and not names and all(names_site(t, site) for t in texts if reads_like_prose(t)):
        # The site speaking of itself, the same on its pages ("Hartley Rowe LLP is authorised
        # and regulated by ...", "Metro Transit is operated on behalf of ..."), as a short
        # sentence naming it is (:func:`_short_sentence`): the template's, not an article's.
        # Not where another name fills it on each page (a bio: whoever the page is by).
        return None
    # A sentence that mentions a name inside it ("Stop using the product immediately and
    # contact <brand> for a refund or a repair.", "Reported by <name> through our bug
    # bounty programme.") says something of each page's own subject: it is vouched for as
    # a short sentence is, by its own words or a telling line right next to it, not by a
    # chain of template blocks it stands in. A bio speaks of whoever it names, and opens
    # with the name ("<name> is a food writer based in <city>.").
    if not _says_what_it_is(p, prose, by_number, short or _mentions_name(p) or _fills_values(p)):
        return f"reads like article prose and has no words that say what noise it is ({prose[:70]!r})"
    return None


def _short_sentence(p: Proposal, site: str) -> str | None:
    """A short sentence ``p`` takes (:func:`.prose.statement`), as the pages show it: names
    and numbers filled in ("Thanks to the 20 people who contributed to this release.",
    every time with another number). Not a sentence naming another person on each page
    ("<name> is a software engineer on the <team> team.": the box of whoever the page is
    by), nor one naming the site ("Download the Scoreline app ..."): the template's. A
    sentence that only mentions a name inside it ("Reported by <name> through our bug
    bounty programme.") is one (:func:`_mentions_name`)."""
    if p.literal is not None:
        seen = lines_of(p)
    elif p.template is not None and _mentions_name(p):
        # Worded by its constant text: the names that fill it are not its wording.
        seen = sorted(p.candidate.members)
        if not all(statement(t, p.template.literal, TEMPLATED_STATEMENT_WORDS) for t in seen):
            return None
        return next((t for t in seen if not names_site(t, site)), None)
    elif p.template is not None and not p.template.names:
        seen = sorted(p.candidate.members)
        if not all(statement(t, least=TEMPLATED_STATEMENT_WORDS) for t in seen):
            return None
        return next((t for t in seen if not names_site(t, site)), None)
    else:
        return None
    return next((t for t in seen if statement(t) and not names_site(t, site)), None)


def _fills_values(p: Proposal) -> bool:
    """Whether ``p`` is a templated sentence whose numbers or dates change from page to page
    ("Anyone with information is asked to call 101 quoting crime reference <n>.", "The stop
    message was received at <time>."): each page fills in a value of its own, so it says
    something of the page, and is vouched for as a short sentence is (its own words or a
    telling line right next to it), not by a chain of template blocks it stands in."""
    t = p.template
    return t is not None and not t.free and not t.names


def _mentions_name(p: Proposal) -> bool:
    """Whether ``p`` is a templated line whose varying name stands inside it, not at its
    start: a sentence mentioning a name (:func:`prose_refusal`), not a bio of the name."""
    t = p.template
    return t is not None and t.names and not t.free and not t.leads_with_name


def names_site(line: str, site: str) -> bool:
    """Whether ``line`` names the site, by a label of its domain written in it, spaces and
    case aside ("Daily Planet" for dailyplanet.example): the site speaking of itself."""
    labels = site_labels(site)
    squashed = "".join(ch for ch in line.lower() if ch.isalnum())
    return any(label in squashed for label in labels)


def _pointer_label(label: str | None) -> bool:
    """A label the judge reads as the heading of links to other pages ("Read more",
    "Related", "See also"; :func:`cleaner.vocabulary.section`)."""
    return label is not None and section(label.lower()) == "related"


def _statement(text: str) -> bool:
    """A line that ends a statement (a full stop): a sentence, where a title is not."""
    return STATEMENT_END.search(text) is not None


def _says_what_it_is(p: Proposal, prose: str, by_number: dict[int, Proposal], short: bool = False) -> bool:
    """Prose that names itself as noise: words of a strong noise category (a copyright or
    donation line, a photo credit), or the judge's widget phrases (a newsletter prompt)."""
    if category_of([prose])[0] in PROSE_OK_CATEGORIES or widget(prose.lower(), len(prose)) is not None:
        return True
    # Or the widget it belongs to says it: a short line of telling words right next to it
    # on the pages ("Sign up to The Briefing" above the blurb, a share bar under an appeal).
    # Not a sentence next to a copyright sentence: prose next to prose is the article's.
    # And only a line of the same widget, which comes with it: a share bar on every page
    # is not the widget of a sentence found above it on some (an article's funding note).
    if any(
        category_of(lines_of(q) or [q.template.literal if q.template else ""])[0] in PROSE_OK_CATEGORIES
        and not any(reads_like_prose(t) for t in lines_of(q))
        and len(p.pages) >= WIDGET_SHARE * len(q.pages)
        # A short sentence (not prose by the judge's measure) belongs to the widget of a
        # line right next to it: a unit may be a chain of many blocks (a notice's closing
        # lines down to the footer's cookie and copyright lines), not one widget.
        and (not short or q.number in p.next_to or p.number in q.next_to)
        for q in p.unit
    ):
        return True
    # Or a box's heading says it: the line right above it in its block, on (nearly) every
    # page, is a short line that names the box ("About the author" over the author's
    # bio, "Contact agent" over the agent's name). Its words must name a kind of noise;
    # a menu word or a line without telling words heads the article's own text.
    return any(
        (q := by_number.get(number)) is not None
        and n >= WIDGET_SHARE * len(p.pages)
        and q.literal is not None
        and "\n" not in q.literal
        and len(q.literal) <= HEADING_CHARS
        and category_of([q.literal])[0] in BOX_CATEGORIES
        for number, n in p.above.items()
    )


def in_article(p: Proposal) -> bool:
    """Whether most of what ``p`` took lay inside the article (between its prose runs).

    There only noise that says what it is may be learned (an "Advertisement", a photo
    credit, a "Related: ..." line); a heading or label without such words ("Pros",
    "<product> – runner-up") is the article's own structure, however often it recurs.
    """
    zones = p.line_zones or p.zones
    return 2 * zones.get("body", 0) > sum(zones.values())


def voters(before: list[Neighbour], after: list[Neighbour], needed: int) -> list[tuple[Neighbour, Neighbour]]:
    """The (before, after) neighbours of a proposal's blocks that vote on what lies next to
    it: those of the pages where the article was found. A page whose article was not found
    by its prose (short paragraphs) cannot tell the page's text from the template's next to
    the block (:attr:`.candidates.Neighbour.blind`), and abstains, as it does for a window;
    unless fewer than ``needed`` blocks (the pages a line must be on to be learned) are left
    to vote, when all vote as they are (what no page could judge is not the page's own)."""
    pairs = list(zip(before, after, strict=True))
    seen = [(a, b) for a, b in pairs if not (a.blind or b.blind)]
    return seen if len(seen) >= needed else pairs


def heads_own_text(p: Proposal, refused: frozenset[int] = frozenset()) -> bool:
    """A heading of the page's own text: a short line alone in its block, without words
    that say what noise it is, that on most of the pages stands right above text of that
    page no window of its takes ("System Requirements" above a game's requirements,
    "Specifications" above a product's, "See also" above an article's links, "Funding"
    above a release's funding note). The learner left that text to the page; a rule taking
    the heading would orphan it. A heading of noise ("Most read" above teasers) takes its
    teasers in a window. ``refused``: the numbers of the proposals that are not rules (the
    prose guard refused them): a block only such a proposal took is the page's own text too."""
    c = p.candidate
    if p.literal is None or "\n" in p.literal or not c.whole_block or len(p.literal) > HEADING_CHARS:
        return False
    if category_of([p.literal])[0] != "boilerplate" or window(p, "after"):
        return False
    if button(p.literal):
        return False  # a button's label ("Follow", "Book now"): a control of the page, no heading
    seen = [a for a, _ in voters(p.after, p.after, p.needed)]
    own = sum(1 for s in seen if s.kind != "none") + sum(n for q, n in p.next_to.items() if q in refused)
    return bool(seen) and own >= HEADS_SHARE * len(seen)


def between_own_text(p: Proposal, refused: frozenset[int] = frozenset()) -> bool:
    """A line of the page's own text: on most of its pages it stands between text of the
    page's own on both sides (a line of prose, a list of the page's own, or what only a
    refused proposal took), without words of its own that say what noise it is. A
    template's region is bounded by the template; a sign-off under the last paragraph and
    above the week's list ("With every blessing, / Revd Anne Hughes"), or a heading between
    a paragraph and the page's list ("In this episode"), is bounded by the page. ``refused``:
    as for :func:`heads_own_text`."""
    if p.weak or window(p, "before") or window(p, "after") or not p.before:
        return False
    if category_of(_own_texts(p))[0] in BOX_CATEGORIES:
        return False
    texts = lines_of(p) or sorted(p.candidate.members)
    if texts and all(button(t) for t in texts):
        # Buttons ("Add to basket" under a price of the page, "Download the decision (PDF,
        # <n> KB)" under its fields): the template's controls.
        return False

    def own(n: Neighbour) -> bool:
        return n.own or n.rule in refused

    seen = voters(p.before, p.after, p.needed)
    inside = sum(own(a) and own(b) for a, b in seen)
    return 2 * inside > len(seen)


def template_sentences(
    candidates: list[Proposal], kept: frozenset[int], n_pages: int, fields: frozenset[int]
) -> frozenset[int]:
    """The sentences among ``candidates`` (proposals the prose guard refused) that are the
    template's by where they stand: one exact text on every page of the site, that on most
    of its pages has a rule of the template (``kept``: the proposals that are rules), the
    document's edge or another such sentence right next to it on both sides. A run of them
    bounded by the template on both ends is the template's box ("Free cancellation up to 48
    hours before your stay." between the warden's line and "Huts nearby"); an article's
    sentence touches the article, or a field or a line of the page's own, on one side at
    least (a pull quote between the article's paragraphs, a note above every article), and a
    sentence of the page's own is rarely the same on every page. Where the article's pages are
    mostly one text, nothing is (:func:`prose_refusal`).

    Under the article the template's side below is enough (twenty-fourth round) where the
    sentence is set apart from the article: in the footer zone on most of its pages, with
    the template right below it and, above it, neither the article's paragraphs nor a field
    of the page's own (``fields``: the numbers of the proposals refused as such). Such a
    sentence closes the page as the template's notes do ("Never approach fallen power lines.
    Call 105 immediately." under a power cut's updates, above the operator's footer); a
    sentence right under the article's last paragraph is the article's close, and one right
    under a field speaks of it (a pharmacy's "Always read the label. ..." under the
    medicine's "Active ingredient: <value>"): both stay, as a note above every article and a
    pull quote do. Measured on learn_quality (learn24): noise 90.17% to 93.20% (+14,076
    characters on 24 templates), no article character moved; allowing the article's side
    too took 3,395 more characters of noise and failed two tests that hold an article's
    closing sentence; allowing a field's side took a pharmacy's 385 characters of article.
    Above the article, the same with the sides turned: in the header zone, the template right
    above it and, below it, neither the article's paragraphs nor a field ("Pharmacy
    medicine: you will be asked a few questions before we can supply it." under the
    buttons, above the page's "Product information"): noise 93.20% to 93.30% (+448), no
    article character moved; learn_cost 22.00% to 22.22% of the text outside the article.
    """
    found = {
        p.number: p
        for p in candidates
        if p.literal is not None and len(set(p.pages)) >= n_pages and 2 * p.shared_article <= len(p.pages)
    }
    sentences = frozenset(found)  # a run of them is judged as one: what lies above the run

    def apart(p: Proposal, other: Neighbour, zone: str) -> bool:
        """Set apart from the page's own text on its ``other`` side, in ``zone`` on most pages."""
        if other.kind == "bad" or other.rule in fields or other.rule in sentences:
            return False  # it touches the article's paragraphs (or a run that does), or a field of the page
        return 2 * p.zones[zone] > sum(p.zones.values())

    def closed(p: Proposal, above: Neighbour, below: Neighbour, bound: frozenset[int]) -> bool:
        template_above, template_below = _template_side(above, bound), _template_side(below, bound)
        if template_above and template_below:
            return True
        if template_above:
            return apart(p, below, "header")
        if template_below:
            return apart(p, above, "footer")
        return False

    while True:
        bound = kept | frozenset(found)
        dropped = [
            number
            for number, p in found.items()
            if not (seen := voters(p.before, p.after, p.needed))
            or 2 * sum(closed(p, a, b, bound) for a, b in seen) <= len(seen)
        ]
        if not dropped:
            return frozenset(found)
        for number in dropped:
            del found[number]


def _template_side(n: Neighbour, rules: frozenset[int]) -> bool:
    """Whether what lay next to a block on one page is the template's: the block of one of
    ``rules`` (proposal numbers), or the document's edge; not text no rule took."""
    return n.kind == "none" and not n.blind and (n.rule < 0 or n.rule in rules)


def beside_fields(p: Proposal, fields: frozenset[int]) -> bool:
    """A field of the page by its neighbours: a templated line whose values change from page
    to page, without words of its own that say what noise it is and not a sentence, that on
    most of its pages has a field of the page's own (``fields``: the numbers of the
    proposals refused as such) or a figure of the page (a price alone, :data:`.zones.FIGURE`)
    in the block right above or below it: a film's "PG · 112 mins · 2024 · France" above its
    "Director: <name>", a closure's "From <date> to <date>" above its "Affects: <line>", a
    book's "Paperback · 320 pages · <publisher>, <year>" above its price. A template's lines
    of values say what they are ("By <name> | <date>", "Published <date>"); a line of the
    page's data stands among the page's other data. A labelled line is judged by where it
    stands, whatever its label says: a patent's "Filed: <date> · Published: <date>" under its
    "Inventor: <name>" dates the record the page is about. Measured on learn_quality
    (learn18): article removed 1.164% to 1.097% on the twelve written after round 17 and
    0.699% to 0.649% on the 36 written after rounds 14-17, noise 86.74% to 86.51% on those
    36 and 97.44% to 97.07% on the 30 tuned templates (a council notice's "Published:
    <date> · Notice type: <type>" under its "Public notice: <title>" is the template's)."""
    if p.template is None or p.weak or not p.before:
        return False
    labelled = all(LABEL.match(m) for m in p.candidate.members)
    if not labelled and category_of(_own_texts(p))[0] != "boilerplate":
        return False
    if any(_statement(m) for m in p.candidate.members):
        return False  # a sentence ("Thanks to our match sponsor, <name>."), not a line of values
    if any(map(button, p.candidate.members)):
        return False  # a control ("Download the decision (PDF, <n> KB)"), not a line of values

    def datum(n: Neighbour) -> bool:  # a field of the page, or a figure of the page next to it
        return n.rule in fields or (n.kind == "zone" and n.figure)

    beside = sum(datum(a) or datum(b) for a, b in zip(p.before, p.after, strict=True))
    return 2 * beside > len(p.before)


# An amount of money: a currency sign beside a number.
_AMOUNT = regex.compile(r"[£$€¥]\s?\d[\d.,]*|\d[\d.,]*\s?[£$€¥]")


def price_of_the_page(p: Proposal) -> bool:
    """A price of the page's own: a templated line whose amounts of money change from page
    to page, found once on each page, without words of its own that say what noise it is
    and not a sentence: what the page sells, estimates or pays (a wine's "£<n> a bottle", a
    lot's "Estimate £<n> – £<n>", a job's "£<n> – £<n> a year"). A template's amounts say
    what they are or keep their value ("Free delivery on orders over £100"), or come several
    to a page (the salaries of a list of other jobs, a campaign's reward tiers)."""
    values = _values_of_the_page(p, _AMOUNT)
    if values is None or len(values) < FIELD_VALUES:
        return False  # the same amounts on every page: the template's
    return _once_a_page(p)


def _values_of_the_page(p: Proposal, values: regex.Pattern[str]) -> set[tuple[str, ...]] | None:
    """The ``values`` (amounts, measures) of each line ``p`` took, where ``p`` may be a line
    of the page's own values: a templated line without words of its own that say what noise
    it is, not a sentence, every line holding such a value; None where it may not be
    (:func:`price_of_the_page`, :func:`measure_of_the_page`)."""
    if p.template is None or p.weak or p.template.free or category_of(_own_texts(p))[0] != "boilerplate":
        return None
    members = p.candidate.members
    if any(_statement(m) for m in members) or not all(values.search(m) for m in members):
        return None
    return {tuple(values.findall(m)) for m in members}


def _once_a_page(p: Proposal) -> bool:
    """Whether ``p`` was found once on each page it is on."""
    return len({i.page for i in p.instances}) == len(p.instances)


# A measured quantity: a number with a unit of measure after it (length, speed, frequency,
# mass, power, volume, duration): "6.7 m", "14.4 kn", "145.5 MHz", "30 min". Not a
# temperature: a site's weather strip gives its town's on every page ("Bramford 13°C
# Showers"), the template's.
_MEASURE = regex.compile(
    r"\d(?:[\d.,]*\d)?\s?(?:mm|cm|m|km|mi|miles?|ft|kn|knots|mph|km/h|Hz|kHz|MHz|GHz|g|kg|lb|W|kW|MW|kWh|ml|l|"
    r"min|mins|hrs?)(?![\p{L}\d])"
    # A time of day ("Scheduled 14:05 · Expected 14:20", "Sunrise 6:45 · Sunset 19:30").
    r"|(?<![\d:.])\d{1,2}:\d{2}(?![\d:])"
)
_CLOCK = regex.compile(r"\d{1,2}:\d{2}")


def measures(p: Proposal) -> bool:
    """Whether every line ``p`` took holds a measured quantity (:data:`_MEASURE`)."""
    return p.template is not None and all(_MEASURE.search(m) for m in p.candidate.members)


def measure_of_the_page(p: Proposal, listed: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """A measure of the page's own: a templated line whose measured quantities (numbers with
    a unit of measure) change from page to page, found once on each page, without words of
    its own that say what noise it is and not a sentence: what the page is about measures
    so (a repeater's "Output <n> MHz · Input shift <n> kHz", a ship's "Speed <n> kn", a
    game's "<n>–<n> players · <n> min"), as a price is what it sells
    (:func:`price_of_the_page`). A template's counts are no measures ("<n> views", "<n>
    reviews"), and its measures come several to a page (each related place's "<n>
    miles", in one block: ``listed``, the (page, block) pairs holding two measuring
    proposals or more), date the page (a byline's "<date> · <n> min read") or are a
    control's ("Listen to this article · <n> min")."""
    values = _values_of_the_page(p, _MEASURE)
    members = p.candidate.members
    if values is None or any(map(button, members)):
        return False
    if any(t.kind in ("month", "weekday") for m in members for t in tokens(m)):
        return False  # a line that dates the page is the template's byline
    if 2 * sum((i.page, i.block) in listed for i in p.instances) > len(p.instances):
        return False  # an item of a list of measures (other places' distances): the template's
    if len(values) < FIELD_VALUES:
        return False  # the same measures on every page: the template's
    if all(_CLOCK.fullmatch(v) for found in values for v in found) and 2 * len(values) <= len(p.instances):
        return False  # times of day that few values take turns in: the template's hours ("Open today 10:00–18:00")
    return _once_a_page(p)


# The separator of a row of values (see :func:`.zones.datum`).
_VALUES = regex.compile(r"\s+[·•]\s+")


def row_of_the_page(p: Proposal) -> bool:
    """A row of the page's own values: a templated line that is a row of values on every
    page (:func:`.zones.datum`: two or more items of a few words between middle dots or
    bullets, none a sentence), found once on each page, without words of its own that say
    what noise it is, whose values name what the page is about and are most of the line,
    without a date: a status page's "Resolved · <severity> · <component>", a rental's "Ref.
    <n> · <town>, <county>", a lesson's "<n> min · <kind>". A template's rows say what they
    are ("Share · Print"), are mostly its own words ("Listed <n> days ago · <n> views"), date
    the page (a byline, "<name> · <date> · <n> min read"), hold figures alone (a market
    strip's quotes), or come several to a page (each related item's "<n> miles · <grade>").
    Rows whose constant words are most of the line ("<n> finishers · <n> volunteers") stay
    the template's for want of a surer sign."""
    if p.template is None or p.weak or p.template.free or category_of(_own_texts(p))[0] != "boilerplate":
        return False
    if not p.template.names:
        return False  # figures alone (a market strip's quotes, a post's counts): no name of what the page is about
    members = list(p.candidate.members)
    if not all(datum(m) and _VALUES.search(m) for m in members) or len(members) < FIELD_VALUES:
        return False
    if any(t.kind in ("month", "weekday") for m in members for t in tokens(m)):
        return False  # a row that dates the page is the template's byline ("<name> · <date> · <n> min read")
    constant = sum(ch.isalnum() for ch in p.template.literal)
    if 2 * constant >= min(sum(ch.isalnum() for ch in m) for m in members):
        return False  # its constant words are most of the line: the template's row ("Listed <n> days ago · <n> views")
    return len({i.page for i in p.instances}) == len(p.instances)


def field_of_the_page(p: Proposal) -> bool:
    """A field of the page: a labelled line ("Guest: <free text>") whose label has no words
    that say what noise it is, over values that change from page to page (a talk's
    "Level: Beginner", "... Advanced": a value may come back on other pages). A template's
    labelled lines say what they are ("Tags:", "Published:", "Related:"), or keep their
    value on every page ("Source: Reuters"); a page's fields (a podcast's guest, a job's
    salary, an exhibition's venue, a talk's level) are the page's own data.

    The label is judged by its own words, not by its unit's (:func:`.zones.units`): a
    unit lends its category to exact lines ("PS:" above a donation appeal is the appeal's),
    but a value that changes on every page is no more the template's for standing next to
    a share bar. A match report's "Subs: <names>" under "Share this report" is the
    report's; measured on learn_quality's 39 templates, judging labels alone took the
    article removed from 0.867% to 0.696% (the 30 tuned templates' noise 98.11% to
    97.34%: "Topics: <free text>" beside a share bar goes to the page too), and counting
    a label over two values or more a field, not only one over another value on every
    page, took it to 0.649% (noise 94.39% to 94.18%: a wiki's "in: <categories>" stays;
    the tuned templates unchanged). A pattern over several labels ("UK students: ...",
    "International students: ...") is a field when one of its labels changes its value
    (the fee for international students), each label judged by its own words."""
    if p.template is None or category_of([p.template.literal])[0] not in ("boilerplate", "separator"):
        return False
    members = p.candidate.members
    if not all(field_line(text) for text in members):  # each label judged as one, with its colon
        return False
    if items_of_a_list(p):
        return False
    values: dict[str, set[str]] = {}
    for text in members:
        m = LABEL.match(text)
        assert m is not None  # field_line matched it
        values.setdefault(m.group(1), set()).add(text)
    return max(len(v) for v in values.values()) >= FIELD_VALUES


def items_of_a_list(p: Proposal) -> bool:
    """Whether ``p`` is found in two blocks or more of one page on most of its pages: a line
    of each item of a list (the replies and views of a forum's "Similar threads", under each
    thread's title), not a field of the page, which a page gives once. In the article such a
    line labels the article's own items, and is refused as such (:func:`.write._refusal`)."""
    blocks: dict[int, set[int]] = {}
    for i in p.instances:
        blocks.setdefault(i.page, set()).add(i.block)
    return 2 * sum(len(b) >= 2 for b in blocks.values()) > len(blocks)


def exact(p: Proposal) -> bool:
    """An exact line or block without a window or a position: what regions are made of.
    A box's heading is not: it takes its box (:func:`box_heading`)."""
    return (
        p.literal is not None and not p.weak and not (window(p, "before") or window(p, "after")) and not box_heading(p)
    )


def box_heading(p: Proposal) -> bool:
    """The heading of a short box whose other lines are each page's own (an agent's name
    and number under "Contact agent"): a short line whose own words name a kind of noise,
    found in a short block with text no rule takes. Its rule takes the block, as the
    learner saw it on the pages (``block_mode``); a region would take the heading alone."""
    return (
        p.block_mode
        and p.kind == "line"
        and p.literal is not None
        and len(p.literal) <= HEADING_CHARS
        and category_of([p.literal])[0] in BOX_CATEGORIES
    )


def regions(proposals: list[Proposal]) -> list[Region]:
    """The regions of a site's exact repeats (see the module doc), largest first."""
    parent = {p.number: p.number for p in proposals}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_number = {p.number: p for p in proposals}
    for p in proposals:
        for number, n in sorted(p.line_next.items()):
            q = by_number.get(number)
            if q is not None and n >= ADJACENT_SHARE * min(len(p.pages), len(q.pages)):
                parent[root(p.number)] = root(number)
    groups: dict[int, list[Proposal]] = {}
    for p in proposals:
        groups.setdefault(root(p.number), []).append(p)
    out: list[Region] = []
    leftovers: dict[str, list[Proposal]] = {}
    for members in groups.values():
        size = sum(len(lines_of(p)) for p in members)  # a menu may be one exact block of many lines
        if size >= MENU_ITEMS:
            # A menu's items come in runs; one seen alone on some page is not the menu's
            # (a "Home" link in a footer line), it joins the zone's other lines.
            inside = [p for p in members if _run(p) >= MENU_RUN]
            if sum(len(lines_of(p)) for p in inside) >= MENU_ITEMS:
                for p in members:
                    if _run(p) < MENU_RUN:
                        leftovers.setdefault(_zone(p.line_zones), []).append(p)
                out.append(_region(inside))
                continue
        if size >= 3:
            out.append(_region(members))
        else:
            for p in members:
                leftovers.setdefault(_zone(p.line_zones), []).append(p)
    for zone in sorted(leftovers):
        region = _region(leftovers[zone], gathered=True)
        region.notes.append("lines that recur apart from the site's regions, gathered by zone")
        out.append(region)
    return sorted(out, key=lambda r: (-r.weight, r.lines[0]))


def _region(items: list[Proposal], gathered: bool = False) -> Region:
    """The region of ``items``; ``gathered``: lines that are not each other's neighbours (a
    run they sat in was of other rules' lines), so no run is asked of them."""
    items = sorted(items, key=lambda p: (_median(p.candidate.offsets), p.literal or ""))
    lines = list(dict.fromkeys(line for p in items for line in lines_of(p)))
    zones: Counter[str] = Counter()
    for p in items:
        zones.update(p.line_zones)
    zone = _zone(zones)
    pages = sorted({page for p in items for page in p.pages})
    # A run protects short items: a menu's word is a word an article may use alone as a
    # heading. A long line is specific on its own, and the runs it sat in at learning may
    # have been of lines other rules take (a footer line under classified ads that change).
    short = sorted(map(len, lines))[len(lines) // 2] <= MENU_ITEM_CHARS
    run = 1 if gathered or not short else max(1, min(MENU_RUN, len(lines), min(_run(p) for p in items)))
    region = Region(items, lines, zone, run, pages)
    region.menu = not gathered and len(lines) >= MENU_ITEMS and short
    known = Counter(p.category for p in items if p.category != "boilerplate")
    if region.menu:
        region.category = "footer" if zone == "footer" else "navigation"
        region.evidence = f"{len(lines)} short lines in a run, in the {zone} zone"
    elif known:
        region.category = known.most_common(1)[0][0]
        region.evidence = next(p.evidence for p in items if p.category == region.category)
    else:
        region.category, region.evidence = category_of(lines)
    return region


def describe(region: Region, n_pages: int) -> str:
    """What a reviewer reads first: what the region is, how big, on how many pages."""
    shown = ", ".join(repr(line) for line in region.lines[:3]) + (", …" if len(region.lines) > 3 else "")
    where = f"on {len(region.pages)} of {n_pages} pages"
    n = len(region.lines)
    if region.menu:
        return f"Learned: the site's {_ZONE_WORDS.get(region.zone, region.zone)} menu, {n} items ({shown}), {where}."
    if len(region.items) > 1 or n > 1:
        return f"Learned: {n} lines that recur in the {region.zone} zone ({shown}), {where}."
    return f"Learned: a line that recurs in the {region.zone} zone ({shown}), {where}."


def lines_of(p: Proposal) -> list[str]:
    """The lines of the exact text ``p`` takes, stripped (none for a template)."""
    return [line.strip() for line in (p.literal or "").split("\n") if line.strip()]


def _run(p: Proposal) -> int:
    """The shortest run of exact lines ``p`` sat in (a block's own lines count)."""
    if p.kind == "block":
        return max(len(lines_of(p)), 1 if p.min_run == 1 << 30 else p.min_run)
    return 1 if p.min_run == 1 << 30 else p.min_run


def _weight(p: Proposal) -> int:
    return sum(len(text) * n for text, n in p.candidate.members.items())


def _zone(zones: Counter[str]) -> str:
    if not zones:
        return "unknown"
    return zones.most_common(1)[0][0]


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def slot_values(proposals: list[Proposal]) -> list[Proposal]:
    """Proposals that are values of one slot of the page: two lines (or patterns) never on
    the same page, each framed on at least half of its pages by the same two lines of other
    proposals, one before it and one after it ("Accessibility" above and "Organised by
    <name>" under "Step-free access. Hearing loop available." on some events' pages, and
    under "Wheelchair spaces available on request." on the others), neither with words of
    its own that say what noise it is. A template has
    one line in each place; lines that take turns in one place are the page's values, each
    recurring because the pages share a few (an event's access, a job's contract)."""
    framed: dict[tuple[int, int], list[Proposal]] = {}
    for p in proposals:
        if p.weak or category_of(_own_texts(p))[0] != "boilerplate":
            continue
        for frame, n in sorted(p.framed_by.items()):
            if 2 * n >= len(p.pages):
                framed.setdefault(frame, []).append(p)
    out: dict[int, Proposal] = {}
    for values in framed.values():
        for k, p in enumerate(values):
            for q in values[k + 1 :]:
                if p is not q and not set(p.pages) & set(q.pages):
                    out[p.number], out[q.number] = p, q
    return sorted(out.values(), key=lambda p: p.number)


def _own_texts(p: Proposal) -> list[str]:
    """The words ``p`` itself holds: its exact lines, or a pattern's constant text."""
    return lines_of(p) or ([p.template.literal] if p.template else [])


def dated_items(p: Proposal) -> bool:
    """A date alone (a weak template) that dates the items of a list below the article:
    always in the footer zone, sharing a short block with each item's text ("<title>" over
    "6 Jul", an upcoming event), in two blocks or more of one page on most of its pages.
    An article's own closing date is one line of its page, alone in its block; a list of
    teasers, events or replies gives each item its date."""
    if not p.weak or set(p.zones) != {"footer"} or not p.block_mode:
        return False
    blocks: dict[int, set[int]] = {}
    for i in p.candidate.instances:
        blocks.setdefault(i.page, set()).add(i.block)
    return 2 * sum(len(b) >= 2 for b in blocks.values()) > len(blocks)
