"""Faults: a full disk gives a clear error and leaves no partial output files.

Disk full is simulated two ways: a real 64 KiB tmpfs where the machine lets us mount one
(root, as in CI), and a file-size limit (RLIMIT_FSIZE) everywhere, which makes writes
fail with EFBIG the way a full disk fails them with ENOSPC.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

BIG_ENOUGH = 60_000  # bytes: more than the limits below, so the run must hit them


def _corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    body = (FIXTURES / "input" / "seeds" / "001_9c03bc06a276b38c.txt").read_text(encoding="utf-8")
    for k in range(12):
        (src / f"doc{k:02d}.txt").write_text(body, encoding="utf-8")
    assert sum(p.stat().st_size for p in src.iterdir()) > BIG_ENOUGH
    return src


def _clean(src: Path, out: Path, log: Path, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "clean", str(src), "-o", str(out), "--log", str(log)],
        capture_output=True,
        text=True,
        preexec_fn=preexec,
        cwd=ROOT,
    )


def _check_no_partial_files(out: Path, reference: Path) -> None:
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []
    for p in out.rglob("*.txt"):  # whatever was written is complete
        assert p.read_bytes() == (reference / p.relative_to(out)).read_bytes()


def test_file_size_limit_gives_clear_error_and_no_partial_files(tmp_path):
    src = _corpus(tmp_path)
    ref = tmp_path / "ref"
    assert _clean(src, ref, tmp_path / "ref.jsonl").returncode == 0

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    out = tmp_path / "out"
    proc = _clean(src, out, tmp_path / "log.jsonl", preexec=limit)
    assert proc.returncode == 1
    # The first write to fail may be an output file, the log or the resume manifest (SQLite
    # reports EFBIG as a disk I/O error): each gives the same clear message, no traceback.
    assert "Traceback" not in proc.stderr
    assert "failed:" in proc.stderr and ("File too large" in proc.stderr or "disk I/O error" in proc.stderr)
    _check_no_partial_files(out, ref)
    assert not (tmp_path / "log.jsonl").exists()  # the log is all or nothing


@contextmanager
def _tmpfs(size: str) -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted for the test (CI runs as root and must mount one;
    elsewhere the test is skipped), unmounted and removed after it."""
    mnt = Path("/tmp") / f"cleaner-tmpfs-{uuid.uuid4().hex[:8]}"
    mnt.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)], capture_output=True)
    if mounted.returncode != 0:
        mnt.rmdir()
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount a tmpfs: {mounted.stderr.decode()}")
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=False)
        mnt.rmdir()


def test_full_tmpfs_gives_clear_error_and_no_partial_files(tmp_path):
    with _tmpfs("64k") as mnt:
        src = _corpus(tmp_path)
        ref = tmp_path / "ref"
        assert _clean(src, ref, tmp_path / "ref.jsonl").returncode == 0
        out = mnt / "out"
        proc = _clean(src, out, mnt / "log.jsonl")
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr
        assert "failed:" in proc.stderr and (
            "No space left" in proc.stderr or "disk is full" in proc.stderr or "disk I/O error" in proc.stderr
        )
        _check_no_partial_files(out, ref)
        assert not (mnt / "log.jsonl").exists()


def test_a_full_disk_is_named_by_the_file_it_stopped_on(tmp_path):
    # The log alone on a full tmpfs, the outputs elsewhere: the message said "writing output
    # failed: [Errno 28] No space left on device", and not which of the two disks was full.
    with _tmpfs("16k") as mnt:
        src = _corpus(tmp_path)
        proc = _clean(src, tmp_path / "out", mnt / "log.jsonl")
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        # the log, or a temporary shard of it beside it (.log.jsonl.cleaner-PID-N.part/...)
        assert f"No space left on device: '{mnt}/" in proc.stderr, proc.stderr
        assert not (mnt / "log.jsonl").exists()


def test_a_damaged_manifest_row_is_an_error_naming_the_manifest(tmp_path):
    src = _corpus(tmp_path)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    assert _clean(src, out, log).returncode == 0
    book = tmp_path / "out.manifest.sqlite"
    with sqlite3.connect(book) as db:
        db.execute("UPDATE docs SET payload = x'0102030405'")  # not zlib: a damaged disk, a bad copy
    proc = _clean(src, out, log)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "zlib" not in proc.stderr
    assert f"resume manifest {book}" in proc.stderr and "damaged" in proc.stderr and "--force" in proc.stderr
    assert _clean(src, out, log).returncode == 1  # not silently forgotten on the next run either
    forced = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "clean", str(src), "-o", str(out), "--log", str(log), "--force"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert forced.returncode == 0, forced.stderr  # --force redoes every document and writes its rows anew
    assert _clean(src, out, log).returncode == 0
