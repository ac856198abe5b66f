"""Which generic rules remove article text: body words and noise words each rule took.

The generic packs (``rules/generic/*.yaml``) run after the judge, on every kind of page:
articles, but also forums, shops, listings, documentation and service pages, where a
"Comments" link or a "Recommended:" line is no comment section and no related-articles
list. This script measures, on the hand-checked bodies of ``../shared/bench``'s wcxb-dev
set, what each generic rule removes there.

    python benchmarks/rule_harm.py                       # tune part, html markdown text
    python benchmarks/rule_harm.py --modes html --show comments-section
    python benchmarks/rule_harm.py --part check          # once, to see whether it carries over

For each mode the cleaner is run twice through its command line, as ``run.py`` runs it
(``cleaner clean IN.jsonl -o OUT.jsonl --log LOG.jsonl``): once with the shipped site
rules and the generic packs, once with the site rules only. The second run is what the
text looked like when the generic rules started (their step comes after the judge, and
nothing before it depends on them): its log rebuilds the input text (``restore``), and
its edits from the steps before the generic rules give the text the rules saw. Each
generic edit of the first run is mapped onto that text, so a rule is charged with what
it removed itself, not with what the judge had already removed inside its span (the log
merges those into one edit).

Words are the scorer's: lower-cased ``\\w+`` tokens (``score.py``). A removed word counts
as **body** when the page's hand-checked body needs it and the output lost it: per page,
the body words the site-rules-only output had and the full output has not (the recall
the generic rules cost), handed to the rules' edits in text order. The rest is
**noise**. Counting every removed word that occurs somewhere in the body would charge a
removed "Share this article" line with the body's "this" and "article".

The split is fixed by position in id order: every 4th page (index % 4 == 3) is the
check part. The site-rules-only run depends on the code, the site rules and the judge's
models only; ``--cache DIR`` keeps it under a key made of those and reuses it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaner.edits import Edit, apply_edits, restore  # noqa: E402
from cleaner.steps import steps  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench"
TOKEN = re.compile(r"\w+")  # score.py's tokens
MODES = ("html", "markdown", "text")


def default_cleaner() -> str:
    here = Path(sys.executable).parent / "cleaner"
    return str(here) if here.exists() else "cleaner"


def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in TOKEN.findall(text))


def load_pages(data: Path, mode: str, part: str, limit: int) -> tuple[dict[str, dict], dict[str, str], dict[str, str]]:
    """Input records, gold bodies and page types of one part of the set (run.py's split)."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = [k for i, k in enumerate(sorted(truth)) if part == "all" or (i % 4 == 3) == (part == "check")]
    ids = ids[: limit or None]
    records = {}
    for key in ids:
        url = truth[key].get("url")
        if mode == "html":
            with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as f:
                records[key] = {"id": key, "url": url, "html": f.read()}
        else:
            folder, ext = ("markdown", "md") if mode == "markdown" else ("text", "txt")
            records[key] = {"id": key, "url": url, "text": (data / folder / f"{key}.{ext}").read_text(encoding="utf-8")}
    gold = {k: truth[k].get("articleBody", "") for k in ids}
    types = {k: truth[k].get("page_type", "?") for k in ids}
    return records, gold, types


@dataclass
class Run:
    out: dict[str, str]
    edits: dict[str, list[dict]]


def run_cli(argv_head: list[str], extra: list[str], src: Path, work: Path) -> Run:
    out, log = work / "out.jsonl", work / "log.jsonl"
    argv = argv_head + ["clean", str(src), "-o", str(out), "--log", str(log), "--no-resume"] + extra
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"cleaner failed ({proc.returncode}): {shlex.join(argv)}\n{proc.stderr[-3000:]}")
    return run_from(work)


def cache_key(src: Path, extra: list[str]) -> str:
    """What the site-rules-only run depends on: inputs, options, code, site rules, models."""
    h = hashlib.sha256(src.read_bytes())
    h.update(" ".join(extra).encode())
    for pattern in ("cleaner/**/*.py", "cleaner/**/*.npz", "cleaner/data/**/*", "rules/sites/**/*"):
        for p in sorted(ROOT.glob(pattern)):
            if p.is_file():
                h.update(p.relative_to(ROOT).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:20]


def as_edit(rec: dict) -> Edit:
    return Edit(rec["start"], rec["end"], rec["replacement"], rec["rule"], rec["category"], rec["action"], "")


class ViewMap:
    """The text the generic rules saw, and where original offsets fall in it."""

    def __init__(self, original: str, before: list[Edit]):
        self.before = before
        self.text = apply_edits(original, before)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where the original span ``[start, end)`` lies in the text the rules saw (a bound
        inside an earlier edit goes to that edit's edge, so what it removed is left out)."""
        shift, vs, ve = 0, None, None
        for e in self.before:
            if vs is None and e.end > start:
                vs = (e.start + shift) if e.start < start else start + shift
            if e.end > end:
                ve = (e.start + shift + len(e.replacement)) if e.start < end else end + shift
                break
            shift += len(e.replacement) - (e.end - e.start)
        vs = start + shift if vs is None else vs
        ve = end + shift if ve is None else ve
        return vs, ve


@dataclass
class Tally:
    docs: set = field(default_factory=set)
    chars: int = 0
    words: int = 0
    body: int = 0
    by_type: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # type -> [body, words]
    hits: list = field(default_factory=list)  # (doc, type, body, words, text)


def measure(mode: str, records, gold, types, args, generic_ids: set[str], after_ids: set[str], cache: Path | None):
    """Both runs of one mode, and per generic rule what it removed: (tallies, (F1 without
    the generic rules, F1 with them))."""
    head = shlex.split(args.cleaner)
    sites = ["--no-default-rules", "--rules", str(args.rules / "sites")]
    full = ["--no-default-rules", "--rules", str(args.rules / "sites"), "--rules", str(args.rules / "generic")]
    extra = shlex.split(args.cleaner_args)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / "in.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for rec in records.values():
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        base_dir = None
        if cache is not None:
            base_dir = cache / f"{mode}-{cache_key(src, sites + extra)}"
        if base_dir is not None and (base_dir / "log.jsonl").exists():
            base = run_from(base_dir)
        else:
            target = base_dir or work / "base"
            target.mkdir(parents=True, exist_ok=True)
            base = run_cli(head, sites + extra, src, target)
        (work / "full").mkdir()
        got = run_cli(head, full + extra, src, work / "full")

    tallies: dict[str, Tally] = defaultdict(Tally)
    for doc in records:
        base_edits = [as_edit(r) for r in base.edits.get(doc, [])]
        original = restore(base.out[doc], base_edits, [r["removed"] for r in base.edits.get(doc, [])])
        view = ViewMap(original, [e for e in base_edits if e.rule not in after_ids])
        g = tokens(gold[doc])
        lost = (g & tokens(base.out[doc])) - (g & tokens(got.out.get(doc, "")))  # recall the generic rules cost
        for rec in got.edits.get(doc, []):
            if rec["rule"] not in generic_ids:
                continue
            vs, ve = view.span(rec["start"], rec["end"])
            text = view.text[vs:ve]
            words = tokens(text)
            body = words & lost
            lost -= body
            t = tallies[rec["rule"]]
            n_words, n_body = sum(words.values()), sum(body.values())
            t.docs.add(doc)
            t.chars += len(text.strip())
            t.words += n_words
            t.body += n_body
            t.by_type[types[doc]][0] += n_body
            t.by_type[types[doc]][1] += n_words
            t.hits.append((doc, types[doc], n_body, n_words, text))
    scores = None
    try:
        sys.path.insert(0, str(args.bench))
        from score import word_scores

        scores = (word_scores(gold, base.out, types)["f1"], word_scores(gold, got.out, types)["f1"])
    except ImportError:
        pass
    return tallies, scores


def run_from(folder: Path) -> Run:
    """The outputs and the edits of a run whose out.jsonl and log.jsonl are in ``folder``."""
    texts = {}
    for line in (folder / "out.jsonl").open(encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            texts[str(rec["id"])] = rec.get("text") or ""
    edits: dict[str, list[dict]] = defaultdict(list)
    for line in (folder / "log.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("type") == "edit":
            edits[rec["doc"]].append(rec)
    return Run(texts, dict(edits))


def table(mode: str, part: str, n_docs: int, tallies: dict[str, Tally], scores, type_names: list[str]) -> str:
    lines = [
        f"mode={mode} part={part} docs={n_docs}"
        + (f"  word F1: site rules only {scores[0]:.4f}, with generic rules {scores[1]:.4f}" if scores else "")
    ]
    short = {t: t[:5] for t in type_names}
    lines.append(
        f"{'rule':26} {'docs':>5} {'chars':>8} {'words':>7} {'body':>6} {'noise':>7} {'body%':>6}  "
        + " ".join(f"{short[t]:>11}" for t in type_names)
    )
    for rule in sorted(tallies, key=lambda r: (-tallies[r].body, r)):
        t = tallies[rule]
        share = 100 * t.body / t.words if t.words else 0.0
        cells = " ".join(
            f"{t.by_type[ty][0]:>5}/{t.by_type[ty][1]:<5}" if ty in t.by_type else f"{'':>11}" for ty in type_names
        )
        lines.append(
            f"{rule:26} {len(t.docs):5d} {t.chars:8d} {t.words:7d} {t.body:6d} {t.words - t.body:7d} "
            f"{share:6.1f}  {cells}"
        )
    total = Tally()
    for t in tallies.values():
        total.docs |= t.docs
        total.chars += t.chars
        total.words += t.words
        total.body += t.body
    share = 100 * total.body / total.words if total.words else 0.0
    lines.append(
        f"{'all generic rules':26} {len(total.docs):5d} {total.chars:8d} {total.words:7d} {total.body:6d} "
        f"{total.words - total.body:7d} {share:6.1f}"
    )
    lines.append("  (per page type: body/words; body = words the hand-checked body needs that the output lost)")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["tune", "check", "all"], default="tune")
    ap.add_argument("--modes", default="html,markdown,text", help="comma-separated: html, markdown, text")
    ap.add_argument("--bench", type=Path, default=BENCH, help="the benchmark folder (score.py, data/)")
    ap.add_argument("--set", default="wcxb-dev")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of the part")
    ap.add_argument("--rules", type=Path, default=ROOT / "rules", help="rule folder with generic/ and sites/")
    ap.add_argument("--cleaner", default=default_cleaner(), help="the cleaner command (default: this venv's)")
    ap.add_argument("--cleaner-args", default="", help="more options for both runs, e.g. '--jobs 1'")
    ap.add_argument("--cache", type=Path, help="keep and reuse the site-rules-only runs here")
    ap.add_argument(
        "--show",
        action="append",
        default=[],
        metavar="RULE",
        help="list this rule's removals, body words first (repeatable)",
    )
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()

    from cleaner.rules.book import load_rulebook

    book = load_rulebook([args.rules / "generic"], defaults=False)
    generic_ids = {r.id for r in book.generic}
    names = [s.name for s in steps()]
    after_ids = {rule.id for s in steps()[names.index("rules") :] for rule in s.rules}
    out_json = {}
    for mode in args.modes.split(","):
        records, gold, types = load_pages(args.bench / "data" / args.set, mode, args.part, args.limit)
        tallies, scores = measure(mode, records, gold, types, args, generic_ids, after_ids, args.cache)
        type_names = sorted(set(types.values()))
        print(table(mode, args.part, len(records), tallies, scores, type_names), flush=True)
        for rule in args.show:
            t = tallies.get(rule)
            for doc, ty, body, words, text in sorted(t.hits if t else [], key=lambda h: -h[2]):
                shown = text.strip().replace("\n", " / ")
                print(f"  {rule} {doc} {ty} body {body}/{words}: {shown[:300]!r}")
        print()
        out_json[mode] = {
            "scores": scores,
            "rules": {
                r: {"docs": len(t.docs), "chars": t.chars, "words": t.words, "body": t.body, "by_type": dict(t.by_type)}
                for r, t in tallies.items()
            },
        }
    if args.json:
        args.json.write_text(json.dumps(out_json, indent=2))


if __name__ == "__main__":
    main()
