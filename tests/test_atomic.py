"""The one atomic writer: whole files or nothing, local and behind fsspec URLs."""

from __future__ import annotations

import itertools
import os
import sys

import pytest

from cleaner.io import atomic
from cleaner.io.atomic import AtomicFile, sweep_partials, write_atomic

TEXT = "Zeile eins\r\nline two: caf\u00e9 \U0001f600\n" * 500  # no newline translation, UTF-8


def test_write_atomic_writes_the_text_whole_and_leaves_nothing_when_it_fails(tmp_path):
    write_atomic(tmp_path / "sub" / "ref.txt", TEXT)  # its folder is made
    write_atomic(str(tmp_path / "out.txt"), TEXT, durable=False, parents=False)
    write_atomic(tmp_path / "out.txt", TEXT + "again")  # replaces a finished file whole
    assert (tmp_path / "sub" / "ref.txt").read_bytes() == TEXT.encode("utf-8")
    assert (tmp_path / "out.txt").read_bytes() == (TEXT + "again").encode("utf-8")
    (tmp_path / "plain.txt").write_text("made as any program makes a file")
    plain = (tmp_path / "plain.txt").stat().st_mode & 0o777  # 0666 less the umask
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == plain
    (tmp_path / "plain.txt").unlink()
    (tmp_path / "taken").mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        write_atomic(tmp_path / "taken", TEXT)
    with pytest.raises(UnicodeEncodeError):  # nothing is created for text that cannot be written
        write_atomic(tmp_path / "bad.txt", "lone \ud800 surrogate")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "sub", "taken"]


def test_atomic_file_commits_whole_and_discards_on_failure(tmp_path):
    shard = tmp_path / "shard.bin"
    shard.write_bytes(b"shard bytes\n" * 10000)
    with AtomicFile(tmp_path / "log.jsonl") as f:
        f.write("first\n")
        f.append_file(str(shard))
        f.write_bytes(b"last\n")
        assert not (tmp_path / "log.jsonl").exists()  # nothing under the real name before the commit
    assert (tmp_path / "log.jsonl").read_bytes() == b"first\n" + shard.read_bytes() + b"last\n"
    with pytest.raises(RuntimeError):
        with AtomicFile(tmp_path / "other.jsonl") as f:
            f.write("half")
            raise RuntimeError("the run failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.jsonl", "shard.bin"]


def test_a_temporary_name_left_by_a_killed_run_is_not_reused(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_part_numbers", itertools.count())
    stale = tmp_path / f".out.txt.cleaner-{os.getpid()}-0.part"  # same process id, same number
    stale.write_text("half a file from a killed run")
    write_atomic(tmp_path / "out.txt", "whole")
    assert (tmp_path / "out.txt").read_text() == "whole"
    assert stale.read_text() == "half a file from a killed run"  # not ours: left for the sweep
    assert sweep_partials(None, [tmp_path / "out.txt"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_sweep_removes_temporary_files_and_folders_never_finished_files(tmp_path):
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    (out / "a" / "x.txt").write_text("finished")
    (out / "a" / ".x.txt.cleaner-123-4.part").write_text("half")
    (out / ".shards.cleaner-9-1.part").mkdir()
    (out / ".shards.cleaner-9-1.part" / "000001.log").write_text("shard")
    (tmp_path / ".log.jsonl.cleaner-77-0.part").mkdir()
    (tmp_path / ".other.jsonl.cleaner-77-1.part").write_text("beside another file: not this run's")
    for name in (".notes.part", ".x.txt.123-4.part", ".x.txt.cleaner-1-2.part.bak"):  # not cleaner's names
        (out / "a" / name).write_text("the user's")
    assert sweep_partials(out, [tmp_path / "log.jsonl"]) == 3
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        ".other.jsonl.cleaner-77-1.part",
        "out",
        "out/a",
        "out/a/.notes.part",
        "out/a/.x.txt.123-4.part",
        "out/a/.x.txt.cleaner-1-2.part.bak",
        "out/a/x.txt",
    ]
    (out / "a" / ".x.txt.cleaner-5-0.part").write_text("half")
    (out / "a" / ".x.txt.cleaner-6-0.part").write_text("half")
    assert sweep_partials(out, [], pids=[5]) == 1  # only those of the processes given
    assert sorted(p.name for p in (out / "a").glob("*.cleaner-*.part")) == [".x.txt.cleaner-6-0.part"]


def test_fsspec_urls_get_the_same_guarantees(tmp_path):
    url = f"file://{tmp_path}/deep/er/out.txt"
    write_atomic(url, TEXT)
    assert (tmp_path / "deep" / "er" / "out.txt").read_bytes() == TEXT.encode("utf-8")
    f = AtomicFile(f"file://{tmp_path}/log.jsonl")
    f.write("one\n")
    assert not (tmp_path / "log.jsonl").exists()
    assert [p.name for p in tmp_path.glob(".log.jsonl.*.part")]  # the temporary name beside the target
    f.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep"]


def test_sync_file_system_flushes_the_output_file_system_only(tmp_path):
    atomic.sync_file_system(str(tmp_path))
    if sys.platform.startswith("linux"):
        assert callable(atomic._syncfs)  # syncfs(2) was found, not the os.sync() fallback
    with pytest.raises(FileNotFoundError):
        atomic.sync_file_system(str(tmp_path / "missing"))


def test_the_rule_cache_is_written_through_the_atomic_writer(tmp_path, monkeypatch):
    from cleaner.rules.cache import load_rulebook_cached, parse_rulebook

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    book = load_rulebook_cached()
    [cached] = tmp_path.iterdir()
    assert cached.name.startswith("rulebook-") and cached.suffix == ".json"
    assert parse_rulebook(cached.read_bytes()).digest == book.digest
    assert cached.stat().st_mode & 0o777 == 0o666 & ~_umask()  # not mkstemp's 0600
    assert load_rulebook_cached().digest == book.digest  # read back from the cache


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
