"""Hostile input: files an attacker (or an odd disk) can put in an input folder. Each one
is one record in the log and the rest of the batch is cleaned; none hangs the run, reads
past ``--max-bytes`` or stops the batch with a traceback.

The run is a real CLI process with a timeout (a FIFO that is opened hangs for ever) and
an address-space limit (reading ``/dev/zero`` without a bound ends in a MemoryError, not
in the machine's swap)."""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS, doc_records

GOOD = SEEDS[2].read_text(encoding="utf-8")
MEMORY = 1 << 31  # bytes of address space for the run: enough to clean, too little to hold a bomb


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _clean(src: Path, out: Path, *extra: str) -> tuple[subprocess.CompletedProcess, dict[str, dict]]:
    log = out.parent / "log.jsonl"
    res = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "clean", str(src), "-o", str(out), "--log", str(log), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limited,
    )
    return res, doc_records(log)


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    return src


def _good_done(out: Path, docs: dict[str, dict]) -> None:
    assert docs["good.txt"]["status"] == "ok"
    assert (out / "good.txt").read_text(encoding="utf-8").startswith("Minsk")


def test_a_fifo_in_an_input_folder_is_an_error_and_never_opened(tmp_path):
    src = _folder(tmp_path)
    os.mkfifo(src / "a.txt")
    os.mkfifo(src / "noname")  # a name of no kind: its content would be sniffed
    res, docs = _clean(src, tmp_path / "out")
    assert res.returncode == 1, res.stderr
    for name in ("a.txt", "noname"):
        assert docs[name]["status"] == "error"
        assert "not a regular file (a FIFO)" in docs[name]["error"]
    _good_done(tmp_path / "out", docs)


def test_a_link_to_a_device_is_an_error(tmp_path):
    src = _folder(tmp_path)
    (src / "z.txt").symlink_to("/dev/zero")
    res, docs = _clean(src, tmp_path / "out", "--max-bytes", "100000")
    assert res.returncode == 1, res.stderr
    assert "not a regular file (a character device)" in docs["z.txt"]["error"]
    _good_done(tmp_path / "out", docs)


def test_a_device_named_on_the_command_line_is_read_up_to_max_bytes(tmp_path):
    """A path given as it is may be a pipe (``clean <(zcat x.gz)``): it is read, but never
    past --max-bytes, whatever its size says (a device's is 0)."""
    link = tmp_path / "z.txt"
    link.symlink_to("/dev/zero")
    res, docs = _clean(link, tmp_path / "out", "--max-bytes", "100000")
    assert res.returncode == 1, res.stderr
    assert "over --max-bytes 100000" in docs["z.txt"]["error"]


@pytest.mark.parametrize(
    "line, words",
    [
        (b'{"text": "x", "n": ' + b"7" * 5000 + b"}", "not JSON"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"text": "x", "score": NaN}', "NaN"),
        (b'{"text": "x", "score": -Infinity}', "Infinity"),
        (b'{"text": "x", "score": 1e400}', "1e400"),
    ],
)
def test_a_jsonl_line_python_cannot_hold_is_an_error_for_that_line(tmp_path, line, words):
    src = _folder(tmp_path)
    good = json.dumps({"id": "g", "text": GOOD}).encode()
    (src / "recs.jsonl").write_bytes(good + b"\n" + line + b"\n" + good.replace(b'"g"', b'"h"') + b"\n")
    out = tmp_path / "out"
    res, docs = _clean(src, out)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert docs["recs.jsonl:2"]["status"] == "error" and words in docs["recs.jsonl:2"]["error"]
    assert docs["g"]["status"] == docs["h"]["status"] == "ok"
    written = (out / "recs.jsonl").read_text(encoding="utf-8")
    assert [json.loads(r)["id"] for r in written.splitlines()] == ["g", "h"]
    assert "NaN" not in written and "Infinity" not in written
    _good_done(out, docs)


def test_a_gzip_bomb_is_bounded_by_max_bytes_inflated(tmp_path):
    src = _folder(tmp_path)
    (src / "bomb.html.gz").write_bytes(gzip.compress(b"<html><body><p>" + b"a" * 3_000_000, 9))
    assert (src / "bomb.html.gz").stat().st_size < 100_000
    res, docs = _clean(src, tmp_path / "out", "--max-bytes", "100000")
    assert res.returncode == 1, res.stderr
    assert "inflates to over --max-bytes 100000" in docs["bomb.html.gz"]["error"]
    _good_done(tmp_path / "out", docs)


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_a_compressed_jsonl_line_that_inflates_past_max_bytes_is_an_error_for_that_line(tmp_path, suffix):
    src = _folder(tmp_path)
    body = (
        json.dumps({"id": "g", "text": GOOD}).encode()
        + b"\n"
        + b'{"text": "'
        + b"a" * 3_000_000
        + b'"}\n'
        + json.dumps({"id": "h", "text": GOOD}).encode()
        + b"\n"
    )
    if suffix.endswith(".gz"):
        data = gzip.compress(body, 9)
    else:
        zstandard = pytest.importorskip("zstandard")
        data = zstandard.ZstdCompressor(level=19).compress(body)
    (src / f"recs{suffix}").write_bytes(data)
    res, docs = _clean(src, tmp_path / "out", "--max-bytes", "100000")
    assert res.returncode == 1, res.stderr
    assert "line 2 is over --max-bytes 100000" in docs["recs.jsonl:2".replace(".jsonl", suffix)]["error"]
    assert docs["g"]["status"] == docs["h"]["status"] == "ok"


def test_a_file_read_through_a_url_is_bounded_by_max_bytes(tmp_path):
    src = _folder(tmp_path)
    (src / "big.txt").write_text(GOOD * 100, encoding="utf-8")
    res, docs = _clean(f"file://{src}", tmp_path / "out", "--max-bytes", "100000")  # type: ignore[arg-type]
    assert res.returncode == 1, res.stderr
    assert "over --max-bytes 100000" in docs["big.txt"]["error"]
    assert docs["good.txt"]["status"] == "ok"


def test_line_separators_are_escaped_in_the_log_and_the_jsonl_output(tmp_path):
    src = _folder(tmp_path)
    text = GOOD + "\nOne\u2028two\u2029three\u0085four.\n"
    (src / "recs.jsonl").write_text(json.dumps({"id": "s", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (src / "seps.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    res, docs = _clean(src, out)
    assert res.returncode == 0, res.stderr
    for path in (out / "recs.jsonl", tmp_path / "log.jsonl"):
        written = path.read_text(encoding="utf-8")
        assert not {"\u2028", "\u2029", "\u0085"} & set(written)
        for line in written.splitlines():  # str.splitlines() splits on all three
            json.loads(line)
    # The characters are kept, escaped (U+0085 is repaired as cp1252's ellipsis, and the
    # log's edit of that repair holds it); a text output has them as they are.
    assert "One\u2028two\u2029three" in json.loads((out / "recs.jsonl").read_text(encoding="utf-8"))["text"]
    assert "\\u0085" in (tmp_path / "log.jsonl").read_text(encoding="utf-8")
    assert "One\u2028two\u2029three" in (out / "seps.txt").read_text(encoding="utf-8")


def test_a_folder_named_as_an_output_file_is_an_error_for_its_documents(tmp_path):
    src = _folder(tmp_path)
    (src / "a.md").write_text(GOOD, encoding="utf-8")  # output a.txt
    (src / "a.txt").mkdir()  # outputs a.txt/...
    (src / "a.txt" / "b.txt").write_text(GOOD, encoding="utf-8")
    (src / "a.txt" / "c.jsonl").write_text(json.dumps({"id": "c1", "text": GOOD}) + "\n", encoding="utf-8")
    (src / "z.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    res, docs = _clean(src, out)
    assert res.returncode == 1, res.stderr
    assert "File exists" not in res.stderr
    assert docs["a.md"]["status"] == "ok" and (out / "a.txt").is_file()
    assert docs["a.txt/b.txt"]["status"] == "error"
    assert "a.txt is the output of another input (a.md)" in docs["a.txt/b.txt"]["error"]
    assert docs["c1"]["status"] == "error"
    assert docs["z.txt"]["status"] == "ok"
    _good_done(out, docs)


def test_a_folder_and_a_file_of_one_output_name_in_two_roots(tmp_path):
    """Given as two roots, the folder may come first: then the file is the one refused."""
    first, second = tmp_path / "one", tmp_path / "two"
    (first / "a.txt").mkdir(parents=True)
    (first / "a.txt" / "b.txt").write_text(GOOD, encoding="utf-8")
    second.mkdir()
    (second / "a.md").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    log = tmp_path / "log.jsonl"
    res = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "clean", str(first), str(second), "-o", str(out), "--log", str(log)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 1, res.stderr
    docs = {r["doc"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines()) if r["type"] == "doc"}
    assert docs["a.txt/b.txt"]["status"] == "ok" and (out / "a.txt" / "b.txt").is_file()
    assert docs["a.md"]["status"] == "error" and "a folder of other inputs' outputs" in docs["a.md"]["error"]


def test_a_zstandard_bomb_is_inflated_a_little_at_a_time(tmp_path):
    """A Zstandard block of one repeated byte is a few bytes for 128 KiB, so one 64 KiB
    read of the file could inflate to gigabytes: the reader feeds the decompressor small
    pieces, and the line over the bound is an error record."""
    zstandard = pytest.importorskip("zstandard")
    src = _folder(tmp_path)
    zeros = b"a" * (1 << 24)
    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    parts = [compressor.compress(json.dumps({"id": "g", "text": GOOD}).encode() + b'\n{"text": "')]
    parts += [compressor.compress(zeros) for _ in range(160)]  # 2.5 GiB inflated
    parts.append(compressor.compress(b'"}\n' + json.dumps({"id": "h", "text": GOOD}).encode() + b"\n"))
    parts.append(compressor.flush())
    (src / "bomb.jsonl.zst").write_bytes(b"".join(parts))
    assert (src / "bomb.jsonl.zst").stat().st_size < 1 << 20
    res, docs = _clean(src, tmp_path / "out", "--max-bytes", "100000")
    assert res.returncode == 1, res.stderr
    assert "line 2 is over --max-bytes 100000" in docs["bomb.jsonl.zst:2"]["error"]
    assert docs["g"]["status"] == docs["h"]["status"] == "ok"
