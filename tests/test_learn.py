"""``cleaner rules learn``: site rules from the noise that recurs across a site's pages."""

from __future__ import annotations

import shutil
import sys

import pytest
import regex
from typer.testing import CliRunner

from cleaner import Cleaner, Options, load_rulebook
from cleaner.cli import app
from cleaner.rules.book import Rulebook
from cleaner.tools.examples import check_all
from cleaner.tools.learn import LearnOptions, generalise, learn, write_rules

from conftest import FIXTURES, ROOT

SEEDS = FIXTURES / "input" / "seeds"
IV = "internationalviewpoint.org"


def _two_seeds(tmp_path):
    folder = tmp_path / "scrape"
    folder.mkdir()
    for name in ("000_74420c9aca7a63fd.txt", "003_9e3d5e371b744ca5.txt"):
        shutil.copy(SEEDS / name, folder / name)
    return folder


def _site(tmp_path, name, pages):
    folder = tmp_path / "scrape" / name
    folder.mkdir(parents=True)
    for k, text in enumerate(pages):
        (folder / f"p{k:02d}.txt").write_text(text, encoding="utf-8")
    return tmp_path / "scrape"


BODIES = [
    "The council voted on Tuesday to close the old library, after a debate that lasted well into the night and "
    "divided the town's residents more sharply than any decision in recent memory.",
    "Fishermen in the northern bay report the smallest catch in twenty years, and blame warmer water and the "
    "trawlers that now work the grounds just outside the protected zone.",
    "A new tram line opened this week, linking the university to the central station in eleven minutes; the "
    "first trams were full before the ribbon had even been cut by the mayor.",
    "Teachers across the region walked out for a second day over pay, closing most secondary schools, while the "
    "education ministry repeated that its offer was final and would not be improved.",
    "The river burst its banks overnight, flooding the lower streets of the old quarter, and the fire brigade "
    "spent the morning pumping water out of cellars and shops along the quay.",
    "Researchers at the hospital say a cheap blood test can spot the infection two days earlier than the current "
    "method, which could save lives in clinics that lack laboratory equipment.",
]


def test_learns_the_seed_noise_from_two_pages(tmp_path):
    result = learn([_two_seeds(tmp_path)], load_rulebook(), LearnOptions(min_pages=2))
    assert [s.site for s in result.sites] == [IV]
    out = tmp_path / "learned"
    write_rules(result, out)
    book = load_rulebook([out], defaults=False)  # the normal loader validates the file
    assert all(r.id.startswith(f"{IV}/learned-") for r in book.rules)
    categories = {r.category for r in book.rules}
    assert {"copyright", "donation", "navigation", "metadata"} <= categories
    count, failures = check_all(book, builtin=False)  # what `cleaner rules test` runs
    assert count and not failures, "\n".join(map(str, failures))
    cleaner = Cleaner(book, Options())  # the learned rules alone: no shipped rule files
    for name, first, last in (
        ("000_74420c9aca7a63fd", "This statement was issued by the Russian Socialist Movement", "28 August 2020"),
        ("003_9e3d5e371b744ca5", "For three days since the presidential elections", "4 August 2020"),
    ):
        text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
        cleaned = cleaner.clean(text, path=f"scrape/{name}.txt", url=f"https://{IV}/x").text
        for noise in (
            "Copyright ©",
            "All rights reserved",
            "- News from around the world -",
            "Publication date:",
            "PS:",
            "please consider donating",
            "standing order",
        ):
            assert noise not in cleaned, (name, noise)
        assert cleaned.lstrip().startswith(first) or cleaned.lstrip().startswith("---\n\n" + first), cleaned[:200]
        assert cleaned.rstrip().endswith(last)  # the article's own date line is not a template
    gold = (ROOT / "fixtures" / "expected" / "seeds" / "000_74420c9aca7a63fd.txt").read_text(encoding="utf-8")
    cleaned = cleaner.clean(
        (SEEDS / "000_74420c9aca7a63fd.txt").read_text(encoding="utf-8"), url=f"https://{IV}/x"
    ).text
    for paragraph in gold.split("\n\n"):
        assert paragraph.strip() in cleaned


def test_needs_min_pages(tmp_path):
    result = learn([_two_seeds(tmp_path)], load_rulebook(), LearnOptions())  # default: 3 pages
    assert result.sites == []


def test_needs_min_share_of_the_site(tmp_path):
    pages = []
    for k in range(12):
        body = BODIES[k % len(BODIES)] + f" (Report number {k}, with details that only this page has: {k * 37}.)"
        offer = "\n\nSpecial offer: two issues free for new readers" if k < 3 else ""
        pages.append(f"{body}{offer}\n\nCopyright Example Gazette, all rights reserved\n")
    root = _site(tmp_path, "gazette.example", pages)
    rules = load_rulebook(
        [_write(learn([root], Rulebook([]), LearnOptions(min_share=0.25)), tmp_path / "a")], defaults=False
    ).rules
    assert any("Special offer" in t for t in _sources(rules))  # 3 of 12 = 25%
    rules = load_rulebook(
        [_write(learn([root], Rulebook([]), LearnOptions(min_share=0.5)), tmp_path / "b")], defaults=False
    ).rules
    texts = _sources(rules)
    assert any("Copyright" in t for t in texts) and not any("Special offer" in t for t in texts)


def _sources(rules):
    """What each rule looks for: a pattern's source, a ``lines`` rule's lines."""
    return [r.pattern.source if hasattr(r, "pattern") else "\n".join(sorted(r.lines)) for r in rules]


def _write(result, folder):
    write_rules(result, folder)
    return folder


def _cleaner(result, folder):
    """The pipeline with the learned rules alone (written to ``folder``) and no judge."""
    return Cleaner(load_rulebook([_write(result, folder)], defaults=False), Options(judge=False))


def test_no_rule_for_text_that_only_varies(tmp_path):
    """Dates, numbers and names alone recur in shape on every page; they are article text."""
    names = ["Maria Lopez", "Kwame Mensah", "Olga Petrova", "Luca Rossi", "Hana Ito", "Diego Silva"]
    pages = [
        f"{body}\n\n{d} March 2021\n\n{name}\n\nPublished by Example Weekly on {d} March 2021\n"
        for d, body, name in zip(range(3, 9), BODIES, names, strict=False)
    ]
    result = learn([_site(tmp_path, "weekly.example", pages)], Rulebook([]), LearnOptions())
    book = load_rulebook([_write(result, tmp_path / "out")], defaults=False)
    patterns = [r.pattern for r in book.rules]
    assert len(patterns) == 1 and patterns[0].compiled.fullmatch("Published by Example Weekly on 17 June 2022")
    for line in ("3 March 2021", "Maria Lopez", "Ana de la Cruz", BODIES[0]):
        assert not any(p.compiled.search(line) for p in patterns), line


def test_generalises_variable_parts_into_a_typed_pattern():
    t = generalise(["Publication date: Friday 28 August 2020", "Publication date: Wednesday 12 August 2020"])
    p = regex.compile(t.pattern)
    assert p.fullmatch("Publication date: Monday 3 May 2021")
    assert not p.fullmatch("Publication date: to be announced")
    t = generalise(["By Maria Lopez | 3 min read", "By Kwame Van der Berg | 12 min read"])
    assert regex.compile(t.pattern).fullmatch("By Ana de la Cruz | 7 min read")
    assert generalise(["Maria Lopez", "Kwame Mensah"]) is None  # nothing constant: any name would match
    assert generalise(["12 March 2020", "3 May 2021"]).weak  # only ever proposed with a header position
    t = generalise(
        [
            "Protesters in Minsk on Sunday. (Photo: Maria Lopez/Reuters)",
            "The minister arrives, Oslo, Friday. (Photo: Kwame Mensah/AFP)",
        ],
        tail=True,
    )
    p = regex.compile(t.pattern)
    assert t.free and p.fullmatch("Farmers block a road. (Photo: Ana de la Cruz/EPA)")
    assert not p.fullmatch("The report was published on Monday (Reuters)")
    assert generalise(["He said so (Reuters)", "She said so too (AFP)"], tail=True) is None


def test_output_is_deterministic(tmp_path):
    folder = _two_seeds(tmp_path)
    a = learn([folder], load_rulebook(), LearnOptions(min_pages=2))
    b = learn([folder], load_rulebook(), LearnOptions(min_pages=2))
    assert [s.yaml for s in a.sites] == [s.yaml for s in b.sites]


def test_cli_dry_run_site_and_output(tmp_path):
    folder = _two_seeds(tmp_path)
    out = tmp_path / "rules" / "learned"
    runner = CliRunner()
    r = runner.invoke(app, ["rules", "learn", str(folder), "-o", str(out), "--min-pages", "2", "--dry-run", "-q"])
    assert r.exit_code == 0, r.output
    assert f"# {out / (IV + '.yaml')}" in r.stdout and "learned-copyright-1" in r.stdout
    assert not out.exists()
    r = runner.invoke(app, ["rules", "learn", str(folder), "-o", str(out), "--min-pages", "2", "--site", "wsws.org"])
    assert r.exit_code == 0 and not out.exists()
    r = runner.invoke(app, ["rules", "learn", str(folder), "-o", str(out), "--min-pages", "2", "-q"])
    assert r.exit_code == 0 and (out / f"{IV}.yaml").is_file()
    r = runner.invoke(app, ["rules", "test", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["rules", "learn", str(folder), "--min-share", "2"])
    assert r.exit_code == 2


def _quality_runs(falls_short):
    """learn_quality's runs (the repository's own bodies; the benchmark's too when ../shared
    is there), each as (per site, overall) over the sites in or out of FALLS_SHORT."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import learn_quality

        from learn_corpus import FALLS_SHORT
    finally:
        sys.path.pop(0)
    runs = [learn_quality.run(seed=0, shared=False, judge=False)]
    if learn_quality.generate.__globals__["GROUND_TRUTH"].is_file():
        runs.append(learn_quality.run(seed=0, scale=0.5, judge=False))
    for per_site, _overall, _source in runs:
        mine = {site: f for site, f in per_site.items() if (site in FALLS_SHORT) == falls_short}
        overall = learn_quality.Figures()
        for f in mine.values():
            overall.add(f)
        yield mine, overall, learn_quality


def _assert_targets(falls_short):
    for per_site, overall, learn_quality in _quality_runs(falls_short):
        report = learn_quality.table(per_site, overall)
        assert overall.noise_share >= learn_quality.NOISE_TARGET, report
        assert overall.body_share <= learn_quality.BODY_TARGET, report
        for site, f in per_site.items():
            assert f.body_share <= learn_quality.BODY_TARGET, (site, report)


@pytest.mark.slow
def test_quality_on_the_generated_corpus():
    """The issue's targets on the generated corpus: >= 97% of the template noise removed,
    <= 0.3% of the article bodies (on every site), with the learned rules alone (no judge)."""
    _assert_targets(falls_short=False)


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="known shortfall: the recipe card's timings and nutrition line are learned as template, the sports "
    "and Q&A templates keep noise that says nothing of itself, a funding note next to a share bar on four "
    "of five pages passes as its prose, two of the four templates written after the third round, two of "
    "the three written after the fourth, the three written after each of the fifth and sixth rounds, the "
    "three written in the seventh and two of the three in the eighth fall short, the six written after "
    "the tenth, five of the six in the eleventh and four of the six after it fall short, three of the six "
    "written after the twelfth, five of the six after the thirteenth, three of the six after the "
    "fourteenth, four of the six after the fifteenth, nine of the twelve after the sixteenth, the twelve "
    "after each of the seventeenth and the eighteenth, eleven of the twelve written in the nineteenth and ten of "
    "the twelve written after the twentieth, eight of the twelve after the twenty-first and four of the "
    "six written after the twenty-second, four of the six written after the twenty-third, five of the six "
    "written after the twenty-fourth, the six written after the twenty-fifth and four of the six written "
    "after the twenty-sixth fall short, and "
    "two news templates keep a labelled line the "
    "eighth round leaves as a field (learn_corpus.FALLS_SHORT says how)",
)
def test_quality_on_the_templates_it_falls_short_on():
    """The same targets on the templates written for issue 15's second round that the
    learner falls short on (learn_corpus.FALLS_SHORT): when they pass, this test fails,
    and the sites move into the test above."""
    _assert_targets(falls_short=True)


def test_a_date_alone_is_learned_only_in_the_header(tmp_path):
    days = ["Monday, 1 March 2021", "Tuesday, 9 March 2021", "Friday, 19 March 2021", "Sunday, 28 March 2021"]
    pages = [
        f"Example Weekly\n\n{day}\n\n{body}\n\n{k + 2} April 2021\n"
        for k, (day, body) in enumerate(zip(days, BODIES, strict=False))
    ]
    result = learn([_site(tmp_path, "weekly.example", pages)], Rulebook([]), LearnOptions())
    book = load_rulebook([_write(result, tmp_path / "out")], defaults=False)
    dated = [r for r in book.rules if hasattr(r, "pattern") and r.pattern.compiled.fullmatch("Monday, 1 March 2021")]
    assert len(dated) == 1 and dated[0].position.first is not None
    out = Cleaner(book, Options()).clean(pages[0], url="https://weekly.example/a").text
    assert out == f"{BODIES[0]}\n\n2 April 2021\n"  # the article's own closing date stays


MENU = ["News", "Accessories", "Business", "Entertainment", "Gaming", "Laptops", "Mobile", "Monitors", "Security",
        "Software", "Storage", "Streaming", "Windows", "Deals", "Reviews", "How-To"]  # fmt: skip
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Advertise", "Careers"]


def _article(k):
    """An article of two paragraphs of 300+ characters, different on every page."""
    a, b, c = (BODIES[(k + j) % len(BODIES)] for j in range(3))
    return f"{a} {b}\n\n{c} This page, number {k}, says it once and {a.split()[1]} too."


def _learned_outputs(tmp_path, site, pages):
    """Rules learned from ``pages`` of ``site``, and each page cleaned with them alone (no
    judge): (the learning's result, the outputs in page order)."""
    result = learn([_site(tmp_path, site, pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    return result, [cleaner.clean(page, url=f"https://{site}/a").text for page in pages]


def _assert_only_the_articles_stay(tmp_path, site, pages):
    """Rules learned from ``pages`` of ``site`` (pages ``k`` holding ``_article(k)``), alone
    and without the judge, leave each page's article and nothing else."""
    _, outs = _learned_outputs(tmp_path, site, pages)
    for k, out in enumerate(outs):
        assert out == _article(k) + "\n", k


def _assert_the_fields_stay(tmp_path, site, pages, expected):
    """Rules learned from ``pages`` of ``site`` refuse a field of the page (the summary says
    so), and leave page ``k`` as ``expected[k]``."""
    result, outs = _learned_outputs(tmp_path, site, pages)
    (learned,) = result.sites
    assert any("are fields of the page's own" in s for s in learned.summary), learned.summary
    for k, out in enumerate(outs):
        assert out == expected[k], k


def _shop_pages(n=6):
    """Pages of one site: a menu of many one-line items, an article, a footer of links."""
    menu = "\n".join(f"+ {item}" for item in MENU)
    return [f"Skip to content\n\n{menu}\n\n{_article(k)}\n\n" + "\n".join(FOOTER) + "\n" for k in range(n)]


def test_a_menu_of_many_items_is_one_rule(tmp_path):
    """A menu of 16 items (and "Skip to content" above it) and a footer of 6 links become a
    handful of 'lines' rules, each saying what it is, not one rule per line; cleaning with
    them removes both."""
    pages = _shop_pages()
    result = learn([_site(tmp_path, "shop.example", pages)], Rulebook([]), LearnOptions())
    book = load_rulebook([_write(result, tmp_path / "out")], defaults=False)
    assert len(book.rules) <= 3, [r.id for r in book.rules]
    menu = next(r for r in book.rules if "+ Accessories" in getattr(r, "lines", ()))
    assert menu.kind == "lines" and menu.min_run >= 3 and {f"+ {m}" for m in MENU} <= menu.lines
    assert menu.category == "navigation"
    assert menu.description.startswith("Learned: the site's top menu, 17 items ('Skip to content', '+ News'")
    assert menu.description.endswith("on 6 of 6 pages.")
    count, failures = check_all(book, builtin=False)
    assert count and not failures, "\n".join(map(str, failures))
    out = Cleaner(book, Options(judge=False)).clean(pages[0], url="https://shop.example/a").text
    assert out == _article(0) + "\n"
    # An item alone inside an article is not the menu: it stays.
    alone = f"{BODIES[1]}\n\n+ Gaming\n\n{BODIES[2]}\n"
    assert Cleaner(book, Options(judge=False)).clean(alone, url="https://shop.example/b").text == alone


def test_max_rules_keeps_the_rules_that_take_most_and_says_what_it_left(tmp_path):
    pages = _shop_pages()
    result = learn([_site(tmp_path, "shop.example", pages)], Rulebook([]), LearnOptions(max_rules=1))
    (site,) = result.sites
    assert site.rules == 1 and "kind: lines" in site.yaml and "+ Accessories" in site.yaml  # the menu takes most
    assert any("over --max-rules 1" in s for s in site.skipped)
    assert any("were over --max-rules" in s for s in site.summary)
    assert site.yaml.startswith("# Not turned into rules: ")


PULL_QUOTE = "“We will not be moved from this square until the government listens to us,” the organisers said."


def test_prose_is_never_learned_however_often_it_repeats(tmp_path):
    """A sentence inside every article (a pull quote the site's articles share, a disclosure)
    is prose, not a template: it stays. A copyright sentence says what it is: it goes."""
    pages = []
    for k in range(len(BODIES)):
        first, second = _article(k).split("\n\n")
        pages.append(
            f"Example Weekly\n\n{first}\n\n{PULL_QUOTE}\n\nWe may be paid when you follow the links in this "
            f"article to the shops that sell what we write about.\n\n{second}\n\n© 2024 Example Weekly. All "
            "rights reserved, and no part of this site may be copied without our written permission.\n"
        )
    result = learn([_site(tmp_path, "weekly.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert PULL_QUOTE not in site.yaml and "We may be paid" not in site.yaml
    assert sum("read like article prose" in s for s in site.summary) == 1
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://weekly.example/a").text
    assert PULL_QUOTE in out and "We may be paid" in out and "All rights reserved" not in out


def test_learn_frontiers_switch_turns_the_prose_guard_off_and_back_on(tmp_path):
    """benchmarks/learn_frontier.py measures the learner without its prose guard by swapping
    the guard out in its own process; if the learner stopped calling it by that name, the
    study's "no prose guard" rows would silently be the shipped learner's."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from learn_frontier import prose_guard
    finally:
        sys.path.pop(0)
    pages = [
        f"Example Weekly\n\n{_article(k)}\n\n{PULL_QUOTE}\n\nMore from Example Weekly\n" for k in range(len(BODIES))
    ]
    folder = _site(tmp_path, "weekly.example", pages)
    with prose_guard(False):
        unguarded = learn([folder], Rulebook([]), LearnOptions()).sites[0].yaml
    guarded = learn([folder], Rulebook([]), LearnOptions()).sites[0].yaml
    assert "We will not be moved" in unguarded
    assert "We will not be moved" not in guarded


STATUS = "This feature is well established and works across many devices and browser versions."


def test_prose_outside_the_article_is_learned_only_when_it_says_what_it_is(tmp_path):
    """A sentence above every article (a docs site's compatibility note) is prose, even
    outside the article's paragraphs: it stays. The copyright sentence says what it is."""
    pages = [
        f"Example Docs\n\n{STATUS}\n\n{_article(k)}\n\n© 2024 Example Docs. All rights reserved, and no part of "
        "this site may be copied without our written permission.\n"
        for k in range(len(BODIES))
    ]
    result = learn([_site(tmp_path, "docs.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert STATUS not in site.yaml and any("read like article prose" in s for s in site.summary)
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://docs.example/a").text
    assert STATUS in out and "All rights reserved" not in out


# What a product page says of its product below the article's paragraphs: its own text.
OWN_SENTENCES = [
    "The handle is made of recycled aluminium, and the blade bends without snapping when you pry open a case.",
    "Every bit in the set is cut from hardened steel and stored in a lid that closes with two strong magnets.",
    "The mat has a gridded surface where you can write with a marker, so that screws go back where they came from.",
    "This tray keeps small parts in place with a layer of dissipative foam that is safe for circuit boards.",
    "The station heats up in under a minute, and its stand holds the iron at an angle that keeps the tip clean.",
    "A narrow shaft reaches screws deep inside laptops, and the swivel cap lets you turn it with one finger.",
]


def test_a_window_never_takes_prose_next_to_a_rule_that_does_not_say_what_it_is(tmp_path):
    """Between two template lines below the article, each page says something of its own:
    a sentence there is the page's text, not a title or a caption the template frames."""
    pages = [
        f"Example Tools\n\n{_article(k)}\n\nLifetime Guarantee\n\n{OWN_SENTENCES[k]}\n\nHow are we doing?\n"
        for k in range(len(BODIES))
    ]
    _, outs = _learned_outputs(tmp_path, "tools.example", pages)
    for k, out in enumerate(outs):
        assert OWN_SENTENCES[k] in out and "How are we doing?" not in out


def test_a_heading_above_the_pages_own_text_is_not_learned(tmp_path):
    """ "About This Game" stands above each page's own description on every page of a shop:
    the heading of the page's content, which no rule takes, so it stays with it. The
    menu above it and the copyright line go."""
    games = ["Harbour Lights", "Iron Meadow", "Paper Moons", "Quiet Orbit", "Salt Roads", "Tin Garden"]
    pages = [
        f"Store\nCommunity\nSupport\nNews\nAbout\n\n{game}\n\nAbout This Game\n\n{_article(k)}\n\n"
        "© Example Games Corporation. All rights reserved.\n"
        for k, game in enumerate(games)
    ]
    result = learn([_site(tmp_path, "games.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert "About This Game" not in site.yaml and any("head the page's own text" in s for s in site.summary)
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://games.example/a").text
    assert "About This Game" in out and "Community" not in out and "All rights reserved" not in out


FUNDING = "This research was supported by a grant from the national science foundation for five years."


def test_prose_is_not_learned_for_a_telling_line_of_another_widget(tmp_path):
    """A share bar ends every page; on half of them the article closes with the same
    funding note right above it. The note is the article's own: the share bar is on pages
    without it, so it is not the note's widget, and says nothing of what the note is."""
    pages = [
        f"Example University News\n\n{_article(k)}\n\n"
        + (f"{FUNDING}\n\n" if k % 2 else "")
        + "Share this story: Facebook X LinkedIn Email\n\n© Example University\n"
        for k in range(len(BODIES))
    ]
    result = learn([_site(tmp_path, "news.example.edu", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert FUNDING not in site.yaml
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[1], url="https://news.example.edu/a").text
    assert FUNDING in out and "Share this story" not in out


def test_no_prose_from_pages_that_share_their_article(tmp_path):
    """The same article saved with another timestamp is not a template: its sentences recur
    on every page, and stay."""
    article = _article(0)
    pages = [f"Example Weekly\n\nUpdated at {k + 1}:0{k} pm\n\n{article}\n\n© Example Weekly\n" for k in range(4)]
    result = learn([_site(tmp_path, "weekly.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://weekly.example/a").text
    assert article in out


def test_identical_pages_count_once(tmp_path):
    """Three copies of one page are one page: nothing recurs, nothing is learned (the lead
    saw 51 rules, article lines among them)."""
    page = "Example Weekly\n\n" + "\n\n".join(BODIES) + "\n\n© Example Weekly\n"
    result = learn([_site(tmp_path, "weekly.example", [page] * 3)], Rulebook([]), LearnOptions(min_pages=2))
    assert result.sites == [] and len(result.duplicates) == 2


def test_labels_of_the_articles_own_items_are_not_learned(tmp_path):
    """A review's "Pros" and "Cons" above each product's list recur on every page and
    several times in each article: they are the article's structure, and stay."""
    pages = []
    for k, body in enumerate(BODIES):
        sections = "".join(
            f"Product {chr(65 + k)}{j} – our pick\n\nPros\n\n+ light and cheap {j}\n+ long battery life {k}\n\n"
            f"Cons\n\n- slow to charge {j}\n\n"
            for j in range(2)
        )
        lead, end = body + " " + BODIES[(k + 2) % len(BODIES)], BODIES[(k + 1) % len(BODIES)] + " " + body
        pages.append(f"Gadget Review\n\n{lead}\n\n{sections}{end}\n\n© Gadget Review\n")
    result = learn([_site(tmp_path, "review.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://review.example/a").text
    assert out.count("\nPros\n") == 2 and out.count("\nCons\n") == 2 and "+ light and cheap 0" in out
    assert "© Gadget Review" not in out


def test_clean_learn_learns_then_cleans_and_logs_the_learned_rules(tmp_path):
    """``clean --learn DIR``: a first pass learns the site's rules into DIR (for review), the
    second cleans with them; the log names their removals by their ids."""
    import json

    root = _site(tmp_path, "shop.example", _shop_pages())
    out, log, learned = tmp_path / "clean", tmp_path / "log.jsonl", tmp_path / "learned"
    args = ["clean", str(root), "-o", str(out), "--log", str(log), "--learn", str(learned), "--no-judge", "-j", "1"]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    assert (learned / "shop.example.yaml").is_file() and "learned: shop.example:" in r.stderr
    cleaned = (out / "shop.example" / "p00.txt").read_text(encoding="utf-8")
    assert cleaned == _article(0) + "\n"
    records = [json.loads(line) for line in log.read_text().splitlines()]
    rules = {rec["rule"] for rec in records if rec["type"] == "edit"}
    assert any(rid.startswith("shop.example/learned-navigation-") for rid in rules), rules
    r = CliRunner().invoke(app, ["clean", "-", "--learn", str(learned)], input="x\n")
    assert r.exit_code == 2 and "local files or folders" in r.stderr


def _paragraph(k, j):
    """A paragraph of 300+ characters, different on every page (``k``) and in each place (``j``)."""
    return f"{BODIES[(k + j) % len(BODIES)]} {BODIES[(k + j + 1) % len(BODIES)]} Page {k} says this in part {j}."


def test_a_heading_inside_the_article_is_learned_only_when_it_says_what_it_is(tmp_path):
    """Between two paragraphs of every article, "Symptoms" heads the article's own text and
    stays; "Continue reading below" and "Advertisement" say what they are, and go (a health
    site's headings were learned as interstitials: 0.9% of its article text)."""
    pages = [
        f"Example Health\n\n{_paragraph(k, 0)}\n\nSymptoms\n\n{_paragraph(k, 1)}\n\nContinue reading below\n\n"
        f"{_paragraph(k, 2)}\n\nAdvertisement\n\n{_paragraph(k, 3)}\n\n© Example Health\n"
        for k in range(6)
    ]
    result = learn([_site(tmp_path, "health.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert any("sit inside the article without saying what they are" in s for s in site.summary)
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://health.example/a").text
    assert "\nSymptoms\n" in out
    assert "Continue reading below" not in out and "Advertisement" not in out and "© Example Health" not in out


def test_a_heading_above_text_the_prose_guard_kept_is_not_learned(tmp_path):
    """On half of a university's releases, "Funding" heads the release's own funding note,
    the same words with another grant number each time. The note recurs, as a template would,
    but reads like prose and is kept; so its heading stays with it."""
    pages = []
    for k in range(8):
        first, second = _article(k).split("\n\n")
        funding = (
            f"Funding\n\nThis research was supported by a grant from the national science foundation, "
            f"number {1000 + 37 * k}.\n\n"
            if k % 2
            else ""
        )
        pages.append(f"Example University News\n\n{first}\n\n{second}\n\n{funding}© Example University\n")
    result = learn([_site(tmp_path, "news.example.edu", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert any("head the page's own text" in s for s in site.summary), site.summary
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[1], url="https://news.example.edu/a").text
    assert "\nFunding\n\nThis research was supported" in out and "© Example University" not in out


def test_an_affiliate_disclosure_and_a_social_prompt_say_what_they_are(tmp_path):
    """Sentences on every page that name what they are, an affiliate disclosure above the
    article and a prompt to tag the site on Instagram below it, are learned though they
    read like prose; the article stays."""
    disclosure = "When you buy through links on our site, we may earn an affiliate commission at no cost to you."
    prompt = "Did you make this recipe? Tag us on Instagram and show the others what you have cooked today!"
    pages = [f"Example Kitchen\n\n{disclosure}\n\n{_article(k)}\n\n{prompt}\n\n© Example Kitchen\n" for k in range(6)]
    result = learn([_site(tmp_path, "kitchen.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://kitchen.example/a").text
    assert out == _article(0) + "\n"


PANTRY = ["2 large eggs", "1 cup whole milk", "2 cups plain flour", "1 teaspoon salt", "3 tablespoons olive oil",
          "1 onion, chopped", "2 cloves garlic", "400 g tomatoes", "1 lemon, zested", "100 g butter"]  # fmt: skip
METHOD = ["Heat the oven.", "Whisk the eggs and milk.", "Fold in the flour.", "Fry the onion in the oil.", "Bake."]


def test_a_list_of_the_pages_own_is_not_learned_though_its_items_recur(tmp_path):
    """A recipe's ingredients and steps are the page's own lists: each item recurs across
    the site's recipes, in other combinations and under other numbers, so no rule takes an
    item, nor the list under its heading (the recipe blog lost 13.6% of its article text)."""
    import random

    pages, lists = [], []
    for k in range(8):
        r = random.Random(k)
        ingredients = "\n".join(f"* {item}" for item in r.sample(PANTRY, 5))
        steps = "\n".join(f"{n}. {step}" for n, step in enumerate(r.sample(METHOD, 3), 1))
        lists.append((ingredients, steps))
        pages.append(
            f"Example Kitchen\n\n{_article(k)}\n\nIngredients\n\n{ingredients}\n\nMethod\n\n{steps}\n\n"
            "© Example Kitchen\n"
        )
    result = learn([_site(tmp_path, "kitchen.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert any("are items of lists of the pages' own" in s for s in site.summary), site.summary
    cleaner = _cleaner(result, tmp_path / "out")
    for page, (ingredients, steps) in zip(pages, lists, strict=True):
        out = cleaner.clean(page, url="https://kitchen.example/a").text
        assert f"\nIngredients\n\n{ingredients}\n\nMethod\n\n{steps}\n" in out, out
        assert "© Example Kitchen" not in out


def test_a_count_written_short_is_a_number(tmp_path):
    """ "Viewed 835k times" and "Viewed 1.2M times" are one templated line: a count written
    with k or M is a number (a Q&A site kept its "Asked ... Viewed 835k times" line)."""
    views = ["835k", "15k", "1.2M", "99k", "402K", "7k"]
    pages = [
        f"Example Q&A\n\nAsked {k + 2} years ago · Viewed {v} times\n\n{_article(k)}\n\n© Example Q&A\n"
        for k, v in enumerate(views)
    ]
    _assert_only_the_articles_stay(tmp_path, "qa.example", pages)


TEASERS = [
    "Why the council will have to find another home for the town's old library",
    "What the fishermen of the northern bay say about the warmer water this year",
    "How the new tram line changed the way students get to the university",
    "The teachers who walked out for a second day and what they want from the ministry",
    "After the flood, the shops of the old quarter count what the river took from them",
    "The blood test that could spot an infection two days before the current method",
]


def test_a_link_under_a_label_that_says_so_is_learned_though_its_title_reads_like_prose(tmp_path):
    """ "Read more: <title>" between an article's paragraphs links to another story: the
    label says what the line is, and the title, which is not a statement (no full stop),
    is not this article's prose. A "Read more" sentence that ends like one would stay."""
    articles = [f"{_paragraph(k, 0)}\n\n{_paragraph(k, 1)}" for k in range(6)]
    pages = [
        f"{_paragraph(k, 0)}\n\nRead more: {TEASERS[k]}\n\n{_paragraph(k, 1)}\n\n© Example Sport\n" for k in range(6)
    ]
    result = learn([_site(tmp_path, "sport.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for article, page in zip(articles, pages, strict=True):
        assert cleaner.clean(page, url="https://sport.example/a").text == article + "\n"


TERMS = "Terms of Use | Privacy Policy | Contact Us | Place an Ad"
NOTICE = "The council meets every second Tuesday of the month in the old town hall on Main Street."


def test_a_long_footer_line_goes_whatever_lines_precede_it(tmp_path):
    """Under every article, a notice the prose guard keeps, then the footer's links; on half
    the pages, two more footer lines. At learning the links sat in runs of two or more
    (the notice was a repeat too), so the region of footer lines asked for runs of two,
    and on the pages where the links stood alone under the kept notice, they stayed. Lines
    this long are specific on their own: they go on every page, and the notice stays."""
    tail = "\n\n© 2024 Example Times Publishing Company, all rights reserved\n\nExample Times is printed in Millbrook"
    pages = [
        f"{_paragraph(k, 0)}\n\n{_paragraph(k, 1)}\n\n{NOTICE}\n\n{TERMS}" + (tail if k < 4 else "") + "\n"
        for k in range(8)
    ]
    result = learn([_site(tmp_path, "times.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://times.example/a").text == (
            f"{_paragraph(k, 0)}\n\n{_paragraph(k, 1)}\n\n{NOTICE}\n"
        )


def test_no_window_takes_the_closing_paragraph_of_a_short_article(tmp_path):
    """A short article: one long paragraph, an ad's placeholder, a closing paragraph too
    short to count as the article's, then a share bar. The closing paragraph lies outside
    the article's long paragraphs, between two rules that say nothing of it: it stays."""
    closing = [f"{BODIES[(k + 1) % len(BODIES)]} So ends page {k}." for k in range(6)]
    pages = [
        f"{_paragraph(k, 0)}\n\nAdvertisement\n\n{closing[k]}\n\nShare this story: Facebook X Email\n\n© Example Post\n"
        for k in range(6)
    ]
    result = learn([_site(tmp_path, "post.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://post.example/a").text == f"{_paragraph(k, 0)}\n\n{closing[k]}\n"


def test_a_noise_word_inside_an_ordinary_phrase_says_nothing(tmp_path):
    """ "Home" is a menu's word as a link's label, not in "About this home", a listing's
    heading above its own description; a contribution is a donation when it is asked for,
    not in an article's closing thanks to the people who contributed. Both stay; the menu
    and the footer's links go."""
    thanks = "Thanks to everyone who contributed to this report, and to the readers who wrote in with their stories."
    pages = [
        f"Home\nBuy\nRent\nSell\nMortgages\n\n{k + 12} Elm Street, Millbrook\n\nAbout this home\n\n{_article(k)}\n\n"
        f"{thanks}\n\nPrivacy · Terms · Contact us\n"
        for k in range(len(BODIES))
    ]
    result = learn([_site(tmp_path, "homes.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert "About this home" not in site.yaml and thanks not in site.yaml
    cleaner = _cleaner(result, tmp_path / "out")
    out = cleaner.clean(pages[0], url="https://homes.example/a").text
    assert "About this home" in out and thanks in out
    assert "Mortgages" not in out and "Contact us" not in out


def test_an_author_box_goes_with_its_bio(tmp_path):
    """Under every post, "About the author" over a bio of one shape, which reads like prose:
    the heading names the box, so the bio is the box's text and goes with it. The same
    shape of bio under a heading of no telling words ("Our guide") would stay."""
    names = ["Maria Lopez", "Kwame Mensah", "Olga Petrova", "Luca Rossi", "Hana Ito", "Diego Silva"]

    def page(k, heading):
        bio = f"{names[k]} has lived out of a backpack since 2016 and writes about slow travel for the magazine."
        return f"{_article(k)}\n\n{heading}\n{bio}\n\n© Example Travel\n", bio

    for heading, goes in (("About the author", True), ("Our guide", False)):
        made = [page(k, heading) for k in range(len(BODIES))]
        folder = tmp_path / heading.replace(" ", "-")
        result = learn([_site(folder, "travel.example", [p for p, _ in made])], Rulebook([]), LearnOptions())
        book = load_rulebook([_write(result, folder / "out")], defaults=False)
        cleaner = Cleaner(book, Options(judge=False))
        for text, bio in made:
            out = cleaner.clean(text, url="https://travel.example/a").text
            assert (bio not in out) is goes, heading


def test_a_rule_found_inside_the_article_takes_no_prose_after_it(tmp_path):
    """ "Read more: <title>" between an article's paragraphs; in the short articles, the
    closing paragraph under it is too short to count as the article's and lies in what
    zones call the footer, where a related link may take prose (a teaser's summary). On the
    other pages the line sat inside the article (above an ad's placeholder and a long
    paragraph): a rule of the article's flow, whose prose neighbours are the article's."""
    closing = [f"{BODIES[(k + 2) % len(BODIES)].split(',')[0]}, page {k} ends." for k in range(8)]
    pages = []
    for k in range(8):
        if k % 2:
            rest = f"{closing[k]}\n\n"
        else:
            rest = f"Advertisement\n\n{_paragraph(k, 1)}\n\n"
        pages.append(f"{_paragraph(k, 0)}\n\nRead more: {TEASERS[k % len(TEASERS)]}\n\n{rest}© Example Sport\n")
    result = learn([_site(tmp_path, "sport.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k in range(1, 8, 2):
        out = cleaner.clean(pages[k], url="https://sport.example/a").text
        assert closing[k] in out and "Read more" not in out


def test_a_window_takes_no_figure_of_the_page(tmp_path):
    """Between two header lines of a listing site, each page's address and its price: a
    window takes what the template frames with words (a title), not a figure alone, which
    is a datum of the page. The price stays; the template's lines go."""
    prices = [f"${k + 2}{k}5,{k}00" for k in range(len(BODIES))]
    pages = [
        f"Buy\nRent\nSell\nMortgages\nFind an agent\n\nBack to search results\n\n{k + 12} Elm Street, Millbrook\n\n"
        f"{prices[k]}\n\nSave · Share · Print\n\n{_article(k)}\n\n© Example Homes\n"
        for k in range(len(BODIES))
    ]
    _, outs = _learned_outputs(tmp_path, "homes.example", pages)
    for k, out in enumerate(outs):
        assert prices[k] in out and "Back to search results" not in out and "Save · Share" not in out


def test_a_box_heading_takes_its_box(tmp_path):
    """ "Contact agent" over each page's agent and number: the heading names the box, whose
    other lines are the page's own and no rule takes; its rule takes the short block it
    heads. The article stays."""
    names = ["Maria Lopez", "Kwame Mensah", "Olga Petrova", "Luca Rossi", "Hana Ito", "Diego Silva"]
    pages = [
        f"Buy\nRent\nSell\nMortgages\nFind an agent\n\n{_article(k)}\n\nContact agent\n{name}\n(555) 01{k}2-4{k}80\n\n"
        "Request a tour\n"
        for k, name in enumerate(names)
    ]
    _assert_only_the_articles_stay(tmp_path, "homes.example", pages)


def test_a_short_closing_sentence_is_the_articles_own(tmp_path):
    """Under every notice, "Comments must be received in writing by <date>.": a sentence,
    short of the judge's 60 characters, in a chain of blocks that runs down to the footer's
    cookie and copyright lines. The sentence is the notice's, and stays; a telling line of
    the chain far below says nothing of it. A sentence naming the site ("Get the Notices
    app ...") and a bio naming each page's author are the template's, and go."""
    names = ["Maria Lopez", "Kwame Mensah", "Olga Petrova", "Luca Rossi", "Hana Ito", "Diego Silva"]
    days = ["Monday 3 June", "Friday 12 July", "Tuesday 6 August", "Sunday 1 September", "Monday 7 October"]
    closing = [f"Comments must be received in writing by {days[k % len(days)]} 2024." for k in range(len(names))]
    pages = [
        f"{_article(k)}\n\n{closing[k]}\n\n{name} is a reporter on the city desk.\n\n"
        "Get the Notices app for alerts on every new notice.\n\nPrivacy notice · Cookies · Contact us\n\n"
        "© Example Council\n"
        for k, name in enumerate(names)
    ]
    result = learn([_site(tmp_path, "notices.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, (page, name) in enumerate(zip(pages, names, strict=True)):
        out = cleaner.clean(page, url="https://notices.example/a").text
        assert out == f"{_article(k)}\n\n{closing[k]}\n", name


def test_a_line_between_the_pages_own_text_is_not_learned(tmp_path):
    """The vicar's sign-off, the same on every newsletter, stands between the letter's last
    paragraph and the week's list of the page's own; the list's heading, "This week",
    between the sign-off and the list. Bounded by the page's text on both sides, they are
    that text's, and stay; the menu and the copyright line, bounded by the template, go."""
    services = ["Holy Communion", "Evensong", "Morning Prayer", "Choir practice", "Coffee morning", "Bell ringing"]
    pages = []
    for k in range(len(BODIES)):
        week = "\n".join(
            f"* {['Sunday', 'Monday', 'Friday'][j]} {9 + k + j}:00 {services[(k + j) % 6]}" for j in range(3)
        )
        pages.append(
            f"Home\nAbout us\nServices\nContact\n\n{_article(k)}\n\nWith every blessing,\nRevd Anne Hughes\n\n"
            f"This week\n\n{week}\n\n© Example Parish\n"
        )
    result, outs = _learned_outputs(tmp_path, "parish.example", pages)
    (site,) = result.sites
    assert any("stand between the page's own text" in s for s in site.summary), site.summary
    for k, out in enumerate(outs):
        assert out.startswith(_article(k)) and "With every blessing,\nRevd Anne Hughes\n\nThis week\n\n* " in out
        assert "About us" not in out and "© Example Parish" not in out


def test_a_labelled_lines_free_text_is_judged_alone(tmp_path):
    """Above every notice, "Published: <date> · Notice type: <type>": the label is the
    template's, and the text after it is no sentence. With the label, some read like prose
    by the judge's measure (64 characters, a third of them words of its stop list); the
    line is learned, labelled line and all, and the notice stays."""
    kinds = ["Traffic order", "Planning", "Licensing"]
    days = ["Friday 23 December 2021", "Thursday 18 May 2018", "Sunday 12 April 2022", "Monday 6 March 2023"]
    pages = [
        f"Published: {days[k % len(days)]} · Notice type: {kinds[k % len(kinds)]}\n\n{_article(k)}\n\n"
        "© Example Council\n"
        for k in range(len(BODIES))
    ]
    _assert_only_the_articles_stay(tmp_path, "notices.example", pages)


def test_a_field_of_the_page_is_not_learned(tmp_path):
    """Above every episode's notes, "Guest: <name>, <role>", another guest each time: a
    label without words that say what noise it is, over a value of the page's own, is a
    field of the page and stays, and so does "Show notes" above it. "Filed under:
    <section>", another value on most pages too, says what it is, and goes."""
    names = ["Maria Lopez", "Kwame Mensah", "Olga Petrova", "Luca Rossi", "Hana Ito", "Diego Silva"]
    roles = ["historian", "economist", "novelist"]
    sections = ["History", "Economy", "Books", "Science", "Cities", "Health"]
    guests = [f"Guest: {name}, {roles[k % 3]}" for k, name in enumerate(names)]
    pages = [
        f"Show notes\n\n{guests[k]}\n\n{_article(k)}\n\nFiled under: {sections[k]}\n\n© Example Podcasts\n"
        for k in range(len(names))
    ]
    expected = [f"Show notes\n\n{guests[k]}\n\n{_article(k)}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "podcast.example", pages, expected)


def test_a_field_is_not_the_templates_for_standing_next_to_it(tmp_path):
    """Under every match report, "Share this report" and then "Subs: <names>", other names
    each time: the share bar is the template's, and the field under it is the report's. A
    unit of blocks that follow each other lends its category to exact lines, not to a
    label over a value of the page's own."""
    names = ["Ahmed", "Okafor", "Moreau", "Larsen", "Kowalski", "Mensah", "Tanaka", "Silva"]
    subs = [f"Subs: {names[k]}, {names[(k + 3) % 8]}, {names[(k + 5) % 8]}" for k in range(6)]
    pages = [
        f"Home · Fixtures · Results · Table\n\n{_article(k)}\n\nShare this report: Facebook · X · WhatsApp\n\n"
        f"{subs[k]}\n\n© Riverside FC\n"
        for k in range(len(subs))
    ]
    expected = [f"{_article(k)}\n\n{subs[k]}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "club.example", pages, expected)


def test_a_field_whose_values_come_back_is_the_pages(tmp_path):
    """Above every talk's abstract, "Level: <level>": three levels over six talks, so each
    value comes back on another page, but the line tells something of each talk, and
    stays. "Tags:" over its topics says what it is, and goes."""
    levels = ["Beginner", "Intermediate", "Advanced"]
    topics = ["python, testing", "data, sql", "security", "cloud, cost", "teams", "mobile, design"]
    pages = [
        f"Home › Schedule\n\nLevel: {levels[k % 3]}\n\n{_article(k)}\n\nTags: {topics[k]}\n\n© Example Conf\n"
        for k in range(len(topics))
    ]
    expected = [f"Level: {levels[k % 3]}\n\n{_article(k)}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "conf.example", pages, expected)


def test_a_licence_line_is_learned_as_copyright(tmp_path):
    """Under every wiki page, "Community content is available under CC-BY-SA unless otherwise
    noted.": a short sentence, but a licence notice is the site's copyright line, and goes
    with the footer's links; the article stays."""
    pages = [
        f"{_article(k)}\n\nCommunity content is available under CC-BY-SA unless otherwise noted.\n\n"
        "About · Privacy · Terms\n"
        for k in range(len(BODIES))
    ]
    _assert_only_the_articles_stay(tmp_path, "wiki.example", pages)


def test_an_alert_box_is_learned_as_a_newsletter_prompt(tmp_path):
    """Under every job advert, "Get job alerts / We'll email you new jobs like this one. /
    Create alert", with no other furniture beside it: a short sentence in a box that asks
    for the reader's email, a newsletter of the job board; it goes, and the advert stays."""
    box = "Get job alerts\nWe'll email you new jobs like this one.\nCreate alert"
    pages = [f"{_article(k)}\n\n{box}\n" for k in range(len(BODIES))]
    _assert_only_the_articles_stay(tmp_path, "jobs.example", pages)


def test_a_sponsors_read_is_learned_as_an_ad(tmp_path):
    """Above every episode's notes, "This episode is brought to you by Brightcart. Go to ...
    and use code TABLE for 25% off.": a sentence, but one that says who paid for it, the ad
    of a podcast; it goes, and the notes stay."""
    read = (
        "This episode is brought to you by Brightcart. Go to brightcart.example/table and use code TABLE for 25% "
        "off your first order."
    )
    pages = [f"{read}\n\n{_article(k)}\n\n© Example Podcasts\n" for k in range(len(BODIES))]
    _assert_only_the_articles_stay(tmp_path, "podcast.example", pages)


def test_a_pin_it_button_inside_the_article_is_learned_as_share(tmp_path):
    """Between a travel post's paragraphs, "PIN IT FOR LATER!" on every page: inside the
    article, but its words say what it is, Pinterest's button; it goes, and the
    paragraphs stay."""
    pages, articles = [], []
    for k in range(len(BODIES)):
        a, b, c, d = (BODIES[(k + j) % len(BODIES)] for j in range(4))
        articles.append(f"{a} {b}\n\n{c} {d}")
        pages.append(f"{a} {b}\n\nPIN IT FOR LATER!\n\n{c} {d}\n\n© Example Travels\n")
    result = learn([_site(tmp_path, "travel.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://travel.example/a").text == articles[k] + "\n", k


def test_the_labels_of_a_box_of_the_pages_own_are_not_learned(tmp_path):
    """Under every character's name, an infobox: "Species", "Status", "Affiliation"
    and "Portrayed by", each over the character's value (some values recur, "Human",
    "Alive"; the actor's name does not). The labels repeat on every page, in a block whose
    other lines no rule takes: a box of the page's own, which stays whole; the menus, the
    title between them and the copyright line go."""
    species = ["Human", "Android", "Human", "Human", "Android", "Human"]
    status = ["Alive", "Alive", "Deceased", "Alive", "Alive", "Unknown"]
    fleets = ["Northern Fleet", "The Resistance", "Northern Fleet", "Harbour Guild", "Northern Fleet", "Independent"]
    actors = ["Maria Lopez", "Kwame Mensah", "Olga Petrova", "Luca Rossi", "Hana Ito", "Diego Silva"]
    boxes = [
        f"Species\n{species[k]}\nStatus\n{status[k]}\nAffiliation\n{fleets[k]}\nPortrayed by\n{actors[k]}"
        for k in range(len(BODIES))
    ]
    own = [f"{boxes[k]}\n\nBiography\n\n{_article(k)}" for k in range(len(BODIES))]
    pages = [
        f"Main Page\nAll Pages\nCommunity\nRecent changes\nRandom page\n\n{actors[k]} (character)\n\n"
        f"Sign in to edit\nHistory\nTalk (0)\n\n{own[k]}\n\n© Example Wiki\n"
        for k in range(len(BODIES))
    ]
    result = learn([_site(tmp_path, "wiki.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert any("are lines of boxes of the pages' own" in s for s in site.summary), site.summary
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://wiki.example/a").text == own[k] + "\n", k


def test_a_menu_in_a_header_saved_without_blank_lines_is_still_learned(tmp_path):
    """A page saved as text without blank lines in its header: the menu's sixteen items and
    the page's title in one block (above "Sign in / Register"), more lines than any box of
    the page's own. The menu's items recur beside a line no rule takes, as an infobox's
    labels do, and are still the template's: they go, and the title and the article stay."""
    menu = "\n".join(MENU)
    titles = [body.split(",")[0] for body in BODIES]
    pages = [
        f"{menu}\n{titles[k]}\n\nSign in\nRegister\n\n{_article(k)}\n\n© Example Shop\n" for k in range(len(BODIES))
    ]
    result = learn([_site(tmp_path, "shop.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://shop.example/a").text == f"{titles[k]}\n\n{_article(k)}\n", k


PRODUCTS = ["Walking Pad", "Standing Desk", "Monitor Arm", "Cable Tray", "Desk Drawer", "Footrest", "Desk Lamp",
            "Privacy Panel", "Balance Board"]  # fmt: skip


def test_the_names_a_shop_gives_its_products_after_itself_are_the_pages_own(tmp_path):
    """A shop's listing pages, each showing three of its products, all named after the shop
    ("BRIGHTDESK Walking Pad", "BRIGHTDESK Cable Tray"), each product on two pages: the
    lines share a shape on every page, but their only constant word is the site's own name,
    which says nothing of what a line is. No pattern "BRIGHTDESK <name>" is learned: the
    products stay, the menu and the copyright line go."""
    listings = [
        "\n\n".join(f"BRIGHTDESK {PRODUCTS[(3 * k + j) % len(PRODUCTS)]}\n${49 + 10 * (3 * k + j)}+" for j in range(3))
        for k in range(len(BODIES))
    ]
    menu = "\n".join(MENU)
    own = [f"{_article(k)}\n\n{listings[k]}" for k in range(len(BODIES))]
    pages = [f"{menu}\n\n{own[k]}\n\n© Brightdesk Inc.\n" for k in range(len(BODIES))]
    result = learn([_site(tmp_path, "brightdesk.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert "BRIGHTDESK" not in site.yaml, site.yaml
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://brightdesk.example/a").text == own[k] + "\n", k


def test_a_slot_needs_four_pages_not_four_blocks(tmp_path):
    """On three pages, "Sponsored" twice a page: in the header, above the day's deals, and
    between the article's paragraphs, above a short one. Six blocks next to the rule, but
    three pages: too few to tell a caption slot from a short paragraph that happens to
    follow it (a slot needs four pages), so the rule takes "Sponsored" alone and the short
    paragraphs stay."""
    shorts = [
        "A second vote is expected in the spring.",
        "Prices at the quay rose by a third.",
        "Trams will run every six minutes.",
    ]
    titles = [body.split(" ", 4)[-1][:30].title() for body in BODIES[3:]]
    pages = [
        f"Sponsored\n\n{titles[k]}\n\nSign in\n\n{BODIES[k]} {BODIES[k + 1]}\n\nSponsored\n\n{shorts[k]}\n\n"
        f"{BODIES[k + 2]} {BODIES[(k + 3) % len(BODIES)]}\n\n© Example News\n"
        for k in range(3)
    ]
    _, outs = _learned_outputs(tmp_path, "news.example", pages)
    for k, out in enumerate(outs):
        assert "Sponsored" not in out and shorts[k] in out, (k, out)


def test_a_measurement_in_inches_says_nothing_of_what_a_line_is(tmp_path):
    """Under every product's description, its size: '6.75" x 4.125" x 0.125" / 17 x 10 x
    0.3 cm'. The lines share a shape, but their constant parts are units and inch marks,
    which say no more of what a line is than a currency sign does: the sizes are the
    product's own and stay; the menu and the copyright line go."""
    sizes = [f'{6 + k}.5" x {4 + k}" x 0.{k + 1}" / {16 + 2 * k} x {10 + k} x 0.{k + 2} cm' for k in range(len(BODIES))]
    menu = "\n".join(MENU)
    own = [f"{_article(k)}\n\n{sizes[k]}" for k in range(len(BODIES))]
    pages = [f"{menu}\n\n{own[k]}\n\n© Example Tools\n" for k in range(len(BODIES))]
    result = learn([_site(tmp_path, "tools.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://tools.example/a").text == own[k] + "\n", k


def test_a_labelled_line_beside_the_pages_fields_is_a_field_too(tmp_path):
    """Under every course's title, its entry requirements: "Typical offer: <grades>", another
    offer on each page, then "GCSE: English and Maths at grade 4 or above" and "IELTS: 6.0
    overall", the same on every page because the courses ask the same. A labelled line in
    one block with a field whose value changes from page to page is a field of that block
    too, however constant its value: the block stays whole. "Call us: 0800 555 0199", a
    labelled line alone in its block, is the template's, and goes with the menu."""
    offers = ["AAB", "BBC", "ABB", "CCC", "BBB", "AAA"]
    fields = [
        f"Typical offer: {offers[k]}\nGCSE: English and Maths at grade 4 or above\nIELTS: 6.0 overall"
        for k in range(len(offers))
    ]
    pages = [
        f"Study\nResearch\nInternational\nAbout\n\n{fields[k]}\n\n{_article(k)}\n\nCall us: 0800 555 0199\n"
        for k in range(len(offers))
    ]
    expected = [f"{fields[k]}\n\n{_article(k)}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "study.example", pages, expected)


def test_a_label_may_hold_a_hyphen(tmp_path):
    """Under every cottage's description, its house rules: "Check-in: after <time>", three
    times over six pages, and "Check-out: before 11am" on every page. "Check-in" is a label
    as much as "Checkin" would be: the block is a panel of the page's fields, and stays."""
    times = ["2pm", "3pm", "4pm"]
    rules = [f"Check-in: after {times[k % 3]}\nCheck-out: before 11am" for k in range(6)]
    pages = [
        f"Destinations\nSpecial offers\nSign in\n\n{_article(k)}\n\n{rules[k]}\n\n© Coast Cottages\n" for k in range(6)
    ]
    expected = [f"{_article(k)}\n\n{rules[k]}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "cottages.example", pages, expected)


def test_lines_under_several_labels_are_fields_when_one_label_changes_its_value(tmp_path):
    """Under every course's description, its fees: "UK students: £9,535 per year", the
    same on every page, and "International students: £<fee> per year", another fee on each.
    One pattern takes both; a value that changes under one of its labels makes its lines
    fields of the page, and they stay; the menu and the copyright line go."""
    fees = ["£17,500", "£16,950", "£18,200", "£15,750", "£19,100", "£17,250"]
    blocks = [f"UK students: £9,535 per year\nInternational students: {fee} per year" for fee in fees]
    pages = [
        f"Study\nResearch\nInternational\nAbout\n\n{_article(k)}\n\n{blocks[k]}\n\n© Northfield\n" for k in range(6)
    ]
    expected = [f"{_article(k)}\n\n{blocks[k]}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "study.example", pages, expected)


def test_previous_names_a_link_not_a_fields_label(tmp_path):
    """Under every car's description, "Previous owners: <n>", one to three: "previous"
    names a link to a neighbouring page only as a link's label ("« Previous | Next »"), not
    as a field's label. The line is a field of the page, and stays; the pager goes."""
    owners = [1, 2, 3, 2, 1, 3]
    pages = [
        f"Used cars\nNew cars\nSell my car\n\n{_article(k)}\n\nPrevious owners: {owners[k]}\n\n« Previous | Next »\n"
        for k in range(6)
    ]
    expected = [f"{_article(k)}\n\nPrevious owners: {owners[k]}\n" for k in range(len(pages))]
    _assert_the_fields_stay(tmp_path, "cars.example", pages, expected)


def test_lines_that_take_turns_in_one_place_are_the_pages_values(tmp_path):
    """Under every event's description, "Accessibility" and then one of two lines: "Step-free
    access. Hearing loop available." at some venues, "Wheelchair spaces available on
    request." at the others. Each recurs on three pages, never on the same page as the
    other, always between the heading and the copyright line: lines that take turns in one
    place are values of the page (a template has one line in each place), and stay, with
    their heading; the menu and the copyright line go."""
    access = ["Step-free access. Hearing loop available.", "Wheelchair spaces available on request."]
    pages = [
        f"Events\nVenues\nThis weekend\nFree events\n\n{_article(k)}\n\nAccessibility\n\n{access[k % 2]}\n\n"
        "© Example Events\n"
        for k in range(6)
    ]
    result = learn([_site(tmp_path, "events.example", pages)], Rulebook([]), LearnOptions())
    (site,) = result.sites
    assert any("are values of a slot of the page's own" in s for s in site.summary), site.summary
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://events.example/a").text == (
            f"{_article(k)}\n\nAccessibility\n\n{access[k % 2]}\n"
        ), k


def test_the_dates_of_a_list_below_the_article_are_learned_with_their_items(tmp_path):
    """Under every event, "Upcoming events" over three events, each a title and its date
    ("6 Jul"), other titles and dates on each page. A date alone is learned only where the
    learner can tell it from the article's own date: in the header, or, as here, dating
    several items of a list below the article, each sharing its block with the item's text.
    The rule takes such blocks, and the heading goes with them; the article's own closing
    date, alone in its block, stays."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    titles = ["Folk night", "Quiz", "Craft fair", "Jazz trio", "Book club", "Film night", "Choir", "Open mic"]
    pages = []
    for k in range(6):
        items = "\n\n".join(f"{titles[(k + j) % 8]}\n{3 + 4 * j + k} {months[(k + 5 * j) % 12]}" for j in range(3))
        pages.append(
            f"Events\nVenues\nThis weekend\nFree events\n\n{_article(k)}\n\n{10 + k} {months[k]}\n\n"
            f"Upcoming events\n\n{items}\n\n© Example Events\n"
        )
    result = learn([_site(tmp_path, "events.example", pages)], Rulebook([]), LearnOptions())
    cleaner = _cleaner(result, tmp_path / "out")
    for k, page in enumerate(pages):
        assert cleaner.clean(page, url="https://events.example/a").text == f"{_article(k)}\n\n{10 + k} {months[k]}\n", k


def test_a_section_of_the_pages_own_under_the_article_is_no_window(tmp_path):
    """Under every lesson, right after its last paragraph, "Key terms" over a list of the
    lesson's terms and "Exercise" over its question, other terms and another question on
    every page, then the template's "Previous lesson · Next lesson" and copyright line.
    A heading right under the article that does not say what follows opens a section of
    the page's own: no window takes the text under it, neither the heading's own nor that
    of the next heading or of the template's line below it. The menu and the footer go."""
    words = [w.strip(".,;'") for body in BODIES for w in body.split() if len(w) > 6]
    pages = []
    for k in range(6):
        terms = "\n".join(f"* {words[(7 * k + j) % len(words)]}" for j in range(3))
        pages.append(
            f"LearnHub\nCourses\nPaths\nSign in\n\n{_article(k)}\n\nKey terms\n\n{terms}\n\nExercise\n\n"
            f"What does the {words[(5 * k + 2) % len(words)]} tell you?\n\n"
            "Previous lesson · Next lesson\n\n© LearnHub Ltd · Terms · Privacy\n"
        )
    _, outs = _learned_outputs(tmp_path, "learnhub.example", pages)
    for k, (page, out) in enumerate(zip(pages, outs, strict=True)):
        section = page.split("\n\nKey terms\n\n", 1)[1].split("\n\nPrevious lesson", 1)[0]
        assert out.startswith(_article(k)), k
        assert section.split("\n\nExercise\n\n")[0] in out, (k, out)
        assert section.split("\n\nExercise\n\n")[1] in out, (k, out)
        assert "LearnHub Ltd" not in out and "Courses" not in out, (k, out)


def test_a_row_of_links_is_no_prose(tmp_path):
    """A footer's row of links has the stop words of a sentence ("of", "about", "the") and
    none of its grammar: items of a few words between middle dots. It is learned, and the
    article stays."""
    pages = [
        f"StoreFront\nApps\nGames\nSign in\n\n{_article(k)}\n\n"
        "Privacy Policy · Terms of Service · About the Store · Developers\n"
        for k in range(6)
    ]
    _assert_only_the_articles_stay(tmp_path, "storefront.example", pages)


def test_prose_that_names_the_site_is_the_templates(tmp_path):
    """A firm's regulator line under every article names the firm (a label of the site's
    domain): the site speaking of itself, learned though it reads like prose. Prose that
    does not name the site stays (the prose guard's own tests)."""
    pages = [
        f"Marsh Pike\nInsights\nPeople\nContact\n\n{_article(k)}\n\n"
        "Marsh Pike LLP is authorised and regulated by the Solicitors Regulation Authority (number 612345).\n"
        for k in range(6)
    ]
    _assert_only_the_articles_stay(tmp_path, "marshpike.example", pages)


def test_a_heading_says_what_follows_by_its_own_words(tmp_path):
    """Under each obituary, "Service details" over the day, time and place of the service,
    then a share bar and the guestbook. The share bar's unit lends its category to the
    heading, but the heading's own words do not say what follows it: it opens a section of
    the page's own, and no window takes the service line."""
    churches = [
        "St Mary's Church, Ashford",
        "Holy Trinity, Wye",
        "Ashford Crematorium",
        "St Peter's, Wye",
        "All Saints, Kennington",
        "Kennington Chapel",
    ]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    pages = []
    for k in range(6):
        service = f"{days[k]} {3 + k} March 2025, {10 + k % 3}:30 at {churches[k]}"
        pages.append(
            f"Hollow & Sons Funeral Directors\nObituaries\nPlan a funeral\nContact\n\n{_article(k)}\n\n"
            f"Service details\n\n{service}\n\nSend flowers\n\nShare this obituary\nFacebook\nEmail\n\n"
            "Guestbook\n\nSign the guestbook\n\nHollow & Sons · 12 Mill Lane, Ashford · 01233 555 010\n"
        )
    _, outs = _learned_outputs(tmp_path, "hollowsons.example", pages)
    for k, out in enumerate(outs):
        assert _article(k) in out, k
        assert f"{days[k]} {3 + k} March 2025" in out, (k, out)
        assert "Share this obituary" not in out and "Plan a funeral" not in out, (k, out)


def test_a_header_window_takes_as_many_blocks_as_most_pages_show(tmp_path):
    """Between two header lines, each lesson's title; on two pages of eight a line of the
    page's own under it ("Revised for the 2025 syllabus"). A title is as many blocks on
    most pages: the window takes one block, the title, and the line stays."""
    titles = [
        "Reading a balance sheet",
        "Fractions without fear",
        "The water cycle explained",
        "Writing a cover letter",
        "Tides and the moon",
        "How vaccines train the body",
        "Counting in binary",
        "Why bridges do not fall",
    ]
    extra = {2: "Revised for the 2025 syllabus", 5: "Shortened for the evening classes"}
    pages = [
        f"StudyHub\nCourses\nSign in\n\nLesson notes\n\n{titles[k]}\n\n"
        + (f"{extra[k]}\n\n" if k in extra else "")
        + f"Mark as complete\n\n{_article(k)}\n\n© StudyHub Ltd · Terms · Privacy\n"
        for k in range(8)
    ]
    _, outs = _learned_outputs(tmp_path, "studyhub.example", pages)
    for k, out in enumerate(outs):
        assert titles[k] not in out and "Lesson notes" not in out, (k, out)
        assert out.endswith(_article(k) + "\n") and "StudyHub" not in out, (k, out)
        if k in extra:
            assert extra[k] in out, (k, out)


def test_a_buttons_label_above_the_article_is_no_heading(tmp_path):
    """ "Follow" above every help article stands right above the page's own text, as a
    heading would; but it is nothing but a button's label (the judge's control labels): a
    control of the page, learned. A heading without telling words stays (the tests above)."""
    pages = [f"HelpDesk\nGuides\nContact support\n\nFollow\n\n{_article(k)}\n\n© HelpDesk Inc\n" for k in range(6)]
    _assert_only_the_articles_stay(tmp_path, "helpdesk.example", pages)


def test_a_line_of_values_next_to_a_field_of_the_page_is_a_field_too(tmp_path):
    """Under each film's title, its certificate, running time, year and country, then
    "Director: <name>" (a field of the page: a label without telling words over names that
    change). The line of values above it has no label, and no words that say what noise it
    is: standing next to the page's field on every page, it is one of the page's fields too,
    and stays with the director."""
    certificates = ["PG", "15", "12A", "U", "18", "PG", "15"]
    countries = ["France", "Japan", "UK", "Ireland", "Denmark", "USA", "UK"]
    directors = ["Ana Moreau", "Kenji Ito", "Ruth Hale", "Sean Byrne", "Mette Holm", "Joe Park", "Ian Shaw"]
    pages = []
    facts = []
    for k in range(7):
        facts.append(f"{certificates[k]} · {90 + 7 * k} mins · {2019 + k % 5} · {countries[k]}")
        pages.append(
            "Picture House\nWhat's on\nMembership\n\nHome › Films\n\n"
            f"{BODIES[k % len(BODIES)][:40]}\n\n{facts[k]}\n\nDirector: {directors[k]}\n\n{_article(k)}\n\n"
            "Picture House, 4 Mill Street · Registered charity 1098765\n"
        )
    _, outs = _learned_outputs(tmp_path, "picturehouse.example", pages)
    for k, out in enumerate(outs):
        assert facts[k] in out and f"Director: {directors[k]}" in out, (k, out)
        assert _article(k) in out and "Registered charity" not in out and "Membership" not in out, (k, out)


def test_a_date_label_is_a_field_of_the_page(tmp_path):
    """Under each decision's title, "Decision date: <date>": a label whose only telling word
    is "date" says its field holds a date (of the decision the page is about), not that the
    line dates the page ("Published", "Updated" do). A field of the page: it stays."""
    days = ["Monday 3 March 2025", "Tuesday 11 March 2025", "Friday 4 April 2025", "Sunday 18 May 2025"]
    days += ["Thursday 5 June 2025", "Saturday 12 July 2025"]
    pages = [
        "Tribunals Service\nDecisions\nContact\n\nHome › Decisions\n\n"
        f"Case {1300000 + 17 * k}/2025\n\nDecision date: {days[k]}\n\n{_article(k)}\n\n"
        "Is this page useful? Yes · No\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "tribunals.example", pages)
    (learned,) = result.sites
    assert any("are fields of the page's own" in s for s in learned.summary), learned.summary
    for k, out in enumerate(outs):
        assert f"Decision date: {days[k]}" in out and _article(k) in out, (k, out)
        assert "Is this page useful?" not in out and "Contact" not in out, (k, out)


def test_a_window_ends_where_the_pages_fields_begin(tmp_path):
    """Under a journal's "Research article · <field>" line, each paper's title and authors,
    then "Received: <date> · Accepted: <date>" (a field of the page), the DOI, and the
    template's "Open access · Download PDF" line. The runs next to those two template lines
    lie against the page's field: the template's lines end there. The header line's window
    takes the title right under it, not the authors; the other line takes nothing above it,
    not the DOI."""
    fields = ["Ecology", "Physics", "Genetics"]
    authors = ["Ana Moreau, Kenji Ito", "Ruth Hale, Sean Byrne, Mette Holm", "Joe Park, Ian Shaw"]
    authors += ["Lena Vogt, Omar Haddad, Priya Nair", "Tom Reyes, Ada Lund", "Mia Berg, Sam Cole, Eve Quinn"]
    months = ["March", "April", "May", "June", "July", "August"]
    pages = []
    for k in range(6):
        pages.append(
            "Open Letters\nBrowse\nSubmit\nSign in\n\n"
            f"Research article · {fields[k % 3]}\n\n{BODIES[k][:50]}\n\n{authors[k]}\n\n"
            f"Received: {3 + k} {months[k]} 2024 · Accepted: {10 + k} {months[(k + 2) % 6]} 2025\n\n"
            f"https://doi.org/10.{4000 + 37 * k}/ol.2025.{100 + 11 * k}\n\n"
            f"Open access · Download PDF · Cite this article\n\n{_article(k)}\n\n"
            "© The authors. Licensed under a Creative Commons Attribution 4.0 licence.\n"
        )
    _, outs = _learned_outputs(tmp_path, "openletters.example", pages)
    for k, out in enumerate(outs):
        assert authors[k] in out and f"https://doi.org/10.{4000 + 37 * k}/" in out, (k, out)
        assert BODIES[k][:50] + "\n" not in out, (k, out)
        assert _article(k) in out and "Research article" not in out, (k, out)


def test_a_label_may_hold_a_slash(tmp_path):
    """Under each company's news, its key figures: "P/E ratio: <n>" is a label over values
    that change, as "Market cap:" and "Dividend yield:" beside it are: a field of the page,
    which stays. A label may hold a slash, as it may a hyphen ("Check-in:")."""
    figures = [
        f"Market cap: £{1 + k}.{k}bn\nP/E ratio: {8 + 3 * k}.{k + 1}\nDividend yield: {k}.{9 - k}%" for k in range(6)
    ]
    pages = [
        f"MarketDesk\nMarkets\nStocks\nLog in\n\n{_article(k)}\n\nKey figures\n\n{figures[k]}\n\n"
        "Prices are delayed by at least 15 minutes.\n\n© 2025 MarketDesk Ltd · Terms · Privacy\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "marketdesk.example", pages)
    for k, out in enumerate(outs):
        assert f"P/E ratio: {8 + 3 * k}.{k + 1}" in out and f"Market cap: £{1 + k}.{k}bn" in out, (k, out)
        assert _article(k) in out and "MarketDesk Ltd" not in out, (k, out)


def test_a_line_of_values_next_to_a_figure_of_the_page_is_a_field(tmp_path):
    """Under each listing's address, its price (a figure of the page) and its facts line
    "<n> beds · <n> baths · <n> sq ft", then the site's "Listed <n> days ago · <n> views".
    The facts line stands next to the page's figure: a field of the page, it stays. The
    "Listed" line stands next to that field, not to the figure: fields are not found in a
    chain, and the template's line goes."""
    streets = ["Elm Road", "Mill Lane", "High Street", "Park Avenue", "Quay Street", "Church Walk", "Bridge End"]
    pages, facts, listed = [], [], []
    for k in range(7):
        facts.append(f"{1 + k % 4} beds · {1 + k % 3} baths · {900 + 170 * k} sq ft")
        listed.append(f"Listed {2 + 5 * k} days ago · {40 + 13 * k} views")
        pages.append(
            "HomeSearch\nBuy\nRent\nSold\n\nBack to search results\n\n"
            f"{10 + k} {streets[k]}, Ashford\n\n${250 + 31 * k},{k}00\n\n{facts[k]}\n\n{listed[k]}\n\n"
            f"Save · Share · Print\n\n{_article(k)}\n\n© 2025 HomeSearch Inc · Terms · Privacy\n"
        )
    _, outs = _learned_outputs(tmp_path, "homesearch.example", pages)
    for k, out in enumerate(outs):
        assert facts[k] in out and _article(k) in out, (k, out)
        assert listed[k] not in out and "Back to search results" not in out, (k, out)


def test_a_sentence_that_mentions_a_name_is_the_pages_own(tmp_path):
    """Under each recall notice, "What you should do" over a sentence whose only varying
    part is the brand it names, then the footer's lines (an alerts prompt, a copyright
    line) on every page. The sentence mentions a name inside it: it says something of the
    page's product, and the template's chain of blocks below it does not vouch for it. It
    stays, with its heading; a bio that opens with the name it speaks of goes (the
    engineering blog's "<name> is a software engineer on the <team> team.")."""
    brands = ["Brightway", "HomeHaven", "Little Acorn", "Voltline", "KitchenCraft Pro", "Brightway"]
    names = ["Maria", "Kwame", "Olga", "Luca", "Hana", "Diego"]
    teams = ["Storage", "Payments", "Search", "Infrastructure", "Search", "Payments"]
    pages = []
    for k in range(6):
        pages.append(
            f"Office for Safety\nRecalls\nReport a product\nAbout us\n\n{_article(k)}\n\nWhat you should do\n\n"
            f"Stop using the product immediately and contact {brands[k]} for a refund or a repair.\n\n"
            f"{names[k]} is a software engineer on the {teams[k]} team.\n\n"
            "Sign up for email alerts about product recalls\n\nCookies · Privacy notice · Contact us\n\n"
            "© Crown copyright\n"
        )
    _, outs = _learned_outputs(tmp_path, "recalls.example", pages)
    for k, out in enumerate(outs):
        assert _article(k) in out, k
        assert f"contact {brands[k]} for a refund" in out and "What you should do" in out, (k, out)
        assert "software engineer" not in out and "Crown copyright" not in out, (k, out)


def test_a_credit_under_its_heading_is_the_pages_own(tmp_path):
    """Under each advisory, "Credit" over "Reported by <name> through our bug bounty
    programme.", with names of one to three words, then the footer's links and copyright.
    The sentence is worded by its constant text (the names do not dilute its stop words),
    mentions a name inside it and has no telling words: it stays, and so does "Credit",
    a heading alone and not a caption's credit."""
    names = ["Aisha Petrova", "Priya", "Hiroshi van der Berg", "Ingrid Costa", "Lars", "Mei Ling Chen"]
    pages = [
        f"Keystone Security\nProducts\nAdvisories\nSupport\n\n{_article(k)}\n\nCredit\n\n"
        f"Reported by {names[k]} through our bug bounty programme.\n\n"
        "Report a vulnerability · PGP key · security.txt\n\n© 2025 Keystone Software Inc. · Legal · Privacy\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "keystone.example", pages)
    for k, out in enumerate(outs):
        assert out == f"{_article(k)}\n\nCredit\n\nReported by {names[k]} through our bug bounty programme.\n", (k, out)


def test_a_short_templated_sentence_over_the_pages_values_is_the_pages_own(tmp_path):
    """Under each incident, "Crews from <place> and <place> attended." and "The stop
    message was received at <time>.": six and seven words, each page filling them with
    values of its own, ending with a full stop, without words that say what noise they
    are. Templated so, a sentence is a statement from six words (eight for an exact
    line): both stay; the menu, the row of links and the copyright line go."""
    places = ["Ashbury", "Kettlebridge", "Hale Cross", "Westmoor", "St Olave's", "Riverton", "Pine Hill"]
    pages = [
        f"Westmoor Fire\nIncidents\nSafety advice\nCareers\n\n{_article(k)}\n\n"
        f"Crews from {places[k]} and {places[k + 1]} attended.\n\n"
        f"The stop message was received at {(3 + 5 * k) % 24:02d}:{(17 * k) % 60:02d}.\n\n"
        "Station finder · Fire safety · Freedom of information\n\n© 2025 Westmoor Fire and Rescue Service\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "westmoorfire.example", pages)
    for k, out in enumerate(outs):
        assert out == (
            f"{_article(k)}\n\nCrews from {places[k]} and {places[k + 1]} attended.\n\n"
            f"The stop message was received at {(3 + 5 * k) % 24:02d}:{(17 * k) % 60:02d}.\n"
        ), (k, out)


def test_a_measure_of_the_page_is_the_pages_own(tmp_path):
    """Above each repeater's article, "Output <n> MHz · Input shift <n> kHz": its measured
    quantities change from page to page, once on each page, with no words that say what
    noise they are: a measure of the page's own, which stays (the summary says so). The
    list of nearby repeaters under the article, "<place> – <n> km" three to a block, is
    the template's and goes, as do the menu and the copyright line."""
    places = ["Ashbury", "Kettlebridge", "Westmoor"]
    pages = [
        f"RepeaterBook\nDirectory\nMap\nNets\n\nOutput {145.5 + 0.0125 * k:.4f} MHz · Input shift -{600 + 100 * k} kHz"
        f"\n\n{_article(k)}\n\n"
        + "\n".join(f"{place} – {3 + (k * 7 + j * 5) % 40} km" for j, place in enumerate(places))
        + "\n\n© 2025 RepeaterBook · Privacy · Terms\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "repeaterbook.example", pages)
    (learned,) = result.sites
    assert any("a measure of the page's own" in s for s in learned.skipped), learned.skipped
    for k, out in enumerate(outs):
        row = f"Output {145.5 + 0.0125 * k:.4f} MHz · Input shift -{600 + 100 * k} kHz"
        assert out == f"{row}\n\n{_article(k)}\n", (k, out)


def test_times_of_day_of_the_page_are_its_measure_and_the_sites_hours_are_the_templates(tmp_path):
    """Above each flight's article, "Scheduled <hh:mm> · Expected <hh:mm>": times of day that
    change from page to page, once on each page, without words that say what noise they
    are, the page's own measure, which stays. The footer's "Information desk open today
    10:00–18:00", whose times take three values in turn over the six pages, is the site's
    hours and goes with the copyright line."""
    pages = [
        f"Example Airport\nArrivals\nDepartures\nParking\n\n"
        f"Scheduled {7 + k}:{5 * k:02d} · Expected {8 + k}:{10 + 7 * k:02d}\n\n{_article(k)}\n\n"
        f"Information desk open today 10:00–{18 + 2 * (k % 3)}:00\n\n© 2025 Example Airport · Privacy · Terms\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "airport.example", pages)
    (learned,) = result.sites
    assert any("a measure of the page's own" in s for s in learned.skipped), learned.skipped
    for k, out in enumerate(outs):
        row = f"Scheduled {7 + k}:{5 * k:02d} · Expected {8 + k}:{10 + 7 * k:02d}"
        assert out == f"{row}\n\n{_article(k)}\n", (k, out)


def test_a_price_of_the_page_is_the_pages_own(tmp_path):
    """Under each wine's title, its bottle price and "Add to basket": the price's amount
    changes from page to page, once on each page, with no words that say what noise it is:
    a price of the page's own, which stays (the summary says so). The button and the menu
    go. A list of other wines' prices, several to a page, is the template's."""
    titles = ["Rioja Reserva", "Marlborough Sauvignon", "Douro Red", "Mosel Riesling", "Old Vine Grenache", "Syrah"]
    prices = ["£12.99", "£9.50", "£18.00", "£24.99", "£31.50", "£15.00"]
    pages = [
        f"Vine & Barrel\nRed\nWhite\nSparkling\nBasket\n\n{titles[k]}\n\n{prices[k]} a bottle\n\nAdd to basket\n\n"
        f"{_article(k)}\n\nCustomers also bought\n\n"
        + "\n".join(f"{titles[(k + j) % 6]} · {prices[(k + j) % 6]} a bottle" for j in (1, 2, 3))
        + "\n\n© 2025 Vine & Barrel Ltd · Terms · Privacy\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "vineandbarrel.example", pages)
    (learned,) = result.sites
    assert any("are fields of the page's own" in s for s in learned.summary), learned.summary
    for k, out in enumerate(outs):
        assert f"{prices[k]} a bottle\n\n{_article(k)}" in out, (k, out)
        assert "Add to basket" not in out and "Sparkling" not in out, (k, out)


def test_a_figure_alone_between_the_pages_own_text_stays(tmp_path):
    """A bundle's price, "$99.95", alone between two paragraphs of each page: the judge's
    control labels include a figure alone (a button's count), but a figure is no button,
    and the line between the page's own text stays."""
    pages = [
        f"Outdoor Co\nShop\nExpert Advice\nMembership\n\n{_article(k)}\n\n$99.95\n\n"
        f"The bundle on page {k} ships with {BODIES[k % len(BODIES)].split(',')[0].lower()} and a spare strap.\n\n"
        "© Outdoor Co · Privacy · Terms\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "outdoor.example", pages)
    for k, out in enumerate(outs):
        assert "$99.95" in out and "Membership" not in out, (k, out)


def test_a_header_window_ends_at_the_pages_data(tmp_path):
    """Under a glossary's "Search the glossary" line, each term's title, then a row of its
    facts ("noun · /coˈuncil/"), then the template's "Listen · Save term" line. The row is the
    page's data, not a second title: the window under the search line takes the title alone.
    A reference under the breadcrumb ("HA2512345A") is the page's too: the breadcrumb's
    window takes nothing."""
    kinds = ["noun", "verb", "adjective"]
    pages, rows, refs = [], [], []
    for k in range(6):
        word = BODIES[k].split()[1].lower()
        rows.append(f"{kinds[k % 3]} · /{word[:2]}ˈ{word[2:]}/")
        refs.append(f"HA{2512345 + 7919 * k}{'AB'[k % 2]}")
        pages.append(
            "Hollow Archive\nCollections\nVisit\nLearn\nSign in\n\nCatalogue › Record\n\n"
            f"{refs[k]}\n\nSearch the glossary\n\n{BODIES[k][:48]}\n\n{rows[k]}\n\n"
            f"Listen · Save term\n\n{_article(k)}\n\n© Hollow Archive Trust · Terms · Privacy\n"
        )
    _, outs = _learned_outputs(tmp_path, "hollowarchive.example", pages)
    for k, out in enumerate(outs):
        assert rows[k] in out and refs[k] in out, (k, out)
        assert BODIES[k][:48] + "\n" not in out, (k, out)
        assert _article(k) in out and "Hollow Archive Trust" not in out, (k, out)


def test_a_call_to_action_is_a_button_and_takes_no_window(tmp_path):
    """Under each talk's title, the template's "Add to my schedule" button, above the
    speaker's name and role and the abstract. The button is no heading of the speaker's line
    (a call to action: an imperative of the site's controls, though the judge's labels do not
    list it), and it says nothing of the text under it: the rule takes the button, not the
    speaker."""
    speakers = ["Ana Moreau, Kestrel Labs", "Ruth Hale, Orchard Cloud", "Joe Park, Brightpath"]
    speakers += ["Lena Vogt, Mosaic Health", "Tom Reyes, Tidewater", "Mia Berg, Kestrel Labs"]
    pages = [
        "NorthCamp 2026\nSchedule\nSpeakers\nVenue\nTickets\n\n"
        f"{BODIES[k][:44]}\n\nAdd to my schedule\n\n{speakers[k]}\n\n{_article(k)}\n\n"
        "© 2026 NorthCamp · Code of conduct · Privacy\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "northcamp.example", pages)
    for k, out in enumerate(outs):
        assert "Add to my schedule" not in out and speakers[k] in out, (k, out)
        assert _article(k) in out, (k, out)


def test_events_near_you_is_a_related_list_heading(tmp_path):
    """Under each event's page, "Other events near you" above three other events' names and
    dates, different on every page. Without telling words the heading stood above text no
    rule takes (the teasers, each on fewer pages than a rule needs) and was refused as a
    heading of the page's own text; "near you" says what it is, the heading of a list of
    other pages chosen for the reader (a related list), and it goes."""
    names = ["Castle Hundred", "Moor Classic", "Vale Challenge", "Fen Hundred", "Ridge Classic", "Coast Fondo"]
    names += ["Dale Challenge", "Weald Hundred"]
    pages = []
    for k in range(6):
        teasers = "\n".join(f"{names[(k + j) % 8]} – {3 + k + j} May 2026" for j in (1, 2, 3))
        pages.append(
            f"Sportives UK\nEvents\nCalendar\nResults\n\n{_article(k)}\n\nOther events near you\n\n{teasers}\n\n"
            "© Sportives UK Ltd · Terms · Privacy\n"
        )
    _, outs = _learned_outputs(tmp_path, "sportives.example", pages)
    for k, out in enumerate(outs):
        assert "near you" not in out, (k, out)
        assert _article(k) in out, (k, out)


def test_a_labelled_line_of_each_item_of_a_list_is_no_field(tmp_path):
    """Under each thread, "Similar threads": other threads' titles, each with its "Replies:
    <n> · Views: <n>" line. A label over values that change is a field of the page where the
    page gives it once; found under each item of a list, twice or more on a page, it is the
    template's list of other pages, and goes with its items."""
    pages = []
    for k in range(6):
        teasers = "\n\n".join(
            f"{BODIES[(k + j) % 6].split(',')[0][:40]}\nReplies: {3 + 7 * k + j} · Views: {120 + 53 * k + 9 * j}"
            for j in (1, 2)
        )
        pages.append(
            f"Growers' Corner\nForums\nMembers\nLog in\n\n{_article(k)}\n\nSimilar threads\n\n{teasers}\n\n"
            "Contact us · Terms and rules · Privacy policy\n"
        )
    _, outs = _learned_outputs(tmp_path, "growerscorner.example", pages)
    for k, out in enumerate(outs):
        assert "Replies:" not in out and "Views:" not in out, (k, out)
        assert _article(k) in out, (k, out)


def test_a_commission_disclosure_and_you_might_also_like_say_what_they_are(tmp_path):
    """Under each review, "Buy from our partners: ... We may earn a commission." (a sentence,
    an affiliate disclosure in other words than "affiliate") and "You might also like" above
    other reviews' titles: the disclosure is an ad, the heading a related list's."""
    pages = [
        f"Dice Tower Weekly\nReviews\nNews\nPodcast\n\n{_article(k)}\n\n"
        "Buy from our partners: Amazon · Zatu · Board Game Shop. We may earn a commission.\n\n"
        f"You might also like\n\n{BODIES[(k + 2) % 6][:38]}\n{BODIES[(k + 4) % 6][:38]}\n\n"
        "© 2025 Dice Tower Weekly · Privacy · Contact\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "dicetowerweekly.example", pages)
    for k, out in enumerate(outs):
        assert "commission" not in out and "You might also like" not in out, (k, out)
        assert _article(k) in out, (k, out)


def test_a_line_naming_the_pages_subject_takes_no_window(tmp_path):
    """Each barrister's profile opens with "<name>, barrister", a templated line whose name
    differs on every page: the page's own subject, not a frame of the template. The practice
    area under it is the page's fact, and no window of that line takes it."""
    names = ["Ana Moreau", "Ruth Hale", "Joe Park", "Lena Vogt", "Tom Reyes", "Mia Berg"]
    areas = ["Employment", "Family", "Commercial disputes", "Planning", "Crime", "Immigration"]
    pages = [
        "Kings Row Chambers\nBarristers\nClerks\nFees\nContact\n\nFind a barrister › Profile\n\n"
        f"{names[k]}, barrister\n\n{areas[k]}\n\nEnquire about instructing\n\n{_article(k)}\n\n"
        "Kings Row Chambers is regulated by the Bar Standards Board.\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "kingsrow.example", pages)
    for k, out in enumerate(outs):
        assert f"\n{areas[k]}\n" in f"\n{out}", (k, out)
        assert _article(k) in out and "Find a barrister" not in out, (k, out)


def test_a_signed_number_is_one_number(tmp_path):
    """A market strip's change is signed: "+0.42%" on most days, "-1.39%" on some. The sign
    is the number's, so the strip is one templated line, learned from all its pages, and
    goes on the days it fell too."""
    signs = ["+", "+", "-", "+", "-", "+"]
    pages = [
        f"Penny Markets\nStocks\nFunds\nLog in\n\nFTSE 100 {7400 + 37 * k:,}.{10 + k} {signs[k]}0.{42 + k}% · "
        f"GBP/USD 1.{2100 + 13 * k}\n\n{_article(k)}\n\n© 2025 Penny Markets Ltd · Terms · Privacy\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "pennymarkets.example", pages)
    for k, out in enumerate(outs):
        assert "FTSE" not in out and _article(k) in out, (k, out)


def test_a_block_modes_line_above_a_sentence_takes_the_line_alone(tmp_path):
    """A status page's stage line ("Resolved") above each update, in one block with the
    update's sentence. A rule takes a short block whole where the line shares it with a
    caption or a date, not where the other line is a statement of the page's own: the update
    stays. (The stage line then heads the page's own text, and stays too.)"""
    pages = []
    for k in range(6):
        update = BODIES[(k + 3) % len(BODIES)].split(",")[0] + ", and the service is back for every customer."
        pages.append(
            "Kestrel Status\nIncidents\nUptime history\n\nAll incidents › Incident report\n\n"
            f"{BODIES[k][:40]}\n\nResolved\n{update}\n\n{_article(k)}\n\n"
            "Powered by Statuspage · Kestrel home · Privacy\n"
        )
    _, outs = _learned_outputs(tmp_path, "status.kestrel.example", pages)
    for k, out in enumerate(outs):
        update = BODIES[(k + 3) % len(BODIES)].split(",")[0] + ", and the service is back for every customer."
        assert update in out and _article(k) in out, (k, out)
        assert "Powered by" not in out, (k, out)


def test_a_slot_in_the_article_takes_no_prose_next_to_a_rule_that_does_not_frame_it(tmp_path):
    """A parliament's written question: "Asked by <name> (<party>)", the question (a sentence
    shorter than the answer's paragraphs), then "Answered on <date> by <name>" and the answer.
    A one-block slot inside the article is a caption or a comment that its rule says it
    frames; the answered-on line says nothing of the sentence above it, which stays."""
    names = ["Ana Moreau", "Ruth Hale", "Joe Park", "Lena Vogt", "Tom Reyes", "Mia Berg", "Sam Cole"]
    parties = ["Labour", "Conservative", "Green", "Liberal Democrat", "Crossbench", "Labour", "Green"]
    days = ["Monday 3 March 2025", "Friday 9 May 2025", "Tuesday 1 April 2025", "Sunday 6 July 2025"]
    pages, questions = [], []
    for k in range(7):
        questions.append(f"To ask the Home Office what assessment they have made of {BODIES[k % 6][4:60].lower()}.")
        pages.append(
            "Parliament\nMembers\nBusiness\nBills\nCommittees\n\nWritten questions and answers\n\n"
            f"{BODIES[(k + 2) % 6][:44]}\n\nAsked by {names[k]} ({parties[k]})\n\n{questions[k]}\n\n"
            f"Answered on {days[k % 4]} by {names[(k + 3) % 7]}\n\n{_article(k % 6)}\n\n"
            "Parliament 2025 · Cookie policy · Accessibility statement · Contact\n"
        )
    _, outs = _learned_outputs(tmp_path, "questions.example.gov", pages)
    for k, out in enumerate(outs):
        assert questions[k] in out and _article(k % 6) in out, (k, out)
        assert "Cookie policy" not in out, (k, out)


def test_a_label_with_parentheses_is_a_label(tmp_path):
    """Under each song's lyrics, "Writer(s): <name>, <name>": a label may hold a plural in
    parentheses, and over names that change from page to page it is a field of the page,
    which stays; the licence line under it goes."""
    names = ["Ana Moreau", "Ruth Hale", "Joe Park", "Lena Vogt", "Tom Reyes", "Mia Berg", "Sam Cole"]
    pages, writers = [], []
    for k in range(6):
        writers.append(f"Writer(s): {names[k]}, {names[(k + 2) % 7]}")
        pages.append(
            f"LyricShelf\nArtists\nAlbums\nCharts\n\n{_article(k)}\n\n{writers[k]}\n\n"
            "Lyrics licensed and provided by LyricFind. For non-commercial use only.\n\n"
            "© 2025 LyricShelf · DMCA · Privacy · Terms\n"
        )
    _, outs = _learned_outputs(tmp_path, "lyricshelf.example", pages)
    for k, out in enumerate(outs):
        assert writers[k] in out and _article(k) in out, (k, out)
        assert "LyricFind" not in out, (k, out)


def test_a_row_of_the_pages_own_values_is_no_template(tmp_path):
    """Under each incident's title, its row of values: "Resolved · <severity> · <component>".
    A row whose values change from page to page, found once on each page, whose values
    (names of what the page is about) are most of it, without a date and without words that
    say what noise it is, is the page's own data, and stays."""
    levels = ["Minor", "Major", "Critical"]
    parts = ["Webhooks", "Billing", "Dashboard", "Search", "Login", "File storage"]
    pages, rows = [], []
    for k in range(6):
        rows.append(f"Resolved · {levels[k % 3]} · {parts[k]}")
        pages.append(
            f"Kestrel Status\nIncidents\nUptime history\n\n{BODIES[k][:40]}\n\n{rows[k]}\n\n{_article(k)}\n\n"
            "Powered by Statuspage · Kestrel home · Privacy\n"
        )
    _, outs = _learned_outputs(tmp_path, "status.kestrel.example", pages)
    for k, out in enumerate(outs):
        assert rows[k] in out and _article(k) in out, (k, out)
        assert "Powered by" not in out and "Uptime history" not in out, (k, out)


def test_a_letter_above_the_answer_is_no_window_of_the_byline_or_the_lead_in(tmp_path):
    """An agony aunt column: the byline, the reader's letter ("Dear Ruth, ... What should I
    do? – <name>, <town>": two sentences, signed, without a full stop at its end), then "Ruth
    says:" and the answer. Prose of more than one sentence in the header is no title for the
    byline's window, and a lead-in ending with a colon says what follows it, not the text
    above it: the letter stays."""
    days = ["Monday 3 March 2025", "Friday 9 May 2025", "Tuesday 1 April 2025", "Sunday 6 July 2025"]
    people = ["Ana, Leeds", "Joe, Bath", "Mia, Hull", "Tom, York", "Sam, Ely", "Lena, Wells"]
    pages, letters = [], []
    for k in range(6):
        letters.append(f"Dear Ruth, {BODIES[k][4:70].lower()}. What should I do? – {people[k]}")
        pages.append(
            "The Weekend\nNews\nLife\nMoney\nPuzzles\n\nLife › Dear Ruth\n\n"
            f"{BODIES[(k + 2) % 6][:44]}\n\nBy Ruth Hale · {days[k % 4]}\n\n{letters[k]}\n\nRuth says:\n\n"
            f"{_article(k)}\n\n© The Weekend Media Group 2025 · Terms · Privacy · Contact us\n"
        )
    _, outs = _learned_outputs(tmp_path, "theweekend.example", pages)
    for k, out in enumerate(outs):
        assert letters[k] in out and _article(k) in out, (k, out)
        assert "Media Group" not in out, (k, out)


def test_a_telling_label_among_the_pages_fields_is_a_field_too(tmp_path):
    """An advice page's "Still current at: <date>" (a field of the page: a label without
    telling words over dates) shares its block with "Updated: <date>". "Updated" says the
    line dates something, but in a block of the page's own fields it dates what the page is
    about, and its value changes with each page as theirs do: a field too, and it stays,
    where a byline's "Updated <date>" under the menu goes."""
    days = ["3 March 2025", "11 March 2025", "4 April 2025", "18 May 2025", "5 June 2025", "12 July 2025"]
    later = ["9 March 2025", "20 March 2025", "14 April 2025", "27 May 2025", "15 June 2025", "19 July 2025"]
    pages = [
        "Travel office\nCountries\nContact\n\nHome › Travel advice\n\n"
        f"Still current at: {later[k]}\nUpdated: {days[k]}\n\n{_article(k)}\n\n"
        "Is this page useful? Yes · No\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "traveloffice.example", pages)
    (learned,) = result.sites
    assert any("are fields of the page's own" in s for s in learned.summary), learned.summary
    for k, out in enumerate(outs):
        assert f"Still current at: {later[k]}\nUpdated: {days[k]}" in out and _article(k) in out, (k, out)
        assert "Is this page useful?" not in out and "Contact" not in out, (k, out)


def test_a_telling_label_next_to_the_pages_field_is_a_field_too(tmp_path):
    """A register's record: "Applicant: <company>" (a field of the page), then in the next
    block "Published: <date>". "Published" says the line dates something, but next to the
    page's own field, over a value that changes with each page, it dates the record the page
    is about: a field too, and it stays with the applicant."""
    firms = ["Northloop Ltd", "Fernway Robotics", "Brightcart plc", "Quillpad Inc.", "Hollis & Co", "Kite Studio"]
    days = ["3 March 2025", "11 March 2025", "4 April 2025", "18 May 2025", "5 June 2025", "12 July 2025"]
    pages = [
        "Records Office\nSearch\nContact\n\nRegister › Record\n\n"
        f"Applicant: {firms[k]}\n\nPublished: {days[k]}\n\n{_article(k)}\n\n"
        "Was this page useful? Yes · No\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "records.example", pages)
    (learned,) = result.sites
    assert any("are fields of the page's own" in s for s in learned.summary), learned.summary
    for k, out in enumerate(outs):
        assert f"Applicant: {firms[k]}\n\nPublished: {days[k]}" in out and _article(k) in out, (k, out)
        assert "Was this page useful?" not in out and "Contact" not in out, (k, out)


def test_a_row_of_two_buttons_is_no_heading_of_the_pages_text(tmp_path):
    """Under each listing's title, "Save this course · Compare courses" above the article:
    a call to action first in a row of two short items is a row of buttons, the template's
    controls, not a heading of the text under it (the learner refused it as one). It goes;
    the page's text under it stays."""
    pages = [
        "Course Finder\nSearch\nContact\n\nCourses › Evening classes\n\n"
        f"Save this course · Compare courses\n\n{_article(k)}\n\n"
        "Was this page useful? Yes · No\n"
        for k in range(6)
    ]
    _assert_only_the_articles_stay(tmp_path, "coursefinder.example", pages)


def test_a_row_with_a_call_to_action_after_its_first_item_is_no_heading(tmp_path):
    """Under each venue's name, "Get directions · Report a change · Add to my list" above
    the article: its first item is no call to action the learner knows, its last is. A row
    of short links with a call to action in it is a row of controls, wherever the call
    stands, not a heading of the page's text: it goes, the text under it stays."""
    pages = [
        "Venue Guide\nSearch\nContact\n\nVenues › Halls\n\n"
        f"Get directions · Report a change · Add to my list\n\n{_article(k)}\n\n"
        "Was this page useful? Yes · No\n"
        for k in range(6)
    ]
    _assert_only_the_articles_stay(tmp_path, "venueguide.example", pages)


def test_a_mark_before_a_call_to_action_leaves_it_a_button(tmp_path):
    """Under each show's title, "▶ Listen live · 97.4 FM · DAB": the play mark before
    "Listen live" is no word of the label; the row is the station's controls, not a heading
    of the page's text under it. It goes, the text stays."""
    pages = [
        "Radio Vale\nShows\nSchedule\n\nShows › Mornings\n\n"
        f"▶ Listen live · 97.4 FM · DAB\n\n{_article(k)}\n\n"
        "Radio Vale · Privacy · Terms\n"
        for k in range(6)
    ]
    _assert_only_the_articles_stay(tmp_path, "radiovale.example", pages)


def test_pages_whose_article_was_not_found_do_not_vote_on_a_heading(tmp_path):
    """ "Introduction" heads each guide's own text. On five of eight pages the text is two
    short paragraphs, too short for the learner to find the article by its prose: what lies
    under the heading there is not known to be the page's or the template's, and those pages
    do not vote. On the three pages where the article was found (as many as a line needs to
    be learned) it stands above the page's own text: a heading of the page's content,
    refused, and it stays on every page (it was taken where the five unknown pages outvoted
    the three)."""
    pages = []
    for k in range(8):
        text = _article(k) if k < 3 else f"{BODIES[k % len(BODIES)]}\n\n{BODIES[(k + 1) % len(BODIES)]}"
        pages.append(
            f"Guides Press\nBooks\nAuthors\nEvents\n\nGuides › Reading groups\n\nIntroduction\n\n{text}\n\n"
            "© Guides Press · Privacy · Terms\n"
        )
    result, outs = _learned_outputs(tmp_path, "guidespress.example", pages)
    (site,) = result.sites
    assert any("head the page's own text" in s for s in site.summary), site.summary
    for k, out in enumerate(outs):
        assert "Introduction\n\n" in out and "Authors" not in out and "© Guides Press" not in out, (k, out)


def test_pages_whose_article_was_not_found_do_not_vote_on_a_line_between_its_text(tmp_path):
    """ "With every blessing, / The Vicar" stands under each letter's text and above the
    week's list on every page of a parish site. On five of eight pages the letter is two short paragraphs,
    too short for the learner to find the article: those pages do not vote. On the three
    where it was found, the line stands between text of the page's own on both sides: a
    sign-off of the page's, refused, and it stays on every page (the five unknown pages
    outvoted the three, and it was taken)."""
    pages = []
    for k in range(8):
        text = _article(k) if k < 3 else f"{BODIES[k % len(BODIES)]}\n\n{BODIES[(k + 1) % len(BODIES)]}"
        items = "\n".join(f"- {day} {10 + k}: {what} with group {k}" for day, what in DIARY)
        pages.append(
            f"St Anne's Parish\nServices\nGroups\nContact\n\nLetters › From the vicarage\n\n{text}\n\n"
            f"With every blessing,\nThe Vicar\n\n{items}\n\n© St Anne's Parish · Privacy\n"
        )
    result, outs = _learned_outputs(tmp_path, "stanne.example", pages)
    (site,) = result.sites
    assert any("stand between the page's own text" in s for s in site.summary), site.summary
    for k, out in enumerate(outs):
        assert "\n\nWith every blessing,\nThe Vicar\n\n" in out, (k, out)
        assert "Groups" not in out and "© St Anne's" not in out, (k, out)


DIARY = [("Monday", "Coffee morning"), ("Wednesday", "Choir practice"), ("Saturday", "Bell ringing")]


def test_a_sentence_that_fills_in_a_value_of_the_page_is_vouched_for_only_next_to_it(tmp_path):
    """Under each appeal, "Anyone with information is asked to call 101 quoting reference
    <n>." with the appeal's own reference: a sentence of the template's words in which each
    page fills in a value of its own. A share bar two blocks down, in the same chain of
    template blocks, does not vouch for it (a short sentence's rule): it stays, with its
    reference; the share bar and the copyright line go."""
    pages = [
        f"Fenwick Police\nNews\nAppeals\nContact\n\n{_article(k)}\n\n"
        f"Anyone with information is asked to call 101 quoting reference 41/{1200 + 37 * k}/24.\n\n"
        "Fenwick Police Newsroom\n\nShare this appeal · Facebook · WhatsApp · Email\n\n"
        "© Fenwick Police · Privacy · Accessibility\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "police.fenwick.example", pages)
    (site,) = result.sites
    assert any("read like article prose" in s for s in site.summary), site.summary
    for k, out in enumerate(outs):
        assert f"quoting reference 41/{1200 + 37 * k}/24." in out, (k, out)
        assert "Share this appeal" not in out and "© Fenwick Police" not in out, (k, out)


HUT_RULE = "Free cancellation up to 48 hours before your stay."
HUT_WARDEN = "Bookings are confirmed by the warden on the day."
HUT_DOGS = "Dogs are welcome in the dormitory as long as they sleep in a basket of their own."


def test_a_run_of_sentences_bounded_by_the_template_on_every_page_is_the_templates(tmp_path):
    """The same two short sentences on every page, between the hut's buttons and the heading
    of other huts: a run bounded by the template's rules on both sides, without a telling
    line right next to it, is the template's, and goes. The same kind of sentence right
    above the article on every page touches the article: the page's, and it stays, as a
    note above every article does (the prose guard)."""
    pages = [
        f"Example Huts\nHuts\nRoutes\nHelp\n\n{HUT_DOGS}\n\n{_article(k)}\n\n"
        f"Check availability · Save to my huts\n\n{HUT_RULE}\n\n{HUT_WARDEN}\n\nOther huts near you\n\n"
        "Example Huts · About · Terms · Privacy\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "huts.example", pages)
    (site,) = result.sites
    assert HUT_DOGS not in site.yaml and any("read like article prose" in s for s in site.summary), site.summary
    for k, out in enumerate(outs):
        assert out == f"{HUT_DOGS}\n\n{_article(k)}\n", (k, out)


def test_a_heading_above_sentences_of_the_template_is_no_heading_of_the_pages_text(tmp_path):
    """ "Before you book" above the same two sentences on every page, under the hut's
    buttons and above the footer: the sentences are the template's (bounded by its rules),
    so the line above them heads no text of the page's own, and all three go."""
    pages = [
        f"Example Huts\nHuts\nRoutes\nHelp\n\n{_article(k)}\n\nCheck availability · Save to my huts\n\n"
        f"Before you book\n\n{HUT_RULE}\n\n{HUT_WARDEN}\n\nExample Huts · About · Terms · Privacy\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "huts.example", pages)
    for k, out in enumerate(outs):
        assert out == f"{_article(k)}\n", (k, out)


GRID_NOTES = [
    "If you rely on medical equipment, join our priority register before the next storm arrives.",
    "Never approach fallen power lines. Call the emergency number immediately.",
]
GRID_UPDATES = [
    "Engineers found a damaged cable under the old mill bridge.",
    "A fallen tree brought the line down near the primary school.",
    "Power came back to most homes in the village by midnight.",
    "The substation at Eastfield tripped during the night's storm.",
    "Crews return tomorrow morning to finish the work on the pylon.",
    "Homes on the hill were switched to a generator for the evening.",
]


def test_sentences_under_the_article_with_the_template_below_are_the_templates(tmp_path):
    """Under each notice, the template's row of buttons, the page's own update, then the same
    two sentences on every page above the operator's footer. Set apart from the article's
    paragraphs, in the footer zone, with the template right below, the run of two is the
    template's (round 23 asked for the template on both sides, and they stayed): they go
    with the footer; the update, a line of the page's own, stays."""
    pages = [
        f"Example Grid\nPower cuts\nReport a fault\nContact\n\n{_article(k)}\n\nReport a power cut · Get updates by "
        f"text\n\n{GRID_UPDATES[k]}\n\n{GRID_NOTES[0]}\n\n{GRID_NOTES[1]}\n\n"
        "Example Grid plc · Privacy · Accessibility\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "grid.example", pages)
    (site,) = result.sites
    assert GRID_NOTES[1] in site.yaml, site.summary
    for k, out in enumerate(outs):
        assert out == f"{_article(k)}\n\n{GRID_UPDATES[k]}\n", (k, out)


def test_a_sentence_right_under_the_article_stays_though_the_template_is_below(tmp_path):
    """The same two sentences on every page right under the article's last paragraph, above
    the footer: they touch the article, whose close they may be, and stay (the article's
    side is never the template's, as for a note above every article)."""
    pages = [
        f"Example Grid\nPower cuts\nReport a fault\nContact\n\n{_article(k)}\n\n{GRID_NOTES[0]}\n\n{GRID_NOTES[1]}\n\n"
        "Example Grid plc · Privacy · Accessibility\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "grid.example", pages)
    for k, out in enumerate(outs):
        assert out == f"{_article(k)}\n\n{GRID_NOTES[0]}\n\n{GRID_NOTES[1]}\n", (k, out)


INGREDIENTS = ["ibuprofen", "cetirizine hydrochloride", "omeprazole", "loratadine", "paracetamol", "aspirin"]
LABEL_NOTE = "Always read the label. Do not take more than the recommended dose."


def test_a_sentence_under_a_field_of_the_page_stays(tmp_path):
    """Under each medicine's "Active ingredient: <value>", a field of the page's own, the
    same sentence on every page, then the template's footer: the sentence speaks of the
    page's field, not of the template, and stays, though the template is right below it."""
    pages = [
        f"Example Pharmacy\nMedicines\nOffers\nBasket\n\n{_article(k)}\n\nActive ingredient: {INGREDIENTS[k]}\n\n"
        f"{LABEL_NOTE}\n\nExample Pharmacy Ltd · Privacy · Terms\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "pharmacy.example", pages)
    for k, out in enumerate(outs):
        assert f"Active ingredient: {INGREDIENTS[k]}\n\n{LABEL_NOTE}\n" in out, (k, out)
        assert "Basket" not in out and "Example Pharmacy Ltd" not in out, (k, out)


SHOP_NOTE = "Pharmacy medicine: you will be asked a few questions before we can supply it."
MEDICINES = ["Ibuprofen 200mg tablets", "Cetirizine 10mg tablets", "Omeprazole 20mg capsules", "Loratadine 10mg"]


def test_a_sentence_above_the_article_with_the_template_right_above_is_the_templates(tmp_path):
    """Above each medicine's text, under the template's buttons, the same sentence on every
    page, then the page's own heading of its text: set apart from the article, in the header
    zone, with the template right above it, the sentence is the template's and goes; the
    heading and the article stay. (A note right above every article touches the article and
    stays, see the hut's page above.)"""
    pages = [
        f"Example Chemist\nPrescriptions\nOffers\nBasket (0)\n\nHome › Medicines › Pain relief\n\n"
        f"{MEDICINES[k % 4]}\n\n£{k + 3}.99 · {k + 12} tablets\n\nAdd to basket\nSave for later\n\n{SHOP_NOTE}\n\n"
        f"Product information\n\n{_article(k)}\n\nExample Chemist Ltd · Privacy · Terms\n"
        for k in range(6)
    ]
    result, outs = _learned_outputs(tmp_path, "chemist.example", pages)
    (site,) = result.sites
    assert SHOP_NOTE in site.yaml, site.summary
    for k, out in enumerate(outs):
        assert SHOP_NOTE not in out and f"Product information\n\n{_article(k)}\n" in out, (k, out)


CHAIRS = ["Amara Okafor", "James Van der Berg", "Elena Larsen", "Noah Lopez", "Olga Novak", "Chen Ito"]


def test_a_contact_field_and_a_sentence_naming_whom_to_contact_are_the_pages_own(tmp_path):
    """Under each call for papers, "To ask about this call, contact <name> at the programme
    office." and "Contact: <name>, programme chair" (the names change from page to page),
    then the footer's row with its "Contact" link. "Contact" names the noise as a
    link or a box's heading, not as a field's label nor inside a statement: the field and
    the sentence say whom to ask about what the page is about, and stay; the footer goes."""
    pages = [
        f"Example Calls\nCalls\nConferences\nJournals\n\n{_article(k)}\n\n"
        f"To ask about this call, contact {CHAIRS[(k + 1) % 6]} at the programme office.\n\n"
        f"Contact: {CHAIRS[k]}, programme chair\n\n© 2025 Example Calls · Contact · Privacy\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "calls.example", pages)
    for k, out in enumerate(outs):
        assert out == (
            f"{_article(k)}\n\nTo ask about this call, contact {CHAIRS[(k + 1) % 6]} at the programme office.\n\n"
            f"Contact: {CHAIRS[k]}, programme chair\n"
        ), (k, out)


CLIPS = ["Highlights from the derby", "The manager on the late winner", "Every goal of the weekend",
         "Inside the training ground", "Fans react to the draw", "The save of the season"]  # fmt: skip


def test_a_video_teaser_under_watch_is_a_link_to_another_page(tmp_path):
    """Between each report's long paragraphs, "Watch: <a clip's title> (<m:ss>)": "Watch:" as
    the line's label names a video teaser, a link to another page, as "Read more:" names a
    story's, not a field of the page's own: it goes, and the article stays whole."""

    def closing(k):
        return f"{BODIES[(k + 3) % len(BODIES)]} {BODIES[(k + 4) % len(BODIES)]}"

    pages = [
        f"Example Sport\nFootball\nCricket\nRugby\n\n{_article(k)}\n\nWatch: {CLIPS[k]} ({k + 1}:{10 + 7 * k})\n\n"
        f"{closing(k)}\n\n© 2025 Example Sport · Privacy · Terms\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "sport.example", pages)
    for k, out in enumerate(outs):
        assert out == f"{_article(k)}\n\n{closing(k)}\n", (k, out)


COUNTRIES = ["England and Wales", "Scotland", "England and Wales", "Scotland", "Scotland", "England and Wales"]


def test_a_download_button_with_its_files_size_is_a_control_of_the_template(tmp_path):
    """Under each decision's fields ("Decision date: <date>", "Country: <value>"), "Download
    the decision (PDF, <n> KB)", its size changing from page to page, then the decision's
    text: a call to action whose note gives its file's type and size is a button, the
    template's control, not a field beside the page's fields nor a line between the page's
    own text. It goes; the fields and the article stay."""
    pages = [
        f"Example Tribunals\nDecisions\nHearings\nContact\n\nDecision date: {k + 3} March 2024\n\n"
        f"Country: {COUNTRIES[k]}\n\nDownload the decision (PDF, {120 + 97 * k} KB)\n\n{_article(k)}\n\n"
        "© 2025 Example Tribunals · Privacy · Terms\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "tribunals.example", pages)
    for k, out in enumerate(outs):
        assert out == f"Decision date: {k + 3} March 2024\n\nCountry: {COUNTRIES[k]}\n\n{_article(k)}\n", (k, out)


FUNCTIONS = ["greet", "total", "parse", "render", "fetch", "close"]


def test_punctuation_inside_the_article_is_the_articles_own(tmp_path):
    """A docs site's articles hold code samples between their paragraphs: each sample's
    closing "}" and "});", and the "..." that elides its middle, recur on every page and
    several times in each article. Punctuation names nothing: inside the article it is the
    article's own syntax, and stays (real docs sites lost their code's closing lines to a
    learned separator rule); the menu and the footer go."""

    def sample(k, j):
        name = FUNCTIONS[(k + j) % len(FUNCTIONS)]
        return f"function {name}{j}(items) {{\nitems.forEach((item) => {{\nuse{k}(item, {j});\n...\n}});\n}}"

    own = [
        f"{_paragraph(k, 0)}\n\n{sample(k, 0)}\n\n{_paragraph(k, 1)}\n\n{sample(k, 1)}\n\n{_paragraph(k, 2)}"
        for k in range(6)
    ]
    pages = [
        f"Example Docs\nGuides\nReference\nBlog\n\n{own[k]}\n\n© 2025 Example Docs · Privacy · Terms\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "docs.example", pages)
    for k, out in enumerate(outs):
        assert out == own[k] + "\n", (k, out)


BITS = ["Phillips #000", "Torx T5", "Pentalobe P2", "Tri-point Y000", "Hex 1.5 mm", "Flathead 2.0 mm",
        "Nut Driver 4 mm", "Gamebit 3.8 mm", "Spanner 4 mm", "Square 0", "Triangle 2 mm", "Standoff 5 mm"]  # fmt: skip


def test_a_mark_alone_takes_no_window(tmp_path):
    """Under the menu of a shop's kit pages, a dialog: its close button "×", then the kit's
    own contents (two bits, different on every page), then "Add to cart" above the
    article. "×" names nothing: it says no more of the text below it than a button does,
    so no window of its takes the kit's contents (a real shop lost its kits' bits so); "×",
    the button, the menu and the footer go."""
    kits = [f"{BITS[2 * k]}\n\n{BITS[2 * k + 1]}" for k in range(6)]
    pages = [
        f"Example Tools\nKits\nParts\nGuides\n\n×\n\n{kits[k]}\n\nAdd to cart\n\n{_article(k)}\n\n"
        "© 2025 Example Tools · Privacy · Terms\n"
        for k in range(6)
    ]
    _, outs = _learned_outputs(tmp_path, "kits.example", pages)
    for k, out in enumerate(outs):
        assert out == f"{kits[k]}\n\n{_article(k)}\n", (k, out)
