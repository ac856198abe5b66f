#!/usr/bin/env python3
"""A pool worker killed with SIGKILL in the middle of a big run: is anything lost?

    python benchmarks/worker_kill.py [--docs 5000] [--jobs 2] [--at 0.3] [--keep DIR]

Makes ``--docs`` documents (half text files in folders, half records of one JSONL file;
seed texts with a line of their own each), starts ``cleaner clean IN -o OUT --log LOG
--jobs N`` as a user would, waits until the resume manifest has ``--at`` of the
documents, kills one pool worker (a child of the run's process, found in /proc) with
SIGKILL, as the out-of-memory killer would, and waits for the run. Then it checks that
nothing was lost: every input has a doc record, ok or error; ``cleaner restore`` gives
every ok document back exactly. Prints the run's summary and the counts; exits 1 when
something was lost or the run ended before the kill.

Not a test (tests/test_parallel.py kills a worker of a smaller CLI run); Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "fixtures" / "input" / "seeds").glob("*.txt"))


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from cleaner.cli import main; main()", *args]


def manifest_rows(manifest: Path) -> int:
    """Documents a run has recorded so far in its manifest (0 before it exists)."""
    try:
        db = sqlite3.connect(f"file:{manifest}?mode=ro", uri=True, timeout=0.1)
        try:
            return int(db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def children_of(pid: int) -> list[int]:
    """Process ids of the children of ``pid`` (a run's pool workers), from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def make_inputs(src: Path, n: int) -> tuple[dict[str, str], dict[str, str]]:
    """(text files by relative path, JSONL records by id), written under ``src``."""
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    files, records = {}, {}
    for k in range(n):
        text = seeds[k % len(seeds)] + f"\n\nDocument {k} of the run.\n"
        if k % 2:
            records[f"rec-{k}"] = text
        else:
            files[f"files/{k // 200:03d}/doc-{k:05d}.txt"] = text
    for rel, text in files.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text(text, encoding="utf-8")
    with (src / "records.jsonl").open("w", encoding="utf-8") as f:
        for doc, text in records.items():
            f.write(json.dumps({"id": doc, "text": text}) + "\n")
    return files, records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents in the run (default 5000)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--at", type=float, default=0.3, help="share of documents done before the kill (default 0.3)")
    ap.add_argument("--keep", type=Path, help="do the run in this folder and keep it")
    args = ap.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("reads /proc: Linux only")
    work = args.keep or Path(tempfile.mkdtemp(prefix="worker-kill-"))
    src, out, log, back = work / "in", work / "out", work / "log.jsonl", work / "back"
    files, records = make_inputs(src, args.docs)
    env = {**os.environ, "CLEANER_CACHE_DIR": str(work / "cache")}
    started = time.monotonic()
    proc = subprocess.Popen(
        _cli("clean", str(src), "-o", str(out), "--log", str(log), "--jobs", str(args.jobs)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    manifest = work / "out.manifest.sqlite"
    while manifest_rows(manifest) < args.at * args.docs and proc.poll() is None:
        time.sleep(0.05)
    workers = children_of(proc.pid)
    if proc.poll() is not None or not workers:
        print("the run ended before a worker could be killed: give more --docs or a smaller --at")
        return 1
    victim = max(workers)
    done = manifest_rows(manifest)
    os.kill(victim, signal.SIGKILL)
    print(f"killed worker {victim} (SIGKILL) {time.monotonic() - started:.1f} s into the run, {done} documents done")
    _, err = proc.communicate()
    print(f"cleaner clean exit code {proc.returncode}; its summary:")
    print("  " + err.decode("utf-8", "replace").strip().replace("\n", "\n  "))

    docs = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines() if '"type":"doc"' in x]
    by_source = {d["source"]: d for d in docs if d["line"] is None}
    by_id = {d["doc"]: d for d in docs if d["line"] is not None}
    missing = [rel for rel in files if rel not in by_source] + [doc for doc in records if doc not in by_id]
    statuses = [d["status"] for d in docs]
    res = subprocess.run(_cli("restore", str(out), "--log", str(log), "-o", str(back)), env=env, capture_output=True)
    restored = {}
    if (back / "records.jsonl").exists():
        for line in (back / "records.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            restored[rec["id"]] = rec["text"]
    ok_files = [rel for rel in files if by_source.get(rel, {}).get("status") == "ok"]
    ok_records = [doc for doc in records if by_id.get(doc, {}).get("status") == "ok"]
    exact = sum((back / rel).is_file() and (back / rel).read_text(encoding="utf-8") == files[rel] for rel in ok_files)
    exact += sum(restored.get(doc) == records[doc] for doc in ok_records)
    print(
        f"inputs {len(files) + len(records)}; doc records {len(docs)}: ok {statuses.count('ok')}, "
        f"error {statuses.count('error')}, skipped {statuses.count('skipped')}; inputs without a record {len(missing)}"
    )
    print(
        f"restore exit code {res.returncode}: {res.stderr.decode().strip().splitlines()[-1]}; "
        f"restored exactly {exact} of {len(ok_files) + len(ok_records)} ok documents"
    )
    lost = missing or exact != len(ok_files) + len(ok_records) or len(docs) != args.docs
    print("nothing lost" if not lost else "SOMETHING WAS LOST")
    if args.keep is None:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
