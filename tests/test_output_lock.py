"""Two runs into one output: the second is refused (exit code 2), the first is not disturbed.

The first run is a real ``cleaner clean`` process, stopped (SIGSTOP, it and its workers)
once it holds the output's lock, so the second finds it mid-run whatever the machine's
speed; then it is let go and must finish as if alone (its time limits raised, so that the
stop cannot make a rule time out). The lock file sits beside the
output (as the manifest does), never in it, and a rerun (resume) takes it again.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.driver import RunConfig, run
from cleaner.io.lock import OutputBusy, OutputLock

from conftest import SEEDS

runner = CliRunner()


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from cleaner.cli import main; main()", *args]


def _inputs(src: Path, n: int) -> dict[str, str]:
    texts = {f"d{k}": SEEDS[k % len(SEEDS)].read_text(encoding="utf-8") + f"\n\nDocument {k}.\n" for k in range(n)}
    src.mkdir(parents=True)
    with (src / "records.jsonl").open("w", encoding="utf-8") as f:
        for doc, text in texts.items():
            f.write(json.dumps({"id": doc, "text": text}) + "\n")
    (src / "note.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    return texts


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fcntl.flock, SIGSTOP")
@pytest.mark.parametrize("name", ["out", "out.jsonl"], ids=["folder", "jsonl-file"])
def test_a_second_run_into_the_same_output_is_refused_and_the_first_finishes_undisturbed(tmp_path, name):
    texts = _inputs(tmp_path / "in", 80)
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    # Time limits past the test's length: a rule stopped mid-match by SIGSTOP must not time out.
    slow_ok = ["--regex-timeout", "3600", "--regex-document-timeout", "3600", "--html-timeout", "3600"]
    ref = tmp_path / "ref"
    ref.mkdir()
    subprocess.run(
        _cli("clean", str(tmp_path / "in"), "-o", str(ref / name), "-q", "--no-resume", *slow_ok), check=True, env=env
    )
    work = tmp_path / "work"
    work.mkdir()
    out, lock = work / name, work / f"{name}.lock"
    first = subprocess.Popen(
        _cli(
            "clean",
            str(tmp_path / "in"),
            "-o",
            str(out),
            "--log",
            str(work / "log.jsonl"),
            "-q",
            "--jobs",
            "2",
            *slow_ok,
        ),
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: stopped and let go with its workers
    )
    deadline = time.monotonic() + 120
    while first.poll() is None and time.monotonic() < deadline:
        if lock.exists() and lock.read_text().strip() == str(first.pid):
            break
        time.sleep(0.01)
    assert first.poll() is None, "the first run ended before the second could start"
    os.killpg(first.pid, signal.SIGSTOP)
    try:
        before = _state(work)
        second = subprocess.run(
            _cli("clean", str(tmp_path / "in"), "-o", str(out), "--log", str(tmp_path / "log2.jsonl")),
            capture_output=True,
            text=True,
            env=env,
        )
        assert second.returncode == 2, second.stderr
        assert f"another cleaner run (process {first.pid}) is writing to {out}" in second.stderr
        assert _state(work) == before  # not a file of the first run touched, none added
        assert not (tmp_path / "log2.jsonl").exists()
    finally:
        os.killpg(first.pid, signal.SIGCONT)
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err.decode()
    outputs = [rel for rel in _state(ref) if not rel.endswith((".sqlite", ".lock"))]
    assert [rel for rel in _state(work) if not rel.endswith((".sqlite", ".lock", "log.jsonl"))] == outputs
    for rel in outputs:
        assert (work / rel).read_bytes() == (ref / rel).read_bytes(), rel
    docs = [json.loads(x) for x in (work / "log.jsonl").read_text().splitlines() if '"type":"doc"' in x]
    assert len(docs) == len(texts) + 1 and {d["status"] for d in docs} == {"ok"}


def test_the_lock_is_beside_the_output_and_a_rerun_resumes(tmp_path):
    _inputs(tmp_path / "in", 5)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    args = ["clean", str(tmp_path / "in"), "-o", str(out), "--log", str(log), "-q", "--jobs", "1"]
    assert runner.invoke(app, args).exit_code == 0
    first = log.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["note.txt", "records.jsonl"]  # no lock among the outputs
    assert (tmp_path / "out.lock").exists()
    res = runner.invoke(app, [*args, "--summary-json", str(tmp_path / "s.json")])
    assert res.exit_code == 0, res.output
    assert log.read_bytes() == first
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(tmp_path / "back")])
    assert res.exit_code == 0 and "restored 6 documents" in res.output


def test_the_python_api_is_refused_while_the_output_is_locked(tmp_path, cleaner):
    _inputs(tmp_path / "in", 3)
    held = OutputLock(tmp_path / "out")
    held.acquire()
    try:
        with pytest.raises(OutputBusy, match="is writing to"):
            run(RunConfig([tmp_path / "in"], cleaner, tmp_path / "out", tmp_path / "log.jsonl", jobs=1))
        assert not (tmp_path / "out").exists() and not (tmp_path / "log.jsonl").exists()
    finally:
        held.release()
    stats = run(RunConfig([tmp_path / "in"], cleaner, tmp_path / "out", tmp_path / "log.jsonl", jobs=1))
    assert stats.ok == 4
