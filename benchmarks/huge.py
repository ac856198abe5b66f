#!/usr/bin/env python3
"""Memory and time of one huge document, as a user meets it.

    python benchmarks/huge.py [--sizes 1,10,30] [--forms text,markdown,html,jsonl]
        [--how api,cli] [--keep DIR]

A scraped folder now and then holds one huge file: a concatenated dump, a log, a book, a
forum export. This builds one such document of each form from the wcxb-dev pages
(``../shared/bench/data/wcxb-dev``) and cleans it alone in a fresh process:

- ``text``, ``markdown``: the form's pages concatenated (a blank line between them) until
  the document has the size asked for, in MB of UTF-8 (10**6 bytes);
- ``html``: one page, the ``<body>`` of the HTML pages one after the other, each in an
  ``<article>``, until the page has that size;
- ``jsonl``: one record, ``{"url": ..., "text": <the text document>}`` (CLI only).

``api`` runs ``cleaner.clean_text(document)`` in a child process; ``cli`` runs the command
line, ``cleaner clean FILE -o OUT --log LOG -q --no-resume --jobs 1``. Printed for each:
the peak resident memory of the child, that peak less the child's peak before it read the
document (the ``api`` child imports cleaner and cleans a short page first; for ``cli`` the
peak of the same command on a one-line file), that extra per character of the document,
and the CPU seconds (user + system) of the child, with CPU per MB. Time and memory linear
in size show as flat ``ms/MB`` and ``B/char`` columns.

The peaks are the child's own (``VmHWM`` of ``/proc/self/status`` for ``api``; for ``cli``,
``ru_maxrss``, which Linux carries over from the process that forked the child, so the
documents are built and counted in a child of their own and this process stays small).

The code measured is the one on ``PYTHONPATH`` (or the installed one). Not a test:
nothing here asserts a speed; set ``OMP_NUM_THREADS=1`` as the CLI's users would.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "bench" / "data" / "wcxb-dev"
MB = 10**6

API_CHILD = r"""
import resource, sys, time
from cleaner import clean_text

def hwm():  # this process's own peak, in KB (ru_maxrss may be its parent's)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

clean_text("A short page to load the models.\n\nIt has two paragraphs of text in it, and not more.\n")
base = hwm()
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.process_time()
result = clean_text(text)
cpu = time.process_time() - t0
print(base, hwm(), cpu, len(text), len(result.text), len(result.edits))
"""


def page_texts(form: str):
    """The form's wcxb-dev pages, in order, decoded."""
    folder = PAGES / form
    if not folder.is_dir():
        raise SystemExit(f"huge.py: no pages at {folder} (../shared/bench is needed)")
    for f in sorted(folder.iterdir()):
        data = f.read_bytes()
        if f.name.endswith(".gz"):
            data = gzip.decompress(data)
        yield data.decode("utf-8", "replace")


BODY = re.compile(r"<body[^>]*>(.*?)</body>", re.S | re.I)


def build(form: str, size_mb: float, folder: Path) -> Path:
    """One document of ``form`` of about ``size_mb`` MB, written to ``folder``."""
    target = int(size_mb * MB)
    ext = {"text": "txt", "markdown": "md", "html": "html", "jsonl": "jsonl"}[form]
    path = folder / f"huge-{form}-{size_mb:g}MB.{ext}"
    if path.exists():
        return path
    source = "text" if form == "jsonl" else form
    parts: list[str] = []
    size = 0
    while size < target:
        for page in page_texts(source):
            if form == "html":
                m = BODY.search(page)
                if not m:
                    continue
                page = f"<article>\n{m.group(1)}\n</article>\n"
            parts.append(page)
            size += len(page.encode("utf-8")) + 2
            if size >= target:
                break
    if form == "html":
        head = "<!DOCTYPE html>\n<html><head><title>A huge page</title></head><body>\n"
        doc = head + "".join(parts) + "</body></html>\n"
    else:
        doc = "\n\n".join(parts) + "\n"
    if form == "jsonl":
        doc = json.dumps({"url": "https://example.org/huge", "text": doc}, ensure_ascii=False) + "\n"
    path.write_text(doc, encoding="utf-8")
    return path


def run_api(path: Path) -> tuple[int, int, float, int]:
    """(base KB, peak KB, CPU s, characters) of clean_text on the file in a fresh process."""
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", API_CHILD, str(path)], env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"huge.py: clean_text on {path.name} failed:\n{out.stderr[-2000:]}")
    base, peak, cpu, chars = out.stdout.split()[:4]
    return int(base), int(peak), float(cpu), int(chars)


def run_cli(path: Path, work: Path) -> tuple[int, float]:
    """(peak KB, CPU s) of the whole CLI on the file, its children included."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "CLEANER_CACHE_DIR": str(work / "cache")}
    out, log = work / "out", work / "log.jsonl"
    args = [sys.executable, "-c", "from cleaner.cli import main; main()", "clean", str(path), "-o", str(out)]
    proc = subprocess.Popen([*args, "--log", str(log), "-q", "--no-resume", "--jobs", "1"], env=env, cwd=work)
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"huge.py: the CLI on {path.name} exited {code}")
    return usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def chars_of(path: Path, form: str) -> int:
    text = path.read_text(encoding="utf-8")
    return len(json.loads(text)["text"]) if form == "jsonl" else len(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,30", help="sizes in MB, comma-separated")
    ap.add_argument("--forms", default="text,markdown,html,jsonl")
    ap.add_argument("--how", default="api,cli", help="api (clean_text), cli, or both")
    ap.add_argument("--keep", type=Path, help="build the documents in this folder and keep them")
    ap.add_argument("--build", nargs=3, metavar=("FORM", "MB", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:  # the child that builds one document: prints its path and characters
        path = build(args.build[0], float(args.build[1]), Path(args.build[2]))
        print(path, chars_of(path, args.build[0]))
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    forms = args.forms.split(",")
    hows = args.how.split(",")
    with tempfile.TemporaryDirectory(prefix="huge-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cli_base = None
        if "cli" in hows:
            small = Path(tmp) / "small.txt"
            small.write_text("A short page.\n\nIt has two paragraphs of text in it, and not more.\n")
            (Path(tmp) / "w0").mkdir()
            cli_base = run_cli(small, Path(tmp) / "w0")[0]
        print("| form | MB | chars | how | peak RSS MB | extra MB | extra B/char | CPU s | CPU ms/MB |")
        print("|---|---|---|---|---|---|---|---|---|")
        for form in forms:
            for size in sizes:
                made = subprocess.run(
                    [sys.executable, __file__, "--build", form, str(size), str(folder)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                where, count = made.stdout.split()
                path, chars = Path(where), int(count)
                mb = path.stat().st_size / MB
                for how in hows:
                    if how == "api" and form == "jsonl":
                        continue
                    if how == "api":
                        base, peak, cpu, _ = run_api(path)
                    else:
                        work = Path(tempfile.mkdtemp(dir=tmp))
                        peak, cpu = run_cli(path, work)
                        base = cli_base or 0
                    extra = (peak - base) * 1024
                    print(
                        f"| {form} | {mb:.1f} | {chars:,} | {how} | {peak / 1024:,.0f} | {extra / 2**20:,.0f} "
                        f"| {extra / chars:.1f} | {cpu:.2f} | {cpu * 1000 / mb:,.0f} |",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
