"""Throughput, scaling and memory of `cleaner clean`, end to end, measured in one run.

Builds a corpus from the fixtures and the benchmark markdown pages (copies under varied
names), runs the CLI as a user would, and prints docs/s, MB/s, peak RSS and the ratios
the batch issue asks for. Ratios are measured in the same run, because other work on the
machine makes absolute timings noisy.

On a shared machine, wall times swing with what else runs. So each run also records the
CPU time of the driver process alone (its pool workers apart), and how much CPU the rest
of the machine used meanwhile (``/proc/stat``: every CPU's busy time, VM steal included,
less the run's own). The CPU-normalised ``--jobs 2`` ratio compares the two runs' wall
times each scaled to what it would have been with its CPUs to itself
(:func:`normalised`); on an idle machine it is the plain ratio.

    python benchmarks/throughput.py                 # 20,000 documents (long)
    python benchmarks/throughput.py --docs 2000 --small 200
    python benchmarks/throughput.py --tiny          # a smoke run (the test suite uses it)

Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "data" / "scrapinghub"
WCXB_TEXT = ROOT.parent / "shared" / "bench" / "data" / "wcxb-dev" / "text"
CORPUS = {"form": "markdown"}  # --corpus: the benchmark pages the corpus is made of


def sources() -> list[Path]:
    """The fixtures and the benchmark pages: full-page markdown (the ScrapingHub set), or with
    ``--corpus text`` full-page plain text (the first 200 pages of the WCXB set)."""
    found = sorted(p for p in (ROOT / "fixtures" / "input").rglob("*") if p.suffix in (".md", ".txt") and p.is_file())
    if CORPUS["form"] == "text":
        found += sorted(WCXB_TEXT.glob("*.txt"))[:200] if WCXB_TEXT.is_dir() else []
    elif (BENCH / "markdown").is_dir():
        found += sorted((BENCH / "markdown").glob("*.md"))
    return found


def build_corpus(target: Path, n: int) -> int:
    """``n`` documents copied from the sources under varied names; returns their total bytes."""
    src = sources()
    size = 0
    for k in range(n):
        s = src[k % len(src)]
        dest = target / f"{k // 1000:03d}" / f"{k:06d}-{s.stem}{s.suffix}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(s, dest)
        size += dest.stat().st_size
    return size


def site_rules(target: Path, n: int) -> Path:
    """``n`` generated site files, each with content markers and three rules, like hand-written ones."""
    target.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        (target / f"site{k:05d}.example.yaml").write_text(
            f"""description: Generated site {k} for the benchmark.
scope:
  sites: [site{k:05d}.example]
  markers: ['(?i)\\bsite{k:05d}\\.example/(?:contact|about)\\b', '^Site {k:05d} Daily']
rules:
  - id: site{k:05d}.example/newsletter
    kind: block
    category: newsletter
    description: The newsletter box.
    pattern: '^Get the Site {k:05d} newsletter'
    max_length: 300
    examples:
      remove: ['Get the Site {k:05d} newsletter every morning.']
      keep: ['The newsletter went out to readers.']
  - id: site{k:05d}.example/footer
    kind: anchor
    category: footer
    description: The contact footer and all after it.
    pattern: '^Contact Site {k:05d}'
    after: {{blocks: all}}
    examples:
      remove: ['Contact Site {k:05d} at the address below.']
      keep: ['A contact was made.']
  - id: site{k:05d}.example/share
    kind: line
    category: share
    description: The share line.
    literal: 'Share this Site {k:05d} story'
    examples:
      remove: ['Share this Site {k:05d} story']
      keep: ['Share prices fell.']
""",
            encoding="utf-8",
        )
    return target


class Run(NamedTuple):
    seconds: float  # wall time
    rss: int  # peak RSS, KiB, the largest of the process tree
    cpu: float  # CPU seconds of the CLI and its pool workers (it waits for them)
    driver: float  # CPU seconds of the CLI's own process: the driver (at 1 job, everything)
    others: float  # CPU seconds the rest of the machine used meanwhile (other users, VM steal)


# The CLI, with its own process's CPU time written to a file at exit: the driver's share,
# apart from its pool workers (children, whose time os.wait4 adds to the run's).
_CLI = """
import atexit, os, resource
def _self_cpu():
    u = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["CLEANER_BENCH_SELF"], "w") as f:
        f.write(repr(u.ru_utime + u.ru_stime))
atexit.register(_self_cpu)
from cleaner.cli import main
main()
"""


def busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (every CPU; steal included), from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_cli(args: list[str], env: dict) -> Run:
    """One CLI run. CPU time is kept besides wall time: on a shared machine wall time
    swings with other work, CPU time less; and what the rest of the machine used meanwhile
    is kept to say how much of the CPUs the run could have had (:func:`normalised`)."""
    self_file = Path(tempfile.mkstemp(prefix="cleaner-bench-cpu-")[1])
    cmd = [sys.executable, "-c", _CLI, *args]
    busy = busy_seconds()
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**env, "CLEANER_BENCH_SELF": str(self_file)}
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    busy = busy_seconds() - busy
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"cleaner failed ({proc.returncode}): {' '.join(args)}\n{err}")
    driver = float(self_file.read_text() or 0)
    self_file.unlink()
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss, cpu, driver, max(0.0, busy - cpu))


def normalised(run: Run, jobs: int) -> float:
    """The run's wall time had it had its ``jobs`` CPUs to itself: the machine's CPU time
    less what other work took is what the run could have used; where that is less than
    ``jobs`` CPUs for the whole run, the time is scaled down in proportion. On an idle
    machine it is the wall time."""
    available = (os.cpu_count() or 1) * run.seconds - run.others
    return min(run.seconds, available / jobs) if available > 0 else run.seconds


def clean(corpus: Path, work: Path, env: dict, *extra: str, resume: bool = False) -> Run:
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    (work / "out.manifest.sqlite").unlink(missing_ok=True)  # a fresh run, with a manifest or without
    return run_cli(
        [
            "clean",
            str(corpus),
            "-o",
            str(out),
            "--log",
            str(work / "log.jsonl"),
            "-q",
            *([] if resume else ["--no-resume"]),
            *extra,
        ],
        env,
    )


def bare_trafilatura(folder: Path, env: dict) -> float:
    """Seconds for trafilatura alone on the pages, as cleaner calls it, in a fresh process."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"""
import gzip, pathlib, trafilatura
for f in sorted(pathlib.Path({str(folder)!r}).glob('*.html*')):
    data = gzip.decompress(f.read_bytes()) if f.suffix == '.gz' else f.read_bytes()
    trafilatura.bare_extraction(data.decode('utf-8', errors='replace'), include_comments=False,
                                with_metadata=True)
""",
        ],
        env=env,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20000, help="documents in the large corpus")
    ap.add_argument("--small", type=int, default=2000, help="documents in the small corpus (RSS, site files)")
    ap.add_argument("--sites", type=int, default=2000, help="generated site rule files")
    ap.add_argument("--html", type=int, default=181, help="HTML pages for the trafilatura comparison")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each timed configuration (the best counts)")
    ap.add_argument("--tiny", action="store_true", help="a smoke run: a few documents of each kind")
    ap.add_argument(
        "--no-manifest-run", action="store_true", help="leave out the run with the resume manifest (its driver CPU)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument(
        "--corpus",
        choices=("markdown", "text"),
        default="markdown",
        help="the benchmark pages the corpus copies: full-page markdown or full-page plain text",
    )
    a = ap.parse_args()
    CORPUS["form"] = a.corpus
    if a.tiny:
        a.docs, a.small, a.sites, a.html = 40, 20, 30, 3
    work = Path(tempfile.mkdtemp(prefix="cleaner-bench-"))
    env = {**os.environ, "CLEANER_CACHE_DIR": str(work / "cache")}
    rows: list[tuple[str, str]] = []
    try:
        big, small = work / "big", work / "small"
        big_bytes, small_bytes = build_corpus(big, a.docs), build_corpus(small, a.small)
        print(
            f"corpus: {a.docs} documents ({big_bytes / 1e6:.1f} MB) and {a.small} ({small_bytes / 1e6:.1f} MB) "
            f"from {len(sources())} fixture and benchmark {a.corpus} pages",
            flush=True,
        )

        clean(small, work, env, "--jobs", "1")  # fills the rulebook cache, warms the page cache
        t1 = t2 = ts = c1 = c2 = n1 = n2 = d2 = dm = float("inf")
        rss_big = rss_small = 0
        for _ in range(a.repeat):  # interleaved, best of each: other work on the machine comes and goes
            r = clean(big, work, env, "--jobs", "1")
            print(
                f"1 job, {a.docs} docs: {r.seconds:.1f} s, {a.docs / r.seconds:.1f} docs/s, "
                f"{big_bytes / r.seconds / 1e6:.2f} MB/s, peak RSS {r.rss / 1024:.0f} MiB, CPU {r.cpu:.1f} s; "
                f"other work on the machine meanwhile {r.others:.1f} CPU s",
                flush=True,
            )
            t1, rss_big, c1, n1 = min(t1, r.seconds), max(rss_big, r.rss), min(c1, r.cpu), min(n1, normalised(r, 1))
            r = clean(big, work, env, "--jobs", "2")
            print(
                f"2 jobs, {a.docs} docs: {r.seconds:.1f} s, {a.docs / r.seconds:.1f} docs/s, "
                f"{big_bytes / r.seconds / 1e6:.2f} MB/s, CPU {r.cpu:.1f} s (driver {r.driver:.2f} s); other work "
                f"on the machine meanwhile {r.others:.1f} CPU s",
                flush=True,
            )
            t2, c2, n2, d2 = min(t2, r.seconds), min(c2, r.cpu), min(n2, normalised(r, 2)), min(d2, r.driver)
            if not a.no_manifest_run:
                r = clean(big, work, env, "--jobs", "2", resume=True)
                print(
                    f"2 jobs with the resume manifest, {a.docs} docs: {r.seconds:.1f} s, CPU {r.cpu:.1f} s "
                    f"(driver {r.driver:.2f} s)",
                    flush=True,
                )
                dm = min(dm, r.driver)
            r = clean(small, work, env, "--jobs", "1")
            print(f"1 job, {a.small} docs: {r.seconds:.1f} s, peak RSS {r.rss / 1024:.0f} MiB", flush=True)
            ts, rss_small = min(ts, r.seconds), max(rss_small, r.rss)
        rows += [
            (
                "text/markdown throughput, 1 job (target >= 1,000 docs/s)",
                f"{a.docs / t1:.1f} docs/s, {big_bytes / t1 / 1e6:.2f} MB/s",
            ),
            ("--jobs 2 vs --jobs 1, wall time (target >= 1.85x)", f"{t1 / t2:.2f}x"),
            ("--jobs 2 vs --jobs 1, CPU-normalised (target >= 1.85x)", f"{n1 / n2:.2f}x"),
            (
                "  CPU per document, 1 job / 2 jobs (what 2 jobs add)",
                f"{1000 * c1 / a.docs:.2f} / {1000 * c2 / a.docs:.2f} ms ({100 * (c2 / c1 - 1):+.0f}%)",
            ),
            (
                "driver CPU per document, 2 jobs (target <= 0.1 ms)",
                f"{1000 * d2 / a.docs:.3f} ms"
                + ("" if a.no_manifest_run else f"; with the resume manifest {1000 * dm / a.docs:.3f} ms"),
            ),
            (
                f"peak RSS {a.docs} vs {a.small} docs (target <= 1.1x)",
                f"{rss_big / rss_small:.2f}x ({rss_big / 1024:.0f} vs {rss_small / 1024:.0f} MiB)",
            ),
        ]

        few, many = site_rules(work / "sites10", 10), site_rules(work / "sites-many", a.sites)
        clean(small, work, env, "--jobs", "1", "--rules", str(many))  # fills the cache for the many files
        t_few = t_many = float("inf")
        for _ in range(a.repeat):
            t_few = min(t_few, clean(small, work, env, "--jobs", "1", "--rules", str(few)).seconds)
            t_many = min(t_many, clean(small, work, env, "--jobs", "1", "--rules", str(many)).seconds)
            print(
                f"{a.small} docs with 10 site files: {t_few:.1f} s; with {a.sites}: {t_many:.1f} s (best so far)",
                flush=True,
            )
        rows.append((f"per-document time, {a.sites} vs 10 site files (target <= 1.2x)", f"{t_many / t_few:.2f}x"))

        load = subprocess.run(
            [
                sys.executable,
                "-c",
                f"""
import time
from cleaner.rules.cache import load_rulebook_cached
t = time.perf_counter(); book = load_rulebook_cached([{str(many)!r}])
t1 = time.perf_counter(); book.marker_candidates('warm up the marker index')
t2 = time.perf_counter(); print(f'{{t1 - t:.3f}} {{t2 - t1:.3f}} {{len(book.files)}}')
""",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        rows.append(
            (
                f"loading {a.sites} site files, cached (target < 1 s)",
                f"{float(load[0]):.3f} s (+ {float(load[1]):.3f} s to build the marker index on first use; "
                f"{load[2]} files)",
            )
        )

        pages = sorted((BENCH / "html").glob("*.html*"))[: a.html] if (BENCH / "html").is_dir() else []
        if pages:
            hdir = work / "html"
            hdir.mkdir()
            for p in pages:
                shutil.copyfile(p, hdir / p.name)
            th = tt = float("inf")
            for _ in range(a.repeat):
                th = min(th, clean(hdir, work, env, "--jobs", "1").seconds)
                tt = min(tt, bare_trafilatura(hdir, env))
            print(f"HTML, {len(pages)} pages: cleaner 1 job {th:.1f} s, bare trafilatura {tt:.1f} s", flush=True)
            rows.append(
                (f"HTML, 1 job, vs bare trafilatura on {len(pages)} pages (target <= 1.10x)", f"{th / tt:.2f}x time")
            )

        width = max(len(r[0]) for r in rows)
        print()
        for name, value in rows:
            print(f"{name.ljust(width)}  {value}")
    finally:
        if a.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
