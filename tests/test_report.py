"""The HTML report, opened in a real browser (Debian's chromium, driven by Playwright).

The page must load with no console error and no request leaving the file, show the
log's counts, filter documents by category, rule, site, status and search, and show a
document with its removed spans struck through and coloured, a click giving rule and
reason. Screenshots go to test-artifacts/ (kept by CI, ignored by git).

chromium comes from `make test` (scripts/install-browser.sh, as root). Without it the
browser tests fail under CI=true and are skipped with the reason elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.runlog import iter_documents
from cleaner.runlog.restore import OutputReader
from cleaner.tools.audit import segments
from cleaner.tools.report import CHUNK, build_report

from conftest import FIXTURES, ROOT
from synthetic import CHROMIUM, CHROMIUM_ARGS, replicate

runner = CliRunner()
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    src = tmp / "in"
    shutil.copytree(FIXTURES / "input", src)
    out, log = tmp / "out", tmp / "log.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    page = tmp / "report.html"
    res = runner.invoke(app, ["report", str(log), "-o", str(page), "--run-output", str(out)])
    assert res.exit_code == 0, res.output
    return tmp, out, log, page


def _docs(log: Path) -> list[dict]:
    return [e.record for e in iter_documents(log)]


def _edits(log: Path) -> list[dict]:
    return [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines() if '"type":"edit"' in x]


# ---- without a browser --------------------------------------------------------------------


def test_report_is_one_file_with_nothing_to_fetch(run):
    _, _, _, page = run
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|link|img|iframe|object|embed|source)\b[^>]*\b(?:src|href)\s*=", html, re.I)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html  # and the browser is told to fetch nothing


def test_report_is_deterministic(run, tmp_path):
    _, out, log, page = run
    again = tmp_path / "again.html"
    runner.invoke(app, ["report", str(log), "-o", str(again), "--run-output", str(out)])
    assert again.read_bytes() == page.read_bytes()


def test_text_in_documents_cannot_break_out_of_the_page(tmp_path):
    src = tmp_path / "in.jsonl"
    nasty = "</script><script>alert(1)</script> {{INDEX}} <!-- <b>bold</b>\n\nA normal paragraph of the article body."
    src.write_text(json.dumps({"id": "</script><img src=x>", "text": nasty}) + "\n", encoding="utf-8")
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"])
    html = build_report(log, out)
    # Three script elements (the index, one chunk, the page's code), each closed only by its own end tag.
    assert html.count("<script") == html.count("</script>") == 3
    index = re.search(r'<script type="application/json" id="index">(.*?)</script>', html, re.S).group(1)
    assert json.loads(index)["docs"][0][0] == "</script><img src=x>"
    assert "<b>bold</b>" not in html and "<img src=x>" not in html.replace(index, "")


def _chunks(html: str) -> list[dict]:
    import base64
    import gzip

    return [
        json.loads(gzip.decompress(base64.b64decode(c)))
        for c in re.findall(r'<script type="application/octet-stream" id="chunk-\d+">([^<]*)</script>', html)
    ]


def test_embedded_documents_hold_the_log_edits_and_the_whole_input(run):
    _, out, log, page = run
    html = page.read_text(encoding="utf-8")
    index = json.loads(re.search(r'<script type="application/json" id="index">(.*?)</script>', html, re.S).group(1))
    docs = [d for c in _chunks(html) for d in c["docs"]]
    reasons = [c["reasons"] for c in _chunks(html) for _ in c["docs"]]
    entries = list(iter_documents(log))
    assert len(docs) == len(index["docs"]) == len(entries)
    reader = OutputReader(out)
    for entry, doc, why in zip(entries, docs, reasons, strict=True):
        got = [(index["rules"][e[0]], index["cats"][e[1]], e[3], e[4], e[5], e[6], why[e[7]]) for e in doc["edits"]]
        assert got == [
            (e["rule"], e["category"], e["start"], e["end"], e["removed"], e["replacement"], e["reason"])
            for e in entry.edits
        ]
        whole = "".join(s if isinstance(s, str) else entry.edits[s]["removed"] for s in doc["seg"])
        assert whole == reader.original(entry)


def test_without_the_run_output_documents_list_their_edits_only(run):
    _, _, log, _ = run
    docs = [d for c in _chunks(build_report(log)) for d in c["docs"]]
    assert all(d["seg"] is None and "--run-output" in d["note"] for d in docs)
    assert sum(len(d["edits"]) for d in docs) == len(_edits(log))


# ---- in the browser ----------------------------------------------------------------------


def _need_browser():
    reason = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "the playwright package is not installed (pip install -e '.[test]')"
    if not CHROMIUM.exists():
        reason = "Debian's chromium is not installed (/usr/bin/chromium): `make test` installs it as root"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser test cannot run in CI: {reason}")
        pytest.skip(reason)


class Page:
    """A chromium page that records console errors and every request it makes."""

    def __init__(self, context, url: str):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready='1']")

    def count(self) -> int:
        return int(self.page.get_attribute("#match-count", "data-count"))

    def listed(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#doc-list tbody td.id", "tds => tds.map(td => td.firstChild.textContent)"
        )


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _need_browser()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1400, "height": 900},
        )
        yield context
        context.close()


def _wait_count(p: Page, n: int) -> None:
    p.page.wait_for_function(
        "n => document.getElementById('match-count').dataset.count === String(n)", arg=n, timeout=5000
    )


def test_report_in_chromium(run, browser):
    tmp, out, log, page = run
    ARTIFACTS.mkdir(exist_ok=True)
    docs, edits = _docs(log), _edits(log)
    p = Page(browser, page.as_uri())
    pg = p.page

    # The summary shows the log's counts, computed here from the records themselves.
    ok = [d for d in docs if d["status"] == "ok"]
    assert pg.inner_text("#total-docs") == str(len(docs))
    assert pg.inner_text("#total-flagged") == str(sum(d["flagged"] for d in ok)) == "1"
    assert pg.inner_text("#total-chars_in") == str(sum(d["chars_in"] for d in ok))
    assert pg.inner_text("#total-edits") == str(len(edits))
    removed = Counter()
    for d in ok:
        removed.update(d["removed"])
    assert pg.inner_text("#total-removed") == str(sum(removed.values()))
    rows = pg.eval_on_selector_all(
        "table.by-category tbody tr", "trs => trs.map(tr => [tr.cells[0].innerText.trim(), +tr.cells[3].innerText])"
    )
    assert dict(rows) == dict(removed)
    assert pg.locator("svg.chart rect").count() >= len(removed) + 10  # a bar per category, ten histogram bins
    pg.screenshot(path=str(ARTIFACTS / "report-summary.png"))

    # The document list and its filters.
    pg.click("#tab-docs")
    assert p.count() == len(docs) and len(p.listed()) == len(docs)
    assert p.listed()[0] == "edge/all-boilerplate.md"  # flagged first

    def having(pred) -> set[str]:
        return {d["doc"] for d in docs if pred(d)}

    with_donation = {e["doc"] for e in edits if e["category"] == "donation"}
    pg.select_option("#f-cat", label=f"donation ({len(with_donation)})")
    _wait_count(p, len(with_donation))
    assert set(p.listed()) == with_donation
    pg.select_option("#f-cat", value="")
    with_footer = {e["doc"] for e in edits if e["rule"] == "wsws.org/contact-footer"}
    pg.select_option("#f-rule", label=f"wsws.org/contact-footer ({len(with_footer)})")
    _wait_count(p, len(with_footer))
    assert set(p.listed()) == with_footer
    pg.select_option("#f-rule", value="")
    wsws = having(lambda d: d.get("site") == "wsws.org")
    pg.select_option("#f-site", label=f"wsws.org ({len(wsws)})")
    _wait_count(p, len(wsws))
    assert set(p.listed()) == wsws
    pg.select_option("#f-site", value="")
    pg.check("#f-flagged")
    _wait_count(p, 1)
    assert p.listed() == ["edge/all-boilerplate.md"]
    pg.uncheck("#f-flagged")
    pg.fill("#q", "variants/001")
    variants = having(lambda d: d["doc"].startswith("variants/001"))
    _wait_count(p, len(variants))
    assert set(p.listed()) == variants
    pg.fill("#q", "")
    _wait_count(p, len(docs))

    # One document: removed spans struck through in their category's colour, a click says why.
    doc = "seeds/001_9c03bc06a276b38c.txt"
    pg.click(f"#doc-list td.id:text-is('{doc}')")
    footer = pg.locator('#doc-text .edit[data-rule="wsws.org/contact-footer"] del')
    footer.wait_for()
    style = footer.evaluate("d => [getComputedStyle(d).textDecorationLine, getComputedStyle(d).color]")
    assert "line-through" in style[0]
    assert style[1] == "rgb(106, 81, 163)"  # the footer colour, #6a51a3
    record = next(e for e in edits if e["doc"] == doc and e["rule"] == "wsws.org/contact-footer")
    assert footer.inner_text() == record["removed"]
    footer.click()
    detail = pg.locator("#edit-detail")
    assert detail.is_visible()
    assert "wsws.org/contact-footer" in detail.inner_text() and record["reason"] in detail.inner_text()
    # What is not inside an edit is exactly the kept text of the input.
    entry = next(e for e in iter_documents(log) if e.id == doc)
    kept = "".join(s for s in segments(OutputReader(out).original(entry), entry.edits) if isinstance(s, str))
    shown = pg.eval_on_selector(
        "#doc-text",
        "el => { const c = el.cloneNode(true); "
        "c.querySelectorAll('.edit').forEach(x => x.remove()); return c.textContent; }",
    )
    assert shown == kept
    assert pg.locator("#doc-text .edit").count() == len(entry.edits)
    pg.screenshot(path=str(ARTIFACTS / "report-document.png"))

    # The flagged document, opened from the summary's link.
    pg.click("#tab-summary")
    pg.click("table.flagged a[data-open='edge/all-boilerplate.md']")
    pg.wait_for_selector("#doc-view h3:text-is('edge/all-boilerplate.md')")
    assert "flagged by the over-removal guard" in pg.inner_text("#doc-view")

    assert p.errors == []
    assert set(p.requests) == {page.as_uri()}  # nothing fetched but the file itself
    pg.close()


def test_an_edits_reason_reads_in_the_report_as_in_the_log(browser, tmp_path):
    """A reason quotes what it took ("indentation '        ' removed", a rule's quote of a
    line with hostile text in it): the report's detail box collapsed runs of spaces into
    one, so an 8-space indentation read as one space; it shows the reason as logged."""
    src = tmp_path / "in.jsonl"
    text = (
        "The council met on Tuesday and agreed the budget after a long debate.\n\n"
        "        An indented paragraph, with its eight spaces removed by strip-indent.\n\n"
        "Copyright \u00a9 2024 <script>alert(1)</script>   \u202eevil\u202c All rights reserved.\n"
    )
    src.write_text(json.dumps({"id": "doc", "text": text}) + "\n", encoding="utf-8")
    out, log, page = tmp_path / "out.jsonl", tmp_path / "log.jsonl", tmp_path / "report.html"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    assert runner.invoke(app, ["report", str(log), "-o", str(page), "--run-output", str(out)]).exit_code == 0
    edits = _edits(log)
    picked = [e for e in edits if e["rule"] in ("strip-indent", "copyright-line")]
    assert len(picked) == 2 and "'        '" in picked[0]["reason"] and "<script>" in picked[1]["reason"]
    p = Page(browser, page.as_uri())
    pg = p.page
    pg.click("#tab-docs")
    pg.click("#doc-list td.id:text-is('doc')")
    for e in picked:
        span = pg.locator(f'#doc-text .edit[data-rule="{e["rule"]}"]').first
        span.click()
        assert pg.inner_text("#edit-detail .reason") == e["reason"]
    assert p.errors == []
    pg.close()


def test_a_bidi_control_in_a_removed_span_does_not_reorder_the_kept_text(browser, tmp_path):
    """A link target with a right-to-left override in it (U+202E, not closed) is removed
    mid-line; in the report it reversed the rest of the line, the kept text a reviewer
    reads ('.licnuoc eht fo krelc ...'). Each edit is its own bidi island."""
    src = tmp_path / "in.jsonl"
    text = (
        "The council met on Tuesday and agreed the budget after a long debate about the roads.\n\n"
        "Read [the report](http://e.com/\u202eabc) before the vote on Tuesday, said the clerk.\n"
    )
    src.write_text(json.dumps({"id": "doc", "text": text}) + "\n", encoding="utf-8")
    out, log, page = tmp_path / "out.jsonl", tmp_path / "log.jsonl", tmp_path / "report.html"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    assert any("\u202e" in e["removed"] for e in _edits(log))
    assert runner.invoke(app, ["report", str(log), "-o", str(page), "--run-output", str(out)]).exit_code == 0
    p = Page(browser, page.as_uri())
    pg = p.page
    pg.click("#tab-docs")
    pg.click("#doc-list td.id:text-is('doc')")
    pg.locator("#doc-text .edit").first.wait_for()
    # Where 'vote' and 'clerk' of the kept text are drawn: left to right, as they are read.
    left = pg.evaluate(
        """() => {
          const walk = document.createTreeWalker(document.getElementById("doc-text"), NodeFilter.SHOW_TEXT);
          const at = {};
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            for (const w of ["vote", "clerk"]) {
              const i = n.data.indexOf(w);
              if (i >= 0 && !n.parentElement.closest(".edit")) {
                const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + w.length);
                at[w] = r.getBoundingClientRect().left;
              }
            }
          }
          return at;
        }"""
    )
    assert left["vote"] < left["clerk"], left
    assert p.errors == []
    pg.close()


@pytest.mark.slow
def test_report_of_10000_documents_pages_and_opens_any_document(run, browser, tmp_path):
    _, out, log, _ = run
    n = 10_000
    big_log, big_out = replicate(log, out, n, tmp_path)
    page = tmp_path / "big.html"
    page.write_text(build_report(big_log, big_out), encoding="utf-8")
    flagged = sum(d["flagged"] for d in _docs(big_log) if d["status"] == "ok")
    p = Page(browser, page.as_uri())
    pg = p.page
    assert pg.inner_text("#total-docs") == str(n)
    pg.click("#tab-docs")
    assert p.count() == n
    assert len(p.listed()) == 50  # one page in the DOM, not ten thousand rows
    assert pg.inner_text("#page-info") == f"page 1 of {n // 50}"
    pg.select_option("#sort", "log")
    for _ in range(3):
        pg.click("#next")
    assert pg.inner_text("#page-info") == f"page 4 of {n // 50}"
    assert p.listed()[0] == f"{_docs(log)[150 % 12]['doc']}#150"
    pg.check("#f-flagged")
    _wait_count(p, flagged)
    # A document in the last chunk: only its chunk is decompressed, and it shows whole.
    pg.uncheck("#f-flagged")
    pg.fill("#q", "seeds/001_9c03bc06a276b38c.txt#99")
    pg.wait_for_function("() => document.getElementById('match-count').dataset.count !== '10000'")
    last = max(int(x.rsplit("#", 1)[1]) for x in p.listed())
    assert last // CHUNK == (n - 1) // CHUNK
    pg.click(f"#doc-list td.id:text-is('seeds/001_9c03bc06a276b38c.txt#{last}')")
    pg.locator('#doc-text .edit[data-rule="wsws.org/contact-footer"] del').wait_for()
    assert pg.evaluate("document.querySelectorAll('#doc-list tbody tr').length") <= 50
    pg.screenshot(path=str(ARTIFACTS / "report-10000.png"))
    assert p.errors == []
    assert set(p.requests) == {page.as_uri()}
    pg.close()


def test_report_never_writes_over_the_log_or_the_run_output(run):
    # 'report log.jsonl -o log.jsonl' replaced the log with the HTML page, exit 0
    tmp, out, log, _ = run
    kept = {p: p.read_bytes() for p in [log, *sorted(q for q in out.rglob("*") if q.is_file())]}
    output_file = next(p for p in sorted(out.rglob("*.txt")))
    for dest in (log, output_file, out / "report.html"):
        res = runner.invoke(app, ["report", str(log), "-o", str(dest), "--run-output", str(out)])
        assert res.exit_code == 2 and res.output.startswith("error: "), (dest, res.output)
        assert "what this report reads" in res.output and len(res.output.strip().splitlines()) == 1
    assert {p: p.read_bytes() for p in kept} == kept and not (out / "report.html").exists()
