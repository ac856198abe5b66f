"""Where a document's time goes: CPU milliseconds per document for each pipeline step.

Cleans the throughput corpus's source pages (fixtures and the benchmark's full-page
markdown, each once per pass) in this process and times each step of the pipeline's one
list (:func:`cleaner.steps.steps`) with ``time.process_time`` (CPU time: other work on
the machine disturbs it less than wall time). Times are exclusive. The steps are wrapped
here, in the benchmark, so the pipeline carries no timing code.

    python benchmarks/stages.py [--passes 3] [--limit N]

A second table times the batch path around the pipeline, per document, the way
``cleaner clean``'s workers run it (:mod:`cleaner.driver.worker`): decoding the bytes,
writing the log records, packing the resume manifest's entry, writing the output file.

Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import sources  # noqa: E402

# (stage name, module, attribute) of what is timed besides the steps themselves.
ENTRY_POINTS = [
    ("judge: units and features (the step's own time is the rest)", "cleaner.judge", "prepare"),
    ("applying and composing edits", "cleaner.document", "Document.apply"),
]


_totals: dict[str, float] = {}
_stack: list[list[float]] = []  # [start, time spent in nested timed calls]


def _timed(name: str, fn):
    def wrapper(*args, **kwargs):
        _stack.append([time.process_time(), 0.0])
        try:
            return fn(*args, **kwargs)
        finally:
            start, nested = _stack.pop()
            spent = time.process_time() - start
            _totals[name] = _totals.get(name, 0.0) + spent - nested
            if _stack:
                _stack[-1][1] += spent

    return wrapper


def instrument() -> list[str]:
    """Wrap every step's ``find`` and the entry points; the names of the timed stages, in order."""
    from cleaner.steps import steps

    names = []
    for step in steps():
        name = f"step {step.name}"
        step.find = _timed(name, step.find)  # an instance attribute over the class's method
        names.append(name)
    for name, module_name, attr in ENTRY_POINTS:
        owner = importlib.import_module(module_name)
        *path, last = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        if not hasattr(owner, last):
            raise SystemExit(f"stages.py: {module_name}.{attr} is gone; update ENTRY_POINTS")
        setattr(owner, last, _timed(name, getattr(owner, last)))
        names.append(name)
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=3, help="passes over the pages (after one warm-up pass)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (a smoke run)")
    a = ap.parse_args()
    from cleaner.decode import decode_bytes
    from cleaner.pipeline import Cleaner

    texts = [decode_bytes(p.read_bytes()).text for p in sources()[: a.limit]]  # as the CLI decodes them
    cleaner = Cleaner()
    for t in texts:  # warm-up: profiles, caches, compiled patterns
        cleaner.clean(t)
    names = instrument()
    started = time.process_time()
    for _ in range(a.passes):
        for t in texts:
            cleaner.clean(t)
    total = time.process_time() - started
    n = len(texts) * a.passes
    print(
        f"{len(texts)} pages ({sum(map(len, texts)) / len(texts) / 1000:.1f} K characters on average), "
        f"{a.passes} passes, CPU ms per document"
    )
    width = max(len(name) for name in names)
    for name in names:
        print(f"  {name.ljust(width)}  {1000 * _totals.get(name, 0.0) / n:7.2f}")
    rest = total - sum(_totals.values())
    print(f"  {'everything else in Cleaner.clean'.ljust(width)}  {1000 * rest / n:7.2f}")
    print(f"  {'total'.ljust(width)}  {1000 * total / n:7.2f}  ({n / total:.0f} docs/s of CPU)")
    batch_path(a.limit, a.passes)


def batch_path(limit: int | None, passes: int) -> None:
    """CPU ms per document of the batch steps around ``Cleaner.clean``, each timed alone."""
    import os
    import tempfile

    from cleaner import manifest
    from cleaner.batch import process
    from cleaner.decode import decode_bytes
    from cleaner.inputs import InputDoc
    from cleaner.io.atomic import write_atomic
    from cleaner.pipeline import Cleaner
    from cleaner.runlog.records import document_log

    paths = sources()[:limit]
    datas = [p.read_bytes() for p in paths]
    cleaner = Cleaner()
    docs = [
        InputDoc(id=p.name, source=p.name, kind="text", path=str(p), data=d) for p, d in zip(paths, datas, strict=True)
    ]
    outcomes = [process(d, cleaner) for d in docs]
    ruleset = cleaner.rulebook.digest

    def log(o):
        r = o.result
        return document_log(
            o.doc.id, o.doc.source, o.doc.line, ruleset, r, o.encoding, o.warnings, r.removed_by_category()
        )

    logs = [log(o) for o in outcomes]
    with tempfile.TemporaryDirectory() as tmp:
        steps = [
            ("decoding the bytes", lambda: [decode_bytes(d) for d in datas]),
            ("log records and summary counts", lambda: [log(o) for o in outcomes]),
            (
                "manifest entry (with a manifest)",
                lambda: [manifest.entry(None, text, None, {"chars_in": 1}, True) for text in logs],
            ),
            (
                "writing the output file",
                lambda: [
                    write_atomic(os.path.join(tmp, o.doc.source), o.result.text, durable=False, parents=False)
                    for o in outcomes
                ],
            ),
        ]
        edits = sum(len(o.result.edits) for o in outcomes) / len(outcomes)
        print(f"batch path around the pipeline ({edits:.0f} edits per document), CPU ms per document")
        width = max(len(name) for name, _ in steps)
        for name, step in steps:
            started = time.process_time()
            for _ in range(passes):
                step()
            print(f"  {name.ljust(width)}  {1000 * (time.process_time() - started) / passes / len(paths):7.2f}")


if __name__ == "__main__":
    main()
