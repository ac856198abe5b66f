"""Batch runs at scale: any number of jobs gives the same bytes; interrupted runs resume.

The corpus is the fixture tree plus copies of the seeds (files and JSONL records), so a
run has many tasks; outputs and logs are compared with documents read up front and
cleaned one after another in this process (``run_batch``), the path the fixture and seed
tests pin.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.batch import DirSink, run_batch
from cleaner.cli import app
from cleaner.driver import RunConfig, run
from cleaner.io.layout import output_name
from cleaner.io.reading import iter_docs

from conftest import FIXTURES, ROOT, SEEDS

sys.path.insert(0, str(ROOT / "benchmarks"))
from worker_kill import children_of, manifest_rows  # noqa: E402  (the benchmark's own /proc and manifest readers)

sys.path.pop(0)

runner = CliRunner()


def make_corpus(root: Path, copies: int) -> Path:
    src = root / "in"
    shutil.copytree(FIXTURES / "input", src)
    for k in range(copies):
        seed = SEEDS[k % len(SEEDS)]
        target = src / "copies" / f"{k // 10:03d}" / f"{k:04d}-{seed.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(seed, target)
    with (src / "records.jsonl").open("w", encoding="utf-8") as f:
        for k, seed in enumerate(SEEDS * 2):
            f.write(json.dumps({"id": f"rec-{k}", "text": seed.read_text(encoding="utf-8"), "extra": k}) + "\n")
    return src


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in sorted(folder.rglob("*.txt"))}


def sequential(src: Path, out: Path, log: Path, cleaner: Cleaner) -> None:
    """The reference: every document read up front, then cleaned one after another here."""
    with log.open("w", encoding="utf-8", newline="\n") as f:
        run_batch(list(iter_docs([src])), cleaner, DirSink(out), f)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"), 30)


def test_jobs_1_and_2_give_the_same_bytes_as_the_sequential_path(corpus, tmp_path, cleaner):
    sequential(corpus, tmp_path / "ref", tmp_path / "ref.jsonl", cleaner)
    for jobs in (1, 2):
        stats = run(
            RunConfig(
                [corpus], cleaner, tmp_path / f"out{jobs}", tmp_path / f"log{jobs}.jsonl", jobs=jobs, chunk_size=3
            )
        )
        assert stats.docs == 12 + 30 + 10
        assert snapshot(tmp_path / f"out{jobs}") == snapshot(tmp_path / "ref")
        assert (tmp_path / f"log{jobs}.jsonl").read_bytes() == (tmp_path / "ref.jsonl").read_bytes()


def test_jsonl_output_is_the_same_for_any_jobs(corpus, tmp_path, cleaner):
    outs = []
    for jobs in (1, 2):
        res = runner.invoke(
            app,
            [
                "clean",
                str(corpus),
                "-o",
                str(tmp_path / f"o{jobs}.jsonl"),
                "--log",
                str(tmp_path / f"l{jobs}.jsonl"),
                "--jobs",
                str(jobs),
                "-q",
            ],
        )
        assert res.exit_code == 0, res.output
        outs.append(((tmp_path / f"o{jobs}.jsonl").read_bytes(), (tmp_path / f"l{jobs}.jsonl").read_bytes()))
    assert outs[0] == outs[1]
    ids = [json.loads(line)["id"] for line in outs[0][0].decode().splitlines()]
    assert len(ids) == len(set(ids)) == 52  # every document written once, in input order
    assert ids[:10] == [f"rec-{k}" for k in range(10)]  # a folder's files before its sub-folders


def test_rerun_skips_unchanged_redoes_changed_and_force_redoes_all(corpus, tmp_path, cleaner):
    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    run(RunConfig([src], cleaner, out, log, jobs=2, chunk_size=4))
    first, first_log, first_inodes = snapshot(out), log.read_bytes(), inodes(out)
    assert (tmp_path / "out.manifest.sqlite").exists()

    changed = src / "copies" / "000" / f"0000-{SEEDS[0].name}"
    text = changed.read_text(encoding="utf-8")
    middle = text.index(" the ", len(text) // 2)
    changed.write_text(text[:middle] + " THE " + text[middle + 5 :], encoding="utf-8")
    run(RunConfig([src], cleaner, out, log, jobs=2, chunk_size=4))
    now = inodes(out)
    redone = sorted(k for k in now if now[k] != first_inodes[k])
    assert redone == [f"copies/000/0000-{SEEDS[0].stem}.txt"]
    assert (out / redone[0]).read_bytes() != first[redone[0]] and b" THE " in (out / redone[0]).read_bytes()
    # the log is rebuilt in input order: the changed document's records in its place, no duplicates
    docs = [
        json.loads(line)["doc"]
        for line in log.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["type"] == "doc"
    ]
    assert len(docs) == len(set(docs)) == 52

    changed.write_bytes(SEEDS[0].read_bytes())
    run(RunConfig([src], cleaner, out, log, jobs=1))
    assert snapshot(out) == first and log.read_bytes() == first_log

    before = inodes(out)
    run(RunConfig([src], cleaner, out, log, jobs=2, force=True))
    after = inodes(out)
    assert all(after[k] != before[k] for k in after)  # every file written again
    assert snapshot(out) == first and log.read_bytes() == first_log


def test_changed_rules_redo_everything(corpus, tmp_path, cleaner):
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    run(RunConfig([corpus], cleaner, out, log, jobs=1))
    before = inodes(out)
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        """scope: generic
rules:
  - id: test-zzz-marker
    kind: line
    category: junk
    description: A line no fixture has.
    literal: ZZZ-NOT-IN-ANY-FIXTURE
    examples: {remove: [ZZZ-NOT-IN-ANY-FIXTURE]}
""",
        encoding="utf-8",
    )
    from cleaner import load_rulebook

    run(RunConfig([corpus], Cleaner(load_rulebook([extra])), out, log, jobs=1))
    after = inodes(out)
    assert all(after[k] != before[k] for k in after)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from cleaner.cli import main; main()", *args]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt(cmd: list[str], manifest: Path, sig: int, env: dict) -> tuple[int, str]:
    # A shell without job control starts background commands with SIGINT ignored, and
    # Python keeps an inherited SIG_IGN: the run would never see this Ctrl-C. Reset it.
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 120
    while manifest_rows(manifest) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted: make the corpus bigger"
    if sig == signal.SIGKILL:
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and its pool workers, like an OOM kill or a power cut
    else:
        os.kill(proc.pid, sig)  # Ctrl-C
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_interrupted_run_resumes_to_the_uninterrupted_result(tmp_path, sig):
    # Big enough that the rest of the run outlasts the signal's way to it: with 200 seed
    # copies a faster pipeline sometimes finished first (exit 0 instead of 130). The signal
    # waits for the manifest's first commit (once a second); with 1,000 copies the run
    # ended 1.6 s after it on this project's CI machine, too little for a faster one.
    src = make_corpus(tmp_path, 2000)
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    ref_out, ref_log = tmp_path / "ref", tmp_path / "ref.jsonl"
    subprocess.run(
        _cli("clean", str(src), "-o", str(ref_out), "--log", str(ref_log), "-q", "--no-resume"), check=True, env=env
    )

    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    code, err = _interrupt(
        _cli("clean", str(src), "-o", str(out), "--log", str(log), "-q", "--jobs", "2"),
        tmp_path / "out.manifest.sqlite",
        sig,
        env,
    )
    assert code == (-signal.SIGKILL if sig == signal.SIGKILL else 130), err
    assert not log.exists()  # the log is only ever written whole
    done_before = inodes(out)
    assert 0 < len(done_before) < len(inodes(ref_out)), (len(done_before), err)
    for rel, data in snapshot(out).items():  # what is there is complete (a temp file is never a target)
        assert rel.endswith(".part") or data == (ref_out / rel).read_bytes(), rel

    res = subprocess.run(
        _cli("clean", str(src), "-o", str(out), "--log", str(log), "-q", "--jobs", "2"),
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert res.returncode == 0, res.stderr
    assert snapshot(out) == snapshot(ref_out)  # no temp files left, every output as in one go
    assert log.read_bytes() == ref_log.read_bytes()
    assert not list(tmp_path.glob(".*.part"))  # nor the killed run's log shards beside the log
    kept = inodes(out)
    kept_count = sum(kept[k] == done_before[k] for k in done_before)
    assert kept_count >= 20, (kept_count, len(done_before), err)  # finished documents were not redone

    if sig != signal.SIGKILL:
        return
    # a JSONL output (one file, written whole) resumes the same way
    ref_jsonl = tmp_path / "ref-records.jsonl"
    subprocess.run(_cli("clean", str(src), "-o", str(ref_jsonl), "-q", "--no-resume"), check=True, env=env)
    records = tmp_path / "records.jsonl"
    _interrupt(
        _cli("clean", str(src), "-o", str(records), "-q", "--jobs", "2"),
        tmp_path / "records.jsonl.manifest.sqlite",
        sig,
        env,
    )
    assert not records.exists()
    subprocess.run(_cli("clean", str(src), "-o", str(records), "-q"), check=True, env=env)
    assert records.read_bytes() == ref_jsonl.read_bytes()
    assert not list(tmp_path.glob(".*.part"))


def _files(root: Path) -> int:
    """Files written under ``root`` so far (0 before it exists)."""
    return sum(len(files) for _, _, files in os.walk(root))


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill-9"])
def test_pool_workers_end_when_their_driver_is_killed_alone(tmp_path, sig):
    # SIGTERM (a scheduler's, systemd's, timeout's) or the OOM killer takes the driver alone.
    # Each worker held its own pipe's other end (inherited by fork), so it never read the
    # driver's end of file: it waited for tasks forever, holding OUT.lock, and every later
    # run into the output was refused as "another cleaner run is writing to OUT".
    src = make_corpus(tmp_path, 400)
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    cmd = _cli("clean", str(src), "-o", str(out), "--log", str(log), "-q", "--jobs", "2")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        # Mid-run: both workers up and some documents written. Not the manifest's rows: it
        # commits once a second, and on a quiet machine the whole run takes about that long,
        # so its first rows could show only after the workers had ended.
        while proc.poll() is None and (len(workers) < 2 or _files(out) < 5):
            assert time.monotonic() < deadline
            time.sleep(0.02)
            workers = children_of(proc.pid)
        assert proc.poll() is None and len(workers) == 2, "the run must still be running: make the corpus bigger"
        os.kill(proc.pid, sig)
        proc.wait(timeout=60)
        deadline = time.monotonic() + 60  # a liveness bound: a worker finishes its task, then sees the end
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], "pool workers outlived their driver"
        res = subprocess.run(cmd, env=env, stderr=subprocess.PIPE, text=True)
        assert res.returncode == 0, res.stderr  # not refused: nothing holds the lock
    finally:
        for w in workers:  # the workers of a failed run, so that none outlives the test
            if _alive(w):
                os.kill(w, signal.SIGKILL)


def test_progress_lines_when_not_a_terminal(corpus, tmp_path):
    res = runner.invoke(app, ["clean", str(corpus), "-o", str(tmp_path / "o"), "--jobs", "2"])
    assert res.exit_code == 0, res.output
    assert "cleaned 52 of 52 documents" in res.output
    quiet = runner.invoke(app, ["clean", str(corpus), "-o", str(tmp_path / "o2"), "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""


def test_two_inputs_with_one_output_name_like_the_sequential_path(tmp_path, cleaner):
    src = tmp_path / "in"
    for folder in ("a", "a/b", "c"):
        (src / folder).mkdir(parents=True, exist_ok=True)
        (src / folder / "page.md").write_text("A page in markdown with **bold** text.\n", encoding="utf-8")
        (src / folder / "page.txt").write_text("The same name as plain text, in the same folder.\n", encoding="utf-8")
    sequential(src, tmp_path / "ref", tmp_path / "ref.jsonl", cleaner)
    stats = run(RunConfig([src], cleaner, tmp_path / "out", tmp_path / "log.jsonl", jobs=2, chunk_size=2))
    assert stats.errors == 3 and all("already written from another input" in e for e in stats.error_examples)
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "ref")
    assert (tmp_path / "log.jsonl").read_bytes() == (tmp_path / "ref.jsonl").read_bytes()


def _children() -> list[int]:
    """Process ids of this process's children (the pool's workers), from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == os.getpid():
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_mid_run_is_replaced_and_its_task_run_again(corpus, tmp_path, cleaner):
    # A pool worker killed mid-run (the OOM killer, kill -9): a fresh worker runs its task
    # again, nothing is lost, and the outputs and log are those of a run without the kill.
    killed = []

    def kill_a_worker(stats, read):
        if not killed:
            victim = max(_children())
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    sequential(corpus, tmp_path / "ref", tmp_path / "ref.jsonl", cleaner)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    stats = run(RunConfig([corpus], cleaner, out, log, jobs=2, chunk_size=2, manifest=False, on_progress=kill_a_worker))
    assert killed
    assert [line for line in stats.workers_died if f"worker process {killed[0]} died (killed by SIGKILL)" in line]
    assert stats.errors == 0 and stats.docs == 12 + 30 + 10
    assert snapshot(out) == snapshot(tmp_path / "ref")
    assert log.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    assert not list(tmp_path.glob(".*.part")) and not [p for p in out.rglob("*") if p.name.endswith(".part")]


class _Crashing(Cleaner):
    """A cleaner whose process dies (SIGKILL, as the OOM killer sends) on one document: a
    document that kills whichever worker cleans it, every time."""

    def clean(self, text, **kwargs):
        if "CRASH THE WORKER" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().clean(text, **kwargs)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL")
def test_a_document_that_kills_its_worker_each_time_is_an_error_and_the_run_goes_on(corpus, tmp_path, cleaner):
    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    (src / "copies" / "000" / "0003-crash.txt").write_text("Plain words.\n\nCRASH THE WORKER\n", encoding="utf-8")
    crashing = _Crashing(cleaner.rulebook, cleaner.options)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    stats = run(RunConfig([src], crashing, out, log, jobs=2, chunk_size=2, manifest=False))
    assert len(stats.workers_died) == 2  # the first run of the task and the second
    docs = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines() if '"type":"doc"' in x]
    assert len(docs) == 12 + 30 + 10 + 1  # every input has its record
    failed = [d for d in docs if d["status"] == "error"]
    assert "copies/000/0003-crash.txt" in [d["doc"] for d in failed]
    assert 1 <= len(failed) <= 2  # the task of two documents that held it; all others were cleaned
    assert all("died 2 times (killed by SIGKILL); not cleaned" in d["error"] for d in failed)
    assert stats.errors == len(failed) and stats.ok == len(docs) - len(failed)
    written = {output_name(d["source"], d["source"] if d["line"] else None) for d in docs if d["status"] == "ok"}
    assert written == {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_one_worker_of_a_cli_run_loses_nothing(tmp_path):
    # `cleaner clean --jobs 2` as a user runs it; once it is under way, one of its pool
    # workers is killed from outside with SIGKILL (as the OOM killer does). The run goes
    # on with a fresh worker, says so, and every input is cleaned and restores exactly.
    src = tmp_path / "in"
    src.mkdir()
    # Enough records that the run outlasts the manifest's first commit (once a second) by
    # seconds: its rows are how the test knows the run is under way.
    texts = {f"d{k}": SEEDS[k % len(SEEDS)].read_text(encoding="utf-8") + f"\n\nDocument {k}.\n" for k in range(2000)}
    with (src / "records.jsonl").open("w", encoding="utf-8") as f:
        for doc, text in texts.items():
            f.write(json.dumps({"id": doc, "text": text}) + "\n")
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    proc = subprocess.Popen(
        _cli("clean", str(src), "-o", str(out), "--log", str(log), "-q", "--jobs", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    deadline = time.monotonic() + 120
    while manifest_rows(tmp_path / "out.manifest.sqlite") < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children_of(proc.pid)
    assert proc.poll() is None and len(workers) == 2, "the run finished before a worker could be killed"
    victim = max(workers)
    os.kill(victim, signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 0, stderr
    assert f"worker process {victim} died (killed by SIGKILL); a new one took its place" in stderr
    docs = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines() if '"type":"doc"' in x]
    assert [d["doc"] for d in docs] == list(texts) and {d["status"] for d in docs} == {"ok"}
    back = tmp_path / "back"
    res = subprocess.run(_cli("restore", str(out), "--log", str(log), "-o", str(back)), env=env, capture_output=True)
    assert res.returncode == 0, res.stderr
    restored = [json.loads(x) for x in (back / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["text"] for r in restored} == texts


def test_a_batch_collects_less_often_while_it_runs_and_gives_the_caller_its_setting_back(tmp_path):
    """The collector runs every GC_THRESHOLD new objects while a task cleans its documents,
    not every 700 (5% of an HTML page's time); a program that runs a batch keeps its own."""
    import gc

    from cleaner.driver.worker import GC_THRESHOLD
    from cleaner.inputs import InputDoc

    seen: list[tuple[int, int, int]] = []

    class Watching(Cleaner):
        def clean(self, text, **kwargs):
            seen.append(gc.get_threshold())
            return super().clean(text, **kwargs)

    before = gc.get_threshold()
    gc.set_threshold(500, 7, 9)
    try:
        docs = [InputDoc(f"d{i}", f"d{i}.txt", "text", text="Some words of a document.\n") for i in range(3)]
        run_batch(docs, Watching(), DirSink(tmp_path / "out"))
        assert seen == [(GC_THRESHOLD, 7, 9)] * 3
        assert gc.get_threshold() == (500, 7, 9)
    finally:
        gc.set_threshold(*before)
