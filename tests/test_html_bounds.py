"""HTML pages whose shape defeats the parser: each is read whole, or is an error record or a
warning that says why; none comes out empty without a word, none runs past every limit.

- An element with thousands of attributes: libxml2 reads it in time that grows with their
  square, in one C call the ``--html-timeout`` alarm cannot stop. Refused before parsing.
- Elements nested past 256 (libxml2's limit; 260 ``<div>``s, 300 unclosed ``<b>``s): the
  page is read again in libxml2's huge mode, which reads 2048 deep; deeper than that, what
  is read is cleaned and the document says that the rest was not.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.errors import ExtractionError
from cleaner.html.shape import check_shape

from conftest import doc_records

runner = CliRunner()
ARTICLE = (
    "<article><h1>River survey</h1><p>"
    + "More than two hundred volunteers counted the birds along the river this spring, "
    "and the survey found more kingfishers than in any year since it began. " * 4 + "</p></article>"
)


def _page(before: str = "", after: str = "") -> str:
    return f"<html><head><title>River survey</title></head><body>{before}{ARTICLE}{after}</body></html>"


def _clean(tmp_path, pages: dict[str, str], *extra: str) -> tuple[int, dict[str, dict], str]:
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    src.mkdir()
    for name, html in pages.items():
        (src / name).write_text(html, encoding="utf-8")
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), *extra])
    docs = doc_records(log)
    return res.exit_code, docs, res.output


def _attributes(n: int, sep: str = " ") -> str:
    return sep.join(f'data-a{i}="{i}"' for i in range(n))


# ----------------------------------------------------------------------------- attributes


def test_a_page_with_an_element_of_thousands_of_attributes_is_refused_before_parsing(tmp_path):
    # 5,000 attributes parse in a blink; 200,000 took 239 s that no alarm could stop. The
    # limit (1,000) is refused the same way whatever the parser would take.
    code, docs, output = _clean(
        tmp_path, {"wide.html": _page(f"<div {_attributes(5000)}>x</div>"), "good.html": _page()}
    )
    assert code == 1
    rec = docs["wide.html"]
    assert rec["status"] == "error"
    assert "has 1000 attributes or more" in rec["error"] and "--html-max-attributes" in rec["error"]
    assert "wide.html: an element of the page (line 1) has 1000 attributes" in output
    assert docs["good.html"]["status"] == "ok" and "kingfishers" in (tmp_path / "out" / "good.txt").read_text()


def test_html_max_attributes_raises_the_limit(tmp_path):
    code, docs, _ = _clean(
        tmp_path, {"wide.html": _page(f"<div {_attributes(5000)}>x</div>")}, "--html-max-attributes", "6000"
    )
    assert code == 0 and docs["wide.html"]["status"] == "ok"
    assert "kingfishers" in (tmp_path / "out" / "wide.txt").read_text()


@pytest.mark.parametrize(
    "tag",
    [
        f"<div {_attributes(1000)}>",
        f"<div {' '.join(f'a{i}' for i in range(1000))}>",  # no values
        f"<div {'/'.join(f'a{i}' for i in range(1000))}>",  # "/" between them
        f"<div {''.join(f'a{i}={str(i)!r}' for i in range(1000))}>",  # no space after a quoted value
        f"<div {' '.join(f'a{i}={chr(34)}<>{chr(34)}' for i in range(1000))}>",  # "<" and ">" in quoted values
        f"<SCRIPT {_attributes(1000)}></SCRIPT>",  # a raw-text element's own start tag
        f"<!-- a comment --><script>if (a < b) x();</script><div {_attributes(1000)}>",
    ],
)
def test_every_way_of_writing_a_thousand_attributes_is_counted(tag):
    with pytest.raises(ExtractionError, match="1000 attributes or more"):
        check_shape(_page(tag))


@pytest.mark.parametrize(
    "html",
    [
        _page(f"<div {_attributes(999)}>x</div>"),
        _page(f"<div data-svg='<g {_attributes(2000)}>'>x</div>"),  # markup inside a quoted value
        _page(f"<script>var s = '<g {_attributes(2000)}>';</script>"),  # inside a script
        _page(f"<!-- <g {_attributes(2000)}> -->"),  # inside a comment
        _page(f"<textarea><g {_attributes(2000)}></textarea>"),  # inside a text area
        _page("<p>a < b and " + "x " * 5000 + "</p>"),  # a "<" that opens nothing
        _page(f"<div a='{'x ' * 5000}'>x</div>"),  # one long value
    ],
)
def test_what_is_not_an_element_with_a_thousand_attributes_passes(html):
    check_shape(html)


# ----------------------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    "name, before, after",
    [
        ("divs.html", "<div>" * 260, "</div>" * 260),
        ("bold.html", "<b>" * 300, ""),
    ],
)
def test_a_page_nested_past_256_comes_out_whole_and_restores(tmp_path, name, before, after):
    html = _page(before, after)
    code, docs, _ = _clean(tmp_path, {name: html})
    assert code == 0
    rec = docs[name]
    assert rec["status"] == "ok" and rec["chars_in"] > 300 and rec["warnings"] == []
    out = tmp_path / "out" / name.replace(".html", ".txt")
    assert "kingfishers" in out.read_text(encoding="utf-8")
    res = runner.invoke(
        app, ["restore", str(tmp_path / "out"), "--log", str(tmp_path / "log.jsonl"), "-o", str(tmp_path / "back")]
    )
    assert res.exit_code == 0, res.output
    restored = (tmp_path / "back" / out.name).read_text(encoding="utf-8")
    assert restored == Cleaner().clean_html(html).original and "kingfishers" in restored


def test_a_page_nested_past_what_the_parser_reads_says_so(tmp_path):
    # 2,100 levels: past libxml2's 2048 even in its huge mode. What comes before is read (the
    # judge may still take it: it is all the page has), and the document says where the
    # parser stopped.
    intro = "<p>" + "An introduction that the parser reads before the nesting begins. " * 5 + "</p>"
    code, docs, _ = _clean(tmp_path, {"deep.html": _page(intro + "<div>" * 2100, "</div>" * 2100)})
    rec = docs["deep.html"]
    assert code == 0 and rec["status"] == "ok" and rec["chars_in"] > 300
    assert any(
        "stopped reading the page early: its elements nest deeper than 2048 levels" in w
        and "the text after that point is left out of the output" in w
        for w in rec["warnings"]
    ), rec["warnings"]


def test_a_deep_page_too_large_to_read_deeper_within_the_time_limit_says_so(tmp_path):
    # Read in huge mode, stray end tags 2,000 deep cost the parser 2.4 ns a tag and level,
    # in a call no alarm stops; a deep page with more tags than --html-timeout allows at
    # that rate is not read again, and its record says why.
    page = _page("<div>" * 300 + "</span>" * 100_000)
    code, docs, _ = _clean(tmp_path, {"wide-and-deep.html": page}, "--html-timeout", "0.5")
    rec = docs["wide-and-deep.html"]
    assert code == 0 and rec["status"] == "ok"
    assert any(
        "nest deeper than 256 levels" in w
        and "with 100," in w
        and "too large to read deeper within --html-timeout" in w
        for w in rec["warnings"]
    ), rec["warnings"]
