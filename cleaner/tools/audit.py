"""Auditing a run from its removal log: what was removed, by which rule, on which site.

Everything here reads the log (and, for per-document views, the run's output) and
nothing else, so an audit can be made long after the run, on another machine, by
another tool: it imports the log reader (:mod:`cleaner.runlog`), never the batch driver.
:func:`audit_log` gives the tables ``cleaner audit`` prints and the HTML report shows;
:func:`segments` cuts one document into kept text and edits for ``cleaner show`` and the
report's document view.

Counting conventions (the same as the doc records' ``removed`` and the run summary):
an edit *removes* ``len(removed) - len(replacement)`` characters when that is positive;
documents that were skipped (language filter) or failed are counted apart and add
nothing to the removal tables, as nothing of theirs was written.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..errors import EditError
from ..progress import plural
from ..runlog import SCHEMA, LoggedDocument, iter_documents
from ..runlog.restore import OutputReader
from .show import BIDI_CONTROLS

# What JSON leaves raw and a terminal must not get raw, in a quoted removed text: DEL, the C1
# controls (U+009B is CSI) and the bidi controls (an override turns the rest of the row).
_ESCAPED = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), *BIDI_CONTROLS]}

# A removal at least this long (non-space characters) counts as a *long* one: about three
# sentences, longer than the boilerplate lines the shipped rules target (copyright, share,
# donation and navigation lines in the fixtures are all shorter), the length of a real
# paragraph. Boilerplate repeats word for word across documents, so a rule whose long
# removals are mostly *different* texts is removing something that reads like content.
LONG_REMOVAL = 200
# How much of a removed text the tables show; the full length is given beside it.
SNIPPET = 160
# Built-in steps that only normalise (whitespace, markdown syntax) leave no text worth
# listing among "most frequent removed texts".
QUIET_CATEGORIES = ("whitespace", "markup")
_TableRow = dict[str, Any]  # one row of an audit table, as the JSON output has it


def removed_chars(edit: dict[str, Any]) -> int:
    return max(0, len(edit["removed"]) - len(edit["replacement"]))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _snippet(text: str) -> str:
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


class _Row:
    __slots__ = ("docs", "edits", "removed", "chars_in", "errors", "long", "distinct_long", "category", "file")

    def __init__(self) -> None:
        self.docs: set[int] = set()
        self.edits = self.removed = self.chars_in = self.errors = 0
        self.long = 0
        self.distinct_long: set[str] = set()
        self.category = self.file = ""


def audit_log(log: Path, rulebook=None, top: int = 20) -> dict[str, Any]:
    """The audit of a run: totals; tables per category, rule and site; rules that never
    fired (when ``rulebook`` is given); the ``top`` most frequent removed texts; rules with
    many different long removals; flagged documents. Plain data, ready for JSON."""
    auditor = Auditor()
    for entry in iter_documents(log):
        auditor.add(entry)
    return auditor.result(str(log), rulebook, top)


class Auditor:
    """Counts documents one at a time (:meth:`add`), so a report reads the log once."""

    def __init__(self) -> None:
        self.n = 0
        self.totals: Counter = Counter()
        self.cats: dict[str, _Row] = defaultdict(_Row)
        self.rules: dict[str, _Row] = defaultdict(_Row)
        self.sites: dict[str, _Row] = defaultdict(_Row)
        self.texts: dict[str, dict[str, Any]] = {}
        self.fired: set[str] = set()
        self.rulesets: Counter = Counter()
        self.flagged: list[dict[str, Any]] = []
        self.histogram = [0] * 10

    def add(self, entry: LoggedDocument) -> None:
        n = self.n
        self.n += 1
        totals, cats, rules, sites, texts = self.totals, self.cats, self.rules, self.sites, self.texts
        rec = entry.record
        totals["docs"] += 1
        status = rec.get("status")
        self.rulesets[rec.get("ruleset")] += 1
        for err in entry.errors:
            totals["rule_errors"] += 1
            if err.get("rule"):
                rules[err["rule"]].errors += 1
                rules[err["rule"]].file = err.get("file") or ""
        self.fired.update(e["rule"] for e in entry.edits)
        if status != "ok":
            totals["skipped" if status == "skipped" else "errors"] += 1
            return
        totals["ok"] += 1
        totals["chars_in"] += rec["chars_in"]
        totals["chars_out"] += rec["chars_out"]
        totals["edits"] += len(entry.edits)
        share = rec.get("removed_share") or 0.0
        self.histogram[min(9, max(0, int(share * 10)))] += 1
        site = rec.get("site") or "(no site)"
        s = sites[site]
        s.docs.add(n)
        s.chars_in += rec["chars_in"]
        if rec.get("flagged"):
            totals["flagged"] += 1
            self.flagged.append(
                {
                    "doc": entry.id,
                    "source": rec.get("source"),
                    "site": rec.get("site"),
                    "removed_share": share,
                    "chars_in": rec["chars_in"],
                    "chars_out": rec["chars_out"],
                    "warnings": rec.get("warnings", []),
                }
            )
        for e in entry.edits:
            gone = removed_chars(e)
            totals["removed"] += gone
            for row in (cats[e["category"]], rules[e["rule"]]):
                row.docs.add(n)
                row.edits += 1
                row.removed += gone
            r = rules[e["rule"]]
            r.category, r.file = e["category"], e.get("file", "")
            s.edits += 1
            s.removed += gone
            if e["category"] in QUIET_CATEGORIES or e["replacement"] or not e["removed"].strip():
                continue
            key = _norm(e["removed"])
            if len(key.replace(" ", "")) >= LONG_REMOVAL:
                r.long += 1
                r.distinct_long.add(key)
            t = texts.get(key)
            if t is None:
                t = texts[key] = {
                    "text": _snippet(key),
                    "length": len(key),
                    "count": 0,
                    "docs": set(),
                    "rules": Counter(),
                }
            t["count"] += 1
            t["docs"].add(n)
            t["rules"][e["rule"]] += 1

    def result(self, log_name: str, rulebook=None, top: int = 20) -> dict[str, Any]:
        totals, cats, rules, sites, texts = self.totals, self.cats, self.rules, self.sites, self.texts
        rulesets, flagged, fired, histogram = self.rulesets, list(self.flagged), self.fired, self.histogram
        chars_in = totals["chars_in"]

        def share(x: int, of: int) -> float:
            return round(x / of, 4) if of else 0.0

        category_rows: list[_TableRow]
        category_rows = [
            {
                "category": k,
                "docs": len(v.docs),
                "edits": v.edits,
                "removed": v.removed,
                "share": share(v.removed, chars_in),
            }
            for k, v in cats.items()
        ]
        category_rows.sort(key=lambda r: (-r["removed"], r["category"]))
        rule_rows: list[_TableRow]
        rule_rows = [
            {
                "rule": k,
                "category": v.category,
                "file": v.file,
                "docs": len(v.docs),
                "edits": v.edits,
                "removed": v.removed,
                "share": share(v.removed, chars_in),
                "errors": v.errors,
                "long_removals": v.long,
                "distinct_long": len(v.distinct_long),
            }
            for k, v in rules.items()
        ]
        rule_rows.sort(key=lambda r: (-r["removed"], r["rule"]))
        site_rows: list[_TableRow]
        site_rows = [
            {
                "site": k,
                "docs": len(v.docs),
                "edits": v.edits,
                "removed": v.removed,
                "chars_in": v.chars_in,
                "share": share(v.removed, v.chars_in),
            }
            for k, v in sites.items()
        ]
        site_rows.sort(key=lambda r: (-r["removed"], r["site"]))
        top_rows: list[_TableRow]
        top_rows = [
            {**t, "docs": len(t["docs"]), "rules": [rule for rule, _ in t["rules"].most_common()]}
            for t in sorted(texts.values(), key=lambda t: (-t["count"], -t["length"], t["text"]))[:top]
        ]
        varied = [r for r in rule_rows if r["distinct_long"]]
        varied.sort(key=lambda r: (-r["distinct_long"], r["rule"]))
        flagged.sort(key=lambda f: (-f["removed_share"], f["doc"]))
        never = None
        ruleset_note = None
        if rulebook is not None:
            # A field rule reads metadata and removes nothing: no edit can show it firing.
            never = [
                {"rule": r.id, "category": r.category, "file": r.file}
                for r in rulebook.rules
                if r.id not in fired and r.kind != "field"
            ]
            if rulesets and rulebook.digest not in rulesets:
                ruleset_note = (
                    f"the log was made with ruleset {', '.join(sorted(map(str, rulesets)))}, "
                    f"not with the rules given ({rulebook.digest})"
                )
        return {
            "schema": SCHEMA,
            "log": log_name,
            "rulesets": sorted(str(k) for k in rulesets),
            "totals": {
                "docs": totals["docs"],
                "ok": totals["ok"],
                "skipped": totals["skipped"],
                "errors": totals["errors"],
                "rule_errors": totals["rule_errors"],
                "flagged": totals["flagged"],
                "chars_in": chars_in,
                "chars_out": totals["chars_out"],
                "edits": totals["edits"],
                "removed": totals["removed"],
                "share": share(totals["removed"], chars_in),
            },
            "flagged": flagged,
            "categories": category_rows,
            "rules": rule_rows,
            "sites": site_rows,
            "never_fired": never,
            "ruleset_note": ruleset_note,
            "top_removed": top_rows,
            "varied_rules": varied,
            "share_histogram": histogram,
        }


# marks written on the letter before (Devanagari's anusvara, an accent apart) and format
# characters (a zero-width joiner) take no column of their own; a vowel sign that spaces does
_ZERO_WIDTH = ("Mn", "Me", "Cf")


def display_width(text: str) -> int:
    """The terminal columns ``text`` takes: two for a wide character (Chinese, Japanese,
    Korean), none for a mark that does not space (:data:`_ZERO_WIDTH`), one for the rest; a
    table padded by ``len`` put every column after a Chinese cell out of line."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.category(c) in _ZERO_WIDTH else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _table(headers: list[str], rows: list[list[Any]], right: set[int]) -> list[str]:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        padded = (
            " " * (w - display_width(v)) + v if i in right else v + " " * (w - display_width(v))
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        )
        return "  ".join(padded).rstrip()

    return [line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells]


def _pct(x: float) -> str:
    return f"{x:.1%}"


def format_audit(a: dict[str, Any]) -> str:
    """The audit as plain-text tables, flagged documents first."""
    t = a["totals"]
    out = [
        f"audit of {a['log']}: {plural(t['docs'], 'document')} ({t['ok']} cleaned, {t['skipped']} skipped, "
        f"{plural(t['errors'], 'error')}), {plural(t['rule_errors'], 'rule error')}, {t['flagged']} flagged",
        f"characters: {t['chars_in']} in, {t['chars_out']} out, {t['removed']} removed by {plural(t['edits'], 'edit')} "
        f"({_pct(t['share'])} of the input)",
    ]
    if a.get("ruleset_note"):
        out.append(f"note: {a['ruleset_note']}")
    out += ["", f"flagged by the over-removal guard ({len(a['flagged'])}):"]
    if a["flagged"]:
        out += [
            "  " + x
            for x in _table(
                ["doc", "site", "chars in", "removed", "warnings"],
                [
                    [f["doc"], f["site"] or "-", f["chars_in"], _pct(f["removed_share"]), "; ".join(f["warnings"])]
                    for f in a["flagged"]
                ],
                {2, 3},
            )
        ]
    else:
        out.append("  none")
    out += ["", "by category:"]
    out += [
        "  " + x
        for x in _table(
            ["category", "docs", "edits", "removed", "share"],
            [[r["category"], r["docs"], r["edits"], r["removed"], _pct(r["share"])] for r in a["categories"]],
            {1, 2, 3, 4},
        )
    ]
    out += ["", "by rule:"]
    out += [
        "  " + x
        for x in _table(
            ["rule", "category", "docs", "edits", "removed", "share", "errors"],
            [
                [r["rule"], r["category"] or "-", r["docs"], r["edits"], r["removed"], _pct(r["share"]), r["errors"]]
                for r in a["rules"]
            ],
            {2, 3, 4, 5, 6},
        )
    ]
    out += ["", "by site:"]
    out += [
        "  " + x
        for x in _table(
            ["site", "docs", "edits", "removed", "share of site input"],
            [[r["site"], r["docs"], r["edits"], r["removed"], _pct(r["share"])] for r in a["sites"]],
            {1, 2, 3, 4},
        )
    ]
    if a["never_fired"] is not None:
        out += ["", f"rules that never fired ({len(a['never_fired'])}):"]
        out += [f"  {r['rule']}  ({r['category']}, {r['file']})" for r in a["never_fired"]] or ["  none"]
    out += [
        "",
        f"rules removing different long texts (>= {LONG_REMOVAL} characters; boilerplate repeats, content does not):",
    ]
    out += (
        [
            "  " + x
            for x in _table(
                ["rule", "long removals", "different texts"],
                [[r["rule"], r["long_removals"], r["distinct_long"]] for r in a["varied_rules"]],
                {1, 2},
            )
        ]
        if a["varied_rules"]
        else ["  none"]
    )
    out += ["", "most frequent removed texts:"]
    out += (
        [
            "  " + x
            for x in _table(
                ["count", "docs", "length", "rules", "text"],
                [
                    [
                        r["count"],
                        r["docs"],
                        r["length"],
                        ",".join(r["rules"]),
                        json.dumps(r["text"], ensure_ascii=False).translate(_ESCAPED),
                    ]
                    for r in a["top_removed"]
                ],
                {0, 1, 2},
            )
        ]
        if a["top_removed"]
        else ["  none"]
    )
    return "\n".join(out) + "\n"


# ---- one document: its input cut into kept text and edits ---------------------------------


def segments(original: str | None, edits: list[dict[str, Any]]) -> list[str | int] | None:
    """``original`` cut at the edits: kept text as strings, edits as their index in ``edits``.

    None when the text is not known (no output to rebuild it from). Offsets are code
    points, so slicing here (not in a browser's UTF-16 strings) keeps emoji intact.
    """
    if original is None:
        return None
    out: list[str | int] = []
    pos = 0
    for k, e in enumerate(edits):
        if e["start"] > pos:
            out.append(original[pos : e["start"]])
        out.append(k)
        pos = e["end"]
    if pos < len(original):
        out.append(original[pos:])
    return out


def document_text(entry: LoggedDocument, reader: OutputReader | None) -> tuple[str | None, str | None]:
    """(the decoded input of ``entry`` rebuilt from the run's output, or None; why not)."""
    if reader is None:
        return None, "no output given (--run-output): the document's kept text is not in the log"
    if not entry.ok:
        return None, f"document {entry.record.get('status')}: it has no output"
    try:
        return reader.original(entry), None
    except (KeyError, OSError, ValueError, EditError) as exc:
        return None, f"output not found or changed since the run ({exc})"
