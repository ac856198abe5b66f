"""What a run writes, and where: never over an input, never two things to one path, and
only its own temporary files removed. Each case is a real CLI run on files made here."""

from __future__ import annotations

import json
import os
import sqlite3

from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.io.atomic import part_name

from conftest import SEEDS

runner = CliRunner()
TEXT = SEEDS[2].read_text(encoding="utf-8")


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


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
