"""Giving the inputs back: outputs plus the removal log rebuild every (decoded) input.

The log's edit records carry the removed text and the replacement at input offsets, so
walking them in order over the output text rebuilds the input exactly
(:func:`cleaner.edits.restore`); a mismatch means the output or the log was changed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .batch import DirSink, UsageError, read_log, write_atomic
from .edits import Edit, EditError, restore
from .inputs import InputDoc
from .log import dumps


@dataclass(slots=True)
class RestoreStats:
    restored: int = 0
    problems: list[str] = field(default_factory=list)


def restore_text(output: str, edit_records: list[dict[str, Any]]) -> str:
    """The input of one document from its output text and its log edit records."""
    edits = [Edit(r["start"], r["end"], r["replacement"], r["rule"], r["category"], r["action"], r["reason"],
                  r.get("file", "")) for r in edit_records]
    return restore(output, edits, [r["removed"] for r in edit_records])


def read_documents(log: Path) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(doc record, its edit records) for every document in the log, in log order.

    A document's edit records come just before its doc record, so grouping by position
    works even where two documents share an id.
    """
    docs, pending = [], []
    for rec in read_log(log):
        kind = rec.get("type")
        if kind == "edit":
            pending.append(rec)
        elif kind == "doc":
            docs.append((rec, [e for e in pending if e.get("doc") == rec.get("doc")]))
            pending = []
    return docs


def restore_outputs(out: Path, log: Path, dest: Path) -> RestoreStats:
    """Rebuild the inputs of a run from its output (folder or JSONL file) and log into ``dest``.

    A JSONL output gives a JSONL ``dest`` of ``{"id", "text"}`` records; a folder output
    gives a folder with each input at its original relative path.
    """
    if not out.exists():
        raise UsageError(f"output {out} does not exist")
    stats = RestoreStats()
    jsonl_out = out.is_file()
    cache: dict[Path, dict[str, str]] = {}
    records: dict[str, list[str]] = defaultdict(list)
    sink = DirSink(out)
    for rec, edit_records in read_documents(log):
        if rec.get("status") != "ok":
            continue
        doc, source = rec["doc"], rec["source"]
        in_jsonl = jsonl_out or rec.get("line") is not None
        try:
            if in_jsonl:
                path = out if jsonl_out else out / source
                if path not in cache:
                    cache[path] = _jsonl_texts(path)
                output = cache[path][doc]
            else:
                output = (out / sink.target_for(InputDoc(doc, source, "text"))).read_text(encoding="utf-8")
        except (KeyError, OSError, json.JSONDecodeError) as exc:
            stats.problems.append(f"{doc}: output not found ({exc})")
            continue
        try:
            text = restore_text(output, edit_records)
        except EditError as exc:
            stats.problems.append(f"{doc}: {exc}")
            continue
        target = dest if jsonl_out else _inside(dest, source)
        if target is None:
            stats.problems.append(f"{doc}: source path {source!r} would leave {dest}; not written")
            continue
        if in_jsonl:
            records["" if jsonl_out else source].append(dumps({"id": doc, "text": text}))
        else:
            write_atomic(target, text)
        stats.restored += 1
    for source, lines in records.items():
        write_atomic(dest / source if source else dest, "".join(line + "\n" for line in lines))
    return stats


def _inside(root: Path, rel: str) -> Path | None:
    """``root / rel`` if that stays inside ``root`` (a log is input too: ``../`` is refused)."""
    target = (root / rel).resolve()
    base = root.resolve()
    return target if target != base and base in target.parents else None


def _jsonl_texts(path: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                texts.setdefault(str(rec.get("id")), rec.get("text", ""))
    return texts
