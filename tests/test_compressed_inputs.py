"""Compressed JSONL (``.jsonl.gz``, ``.jsonl.zst``) is read as JSONL: the same records,
outputs and log as the plain file gives (only the source's name differs), decompressed
as it is read. In a mirrored folder its output is a plain ``.jsonl`` file. A file cut
short is an error record where it stops, and the batch goes on. ``--text-field`` picks
the field that holds the text (and gets the clean text back)."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest
import zstandard
from typer.testing import CliRunner

from cleaner.cli import app

from conftest import SEEDS

runner = CliRunner()

RECORDS = [
    {"id": f"seed-{k}", "url": None, "text": path.read_text(encoding="utf-8"), "lang_hint": "en"}
    for k, path in enumerate(SEEDS[:3])
] + [
    {
        "id": "page",
        "html": "<html><head><title>A page</title></head><body><p>"
        + "A sentence of the page. " * 20
        + "</p></body></html>",
    },
    {"id": "nofield", "body": "no text here"},
]
PLAIN = b"".join(json.dumps(r).encode() + b"\n" for r in RECORDS)


def _zstd_frames(data: bytes) -> bytes:
    """Two Zstandard frames one after the other, as ``zstd`` writes concatenated inputs."""
    half = data.index(b"\n", len(data) // 2) + 1
    return zstandard.ZstdCompressor().compress(data[:half]) + zstandard.ZstdCompressor().compress(data[half:])


COMPRESSED = {"pages.jsonl.gz": gzip.compress(PLAIN), "pages.jsonl.zst": _zstd_frames(PLAIN)}


def _run(src, out, log, *extra):
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--no-resume", *map(str, extra)])
    return res


def _same_but_source(log: bytes, name: str) -> bytes:
    return log.replace(f'"source":"{name}"'.encode(), b'"source":"pages.jsonl"').replace(
        f'"doc":"{name}:'.encode(), b'"doc":"pages.jsonl:'
    )


@pytest.mark.parametrize("name", sorted(COMPRESSED))
def test_compressed_jsonl_in_a_folder_is_read_as_the_plain_file(tmp_path, name):
    plain_in, packed_in = tmp_path / "plain", tmp_path / "packed"
    plain_in.mkdir()
    packed_in.mkdir()
    (plain_in / "pages.jsonl").write_bytes(PLAIN)
    (packed_in / name).write_bytes(COMPRESSED[name])
    before = hashlib.sha256(COMPRESSED[name]).hexdigest()
    res_plain = _run(plain_in, tmp_path / "out-plain", tmp_path / "plain.log")
    res = _run(packed_in, tmp_path / "out", tmp_path / "packed.log")
    assert res_plain.exit_code == res.exit_code == 1  # the record without a text field
    assert "cleaned 4 of 5 documents" in res.stderr  # not "0 of 0", as before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["pages.jsonl"]  # plain JSONL, as for .jsonl
    assert (tmp_path / "out" / "pages.jsonl").read_bytes() == (tmp_path / "out-plain" / "pages.jsonl").read_bytes()
    packed_log = (tmp_path / "packed.log").read_bytes()
    assert _same_but_source(packed_log, name) == (tmp_path / "plain.log").read_bytes()
    assert hashlib.sha256((packed_in / name).read_bytes()).hexdigest() == before


@pytest.mark.parametrize("name", sorted(COMPRESSED))
def test_compressed_jsonl_named_to_records_any_jobs(tmp_path, name):
    src = tmp_path / name
    src.write_bytes(COMPRESSED[name])
    (tmp_path / "pages.jsonl").write_bytes(PLAIN)
    _run(tmp_path / "pages.jsonl", tmp_path / "plain.jsonl", tmp_path / "plain.log", "--jobs", 1)
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}.jsonl"
        res = _run(src, out, tmp_path / f"log{jobs}", "--jobs", jobs)
        assert res.exit_code == 1, res.output
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in records] == ["seed-0", "seed-1", "seed-2", "page"]  # records, not one text
        assert records[0]["lang_hint"] == "en" and "<p>" not in records[3]["text"]
        assert out.read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    assert (tmp_path / "log1").read_bytes() == (tmp_path / "log2").read_bytes()


@pytest.mark.parametrize(
    "name, data",
    [
        ("cut.jsonl.gz", gzip.compress(PLAIN)[: len(gzip.compress(PLAIN)) // 2]),
        ("cut.jsonl.zst", zstandard.ZstdCompressor().compress(PLAIN)[:-40]),
        ("notgzip.jsonl.gz", b"plain text under a .gz name\n"),
        ("notzstd.jsonl.zst", b"plain text under a .zst name\n"),
    ],
)
def test_a_cut_or_corrupt_compressed_file_is_an_error_and_the_batch_goes_on(tmp_path, name, data):
    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_bytes(data)
    (src / "good.txt").write_text("A good document beside the broken file, with a sentence in it.\n")
    log = tmp_path / "log.jsonl"
    res = _run(src, tmp_path / "out", log)
    assert res.exit_code == 1, res.output
    docs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    docs = [d for d in docs if d["type"] == "doc"]
    errors = [
        d for d in docs if d["source"] == name and d["status"] == "error" and "cannot read past line" in d["error"]
    ]
    assert len(errors) == 1, docs
    assert (
        errors[0]["doc"] == f"{name}:{errors[0]['line']}" and "the rest of the file is not read" in errors[0]["error"]
    )
    assert next(d for d in docs if d["doc"] == "good.txt")["status"] == "ok"


def test_text_field_picks_the_field_and_gets_the_clean_text(tmp_path):
    src = tmp_path / "in.jsonl.gz"
    records = [
        {
            "id": "a",
            "content": "<html><body><p>" + "The river was high after the rain. " * 10 + "</p></body></html>",
            "text": "kept as is",
        },
        {"id": "b", "text": "no content field"},
    ]
    src.write_bytes(gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in records)))
    out = tmp_path / "out.jsonl"
    res = _run(src, out, tmp_path / "log.jsonl", "--text-field", "content", "--no-judge")
    assert res.exit_code == 1, res.output  # record b has no 'content'
    (a,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert a["content"].startswith("The river was high after the rain.") and "<p>" not in a["content"]
    assert a["text"] == "kept as is"
    assert "record has no string 'content' field (--text-field)" in res.stderr
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--text-field", " "])
    assert res.exit_code == 2 and "cannot be blank" in res.output


def test_a_record_keeps_the_fields_it_was_not_cleaned_from(tmp_path):
    # a record with both 'text' and 'html' is cleaned from 'text', and lost its 'html'
    page = "<html><body><p>" + "The river was high after the rain. " * 10 + "</p></body></html>"
    prose = "The river was high after the rain, and the ferry did not run that week.\n"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": prose, "html": page}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = _run(src, out, tmp_path / "log.jsonl", "--no-judge")
    assert res.exit_code == 0, res.output
    (a,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert a["html"] == page and a["text"] == prose
    # read from 'html' (it has no 'text', or --text-field html says so) the clean text is its 'text'
    res = _run(src, out, tmp_path / "log.jsonl", "--no-judge", "--text-field", "html", "--force")
    assert res.exit_code == 0, res.output
    (a,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "html" not in a and a["text"].startswith("The river was high after the rain.") and "<p>" not in a["text"]
