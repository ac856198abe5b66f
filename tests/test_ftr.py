"""``cleaner rules import-ftr``: FiveFilters site configs as cleaner rule files."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, load_rulebook
from cleaner.cli import app
from cleaner.errors import RuleFileError
from cleaner.rules.validate import parse_rule_file
from cleaner.tools.examples import check_all
from cleaner.tools.ftr import convert, example_for, import_paths, site_of

SITE_FILE = """# Example News (written for these tests)
title: //h1[@class='headline']
body: //div[@id='article-body']
strip: //div[@class='share-tools']
strip: //aside[contains(@class, 'related')] | //footer
strip: //p[last()]/following-sibling::*
strip_id_or_class: newsletter-signup
strip_image_src: /ads/
find_string: Read more at Example News
replace_string:
find_string: <br /><br />
replace_string: </p><p>
replace_string(Sponsored content \\ partner): [sponsored]
test_url: https://www.example.com/2020/01/01/story.html
next_page_link: //a[@rel='next']
frobnicate: yes
"""


def test_site_scope_from_the_file_name():
    assert site_of(".example.com.txt") == ("example.com", True, None)
    assert site_of("www.example.com.txt") == ("example.com", False, None)
    assert site_of("news.bbc.co.uk.txt")[:2] == ("news.bbc.co.uk", False)
    assert site_of("global.txt")[2] is not None


def test_converts_what_maps_and_reports_the_rest(tmp_path):
    result = convert(SITE_FILE, ".example.com.txt")
    assert result.site == "example.com" and not result.notes  # leading dot: subdomains, as cleaner does
    f = parse_rule_file(result.yaml, "example.com.yaml")
    assert f.sites == ("example.com",)
    rules = {r.id: r for r in f.rules}
    prunes = [r for r in f.rules if r.kind == "prune"]
    assert [r.xpath for r in prunes] == [
        "//div[@class='share-tools']",
        "//aside[contains(@class, 'related')] | //footer",
        "//*[contains(@class, 'newsletter-signup') or contains(@id, 'newsletter-signup')]",
        "//img[contains(@src, '/ads/')]",
    ]
    assert "xpath: //p[last()]/following-sibling::*" in result.yaml and "enabled: false" in result.yaml
    assert {r.category for r in prunes} >= {"share", "related", "newsletter", "ad"}
    replace = [r for r in f.rules if r.kind == "line"]
    assert sorted((r.pattern.source, r.replacement, r.action) for r in replace) == [
        ("Read more at Example News", "", "remove"),
        ("Sponsored content \\ partner", "[sponsored]", "replace"),
    ]
    skipped = {s.directive.split(":")[0]: s.reason for s in result.skipped}
    assert set(skipped) == {"title", "body", "find_string", "test_url", "next_page_link", "frobnicate"}
    assert "HTML" in skipped["find_string"] and "unknown" in skipped["frobnicate"]
    assert all(s.line for s in result.skipped)
    count, failures = check_all(load_rulebook([_write(tmp_path, result)], defaults=False), builtin=False)
    assert count and not failures, "\n".join(map(str, failures))
    assert "example.com/ftr-strip-1" in rules


def _write(tmp_path, result):
    path = tmp_path / f"{result.site}.yaml"
    path.write_text(result.yaml, encoding="utf-8")
    return path


def test_replacements_run_on_text_and_prune_rules_do_nothing_there(tmp_path):
    book = load_rulebook([_write(tmp_path, convert(SITE_FILE, ".example.com.txt"))], defaults=False)
    text = (
        "A first paragraph of the story, long enough to be a paragraph.\n\n"
        "Sponsored content \\ partner: a second paragraph. Read more at Example News\n"
    )
    out = Cleaner(book).clean(text, url="https://news.example.com/a").text
    assert out == "A first paragraph of the story, long enough to be a paragraph.\n\n[sponsored]: a second paragraph.\n"


def test_plain_file_name_widens_to_subdomains_and_says_so():
    result = convert("strip: //div[@class='ad']\n", "example.org.txt")
    assert result.rules == 1 and "subdomains" in result.notes[0]


def test_examples_are_built_only_for_xpaths_they_match():
    assert 'class="a b"' in example_for("//div[contains(@class,'a') and contains(@class, 'b')]")
    assert example_for("//div[@id='x']/following::p") is None
    assert example_for("//*[starts-with(@id, 'ad-')]").count("ad-") == 1


def test_loader_validates_prune_rules():
    bad = """scope: {sites: [example.com]}
rules:
  - id: example.com/p
    kind: prune
    category: ad
    description: d
    xpath: //div[
    examples: {remove: ['<div>x</div>']}
"""
    with pytest.raises(RuleFileError, match=r"field 'xpath': bad XPath"):
        parse_rule_file(bad, "x.yaml")
    with pytest.raises(RuleFileError, match=r"field 'xpath': give exactly one of 'xpath' or 'css'"):
        parse_rule_file(bad.replace("    xpath: //div[\n", ""), "x.yaml")
    wrong = bad.replace("//div[", "//div[@class='ad']").replace("<div>x</div>", "<p>x</p>")
    book_file = parse_rule_file(wrong, "x.yaml")
    from cleaner.tools.examples import check_rule

    assert "selected no element" in check_rule(book_file.rules[0])[0].message


def test_cli_import_writes_files_and_reports(tmp_path):
    src = tmp_path / "ftr"
    src.mkdir()
    (src / ".example.com.txt").write_text(SITE_FILE, encoding="utf-8")
    (src / "global.txt").write_text("strip: //nav\n", encoding="utf-8")
    (src / "not a site.txt").write_text("strip: //nav\n", encoding="utf-8")
    out = tmp_path / "rules" / "imported"
    r = CliRunner().invoke(app, ["rules", "import-ftr", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "example.com.yaml").is_file() and len(list(out.iterdir())) == 1
    assert "global.txt:0: (file): not converted" in r.stderr
    assert ".example.com.txt:2: title: //h1[@class='headline']: not converted" in r.stderr
    assert "does not name a site" in r.stderr
    assert len(import_paths([src])) == 3


def test_cli_dry_run_and_two_files_for_one_site(tmp_path):
    src = tmp_path / "ftr"
    src.mkdir()
    (src / ".example.com.txt").write_text("strip: //nav\n", encoding="utf-8")
    (src / "example.com.txt").write_text("strip: //footer\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["rules", "import-ftr", str(src), "-o", str(out), "--dry-run"])
    assert r.exit_code == 1  # the second file for example.com is not written
    assert "are both for example.com" in r.stderr
    assert f"# {out / 'example.com.yaml'}" in r.stdout and "xpath: //nav" in r.stdout
    assert not out.exists()


def test_imported_strip_rule_prunes_html_pages(tmp_path):
    """An imported `strip:` is a real prune rule: the HTML path removes and logs the element."""
    src = tmp_path / "ftr"
    src.mkdir()
    (src / "news.example.net.txt").write_text("strip_id_or_class: promo-box\n", encoding="utf-8")
    rules = tmp_path / "rules"
    assert CliRunner().invoke(app, ["rules", "import-ftr", str(src), "-o", str(rules)]).exit_code == 0
    body = " ".join(["The harbour board approved the new ferry timetable after a long public consultation."] * 4)
    page = (
        f"<html><head><title>Ferry timetable</title></head><body><article><p>{body}</p>"
        "<div class='promo-box'>Get the Example app for breaking news alerts</div>"
        f"<p>{body}</p></article></body></html>"
    )
    from cleaner import Cleaner, load_rulebook

    result = Cleaner(load_rulebook([rules])).clean_html(page, url="https://news.example.net/ferry")
    assert "Example app" not in result.text and "ferry timetable" in result.text
    pruned = [e for e in result.edits if e.rule.startswith("news.example.net/")]
    assert pruned and "Example app" in result.original[pruned[0].start : pruned[0].end]
