"""The judge as a second witness for learned rules (issue 15): measured, not adopted.

Repetition says a line is the site's template; the judge (:mod:`cleaner.judge`), trained
on hand-checked pages of more than a thousand sites, says from a line's shape, place,
marks and words whether it is the page's text. The idea measured here: a repeated line
becomes a rule only if the judge does not read it as the page's text on most of the pages
where the learner saw it. The script runs ``learn_quality``'s corpus and measure, with the
learner's proposals filtered by each veto below before its rule files are written (the
learner itself is unchanged), and prints the overall figures of each, and how well the
judge's scores tell the proposals that take the page's own text from the template's.

Each page is judged as the learner sees it (its text after the steps before the site's
rules, the form the judge finds), and a proposal's vote on a page is the judge's reading
of the lines it took there, by characters:

- ``kept``: the judge keeps (its threshold and backup, as the pipeline decides) most of
  them: the judge reads the line as the page's text;
- ``p>=X``: their mean probability of being article text is at least X;
- ``top X``: they rank, by that probability, above the share X of the page's lines (a
  witness relative to the page, which a missing URL does not shift);
- ``+ no words``: only for proposals whose own words say nothing of what noise they are
  (:func:`cleaner.tools.learn.templates.category_of` finds none).

A proposal is vetoed when more than half of the pages it was judged on vote so. The
corpus's pages have no URL (as ``learn_quality`` cleans them); ``--url-from-path`` gives
the judge one made from the file's name (``https://<site>/<folder>/<name>``), since the
judge reads a page with no URL path as a home page and keeps nearly every line of it.

    python benchmarks/learn_witness.py [--url-from-path] [--seed 0]

Not a test: nothing here asserts a figure.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import learn_quality  # noqa: E402

import cleaner.tools.learn as learn_module  # noqa: E402
from cleaner.judge import detect_form, models, prepare, score  # noqa: E402
from cleaner.rules.book import Rulebook  # noqa: E402
from cleaner.steps.judge import MIN_LINES  # noqa: E402
from cleaner.tools.learn.candidates import Proposal  # noqa: E402
from cleaner.tools.learn.keys import WHOLE_BLOCK  # noqa: E402
from cleaner.tools.learn.pages import pages as learner_pages  # noqa: E402
from cleaner.tools.learn.templates import category_of  # noqa: E402
from cleaner.view import split_blocks  # noqa: E402

from learn_corpus import FALLS_SHORT, generate, write  # noqa: E402


@dataclass(slots=True)
class Line:
    """The judge's reading of one line of a page."""

    chars: int
    kept: bool
    probability: float
    rank: float  # the share of the page's lines the judge scores lower


Readings = dict[tuple[int, int], list[Line | None]]  # (page ordinal, block) -> each line's reading


def read_corpus(
    corpus: Path, url_from_path: bool, labels: dict[tuple[str, str], dict[str, int]], kept: dict[str, list[int]]
) -> Readings:
    """Every line of every page the learner reads, as the judge reads it; ``kept``: per
    label of the corpus (``labels``: by site and line), [lines judged, lines the judge kept]."""
    out: Readings = {}
    for page in learner_pages([corpus], Rulebook([]), None, None):
        if page is None:
            continue
        blocks = split_blocks(page.text)
        if sum(len(b.lines) for b in blocks) < MIN_LINES:
            continue  # a snippet: the judge leaves it to the rules
        # The corpus's files have no URL (the learner's pages carry none).
        url = f"https://{page.site}/{Path(page.id).parent.name}/{Path(page.id).stem}" if url_from_path else None
        form = detect_form(page.text)
        stages = models(form)
        prepared = prepare(form, page.text, url=url, stages=stages)
        spans = prepared.units.spans
        if not spans:
            continue
        scored = score(prepared, stages)
        probs = scored.probability.tolist()
        ordered = sorted(probs)
        starts = [s for s, _ in spans]
        for block in blocks:
            row: list[Line | None] = out.setdefault((page.ordinal, block.index), [])
            for line in block.lines:
                i = bisect.bisect_right(starts, line.start) - 1  # the unit holding the line
                if i < 0 or spans[i][1] < line.start:
                    row.append(None)
                    continue
                rank = bisect.bisect_left(ordered, probs[i]) / len(ordered)
                row.append(Line(len(line.text.strip()), bool(scored.keep[i]), probs[i], rank))
                seen = labels.get((page.site, line.text.strip()), {})
                if len(seen) == 1:  # a line with one label wherever it is on the site
                    count = kept.setdefault(next(iter(seen)), [0, 0])
                    count[0] += 1
                    count[1] += bool(scored.keep[i])
    return out


def votes(p: Proposal, readings: Readings) -> list[tuple[float, float, float]]:
    """Per page the judge read it on: (share of characters kept, mean probability, mean
    rank), over the lines ``p`` took there (a block's every line)."""
    lines: dict[int, list[Line]] = {}
    for page, block, line in p.instances:
        row = readings.get((page, block), [])
        found = row if line == WHOLE_BLOCK else row[line : line + 1]
        lines.setdefault(page, []).extend(r for r in found if r is not None)
    out = []
    for seen in lines.values():
        chars = sum(r.chars for r in seen)
        if chars:
            out.append(
                (
                    sum(r.chars for r in seen if r.kept) / chars,
                    sum(r.chars * r.probability for r in seen) / chars,
                    sum(r.chars * r.rank for r in seen) / chars,
                )
            )
    return out


Veto = Callable[[tuple[float, float, float]], bool]
VETOES: dict[str, tuple[Veto, bool]] = {
    "kept": (lambda v: v[0] > 0.5, False),
    "p>=0.95": (lambda v: v[1] >= 0.95, False),
    "top 30%": (lambda v: v[2] >= 0.7, False),
    "kept + no words": (lambda v: v[0] > 0.5, True),
    "top 30% + no words": (lambda v: v[2] >= 0.7, True),
    "top 40% + no words": (lambda v: v[2] >= 0.6, True),
}


def says_nothing(p: Proposal) -> bool:
    texts = [ln.strip() for ln in (p.literal or "").split("\n") if ln.strip()]
    return category_of(texts or [p.template.literal if p.template else ""])[0] == "boilerplate"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--url-from-path", action="store_true", help="give the judge a URL made from each file's name")
    args = ap.parse_args()
    pages, source = generate(args.seed)
    # The corpus's labels of each line of each site: what the judge keeps, and which proposals
    # take the page's own text.
    labels: dict[tuple[str, str], dict[str, int]] = {}
    for page in pages:
        text, marks = page.text, page.labels()
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                lab = marks[pos + len(line) - len(line.lstrip())]
                seen = labels.setdefault((page.site, line.strip()), {})
                seen[lab] = seen.get(lab, 0) + 1
            pos += len(line) + 1
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write(pages, corpus)
        t = time.process_time()
        learn_module.learn([corpus], Rulebook([]), learn_module.LearnOptions())
        learning = time.process_time() - t
        t = time.process_time()
        kept: dict[str, list[int]] = {}
        readings = read_corpus(corpus, args.url_from_path, labels, kept)
        judging = time.process_time() - t
    print(f"bodies: {source}; URL: {'from the file name' if args.url_from_path else 'none'}")
    print(
        f"CPU time on the corpus's {len(pages)} pages: learning {learning:.1f} s; the judge's reading of every page, "
        f"which the witness would add to learning, {judging:.1f} s"
    )
    print(
        "lines the judge keeps: "
        + ", ".join(f"{n[1] / n[0]:.1%} of the {lab} lines" for lab, n in sorted(kept.items()) if lab != "neutral")
    )

    original = learn_module.site_rules
    chosen: list[str | None] = [None]
    scores: list[tuple[bool, float, float]] = []  # (takes the page's own text, median probability, median rank)

    def filtered(site: str, n_pages: int, proposals: list[Proposal], sample: str | None, max_rules: int):
        keep = []
        for p in proposals:
            judged = votes(p, readings)
            if chosen[0] is None and judged:
                own = body = 0
                for member in p.candidate.members:
                    for ln in member.split("\n"):
                        seen = labels.get((site, ln.strip()), {})
                        body += seen.get("body", 0)
                        own += seen.get("body", 0) + seen.get("noise", 0)
                scores.append(
                    (2 * body > own, float(np.median([v[1] for v in judged])), float(np.median([v[2] for v in judged])))
                )
            if chosen[0] is not None and judged:
                veto, no_words = VETOES[chosen[0]]
                if (not no_words or says_nothing(p)) and 2 * sum(map(veto, judged)) > len(judged):
                    continue
            keep.append(p)
        return original(site, n_pages, keep, sample, max_rules)

    learn_module.site_rules = filtered  # type: ignore[assignment]
    try:
        print("learned rules in the full pipeline; 'at target': the templates not in FALLS_SHORT")
        print(
            f"{'veto':20} {'rules':>5} {'noise removed':>13} {'body removed':>12} {'at target: noise':>16} {'body':>6}"
        )
        before: dict[str, float] = {}
        for name in [None, *VETOES]:
            chosen[0] = name
            per_site, overall, _ = learn_quality.run(seed=args.seed)
            met = learn_quality.Figures()
            for site, f in per_site.items():
                if site not in FALLS_SHORT:
                    met.add(f)
            worse = [
                f"{site} {before[site]:.2%} -> {f.noise_share:.2%}"
                for site, f in per_site.items()
                if name is not None and f.noise_share < min(before[site], learn_quality.NOISE_TARGET)
            ]
            before = before or {site: f.noise_share for site, f in per_site.items()}
            print(
                f"{name or 'none (the learner)':20} {overall.rules:5d} {overall.noise_share:13.2%} "
                f"{overall.body_share:12.3%} {met.noise_share:16.2%} {met.body_share:6.3%}"
            )
            if worse:
                print(f"{'':20} noise below target: {'; '.join(worse[:4])}{' ...' if len(worse) > 4 else ''}")
    finally:
        learn_module.site_rules = original
    own = np.array([s for s in scores if s[0]], dtype=float)
    template = np.array([s for s in scores if not s[0]], dtype=float)
    print(f"proposals the judge read: {len(own)} take the page's own text, {len(template)} the template's")
    for name, col in (("probability", 1), ("rank on the page", 2)):
        a, b = own[:, col], template[:, col]
        auc = (a[:, None] > b[None, :]).mean() + 0.5 * (a[:, None] == b[None, :]).mean()
        print(
            f"  median {name}: page's own {np.median(a):.3f}, template's {np.median(b):.3f}; "
            f"AUC (page's own above template's) {auc:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
