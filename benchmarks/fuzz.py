#!/usr/bin/env python3
"""Seeded fuzzing run with counts: random text, random markdown, random rule files.

    python benchmarks/fuzz.py --cases 2000

Prints how many cases of each kind ran, how many rule files were refused (as they must
be, with a RuleFileError), and how many broke an invariant or crashed (must be 0).
"""

from __future__ import annotations

import argparse
import random
import string
import sys
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
    for _ in range(args.cases):
        try:
            text = "".join(
                chr(rng.choice([rng.randint(0, 0x2FF), rng.randint(0x2000, 0x206F), rng.randint(32, 126)]))
                for _ in range(rng.randint(0, 300))
            )
            check_case(default, text)
            counts["random unicode text"] += 1
            check_case(default, random_text(rng, 60))
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
    for name, n in counts.items():
        print(f"{name:40} {n:8d}")
    print(f"{'invariant failures or crashes':40} {failures:8d}")
    print(f"seconds {time.perf_counter() - started:.1f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
