#!/usr/bin/env python3
"""Seeded fuzzing run with counts: random text, random markdown, random rule files.

    python benchmarks/fuzz.py --cases 2000

Prints how many cases of each kind ran, how many rule files were refused (as they must
be, with a RuleFileError), and how many broke an invariant or crashed (must be 0).

Then the batch lane: the random texts of the run, half as files (UTF-8) and half as the
records of a JSONL file, cleaned by the batch driver (``--jobs 2``, as ``cleaner clean``
runs them) and rebuilt from outputs and log by ``restore``: every input must have a doc
record (ok or error) and every ok one must come back exactly, its hashes checked.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import tempfile
import time
import traceback
from pathlib import Path

from cleaner import Cleaner, Options, RuleFileError
from cleaner.rules.validate import parse_rule_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from fuzzing import check_case, cleaner_for, random_rule_file, random_text  # noqa: E402  (a test helper)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=1000, help="cases of each kind")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    default = Cleaner(options=Options(detect_language=True))
    counts = {
        "random unicode text": 0,
        "random markdown-ish text": 0,
        "random rule files": 0,
        "  of which refused (RuleFileError)": 0,
        "  documents cleaned with them": 0,
        "random YAML text": 0,
        "  of which refused": 0,
    }
    failures = 0
    started = time.perf_counter()
    texts: list[str] = []  # for the batch lane
    for _ in range(args.cases):
        try:
            text = "".join(
                chr(rng.choice([rng.randint(0, 0x2FF), rng.randint(0x2000, 0x206F), rng.randint(32, 126)]))
                for _ in range(rng.randint(0, 300))
            )
            texts.append(text)
            check_case(default, text)
            counts["random unicode text"] += 1
            texts.append(random_text(rng, 60))
            check_case(default, texts[-1])
            counts["random markdown-ish text"] += 1
            cleaner = cleaner_for(random_rule_file(rng))
            counts["random rule files"] += 1
            if cleaner is None:
                counts["  of which refused (RuleFileError)"] += 1
            else:
                for _ in range(3):
                    check_case(cleaner, random_text(rng))
                    counts["  documents cleaned with them"] += 1
            junk = "".join(rng.choice(string.printable + "ü—") for _ in range(rng.randint(0, 200)))
            counts["random YAML text"] += 1
            try:
                parse_rule_file(junk, "fuzz.yaml")
            except RuleFileError:
                counts["  of which refused"] += 1
        except Exception:  # an invariant broke or something crashed: report, go on
            failures += 1
            traceback.print_exc(limit=3)
    with tempfile.TemporaryDirectory() as work:
        lane = batch_lane(default, texts, Path(work))
    failures += lane.pop("lost")
    counts.update(lane)
    for name, n in counts.items():
        print(f"{name:40} {n:8d}")
    print(f"{'invariant failures or crashes':40} {failures:8d}")
    print(f"seconds {time.perf_counter() - started:.1f}")
    return 1 if failures else 0


def batch_lane(cleaner: Cleaner, texts: list[str], work: Path) -> dict[str, int]:
    """``texts`` cleaned by the batch driver and restored from outputs and log; the counts,
    and ``lost``: inputs without a record, plus ok ones that did not come back exactly."""
    from cleaner.decode import decode_bytes
    from cleaner.driver import RunConfig, run
    from cleaner.errors import DecodeError
    from cleaner.runlog.restore import restore_outputs

    src, out, log, back = work / "in", work / "out", work / "log.jsonl", work / "back"
    (src / "files").mkdir(parents=True)
    files = {f"files/{k:05d}.txt": t for k, t in enumerate(texts) if k % 2 == 0}
    records = {f"r{k}": t for k, t in enumerate(texts) if k % 2}
    for rel, text in files.items():
        (src / rel).write_bytes(text.encode("utf-8"))
    with (src / "records.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": doc, "text": text}) + "\n" for doc, text in records.items())
    run(RunConfig([src], cleaner, out, log, jobs=2, manifest=False))
    docs = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines() if '"type":"doc"' in x]
    status = {d["source"] if d["line"] is None else d["doc"]: d["status"] for d in docs}
    missing = [k for k in [*files, *records] if k not in status]
    stats = restore_outputs(out, log, back)
    exact = 0
    for rel, text in files.items():
        if status.get(rel) == "ok":
            try:
                decoded = decode_bytes(text.encode("utf-8")).text
            except DecodeError:
                continue
            exact += (back / rel).is_file() and (back / rel).read_bytes().decode("utf-8") == decoded
    rebuilt = {}
    if (back / "records.jsonl").exists():
        for line in (back / "records.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            rebuilt[rec["id"]] = rec["text"]
    exact += sum(rebuilt.get(doc) == text for doc, text in records.items() if status.get(doc) == "ok")
    ok = sum(s == "ok" for s in status.values())
    return {
        "batch lane: inputs (files + JSONL records)": len(files) + len(records),
        "  doc records ok": ok,
        "  doc records error": sum(s == "error" for s in status.values()),
        "  inputs without a record": len(missing),
        "  ok documents restored exactly": exact,
        "  restore problems": len(stats.problems),
        "lost": len(missing) + (ok - exact) + len(stats.problems),
    }


if __name__ == "__main__":
    sys.exit(main())
