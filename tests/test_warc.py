"""WARC input: each HTML response of a ``.warc`` or ``.warc.gz`` file (as wget, Heritrix
and Common Crawl save them) is a document, its WARC-Record-ID the id, its target URI the
URL, its payload decoded by the charset of its HTTP header; every other record is skipped
with the reason in the log and the summary. A file cut short or that is not WARC is an
error record and the batch goes on. The WARC files are written here with warcio's writer,
and the real command line reads them.

The judge is off: what is tested is how records become documents, not what the judge
keeps of a page."""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.cli import app

from test_html_inputs import BODY  # a page's body, the same as the HTML input tests'

runner = CliRunner()

# No <meta charset>: only the HTTP header says ISO-8859-15, where byte 0xA4 is the euro
# sign (in Windows-1252, which detection would choose, it is a currency sign ¤).
CAFE = (
    "<!DOCTYPE html><html><head><title>The café opens again</title></head><body>"
    "<article><h1>The café opens again</h1>" + BODY + "<p>A coffee costs 2 €, as before.</p></article></body></html>"
)
NEWS = (
    "<html><head><title>River survey</title></head><body><article><h1>River survey</h1>"
    "<p>Volunteers counted the birds along the river for the third year, and found more kingfishers "
    "than in any year before, which the survey puts down to the cleaner water since the works.</p>"
    "</article></body></html>"
)
TAG = re.compile(r"</?[a-zA-Z][^>]*>")

SKIPS = {
    "warcinfo": "a WARC warcinfo record: no page",
    "request": "a WARC request record: no page",
    "png": "a WARC response of type image/png, not HTML",
    "redirect": "a WARC response of HTTP status 301: no page's content",
    "metadata": "a WARC metadata record: no page",
    "revisit": "a WARC revisit record: its payload is in an earlier record",
}


def _http(status: str, content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path, gzip: bool) -> dict[str, str]:
    """A WARC file as a crawler writes one; the record id of each record, by a name."""
    ids = {}
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gzip)

        def put(name, record):
            ids[name] = record.rec_headers.get_header("WARC-Record-ID")
            w.write_record(record)

        put("warcinfo", w.create_warcinfo_record(path.name, {"software": "test crawler"}))
        request = StatusAndHeaders("GET /cafe HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        put("request", w.create_warc_record("https://example.org/cafe", "request", http_headers=request))
        put(
            "cafe",
            w.create_warc_record(
                "https://example.org/cafe",
                "response",
                payload=io.BytesIO(CAFE.encode("iso-8859-15")),
                http_headers=_http("200 OK", "text/html; charset=ISO-8859-15"),
            ),
        )
        put(
            "png",
            w.create_warc_record(
                "https://example.org/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(range(64))),
                http_headers=_http("200 OK", "image/png"),
            ),
        )
        put(
            "redirect",
            w.create_warc_record(
                "https://example.org/old",
                "response",
                payload=io.BytesIO(b"<html><body><p>Moved.</p></body></html>"),
                http_headers=_http("301 Moved Permanently", "text/html"),
            ),
        )
        put(
            "metadata",
            w.create_warc_record(
                "https://example.org/cafe",
                "metadata",
                payload=io.BytesIO(b"outlinks: https://example.org/news\r\n"),
                warc_content_type="application/warc-fields",
            ),
        )
        put(
            "news",
            w.create_warc_record(
                "https://example.org/news",
                "response",
                payload=io.BytesIO(NEWS.encode("utf-8")),
                http_headers=_http("200 OK", "text/html"),
            ),
        )
        put(
            "revisit",
            w.create_revisit_record(
                "https://example.org/cafe",
                digest="sha1:AAAA",
                refers_to_uri="https://example.org/cafe",
                refers_to_date="2024-01-01T00:00:00Z",
            ),
        )
    return ids


def _member(data: bytes, number: int) -> tuple[int, int]:
    """(offset, length) of record ``number`` (from 1) of a WARC file, as warcio finds them."""
    records = ArchiveIterator(io.BytesIO(data))
    for at, _ in enumerate(records, 1):
        if at == number:
            return records.get_record_offset(), records.get_record_length()
    raise AssertionError(f"no record {number}")


def _log(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _docs(path) -> list[dict]:
    return [r for r in _log(path) if r["type"] == "doc"]


def _records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _clean(*args):
    return runner.invoke(app, ["clean", *map(str, args), "--no-judge"])


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_are_documents_and_other_records_are_skipped(tmp_path, name, gzip):
    src = tmp_path / "in"
    src.mkdir()
    ids = write_warc(src / name, gzip)
    before = hashlib.sha256((src / name).read_bytes()).hexdigest()
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = _clean(src, "-o", out, "--log", log, "--no-resume")
    assert res.exit_code == 0, res.output
    assert hashlib.sha256((src / name).read_bytes()).hexdigest() == before  # the input is not modified

    # The HTML responses, in file order, as JSONL records in the mirrored folder.
    assert sorted(p.name for p in out.iterdir()) == ["crawl.jsonl"]
    cafe, news = _records(out / "crawl.jsonl")
    assert (cafe["id"], cafe["url"]) == (ids["cafe"], "https://example.org/cafe")
    assert (news["id"], news["url"]) == (ids["news"], "https://example.org/news")
    assert cafe["title"] == "The café opens again" and news["title"] == "River survey"
    assert "The small café on the corner opened again" in cafe["text"] and not TAG.search(cafe["text"])
    assert "2 €" in cafe["text"]  # ISO-8859-15, as the HTTP header says; not 2 ¤
    assert "kingfishers" in news["text"]

    # Every record is in the log, in file order, numbered from 1: the pages ok, the rest skipped with the reason.
    docs = _docs(log)
    order = ["warcinfo", "request", "cafe", "png", "redirect", "metadata", "news", "revisit"]
    assert [d["doc"] for d in docs] == [ids[k] for k in order]
    assert [d["line"] for d in docs] == list(range(1, 9))
    assert all(d["source"] == name for d in docs)
    by_id = {d["doc"]: d for d in docs}
    assert by_id[ids["cafe"]]["status"] == "ok" and by_id[ids["cafe"]]["encoding"] == "iso8859-15"
    assert by_id[ids["cafe"]]["site"] == "example.org" and by_id[ids["cafe"]]["site_via"] == "url"
    for key, reason in SKIPS.items():
        assert by_id[ids[key]]["status"] == "skipped"
        assert by_id[ids[key]]["skipped"] == reason
    assert by_id[ids["png"]]["metadata"] == {"url": "https://example.org/logo.png"}

    # The summary counts them as other skips are counted, by reason.
    assert "cleaned 2 of 8 documents" in res.stderr and "6 skipped" in res.stderr
    for reason in SKIPS.values():
        assert f"skipped 1: {reason}" in res.stderr


def test_warc_records_to_one_jsonl_output_and_restore(tmp_path):
    ids = write_warc(tmp_path / "crawl.warc.gz", True)
    out, log, back = tmp_path / "out.jsonl", tmp_path / "log.jsonl", tmp_path / "back.jsonl"
    res = _clean(tmp_path / "crawl.warc.gz", "-o", out, "--log", log, "--no-resume")
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in _records(out)] == [ids["cafe"], ids["news"]]
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    assert res.exit_code == 0, res.output
    restored = {r["id"]: r["text"] for r in _records(back)}
    assert set(restored) == {ids["cafe"], ids["news"]}  # the pages' text before cleaning, from output and log
    assert "The café opens again" in restored[ids["cafe"]]


def test_same_bytes_for_any_number_of_jobs_and_after_resume(tmp_path):
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    write_warc(src / "a" / "one.warc.gz", True)
    write_warc(src / "two.warc", False)
    (src / "note.txt").write_text("A note beside the crawls, with a sentence or two of text in it.\n")
    runs = []
    for jobs in (1, 2):
        out, log = tmp_path / f"out{jobs}", tmp_path / f"log{jobs}.jsonl"
        res = _clean(src, "-o", out, "--log", log, "--jobs", jobs, "--no-resume")
        assert res.exit_code == 0, res.output
        runs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()})
        runs[-1]["log"] = log.read_bytes()
    assert runs[0] == runs[1]
    assert set(runs[0]) == {"a/one.jsonl", "two.jsonl", "note.txt", "log"}

    # A rerun into the same output finds every record in the manifest: the log is the same bytes.
    out, log = tmp_path / "resumed", tmp_path / "resumed.jsonl"
    for _ in range(2):
        res = _clean(src, "-o", out, "--log", log, "--jobs", 2)
        assert res.exit_code == 0, res.output
        assert log.read_bytes() == runs[0]["log"]


def test_a_cut_or_corrupt_warc_is_an_error_record_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_warc(tmp_path / "whole.warc.gz", True)
    whole = (tmp_path / "whole.warc.gz").read_bytes()
    start, length = _member(whole, 7)
    (src / "cut.warc.gz").write_bytes(whole[: start + length // 2])  # stops inside the gzip member of record 7
    write_warc(tmp_path / "whole.warc", False)
    plain = (tmp_path / "whole.warc").read_bytes()
    (src / "short.warc").write_bytes(plain[: plain.index(b"<h1>")])  # stops inside the first page
    (src / "notwarc.warc").write_bytes(b"this is a text file under the wrong name\n" * 3)
    (src / "good.txt").write_text("A good document beside the broken crawls, with a sentence in it.\n")
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = _clean(src, "-o", out, "--log", log, "--no-resume")
    assert res.exit_code == 1, res.output
    docs = _docs(log)
    errors = {d["doc"]: d["error"] for d in docs if d["status"] == "error"}
    assert set(errors) == {"cut.warc.gz:7", "short.warc:3", "notwarc.warc:1"}
    assert "cut short" in errors["cut.warc.gz:7"]
    assert "before its Content-Length" in errors["short.warc:3"]
    assert "not read" in errors["notwarc.warc:1"]
    for doc, error in errors.items():
        assert f"[{doc}]: {error}" in res.stderr
    # The records before the damage are cleaned; the rest of the batch too.
    assert [r["url"] for r in _records(out / "cut.jsonl")] == ["https://example.org/cafe"]
    assert not (out / "short.jsonl").exists() and not (out / "notwarc.jsonl").exists()
    assert next(d for d in docs if d["doc"] == "good.txt")["status"] == "ok"
