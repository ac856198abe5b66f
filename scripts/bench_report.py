#!/usr/bin/env python3
"""How the HTML report scales: build time, file size, and in chromium the time to a usable
page, to filter, to turn a page and to open a document, for N documents.

    python scripts/bench_report.py [N ...]      (default: 1000 10000)

The run is the fixtures cleaned once, replicated to N documents (tests/synthetic.py).
Times are wall-clock on whatever else the machine is doing: compare sizes in one run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from cleaner.tools.report import build_report  # noqa: E402

from synthetic import CHROMIUM, CHROMIUM_ARGS, replicate  # noqa: E402


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "cleaner.cli",
                "clean",
                str(ROOT / "fixtures" / "input"),
                "-o",
                str(tmp / "out"),
                "--log",
                str(tmp / "log.jsonl"),
                "-q",
            ],
            check=True,
        )
        rows = []
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                str(tmp / "profile"),
                executable_path=str(CHROMIUM),
                args=CHROMIUM_ARGS,
                headless=True,
                viewport={"width": 1400, "height": 900},
            )
            for n in sizes:
                log, out = replicate(tmp / "log.jsonl", tmp / "out", n, tmp / f"n{n}")
                t = time.perf_counter()
                html = build_report(log, out)
                build = time.perf_counter() - t
                page_file = tmp / f"n{n}.html"
                page_file.write_text(html, encoding="utf-8")
                page = context.new_page()
                t = time.perf_counter()
                page.goto(page_file.as_uri())
                page.wait_for_selector("body[data-ready='1']")
                load = time.perf_counter() - t
                page.click("#tab-docs")
                t = time.perf_counter()
                page.check("#f-flagged")
                page.wait_for_function(f"() => document.getElementById('match-count').dataset.count !== String({n})")
                filt = time.perf_counter() - t
                page.uncheck("#f-flagged")
                t = time.perf_counter()
                page.click("#next")
                page.wait_for_function("() => document.getElementById('page-info').textContent.startsWith('page 2 ')")
                turn = time.perf_counter() - t
                t = time.perf_counter()
                page.click("#doc-list tbody tr:nth-child(3) td.id")
                page.wait_for_selector("#doc-text")
                open_doc = time.perf_counter() - t
                page.close()
                rows.append((n, build, len(html.encode()) / 1e6, load, filt, turn, open_doc))
            context.close()
    print(f"{'docs':>7} {'build s':>8} {'MB':>6} {'load s':>7} {'filter s':>9} {'page s':>7} {'open doc s':>11}")
    for n, build, mb, load, filt, turn, open_doc in rows:
        print(f"{n:>7} {build:>8.2f} {mb:>6.1f} {load:>7.2f} {filt:>9.3f} {turn:>7.3f} {open_doc:>11.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sizes",
        nargs="*",
        type=int,
        metavar="N",
        default=[1000, 10000],
        help="numbers of documents to build a report of (default: 1000 10000)",
    )
    main(parser.parse_args().sizes)
