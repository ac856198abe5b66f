"""Body and field rules: a site names its article and its metadata by XPath or CSS.

The page and rule files are written for these tests (a made-up Harbour Times), never
benchmark pages. Everything runs for real: lxml, the judge's models, the shipped rules.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, Options, load_rulebook
from cleaner.cli import app
from cleaner.errors import RuleFileError
from cleaner.html import read_page
from cleaner.rules.validate import parse_rule_file
from cleaner.tools.examples import check_rule

URL = "https://www.harbourtimes.example.com/local/ferry-timetable"
PARAS = [
    "The harbour board approved the new ferry timetable on Tuesday, after a public consultation "
    "that lasted more than a year and drew four thousand replies.",
    "Ferries will run every twenty minutes at peak hours, the board said, and the night service "
    "that was cut in the spring returns in May.",
    "Residents of the islands had asked for earlier morning crossings; the first boat now leaves "
    "at half past five, an hour earlier than before.",
]
STORY = f"""<div id="story">
<p>{PARAS[0]}</p>
<div class="in-brief"><ul><li><a href="/a">Timetables</a></li><li><a href="/b">Fares</a></li>
<li><a href="/c">Ports</a></li></ul></div>
<p>{PARAS[1]}</p>
<div class="promo">Get the Harbour Times app</div>
<p>{PARAS[2]}</p>
<p>Copyright 2021 Harbour Times. All rights reserved.</p>
</div>"""
PAGE = f"""<html><head><title>Ferry timetable approved | Harbour Times</title>
<meta property="og:title" content="Ferry timetable approved">
<meta name="author" content="Newsroom"><meta property="article:published_time" content="2021-04-30"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="byline"><a rel="author" href="/staff/ana">Ana Lind</a> <time datetime="2021-05-03T09:00">3 May</time></div>
<h1 class="headline">New ferry timetable approved after long consultation</h1>
{STORY}
<aside class="most-read"><h2>Most read</h2><ul><li><a href="/x">Storm closes bridge</a></li>
<li><a href="/y">New mayor sworn in</a></li></ul></aside>
<footer><p>About us</p><p>Contact</p><p>Privacy</p></footer>
</body></html>"""
# What the site's rules keep of PAGE, by hand: the story's text less the promo (the site's
# prune rule) and the copyright line (the shipped copyright rule); its link list stays.
EXPECTED = f"{PARAS[0]}\n\nTimetables\n\nFares\n\nPorts\n\n{PARAS[1]}\n\n{PARAS[2]}\n"

BODY_RULE = """  - id: harbourtimes.example.com/story
    kind: body
    category: boilerplate
    description: The article is div#story; menus, headline, byline and sidebars are outside it.
    css: div#story
    examples:
      remove:
        - text: '<nav><a href="/">Home</a></nav><div id="story"><p>The article.</p></div><footer>About us</footer>'
          output: The article.
      keep: ['<div id="main"><p>A page of another layout.</p></div>']
"""
PROMO_RULE = """  - id: harbourtimes.example.com/promo
    kind: prune
    category: promo
    description: The app promotion placed in the article.
    css: div.promo
    examples:
      remove: ['<p>Text.</p><div class="promo">Get the app</div>']
"""
FIELD_RULES = """  - id: harbourtimes.example.com/title
    kind: field
    field: title
    category: metadata
    description: The headline.
    xpath: //h1[@class='headline']
    examples:
      keep:
        - {text: '<h1 class="headline">Storm closes bridge</h1><p>Text.</p>', metadata: {title: Storm closes bridge}}
  - id: harbourtimes.example.com/author
    kind: field
    field: author
    category: metadata
    description: The byline's author links.
    xpath: //div[@class='byline']/a[@rel='author']
    examples:
      keep:
        - text: '<div class="byline"><a rel="author">Ana Lind</a> and <a rel="author">Per Ek</a></div><p>Text.</p>'
          metadata: {author: 'Ana Lind, Per Ek'}
  - id: harbourtimes.example.com/date
    kind: field
    field: date
    category: metadata
    description: The byline's time stamp.
    xpath: //div[@class='byline']/time/@datetime
    examples:
      keep:
        - text: '<div class="byline"><time datetime="2021-05-03T09:00">3 May</time></div><p>Text.</p>'
          metadata: {date: '2021-05-03'}
"""


def _site_file(tmp_path, *rules: str, name: str = "harbourtimes.example.com.yaml"):
    path = tmp_path / name
    path.write_text("scope: {sites: [harbourtimes.example.com]}\nrules:\n" + "".join(rules), encoding="utf-8")
    return path


def _cleaner(tmp_path, *rules: str) -> Cleaner:
    return Cleaner(load_rulebook([_site_file(tmp_path, *rules)]))


def _story_ids(html: str, *ids: str) -> str:
    return html.replace('<div id="story">', "".join(f'<div id="{i}">' for i in ids) + "</div>" * (len(ids) - 1), 1)


# ----------------------------------------------------------------------------- body rules


def test_a_body_rule_keeps_the_article_and_removes_the_rest_under_its_id(tmp_path):
    result = _cleaner(tmp_path, BODY_RULE, PROMO_RULE).clean_html(PAGE, url=URL)
    assert result.text == EXPECTED
    by_rule: dict[str, list[str]] = {}
    for e in result.edits:
        by_rule.setdefault(e.rule, []).append(result.original[e.start : e.end].strip())
    body = by_rule.pop("harbourtimes.example.com/story")
    assert body == [
        *("Home", "Local", "Sport", "Weather", "Ana Lind 3 May"),
        "New ferry timetable approved after long consultation",
        *("Most read", "Storm closes bridge", "New mayor sworn in", "About us", "Contact", "Privacy"),
    ]
    # inside the article: the site's prune rule and the shipped text rules, never the judge
    assert by_rule == {
        "harbourtimes.example.com/promo": ["Get the Harbour Times app"],
        "copyright-line": ["Copyright 2021 Harbour Times. All rights reserved."],
        "trim-document": [""],
    }
    edit = next(e for e in result.edits if e.rule == "harbourtimes.example.com/story")
    assert edit.category == "boilerplate" and edit.file == "harbourtimes.example.com.yaml"
    assert edit.reason == (
        "The article is div#story; menus, headline, byline and sidebars are outside it. "
        '(outside the article: <div id="story">, selected by css: div#story)'
    )
    assert not result.warnings and not result.flagged
    # the link list in the story is the judge's to remove when the site says nothing
    judged = _cleaner(tmp_path, PROMO_RULE).clean_html(PAGE, url=URL)
    assert "Timetables" not in judged.text and any(e.rule.startswith("judge-") for e in judged.edits)


def test_a_body_rule_that_selects_nothing_leaves_the_page_to_the_judge_and_says_so(tmp_path):
    page = PAGE.replace('id="story"', 'id="article-text"')
    alone = Cleaner(load_rulebook()).clean_html(page, url=URL)
    result = _cleaner(tmp_path, BODY_RULE).clean_html(page, url=URL)
    assert result.text == alone.text and PARAS[0] in result.text
    assert [e.rule for e in result.edits] == [e.rule for e in alone.edits]
    assert result.warnings == [
        "body rule(s) harbourtimes.example.com/story selected nothing on this page; the judge chose the article"
    ]


def test_an_empty_selected_element_is_no_article(tmp_path):
    """A selector that matches an element without text (a placeholder) is no match: the
    output is not emptied."""
    page = PAGE.replace("<footer>", '<div id="story"></div><footer>')
    page = page.replace('<div id="story">\n', '<div id="article-text">\n')
    result = _cleaner(tmp_path, BODY_RULE).clean_html(page, url=URL)
    assert PARAS[0] in result.text and "selected nothing" in result.warnings[0]


def test_body_rules_are_alternatives_the_first_that_selects_text_wins(tmp_path):
    second = BODY_RULE.replace("/story", "/story-article").replace("css: div#story", "css: article.story")
    second = second.replace('<div id="story">', '<article class="story">')
    second = second.replace("</div><footer>", "</article><footer>")
    book = [BODY_RULE, second]
    old_layout = PAGE.replace('<div id="story">', '<article class="story">').replace(
        "</div>\n<aside", "</article>\n<aside"
    )
    result = _cleaner(tmp_path, *book).clean_html(old_layout, url=URL)
    assert {e.rule for e in result.edits} >= {"harbourtimes.example.com/story-article"}
    assert "harbourtimes.example.com/story" not in {e.rule for e in result.edits}
    assert PARAS[0] in result.text and "Storm closes bridge" not in result.text and not result.warnings
    # both present: the first in file order names the article
    both = PAGE.replace("<footer>", '<article class="story"><p>A teaser in an article card.</p></article><footer>')
    result = _cleaner(tmp_path, *book).clean_html(both, url=URL)
    assert "harbourtimes.example.com/story" in {e.rule for e in result.edits}
    assert "A teaser in an article card." not in result.text


def test_a_union_selects_every_element_it_names(tmp_path):
    rule = BODY_RULE.replace("css: div#story", "xpath: //div[@id='story'] | //div[@class='byline']")
    result = _cleaner(tmp_path, rule).clean_html(PAGE, url=URL)
    assert result.text.startswith("Ana Lind 3 May\n\n" + PARAS[0])
    assert "New ferry timetable" not in result.text
    edit = next(e for e in result.edits if e.rule == "harbourtimes.example.com/story")
    assert 'article: <div class="byline">, <div id="story">, selected' in edit.reason  # both, in page order


def test_the_guard_flags_a_page_whose_body_a_body_rule_left_out(tmp_path):
    # A body rule that selects the wrong element (after a redesign, css: header) keeps the
    # menu and removes the story. The judge does not run on such a page, but the guard still
    # counts the page's prose: the share removed alone (under half here) would not flag it.
    menu = "".join(f"<li><a href='/s/{i}'>Section number {i} of the site</a></li>" for i in range(30))
    page = PAGE.replace("<nav><ul>", f"<nav><ul>{menu}")
    wrong = BODY_RULE.replace("css: div#story", "css: header")
    result = _cleaner(tmp_path, wrong).clean_html(page, url=URL)
    assert "Section number 29 of the site" in result.text and PARAS[0] not in result.text
    assert result.removed_share < 0.5 and result.flagged
    assert any(
        w.startswith("over-removal guard: 0 of the page's ") and w.endswith(" characters of prose are left")
        for w in result.warnings
    ), result.warnings
    # the rule that selects the story: not flagged
    assert not _cleaner(tmp_path, BODY_RULE).clean_html(page, url=URL).flagged


def test_body_rules_apply_to_the_sites_pages_only_and_never_to_text(tmp_path):
    cleaner = _cleaner(tmp_path, BODY_RULE)
    other = cleaner.clean_html(PAGE, url="https://other.example.org/ferry")
    assert not any(e.rule.startswith("harbourtimes") for e in other.edits)
    text = read_page(PAGE).text
    as_text = cleaner.clean(text, url=URL, form="text")
    assert not any(e.rule.startswith("harbourtimes") for e in as_text.edits)


def test_with_judge_off_the_body_rule_still_applies(tmp_path):
    book = load_rulebook([_site_file(tmp_path, BODY_RULE, PROMO_RULE)])
    result = Cleaner(book, Options(judge=False)).clean_html(PAGE, url=URL)
    assert result.text == EXPECTED


# ----------------------------------------------------------------------------- field rules


def test_field_rules_fill_the_metadata_over_the_page_head(tmp_path):
    result = _cleaner(tmp_path, FIELD_RULES).clean_html(PAGE, url=URL)
    meta = result.metadata
    assert (meta["title"], meta["author"], meta["date"]) == (
        "New ferry timetable approved after long consultation",
        "Ana Lind",
        "2021-05-03",
    )
    head = Cleaner(load_rulebook()).clean_html(PAGE, url=URL).metadata
    assert (head["title"], head["author"], head["date"]) == ("Ferry timetable approved", "Newsroom", "2021-04-30")
    assert not any(e.rule.startswith("harbourtimes") for e in result.edits)  # fields remove nothing


def test_a_field_rule_that_finds_nothing_or_no_date_leaves_the_head_value(tmp_path):
    page = PAGE.replace('class="headline"', 'class="title"').replace('datetime="2021-05-03T09:00"', 'datetime="soon"')
    result = _cleaner(tmp_path, FIELD_RULES).clean_html(page, url=URL)
    assert (result.metadata["title"], result.metadata["date"]) == ("Ferry timetable approved", "2021-04-30")
    assert result.warnings == ["harbourtimes.example.com/date: date 'soon' not understood; the page's own date is kept"]


# ----------------------------------------------------------------------------- CLI, log, restore


def test_cli_clean_log_and_restore_give_the_page_text_back(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "ferry.html").write_text(PAGE, encoding="utf-8")
    rules = _site_file(tmp_path, BODY_RULE, PROMO_RULE, FIELD_RULES)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    runner = CliRunner()
    page = str(pages / "ferry.html")
    r = runner.invoke(app, ["clean", page, "-o", str(out), "--log", str(log), "--rules", str(rules), "--url", URL])
    assert r.exit_code == 0, r.output
    assert (out / "ferry.txt").read_text(encoding="utf-8") == EXPECTED
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    doc = next(x for x in records if x["type"] == "doc")
    assert doc["metadata"]["title"] == "New ferry timetable approved after long consultation"
    assert doc["metadata"]["author"] == "Ana Lind" and doc["metadata"]["date"] == "2021-05-03"
    assert sum(x["type"] == "edit" and x["rule"] == "harbourtimes.example.com/story" for x in records) == 12
    r = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(tmp_path / "restored")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "restored" / "ferry.txt").read_text(encoding="utf-8") == read_page(PAGE).text


def test_rules_test_runs_body_and_field_examples_and_reports_a_wrong_one(tmp_path):
    good = _site_file(tmp_path, BODY_RULE, FIELD_RULES)
    r = CliRunner().invoke(app, ["rules", "test", str(good)])
    assert r.exit_code == 0 and "5 examples, 0 failed" in r.output, r.output
    wrong = BODY_RULE.replace("output: The article.", "output: Home The article.")
    wrong += FIELD_RULES.replace("metadata: {title: Storm closes bridge}", "metadata: {title: Storm}")
    bad = _site_file(tmp_path, wrong, name="bad.yaml")
    r = CliRunner().invoke(app, ["rules", "test", str(bad)])
    assert r.exit_code == 1
    assert "rule 'harbourtimes.example.com/story' example remove[0]: output differs" in r.output
    assert "rule 'harbourtimes.example.com/title' example keep[0]: metadata title differs" in r.output


def test_a_field_example_the_head_fills_but_the_rule_does_not_read_fails(tmp_path):
    rule = FIELD_RULES.split("  - id: harbourtimes.example.com/author")[0].replace(
        "'<h1 class=\"headline\">Storm closes bridge</h1><p>Text.</p>'",
        "'<html><head><title>Storm closes bridge</title></head><body><h1>Storm closes bridge</h1></body></html>'",
    )
    f = parse_rule_file("scope: {sites: [harbourtimes.example.com]}\nrules:\n" + rule, "x.yaml")
    assert [x.message for x in check_rule(f.rules[0])] == ["the rule read no title"]


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("scope", "rule", "message"),
    [
        ("generic", BODY_RULE, "field 'kind': a 'body' rule names what one site's pages hold"),
        (
            None,
            BODY_RULE.replace("          output: The article.\n", ""),
            "field 'examples.remove': each is {text: an HTML snippet, output: the text the rule keeps of it}",
        ),
        (None, BODY_RULE.replace("css: div#story", "xpath: //div[@id="), "field 'xpath': bad XPath"),
        (None, BODY_RULE.replace("    css: div#story\n", ""), "give exactly one of 'xpath' or 'css'"),
        (None, FIELD_RULES.replace("field: title", "field: headline"), "field 'field': must be one of title, author"),
        (
            None,
            FIELD_RULES.replace("      keep:\n        - {text", "      remove:\n        - {text", 1),
            "field 'examples.remove': a field rule removes nothing: use 'keep'",
        ),
        (
            None,
            FIELD_RULES.replace(", metadata: {title: Storm closes bridge}", ""),
            "field 'examples.keep': each is {text: an HTML snippet, metadata:",
        ),
    ],
)
def test_bad_body_and_field_rules_stop_the_load(scope, rule, message):
    head = "scope: generic\n" if scope == "generic" else "scope: {sites: [harbourtimes.example.com]}\n"
    with pytest.raises(RuleFileError, match=message.replace("{", r"\{").replace("(", r"\(").replace("[", r"\[")):
        parse_rule_file(head + "rules:\n" + rule, "x.yaml")
