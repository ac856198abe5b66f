"""A test corpus for ``cleaner rules learn``: site templates of realistic noise around real articles.

Each site is a template: header lines with variable dates, sections and bylines, copyright
lines, donation and newsletter appeals, captions with photo credits, share prompts, ads
in the body, comment sections with varying comments, related links and footers. The
templates wrap real, varied article bodies read at generation time:

- the ``articleBody`` fields of ``../shared/bench/data/scrapinghub/ground-truth.json``
  and the seeds' gold bodies in ``../shared/seeds/gold`` when ``../shared`` is there (the
  benchmark is read, never copied into the repository);
- otherwise the five gold bodies under ``fixtures/expected/seeds`` (so sites have at most
  five pages), and :data:`SOURCE_NOTE` says so.

Every character of a generated page is labelled ``noise`` (template), ``body`` (the
article) or ``neutral`` (blank lines, and the article title, which is neither: some
sites keep titles, some strip them). :func:`generate` is deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.tools.learn.keys import MONTHS, WEEKDAYS  # the names the learner knows dates by

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GROUND_TRUTH = SHARED / "bench" / "data" / "scrapinghub" / "ground-truth.json"
SEED_GOLD = SHARED / "seeds" / "gold"
FIXTURE_GOLD = ROOT / "fixtures" / "expected" / "seeds"


class NoBodies(RuntimeError):
    """No article bodies to build the corpus from."""


@dataclass(slots=True)
class Page:
    site: str
    name: str
    pieces: list[tuple[str, str]] = field(default_factory=list)  # (text, label)

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)

    def labels(self) -> list[str]:
        """The label of each character of :attr:`text`."""
        out: list[str] = []
        for text, label in self.pieces:
            out.extend([label] * len(text))
        return out


def load_bodies(shared: bool = True) -> tuple[list[str], str]:
    """(article bodies, where they came from), each a list of paragraphs. ``shared=False``
    uses the repository's own bodies even when ``../shared`` is there."""
    bodies: list[str] = []
    if shared and GROUND_TRUTH.is_file():
        data = json.loads(GROUND_TRUTH.read_text(encoding="utf-8"))
        for key in sorted(data):
            body = data[key].get("articleBody") or ""
            if len(body) >= 400:
                bodies.append(body)
        bodies += [p.read_text(encoding="utf-8") for p in sorted(SEED_GOLD.glob("*.txt"))]
        source = f"{len(bodies)} article bodies from {GROUND_TRUTH.relative_to(SHARED.parent)} and the seeds' gold"
    else:
        bodies = [p.read_text(encoding="utf-8") for p in sorted(FIXTURE_GOLD.glob("*.txt"))]
        why = f"{SHARED} is absent" if shared else "asked not to use ../shared"
        source = f"{why}: using the {len(bodies)} seed gold bodies under fixtures/ (sites capped at that many pages)"
    bodies = [_paragraphs(b) for b in bodies]
    bodies = [b for b in bodies if b]
    if not bodies:
        raise NoBodies("no article bodies found: neither ../shared/bench nor fixtures/expected/seeds")
    return bodies, source


def _paragraphs(body: str) -> list[str]:
    paras = [" ".join(p.split()) for p in body.replace("\r", "").split("\n")]
    return [p for p in paras if p]


# ---------------------------------------------------------------------------------------
# Vocabulary for the variable parts

FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Chen",
    "Olga",
    "Diego",
    "Fatima",
    "Lars",
    "Priya",
    "Tomasz",
    "Grace",
    "Kwame",
    "Sofia",
    "Hiroshi",
    "Amara",
    "Luca",
    "Ingrid",
    "Mateo",
    "Yusuf",
    "Elena",
    "Noah",
    "Zanele",
    "Pierre",
    "Hana",
]
LAST = [
    "Lopez",
    "Okafor",
    "Novak",
    "Schmidt",
    "Haddad",
    "Kowalski",
    "Tanaka",
    "Silva",
    "Murphy",
    "Petrova",
    "Mensah",
    "Larsen",
    "Rossi",
    "Nguyen",
    "Van der Berg",
    "Ahmed",
    "Costa",
    "Fischer",
    "Moreau",
    "Ito",
]
AGENCIES = ["Reuters", "AFP", "AP", "Getty Images", "EPA", "Anadolu Agency", "Bloomberg"]
CITIES = ["Minsk", "Lagos", "Lima", "Hanoi", "Oslo", "Cairo", "Quito", "Warsaw", "Nairobi", "Manila", "Porto"]
SECTIONS = ["World", "Politics", "Business", "Economy", "Culture", "Science", "Labour", "Environment", "Opinion"]
CAPTION_SUBJECTS = [
    "Protesters gather outside the parliament",
    "Workers leave the factory at the end of a shift",
    "A delegate speaks during the opening session",
    "Police stand guard near the central square",
    "Residents queue for water after the storm",
    "The finance minister arrives for talks",
    "Farmers block a highway with tractors",
    "Students march through the old town",
]
COMMENTS = [
    "Great piece, thanks for writing it.",
    "I don't agree with the conclusion at all.",
    "This is exactly what happened in my town last year.",
    "Where are the sources for these figures?",
    "Finally someone says it out loud.",
    "Very one-sided reporting, as usual.",
    "Can you do a follow-up on what happened next?",
    "Shared this with my colleagues.",
    "The second half of the article is the most important part.",
    "Sad but not surprising.",
]
TOPICS = ["protests", "elections", "trade unions", "inflation", "climate", "housing", "health", "energy", "migration"]


def _name(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _date(r: random.Random, style: str) -> str:
    y, m, d, wd = r.randint(2018, 2023), r.randrange(12), r.randint(1, 28), r.choice(WEEKDAYS)
    if style == "long":
        return f"{wd} {d} {MONTHS[m]} {y}"
    if style == "us":
        return f"{MONTHS[m]} {d}, {y}"
    if style == "num":
        return f"{d:02d}/{m + 1:02d}/{y}"
    return f"{d} {MONTHS[m][:3]} {y}"


def _clause(r: random.Random, body: list[str]) -> str:
    """A few words from the article: as unique to the page as a caption or a related link."""
    words = r.choice(body).split()
    start = r.randrange(max(1, len(words) - 8))
    clause = " ".join(words[start : start + r.randint(4, 9)]).strip(",.;:\"'“”")
    return f"{clause[:1].upper()}{clause[1:]}"


def _caption(r: random.Random, body: list[str]) -> str:
    return f"{_clause(r, body)}, {r.choice(CITIES)}, {r.choice(WEEKDAYS)}."


def _title(r: random.Random, body: list[str]) -> str:
    words = body[0].split()[: r.randint(5, 10)]
    return " ".join(words).rstrip(",.;:") or "Untitled"


# ---------------------------------------------------------------------------------------
# Site templates. Each gets (random, body paragraphs) and returns labelled blocks.

Block = tuple[str, str]  # (text, label)


def daily_planet(r: random.Random, body: list[str]) -> list[Block]:
    out: list[Block] = [
        ("Home | World | Politics | Business | Culture | Sport", "noise"),
        (r.choice(SECTIONS), "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)} | {_date(r, 'us')} | {r.randint(2, 14)} min read", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if r.random() < 0.7:
        caption = _caption(r, body)
        paras.insert(min(2, len(paras)), (caption, "noise"))
        paras.insert(min(3, len(paras)), (f"Photo: {_name(r)}/{r.choice(AGENCIES)}", "noise"))
    if r.random() < 0.5 and len(paras) > 3:
        paras.insert(r.randint(1, len(paras) - 1), ("Advertisement", "noise"))
    out += paras
    out += [
        ("Share this article: Facebook · Twitter · Email", "noise"),
        ("Sign up for the Daily Planet newsletter to get the top stories in your inbox every morning.", "noise"),
        (f"© {r.randint(2019, 2023)} Daily Planet Media Ltd. All rights reserved.", "noise"),
    ]
    n = r.randint(0, 4)
    if n:
        out.append((f"{n} comments", "noise"))
        for _ in range(n):
            out.append((f"{_name(r)} says:\n{_date(r, 'us')} at {r.randint(1, 12)}:{r.randint(0, 59):02d} pm", "noise"))
            out.append((" ".join(r.sample(COMMENTS, r.randint(1, 3))), "noise"))
            out.append(("Reply", "noise"))
    return out


def red_flag(r: random.Random, body: list[str]) -> list[Block]:
    out: list[Block] = [
        (r.choice(["Labour", "Struggles", "Theory", "International", "Ecology"]), "noise"),
        (_title(r, body), "neutral"),
        ("- Analysis and opinion from the left -", "noise"),
        (f"Published: {_date(r, 'num')}", "noise"),
        (
            "Red Flag Weekly is a reader-supported socialist publication. Reproduction permitted "
            "with a link to the original.",
            "noise",
        ),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Support independent socialist journalism", "noise"),
        (
            "Red Flag Weekly has no advertisers and no billionaire owner. Everything we publish is funded by "
            "readers like you. If you value our reporting, please make a donation today: even a small monthly "
            "contribution keeps us going.",
            "noise",
        ),
        ("Donate now", "noise"),
        (f"Tags: {', '.join(r.sample(TOPICS, r.randint(1, 4)))}", "noise"),
    ]
    return out


def techwire(r: random.Random, body: list[str]) -> list[Block]:
    section = r.choice(["Gadgets", "Security", "Startups", "Science", "Policy"])
    out: list[Block] = [
        (f"[Home](/) > [Tech](/tech) > [{section}](/tech/{section.lower()})", "noise"),
        (f"# {_title(r, body)}", "neutral"),
        (f"*Updated {_date(r, 'short')}, {r.randint(1, 12)}:{r.randint(0, 59):02d} GMT*", "noise"),
        ("Share on Twitter | Share on LinkedIn | Copy link", "noise"),
    ]
    paras = [(p, "body") for p in body]
    paras.insert(
        min(1, len(paras)),
        (
            f"![{r.choice(CAPTION_SUBJECTS)}](/img/{r.randint(1000, 9999)}.jpg)\n*Image: {_name(r)} for TechWire*",
            "noise",
        ),
    )
    out += paras
    out.append(("## Related stories", "noise"))
    for _ in range(r.randint(2, 3)):
        other = _clause(r, body)
        out.append((f"- [{other}](/story/{r.randint(100, 999)})", "noise"))
    out.append(("About TechWire · Contact · Privacy policy · Terms of use", "noise"))
    return out


def smalltown(r: random.Random, body: list[str]) -> list[Block]:
    out: list[Block] = [(f"Smalltown Gazette — {_date(r, 'long')}", "noise"), (_title(r, body), "neutral")]
    out += [(p, "body") for p in body]
    out += [
        ("Got a story? Email news@smalltown.example or call 01632 960 000.", "noise"),
        (f"Copyright {r.randint(2015, 2023)} Smalltown Gazette", "noise"),
    ]
    return out


def global_news(r: random.Random, body: list[str]) -> list[Block]:
    out: list[Block] = [
        (_title(r, body), "neutral"),
        (f"Last updated {r.randint(2, 23)} hours ago · {r.choice(SECTIONS)}", "noise"),
        (f"Listen to this article · {r.randint(3, 12)} min", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 3:
        paras.insert(3, ("Get our morning briefing: the day's essential news, every weekday. Sign up here.", "noise"))
    out += paras
    out += [
        (f"Topics: {', '.join(t.title() for t in r.sample(TOPICS, r.randint(2, 4)))}", "noise"),
        ("Follow Global News on Facebook, Twitter and Instagram", "noise"),
        ("Cookies help us deliver our services. By using our services, you agree to our use of cookies.", "noise"),
    ]
    return out


def field_notes(r: random.Random, body: list[str]) -> list[Block]:
    out: list[Block] = [(_title(r, body), "neutral"), (f"Posted on {_date(r, 'us')} by {_name(r)}", "noise")]
    out += [(p, "body") for p in body]
    out += [(f"Filed under: {r.choice(SECTIONS)}, {r.choice(TOPICS).title()}", "noise")]
    n = r.randint(1, 3)
    out.append(("Leave a comment", "noise"))
    for _ in range(n):
        out.append((f"{_name(r)} on {_date(r, 'short')} said:", "noise"))
        out.append((" ".join(r.sample(COMMENTS, r.randint(1, 2))), "noise"))
    return out


def harbour_voice(r: random.Random, body: list[str]) -> list[Block]:
    """Header lines in one block; comments as plain paragraphs under a heading."""
    out: list[Block] = [
        (f"HARBOUR VOICE\n{r.choice(SECTIONS)} | {_date(r, 'short')}", "noise"),
        (_title(r, body), "neutral"),
        (f"Words: {_name(r)}  Pictures: {_name(r)}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("We are a community newsroom. Become a member from £3 a month and keep local reporting alive.", "noise"),
        ("Share: Facebook / X / WhatsApp / Email", "noise"),
    ]
    n = r.randint(0, 3)
    if n:
        out.append((f"Comments ({n})", "noise"))
        out += [(" ".join(r.sample(COMMENTS, r.randint(1, 2))), "noise") for _ in range(n)]
    out.append((f"Harbour Voice Ltd, 12 Quay Street. © {r.randint(2016, 2023)}\nPrivacy | Terms | Contact", "noise"))
    return out


def metro_daily(r: random.Random, body: list[str]) -> list[Block]:
    """A bare date line and "Section | date" in the header; credits inside the caption line."""
    out: list[Block] = [
        (_date(r, "long"), "noise"),
        (f"{r.choice(SECTIONS)} | {_date(r, 'us')}", "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)}, {r.choice(['Staff Writer', 'Political Editor', 'Correspondent'])}", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if r.random() < 0.8:
        paras.insert(min(1, len(paras)), (f"{_caption(r, body)} (Photo: {_name(r)}/{r.choice(AGENCIES)})", "noise"))
    out += paras
    out.append(("Metro Daily — independent news since 1987", "noise"))
    return out


def courier_post(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned, to measure it on a template it had not seen."""
    section = r.choice(SECTIONS)
    out: list[Block] = [
        ("THE COURIER POST", "noise"),
        (f"Home › {section} › {r.choice(CITIES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{_name(r)} and {_name(r)}", "noise"),
        (
            f"Published {r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2018, 2023)}, "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d} BST | Updated {r.randint(2, 59)} minutes ago",
            "noise",
        ),
    ]
    paras = [(p, "body") for p in body]
    if r.random() < 0.6 and len(paras) > 2:
        paras.insert(2, (f"Related: {_clause(r, body)}", "noise"))
    if r.random() < 0.7:
        paras.insert(min(3, len(paras)), (f"{_caption(r, body)}\nPhotograph: {_name(r)}/{r.choice(AGENCIES)}", "noise"))
    out += paras
    out.append(("Was this article helpful? Yes / No", "noise"))
    out.append(("Topics", "noise"))
    out += [(t.title(), "noise") for t in r.sample(TOPICS, r.randint(1, 4))]
    out.append(("Most read", "noise"))
    out += [(_clause(r, body), "noise") for _ in range(3)]
    out.append(
        (
            f"© {r.randint(2018, 2023)} Courier Post Group. Registered in England No. {r.randint(1000000, 9999999)}.",
            "noise",
        )
    )
    return out


def people_power(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned, to measure it on a template it had not seen."""
    out: list[Block] = [
        (f"{r.choice(WEEKDAYS)} {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2018, 2023)}", "noise"),
        (_title(r, body), "neutral"),
        (f"Category: {r.choice(TOPICS)} — {r.randint(0, 40)} comments", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("If you appreciate our work, chip in €5 so we can keep writing. Every euro goes to our reporters.", "noise"),
        ("[Donate](https://people-power.example/donate)", "noise"),
        ("Comments", "noise"),
    ]
    for _ in range(r.randint(1, 3)):
        out.append(
            (
                f"{_name(r)}\n{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2018, 2023)} at "
                f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                "noise",
            )
        )
        out.append((" ".join(r.sample(COMMENTS, r.randint(1, 3))), "noise"))
    out.append(("people-power.example is licensed under CC BY-SA 4.0", "noise"))
    return out


def ledger(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned, to measure it on a template it had not seen."""
    author = _name(r)
    out: list[Block] = [
        ("Skip to main content", "noise"),
        ("Menu\nSearch\nSign in", "noise"),
        (f"{r.choice(SECTIONS)}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"{author}\n{r.choice(WEEKDAYS)} {r.randint(1, 28)} {r.choice(MONTHS)} "
            f"{r.randint(2018, 2023)} {r.randint(6, 22):02d}.{r.randint(0, 59):02d} GMT",
            "noise",
        ),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 4:
        paras.insert(4, ("Sign up to The Ledger Briefing", "noise"))
        paras.insert(
            5,
            (
                "Our morning email breaks down the key stories of the day, telling you what's happening "
                "and why it matters.",
                "noise",
            ),
        )
    out += paras
    out += [(f"{author} is a columnist for The Ledger", "noise"), ("Explore more on these topics", "noise")]
    out += [(t.title(), "noise") for t in r.sample(TOPICS, r.randint(2, 5))]
    out += [("Reuse this content", "noise"), (f"{r.randint(0, 900)} comments", "noise")]
    return out


def wire_copy(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned, to measure it on a template it had not seen."""
    out: list[Block] = [
        (f"Wire Copy | {r.choice(SECTIONS)}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"{r.randint(1, 28)} {r.choice(MONTHS)[:3]} {r.randint(2018, 2023)} · "
            f"{r.randint(2, 9)} min read · {r.randint(0, 999)} shares",
            "noise",
        ),
    ]
    for k, p in enumerate(body):
        out.append((p, "body"))
        if k % 4 == 3 and k < len(body) - 1:
            out.append(("Continue reading below", "noise"))
    out += [
        (f"Reporting by {_name(r)}; Editing by {_name(r)} and {_name(r)}", "noise"),
        ("Our Standards: The Wire Copy Trust Principles.", "noise"),
        ("Share this story", "noise"),
        ("Facebook", "noise"),
        ("X", "noise"),
        ("LinkedIn", "noise"),
        ("More from Wire Copy", "noise"),
    ]
    out += [(f"{_clause(r, body)}\n{r.randint(2, 9)} min read", "noise") for _ in range(3)]
    return out


# The three templates below were written for issue 15 after the learner was tuned for it
# (regions, the prose guard, in-article labels): a mega menu and a footer menu of many
# one-line items, a review whose sections repeat labels ("Pros", "Cons") inside the
# article, an affiliate disclosure written as a sentence, a pull quote repeating the
# article's own sentence, and a documentation sidebar.
GADGET_MENU = [
    "Laptops", "Phones", "Tablets", "Audio", "Cameras", "Gaming", "Smart Home", "Wearables", "TV & Video",
    "Accessories", "Deals", "Buying Guides", "How-To", "Reviews", "News",
]  # fmt: skip
GADGET_FOOTER = ["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use", "Cookie settings"]
PRODUCTS = ["Aurora X2", "Nimbus Pro", "Vertex 14", "Pulse Mini", "Orbit S", "Zephyr Air", "Quanta 9", "Lumen One"]


def gadget_review(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned for issue 15, to measure it on a template it had not seen."""
    out: list[Block] = [
        ("Skip to content", "noise"),
        ("\n".join(f"* {item}" for item in GADGET_MENU), "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)} | Updated {_date(r, 'us')}", "noise"),
        ("When you buy through links on our site, we may earn an affiliate commission.", "noise"),
    ]
    paras = [(p, "body") for p in body]
    k = min(2, len(paras))
    for product in r.sample(PRODUCTS, r.randint(1, 3)):
        # The review's own structure: a heading per product and its pros and cons.
        section = [(f"{product} – {r.choice(['best overall', 'best value', 'runner-up'])}", "body"), ("Pros", "body")]
        section.append(("\n".join(f"+ {_clause(r, body)}" for _ in range(2)), "body"))
        section += [("Cons", "body"), (f"- {_clause(r, body)}", "body")]
        paras[k:k] = section
        k += len(section) + 1
    out += paras
    out += [
        ("\n".join(GADGET_FOOTER), "noise"),
        (f"© {r.randint(2019, 2024)} Gadget Review Media. All rights reserved.", "noise"),
    ]
    return out


def city_guide(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned for issue 15, to measure it on a template it had not seen."""
    city = r.choice(CITIES)
    out: list[Block] = [
        (f"Home › Guides › {city}", "noise"),
        (_title(r, body), "neutral"),
        (f"Words by {_name(r)}. Photographs by {_name(r)}.", "noise"),
    ]
    paras = [(p, "body") for p in body]
    sentences = [s for p in body for s in p.split(". ") if 60 <= len(s) <= 200]
    if sentences and len(paras) > 2:
        # A pull quote repeats a sentence of this article: article text, on this page only.
        paras.insert(2, (f"“{r.choice(sentences).rstrip('.')}.”", "neutral"))
    if len(paras) > 4:
        paras.insert(4, ("Advertisement", "noise"))
    out += paras
    out += [
        (f"Get the best of {city} in your inbox every Friday. Sign up for our newsletter.", "noise"),
        ("Related guides", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(3)]
    out.append(("City Guide is an independent travel magazine.\nContact | Privacy | Advertise", "noise"))
    return out


DOCS_SIDEBAR = [
    "Getting started", "Installation", "Configuration", "Command line", "Rules", "Rule files", "Examples",
    "Site rules", "Learning rules", "Batch runs", "Logs", "Python API", "Integrations", "Performance", "FAQ",
]  # fmt: skip


def docs_site(r: random.Random, body: list[str]) -> list[Block]:
    """Written after the learner was tuned for issue 15, to measure it on a template it had not seen."""
    here = r.randrange(len(DOCS_SIDEBAR))
    out: list[Block] = [
        ("Docs\nBlog\nCommunity\nGitHub", "noise"),
        ("Search the docs", "noise"),
        ("\n".join(DOCS_SIDEBAR), "noise"),
        (_title(r, body), "neutral"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Edit this page", "noise"),
        (f"Last updated on {_date(r, 'us')}", "noise"),
        (f"Previous: {DOCS_SIDEBAR[here - 1]}", "noise"),
        (f"Next: {DOCS_SIDEBAR[(here + 1) % len(DOCS_SIDEBAR)]}", "noise"),
        ("Was this page helpful?", "noise"),
    ]
    return out


# The four templates below were written for issue 15 before the learner's second round of
# safety work, and measured once before it changed (the "unseen templates" figure): a
# recipe blog, a government press office, a sports site and a question-and-answer site.
# Each has the noise such sites have, and lines inside the article that look like
# boilerplate and are the article's own (a recipe card's headings, "Background", player
# ratings, an "Update:" to a question).
RECIPE_MENU = ["Home", "Recipes", "Dinner", "Desserts", "Baking", "Meal Prep", "About", "Shop"]
INGREDIENTS = [
    "2 cups all-purpose flour", "1 teaspoon baking soda", "½ teaspoon fine sea salt", "3 tablespoons olive oil",
    "1 large onion, finely chopped", "2 cloves garlic, minced", "400 g chopped tomatoes", "1 cup chicken stock",
    "2 large eggs", "¾ cup brown sugar", "1 tablespoon smoked paprika", "250 ml whole milk", "1 lemon, zested",
    "a handful of fresh parsley", "100 g grated parmesan", "1 can chickpeas, drained",
]  # fmt: skip
STEPS = [
    "Preheat the oven to 180°C and line a tray with baking paper.",
    "Heat the oil in a large pan over medium heat.",
    "Add the onion and cook until soft, about 5 minutes.",
    "Stir in the garlic and paprika and cook for one minute more.",
    "Whisk the eggs and milk together in a jug.",
    "Fold the dry ingredients into the wet until just combined.",
    "Simmer, uncovered, until the sauce has thickened.",
    "Season to taste and scatter with parsley before serving.",
]


def recipe_blog(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 before the learner's second safety round (see above)."""
    votes = r.randint(3, 400)
    out: list[Block] = [
        ("\n".join(RECIPE_MENU), "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)} · Published {_date(r, 'us')} · Updated {_date(r, 'us')}", "noise"),
        (f"★★★★★ {r.randint(40, 50) / 10} from {votes} votes · {r.randint(0, 180)} Comments", "noise"),
        ("Jump to Recipe · Print Recipe", "noise"),
        ("This post may contain affiliate links. Please read my disclosure policy for details.", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 3:
        paras.insert(2, ("Advertisement", "noise"))
    if len(paras) > 5 and r.random() < 0.6:
        paras.insert(
            5, ("Want to save this recipe? Enter your email below and we'll send it straight to your inbox!", "noise")
        )
    out += paras
    # The recipe card: the article's own, on every page, with headings every card has.
    card: list[Block] = [
        ("Print\nPin\nRate", "noise"),
        (
            f"Prep Time {r.choice([5, 10, 15, 20])} minutes\nCook Time {r.choice([20, 25, 30, 45, 60])} minutes\n"
            f"Servings {r.randint(2, 8)}",
            "body",
        ),
        ("Ingredients", "body"),
        ("\n".join(f"* {i}" for i in r.sample(INGREDIENTS, r.randint(4, 8))), "body"),
        ("Instructions", "body"),
        ("\n".join(f"{k}. {s}" for k, s in enumerate(r.sample(STEPS, r.randint(3, 5)), 1)), "body"),
    ]
    if r.random() < 0.5:
        card += [("Notes", "body"), (_clause(r, body) + ".", "body")]
    card.append(
        (
            f"Nutrition: {r.randint(180, 720)} kcal · Carbohydrates: {r.randint(5, 90)} g · "
            f"Protein: {r.randint(3, 45)} g",
            "body",
        )
    )
    out += card
    out += [
        ("Did you make this recipe? Tag @hearthkitchen on Instagram and hashtag it #hearthkitchen!", "noise"),
        ("Get my 5 best weeknight dinners free when you subscribe to the newsletter.", "noise"),
        ("You may also like", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(3)]
    n = r.randint(0, 3)
    if n:
        out.append((f"{n} comments", "noise"))
        for _ in range(n):
            out.append((f"{_name(r)} says:\n{_date(r, 'us')} at {r.randint(1, 12)}:{r.randint(0, 59):02d} pm", "noise"))
            out.append((" ".join(r.sample(COMMENTS, r.randint(1, 2))), "noise"))
            out.append(("Reply", "noise"))
    out += [
        ("As an Amazon Associate I earn from qualifying purchases.", "noise"),
        (f"© {r.randint(2018, 2024)} Hearth & Kitchen · Privacy Policy · Accessibility", "noise"),
    ]
    return out


AGENCY_MENU = ["About Us", "News & Events", "Topics", "Programs & Services", "Data & Research", "Contact Us"]


def press_office(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 before the learner's second safety round (see above)."""
    out: list[Block] = [
        ("Skip to main content", "noise"),
        ("An official website of the Republic of Example\nHere's how you know", "noise"),
        ("\n".join(AGENCY_MENU), "noise"),
        ("Home > Newsroom > Press Releases", "noise"),
        ("Press Release", "noise"),
        ("FOR IMMEDIATE RELEASE", "noise"),
        (_date(r, "us"), "noise"),
        (_title(r, body), "neutral"),
        (f"Contact: Press Office, (202) 555-{r.randint(100, 999):04d}", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 4 and r.random() < 0.5:
        # The release's own parts: a "Background" heading above its last paragraphs.
        paras.insert(len(paras) - 2, ("Background", "body"))
    out += paras
    out += [
        ("###", "noise"),
        (
            "The Ministry of Example Affairs works to keep the country's roads, rivers and records in good order "
            "for everyone who depends on them.",
            "noise",
        ),
        ("Members of the media should contact the Office of Communications at press@example.gov.", "noise"),
        (f"Last Modified: {_date(r, 'us')}", "noise"),
        ("Was this page helpful?\nYes\nNo", "noise"),
        ("Follow us: X · Facebook · YouTube · LinkedIn", "noise"),
        ("Privacy Policy | FOIA | Accessibility | No FEAR Act | Inspector General | Example.gov", "noise"),
        ("Ministry of Example Affairs, 1200 Independence Avenue, Capital City", "noise"),
    ]
    return out


SPORT_MENU = ["Football", "Cricket", "Rugby Union", "Tennis", "Formula 1", "Golf", "Boxing", "More sports"]
TEAMS = ["ARS", "CHE", "LIV", "MCI", "MUN", "TOT", "NEW", "AVL", "BHA", "WHU", "EVE", "FUL"]
CLUBS = ["Arsenal", "Chelsea", "Liverpool", "Manchester City", "Tottenham", "Newcastle", "Aston Villa", "Everton"]


def scoreline(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 before the learner's second safety round (see above)."""
    ticker = []
    for _ in range(r.randint(2, 4)):
        home, away = r.sample(TEAMS, 2)
        state = r.choice(["FT", "HT", f"{r.randint(1, 90)}'"])
        ticker.append(f"{home} {r.randint(0, 4)}–{r.randint(0, 4)} {away} {state}")
    out: list[Block] = [
        ("We use cookies to give you the best experience. Accept all | Manage preferences", "noise"),
        ("\n".join(["LIVE SCORES", *ticker]), "noise"),
        ("\n".join(SPORT_MENU), "noise"),
        (f"Football | {r.choice(CLUBS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{_name(r)}, Chief Football Writer", "noise"),
        (f"{r.randint(2, 23)}h ago · {r.randint(0, 900)} comments", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 2:
        paras.insert(2, (f"Watch: {_clause(r, body)} ({r.randint(0, 4)}:{r.randint(0, 59):02d})", "noise"))
    if len(paras) > 5:
        paras.insert(5, (f"Read more: {_clause(r, body)}", "noise"))
    out += paras
    if r.random() < 0.5:
        # The match report's own ratings, under a heading every report of this kind has.
        out.append(("Player ratings", "body"))
        out += [(f"{_name(r)} {r.randint(4, 9)} – {_clause(r, body)}.", "body") for _ in range(r.randint(3, 5))]
    out += [
        ("Download the Scoreline app for live scores and alerts.", "noise"),
        ("More on this story", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(r.randint(2, 4))]
    out += [
        ("18+ only. Please gamble responsibly. BeGambleAware.org", "noise"),
        ("Terms | Privacy | Cookies | Contact us", "noise"),
        (f"© Scoreline Sport Ltd {r.randint(2019, 2024)}", "noise"),
    ]
    return out


QA_TAGS = ["python", "linux", "bash", "networking", "git", "docker", "sql", "regex", "windows", "ssh", "macos"]


def question_site(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 before the learner's second safety round (see above)."""
    tags = r.sample(QA_TAGS, r.randint(1, 4))
    out: list[Block] = [
        ("AskFix\nQuestions\nTags\nUsers\nUnanswered\nLog in\nSign up", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Asked {r.randint(1, 11)} years ago · Modified {r.randint(1, 11)} months ago · "
            f"Viewed {r.randint(1, 900)}k times",
            "noise",
        ),
        (str(r.randint(-2, 300)), "noise"),
    ]
    split = max(1, len(body) // 3)
    out += [(p, "body") for p in body[:split]]
    if r.random() < 0.4:
        out.append((f"Update: {_clause(r, body)}.", "body"))
    out += [
        (" ".join(tags), "noise"),
        ("Share\nImprove this question\nFollow", "noise"),
        (
            f"asked {_date(r, 'short')} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n{_name(r)}\n"
            f"{r.randint(1, 99)},{r.randint(100, 999)} reputation",
            "noise",
        ),
        ("Add a comment", "noise"),
        (f"{r.randint(1, 6)} Answers", "noise"),
        ("Sorted by: Highest score (default)", "noise"),
        (str(r.randint(0, 500)), "noise"),
    ]
    out += [(p, "body") for p in body[split:]]
    out += [
        ("Share\nImprove this answer\nFollow", "noise"),
        (f"answered {_date(r, 'short')} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n{_name(r)}", "noise"),
        ("Add a comment", "noise"),
        ("Your Answer", "noise"),
        (
            "Thanks for contributing an answer to AskFix! Please be sure to answer the question. Provide details "
            "and share your research!",
            "noise",
        ),
        (
            f"Not the answer you're looking for? Browse other questions tagged {' '.join(tags)} or ask your own "
            "question.",
            "noise",
        ),
        ("Hot Network Questions", "noise"),
    ]
    out += [(_clause(r, body) + "?", "noise") for _ in range(3)]
    out.append(("Site design / logo © 2026 AskFix Inc; user contributions licensed under CC BY-SA.", "noise"))
    return out


# The two templates below were written for issue 15 after the learner's second safety
# round (the prose guard everywhere, windows, headings), and measured once before any
# further change: a local newspaper and a university's news office.
LOCAL_MENU = ["News", "Local", "Sports", "Obituaries", "Opinion", "Business", "Classifieds", "Events", "e-Edition"]
TOWNS = ["Millbrook", "Cedar Falls", "Oak Ridge", "Riverton", "Elm Grove", "Fairview", "Lakeside", "Pine Hill"]
CLASSIFIEDS = [
    "Garage sale Saturday 8am-2pm, furniture and tools",
    "Help wanted: part-time cashier, evenings and weekends",
    "For sale: 2012 Ford F-150, 98,000 miles, one owner",
    "Lost cat, grey tabby, answers to Milo, reward offered",
    "Firewood, seasoned oak, delivered by the cord",
    "Apartment for rent, 2 bedrooms, utilities included",
]


def local_paper(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's second safety round (see above)."""
    town = r.choice(TOWNS)
    out: list[Block] = [
        ("Subscribe | Log in | e-Edition", "noise"),
        (f"{town}, {r.randint(20, 95)}°F {r.choice(['Sunny', 'Cloudy', 'Light rain', 'Fog', 'Clear'])}", "noise"),
        ("\n".join(LOCAL_MENU), "noise"),
    ]
    if r.random() < 0.4:
        out.append((f"BREAKING: {_clause(r, body)}", "noise"))
    out += [
        (_title(r, body), "neutral"),
        (f"By {_name(r)} {r.choice(['Staff Writer', 'Staff Reporter', 'Correspondent'])}", "noise"),
        (f"Posted: {_date(r, 'us')} | Updated: {r.randint(1, 12)}:{r.randint(0, 59):02d} pm", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 3:
        paras.insert(3, ("Subscribe for $1 for 3 months. Local journalism needs your support.", "noise"))
    out += paras
    if r.random() < 0.4:
        # A line of the article's own, at its end: the credit of a wire service.
        out.append(("The Associated Press contributed to this report.", "body"))
    out.append(
        (f"Contact {_name(r).split()[0].lower()}@valleytimes.example or call 555-01{r.randint(10, 99)}.", "noise")
    )
    out.append(("Obituaries", "noise"))
    for _ in range(3):
        out.append((f"{_name(r)}, {r.randint(61, 99)}, of {r.choice(TOWNS)}", "noise"))
    out.append(("Classifieds", "noise"))
    out += [(c, "noise") for c in r.sample(CLASSIFIEDS, 2)]
    out += [
        ("Terms of Use | Privacy Policy | Contact Us | Place an Ad", "noise"),
        (f"Copyright {r.randint(2019, 2024)} The Valley Times. All rights reserved.", "noise"),
    ]
    return out


UNI_AUDIENCES = "Students | Faculty & Staff | Alumni | Parents | Visitors"
UNI_FOOTER = ["Apply", "Visit", "Give", "Jobs", "Directory", "Maps", "Accessibility", "Emergency information"]


def university_news(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's second safety round (see above)."""
    out: list[Block] = [
        ("Skip to main content", "noise"),
        ("University of Example", "noise"),
        (UNI_AUDIENCES, "noise"),
        ("Home / News / Research", "noise"),
        (_title(r, body), "neutral"),
        (f"{_date(r, 'us')} | Media contact: {_name(r)}, news@example.edu", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 3 and r.random() < 0.5:
        paras.insert(len(paras) - 1, ("About the study", "body"))
    out += paras
    if r.random() < 0.5:
        # The release's own funding note: the same words on many releases, with their own grant.
        out.append(("Funding", "body"))
        out.append(
            (
                "This research was supported by the National Science Foundation "
                f"(grant {r.randint(1000000, 2999999)}).",
                "body",
            )
        )
    out += [
        ("Share this story: Facebook X LinkedIn Email", "noise"),
        ("More research news", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(3)]
    out += [
        ("\n".join(UNI_FOOTER), "noise"),
        (
            "The University of Example acknowledges that it sits on the traditional lands of the peoples who cared "
            "for this place long before it was founded.",
            "noise",
        ),
        ("1 University Avenue, Example City | (555) 010-2000", "noise"),
        (f"© {r.randint(2019, 2024)} The Regents of the University of Example", "noise"),
    ]
    return out


# The two templates below were written for issue 15 after the learner's last change (a
# widget's telling line must come with its prose), and measured once before any further
# change: a health information site and a company's engineering blog.
HEALTH_MENU = ["Diseases & Conditions", "Symptoms", "Tests & Procedures", "Drugs & Supplements", "Healthy Lifestyle"]
CONDITIONS = ["Migraine", "Asthma", "Sciatica", "Eczema", "Anemia", "Gout", "Vertigo", "Tinnitus", "Shingles"]


def health_info(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's last change (see above)."""
    condition = r.choice(CONDITIONS)
    out: list[Block] = [
        ("Request an appointment\nFind a doctor\nLog in to Patient Account", "noise"),
        ("\n".join(HEALTH_MENU), "noise"),
        (f"{condition}", "neutral"),
        ("Print", "noise"),
        ("Overview", "body"),
    ]
    paras = [(p, "body") for p in body]
    # The site's own section headings, in every article's body, between its paragraphs.
    if len(paras) > 2:
        paras.insert(2, ("Symptoms", "body"))
    if len(paras) > 5:
        paras.insert(5, ("When to see a doctor", "body"))
    if len(paras) > 4:
        paras.insert(4, ("Advertisement", "noise"))
    out += paras
    out += [
        (f"By Example Clinic Staff · Reviewed {_date(r, 'us')}", "noise"),
        ("Show references", "noise"),
        (
            "Example Clinic is a nonprofit organization and proceeds from Web advertising help support our mission. "
            "Example Clinic does not endorse any of the third party products and services advertised.",
            "noise",
        ),
        ("Advertising & Sponsorship\nPolicy\nOpportunities\nAd Choices", "noise"),
        (f"Related: {r.choice(CONDITIONS)} symptoms and causes", "noise"),
        ("Give today to find cures for tomorrow. Donate now.", "noise"),
        ("Terms & Conditions | Privacy Policy | Notice of Privacy Practices | Accessibility Statement", "noise"),
        (f"© 1998-{r.randint(2022, 2025)} Example Clinic Foundation for Medical Education and Research.", "noise"),
    ]
    return out


TEAMS_ENG = ["Infrastructure", "Data", "Mobile", "Security", "Frontend", "Machine Learning"]


def engineering_blog(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's last change (see above)."""
    author = _name(r)
    out: list[Block] = [
        ("We're hiring! See open roles →", "noise"),
        ("Engineering Blog\nProduct\nCareers\nAbout", "noise"),
        (f"{r.choice(TEAMS_ENG)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{author} · {_date(r, 'short')} · {r.randint(3, 18)} min read", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 3 and r.random() < 0.6:
        # A code sample of the article's own, under a label every sample on the blog has.
        paras.insert(3, ("Example", "body"))
        paras.insert(4, (f"    result = client.fetch(batch_size={r.choice([16, 32, 64, 128])})", "body"))
    out += paras
    if r.random() < 0.5:
        out.append(("Thanks to the reviewers of this post for their feedback.", "body"))
    out += [
        (f"{author}", "noise"),
        (f"{author.split()[0]} is a software engineer on the {r.choice(TEAMS_ENG)} team.", "noise"),
        (
            f"Tags: {', '.join(r.sample(['python', 'kubernetes', 'postgres', 'observability', 'rust', 'ci'], 2))}",
            "noise",
        ),
        ("Subscribe via RSS", "noise"),
        ("Keep reading", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(2)]
    out.append((f"© {r.randint(2020, 2025)} Example, Inc. · Privacy · Terms · Status", "noise"))
    return out


# The four templates below were written for issue 15 after the learner's last change
# (lists of the page's own, windows and prose, short counts, regions of long lines), and
# measured once before any further change: a real-estate listing site, a travel blog, a
# magazine with a metered paywall, and a software project's release notes. Each has lines
# inside the page's own text that look like boilerplate: a listing's facts, its "About
# this home" and its "Features" list, the travel post's "Where to stay in <city>" and
# "Getting there" with a hotel line, a pull quote, the release notes' section headings,
# their lists of changes and their closing thanks.
HOME_MENU = ["Buy", "Rent", "Sell", "Mortgages", "Find an agent", "New homes", "Commercial"]
STREETS = ["Maple Avenue", "Harbour Road", "Station Street", "Elm Close", "Mill Lane", "Park Terrace", "Church Walk"]
HOME_FEATURES = [
    "Central heating", "Double glazing", "Off-street parking", "South-facing garden", "Fitted kitchen",
    "Wood floors", "Garage", "En-suite bathroom", "Walk-in closet", "Fireplace", "Solar panels", "Basement storage",
]  # fmt: skip


def estate_listing(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's last change (see above)."""
    town = r.choice(TOWNS)
    beds, baths = r.randint(1, 5), r.randint(1, 3)
    agent = _name(r)
    out: list[Block] = [
        ("\n".join(HOME_MENU), "noise"),
        ("Sign in | Saved homes | Saved searches", "noise"),
        (f"Back to search results · {town} homes for sale", "noise"),
        (f"{r.randint(1, 240)} {r.choice(STREETS)}, {town}", "neutral"),
        (f"${r.randint(180, 990)},{r.randint(0, 9)}00", "body"),
        (f"{beds} beds · {baths} baths · {r.randint(6, 40) * 100 + r.randint(0, 99)} sq ft", "body"),
        (f"Listed {r.randint(1, 60)} days ago · {r.randint(40, 2400)} views · {r.randint(0, 90)} saves", "noise"),
        ("Save · Share · Print", "noise"),
        ("About this home", "body"),
    ]
    out += [(p, "body") for p in body[: max(1, len(body) // 2)]]
    if r.random() < 0.7:
        out.append(("Features", "body"))
        out.append(("\n".join(f"* {f}" for f in r.sample(HOME_FEATURES, r.randint(3, 6))), "body"))
    out += [(p, "body") for p in body[max(1, len(body) // 2) :]]
    out += [
        (
            f"Listing courtesy of {agent}, {r.choice(['Keystone Realty', 'Harbor Homes', 'Summit Real Estate'])}",
            "noise",
        ),
        (f"Contact agent\n{agent}\n(555) 01{r.randint(10, 99)}-{r.randint(1000, 9999)}", "noise"),
        ("Request a tour", "noise"),
        (f"Estimated monthly payment: ${r.randint(900, 5200):,}/mo", "noise"),
        ("Get pre-qualified for a mortgage in minutes. Checking your rate won't affect your credit score.", "noise"),
        ("Similar homes nearby", "noise"),
    ]
    for _ in range(3):
        out.append(
            (f"${r.randint(180, 990)},{r.randint(0, 9)}00 · {r.randint(1, 5)} bd · {r.randint(1, 3)} ba", "noise")
        )
    out += [
        (
            "Listing information is deemed reliable but not guaranteed. All measurements and square footage "
            "are approximate.",
            "noise",
        ),
        ("Equal Housing Opportunity · Fair Housing Notice · Privacy · Terms · Do Not Sell My Information", "noise"),
        (f"© {r.randint(2019, 2025)} HomeFinder Group, Inc.", "noise"),
    ]
    return out


TRAVEL_MENU = ["Destinations", "Itineraries", "Travel Tips", "Packing Lists", "About", "Work With Us"]
HOTELS = ["Casa Azul", "The Linden", "Hotel Miramar", "Pension Adler", "The Old Granary", "Riad Dar Sara"]


def travel_blog(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's last change (see above)."""
    city = r.choice(CITIES)
    out: list[Block] = [
        ("\n".join(TRAVEL_MENU), "noise"),
        (_title(r, body), "neutral"),
        (f"Last updated: {_date(r, 'us')} · by {_name(r)}", "noise"),
        (
            "This post may contain affiliate links, which means we may receive a small commission, at no extra "
            "cost to you, if you make a purchase through our links.",
            "noise",
        ),
        ("Table of contents\nShow", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 2:
        paras.insert(2, (f"Where to stay in {city}", "body"))
        hotel = r.choice(HOTELS)
        paras.insert(
            3,
            (
                f"{hotel}: {r.choice(['a quiet courtyard', 'a rooftop terrace', 'rooms over the old market'])} "
                f"from about €{r.randint(45, 260)} a night.",
                "body",
            ),
        )
        paras.insert(4, ("Check prices on Booking.com", "noise"))
    if len(paras) > 6 and r.random() < 0.6:
        paras.insert(6, ("PIN IT FOR LATER!", "noise"))
    out += paras
    if len(body) > 3 and r.random() < 0.5:
        # The post's own section, under the heading every such post has, before its last paragraph.
        out.insert(len(out) - 1, ("Getting there", "body"))
    out += [
        (f"About the author\n{_name(r)} has lived out of a backpack since 2016 and writes about slow travel.", "noise"),
        ("Get our free guide to planning a trip on a budget: join 40,000 travellers on our mailing list.", "noise"),
        ("You might also like", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(3)]
    n = r.randint(0, 3)
    out.append((f"{n} Comments" if n else "Leave a Reply", "noise"))
    for _ in range(n):
        out.append((f"{_name(r)}\n{_date(r, 'us')} at {r.randint(1, 12)}:{r.randint(0, 59):02d} am", "noise"))
        out.append((" ".join(r.sample(COMMENTS, r.randint(1, 2))), "noise"))
    out.append((f"© {r.randint(2017, 2025)} Slow Road Travel · Privacy Policy · Disclosure", "noise"))
    return out


MAG_SECTIONS = ["Politics", "Ideas", "Culture", "Science", "Books", "Technology"]


def magazine(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's last change (see above)."""
    issue = f"the {r.choice(MONTHS)} {r.randint(2019, 2025)} issue"
    out: list[Block] = [
        ("Subscribe\nSign in\nSearch", "noise"),
        (" · ".join(MAG_SECTIONS), "noise"),
        (r.choice(MAG_SECTIONS), "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)}", "noise"),
        (f"Listen to this article · {r.randint(6, 40)}:{r.randint(0, 59):02d} min", "noise"),
        (f"{r.randint(2, 9)} free articles left this month. Subscribe for unlimited access.", "noise"),
    ]
    paras = [(p, "body") for p in body]
    sentences = [s for p in body for s in p.split(". ") if 60 <= len(s) <= 180]
    if sentences and len(paras) > 3:
        paras.insert(3, (f"“{r.choice(sentences).rstrip('.')}.”", "neutral"))
    if len(paras) > 5:
        paras.insert(
            5,
            (
                "Already a subscriber? Sign in. Enjoy unlimited access to our journalism for less than $1 a week.",
                "noise",
            ),
        )
    out += paras
    out += [
        # The print edition's note: the article's own or not, annotators differ; counted as neither.
        (f"This article appears in {issue} with the headline “{_clause(r, body)}.”", "neutral"),
        ("Sign up for The Weekly Edition, our best stories in your inbox every Sunday.", "noise"),
        ("More from this issue", "noise"),
    ]
    out += [(_clause(r, body), "noise") for _ in range(3)]
    out += [
        ("About Us · Masthead · Careers · Contact · Advertise · Privacy · Terms · Manage cookies", "noise"),
        (f"Copyright © {r.randint(2019, 2025)} The Monthly Review Company. All rights reserved.", "noise"),
    ]
    return out


DOCS_VERSIONS = ["v4.2 (latest)", "v4.1", "v4.0", "v3.9"]
CHANGES = [
    "Fixed a crash when the configuration file is empty.",
    "Improved start-up time on large projects.",
    "The `--quiet` flag now also silences warnings.",
    "Dropped support for Python 3.8.",
    "Fixed a memory leak in the file watcher.",
    "Updated the bundled certificates.",
    "The log now records the time zone.",
    "Fixed wrong line numbers in error messages.",
]


def release_notes(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's last change (see above)."""
    major, minor, patch = 4, r.randint(0, 9), r.randint(0, 12)
    out: list[Block] = [
        ("Skip to content", "noise"),
        ("Docs\nDownload\nBlog\nCommunity\nGitHub", "noise"),
        ("Version: " + " | ".join(DOCS_VERSIONS), "noise"),
        ("Home › Release notes", "noise"),
        (f"Release {major}.{minor}.{patch}", "neutral"),
        (f"Released {_date(r, 'us')}", "neutral"),
        ("Highlights", "body"),
    ]
    out += [(p, "body") for p in body[:3]]
    out.append(("Bug fixes", "body"))
    out.append(("\n".join(f"- {c}" for c in r.sample(CHANGES, r.randint(2, 5))), "body"))
    if r.random() < 0.6:
        out.append(("Upgrade notes", "body"))
        out.append(("See the upgrade guide before moving from an older major version.", "body"))
    out += [(p, "body") for p in body[3:]]
    out += [
        (f"Thanks to the {r.randint(8, 60)} people who contributed to this release.", "body"),
        ("Edit this page on GitHub", "noise"),
        (f"Previous: Release {major}.{minor}.{max(0, patch - 1)}", "noise"),
        (f"Next: Release {major}.{minor}.{patch + 1}", "noise"),
        ("Was this page helpful?\nYes\nNo", "noise"),
        ("© 2025 The Example Project contributors. Documentation licensed under CC BY 4.0.", "noise"),
    ]
    return out


# The three templates below were written for issue 15 after the learner's fourth round
# (vocabulary words only in the use that names the noise, a box's heading over its text,
# no prose window next to a rule found inside the article, no figure in a window), and
# measured once before any further change: a podcast's episode pages with show notes, a
# borough council's public notices, and a parish church's weekly newsletter. Each has
# lines inside the page's own text that look like boilerplate: the show notes' headings,
# chapter times and guest line; a notice's statute heading, its "Dated this ..." line and
# the signatory every notice carries; the vicar's letter's heading and sign-off and the
# week's services.
PODCAST_MENU = ["Episodes", "About", "Hosts", "Newsletter", "Support the show"]
SPONSORS = ["Fernway", "Northloop", "Brightcart", "Quillpad", "Hollis & Co"]
ROLES = ["historian", "economist", "marine biologist", "city planner", "novelist", "epidemiologist"]


def podcast_episode(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's fourth round (see above)."""
    number = r.randint(12, 240)
    minutes = r.randint(24, 95)
    sponsor = r.choice(SPONSORS)
    out: list[Block] = [
        ("The Long Table\n" + "\n".join(PODCAST_MENU), "noise"),
        ("Listen on Apple Podcasts · Spotify · Overcast · Pocket Casts · RSS", "noise"),
        (f"Episode {number}: {_title(r, body)}", "neutral"),
        (f"{_date(r, 'us')} · {minutes} min", "noise"),
        (f"Play episode\n0:00 / {minutes}:{r.randint(0, 59):02d}", "noise"),
        ("Show notes", "body"),
        (f"Guest: {_name(r)}, {r.choice(ROLES)}", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    chapters = sorted(r.sample(range(2, minutes), min(4, minutes - 2)))
    out.append(("In this episode", "body"))
    out.append(("\n".join(f"* ({c:02d}:{r.randint(0, 59):02d}) {_clause(r, body)}" for c in chapters), "body"))
    out += [(p, "body") for p in body[2:]]
    if r.random() < 0.7:
        out.append(
            (
                f"This episode is brought to you by {sponsor}. Go to {sponsor.split()[0].lower()}.example/table "
                f"and use code TABLE for {r.choice([15, 20, 25])}% off your first order.",
                "noise",
            )
        )
    out += [
        (
            "The Long Table is listener-supported. Become a member for ad-free episodes and bonus shows: "
            "longtable.example/join",
            "noise",
        ),
        ("Read the transcript", "noise"),
        ("Share this episode\nCopy link · Facebook · X · Email", "noise"),
        ("More episodes", "noise"),
    ]
    out += [(f"Episode {number - k}: {_clause(r, body)}", "noise") for k in range(1, 4)]
    out += [
        ("© 2025 Long Table Media · Privacy · Terms", "noise"),
        ("Powered by Hostcast", "noise"),
    ]
    return out


COUNCIL_MENU = ["Bins and recycling", "Council tax", "Planning and building", "Parking", "Housing", "Jobs"]
STATUTES = [
    "TOWN AND COUNTRY PLANNING ACT 1990",
    "ROAD TRAFFIC REGULATION ACT 1984",
    "LICENSING ACT 2003",
    "HIGHWAYS ACT 1980",
]


def council_notices(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's fourth round (see above)."""
    out: list[Block] = [
        (
            "We use some essential cookies to make this website work. We'd also like to set analytics cookies. "
            "Accept analytics cookies | Reject analytics cookies | View cookies",
            "noise",
        ),
        ("Skip to main content", "noise"),
        ("Example Borough Council\n" + "\n".join(COUNCIL_MENU) + "\nSearch", "noise"),
        ("Home › Council and democracy › Public notices", "noise"),
        (f"Public notice: {_title(r, body)}", "neutral"),
        (
            f"Published: {_date(r, 'long')} · Notice type: {r.choice(['Planning', 'Traffic order', 'Licensing'])}",
            "noise",
        ),
        (r.choice(STATUTES), "body"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Comments must be received in writing by {_date(r, 'long')}.", "body"))
    day = r.randint(1, 28)
    suffix = "st" if day in (1, 21) else "nd" if day in (2, 22) else "rd" if day in (3, 23) else "th"
    out += [
        (f"Dated this {day}{suffix} day of {r.choice(MONTHS)} {r.randint(2021, 2025)}", "body"),
        ("Rachel Okonjo\nHead of Legal and Democratic Services\nExample Borough Council", "body"),
        (f"Download this notice (PDF, {r.randint(40, 400)} KB)", "noise"),
        ("Related content\nPlanning applications\nComment on a planning application\nRoad closures", "noise"),
        ("Was this page helpful?\nYes\nNo", "noise"),
        ("Report a problem with this page", "noise"),
        ("Accessibility statement · Cookies · Privacy notice · Contact us · Freedom of information", "noise"),
        ("© Example Borough Council", "noise"),
    ]
    return out


PARISH_MENU = ["Home", "About us", "Services", "What's on", "Weddings and baptisms", "Newsletter", "Give", "Contact"]
SERVICES = [
    "Sunday 8:00 Holy Communion (said)",
    "Sunday 10:00 Parish Eucharist with Sunday School",
    "Sunday 18:00 Evensong",
    "Wednesday 10:30 Midweek Communion",
    "Thursday 9:00 Morning Prayer",
    "Friday 19:30 Choir practice",
    "Saturday 10:00 Coffee morning in the church hall",
]


def parish_newsletter(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's fourth round (see above)."""
    out: list[Block] = [
        ("St Brigid's Church, Millbrook", "noise"),
        ("\n".join(PARISH_MENU), "noise"),
        (f"Weekly newsletter – {_date(r, 'long')}", "neutral"),
        (f"Posted by {r.choice(['Parish Office', 'Church Administrator'])} in Newsletter", "noise"),
        ("From the Vicar", "body"),
    ]
    out += [(p, "body") for p in body[: max(1, len(body) - 1)]]
    out.append(("With every blessing,\nRevd Anne Hughes", "body"))
    out.append(("This week", "body"))
    out.append(("\n".join(f"* {s}" for s in sorted(r.sample(SERVICES, r.randint(3, 5)), key=SERVICES.index)), "body"))
    if len(body) > 1:
        out.append(("Notices", "body"))
        out.append((body[-1], "body"))
    out += [
        ("Share: Facebook · X · WhatsApp · Email", "noise"),
        (
            "Give online: your gift helps us keep St Brigid's open, warm and welcoming to everyone. "
            "Give once or set up a regular gift.",
            "noise",
        ),
        ("Get the newsletter in your inbox every Friday: sign up here.", "noise"),
        ("Find us\nChurch Lane, Millbrook MB4 2PQ\nParish office: 01632 960 412", "noise"),
        ("St Brigid's Millbrook PCC is a registered charity, no. 1131234.", "noise"),
        (f"© {r.randint(2019, 2025)} St Brigid's Church · Privacy · Safeguarding", "noise"),
    ]
    return out


# The three templates below were written for issue 15 after the learner's fifth round (short
# sentences as prose, a widget's telling line only next to its text, lines between the
# page's own text, a labelled line's free text judged alone, fields of the page), and
# measured once before any further change: a museum's exhibition pages, a job board's ads,
# and a fan wiki's character articles. Each has lines inside the page's own text that look
# like boilerplate: an exhibition's dates, place and prices, its curator line, its
# sponsor's credit and a content note; a job's salary and contract lines, its headings,
# lists of duties and benefits, an employer's equal-opportunities sentence and closing
# date; a character's infobox fields, an opening quote and "See also".
MUSEUM_MENU = ["Visit", "Exhibitions and events", "Art and artists", "Learn", "Shop", "Membership", "Support us"]
GALLERIES = ["Level 2, Blavatnik Building", "The Sainsbury Wing", "Rooms 38 and 39", "The Lightwell Gallery"]
MUSEUM_SPONSORS = ["the Hollis Foundation", "Fernway Bank", "the Aurelia Trust", "Northloop Partners"]
EVENTS = ["Late at the Museum", "Curator's talk", "Family drawing morning", "Silent disco in the galleries"]


def museum_exhibition(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's fifth round (see above)."""
    start, end = sorted(r.sample(range(12), 2))
    year = r.randint(2023, 2026)
    hours = r.choice(["Open today 10:00–18:00", "Open today 10:00–22:00", "Closed today"])
    out: list[Block] = [
        ("We use cookies to improve your experience. Accept all cookies | Manage cookies", "noise"),
        (f"{hours}\nBook tickets", "noise"),
        ("Example Museum\n" + "\n".join(MUSEUM_MENU) + "\nSearch", "noise"),
        ("Home › Exhibitions and events", "noise"),
        ("Exhibition", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.randint(1, 28)} {MONTHS[start]} – {r.randint(1, 28)} {MONTHS[end]} {year}", "body"),
        (r.choice(GALLERIES), "body"),
        (f"Adult £{r.choice([14, 16, 18, 20, 22])}\nConcessions available\nFree for Members", "body"),
        ("Book now\nBecome a Member", "noise"),
    ]
    photographer = r.choice(["Joe Humphrys", "Lucy Dawkins"])
    paras = [(p, "body") for p in body]
    if r.random() < 0.4:
        paras.insert(0, ("Content note: this exhibition includes images of violence and conflict.", "body"))
    if len(paras) > 2:
        paras.insert(
            2,
            (
                f"{_clause(r, body)}. © {_name(r)}. Photo: Example Museum ({photographer})",
                "noise",
            ),
        )
    out += paras
    out += [
        (f"Curated by {_name(r)}, Curator, International Art, with {_name(r)}, Assistant Curator", "body"),
        (f"Supported by {r.choice(MUSEUM_SPONSORS)}", "body"),
        ("Plan your visit\nGetting here\nOpening times\nAccessibility\nFood and drink", "noise"),
        ("Share\nFacebook\nX\nEmail", "noise"),
        ("You might also like", "noise"),
    ]
    for event in r.sample(EVENTS, 3):
        out.append((f"{event}\n{_date(r, 'short')}", "noise"))
    out += [
        (
            "Sign up to our newsletter for the latest exhibitions, events and offers. You can unsubscribe at any time.",
            "noise",
        ),
        ("Members see every exhibition for free, as often as they like. Join today", "noise"),
        ("Example Museum is an exempt charity under the Charities Act 2011.", "noise"),
        ("Accessibility · Privacy · Cookies · Terms of use · Contact us", "noise"),
        (f"© Example Museum {r.randint(2024, 2026)}", "noise"),
    ]
    return out


JOB_SECTORS = ["Healthcare", "Education", "Engineering", "Charity", "Hospitality", "IT & Digital"]
EMPLOYERS = ["Millbrook NHS Trust", "Harbour Academy", "Cedar Housing", "Brightwater Foods", "Oak Ridge Council"]
DUTIES = [
    "Manage a caseload of clients and keep accurate records",
    "Plan and deliver weekly team meetings",
    "Work with colleagues across departments to improve services",
    "Prepare monthly reports for the management board",
    "Answer enquiries by phone and email",
    "Support the recruitment and training of volunteers",
    "Maintain stock levels and place orders with suppliers",
    "Carry out routine inspections and safety checks",
]
BENEFITS = [
    "28 days' holiday plus bank holidays",
    "Pension scheme with 6% employer contribution",
    "Flexible and hybrid working",
    "Free on-site parking",
    "Cycle to work scheme",
    "Employee assistance programme",
]


def job_board(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's fifth round (see above)."""
    employer = r.choice(EMPLOYERS)
    town = r.choice(TOWNS)
    low = r.randint(22, 48)
    out: list[Block] = [
        ("JobHarbour\nFind jobs\nCompany reviews\nSalary guide\nPost a job\nSign in", "noise"),
        ("What: job title, keywords or company\nWhere: town or postcode\nFind jobs", "noise"),
        (f"Jobs › {r.choice(JOB_SECTORS)} › {town}", "noise"),
        (_title(r, body), "neutral"),
        (f"{employer} – {town}", "body"),
        (f"£{low},000 – £{low + r.randint(2, 8)},000 a year", "body"),
        (r.choice(["Full-time, Permanent", "Part-time, Permanent", "Full-time, Fixed term contract"]), "body"),
        (f"Posted {r.randint(1, 29)} days ago · {r.randint(3, 180)} applicants", "noise"),
        ("Apply now\nSave job", "noise"),
        ("About the role", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(("What you'll do", "body"))
    out.append(("\n".join(f"* {d}" for d in r.sample(DUTIES, r.randint(3, 5))), "body"))
    out += [(p, "body") for p in body[2:]]
    out.append(("What we offer", "body"))
    out.append(("\n".join(f"* {b}" for b in r.sample(BENEFITS, r.randint(3, 5))), "body"))
    if r.random() < 0.5:
        out.append(("We are an equal opportunities employer and welcome applications from all backgrounds.", "body"))
    out.append((f"Closing date: {_date(r, 'long')}", "body"))
    out += [
        ("Apply now", "noise"),
        ("Report this job", "noise"),
        (
            "Beware of fraud: JobHarbour will never ask you for payment, and no genuine employer will ask you to "
            "pay to apply.",
            "noise",
        ),
        ("Get job alerts\nWe'll email you new jobs like this one.\nCreate alert", "noise"),
        ("Similar jobs", "noise"),
    ]
    for _ in range(3):
        other = r.choice(EMPLOYERS)
        out.append((f"{_clause(r, body)}\n{other} · {r.choice(TOWNS)}\n£{r.randint(20, 50)},000 a year", "noise"))
    out += [
        ("For employers: Post a job · Pricing · Employer login", "noise"),
        ("About · Help centre · Privacy · Cookies · Terms", "noise"),
        (f"© {r.randint(2024, 2026)} JobHarbour Ltd", "noise"),
    ]
    return out


WIKI_CATEGORIES = ["Characters", "Humans", "Pilots", "Deceased", "Rebels", "Season 1 characters", "Villains"]
SPECIES = ["Human", "Android", "Vulcan-born", "Unknown"]
AFFILIATIONS = ["The Resistance", "Harbour Guild", "Northern Fleet", "Independent"]


def fan_wiki(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's fifth round (see above)."""
    name = _name(r)
    out: list[Block] = [
        ("FANDOM\nGames\nMovies\nTV\nVideo", "noise"),
        ("Starfall Wiki\nExplore\nMain Page\nDiscuss\nAll Pages\nCommunity\nInteractive Maps", "noise"),
        ("Don't have an account?\nRegister\nSign In", "noise"),
        (f"in: {', '.join(r.sample(WIKI_CATEGORIES, r.randint(2, 4)))}", "noise"),
        (name, "neutral"),
        ("Sign in to edit\nHistory\nTalk (0)", "noise"),
    ]
    if r.random() < 0.5:
        out.append((f"“{_clause(r, body)}.”\n— {name}", "body"))
    out.append(
        (
            f"Species\n{r.choice(SPECIES)}\nStatus\n{r.choice(['Alive', 'Deceased', 'Unknown'])}\n"
            f"Affiliation\n{r.choice(AFFILIATIONS)}\nPortrayed by\n{_name(r)}",
            "body",
        )
    )
    if r.random() < 0.4:
        out.append(("This article is a stub. You can help Starfall Wiki by expanding it.", "noise"))
    paras = [(p, "body") for p in body]
    if len(paras) > 3:
        paras.insert(3, ("Advertisement", "noise"))
    out.append(("Biography", "body"))
    out += paras
    out += [
        ("See also", "body"),
        ("\n".join(f"* {_name(r)}" for _ in range(r.randint(2, 4))), "body"),
        ("Fan Feed", "noise"),
        ("More Starfall Wiki", "noise"),
    ]
    out += [(f"{k}\n{_name(r)}", "noise") for k in range(1, 4)]
    out += [
        ("Community content is available under CC-BY-SA unless otherwise noted.", "noise"),
        ("Follow on IG\nTikTok\nJoin Fan Lab", "noise"),
    ]
    return out


# The three templates below were written for issue 15 after the learner's sixth round (a
# licence line says it is the site's copyright, an alert box that it is a newsletter, a
# sponsor's read that it is an ad; an infobox's labels are the box's), and measured once
# before any further change: a developer conference's talk pages, a software
# company's help centre, and a local football club's match reports. Each has lines inside
# the page's own text that look like boilerplate: a talk's slot, speaker, level and track
# lines, its "Abstract" and "About the speaker" headings and a recording note; a help
# article's "Before you start" heading, a permissions sentence many articles share, steps
# that open and close alike on every page and a "Note:" line; a match report's team and
# score lines, its competition line, a half-time score, the line-up and "Player of the
# match".
CONF_MENU = ["Schedule", "Speakers", "Workshops", "Venue", "Sponsors", "Code of conduct", "Buy tickets"]
CONF_ROOMS = ["Main hall", "Room B", "Workshop room 1", "Auditorium 2"]
CONF_TRACKS = ["Platform engineering", "Frontend", "Data and ML", "Security", "Leadership"]
CONF_COMPANIES = ["Kestrel Labs", "Tidewater Systems", "Brightpath", "Orchard Cloud", "Mosaic Health"]
CONF_ROLES = ["Staff engineer", "Principal engineer", "Engineering manager", "Developer advocate", "CTO"]


def conference_talk(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's sixth round (see above)."""
    speaker = _name(r)
    day, hour, minute = r.randint(1, 3), r.randint(9, 16), r.choice([0, 15, 30])
    end = hour * 60 + minute + r.choice([25, 40])
    company = r.choice(CONF_COMPANIES)
    out: list[Block] = [
        ("Skip to main content", "noise"),
        ("NorthConf 2026\n" + "\n".join(CONF_MENU), "noise"),
        (f"Home › Schedule › Day {day}", "noise"),
        (_title(r, body), "neutral"),
        (f"Day {day} · {hour}:{minute:02d}–{end // 60}:{end % 60:02d} · {r.choice(CONF_ROOMS)}", "body"),
        (f"{speaker}\n{r.choice(CONF_ROLES)}, {company}", "body"),
        ("Add to my schedule", "noise"),
        (f"Level: {r.choice(['Beginner', 'Intermediate', 'Advanced'])}\nTrack: {r.choice(CONF_TRACKS)}", "body"),
        ("Abstract", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("This talk will be recorded, and the video published after the conference.", "body"))
    out += [
        ("About the speaker", "body"),
        (
            f"{speaker} works at {company} on {r.choice(CONF_TRACKS).lower()}, and has spoken at "
            f"{r.randint(3, 30)} conferences about {_clause(r, body).lower()}.",
            "body",
        ),
        ("Share this talk\nX\nLinkedIn\nMastodon\nCopy link", "noise"),
        ("More talks in this track", "noise"),
    ]
    for _ in range(3):
        out.append((f"{_clause(r, body)}\n{_name(r)} · Day {r.randint(1, 3)}, {r.randint(9, 16)}:00", "noise"))
    out += [
        ("Thanks to our sponsors\nKestrel Labs\nOrchard Cloud\nTidewater Systems", "noise"),
        ("Get programme updates and ticket news by email.\nSubscribe", "noise"),
        ("About · Contact · Privacy · Accessibility · Code of conduct", "noise"),
        ("NorthConf is organised by the Northwind Software Foundation, a registered charity.", "noise"),
        ("© 2026 NorthConf", "noise"),
    ]
    return out


HELP_SECTIONS = ["Billing", "Invoices", "Bank feeds", "Payroll", "Account settings", "Reports"]
HELP_AREAS = ["Billing", "Users and roles", "Bank accounts", "Tax rates", "Invoice templates", "Integrations"]


def help_centre(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's sixth round (see above)."""
    section = r.choice(HELP_SECTIONS)
    out: list[Block] = [
        ("Ledgerly Help Centre\nSubmit a request\nSign in", "noise"),
        ("How can we help?\nSearch", "noise"),
        (f"Help Centre › {section}", "noise"),
        (_title(r, body), "neutral"),
        (f"{_name(r)}\nUpdated {r.randint(2, 11)} months ago", "noise"),
        ("Follow", "noise"),
    ]
    paras = [(p, "body") for p in body]
    steps = [
        "1. Sign in to Ledgerly.",
        f"2. Go to Settings › {r.choice(HELP_AREAS)}.",
        f"3. {_clause(r, body)}.",
        "4. Select Save.",
    ]
    middle: list[Block] = [("Before you start", "body")]
    if r.random() < 0.5:
        middle.append(("You need the Admin or Owner role to change these settings.", "body"))
    middle.append(("\n".join(steps), "body"))
    if r.random() < 0.5:
        middle.append(("Note: changes can take up to 24 hours to appear on your invoices.", "body"))
    out += paras[:1] + middle + paras[1:]
    out += [
        ("Was this article helpful?\nYes\nNo", "noise"),
        (f"{r.randint(3, 90)} out of {r.randint(91, 200)} found this helpful", "noise"),
        ("Have more questions? Submit a request", "noise"),
        ("Related articles", "noise"),
        ("\n".join(f"* {_clause(r, body)}" for _ in range(3)), "noise"),
        ("Articles in this section\n" + "\n".join(_clause(r, body) for _ in range(4)), "noise"),
        ("Return to top", "noise"),
        ("Ledgerly\nPricing\nStatus\nDevelopers\nPrivacy\nTerms", "noise"),
        ("© 2026 Ledgerly Ltd. Registered in England and Wales, company no. 09876543.", "noise"),
    ]
    return out


CLUB_OPPONENTS = ["Millbrook Town", "Hollow Lane United", "St Aidan's", "Kingsford Athletic", "Eastfield Rangers"]
CLUB_TEAMS = ["First team", "Reserves", "Under-16s", "Women's first team"]
CLUB_SPONSORS = ["Hollow Lane Motors", "The Fox & Hounds", "Bright Smile Dental"]
CLUB_COMPETITIONS = ["County League Division One", "County Cup, second round", "League Cup, group stage"]


def club_match_report(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 after the learner's sixth round (see above)."""
    opponent = r.choice(CLUB_OPPONENTS)
    ours, theirs = r.randint(0, 4), r.randint(0, 4)
    out: list[Block] = [
        ("Riverside Rovers FC\nHome\nNews\nFixtures & results\nTeams\nJoin the club\nShop\nContact", "noise"),
        ("News › Match reports", "noise"),
        (_title(r, body), "neutral"),
        (f"Posted by {_name(r)} on {_date(r, 'long')}", "noise"),
        (r.choice(CLUB_TEAMS), "body"),
        (f"Riverside Rovers {ours}–{theirs} {opponent}", "body"),
        (f"{r.choice(CLUB_COMPETITIONS)} · {r.choice(['Home', 'Away'])}", "body"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 2:
        paras.insert(2, (f"Half-time: {min(ours, r.randint(0, 2))}–{min(theirs, r.randint(0, 2))}", "body"))
    out += paras
    out += [
        ("Rovers: " + ", ".join(_name(r).split()[-1] for _ in range(11)), "body"),
        ("Subs: " + ", ".join(_name(r).split()[-1] for _ in range(3)), "body"),
        (f"Player of the match: {_name(r)}", "body"),
        (f"Thanks to our match sponsor, {r.choice(CLUB_SPONSORS)}.", "noise"),
        ("Share this:\nFacebook\nX\nWhatsApp", "noise"),
        ("Next match", "noise"),
        (f"{r.choice(CLUB_OPPONENTS)} (A) · Saturday {r.randint(1, 28)} {r.choice(MONTHS)} · 3pm", "noise"),
        ("Our sponsors\n" + "\n".join(CLUB_SPONSORS), "noise"),
        ("Riverside Rovers FC is an FA Charter Standard club. Registered charity no. 1123456.", "noise"),
        ("Privacy policy · Safeguarding · Cookie settings", "noise"),
        ("© 2026 Riverside Rovers FC · Website by ClubSites", "noise"),
    ]
    return out


RENTAL_TOWNS = [
    "St Ives, Cornwall",
    "Keswick, Cumbria",
    "Tenby, Pembrokeshire",
    "Whitby, North Yorkshire",
    "Rye, East Sussex",
]
AMENITIES = [
    "Wifi",
    "Free parking on premises",
    "Dishwasher",
    "Washing machine",
    "Wood burner",
    "Enclosed garden",
    "Hot tub",
    "EV charger",
    "Sea views",
    "Travel cot and high chair",
]
BEDROOMS = ["1 king bed", "1 double bed", "2 single beds", "1 double bed and 1 single bed", "Bunk beds"]
CANCELLATION = [
    "Free cancellation for 48 hours. Cancel before 30 days ahead of check-in for a full refund.",
    "Non-refundable: no refund if you cancel.",
    "Cancel up to 14 days before check-in for a 50% refund.",
]


def holiday_rental(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 in its seventh round (the judge as a witness, not adopted), unmeasured until then."""
    town = r.choice(RENTAL_TOWNS)
    guests, beds, baths = r.randint(2, 10), r.randint(1, 5), r.randint(1, 3)
    out: list[Block] = [
        (
            "Coast Cottages\nDestinations\nSpecial offers\nLast minute\nDog friendly\nList your property\nSign in",
            "noise",
        ),
        ("Where to?\nCheck in\nCheck out\nGuests\nSearch", "noise"),
        (f"Home › {town.split(', ')[1]} › {town.split(', ')[0]}", "noise"),
        (_title(r, body), "neutral"),
        (f"Ref. {r.randint(10000, 99999)} · {town}", "body"),
        (f"★ {r.randint(40, 50) / 10:.1f} · {r.randint(2, 120)} reviews", "neutral"),
        (f"Show all {r.randint(12, 40)} photos\nSave\nShare", "noise"),
        (
            f"Sleeps {guests} · {beds} bedroom{'s' * (beds > 1)} · {baths} bathroom{'s' * (baths > 1)}"
            + (" · Dogs welcome" if r.random() < 0.4 else ""),
            "body",
        ),
        (f"From £{r.randint(70, 400)} night\nCheck availability\nYou won't be charged yet", "noise"),
        ("About this property", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(("What this place offers", "body"))
    out.append(("\n".join(r.sample(AMENITIES, r.randint(4, 7))), "body"))
    out += [(p, "body") for p in body[2:]]
    out.append(("Sleeping arrangements", "body"))
    out.append(("\n".join(f"Bedroom {k + 1}: {r.choice(BEDROOMS)}" for k in range(beds)), "body"))
    out.append(("House rules", "body"))
    out.append(
        (
            f"Check-in: after {r.choice(['3pm', '4pm', '5pm'])}\nCheckout: before {r.choice(['10am', '11am'])}\n"
            f"{r.choice(['No smoking', 'No smoking inside'])}\nNo parties or events",
            "body",
        )
    )
    out.append((f"Cancellation policy: {r.choice(CANCELLATION)}", "body"))
    host = _name(r)
    out += [
        (f"Hosted by {host}\n{r.choice(['Superhost · ', ''])}{r.randint(1, 12)} years hosting\nContact host", "noise"),
        (
            "To protect your payment, never transfer money or communicate outside of the Coast Cottages website.",
            "noise",
        ),
        ("Guest reviews", "noise"),
    ]
    for _ in range(r.randint(1, 3)):
        out.append((f"{r.choice(FIRST)}\n{r.choice(MONTHS)} {r.randint(2022, 2025)}\n{_clause(r, body)}.", "noise"))
    out += [
        ("Show all reviews", "noise"),
        ("Where you'll be", "noise"),
        ("Map data ©2026", "noise"),
        ("Report this listing", "noise"),
        ("Similar cottages nearby", "noise"),
    ]
    for _ in range(3):
        out.append((f"{_clause(r, body)}\nSleeps {r.randint(2, 10)} · from £{r.randint(70, 400)} night", "noise"))
    out += [
        ("Help centre · Cancellation options · Privacy · Cookies · Terms", "noise"),
        ("Coast Cottages Ltd is a member of ABTA (P1234). Registered in England no. 04567890.", "noise"),
        (f"© {r.randint(2024, 2026)} Coast Cottages Ltd", "noise"),
    ]
    return out


PACKAGES = ["tidyframe", "quickhttp", "pathwalk", "yamlette", "retryable", "tinycron", "colorlog", "schemafy"]
LICENCES = ["MIT License", "Apache Software License", "BSD License", "GNU General Public License v3 (GPLv3)"]
CLASSIFIERS = [
    "Development Status :: 4 - Beta",
    "Development Status :: 5 - Production/Stable",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Topic :: Software Development :: Libraries",
    "Typing :: Typed",
]


def package_index(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 in its seventh round (the judge as a witness, not adopted), unmeasured until then."""
    name = r.choice(PACKAGES)
    major, minor, patch = r.randint(0, 4), r.randint(0, 20), r.randint(0, 9)
    version = f"{major}.{minor}.{patch}"
    licence = r.choice(LICENCES)
    user = f"{r.choice(FIRST).lower()}{r.randint(1, 99)}"
    out: list[Block] = [
        ("Skip to main content", "noise"),
        ("PkgIndex\nHelp\nSponsors\nLog in\nRegister", "noise"),
        ("Search projects\nSearch", "noise"),
        (f"{name} {version}", "neutral"),
        (f"pip install {name}", "neutral"),
        ("Latest version", "noise"),
        (f"Released: {MONTHS[r.randrange(12)][:3]} {r.randint(1, 28)}, {r.randint(2021, 2026)}", "noise"),
        (_clause(r, body), "body"),
        ("Navigation\nProject description\nRelease history\nDownload files", "noise"),
        ("Verified details\nThese details have been verified by PkgIndex\nMaintainers", "noise"),
        (user, "noise"),
        (
            f"Meta\nLicense: {licence}\nAuthor: {_name(r)}\nRequires: Python >={r.choice(['3.8', '3.9', '3.10'])}",
            "noise",
        ),
        ("Classifiers\n" + "\n".join(sorted(r.sample(CLASSIFIERS, r.randint(3, 6)))), "noise"),
        ("Project description", "noise"),
    ]
    out += [(p, "body") for p in body[:1]]
    out += [
        ("Installation", "body"),
        (f"pip install {name}", "body"),
        ("Usage", "body"),
        (f">>> import {name}\n>>> {name}.run()", "body"),
    ]
    out += [(p, "body") for p in body[1:]]
    if r.random() < 0.6:
        out += [("License", "body"), (f"Distributed under the {licence}. See LICENSE for more information.", "body")]
    out += [
        ("Download files", "noise"),
        (
            "Download the file for your platform. If you're not sure which to choose, learn more about installing "
            "packages.",
            "noise",
        ),
        (
            f"Source Distribution\n{name}-{version}.tar.gz ({r.randint(12, 900)}.{r.randint(0, 9)} kB view hashes)",
            "noise",
        ),
        (
            f"Built Distribution\n{name}-{version}-py3-none-any.whl ({r.randint(8, 400)}.{r.randint(0, 9)} kB view "
            "hashes)",
            "noise",
        ),
        ("Help\nInstalling packages\nUploading packages\nUser guide\nFAQs", "noise"),
        ("About PkgIndex\nPkgIndex on GitHub\nInfrastructure dashboard\nStatistics\nSponsors", "noise"),
        ("Status: All systems operational", "noise"),
        ("Developed and maintained by the Python community, for the Python community. Donate today!", "noise"),
        (f"© {r.randint(2024, 2026)} PkgIndex contributors · Privacy Notice · Code of Conduct", "noise"),
    ]
    return out


FOOD_CITIES = ["Leeds", "Bristol", "Glasgow", "Manchester", "Cardiff", "Brighton"]
DISHES = ["the pork belly", "the crab toast", "the burnt basque cheesecake", "the lamb shoulder", "the hispi cabbage"]


def food_blog(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 in its seventh round (the judge as a witness, not adopted), unmeasured until then."""
    city = r.choice(FOOD_CITIES)
    author = _name(r)
    out: list[Block] = [
        ("Fork & Field\nReviews\nCity guides\nNew openings\nNewsletter\nAbout", "noise"),
        (f"Reviews › {city}", "noise"),
        (_title(r, body), "neutral"),
        (f"By {author} · {_date(r, 'short')}", "noise"),
        ("We pay for every meal we review. Read our review policy.", "noise"),
        (
            f"Address: {r.randint(1, 140)} {r.choice(['Mill Lane', 'High Street', 'Quay Street', 'Market Row'])}, "
            f"{city}",
            "body",
        ),
        (f"Price: {r.choice(['£', '££', '£££'])} · Open {r.choice(['Wed–Sun', 'Tue–Sat', 'every day'])}", "body"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 2:
        paras.insert(2, ("Advertisement", "noise"))
    if len(paras) > 4:
        paras.insert(4, (f"Don't miss: {r.choice(DISHES)}", "body"))
    out += paras
    out += [
        (
            f"The bill: £{r.randint(30, 180)} for two, including "
            f"{r.choice(['a bottle of wine', 'drinks', 'service'])}.",
            "body",
        ),
        (f"Food {r.randint(5, 10)}/10 · Service {r.randint(5, 10)}/10 · Atmosphere {r.randint(5, 10)}/10", "body"),
        (
            f"Tags: {', '.join(r.sample(['brunch', 'small plates', 'seafood', 'vegan', 'pubs', 'date night'], 2))}",
            "noise",
        ),
        ("Share this review\nFacebook\nX\nPinterest\nEmail", "noise"),
        ("About the author", "noise"),
        (f"{author} is a food writer based in {city}.", "noise"),
        ("You might also like", "noise"),
    ]
    out += [(f"{_clause(r, body)}", "noise") for _ in range(3)]
    comments = r.randint(0, 3)
    out.append((f"{comments} comments" if comments != 1 else "1 comment", "noise"))
    for _ in range(comments):
        out.append((f"{_name(r)} says:\n{r.choice(COMMENTS)}", "noise"))
    out += [
        ("The best new openings in your inbox every Thursday.\nSubscribe", "noise"),
        ("Follow @forkandfield on Instagram", "noise"),
        ("Advertise with us · Privacy · Cookies · Contact", "noise"),
        (f"© {r.randint(2024, 2026)} Fork & Field", "noise"),
    ]
    return out


# The three templates below were written for issue 15 in its eighth round, after the learner
# was changed for it (a field's label judged by its own words, a label over two values or
# more a field) and before they were measured: a playhouse's show pages, a university's
# course pages, and a used-car site's adverts. Each has lines inside the page's own text
# that look like boilerplate: the show's dates, running time, age guidance, access
# performances, cast and "Contains ..." warnings; the course's UCAS code, duration, fees,
# "Modules" and "Entry requirements" with their lists, an accreditation line; the car's
# price, key specs, seller, history lines and the dealer's own "Part exchange welcome".

STAGES = ["Main House", "Studio", "Courtyard Theatre"]
GENRES = ["Drama", "Comedy", "Musicals", "Family", "Dance"]
AGE_GUIDANCE = ["Recommended for ages 12+", "Suitable for all ages", "Recommended for ages 14+", "Ages 8+"]
WARNINGS = [
    "Contains strobe lighting, haze and loud bangs.",
    "Contains strong language and references to suicide.",
    "Contains smoking of herbal cigarettes and depictions of violence.",
]
PAPERS = ["The Guardian", "The Stage", "Evening Standard", "WhatsOnStage", "The Times"]
ROLES_THEATRE = ["Director", "Designer", "Lighting Designer", "Sound Designer", "Movement Director"]


def playhouse_show(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 in its eighth round (see above), unmeasured until then."""
    start_day, start_month = r.randint(1, 28), r.randrange(11)
    run_weeks = r.randint(3, 9)
    end_month = min(11, start_month + run_weeks // 4 + 1)
    out: list[Block] = [
        ("Box office 0161 555 0123\nBasket\nSign in", "noise"),
        ("Riverside Playhouse\nWhat's on\nPlan your visit\nLearning\nSupport us\nAbout us", "noise"),
        (f"What's on › {r.choice(GENRES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{start_day} {MONTHS[start_month]} – {r.randint(1, 28)} {MONTHS[end_month]} 2026", "body"),
        (r.choice(STAGES), "body"),
        (f"Tickets £{r.choice([10, 12, 15, 18])} – £{r.choice([32, 38, 45, 52])}", "body"),
        ("Book tickets\nAdd to wishlist", "noise"),
    ]
    if r.random() < 0.6:
        stars = "★" * r.randint(4, 5)
        out.append((f"{stars} “{_clause(r, body)}” – {r.choice(PAPERS)}", "body"))
    out += [(p, "body") for p in body]
    hours = r.randint(1, 2)
    out.append(
        (
            f"Running time: approximately {hours} hour{'s' if hours > 1 else ''} {r.choice([10, 20, 30, 45])} minutes, "
            + r.choice(["including an interval", "with no interval"]),
            "body",
        )
    )
    out.append((r.choice(AGE_GUIDANCE), "body"))
    if r.random() < 0.7:
        out.append((r.choice(WARNINGS), "body"))
    out.append(("Access performances", "body"))
    out.append(
        (
            f"* Captioned: {r.choice(WEEKDAYS)} {r.randint(1, 28)} {MONTHS[start_month]}, 7.30pm\n"
            f"* Audio described: {r.choice(WEEKDAYS)} {r.randint(1, 28)} {MONTHS[end_month]}, 2.30pm\n"
            f"* Relaxed: {r.choice(WEEKDAYS)} {r.randint(1, 28)} {MONTHS[end_month]}, 2.30pm",
            "body",
        )
    )
    out.append(("Cast", "body"))
    out.append(("\n".join(_name(r) for _ in range(r.randint(3, 6))), "body"))
    out.append(("Creative team", "body"))
    out.append(("\n".join(f"{role}: {_name(r)}" for role in r.sample(ROLES_THEATRE, 3)), "body"))
    out += [
        ("Members book first, and save 10% on every ticket. Become a member", "noise"),
        ("You might also like", "noise"),
    ]
    for _ in range(3):
        m = r.randrange(11)
        out.append(
            (f"{_clause(r, body)}\n{r.randint(1, 28)} {MONTHS[m]} – {r.randint(1, 28)} {MONTHS[m + 1]} 2026", "noise")
        )
    out += [
        ("Sign up to our newsletter for first news of shows and priority booking.\nEmail address\nSign up", "noise"),
        ("Riverside Playhouse, 1 Quay Street, Salford M3 3JE", "noise"),
        ("Supported using public funding by Arts Council England", "noise"),
        ("Registered charity no. 1065027 · Privacy · Cookies · Accessibility · Contact", "noise"),
        (f"© {r.randint(2024, 2026)} Riverside Playhouse Trust", "noise"),
    ]
    return out


COURSES = [
    ("BSc (Hons) Computer Science", "G400"),
    ("BA (Hons) History", "V100"),
    ("BSc (Hons) Nursing (Adult)", "B740"),
    ("BEng (Hons) Civil Engineering", "H200"),
    ("BA (Hons) Journalism", "P500"),
    ("BSc (Hons) Psychology", "C800"),
    ("LLB (Hons) Law", "M100"),
    ("BSc (Hons) Geography", "F800"),
]
MODULES = [
    "Foundations of the discipline",
    "Research methods",
    "Professional practice",
    "Data analysis",
    "Ethics and society",
    "Independent project",
    "Work placement (optional)",
    "Study abroad (optional)",
    "Contemporary debates",
    "Communication skills",
]
BODIES_ACCREDIT = ["British Computer Society", "Nursing and Midwifery Council", "Institution of Civil Engineers"]


def course_page(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 in its eighth round (see above), unmeasured until then."""
    course, ucas = r.choice(COURSES)
    offer = r.choice(["AAB", "ABB", "BBB", "BBC", "112 UCAS points", "120 UCAS points"])
    out: list[Block] = [
        ("Clearing 2026: places available. Call 0800 555 0199", "noise"),
        ("University of Northfield\nStudy\nResearch\nInternational\nAbout\nAlumni\nSearch", "noise"),
        ("Study › Undergraduate › Courses", "noise"),
        (course, "neutral"),
        (
            f"UCAS code: {ucas}\nDuration: {r.choice(['3 years full-time', '4 years with placement year'])}\n"
            f"Start: September {r.choice([2026, 2027])}\nLocation: {r.choice(['City Campus', 'Riverside Campus'])}",
            "body",
        ),
        ("Apply through UCAS\nBook an open day\nOrder a prospectus", "noise"),
        ("Overview", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    if r.random() < 0.5:
        out.append((f"This course is accredited by the {r.choice(BODIES_ACCREDIT)}.", "body"))
    out.append(("Modules", "body"))
    out.append(("\n".join(f"* {m}" for m in r.sample(MODULES, r.randint(4, 6))), "body"))
    out += [(p, "body") for p in body[2:]]
    out.append(("Entry requirements", "body"))
    out.append(
        (
            f"Typical offer: {offer}\nGCSE: English and Maths at grade 4 (C) or above\n"
            f"IELTS: {r.choice(['6.0', '6.5', '7.0'])} overall",
            "body",
        )
    )
    out.append(("Fees", "body"))
    out.append(
        (
            f"UK students: £9,535 per year\nInternational students: £{r.randint(16, 24)},{r.choice(['000', '500'])} "
            "per year",
            "body",
        )
    )
    out += [
        (
            "We make every effort to run courses as described, but content may change. Read our terms and "
            "conditions before you apply.",
            "noise",
        ),
        ("Chat to a student\nAsk us a question", "noise"),
        ("You may also be interested in", "noise"),
    ]
    for _ in range(3):
        other, _code = r.choice(COURSES)
        out.append((other, "noise"))
    out += [
        ("University of Northfield, Northfield NF1 2AB · +44 (0)1632 960000", "noise"),
        ("Accessibility · Privacy and cookies · Modern slavery statement · Freedom of information", "noise"),
        (f"© University of Northfield {r.randint(2024, 2026)}", "noise"),
    ]
    return out


CARS = [
    ("Ford", "Focus", "1.0 EcoBoost Titanium 5dr"),
    ("Volkswagen", "Golf", "1.5 TSI Life 5dr"),
    ("Toyota", "Yaris", "1.5 Hybrid Design 5dr"),
    ("Vauxhall", "Corsa", "1.2 SE 5dr"),
    ("Nissan", "Qashqai", "1.3 DiG-T N-Connecta 5dr"),
    ("Kia", "Sportage", "1.6 T-GDi GT-Line 5dr"),
]
DEALERS = [("Hartley Motors", "Leeds"), ("Bridge Street Cars", "Stockport"), ("M. Ahmed", "Bradford (private)")]
CAR_FEATURES = [
    "Apple CarPlay and Android Auto",
    "Rear parking sensors",
    "Heated front seats",
    "Adaptive cruise control",
    "Sat nav",
    "Dual-zone climate control",
    "Alloy wheels",
    "Reversing camera",
]


def car_advert(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15 in its eighth round (see above), unmeasured until then."""
    make, model, trim = r.choice(CARS)
    year = r.randint(2015, 2022)
    price = r.randint(5, 24) * 1000 + r.choice([0, 250, 495, 750, 995])
    dealer, place = r.choice(DEALERS)
    out: list[Block] = [
        ("MotorMart\nUsed cars\nNew cars\nSell my car\nValue my car\nCar finance\nSign in", "noise"),
        (f"Used cars › {make} › {model}", "noise"),
        (f"{year} {make} {model} {trim}", "neutral"),
        (f"£{price:,}", "body"),
        (
            f"{year} · {r.randint(4, 95)},{r.randint(100, 999)} miles · {r.choice(['Manual', 'Automatic'])} · "
            f"{r.choice(['Petrol', 'Diesel', 'Hybrid'])} · {r.choice(['1.0L', '1.5L', '1.6L', '2.0L'])}",
            "body",
        ),
        (f"{r.choice(['Great', 'Good', 'Fair'])} price · £{r.randint(100, 900)} below market average", "noise"),
        (f"{dealer}, {place}", "body"),
        (f"Dealer rating {r.randint(38, 50) / 10:.1f} ({r.randint(12, 900)} reviews)", "noise"),
        ("Call seller\nEmail seller\nSave", "noise"),
        ("Description", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(("Part exchange welcome. Finance available subject to status.", "body"))
    out.append(("Vehicle history", "body"))
    out.append(
        (
            f"MOT: until {MONTHS[r.randrange(12)]} {r.choice([2026, 2027])}\nPrevious owners: {r.randint(1, 4)}\n"
            f"Service history: {r.choice(['Full', 'Part', 'Full dealer'])}",
            "body",
        )
    )
    out.append(("Features", "body"))
    out.append(("\n".join(f"* {f}" for f in r.sample(CAR_FEATURES, r.randint(3, 6))), "body"))
    out += [
        (
            f"Representative example: cash price £{price:,}, deposit £{price // 10:,}, 48 monthly payments of "
            f"£{price // 55:,}, representative APR {r.choice(['9.9', '10.9', '11.9'])}%.",
            "noise",
        ),
        (
            "Stay safe: never pay a deposit or transfer money before you have seen the car and its documents. "
            "Report this ad",
            "noise",
        ),
        ("Similar cars", "noise"),
    ]
    for _ in range(3):
        omake, omodel, otrim = r.choice(CARS)
        out.append(
            (f"{r.randint(2015, 2022)} {omake} {omodel} {otrim}\n£{r.randint(5, 24)},{r.randint(100, 999)}", "noise")
        )
    out += [
        ("Buying a car · Selling a car · Car reviews · Help", "noise"),
        ("MotorMart Ltd is authorised and regulated by the Financial Conduct Authority.", "noise"),
        (f"© {r.randint(2024, 2026)} MotorMart Ltd · Privacy · Cookies · Terms", "noise"),
    ]
    return out


# The six templates below were written for issue 15's tenth round after the learner's
# changes of that round were final (fields in a block with a field, labels with hyphens and
# numbers, a pattern over several labels, no window over a section of the page, "previous"
# only as a link's label; the window rule and the numbered labels were dropped after their
# first run, see FALLS_SHORT's comment), and before any of them was run: an online hardware shop's
# product pages, a gardening forum's threads, a software library's API docs, a local news
# site, an events listing site and a government guidance page. They are never changed
# after their first run. Each has lines inside the page's own text that look like
# boilerplate: a product's price, stock line, product code and specification labels; a
# forum post's edit note; the docs' "Note:" lines, parameters and version notes; a news
# story's standfirst and a "Read more" pointer inside it; an event's date, venue, price and
# age lines and its organiser; the guidance's "Who this applies to" and the labelled
# thresholds of a tax rule.

TOOL_MENU = ["Power tools", "Hand tools", "Garden", "Decorating", "Plumbing", "Electrical", "Deals"]
TOOL_PRODUCTS = [
    ("Cordless drill driver 18V", "Voltmaster"),
    ("Claw hammer 16oz", "Forgeline"),
    ("Laser level with tripod", "Trueline"),
    ("Wet and dry vacuum 20L", "Draftair"),
    ("Mitre saw 210mm", "Voltmaster"),
    ("Spirit level 600mm", "Trueline"),
    ("Garden shredder 2500W", "Greenhaul"),
]
TOOL_MATERIALS = ["Steel", "Aluminium", "ABS plastic", "Fibreglass", "Carbon steel"]
REVIEWERS = ["DIYDave", "Sue_B", "handyman77", "Karen W", "Tom from Leeds", "Mags", "PJ"]
REVIEW_LINES = [
    "Does the job, battery lasts well.",
    "Good value for the money.",
    "Arrived quickly and well packed.",
    "Bit heavier than I expected.",
    "Would buy again.",
    "Instructions could be clearer.",
]


def hardware_shop(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's tenth round after the learner's changes (see above)."""
    name, brand = r.choice(TOOL_PRODUCTS)
    price = r.randint(8, 240)
    out: list[Block] = [
        ("Free delivery on orders over £50 | Click & collect in 1 hour", "noise"),
        ("ToolDen\nSearch products\nStores\nMy account\nBasket (0)", "noise"),
        ("\n".join(TOOL_MENU), "noise"),
        (f"Home › {r.choice(TOOL_MENU)} › {brand}", "noise"),
        (f"{brand} {name}", "neutral"),
        (f"£{price}.{r.choice(['00', '49', '99'])}", "body"),
        (r.choice(["In stock", "Only 3 left", "In stock", "Low stock", "In stock at 12 stores"]), "body"),
        (f"Product code: {r.randint(100000, 999999)}", "body"),
        ("Add to basket\nAdd to wishlist", "noise"),
        (f"★ {r.randint(35, 50) / 10:.1f} ({r.randint(3, 400)} reviews)", "noise"),
        ("Product description", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Specifications", "body"))
    out.append(
        (
            f"Brand: {brand}\nMaterial: {r.choice(TOOL_MATERIALS)}\nWeight: {r.randint(2, 90) / 10:.1f}kg\n"
            f"Guarantee: {r.choice(['1 year', '2 years', '3 years', '2 years'])}",
            "body",
        )
    )
    if r.random() < 0.5:
        out.append(("Batteries not included.", "body"))
    out.append(("Customer reviews", "noise"))
    for _ in range(r.randint(2, 3)):
        out.append(
            (
                f"{'★' * r.randint(3, 5)} {r.choice(REVIEWERS)}, {r.choice(MONTHS)} {r.randint(2023, 2025)}\n"
                f"{r.choice(REVIEW_LINES)}",
                "noise",
            )
        )
    out.append(("Customers also bought", "noise"))
    for _ in range(3):
        other, obrand = r.choice(TOOL_PRODUCTS)
        out.append((f"{obrand} {other}\n£{r.randint(8, 240)}.99", "noise"))
    out += [
        ("Help & contact · Delivery · Returns · Store finder · Careers", "noise"),
        ("Prices include VAT. ToolDen Ltd, registered in England no. 01234567.", "noise"),
        (f"© ToolDen {r.randint(2024, 2026)}", "noise"),
    ]
    return out


FORUM_BOARDS = ["Vegetables", "Fruit", "Greenhouse", "Lawns", "Pests and diseases", "Allotments"]
FORUM_USERS = ["rhubarbrose", "plotholder12", "GreenThumbGeoff", "mollythemole", "Beansprout", "oldgardener"]
FORUM_REPLIES = [
    "Same here, it happened to mine last spring.",
    "Have you tried netting them?",
    "Thanks for posting this, very useful.",
    "I'd leave it another week before doing anything.",
    "Ours did the same after all the rain.",
    "Good luck with it, let us know how you get on.",
]


def forum_thread(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's tenth round after the learner's changes (see above)."""
    user = r.choice(FORUM_USERS)
    out: list[Block] = [
        ("Growers' Forum\nForums\nWhat's new\nMembers\nLog in\nRegister", "noise"),
        (f"Forums › {r.choice(FORUM_BOARDS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"Thread starter {user} · Start date {_date(r, 'short')}", "noise"),
        (
            f"{user}\nJoined {MONTHS[r.randrange(12)][:3]} {r.randint(2009, 2023)} · Posts: {r.randint(3, 4000)}",
            "noise",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.4:
        out.append((f"Last edited: {_date(r, 'short')}", "body"))
    out.append(("Reply · Quote · Report", "noise"))
    for _ in range(r.randint(2, 4)):
        other = r.choice(FORUM_USERS)
        out.append((f"{other}\n{_date(r, 'short')}", "noise"))
        out.append((r.choice(FORUM_REPLIES), "noise"))
        out.append(("Reply · Quote · Report", "noise"))
    out += [
        ("You must log in or register to reply here.", "noise"),
        ("Similar threads", "noise"),
        (f"{_clause(r, body)}\nReplies: {r.randint(1, 40)} · Views: {r.randint(50, 9000)}", "noise"),
        (f"{_clause(r, body)}\nReplies: {r.randint(1, 40)} · Views: {r.randint(50, 9000)}", "noise"),
        ("Contact us · Terms and rules · Privacy policy · Help", "noise"),
        ("Community platform by XenBoard © 2010-2025", "noise"),
    ]
    return out


QUILL_SIDEBAR = ["Introduction", "Installation", "Quickstart", "Tutorial", "API reference", "Changelog", "FAQ"]
QUILL_FUNCS = ["open_session", "read_table", "write_table", "connect", "retry", "stream_rows", "close_all"]


def api_docs(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's tenth round after the learner's changes (see above)."""
    func = r.choice(QUILL_FUNCS)
    out: list[Block] = [
        ("Quill 3.2 documentation\nv3.2 ▾\nSearch docs", "noise"),
        ("\n".join(f"* {item}" for item in QUILL_SIDEBAR), "noise"),
        (f"Docs › API reference › {func}", "noise"),
        (f"quill.{func}()", "neutral"),
        ("Edit on GitHub", "noise"),
    ]
    if r.random() < 0.5:
        out.append((f"New in version 3.{r.randint(0, 2)}.", "body"))
    out += [(p, "body") for p in body[:2]]
    out.append(("Parameters", "body"))
    out.append(
        (
            f"path (str): {r.choice(['the file to open', 'where the table lives', 'a URL or a local path'])}\n"
            f"timeout (float): seconds to wait, default {r.choice([5, 10, 30])}\n"
            f"retries (int): {r.choice(['how many times to try again', 'attempts before giving up'])}",
            "body",
        )
    )
    out += [(p, "body") for p in body[2:]]
    if r.random() < 0.6:
        out.append(("Note: this function is not thread-safe; use one session per thread.", "body"))
    out += [
        ("Was this page helpful?\nYes\nNo", "noise"),
        (f"Previous: quill.{r.choice(QUILL_FUNCS)}()\nNext: quill.{r.choice(QUILL_FUNCS)}()", "noise"),
        ("© 2026 The Quill Project. Licensed under CC BY 4.0.", "noise"),
        ("Built with Sphinx using a theme provided by Read the Docs.", "noise"),
    ]
    return out


ECHO_SECTIONS = ["Crime", "Council", "Schools", "Health", "Transport", "Business", "Sport"]
ECHO_TOWNS = ["Bramford", "Hollesley", "Wickham", "Otley Green", "Capel St Mary"]


def local_news(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's tenth round after the learner's changes (see above)."""
    town = r.choice(ECHO_TOWNS)
    out: list[Block] = [
        (f"{town} {r.randint(2, 21)}°C {r.choice(['Light rain', 'Sunny intervals', 'Cloudy', 'Showers'])}", "noise"),
        ("The Bramford Echo\nNews\nSport\nWhat's on\nPublic notices\nJobs\nSubscribe", "noise"),
        (f"News › {r.choice(ECHO_SECTIONS)}", "noise"),
        (_title(r, body), "neutral"),
        (body[0], "body"),
        (f"By {_name(r)}, {r.choice(['Local Democracy Reporter', 'Chief Reporter', 'Reporter'])}", "noise"),
        (f"Published: {r.randint(6, 22)}:{r.randint(10, 59)} {_date(r, 'long')}", "noise"),
        (f"{_caption(r, body)} (Photo: {_name(r)})", "noise"),
    ]
    rest = body[1:]
    half = max(1, len(rest) // 2)
    out += [(p, "body") for p in rest[:half]]
    out.append(("ADVERTISEMENT", "noise"))
    out += [(p, "body") for p in rest[half:]]
    if r.random() < 0.4:
        out.append((f"Read more: {_clause(r, body)}", "body"))
    out += [
        ("Do you have a story for us? Email newsdesk@bramfordecho.example or call 01473 000 111.", "noise"),
        ("Most read", "noise"),
        ("\n".join(f"{k}. {_clause(r, body)}" for k in range(1, 6)), "noise"),
        ("Contact us · Advertise · Privacy · Cookie settings · Complaints", "noise"),
        ("This newspaper is regulated by IPSO.", "noise"),
        (f"© {r.randint(2024, 2026)} Bramford Echo Ltd", "noise"),
    ]
    return out


VENUES = [
    ("The Corn Exchange", "Bramford"),
    ("St Peter's Hall", "Wickham"),
    ("Riverside Arts Centre", "Otley Green"),
    ("The Old Fire Station", "Hollesley"),
]
EVENT_KINDS = ["Music", "Comedy", "Family", "Talks", "Markets", "Theatre"]
ORGANISERS = ["Bramford Folk Club", "Wickham Arts Trust", "Riverside Promotions", "Friends of St Peter's"]


def event_listings(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's tenth round after the learner's changes (see above)."""
    venue, town = r.choice(VENUES)
    low = r.randint(5, 30)
    out: list[Block] = [
        ("WhatsOn Suffolk\nEvents\nVenues\nThis weekend\nFree events\nList your event", "noise"),
        (f"What's on › {r.choice(EVENT_KINDS)} › {town}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Date: {r.choice(WEEKDAYS)[:3]} {r.randint(1, 28)} {r.choice(MONTHS)} 2025, "
            f"{r.choice(['7pm', '7.30pm', '8pm', '2pm', '11am'])}",
            "body",
        ),
        (f"Venue: {venue}, {town}", "body"),
        (f"Price: £{low} / £{low - 2} concessions" if r.random() < 0.7 else "Price: Free", "body"),
        (f"Age: {r.choice(['All ages', '14+', '18+', 'All ages'])}", "body"),
        ("Book tickets", "noise"),
        ("Add to calendar · Share · Save", "noise"),
        ("About this event", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Accessibility", "body"))
    out.append(
        (r.choice(["Step-free access. Hearing loop available.", "Wheelchair spaces available on request."]), "body")
    )
    out.append((f"Organised by {r.choice(ORGANISERS)}", "body"))
    out.append(("More events at this venue", "noise"))
    for _ in range(3):
        out.append((f"{_clause(r, body)}\n{r.randint(1, 28)} {r.choice(MONTHS)[:3]}", "noise"))
    out += [
        ("Are you an organiser? List your event for free.", "noise"),
        ("About · Advertise · Privacy · Terms", "noise"),
        ("© WhatsOn Suffolk 2025", "noise"),
    ]
    return out


DEPARTMENTS = ["HM Revenue & Customs", "Department for Transport", "Environment Agency", "Companies House"]
GOV_TOPICS = ["Business and self-employed", "Tax", "Driving and transport", "Environment and countryside"]


def gov_guidance(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's tenth round after the learner's changes (see above)."""
    out: list[Block] = [
        (
            "Cookies on this service\nWe'd like to use additional cookies to understand how you use the service.\n"
            "Accept additional cookies\nReject additional cookies",
            "noise",
        ),
        ("Skip to main content", "noise"),
        ("GOV.EXAMPLE\nMenu\nSearch", "noise"),
        (f"Home › {r.choice(GOV_TOPICS)}", "noise"),
        ("Guidance", "noise"),
        (_title(r, body), "neutral"),
        (f"From: {r.choice(DEPARTMENTS)}", "noise"),
        (f"Published {_date(r, 'short')}", "noise"),
        (f"Last updated {_date(r, 'short')} — See all updates", "noise"),
        ("Contents", "noise"),
        ("\n".join(f"* {_clause(r, body)}" for _ in range(r.randint(3, 5))), "noise"),
        ("Who this applies to", "body"),
        (
            r.choice(
                [
                    "This guidance is for sole traders and partnerships.",
                    "This guidance applies in England and Wales.",
                    "This guidance is for employers with 50 or more staff.",
                ]
            ),
            "body",
        ),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(
        (
            f"Threshold: £{r.randint(10, 90)},000 a year\nRate: {r.choice([5, 10, 20])}%\n"
            f"Deadline: {r.randint(1, 28)} {r.choice(MONTHS)}",
            "body",
        )
    )
    out += [(p, "body") for p in body[2:]]
    out += [
        ("Is this page useful?\nYes\nNo\nReport a problem with this page", "noise"),
        ("Explore the topic", "noise"),
        ("\n".join(r.sample(GOV_TOPICS, 3)), "noise"),
        ("Help · Privacy · Cookies · Accessibility statement · Contact", "noise"),
        (
            "All content is available under the Open Government Licence v3.0, except where otherwise stated",
            "noise",
        ),
        ("© Crown copyright", "noise"),
    ]
    return out


# The six templates below were written for issue 15's eleventh round after the learner's
# first change of that round (lines that take turns in one place are values of the page),
# and before any of them was run; the round then changed the learner again, seeing them
# (the dates of a list's items below the article, kept; a window on three pages, reverted),
# so they are tuned on (their first run is in docs/performance.md): a university
# department's seminar pages, a trade union's news, a transit authority's service-change
# notices, a classifieds board's ads, a veterinary practice's pet-health articles and a
# walking-route guide. They are never
# changed after their first run. Each has lines inside the page's own text that look like
# boilerplate: a seminar's speaker, room and time and its "All welcome" line; a union
# story's ballot result and "Members can ..." line; a notice's affected lines, dates and
# replacement-bus line; an ad's price, condition and "Collection only"; an article's "When
# to call the vet" list and its species line; a route's distance, time, grade and terrain
# lines and its "Dogs on leads" note.

SEMINAR_SERIES = ["Algebra seminar", "Applied maths colloquium", "Statistics seminar", "Postgraduate seminar"]
SEMINAR_ROOMS = ["Room 2.14, Hicks Building", "Lecture Theatre 1", "Room B05, Maths Tower", "Online (Zoom)"]
UNIVERSITIES = ["University of Leeds", "Imperial College London", "ETH Zurich", "University of Cape Town"]


def department_seminar(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after the learner's change (see above)."""
    out: list[Block] = [
        ("Skip to main content", "noise"),
        ("School of Mathematics\nStudy\nResearch\nPeople\nSeminars\nNews\nContact", "noise"),
        (f"Home › Seminars › {r.choice(SEMINAR_SERIES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"Speaker: {_name(r)} ({r.choice(UNIVERSITIES)})", "body"),
        (
            f"{r.choice(WEEKDAYS)} {r.randint(1, 28)} {r.choice(MONTHS)} 2025, "
            f"{r.choice(['14:00', '15:30', '16:00', '11:00'])}",
            "body",
        ),
        (f"Location: {r.choice(SEMINAR_ROOMS)}", "body"),
        ("Add to calendar", "noise"),
        ("Abstract", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(("All welcome. Tea and coffee beforehand in the common room.", "body"))
    out += [
        (f"Organiser: {_name(r)}", "body"),
        ("Upcoming seminars", "noise"),
    ]
    for _ in range(3):
        out.append((f"{_clause(r, body)}\n{r.randint(1, 28)} {r.choice(MONTHS)[:3]}", "noise"))
    out += [
        ("Subscribe to the seminar mailing list", "noise"),
        ("School of Mathematics, Woodhouse Lane, Leeds LS2 9JT · +44 113 000 0000", "noise"),
        ("Accessibility · Freedom of information · Privacy · Cookies", "noise"),
        (f"© {r.randint(2024, 2026)} University of Example", "noise"),
    ]
    return out


UNION_SECTORS = ["Health", "Education", "Local government", "Transport", "Retail", "Civil service"]
UNION_REGIONS = ["North West", "Scotland", "Wales", "London", "Yorkshire", "South East"]


def union_news(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after the learner's change (see above)."""
    out: list[Block] = [
        ("Join the union\nLog in", "noise"),
        ("Unite Together\nAbout us\nNews\nCampaigns\nGet help at work\nBranches\nJoin", "noise"),
        (f"News › {r.choice(UNION_SECTORS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2023, 2025)} · {r.choice(UNION_REGIONS)}", "noise"),
        ("Share: Facebook · X · WhatsApp · Email", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if r.random() < 0.5:
        paras.insert(
            min(2, len(paras)),
            (
                f"Turnout: {r.randint(40, 82)}% · Yes to strike action: {r.randint(70, 98)}%",
                "body",
            ),
        )
    out += paras
    if r.random() < 0.5:
        out.append(("Members can find their local rep through the branch finder.", "body"))
    out += [
        (f"Press contact: {_name(r)}, 07700 {r.randint(900000, 900999)}", "body"),
        ("Not a member yet?", "noise"),
        ("Join today from £2.50 a month. Together we are stronger.", "noise"),
        ("Join now", "noise"),
        ("Latest news", "noise"),
        ("\n".join(f"{_clause(r, body)}" for _ in range(3)), "noise"),
        ("Contact us · Privacy notice · Cookie policy · Accessibility", "noise"),
        ("Unite Together is a trade union registered under the Trade Union and Labour Relations Act 1992.", "noise"),
        (f"© Unite Together {r.randint(2024, 2026)}", "noise"),
    ]
    return out


TRANSIT_LINES = ["Line 1", "Line 4", "Line 7", "Harbour line", "Airport express", "Night bus N12"]
TRANSIT_STOPS = ["Central", "Market Square", "Riverside", "University", "Old Town", "Airport", "Hillcrest"]


def transit_notice(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after the learner's change (see above)."""
    line = r.choice(TRANSIT_LINES)
    a, b = r.sample(TRANSIT_STOPS, 2)
    day, month = r.randint(1, 20), r.choice(MONTHS)
    out: list[Block] = [
        ("Metro Transit\nPlan a journey\nTimetables\nTickets and fares\nService updates\nHelp", "noise"),
        ("Live status: Good service on most lines", "noise"),
        ("Service updates › Planned works", "noise"),
        (_title(r, body), "neutral"),
        (f"Affects: {line}", "body"),
        (f"From {day} {month} to {day + r.randint(1, 8)} {month} 2025", "body"),
        (f"Between {a} and {b}", "body"),
    ]
    if r.random() < 0.6:
        out.append(("Replacement buses run every 10 minutes.", "body"))
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("Step-free access is not available at the replacement bus stops.", "body"))
    out += [
        ("Was this update useful?\nYes\nNo", "noise"),
        ("Get alerts for your lines", "noise"),
        ("Sign up for email and text alerts when your lines are disrupted.", "noise"),
        ("Other planned works", "noise"),
        (
            "\n".join(f"{r.choice(TRANSIT_LINES)}: {r.randint(1, 28)} {r.choice(MONTHS)[:3]}" for _ in range(3)),
            "noise",
        ),
        ("Lost property · Accessibility · Contact us · Privacy · Terms of carriage", "noise"),
        ("Metro Transit is operated on behalf of the Example Combined Authority.", "noise"),
    ]
    return out


AD_ITEMS = [
    ("Kids' bike, 20 inch wheels", "Sports"),
    ("Oak dining table and four chairs", "Furniture"),
    ("Washing machine, 8kg", "Appliances"),
    ("Acoustic guitar with case", "Music"),
    ("Double buggy", "Baby"),
    ("Lawn mower, petrol", "Garden"),
]
AD_TOWNS = ["Norwich", "Ipswich", "Colchester", "Bury St Edmunds", "Thetford"]
AD_SELLERS = ["tidyhome", "Gary P", "janet_w", "Sam's Shed", "M. Osei", "bargainbarn"]


def classifieds(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after the learner's change (see above)."""
    item, category = r.choice(AD_ITEMS)
    out: list[Block] = [
        ("SwapShop\nBuy\nSell\nWanted\nFree stuff\nMy ads\nPost an ad", "noise"),
        (f"For sale › {category} › {r.choice(AD_TOWNS)}", "noise"),
        (item, "neutral"),
        (f"£{r.randint(5, 400)}", "body"),
        (
            r.choice(
                ["Condition: Used - good", "Condition: Used - like new", "Condition: New", "Condition: For parts"]
            ),
            "body",
        ),
        (r.choice(["Collection only", "Collection only", "Can deliver locally"]), "body"),
        (f"Posted {r.randint(1, 23)} hours ago · Ad ID {r.randint(10000000, 99999999)}", "noise"),
        ("Message seller\nCall seller\nSave ad", "noise"),
        ("Description", "body"),
    ]
    out += [(p, "body") for p in body[:3]]
    out += [
        (f"{r.choice(AD_SELLERS)}\nMember since {r.randint(2012, 2024)} · {r.randint(1, 300)} ads", "noise"),
        ("Safety tips: meet in a public place and never pay in advance.", "noise"),
        ("Report this ad", "noise"),
        ("Similar ads", "noise"),
    ]
    for _ in range(4):
        other, _cat = r.choice(AD_ITEMS)
        out.append((f"{other}\n£{r.randint(5, 400)} · {r.choice(AD_TOWNS)}", "noise"))
    out += [
        ("Help · Safety · Privacy · Cookies · Terms", "noise"),
        (f"© SwapShop {r.randint(2024, 2026)}", "noise"),
    ]
    return out


VET_SPECIES = ["Dogs", "Cats", "Rabbits", "Dogs and cats", "Guinea pigs"]
VET_SIGNS = [
    "Not eating for more than 24 hours",
    "Repeated vomiting or diarrhoea",
    "Breathing fast or with effort",
    "Swelling of the belly",
    "Bleeding that does not stop",
    "Sudden lameness",
    "Straining to pass urine",
]


def vet_advice(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after the learner's change (see above)."""
    out: list[Block] = [
        ("Emergency? Call 01632 960 999, 24 hours a day", "noise"),
        ("Meadowbank Vets\nOur practices\nServices\nPet health advice\nPet health club\nBook online", "noise"),
        ("Pet health advice › Conditions", "noise"),
        (_title(r, body), "neutral"),
        (f"Applies to: {r.choice(VET_SPECIES)}", "body"),
        (f"Reviewed by {_name(r)} MRCVS · {r.choice(MONTHS)} {r.randint(2022, 2025)}", "noise"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(("When to call the vet", "body"))
    out.append(("\n".join(f"* {s}" for s in r.sample(VET_SIGNS, r.randint(3, 5))), "body"))
    out += [(p, "body") for p in body[2:]]
    if r.random() < 0.5:
        out.append(("This advice does not replace an examination by a vet.", "body"))
    out += [
        ("Join our Pet Health Club", "noise"),
        ("Vaccinations, flea and worm treatment and 10% off food, from £14.99 a month.", "noise"),
        ("Find out more", "noise"),
        ("More pet health advice", "noise"),
        ("\n".join(_clause(r, body) for _ in range(3)), "noise"),
        ("Meadowbank Vets is part of Example Vet Group Ltd. RCVS accredited practice.", "noise"),
        ("Privacy · Cookies · Complaints · Careers", "noise"),
    ]
    return out


WALK_AREAS = ["Peak District", "Lake District", "Yorkshire Dales", "Snowdonia", "South Downs"]
WALK_GRADES = ["Easy", "Moderate", "Moderate", "Challenging"]
WALK_TERRAIN = [
    "Terrain: field paths and farm tracks, some stiles",
    "Terrain: rocky paths, steep in places",
    "Terrain: quiet lanes and woodland paths",
]


def walking_route(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after the learner's change (see above)."""
    miles = r.randint(3, 14)
    out: list[Block] = [
        ("Trailfinder\nRoutes\nMaps\nGear reviews\nCommunity\nMembership", "noise"),
        (f"Routes › {r.choice(WALK_AREAS)}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Distance: {miles} miles ({round(miles * 1.609, 1)} km)\nTime: {r.randint(2, 7)} hours\n"
            f"Grade: {r.choice(WALK_GRADES)}\nStart: grid ref SK {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            "body",
        ),
        ("Download GPX · Print route · Save", "noise"),
        (f"Route by {_name(r)} · Checked {r.choice(MONTHS)} {r.randint(2022, 2025)}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append((r.choice(WALK_TERRAIN), "body"))
    if r.random() < 0.5:
        out.append(("Dogs on leads near livestock.", "body"))
    out += [
        ("Members get every route as an offline map. Try it free for 7 days.", "noise"),
        ("Start free trial", "noise"),
        ("Nearby routes", "noise"),
    ]
    for _ in range(3):
        out.append((f"{_clause(r, body)}\n{r.randint(2, 15)} miles · {r.choice(WALK_GRADES)}", "noise"))
    out += [
        ("Follow the Countryside Code. Check the weather before you set out.", "noise"),
        ("About · Contact · Privacy · Terms · Affiliate disclosure", "noise"),
        (f"© Trailfinder {r.randint(2024, 2026)}", "noise"),
    ]
    return out


# The six templates below were written for issue 15's eleventh round after its last two
# changes (dates of a list's items below the article; a window needs the page's text on
# three pages) were final, and before any of them was run (the window change was then
# reverted for what it cost on learn_cost's real sites, not for anything these showed): a charity's stories, a
# journal's article pages, a newswire's press releases, a law firm's insights, a local
# history society's articles and an online course's lessons. They are never changed after
# their first run. Each has lines inside the page's own text that look like boilerplate: a
# story's "Names have been changed" line and its region; an article's authors, dates, DOI,
# keywords and "Funding" note; a release's company, dateline, "About <company>" section and
# forward-looking disclaimer; an insight's key points and its author's role; a history
# article's period, parish and "Sources" list; a lesson's duration, "Key terms" and
# "Exercise" headings.

CHARITY_REGIONS = ["Kenya", "Bangladesh", "Peru", "Malawi", "Nepal", "Uganda"]
CHARITY_THEMES = ["Clean water", "Education", "Emergencies", "Health", "Livelihoods"]


def charity_story(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after its last changes (see above)."""
    out: list[Block] = [
        ("Donate now", "noise"),
        ("WaterBridge\nOur work\nWhere we work\nStories\nGet involved\nShop", "noise"),
        (f"Stories › {r.choice(CHARITY_THEMES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.choice(CHARITY_REGIONS)} · {r.choice(MONTHS)} {r.randint(2021, 2025)}", "body"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 2:
        paras.insert(2, (f"{_clause(r, body)}. Photo: WaterBridge/{_name(r)}", "noise"))
    out += paras
    if r.random() < 0.5:
        out.append(("Some names have been changed to protect identities.", "body"))
    out += [
        ("£25 could pay for a water filter for a family for a year.", "noise"),
        ("Give monthly\nGive once", "noise"),
        ("More stories", "noise"),
        ("\n".join(_clause(r, body) for _ in range(3)), "noise"),
        ("WaterBridge is a registered charity in England and Wales (1100000) and Scotland (SC000000).", "noise"),
        ("Contact · Privacy · Cookies · Fundraising promise", "noise"),
    ]
    return out


JOURNAL_FIELDS = ["Ecology", "Neuroscience", "Public health", "Materials science", "Economics"]


def journal_article(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after its last changes (see above)."""
    year = r.randint(2019, 2024)
    out: list[Block] = [
        ("Open Science Letters\nBrowse\nSubmit\nAbout the journal\nSign in", "noise"),
        (f"Research article · {r.choice(JOURNAL_FIELDS)}", "noise"),
        (_title(r, body), "neutral"),
        (", ".join(_name(r) for _ in range(r.randint(2, 5))), "body"),
        (
            f"Received: {r.randint(1, 28)} {r.choice(MONTHS)} {year} · Accepted: {r.randint(1, 28)} "
            f"{r.choice(MONTHS)} {year + 1}",
            "body",
        ),
        (f"https://doi.org/10.{r.randint(1000, 9999)}/osl.{year}.{r.randint(100, 999)}", "body"),
        ("Open access · Download PDF · Cite this article", "noise"),
        ("Abstract", "body"),
    ]
    out += [(p, "body") for p in body[:1]]
    out.append((f"Keywords: {', '.join(r.sample(TOPICS, 3))}", "body"))
    out.append(("Introduction", "body"))
    out += [(p, "body") for p in body[1:]]
    if r.random() < 0.6:
        out.append(("Funding", "body"))
        out.append((f"This work was supported by grant {r.randint(100000, 999999)}.", "body"))
    out += [
        ("Metrics\nAccesses\nCitations\nAltmetric", "noise"),
        ("Sign up for alerts from Open Science Letters", "noise"),
        ("Open Science Letters ISSN 0000-0000 (online)", "noise"),
        ("© The authors. This article is licensed under a Creative Commons Attribution 4.0 licence.", "noise"),
    ]
    return out


WIRE_CITIES = ["LONDON", "NEW YORK", "SINGAPORE", "BERLIN", "TORONTO"]
WIRE_COMPANIES = ["Nortek Systems", "Brightwell Foods", "Aurora Health", "Kestrel Energy", "Mosaic Software"]


def newswire_release(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after its last changes (see above)."""
    company = r.choice(WIRE_COMPANIES)
    out: list[Block] = [
        ("NewsWire\nNews\nFor journalists\nFor business\nSend a release", "noise"),
        ("News provided by", "noise"),
        (company, "body"),
        (f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2022, 2025)}, {r.randint(6, 11)}:00 ET", "noise"),
        ("Share this article", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.choice(WIRE_CITIES)}, {r.choice(MONTHS)} {r.randint(1, 28)}, 2025 /NewsWire/ --", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"About {company}", "body"))
    out.append(
        (
            f"{company} is a {r.choice(['technology', 'food', 'healthcare', 'energy'])} company with "
            f"{r.randint(200, 9000)} employees in {r.randint(3, 40)} countries.",
            "body",
        )
    )
    if r.random() < 0.5:
        out.append(("This release contains forward-looking statements that involve risks and uncertainties.", "body"))
    out += [
        (f"SOURCE {company}", "noise"),
        ("Related links", "noise"),
        (f"http://www.{company.lower().replace(' ', '')}.example", "noise"),
        ("Journalists: sign up for releases on your beat", "noise"),
        ("© 2025 NewsWire Association LLC. All rights reserved.", "noise"),
    ]
    return out


LAW_AREAS = ["Employment", "Commercial property", "Data protection", "Disputes", "Corporate"]
LAW_ROLES = ["Partner", "Senior associate", "Associate", "Legal director"]


def law_insight(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after its last changes (see above)."""
    author = _name(r)
    out: list[Block] = [
        ("Hartley Rowe LLP\nPeople\nExpertise\nInsights\nCareers\nContact", "noise"),
        (f"Insights › {r.choice(LAW_AREAS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2022, 2025)} · {r.randint(3, 12)} min read", "noise"),
        ("Key points", "body"),
        ("\n".join(f"* {_clause(r, body)}" for _ in range(3)), "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"{author}\n{r.choice(LAW_ROLES)}, {r.choice(LAW_AREAS)}", "body"),
        ("This article is for general information only and does not constitute legal advice.", "noise"),
        ("Subscribe to our insights", "noise"),
        ("Related insights", "noise"),
        ("\n".join(_clause(r, body) for _ in range(3)), "noise"),
        ("Hartley Rowe LLP is authorised and regulated by the Solicitors Regulation Authority.", "noise"),
        ("Legal notices · Privacy · Cookies · Modern slavery statement", "noise"),
    ]
    return out


HISTORY_PERIODS = ["Medieval", "Tudor", "Georgian", "Victorian", "20th century"]
HISTORY_PARISHES = ["Stowmarket", "Needham Market", "Combs", "Onehouse", "Great Finborough"]
HISTORY_SOURCES = ["Suffolk Archives", "Parish registers", "Ipswich Journal"]


def history_society(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after its last changes (see above)."""
    out: list[Block] = [
        ("Stow Valley History Society\nHome\nArticles\nTalks\nMembership\nArchive", "noise"),
        ("Articles", "noise"),
        (_title(r, body), "neutral"),
        (f"Period: {r.choice(HISTORY_PERIODS)} · Parish: {r.choice(HISTORY_PARISHES)}", "body"),
        (f"Written by {_name(r)}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Sources", "body"))
    out.append(
        (
            "\n".join(f"{k}. {r.choice(HISTORY_SOURCES)}, {r.randint(1550, 1950)}" for k in range(1, r.randint(3, 5))),
            "body",
        )
    )
    out += [
        ("Do you have photographs or memories of this? Please get in touch.", "noise"),
        ("Previous article · Next article", "noise"),
        ("Membership is £12 a year and includes our journal and monthly talks.", "noise"),
        ("Join the society", "noise"),
        ("Registered charity no. 1000000 · Website by volunteers", "noise"),
    ]
    return out


COURSE_NAMES = ["Introduction to Data Analysis", "Bookkeeping Basics", "Beginner Spanish", "Digital Marketing"]


def course_lesson(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's eleventh round after its last changes (see above)."""
    n = r.randint(12, 24)
    out: list[Block] = [
        ("LearnLoop\nMy courses\nCatalogue\nHelp", "noise"),
        (f"{r.choice(COURSE_NAMES)} › Module {r.randint(1, 6)}", "noise"),
        (f"Lesson {r.randint(1, n)} of {n}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.randint(5, 25)} min · {r.choice(['Video', 'Reading', 'Video and quiz'])}", "body"),
        ("Mark as complete", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(("Key terms", "body"))
        out.append(("\n".join(f"* {_clause(r, body)}" for _ in range(3)), "body"))
    out.append(("Exercise", "body"))
    out.append((f"{_clause(r, body)}?", "body"))
    out += [
        ("Previous lesson · Next lesson", "noise"),
        (f"Discussion ({r.randint(0, 80)})", "noise"),
        ("Ask a question about this lesson", "noise"),
        ("Your progress is saved automatically.", "noise"),
        ("© LearnLoop Ltd · Terms · Privacy · Accessibility", "noise"),
    ]
    return out


# Written for issue 15's twelfth round after its changes were final, before any run: six
# kinds of site not in the corpus (a petition, a crowdfunding campaign, an app store
# listing, a broadcaster's episode page, a funeral director's obituary, a hotel review).
PETITION_TARGETS = ["Bristol City Council", "the Department for Transport", "Anglian Water", "the Mayor of Leeds"]


def petition_page(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's twelfth round after its changes were final (see above)."""
    signed = r.randint(120, 48000)
    out: list[Block] = [
        ("Petitions.example\nStart a petition\nBrowse\nMy petitions\nLog in", "noise"),
        (f"Petition to {r.choice(PETITION_TARGETS)}", "body"),
        (_title(r, body), "neutral"),
        (f"Started by {_name(r)} · {_date(r, 'short')}", "noise"),
        (f"{signed:,} have signed. Let's get to {signed + r.randint(1, 5) * 1000:,}!", "noise"),
        ("Sign this petition", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("Updates", "body"))
        out.append((f"{_date(r, 'short')}\n{_clause(r, body)}.", "body"))
    out.append(("Reasons for signing", "noise"))
    for _ in range(r.randint(2, 3)):
        out.append((f"{_name(r)} · {r.randint(1, 20)} days ago\n{_clause(r, body)}.\nReport", "noise"))
    out += [
        ("Share this petition\nFacebook\nWhatsApp\nEmail\nCopy link", "noise"),
        ("© 2025 Petitions.example · About · Privacy · Community guidelines", "noise"),
    ]
    return out


PROJECT_KINDS = ["Design", "Games", "Publishing", "Film", "Food", "Technology"]


def crowdfunding_campaign(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's twelfth round after its changes were final (see above)."""
    goal = r.randint(2, 60) * 1000
    out: list[Block] = [
        ("BackIt\nDiscover\nStart a project\nLog in", "noise"),
        (f"{r.choice(PROJECT_KINDS)} · {r.choice(CITIES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"by {_name(r)}", "noise"),
        (f"£{r.randint(goal // 10, goal * 2):,} pledged of £{goal:,} goal", "noise"),
        (f"{r.randint(3, 900)} backers · {r.randint(1, 59)} days to go", "noise"),
        ("Back this project", "noise"),
        (
            f"All or nothing. This project will only be funded if it reaches its goal by {_date(r, 'long')}.",
            "noise",
        ),
        ("Story", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Risks and challenges", "body"))
    out.append((f"{_clause(r, body)}.", "body"))
    out.append(("Rewards", "noise"))
    for k in range(r.randint(2, 3)):
        out.append(
            (
                f"Pledge £{5 + 20 * k} or more\n{_clause(r, body)}\n"
                f"Estimated delivery {MONTHS[r.randrange(12)]} {r.randint(2025, 2026)}\n{r.randint(0, 300)} backers",
                "noise",
            )
        )
    out += [
        ("Report this project to our Trust & Safety team", "noise"),
        ("About BackIt · Help · Trust & Safety · Terms · Privacy", "noise"),
    ]
    return out


APP_MAKERS = ["Brightleaf Labs", "Northwind Apps", "Kite Studio", "Pebble Software", "Orchard Digital"]


def app_listing(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's twelfth round after its changes were final (see above)."""
    out: list[Block] = [
        ("AppMarket\nApps\nGames\nKids\nSign in", "noise"),
        (_title(r, body), "neutral"),
        (r.choice(APP_MAKERS), "noise"),
        (
            f"{r.randint(30, 49) / 10} ★ · {r.randint(1, 900)}K reviews · "
            f"{r.choice(['100K+', '1M+', '10M+', '50K+'])} downloads · Rated for {r.choice([3, 7, 12, 16])}+",
            "noise",
        ),
        ("Install", "noise"),
        (r.choice(["Contains ads · In-app purchases", "In-app purchases", "Contains ads"]), "noise"),
        ("About this app", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(("What's new", "body"))
    out.append((f"Version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}: {_clause(r, body)}.", "body"))
    out += [
        ("Data safety", "noise"),
        ("Developers can show information here about how their app collects and uses your data.", "noise"),
        ("Ratings and reviews", "noise"),
    ]
    for _ in range(2):
        out.append((f"{_name(r)}\n{_date(r, 'us')}\n{_clause(r, body)}", "noise"))
        out.append(("Was this review helpful? Yes · No", "noise"))
    out.append(("Similar apps", "noise"))
    out.append(("\n".join(_clause(r, body) for _ in range(3)), "noise"))
    out.append(("Privacy Policy · Terms of Service · About AppMarket · Developers", "noise"))
    return out


SERIES = ["The Coast Walk", "Kitchen Nights", "Inside the Museum", "Wild Valleys", "The Repair Bench"]
CREDIT_ROLES = ["Presenter", "Producer", "Director", "Narrator", "Series editor"]


def tv_episode(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's twelfth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Channel Seven\nHome\nTV Guide\nProgrammes\nSign in", "noise"),
        (r.choice(SERIES), "noise"),
        (f"Series {r.randint(1, 6)}, Episode {r.randint(1, 10)}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"{r.choice(WEEKDAYS)} {r.randint(18, 22)}:{r.choice(['00', '30'])} · "
            f"{r.choice([30, 45, 60])} mins · Channel Seven",
            "noise",
        ),
        (f"Available for {r.randint(2, 29)} days", "noise"),
        ("Watch now", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Credits", "body"))
    roles = r.sample(CREDIT_ROLES, r.randint(2, 4))
    out.append(("\n".join(f"{role}: {_name(r)}" for role in roles), "body"))
    if r.random() < 0.5:
        out.append(("Subtitles available · Audio described", "noise"))
    out.append(("More episodes", "noise"))
    out.append(("\n".join(f"Episode {k}: {_clause(r, body)}" for k in r.sample(range(1, 11), 3)), "noise"))
    out.append(("Channel Seven · Help · Accessibility · Privacy · Cookies", "noise"))
    return out


CHURCHES = ["St Mary's Church, Ashford", "Ashford Crematorium", "Holy Trinity, Wye", "Kennington Methodist Church"]


def obituary_notice(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's twelfth round after its changes were final (see above)."""
    born = r.randint(1925, 1960)
    out: list[Block] = [
        ("Hollins & Sons Funeral Directors\nObituaries\nPlan a funeral\nContact", "noise"),
        (_name(r), "neutral"),
        (f"{born} – {r.randint(2018, 2025)}", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Service details", "body"))
    out.append((f"{_date(r, 'long')}, {r.randint(10, 15)}:{r.choice(['00', '30'])} at {r.choice(CHURCHES)}", "body"))
    out += [
        ("Send flowers", "noise"),
        ("Share this obituary\nFacebook\nEmail", "noise"),
        ("Guestbook", "noise"),
    ]
    for _ in range(r.randint(1, 3)):
        out.append((f"{_clause(r, body)}.\n— {_name(r)}, {_date(r, 'short')}", "noise"))
    out += [
        ("Sign the guestbook", "noise"),
        ("Hollins & Sons Funeral Directors · 12 Mill Lane, Ashford · 01233 555 010", "noise"),
    ]
    return out


STAY_HOTELS = ["The Harbour Inn", "Grand Station Hotel", "Kestrel Lodge", "The Old Mill", "Seaview Guest House"]
TRIPS = ["Travelled as a couple", "Travelled with family", "Travelled solo", "Travelled on business"]


def hotel_review(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's twelfth round after its changes were final (see above)."""
    city, hotel = r.choice(CITIES), r.choice(STAY_HOTELS)
    out: list[Block] = [
        ("StayCheck\nHotels\nThings to do\nRestaurants\nSign in", "noise"),
        (f"Hotels › {city} › {hotel}", "noise"),
        (
            f"{r.randint(30, 50) / 10} of 5 · {r.randint(20, 3000):,} reviews · "
            f"#{r.randint(1, 40)} of {r.randint(41, 200)} hotels in {city}",
            "noise",
        ),
        ("Check availability", "noise"),
        (f"“{_title(r, body)}”", "neutral"),
        (f"Reviewed {_date(r, 'short')} · Date of stay: {MONTHS[r.randrange(12)]} {r.randint(2019, 2024)}", "noise"),
        (f"{_name(r)}, {r.choice(CITIES)} · {r.randint(1, 300)} contributions", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Trip type: {r.choice(TRIPS)}", "body"))
    out += [
        ("Helpful · Share", "noise"),
        ("This review is the subjective opinion of a StayCheck member and not of StayCheck LLC.", "noise"),
        ("Nearby hotels", "noise"),
        ("\n".join(r.sample(STAY_HOTELS, 3)), "noise"),
        ("© 2025 StayCheck LLC · Terms of Use · Privacy · Cookie consent", "noise"),
    ]
    return out


# Written for issue 15's thirteenth round after its changes were final, before any run: six
# kinds of site not in the corpus (a bookshop's book pages, a newsletter platform's posts, a
# cinema's film pages, a markets site's company news, a garden centre's plant pages, a
# tribunal's published decisions).
BOOK_GENRES = ["Fiction", "History", "Science", "Biography", "Travel writing", "Crime"]
BOOK_FORMATS = ["Paperback", "Hardback", "Paperback", "eBook"]
PUBLISHERS = ["Harbour Press", "Longfield Books", "Quarry & Vale", "Northlight Editions", "Fenwick House"]


def bookshop_book(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's thirteenth round after its changes were final (see above)."""
    publisher, year = r.choice(PUBLISHERS), r.randint(2015, 2025)
    out: list[Block] = [
        ("Pagebound\nBooks\nGift cards\nEvents\nBasket (0)", "noise"),
        (f"Books › {r.choice(BOOK_GENRES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"by {_name(r)}", "body"),
        (f"{r.choice(BOOK_FORMATS)} · {r.randint(180, 640)} pages · {publisher}, {year}", "body"),
        (f"£{r.randint(7, 30)}.{r.choice(['99', '49', '00'])}", "body"),
        ("Add to basket\nAdd to wishlist", "noise"),
        ("Free UK delivery on orders over £25", "noise"),
        ("Description", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Product details", "body"),
        (
            f"ISBN: 978{r.randint(1000000000, 1999999999)}\nPublisher: {publisher}\n"
            f"Publication date: {_date(r, 'short')}\nLanguage: English",
            "body",
        ),
        ("Customers who bought this also bought", "noise"),
        ("\n".join(f"{_clause(r, body)} – {_name(r)}" for _ in range(3)), "noise"),
    ]
    if r.random() < 0.5:
        out.append((f"Reviews ({r.randint(1, 40)})", "noise"))
        out.append((f"★★★★ {_name(r)}\n{_clause(r, body)}.", "noise"))
    out += [
        ("Sign up for our newsletter and get 10% off your first order.", "noise"),
        ("© 2025 Pagebound Ltd · Terms · Privacy · Cookies", "noise"),
    ]
    return out


def newsletter_post(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's thirteenth round after its changes were final (see above)."""
    comments = r.randint(0, 40)
    out: list[Block] = [
        ("The Weekly Margin\nSubscribe\nSign in", "noise"),
        (_title(r, body), "neutral"),
        (f"{_clause(r, body)}", "body"),
        (f"Ruth Adebayo · {_date(r, 'short')}", "noise"),
        (f"{r.randint(5, 400)} likes · {comments} comments", "noise"),
        ("Share", "noise"),
    ]
    paras = [(p, "body") for p in body]
    if len(paras) > 2 and r.random() < 0.5:
        paras.insert(2, ("Subscribe now", "noise"))
    out += paras
    out += [
        (
            "Thanks for reading The Weekly Margin! Subscribe for free to receive new posts and support my work.",
            "noise",
        ),
        ("Type your email...\nSubscribe", "noise"),
        (f"{comments} Comments", "noise"),
    ]
    for _ in range(min(comments, r.randint(0, 2))):
        out.append((f"{_name(r)}\n{_date(r, 'short')}\n{_clause(r, body)}.\nReply", "noise"))
    out += [
        ("Ready for more?", "noise"),
        ("© 2025 Ruth Adebayo · Privacy · Terms · Collection notice", "noise"),
        ("Start writing\nGet the app", "noise"),
        ("Inkpost is the home for great culture", "noise"),
    ]
    return out


CERTIFICATES = ["U", "PG", "12A", "15", "18"]
FILM_COUNTRIES = ["UK", "France", "USA", "Japan", "Ireland", "Denmark"]


def cinema_film(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's thirteenth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Picturedrome\nWhat's on\nComing soon\nMembership\nGift cards\nBook", "noise"),
        ("Home › Films", "noise"),
        (_title(r, body), "neutral"),
        (
            f"{r.choice(CERTIFICATES)} · {r.randint(82, 165)} mins · {r.randint(2023, 2025)} · "
            f"{r.choice(FILM_COUNTRIES)}",
            "body",
        ),
        (f"Director: {_name(r)}", "body"),
        (f"Starring: {_name(r)}, {_name(r)}, {_name(r)}", "body"),
        ("Book tickets", "noise"),
        ("Synopsis", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Showtimes", "noise"))
    for day in sorted(r.sample(range(1, 29), r.randint(2, 4))):
        times = " · ".join(r.sample(["12:15", "14:30", "15:45", "18:00", "18:30", "20:45", "21:00"], 3))
        out.append((f"{r.choice(WEEKDAYS)} {day} {MONTHS[r.randrange(12)]}\n{times}", "noise"))
    out += [
        ("Subtitled screenings are marked ST. Audio description is available at every screening.", "noise"),
        ("Members save £2 on every ticket. Join today", "noise"),
        ("Picturedrome, 4 Market Street, Hebden Bridge · Registered charity 1098765", "noise"),
    ]
    return out


LISTED = [("Nortek Systems plc", "NRTK"), ("Brightwell Foods plc", "BWF"), ("Kestrel Energy plc", "KEST")]
LISTED += [("Mosaic Software plc", "MOSA"), ("Aurora Health plc", "AURH"), ("Harbour Homes plc", "HHOM")]


def markets_news(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's thirteenth round after its changes were final (see above)."""
    company, ticker = r.choice(LISTED)
    out: list[Block] = [
        ("TickerDesk\nMarkets\nStocks\nFunds\nWatchlist\nLog in", "noise"),
        (
            f"FTSE 100 {r.randint(7400, 8600):,}.{r.randint(10, 99)} "
            f"{r.choice('+-')}{r.randint(1, 150) / 100:.2f}% · "
            f"FTSE 250 {r.randint(18000, 21000):,}.{r.randint(10, 99)} "
            f"{r.choice('+-')}{r.randint(1, 150) / 100:.2f}% · "
            f"GBP/USD 1.{r.randint(2100, 2900)}",
            "noise",
        ),
        (f"{company} ({ticker})", "body"),
        (f"{r.randint(80, 2400)}p {r.choice('+-')}{r.randint(1, 90) / 10:.1f}%", "body"),
        ("Add to watchlist", "noise"),
        (_title(r, body), "neutral"),
        (f"{_name(r)} · {_date(r, 'long')}, {r.randint(7, 17)}:{r.choice(['05', '20', '41', '58'])}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("This article is for information only and is not investment advice.", "noise"),
        ("Key figures", "body"),
        (
            f"Market cap: £{r.randint(1, 90) / 10:.1f}bn\nP/E ratio: {r.randint(60, 350) / 10:.1f}\n"
            f"Dividend yield: {r.randint(0, 60) / 10:.1f}%",
            "body",
        ),
        ("Most read", "noise"),
        ("\n".join(_clause(r, body) for _ in range(3)), "noise"),
        ("Prices are delayed by at least 15 minutes.", "noise"),
        ("© 2025 TickerDesk Ltd · Terms · Privacy · Cookies", "noise"),
    ]
    return out


PLANT_KINDS = ["Shrubs", "Perennials", "Climbers", "Grasses", "Trees", "Bulbs"]
GENERA = ["Hydrangea", "Salvia", "Clematis", "Lavandula", "Geranium", "Miscanthus", "Viburnum"]
EPITHETS = ["nemorosa", "montana", "angustifolia", "macrophylla", "sinensis", "opulus", "pratense"]
POSITIONS = ["Full sun", "Partial shade", "Full sun or partial shade", "Full shade"]
SOILS = ["Well-drained", "Moist but well-drained", "Any soil", "Chalk, loam or sand"]


def garden_centre_plant(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's thirteenth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Greenacre Garden Centre\nPlants\nGarden furniture\nGifts\nCafé\nBasket", "noise"),
        (f"Plants › {r.choice(PLANT_KINDS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.choice(GENERA)} {r.choice(EPITHETS)}", "body"),
        (f"£{r.randint(4, 45)}.{r.choice(['99', '49'])} · {r.choice([1, 2, 3, 5, 10])} litre pot", "body"),
        (r.choice(["In stock", "Low stock", "In stock", "Out of stock"]), "body"),
        ("Add to basket", "noise"),
        ("Click & collect from our Wymondham store", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Plant care", "body"),
        (
            f"Position: {r.choice(POSITIONS)}\nSoil: {r.choice(SOILS)}\n"
            f"Hardiness: {r.choice(['Fully hardy', 'Hardy to -10°C', 'Half hardy'])}\n"
            f"Height: up to {r.randint(3, 40) / 10:.1f}m",
            "body",
        ),
        ("Customers also viewed", "noise"),
        ("\n".join(f"{r.choice(GENERA)} '{_clause(r, body)[:24]}'" for _ in range(3)), "noise"),
        ("Plants are dispatched Monday to Wednesday so they never wait in a depot over the weekend.", "noise"),
        ("Greenacre Garden Centre · Norwich Road, Wymondham · Open every day 9am–5pm", "noise"),
    ]
    return out


JURISDICTIONS = ["Unfair dismissal", "Disability discrimination", "Unlawful deduction from wages", "Equal pay"]
RESPONDENTS = ["Millbrook NHS Trust", "Cedar Housing Ltd", "Brightwater Foods Ltd", "Oak Ridge Council"]


def tribunal_decision(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's thirteenth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Example Tribunals Service\nDecisions\nHearings\nContact", "noise"),
        ("Home › Employment tribunal decisions", "noise"),
        (
            f"{_name(r)} v {r.choice(RESPONDENTS)}: {r.randint(1300000, 6099999)}/{r.randint(2019, 2025)}",
            "neutral",
        ),
        (f"Decision date: {_date(r, 'long')}", "body"),
        (f"Jurisdiction code: {r.choice(JURISDICTIONS)}", "body"),
        (f"Country: {r.choice(['England and Wales', 'Scotland'])}", "body"),
        (f"Download the decision (PDF, {r.randint(90, 900)} KB)", "noise"),
        ("Summary", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Published {_date(r, 'short')}", "noise"),
        ("Is this page useful? Yes · No", "noise"),
        ("Report a problem with this page", "noise"),
        ("Help · Privacy · Cookies · Accessibility statement · Contact", "noise"),
        (
            "All content is available under the Open Government Licence v3.0, except where otherwise stated",
            "noise",
        ),
    ]
    return out


# Written for issue 15's fourteenth round after its changes were final, before any run: six
# kinds of site not in the corpus (a music magazine's album reviews, a software vendor's
# security advisories, an auction house's lot pages, a consumer safety regulator's product
# recalls, a mailing list's archived messages, a wine merchant's wine pages).
ARTISTS = ["The Lantern Years", "Mara Quell", "Northern Static", "Ivy Ferro", "Coastal Drift", "Bellweather"]
RECORD_LABELS = ["Fernhill Records", "Outer Loop", "Saltmarsh Recordings", "Paper Crane"]
MUSIC_GENRES = ["Indie rock", "Electronic", "Folk", "Jazz", "Hip-hop", "Ambient"]


def album_review(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fourteenth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Loudhailer\nReviews\nNews\nFeatures\nPlaylists\nSubscribe", "noise"),
        (f"Reviews › Albums › {r.choice(MUSIC_GENRES)}", "noise"),
        (r.choice(ARTISTS), "body"),
        (_title(r, body), "neutral"),
        (f"{r.choice(RECORD_LABELS)} · {r.randint(2019, 2025)}", "body"),
        (f"{r.randint(40, 95) / 10:.1f}", "body"),
        (f"By {_name(r)} · {_date(r, 'us')}", "noise"),
        ("Listen on Spotify · Apple Music · Bandcamp", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Best track: “{_clause(r, body)[:30]}”", "body"),
        ("Loudhailer may earn a commission when you buy through links on our site.", "noise"),
        ("More album reviews", "noise"),
        ("\n".join(f"{r.choice(ARTISTS)} – {_clause(r, body)[:28]}" for _ in range(3)), "noise"),
        ("Get the Loudhailer weekly: new reviews every Friday. Sign up", "noise"),
        ("© 2025 Loudhailer Media · Privacy · Terms · Contact", "noise"),
    ]
    return out


ADVISORY_PRODUCTS = ["Keystone Gateway", "Keystone Agent", "Keystone Console", "Keystone Mobile SDK"]
SEVERITIES = ["Critical", "High", "Medium", "Low"]


def security_advisory(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fourteenth round after its changes were final (see above)."""
    major, minor = r.randint(2, 9), r.randint(0, 12)
    out: list[Block] = [
        ("Keystone Security\nProducts\nAdvisories\nDocs\nSupport\nStatus", "noise"),
        ("Security advisories", "noise"),
        (_title(r, body), "neutral"),
        (
            f"KSA-{r.randint(2022, 2025)}-{r.randint(1, 180):03d} · "
            f"CVE-{r.randint(2022, 2025)}-{r.randint(10000, 49999)}",
            "body",
        ),
        (f"Severity: {r.choice(SEVERITIES)} (CVSS {r.randint(20, 98) / 10:.1f})", "body"),
        (
            f"Affected: {r.choice(ADVISORY_PRODUCTS)} {major}.{minor}.0 to {major}.{minor}.{r.randint(1, 9)}\n"
            f"Fixed in: {major}.{minor + 1}.0",
            "body",
        ),
        (f"Published {_date(r, 'short')} · Last updated {_date(r, 'short')}", "noise"),
        ("Subscribe to advisories (RSS)", "noise"),
        ("Summary", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Credit", "body"),
        (f"Reported by {_name(r)} through our bug bounty programme.", "body"),
        ("Report a vulnerability · PGP key · security.txt", "noise"),
        ("Was this advisory helpful? Yes · No", "noise"),
        ("© 2025 Keystone Software Inc. · Legal · Privacy · Trust centre", "noise"),
    ]
    return out


LOT_KINDS = ["Furniture", "Ceramics", "Silver", "Pictures", "Clocks", "Jewellery"]


def auction_lot(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fourteenth round after its changes were final (see above)."""
    low = r.randint(2, 60) * 50
    out: list[Block] = [
        ("Hartwell & Lyme Auctioneers\nAuctions\nSell with us\nValuations\nContact\nMy account", "noise"),
        (f"Fine Interiors Sale · {_date(r, 'long')}", "body"),
        (f"Lot {r.randint(1, 640)}", "body"),
        (_title(r, body), "neutral"),
        (f"Estimate £{low:,} – £{low * 2 - low // 2:,}", "body"),
        ("Register to bid\nAdd to watchlist", "noise"),
        (f"Department: {r.choice(LOT_KINDS)}", "body"),
        ("Description", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"Provenance: by descent in the {r.choice(LAST)} family, {r.choice(CITIES)}.", "body"))
    out += [
        (f"Condition report available on request from {r.choice(FIRST)} at valuations@hartwell.example", "body"),
        ("Buyer's premium of 26% (including VAT) applies to the hammer price. See our conditions of sale.", "noise"),
        ("Other lots in this sale", "noise"),
        ("\n".join(f"Lot {r.randint(1, 640)} · {_clause(r, body)[:30]}" for _ in range(3)), "noise"),
        ("Hartwell & Lyme Ltd · 14 Corn Street, Bristol · Registered in England 04411223", "noise"),
    ]
    return out


RECALL_HAZARDS = ["Fire", "Electric shock", "Choking", "Injuries", "Chemical"]
RECALL_BRANDS = ["Brightway", "HomeHaven", "Little Acorn", "Voltline", "KitchenCraft Pro"]


def product_recall(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fourteenth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Office for Product Safety\nRecalls\nReport a product\nGuidance\nAbout us", "noise"),
        ("Home › Product recalls and alerts", "noise"),
        (f"PSD-{r.randint(100000, 999999)}", "body"),
        (_title(r, body), "neutral"),
        (f"Hazard: {r.choice(RECALL_HAZARDS)}", "body"),
        (f"Brand: {r.choice(RECALL_BRANDS)} · Model: {r.choice('ABKX')}{r.randint(100, 9999)}", "body"),
        (f"Notified {_date(r, 'long')}", "body"),
        ("Print this page", "noise"),
        ("Product details", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("What you should do", "body"),
        (
            f"Stop using the product immediately and contact {r.choice(RECALL_BRANDS)} for a refund or a repair.",
            "body",
        ),
        ("If you have been injured by this product, report it to your local Trading Standards.", "noise"),
        ("Sign up for email alerts about product recalls", "noise"),
        ("Cookies · Accessibility statement · Privacy notice · Contact us", "noise"),
        ("© Crown copyright", "noise"),
    ]
    return out


LIST_SUBJECTS = ["build fails on ARM", "release schedule", "memory leak in parser", "docs for the new API"]


def mailing_list_message(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fourteenth round after its changes were final (see above)."""
    sender = _name(r)
    subject = r.choice(LIST_SUBJECTS)
    out: list[Block] = [
        ("lists.example.org\nHome\nLists\nSearch\nHelp", "noise"),
        ("parsekit-dev mailing list archive", "noise"),
        (f"[parsekit-dev] Re: {subject}", "neutral"),
        (f"From: {sender} <{sender.split()[0].lower()}@example.net>", "body"),
        (f"Date: {_date(r, 'long')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "body"),
        ("« Previous message · Next message » · Thread index", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Thanks,\n{sender.split()[0]}", "body"))
    if r.random() < 0.5:
        out.append((f"> {_clause(r, body)}\n> {_clause(r, body)}", "body"))
    out += [
        (
            "-- \nparsekit-dev mailing list\nTo unsubscribe, send an email to parsekit-dev-leave@lists.example.org",
            "noise",
        ),
        (f"Replies: {r.randint(0, 9)}", "noise"),
        ("« Previous message · Next message » · Thread index", "noise"),
        ("Powered by ListKeeper 3.2 · Archive policy", "noise"),
    ]
    return out


WINE_REGIONS = ["Rioja, Spain", "Marlborough, New Zealand", "Douro, Portugal", "Mosel, Germany", "Languedoc, France"]
GRAPES = ["Tempranillo", "Sauvignon Blanc", "Touriga Nacional", "Riesling", "Grenache", "Syrah"]


def wine_merchant(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fourteenth round after its changes were final (see above)."""
    out: list[Block] = [
        ("Vine & Barrel\nRed\nWhite\nSparkling\nMixed cases\nBasket", "noise"),
        (f"Wine › {r.choice(['Red', 'White', 'Rosé', 'Sparkling'])}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.choice(WINE_REGIONS)} · {r.choice(GRAPES)} · {r.randint(2015, 2023)}", "body"),
        (f"£{r.randint(8, 45)}.{r.choice(['99', '50', '00'])} a bottle", "body"),
        (f"£{r.randint(90, 480)}.00 a case of 12 · save {r.choice([5, 10, 15])}%", "body"),
        ("Add to basket", "noise"),
        ("Free delivery on orders over £100", "noise"),
        ("Tasting notes", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (
            f"ABV: {r.randint(110, 145) / 10:.1f}%\nClosure: {r.choice(['Cork', 'Screwcap'])}\n"
            f"Drink: {r.randint(2024, 2026)}–{r.randint(2027, 2035)}",
            "body",
        ),
        ("Customers also bought", "noise"),
        ("\n".join(f"{r.choice(GRAPES)}, {r.choice(WINE_REGIONS).split(',')[0]}" for _ in range(3)), "noise"),
        ("Challenge 25: we do not sell alcohol to anyone under 18. drinkaware.co.uk", "noise"),
        ("© 2025 Vine & Barrel Ltd · Terms · Privacy · Cookies", "noise"),
    ]
    return out


LANGUAGES = ["Old French", "Latin", "Old Norse", "Middle Dutch", "Greek", "Arabic"]
PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb"]


def dictionary_entry(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fifteenth round after its changes were final, before any of
    the six was run (see above)."""
    word = r.choice(body[0].split()[:6]).strip(",.;:\"'“”").lower() or "word"
    out: list[Block] = [
        ("WordHoard\nDictionary\nThesaurus\nWord of the day\nGames\nLog in", "noise"),
        ("Search the dictionary", "noise"),
        (word, "neutral"),
        (f"{r.choice(PARTS_OF_SPEECH)} · /{word[:3]}ˈ{word[3:] or word}/", "body"),
        ("Listen · Save word", "noise"),
        ("Definitions", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"First recorded in {r.randint(1300, 1890)}, from {r.choice(LANGUAGES)}.", "body"),
        ("Advertisement", "noise"),
        ("Cite this entry · Share · Report a problem", "noise"),
        ("Nearby words", "noise"),
        ("\n".join(_clause(r, body).split()[0].lower() for _ in range(4)), "noise"),
        ("Word of the day: get a new word in your inbox every morning. Sign up", "noise"),
        ("© 2025 WordHoard Ltd · About · Privacy · Terms", "noise"),
    ]
    return out


FORECAST_REGIONS = ["Highlands", "North West", "East Anglia", "South Wales", "Yorkshire", "Cornwall"]
WEATHER = ["Sunny intervals", "Light rain", "Heavy showers", "Overcast", "Fog", "Clear"]


def weather_forecast(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fifteenth round after its changes were final, before any of
    the six was run (see above)."""
    region = r.choice(FORECAST_REGIONS)
    out: list[Block] = [
        ("SkyWatch\nForecasts\nMaps\nWarnings\nClimate\nNews", "noise"),
        ("Forecasts › Regional", "noise"),
        (f"{region} forecast", "neutral"),
        (f"Issued at {r.randint(5, 17):02d}:00 on {_date(r, 'long')}", "noise"),
        (f"{r.choice(WEATHER)} · High {r.randint(4, 24)}°C · Low {r.randint(-3, 12)}°C", "body"),
        (f"Wind: {r.choice(['N', 'NE', 'SW', 'W', 'SE'])} {r.randint(5, 40)} mph", "body"),
        ("Today", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(
            (f"Yellow warning of {r.choice(['rain', 'wind', 'ice'])} in force until {r.randint(6, 23)}:00.", "body")
        )
    out += [
        ("Forecaster: " + _name(r), "body"),
        ("Get the SkyWatch app for hourly forecasts and warnings where you are.", "noise"),
        ("Other regions", "noise"),
        ("\n".join(r.sample(FORECAST_REGIONS, 4)), "noise"),
        ("© SkyWatch Weather Service · Accessibility · Cookies · Contact", "noise"),
    ]
    return out


ASSIGNEES = ["Northloop Ltd", "Fernway Robotics", "Brightcart plc", "Quillpad Inc.", "Hollis & Co"]


def patent_record(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fifteenth round after its changes were final, before any of
    the six was run (see above)."""
    out: list[Block] = [
        ("Intellectual Property Office\nPatents\nTrade marks\nDesigns\nSearch", "noise"),
        ("Patent search › Results › Record", "noise"),
        (f"GB{r.randint(2500000, 2699999)}{r.choice(['A', 'B'])}", "body"),
        (_title(r, body), "neutral"),
        (f"Applicant: {r.choice(ASSIGNEES)}", "body"),
        (f"Inventor: {_name(r)}", "body"),
        (f"Filed: {_date(r, 'short')} · Published: {_date(r, 'short')}", "body"),
        ("Download PDF · Track this patent", "noise"),
        ("Abstract", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Status: {r.choice(['Granted', 'Pending', 'Terminated', 'Withdrawn'])}", "body"),
        ("Data on this page is updated daily and is not a legal record.", "noise"),
        ("Was this page useful? Yes · No", "noise"),
        ("© Crown copyright · Terms and conditions · Privacy", "noise"),
    ]
    return out


SPECIALTIES = ["cardiologist", "dermatologist", "orthopaedic surgeon", "neurologist", "rheumatologist"]
CLINICS = ["Monday morning clinic", "Wednesday afternoon clinic", "Thursday clinic", "Friday morning clinic"]


def consultant_profile(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fifteenth round after its changes were final, before any of
    the six was run (see above)."""
    name = _name(r)
    specialty = r.choice(SPECIALTIES)
    out: list[Block] = [
        ("Northgate Hospital\nOur services\nFind a consultant\nPatients and visitors\nContact", "noise"),
        ("Find a consultant › Profile", "noise"),
        (f"Dr {name}", "neutral"),
        (f"Consultant {specialty}", "body"),
        (f"GMC number: {r.randint(3000000, 7999999)}", "body"),
        ("Book an appointment\nCall 01632 960 400", "noise"),
        ("About", "body"),
        (f"Dr {name.split()[1]} is a consultant {specialty} at Northgate Hospital.", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Clinics: {r.choice(CLINICS)}", "body"),
        ("Consultants set their own fees. Ask for a quote before your appointment.", "noise"),
        ("Patient reviews", "noise"),
        (f"{r.randint(40, 50) / 10:.1f} out of 5 from {r.randint(12, 240)} reviews", "noise"),
        ("Northgate Hospital is part of Northgate Healthcare Ltd. Registered in England 05512345.", "noise"),
    ]
    return out


GAME_MECHANICS = ["Worker placement", "Deck building", "Area control", "Cooperative", "Roll and write"]


def board_game_review(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fifteenth round after its changes were final, before any of
    the six was run (see above)."""
    low = r.randint(1, 2)
    out: list[Block] = [
        ("Meeple Magazine\nReviews\nNews\nHow to play\nPodcast\nShop", "noise"),
        ("Reviews › Board games", "noise"),
        (_title(r, body), "neutral"),
        (f"Review by {_name(r)} · {_date(r, 'us')}", "noise"),
        (
            f"{low}–{low + r.randint(2, 4)} players · {r.choice([30, 45, 60, 90, 120])} min · "
            f"Ages {r.choice([8, 10, 12, 14])}+",
            "body",
        ),
        (f"{r.choice(GAME_MECHANICS)} · {r.randint(2016, 2025)}", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Verdict: {r.randint(5, 10)}/10", "body"),
        (f"RRP £{r.randint(18, 80)}.{r.choice(['00', '99'])}", "body"),
        ("Buy from our partners: Amazon · Zatu · Board Game Shop. We may earn a commission.", "noise"),
        ("More reviews", "noise"),
        ("\n".join(f"{_clause(r, body)[:32]} – {r.randint(5, 10)}/10" for _ in range(3)), "noise"),
        ("© 2025 Meeple Magazine · Privacy · Contact", "noise"),
    ]
    return out


CHARITIES = ["Riverside Food Bank", "Oakfield Hospice", "Greenway Trust", "Harbour Youth Club", "Age Well Bristol"]


def volunteering_role(r: random.Random, body: list[str]) -> list[Block]:
    """Written for issue 15's fifteenth round after its changes were final, before any of
    the six was run (see above)."""
    org = r.choice(CHARITIES)
    out: list[Block] = [
        ("VolunteerHub\nFind opportunities\nFor organisations\nStories\nSign in", "noise"),
        ("Opportunities › Role", "noise"),
        (_title(r, body), "neutral"),
        (f"{org} · {r.choice(TOWNS)}", "body"),
        (f"Time: {r.choice(['2 hours a week', 'One day a month', 'Flexible', 'Weekends'])}", "body"),
        ("Apply now\nSave", "noise"),
        ("About the role", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"You will be supporting {org} with its work in {r.choice(TOWNS)} and the villages around it.", "body"),
        ("All volunteers are asked for two references. Some roles need a DBS check.", "noise"),
        ("Similar opportunities", "noise"),
        ("\n".join(f"{r.choice(CHARITIES)} – {_clause(r, body)[:26]}" for _ in range(3)), "noise"),
        ("VolunteerHub is a registered charity (1123456). © 2025 · Privacy · Cookies", "noise"),
    ]
    return out


# Twelve templates written for issue 15's sixteenth round after its changes were final,
# before any of them was run (see FALLS_SHORT's notes and docs/learning.md).
STATUS_COMPONENTS = ["API", "Dashboard", "Webhooks", "Billing", "Search", "File storage", "Login"]
STATUS_STAGES = ["Resolved", "Monitoring", "Identified"]  # newest first, as status pages list them


def status_incident(r: random.Random, body: list[str]) -> list[Block]:
    """A hosting company's status page: one incident, its updates, the components hit.
    Written for issue 15's sixteenth round after its changes were final, before any of the
    twelve was run (see above)."""
    first, second = r.sample(STATUS_COMPONENTS, 2)
    out: list[Block] = [
        ("QuillCloud Status\nIncidents\nUptime history\nSubscribe to updates", "noise"),
        ("All incidents › Incident report", "noise"),
        (_title(r, body), "neutral"),
        (f"Resolved · {r.choice(['Minor', 'Major', 'Critical'])} · {first}", "body"),
        (f"This incident affected {first} and {second}.", "body"),
    ]
    for k, p in enumerate(body):
        if k < 3:
            out.append((f"{STATUS_STAGES[k]}\n{p}", "body"))
            out.append((f"Posted {_date(r, 'short')} · {r.randint(0, 23):02d}:{r.randint(0, 59):02d} UTC", "body"))
        else:
            out.append((p, "body"))
    out += [
        (
            "Subscribe to updates\nGet email or SMS notifications whenever QuillCloud creates or updates an incident.",
            "noise",
        ),
        ("Current status: All systems operational", "noise"),
        ("Powered by Statuspage · QuillCloud home · Privacy", "noise"),
    ]
    return out


CENSUS_YEARS = ["1841", "1851", "1861", "1871", "1881", "1891", "1901", "1911"]
OCCUPATIONS = ["Agricultural labourer", "Dressmaker", "Coal miner", "Domestic servant", "Blacksmith", "Scholar"]
COUNTIES = ["Norfolk", "Lancashire", "Devon", "Yorkshire", "Glamorgan", "Kent"]


def genealogy_record(r: random.Random, body: list[str]) -> list[Block]:
    """A family history site's transcribed census record, with a member's research notes.
    Written for issue 15's sixteenth round after its changes were final, before any of the
    twelve was run (see above)."""
    year = r.choice(CENSUS_YEARS)
    out: list[Block] = [
        ("FamilyRoots\nSearch records\nFamily trees\nDNA\nHelp\nSign in", "noise"),
        (f"Census › England and Wales, {year} Census", "noise"),
        (f"{_name(r)}, born {r.randint(1790, 1900)}", "neutral"),
        (
            f"Name: {_name(r)}\nBirth year: {r.randint(1790, 1900)}\nOccupation: {r.choice(OCCUPATIONS)}\n"
            f"County: {r.choice(COUNTIES)}\n"
            f"Relation to head: {r.choice(['Head', 'Wife', 'Son', 'Daughter', 'Lodger'])}",
            "body",
        ),
        ("Save to tree\nPrint record\nReport an error", "noise"),
        ("Free with a FamilyRoots membership. Start your 14-day free trial today.", "noise"),
        (f"Research notes by {r.choice(FIRST).lower()}{r.randint(10, 99)}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (
            f"Source citation: The National Archives; Kew, London, England; {year} Census Returns, "
            f"piece {r.randint(100, 4999)}.",
            "body",
        ),
        ("Transcriptions are made by volunteers and may contain errors. Always check the original image.", "noise"),
        ("People also searched for", "noise"),
        ("\n".join(f"{_name(r)} ({r.randint(1790, 1900)}–{r.randint(1850, 1960)})" for _ in range(4)), "noise"),
        ("© 2025 FamilyRoots Ltd · Terms · Privacy · Cookie settings", "noise"),
    ]
    return out


WILDLIFE_SPECIES = [
    ("Barn owl", "Tyto alba"),
    ("Hedgehog", "Erinaceus europaeus"),
    ("Common lizard", "Zootoca vivipara"),
    ("Otter", "Lutra lutra"),
    ("Kingfisher", "Alcedo atthis"),
    ("Great crested newt", "Triturus cristatus"),
    ("Dormouse", "Muscardinus avellanarius"),
]
HABITATS = ["Grassland", "Woodland", "Rivers and wetlands", "Farmland", "Heathland", "Ponds"]


def wildlife_species(r: random.Random, body: list[str]) -> list[Block]:
    """A wildlife trust's species profile: the species, its facts, the trust's appeals.
    Written for issue 15's sixteenth round after its changes were final, before any of the
    twelve was run (see above)."""
    common, latin = r.choice(WILDLIFE_SPECIES)
    out: list[Block] = [
        ("Wildlife Trust\nNature reserves\nWildlife explorer\nWhat's on\nShop\nDonate", "noise"),
        ("Wildlife explorer › Species", "noise"),
        (common, "neutral"),
        (f"Scientific name: {latin}", "body"),
        (
            "Conservation status: "
            + r.choice(["Least concern", "Protected in the UK", "Priority species", "Near threatened"]),
            "body",
        ),
        (f"When to see: {r.choice(MONTHS)} to {r.choice(MONTHS)}", "body"),
        (f"Habitat: {r.choice(HABITATS)}", "body"),
        ("Report a sighting", "noise"),
        ("About", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("How to identify", "body"),
        (f"Look for it near {r.choice(HABITATS).lower()} at dusk; it is easily confused with other species.", "body"),
        ("Love wildlife? Join today and help us protect local wildlife for the future. Become a member", "noise"),
        ("Discover more species", "noise"),
        ("\n".join(c for c, _ in r.sample(WILDLIFE_SPECIES, 3)), "noise"),
        ("Wildlife Trust is a registered charity no. 207238. © 2025 · Privacy · Accessibility", "noise"),
    ]
    return out


CAMERAS = ["Nikon Z6 II", "Canon EOS R5", "Fujifilm X-T4", "Sony A7 IV", "Olympus OM-1"]
PHOTO_TAGS = ["landscape", "city", "people", "night", "travel", "architecture", "nature", "street", "winter"]


def stock_photo(r: random.Random, body: list[str]) -> list[Block]:
    """A stock photo site's image page: the photographer's description, the camera's
    settings, tags, licence and similar images. Written for issue 15's sixteenth round after
    its changes were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("SnapStock\nPhotos\nVideos\nIllustrations\nPricing\nLog in\nJoin", "noise"),
        (_title(r, body), "neutral"),
        (f"Photo by {_name(r)}", "noise"),
        ("Download free\nLike\nCollect", "noise"),
        (
            f"{r.choice(CAMERAS)} · f/{r.choice(['1.8', '2.8', '4', '5.6', '8'])} · "
            f"1/{r.choice([60, 125, 250, 1000])}s · "
            f"ISO {r.choice([100, 200, 400, 1600])}",
            "body",
        ),
        (f"{r.choice(CITIES)}, {r.randint(2016, 2025)}", "body"),
    ]
    out += [(p, "body") for p in body[:3]]
    out += [
        (" · ".join(r.sample(PHOTO_TAGS, 4)), "body"),
        (f"{r.randint(120, 90000):,} views · {r.randint(10, 9000):,} downloads", "noise"),
        ("Free to use under the SnapStock Licence. No attribution required, but it is appreciated.", "noise"),
        ("Similar photos", "noise"),
        ("\n".join(_clause(r, body)[:34] for _ in range(4)), "noise"),
        ("SnapStock · About · Blog · Licence · Terms · Privacy", "noise"),
    ]
    return out


PARTIES = ["Labour", "Conservative", "Liberal Democrat", "SNP", "Green", "Crossbench"]
DEPARTMENTS_PQ = ["Department of Health and Social Care", "Home Office", "Department for Education", "HM Treasury"]


def written_question(r: random.Random, body: list[str]) -> list[Block]:
    """A parliament's written question and the minister's answer. Written for issue 15's
    sixteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    asker, minister = _name(r), _name(r)
    out: list[Block] = [
        ("UK Parliament\nMPs and Lords\nBusiness\nBills\nCommittees\nSearch", "noise"),
        ("Written questions, answers and statements", "noise"),
        (f"UIN {r.randint(10000, 99999)}, tabled on {_date(r, 'long')}", "body"),
        (_title(r, body), "neutral"),
        (f"Asked by {asker} ({r.choice(PARTIES)})", "body"),
        (
            f"To ask the {r.choice(DEPARTMENTS_PQ)} what assessment they have made of {_clause(r, body).lower()}.",
            "body",
        ),
        (f"Answered on {_date(r, 'long')} by {minister}", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"The information requested is not held centrally by the {r.choice(DEPARTMENTS_PQ)}.", "body"))
    out += [
        (
            "This question was answered on the date shown. Answers are published as given and are not corrected.",
            "noise",
        ),
        ("Share this question\nX\nFacebook\nEmail", "noise"),
        ("Related questions", "noise"),
        ("\n".join(f"{_clause(r, body)[:40]} – {_date(r, 'short')}" for _ in range(3)), "noise"),
        ("UK Parliament 2025 · Cookie policy · Accessibility statement · Contact", "noise"),
    ]
    return out


ISSUE_LABELS = ["bug", "enhancement", "documentation", "good first issue", "needs triage", "performance"]
REPOS = ["tidyframe", "quickhttp", "pathwalk", "yamlette", "retryable"]


def issue_thread(r: random.Random, body: list[str]) -> list[Block]:
    """A code forge's issue page: the report, its labels and assignee, the maintainers'
    replies and the page's controls. Written for issue 15's sixteenth round after its
    changes were final, before any of the twelve was run (see above)."""
    repo = r.choice(REPOS)
    user = f"{r.choice(FIRST).lower()}{r.randint(1, 99)}"
    out: list[Block] = [
        ("CodeForge\nExplore\nPricing\nDocs\nSign in\nSign up", "noise"),
        (f"{repo} / {repo}", "noise"),
        ("Code\nIssues\nPull requests\nActions\nWiki", "noise"),
        (_title(r, body), "neutral"),
        (f"#{r.randint(100, 4999)}", "body"),
        (
            f"{r.choice(['Open', 'Closed'])} · {user} opened this issue on {_date(r, 'us')} · "
            f"{r.randint(1, 40)} comments",
            "noise",
        ),
        (f"Labels: {', '.join(r.sample(ISSUE_LABELS, 2))}", "body"),
        (f"Assignee: {r.choice(FIRST).lower()}{r.randint(1, 99)}", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(
        (f"Steps to reproduce:\n1. pip install {repo}=={r.randint(1, 4)}.{r.randint(0, 9)}\n2. Run the example", "body")
    )
    out += [(p, "body") for p in body[2:]]
    for _ in range(r.randint(1, 3)):
        out.append((f"{r.choice(FIRST).lower()}{r.randint(1, 99)} commented {r.randint(2, 20)} days ago", "noise"))
        out.append((f"{_clause(r, body)}.", "noise"))
    out += [
        (
            "Sign up for free to join this conversation on CodeForge. Already have an account? Sign in to comment",
            "noise",
        ),
        ("© 2025 CodeForge, Inc. · Terms · Privacy · Security · Status", "noise"),
    ]
    return out


MEDICINES = ["Ibuprofen 200mg tablets", "Cetirizine 10mg tablets", "Omeprazole 20mg capsules", "Loratadine 10mg"]
PACKS = ["16 tablets", "30 tablets", "14 capsules", "7 tablets", "28 capsules"]


def pharmacy_product(r: random.Random, body: list[str]) -> list[Block]:
    """An online pharmacy's medicine page: the product, its price and pack, the
    pharmacist's questions, the leaflet's text. Written for issue 15's sixteenth round after
    its changes were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("PillBox Pharmacy\nPrescriptions\nHealth A–Z\nOffers\nBasket (0)", "noise"),
        (f"Home › Medicines › {r.choice(['Pain relief', 'Allergy', 'Indigestion', 'Cold and flu'])}", "noise"),
        (r.choice(MEDICINES), "neutral"),
        (f"£{r.randint(1, 14)}.{r.choice(['49', '99', '29'])} · {r.choice(PACKS)}", "body"),
        ("Add to basket\nSave for later", "noise"),
        ("Pharmacy medicine: you will be asked a few questions before we can supply it.", "noise"),
        ("Product information", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (
            f"Active ingredient: {r.choice(['ibuprofen', 'cetirizine hydrochloride', 'omeprazole', 'loratadine'])}",
            "body",
        ),
        ("Always read the label. Do not take more than the recommended dose.", "body"),
        (f"Reviewed by {_name(r)}, pharmacist, on {_date(r, 'short')}", "noise"),
        ("Free delivery on orders over £25 · Registered with the General Pharmaceutical Council", "noise"),
        ("Customers also viewed", "noise"),
        ("\n".join(f"{m} – £{r.randint(1, 14)}.99" for m in r.sample(MEDICINES, 3)), "noise"),
        ("© 2025 PillBox Pharmacy Ltd · Superintendent pharmacist: Amara Okafor · Privacy", "noise"),
    ]
    return out


RUN_PARKS = ["Riverside Park", "Hollow Lane Common", "Castle Fields", "Millbrook Green", "Eastfield Park"]


def run_report(r: random.Random, body: list[str]) -> list[Block]:
    """A weekly community run's event report: the event number, its figures, the run
    director's write-up and volunteers' thanks. Written for issue 15's sixteenth round after
    its changes were final, before any of the twelve was run (see above)."""
    park = r.choice(RUN_PARKS)
    out: list[Block] = [
        ("Saturday 5k\nEvents\nResults\nVolunteer\nNews\nRegister", "noise"),
        (f"{park} 5k › Event report", "noise"),
        (f"Event #{r.randint(12, 620)}", "body"),
        (_title(r, body), "neutral"),
        (f"{r.randint(40, 600)} finishers · {r.randint(8, 40)} volunteers · {r.randint(3, 60)} first timers", "body"),
        (f"Run report by {_name(r)}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Thank you to our volunteers this week: {', '.join(_name(r) for _ in range(r.randint(3, 6)))}.", "body"),
        ("Don't forget your barcode! No barcode, no result.", "noise"),
        ("Want to volunteer? Email the team and we will find you a role.", "noise"),
        ("More event reports", "noise"),
        ("\n".join(f"Event #{r.randint(12, 620)}: {_clause(r, body)[:30]}" for _ in range(3)), "noise"),
        ("Saturday 5k is free, for everyone, forever. © 2025 Saturday 5k Ltd · Privacy", "noise"),
    ]
    return out


HOWTO_CATEGORIES = ["Home and garden", "Cars", "Computers", "Health", "Food", "Pets"]


def howto_article(r: random.Random, body: list[str]) -> list[Block]:
    """A how-to wiki's article: steps, tips and the article's co-author and view count.
    Written for issue 15's sixteenth round after its changes were final, before any of the
    twelve was run (see above)."""
    out: list[Block] = [
        ("HowToHub\nCategories\nRandom article\nWrite an article\nLog in", "noise"),
        (f"{r.choice(HOWTO_CATEGORIES)} › {r.choice(['Repairs', 'Cleaning', 'Tips', 'Basics'])}", "noise"),
        (f"How to {_title(r, body).lower()}", "neutral"),
        (f"Co-authored by {_name(r)} · Last updated {_date(r, 'us')}", "noise"),
        (f"This article has been viewed {r.randint(2, 900):,},{r.randint(100, 999)} times.", "noise"),
        ("Steps", "body"),
    ]
    for k, p in enumerate(body, 1):
        out.append((f"{k}. {p}" if k <= 4 else p, "body"))
    out += [
        ("Tips", "body"),
        (f"* {_clause(r, body)}.\n* {_clause(r, body)}.", "body"),
        ("Things you'll need", "body"),
        (
            "\n".join(f"* {w}" for w in r.sample(["A screwdriver", "Gloves", "A bucket", "Warm water", "A cloth"], 3)),
            "body",
        ),
        ("Was this article helpful? Yes · No", "noise"),
        ("Related articles", "noise"),
        ("\n".join(f"How to {_clause(r, body).lower()[:34]}" for _ in range(3)), "noise"),
        ("All text shared under a Creative Commons licence. HowToHub · About · Privacy", "noise"),
    ]
    return out


def advice_column(r: random.Random, body: list[str]) -> list[Block]:
    """A magazine's agony aunt column: a reader's letter, the columnist's answer, the call
    for letters. Written for issue 15's sixteenth round after its changes were final, before
    any of the twelve was run (see above)."""
    columnist = "Ruth Hale"
    out: list[Block] = [
        ("The Weekend\nNews\nLife\nMoney\nPuzzles\nSubscribe", "noise"),
        ("Life › Dear Ruth", "noise"),
        (_title(r, body), "neutral"),
        (f"By {columnist} · {_date(r, 'long')}", "noise"),
        (f"Dear Ruth, {_clause(r, body).lower()}. What should I do? – {r.choice(FIRST)}, {r.choice(TOWNS)}", "body"),
        ("Ruth says:", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Good luck, {r.choice(FIRST)}. Write and tell me how it goes.", "body"),
        ("Got a problem? Write to Ruth at dearruth@theweekend.example. Letters may be edited.", "noise"),
        ("If you are affected by any of the issues raised, support is available from Samaritans on 116 123.", "noise"),
        ("More from Dear Ruth", "noise"),
        ("\n".join(_clause(r, body)[:40] for _ in range(3)), "noise"),
        ("© The Weekend Media Group 2025 · Terms · Privacy · Contact us", "noise"),
    ]
    return out


SONG_ARTISTS = ["The Lanterns", "Maya Brooks", "Northern Static", "Elsie Grey", "Paper Harbours", "Jonah Wilde"]


def song_lyrics(r: random.Random, body: list[str]) -> list[Block]:
    """A lyrics site's song page: the lyrics (the page's text), the song's writers and
    album, ads and the artist's other songs. Written for issue 15's sixteenth round after
    its changes were final, before any of the twelve was run (see above)."""
    artist = r.choice(SONG_ARTISTS)
    out: list[Block] = [
        ("LyricVault\nArtists\nAlbums\nCharts\nSubmit lyrics", "noise"),
        (f"{artist} lyrics", "body"),
        (_title(r, body), "neutral"),
        (f"Album: {_clause(r, body)[:28]} ({r.randint(1994, 2025)})", "body"),
        ("Advertisement", "noise"),
    ]
    for k, p in enumerate(body):
        out.append((p, "body"))
        if k == 1:
            out.append(("Advertisement", "noise"))
    out += [
        (f"Writer(s): {_name(r)}, {_name(r)}", "body"),
        ("Lyrics licensed and provided by LyricFind. For non-commercial use only.", "noise"),
        ("Submit corrections · Print · Share", "noise"),
        (f"Top songs by {artist}", "noise"),
        ("\n".join(f"{k}. {_clause(r, body)[:26]}" for k in range(1, 4)), "noise"),
        ("© 2025 LyricVault · DMCA · Privacy · Terms", "noise"),
    ]
    return out


COUNCILLORS = ["Cllr A. Hughes (Chair)", "Cllr B. Patel", "Cllr C. Morgan", "Cllr D. Evans", "Cllr E. Byrne"]


def council_minutes(r: random.Random, body: list[str]) -> list[Block]:
    """A parish council's meeting minutes: who was present, the items and the resolutions.
    Written for issue 15's sixteenth round after its changes were final, before any of the
    twelve was run (see above)."""
    out: list[Block] = [
        ("Ashby Parish Council\nAbout the council\nMeetings\nPlanning\nAllotments\nContact the clerk", "noise"),
        ("Meetings › Minutes", "noise"),
        (
            f"Minutes of the {r.choice(['monthly', 'annual', 'extraordinary'])} meeting held on {_date(r, 'long')}",
            "neutral",
        ),
        (f"Present: {', '.join(r.sample(COUNCILLORS, r.randint(3, 5)))}", "body"),
        (f"Apologies: {r.choice(COUNCILLORS)}", "body"),
        (f"In attendance: the clerk and {r.randint(0, 12)} members of the public", "body"),
    ]
    for k, p in enumerate(body, 1):
        out.append((f"{k}. {p}" if len(p) > 200 else p, "body"))
    out += [
        (f"RESOLVED: that the minutes be approved and signed by the Chair. Proposed {r.choice(COUNCILLORS)}.", "body"),
        (f"The meeting closed at {r.randint(8, 10)}.{r.choice(['05', '30', '45'])}pm.", "body"),
        ("These minutes are draft until approved at the next meeting of the council.", "noise"),
        ("Download as PDF", "noise"),
        ("Ashby Parish Council · Clerk: clerk@ashbypc.example · 01632 960 555 · Accessibility", "noise"),
    ]
    return out


# Twelve templates written for issue 15's seventeenth round after its changes were final,
# before any of them was run (see FALLS_SHORT's notes and docs/learning.md): a planning
# application, an open data portal's dataset page, a knitting pattern, a foreign travel
# advice page, a football player's profile, a grants directory's listing, a conference's
# call for papers, a hackathon's project page, a museum's collection object record, a car
# magazine's road test, a fire and rescue service's incident log and a university's
# scholarship page. They are never changed after their first run.
PLAN_STATUSES = ["Pending consideration", "Approved with conditions", "Refused", "Withdrawn", "Appeal lodged"]
PLAN_DOCS = ["Application form", "Site plan", "Design and access statement", "Decision notice", "Officer report"]


def planning_application(r: random.Random, body: list[str]) -> list[Block]:
    """A district council's planning portal: one application, its fields, its documents.
    Written for issue 15's seventeenth round after its changes were final, before any of the
    twelve was run (see above)."""
    out: list[Block] = [
        ("Eastvale District Council\nPlanning\nBuilding control\nSearch applications\nMy account\nSign in", "noise"),
        ("Planning › Application search › Application details", "noise"),
        (f"Application reference: {r.randint(18, 25)}/{r.randint(100, 9999):05d}/FUL", "body"),
        (_title(r, body), "neutral"),
        (f"Site address: {r.randint(1, 140)} {r.choice(STREETS)}, {r.choice(TOWNS)}", "body"),
        (f"Status: {r.choice(PLAN_STATUSES)}", "body"),
        ("Comment on this application · Track this application · Print", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("The application site lies within a conservation area and close to a listed building.", "body"))
    out += [
        (f"Case officer: {_name(r)}\nConsultation expiry date: {_date(r, 'short')}", "body"),
        (
            "Comments can be made until a decision is issued. All comments, including your name and address, "
            "will be published on this website.",
            "noise",
        ),
        ("Related documents", "noise"),
        ("\n".join(f"{d} – {_date(r, 'short')}" for d in r.sample(PLAN_DOCS, 3)), "noise"),
        ("© Eastvale District Council · Accessibility · Privacy notice · Cookies", "noise"),
    ]
    return out


OPENDATA_TOPICS = ["Transport", "Environment", "Health", "Housing", "Education", "Population"]
OPENDATA_PUBLISHERS = [
    "Northshire County Council",
    "Northshire Highways",
    "Public Health Northshire",
    "Office of the Mayor",
]
OPENDATA_FREQ = ["Monthly", "Quarterly", "Annually", "Weekly", "Never"]
OPENDATA_LICENCES = ["Open Government Licence v3.0", "Creative Commons Attribution 4.0", "Open Data Commons ODbL"]
OPENDATA_FORMATS = ["CSV", "JSON", "XLSX", "GeoJSON"]


def dataset_page(r: random.Random, body: list[str]) -> list[Block]:
    """An open data portal's dataset page: the publisher, the update line, the description
    and the files. Written for issue 15's seventeenth round after its changes were final,
    before any of the twelve was run (see above)."""
    slug = "-".join(_title(r, body).lower().split()[:3])
    files = [
        f"{fmt} · {r.randint(12, 980)} KB · {slug}-{year}.{fmt.lower()}"
        for fmt, year in zip(r.sample(OPENDATA_FORMATS, 2), r.sample(range(2019, 2026), 2), strict=True)
    ]
    out: list[Block] = [
        ("Northshire Open Data\nDatasets\nPublishers\nAPI\nAbout", "noise"),
        (f"Datasets › {r.choice(OPENDATA_TOPICS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"Published by: {r.choice(OPENDATA_PUBLISHERS)}", "body"),
        (f"Last updated: {_date(r, 'short')} · Update frequency: {r.choice(OPENDATA_FREQ)}", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Licence: {r.choice(OPENDATA_LICENCES)}", "body"),
        ("Data and resources", "noise"),
        ("\n".join(files), "body"),
        ("Download all · Preview · API endpoint", "noise"),
        ("Was this dataset useful? Yes · No", "noise"),
        ("Contains public sector information licensed under the Open Government Licence v3.0.", "noise"),
        ("Northshire Open Data · Accessibility · Privacy · Contact the data team", "noise"),
    ]
    return out


KNIT_CATEGORIES = ["Jumpers", "Hats", "Socks", "Shawls", "Baby", "Blankets"]
KNIT_LEVELS = ["Beginner", "Easy", "Intermediate", "Experienced"]
KNIT_WEIGHTS = ["4ply", "DK", "Aran", "Chunky", "Lace"]


def knitting_pattern(r: random.Random, body: list[str]) -> list[Block]:
    """A yarn shop's pattern page: the designer, the pattern's facts, its notes and gauge.
    Written for issue 15's seventeenth round after its changes were final, before any of the
    twelve was run (see above)."""
    needles = r.choice(["3.25", "4", "4.5", "5", "6"])
    out: list[Block] = [
        ("Purl & Plain\nPatterns\nYarn\nNeedles\nTutorials\nBasket (0)", "noise"),
        (f"Patterns › {r.choice(KNIT_CATEGORIES)}", "noise"),
        (_title(r, body), "neutral"),
        (f"Designed by {_name(r)}", "body"),
        (
            f"Skill level: {r.choice(KNIT_LEVELS)} · Yarn weight: {r.choice(KNIT_WEIGHTS)} · Needles: {needles} mm",
            "body",
        ),
        (f"£{r.choice(['3.50', '4.50', '5.00', '6.50'])}", "body"),
        ("Add to basket\nAdd to favourites", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (
            f"Gauge: {r.randint(16, 32)} stitches and {r.randint(20, 40)} rows to 10 cm over stocking stitch on "
            f"{needles} mm needles.",
            "body",
        ),
        ("Abbreviations: k – knit; p – purl; k2tog – knit two together; yo – yarn over.", "noise"),
        ("Share your make with #purlandplain on Instagram.", "noise"),
        ("You might also like", "noise"),
        ("\n".join(_clause(r, body)[:30] for _ in range(3)), "noise"),
        ("© Purl & Plain Ltd · Delivery · Returns · Privacy", "noise"),
    ]
    return out


ADVICE_COUNTRIES = ["Peru", "Kenya", "Vietnam", "Norway", "Morocco", "Chile", "Georgia", "Laos"]


def travel_advice(r: random.Random, body: list[str]) -> list[Block]:
    """A government's foreign travel advice: the country, when it was checked, the latest
    update and the advice. Written for issue 15's seventeenth round after its changes were
    final, before any of the twelve was run (see above)."""
    country = r.choice(ADVICE_COUNTRIES)
    out: list[Block] = [
        ("GOV.EXAMPLE\nMenu\nSearch", "noise"),
        ("Home › Foreign travel advice", "noise"),
        (f"{country} travel advice", "body"),
        ("Warnings and insurance · Entry requirements · Safety and security · Health · Getting help", "noise"),
        (f"Still current at: {_date(r, 'long')}\nUpdated: {_date(r, 'long')}", "body"),
        (f"Latest update: {_clause(r, body).lower()}.", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"The embassy in {r.choice(CITIES)} can give consular help to nationals in {country}.", "body"),
        ("Sign up to get email alerts when this travel advice is updated.", "noise"),
        ("Print this page", "noise"),
        (
            "Help us improve GOV.EXAMPLE\nDon't include personal or financial information like your National "
            "Insurance number or credit card details.",
            "noise",
        ),
        ("All content is available under the Open Government Licence v3.0, except where otherwise stated", "noise"),
    ]
    return out


PLAYER_POSITIONS = ["Goalkeeper", "Defender", "Midfielder", "Forward"]
PLAYER_CLUBS = ["Harbour City", "Kingsford Athletic", "Eastfield Rangers", "Millbrook Town", "Northgate United"]
PLAYER_LEAGUES = ["Premier Division", "Championship", "League One"]


def player_profile(r: random.Random, body: list[str]) -> list[Block]:
    """A football statistics site's player profile: the player's row of facts, the season's
    numbers, a biography. Written for issue 15's seventeenth round after its changes were
    final, before any of the twelve was run (see above)."""
    club = r.choice(PLAYER_CLUBS)
    out: list[Block] = [
        ("StrikerStats\nPlayers\nClubs\nLeagues\nTransfers\nFantasy", "noise"),
        (f"Players › {r.choice(PLAYER_LEAGUES)}", "noise"),
        (_name(r), "body"),
        (f"{r.choice(PLAYER_POSITIONS)} · {club} · #{r.randint(1, 40)}", "body"),
        (f"Age: {r.randint(18, 36)} · Height: {r.randint(168, 198)} cm · Foot: {r.choice(['Left', 'Right'])}", "body"),
        ("Season 2024/25", "noise"),
        (f"{r.randint(3, 38)} appearances · {r.randint(0, 25)} goals · {r.randint(0, 14)} assists", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Stats provided by Opta. Data correct at the time of publication.", "noise"),
        ("Compare this player · Add to watchlist", "noise"),
        ("Trending players", "noise"),
        ("\n".join(f"{_name(r)} – {r.choice(PLAYER_CLUBS)}" for _ in range(3)), "noise"),
        ("© 2025 StrikerStats · Terms · Privacy · Gamble responsibly 18+", "noise"),
    ]
    return out


GRANT_FUNDERS = ["The Hollis Foundation", "Fernway Community Trust", "Aurelia Arts Fund", "Northloop Charitable Trust"]
GRANT_SECTORS = ["Arts and culture", "Community", "Environment", "Health", "Sport", "Heritage"]
GRANT_ELIGIBLE = [
    "registered charities and community interest companies",
    "constituted community groups with an annual income under £250,000",
    "schools, colleges and parish councils",
    "social enterprises based in the North of England",
]


def grant_listing(r: random.Random, body: list[str]) -> list[Block]:
    """A grants directory's listing: the funder, the amount, the deadline, who can apply.
    Written for issue 15's seventeenth round after its changes were final, before any of the
    twelve was run (see above)."""
    out: list[Block] = [
        ("GrantFinder\nSearch grants\nFunders\nGuides\nPricing\nLog in", "noise"),
        (f"Grants › {r.choice(GRANT_SECTORS)}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Funder: {r.choice(GRANT_FUNDERS)}\nAmount: up to £{r.randint(2, 150) * 1000:,}\n"
            f"Deadline: {_date(r, 'long')}",
            "body",
        ),
        ("Save this grant · Set a reminder", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Who can apply: {r.choice(GRANT_ELIGIBLE)}", "body"))
    if r.random() < 0.5:
        out.append(("Applications received after the deadline will not be considered.", "body"))
    out += [
        (
            "Information on this page is provided by the funder. Always check the funder's own website before "
            "applying.",
            "noise",
        ),
        ("Similar grants", "noise"),
        ("\n".join(f"{r.choice(GRANT_FUNDERS)} – up to £{r.randint(2, 90) * 1000:,}" for _ in range(3)), "noise"),
        ("GrantFinder Ltd · Registered in England 09876543 · Privacy · Terms", "noise"),
    ]
    return out


CFP_FIELDS = ["Computer science", "Linguistics", "History", "Ecology", "Economics"]
CFP_TOPICS = [
    "Methods and tools",
    "Case studies from practice",
    "Teaching and learning",
    "Open data and reproducibility",
    "Ethics and policy",
    "Work in progress",
]


def call_for_papers(r: random.Random, body: list[str]) -> list[Block]:
    """A call-for-papers listing: the conference, its place and dates, the deadlines, the
    topics. Written for issue 15's seventeenth round after its changes were final, before any
    of the twelve was run (see above)."""
    out: list[Block] = [
        ("CallForPapers\nConferences\nJournals\nSubmit a CFP\nAbout", "noise"),
        (f"Conferences › {r.choice(CFP_FIELDS)}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.choice(CITIES)} · {_date(r, 'short')} – {_date(r, 'short')}", "body"),
        (f"Submission deadline: {_date(r, 'long')}\nNotification: {_date(r, 'long')}", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Topics include:", "body"),
        ("\n".join(f"* {t}" for t in r.sample(CFP_TOPICS, 4)), "body"),
        (f"Contact: {_name(r)}, programme chair", "body"),
        ("Add to calendar · Share · Report outdated information", "noise"),
        ("Listings are submitted by organisers. CallForPapers is not responsible for their accuracy.", "noise"),
        ("Upcoming deadlines", "noise"),
        ("\n".join(f"{_clause(r, body)[:30]} – {_date(r, 'short')}" for _ in range(3)), "noise"),
        ("© 2025 CallForPapers · Contact · Privacy", "noise"),
    ]
    return out


HACKATHONS = ["CivicHack 2025", "GreenCode Weekend", "HealthJam", "Open Transit Hack"]
HACK_TECH = ["python", "react", "postgresql", "flask", "raspberry-pi", "figma", "openai", "leaflet"]
HACK_PRIZES = ["Best use of open data", "People's choice", "Best social impact", "Runner-up"]


def hackathon_project(r: random.Random, body: list[str]) -> list[Block]:
    """A hackathon site's project page: the tagline, the story under its fixed headings, what
    it was built with, the team. Written for issue 15's seventeenth round after its changes
    were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("HackShowcase\nHackathons\nProjects\nPeople\nHost a hackathon\nSign in", "noise"),
        (f"{r.choice(HACKATHONS)} › Projects", "noise"),
        (_title(r, body), "neutral"),
        (_clause(r, body), "body"),
        ("Like · Comment · Share", "noise"),
        ("Inspiration", "body"),
    ]
    for k, p in enumerate(body):
        if k == 1:
            out.append(("What it does", "body"))
        elif k == 2:
            out.append(("How we built it", "body"))
        out.append((p, "body"))
    out.append((f"Built with: {', '.join(r.sample(HACK_TECH, 3))}", "body"))
    if r.random() < 0.4:
        out.append((f"Winner: {r.choice(HACK_PRIZES)}", "body"))
    out += [
        ("Team members", "noise"),
        ("\n".join(_name(r) for _ in range(r.randint(2, 4))), "body"),
        (f"{r.randint(2, 240)} likes · {r.randint(0, 30)} comments", "noise"),
        ("Updates\nLog in or sign up to comment.", "noise"),
        ("© HackShowcase Inc. · Community guidelines · Privacy · Terms", "noise"),
    ]
    return out


OBJECT_MATERIALS = ["Oak and brass", "Glazed earthenware", "Oil on canvas", "Silver", "Wool and linen", "Whalebone"]
OBJECT_PREFIXES = ["HM", "HM.L", "HM.D"]


def collection_object(r: random.Random, body: list[str]) -> list[Block]:
    """A maritime museum's collection record: the object's number, its facts, its story and
    credit line. Written for issue 15's seventeenth round after its changes were final, before
    any of the twelve was run (see above)."""
    year = r.randint(1650, 1950)
    out: list[Block] = [
        ("Harbour Museum\nVisit\nWhat's on\nCollections\nLearn\nShop\nDonate", "noise"),
        ("Collections › Search the collection › Object", "noise"),
        (_title(r, body), "neutral"),
        (f"Object number: {r.choice(OBJECT_PREFIXES)}.{r.randint(1950, 2020)}.{r.randint(1, 400)}", "body"),
        (
            f"Maker: {_name(r)}\nDate: c. {year}\nMaterials: {r.choice(OBJECT_MATERIALS)}\n"
            f"Dimensions: {r.randint(5, 120)} x {r.randint(5, 90)} cm",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Credit line: Gift of {_name(r)}, {r.randint(1950, 2020)}", "body"),
        (r.choice(["Not currently on display", f"On display: Gallery {r.randint(1, 9)}"]), "body"),
        ("Image rights: © Harbour Museum. For licensing enquiries, contact our picture library.", "noise"),
        ("Request an image · Cite this object · Share", "noise"),
        ("Related objects", "noise"),
        ("\n".join(_clause(r, body)[:32] for _ in range(3)), "noise"),
        ("Harbour Museum is a registered charity, number 1098765. © 2025", "noise"),
    ]
    return out


CAR_MAKES = ["Kestrel", "Aurora", "Vantage", "Nordic", "Solent"]


def car_review(r: random.Random, body: list[str]) -> list[Block]:
    """A car magazine's road test: the byline, the price line, the rating, for and against,
    the verdict. Written for issue 15's seventeenth round after its changes were final, before
    any of the twelve was run (see above)."""
    make = r.choice(CAR_MAKES)
    out: list[Block] = [
        ("DriveTest\nReviews\nNews\nBuying advice\nCar finder\nSell your car", "noise"),
        (f"Reviews › {make}", "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)} · {_date(r, 'short')}", "noise"),
        (
            f"Price from £{r.randint(18, 64) * 1000 + 995:,} · {r.randint(32, 68)} mpg · {r.randint(0, 180)} g/km CO2",
            "body",
        ),
        (f"Rating: {r.randint(2, 5)} out of 5", "body"),
        ("For\n" + "\n".join(f"* {_clause(r, body)[:34]}" for _ in range(2)), "body"),
        ("Against\n" + "\n".join(f"* {_clause(r, body)[:34]}" for _ in range(2)), "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"Verdict: {_clause(r, body).lower()}.", "body"),
        (f"Find a used {make} near you", "noise"),
        ("Get a free valuation · Compare insurance quotes", "noise"),
        (
            "Prices and specifications were correct at the time of writing. We may earn a commission if you buy "
            "through links on this page.",
            "noise",
        ),
        ("© DriveTest Media 2025 · Privacy · Cookies · Terms", "noise"),
    ]
    return out


FIRE_STATIONS = ["Westmoor", "Hale Cross", "Ashbury", "Longford", "Kettlebridge", "St Olave's"]


def fire_incident(r: random.Random, body: list[str]) -> list[Block]:
    """A fire and rescue service's incident log: the incident's number, time and place, the
    crews, the report, the stop message. Written for issue 15's seventeenth round after its
    changes were final, before any of the twelve was run (see above)."""
    first, second = r.sample(FIRE_STATIONS, 2)
    out: list[Block] = [
        ("Westmoor Fire and Rescue Service\nSafety advice\nIncidents\nCareers\nAbout us\nContact", "noise"),
        ("Incidents › Latest incidents", "noise"),
        (_title(r, body), "neutral"),
        (f"Incident number: {r.randint(10000, 99999)}", "body"),
        (f"{_date(r, 'long')} · {r.randint(0, 23):02d}:{r.randint(0, 59):02d} · {r.choice(TOWNS)}", "body"),
        (f"Crews from {first} and {second} attended.", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (f"The stop message was received at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}.", "body"),
        ("If you have a fire, get out, stay out and call 999.", "noise"),
        ("Book a free home fire safety visit", "noise"),
        ("Share this incident\nFacebook\nX\nEmail", "noise"),
        ("© Westmoor Fire and Rescue Service · Accessibility · Privacy · Freedom of information", "noise"),
    ]
    return out


SCHOLARSHIP_LEVELS = ["Undergraduate", "Postgraduate taught", "Postgraduate research"]
SCHOLARSHIP_ELIGIBILITY = [
    "* You must hold an offer to study at Fenbridge",
    "* You must be classed as an international student for fee purposes",
    "* You must be starting your course in September 2026",
    "* You must not already hold a degree at the same level",
    "* You must live in a postcode in the lowest two quintiles of the participation index",
]


def scholarship_page(r: random.Random, body: list[str]) -> list[Block]:
    """A university's scholarship page: its value, level and closing date, the description,
    who is eligible, how to ask. Written for issue 15's seventeenth round after its changes
    were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("Fenbridge University\nStudy\nResearch\nInternational\nAbout\nSearch", "noise"),
        ("Study › Fees and funding › Scholarships", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Value: £{r.choice([1000, 2000, 2500, 3000, 5000])} per year\nLevel: {r.choice(SCHOLARSHIP_LEVELS)}\n"
            f"Closing date: {_date(r, 'long')}",
            "body",
        ),
        ("Apply now · Check your eligibility", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Eligibility", "body"),
        ("\n".join(r.sample(SCHOLARSHIP_ELIGIBILITY, 3)), "body"),
        (
            f"Contact the scholarships team at scholarships@fenbridge.example.ac.uk quoting reference "
            f"FS{r.randint(100, 999)}.",
            "body",
        ),
        ("We process your personal data in line with our privacy notice for applicants.", "noise"),
        ("Other scholarships", "noise"),
        ("\n".join(f"{_clause(r, body)[:30]} – £{r.choice([500, 1000, 3000])}" for _ in range(3)), "noise"),
        ("© Fenbridge University 2025 · Charity number 1143210 · Accessibility · Freedom of information", "noise"),
    ]
    return out


LIBRARY_BRANCHES = ["Central Library", "Northgate Library", "Eastmoor Library", "Mill Road Library", "Mobile library"]
LIBRARY_FORMATS = ["Book", "Large print", "eBook", "Audiobook CD"]


def library_record(r: random.Random, body: list[str]) -> list[Block]:
    """A public library's catalogue record: the author, the format, the summary and where the
    copies are. Written for issue 15's eighteenth round after its changes were final, before
    any of the twelve was run (see above)."""
    out: list[Block] = [
        ("Eastmoor Libraries\nCatalogue\nMy account\nEvents\nJoin the library\nHelp", "noise"),
        ("Search the catalogue › Results › Item", "noise"),
        (_title(r, body), "neutral"),
        (f"by {_name(r)}", "body"),
        (f"{r.choice(LIBRARY_FORMATS)} · {r.randint(2009, 2024)} · {r.randint(120, 640)} pages", "body"),
        ("Place a hold · Add to list · Share", "noise"),
        ("Summary", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.4:
        out.append(("This title is also available as an eBook and an audiobook.", "body"))
    shelves = [
        f"{branch} – {r.choice(['Available', 'On loan, due ' + _date(r, 'short'), 'In transit'])} – "
        f"{r.randint(800, 999)}.{r.randint(1, 99)} {r.choice(LAST)[:3].upper()}"
        for branch in r.sample(LIBRARY_BRANCHES, r.randint(1, 3))
    ]
    out += [
        ("Availability", "body"),
        ("\n".join(shelves), "body"),
        (f"Holds: {r.randint(0, 14)} on {len(shelves)} copies", "body"),
        (
            "Loans are for three weeks and can be renewed up to five times unless another reader has placed a hold.",
            "noise",
        ),
        ("Readers who borrowed this also borrowed", "noise"),
        ("\n".join(f"{_clause(r, body)[:34]} – {_name(r)}" for _ in range(3)), "noise"),
        ("Eastmoor Council · Libraries and archives · Accessibility · Privacy · Cookies", "noise"),
    ]
    return out


CASE_INDUSTRIES = ["Retail", "Healthcare", "Logistics", "Higher education", "Financial services", "Manufacturing"]
CASE_PRODUCTS = ["StackLoop Pipelines", "StackLoop Monitor", "StackLoop Vault", "StackLoop Edge"]
CASE_COMPANIES = ["Brightwell Foods", "Harbour Academy", "Cedar Housing", "Nortek Systems", "Kestrel Energy"]
CASE_ROLES = ["Head of Platform", "CTO", "VP Engineering", "IT Director", "Lead SRE"]


def case_study(r: random.Random, body: list[str]) -> list[Block]:
    """A software vendor's customer story: the customer's industry and size, the products, the
    results, the story with the customer's quote. Written for issue 15's eighteenth round
    after its changes were final, before any of the twelve was run (see above)."""
    industry = r.choice(CASE_INDUSTRIES)
    company = r.choice(CASE_COMPANIES)
    out: list[Block] = [
        ("StackLoop\nProduct\nSolutions\nPricing\nCustomers\nDocs\nSign in\nStart free trial", "noise"),
        ("Customers › Case studies", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Industry: {industry}\nCompany size: {r.choice(['51–200', '201–1,000', '1,000–5,000', '5,000+'])} "
            f"employees\nProducts: {', '.join(r.sample(CASE_PRODUCTS, 2))}",
            "body",
        ),
        (
            f"{r.randint(20, 85)}% faster deployments · {r.randint(2, 9)}x fewer incidents · "
            f"£{r.randint(40, 900)}k saved a year",
            "body",
        ),
        ("Download the PDF · Talk to sales", "noise"),
        (body[0], "body"),
        (f"“{_clause(r, body)}.” — {_name(r)}, {r.choice(CASE_ROLES)}, {company}", "body"),
    ]
    out += [(p, "body") for p in body[1:]]
    out += [
        (f"About {company}", "body"),
        (f"{company} is a {industry.lower()} business based in {r.choice(CITIES)}.", "body"),
        ("Results may vary. Figures supplied by the customer and not independently verified.", "noise"),
        ("Ready to see StackLoop in action?\nBook a demo", "noise"),
        ("More customer stories", "noise"),
        ("\n".join(f"{r.choice(CASE_COMPANIES)}: {_clause(r, body)[:40]}" for _ in range(3)), "noise"),
        ("© 2025 StackLoop Inc. · Terms · Privacy · Security · Status", "noise"),
    ]
    return out


ELECTION_PARTIES = ["Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK", "Independent"]
ELECTION_WARDS = ["Abbey", "Castle", "Millfield", "St Peter's", "Riverside", "Westgate", "Hillcrest"]


def election_results(r: random.Random, body: list[str]) -> list[Block]:
    """A council's local election result for one ward: the date, the turnout, the candidates'
    votes, the report of the count. Written for issue 15's eighteenth round after its changes
    were final, before any of the twelve was run (see above)."""
    ward = r.choice(ELECTION_WARDS)
    votes = sorted((r.randint(90, 2400) for _ in range(4)), reverse=True)
    candidates = [
        f"{_name(r)} ({party}) – {n:,}" + (" – Elected" if i == 0 else "")
        for i, (party, n) in enumerate(zip(r.sample(ELECTION_PARTIES, 4), votes, strict=True))
    ]
    out: list[Block] = [
        ("Hallowmere Borough Council\nResidents\nBusiness\nCouncil and democracy\nSearch", "noise"),
        ("Home › Council and democracy › Elections › Results", "noise"),
        (f"{ward} ward result", "neutral"),
        (
            f"Election date: {_date(r, 'long')}\nTurnout: {r.randint(21, 48)}.{r.randint(0, 9)}%\n"
            f"Electorate: {r.randint(5000, 9800):,}",
            "body",
        ),
        ("\n".join(candidates), "body"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Rejected ballot papers: {r.randint(4, 60)}", "body"))
    if r.random() < 0.5:
        out.append(("The returning officer declared the result shortly after 3am.", "body"))
    out += [
        ("Results are provisional until the declaration of result notice is published.", "noise"),
        ("Download results (CSV) · Download results (PDF)", "noise"),
        ("Other ward results", "noise"),
        (
            "\n".join(
                f"{w} – {r.choice(ELECTION_PARTIES)} {r.choice(['hold', 'gain'])}" for w in r.sample(ELECTION_WARDS, 3)
            ),
            "noise",
        ),
        ("Hallowmere Borough Council · Town Hall, Market Square · Contact us · Accessibility · Privacy", "noise"),
    ]
    return out


REPAIR_DEVICES = ["Kettle", "Washing machine", "Laptop", "Bicycle", "Vacuum cleaner", "Games console"]
REPAIR_TOOLS = ["Phillips #1 screwdriver", "Spudger", "Multimeter", "Torx T8 screwdriver", "Tweezers", "Pliers"]


def repair_guide(r: random.Random, body: list[str]) -> list[Block]:
    """A repair community's guide: the difficulty and time, the tools, the steps, who
    completed it, the comments. Written for issue 15's eighteenth round after its changes
    were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("FixRight\nGuides\nAnswers\nParts\nTools\nStore\nLog in", "noise"),
        (f"Guides › {r.choice(REPAIR_DEVICES)} › Repair", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Difficulty: {r.choice(['Easy', 'Moderate', 'Difficult'])} · Time: {r.randint(10, 90)} minutes · "
            f"Steps: {len(body)}",
            "body",
        ),
        (f"Written by {_name(r)} · {r.randint(2, 40)} contributors", "noise"),
        ("Tools", "body"),
        ("\n".join(f"* {t}" for t in r.sample(REPAIR_TOOLS, 3)), "body"),
    ]
    for i, p in enumerate(body, 1):
        out += [(f"Step {i}", "body"), (p, "body")]
    if r.random() < 0.6:
        out.append(("Unplug the device and let it cool down before you open it.", "body"))
    out += [
        (f"{r.randint(3, 900)} other people completed this guide.", "noise"),
        ("Was this guide helpful? Yes · No", "noise"),
        ("Comments", "noise"),
        ("\n\n".join(f"{_name(r)} – {r.randint(1, 11)} months ago\n{r.choice(COMMENTS)}" for _ in range(2)), "noise"),
        ("FixRight is not affiliated with any manufacturer. Guides are licensed under CC BY-NC-SA.", "noise"),
        ("© 2025 FixRight · Privacy · Terms · Contact", "noise"),
    ]
    return out


RADIO_SHOWS = ["Morning Tide", "The Late Shift", "Sunday Folk", "Northsound Drive", "Homegrown"]
RADIO_TRACKS = [
    ("Ivy Ferro", "Glasshouse"),
    ("The Lantern Years", "Small Hours"),
    ("Coastal Drift", "Saltwater"),
    ("Mara Quell", "Paper Moons"),
    ("Bellweather", "Northbound"),
    ("Jonah Wilde", "Harbour Lights"),
    ("Elsie Grey", "Second Summer"),
]


def radio_programme(r: random.Random, body: list[str]) -> list[Block]:
    """A local radio station's programme page: the show, when it aired and who presented
    it, the notes, the tracklist. Written for issue 15's eighteenth round after its changes
    were final, before any of the twelve was run (see above)."""
    show = r.choice(RADIO_SHOWS)
    start = r.randint(6, 21)
    out: list[Block] = [
        ("Northsound Radio\nListen live\nSchedule\nPodcasts\nPresenters\nNews\nAdvertise", "noise"),
        ("▶ Listen live · 97.4 FM · DAB · Smart speakers", "noise"),
        (f"Shows › {show}", "noise"),
        (_title(r, body), "neutral"),
        (f"{_date(r, 'long')}, {start:02d}:00–{start + 2:02d}:00 · Presented by {_name(r)}", "body"),
        (f"Available for {r.randint(7, 30)} days", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Tracklist", "body"),
        ("\n".join(f"{artist} – {track}" for artist, track in r.sample(RADIO_TRACKS, 4)), "body"),
        ("Music played may be edited for broadcast.", "noise"),
        ("Listen again on the Northsound app", "noise"),
        ("More from this show", "noise"),
        ("\n".join(f"{show} – {_date(r, 'short')}" for _ in range(3)), "noise"),
        ("Northsound Radio Ltd · Registered in England no. 04455667 · © 2025", "noise"),
    ]
    return out


VENUE_STYLES = ["Country house", "Barn", "Hotel", "Castle", "Garden", "City"]
VENUE_COUNTIES = ["Somerset", "Cumbria", "Kent", "North Yorkshire", "Devon", "Norfolk"]
VENUE_NAMES = ["Hollow", "Ashcombe", "Larkfield", "Thornbury", "Wrenfold", "Brackenside"]
VENUE_KINDS = ["Hall", "Barn", "Manor", "House", "Court"]


def wedding_venue(r: random.Random, body: list[str]) -> list[Block]:
    """A wedding venue directory's listing: the venue's style, county and capacity, its
    price and reviews, the description with a couple's words. Written for issue 15's
    eighteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    county = r.choice(VENUE_COUNTIES)
    style = r.choice(VENUE_STYLES)
    out: list[Block] = [
        ("WeddingVenues\nVenues\nSuppliers\nIdeas\nReal weddings\nPlanning tools\nLog in", "noise"),
        (f"Venues › {county} › {style}", "noise"),
        (f"{r.choice(VENUE_NAMES)} {r.choice(VENUE_KINDS)}", "neutral"),
        (f"{style} · {county} · Up to {r.randint(60, 250)} guests", "body"),
        (
            f"From £{r.randint(3, 18)},{r.choice(['000', '500'])} · {r.randint(12, 340)} reviews · "
            f"{r.choice(['4.6', '4.7', '4.8', '4.9'])} out of 5",
            "body",
        ),
        ("Request a brochure · Check availability · Save", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(
        (
            f"“{_clause(r, body)}.” – {r.choice(FIRST)} and {r.choice(FIRST)}, married {r.choice(MONTHS)} "
            f"{r.randint(2019, 2024)}",
            "body",
        )
    )
    if r.random() < 0.5:
        out.append(("Licensed for civil ceremonies. Exclusive use available.", "body"))
    out += [
        ("Prices are a guide only and may change. Contact the venue for a quote.", "noise"),
        ("Similar venues nearby", "noise"),
        (
            "\n".join(
                f"{r.choice(VENUE_NAMES)} {r.choice(VENUE_KINDS)} – {county} – from £{r.randint(3, 18)},000"
                for _ in range(3)
            ),
            "noise",
        ),
        ("WeddingVenues Ltd · Advertise your venue · Privacy · Terms · © 2025", "noise"),
    ]
    return out


SCHOOL_CLASSES = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
SCHOOL_EVENTS = ["Sports day", "INSET day – school closed", "Parents' evening", "Year 6 trip", "Harvest assembly"]


def school_newsletter(r: random.Random, body: list[str]) -> list[Block]:
    """A primary school's weekly newsletter: the head's letter, the class of the week, the
    dates for the diary, the sign-off. Written for issue 15's eighteenth round after its
    changes were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("Oakfield Primary School\nAbout us\nParents\nCurriculum\nNews\nTerm dates\nContact", "noise"),
        ("News › Newsletters", "noise"),
        (f"Newsletter {r.randint(1, 36)} – {_date(r, 'long')}", "neutral"),
        ("Dear parents and carers,", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Class of the week", "body"),
        (f"Well done to {r.choice(SCHOOL_CLASSES)}, who had {r.randint(96, 100)}% attendance this week.", "body"),
        ("Dates for your diary", "body"),
        ("\n".join(f"{_date(r, 'short')} – {e}" for e in r.sample(SCHOOL_EVENTS, 3)), "body"),
    ]
    if r.random() < 0.6:
        out.append(("Please remember that the school is a nut-free site.", "body"))
    out += [
        (f"Mrs {r.choice(LAST)}\nHeadteacher", "body"),
        ("Download this newsletter (PDF)", "noise"),
        (
            "Oakfield Primary School, Church Lane, Oakfield · 01632 960 812 · office@oakfieldprimary.example.sch.uk",
            "noise",
        ),
        (
            "Part of the Fenland Learning Trust, a company limited by guarantee registered in England no. 08123456",
            "noise",
        ),
    ]
    return out


SKY_OBJECTS = ["Jupiter", "Saturn", "the Orion Nebula", "the Pleiades", "Mars", "the Andromeda Galaxy"]
MOON_PHASES = ["New Moon", "First quarter", "Full Moon", "Last quarter"]


def sky_notes(r: random.Random, body: list[str]) -> list[Block]:
    """An astronomical society's monthly sky notes: who wrote them, the month's sun and moon
    times, the notes, the object of the month, the next meeting. Written for issue 15's
    eighteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    month = r.choice(MONTHS)
    out: list[Block] = [
        ("Fenmoor Astronomical Society\nHome\nMeetings\nObserving\nSky notes\nJoin\nContact", "noise"),
        (f"Sky notes › {month} {r.randint(2019, 2025)}", "noise"),
        (_title(r, body), "neutral"),
        (f"By {_name(r)}, observing secretary", "noise"),
        (
            f"Sunset {r.randint(16, 21)}:{r.randint(10, 59)} · Sunrise 0{r.randint(4, 7)}:{r.randint(10, 59)} · "
            f"{r.choice(MOON_PHASES)} on {r.randint(1, 28)} {month}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Object of the month: {r.choice(SKY_OBJECTS)}", "body"))
    if r.random() < 0.7:
        out.append(("Times are for Fenmoor and are given in local time.", "body"))
    if r.random() < 0.5:
        out.append(("Clear skies!", "body"))
    out += [
        ("Next meeting", "noise"),
        (f"{_date(r, 'long')}, 7.30pm, Fenmoor Village Hall: {_clause(r, body)}", "noise"),
        ("Visitors are welcome at our meetings. Membership is £20 a year.", "noise"),
        ("Fenmoor Astronomical Society is a registered charity no. 1034567. © 2025", "noise"),
    ]
    return out


CONSULT_DEPARTMENTS = ["Department for Transport", "Department for Education", "HM Treasury", "Home Office"]


def consultation_page(r: random.Random, body: list[str]) -> list[Block]:
    """A government consultation: its status, who published it and when, when it closes, the
    summary, how to respond, its documents. Written for issue 15's eighteenth round after its
    changes were final, before any of the twelve was run (see above)."""
    title = _title(r, body)
    slug = "-".join(title.lower().split()[:2]).strip(",.;:'\"“”")
    still_open = r.random() < 0.5
    out: list[Block] = [
        ("GOV.EXAMPLE\nMenu\nSearch", "noise"),
        ("Home › Government › Consultations", "noise"),
        ("Open consultation" if still_open else "Closed consultation", "body"),
        (title, "neutral"),
        (f"From: {r.choice(CONSULT_DEPARTMENTS)}\nPublished {_date(r, 'long')}", "noise"),
        (f"This consultation {'closes' if still_open else 'closed'} at 11:59pm on {_date(r, 'long')}", "body"),
        ("Summary", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Ways to respond", "body"),
        (f"Respond online\nEmail: {slug}@consult.example.gov", "body"),
        ("Documents", "body"),
        (
            f"Consultation document (PDF, {r.randint(200, 900)} KB)\nImpact assessment (PDF, {r.randint(100, 600)} KB)",
            "body",
        ),
        ("Is this page useful? Yes · No · Report a problem with this page", "noise"),
        ("Topics\nTransport\nEducation\nMoney and tax", "noise"),
        ("All content is available under the Open Government Licence v3.0, except where otherwise stated", "noise"),
        ("© Crown copyright", "noise"),
    ]
    return out


FASHION_ITEMS = ["Linen shirt", "Wool overcoat", "Cord trousers", "Merino jumper", "Denim jacket", "Cotton dress"]
FASHION_COLOURS = ["Navy", "Oat", "Sage", "Charcoal", "Rust", "Ecru"]
FASHION_SIZES = ["XS", "S", "M", "L", "XL"]
FASHION_MATERIALS = ["organic cotton", "linen", "merino wool", "recycled polyester"]


def fashion_product(r: random.Random, body: list[str]) -> list[Block]:
    """A clothing shop's product page: the price and colour, the sizes, the description, the
    fit and care notes, delivery and returns. Written for issue 15's eighteenth round after
    its changes were final, before any of the twelve was run (see above)."""
    sizes = [s for s in FASHION_SIZES if r.random() < 0.8] or ["M"]
    out: list[Block] = [
        ("Free UK delivery over £75 · Free returns within 30 days", "noise"),
        ("Thread & Tailor\nWomen\nMen\nNew in\nSale\nStories\nSearch\nBag (0)", "noise"),
        (f"{r.choice(['Women', 'Men'])} › {r.choice(['Shirts', 'Coats', 'Trousers', 'Knitwear', 'Dresses'])}", "noise"),
        (f"The {r.choice(FASHION_ITEMS)}", "neutral"),
        (f"£{r.randint(35, 240)} · {r.choice(FASHION_COLOURS)}", "body"),
        (f"Sizes: {', '.join(sizes)}", "body"),
        ("Add to bag\nSave to wishlist", "noise"),
        ("Description", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Fit and care", "body"),
        (
            f"Model is {r.randint(170, 188)} cm and wears size {r.choice(sizes)}.\n"
            f"{r.randint(55, 100)}% {r.choice(FASHION_MATERIALS)}. Machine wash at 30°C.",
            "body",
        ),
    ]
    if r.random() < 0.5:
        out.append(("Made in Portugal.", "body"))
    out += [
        ("Delivery and returns", "noise"),
        ("Standard delivery takes 3–5 working days. Returns are free within 30 days of delivery.", "noise"),
        ("You may also like", "noise"),
        ("\n".join(f"The {item} – £{r.randint(35, 240)}" for item in r.sample(FASHION_ITEMS, 3)), "noise"),
        ("© 2025 Thread & Tailor Ltd · Company no. 11223344 · Privacy · Cookies · Modern slavery statement", "noise"),
    ]
    return out


ADOPT_BREEDS = [
    "Lurcher",
    "Staffordshire bull terrier cross",
    "Domestic shorthair",
    "Border collie",
    "Maine coon cross",
]
ADOPT_CENTRES = ["Millbrook centre", "Hollow Lane centre", "Eastfield foster network"]
ADOPT_NAMES = ["Biscuit", "Luna", "Pickle", "Bramble", "Otis", "Mabel", "Ziggy", "Pepper"]
ADOPT_ANSWERS = ["Yes", "No", "Older children only", "Maybe, after introductions"]


def pet_adoption(r: random.Random, body: list[str]) -> list[Block]:
    """An animal rescue's adoption profile: the animal's breed, sex and age, who it can live
    with, its reference, its story and its foster carer's words. Written for issue 15's
    eighteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    name = r.choice(ADOPT_NAMES)
    out: list[Block] = [
        ("Paws & Whiskers Rescue\nAdopt\nFoster\nDonate\nVolunteer\nAdvice\nShop", "noise"),
        ("Adopt › Dogs and cats looking for homes", "noise"),
        (name, "neutral"),
        (f"{r.choice(ADOPT_BREEDS)} · {r.choice(['Male', 'Female'])} · {r.randint(1, 12)} years", "body"),
        (
            f"Good with children: {r.choice(ADOPT_ANSWERS)}\nGood with dogs: {r.choice(ADOPT_ANSWERS)}\n"
            f"Good with cats: {r.choice(ADOPT_ANSWERS)}",
            "body",
        ),
        (f"Reference: PW{r.randint(1000, 9999)} · {r.choice(ADOPT_CENTRES)}", "body"),
        ("Apply to adopt · Sponsor me · Share", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"{name}'s foster carer says: “{_clause(r, body)}.”", "body"))
    if r.random() < 0.4:
        out.append((f"{name} needs an adopter who is at home for most of the day.", "body"))
    out += [
        ("All our animals are neutered, vaccinated and microchipped before they go home.", "noise"),
        ("Adoption fee: £195 for dogs, £85 for cats.", "noise"),
        ("Could you give a rescue animal a home? Read our adoption guide.", "noise"),
        ("Paws & Whiskers Rescue is a registered charity in England and Wales (1123456). © 2025", "noise"),
    ]
    return out


POLICE_TEAMS = ["Westmere Central", "Harbourside", "Northfields", "Castle Hill", "Eastbrook"]


def police_update(r: random.Random, body: list[str]) -> list[Block]:
    """A police force's neighbourhood news: the date and team, the report, the appeal for
    information with its crime reference, the officer's name. Written for issue 15's
    eighteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    team = r.choice(POLICE_TEAMS)
    out: list[Block] = [
        ("Westmere Police\nReport\nContact us\nAdvice\nNews\nYour area\nCareers", "noise"),
        ("In an emergency always call 999. For non-emergencies call 101.", "noise"),
        (f"News › {team} neighbourhood team", "noise"),
        (_title(r, body), "neutral"),
        (f"Published: {_date(r, 'long')} · Neighbourhood: {team}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(
        (
            f"Anyone with information is asked to call 101 quoting crime reference "
            f"{r.randint(10, 99)}/{r.randint(10000, 99999)}/{r.randint(22, 25)}.",
            "body",
        )
    )
    if r.random() < 0.7:
        out.append(("You can also contact Crimestoppers anonymously on 0800 555 111.", "body"))
    if r.random() < 0.6:
        out.append((f"PC {_name(r)}, {team} neighbourhood team", "body"))
    out += [
        ("Share this article\nFacebook\nX\nEmail", "noise"),
        ("Related news", "noise"),
        ("\n".join(f"{_clause(r, body)} – {_date(r, 'short')}" for _ in range(3)), "noise"),
        ("Westmere Police · Accessibility · Privacy notice · Freedom of information · © 2025", "noise"),
    ]
    return out


BIRD_SPECIES = [
    "Little egret",
    "Marsh harrier",
    "Avocet",
    "Whimbrel",
    "Spoonbill",
    "Bearded tit",
    "Green sandpiper",
    "Short-eared owl",
]
BIRD_SITES = ["Fenmouth Marsh", "Holloway Reservoir", "the sea wall at Saltcote", "Brackley Gravel Pits"]


def bird_sightings(r: random.Random, body: list[str]) -> list[Block]:
    """A bird club's recent sightings report: who compiled it and for which week, the notable
    birds with counts and places, the compiler's notes, the observers' initials. Written for
    issue 15's nineteenth round after its changes were final, before any of the twelve was
    run (see above)."""
    sightings = [
        f"{species} – {r.randint(1, 40)} at {r.choice(BIRD_SITES)} ({r.choice(FIRST)[0]}{r.choice(LAST)[0]})"
        for species in r.sample(BIRD_SPECIES, r.randint(3, 5))
    ]
    out: list[Block] = [
        ("Fenmouth Bird Club\nHome\nSightings\nField trips\nRecording\nMembership\nGallery", "noise"),
        ("Sightings › Weekly reports", "noise"),
        (f"Sightings for the week ending {_date(r, 'long')}", "neutral"),
        (f"Compiled by {_name(r)}, county recorder", "body"),
        ("Notable birds", "body"),
        ("\n".join(sightings), "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"Thanks to everyone who sent in records this week, {r.randint(12, 48)} observers in all.", "body"))
    out += [
        ("Please report sightings of rare or sensitive species to the county recorder only.", "noise"),
        ("Submit your sightings · Download the recording form (PDF)", "noise"),
        ("Recent reports", "noise"),
        ("\n".join(f"Week ending {_date(r, 'short')}" for _ in range(3)), "noise"),
        ("Fenmouth Bird Club is affiliated to the Fenland Bird Partnership. Registered charity no. 1067231.", "noise"),
    ]
    return out


CONCERT_COMPOSERS = ["Beethoven", "Brahms", "Sibelius", "Elgar", "Dvořák", "Ravel", "Shostakovich", "Mozart"]
CONCERT_WORKS = ["Symphony No. 5", "Violin Concerto", "Overture", "Piano Concerto No. 2", "Serenade for Strings"]


def concert_programme(r: random.Random, body: list[str]) -> list[Block]:
    """A concert hall's concert page: the orchestra, the date and time, the programme of
    works, the performers, the programme note, the prices. Written for issue 15's nineteenth
    round after its changes were final, before any of the twelve was run (see above)."""
    works = [f"{c} – {r.choice(CONCERT_WORKS)}" for c in r.sample(CONCERT_COMPOSERS, 3)]
    out: list[Block] = [
        ("Harbourside Hall\nWhat's on\nPlan your visit\nLearning\nSupport us\nBasket", "noise"),
        ("What's on › Classical", "noise"),
        (
            f"{r.choice(['Harbourside Symphony Orchestra', 'Northern Chamber Players', 'Aurelia String Quartet'])}",
            "neutral",
        ),
        (f"{_date(r, 'long')}, {r.choice(['7.30pm', '7pm', '3pm'])} · Main Auditorium", "body"),
        ("Programme", "body"),
        ("\n".join(works), "body"),
        (f"{_name(r)} conductor\n{_name(r)} {r.choice(['violin', 'piano', 'cello', 'soprano'])}", "body"),
        (f"Tickets £{r.randint(12, 25)}–£{r.randint(40, 75)}", "body"),
        ("Book now · Add to wishlist", "noise"),
        ("Programme note", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("The concert lasts about two hours, including a 20-minute interval.", "body"))
    out += [
        ("Latecomers will be admitted at a suitable break in the performance.", "noise"),
        ("Under 26? Tickets are £5 with a free Harbourside Hall Young Friends membership.", "noise"),
        ("You might also like", "noise"),
        (
            "\n".join(
                f"{_date(r, 'short')} – {r.choice(CONCERT_COMPOSERS)} and {r.choice(CONCERT_COMPOSERS)}"
                for _ in range(3)
            ),
            "noise",
        ),
        ("Harbourside Hall Trust · Registered charity 1098765 · Access · Privacy · Contact us", "noise"),
    ]
    return out


HERITAGE_GRADES = ["Grade I", "Grade II", "Grade II*"]
HERITAGE_PARISHES = ["Ashbury", "Kettlebridge", "Longford", "Millbrook", "Westmoor", "Hale Cross"]
HERITAGE_TYPES = ["House", "Church", "Barn", "Bridge", "Milestone", "Public house", "Farmhouse"]


def heritage_listing(r: random.Random, body: list[str]) -> list[Block]:
    """A heritage register's list entry for a listed building: its grade, list entry number,
    date first listed, location, the reasons for designation and the description. Written
    for issue 15's nineteenth round after its changes were final, before any of the twelve
    was run (see above)."""
    parish = r.choice(HERITAGE_PARISHES)
    out: list[Block] = [
        ("National Heritage Register\nSearch the list\nEnrich the list\nPlanning\nAbout listing", "noise"),
        ("The list › Search results › List entry", "noise"),
        (f"{r.choice(HERITAGE_TYPES)} at {r.randint(1, 60)} {r.choice(LAST)} Street, {parish}", "neutral"),
        (
            f"{r.choice(HERITAGE_GRADES)} · List entry number: {r.randint(1000000, 1499999)}\n"
            f"Date first listed: {_date(r, 'long')}",
            "body",
        ),
        (f"County: {r.choice(['Norfolk', 'Suffolk', 'Cambridgeshire'])}\nParish: {parish}", "body"),
        ("Print this entry · Download map (PDF) · Comment on this entry", "noise"),
        ("Reasons for designation", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(("The interior was not inspected.", "body"))
    out += [
        ("Legal disclaimer", "noise"),
        (
            "This list entry is a legal document. The written description is not exhaustive and does not mean "
            "that features not mentioned are not protected.",
            "noise",
        ),
        ("Map data © Crown copyright and database rights 2025", "noise"),
        ("National Heritage Register · Accessibility · Privacy · Terms of use", "noise"),
    ]
    return out


CHESS_OPENINGS = ["Sicilian Defence", "Queen's Gambit Declined", "Ruy Lopez", "French Defence", "King's Indian"]
CHESS_RESULTS = ["1–0", "0–1", "½–½"]


def chess_game(r: random.Random, body: list[str]) -> list[Block]:
    """A chess club's annotated game: the players and ratings, the event and round, the
    opening, the moves, the annotator's notes. Written for issue 15's nineteenth round after
    its changes were final, before any of the twelve was run (see above)."""
    white, black = _name(r), _name(r)
    moves = " ".join(
        f"{n}. {r.choice(['e4', 'd4', 'Nf3', 'c4', 'Bb5', 'O-O'])} {r.choice(['e5', 'c5', 'Nf6', 'd5', 'a6', 'Be7'])}"
        for n in range(1, r.randint(5, 9))
    )
    out: list[Block] = [
        ("Kingsford Chess Club\nNews\nGames\nFixtures\nJuniors\nJoin\nContact", "noise"),
        ("Games › Annotated", "noise"),
        (f"{white} – {black}", "neutral"),
        (
            f"White: {white} ({r.randint(1500, 2250)})\nBlack: {black} ({r.randint(1500, 2250)})\n"
            f"Event: {r.choice(['County League', 'Club Championship', 'Kingsford Rapidplay'])}, "
            f"round {r.randint(1, 9)}",
            "body",
        ),
        (f"Opening: {r.choice(CHESS_OPENINGS)} · Result: {r.choice(CHESS_RESULTS)}", "body"),
        ("Replay this game · Download PGN", "noise"),
        (moves, "body"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Annotations by {_name(r)}.", "body"))
    out += [
        ("Games are published with the players' permission. Notation errors are ours.", "noise"),
        ("More annotated games", "noise"),
        ("\n".join(f"{_name(r)} – {_name(r)}, {r.choice(CHESS_RESULTS)}" for _ in range(3)), "noise"),
        ("Kingsford Chess Club meets on Tuesdays at the Kingsford Community Centre, 7pm.", "noise"),
        ("© 2025 Kingsford Chess Club · Affiliated to the English Chess Federation", "noise"),
    ]
    return out


RESEARCH_FUNDERS = ["Economic and Social Research Council", "Leverhulme Trust", "Wellcome Trust", "Horizon Europe"]
RESEARCH_SCHOOLS = ["School of History", "School of Engineering", "School of Biosciences", "Business School"]


def research_project(r: random.Random, body: list[str]) -> list[Block]:
    """A university's research project page: the principal investigator, the funder and
    grant, the dates, the team, the summary, the outputs. Written for issue 15's nineteenth
    round after its changes were final, before any of the twelve was run (see above)."""
    start = r.randint(2018, 2023)
    team = [
        f"{_name(r)}, {r.choice(['Co-investigator', 'Research fellow', 'PhD student'])}" for _ in range(r.randint(2, 4))
    ]
    out: list[Block] = [
        ("University of Fenbridge\nStudy\nResearch\nInternational\nAbout\nSearch", "noise"),
        (f"Research › {r.choice(RESEARCH_SCHOOLS)} › Projects", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Principal investigator: {_name(r)}\nFunder: {r.choice(RESEARCH_FUNDERS)}\n"
            f"Grant reference: {r.choice(['ES', 'RPG', 'WT'])}/{r.choice('ABCDEFGHKLMNPRSTVWXY')}"
            f"{r.randint(100000, 999999)}/1\n"
            f"Dates: {start}–{start + r.randint(2, 5)}",
            "body",
        ),
        ("Summary", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Project team", "body"),
        ("\n".join(team), "body"),
    ]
    if r.random() < 0.5:
        out.append(("The project's data will be deposited in the university's repository when it ends.", "body"))
    out += [
        ("Research at Fenbridge is rated 'world-leading' or 'internationally excellent' in REF 2021.", "noise"),
        ("Related projects", "noise"),
        ("\n".join(_clause(r, body) for _ in range(3)), "noise"),
        ("Share this page\nX\nLinkedIn\nEmail", "noise"),
        ("© University of Fenbridge · Freedom of information · Modern slavery statement · Privacy", "noise"),
    ]
    return out


ARCHIVE_CREATORS = [
    "Hollis family",
    "Fenwick Mill Company",
    "Kettlebridge Rural District Council",
    "St Olave's Hospital",
]


def archive_collection(r: random.Random, body: list[str]) -> list[Block]:
    """A county archive's catalogue description of a collection: the reference code, the
    dates, the extent, the creator, the scope and content, access conditions, finding aids.
    Written for issue 15's nineteenth round after its changes were final, before any of the
    twelve was run (see above)."""
    start = r.randint(1790, 1920)
    out: list[Block] = [
        ("Fenshire Archives\nSearch the catalogue\nVisit us\nResearch guides\nSchools\nAbout", "noise"),
        ("Catalogue › Collections", "noise"),
        (f"Records of the {r.choice(ARCHIVE_CREATORS)}", "neutral"),
        (
            f"Reference: {r.choice(['D', 'DC', 'HOS', 'Acc'])}/{r.randint(1, 999)}\n"
            f"Dates: {start}–{start + r.randint(10, 90)}\n"
            f"Extent: {r.randint(2, 60)} boxes and {r.randint(1, 30)} volumes",
            "body",
        ),
        (f"Creator: {r.choice(ARCHIVE_CREATORS)}", "body"),
        ("Order documents · Add to my list · Cite this record", "noise"),
        ("Scope and content", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append(("Access conditions", "body"))
    out.append(
        (
            r.choice(
                [
                    "Open for research.",
                    "Closed for 100 years from the date of the last entry.",
                    "Some files are closed under data protection law.",
                ]
            ),
            "body",
        )
    )
    if r.random() < 0.5:
        out.append((f"Deposited by {_name(r)} in {r.randint(1950, 2015)}.", "body"))
    out += [
        ("Documents must be ordered at least two working days before your visit.", "noise"),
        ("Please check the search room's opening hours before you travel.", "noise"),
        ("Fenshire Archives · County Hall, Fenbridge · 01632 960 440 · archives@fenshire.example.gov", "noise"),
        ("© Fenshire County Council · Accessibility · Cookies", "noise"),
    ]
    return out


WARGRAVE_REGIMENTS = [
    "Royal Norfolk Regiment",
    "Suffolk Regiment",
    "Royal Field Artillery",
    "Royal Navy",
    "Royal Air Force",
]
WARGRAVE_RANKS = ["Private", "Lance Corporal", "Serjeant", "Gunner", "Able Seaman", "Flight Sergeant"]
WARGRAVE_CEMETERIES = ["Etaples Military Cemetery", "Tyne Cot Memorial", "Fenbridge Cemetery", "Alamein Memorial"]


def war_grave(r: random.Random, body: list[str]) -> list[Block]:
    """A war graves commission's casualty record: the rank and name, service number,
    regiment, date of death and age, where buried or commemorated, additional information,
    and a family's story. Written for issue 15's nineteenth round after its changes were
    final, before any of the twelve was run (see above)."""
    name = f"{r.choice(LAST).upper()}, {r.choice(FIRST).upper()}"
    out: list[Block] = [
        ("War Graves Commission\nFind war dead\nVisit us\nOur work\nLearn\nDonate", "noise"),
        ("Find war dead › Search results › Casualty details", "noise"),
        (f"{r.choice(WARGRAVE_RANKS)} {name}", "neutral"),
        (
            f"Service number: {r.randint(10000, 999999)}\nRegiment & unit: {r.choice(WARGRAVE_REGIMENTS)}\n"
            f"Date of death: {r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(1915, 1918)}\n"
            f"Age: {r.randint(18, 41)}",
            "body",
        ),
        (f"Buried or commemorated at: {r.choice(WARGRAVE_CEMETERIES)}", "body"),
        ("Download certificate · Add to my records · Share", "noise"),
        ("Additional information", "body"),
        (
            f"Son of {r.choice(FIRST)} and {r.choice(FIRST)} {name.split(',')[0].title()}, of "
            f"{r.choice(HERITAGE_PARISHES)}.",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Do you have a photograph of this person? Share it with us.", "noise"),
        ("Our records are based on information supplied by the service authorities and next of kin.", "noise"),
        ("War Graves Commission · Registered charity no. 1104321 · Privacy · Cookies · Accessibility", "noise"),
    ]
    return out


EXPO_SECTORS = ["Packaging", "Robotics", "Food processing", "Logistics software", "Sensors", "Safety equipment"]
EXPO_COUNTRIES = ["United Kingdom", "Germany", "Netherlands", "Italy", "Poland", "Denmark"]


def exhibitor_profile(r: random.Random, body: list[str]) -> list[Block]:
    """A trade show's exhibitor profile: the company, its stand and hall, its sectors and
    country, its description, its products and a quote from its managing director. Written
    for issue 15's nineteenth round after its changes were final, before any of the twelve
    was run (see above)."""
    company = f"{r.choice(LAST)} {r.choice(['Systems', 'Engineering', 'Packaging', 'Automation'])} Ltd"
    out: list[Block] = [
        ("IndustryExpo 2026 · 14–16 April · NEC Birmingham", "noise"),
        ("IndustryExpo\nVisit\nExhibit\nExhibitor list\nSeminars\nRegister free", "noise"),
        ("Exhibitor list › Profile", "noise"),
        (company, "neutral"),
        (f"Stand {r.choice('ABCDEFG')}{r.randint(10, 99)} · Hall {r.randint(1, 5)}", "body"),
        (f"Sectors: {', '.join(r.sample(EXPO_SECTORS, 2))}\nCountry: {r.choice(EXPO_COUNTRIES)}", "body"),
        ("Add to my planner · Request a meeting · Visit website", "noise"),
        ("About the company", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"“{_clause(r, body)}.” – {_name(r)}, managing director", "body"))
    out += [
        ("Products", "body"),
        ("\n".join(f"* {_clause(r, body)[:30]}" for _ in range(3)), "body"),
        ("Exhibitor information is supplied by the exhibitor and not checked by the organisers.", "noise"),
        ("Register free for IndustryExpo 2026", "noise"),
        ("IndustryExpo is organised by Fenwick Events Ltd · Privacy · Terms · Contact", "noise"),
    ]
    return out


SERMON_BOOKS = ["Luke", "John", "Romans", "Psalm", "Isaiah", "Mark", "Acts"]
SERMON_SERIES = ["Advent 2024", "Living generously", "The Psalms of ascent", "Acts: a church on the move"]


def sermon_page(r: random.Random, body: list[str]) -> list[Block]:
    """A church's sermon page: the series, the preacher and date, the Bible reading, the
    audio player, the sermon's text, the questions for home groups. Written for issue 15's
    nineteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    out: list[Block] = [
        ("St Barnabas Church\nSundays\nWhat's on\nSermons\nGive\nAbout us", "noise"),
        (f"Sermons › {r.choice(SERMON_SERIES)}", "noise"),
        (_title(r, body), "neutral"),
        (
            f"{r.choice(['Revd', 'Canon', 'Dr'])} {_name(r)} · {_date(r, 'long')} · "
            f"{r.choice(SERMON_BOOKS)} {r.randint(1, 24)}:{r.randint(1, 20)}–{r.randint(21, 40)}",
            "body",
        ),
        (f"▶ Listen · {r.randint(14, 32)}:{r.randint(10, 59)}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Questions for home groups", "body"),
        ("\n".join(f"{n}. {_clause(r, body)}?" for n in range(1, 4)), "body"),
    ]
    if r.random() < 0.5:
        out.append(("Amen.", "body"))
    out += [
        ("Sermons are recorded at our 10.30am service and may be edited.", "noise"),
        ("Subscribe to our sermons podcast", "noise"),
        ("St Barnabas is part of the Diocese of Fenbridge. Registered charity no. 1132456.", "noise"),
    ]
    return out


OBS_TAXA = ["Common toad", "Slow worm", "Oak bush-cricket", "Stag beetle", "Hazel dormouse", "Brimstone"]
OBS_PLACES = ["Fenmouth, GB", "Kettlebridge Woods, GB", "Saltcote, GB", "Holloway, GB"]


def observation_record(r: random.Random, body: list[str]) -> list[Block]:
    """A citizen science platform's observation: the species, who saw it and when and where,
    the quality grade, the identifications, the observer's notes and the comments. Written
    for issue 15's nineteenth round after its changes were final, before any of the twelve
    was run (see above)."""
    taxon = r.choice(OBS_TAXA)
    observer = f"{r.choice(FIRST).lower()}_{r.choice(LAST).lower().replace(' ', '')}"
    out: list[Block] = [
        ("NatureCount\nExplore\nObserve\nProjects\nCommunity\nSign in", "noise"),
        ("Explore › Observations", "noise"),
        (taxon, "neutral"),
        (f"Observed {_date(r, 'short')} · {r.choice(OBS_PLACES)} · by {observer}", "body"),
        (f"{r.choice(['Research grade', 'Needs ID', 'Casual'])} · {r.randint(1, 6)} identifications", "body"),
        ("Add an identification · Follow · Flag", "noise"),
        ("Notes", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    if r.random() < 0.5:
        out.append(("Photo taken from a distance, so the markings are not very clear.", "body"))
    out += [
        ("Comments", "noise"),
        ("\n\n".join(f"{r.choice(FIRST).lower()}{r.randint(1, 99)} – {r.choice(COMMENTS)}" for _ in range(2)), "noise"),
        ("Location obscured: records of sensitive species are shown to the nearest 10 km.", "noise"),
        ("NatureCount is run by the Biological Records Trust · Terms · Privacy · Help", "noise"),
    ]
    return out


AUDITION_SHOWS = ["The Importance of Being Earnest", "Blithe Spirit", "Oliver!", "Twelfth Night", "Calendar Girls"]
AUDITION_ROLES = ["Lady Bracknell", "Algernon", "Madame Arcati", "Nancy", "Viola", "Malvolio", "Annie"]


def audition_notice(r: random.Random, body: list[str]) -> list[Block]:
    """An amateur dramatic society's audition notice: the show and its director, the dates
    and venue of the auditions, the performance dates, the roles, what to prepare. Written
    for issue 15's nineteenth round after its changes were final, before any of the twelve
    was run (see above)."""
    roles = [
        f"{role} – {r.choice(['playing age 20–35', 'playing age 40+', 'playing age 16–25', 'any age'])}"
        for role in r.sample(AUDITION_ROLES, 3)
    ]
    out: list[Block] = [
        ("Millbrook Players\nShows\nAuditions\nJoin us\nHire our costumes\nContact", "noise"),
        ("Auditions", "noise"),
        (f"Auditions: {r.choice(AUDITION_SHOWS)}", "neutral"),
        (
            f"Director: {_name(r)}\nAuditions: {_date(r, 'long')}, 7.30pm, Millbrook Village Hall\n"
            f"Performances: {r.randint(1, 28)}–{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2025, 2026)}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Roles", "body"),
        ("\n".join(roles), "body"),
    ]
    if r.random() < 0.6:
        out.append(("Please prepare a short speech of your choice, no longer than two minutes.", "body"))
    out += [
        ("Everyone is welcome to audition. You do not need to be a member to take part.", "noise"),
        ("Can't make the date? Email auditions@millbrookplayers.example to arrange another time.", "noise"),
        ("Millbrook Players is a registered charity no. 1012345 · Privacy · Contact", "noise"),
    ]
    return out


PUB_FEATURES = ["Real fire", "Garden", "Dog friendly", "Live music", "Food served", "Family friendly", "Quiz night"]
PUB_BEERS = ["Fenland Gold", "Kettlebridge Bitter", "Harbour Stout", "Saltcote Mild", "Longford IPA"]
PUB_TOWNS = ["Ashbury", "Kettlebridge", "Longford", "Millbrook", "Saltcote"]


def pub_entry(r: random.Random, body: list[str]) -> list[Block]:
    """A real ale guide's pub entry: the pub's address and town, its features, its regular
    beers, the description, the opening hours and a visitor's words. Written for issue 15's
    nineteenth round after its changes were final, before any of the twelve was run (see
    above)."""
    town = r.choice(PUB_TOWNS)
    out: list[Block] = [
        ("AleFinder\nFind a pub\nBeer festivals\nBreweries\nNews\nJoin\nLog in", "noise"),
        (f"Pubs › {town}", "noise"),
        (f"The {r.choice(['Red Lion', 'Plough', 'Ship', 'Crown', 'Bell', 'White Hart'])}", "neutral"),
        (f"{r.randint(1, 120)} {r.choice(LAST)} Street, {town} · 01632 {r.randint(100000, 999999)}", "body"),
        (" · ".join(r.sample(PUB_FEATURES, 3)), "body"),
        ("Regular beers", "body"),
        ("\n".join(r.sample(PUB_BEERS, 3)), "body"),
        ("Get directions · Report a change · Add to my pubs", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(
        (
            f"Open {r.choice(['12–11pm daily', '11am–11pm, Sundays 12–10.30pm', '4–11pm weekdays, 12–11pm weekends'])}",
            "body",
        )
    )
    if r.random() < 0.5:
        out.append(
            (f"“{_clause(r, body)}.” – {r.choice(FIRST)}, visited {r.choice(MONTHS)} {r.randint(2022, 2025)}", "body")
        )
    out += [
        (
            "Information is provided by local volunteers and may be out of date. Please check before you travel.",
            "noise",
        ),
        ("Nearby pubs", "noise"),
        (
            "\n".join(
                f"The {r.choice(['Anchor', 'Swan', 'Fox', 'George', 'Star'])}, {r.choice(PUB_TOWNS)} – "
                f"{r.randint(1, 9)}.{r.randint(0, 9)} miles"
                for _ in range(3)
            ),
            "noise",
        ),
        ("© 2025 AleFinder · Please drink responsibly · Privacy · Terms", "noise"),
    ]
    return out


# Issue 15's twentieth round: twelve templates written after the round's last learner
# change, before any of them was run (the group "written after round 20's last change").
ALLOT_SITES = ["Hollow Lane", "Station Road", "Kettle Fields", "Millbrook Meadow", "Church Close"]
ALLOT_SIZES = ["full plot (250 m²)", "half plot (125 m²)", "quarter plot (60 m²)", "raised bed"]


def allotment_plot(r: random.Random, body: list[str]) -> list[Block]:
    """An allotment society's plot vacancy: the site and plot number, its size and rent, what
    is on it, the outgoing tenant's words, how to apply. Written for issue 15's twentieth
    round after its changes were final, before any of the twelve was run (see above)."""
    site = r.choice(ALLOT_SITES)
    out: list[Block] = [
        ("Ashbury Allotment Society\nOur sites\nVacant plots\nShop\nNews\nMembers' area", "noise"),
        ("Vacant plots › " + site, "noise"),
        (f"Plot {r.randint(1, 80)}{r.choice(['', 'A', 'B'])}, {site}", "neutral"),
        (
            f"Size: {r.choice(ALLOT_SIZES)}\nRent: £{r.randint(18, 64)} a year\n"
            f"Water: {r.choice(['trough at the gate', 'standpipe next to the plot', 'none on this site'])}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body[:3]]
    if r.random() < 0.6:
        out.append(("The shed is included and the fruit cage can stay if you want it.", "body"))
    if r.random() < 0.5:
        out.append((f"“{_clause(r, body)}.” – {_name(r)}, the outgoing tenant", "body"))
    out += [
        ("Apply for this plot · Join the waiting list", "noise"),
        ("Plots are offered in waiting list order. New tenants must be members of the society.", "noise"),
        ("Other vacant plots", "noise"),
        (
            "\n".join(f"Plot {r.randint(1, 80)}, {r.choice(ALLOT_SITES)} – {r.choice(ALLOT_SIZES)}" for _ in range(3)),
            "noise",
        ),
        ("Ashbury Allotment Society · Registered with the National Allotment Society · Privacy", "noise"),
    ]
    return out


MARINER_HARBOURS = ["Porthaven", "St Elwyn", "Saltcote Harbour", "Kettle Sound"]
MARINER_KINDS = ["Dredging operations", "Buoy moved", "Light unlit", "Diving operations", "Bridge works"]


def mariners_notice(r: random.Random, body: list[str]) -> list[Block]:
    """A harbour authority's notice to mariners: the number and the year, the area, the
    positions, the notice's text, the harbour master's sign-off. Written for issue 15's
    twentieth round after its changes were final, before any of the twelve was run (see
    above)."""
    harbour = r.choice(MARINER_HARBOURS)
    lat, lon = r.randint(10, 59), r.randint(10, 59)
    out: list[Block] = [
        ("Porthaven Harbour Authority\nPort information\nNotices to mariners\nTide tables\nMoorings\nContact", "noise"),
        ("Safety of navigation is the responsibility of the master of each vessel.", "noise"),
        ("Home › Notices to mariners", "noise"),
        (f"Notice to Mariners No. {r.randint(1, 60)} of {r.randint(2021, 2025)}: {r.choice(MARINER_KINDS)}", "neutral"),
        (f"Area: {harbour} · Issued {_date(r, 'short')} · Cancels No. {r.randint(1, 60)}", "body"),
        (f"Position: 50° {lat}.{r.randint(0, 9)}′ N, 004° {lon}.{r.randint(0, 9)}′ W", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(("Mariners are requested to give the area a wide berth and to proceed at slow speed.", "body"))
    if r.random() < 0.6:
        out.append((f"Operations will be carried out between {r.randint(6, 9)}am and {r.randint(4, 7)}pm.", "body"))
    out += [
        (f"Captain {_name(r)}\nHarbour Master", "body"),
        ("Download as PDF · Subscribe to notices", "noise"),
        ("Listen on VHF channel 12 for local navigation warnings.", "noise"),
        ("© Porthaven Harbour Authority · Accessibility · Privacy · Port byelaws", "noise"),
    ]
    return out


FONT_NAMES = ["Halden Sans", "Merrow Serif", "Tobin Mono", "Calder Grotesk", "Ferris Display"]
FONT_STYLES = ["Thin", "Light", "Regular", "Medium", "Bold", "Black"]


def font_specimen(r: random.Random, body: list[str]) -> list[Block]:
    """A type foundry's font page: the family, its designer and styles, the licence prices,
    the specimen text, the designer's notes. Written for issue 15's twentieth round after
    its changes were final, before any of the twelve was run (see above)."""
    family = r.choice(FONT_NAMES)
    styles = r.sample(FONT_STYLES, r.randint(3, 6))
    out: list[Block] = [
        ("Typeforge\nFonts\nIn use\nTrial fonts\nLicensing\nAbout\nCart (0)", "noise"),
        ("Fonts › " + family, "noise"),
        (family, "neutral"),
        (f"Designed by {_name(r)} · {len(styles)} styles · Released {r.randint(2015, 2025)}", "body"),
        (" · ".join(styles), "body"),
        (f"Desktop licence from £{r.randint(30, 90)} · Web licence from £{r.randint(40, 120)}", "body"),
        ("Try for free · Buy family · Add to cart", "noise"),
        ("The quick brown fox jumps over the lazy dog.", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    if r.random() < 0.5:
        out.append(("Supports Latin Extended-A, Greek and Cyrillic. OpenType features: ligatures, small caps.", "body"))
    out += [
        (
            "All fonts are sold under the Typeforge End User Licence Agreement. "
            "Trial fonts may not be used in published work.",
            "noise",
        ),
        ("You might also like", "noise"),
        (" · ".join(r.sample([f for f in FONT_NAMES if f != family], 3)), "noise"),
        ("Typeforge Ltd · Newsletter · Instagram · Terms · Privacy", "noise"),
    ]
    return out


CLIMB_CRAGS = ["Raven Crag", "Black Edge", "Gull Wall", "Kettle Buttress", "Sorrow Slab"]
CLIMB_GRADES = ["VS 4c", "HVS 5a", "E1 5b", "E2 5c", "Severe", "HS 4b", "VD"]


def climbing_route(r: random.Random, body: list[str]) -> list[Block]:
    """A climbing guidebook site's route page: the crag, grade, length and first ascent, the
    description, the approach and a climber's logbook comments. Written for issue 15's
    twentieth round after its changes were final, before any of the twelve was run (see
    above)."""
    crag = r.choice(CLIMB_CRAGS)
    out: list[Block] = [
        ("CragBook\nCrags\nRoutes\nLogbook\nConditions\nShop\nLog in", "noise"),
        (f"Crags › North Wales › {crag}", "noise"),
        (f"{_title(r, body)}, {r.choice(CLIMB_GRADES)}", "neutral"),
        (
            f"Length: {r.randint(12, 60)} m · Pitches: {r.randint(1, 3)} · "
            f"First ascent: {_name(r)}, {r.randint(1952, 2019)}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body[:3]]
    if r.random() < 0.6:
        out.append(("Protection is good once the first crack is reached. Take a double set of cams.", "body"))
    out += [
        ("Access: the crag is on private land. Please park considerately and keep dogs on a lead.", "noise"),
        ("Add to logbook · Report a rockfall", "noise"),
        ("Logbook", "noise"),
        (
            "\n".join(
                f"{_name(r)} – {_date(r, 'short')} – {r.choice(['Led', 'Seconded', 'Top rope'])}: {_clause(r, body)}"
                for _ in range(r.randint(2, 3))
            ),
            "noise",
        ),
        ("Climbing is dangerous. Route information is provided by users and may be wrong.", "noise"),
        ("© CragBook · Grades explained · Privacy · Contact", "noise"),
    ]
    return out


FERRY_PORTS = ["Porthaven", "St Elwyn", "Brightholm", "Skarra", "Inchmore", "Kettle Sound"]


def ferry_route(r: random.Random, body: list[str]) -> list[Block]:
    """A ferry operator's route page: the crossing, its length and vessel, the fares, the
    timetable, what to know about the crossing. Written for issue 15's twentieth round after
    its changes were final, before any of the twelve was run (see above)."""
    a, b = r.sample(FERRY_PORTS, 2)
    out: list[Block] = [
        ("Island Ferries\nRoutes\nTimetables\nFares\nTravel updates\nManage booking", "noise"),
        ("Check travel updates before you set off.", "noise"),
        ("Routes › " + a, "noise"),
        (f"{a} – {b}", "neutral"),
        (f"Crossing time: {r.randint(25, 150)} minutes · Vessel: MV {r.choice(LAST)}", "body"),
        (
            f"Adult £{r.randint(6, 25)}.{r.choice(['00', '50'])} · Child £{r.randint(3, 12)}.00 · "
            f"Car £{r.randint(40, 120)}.00",
            "body",
        ),
        ("Book now · View timetable", "noise"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(
        (
            "\n".join(
                f"{d}: {r.randint(6, 9)}.{r.choice(['00', '30'])}, {r.randint(12, 17)}.{r.choice(['00', '15'])}"
                for d in ("Mon–Fri", "Sat", "Sun")
            ),
            "body",
        )
    )
    if r.random() < 0.5:
        out.append(("Sailings may be cancelled at short notice in high winds.", "body"))
    out += [
        ("Vehicles must check in at least 30 minutes before departure. Foot passengers 10 minutes.", "noise"),
        ("Other routes", "noise"),
        ("\n".join(f"{x} – {y}" for x, y in (r.sample(FERRY_PORTS, 2) for _ in range(3))), "noise"),
        ("Island Ferries Ltd · Conditions of carriage · Accessibility · Privacy", "noise"),
    ]
    return out


DENTAL_TOWNS = ["Ashbury", "Kettlebridge", "Longford", "Millbrook", "Saltcote", "Westmoor"]


def dental_practice(r: random.Random, body: list[str]) -> list[Block]:
    """A health directory's dental practice page: the address and telephone, whether it takes
    new patients, its dentists, opening times, the practice's description, a patient's
    review and the practice's reply. Written for issue 15's twentieth round after its
    changes were final, before any of the twelve was run (see above)."""
    town = r.choice(DENTAL_TOWNS)
    out: list[Block] = [
        ("Find a Service\nGP surgeries\nDentists\nPharmacies\nHospitals\nHealth A to Z", "noise"),
        (f"Dentists › {town}", "noise"),
        (f"{r.choice(['Bridge Street', 'Market Square', 'Riverside', 'Park View'])} Dental Practice", "neutral"),
        (f"{r.randint(1, 90)} {r.choice(LAST)} Road, {town} · 01632 {r.randint(100000, 999999)}", "body"),
        (
            r.choice(
                [
                    "Accepting new adult patients",
                    "Not accepting new adult patients",
                    "Accepting new patients under 18 only",
                ]
            ),
            "body",
        ),
        ("Dentists: " + ", ".join(f"Dr {_name(r)}" for _ in range(r.randint(2, 4))), "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out.append(("Mon–Thu 8.30am–5.30pm\nFri 8.30am–4pm\nSat closed", "body"))
    if r.random() < 0.6:
        out.append(
            (
                f"“{_clause(r, body)}.” ★★★★☆ – posted {_date(r, 'short')}\n"
                f"Reply from the practice: Thank you for your feedback, {r.choice(FIRST)}.",
                "body",
            )
        )
    out += [
        ("Information is updated by the practice. If it is wrong, tell us.", "noise"),
        ("Leave a review · Report incorrect information", "noise"),
        ("Find a Service is run by the Health Information Service · Cookies · Accessibility", "noise"),
    ]
    return out


LEISURE_CLASSES = ["Aqua aerobics", "Spin", "Pilates", "Parent and toddler swim", "Circuits", "Yoga"]
LEISURE_CENTRES = ["Longford Leisure Centre", "Millbrook Pool", "Kettlebridge Sports Hall"]


def leisure_class(r: random.Random, body: list[str]) -> list[Block]:
    """A leisure centre's class page: the class and centre, its times and instructor, the
    price and level, the description, what to bring. Written for issue 15's twentieth round
    after its changes were final, before any of the twelve was run (see above)."""
    centre = r.choice(LEISURE_CENTRES)
    out: list[Block] = [
        ("ActiveLongford\nCentres\nSwimming\nClasses\nMemberships\nBook online", "noise"),
        ("Our centres reopen at 6am on bank holidays.", "noise"),
        ("Classes › " + centre, "noise"),
        (r.choice(LEISURE_CLASSES), "neutral"),
        (
            f"{r.choice(WEEKDAYS)}s, {r.randint(6, 8)}.{r.choice(['00', '15', '30'])}pm · {r.randint(30, 60)} minutes\n"
            f"Instructor: {_name(r)}\nLevel: {r.choice(['All levels', 'Beginners', 'Intermediate'])}",
            "body",
        ),
        (f"Members free · Non-members £{r.randint(5, 9)}.{r.choice(['00', '50', '95'])}", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    if r.random() < 0.6:
        out.append(("Please bring a towel and a bottle of water. Mats are provided.", "body"))
    out += [
        ("Book this class · Add to calendar", "noise"),
        (
            "Classes can be booked up to seven days in advance. Cancel at least two hours before to avoid a charge.",
            "noise",
        ),
        ("Also at " + centre, "noise"),
        ("\n".join(f"{c} – {r.choice(WEEKDAYS)}" for c in r.sample(LEISURE_CLASSES, 3)), "noise"),
        ("ActiveLongford is run by Longford Leisure Trust · Terms · Privacy", "noise"),
    ]
    return out


READING_AUTHORS = ["Helen Marsh", "Tomasz Wren", "Adaeze Cole", "Rory Finch", "Ines Duarte"]


def reading_guide(r: random.Random, body: list[str]) -> list[Block]:
    """A publisher's reading group guide: the book, its author, an introduction, questions
    for discussion, an interview with the author. Written for issue 15's twentieth round
    after its changes were final, before any of the twelve was run (see above)."""
    author = r.choice(READING_AUTHORS)
    questions = [f"{k}. {_clause(r, body)}. What did you make of this?" for k in range(1, r.randint(4, 6))]
    out: list[Block] = [
        ("Harrow & Lane\nBooks\nAuthors\nReading groups\nEvents\nBasket", "noise"),
        ("Reading groups › Guides", "noise"),
        (f"Reading group guide: {_title(r, body)}", "neutral"),
        (f"by {author} · Paperback, {r.randint(240, 480)} pages · £{r.randint(8, 10)}.99", "body"),
        ("Introduction", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out += [
        ("Questions for discussion", "body"),
        ("\n".join(questions), "body"),
    ]
    if r.random() < 0.5:
        out.append(("In conversation with " + author, "body"))
        out.append((f"“{_clause(r, body)}. That was where the book began.”", "body"))
    out += [
        ("This guide may be copied for reading group use. It may contain spoilers.", "noise"),
        ("Buy the book · Download the guide (PDF)", "noise"),
        ("More reading group guides", "noise"),
        ("\n".join(f"{_clause(r, body)} by {r.choice(READING_AUTHORS)}" for _ in range(3)), "noise"),
        ("Harrow & Lane Publishers · Sign up to our newsletter · Privacy · Terms", "noise"),
    ]
    return out


VINYL_ARTISTS = ["The Marlowes", "Ada Quist", "Salt & Ember", "Harbour Lights", "Kettle Drum Orchestra"]
VINYL_GRADES = ["Mint (M)", "Near Mint (NM)", "Very Good Plus (VG+)", "Very Good (VG)", "Good (G)"]


def vinyl_listing(r: random.Random, body: list[str]) -> list[Block]:
    """A second-hand record marketplace's listing: the artist and title, the pressing, the
    media and sleeve grades, the price and seller, the seller's notes, the tracklist.
    Written for issue 15's twentieth round after its changes were final, before any of the
    twelve was run (see above)."""
    artist = r.choice(VINYL_ARTISTS)
    out: list[Block] = [
        ("RecordBin\nBuy\nSell\nWantlist\nForums\nSign in", "noise"),
        ("Marketplace › Vinyl › " + artist, "noise"),
        (f"{artist} – {_title(r, body)}", "neutral"),
        (
            f"LP, Album, {r.choice(['UK', 'Germany', 'US', 'Japan'])}, {r.randint(1968, 1994)} · "
            f"Cat. no. {r.choice(['HRL', 'SAE', 'KDO'])} {r.randint(100, 999)}",
            "body",
        ),
        (f"Media: {r.choice(VINYL_GRADES)}\nSleeve: {r.choice(VINYL_GRADES)}", "body"),
        (
            f"£{r.randint(8, 140)}.00 + shipping · Seller: {r.choice(FIRST).lower()}records "
            f"({r.randint(90, 100)}.{r.randint(0, 9)}% positive)",
            "body",
        ),
        ("Add to basket · Make an offer · Ask the seller", "noise"),
        ("Seller's notes", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out += [
        ("Tracklist", "body"),
        ("\n".join(f"{s}{k} {_clause(r, body)[:30]}" for s in "AB" for k in (1, 2)), "body"),
        ("Grades follow the Goldmine standard. Buyers are protected by RecordBin Guarantee.", "noise"),
        ("Other copies of this release", "noise"),
        ("\n".join(f"{r.choice(VINYL_GRADES)} – £{r.randint(8, 140)}.00" for _ in range(3)), "noise"),
        ("RecordBin · Help · Fees · Privacy · © 2025", "noise"),
    ]
    return out


VESSEL_TYPES = ["Bulk carrier", "Container ship", "Ro-ro cargo", "Fishing vessel", "Tug", "Passenger ferry"]
VESSEL_FLAGS = ["Malta", "Panama", "United Kingdom", "Norway", "Liberia", "Netherlands"]


def vessel_page(r: random.Random, body: list[str]) -> list[Block]:
    """A ship tracking site's vessel page: the name, its IMO and MMSI numbers, type and
    flag, its last position and voyage, a note by the site's users on the ship's history,
    and photos. Written for issue 15's twentieth round after its changes were final, before
    any of the twelve was run (see above)."""
    name = f"{r.choice(['Atlantic', 'Nordic', 'Celtic', 'Baltic'])} {r.choice(LAST)}"
    out: list[Block] = [
        ("ShipWatch\nLive map\nVessels\nPorts\nPhotos\nPlans\nLog in", "noise"),
        ("Vessels › " + r.choice(VESSEL_TYPES), "noise"),
        (name.upper(), "neutral"),
        (
            f"IMO {r.randint(9000000, 9899999)} · MMSI {r.randint(200000000, 299999999)} · "
            f"{r.choice(VESSEL_TYPES)} · Flag: {r.choice(VESSEL_FLAGS)}",
            "body",
        ),
        (
            f"Last position: {r.choice(['Porthaven anchorage', 'off Skarra', 'Kettle Sound', 'Rotterdam'])}, "
            f"received {r.randint(2, 59)} minutes ago\nSpeed {r.randint(0, 15)}.{r.randint(0, 9)} kn · "
            f"Destination {r.choice(['GBPHV', 'NLRTM', 'DEHAM', 'NOBGO'])}",
            "body",
        ),
        ("Upgrade to see the full voyage history", "noise"),
    ]
    out += [(p, "body") for p in body[:2]]
    if r.random() < 0.6:
        out.append(
            (
                f"Built by {r.choice(LAST)} Shipyard in {r.randint(1998, 2021)}. "
                f"Gross tonnage {r.randint(400, 40000)}.",
                "body",
            )
        )
    out += [
        ("Positions are received from AIS and may be delayed or incomplete.", "noise"),
        ("Photos", "noise"),
        ("\n".join(f"Photo by {_name(r)} · {r.randint(2, 400)} views" for _ in range(2)), "noise"),
        ("ShipWatch · API · Apps · Terms · Privacy", "noise"),
    ]
    return out


INSPECT_GRADES = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
INSPECT_KINDS = ["Nursery", "Childminder", "Pre-school", "Out of school club"]


def inspection_report(r: random.Random, body: list[str]) -> list[Block]:
    """An inspectorate's report page for a childcare provider: the provider and its number,
    the inspection date and inspector, the grades, the summary, what the provider must do.
    Written for issue 15's twentieth round after its changes were final, before any of the
    twelve was run (see above)."""
    out: list[Block] = [
        ("Care Standards Inspectorate\nFind an inspection report\nFor providers\nAbout us\nNews", "noise"),
        ("Reports › Childcare", "noise"),
        (
            f"{r.choice(['Little Acorns', 'Busy Bees', 'Rainbow Corner', 'Hilltop'])} {r.choice(INSPECT_KINDS)}",
            "neutral",
        ),
        (
            f"Unique reference number: EY{r.randint(100000, 999999)}\n"
            f"Inspection date: {_date(r, 'long')}\nInspector: {_name(r)}",
            "body",
        ),
        (
            "\n".join(
                f"{k}: {r.choice(INSPECT_GRADES)}"
                for k in ("Overall effectiveness", "Quality of education", "Leadership and management")
            ),
            "body",
        ),
        ("What is it like to attend this early years setting?", "body"),
    ]
    out += [(p, "body") for p in body[:2]]
    out += [("What does the early years setting need to do to improve?", "body")]
    if r.random() < 0.7:
        out.append(
            (
                "The provider should strengthen the support for children who speak English as an additional language.",
                "body",
            )
        )
    out += [
        ("Download the full report (PDF) · Report a concern", "noise"),
        ("If you are not happy with the inspection or the report, you can complain to the inspectorate.", "noise"),
        ("© Crown copyright · Care Standards Inspectorate · Accessibility · Cookies", "noise"),
    ]
    return out


LOCO_CLASSES = ["GWR 5700 class", "LMS Black Five", "Class 08 shunter", "SR West Country", "Class 37"]


def locomotive_page(r: random.Random, body: list[str]) -> list[Block]:
    """A heritage railway's locomotive page: the engine's number and class, its builder and
    date, its status, its history, its owners' appeal. Written for issue 15's twentieth round
    after its changes were final, before any of the twelve was run (see above)."""
    out: list[Block] = [
        ("Kettle Valley Railway\nVisit\nTimetable\nOur locomotives\nVolunteer\nShop\nDonate", "noise"),
        ("Our locomotives › " + r.choice(["Steam", "Diesel"]), "noise"),
        (f"No. {r.randint(1000, 9999)} {r.choice(['Hallbrook', 'Kettle Lass', 'Sir Roland', 'Ironside'])}", "neutral"),
        (
            f"Class: {r.choice(LOCO_CLASSES)}\nBuilt: {r.choice(['Swindon', 'Crewe', 'Derby', 'Darlington'])}, "
            f"{r.randint(1924, 1962)}\nStatus: "
            f"{r.choice(['In service', 'Under overhaul', 'Static display', 'Awaiting boiler certificate'])}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body[:3]]
    if r.random() < 0.5:
        out.append((f"Owned by the {r.choice(LAST)} Locomotive Trust and on loan to the railway.", "body"))
    if r.random() < 0.5:
        out.append((f"Photo: {_name(r)}", "body"))
    out += [
        ("Help keep our engines steaming. Every donation goes to the locomotive fund.", "noise"),
        ("Donate · Sponsor a footplate ride", "noise"),
        ("Kettle Valley Railway is a registered charity no. 1087654 · Privacy · Contact", "noise"),
    ]
    return out


APIARY_SITES = ["Wealdshire teaching apiary", "Hollins Farm out-apiary", "Cobb Lane apiary", "Mill Meadow hives"]
APIARY_TASKS = ["Hive inspection", "Swarm control", "Varroa treatment", "Honey harvest", "Winter feeding"]


def apiary_diary(r: random.Random, body: list[str]) -> list[Block]:
    """A beekeepers' association's apiary diary entry: the apiary and the date, the weather
    and the colonies seen, the notes of the day, the named beekeeper's sign-off, the
    association's swarm line and its members' notice. Written for issue 15's twenty-first
    round after its learner changes were final, before any of the twelve was run (see
    :data:`GROUPS`)."""
    colonies = r.randint(3, 12)
    out: list[Block] = [
        ("Wealdshire Beekeepers\nAbout us\nLearn to keep bees\nSwarms\nApiary diary\nMembers\nJoin", "noise"),
        ("Apiary diary › " + r.choice(APIARY_SITES), "noise"),
        (f"{r.choice(APIARY_TASKS)}, {_date(r, 'long')}", "neutral"),
        (
            f"Weather: {r.choice(['sunny', 'overcast', 'light rain', 'warm and still'])}, {r.randint(9, 27)}°C · "
            f"Colonies inspected: {colonies}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"All {colonies} colonies were queenright and had eggs and young brood.", "body"))
    if r.random() < 0.5:
        out.append((f"“{_clause(r, body)},” said {_name(r)}, who led the session.", "body"))
    out += [
        (f"{_name(r)}, apiary manager", "body"),
        ("Seen a swarm? Call our swarm line on 01632 960 118 between 8am and 8pm.", "noise"),
        ("Diary entries are written by members on the day and are not checked before publication.", "noise"),
        ("Older entries", "noise"),
        ("\n".join(f"{r.choice(APIARY_TASKS)} – {r.choice(APIARY_SITES)}" for _ in range(3)), "noise"),
        ("Wealdshire Beekeepers' Association · Registered charity 1112345 · Privacy · Contact", "noise"),
    ]
    return out


SPORTIVE_START = ["Harrowgate Showground", "Longmere Leisure Centre", "Castle Park", "Riverside School"]


def sportive_route(r: random.Random, body: list[str]) -> list[Block]:
    """A cycling sportive's route page: the event and its date, the distance, the climbing
    and the feed stations, the route described, the organiser's words, the entry fee and
    the event's rules. Written for issue 15's twenty-first round after its learner changes
    were final, before any of the twelve was run (see :data:`GROUPS`)."""
    distance = r.choice([55, 80, 100, 125, 160])
    out: list[Block] = [
        ("Sportives UK\nFind an event\nCalendar\nTraining plans\nResults\nLog in · Sign up", "noise"),
        ("Events › " + r.choice(["North", "Midlands", "South West", "Wales"]) + " › Sportives", "noise"),
        (f"The {r.choice(LAST)} {r.choice(['Hundred', 'Classic', 'Challenge', 'Grand Fondo'])}", "neutral"),
        (
            f"{_date(r, 'long')} · Start: {r.choice(SPORTIVE_START)} · {distance} km · "
            f"{r.randint(6, 30) * 100} m of climbing",
            "body",
        ),
        (f"Feed stations at {distance // 3} km and {2 * distance // 3} km", "body"),
        ("Enter now · Add to calendar · Share", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"“{_clause(r, body)}.” – {_name(r)}, event organiser", "body"))
    out.append((f"Entry £{r.randint(22, 48)} · Closes {_date(r, 'short')}", "body"))
    if r.random() < 0.5:
        out.append(("Riders must be 16 or over on the day. Helmets must be worn at all times.", "body"))
    out += [
        ("Entries are non-refundable but can be transferred to another rider up to 14 days before the event.", "noise"),
        ("Other events near you", "noise"),
        (
            "\n".join(
                f"{r.choice(LAST)} {r.choice(['Hundred', 'Classic', 'Challenge'])} – {_date(r, 'short')}"
                for _ in range(3)
            ),
            "noise",
        ),
        ("© Sportives UK Ltd · Terms · Privacy · Cookie settings", "noise"),
    ]
    return out


HUT_NAMES = ["Refuge du Col Blanc", "Cabane de Moiry", "Rifugio Vittoria", "Hütte am Grat", "Refuge des Évettes"]
HUT_RANGES = ["Vanoise", "Valais Alps", "Dolomites", "Ötztal Alps"]


def mountain_hut(r: random.Random, body: list[str]) -> list[Block]:
    """A mountain hut booking site's hut page: the hut, its range and altitude, the warden,
    the beds and the season, the approach described, the booking and cancellation rules.
    Written for issue 15's twenty-first round after its learner changes were final, before
    any of the twelve was run (see :data:`GROUPS`)."""
    out: list[Block] = [
        ("HutBook\nHuts\nRoutes\nHow booking works\nMy bookings\nEnglish ▾", "noise"),
        ("Huts › " + r.choice(HUT_RANGES), "noise"),
        (r.choice(HUT_NAMES), "neutral"),
        (f"{r.randint(2100, 3400)} m · {r.choice(HUT_RANGES)} · Warden: {_name(r)}", "body"),
        (
            f"{r.randint(18, 120)} beds · Open {r.choice(['mid-June', 'late June', 'early July'])} to "
            f"{r.choice(['mid-September', 'late September'])} · Half board €{r.randint(58, 92)}",
            "body",
        ),
        ("Check availability · Save to my huts", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"The approach from the valley takes {r.randint(2, 5)} to {r.randint(5, 7)} hours.", "body"))
    if r.random() < 0.4:
        out.append(("Dogs are not allowed in the hut.", "body"))
    out += [
        ("Bookings are confirmed by the warden, not by HutBook. Pay the hut directly on arrival.", "noise"),
        ("Free cancellation up to 48 hours before your stay.", "noise"),
        ("Huts nearby", "noise"),
        ("\n".join(f"{r.choice(HUT_NAMES)} – {r.randint(2, 9)} h" for _ in range(3)), "noise"),
        ("HutBook · About · Help · Terms · Privacy", "noise"),
    ]
    return out


CROSSWORD_PAPERS = ["Daily Herald Cryptic", "Sunday Standard Prize", "Weekend Quiptic", "Times Mercury Jumbo"]


def crossword_post(r: random.Random, body: list[str]) -> list[Block]:
    """A crossword blog's solution post: the puzzle and its setter, the blogger, the
    blogger's notes, the clues and their answers, and the readers' comments. Written for
    issue 15's twenty-first round after its learner changes were final, before any of the
    twelve was run (see :data:`GROUPS`)."""
    setter = r.choice(["Paul", "Enigmatist", "Picaroon", "Vlad", "Brendan", "Tramp"])
    clues = [
        f"{k}a {_clause(r, body)} ({r.randint(4, 9)}) — {r.choice(LAST).upper()}" for k in r.sample(range(1, 30), 4)
    ]
    out: list[Block] = [
        ("Crossword Corner\nBlogs\nSetters\nGlossary\nHow to solve\nAbout", "noise"),
        ("Home › " + r.choice(CROSSWORD_PAPERS), "noise"),
        (f"{r.choice(CROSSWORD_PAPERS)} No. {r.randint(20000, 29999)} by {setter}", "neutral"),
        (f"Posted by {r.choice(['Loonapick', 'Bertandjoe', 'PeterO', 'Manehi'])} on {_date(r, 'long')}", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("\n".join(clues), "body"),
        (f"Thanks to {setter} for a fine puzzle.", "body"),
    ]
    out += [
        ("Definitions are underlined in the clues. Spoilers below: solve first!", "noise"),
        (f"{r.randint(3, 90)} comments", "noise"),
        (
            "\n".join(f"{r.choice(FIRST)}: {r.choice(COMMENTS)}" for _ in range(r.randint(2, 4))),
            "noise",
        ),
        ("Crossword Corner is an independent blog, not affiliated with any newspaper · Contact", "noise"),
    ]
    return out


SEED_VARIETIES = ["Crimson Flowered", "Bloody Butcher", "Golden Bantam", "Cherokee Trail of Tears", "Ne Plus Ultra"]
SEED_CROPS = ["Broad bean", "Tomato", "Sweetcorn", "Climbing bean", "Pea", "Lettuce"]


def seed_variety(r: random.Random, body: list[str]) -> list[Block]:
    """A heritage seed library's variety page: the crop and variety, its origin and donor,
    sowing and harvest months, the grower's notes, the library's request rules. Written for
    issue 15's twenty-first round after its learner changes were final, before any of the
    twelve was run (see :data:`GROUPS`)."""
    crop = r.choice(SEED_CROPS)
    sow, harvest = r.sample(MONTHS, 2)
    out: list[Block] = [
        ("The Seed Library\nBrowse varieties\nRequest seeds\nBecome a guardian\nNews\nDonate", "noise"),
        (f"Varieties › {crop}", "noise"),
        (f"{crop} ‘{r.choice(SEED_VARIETIES)}’", "neutral"),
        (
            f"Sow: {sow} · Harvest: {harvest} · Days to maturity: {r.randint(55, 120)}\n"
            f"Donated by {_name(r)} in {r.randint(1978, 2019)}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("Save seed from at least six plants to keep the variety true.", "body"))
    if r.random() < 0.5:
        out.append((f"“{_clause(r, body)}.” – {_name(r)}, seed guardian", "body"))
    out += [
        ("Request this variety · Add to wishlist", "noise"),
        ("Members may request up to six varieties a year. Seed is sent in January and February.", "noise"),
        ("Seeds in the library are not for sale and may not be sold on.", "noise"),
        ("You may also like", "noise"),
        ("\n".join(f"{r.choice(SEED_CROPS)} ‘{r.choice(SEED_VARIETIES)}’" for _ in range(3)), "noise"),
        ("The Seed Library is run by Garden Organic Trust, charity no. 1098765 · Privacy", "noise"),
    ]
    return out


INQUEST_COURTS = ["Westholm Coroner's Court", "Kingsbury Town Hall", "Westholm Civic Centre"]
INQUEST_CONCLUSIONS = ["Accidental death", "Narrative conclusion", "Natural causes", "Open conclusion"]


def inquest_report(r: random.Random, body: list[str]) -> list[Block]:
    """A coroner's office's inquest conclusions page: the deceased, the court and the
    dates, the coroner, the account of the hearing, the conclusion, and the office's notes
    on reporting and support. Written for issue 15's twenty-first round after its learner
    changes were final, before any of the twelve was run (see :data:`GROUPS`)."""
    out: list[Block] = [
        ("Westholm Coroner's Service\nInquests\nReports to prevent future deaths\nFor families\nContact", "noise"),
        ("Inquests › Conclusions", "noise"),
        (f"Inquest touching the death of {_name(r)}", "neutral"),
        (
            f"Heard at {r.choice(INQUEST_COURTS)} on {_date(r, 'long')}\n"
            f"Coroner: {r.choice(['HM Senior Coroner', 'HM Area Coroner', 'Assistant Coroner'])} {_name(r)}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    out.append(
        (
            f"Conclusion: {r.choice(INQUEST_CONCLUSIONS)}",
            "body",
        )
    )
    if r.random() < 0.5:
        out.append(("The coroner did not issue a report to prevent future deaths.", "body"))
    out += [
        ("Inquests are held in public. Members of the press may attend.", "noise"),
        (
            "If you have been affected by the issues raised, the Samaritans can be contacted free, "
            "day or night, on 116 123.",
            "noise",
        ),
        ("Print this page · Share", "noise"),
        ("Westholm Coroner's Service · Accessibility · Privacy notice · © Westholm Council", "noise"),
    ]
    return out


STAMP_THEMES = ["Lighthouses", "British Birds", "Canal Heritage", "Women in Science", "Coronation", "Railways"]
STAMP_PRINTERS = ["Cartor", "De La Rue", "International Security Printers", "Walsall"]


def stamp_issue(r: random.Random, body: list[str]) -> list[Block]:
    """A philatelic society's page on a stamp issue: the issue and its date, the designer,
    the printer and process, the values, the society's article on it, and its members'
    notices. Written for issue 15's twenty-first round after its learner changes were final,
    before any of the twelve was run (see :data:`GROUPS`)."""
    values = sorted(r.sample([1, 2, 85, 110, 135, 165, 185, 220], r.randint(3, 6)))
    out: list[Block] = [
        ("The Stamp Society\nNew issues\nSociety journal\nAuctions\nMeetings\nMembership", "noise"),
        ("New issues › " + str(r.randint(2019, 2025)), "noise"),
        (f"{r.choice(STAMP_THEMES)} – issued {_date(r, 'long')}", "neutral"),
        (
            f"Design: {_name(r)} · Printer: {r.choice(STAMP_PRINTERS)} · Process: "
            f"{r.choice(['Lithography', 'Gravure'])} · Perforation: {r.choice(['14', '14½', '14 x 14½'])}",
            "body",
        ),
        ("Values: " + ", ".join(f"{v}p" if v > 2 else f"{v}st" for v in values), "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"First day covers were postmarked at {r.choice(LAST)}ville, {r.choice(LAST)}shire.", "body"))
    out += [
        ("Members log in to read the full journal article and see scans of every value.", "noise"),
        ("Log in · Join the society", "noise"),
        ("Images of stamps are © Royal Mail Group and are reproduced with permission.", "noise"),
        ("The Stamp Society · Founded 1869 · Privacy · Contact the secretary", "noise"),
    ]
    return out


RACE_COURSES = ["Kelsworth", "Ampton Park", "Marlow Downs", "Fenby"]
RACE_HORSES = ["Silver Tansy", "Harbour Light", "Mister Quill", "Dancing Ember", "Ballyroan", "Kestrel Run"]


def racecard(r: random.Random, body: list[str]) -> list[Block]:
    """A racecourse's race result page: the race, its time and going, the first three and
    their prices, the race report, the winning trainer's words; the course's betting and
    fixture lines. Written for issue 15's twenty-first round after its learner changes were
    final, before any of the twelve was run (see :data:`GROUPS`)."""
    horses = r.sample(RACE_HORSES, 3)
    out: list[Block] = [
        ("Kelsworth Racecourse\nFixtures\nTickets\nHospitality\nResults\nPlan your day", "noise"),
        ("Results › " + _date(r, "short"), "noise"),
        (f"{r.randint(1, 8)}.{r.choice(['05', '40', '15', '50'])} {r.choice(LAST)} Handicap Chase", "neutral"),
        (
            f"Going: {r.choice(['Good', 'Good to Soft', 'Soft', 'Heavy'])} · {r.randint(2, 3)}m "
            f"{r.randint(0, 7)}f · {r.randint(5, 16)} ran",
            "body",
        ),
        (
            "\n".join(
                f"{k}. {h} ({r.randint(2, 20)}/{r.choice([1, 2, 4])}) – {_name(r)}" for k, h in enumerate(horses, 1)
            ),
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"“{_clause(r, body)},” said trainer {_name(r)}.", "body"))
    out += [
        ("Please gamble responsibly. BeGambleAware.org · 18+", "noise"),
        ("Next fixture", "noise"),
        (f"{_date(r, 'long')} – gates open 11am", "noise"),
        ("© Kelsworth Racecourse Company · Part of The Jockey Club · Privacy", "noise"),
    ]
    return out


WHISKY_CASKS = ["first-fill bourbon", "Oloroso sherry butt", "refill hogshead", "port pipe", "virgin oak"]


def whisky_notes(r: random.Random, body: list[str]) -> list[Block]:
    """A distillery's page for one bottling: the age and cask, the strength and the
    bottles, the tasting notes (nose, palate, finish), the story of the cask, the shop's
    buttons and the law's drinking lines. Written for issue 15's twenty-first round after its
    learner changes were final, before any of the twelve was run (see :data:`GROUPS`)."""
    age = r.choice([10, 12, 15, 18, 21, 25])
    out: list[Block] = [
        ("Glenharrow Distillery\nOur whisky\nVisit\nShop\nCask club\nStory", "noise"),
        ("Please confirm you are of legal drinking age in your country.", "noise"),
        ("Our whisky › Single casks", "noise"),
        (f"Glenharrow {age} Year Old – Cask No. {r.randint(100, 999)}", "neutral"),
        (
            f"{r.choice(WHISKY_CASKS).capitalize()} · {r.randint(46, 62)}.{r.randint(0, 9)}% ABV · "
            f"{r.randint(180, 640)} bottles · £{r.randint(65, 240)}",
            "body",
        ),
        ("Add to basket · Notify me", "noise"),
    ]
    out += [
        (f"Nose: {_clause(r, body).lower()}", "body"),
        (f"Palate: {_clause(r, body).lower()}", "body"),
        (f"Finish: {r.choice(['long', 'medium', 'warming', 'dry'])}, with {_clause(r, body).lower()}", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"Selected by our warehouse manager, {_name(r)}.", "body"))
    out += [
        ("Enjoy Glenharrow responsibly. drinkaware.co.uk", "noise"),
        ("Free UK delivery on orders over £100. We cannot deliver to PO boxes.", "noise"),
        ("Glenharrow Distillery Ltd, Harrowburn, Speyside · Company no. SC123456 · Terms", "noise"),
    ]
    return out


HYGIENE_TYPES = ["Restaurant/Cafe/Canteen", "Takeaway/sandwich shop", "Pub/bar/nightclub", "Retailers - other"]


def hygiene_rating(r: random.Random, body: list[str]) -> list[Block]:
    """A food standards agency's hygiene rating page for one business: the business and
    its address, the rating and the date, the three scores, the inspector's summary,
    the business's right to reply; the agency's notes on ratings. Written for issue 15's
    twenty-first round after its learner changes were final, before any of the twelve was
    run (see :data:`GROUPS`)."""
    out: list[Block] = [
        ("Food Standards Agency\nFood hygiene ratings\nBusiness guidance\nConsumer advice\nNews\nWelsh", "noise"),
        ("Ratings › " + r.choice(TOWNS), "noise"),
        (f"{r.choice(LAST)}'s {r.choice(['Kitchen', 'Cafe', 'Fish Bar', 'Deli', 'Tandoori'])}", "neutral"),
        (
            f"{r.randint(1, 150)} {r.choice(STREETS)}, {r.choice(TOWNS)} · Business type: {r.choice(HYGIENE_TYPES)}",
            "body",
        ),
        (f"Rating: {r.randint(1, 5)} · Inspected {_date(r, 'long')}", "body"),
        (
            f"Hygienic food handling: {r.choice(['Very good', 'Good', 'Generally satisfactory'])}\n"
            f"Cleanliness and condition of facilities: {r.choice(['Very good', 'Good', 'Improvement necessary'])}\n"
            f"Management of food safety: {r.choice(['Very good', 'Good', 'Major improvement necessary'])}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.4:
        out.append((f"Right to reply: “{_clause(r, body)}.” – {_name(r)}, owner", "body"))
    out += [
        ("Ratings are a snapshot of standards at the time of inspection.", "noise"),
        ("Get the rating sticker · Report a food problem · Open data", "noise"),
        ("All content is available under the Open Government Licence v3.0, except where otherwise stated", "noise"),
        ("© Crown copyright", "noise"),
    ]
    return out


BREED_GROUPS = ["Gundog", "Hound", "Pastoral", "Terrier", "Toy", "Utility", "Working"]
BREED_NAMES = ["Sussex Spaniel", "Otterhound", "Lancashire Heeler", "Skye Terrier", "Glen of Imaal Terrier"]


def breed_standard(r: random.Random, body: list[str]) -> list[Block]:
    """A kennel club's breed page: the breed and its group, size and exercise needs, the
    breed's history and character, the standard's points, the club's notes on puppies
    and health schemes. Written for issue 15's twenty-first round after its learner changes
    were final, before any of the twelve was run (see :data:`GROUPS`)."""
    out: list[Block] = [
        ("The Kennel Club\nBreeds A–Z\nFind a puppy\nGetting a dog\nEvents\nHealth", "noise"),
        ("Breeds A–Z › " + r.choice(BREED_GROUPS), "noise"),
        (r.choice(BREED_NAMES), "neutral"),
        (
            f"Group: {r.choice(BREED_GROUPS)} · Size: {r.choice(['Small', 'Medium', 'Large'])} · "
            f"Exercise: {r.choice(['Up to 1 hour', 'Up to 2 hours', 'More than 2 hours'])} a day · "
            f"Lifespan: {r.randint(10, 15)} years",
            "body",
        ),
        ("Vulnerable native breed", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(
        (
            f"Height: {r.randint(25, 65)}–{r.randint(66, 70)} cm at the withers. "
            f"Coat: {r.choice(['dense and weatherproof', 'short and smooth', 'long and silky'])}.",
            "body",
        )
    )
    if r.random() < 0.5:
        out.append((f"Breed standard last revised {_date(r, 'short')}.", "body"))
    out += [
        ("Find a puppy · Find a breed club · Rescue a dog", "noise"),
        ("Always see puppies with their mother. Never buy a puppy from a pet shop or online advert.", "noise"),
        ("The Kennel Club Limited is a company limited by guarantee · Privacy · Cookies", "noise"),
    ]
    return out


INDUCTION_TOOLS = ["Laser cutter", "Bandsaw", "Metal lathe", "3D printer (FDM)", "Pillar drill", "CNC router"]


def tool_induction(r: random.Random, body: list[str]) -> list[Block]:
    """A makerspace's tool page: the tool and its room, who inducts on it and when, the
    tool's notes and rules, its status, and the space's booking and membership lines.
    Written for issue 15's twenty-first round after its learner changes were final, before
    any of the twelve was run (see :data:`GROUPS`)."""
    tool = r.choice(INDUCTION_TOOLS)
    out: list[Block] = [
        ("Fenbury Makerspace\nTools\nRooms\nInductions\nEvents\nMembership\nWiki", "noise"),
        ("Tools › " + r.choice(["Wood shop", "Metal shop", "Digital fabrication", "Electronics bench"]), "noise"),
        (tool, "neutral"),
        (
            f"Room: {r.choice(['B2', 'Workshop 1', 'Fab lab', 'Yard'])} · Induction required · Inductor: {_name(r)}",
            "body",
        ),
        (f"Status: {r.choice(['Working', 'Working', 'Out of order', 'Awaiting parts'])}", "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(
            (f"Inductions run on {r.choice(WEEKDAYS)} evenings at {r.randint(6, 8)}pm and take an hour.", "body")
        )
    if r.random() < 0.5:
        out.append(("Never leave the machine running unattended.", "body"))
    out += [
        ("Book an induction · Report a fault", "noise"),
        ("Tools may only be used by members who have been inducted on them.", "noise"),
        ("Edit this page on the wiki", "noise"),
        ("Fenbury Makerspace CIC · Unit 4, Canal Works · Code of conduct · Privacy", "noise"),
    ]
    return out


PREPRINT_SUBJECTS = [
    "Ecology (q-bio.PE)",
    "Soil Science (q-bio.SS)",
    "Hydrology (physics.geo-ph)",
    "Economics (econ.GN)",
]
PREPRINT_LICENCES = ["CC BY 4.0", "CC BY-NC 4.0", "CC0 1.0"]


def preprint_abstract(r: random.Random, body: list[str]) -> list[Block]:
    """A preprint server's abstract page: the title and authors, the abstract, the
    comments and subjects, the version history, and the server's notes on moderation and
    citation. Written for issue 15's twenty-second round after its learner changes were
    final, before any of the six was run (see :data:`GROUPS`)."""
    authors = ", ".join(_name(r) for _ in range(r.randint(2, 4)))
    number = f"{r.randint(2018, 2023) % 100:02d}{r.randint(1, 12):02d}.{r.randint(10000, 29999)}"
    out: list[Block] = [
        ("openRxiv\nBrowse\nSearch\nSubmit\nHelp\nLog in", "noise"),
        ("openRxiv › " + r.choice(PREPRINT_SUBJECTS).split(" (")[0] + " › " + f"openRxiv:{number}", "noise"),
        (_title(r, body), "neutral"),
        (f"{authors}", "body"),
        (
            f"Submitted on {_date(r, 'short')} (v1), last revised {_date(r, 'short')} "
            f"(this version, v{r.randint(2, 4)})",
            "body",
        ),
        ("Download PDF · Other formats · Cite as", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Comments: {r.randint(12, 48)} pages, {r.randint(2, 9)} figures; under review", "body"))
    out.append((f"Subjects: {r.choice(PREPRINT_SUBJECTS)}", "body"))
    if r.random() < 0.5:
        out.append((f"Data and code are available from the corresponding author, {_name(r)}, on request.", "body"))
    out += [
        (f"Licence: {r.choice(PREPRINT_LICENCES)}", "body"),
        (
            "Preprints are not peer reviewed. They should not be reported in news media as established information.",
            "noise",
        ),
        ("Bookmark · Share this preprint · Export citation", "noise"),
        ("openRxiv is operated by the Open Research Trust · About · Privacy · Accessibility", "noise"),
    ]
    return out


OUTAGE_AREAS = ["Kelby", "Marsh Lane", "Upper Fenwick", "Stoke Holloway", "Brindle Cross", "Ashcombe"]
OUTAGE_CAUSES = ["a fault on an underground cable", "storm damage to overhead lines", "a substation fault"]


def power_cut_notice(r: random.Random, body: list[str]) -> list[Block]:
    """An electricity network's power cut page: the incident reference, the area and
    postcodes, the estimated time of restoration, the engineers' updates, and the
    network's notes on priority services and compensation. Written for issue 15's
    twenty-second round after its learner changes were final, before any of the six was
    run (see :data:`GROUPS`)."""
    area = r.choice(OUTAGE_AREAS)
    out: list[Block] = [
        ("Eastern Shires Power Networks\nPower cuts\nNew connections\nPriority services\nContact us", "noise"),
        ("Power cut map › Incident INC" + str(r.randint(1000000, 9999999)), "noise"),
        (f"Power cut in {area}", "neutral"),
        (
            f"Postcodes: KB{r.randint(1, 9)} {r.randint(1, 9)}{r.choice('ABDEFGH')}{r.choice('JLNPQRT')} and "
            f"{r.randint(2, 40)} more · Properties affected: {r.randint(12, 900)}",
            "body",
        ),
        (f"Estimated restoration: {r.randint(1, 11)}pm, {_date(r, 'long')}", "body"),
        (f"Cause: {r.choice(OUTAGE_CAUSES)}", "body"),
        ("Report a power cut · Get updates by text · Check your postcode", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(
            (f"Update at {r.randint(1, 12)}.{r.choice(['00', '15', '30', '45'])}pm: engineers are on site.", "body")
        )
    if r.random() < 0.4:
        out.append(("A generator has been connected to supply some homes while the repair is made.", "body"))
    out += [
        (
            "If you rely on medical equipment, join our Priority Services Register. Call 105 free from any phone.",
            "noise",
        ),
        ("You may be entitled to compensation if your power is off for more than 12 hours.", "noise"),
        ("Never approach fallen power lines. Call 105 immediately.", "noise"),
        ("Eastern Shires Power Networks plc · Registered in England 4412009 · Cookies · Privacy", "noise"),
    ]
    return out


SURF_SPOTS = ["Polzeath", "Croyde", "Fistral", "Saunton", "Bantham", "Llangennith"]
SURF_WIND = ["light offshore", "moderate cross-shore", "fresh onshore", "light and variable"]


def surf_report(r: random.Random, body: list[str]) -> list[Block]:
    """A surf forecaster's spot report: the spot and the day's rating, the swell, wind and
    tides, the forecaster's notes, and the site's notes on safety and membership. Written
    for issue 15's twenty-second round after its learner changes were final, before any of
    the six was run (see :data:`GROUPS`)."""
    spot = r.choice(SURF_SPOTS)
    out: list[Block] = [
        ("SurfCheck\nForecasts\nCams\nSurf news\nShop\nGo Pro", "noise"),
        (f"Forecasts › South West › {spot}", "noise"),
        (f"{spot} surf report", "neutral"),
        (
            f"{r.choice(['Poor', 'Poor to fair', 'Fair', 'Fair to good', 'Good'])} · "
            f"{r.randint(1, 6)}–{r.randint(3, 9)} ft · {r.choice(SURF_WIND)} wind",
            "body",
        ),
        (
            f"Swell: {r.randint(2, 12)} ft at {r.randint(6, 16)}s from the {r.choice(['W', 'WNW', 'NW', 'SW'])}\n"
            f"High tide: {r.randint(1, 12)}:{r.choice(['04', '17', '32', '48'])}am · "
            f"Low tide: {r.randint(1, 12)}:{r.choice(['09', '26', '41', '55'])}pm",
            "body",
        ),
        ("Watch the live cam · Add to favourites", "noise"),
        (f"Report by {_name(r)}, {_date(r, 'short')}", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(("Lifeguards are on duty between the flags from 10am to 6pm.", "body"))
    out += [
        ("Go Pro for 16-day forecasts, ad-free cams and the long-range swell charts.", "noise"),
        (
            "Conditions change quickly. Always check with the lifeguards and never surf alone.",
            "noise",
        ),
        ("Nearby spots", "noise"),
        ("\n".join(f"{s} – {r.randint(1, 5)} ft" for s in r.sample(SURF_SPOTS, 3)), "noise"),
        ("© SurfCheck Ltd · Terms · Privacy · Advertise with us", "noise"),
    ]
    return out


ZOO_ANIMALS = ["Red panda", "Sumatran tiger", "Humboldt penguin", "Asiatic lion", "Bactrian camel", "Lemur"]
ZOO_STATUS = ["Endangered", "Vulnerable", "Critically endangered", "Near threatened", "Least concern"]


def zoo_animal(r: random.Random, body: list[str]) -> list[Block]:
    """A zoo's animal page: the animal and its status, where to see it, the keepers'
    notes, the zoo's conservation work, and its calls to adopt and visit. Written for issue
    15's twenty-second round after its learner changes were final, before any of the six
    was run (see :data:`GROUPS`)."""
    animal = r.choice(ZOO_ANIMALS)
    out: list[Block] = [
        ("Aldermoor Zoo\nVisit\nAnimals\nConservation\nAdopt an animal\nTickets", "noise"),
        ("Animals › " + r.choice(["Mammals", "Birds", "Asia trail", "Rainforest house"]), "noise"),
        (animal, "neutral"),
        (
            f"Status: {r.choice(ZOO_STATUS)} · Diet: {r.choice(['Herbivore', 'Carnivore', 'Omnivore'])} · "
            f"Lifespan: {r.randint(8, 25)} years",
            "body",
        ),
        (
            f"Where to find them: {r.choice(['Asia trail', 'Penguin beach', 'Big cat valley', 'Rainforest house'])}",
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"“{_clause(r, body)}.” – {_name(r)}, senior keeper", "body"))
    if r.random() < 0.5:
        out.append((f"Keeper talk daily at {r.randint(11, 15)}:{r.choice(['00', '30'])}.", "body"))
    out += [
        ("Adopt an animal · Buy tickets · Become a member", "noise"),
        (
            "Every ticket helps fund our conservation work in the wild. Aldermoor Zoo is a registered charity.",
            "noise",
        ),
        ("Meet more animals", "noise"),
        ("\n".join(r.sample([a for a in ZOO_ANIMALS if a != animal], 3)), "noise"),
        ("Aldermoor Zoological Society · Charity no. 208817 · Accessibility · Privacy", "noise"),
    ]
    return out


SCENT_HOUSES = ["Maison Verlaine", "Atelier Noor", "Hollis & Crane", "Studio Sel", "Orris Works"]
SCENT_NOTES = ["bergamot", "iris", "vetiver", "tonka", "fig leaf", "oud", "neroli", "ambrette", "cedar", "pink pepper"]


def fragrance_review(r: random.Random, body: list[str]) -> list[Block]:
    """A fragrance blog's review: the scent and its house, the perfumer, the notes, the
    reviewer's prose, the verdict, and the blog's disclosure, shop links and newsletter.
    Written for issue 15's twenty-second round after its learner changes were final, before
    any of the six was run (see :data:`GROUPS`)."""
    house = r.choice(SCENT_HOUSES)
    notes = r.sample(SCENT_NOTES, 6)
    out: list[Block] = [
        ("Scent Notes\nReviews\nHouses\nNotes A–Z\nNew releases\nAbout", "noise"),
        ("Reviews › " + r.choice(["Woody", "Floral", "Citrus", "Amber", "Chypre"]), "noise"),
        (f"{house} {_title(r, body).split()[0]} review", "neutral"),
        (f"By {_name(r)} · {_date(r, 'us')} · {r.randint(4, 14)} min read", "noise"),
        (
            f"Perfumer: {_name(r)} · Launched {r.randint(2009, 2023)} · Eau de parfum, {r.choice([30, 50, 100])} ml",
            "body",
        ),
        (f"Top: {notes[0]}, {notes[1]}\nHeart: {notes[2]}, {notes[3]}\nBase: {notes[4]}, {notes[5]}", "body"),
    ]
    out += [(p, "body") for p in body]
    out.append((f"Verdict: {r.randint(5, 10)}/10. Longevity {r.randint(4, 12)} hours on skin.", "body"))
    if r.random() < 0.5:
        out.append(("Samples were bought at full price; the house did not see this review before publication.", "body"))
    out += [
        ("This post contains affiliate links. We may earn a small commission if you buy.", "noise"),
        ("Shop this scent · Find a sample", "noise"),
        ("Get our weekly letter on new releases. Sign up", "noise"),
        (
            "\n".join(
                f"{r.choice(SCENT_HOUSES)} {r.choice(['No. 3', 'Iris Noir', 'Salt Fig', 'Cedar Smoke'])}"
                for _ in range(3)
            ),
            "noise",
        ),
        ("© Scent Notes · Contact · Privacy", "noise"),
    ]
    return out


RENTERS_TOPICS = ["Repairs", "Deposits", "Evictions", "Rent increases", "Mould and damp"]


def renters_advice(r: random.Random, body: list[str]) -> list[Block]:
    """A renters' union's advice page: the topic, who the advice is for, the advice in
    prose, the steps and letter templates, the review date, and the union's calls to join
    and its legal notes. Written for issue 15's twenty-second round after its learner
    changes were final, before any of the six was run (see :data:`GROUPS`)."""
    topic = r.choice(RENTERS_TOPICS)
    out: list[Block] = [
        ("Renters' Union\nGet help\nAdvice\nCampaigns\nBranches\nJoin", "noise"),
        ("Advice › " + topic, "noise"),
        (f"{topic}: {_title(r, body)}", "neutral"),
        (
            f"This advice applies to {r.choice(['England', 'England and Wales', 'Scotland', 'Wales'])} · "
            f"Private renters",
            "body",
        ),
        ("Save this page · Print", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"Download our template letter: {topic.lower()} ({r.randint(18, 60)} KB, Word)", "body"))
    out.append((f"Last reviewed {_date(r, 'short')} by {_name(r)}, housing caseworker", "noise"))
    out += [
        ("This is general information, not legal advice. If you are facing eviction, get help today.", "noise"),
        ("Join the union · Find your branch · Get help", "noise"),
        ("Members get free one-to-one support from our caseworkers.", "noise"),
        ("Renters' Union is a company limited by guarantee · Privacy · Cookies · Accessibility", "noise"),
    ]
    return out


AQ_STATIONS = ["Harbour Road roadside", "Millfield urban background", "Castle Street kerbside", "Westgate school"]
AQ_BANDS = ["Low", "Low", "Moderate", "High"]


def air_quality_station(r: random.Random, body: list[str]) -> list[Block]:
    """An environment agency's air quality monitoring station page: the station and its
    type, the latest readings and the index band, the agency's account of the week in prose,
    the data's status, and the agency's health advice and data notices. Written for issue
    15's twenty-third round after its learner changes were final, before any of the six was
    run (see :data:`GROUPS`)."""
    band = r.choice(AQ_BANDS)
    out: list[Block] = [
        ("Air Quality in the Shires\nForecast\nMonitoring sites\nHealth advice\nData and reports\nAbout", "noise"),
        ("Monitoring sites › " + r.choice(["Eastvale", "Northshire", "Harrowgate", "Longford"]), "noise"),
        (r.choice(AQ_STATIONS), "neutral"),
        (
            f"Site code: {r.choice(['EV', 'NS', 'HG', 'LF'])}{r.randint(1, 9)} · Opened {r.randint(1996, 2019)} · "
            f"Operator: {r.choice(['Eastvale Council', 'Northshire Council', 'the Agency'])}",
            "body",
        ),
        (
            f"Latest hourly readings, {r.randint(1, 12)}:00 {r.choice(['am', 'pm'])}: nitrogen dioxide "
            f"{r.randint(8, 90)} µg/m³ · PM2.5 {r.randint(3, 40)} µg/m³ · PM10 {r.randint(6, 60)} µg/m³",
            "body",
        ),
        (f"Daily index: {r.randint(1, 9)} ({band})", "body"),
        ("Download data · Set up an alert · Embed this site", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"“{_clause(r, body)},” said {_name(r)}, the council's air quality officer.", "body"))
    if r.random() < 0.5:
        out.append(("Readings from this site are provisional until they have been ratified.", "body"))
    out += [
        (f"Page generated {_date(r, 'short')} from the national archive", "noise"),
        (
            "Adults and children with lung problems, and adults with heart problems, should reduce strenuous "
            "physical exertion when levels are high.",
            "noise",
        ),
        ("The index runs from 1 (low) to 10 (very high). Read how the index is calculated.", "noise"),
        ("Nearby monitoring sites", "noise"),
        ("\n".join(f"{s} – {r.randint(1, 12)} km" for s in r.sample(AQ_STATIONS, 3)), "noise"),
        ("Open Government Licence v3.0 · Accessibility · Cookies · Contact the Agency", "noise"),
    ]
    return out


FLIGHT_AIRLINES = ["Tarn Air", "Northjet", "Baltic Wings", "Iberia Regional", "KLM Cityhopper"]
FLIGHT_ORIGINS = ["Amsterdam", "Dublin", "Bergen", "Bilbao", "Belfast City", "Jersey", "Aberdeen"]


def flight_status(r: random.Random, body: list[str]) -> list[Block]:
    """An airport's flight status page: the flight and its airline, its origin, its
    scheduled and expected times, gate, belt and terminal, the airport's travel update in
    prose, and the airport's notices on pick-ups, parking and security. Written for issue
    15's twenty-third round after its learner changes were final, before any of the six was
    run (see :data:`GROUPS`)."""
    airline = r.choice(FLIGHT_AIRLINES)
    hour = r.randint(6, 22)
    out: list[Block] = [
        ("Tarnport Airport\nArrivals\nDepartures\nParking\nAt the airport\nDestinations\nHelp", "noise"),
        ("Arrivals › Flight details", "noise"),
        (
            f"{airline} {r.choice(['TN', 'NJ', 'BW', 'IB', 'KL'])}{r.randint(100, 999)} from "
            f"{r.choice(FLIGHT_ORIGINS)}",
            "neutral",
        ),
        (
            f"Scheduled {hour:02d}:{r.choice(['05', '20', '35', '50'])} · Expected {hour:02d}:{r.randint(10, 59)} · "
            f"{r.choice(['Landed', 'On time', 'Delayed', 'Diverted'])}",
            "body",
        ),
        (
            f"Terminal {r.randint(1, 2)} · Gate {r.choice('ABC')}{r.randint(1, 24)} · Baggage belt {r.randint(1, 8)}",
            "body",
        ),
        ("Track this flight · Share · Add to calendar", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"“{_clause(r, body)}.” – {_name(r)}, duty manager", "body"))
    if r.random() < 0.4:
        out.append(("Passengers on this flight should collect their bags from the arrivals hall.", "body"))
    out += [
        (f"Flight information last updated {hour:02d}:{r.randint(10, 59)}", "noise"),
        ("Times are local. Flight information is provided by the airlines and may change at short notice.", "noise"),
        ("Picking someone up? The first 10 minutes in the drop-off zone cost £5.", "noise"),
        ("Book parking · Fast track security · Lounges", "noise"),
        ("Tarnport Airport Ltd · Registered in England 03318456 · Privacy · Cookies · Accessibility", "noise"),
    ]
    return out


TENDER_BUYERS = ["Eastvale Borough Council", "Northshire NHS Trust", "Harrowgate College", "Longford Housing"]
TENDER_KINDS = ["Grounds maintenance", "Catering services", "IT support", "Roof repairs", "Legal services"]


def contract_notice(r: random.Random, body: list[str]) -> list[Block]:
    """A public procurement portal's contract notice: the contract and its buyer, the value
    and the dates, the procedure, the buyer's description in prose, the contact, and the
    portal's notes on registration, the rules and its own liability. Written for issue 15's
    twenty-third round after its learner changes were final, before any of the six was run
    (see :data:`GROUPS`)."""
    buyer = r.choice(TENDER_BUYERS)
    out: list[Block] = [
        ("Find a Tender Shires\nSearch notices\nBuyers\nSuppliers\nGuidance\nSign in · Register", "noise"),
        ("Notices › " + r.choice(["Open opportunities", "Tender notices", "Contract notices"]), "noise"),
        (f"{r.choice(TENDER_KINDS)}: {_title(r, body)}", "neutral"),
        (
            f"Buyer: {buyer} · Reference: {r.choice(['EBC', 'NHS', 'HGC', 'LHA'])}-{r.randint(1000, 9999)}",
            "body",
        ),
        (
            f"Value: £{r.randint(40, 900)},000 · Closing date: {_date(r, 'long')} · Procedure: "
            f"{r.choice(['Open', 'Restricted', 'Competitive flexible'])}",
            "body",
        ),
        ("Save this notice · Register interest · Print", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"Contact: {_name(r)}, procurement officer, {buyer}", "body"))
    if r.random() < 0.5:
        out.append(("Suitable for small and medium-sized enterprises and voluntary organisations.", "body"))
    out += [
        (f"Published {_date(r, 'short')} · Notice type: tender", "noise"),
        ("You must be registered to download the tender documents. Registration is free.", "noise"),
        ("The portal is not responsible for the content of notices. Contact the buyer with any questions.", "noise"),
        ("Similar opportunities", "noise"),
        (
            "\n".join(f"{r.choice(TENDER_KINDS)} – {r.choice(TENDER_BUYERS)}" for _ in range(3)),
            "noise",
        ),
        ("Find a Tender Shires · Terms of use · Privacy · Accessibility statement", "noise"),
    ]
    return out


TARIFF_NAMES = ["Fixed Saver 12", "Green Flex", "Tracker Plus", "Standard Variable", "Night Owl Economy"]
TARIFF_REGIONS = ["East Midlands", "North West", "South Wales", "London", "Yorkshire"]


def energy_tariff(r: random.Random, body: list[str]) -> list[Block]:
    """An energy supplier's tariff page: the tariff and its region, the unit rates and
    standing charges, the exit fees, the supplier's account of the tariff in prose, and its
    notes on the price cap, switching and how prices are shown. Written for issue 15's
    twenty-third round after its learner changes were final, before any of the six was run
    (see :data:`GROUPS`)."""
    tariff = r.choice(TARIFF_NAMES)
    out: list[Block] = [
        ("BrightWatt Energy\nTariffs\nSmart meters\nMoving home\nHelp\nLog in", "noise"),
        ("Tariffs › " + r.choice(["Fixed", "Variable", "Green", "Economy 7"]), "noise"),
        (f"{tariff} ({r.choice(TARIFF_REGIONS)})", "neutral"),
        (
            f"Electricity: {r.randint(20, 32)}.{r.randint(10, 99)}p per kWh · Standing charge "
            f"{r.randint(40, 65)}.{r.randint(10, 99)}p a day",
            "body",
        ),
        (
            f"Gas: {r.randint(5, 8)}.{r.randint(10, 99)}p per kWh · Standing charge {r.randint(28, 35)}."
            f"{r.randint(10, 99)}p a day",
            "body",
        ),
        (f"Exit fee: £{r.choice([0, 25, 50, 75])} per fuel · Available until {_date(r, 'short')}", "body"),
        ("Get a quote · Compare tariffs", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"“{_clause(r, body)},” said {_name(r)}, the company's head of pricing.", "body"))
    if r.random() < 0.5:
        out.append(("Prices on this tariff are fixed for twelve months from the day you switch.", "body"))
    out += [
        ("Prices include VAT at 5%. Your rates depend on where you live and how you pay.", "noise"),
        ("Switching is free and takes around five working days. You will not be cut off.", "noise"),
        ("Read the tariff information label", "noise"),
        ("Other tariffs in your area", "noise"),
        ("\n".join(f"{t} – {r.randint(20, 32)}p per kWh" for t in r.sample(TARIFF_NAMES, 3)), "noise"),
        ("BrightWatt Energy Ltd · Registered in England 09912345 · Privacy · Cookies · Complaints", "noise"),
    ]
    return out


REGISTER_ACTIVITIES = ["Retail of books", "Software development", "Bakery products", "Plumbing", "Architecture"]
REGISTER_ROLES = ["Director", "Secretary", "Director", "Person with significant control"]


def company_profile(r: random.Random, body: list[str]) -> list[Block]:
    """A companies register's company page: the company, its number and status, its
    registered office and nature of business, the officers, the company's own account of
    itself (the prose of its last report), the filing history, and the register's notes on
    what it checks and how to report a discrepancy. Written for issue 15's twenty-third round
    after its learner changes were final, before any of the six was run (see
    :data:`GROUPS`)."""
    name = f"{r.choice(LAST)} {r.choice(['Trading', 'Holdings', 'Studio', 'Foods', 'Partners'])} Ltd"
    out: list[Block] = [
        ("Company Register\nSearch the register\nFile for a company\nGuidance\nContact", "noise"),
        ("Search › Company overview", "noise"),
        (name.upper(), "neutral"),
        (
            f"Company number {r.randint(1000000, 13999999):08d} · {r.choice(['Active', 'Active', 'Dissolved'])} · "
            f"Incorporated {_date(r, 'short')}",
            "body",
        ),
        (
            f"Registered office: {r.randint(1, 120)} {r.choice(LAST)} Street, {r.choice(TOWNS)}",
            "body",
        ),
        (f"Nature of business: {r.choice(REGISTER_ACTIVITIES)}", "body"),
        ("Overview · Filing history · People · Charges", "noise"),
        (
            "\n".join(f"{_name(r).upper()} – {r.choice(REGISTER_ROLES)}" for _ in range(r.randint(1, 3))),
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"Accounts made up to {_date(r, 'short')}: total exemption full.", "body"))
    out += [
        ("Follow this company · Get free alerts when it files", "noise"),
        ("The register does not verify the accuracy of the information filed by companies.", "noise"),
        ("Report a discrepancy about this company", "noise"),
        ("Companies with similar names", "noise"),
        (
            "\n".join(f"{r.choice(LAST).upper()} {r.choice(['TRADING', 'HOLDINGS', 'FOODS'])} LTD" for _ in range(3)),
            "noise",
        ),
        ("Company Register · Policies · Cookies · Accessibility · Crown copyright", "noise"),
    ]
    return out


LOST_PET_KINDS = ["Cat", "Dog", "Tortoise", "Rabbit", "Parrot"]
LOST_PET_AREAS = ["Millbrook", "Castle Fields", "Eastfield", "Riverside", "Hollow Lane"]


def lost_pet_report(r: random.Random, body: list[str]) -> list[Block]:
    """A lost-pet notice board's report: the pet and where it was lost, its description,
    the owner's account in prose, the reward and contact, the number of sightings, and the
    board's safety advice and calls to share. Written for issue 15's twenty-third round after
    its learner changes were final, before any of the six was run (see :data:`GROUPS`)."""
    kind = r.choice(LOST_PET_KINDS)
    out: list[Block] = [
        ("LostPaws\nLost pets\nFound pets\nReunited\nAdvice\nPost a report", "noise"),
        (f"Lost › {kind}s › {r.choice(LOST_PET_AREAS)}", "noise"),
        (f"Lost {kind.lower()}: {r.choice(['Biscuit', 'Luna', 'Pepper', 'Milo', 'Shadow', 'Tilly'])}", "neutral"),
        (
            f"Lost on {_date(r, 'long')} near {r.choice(LOST_PET_AREAS)} · "
            f"{r.choice(['Male', 'Female'])} · {r.randint(1, 14)} years old",
            "body",
        ),
        (
            f"Colour: {r.choice(['black and white', 'ginger', 'tabby', 'brown', 'grey'])} · Microchipped: "
            f"{r.choice(['yes', 'no'])} · Collar: {r.choice(['red', 'blue', 'none'])}",
            "body",
        ),
        ("I have seen this pet · Share on Facebook · Print a poster", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(
            (
                f"Reward: £{r.choice([50, 100, 200, 250])} for a safe return. Call {_name(r)} on the number below.",
                "body",
            )
        )
    if r.random() < 0.5:
        out.append(("Please check your sheds and garages, as she may have been shut in by mistake.", "body"))
    out += [
        (f"{r.randint(0, 14)} sightings reported · {r.randint(40, 900)} shares", "noise"),
        ("Never pay anyone who claims to have your pet before you have seen it. Report scams to us.", "noise"),
        ("Most lost cats are found within a few streets of home.", "noise"),
        ("Other pets lost nearby", "noise"),
        (
            "\n".join(f"{r.choice(LOST_PET_KINDS)} – {r.choice(LOST_PET_AREAS)}" for _ in range(3)),
            "noise",
        ),
        ("LostPaws is run by volunteers · Terms · Privacy · Contact", "noise"),
    ]
    return out


TIP_SITES = ["Hollow Lane", "Castle Fields", "Eastfield", "Millbrook", "Riverside", "Kettlebridge"]
TIP_ITEMS = ["Garden waste", "Cardboard", "Electricals", "Wood", "Rubble", "Mattresses", "Paint", "Batteries"]


def recycling_centre(r: random.Random, body: list[str]) -> list[Block]:
    """A county council's household waste recycling centre page: the site and its address,
    its opening hours and whether a booking is needed, what it takes, the council's news of
    the site in prose, and the council's rules on vans, trade waste and charges. Written for
    issue 15's twenty-fourth round after its learner change was final, before any of the six
    was run (see :data:`GROUPS`)."""
    site = r.choice(TIP_SITES)
    out: list[Block] = [
        ("Westmere County Council\nBins and recycling\nRoads\nSchools\nSocial care\nCouncil tax\nSearch", "noise"),
        ("Home › Bins and recycling › Recycling centres", "noise"),
        (f"{site} Household Waste Recycling Centre", "neutral"),
        (f"Address: {r.choice(['Unit', 'Depot'])} {r.randint(1, 12)}, {site} Road, {r.choice(TOWNS)}", "body"),
        (
            f"Open {r.choice(['8am', '9am'])} to {r.choice(['4pm', '5pm', '6pm'])} · Closed "
            f"{r.choice(['Tuesdays', 'Wednesdays', 'Thursdays'])} · Booking {r.choice(['required', 'not required'])}",
            "body",
        ),
        ("Accepts: " + ", ".join(r.sample(TIP_ITEMS, r.randint(3, 6))), "body"),
        ("Book a visit · Check your bin day · Report a missed collection", "noise"),
        ("Please do not queue on the highway. If the site is full you may be asked to come back later.", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"The re-use shop on site is open {r.choice(['Fridays', 'Saturdays'])} from 10am.", "body"))
    out += [
        (f"Page last reviewed {_date(r, 'short')}", "noise"),
        ("Vans, pick-ups and trailers need a permit. Trade waste is not accepted at any recycling centre.", "noise"),
        ("Charges apply to soil, rubble and plasterboard.", "noise"),
        ("Was this page useful? Yes · No", "noise"),
        ("Other recycling centres", "noise"),
        ("\n".join(f"{s} – {r.randint(2, 18)} miles" for s in r.sample(TIP_SITES, 3)), "noise"),
        ("Westmere County Council · Contact us · Accessibility · Cookies · Privacy notice", "noise"),
    ]
    return out


TIDE_PORTS = ["Porthaven", "Kettle Sound", "Saltmarsh Quay", "Gullhaven", "Westholm Harbour", "Brackenmouth"]


def _tide(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def tide_times(r: random.Random, body: list[str]) -> list[Block]:
    """A tide tables site's port page: the port, today's high and low waters and their
    heights, sunrise and sunset, the port's description in prose (the harbour master's
    notes, its history), and the site's warnings on datum, safety and its own predictions.
    Written for issue 15's twenty-fourth round after its learner change was final, before
    any of the six was run (see :data:`GROUPS`)."""
    port = r.choice(TIDE_PORTS)
    out: list[Block] = [
        ("TideTimes\nPorts\nTide tables\nSurf\nSailing\nFishing\nApp", "noise"),
        (f"Tide times › {r.choice(['South West', 'Wales', 'North East', 'Scotland'])} › {port}", "noise"),
        (f"{port} tide times for {_date(r, 'long')}", "neutral"),
        (
            f"High water {_tide(r)} ({r.randint(3, 6)}.{r.randint(0, 9)} m) · Low water {_tide(r)} "
            f"({r.randint(0, 1)}.{r.randint(0, 9)} m)",
            "body",
        ),
        (
            f"High water {_tide(r)} ({r.randint(3, 6)}.{r.randint(0, 9)} m) · Low water {_tide(r)} "
            f"({r.randint(0, 1)}.{r.randint(0, 9)} m)",
            "body",
        ),
        (f"Sunrise {r.randint(5, 8)}:{r.randint(10, 59)} · Sunset {r.randint(16, 21)}:{r.randint(10, 59)}", "body"),
        ("7-day tides · Download the app · Print", "noise"),
        ("Heights are in metres above chart datum.", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"Harbour master: {_name(r)} · VHF channel {r.choice([12, 14, 16])}", "body"))
    out += [
        (
            "Tide predictions are not suitable for navigation. Always check the official tables and local conditions.",
            "noise",
        ),
        ("Predictions may differ from observed tides in strong winds or high pressure.", "noise"),
        ("Go ad-free with TideTimes Plus for £1.99 a month", "noise"),
        ("Nearby ports", "noise"),
        ("\n".join(f"{p} – {r.randint(3, 30)} miles" for p in r.sample(TIDE_PORTS, 3)), "noise"),
        ("© TideTimes 2025 · Contains data from the national tide gauge network · Terms · Privacy", "noise"),
    ]
    return out


POETS = ["Ada Fairweather", "Tomas Lindqvist", "Grace Oyelaran", "Nell Pemberton", "Isaac Morrow", "June Kavanagh"]


def poem_page(r: random.Random, body: list[str]) -> list[Block]:
    """A poetry magazine's poem page: the poem's title and poet, the issue it appeared in,
    the poem itself (the article's paragraphs as stanzas), the poet's note and biography,
    and the magazine's notes on permissions, submissions and support. Written for issue 15's
    twenty-fourth round after its learner change was final, before any of the six was run
    (see :data:`GROUPS`)."""
    poet = r.choice(POETS)
    out: list[Block] = [
        ("Verse House\nPoems\nPoets\nIssues\nPrizes\nSubmit\nShop", "noise"),
        (f"Poems › Issue {r.randint(40, 120)}", "noise"),
        (_title(r, body), "neutral"),
        (f"by {poet}", "body"),
        (
            f"From Issue {r.randint(40, 120)}, {r.choice(['Spring', 'Summer', 'Autumn', 'Winter'])} "
            f"{r.randint(2018, 2024)}",
            "body",
        ),
        ("Listen to this poem · Save · Share", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"Poet's note: {_clause(r, body)}.", "body"))
    out.append(
        (
            f"{poet} lives in {r.choice(TOWNS)}. Their {r.choice(['first', 'second', 'third'])} collection, "
            f"{_title(r, body)}, is published by {r.choice(['Harbour Press', 'Little Wren', 'Fenwick Books'])}.",
            "body",
        )
    )
    out += [
        ("Poems are reproduced with the permission of the poet. Please ask before reposting them in full.", "noise"),
        ("We read submissions in March and September. Read our guidelines before you send your work.", "noise"),
        ("Verse House pays every poet it publishes. Become a Friend from £4 a month.", "noise"),
        ("More poems from this issue", "noise"),
        ("\n".join(f"{_title(r, body)} – {r.choice(POETS)}" for _ in range(3)), "noise"),
        ("Verse House is a registered charity no. 1123456 · Privacy · Contact", "noise"),
    ]
    return out


REPEATER_CALLS = ["GB3WM", "GB3KB", "GB3EF", "GB3HL", "GB3CF", "GB3RV", "GB3MB"]


def repeater_entry(r: random.Random, body: list[str]) -> list[Block]:
    """An amateur radio society's repeater directory entry: the repeater's call sign, its
    band, frequencies, tone and locator, the keeper, the group's account of the repeater in
    prose, and the directory's notes on licensing, data accuracy and how to report a fault.
    Written for issue 15's twenty-fourth round after its learner change was final, before
    any of the six was run (see :data:`GROUPS`)."""
    call = r.choice(REPEATER_CALLS)
    band = r.choice(["2m", "70cm", "6m"])
    out: list[Block] = [
        ("Repeater Directory\nRepeaters\nGateways\nBeacons\nMap\nNews\nLog in", "noise"),
        (f"Repeaters › {band} › {call}", "noise"),
        (f"{call} – {r.choice(TOWNS)}", "neutral"),
        (
            f"Output {r.randint(144, 145)}.{r.randint(100, 999)} MHz · Input shift "
            f"{r.choice(['-600', '-1600', '+600'])} kHz"
            f" · CTCSS {r.choice(['71.9', '77.0', '82.5', '94.8'])} Hz",
            "body",
        ),
        (
            f"Locator {r.choice('IJ')}{r.choice('OP')}{r.randint(80, 99)}{r.choice('abcdef')}{r.choice('jklmn')} · "
            f"Keeper: {_name(r)}",
            "body",
        ),
        ("Status: " + r.choice(["Operational", "Operational", "Reduced power", "Off air"]), "body"),
        ("Add to favourites · Report a fault · Export to CHIRP", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"Net every {r.choice(WEEKDAYS)} at {r.randint(7, 9)}pm, all welcome.", "body"))
    out += [
        (f"Entry last updated {_date(r, 'short')} by {r.choice(FIRST).lower()}{r.randint(2, 99)}", "noise"),
        ("You need an amateur radio licence to transmit through a repeater.", "noise"),
        (
            "Data is supplied by repeater keepers and volunteers. We cannot guarantee that it is complete or correct.",
            "noise",
        ),
        ("Repeaters within 30 km", "noise"),
        (
            "\n".join(f"{c} – {r.choice(['2m', '70cm'])} – {r.randint(4, 30)} km" for c in r.sample(REPEATER_CALLS, 3)),
            "noise",
        ),
        ("Repeater Directory is run by volunteers · Donate · Privacy · Contact", "noise"),
    ]
    return out


STATIONS = ["Millbrook Central", "Castle Fields", "Eastfield Parkway", "Riverton", "Elm Grove", "Hale Cross"]
STATION_FACILITIES = [
    "Ticket office",
    "Ticket machines",
    "Waiting room",
    "Toilets",
    "Cycle storage",
    "Car park",
    "Café",
]


def station_page(r: random.Random, body: list[str]) -> list[Block]:
    """A rail operator's station page: the station and its code, its facilities and
    accessibility, the next departures, the operator's account of works at the station in
    prose, and the operator's notes on tickets, assistance and penalty fares. Written for
    issue 15's twenty-fourth round after its learner change was final, before any of the
    six was run (see :data:`GROUPS`)."""
    station = r.choice(STATIONS)
    out: list[Block] = [
        ("Shires Rail\nTickets\nJourney planner\nLive departures\nStations\nHelp", "noise"),
        ("Stations › " + station, "noise"),
        (f"{station} ({''.join(w[0] for w in station.split()).upper()}{r.choice('XYZ')})", "neutral"),
        ("Facilities: " + ", ".join(r.sample(STATION_FACILITIES, r.randint(3, 5))), "body"),
        (
            f"Step-free access: {r.choice(['all platforms', 'platform 1 only', 'none'])} · Staffed "
            f"{r.choice(['6am to 8pm', '7am to 7pm', 'mornings only'])}",
            "body",
        ),
        ("Plan a journey from here · Buy tickets · Book assistance", "noise"),
        ("Next departures", "noise"),
        (
            "\n".join(
                f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d} {r.choice(STATIONS)} – "
                f"{r.choice(['On time', 'Delayed', 'Cancelled'])}"
                for _ in range(3)
            ),
            "noise",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"The footbridge will be closed from {_date(r, 'short')} while the lifts are replaced.", "body"))
    out += [
        ("Buy before you board. You may be charged a penalty fare if you travel without a valid ticket.", "noise"),
        ("Need help at the station? Book assistance up to two hours before you travel.", "noise"),
        ("Download the Shires Rail app · Sign up for delay alerts", "noise"),
        ("Shires Rail Ltd · Registered in England 08812345 · Privacy · Cookies · Modern slavery statement", "noise"),
    ]
    return out


LECTURE_SERIES = ["Public Lectures", "Inaugural Lectures", "Science Café", "Humanities Evenings"]
LECTURE_DEPARTMENTS = ["History", "Physics", "Law", "Geography", "Music", "Economics"]


def lecture_page(r: random.Random, body: list[str]) -> list[Block]:
    """A university's public lecture recording page: the lecture's title and speaker, the
    series, date, length and venue, the recording's transcript (the article's paragraphs),
    the speaker's biography, and the university's notes on recording, captions and its other
    lectures. Written for issue 15's twenty-fourth round after its learner change was final,
    before any of the six was run (see :data:`GROUPS`)."""
    speaker = _name(r)
    out: list[Block] = [
        ("Fenbridge University\nStudy\nResearch\nEvents\nAlumni\nAbout", "noise"),
        (f"Events › {r.choice(LECTURE_SERIES)} › Recordings", "noise"),
        (_title(r, body), "neutral"),
        (
            f"Professor {speaker}, Department of {r.choice(LECTURE_DEPARTMENTS)} · {_date(r, 'short')} · "
            f"{r.randint(42, 78)} min",
            "body",
        ),
        ("Watch the recording · Download audio (MP3) · Download slides (PDF)", "noise"),
        (
            "This transcript was generated automatically and checked by our events team. It may contain errors.",
            "noise",
        ),
        ("Transcript", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append((f"Questions from the audience were chaired by Dr {_name(r)}.", "body"))
    out += [
        ("About the speaker", "noise"),
        (
            f"{speaker} is Professor of {r.choice(LECTURE_DEPARTMENTS)} at Fenbridge. Their research looks at "
            f"{r.choice(TOPICS)} and {r.choice(TOPICS)}.",
            "body",
        ),
        ("Recordings are made available under a Creative Commons licence for non-commercial use.", "noise"),
        ("More lectures in this series", "noise"),
        ("\n".join(f"{_title(r, body)} – {_date(r, 'short')}" for _ in range(3)), "noise"),
        ("Fenbridge University · Freedom of information · Accessibility · Privacy and cookies", "noise"),
    ]
    return out


BILL_STAGES = ["First reading", "Second reading", "Committee stage", "Report stage", "Third reading", "Royal Assent"]
BILL_TYPES = ["Government Bill", "Private Members' Bill (Ballot Bill)", "Private Members' Bill (Ten Minute Rule)"]
BILL_SUBJECTS = [
    "Rivers (Clean Water)",
    "Allotments (Waiting Lists)",
    "Rural Bus Services",
    "Short Lets (Registration)",
]


def bill_page(r: random.Random, body: list[str]) -> list[Block]:
    """A legislature's bill page: the bill's short title, its type and sponsor, the stage it
    has reached and the date of its next sitting, the explanatory notes (the article's
    paragraphs), and the site's notes on how bills become law and how to follow them.
    Written for issue 15's twenty-fifth round after its learner changes were final, before
    any of the six was run (see :data:`GROUPS`)."""
    stage = r.randrange(len(BILL_STAGES) - 1)
    out: list[Block] = [
        ("Bills and legislation\nBills before Parliament\nActs of Parliament\nStatutory instruments\nHelp", "noise"),
        ("Search bills", "noise"),
        (f"{r.choice(BILL_SUBJECTS)} Bill {r.randint(2019, 2025)}-{r.randint(20, 26)}", "neutral"),
        (f"{r.choice(BILL_TYPES)} · Sponsor: {_name(r)} MP", "body"),
        (f"Current stage: {BILL_STAGES[stage]} · Next: {BILL_STAGES[stage + 1]} on {_date(r, 'long')}", "body"),
        ("Track this bill · Bill documents · Amendments · Votes", "noise"),
        ("Explanatory notes", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"These notes were prepared by the {r.choice(BILL_SUBJECTS).split()[0]} Bill team.", "body"))
    out += [
        ("How a bill becomes law", "noise"),
        (
            "A bill must pass through both Houses in the same form before it can receive Royal Assent and become "
            "an Act of Parliament.",
            "noise",
        ),
        ("Get email alerts when this bill moves to its next stage", "noise"),
        (
            "Parliamentary copyright · Accessibility statement · Cookie policy · Contact the Public Information Office",
            "noise",
        ),
    ]
    return out


ARTISTS_FOR_SALE = ["Mira Halloran", "Bertil Osei", "Clem Astbury", "Yara Fennick", "Otto Brennagh", "Lise Varga"]
ART_MEDIA = ["Oil on linen", "Acrylic on board", "Etching, edition of 30", "Watercolour on paper", "Charcoal on paper"]


def artwork_for_sale(r: random.Random, body: list[str]) -> list[Block]:
    """An art gallery's artwork for sale: the work's title and artist, its medium, size and
    price, the curator's essay on the work (the article's paragraphs), the artist's short
    biography, and the gallery's notes on delivery, framing and paying in instalments.
    Written for issue 15's twenty-fifth round after its learner changes were final, before
    any of the six was run (see :data:`GROUPS`)."""
    artist = r.choice(ARTISTS_FOR_SALE)
    out: list[Block] = [
        ("Sandpiper Gallery\nArtworks\nArtists\nExhibitions\nCommissions\nVisit\nBasket (0)", "noise"),
        (f"Artworks › {artist}", "noise"),
        (_title(r, body), "neutral"),
        (f"{r.choice(ART_MEDIA)} · {r.randint(20, 120)} × {r.randint(20, 120)} cm · {r.randint(2015, 2025)}", "body"),
        (f"£{r.randint(4, 90) * 50:,}", "body"),
        ("Add to basket · Enquire about this work · Arrange a viewing", "noise"),
        ("Own Art: spread the cost over 10 months, interest free.", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("About the artist", "noise"),
        (
            f"{artist} lives and works on the coast. Their work has been shown in {r.choice(CITIES)} and "
            f"{r.choice(CITIES)}.",
            "body",
        ),
        ("Free UK delivery on all original works. Framed works are sent by specialist art courier.", "noise"),
        ("Other works by this artist", "noise"),
        ("\n".join(f"{_title(r, body)} – £{r.randint(4, 90) * 50:,}" for _ in range(3)), "noise"),
        ("Sandpiper Gallery Ltd · 4 Quay Row · Returns · Privacy · Terms of sale", "noise"),
    ]
    return out


CAR_PARKS = ["Castle Mound", "Riverside Multi-storey", "Station Approach", "Market Hall", "Leisure Centre East"]


def car_park_page(r: random.Random, body: list[str]) -> list[Block]:
    """A city council's car park page: the car park, its spaces free now and its capacity,
    opening hours and height limit, the tariff, the page's notes on access and works (the
    article's paragraphs), and the council's notes on paying by app, penalty charges and
    blue badges. Written for issue 15's twenty-fifth round after its learner changes were
    final, before any of the six was run (see :data:`GROUPS`)."""
    capacity = r.randint(120, 900)
    out: list[Block] = [
        ("Wexcombe City Council\nParking\nRoads and travel\nBins\nCouncil tax\nReport it", "noise"),
        ("Home › Parking › Car parks", "noise"),
        (f"{r.choice(CAR_PARKS)} car park", "neutral"),
        (f"{r.randint(0, capacity)} of {capacity} spaces free · updated every 5 minutes", "body"),
        (
            f"Open {r.choice(['24 hours', '6am to midnight', '7am to 10pm'])} · "
            f"Height limit {r.choice(['1.9', '2.1', '2.4'])} m",
            "body",
        ),
        (
            "\n".join(
                f"{label} £{price:.2f}"
                for label, price in (
                    ("Up to 1 hour", r.randint(8, 20) / 10),
                    ("Up to 3 hours", r.randint(25, 50) / 10),
                    ("All day", r.randint(60, 140) / 10),
                )
            ),
            "body",
        ),
        ("Pay by app · Pay at machine · Season tickets", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Blue Badge holders park free for up to 3 hours in marked bays.", "noise"),
        (
            "Penalty charge notices are issued to vehicles not parked within a marked bay or without a valid ticket.",
            "noise",
        ),
        ("Was this page useful? Yes · No", "noise"),
        ("Wexcombe City Council · Accessibility · Privacy notice · Contact us", "noise"),
    ]
    return out


DONOR_TOWNS = ["Halsworth", "Kemble Green", "Upper Ditton", "Marrowby"]
DONOR_VENUES = ["St Anne's Church Hall", "Brookfield Community Centre", "The Corn Exchange", "Oakhurst Sports Club"]


def donation_session(r: random.Random, body: list[str]) -> list[Block]:
    """A blood service's donation session page: the venue and town, the session's date and
    hours and the appointments left, the venue's notes (the article's paragraphs), and the
    service's reminders on eating, eligibility and cancelling. Written for issue 15's
    twenty-fifth round after its learner changes were final, before any of the six was run
    (see :data:`GROUPS`)."""
    out: list[Block] = [
        ("Give Blood\nFind a session\nWho can give\nThe donation process\nMy account", "noise"),
        ("Sign in · Register", "noise"),
        (f"{r.choice(DONOR_VENUES)}, {r.choice(DONOR_TOWNS)}", "neutral"),
        (f"{_date(r, 'long')} · {r.randint(9, 13)}:00–{r.randint(15, 19)}:30", "body"),
        (f"{r.randint(1, 40)} appointments left", "body"),
        ("Book an appointment", "noise"),
        ("Venue information", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"Parking: {r.choice(['free on site', 'pay and display opposite', 'limited, on street'])}", "body"))
    out += [
        ("Before you donate", "noise"),
        ("Drink plenty of fluids and eat a meal in the three hours before your appointment.", "noise"),
        (
            "If you can no longer attend, please cancel your appointment so that someone else can take it.",
            "noise",
        ),
        ("Check if you can give blood", "noise"),
        ("© Blood Transfusion Service · Privacy · Cookies · Modern slavery statement", "noise"),
    ]
    return out


CANAL_NAMES = ["Grand Ridgeway Canal", "Fenmere Navigation", "Ashcombe and Tarn Canal", "River Lode Navigation"]


def canal_stoppage(r: random.Random, body: list[str]) -> list[Block]:
    """A canal trust's stoppage notice: the waterway and the lock or bridge closed, the
    dates and type of the stoppage, the engineers' account of the works (the article's
    paragraphs), and the trust's notes on towpath diversions, alerts and donations.
    Written for issue 15's twenty-fifth round after its learner changes were final, before
    any of the six was run (see :data:`GROUPS`)."""
    canal = r.choice(CANAL_NAMES)
    out: list[Block] = [
        ("Waterways Trust\nVisit\nBoating\nNotices\nVolunteer\nDonate", "noise"),
        ("Home › Boating › Stoppages and notices", "noise"),
        (f"{canal}: Lock {r.randint(1, 60)} closure", "neutral"),
        (
            f"{_date(r, 'short')} to {_date(r, 'short')} · "
            f"{r.choice(['Navigation closure', 'Towpath closure', 'Restriction'])}",
            "body",
        ),
        (f"Reason: {r.choice(['Gate replacement', 'Emergency repair', 'Dredging', 'Bank protection works'])}", "body"),
        ("Print notice · Subscribe to notices for this waterway", "noise"),
    ]
    out += [(p, "body") for p in body]
    out += [
        ("Towpath users should follow the signed diversion while works are in progress.", "noise"),
        ("Enquiries", "noise"),
        (f"Customer services: 0303 040 {r.randint(1000, 9999)}", "noise"),
        ("Our canals are 250 years old. Help us keep them open by making a donation today.", "noise"),
        ("Waterways Trust is a charity registered in England and Wales · Privacy · Cookies", "noise"),
    ]
    return out


FARM_PRODUCE = ["Rhubarb", "Asparagus", "Purple sprouting broccoli", "Damsons", "Free-range duck eggs", "Pumpkins"]


def farm_shop_produce(r: random.Random, body: list[str]) -> list[Block]:
    """A farm shop's produce page: the produce and its price per unit, its season and where
    on the farm it grows, the grower's notes (the article's paragraphs), a recipe idea, and
    the shop's notes on opening hours, click and collect and its loyalty card. Written for
    issue 15's twenty-fifth round after its learner changes were final, before any of the
    six was run (see :data:`GROUPS`)."""
    produce = r.choice(FARM_PRODUCE)
    out: list[Block] = [
        ("Hollowbrook Farm Shop\nShop\nPick your own\nCafé\nButchery\nOur farm\nBasket", "noise"),
        ("Free local delivery on orders over £40", "noise"),
        (produce, "neutral"),
        (f"£{r.randint(12, 60) / 10:.2f} {r.choice(['per kg', 'per bunch', 'per half dozen', 'each'])}", "body"),
        (
            f"In season: {r.choice(MONTHS)} to {r.choice(MONTHS)} · "
            f"Grown in the {r.choice(['walled garden', 'top field', 'polytunnels'])}",
            "body",
        ),
        ("Add to basket · Reserve for collection", "noise"),
        ("From the grower", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(
            (f"Try it: {produce.lower()} with {r.choice(['brown butter', 'a little honey', 'toasted oats'])}.", "body")
        )
    out += [
        ("Open Tuesday to Sunday, 9am to 5pm. Closed Mondays except bank holidays.", "noise"),
        ("Collect a stamp with every visit: your tenth coffee is on us.", "noise"),
        ("Hollowbrook Farm Shop · Allergen information · Privacy · Terms", "noise"),
    ]
    return out


OPEN_GARDENS = [
    "Wrenfield House",
    "The Old Rectory, Amblecote",
    "Tanners Cottage",
    "Mill Lane Allotments",
    "Hazelbury Court",
]
GARDEN_COUNTIES = ["Dorset", "Shropshire", "Norfolk", "Cumbria", "Kent"]


def garden_open_day(r: random.Random, body: list[str]) -> list[Block]:
    """A garden visiting scheme's listing of a private garden's open day: the garden and its
    county, the opening date and hours, admission, what visitors find there (teas, plants for
    sale, dogs), the owners' description of the garden (the article's paragraphs), and the
    scheme's notes on the charities it supports and on booking. Written for issue 15's
    twenty-sixth round after its learner changes were final, before any of the six was run
    (see :data:`GROUPS`)."""
    garden = r.choice(OPEN_GARDENS)
    out: list[Block] = [
        (
            "Open Gardens Scheme\nFind a garden\nOpen days\nVisit by arrangement\nOur charities\nDonate\nSign in",
            "noise",
        ),
        (f"Find a garden › {r.choice(GARDEN_COUNTIES)}", "noise"),
        (garden, "neutral"),
        (f"{_date(r, 'long')} · {r.choice(['11am', '1pm', '2pm'])} to {r.choice(['4pm', '5pm', '6pm'])}", "body"),
        (f"Admission £{r.randint(4, 9)}, children free", "body"),
        (
            " · ".join(
                r.sample(["Teas", "Plants for sale", "Dogs on leads", "Partial wheelchair access", "Parking"], 3)
            ),
            "body",
        ),
        ("Book a visit · Add to my gardens · Get directions", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(
            (f"Teas in the barn are served by the {r.choice(['village WI', 'church choir', 'local scouts'])}.", "body")
        )
    out += [
        ("Every visit helps nursing and caring charities: last year our gardens raised £3.1 million.", "noise"),
        ("Gardens nearby", "noise"),
        ("\n".join(f"{g} – {r.randint(2, 25)} miles" for g in r.sample(OPEN_GARDENS, 3)), "noise"),
        ("Open Gardens Scheme is a registered charity, number 1112664 · Privacy · Cookies · Contact us", "noise"),
    ]
    return out


RIVER_BEATS = ["Upper Ashford beat", "Kingsmead water", "Heron Pool stretch", "Millstream beat", "Long Meadow"]
RIVER_SPECIES = ["Brown trout", "Grayling", "Barbel", "Chub", "Sea trout"]


def fishery_beat(r: random.Random, body: list[str]) -> list[Block]:
    """An angling club's page for one of its waters: the beat, its river and length, the
    species and the season, who may fish it and what a day ticket costs, the bailiff's notes
    on the water (the article's paragraphs), last month's catch returns, and the club's
    rules on licences, barbless hooks and returns. Written for issue 15's twenty-sixth
    round after its learner changes were final, before any of the six was run (see
    :data:`GROUPS`)."""
    beat = r.choice(RIVER_BEATS)
    out: list[Block] = [
        ("Dunmere Angling Association\nWaters\nMembership\nDay tickets\nMatches\nNews\nLog in", "noise"),
        ("Waters › River beats", "noise"),
        (beat, "neutral"),
        (
            f"River {r.choice(['Dun', 'Wendle', 'Arrow', 'Lugg'])} · {r.randint(3, 19) / 10:.1f} miles, "
            f"{r.choice(['left', 'right', 'both'])} bank",
            "body",
        ),
        (f"Species: {', '.join(r.sample(RIVER_SPECIES, 3))}", "body"),
        (f"Season: {r.choice(['1 April', '16 June', '15 March'])} to {r.choice(['30 September', '14 March'])}", "body"),
        (f"Day ticket £{r.randint(8, 30)} · Members only at weekends", "body"),
        ("Buy a day ticket · Download the beat map (PDF)", "noise"),
    ]
    out += [(p, "body") for p in body]
    out.append(
        (f"Catch returns last month: {r.randint(4, 60)} fish, best {r.randint(1, 6)} lb {r.randint(1, 15)} oz", "body")
    )
    out += [
        ("All anglers must hold a valid rod licence. Barbless hooks only; return all grayling.", "noise"),
        ("Report pollution or poaching to the bailiff on 01632 960 514.", "noise"),
        ("Other waters", "noise"),
        ("\n".join(r.sample(RIVER_BEATS, 3)), "noise"),
        ("© Dunmere Angling Association · Affiliated to the Angling Trust · Privacy", "noise"),
    ]
    return out


HALL_ROOMS = ["Main hall", "Committee room", "Small hall", "Kitchen", "Garden room"]


def hall_hire(r: random.Random, body: list[str]) -> list[Block]:
    """A village hall's page for one of its rooms to hire: the room, its capacity seated and
    standing, its hourly rates for residents and others, its facilities, the committee's
    description of the room (the article's paragraphs), and the hall's notes on licences,
    deposits and booking. Written for issue 15's twenty-sixth round after its learner
    changes were final, before any of the six was run (see :data:`GROUPS`)."""
    room = r.choice(HALL_ROOMS)
    seated = r.randint(2, 16) * 10
    out: list[Block] = [
        ("Brackley Green Village Hall\nHome\nRooms to hire\nWhat's on\nBook\nAbout the hall", "noise"),
        ("Check availability", "noise"),
        (room, "neutral"),
        (f"Seats {seated} · Standing {seated + r.randint(1, 6) * 10}", "body"),
        (f"£{r.randint(10, 30)} an hour for residents, £{r.randint(31, 45)} for others", "body"),
        (
            " · ".join(r.sample(["Stage", "Hearing loop", "Projector", "Step-free access", "Sprung floor", "Bar"], 3)),
            "body",
        ),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.6:
        out.append(
            (
                f"Regular hirers include the {r.choice(['Tuesday Pilates group', 'toddler group', 'bridge club'])}.",
                "body",
            )
        )
    out += [
        ("Enquire about this room · Download the hire agreement (PDF, 212 KB)", "noise"),
        (
            "The hall holds a premises licence for events until 11pm. A refundable deposit of £50 is taken with "
            "every booking.",
            "noise",
        ),
        ("Brackley Green Village Hall is run by volunteers · Charity no. 300112 · Privacy", "noise"),
    ]
    return out


TOWERS = [
    "St Michael, Hawksley",
    "All Saints, Marden Parva",
    "St Peter ad Vincula, Cold Ashby",
    "Holy Trinity, Fenwick",
]


def bell_tower(r: random.Random, body: list[str]) -> list[Block]:
    """A bell-ringers' guide to a church tower: the tower, its bells and the weight of the
    tenor, the practice night and the Sunday service ringing, the tower captain's notes on
    the tower's history and the ring (the article's paragraphs), and the guide's notes on
    visiting towers, updates and its society. Written for issue 15's twenty-sixth round
    after its learner changes were final, before any of the six was run (see :data:`GROUPS`)."""
    tower = r.choice(TOWERS)
    out: list[Block] = [
        ("Towers Guide\nSearch towers\nMap\nPractice nights\nPeals\nAbout", "noise"),
        (f"{tower}", "neutral"),
        (
            f"{r.choice([5, 6, 8, 10])} bells · Tenor {r.randint(5, 30)}–{r.randint(0, 3)}–{r.randint(0, 27)} in "
            f"{r.choice(['C', 'D', 'E', 'F', 'G'])}",
            "body",
        ),
        (
            f"Practice: {r.choice(['Monday', 'Tuesday', 'Thursday'])} {r.randint(7, 8)}:{r.choice(['00', '30'])}pm",
            "body",
        ),
        (f"Sunday service ringing: {r.randint(9, 10)}:{r.choice(['00', '15', '30'])}am", "body"),
        (f"Tower captain: {_name(r)}", "body"),
        ("Contact the tower · Report a change · Add to my towers", "noise"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append(
            (
                f"The bells were rehung by {r.choice(['Taylor', 'Whitechapel', 'Nicholson'])} in "
                f"{r.randint(1890, 2015)}.",
                "body",
            )
        )
    out += [
        ("Visitors are welcome at practice, but please contact the tower captain first.", "noise"),
        ("Details are sent in by ringers and may be out of date. Last updated by a volunteer editor.", "noise"),
        ("Towers Guide is published by the Central Council of Church Bell Ringers · Privacy · Cookies", "noise"),
    ]
    return out


WARDS = ["Ashdown ward", "Beech ward", "Cedar unit", "Willow ward", "Maple ward"]


def hospital_ward(r: random.Random, body: list[str]) -> list[Block]:
    """A hospital's page for one of its wards: the ward, its floor and speciality, the
    visiting times and the ward's telephone number, the ward manager, what the ward does
    and what patients should bring (the article's paragraphs), and the trust's notes on
    parking, infection control and feedback. Written for issue 15's twenty-sixth round
    after its learner changes were final, before any of the six was run (see :data:`GROUPS`)."""
    ward = r.choice(WARDS)
    out: list[Block] = [
        ("Wexcombe Hospitals NHS Trust\nOur hospitals\nServices\nPatients and visitors\nJobs\nContact us", "noise"),
        ("Home › Services › Wards", "noise"),
        (ward, "neutral"),
        (
            f"{r.choice(['Ground', 'First', 'Second', 'Third'])} floor, "
            f"{r.choice(['Wexcombe General', 'St Ann’s Hospital'])} · "
            f"{r.choice(['Cardiology', 'Orthopaedics', 'Stroke care', 'Respiratory'])}",
            "body",
        ),
        (f"Visiting: {r.choice(['11am', '2pm'])} to {r.choice(['7pm', '8pm'])} daily, two visitors a bed", "body"),
        (f"Ward telephone: 01632 96{r.randint(1000, 9999)}", "body"),
        (f"Ward manager: {_name(r)}", "body"),
    ]
    out += [(p, "body") for p in body]
    out += [
        (
            "Please use the hand gel when you arrive and leave. Do not visit if you have had sickness or "
            "diarrhoea in the last 48 hours.",
            "noise",
        ),
        ("Car parking is free for blue badge holders and for visitors of patients staying over 7 days.", "noise"),
        ("Tell us about your experience · Complaints · Patient advice and liaison", "noise"),
        ("© Wexcombe Hospitals NHS Trust · Accessibility · Privacy · Freedom of information", "noise"),
    ]
    return out


BUS_STOPS = ["Bus station", "Market Square", "Railway station", "Hospital", "Tesco", "Church Road", "Park and ride"]


def bus_route(r: random.Random, body: list[str]) -> list[Block]:
    """A bus company's route page: the route number and its ends, how often it runs on
    weekdays and Sundays, the first and last buses, the stops, the company's notes on the
    route and its changes (the article's paragraphs), and its notes on tickets, the app and
    its timetables. Written for issue 15's twenty-sixth round after its learner changes were
    final, before any of the six was run (see :data:`GROUPS`)."""
    stops = r.sample(BUS_STOPS, 5)
    out: list[Block] = [
        ("Kestrel Buses\nRoutes\nTimetables\nTickets\nService updates\nApp", "noise"),
        ("Plan a journey · Live departures", "noise"),
        (f"Route {r.randint(1, 99)}{r.choice(['', 'A', 'X'])}: {stops[0]} – {stops[-1]}", "neutral"),
        (f"Every {r.choice([10, 12, 15, 20, 30])} minutes Monday to Saturday · Hourly on Sundays", "body"),
        (
            f"First bus {r.randint(5, 7)}:{r.choice(['05', '20', '35'])} · "
            f"Last bus {r.randint(22, 23)}:{r.choice(['10', '40'])}",
            "body",
        ),
        ("\n".join(f"* {s}" for s in stops), "body"),
    ]
    out += [(p, "body") for p in body]
    if r.random() < 0.5:
        out.append((f"From {_date(r, 'long')} the route no longer calls at {r.choice(BUS_STOPS)}.", "body"))
    out += [
        ("Download timetable (PDF) · Save this route", "noise"),
        ("Tap on with your contactless card and we'll cap your fares at £5 a day.", "noise"),
        ("Track your bus live in the Kestrel Buses app", "noise"),
        ("Kestrel Buses Ltd · Registered in England 04411290 · Accessibility · Privacy", "noise"),
    ]
    return out


# The templates above that the learner still falls short on (see tests/test_learn.py,
# where their targets are a strict xfail): the recipe card's timings and nutrition line
# (templated lines of numbers under constant labels, below the article's paragraphs) and
# its "Notes" are learned as template; the sports site keeps its "Watch: <clip>" teasers
# and its live ticker, the Q&A site a vote count alone on a line (on a smaller sample, its
# "asked"/"answered" cards too); the university office's funding note, on four of five
# pages next to its share bar, passes as that widget's prose on a small sample.
# Of the four written after the learner's third round: the listing site's facts line is
# learned; the travel blog keeps its comments and a "Check prices" button inside the post.
# (The engineering blog's and the release notes' closing thanks lines stay since the fifth
# round, which took both off this list.) The three written after the fourth round: the
# podcast keeps its sponsor's read and its player (its show notes stay since the fifth
# round); the council learns its notices' "Dated this ..." line and the signatory's block
# (its "Comments must be received ..." stays since the fifth round), and on the smaller
# samples a statute heading above the notice with the header lines; the parish newsletter
# (its sign-off stays since the fifth round) left the list.
# The three written after the fifth round, measured once: the museum learns its
# exhibitions' dates, rooms, prices, "Curated by ..." and "Supported by ..." lines and a
# content note, and keeps its captions' credits, the events' dates under "You might also
# like" and its "Book now" buttons; the job board learns each ad's employer, salary,
# contract and closing-date lines, and keeps its job-alert box (whose "We'll email you new
# jobs like this one." now reads as a short sentence), its fraud warning and "Report this
# job"; the fan wiki learns the character's infobox and "See also" with its list, and
# keeps the fan feed's names, the stub notice and the licence line ("Community content is
# available under CC-BY-SA unless otherwise noted.", a short sentence). Since the sixth
# round the job board's alert box, fraud warning and "Report this job" go (noise 100%) and
# the wiki's licence line goes and its infobox stays; the podcast's sponsor read goes. All
# three still lose article text (the museum's and the job board's fields, the wiki's "See
# also").
# The three written after the sixth round, measured once: the conference learns its
# talks' "Level:" and "Track:" lines, and the breadcrumb's window takes a talk's slot line
# with the title; it keeps its newsletter prompt ("Get programme updates and ticket news by
# email.", a sentence whose box says "Subscribe" only below it). The help centre loses no
# article text but keeps its "Follow" button and the titles under "Articles in this
# section" (noise 76%). The club's match reports learn their team, score and competition
# lines, the line-up, the substitutes and "Player of the match" (templated lines whose
# unit lends them a category), and keep the next fixture's line.
# The three written in the seventh round, which left the learner as it was (the judge as a
# second witness, measured by benchmarks/learn_witness.py, was not adopted), measured
# once: the holiday rental learns each property's house rules, its "Bedroom N: ..." lines,
# the "Sleeps N · N bedrooms · N bathrooms" line and the headings above them, and keeps
# its payment warning, its guest reviews' names and months and "Guest reviews" (noise
# 77%); the package index learns the README's closing licence section ("Distributed under
# the MIT License. See LICENSE for more information.") and, in the sidebar's window, the
# project's summary, and keeps "Latest version" and the release date and file lines; the
# food blog learns the review's price and opening line, its "The bill: £N for two, ..."
# sentence and its scores, and keeps its review-policy line.
# The eighth round changed the learner once, for fields (a labelled line's label judged by
# its own words, not by the unit it stands in; a label over two values or more is a
# field): the match report's line-up, substitutes and "Player of the match", the food
# blog's address and bill, the recipe card's nutrition line, the talks' level and track
# and the cottages' check-in lines now stay. It cost two templates at the target before:
# the international news site keeps its "Topics: ..." line and "Listen to this article ·
# N min" (noise 88%), the press office its "Last Modified: <date>" (96%).
# The three written in the eighth round, measured once: the playhouse learns its shows'
# price line, the "Cast" heading, the stage and age-guidance lines and a content warning
# where they recur, and keeps the "You might also like" teasers (refused as a heading of
# the page's text) and the members' offer (noise 65%); the university learns each course's
# "GCSE: ..." and "IELTS: ..." lines, "Fees" and the UK fee line (the same on every page)
# and "International students: £N per year", and keeps "Apply through UCAS / Book an open
# day / Order a prospectus" and its "content may change" disclaimer (73%); the car adverts
# learn the seller's line, the key specs and "Previous owners: N" (a navigation word,
# "previous"), and keep the finance example (a sentence of prices) and the "Stay safe"
# warning (69%).
# The tenth round kept three changes for fields (a labelled line in one block with a field
# whose value changes is a field; a label may hold a hyphen; a pattern over several labels
# is a field when one label changes its value) and one for vocabulary ("previous" names a
# link only as a link's label): the university's fees and entry lines, the cottages'
# check-in lines and the car's "Previous owners" now stay; a guard that kept windows off
# sections of the page was measured and dropped (see docs/performance.md). The six written
# after it, measured once: the hardware shop learns "Batteries not included." and its stock
# lines and keeps its prices and its delivery banner (88%); the forum keeps its replies
# (sentences without telling words), "Similar threads" with their counts and its "log in to
# reply" line (63%); the API docs learn a "Note:" line found on most pages (0.56% of the
# article) and keep "Edit on GitHub"; the local paper learns a "Read more: <title>" line
# inside some stories and keeps its "Do you have a story for us?" line (87%); the events
# site learns its events' accessibility lines, "Organised by ..." and "Accessibility" and
# keeps the dates of "More events at this venue" (65%); the guidance page learns "Who this
# applies to" with its block (0.58%).
# The eleventh round kept two changes (lines that take turns in one place are the page's
# values: the events' access lines and the jobs' contract lines now stay; a date alone that
# dates a list's items below the article is learned: the events' "More events at this
# venue", the seminars' "Upcoming seminars" and the cottages' guest reviews go; the
# cottages' host box stays, "Superhost · <n> years hosting" and "<n> years hosting" taking
# turns). The six written
# after its first change, measured once: the seminars learn each talk's date and time
# under its title (a header date) and keep "Upcoming seminars" with its dates (67%); the
# union learns "Press contact: <name>, <phone>" ("contact" reads as the footer's) and
# keeps its "Join today ..." appeal; the transit notices learn "From <date> to <date>" and
# "Between <stop> and <stop>" and keep "Other planned works" with its list (56%); the
# classifieds learn "Collection only" and keep the seller's card and the similar ads
# (74%); the vet keeps its health-club box; the walking routes learn "Dogs on leads near
# livestock.". The six written after its last change, measured once: the journal's, the
# course's and the history society's windows take sections of the page under a heading
# after the article ("Key terms", "Exercise", "Sources") and the fields between title and
# article (the authors line, the DOI, a release's dateline); the newswire learns "About
# <company>"; the charity learns its stories' "<country> · <month> <year>" line; the law
# firm and the history society keep their regulators' and membership sentences (prose).
# The twelfth round kept one change for windows (a heading right under the article that
# does not say what follows opens a section of the page's own, which no window takes): the
# course's "Key terms" and "Exercise", the history society's sources and the wiki's "See
# also" now stay; the journal keeps losing its authors and DOI, the newswire its "About
# <company>" and its dateline (a header window of one block was measured and reverted). The
# six written after its changes, measured once: the petition learns its addressee
# ("Petition to <name>", four values) and the title beside it; the obituary learns "Service
# details" with the service line (its unit reads as a share bar) and keeps its guestbook
# heading (61%); the crowdfunding campaign keeps "Story", "Back this project" and its "All
# or nothing. ..." sentence (62%); the app listing keeps "About this app", "Data safety"
# and its data-safety sentence (74%); the episode page learns "Credits" and keeps "More
# episodes", "Watch now" and the episodes' teasers (51%); the hotel review meets the targets.
# The thirteenth round kept five changes (a row of links is no prose; prose naming the site
# is the template's, unless another name fills it on each page; a heading says what follows
# it by its own words, not by its unit's; a header window takes as many blocks as most
# pages showed; a button's label is no heading): the obituary's "Service details" and its
# service line now stay, and it leaves this list. The six written after its changes,
# measured once: the bookshop learns each book's "<format> · <n> pages · <publisher>, <year>"
# line, its "Publication date: ..." and the author's "by <name>" (1.8% of its article); the
# newsletter post's header window takes its subtitle, and its commenters' names stay; the
# cinema learns its films' certificate line and keeps "Book tickets" (a line between the
# page's own text); the markets site learns "P/E ratio: ..." and, in a window, the company's
# name, and keeps its "not investment advice" line (prose); the garden centre learns each
# plant's price and pot line, its stock line and, in a window, the plant's Latin name, and
# keeps "Click & collect ..." (a heading of the page's own text) and its dispatch sentence;
# the tribunal learns each decision's "Decision date: ..." and keeps its download line.
# The fourteenth round kept five changes for the page's fields (a templated line of values
# without telling words next to a field or a figure of the page is a field too, found once,
# not in a chain; a label whose only telling word is "date" is a field's label; a window
# ends where the page's fields begin; a label may hold a slash): the listing's facts line,
# the cinema's certificate line, the tribunal's decision date, the events' dates, the
# transit notices' dates and the journal's authors and DOI now stay; none of these
# templates meets the targets yet (they keep noise), so none leaves this list. The six
# written after its changes, measured once: the security advisories learn the credit
# sentence "Reported by <name> through our bug bounty programme." (a sentence whose names
# change is learned as the template's, as an author's bio is) and "Credit" over it; the
# auction house learns "Condition report available on request from <name> at ..." (the
# same), each lot's "Estimate £<n> – £<n>", the sale's line and "Provenance: ...", and keeps
# its buyer's premium sentence (77%); the recall notices learn "Stop using the product
# immediately and contact <brand> for a refund or a repair." (the same) with "What you
# should do" above it; the mailing list learns the sign-off's "Thanks," and keeps its
# "Replies: <n>" line; the wine merchant learns each wine's bottle and case prices and, in
# a window, its region and grape line. The album reviews lose 0.3% of their article at most
# in the test's two runs and keep their streaming links line (91%): outside this list, as
# the obituaries were.
# The fifteenth round kept three changes for sentences that mention a name and for prices
# (a templated sentence whose varying name stands inside it is judged as a short sentence,
# worded by its constant text, and vouched for only by its own words or a telling line
# right next to it: a bio opens with the name it speaks of; "Credit" alone is a heading,
# not a caption's credit; a templated line whose amounts of money change, once on each
# page, without telling words, is a price of the page's own): the security advisories'
# credit sentence and "Credit", the recalls' "What you should do" with its sentence, the
# wine merchant's prices, the job board's salary and the garden centre's price now stay;
# the security advisories and the wine merchant meet the targets in the test's two runs
# and leave this list. The six written after its changes, measured once: the dictionary
# learns its entries' etymology sentence ("First recorded in <year>, from <language>.",
# six words: too short for a statement) and, in a window, the part of speech and
# pronunciation under the search line; the weather service learns, in a window, each region's forecast
# line and keeps the other regions' names (58% of its noise in the test's runs); the patent
# office learns "Filed: <date> · Published: <date>" and, in a window, the record's
# number under the breadcrumb; the hospital's window takes the consultant's specialty, and it keeps "Book an
# appointment" and the fees sentence; the board game magazine learns each game's players
# line and mechanic, and keeps its affiliate sentence; the volunteering site loses no
# article text, and keeps its "Apply now" and "Save" buttons and its references sentence
# (79%): outside this list, as the album reviews are.
# The sixteenth round kept five changes (a header window ends at the page's data: a row of
# values between middle dots, a reference code; a call to action is a button, no heading of
# the page's own text, and a button takes no window; a labelled line under each item of a
# list is no field; "earn a commission" and "you might also" say what they are; a templated
# line naming the page's subject takes no window): the university's "Apply through UCAS /
# Book an open day / Order a prospectus", the cinema's "Book tickets" and the lessons' "Mark
# as complete" now go, and the three meet the targets in the test's two runs and leave this
# list; the dictionary's part of speech, the forecast's weather line, the talks' slot line,
# the patent's number and the consultant's specialty now stay. The twelve written after its
# changes, measured once: the status page learns its updates' stage lines ("Resolved",
# "Monitoring") with the update under each in their block, "Posted <date> · <time> UTC" and
# "This incident affected <component> and <component>." (six words, no statement); the
# parliament's header window takes the question's number and date and the question itself,
# and "Asked by <name> (<party>)" goes; the lyrics page's header window takes "<artist>
# lyrics", and "Writer(s): <names>" is learned (a label with parentheses reads as none);
# the run report learns its "<n> finishers · <n> volunteers · <n> first timers" line and a
# window takes "Event #<n>"; the stock photo learns its camera line; the agony aunt's window
# takes the reader's letter, and it keeps its call for letters; the wildlife trust keeps
# its membership appeal and "Report a sighting" (66% of its noise in the test's runs), the
# code forge its comments and the issue's status line (58%), the pharmacy its
# "Customers also viewed" list and its notices (47%), the parish council its draft notice
# (74%). The family history record and the how-to article lose no article text in the
# test's two runs and stay out of this list.
# The seventeenth round kept five changes, all on the article's side (a line's rule takes
# its short block whole only where the block's other text is no statement of the page's
# own; a one-block slot in the article takes no prose next to a rule that does not frame
# it; a label may hold parentheses; a row of the page's own values is a field; prose of two
# sentences in the header is prose for windows, and a lead-in ending with a colon takes no
# prose above it): the status page's updates, the parliament's question, the lyrics'
# writers and the agony aunt's letter now stay, but none of the ten leaves this list (each
# still loses article text or keeps noise in the test's runs). The twelve written after
# its changes, measured once (learned rules alone, test's two runs): each falls short in
# one run or both: by article text lost (in the worse run, 0.42% to 4.84% of it: the
# dataset page, the fire incident log, the travel advice, the call for papers, the
# scholarship, the hackathon, the museum object, the player profile, the knitting pattern,
# the road test), by noise kept (the planning application 74.87% in one run, the grants
# listing 64.70% to 66.28%, the road test 92.48% to 92.50%, the player profile and the
# scholarship about 83% and 74%).
# The eighteenth round kept three changes (a templated labelled line sharing its block
# with a field of the page is a field, whatever its label says; so is one in the block
# next to such a field; a call to action first in a row of two short items is a row of
# buttons, not a heading of the page's text): the patent record leaves this list (its
# "Filed: <date> · Published: <date>" line stays beside "Inventor: <name>", and "Download
# PDF · Track this patent" goes), the other templates stay on it. The twelve written after
# its changes, measured once (learned rules alone, test's two runs): each falls short in one
# run or both: by article text lost (in the worse run, 0.38% to 12.98% of it: the library
# record, the case study, the repair guide, the radio programme, the wedding venue, the
# school newsletter, the sky notes, the consultation, the police update), by noise kept (the
# library record about 80%, the case study 65.26% to 82.79%, the election result 82.3%, the
# radio programme about 65.6%, the sky notes about 59%, the consultation about 93%, the
# clothing product 59.70% to 75.25%, the adoption profile 70.00%, the police update 87.5%).
# The twelve written in the nineteenth round (whose learner changes were measured and not
# adopted: docs/learning.md), run with the eighteenth round's learner (learned rules alone,
# the test's two runs), all fall short: by article text lost (in the worse run, 0.74% to
# 11.70% of it: every one but the exhibitor profile) and by noise kept (the concert page
# about 68%, the chess game about 76%, the exhibitor profile 77.81%, the audition notice
# 76.87%, the observation about 79%, the bird club about 81%, the pub entry about 88%).
# The twentieth round kept one change (a row of short links with a call to action anywhere
# in it is a row of controls): the pub entry, the radio programme and the chess game keep
# less of their noise and still fall short, so they stay. Of the twelve written after it,
# measured once (learned rules alone, the test's two runs), eleven fall short: by article
# text lost (in the worse run: the notice to mariners 4.12%, the font page 6.51%, the
# dental practice 6.94%, the reading group guide 10.58%, the vessel page 4.55%, the
# inspection report 6.93%) and by noise kept (the allotment plot about 82%, the notice to
# mariners 79.93%, the climbing route about 82%, the ferry route 71.79% to 77.25%, the
# dental practice about 78%, the leisure class 46.22% to 49.48%, the reading group guide
# about 83%, the record listing 71.80% in the smaller run, the vessel page about 87%); the
# heritage railway's locomotive page passes and is not listed. Main's learner (the
# eighteenth round's) gives the same list: it differs on the twelve only in the font
# page's noise, which falls short either way by its article.
# The twenty-first round kept two changes (pages whose article was not found do not vote
# on a heading or a line between the page's text; a templated sentence over numbers and
# dates is vouched for only next to it): the notice to mariners, the field observation
# record and the police update lose less of their article and still fall short, so they
# stay; no template left the list. Of the twelve written after it, measured once (learned
# rules alone, the test's two runs), eleven fall short: by article text lost (in the worse
# run: the sportive 2.99%, the crossword post 1.22%, the seed variety 1.26%, the inquest
# 1.87%, the whisky bottling 0.77%, the hygiene rating 1.61%, the breed page 0.62%) and by
# noise kept (the apiary diary about 69%, the sportive about 48%, the hut page 86%, the
# crossword post about 77%, the seed variety about 69%, the stamp issue 77.42%, the whisky
# bottling 51.61%, the breed page about 51%, the makerspace tool page about 78%); the
# racecourse's result page passes and is not listed.
# The twenty-second round kept one change ("near you" names a related list's heading): the
# sportive and the driving test page remove more noise and still fall short; no template
# left the list. Of the six written after it, measured once (learned rules alone, the
# test's two runs), five fall short: the preprint page by article text lost (2.56% and
# 3.62%), the renters' advice page by both (about 66% of its noise, 1.27% and 0.84% of its
# article), the power cut notice (53.30%) and the surf report (61.61% in the run on the
# repository's bodies) by noise kept, the zoo's animal page by both in the run on the
# repository's bodies (91.60%, 0.416%); the fragrance review passes and is not listed.
# The twenty-third round kept two changes (one exact sentence on every page, bounded by the
# template's rules on both sides, is the template's; a line above such sentences heads no
# text of the page's own): the local history society's article, the allotment plot, the hut
# page, the makerspace tool page, the veterinary advice page (100% of their noise, none of
# their article) and the app store listing (97.71%, none) now meet the targets in the test's
# two runs and leave the list; the other templates they help (the seed variety, the renters'
# advice page, the dental practice, ...) still fall short by their article text or by other
# noise, and stay. Of the six written after it, measured once (learned rules alone, the
# test's two runs), four fall short: the air quality station (about 56.6%) and the energy
# tariff (about 63.6%) by noise kept, the flight status page by article text lost (1.76%
# and 1.04%), the company page by both (1.08% of its article in one run, 87.73% of its
# noise in the other); the contract notice and the lost-pet report pass and are not listed.
# The twenty-fourth round kept one change (a sentence on every page set apart below the
# article, with the template right below it, is the template's): the parish council's
# minutes, the apiary diary, the trade show's exhibitor profile and the surf spot report now
# meet the targets in the test's two runs and leave the list; the other templates it helps
# (the power cut notice, the air quality station, the concert page, ...) still fall short
# by their article text or by other noise, and stay. Of the six written after it, measured
# once (learned rules alone, the test's two runs), five fall short: the recycling centre by
# noise kept (about 86.6%: "Please do not queue on the highway. ..." under its buttons,
# right above the article), the tide times page by both (about 60.4% of its noise: its
# notes right above the article, a heading of the page's text to the learner, and right
# under it or under the harbour master's line, refused as prose; 3.12% and 2.90%
# of its article: its high and low waters and sunrise lines learned as patterns), the poem
# page by article (1.10% and 1.44%: "From Issue <n>, <season> <year>" and its "by <poet>"
# line; 71.06% of its noise in the second run), the repeater entry by article (2.19% and
# 2.21%: its frequencies line learned as a pattern) and the lecture page by article (1.64%
# and 1.03%) and noise (about 95.5%); the station page passes and is not listed.
# The twenty-fifth round kept two changes (a templated sentence over values of the page is a
# statement from six words; a templated line of measured quantities, once on each page, is a
# measure of the page's own): the journal's article, the board game review and the county
# archive's collection now meet the targets in the test's two runs and leave the list. Of
# the six written after it, measured once (learned rules alone, the test's two runs), all
# six fall short: the bill page (96.05%; 2.23% of its article in the second run: its sponsor
# and stage lines), the gallery's artwork (about 87.6%: "About the artist" and "Own Art:
# ..."), the car park (59.40%; 1.19% and 2.68%: its "<n> of <n> spaces free" line), the
# donation session (95.43%; 1.54% and 1.15%: its date and "<n> appointments left" lines),
# the canal notice (71.39%; 1.09% in the second run) and the farm shop (58.67%) by noise
# kept (headings of the page's text to the learner, sentences refused as prose).
# The twenty-sixth round kept four changes ("contact" names noise as a link or a box's
# heading, not as a field's label or inside a statement; a time of day is a measured
# quantity; "Watch:" labels a video teaser; a call to action with its file's type and size
# is a button): the tribunal's decisions, the scholarship page and the flight status page
# now meet the targets in the test's two runs and leave the list. Of the six written after
# it, measured once (learned rules alone, the test's two runs), four fall short: the garden
# open day by article text lost (0.89% and 0.64%: its "<date> · <time> to <time>" line
# learned as a pattern), the angling club's beat (about 66%), the village hall's room
# (27.03%) and the tower guide (54.87%) by noise kept (their notes refused as prose); the
# hospital ward and the bus route pass and are not listed.
FALLS_SHORT = frozenset(
    {
        "globalnews.example",
        "pressoffice.example",
        "hearthkitchen.example",
        "scoreline.example",
        "askfix.example",
        "news.example.edu",
        "homefinder.example",
        "slowroad.example",
        "longtable.example",
        "council.example.gov",
        "examplemuseum.example",
        "jobharbour.example",
        "starfall.example",
        "northconf.example",
        "help.ledgerly.example",
        "riversiderovers.example",
        "coastcottages.example",
        "pkgindex.example",
        "forkandfield.example",
        "playhouse.example",
        "motormart.example",
        "toolden.example",
        "growersforum.example",
        "docs.quill.example",
        "bramfordecho.example",
        "whatson.example",
        "guidance.example.gov",
        "maths.example.ac.uk",
        "unitetogether.example",
        "metrotransit.example",
        "swapshop.example",
        "trailfinder.example",
        "waterbridge.example",
        "newswire.example",
        "hartleyrowe.example",
        "petitions.example",
        "backit.example",
        "channelseven.example",
        "pagebound.example",
        "weeklymargin.inkpost.example",
        "tickerdesk.example",
        "greenacre.example",
        "hartwellandlyme.example",
        "productsafety.example.gov",
        "lists.example.org",
        "wordhoard.example",
        "skywatch.example",
        "northgatehospital.example",
        "status.quillcloud.example",
        "wildlifetrust.example",
        "snapstock.example",
        "questions.parliament.example.gov",
        "codeforge.example",
        "pillbox.example",
        "saturday5k.example",
        "theweekend.example",
        "lyricvault.example",
        "planning.eastvale.example.gov",
        "opendata.northshire.example",
        "purlandplain.example",
        "traveladvice.example.gov",
        "strikerstats.example",
        "grantfinder.example",
        "callforpapers.example",
        "hackshowcase.example",
        "collections.harbourmuseum.example",
        "drivetest.example",
        "firerescue.example.gov",
        "libraries.eastmoor.example.gov",
        "stackloop.example",
        "elections.hallowmere.example.gov",
        "fixright.example",
        "radio.northsound.example",
        "weddingvenues.example",
        "oakfieldprimary.example.sch.uk",
        "astro.fenmoor.example",
        "consult.example.gov",
        "threadandtailor.example",
        "rescue.pawsandwhiskers.example",
        "police.westmere.example",
        "fenmouthbirds.example",
        "harbourside-hall.example",
        "heritagelist.example.gov",
        "kingsfordchess.example",
        "research.fenbridge.example.ac.uk",
        "wargraves.example",
        "stbarnabas.example.org",
        "naturecount.example",
        "millbrookplayers.example",
        "alefinder.example",
        "porthaven.example.gov",
        "typeforge.example",
        "cragbook.example",
        "islandferries.example",
        "findaservice.example",
        "activelongford.example",
        "harrowandlane.example",
        "recordbin.example",
        "shipwatch.example",
        "inspections.example.gov",
        "sportives.example",
        "crosswordcorner.example",
        "seedlibrary.example",
        "coroner.westholm.example.gov",
        "stampsociety.example",
        "glenharrow.example",
        "ratings.foodstandards.example.gov",
        "kennelclub.example",
        "openrxiv.example",
        "powercuts.eastshires.example",
        "aldermoorzoo.example",
        "rentersunion.example",
        "airquality.example.gov",
        "brightwatt.example",
        "companies.example.gov",
        "tips.westmere.example.gov",
        "tidetimes.example",
        "versehouse.example",
        "repeaters.example",
        "lectures.fenbridge.example.ac.uk",
        "bills.example.gov",
        "sandpipergallery.example",
        "parking.wexcombe.example.gov",
        "giveblood.example",
        "waterwaystrust.example",
        "hollowbrookfarm.example",
        "gardens.example",
        "dunmereanglers.example",
        "brackleygreenhall.example",
        "towersguide.example",
    }
)

SITES: list[tuple[str, Callable[[random.Random, list[str]], list[Block]], int]] = [
    ("dailyplanet.example", daily_planet, 12),
    ("redflagweekly.example", red_flag, 8),
    ("globalnews.example", global_news, 6),
    ("fieldnotes.example", field_notes, 5),
    ("techwire.example", techwire, 4),
    ("smalltown.example", smalltown, 3),
    ("harbourvoice.example", harbour_voice, 7),
    ("metrodaily.example", metro_daily, 6),
    ("courierpost.example", courier_post, 9),
    ("peoplepower.example", people_power, 4),
    ("ledger.example", ledger, 8),
    ("wirecopy.example", wire_copy, 7),
    ("gadgetreview.example", gadget_review, 8),
    ("cityguide.example", city_guide, 7),
    ("docs.example", docs_site, 6),
    ("hearthkitchen.example", recipe_blog, 8),
    ("pressoffice.example", press_office, 7),
    ("scoreline.example", scoreline, 9),
    ("askfix.example", question_site, 6),
    ("valleytimes.example", local_paper, 8),
    ("news.example.edu", university_news, 7),
    ("clinic.example", health_info, 8),
    ("engineering.example", engineering_blog, 7),
    ("homefinder.example", estate_listing, 8),
    ("slowroad.example", travel_blog, 7),
    ("monthlyreview.example", magazine, 8),
    ("releases.example", release_notes, 6),
    ("longtable.example", podcast_episode, 7),
    ("council.example.gov", council_notices, 7),
    ("stbrigids.example", parish_newsletter, 6),
    ("examplemuseum.example", museum_exhibition, 7),
    ("jobharbour.example", job_board, 8),
    ("starfall.example", fan_wiki, 6),
    ("northconf.example", conference_talk, 7),
    ("help.ledgerly.example", help_centre, 8),
    ("riversiderovers.example", club_match_report, 7),
    ("coastcottages.example", holiday_rental, 7),
    ("pkgindex.example", package_index, 8),
    ("forkandfield.example", food_blog, 6),
    ("playhouse.example", playhouse_show, 7),
    ("study.northfield.example", course_page, 8),
    ("motormart.example", car_advert, 7),
    ("toolden.example", hardware_shop, 8),
    ("growersforum.example", forum_thread, 7),
    ("docs.quill.example", api_docs, 6),
    ("bramfordecho.example", local_news, 8),
    ("whatson.example", event_listings, 7),
    ("guidance.example.gov", gov_guidance, 6),
    ("maths.example.ac.uk", department_seminar, 7),
    ("unitetogether.example", union_news, 8),
    ("metrotransit.example", transit_notice, 7),
    ("swapshop.example", classifieds, 8),
    ("meadowbankvets.example", vet_advice, 6),
    ("trailfinder.example", walking_route, 7),
    ("waterbridge.example", charity_story, 7),
    ("osletters.example", journal_article, 6),
    ("newswire.example", newswire_release, 8),
    ("hartleyrowe.example", law_insight, 7),
    ("stowvalleyhistory.example", history_society, 6),
    ("learnloop.example", course_lesson, 8),
    ("petitions.example", petition_page, 7),
    ("backit.example", crowdfunding_campaign, 7),
    ("appmarket.example", app_listing, 8),
    ("channelseven.example", tv_episode, 7),
    ("hollinsandsons.example", obituary_notice, 6),
    ("staycheck.example", hotel_review, 8),
    ("pagebound.example", bookshop_book, 7),
    ("weeklymargin.inkpost.example", newsletter_post, 7),
    ("picturedrome.example", cinema_film, 6),
    ("tickerdesk.example", markets_news, 8),
    ("greenacre.example", garden_centre_plant, 7),
    ("decisions.example.gov", tribunal_decision, 7),
    ("loudhailer.example", album_review, 7),
    ("security.keystone.example", security_advisory, 6),
    ("hartwellandlyme.example", auction_lot, 7),
    ("productsafety.example.gov", product_recall, 7),
    ("lists.example.org", mailing_list_message, 8),
    ("vineandbarrel.example", wine_merchant, 7),
    ("wordhoard.example", dictionary_entry, 7),
    ("skywatch.example", weather_forecast, 6),
    ("patents.example.gov", patent_record, 7),
    ("northgatehospital.example", consultant_profile, 7),
    ("meeplemag.example", board_game_review, 8),
    ("volunteerhub.example", volunteering_role, 7),
    ("status.quillcloud.example", status_incident, 7),
    ("familyroots.example", genealogy_record, 7),
    ("wildlifetrust.example", wildlife_species, 7),
    ("snapstock.example", stock_photo, 8),
    ("questions.parliament.example.gov", written_question, 7),
    ("codeforge.example", issue_thread, 8),
    ("pillbox.example", pharmacy_product, 7),
    ("saturday5k.example", run_report, 7),
    ("howtohub.example", howto_article, 8),
    ("theweekend.example", advice_column, 6),
    ("lyricvault.example", song_lyrics, 7),
    ("ashbypc.example.gov", council_minutes, 6),
    ("planning.eastvale.example.gov", planning_application, 7),
    ("opendata.northshire.example", dataset_page, 7),
    ("purlandplain.example", knitting_pattern, 7),
    ("traveladvice.example.gov", travel_advice, 8),
    ("strikerstats.example", player_profile, 7),
    ("grantfinder.example", grant_listing, 7),
    ("callforpapers.example", call_for_papers, 6),
    ("hackshowcase.example", hackathon_project, 7),
    ("collections.harbourmuseum.example", collection_object, 7),
    ("drivetest.example", car_review, 8),
    ("firerescue.example.gov", fire_incident, 7),
    ("scholarships.example.ac.uk", scholarship_page, 6),
    ("libraries.eastmoor.example.gov", library_record, 7),
    ("stackloop.example", case_study, 6),
    ("elections.hallowmere.example.gov", election_results, 7),
    ("fixright.example", repair_guide, 8),
    ("radio.northsound.example", radio_programme, 7),
    ("weddingvenues.example", wedding_venue, 7),
    ("oakfieldprimary.example.sch.uk", school_newsletter, 6),
    ("astro.fenmoor.example", sky_notes, 6),
    ("consult.example.gov", consultation_page, 7),
    ("threadandtailor.example", fashion_product, 8),
    ("rescue.pawsandwhiskers.example", pet_adoption, 7),
    ("police.westmere.example", police_update, 7),
    ("fenmouthbirds.example", bird_sightings, 7),
    ("harbourside-hall.example", concert_programme, 7),
    ("heritagelist.example.gov", heritage_listing, 8),
    ("kingsfordchess.example", chess_game, 6),
    ("research.fenbridge.example.ac.uk", research_project, 7),
    ("archives.fenshire.example.gov", archive_collection, 7),
    ("wargraves.example", war_grave, 8),
    ("industryexpo.example", exhibitor_profile, 7),
    ("stbarnabas.example.org", sermon_page, 6),
    ("naturecount.example", observation_record, 8),
    ("millbrookplayers.example", audition_notice, 6),
    ("alefinder.example", pub_entry, 7),
    # Written in issue 15's twentieth round after its learner change was final, before any
    # was run (see the group below).
    ("allotments.ashbury.example", allotment_plot, 7),
    ("porthaven.example.gov", mariners_notice, 7),
    ("typeforge.example", font_specimen, 6),
    ("cragbook.example", climbing_route, 8),
    ("islandferries.example", ferry_route, 6),
    ("findaservice.example", dental_practice, 8),
    ("activelongford.example", leisure_class, 7),
    ("harrowandlane.example", reading_guide, 6),
    ("recordbin.example", vinyl_listing, 8),
    ("shipwatch.example", vessel_page, 7),
    ("inspections.example.gov", inspection_report, 7),
    ("kettlevalleyrailway.example", locomotive_page, 6),
    # Written in issue 15's twenty-first round after its learner changes were final, before
    # any was run (see the group below).
    ("beekeepers.wealdshire.example", apiary_diary, 7),
    ("sportives.example", sportive_route, 7),
    ("hutbook.example", mountain_hut, 6),
    ("crosswordcorner.example", crossword_post, 7),
    ("seedlibrary.example", seed_variety, 8),
    ("coroner.westholm.example.gov", inquest_report, 7),
    ("stampsociety.example", stamp_issue, 6),
    ("racecourse.example", racecard, 8),
    ("glenharrow.example", whisky_notes, 6),
    ("ratings.foodstandards.example.gov", hygiene_rating, 8),
    ("kennelclub.example", breed_standard, 7),
    ("makerspace.example", tool_induction, 6),
    ("openrxiv.example", preprint_abstract, 7),
    ("powercuts.eastshires.example", power_cut_notice, 8),
    ("surfcheck.example", surf_report, 6),
    ("aldermoorzoo.example", zoo_animal, 7),
    ("scentnotes.example", fragrance_review, 6),
    ("rentersunion.example", renters_advice, 8),
    # Written after issue 15's twenty-third round's learner changes were final, before any
    # was run: their first run is the round's unseen figure (docs/learning.md).
    ("airquality.example.gov", air_quality_station, 8),
    ("flights.tarnport.example", flight_status, 8),
    ("tenders.example.gov", contract_notice, 7),
    ("brightwatt.example", energy_tariff, 6),
    ("companies.example.gov", company_profile, 8),
    ("lostpaws.example", lost_pet_report, 7),
    ("tips.westmere.example.gov", recycling_centre, 7),
    ("tidetimes.example", tide_times, 7),
    ("versehouse.example", poem_page, 6),
    ("repeaters.example", repeater_entry, 7),
    ("shiresrail.example", station_page, 8),
    ("lectures.fenbridge.example.ac.uk", lecture_page, 6),
    # Written after issue 15's twenty-fifth round's learner changes were final, before any
    # was run: their first run is the round's unseen figure (docs/learning.md).
    ("bills.example.gov", bill_page, 7),
    ("sandpipergallery.example", artwork_for_sale, 6),
    ("parking.wexcombe.example.gov", car_park_page, 7),
    ("giveblood.example", donation_session, 8),
    ("waterwaystrust.example", canal_stoppage, 7),
    ("hollowbrookfarm.example", farm_shop_produce, 6),
    # Written after issue 15's twenty-sixth round's learner changes were final, before any
    # was run: their first run is the round's unseen figure (docs/learning.md).
    ("gardens.example", garden_open_day, 7),
    ("dunmereanglers.example", fishery_beat, 7),
    ("brackleygreenhall.example", hall_hire, 6),
    ("towersguide.example", bell_tower, 7),
    ("wards.wexcombehospitals.example", hospital_ward, 7),
    ("kestrelbuses.example", bus_route, 8),
]

# The groups learn_quality.py prints apart: the templates the learner was tuned on before
# issue 15's tenth round, the twelve written after its fourth to eighth rounds (tuned on in
# the tenth), the six written after the tenth round's changes were final (tuned on in the
# eleventh), the six written in the eleventh after its first change (tuned on in it after
# their first run), the six written after the eleventh round's changes were final (tuned on
# in the twelfth), the six written after the twelfth round's changes were final (tuned on
# in the thirteenth), the six written after the thirteenth round's changes were final (tuned
# on in the fourteenth), the six written after the fourteenth round's changes were final
# (tuned on in the fifteenth), the six written after the fifteenth's (tuned on in the
# sixteenth), the twelve written after the sixteenth round's changes were final (tuned on
# in the seventeenth), the twelve written after the seventeenth's (tuned on in the
# eighteenth), the twelve written after the eighteenth's (looked at in the nineteenth, whose
# changes were measured and not adopted: the learner was the eighteenth round's), the
# twelve written in the nineteenth round (tuned on in the twentieth), the twelve written
# after the twentieth round's last learner change (tuned on in the twenty-first), the
# twelve written after the twenty-first round's last learner change (tuned on in the
# twenty-second), the six written after each of the twenty-second to twenty-fifth rounds'
# (each tuned on in the round after) and the six written after the twenty-sixth round's
# last learner change, before any was run;
# then, for their spread, the templates written after each of the last rounds, unseen when
# first run.
GROUPS: list[tuple[str, list[str]]] = [
    ("tuned (first 30)", [site for site, _, _ in SITES[:30]]),
    ("the 12 of rounds 5-8 (tuned on in round 10)", [site for site, _, _ in SITES[30:42]]),
    ("written after round 10 (tuned on in round 11)", [site for site, _, _ in SITES[42:48]]),
    ("written in round 11 after its first change (tuned on)", [site for site, _, _ in SITES[48:54]]),
    ("written after round 11 (tuned on in round 12)", [site for site, _, _ in SITES[54:60]]),
    ("written after round 12 (tuned on in round 13)", [site for site, _, _ in SITES[60:66]]),
    ("written after round 13 (tuned on in round 14)", [site for site, _, _ in SITES[66:72]]),
    ("written after round 14 (tuned on in round 15)", [site for site, _, _ in SITES[72:78]]),
    ("written after round 15 (tuned on in round 16)", [site for site, _, _ in SITES[78:84]]),
    ("written after round 16 (tuned on in round 17)", [site for site, _, _ in SITES[84:96]]),
    ("written after round 17 (tuned on in round 18)", [site for site, _, _ in SITES[96:108]]),
    ("written after round 18 (looked at in round 19)", [site for site, _, _ in SITES[108:120]]),
    ("written in round 19 (tuned on in round 20)", [site for site, _, _ in SITES[120:132]]),
    ("written after round 20 (tuned on in round 21)", [site for site, _, _ in SITES[132:144]]),
    ("written after round 21 (tuned on in round 22)", [site for site, _, _ in SITES[144:156]]),
    ("written after round 22 (tuned on in round 23)", [site for site, _, _ in SITES[156:162]]),
    ("written after round 23 (tuned on in round 24)", [site for site, _, _ in SITES[162:168]]),
    ("written after round 24 (tuned on in round 25)", [site for site, _, _ in SITES[168:174]]),
    ("written after round 25 (tuned on in round 26)", [site for site, _, _ in SITES[174:180]]),
    ("written after round 26's last change, before any was run", [site for site, _, _ in SITES[180:]]),
    # The templates each unseen when first run, of the last rounds: their spread.
    ("the 12 written after rounds 25-26 (unseen at first run)", [site for site, _, _ in SITES[174:]]),
    ("the 18 written after rounds 24-26 (unseen at first run)", [site for site, _, _ in SITES[168:]]),
    ("the 24 written after rounds 23-26 (unseen at first run)", [site for site, _, _ in SITES[162:]]),
    ("the 30 written after rounds 22-26 (unseen at first run)", [site for site, _, _ in SITES[156:]]),
    ("the 42 written after rounds 21-26 (unseen at first run)", [site for site, _, _ in SITES[144:]]),
    ("the 54 written after rounds 20-26 (unseen at first run)", [site for site, _, _ in SITES[132:]]),
    ("the 66 written after rounds 19-26 (unseen at first run)", [site for site, _, _ in SITES[120:]]),
    ("the 78 written after rounds 18-26 (unseen at first run)", [site for site, _, _ in SITES[108:]]),
    ("the 90 written after rounds 17-26 (unseen at first run)", [site for site, _, _ in SITES[96:]]),
    ("the 102 written after rounds 16-26 (unseen at first run)", [site for site, _, _ in SITES[84:]]),
    ("the 108 written after rounds 15-26 (unseen at first run)", [site for site, _, _ in SITES[78:]]),
    ("the 114 written after rounds 14-26 (unseen at first run)", [site for site, _, _ in SITES[72:]]),
]


def generate(seed: int = 0, scale: float = 1.0, shared: bool = True) -> tuple[list[Page], str]:
    """(pages, where the bodies came from). ``scale`` multiplies each site's page count
    (at least 3 pages per site). Each article body is used once in the whole corpus, in
    a shuffled order that starts again from the first when the corpus has more pages than
    bodies (so adding a site never changes the bodies of the sites before it), and never
    twice in one site; with the repository's five bodies, every site uses them all."""
    bodies, source = load_bodies(shared)
    r = random.Random(seed)
    order = list(range(len(bodies)))
    r.shuffle(order)
    pages: list[Page] = []
    k = 0
    # Too few bodies for the largest site: each site starts from the first body.
    reuse = len(bodies) < max(max(3, round(n * scale)) for _, _, n in SITES)
    for site, template, n in SITES:
        n = max(3, round(n * scale))
        if reuse:
            n = min(n, len(bodies))
            k = 0  # too few bodies: each site uses them all (distinct within a site)
        for i in range(n):
            body = bodies[order[k % len(order)]]
            k += 1
            blocks = template(random.Random(f"{seed}:{site}:{i}"), body)
            page = Page(site, f"{site}/page-{i + 1:02d}.txt")
            for j, (text, label) in enumerate(blocks):
                if j:
                    page.pieces.append(("\n\n", "neutral"))
                page.pieces.append((text, label))
            page.pieces.append(("\n", "neutral"))
            pages.append(page)
    return pages, source


def write(pages: list[Page], root: Path) -> None:
    """The pages as ``ROOT/<site>/page-NN.txt`` (the folder names the site)."""
    for page in pages:
        path = root / page.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
