"""What the learner's two safety guards cost in noise, and what loosening them costs in article.

Issue 15 asks learned rules to remove >= 97% of the template noise and <= 0.3% of the
article text of :mod:`learn_quality`'s corpus, and it also says what a learned rule must
never take: "text that occurs on only one page, nor a line that reads like body prose
(length, sentence shape, stop-word share), even if it repeats". This script measures where
those two demands meet. It runs :func:`learn_quality.run` (learn, then clean every page in
the full pipeline) once per setting:

- ``shipped``: the learner as it is (``--min-pages 3``, the prose guard on);
- ``min-pages 2``: the issue's floor for "more than one page";
- ``no prose guard``: :func:`cleaner.tools.learn.regions.prose_refusal` never refuses (a
  repeated sentence becomes a rule like any other repeat): the most the learner takes
  without taking one-page text;
- ``no prose guard, min-pages 2``: both;
- ``no judge``: the shipped learner with the judge off, for what the judge adds.

The prose guard is turned off by replacing the function in this process only: a study of
the learner, not an option a user has. For each setting it prints noise removed and article
removed overall, on the 30 templates the learner was first tuned on, on the 156 written
after them (each unseen when it was written), and on the 30 written after rounds 22-26.

    python benchmarks/learn_frontier.py [--settings shipped,no-prose-guard]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learn_quality  # noqa: E402

from cleaner.tools.learn import regions, write  # noqa: E402

from learn_corpus import GROUPS, SITES, NoBodies  # noqa: E402

SETTINGS: dict[str, tuple[int, bool, bool]] = {  # name: (min_pages, prose guard, judge)
    "shipped": (3, True, True),
    "min-pages-2": (2, True, True),
    "no-prose-guard": (3, False, True),
    "no-prose-guard-min-pages-2": (2, False, True),
    "no-judge": (3, True, False),
}
UNSEEN_LAST = "the 30 written after rounds 22-26 (unseen at first run)"


@contextmanager
def prose_guard(on: bool) -> Iterator[None]:
    """The learner with its prose guard on (as shipped) or off, for the ``with`` block."""
    if on:
        yield
        return
    kept = regions.prose_refusal, write.prose_refusal
    regions.prose_refusal = write.prose_refusal = lambda *args, **kwargs: None
    try:
        yield
    finally:
        regions.prose_refusal, write.prose_refusal = kept


def measure(name: str) -> dict[str, learn_quality.Figures]:
    min_pages, guard, judge = SETTINGS[name]
    with prose_guard(guard):
        per_site, overall, _ = learn_quality.run(min_pages=min_pages, judge=judge)
    first = {site for site, _, _ in SITES[:30]}
    parts = {"all": overall, "first 30": learn_quality.Figures(), "later 156": learn_quality.Figures()}
    for site, f in per_site.items():
        parts["first 30" if site in first else "later 156"].add(f)
    parts["unseen 30"] = learn_quality.Figures()
    for site in dict(GROUPS)[UNSEEN_LAST]:
        parts["unseen 30"].add(per_site[site])
    return parts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--settings", default=",".join(SETTINGS), help="comma-separated, of: " + ", ".join(SETTINGS))
    args = ap.parse_args()
    names = [n.strip() for n in args.settings.split(",") if n.strip()]
    if unknown := [n for n in names if n not in SETTINGS]:
        ap.error(f"unknown setting(s): {', '.join(unknown)}")
    columns = ("all", "first 30", "later 156", "unseen 30")
    print(f"{'setting (noise removed / article removed)':42}" + "".join(f"{c:>20}" for c in columns))
    for name in names:
        try:
            parts = measure(name)
        except NoBodies as exc:
            print(f"skipped: {exc}")
            return 0
        cells = "".join(f"{parts[c].noise_share:>10.2%} /{parts[c].body_share:>7.3%} " for c in columns)
        print(f"{name:42}{cells}", flush=True)
    print(
        f"targets: noise removed >= {learn_quality.NOISE_TARGET:.0%}, "
        f"article removed <= {learn_quality.BODY_TARGET:.1%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
