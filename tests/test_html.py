"""The HTML path: decoding, prune rules, extraction with a time limit, page metadata, and the
log's view of an HTML document (pruned texts + extracted text, restorable).

Fixtures are pages written for these tests (fixtures/html/), never benchmark pages.
"""

from __future__ import annotations

import gzip
import json
import time

import pytest

from cleaner import Cleaner, Options, apply_edits, load_rulebook, restore
from cleaner.batch import DirSink, process, run_batch
from cleaner.examples import check_rule
from cleaner.html import (ExtractionError, ExtractionTimeout, Page, decode_html, document, lead_edits,
                          looks_like_navigation, page_metadata, parse, read_page, time_limit)
from cleaner.inputs import InputDoc, record_doc
from cleaner.io.layout import output_name
from cleaner.rules.book import RuleFileError, parse_rule_file
from conftest import FIXTURES

HTML = FIXTURES / "html"
PAGE = HTML / "pages" / "example.org" / "river-survey.html"
URL = "https://www.example.org/news/river-survey"
PROMO = "Enjoying our reporting?"
AUTHOR_CARD = "Jane Doe writes about rivers"


@pytest.fixture(scope="module")
def site_cleaner() -> Cleaner:
    return Cleaner(load_rulebook([HTML / "rules"]))


def _html_doc(path, url=None, data=None):
    rel = path.name
    return InputDoc(rel, rel, "html", data=data if data is not None else path.read_bytes(), url=url, path=str(path))


# ----------------------------------------------------------------------------- the page fixture

def test_page_comes_out_as_expected_with_metadata_and_invariants(site_cleaner):
    outcome = process(_html_doc(PAGE, URL), site_cleaner)
    assert outcome.error is None
    result = outcome.result
    assert result.text == (HTML / "expected" / "example.org" / "river-survey.txt").read_text(encoding="utf-8")
    meta = json.loads((HTML / "expected" / "example.org" / "river-survey.json").read_text(encoding="utf-8"))
    for key in ("title", "author", "date", "url", "language"):
        assert result.metadata[key] == meta[key], key
    assert set(meta["rules"]) <= {e.rule for e in result.edits}
    # The document's input is text: pruned element texts first, then the extracted text.
    assert result.original.index(PROMO) < result.original.index("More than two hundred volunteers")
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start:e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == result.original


def test_pruned_elements_are_logged_with_rule_category_and_text(site_cleaner):
    result = process(_html_doc(PAGE, URL), site_cleaner).result
    pruned = {e.rule: e for e in result.edits if e.rule.startswith("example.org/")}
    promo = pruned["example.org/promo-box"]
    assert promo.category == "promo" and promo.file.endswith("example.org.yaml")
    assert PROMO in result.original[promo.start:promo.end]
    assert '<div class="promo-box">' in promo.reason and "css: div.promo-box" in promo.reason
    assert AUTHOR_CARD in result.original[pruned["example.org/author-card"].start:pruned["example.org/author-card"].end]


def test_without_the_site_rules_the_pruned_text_stays(cleaner):
    # The with/without pair: the same page with only the shipped rules keeps the promo box
    # (trafilatura alone does not drop it), so the prune rule is what removes it.
    result = process(_html_doc(PAGE, URL), cleaner).result
    assert PROMO in result.text
    assert not any(e.rule.startswith("example.org/") for e in result.edits)


def test_site_rules_come_from_the_canonical_url_when_no_url_is_given(site_cleaner):
    result = process(_html_doc(PAGE), site_cleaner).result
    assert result.site == "example.org"
    assert PROMO not in result.text
    assert result.metadata["url"] == URL


def test_html_gz_and_jsonl_html_records(site_cleaner, tmp_path):
    gz = tmp_path / "river-survey.html.gz"
    gz.write_bytes(gzip.compress(PAGE.read_bytes()))
    gz_result = process(InputDoc(gz.name, gz.name, "html", data=gz.read_bytes(), url=URL), site_cleaner).result
    raw = json.dumps({"id": "r1", "url": URL, "html": PAGE.read_text(encoding="utf-8")}).encode()
    rec = record_doc(raw, 1, "pages.jsonl")
    assert rec.kind == "html"
    rec_result = process(rec, site_cleaner).result
    expected = (HTML / "expected" / "example.org" / "river-survey.txt").read_text(encoding="utf-8")
    assert gz_result.text == rec_result.text == expected
    assert output_name(gz.name) == "river-survey.txt"


# ----------------------------------------------------------------------------- prune rules

def test_prune_rule_examples_pass():
    book = load_rulebook([HTML / "rules"], defaults=False)
    assert [r.kind for r in book.rules] == ["prune", "prune"]
    for rule in book.rules:
        assert check_rule(rule) == []


def _prune_file(body: str) -> str:
    return "scope: generic\nrules:\n  - id: p\n    kind: prune\n    category: promo\n    description: d\n" + body


def test_prune_rule_examples_can_fail():
    f = parse_rule_file(_prune_file("    css: div.box\n    examples:\n      remove: ['<div class=\"other\">x</div>']\n"
                                    "      keep: ['<div class=\"box\">kept?</div>']\n"), "t.yaml")
    failures = check_rule(f.rules[0])
    assert {x.case for x in failures} == {"remove[0]", "keep[0]"}


@pytest.mark.parametrize("body, message", [
    ("    xpath: '//div[@class='\n    examples: {remove: ['<div>x</div>']}\n", "bad XPath"),
    ("    css: 'div..x'\n    examples: {remove: ['<div>x</div>']}\n", "bad CSS selector"),
    ("    css: div\n    xpath: //div\n    examples: {remove: ['<div>x</div>']}\n", "exactly one of 'xpath' or 'css'"),
    ("    examples: {remove: ['<div>x</div>']}\n", "exactly one of 'xpath' or 'css'"),
    ("    css: div\n    max_length: 10\n    examples: {remove: ['<div>x</div>']}\n", "not used by 'prune' rules"),
    ("    css: div\n    pattern: x\n    examples: {remove: ['<div>x</div>']}\n", "unknown key"),
])
def test_bad_prune_rules_stop_the_load(body, message):
    with pytest.raises(RuleFileError) as exc:
        parse_rule_file(_prune_file(body), "t.yaml")
    assert message in str(exc.value) and "rule 'p'" in str(exc.value)


def test_prune_rules_are_not_run_on_text(site_cleaner):
    text = "A paragraph that mentions div.promo-box and //aside in plain text, which stays.\n"
    assert site_cleaner.clean(text, url=URL).text == text


# ----------------------------------------------------------------------------- decoding

def test_declared_latin1_is_read_as_windows_1252():
    data = ('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 prices rose by 2\u20ac.</p>'
            '</body></html>').encode("cp1252")
    decoded = decode_html(data)
    assert decoded.encoding == "cp1252" and "Caf\u00e9 prices rose by 2\u20ac." in decoded.text


def test_http_equiv_charset_and_bom():
    data = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>'
            '<body><p>\u041f\u0440\u0438\u0432\u0435\u0442</p></body></html>').encode("koi8-r")
    assert decode_html(data).encoding == "koi8-r"
    assert "\u041f\u0440\u0438\u0432\u0435\u0442" in decode_html(data).text
    bom = b"\xef\xbb\xbf" + '<meta charset="windows-1251"><p>caf\u00e9</p>'.encode("utf-8")
    assert decode_html(bom).text.endswith("caf\u00e9</p>")  # the BOM wins over the meta tag


def test_wrong_declared_charset_falls_back_to_detection_with_a_warning():
    french = ("Le caf\u00e9 de la gare a rouvert ses portes apr\u00e8s des ann\u00e9es de travaux. "
              "Les habitu\u00e9s y retrouvent la cr\u00e8me br\u00fbl\u00e9e et le th\u00e9 \u00e0 la menthe, "
              "servis comme autrefois pr\u00e8s de la fen\u00eatre. ") * 3
    data = f'<html><head><meta charset="utf-8"></head><body><p>{french}</p></body></html>'.encode("cp1252")
    decoded = decode_html(data)
    assert french in decoded.text
    assert any("declared charset utf-8 does not fit" in w for w in decoded.warnings)


# ----------------------------------------------------------------------------- errors and time limit

def test_time_limit_stops_a_long_block():
    start = time.perf_counter()
    with pytest.raises(ExtractionTimeout):
        with time_limit(0.1):
            while True:
                pass
    assert time.perf_counter() - start < 2


def test_a_page_over_the_time_limit_is_an_error_record_and_the_batch_goes_on(tmp_path):
    big = "<html><body><article>" + "".join(
        f"<div><p>Paragraph {i} of a page long enough to take the extractor well over the limit.</p></div>"
        for i in range(20000)) + "</article></body></html>"
    docs = [InputDoc("big.html", "big.html", "html", text=big),
            InputDoc("note.txt", "note.txt", "text", text="A short note that is cleaned after the slow page.\n")]
    cleaner = Cleaner(options=Options(html_timeout=0.05))
    sink = DirSink(tmp_path / "out")
    with (tmp_path / "log.jsonl").open("w") as log:
        stats = run_batch(docs, cleaner, sink, log)
    assert stats.errors == 1 and stats.ok == 1
    records = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    err = [r for r in records if r["type"] == "doc" and r["status"] == "error"]
    assert err[0]["doc"] == "big.html" and "longer than 0.05 s" in err[0]["error"]
    assert (tmp_path / "out" / "note.txt").exists()


def test_text_that_is_not_html_is_an_error_record(cleaner):
    outcome = process(InputDoc("x.html", "x.html", "html", data=b"just a line of text, no markup"), cleaner)
    assert outcome.error and "not an HTML page" in outcome.error
    with pytest.raises(ExtractionError):
        parse("just a line of text, no markup")


def test_empty_page_is_an_empty_document(cleaner):
    outcome = process(InputDoc("e.html", "e.html", "html", data=b""), cleaner)
    assert outcome.error is None and outcome.result.text == ""


# ----------------------------------------------------------------------------- metadata and lead

def test_metadata_from_json_ld_and_title_tag():
    tree = parse("""<html><head><title>Harbour reopens after storm - Coast Times</title>
      <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Harbour reopens after storm", "datePublished": "2022-01-15",
         "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Tom Berg"}]}]}</script>
      </head><body><p>Text.</p></body></html>""")
    meta = page_metadata(tree, "https://coast.example.com/a")
    assert meta["title"] == "Harbour reopens after storm"
    assert meta["author"] == "Ana Lima, Tom Berg" and meta["date"] == "2022-01-15"
    assert meta["url"] == "https://coast.example.com/a"
    tree = parse("<html><head><title>Only a title tag here</title>"
                 "<meta property='article:author' content='https://facebook.com/someone'></head><body><p>x</p></body></html>")
    meta = page_metadata(tree, None)
    assert meta["title"] == "Only a title tag here" and "author" not in meta


def test_title_at_the_top_is_removed_only_when_it_repeats_the_page_title():
    body = "Harbour reopens after storm\n\nThe harbour reopened on Monday.\n"
    edits = lead_edits(body, 0, {"title": "Harbour reopens after storm | Coast Times"})
    assert [e.rule for e in edits] == ["html-title"] and apply_edits(body, edits) == "The harbour reopened on Monday.\n"
    assert lead_edits(body, 0, {"title": "Storm damage in the north"}) == []
    later = "First paragraph of the body.\n\nSecond one.\n\nHarbour reopens after storm\n"
    assert lead_edits(later, 0, {"title": "Harbour reopens after storm"}) == []


def test_document_puts_pruned_texts_first_and_one_paragraph_per_block():
    text, edits = document(Page("Title line\nFirst paragraph.\nSecond paragraph.\n", {"title": "Title line"}))
    assert text == "Title line\n\nFirst paragraph.\n\nSecond paragraph.\n"
    assert [e.rule for e in edits] == ["html-title"]


def test_navigation_dump_is_told_from_an_article():
    menu = "\n".join(f"Menu item {i}" for i in range(100))
    article = "\n".join("A sentence of an article that goes on long enough to be prose. " * 2 for _ in range(80))
    assert looks_like_navigation(menu) and not looks_like_navigation(article)
    assert not looks_like_navigation("\n".join(f"Item {i}" for i in range(20)))  # a short list in an article


def test_read_page_on_a_navigation_heavy_page_keeps_the_article():
    links = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(150))
    prose = "".join(f"<p>Paragraph {i}: the council met on Tuesday and agreed the budget for the coming year "
                    f"after a long debate about the harbour.</p>" for i in range(6))
    page = read_page(f"<html><body><ul>{links}</ul><article>{prose}</article></body></html>", None)
    assert "the council met on Tuesday" in page.text
    assert not looks_like_navigation(page.text)


def test_restore_gives_back_the_html_documents_input(site_cleaner, tmp_path):
    from cleaner.io.reading import iter_docs
    from cleaner.runlog.restore import restore_outputs

    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    with log.open("w") as f:
        stats = run_batch(iter_docs([HTML / "pages"]), site_cleaner, DirSink(out), f)
    assert stats.ok == 1 and stats.errors == 0
    restored = restore_outputs(out, log, tmp_path / "restored")
    assert restored.restored == 1 and not restored.problems
    text = (tmp_path / "restored" / "example.org" / "river-survey.html").read_text(encoding="utf-8")
    result = process(_html_doc(PAGE), site_cleaner).result
    assert text == result.original and text.startswith(PROMO)


def test_pruning_keeps_the_tail_text_of_the_pruned_element():
    from cleaner.html import prune

    book = load_rulebook([HTML / "rules"], defaults=False)
    tree = parse("<html><body><p>Before <div class='promo-box'>Buy now</div> after the box.</p>"
                 "<p>Second paragraph of the page.</p></body></html>")
    pruned = prune(tree, [r for r in book.rules if r.id == "example.org/promo-box"])
    assert [p.text for p in pruned] == ["Buy now"]
    text = " ".join(" ".join(tree.itertext()).split())
    assert "Buy now" not in text and "after the box." in text


def _standfirst_page(standfirst_markup: str) -> str:
    body = "".join(f"<p>Paragraph {i}: the harbour board met on Tuesday and agreed to rebuild the outer pier "
                   f"before the winter storms, at a cost shared with the town.</p>" for i in range(4))
    return (f"<html><head><title>Harbour board agrees to rebuild the pier</title>"
            f"<meta name='description' content='The outer pier will be rebuilt before winter, the board decided.'>"
            f"</head><body><article>{standfirst_markup}{body}</article></body></html>")


def test_standfirst_in_the_article_header_is_removed(cleaner):
    html = _standfirst_page("<header class='article-header'><h1>Harbour board agrees to rebuild the pier</h1>"
                            "<h2>The outer pier will be rebuilt before winter, the board decided.</h2></header>")
    outcome = process(InputDoc("s.html", "s.html", "html", text=html), cleaner)
    rules = [e.rule for e in outcome.result.edits]
    assert "html-standfirst" in rules and "html-title" in rules
    assert "rebuilt before winter, the board decided" not in outcome.result.text
    assert outcome.result.text.startswith("Paragraph 0:")


def test_description_repeated_as_the_lead_paragraph_stays(cleaner):
    html = _standfirst_page("<h1>Harbour board agrees to rebuild the pier</h1>"
                            "<p>The outer pier will be rebuilt before winter, the board decided.</p>")
    outcome = process(InputDoc("s.html", "s.html", "html", text=html), cleaner)
    assert "html-standfirst" not in [e.rule for e in outcome.result.edits]
    assert outcome.result.text.startswith("The outer pier will be rebuilt before winter, the board decided.")
