#!/usr/bin/env python3
"""What a short cleaner command costs: CPU time (user + system, from /usr/bin/time) of whole
processes, over several runs, against the start-up targets.

    python benchmarks/startup.py [--runs 10] [--cleaner PATH] [--site-files 2000]

Cases: ``cleaner --help``; one seed document through stdin (``cleaner clean - < seed``);
one HTML page to stdout (``cleaner clean page.html``), the benchmark page of median size
when ../shared/bench is there, else the fixture page. Each case runs once untimed first
(it fills the compiled-rulebook cache, as any first run does), then ``--runs`` times.
CPU time rather than wall time because other work on a shared machine stretches wall time
more than CPU time; the median is compared with the target, the maximum shows the noise.

Then the rulebook: the shipped rules plus ``--site-files`` generated site files (as
benchmarks/throughput.py makes them), parsed from YAML and loaded from the rulebook cache
(JSON, patterns compiled again), in a fresh process each, best of ``--runs`` (at most 5).

Not a test: nothing here fails the suite; it prints a table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "input" / "seeds" / "000_74420c9aca7a63fd.txt"
BENCH_HTML = ROOT.parent / "shared" / "bench" / "data" / "scrapinghub" / "html"
FIXTURE_HTML = ROOT / "fixtures" / "html" / "pages" / "example.org" / "river-survey.html"
TIME = "/usr/bin/time"


def html_page() -> Path:
    pages = sorted(BENCH_HTML.glob("*.html*"), key=lambda p: (p.stat().st_size, p.name)) if BENCH_HTML.is_dir() else []
    return pages[len(pages) // 2] if pages else FIXTURE_HTML


def cpu_seconds(cmd: list[str], stdin: Path | None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``cmd``, as /usr/bin/time reports them."""
    with tempfile.NamedTemporaryFile("r") as report:
        with open(stdin or os.devnull, "rb") as inp:
            res = subprocess.run(
                [TIME, "-o", report.name, "-f", "%U %S %e", *cmd],
                stdin=inp,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        if res.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr.decode()}")
        user, system, wall = map(float, report.read().split()[-3:])
    return user + system, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per case (default 10)")
    parser.add_argument(
        "--cleaner",
        default=str(Path(sys.executable).parent / "cleaner"),
        help="the cleaner command (default: the one beside this Python)",
    )
    parser.add_argument("--site-files", type=int, default=2000, help="generated site files for the rulebook line")
    args = parser.parse_args()
    if not Path(TIME).exists():
        raise SystemExit(f"{TIME} is needed (apt-get install time)")
    page = html_page()
    cases = [
        ("cleaner --help", [args.cleaner, "--help"], None, 0.25),
        (
            f"one seed document through stdin ({SEED.stat().st_size / 1e3:.1f} KB)",
            [args.cleaner, "clean", "-"],
            SEED,
            0.6,
        ),
        (
            f"one HTML page to stdout ({page.stat().st_size / 1e3:.0f} KB"
            f"{', gzipped' if page.suffix == '.gz' else ''})",
            [args.cleaner, "clean", str(page)],
            None,
            0.8,
        ),
    ]
    print(f"CPU seconds (user + system) per process, {args.runs} runs each; the median is compared with the target")
    print(f"{'case':46} {'median':>7} {'mean':>7} {'min':>7} {'max':>7} {'wall':>7} {'target':>7}  ")
    for name, cmd, stdin, target in cases:
        cpu_seconds(cmd, stdin)  # untimed: fills the rulebook cache
        runs = [cpu_seconds(cmd, stdin) for _ in range(args.runs)]
        cpu = [c for c, _ in runs]
        median = statistics.median(cpu)
        print(
            f"{name:46} {median:7.3f} {statistics.mean(cpu):7.3f} {min(cpu):7.3f} {max(cpu):7.3f} "
            f"{statistics.median(w for _, w in runs):7.3f} {target:7.2f}  {'ok' if median <= target else 'OVER'}"
        )
    rulebook_line(args.site_files, min(args.runs, 5))


_LOAD = """
import sys, time
from cleaner.rules.book import load_rulebook
from cleaner.rules.cache import load_rulebook_cached
t = time.process_time()
book = (load_rulebook_cached if sys.argv[1] == "cache" else load_rulebook)([sys.argv[2]])
print(time.process_time() - t, len(book.files), len(book.rules))
"""


def rulebook_line(site_files: int, runs: int) -> None:
    """CPU seconds to load the rules from YAML and from the cache, in fresh processes."""
    sys.path.insert(0, str(Path(__file__).parent))
    from throughput import site_rules

    with tempfile.TemporaryDirectory() as work:
        rules = site_rules(Path(work) / "sites", site_files)
        env = {**os.environ, "CLEANER_CACHE_DIR": str(Path(work) / "cache")}

        def load(how: str) -> tuple[float, str]:
            out = subprocess.run(
                [sys.executable, "-c", _LOAD, how, str(rules)], env=env, capture_output=True, text=True, check=True
            ).stdout.split()
            return float(out[0]), f"{out[1]} files, {out[2]} rules"

        load("cache")  # fills the cache
        yaml = min(load("yaml")[0] for _ in range(runs))
        cached, what = min(load("cache") for _ in range(runs))
        size = sum(p.stat().st_size for p in (Path(work) / "cache").iterdir()) / 1e6
    print(
        f"rulebook of {what}: parsed from YAML {yaml:.3f} s, loaded from the cache {cached:.3f} s "
        f"({yaml / cached:.1f}x faster; cache file {size:.1f} MB of JSON), CPU seconds, best of {runs}"
    )


if __name__ == "__main__":
    main()
