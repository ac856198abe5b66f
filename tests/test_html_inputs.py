"""HTML wherever it arrives: a page on stdin, in a .txt, .md, .xhtml or extension-less file,
in a JSONL ``text`` field or given to ``clean_text`` is read as HTML (decoded by the charset
it declares) and cleaned to its text; it never comes out as markup with exit 0. In a folder,
a file under a name of no known kind is cleaned when its content is a page (or, with no
extension at all, text); other files (images, data) are skipped, with the reason in the
log and the summary.

The judge is off here: what is tested is how a page is recognised and decoded, which
does not depend on what the judge keeps of it."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from cleaner import Options, clean_text
from cleaner.cli import app
from cleaner.inputs import SKIP_BINARY, SKIP_OTHER_KIND, looks_like_page

runner = CliRunner()

BODY = (
    "<p>The small café on the corner opened again on Monday after a long winter, and the owner said "
    "that the first customers were waiting before seven in the morning.</p>\n"
    "<p>She spent the winter repainting the walls and mending the old espresso machine, which her "
    "father bought in 1974 and which, she says, still makes the best coffee in town.</p>\n"
)
# A page that declares ISO-8859-1 but holds Windows-1252 quotes and a euro sign, as many do:
# browsers read such a page as Windows-1252, and so must cleaner (byte detection reads it as
# something else: the quotes become control characters or other letters).
QUOTES = "<p>“We are open again”, she said; a coffee costs €2.</p>\n"
PAGE = (
    '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    '<title>The café opens again</title></head>\n<body>\n<nav><ul><li><a href="/">Home</a></li>'
    '<li><a href="/news">News</a></li></ul></nav>\n<article><h1>The café opens again</h1>\n'
    + BODY
    + QUOTES
    + "</article>\n<footer>© 2024 Example Town News</footer>\n</body></html>\n"
)
PAGE_BYTES = PAGE.encode("cp1252")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _clean_output(text: str) -> None:
    """The body, without markup, with the Windows-1252 characters read right."""
    assert not TAG.search(text), text
    assert "The small café on the corner opened again" in text
    assert "“We are open again”" in text and "€2" in text


def _docs(log) -> dict[str, dict]:
    recs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return {r["doc"]: r for r in recs if r["type"] == "doc"}


def test_page_on_stdin():
    res = runner.invoke(app, ["clean", "-", "--quiet", "--no-judge"], input=PAGE_BYTES)
    assert res.exit_code == 0, res.output
    _clean_output(res.stdout)


@pytest.mark.parametrize("name", ["page.txt", "page", "page.md", "page.xhtml", "page.text"])
def test_page_in_a_file_named_otherwise(tmp_path, name):
    src = tmp_path / name
    src.write_bytes(PAGE_BYTES)
    log = tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "--log", str(log), "--quiet", "--no-judge"])
    assert res.exit_code == 0, res.output
    _clean_output(res.stdout)
    rec = _docs(log)[name]
    assert rec["status"] == "ok" and rec["encoding"] == "cp1252"  # the declared charset, as browsers read it


def test_folder_reads_files_of_no_known_name_by_content(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "article").write_bytes(PAGE_BYTES)  # saved by URL path, no extension
    (src / "story.php").write_bytes(PAGE_BYTES)
    (src / "other.xhtml").write_bytes(PAGE_BYTES)
    (src / "notes.txt").write_bytes(PAGE_BYTES)
    (src / "saved-as-text").write_text("A page saved as text under the name of its URL, with no extension.\n")
    # Not documents: an image, a data file beside a page, a hidden file, a binary. They are
    # not cleaned, and the log and the summary say so (with the reason): nothing found in a
    # folder is left out unseen.
    (src / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (src / "story.json").write_bytes(b'{"title": "The cafe opens again"}\n')
    (src / ".gitignore").write_bytes(b"*.tmp\n")
    (src / "program").write_bytes(b"\x7fELF" + bytes(range(256)))
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--no-resume", "--no-judge"])
    assert res.exit_code == 0, res.output
    docs = _docs(log)
    skipped = {name: rec["skipped"] for name, rec in docs.items() if rec["status"] == "skipped"}
    assert set(docs) - set(skipped) == {"article", "story.php", "other.xhtml", "notes.txt", "saved-as-text"}
    assert skipped == {
        "logo.png": SKIP_OTHER_KIND,
        "story.json": SKIP_OTHER_KIND,
        ".gitignore": SKIP_OTHER_KIND,
        "program": SKIP_BINARY,
    }
    assert f"skipped 3: {SKIP_OTHER_KIND}" in res.stderr and f"skipped 1: {SKIP_BINARY}" in res.stderr
    for name, target in [
        ("article", "article.txt"),
        ("story.php", "story.txt"),
        ("other.xhtml", "other.txt"),
        ("notes.txt", "notes.txt"),
    ]:
        assert docs[name]["status"] == "ok", docs[name]
        assert docs[name]["encoding"] == "cp1252"
        assert not TAG.search((out / target).read_text(encoding="utf-8"))
    assert "saved as text under the name of its URL" in (out / "saved-as-text.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == [
        "article.txt",
        "notes.txt",
        "other.txt",
        "saved-as-text.txt",
        "story.txt",
    ]


def test_page_in_a_jsonl_text_field(tmp_path):
    # Pages a test of tag density alone would miss: a long comment or a long script before the first tag.
    comment = "<!-- " + "generated by a content system; " * 200 + "-->\n"
    script = "<script>" + "var tracking = 1;\n" * 300 + "</script>\n"
    page = PAGE_BYTES.decode("cp1252")
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for key, text in [
            ("plain", page),
            ("comment", comment + page),
            ("script", script + page),
            ("bom", "\ufeff" + page),
        ]:
            f.write(json.dumps({"id": key, "text": text}) + "\n")
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--no-resume", "--no-judge"])
    assert res.exit_code == 0, res.output
    texts = {r["id"]: r["text"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(texts) == {"plain", "comment", "script", "bom"}
    for text in texts.values():
        _clean_output(text)
        assert "tracking" not in text and "content system" not in text


def test_clean_text_reads_a_page_as_html():
    result = clean_text(PAGE_BYTES.decode("cp1252"), options=Options(judge=False))
    assert result.form == "html"
    _clean_output(result.text)


@pytest.mark.parametrize(
    "text",
    [
        "<p>First paragraph of the story, told at some length.</p>\n<p>The second, as long.</p>\n",
        '<span class="body">One paragraph of a page saved as a fragment, and nothing else.</span>',
    ],
)
def test_clean_text_reads_a_fragment_of_markup_lines_as_html(text):
    # given to clean_text (or in a JSONL text field) it came back as markup: fragments are
    # not sniffed there, since markdown may open and close with HTML; markdown holding only
    # tag lines is HTML all the same
    assert looks_like_page(text, fragments=False)
    result = clean_text(text, options=Options(judge=False))
    assert result.form == "html" and "<" not in result.text and result.text.strip()


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        "\ufeff" + PAGE,
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi.</p></body></html>',
        "<!-- " + "x " * 5000 + "-->\n<!DOCTYPE html><p>After a long comment.</p>",
        "<title>A page</title><p>With no html, head or body tag, as HTML5 allows.</p>",
        "<script>" + "var a = 1;\n" * 1000 + "</script><div><p>Text after a long script.</p></div>",
        '<div class="post"><p>One fragment of a page, <b>markup</b> from its first tag to its last.</p></div>',
        # markup throughout, though it opens with text: tags on every line
        "Saved from the page:\n" + '<div class="card"><p>One card, <b>bold</b>.</p></div>\n' * 20,
    ],
)
def test_looks_like_page(text):
    assert looks_like_page(text)
    assert looks_like_page(text.encode("utf-8"))
    assert looks_like_page(text.encode("utf-16"))  # with its BOM, as a UTF-16 file starts


@pytest.mark.parametrize(
    "text, fragments",
    [
        ("The <html> tag opens a page, and <body> holds what it shows.\n", True),
        ("<3 this café, best coffee in town\n", True),
        ("# A project\n\nSome words about it, with a <br> in the middle.\n", True),
        # A README that opens and closes with an HTML block is still markdown.
        (
            '<p align="center"><img src="logo.png"></p>\n\n# A project\n\n'
            + "It does *one* thing, and it does it well. " * 12
            + "\n\n<p>Made by a few people.</p>\n",
            False,
        ),
        ("", True),
        # a text dump with one line of markup an editor left in the page (its bookmark
        # spans): a tenth of the first 4 KiB, but on one line of sixty
        (
            "      The Vitality Elixir serum\n        $130.00\n      + Add to cart\n" * 20
            + '<span style="display: inline-block; width: 0px; overflow: hidden;" class="mce_SELRES_start"></span>' * 6
            + "\n"
            + "It helps the skin, and the skin helps it back.\n" * 20,
            False,
        ),
    ],
)
def test_does_not_look_like_page(text, fragments):
    assert not looks_like_page(text, fragments=fragments)


def test_a_skipped_file_takes_no_output_name(tmp_path):
    # logo.png comes first in the walk and would be logo.txt if it were a document: it is
    # not one, writes nothing, and leaves the name to logo.txt.
    src = tmp_path / "in"
    src.mkdir()
    (src / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (src / "logo.txt").write_text("The logo was drawn by a local artist in the spring of that year.\n")
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--no-resume", "--no-judge"])
    assert res.exit_code == 0, res.output
    docs = _docs(log)
    assert docs["logo.png"]["status"] == "skipped" and docs["logo.txt"]["status"] == "ok"
    assert "drawn by a local artist" in (out / "logo.txt").read_text(encoding="utf-8")
