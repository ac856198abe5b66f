"""Learning site rules from a scraped folder: the noise of a site repeats, its articles do not.

``cleaner rules learn`` groups documents by site (the same resolution as ``clean``) and,
per site, finds the lines and blocks that recur across pages:

- **exact repeats**: a line or a whole block that is the same on many pages (a copyright
  line, a newsletter box);
- **templated repeats**: lines that share a shape and differ only in variable parts
  (numbers, dates, month and weekday names, names, URLs), generalised into a pattern:
  "Publication date: Friday 28 August 2020" and "... Wednesday 12 August 2020" give
  ``Publication date: (?:Monday|...) \\d+ (?:January|...) \\d+``. Lines are grouped by
  their shape, by their first word and the shape of the rest ("By <name>"), by their
  last word and the shape before it ("<name> says:"), by a short label before a colon
  ("Topics: <free text>"), and by a credit ending a caption line ("... (Photo: <name>/
  <agency>)"). A line that is only a date is proposed only if it is always in the header
  zone, and then with a ``position`` condition;
- **page-specific text next to the noise**: in each page the article body reaches from
  the first to the last run of uncovered blocks that holds prose (a long block, or a
  sentence to start it). Runs of short uncovered blocks outside it, in the header or
  footer zone (a title between header lines, comments between "X says:" lines), become a
  window of the rule next to them; inside the body only a one-block slot qualifies (a
  caption above its credit line), and only when it is shorter than the site's median
  article paragraph on nearly every page.

Each candidate is kept only when at least ``min_pages`` pages and ``min_share`` of the
site's pages support it, and is written as a normal rule (``line``, ``block`` or
``anchor``) with its evidence under ``learned:`` (support, pages, zone, category guess and
why, notes where unsure) and examples taken from the pages. Every example is checked by
running the rule alone (:func:`cleaner.tools.examples.check_rule`), so the file passes
``cleaner rules test``.

The corpus is read three times and never held in memory: pass 1 counts, per site, on how
many pages each candidate key occurs, keeping one 64-bit hash and one packed count per
distinct key (no text); pass 2 collects members (at most ``MAX_MEMBERS`` texts each),
pages and positions only for keys that passed the thresholds; pass 3 labels each page
with the proposals, to find zones and windows (paragraph lengths go into a histogram).
Memory grows with the number of distinct candidate keys, not with the corpus's text.

The modules: :mod:`.pages` (documents as the rules see them), :mod:`.keys` (tokens and
candidate keys), :mod:`.templates` (a group of lines generalised into a pattern),
:mod:`.candidates` (passes 1 and 2, and the proposals), :mod:`.zones` (pass 3: zones,
windows, units), :mod:`.write` (the rule files). They may import the rules, the steps and
the pipeline (to see text as rules do and to check examples), never the batch driver.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ...rules.book import Rulebook
from .candidates import Candidate, collect_page, count_page, propose
from .keys import line_keys
from .pages import pages, prepare
from .templates import Template, category_of, generalise
from .write import MAX_RULES, SiteRules, site_rules
from .zones import label_page, median, sections, units

__all__ = [
    "LearnError",
    "LearnOptions",
    "LearnResult",
    "Progress",
    "SiteRules",
    "Template",
    "category_of",
    "generalise",
    "learn",
    "line_keys",
    "prepare",
    "write_rules",
]


class LearnError(ValueError):
    """Learning cannot run (bad options); the CLI exits with code 2."""


@dataclass(slots=True)
class LearnOptions:
    # Three pages is the smallest support where a repeat is a pattern rather than a
    # coincidence of two pages quoting each other; --min-pages 2 is for tiny samples.
    min_pages: int = 3
    # Noise that shows only on some pages (comment sections, captions) still recurs on a
    # good share of them; a line on 3 of 1,000 pages is a shared quotation, not a template.
    min_share: float = 0.25
    site: str | None = None
    max_rules: int = MAX_RULES  # per site: the rules that take the most text on the pages


@dataclass(slots=True)
class Progress:
    phase: Literal["count", "collect", "label", "check"]
    done: int
    total: int | None


@dataclass(slots=True)
class LearnResult:
    sites: list[SiteRules]
    docs: int = 0
    no_site: int = 0
    errors: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # pages left out: the same text as an earlier page


def learn(
    paths: Iterable[str | Path],
    book: Rulebook,
    options: LearnOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> LearnResult:
    """Propose one rule file per site from the documents under ``paths``."""
    opts = options or LearnOptions()
    if opts.min_pages < 2:
        raise LearnError("--min-pages must be at least 2: text found on one page is that page's own")
    if opts.max_rules < 1:
        raise LearnError("--max-rules must be at least 1")
    if not 0 <= opts.min_share <= 1:
        raise LearnError("--min-share must be a share between 0 and 1")
    folders = [Path(p) for p in paths]
    report = on_progress or (lambda p: None)
    result = LearnResult([])

    # Pass 1: on how many pages does each key occur (hashes and counts only).
    counts: dict[str, dict[int, int]] = {}
    site_pages: Counter[str] = Counter()
    for page in pages(folders, book, opts.site, result.errors, result.duplicates):
        result.docs += 1
        if page is None:
            result.no_site += 1
            continue
        site_pages[page.site] += 1
        count_page(counts.setdefault(page.site, {}), page)
        report(Progress("count", result.docs, None))
    total = result.docs
    needed = {site: max(opts.min_pages, math.ceil(opts.min_share * n)) for site, n in site_pages.items()}
    keep = {site: {h for h, packed in table.items() if packed >> 32 >= needed[site]} for site, table in counts.items()}
    del counts

    # Pass 2: members, pages and positions of the keys that passed.
    cands: dict[str, dict[int, Candidate]] = {site: {} for site in keep}
    for k, page in enumerate(pages(folders, book, opts.site, None), 1):
        report(Progress("collect", k, total))
        if page is None or not keep.get(page.site):
            continue
        collect_page(cands[page.site], keep[page.site], page)
    proposals = {site: propose(cands[site], needed[site], site) for site in sorted(cands)}

    # Pass 3: label every page with the proposals: zones, windows, and a body sample.
    samples: dict[str, str] = {}
    paragraphs: dict[str, Counter[int]] = {}
    for k, page in enumerate(pages(folders, book, opts.site, None), 1):
        report(Progress("label", k, total))
        if page is None or not proposals.get(page.site):
            continue
        label_page(page, proposals[page.site], samples, paragraphs.setdefault(page.site, Counter()))
    for site, props in proposals.items():
        paragraph_median = median(paragraphs.get(site, Counter()))
        for p in props:
            p.paragraph_median = paragraph_median

    for site in proposals:
        units(proposals[site])
        sections(proposals[site])
    for n, site in enumerate(sorted(proposals), 1):
        report(Progress("check", n, len(proposals)))
        if not proposals[site]:
            continue
        result.sites.append(site_rules(site, site_pages[site], proposals[site], samples.get(site), opts.max_rules))
    return result


def write_rules(result: LearnResult, out_dir: Path) -> list[Path]:
    """Write each site's file as ``OUT/<site>.yaml`` (atomically); the paths written."""
    from ...io.atomic import write_atomic

    written = []
    for s in result.sites:
        target = out_dir / f"{s.site}.yaml"
        write_atomic(target, s.yaml)
        written.append(target)
    return written
