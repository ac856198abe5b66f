"""Which kind of learned rule takes article text, and which template noise no rule takes.

Runs :mod:`learn_quality`'s corpus (learn, then clean with the learned rules alone, no
judge) and, for the last ``--last`` sites of :data:`learn_corpus.SITES` (by default the
twelve written after the learner was tuned), prints two tables:

- article characters removed, by the kind of learned rule that removed them: a ``lines``
  region (exact lines), an exact ``line``/``block``, a pattern with variable parts (split
  into a labelled one, "Label: <value>", and the rest), an anchor's own block, and an
  anchor's window (text next to the anchor block); and where the removed article line
  sits on its page: before the first line of the page's own article paragraphs, between
  them, or after the last;
- template noise left in the output, by the reason: a line found on fewer than
  ``--min-pages`` pages (nothing to learn), a line the learner proposed and refused (with
  the reason it gave), or one it learned but the rule did not take on that page.

    python benchmarks/learn_diagnose.py [--last 12] [--lines 6] [--no-prose-guard]
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import regex
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learn_frontier import prose_guard  # noqa: E402

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.rules.book import Rulebook, load_rulebook  # noqa: E402
from cleaner.tools.learn import LearnOptions, learn, write_rules  # noqa: E402

from learn_corpus import SITES, Page, generate, write  # noqa: E402


def rule_kind(rule: dict[str, Any]) -> str:
    """The kind of a learned rule, as the diagnosis groups them."""
    kind = rule["kind"]
    if kind == "lines":
        return "lines region (exact lines)"
    if kind == "block":
        return "exact block"
    if kind == "anchor":
        return "anchor"
    if "literal" in rule:
        return "exact line"
    # The constant text before the first variable part: a label when it ends in a colon.
    pattern = str(rule.get("pattern", ""))
    head = re.split(r"\(\?:|\\d|\\p|\[", pattern, maxsplit=1)[0]
    return "pattern, labelled (Label: <value>)" if ":" in head else "pattern, variable parts"


def _shape(line: str) -> str:
    """Lines of one shape: numbers alike, and a short line of capitalised words (a name)."""
    words = line.split()
    if len(words) <= 3 and all(w[:1].isupper() for w in words):
        return "<name>"
    return re.sub(r"\d+", "0", line)


def _article_span(page: Page) -> tuple[int, int]:
    """Offsets of the first and last character of the page's long article paragraphs."""
    pos, first, last = 0, -1, -1
    for text, label in page.pieces:
        if label == "body" and len(text) >= 200:
            if first < 0:
                first = pos
            last = pos + len(text)
        pos += len(text)
    return first, last


def _body_lines(text: str, labels: list[str], start: int, end: int) -> list[str]:
    """The lines of ``text[start:end]`` holding article characters."""
    out, pos = [], start
    for ln in text[start:end].split("\n"):
        if any(labels[k] == "body" and not text[k].isspace() for k in range(pos, pos + len(ln))):
            out.append(ln.strip())
        pos += len(ln) + 1
    return out


# What the learner's stderr line says (a phrase of it), and the reason it stands for.
_REASONS = (
    ("reads like", "refused: reads like prose"),
    ("stands right above text of the page's own", "refused: heads the page's own text"),
    ("text on both sides of it is the page's own", "refused: between the page's own text"),
    ("taking turns", "refused: a value of a slot of the page's own"),
    ("the page's own list", "refused: an item of the page's own lists"),
    ("infobox", "refused: a line of a box of the page's own"),
    ("label of the article's own items", "refused: labels the article's own items"),
    ("inside the article on most pages", "refused: inside the article"),
    ("outside its support", "refused: matches lines outside its support"),
    ("the article's own date", "refused: a date that may be the article's"),
    ("over --max-rules", "refused: over --max-rules"),
    ("not proposed", "refused: a field of the page's own"),
)


def _refusal(ln: str, skipped: list[str]) -> str | None:
    """The learner's line on why it refused ``ln`` (None if it did not): an exact line is
    quoted in it, a pattern by its first 60 characters, which must match the line's start."""
    for s in skipped:
        if ln[:30] in s:
            return s
    for s in skipped:
        quoted = re.match(r"\S+: ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\") not proposed", s)
        if quoted is None:
            continue
        pattern = ast.literal_eval(quoted.group(1))
        for cut in range(len(pattern), max(len(pattern) - 20, 0), -1):
            try:
                compiled = regex.compile(pattern[:cut])
            except regex.error:
                continue
            if compiled.match(ln, partial=True):
                return s
            break
    return None


def _why(ln: str, pages: int, lines: int, refusal: str | None) -> str:
    """The reason a kept noise line of ``pages`` pages (``lines`` values of its shape) is left."""
    if refusal:
        return next((why for phrase, why in _REASONS if phrase in refusal), "refused: other")
    if pages >= 3:
        return "learned, not taken on these pages"
    if lines > 1 and pages * lines >= 3:
        return "values of one shape: no pattern learned"
    return "on fewer than 3 pages"


def _noise_by_reason(sites: list[str], kept: dict[str, Counter[str]], skipped: dict[str, list[str]]) -> Counter[str]:
    """Non-space characters of template noise left, summed by :func:`_why` over all lines."""
    out: Counter[str] = Counter()
    for site in sites:
        shapes: dict[str, Counter[str]] = defaultdict(Counter)
        for ln, c in kept[site].items():
            shapes[_shape(ln)][ln] += c
        for lines in shapes.values():
            for ln, c in lines.items():
                refusal = _refusal(ln, skipped.get(site, []))
                chars = sum(1 for ch in ln if not ch.isspace()) * c
                out[_why(ln, c, len(lines), refusal)] += chars
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--last", type=int, default=12, help="diagnose the last N sites of the corpus")
    ap.add_argument("--lines", type=int, default=6, help="lines shown per site in the noise table")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--no-prose-guard", action="store_true", help="learn with the prose guard off (learn_frontier.prose_guard)"
    )
    args = ap.parse_args()
    sites = [s for s, _, _ in SITES[-args.last :]]
    pages, _ = generate(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(pages, root / "corpus")
        with prose_guard(not args.no_prose_guard):
            result = learn([root / "corpus"], Rulebook([]), LearnOptions())
        write_rules(result, root / "learned")
        book = load_rulebook([root / "learned"], defaults=False)
        rules: dict[str, dict[str, Any]] = {}
        for f in (root / "learned").glob("*.yaml"):
            for rule in yaml.safe_load(f.read_text(encoding="utf-8"))["rules"]:
                rules[rule["id"]] = rule
    skipped = {s.site: s.skipped for s in result.sites}
    cleaner = Cleaner(book, Options(judge=False))
    by_kind: Counter[str] = Counter()
    by_place: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = defaultdict(Counter)
    # (template, kind of rule, removed article line) -> pages, and its article characters
    taken: Counter[tuple[str, str, str]] = Counter()
    taken_chars: Counter[tuple[str, str, str]] = Counter()
    kept: dict[str, Counter[str]] = defaultdict(Counter)
    body_total = 0
    for page in pages:
        if page.site not in sites:
            continue
        text, labels = page.text, page.labels()
        body_total += sum(1 for ch, lab in zip(text, labels, strict=True) if lab == "body" and not ch.isspace())
        first, last = _article_span(page)
        removed = [False] * len(text)
        for e in cleaner.clean(text, path=page.name).edits:
            for k in range(e.start, e.end):
                removed[k] = True
            rule = rules.get(e.rule)
            if rule is None:
                continue
            kind = rule_kind(rule)
            span = text[e.start : e.end]
            if kind == "anchor" and "\n\n" in span.strip():
                kind = "anchor window (text next to it)"
            elif kind == "anchor":
                kind = "anchor's own block"
            n = sum(1 for k in range(e.start, e.end) if labels[k] == "body" and not text[k].isspace())
            if n:
                by_kind[kind] += n
                place = (
                    "before the article"
                    if e.end <= first
                    else "after the article"
                    if e.start >= last
                    else "between its paragraphs"
                )
                by_place[place] += n
                line = next(ln for ln in span.splitlines() if ln.strip())
                examples[kind][f"{page.site}: {line[:60]}"] += 1
                body_line = next((ln for ln in _body_lines(text, labels, e.start, e.end)), line)
                taken[(page.site, kind, _shape(body_line)[:60])] += 1
                taken_chars[(page.site, kind, _shape(body_line)[:60])] += n
        pos = 0
        for piece, label in page.pieces:
            if label == "noise":
                off = pos
                for ln in piece.split("\n"):
                    if ln.strip() and not all(removed[off : off + len(ln)]):
                        kept[page.site][ln] += 1
                    off += len(ln) + 1
            pos += len(piece)
    print(f"article characters removed by the learned rules alone, {len(sites)} sites ({body_total} article chars)")
    print(f"{'kind of rule':38} {'chars':>6} {'share':>7}  lines (pages)")
    for kind, n in by_kind.most_common():
        ex = "; ".join(f"{t} ({c})" for t, c in examples[kind].most_common(3))
        print(f"{kind:38} {n:6d} {n / body_total:7.3%}  {ex}")
    print()
    print("article lines removed, by template and kind of rule (a line's shape: numbers as 0, a short name as <name>)")
    print(f"{'template':26} {'kind of rule':36} {'chars':>6} {'pages':>5}  line")
    for (site, kind, line), c in sorted(taken.items(), key=lambda kv: (sites.index(kv[0][0]), -taken_chars[kv[0]])):
        print(f"{site:26} {kind:36} {taken_chars[(site, kind, line)]:6d} {c:5d}  {line!r}")
    print()
    print(f"{'where the line sits':38} {'chars':>6}")
    for place, n in by_place.most_common():
        print(f"{place:38} {n:6d}")
    print()
    print("template noise left by the learned rules, by why (non-space characters over all lines)")
    print(f"{'why':58} {'chars':>6}")
    for why, n in _noise_by_reason(sites, kept, skipped).most_common():
        print(f"{why:58} {n:6d}")
    print()
    print("template noise left by the learned rules (lines of one shape: pages kept on; why)")
    for site in sites:
        print(f"{site} ({sum(1 for p in pages if p.site == site)} pages)")
        shapes: dict[str, Counter[str]] = defaultdict(Counter)
        for ln, c in kept[site].items():
            shapes[_shape(ln)][ln] += c
        ranked = sorted(shapes.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        for _, lines in ranked[: args.lines]:
            c = sum(lines.values())
            ln, top = lines.most_common(1)[0]
            refusal = _refusal(ln, skipped.get(site, []))
            if refusal:
                why = "refused: ..." + refusal.split(": ", 1)[1][-80:]
            elif top >= 3:
                why = "learned, not taken on these pages"
            elif c >= 3:
                why = f"{len(lines)} values of one shape: no pattern learned"
            else:
                why = "on fewer than 3 pages"
            print(f"  {ln[:58]!r:62} {c:2d}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
