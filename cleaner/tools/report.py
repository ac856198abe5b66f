"""The HTML audit report: one self-contained file an auditor opens in a browser.

It holds the audit tables and charts (rendered here, as HTML and inline SVG), a
searchable, filterable, paginated list of the documents, and a per-document view with
every removed span struck through and coloured by category (hover or click: rule id and
reason). Nothing is fetched: CSS, JavaScript and data are inline.

Size and speed for large runs (10,000 documents and more): the document list is one
compact JSON index (a few fields per document) that the page filters in memory and
shows a page at a time; each document's edits and text sit in gzip-compressed, base64
chunks of :data:`CHUNK` documents, decompressed by the browser (``DecompressionStream``)
only when a document of that chunk is opened.

The log does not hold a document's kept text. With ``out`` (the run's output folder or
JSONL file) each document's input is rebuilt from its output and its edits, as
``cleaner restore`` does, and the view shows the whole document; without it the view
lists the edits alone.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from ..progress import plural
from ..runlog import iter_documents
from ..runlog.restore import OutputReader
from .audit import LONG_REMOVAL, Auditor, document_text, segments

# Documents per compressed chunk: opening a document decompresses its chunk, so this is
# the unit of work per click. 100 documents of a typical 5-10 KB article are 0.5-1 MB of
# JSON, decompressed in a few milliseconds, while the chunk count for 10,000 documents
# stays at 100 script elements.
CHUNK = 100
# Fixed colours per category (readable on white, distinct for the common categories);
# others take the fallback palette in order of first appearance.
COLORS = {
    "metadata": "#1f77b4",
    "navigation": "#8c564b",
    "separator": "#7f7f7f",
    "copyright": "#9467bd",
    "donation": "#ff7f0e",
    "caption": "#17becf",
    "media": "#2c7fb8",
    "ad": "#d62728",
    "comments": "#e6550d",
    "footer": "#6a51a3",
    "share": "#3182bd",
    "newsletter": "#c51b8a",
    "related": "#31a354",
    "cookie": "#a6761d",
    "junk": "#b2182b",
    "social": "#636363",
    "promo": "#f16913",
    "legal": "#756bb1",
    "subscription": "#dd3497",
    "boilerplate": "#8c6d31",
    "encoding": "#2ca02c",
    "repair": "#0b8457",
    "whitespace": "#9e9e9e",
    "markup": "#8d8d8d",
}
FALLBACK = ["#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1b9e77", "#7570b3", "#d95f02"]


def _color(cat: str, extra: dict[str, str]) -> str:
    if cat in COLORS:
        return COLORS[cat]
    if cat not in extra:
        extra[cat] = FALLBACK[len(extra) % len(FALLBACK)]
    return extra[cat]


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element (no "</" to close it early)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/").replace("<!--", "<\\!--")


def _pct(x: float) -> str:
    return f"{x:.1%}"


def _e(x: Any) -> str:
    return html.escape(str(x), quote=True)


def _table(cls: str, headers: list[str], rows: list[list[Any]], numeric: set[int]) -> str:
    head = "".join(f"<th{' class=num' if i in numeric else ''}>{_e(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{' class=num' if i in numeric else ''}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _bar_chart(rows: list[tuple[str, int, str]], title: str) -> str:
    """Horizontal bars: (label, value, colour)."""
    if not rows:
        return f'<p class="muted">{_e(title)}: nothing removed</p>'
    top = max(v for _, v, _ in rows) or 1
    bar_h, label_w, width = 20, 120, 520
    height = bar_h * len(rows) + 30
    parts = [
        f'<svg class="chart" role="img" aria-label="{_e(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><text x="0" y="14" class="ct">{_e(title)}</text>'
    ]
    for k, (label, value, color) in enumerate(rows):
        y = 24 + k * bar_h
        w = max(1, round((width - label_w - 70) * value / top))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{bar_h - 6}" fill="{color}">'
            f"<title>{_e(label)}: {value}</title></rect>"
            f'<text x="{label_w + w + 4}" y="{y + 14}">{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _histogram(counts: list[int], title: str) -> str:
    top = max(counts) or 1
    width, height, base = 520, 200, 170
    bw = (width - 40) / len(counts)
    parts = [
        f'<svg class="chart" role="img" aria-label="{_e(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><text x="0" y="14" class="ct">{_e(title)}</text>'
    ]
    for k, n in enumerate(counts):
        h = round(130 * n / top)
        x = 20 + k * bw
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{base - h}" width="{bw - 4:.1f}" height="{h}" fill="#4a6fa5">'
            f"<title>{k * 10}-{k * 10 + 10}%: {plural(n, 'document')}</title></rect>"
            f'<text x="{x + bw / 2:.1f}" y="{base - h - 4}" text-anchor="middle">{n}</text>'
            f'<text x="{x + bw / 2:.1f}" y="{base + 16}" text-anchor="middle">{k * 10}%</text>'
        )
    parts.append(
        f'<text x="{width / 2:.0f}" y="{height - 2}" text-anchor="middle" class="muted">share of the '
        f"non-space text removed per document</text></svg>"
    )
    return "".join(parts)


def summary_html(a: dict[str, Any], extra: dict[str, str]) -> str:
    t = a["totals"]
    stats = [
        ("documents", t["docs"], "docs"),
        ("cleaned", t["ok"], "ok"),
        ("skipped", t["skipped"], "skipped"),
        ("errors", t["errors"], "errors"),
        ("rule errors", t["rule_errors"], "rule_errors"),
        ("flagged", t["flagged"], "flagged"),
        ("characters in", t["chars_in"], "chars_in"),
        ("characters out", t["chars_out"], "chars_out"),
        ("edits", t["edits"], "edits"),
        ("characters removed", t["removed"], "removed"),
    ]
    cards = "".join(
        f'<div class="card"><div class="v" id="total-{key}">{value}</div><div class="k">{_e(label)}</div></div>'
        for label, value, key in stats
    )
    cards += (
        f'<div class="card"><div class="v" id="total-share">{_pct(t["share"])}</div>'
        '<div class="k">of the input removed</div></div>'
    )
    parts = [f'<div class="cards">{cards}</div>']
    if a.get("ruleset_note"):
        parts.append(f'<p class="warn">note: {_e(a["ruleset_note"])}</p>')
    parts.append(
        '<div class="charts">'
        + _bar_chart(
            [(r["category"], r["removed"], _color(r["category"], extra)) for r in a["categories"]],
            "characters removed per category",
        )
        + _histogram(a["share_histogram"], "documents by share removed")
        + "</div>"
    )
    flagged_rows = [
        [
            f'<a href="#" data-open="{_e(f["doc"])}">{_e(f["doc"])}</a>',
            _e(f["site"] or "-"),
            f["chars_in"],
            _pct(f["removed_share"]),
            _e("; ".join(f["warnings"])),
        ]
        for f in a["flagged"]
    ]
    parts.append(
        f"<h2>Flagged by the over-removal guard ({len(a['flagged'])})</h2>"
        + (
            _table("flagged", ["document", "site", "chars in", "removed", "warnings"], flagged_rows, {2, 3})
            if flagged_rows
            else '<p class="muted">none</p>'
        )
    )
    chip = lambda cat: f'<span class="chip" style="background:{_color(cat, extra)}"></span>{_e(cat)}'  # noqa: E731
    parts.append(
        "<h2>By category</h2>"
        + _table(
            "by-category",
            ["category", "documents", "edits", "characters removed", "share of input"],
            [[chip(r["category"]), r["docs"], r["edits"], r["removed"], _pct(r["share"])] for r in a["categories"]],
            {1, 2, 3, 4},
        )
    )
    parts.append(
        "<h2>By rule</h2>"
        + _table(
            "by-rule",
            ["rule", "category", "documents", "edits", "characters removed", "share of input", "errors"],
            [
                [
                    f"<code>{_e(r['rule'])}</code>",
                    chip(r["category"]) if r["category"] else "-",
                    r["docs"],
                    r["edits"],
                    r["removed"],
                    _pct(r["share"]),
                    r["errors"],
                ]
                for r in a["rules"]
            ],
            {2, 3, 4, 5, 6},
        )
    )
    parts.append(
        "<h2>By site</h2>"
        + _table(
            "by-site",
            ["site", "documents", "edits", "characters removed", "share of site input"],
            [[_e(r["site"]), r["docs"], r["edits"], r["removed"], _pct(r["share"])] for r in a["sites"]],
            {1, 2, 3, 4},
        )
    )
    if a["never_fired"] is not None:
        parts.append(
            f"<h2>Rules that never fired ({len(a['never_fired'])})</h2>"
            + (
                _table(
                    "never-fired",
                    ["rule", "category", "file"],
                    [[f"<code>{_e(r['rule'])}</code>", _e(r["category"]), _e(r["file"])] for r in a["never_fired"]],
                    set(),
                )
                if a["never_fired"]
                else '<p class="muted">none</p>'
            )
        )
    parts.append(
        f'<h2>Rules removing different long texts</h2><p class="muted">Removals of at least {LONG_REMOVAL} '
        f"non-space characters. Boilerplate repeats word for word; a rule removing many different long "
        f"texts may be removing content.</p>"
        + (
            _table(
                "varied",
                ["rule", "long removals", "different texts"],
                [[f"<code>{_e(r['rule'])}</code>", r["long_removals"], r["distinct_long"]] for r in a["varied_rules"]],
                {1, 2},
            )
            if a["varied_rules"]
            else '<p class="muted">none</p>'
        )
    )
    parts.append(
        "<h2>Most frequent removed texts</h2>"
        + _table(
            "top-removed",
            ["count", "documents", "length", "rules", "text"],
            [
                [
                    r["count"],
                    r["docs"],
                    r["length"],
                    ", ".join(f"<code>{_e(x)}</code>" for x in r["rules"]),
                    f'<span class="snip">{_e(r["text"])}</span>',
                ]
                for r in a["top_removed"]
            ],
            {0, 1, 2},
        )
    )
    return "\n".join(parts)


def _gz64(data: Any) -> str:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")


def build_report(log: Path, out: Path | None = None, rulebook=None, title: str | None = None) -> str:
    """The report's HTML for the run ``log`` (and its output ``out``, for document texts)."""
    auditor = Auditor()
    reader = OutputReader(out) if out is not None else None
    extra: dict[str, str] = {}
    names: dict[str, dict[str, int]] = {"rules": {}, "cats": {}, "sites": {}}
    rule_files: dict[str, str] = {}

    def idx(kind: str, name: str) -> int:
        table = names[kind]
        if name not in table:
            table[name] = len(table)
        return table[name]

    index: list[list[Any]] = []
    chunks: list[str] = []
    chunk: list[Any] = []
    reasons: dict[str, int] = {}
    for entry in iter_documents(log):
        auditor.add(entry)
        rec = entry.record
        rules_here = sorted({idx("rules", e["rule"]) for e in entry.edits})
        cats_here = sorted({idx("cats", e["category"]) for e in entry.edits})
        removed = sum(max(0, len(e["removed"]) - len(e["replacement"])) for e in entry.edits)
        for e in entry.edits:
            rule_files.setdefault(e["rule"], e.get("file", ""))
        status = rec.get("status", "ok")
        index.append(
            [
                entry.id,
                idx("sites", rec["site"]) if rec.get("site") else -1,
                status,
                1 if rec.get("flagged") else 0,
                rec.get("chars_in", 0),
                rec.get("chars_out", 0),
                rec.get("removed_share", 0.0),
                len(entry.edits),
                removed,
                rules_here,
                cats_here,
                (rec.get("metadata") or {}).get("title") or "",
                len(entry.errors),
            ]
        )
        text, note = document_text(entry, reader)
        edits = [
            [
                idx("rules", e["rule"]),
                idx("cats", e["category"]),
                e["action"],
                e["start"],
                e["end"],
                e["removed"],
                e["replacement"],
                reasons.setdefault(e["reason"], len(reasons)),
            ]
            for e in entry.edits
        ]
        keys = (
            "source",
            "line",
            "language",
            "language_probability",
            "encoding",
            "site_via",
            "warnings",
            "error",
            "skipped",
            "metadata",
            "ruleset",
        )
        info = {k: rec.get(k) for k in keys if rec.get(k) is not None}
        info["rule_errors"] = [{"rule": x.get("rule"), "message": x.get("message")} for x in entry.errors]
        chunk.append({"info": info, "edits": edits, "seg": segments(text, entry.edits), "note": note})
        if len(chunk) == CHUNK:
            chunks.append(_gz64({"docs": chunk, "reasons": list(reasons)}))
            chunk, reasons = [], {}
    if chunk:
        chunks.append(_gz64({"docs": chunk, "reasons": list(reasons)}))
    a = auditor.result(str(log), rulebook)
    summary = summary_html(a, extra)  # assigns fallback colours before the category list is built
    cats = list(names["cats"])
    data = {
        "chunk": CHUNK,
        "rules": list(names["rules"]),
        "rule_files": [rule_files.get(r, "") for r in names["rules"]],
        "cats": cats,
        "colors": [_color(c, extra) for c in cats],
        "sites": list(names["sites"]),
        "docs": index,
        "has_text": reader is not None,
    }
    chunk_tags = "\n".join(
        f'<script type="application/octet-stream" id="chunk-{k}">{c}</script>' for k, c in enumerate(chunks)
    )
    template = resources.files("cleaner.tools").joinpath("report_template.html").read_text(encoding="utf-8")
    values = {
        "TITLE": _e(title or f"cleaner audit: {log.name}"),
        "SUBTITLE": _e(
            f"log {log}"
            + (f", output {out}" if out is not None else ", no output given: document views list the edits only")
        ),
        "SUMMARY": summary,
        "CATEGORY_CSS": "\n".join(f".c{k}{{--c:{_color(c, extra)}}}" for k, c in enumerate(cats)),
        "INDEX": _json_for_script(data),
        "CHUNKS": chunk_tags,
    }
    # One pass, so text inside the values can never be taken for a placeholder.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)
