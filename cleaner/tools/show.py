"""One document in the terminal with every edit visible: ``cleaner show`` and ``clean --explain``.

The decoded input is printed with removed spans struck through and coloured by
category, each preceded by its rule id; replacements (encoding repairs, joins of broken
paragraphs, markdown stripped) show the old text struck and the new text after it, with
invisible characters (newlines, spaces, tabs) drawn as symbols so a join or a whitespace
fix can be seen. Without colour (a pipe, ``--no-color``) the same marks are text:
``[-removed-]`` and ``{+inserted+}`` (wdiff's notation) after ``⟨rule⟩``.

This module returns strings; printing is the CLI's job.
"""

from __future__ import annotations

from typing import Any

from ..progress import plural

# 256-colour codes per category; categories not listed get a neutral colour. Chosen to
# tell the common categories apart on dark and light terminals.
COLORS = {
    "metadata": 33,
    "navigation": 130,
    "separator": 244,
    "copyright": 135,
    "donation": 166,
    "caption": 37,
    "media": 31,
    "ad": 196,
    "comments": 172,
    "footer": 99,
    "share": 69,
    "newsletter": 163,
    "related": 28,
    "cookie": 136,
    "junk": 124,
    "social": 62,
    "promo": 202,
    "legal": 97,
    "subscription": 161,
    "boilerplate": 94,
    "encoding": 40,
    "repair": 34,
    "whitespace": 240,
    "markup": 245,
}
DEFAULT_COLOR = 250
# Categories whose many small edits would bury the text in labels: marked, but unlabelled
# (the legend says what they are).
UNLABELLED = ("whitespace", "markup")
_VISIBLE = str.maketrans({"\n": "⏎\n", " ": "␣", "\t": "⇥", "\r": "␍", "\u00a0": "⍽", "\u200b": "‸", "\ufeff": "‸"})


# Control characters (C0 but newline and tab, DEL, C1) as escapes: invisible otherwise, and
# raw ones in a document could drive the terminal. Mojibake often holds C1 characters.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}
# The bidi controls (marks, embeddings, overrides, isolates): invisible, so a reviewer never saw
# them go, and an override in a removed span can turn the rest of its line in a terminal that
# does bidi. Escaped here and in audit's quoted texts.
BIDI_CONTROLS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_CONTROLS |= {c: f"\\u{c:04x}" for c in BIDI_CONTROLS}


def _safe(text: str) -> str:
    return text.translate(_CONTROLS)


def _visible(text: str) -> str:
    """Whitespace made visible: what a join or a whitespace fix changed is otherwise invisible."""
    return text.translate(_VISIBLE)


def _style(text: str, codes: str, color: bool) -> str:
    if not color or not text:
        return text
    # Re-open the style on every line: terminals and pagers reset attributes at newlines.
    return "\n".join(f"\x1b[{codes}m{part}\x1b[0m" if part else part for part in text.split("\n"))


def render_edit(e: dict[str, Any], color: bool) -> str:
    cat = e["category"]
    c = COLORS.get(cat, DEFAULT_COLOR)
    removed, added = _safe(e["removed"]), _safe(e["replacement"])
    if not removed.strip() or not added.strip() and added:
        removed, added = _visible(removed), _visible(added)  # whitespace-only changes: show the symbols
    parts = []
    if cat not in UNLABELLED:
        parts.append(_style(f"⟨{e['rule']}⟩", f"2;38;5;{c}", color) if color else f"⟨{e['rule']}⟩")
    if removed:
        parts.append(_style(removed, f"9;38;5;{c}", color) if color else f"[-{removed}-]")
    if added:
        parts.append(_style(added, f"4;38;5;{c}", color) if color else f"{{+{added}+}}")
    return "".join(parts)


def render_document(
    record: dict[str, Any],
    edits: list[dict[str, Any]],
    segs: list[str | int] | None,
    note: str | None = None,
    color: bool = True,
) -> str:
    """A header, the marked document (or, without its text, each edit on its own), a legend."""
    r = record
    head = [
        f"{r['doc']}  ({r.get('status')}"
        + (f", site {r['site']}" if r.get("site") else "")
        + (f", {r['language']}" if r.get("language") else "")
        + ")"
    ]
    if r.get("status") == "ok":
        head.append(
            f"{r['chars_in']} characters in, {r['chars_out']} out, {r.get('removed_share', 0):.1%} of the "
            f"non-space text removed by {plural(len(edits), 'edit')}"
            + ("; FLAGGED by the over-removal guard" if r.get("flagged") else "")
        )
    for w in r.get("warnings", []):
        head.append(f"warning: {w}")
    if r.get("error"):
        head.append(f"error: {r['error']}")
    if r.get("skipped"):
        head.append(f"skipped: {r['skipped']}")
    rule = "─" * 72
    body: list[str] = []
    if segs is not None:
        body.append("".join(_safe(s) if isinstance(s, str) else render_edit(edits[s], color) for s in segs))
    else:
        if note:
            body.append(f"({note}; the edits alone follow)\n")
        for e in edits:
            body.append(f"{e['start']}-{e['end']}  {render_edit(e, color)}\n    {e['reason']}\n")
    legend: dict[str, int] = {}
    for e in edits:
        legend[e["category"]] = legend.get(e["category"], 0) + 1
    keys = []
    for cat, n in sorted(legend.items()):
        label = f"{cat} ({n})"
        keys.append(_style(label, f"9;38;5;{COLORS.get(cat, DEFAULT_COLOR)}", color) if color else label)
    tail = [
        "legend: " + ", ".join(keys) if keys else "no edits",
        "marks: "
        + ("struck = removed, underlined = put in its place" if color else "[-removed-] {+put in its place+}")
        + ", ⟨rule id⟩ before each; ⏎ ␣ ⇥ are newline, "
        "space, tab",
    ]
    text = "".join(body)
    if text and not text.endswith("\n"):
        text += "\n"
    return "\n".join(head) + "\n" + rule + "\n" + text + rule + "\n" + "\n".join(tail) + "\n"


def explain_result(doc_id: str, result, color: bool = True) -> str:
    """``clean --explain`` for one cleaned document (a :class:`cleaner.pipeline.CleanResult`)."""
    from ..runlog.records import edit_record
    from .audit import segments

    edits = [edit_record(doc_id, e, result.original) for e in result.edits]
    rec = {
        "doc": doc_id,
        "status": "skipped" if result.skipped else "ok",
        "site": result.site,
        "language": result.language,
        "chars_in": len(result.original),
        "chars_out": len(result.text),
        "removed_share": result.removed_share,
        "flagged": result.flagged,
        "warnings": result.warnings,
        "skipped": result.skipped,
    }
    return render_document(rec, edits, segments(result.original, edits), color=color)
