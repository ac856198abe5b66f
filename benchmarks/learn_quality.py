"""How well learned rules clean: template noise removed and article body lost, per site.

Generates the corpus of :mod:`learn_corpus` into a temporary folder, runs ``rules learn``
on it (the library call the CLI makes), cleans every page with the learned rules alone
(``--no-default-rules``: the built-in steps run, the shipped rule packs do not), and
counts non-space characters by their label:

- noise removed: share of the template's noise characters that are not in the output;
- body removed: share of the article body characters that are not in the output;
- one-off noise (per group): share of the template's noise characters in lines that recur
  on fewer than ``min_pages`` pages of their site under every key the learner counts a line
  under (a teaser's title, a comment, a name from a long list): no rule is learned from
  them, and only a rule's window can take them. The noise figure counts them all the same.

Targets (issue 15, raised from issue 5's 95% and 0.5%): noise removed >= 97%, body
removed <= 0.3%, per corpus. Templates were added in rounds, each written before the
learner changed again (see :mod:`learn_corpus` and docs/learning.md): the last six
(gardens, dunmereanglers, brackleygreenhall, towersguide, wards.wexcombehospitals,
kestrelbuses) after issue 15's twenty-sixth round's learner changes were final, before any
was run (printed as their own group, unseen, and with the earlier unseen groups for their
spread; their bodies are whole, 21,966 article characters a template on average), the six
before them (bills.example.gov, sandpipergallery, parking.wexcombe.example.gov, giveblood,
waterwaystrust, hollowbrookfarm) after its twenty-fifth round's learner changes were final
(tuned on in the twenty-sixth; their bodies are whole, 31,243 article characters a template
on average), the six before them (tips.westmere.example.gov, tidetimes, versehouse,
repeaters, shiresrail, lectures.fenbridge.example.ac.uk) after its twenty-fourth round's
learner changes were final (tuned on in the twenty-fifth; their bodies are whole, 26,154
article characters a template on average), the six before them (airquality.example.gov, flights.tarnport,
tenders.example.gov, brightwatt, companies.example.gov, lostpaws) after its twenty-third
round's learner changes were final (tuned on in the twenty-fourth; their bodies are whole,
26,468 article characters a template on average, as the 132 templates before round 20),
the six before them
(openrxiv, powercuts.eastshires, surfcheck, aldermoorzoo, scentnotes, rentersunion) after
its twenty-second round's learner change was final (tuned on in the twenty-third; their
bodies are whole too), the twelve before them
(beekeepers.wealdshire, sportives, hutbook, crosswordcorner, seedlibrary,
coroner.westholm.example.gov, stampsociety, racecourse, glenharrow,
ratings.foodstandards.example.gov, kennelclub, makerspace) after its twenty-first round's
learner changes were final (tuned on in the twenty-second; their bodies are whole too),
the twelve before them (allotments.ashbury,
porthaven.example.gov, typeforge, cragbook, islandferries, findaservice, activelongford,
harrowandlane, recordbin, shipwatch, inspections.example.gov, kettlevalleyrailway) after
its twentieth round's learner change was final (tuned on in the twenty-first; they take
only their bodies' first two or three paragraphs, so their article share weighs an
article line more than the other groups'), the twelve before them (fenmouthbirds, ...,
alefinder) in its nineteenth
round (whose changes were not adopted; tuned on in the twentieth), the twelve before them
(libraries.eastmoor.example.gov, stackloop, elections.hallowmere.example.gov, fixright,
radio.northsound, weddingvenues, oakfieldprimary.example.sch.uk, astro.fenmoor,
consult.example.gov, threadandtailor, rescue.pawsandwhiskers, police.westmere) after issue
15's eighteenth round's changes were final, before any was run (printed as their own
group, unseen; and, for their spread, with the twelve written after the seventeenth
round, with those and the twelve after the sixteenth, with those and the six after the
fifteenth, and with those and the six after the fourteenth: each unseen at its first
run), the twelve before them (planning.eastvale.example.gov, opendata.northshire,
purlandplain, traveladvice.example.gov, strikerstats, grantfinder, callforpapers,
hackshowcase, collections.harbourmuseum, drivetest, firerescue.example.gov,
scholarships.example.ac.uk) after its seventeenth round's changes were final (tuned on in
the eighteenth), the twelve before them (status.quillcloud, familyroots,
wildlifetrust, snapstock, questions.parliament.example.gov, codeforge, pillbox,
saturday5k, howtohub, theweekend, lyricvault, ashbypc.example.gov) after its sixteenth
round's changes were final (tuned on in the seventeenth), the six before them (wordhoard,
skywatch, patents.example.gov, northgatehospital, meeplemag, volunteerhub) after its
fifteenth round's changes were final (tuned on in the sixteenth), the six before them (loudhailer, security.keystone,
hartwellandlyme, productsafety.example.gov, lists.example.org, vineandbarrel) after its
fourteenth round's changes were final (tuned on in the fifteenth), the six before them (pagebound,
weeklymargin.inkpost, picturedrome, tickerdesk, greenacre, decisions.example.gov) after
its thirteenth round's changes were final (tuned on in the fourteenth), the six before
them (petitions, backit, appmarket, channelseven, hollinsandsons, staycheck) after its
twelfth round's changes were final (tuned on in the thirteenth), the six before them
(waterbridge, osletters, newswire, hartleyrowe, stowvalleyhistory, learnloop) after its
eleventh round's changes were final (tuned on in the twelfth), the six before them
(maths.example.ac.uk, unitetogether, metrotransit, swapshop, meadowbankvets,
trailfinder) in the eleventh round after its first change (tuned on after their first
run), the six before them (toolden, growersforum, docs.quill, bramfordecho, whatson,
guidance.example.gov) after its tenth round, once its changes were final, the three
before them (playhouse, study.northfield, motormart) in its eighth round, after its one
change (fields: see ``learn_diagnose.py``), the three before them (coastcottages,
pkgindex, forkandfield) in its seventh round, which left the learner as it was (the
judge as a second witness, measured by ``learn_witness.py``, not adopted), the three
before them (northconf, help.ledgerly, riversiderovers) after its sixth round, the three
before them (examplemuseum, jobharbour, starfall) after its fifth round, the three
before them (longtable, council.example.gov, stbrigids) after its fourth round, the four
before them (homefinder, slowroad, monthlyreview, releases) after its third round, the
two before them (clinic, engineering) after the round before, valleytimes and
news.example.edu after the second round of safety work, the four before those before it.
With the judge on, the body figure also counts what the judge and the built-in steps take
(techwire's short first paragraph beside its image, and its closing byline and date);
``--no-judge`` shows the learned rules alone.

    python benchmarks/learn_quality.py [--seed 0] [--scale 1.0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.rules.book import Rulebook, load_rulebook  # noqa: E402
from cleaner.tools.learn import LearnOptions, learn, write_rules  # noqa: E402
from cleaner.tools.learn.keys import Key, line_keys  # noqa: E402

from learn_corpus import GROUPS, NoBodies, Page, generate, write  # noqa: E402

NOISE_TARGET = 0.97
BODY_TARGET = 0.003


@dataclass(slots=True)
class Figures:
    pages: int = 0
    noise: int = 0
    noise_removed: float = 0.0
    body: int = 0
    body_removed: float = 0.0
    rules: int = 0
    # Noise characters in lines that recur on fewer than --min-pages pages of their site under
    # every key the learner counts a line under (itself, its shape, its label, ...): no rule
    # is learned from them; only a window next to a rule may take them (see one_off_noise).
    one_off: int = 0

    @property
    def noise_share(self) -> float:
        return self.noise_removed / self.noise if self.noise else 1.0

    @property
    def body_share(self) -> float:
        return self.body_removed / self.body if self.body else 0.0

    def add(self, other: Figures) -> None:
        self.pages += other.pages
        self.noise += other.noise
        self.noise_removed += other.noise_removed
        self.body += other.body
        self.body_removed += other.body_removed
        self.rules += other.rules
        self.one_off += other.one_off

    @property
    def one_off_share(self) -> float:
        return self.one_off / self.noise if self.noise else 0.0


def labelled(text: str, labels: list[str], label: str, start: int = 0, end: int | None = None) -> int:
    """The characters of ``text[start:end]`` labelled ``label`` that are not white space."""
    end = len(text) if end is None else end
    return sum(1 for k in range(start, end) if labels[k] == label and not text[k].isspace())


def measure(page: Page, cleaner: Cleaner) -> Figures:
    """Characters of each label the pipeline took out of ``page``."""
    text, labels = page.text, page.labels()
    result = cleaner.clean(text, path=page.name)
    f = Figures(pages=1)
    f.noise = labelled(text, labels, "noise")
    f.body = labelled(text, labels, "body")
    for e in result.edits:
        counts = {"noise": 0, "body": 0, "neutral": 0}
        for k in range(e.start, e.end):
            if not text[k].isspace():
                counts[labels[k]] += 1
        total = sum(counts.values())
        if not total:
            continue
        # A replacement keeps some characters (a link reduced to its text): the rest of the
        # span is gone, shared among the labels in proportion.
        gone = max(0, total - sum(1 for ch in e.replacement if not ch.isspace())) / total
        f.noise_removed += counts["noise"] * gone
        f.body_removed += counts["body"] * gone
    return f


def one_off_noise(pages: list[Page], min_pages: int) -> dict[str, int]:
    """Per page name, the noise characters (not spaces) of its lines that no key the learner
    counts lines under (:func:`cleaner.tools.learn.keys.line_keys`) finds on ``min_pages``
    pages of its site or more: a teaser's title, a comment, a name from a list of many.
    Such noise can never be learned by repetition; a rule's window may still take it."""
    per_site: dict[str, list[Page]] = {}
    for page in pages:
        per_site.setdefault(page.site, []).append(page)
    out: dict[str, int] = {}
    for site_pages in per_site.values():
        lines: list[list[tuple[int, list[Key]]]] = []  # per page: (noise chars, keys) of each noisy line
        count: Counter[Key] = Counter()
        for page in site_pages:
            text, labels = page.text, page.labels()
            mine: list[tuple[int, list[Key]]] = []
            pos = 0
            for line in text.split("\n"):
                noise = labelled(text, labels, "noise", pos, pos + len(line))
                pos += len(line) + 1
                if noise:
                    mine.append((noise, line_keys(line.strip())))
            lines.append(mine)
            count.update({key for _, keys in mine for key in keys})
        for page, mine in zip(site_pages, lines, strict=True):
            out[page.name] = sum(n for n, keys in mine if all(count[key] < min_pages for key in keys))
    return out


def run(
    seed: int = 0,
    scale: float = 1.0,
    keep: Path | None = None,
    min_pages: int = 3,
    shared: bool = True,
    judge: bool = True,
) -> tuple[dict[str, Figures], Figures, str]:
    pages, source = generate(seed, scale, shared)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        write(pages, corpus)
        rules_dir = (keep or root) / "learned"
        result = learn([corpus], Rulebook([]), LearnOptions(min_pages=min_pages))
        write_rules(result, rules_dir)
        book = load_rulebook([rules_dir], defaults=False) if result.sites else Rulebook([])
        if keep:
            write(pages, keep / "corpus")
    # judge=False measures the learned rules alone: the judge also acts on templates
    # (menus, breadcrumbs, related links).
    cleaner = Cleaner(book, Options(judge=judge))
    per_site: dict[str, Figures] = {}
    one_off = one_off_noise(pages, min_pages)
    for page in pages:
        f = measure(page, cleaner)
        f.one_off = one_off[page.name]
        per_site.setdefault(page.site, Figures()).add(f)
    for s in result.sites:
        if s.site in per_site:
            per_site[s.site].rules = s.rules
    overall = Figures()
    for f in per_site.values():
        overall.add(f)
    return per_site, overall, source


def table(per_site: dict[str, Figures], overall: Figures) -> str:
    rows = [
        f"{'site':28} {'pages':>5} {'rules':>5} {'noise chars':>11} {'noise removed':>13} "
        f"{'body chars':>10} {'body removed':>12}"
    ]
    for site, f in list(per_site.items()) + [("overall", overall)]:
        rows.append(
            f"{site:28} {f.pages:5d} {f.rules:5d} {f.noise:11d} {f.noise_share:13.2%} {f.body:10d} {f.body_share:12.3%}"
        )
    return "\n".join(rows)


def groups(per_site: dict[str, Figures]) -> str:
    """The figures of each group of templates (:data:`learn_corpus.GROUPS`): those the
    learner was tuned on apart from those written after it was last changed."""
    rows = [
        f"{'group':54} {'sites':>5} {'pages':>5} {'rules':>5} {'noise removed':>13} {'body removed':>12} "
        f"{'one-off noise':>13}"
    ]
    for name, sites in GROUPS:
        f = Figures()
        for site in sites:
            if site in per_site:
                f.add(per_site[site])
        rows.append(
            f"{name:54} {len(sites):5d} {f.pages:5d} {f.rules:5d} {f.noise_share:13.2%} {f.body_share:12.3%} "
            f"{f.one_off_share:13.2%}"
        )
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply each site's page count")
    ap.add_argument("--keep", type=Path, help="also write the corpus and the learned rules here")
    ap.add_argument("--no-shared", action="store_true", help="use only the repository's own article bodies")
    ap.add_argument("--no-judge", action="store_true", help="measure the learned rules without the judge")
    args = ap.parse_args()
    try:
        per_site, overall, source = run(
            args.seed, args.scale, args.keep, shared=not args.no_shared, judge=not args.no_judge
        )
    except NoBodies as exc:
        print(f"skipped: {exc}")
        return 0
    print(f"bodies: {source}")
    print(
        "pipeline: learned rules "
        + ("alone (no judge)" if args.no_judge else "in the full pipeline (built-in steps and the judge)")
    )
    print(table(per_site, overall))
    print(groups(per_site))
    ok = overall.noise_share >= NOISE_TARGET and overall.body_share <= BODY_TARGET
    print(
        f"targets: noise removed >= {NOISE_TARGET:.0%}, body removed <= {BODY_TARGET:.1%}: {'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
