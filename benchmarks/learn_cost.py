"""What learned rules cost and what they take, on real multi-page sites: rules per site,
clean-time ratio with/without them, template noise and article text removed.

The pages are the WCXB dev set's (``../shared/bench/data/wcxb-dev``), saved whole as plain
text (``text/``, inscriptis: what a scraper that saves page text leaves) or as markdown
(``--form markdown``), grouped by the host of their URL; every host with at least
``--min-site-pages`` pages is a site (by default the 34 hosts with 3 or more pages: REI,
Steam, MDN, eBay, iFixit, IKEA, ... and the three the issue measured). The script

1. writes each site's pages to ``<tmp>/<host>/<id>.txt`` and runs ``rules learn`` on them
   (the library call the CLI makes), timing it;
2. cleans every page with the shipped rules (the default pipeline, judge included), and
   again with the learned rules added, in turns, and prints the CPU time of each (best of
   ``--repeat`` rounds, after a warm-up round) and the ratio per site and overall (target
   of issue 15: at most 1.2);
3. labels each page's lines by the ground truth's ``articleBody``: a line is article text
   if it is one of the body's lines and lies in the page's article region (from the first
   to the last line of 40+ characters found in the body, widened over the body's own
   short lines next to it, so a title or subheading counts, the same word in the menu
   does not); every other non-blank line is template. It prints the share of template
   and of article characters (non-space) that the learned rules' edits took, and the
   article text three ways: ``body removed``, under a learned rule's edit in the log of
   the whole pipeline; ``by rules``, removed by the learned rules' own step (the same
   page run up to the judge: what the rules take, whatever runs after them); ``lost``,
   missing from the output with the learned rules and kept by the same pipeline without
   them (what a user loses by adding them).

The log's figure is what the log names after the learned rules: a line a rule took keeps
its rule's edit even when the judge then removes the lines on both sides of it
(:func:`cleaner.edits.compose`; until that was so, the log gave such a line to the judge
and the figure moved with the judge's model), so it equals ``by rules`` unless a later
step changes what the rules' edits cover.

The article labels are an approximation (a body line repeated in the menu, a caption the
ground truth leaves out), so the noise figure is "of the text outside the article", not
of a hand-labelled template; ``benchmarks/learn_quality.py`` has exact labels on
generated sites.

    python benchmarks/learn_cost.py [--form text|markdown] [--min-site-pages 3] [--repeat 5]
        [--sites developer.mozilla.org,pcworld.com,store.steampowered.com] [--keep DIR]

Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from cleaner import Cleaner, Options
from cleaner.document import Document
from cleaner.edits import Edit
from cleaner.rules.book import load_rulebook
from cleaner.tools.learn import LearnOptions, learn, write_rules

ROOT = Path(__file__).resolve().parents[1]
WCXB = ROOT.parent / "shared" / "bench" / "data" / "wcxb-dev"
# A line this long found in the article body marks the article's region of the page:
# menus and footers have few lines this long, and none that are the article's.
ANCHOR_LINE = 40


@dataclass(slots=True)
class Page:
    site: str
    id: str
    url: str
    text: str
    body: str


@dataclass(slots=True)
class Figures:
    pages: int = 0
    rules: int = 0
    without: float = 0.0  # seconds, best of the repeats
    with_rules: float = 0.0
    noise: int = 0
    noise_removed: int = 0
    body: int = 0
    body_removed: int = 0  # under a learned rule's edit in the log
    body_by_rules: int = 0  # removed by the learned rules' own step
    body_lost: int = 0  # missing from the output with the learned rules, kept without them

    def add(self, o: Figures) -> None:
        for name in FIELDS:
            setattr(self, name, getattr(self, name) + getattr(o, name))

    @property
    def ratio(self) -> float:
        return self.with_rules / self.without if self.without else 0.0


FIELDS = tuple(Figures.__dataclass_fields__)


def site_pages(form: str, min_pages: int, only: set[str] | None) -> list[Page]:
    truth = json.loads((WCXB / "ground-truth.json").read_text(encoding="utf-8"))
    hosts: dict[str, list[str]] = {}
    for key in sorted(truth):
        host = (urlparse(truth[key].get("url") or "").hostname or "").removeprefix("www.")
        if host:
            hosts.setdefault(host, []).append(key)
    suffix, folder = (".txt", "text") if form == "text" else (".md", "markdown")
    out = []
    for host in sorted(hosts):
        if len(hosts[host]) < min_pages or (only and host not in only):
            continue
        for key in hosts[host]:
            text = (WCXB / folder / f"{key}{suffix}").read_text(encoding="utf-8")
            out.append(Page(host, key, truth[key]["url"], text, truth[key].get("articleBody") or ""))
    return out


def labels(page: Page) -> list[str]:
    """Per character of the page: ``body``, ``noise`` or ``blank`` (see the module doc)."""
    body_lines = {ln.strip() for ln in page.body.splitlines() if ln.strip()}
    lines = page.text.splitlines(keepends=True)
    keys = [_norm(ln) for ln in lines]
    in_body = [bool(k) and (k in body_lines or (len(k) >= ANCHOR_LINE and k in page.body)) for k in keys]
    anchors = [i for i, k in enumerate(keys) if in_body[i] and len(k) >= ANCHOR_LINE]
    region = [False] * len(lines)
    if anchors:
        a, b = anchors[0], anchors[-1]
        while a > 0 and (in_body[a - 1] or not keys[a - 1]):
            a -= 1
        while b + 1 < len(lines) and (in_body[b + 1] or not keys[b + 1]):
            b += 1
        for i in range(a, b + 1):
            region[i] = in_body[i]
    out: list[str] = []
    for ln, k, body in zip(lines, keys, region, strict=True):
        out.extend(
            ["blank" if ch.isspace() else "body" if body else "noise" for ch in ln] if k else ["blank"] * len(ln)
        )
    return out


def _norm(line: str) -> str:
    # inscriptis indents list items with "*", "+" bullets; markdown marks them "* " too.
    return line.strip().lstrip("*+-#> ").strip()


def timed(cleaners: tuple[Cleaner, Cleaner], pages: list[Page], repeat: int) -> tuple[float, float]:
    """CPU seconds to clean ``pages`` with each cleaner, the best of ``repeat`` rounds. The
    two run in turns within each round, so that other work on the machine falls on both."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for k, cleaner in enumerate(cleaners):
            t = time.process_time()
            for p in pages:
                cleaner.clean(p.text, url=p.url, path=f"{p.site}/{p.id}")
            best[k] = min(best[k], time.process_time() - t)
    return best[0], best[1]


def measure(page: Page, plain: Cleaner, cleaner: Cleaner, f: Figures) -> None:
    lab = labels(page)
    f.noise += lab.count("noise")
    f.body += lab.count("body")
    path = f"{page.site}/{page.id}"
    result = cleaner.clean(page.text, url=page.url, path=path)
    for e in result.edits:
        if "/learned-" not in e.rule:
            continue
        counts = Counter(lab[e.start : e.end])
        f.noise_removed += counts["noise"]
        f.body_removed += counts["body"]
    # The learned rules' own step: the same page run up to the judge, which comes after it.
    doc = Document(
        page.text, form=result.form, options=cleaner.options, rulebook=cleaner.rulebook, url=page.url, path=path
    )
    for e in cleaner.run(doc, until="judge").edits:
        if "/learned-" in e.rule:
            f.body_by_rules += lab[e.start : e.end].count("body")
    gone = _removed(result.edits, len(page.text))
    kept = _removed(plain.clean(page.text, url=page.url, path=path).edits, len(page.text))
    f.body_lost += sum(1 for k, x in enumerate(lab) if x == "body" and gone[k] and not kept[k])


def _removed(edits: list[Edit], length: int) -> list[bool]:
    """Per character of the input: whether an edit removed or replaced it."""
    out = [False] * length
    for e in edits:
        out[e.start : e.end] = [True] * (e.end - e.start)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--form", choices=("text", "markdown"), default="text")
    ap.add_argument("--min-site-pages", type=int, default=3, metavar="N")
    ap.add_argument("--sites", help="only these hosts (comma-separated)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="also write the learned rule files here")
    args = ap.parse_args()
    if not WCXB.is_dir():
        print(f"skipped: {WCXB} is absent")
        return 0
    pages = site_pages(args.form, args.min_site_pages, set(args.sites.split(",")) if args.sites else None)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        for p in pages:
            target = corpus / p.site / f"{p.id}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(p.text, encoding="utf-8")
        t = time.perf_counter()
        result = learn([corpus], load_rulebook(), LearnOptions())
        learn_time = time.perf_counter() - t
        rules_dir = args.keep or Path(tmp) / "learned"
        write_rules(result, rules_dir)
        plain = Cleaner(load_rulebook(), Options())
        learned = Cleaner(load_rulebook([rules_dir]), Options())
    per_site: dict[str, Figures] = {}
    for p in pages:
        per_site.setdefault(p.site, Figures()).pages += 1
    for s in result.sites:
        per_site[s.site].rules = s.rules
    for site, f in per_site.items():
        mine = [p for p in pages if p.site == site]
        timed((plain, learned), mine, 1)  # warm: each site's rule files compiled, models loaded
        f.without, f.with_rules = timed((plain, learned), mine, args.repeat)
        for p in mine:
            measure(p, plain, learned, f)
    overall = Figures()
    for f in per_site.values():
        overall.add(f)
    print(
        f"pages: WCXB dev, {args.form}, {len(pages)} pages of {len(per_site)} sites; learning took {learn_time:.1f} s"
    )
    print(
        f"{'site':28} {'pages':>5} {'rules':>5} {'without s':>9} {'with s':>7} {'ratio':>6} "  # CPU seconds
        f"{'noise chars':>11} {'noise removed':>13} {'body chars':>10} {'body removed':>12} {'by rules':>8} "
        f"{'lost':>6}"
    )
    for site, f in [*per_site.items(), ("overall", overall)]:
        print(
            f"{site:28} {f.pages:5d} {f.rules:5d} {f.without:9.2f} {f.with_rules:7.2f} {f.ratio:6.2f} "
            f"{f.noise:11d} {_share(f.noise_removed, f.noise):>13} {f.body:10d} "
            f"{_share(f.body_removed, f.body, 3):>12} {_share(f.body_by_rules, f.body, 3):>8} "
            f"{_share(f.body_lost, f.body, 3):>6}"
        )
    return 0


def _share(part: int, whole: int, digits: int = 2) -> str:
    return f"{part / whole:.{digits}%}" if whole else "-"


if __name__ == "__main__":
    sys.exit(main())
