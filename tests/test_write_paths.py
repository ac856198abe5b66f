"""What a run writes, and where: never over an input, never two things to one path, and
only its own temporary files removed. Each case is a real CLI run on files made here."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.io.atomic import part_name

from conftest import SEEDS

runner = CliRunner()
TEXT = SEEDS[2].read_text(encoding="utf-8")


def _tree(folder):
    """Every file (its bytes) and folder (None) under ``folder``."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None for p in folder.rglob("*")}


def test_a_run_after_a_killed_one_removes_its_temporary_files_not_the_users(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    with sqlite3.connect(tmp_path / "out.manifest.sqlite") as db:  # as a killed run leaves it
        db.execute("UPDATE meta SET value = 'running' WHERE name = 'state'")
    left = [part_name(str(out / "a.txt"), 7), part_name(str(log), 8)]  # what the killed run left
    for path in left:
        with open(path, "w") as f:
            f.write("half")
    mine = [out / ".notes.part", out / "sub" / ".draft.txt.part", out / ".a.txt.123-4.part", tmp_path / ".x.part"]
    for path in mine:
        path.parent.mkdir(exist_ok=True)
        path.write_text("the user's own file")
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"])
    assert res.exit_code == 0, res.output
    assert all(p.read_text() == "the user's own file" for p in mine)
    assert not [p for p in left if os.path.exists(p)]


def test_a_file_whose_name_is_near_the_longest_a_file_system_takes_is_cleaned(tmp_path):
    # 254 bytes, a name a file can have; its temporary name beside the output, with
    # ".cleaner-PID-N.part" added, could not be made, and the whole run stopped (exit 1).
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    src.mkdir()
    name = "é" * 100 + "n" * 50 + ".txt"
    (src / name).write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text(TEXT, encoding="utf-8")
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert (out / name).read_bytes() == (out / "b.txt").read_bytes()
    # what a killed run would leave beside it is its own, and the next run removes it
    left = part_name(str(out / name), 7)
    assert len(os.path.basename(left).encode()) <= 255
    with open(left, "w") as f:
        f.write("half")
    with sqlite3.connect(tmp_path / "out.manifest.sqlite") as db:
        db.execute("UPDATE meta SET value = 'running' WHERE name = 'state'")
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert not os.path.exists(left)


def test_an_input_whose_output_name_would_be_too_long_is_an_error_and_the_batch_goes_on(tmp_path):
    # An output's name can be longer than its input's: "a.md" gives "a.txt", "README" gives
    # "README.txt". Past 255 bytes the file system refused it, and the whole run stopped
    # (error: writing output failed: [Errno 36] File name too long).
    src, out, log = tmp_path / "in", tmp_path / "out", tmp_path / "log.jsonl"
    src.mkdir()
    long_md, long_bare = "m" * 252 + ".md", "r" * 255
    for name in (long_md, long_bare, "b.txt"):
        (src / name).write_text(TEXT, encoding="utf-8")
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--jobs", "1"])
    assert res.exit_code == 1, res.output
    docs = {r["doc"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines()) if r["type"] == "doc"}
    assert docs["b.txt"]["status"] == "ok" and (out / "b.txt").is_file()
    assert docs[long_md]["error"].startswith("its output's name would be 256 bytes, over the 255")
    assert docs[long_bare]["error"].startswith("its output's name would be 259 bytes, over the 255")
    assert sorted(p.name for p in out.iterdir()) == ["b.txt"]


def _files(tmp_path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")


RECORD = json.dumps({"id": "r1", "text": TEXT}) + "\n"


@pytest.mark.parametrize(
    "files, args, words",
    [
        ({"d/a.txt": TEXT}, ["d/a.txt", "-o", "d"], "input d/a.txt is inside output folder d"),
        ({"e/a.txt": TEXT}, ["a.txt", "-o", ".", "@e"], "input a.txt is inside output folder ."),
        ({"o/in/a.txt": TEXT}, ["o/in", "-o", "o"], "input o/in is inside output folder o"),
        ({"j/x.jsonl": RECORD}, ["j/x.jsonl", "-o", "j"], "input j/x.jsonl is inside output folder j"),
        (
            {"in/a.txt": TEXT},
            ["in", "-o", "out", "--summary-json", "in/a.txt"],
            "summary in/a.txt is inside input folder in",
        ),
        (
            {"in/a.txt": TEXT},
            ["in/a.txt", "-o", "out", "--summary-json", "in/a.txt"],
            "summary in/a.txt is the input file in/a.txt",
        ),
        (
            {"in/a.txt": TEXT, "in/empty.txt": ""},
            ["in", "-o", "out", "--manifest", "in/empty.txt"],
            "resume manifest in/empty.txt is inside input folder in",
        ),
        (
            {"in/a.txt": TEXT},
            ["in", "-o", "X.jsonl", "--log", "X.jsonl"],
            "log X.jsonl and output X.jsonl are one file",
        ),
        (
            {"in/a.txt": TEXT},
            ["in", "-o", "out", "--log", "s.json", "--summary-json", "s.json"],
            "summary s.json and log s.json are one file",
        ),
        (
            {"in/a.txt": TEXT},
            ["in", "-o", "out", "--log", "out/log.jsonl"],
            "log out/log.jsonl is inside output folder out",
        ),
        (
            {"in/a.txt": TEXT},
            ["in", "-o", "out", "--manifest", "out"],
            "resume manifest out and output out are one file",
        ),
        ({"in/a.txt": TEXT}, ["in", "-o", "out", "--log", "in"], "log in is inside input folder in"),
    ],
)
def test_a_run_that_would_write_over_an_input_or_twice_to_one_path_is_refused(
    tmp_path, monkeypatch, files, args, words
):
    _files(tmp_path, files)
    where = next((a[1:] for a in args if a.startswith("@")), "")
    monkeypatch.chdir(tmp_path / where)
    before = _tree(tmp_path)
    res = runner.invoke(app, ["clean", *[a for a in args if not a.startswith("@")], "-q"])
    assert res.exit_code == 2, res.output
    assert words in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1  # one line: what, and both paths
    assert _tree(tmp_path) == before  # nothing written, nothing changed


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_link_in_an_input_folder_to_what_the_run_writes_is_an_error_not_read(tmp_path, jobs):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    os.symlink(out, src / "to-out")  # dangling until the first run makes the output
    os.symlink(log, src / "old-log.jsonl")
    os.symlink(tmp_path, src / "up")  # the folder above: output (walked once, as to-out), log and manifest
    args = ["clean", str(src), "-o", str(out), "--log", str(log), "--jobs", jobs, "-q"]
    runner.invoke(app, args)
    res = runner.invoke(app, args)  # now the links lead to what the first run wrote
    assert res.exit_code == 1, res.output
    docs = {r["doc"]: r for r in map(json.loads, log.read_text().splitlines()) if r["type"] == "doc"}
    assert docs["a.txt"]["status"] == "ok"
    for link, target in [
        ("to-out", out),
        ("old-log.jsonl", log),
        ("up/log.jsonl", log),
        ("up/out.manifest.sqlite", tmp_path / "out.manifest.sqlite"),
    ]:
        assert docs[link]["status"] == "error", link
        assert f"leads to {target}, which this run writes; not read" in docs[link]["error"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["a.txt"]  # nothing read back


def test_paths_are_compared_through_links(tmp_path, monkeypatch):
    _files(tmp_path, {"in/a.txt": TEXT})
    os.symlink("in", tmp_path / "alias")  # another name for the input folder
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    for args, words in [
        (["in", "-o", "alias/out"], "output alias/out is inside input folder in"),
        (["alias/a.txt", "-o", "in"], "input alias/a.txt is inside output folder in"),
        (["in", "-o", "o", "--log", "alias/a.txt"], "log alias/a.txt is inside input folder in"),
    ]:
        res = runner.invoke(app, ["clean", *args, "-q"])
        assert res.exit_code == 2 and words in res.output, (args, res.output)
    assert _tree(tmp_path) == before


def test_output_dot_keeps_its_manifest_beside_it(tmp_path, monkeypatch):
    _files(tmp_path, {"in/a.txt": TEXT})
    (tmp_path / "e").mkdir()
    monkeypatch.chdir(tmp_path / "e")
    res = runner.invoke(app, ["clean", "../in", "-o", ".", "-q"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "e").iterdir()) == ["a.txt"]  # outputs only
    assert (tmp_path / "e.manifest.sqlite").is_file()


OTHER = SEEDS[3].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "inputs, first, second",
    [
        (["a/x.txt", "b/x.txt"], "a/x.txt", "b/x.txt"),
        (["f1", "f2"], "f1/x.txt", "f2/x.txt"),
        (["f1", "f1"], "f1/x.txt", "f1/x.txt"),  # one folder given twice
    ],
)
def test_two_inputs_with_one_output_name_from_different_roots(tmp_path, monkeypatch, inputs, first, second):
    _files(tmp_path, {"a/x.txt": TEXT, "b/x.txt": OTHER, "f1/x.txt": TEXT, "f2/x.txt": OTHER, "f2/y.txt": OTHER})
    monkeypatch.chdir(tmp_path)
    runs = {}
    for jobs in ("1", "2"):
        out, log = f"out{jobs}", f"log{jobs}.jsonl"
        res = runner.invoke(app, ["clean", *inputs, "-o", out, "--log", log, "--jobs", jobs, "-q"])
        assert res.exit_code == 1, res.output
        docs = [r for r in map(json.loads, (tmp_path / log).read_text().splitlines()) if r["type"] == "doc"]
        x = [d for d in docs if d["doc"] == "x.txt"]
        assert [d["status"] for d in x] == ["ok", "error"]
        assert x[1]["error"] == (
            f"output x.txt is already written from another input ({first}); this one is {second}"
            if first != second
            else f"output x.txt is already written: the same input ({first}) is given twice"
        )
        assert (tmp_path / out / "x.txt").read_text(encoding="utf-8") == runner.invoke(
            app, ["clean", first, "-q"]
        ).stdout  # the first input's output, not overwritten by the second's
        runs[jobs] = (_tree(tmp_path / out), (tmp_path / log).read_bytes())
    assert runs["1"] == runs["2"]


@pytest.mark.parametrize("target", [["-o", "a.txt"], ["-o", "out.md", "--log", "a.txt"], ["-o", "alias.txt"]])
def test_stdin_redirected_from_a_file_is_an_input_the_run_will_not_write_over(tmp_path, target):
    # `clean - -o a.txt < a.txt` replaced a.txt with its clean body, exit 0: the file stdin
    # reads is the run's input as much as a path given is
    _files(tmp_path, {"a.txt": TEXT})
    os.link(tmp_path / "a.txt", tmp_path / "alias.txt")  # the same file under another name
    before = _tree(tmp_path)
    with open(tmp_path / "a.txt", "rb") as stdin:
        res = subprocess.run(
            [sys.executable, "-m", "cleaner.cli", "clean", "-", *target, "-q"],
            stdin=stdin,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
    assert res.returncode == 2, res.stderr
    assert "is the file stdin ('-') reads" in res.stderr, res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert _tree(tmp_path) == before


def test_stdin_from_a_pipe_or_another_file_is_cleaned_as_before(tmp_path):
    _files(tmp_path, {"a.txt": TEXT})
    for piped in (False, True):
        with open(tmp_path / "a.txt", "rb") as source:
            res = subprocess.run(
                [sys.executable, "-m", "cleaner.cli", "clean", "-", "-o", "body.txt", "-q"],
                stdin=None if piped else source,
                input=TEXT.encode() if piped else None,
                cwd=tmp_path,
                capture_output=True,
                timeout=60,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            )
        assert res.returncode == 0, res.stderr
        assert (tmp_path / "body.txt").stat().st_size > 0
        (tmp_path / "body.txt").unlink()


@pytest.mark.parametrize(
    "learn, words",
    [
        ("in/learned", "learned rules folder in/learned is inside input folder in"),
        ("out/rules", "learned rules folder out/rules is inside output folder out"),
        ("out", "learned rules folder out and output out are one file"),
    ],
)
def test_clean_learn_does_not_write_its_rules_into_the_inputs_or_the_output(tmp_path, monkeypatch, learn, words):
    # 'clean in -o out --learn in/learned' wrote in/learned/<site>.yaml into the input
    # folder, exit 0; '--learn out' put them among the outputs
    _files(tmp_path, {"in/example.org/a.txt": TEXT, "in/example.org/b.txt": TEXT})
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    res = runner.invoke(app, ["clean", "in", "-o", "out", "--learn", learn, "-q"])
    assert res.exit_code == 2 and words in res.output and "Traceback" not in res.output, res.output
    assert len(res.output.strip().splitlines()) == 1
    assert _tree(tmp_path) == before
