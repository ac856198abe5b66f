"""Bad input: every kind yields a clean output or an error record naming the file and the
reason; the rest of the batch is processed; exit 1 if anything failed, 0 otherwise."""

from __future__ import annotations

import gzip
import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

from conftest import FIXTURES, SEEDS, doc_records

runner = CliRunner()
GOOD = SEEDS[2].read_text(encoding="utf-8")


def _run(tmp_path, src, *extra):
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), *extra])
    docs = doc_records(log)
    return res, out, docs


def _folder_with(tmp_path, files: dict[str, bytes]):
    src = tmp_path / "in"
    src.mkdir()
    for name, data in files.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    return src


def _good_done(out, docs):
    assert docs["good.txt"]["status"] == "ok"
    assert (out / "good.txt").read_text(encoding="utf-8").startswith("Minsk")


@pytest.mark.parametrize(
    "name, data, outcome, words",
    [
        ("empty.txt", b"", "ok", "empty document"),
        ("blank.md", b"\n\n  \n", "ok", "empty document"),
        ("image.txt", (FIXTURES / "bad" / "image.txt").read_bytes(), "error", "binary"),
        ("archive.txt", b"PK\x03\x04" + os.urandom(200), "error", "binary"),
        ("random.txt", bytes(range(256)) * 40, "error", "binary"),
        (
            "invalid-utf8.txt",
            ("Grüße aus Minsk. " * 50).encode() + b"\xc3\x28" + ("Schöne Grüße. " * 50).encode(),
            "ok",
            "invalid UTF-8",
        ),
        ("utf16-nobom.txt", GOOD.encode("utf-16-le"), "ok", None),
        ("odd name ü -x.txt", GOOD.encode(), "ok", None),
        ("sub dir/[brackets] & $x.md", GOOD.encode(), "ok", None),
        (
            "all-scripts.html",
            b"<html><head><script>var a=1;</script></head><body><script>go()</script></body></html>",
            "ok",
            None,
        ),
        ("malformed.html", b"<html><body><p>Unclosed <b>bold <div>text</p></span><table><tr><td>x</body>", "ok", None),
        (
            "deep.html",
            (b"<html><body>" + b"<div>" * 3000 + b"<p>Deep text.</p>" + b"</div>" * 3000 + b"</body></html>"),
            None,
            None,
        ),
        (
            "page.html.gz",
            gzip.compress(b"<html><body><article><p>" + GOOD.encode() + b"</p></article></body></html>"),
            "ok",
            None,
        ),
        ("broken.html.gz", b"\x1f\x8b\x08not really gzip", "error", "cannot read"),
    ],
)
def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path, name, data, outcome, words):
    src = _folder_with(tmp_path, {name: data})
    res, out, docs = _run(tmp_path, src)
    rel = name
    rec = docs[rel]
    if outcome is not None:
        assert rec["status"] == outcome, rec
    assert rec["status"] in ("ok", "error")
    text = json.dumps(rec)
    if words:
        assert words in text
    if rec["status"] == "error":
        assert res.exit_code == 1 and f"{rel}: " in res.output and rec["error"]
    else:
        assert res.exit_code == 0, res.output
    _good_done(out, docs)


def test_jsonl_faults(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "ok1", "text": "Fine text."}\n'
        b'{"id": "broken", "text": "unterminated\n'
        b'"just a string"\n'
        b'{"id": "nofield", "body": "x"}\n'
        b'{"id": "badutf8", "text": "\xff"}\n'
        b"\n"
        b'{"id": "ok2", "html": "<html><body><p>Hello there, this is a paragraph.</p></body></html>"}\n'
    )
    res, out, docs = _run(tmp_path, src)
    assert res.exit_code == 1
    assert docs["ok1"]["status"] == "ok" and docs["ok2"]["status"] == "ok"
    errors = {d["doc"]: d["error"] for d in docs.values() if d["status"] == "error"}
    assert set(errors) == {"in.jsonl:2", "in.jsonl:3", "nofield", "in.jsonl:5"}
    assert "not JSON" in errors["in.jsonl:2"] and "JSON object" in errors["in.jsonl:3"]
    assert "no string 'text' or 'html'" in errors["nofield"]
    written = [json.loads(x)["id"] for x in (out / "in.jsonl").read_text().splitlines()]
    assert written == ["ok1", "ok2"]


def test_max_bytes_refuses_big_files_and_lines(tmp_path):
    big = ("A sentence of a very long article. " * 3000).encode()  # ~105 KB
    src = _folder_with(
        tmp_path,
        {
            "big.txt": big,
            "recs.jsonl": json.dumps({"id": "huge", "text": big.decode()}).encode()
            + b"\n"
            + json.dumps({"id": "small", "text": "Small text."}).encode()
            + b"\n",
        },
    )
    res, out, docs = _run(tmp_path, src, "--max-bytes", "50000")
    assert res.exit_code == 1
    assert "over --max-bytes 50000" in docs["big.txt"]["error"]
    assert "over --max-bytes 50000" in docs["recs.jsonl:1"]["error"]
    assert docs["small"]["status"] == "ok"
    _good_done(out, docs)


@pytest.mark.slow
def test_ten_megabyte_single_line_is_cleaned(tmp_path):
    words = " ".join(GOOD.split())
    line = ((words + " ") * (10_000_000 // len(words) + 1))[:10_000_000]
    src = _folder_with(tmp_path, {"oneline.txt": line.encode()})
    res, out, docs = _run(tmp_path, src)
    assert res.exit_code == 0 and docs["oneline.txt"]["status"] == "ok"
    assert "\n" not in (out / "oneline.txt").read_text()[:-1]


def test_symlink_loop_and_broken_link(tmp_path):
    src = _folder_with(tmp_path, {"a/doc.txt": GOOD.encode()})
    os.symlink(src, src / "a" / "loop")  # a folder that contains itself
    os.symlink(src / "missing.txt", src / "dangling.txt")
    res, out, docs = _run(tmp_path, src)
    assert res.exit_code == 1
    assert docs["dangling.txt"]["status"] == "error" and "cannot read" in docs["dangling.txt"]["error"]
    assert docs["a/doc.txt"]["status"] == "ok"
    assert not any(k.startswith("a/loop/a/loop") for k in docs)
    _good_done(out, docs)


def test_a_folder_named_like_a_text_file_is_an_error(tmp_path):
    src = _folder_with(tmp_path, {})
    (src / "folder.txt").mkdir()
    (src / "folder.txt" / "inner.txt").write_text(GOOD)
    res, out, docs = _run(tmp_path, src)
    assert docs["folder.txt/inner.txt"]["status"] == "ok"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file and list any folder")
def test_unreadable_folder_is_reported(tmp_path):
    src = _folder_with(tmp_path, {"locked/x.txt": b"text"})
    (src / "locked").chmod(0)
    try:
        res, out, docs = _run(tmp_path, src)
    finally:
        (src / "locked").chmod(0o755)
    assert res.exit_code == 1 and docs["locked"]["status"] == "error"


def test_inputs_are_never_modified(tmp_path):
    files = {"x.txt": GOOD.encode("utf-16"), "y.md": b"\r\n**a**\r\n", "z.jsonl": b'{"id": 1, "text": "t"}\n'}
    src = _folder_with(tmp_path, files)
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    mtimes = {p: p.stat().st_mtime_ns for p in before}
    _run(tmp_path, src)
    assert {p: p.read_bytes() for p in before} == before
    assert {p: p.stat().st_mtime_ns for p in before} == mtimes


def test_jsonl_ids_and_urls_cannot_write_outside_the_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "../../escape", "url": "file:///etc/passwd", "text": GOOD},
                {"id": "/abs/path", "url": "https://../../x", "text": GOOD},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(tmp_path / "log.jsonl")])
    assert res.exit_code == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    # the lock (one run at a time) and the manifest (resume) beside the output, not in it
    assert written == ["in.jsonl", "log.jsonl", "out.lock", "out.manifest.sqlite", "out/in.jsonl"]


def test_restore_refuses_a_log_that_points_outside(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("body\n")
    log = tmp_path / "log.jsonl"
    log.write_text(
        json.dumps(
            {
                "type": "doc",
                "schema": 1,
                "doc": "../evil.txt",
                "source": "../evil.txt",
                "line": None,
                "status": "ok",
                "warnings": [],
                "ruleset": "x",
            }
        )
        + "\n"
    )
    shutil.copy(out / "a.txt", out / ".." / "evil.txt")  # an output where the log says
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(tmp_path / "back")])
    assert res.exit_code == 1 and "would leave" in res.output
    assert not (tmp_path / "back").exists() or not any((tmp_path / "back").iterdir())


def test_file_name_that_is_not_utf8_is_an_error_and_the_batch_goes_on(tmp_path):
    src = _folder_with(tmp_path, {})
    (src / os.fsdecode(b"bad\xff name.txt")).write_text(GOOD, encoding="utf-8")
    res, out, docs = _run(tmp_path, src)
    assert res.exit_code == 1, res.output
    rec = docs["bad\\xff name.txt"]  # the bad byte shown escaped: the log stays UTF-8
    assert rec["status"] == "error" and "not valid UTF-8" in rec["error"]
    _good_done(out, docs)


def test_jsonl_record_with_a_lone_surrogate_is_an_error_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "ok1", "text": "Fine text."}\n'
        b'{"id": "lone", "text": "half a pair \\ud800 here"}\n'
        b'{"id": "pair", "text": "a whole pair \\ud83d\\ude00 and a literal \\\\ud800"}\n'
    )
    res, out, docs = _run(tmp_path, src)
    assert res.exit_code == 1, res.output
    assert docs["in.jsonl:2"]["status"] == "error" and "lone surrogate" in docs["in.jsonl:2"]["error"]
    assert docs["ok1"]["status"] == "ok" and docs["pair"]["status"] == "ok"
    written = [json.loads(x) for x in (out / "in.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in written] == ["ok1", "pair"]
    assert "\U0001f600" in written[1]["text"] and "\\ud800" in written[1]["text"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_jsonl_file_in_utf_16_is_refused_line_by_line_not_read_as_other_characters(tmp_path, encoding):
    # Cut at its 0x0A bytes, a little-endian file's lines after the first are a byte off and
    # read as big-endian: "Łódka" came out as "Aǳdka", status ok, with no warning.
    src = tmp_path / "in.jsonl"
    lines = [{"id": f"r{i}", "text": t} for i, t in enumerate(["First line.", "Łódka Łó on the river.", "Żywiec."])]
    src.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode(encoding))
    res, out, docs = _run(tmp_path, src)
    assert res.exit_code == 1, res.output
    assert not (out / "in.jsonl").exists() or (out / "in.jsonl").read_bytes() == b""
    refused = [d for d in docs.values() if "not UTF-8 (it reads as utf-" in (d.get("error") or "")]
    assert len(refused) == 3 and all(d["status"] == "error" for d in docs.values())
