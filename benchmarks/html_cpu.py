#!/usr/bin/env python3
"""The HTML time target in CPU, not wall time: cleaner's whole CLI run against bare
``trafilatura.extract`` on the same pages, interleaved and repeated.

    python benchmarks/html_cpu.py [--part tune|check|all] [--runs 3] [--checkout main=/work/main]

``run.py --mode html`` (in ../shared/bench) prints the issue's time ratio from wall times of
one run each: on a machine shared with other work a run of the same code prints anything
from 0.8 to 1.5. Here the same pages (a wcxb-dev part, one JSONL file as ``run.py`` writes
it) go through ``cleaner clean IN -o OUT --log LOG --jobs 1 --no-resume`` for each checkout
(``NAME=PATH``: the checkout put first on ``PYTHONPATH``; by default this one), and
through ``trafilatura.extract(html, url=..., include_comments=False)`` in this process,
one after the other, ``--runs`` rounds. The CPU time (user + system of the CLI's process;
``time.process_time`` for trafilatura) is divided by the page count; best and median of
the rounds are printed, and each checkout's best against trafilatura's best.

Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"


def cli_seconds(cleaner: str, checkout: Path, src: Path, work: Path) -> float:
    """CPU seconds of one whole CLI run on ``src`` with ``checkout``'s code."""
    out, log = work / "out.jsonl", work / "log.jsonl"
    for path in (out, log):
        path.unlink(missing_ok=True)
    argv = [cleaner, "clean", str(src), "-o", str(out), "--log", str(log), "--jobs", "1", "--no-resume", "-q"]
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    proc = subprocess.Popen(argv, cwd=checkout, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"cleaner failed with {checkout}: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["tune", "check", "all"], default="tune")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--checkout", action="append", default=[], help="NAME=PATH (repeatable; default: this one)")
    ap.add_argument("--cleaner", default=shutil.which("cleaner") or "cleaner", help="the cleaner console script")
    args = ap.parse_args()
    sys.path.insert(0, str(BENCH))
    try:
        import run as bench  # ../shared/bench/run.py: its loader and its tune/check split
        import trafilatura
    except ImportError as exc:
        sys.exit(f"html_cpu.py needs ../shared/bench and trafilatura: {exc}")

    records, gold, _ = bench.load_set(bench.DATA / "wcxb-dev", "html")
    ids = sorted(gold)
    if args.part != "all":  # run.py's split: every 4th page is kept for checking
        ids = [k for i, k in enumerate(ids) if (i % 4 == 3) == (args.part == "check")]
    checkouts = dict(c.split("=", 1) for c in args.checkout) or {"this": str(ROOT)}
    seconds: dict[str, list[float]] = {name: [] for name in [*checkouts, "trafilatura.extract"]}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / "in.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for key in ids:
                f.write(json.dumps(records[key], ensure_ascii=False) + "\n")
        for _ in range(args.runs):
            for name, path in checkouts.items():
                seconds[name].append(cli_seconds(args.cleaner, Path(path), src, work))
            start = time.process_time()
            for key in ids:
                trafilatura.extract(records[key]["html"], url=records[key]["url"], include_comments=False)
            seconds["trafilatura.extract"].append(time.process_time() - start)

    n = len(ids)
    base = min(seconds["trafilatura.extract"])
    print(f"wcxb-dev {args.part}: {n} pages, {args.runs} rounds, ms of CPU a page (load {os.getloadavg()[0]:.1f})")
    print(f"{'':22} {'best':>8} {'median':>8} {'spread':>8} {'best / trafilatura':>19}")
    for name, runs in seconds.items():
        print(
            f"{name:22} {1000 * min(runs) / n:8.2f} {1000 * statistics.median(runs) / n:8.2f} "
            f"{1000 * (max(runs) - min(runs)) / n:8.2f} {min(runs) / base:19.3f}"
        )


if __name__ == "__main__":
    main()
