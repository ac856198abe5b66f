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

from .batch import DirSink, UsageError, read_log
from .io.atomic import write_atomic
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


class OutputReader:
    """The output text of each document of a run, found from its doc record.

    ``out`` is what ``cleaner clean -o`` wrote: a folder (one file per input, JSONL inputs
    as JSONL files) or one JSONL file. JSONL files are read once and kept.
    """

    def __init__(self, out: Path):
        if not out.exists():
            raise UsageError(f"output {out} does not exist")
        self.out = out
        self.jsonl_out = out.is_file()
        self._cache: dict[Path, dict[str, str]] = {}
        self._sink = DirSink(out)

    def in_jsonl(self, rec: dict[str, Any]) -> bool:
        return self.jsonl_out or rec.get("line") is not None

    def text(self, rec: dict[str, Any]) -> str:
        """The output of the document ``rec`` describes; KeyError/OSError/ValueError if missing."""
        doc, source = rec["doc"], rec["source"]
        if self.in_jsonl(rec):
            path = self.out if self.jsonl_out else self.out / source
            if path not in self._cache:
                self._cache[path] = _jsonl_texts(path)
            return self._cache[path][doc]
        # Bytes decoded as they are: read_text() would turn "\r\n" into "\n", and an output
        # kept as the original (--on-over-removal keep-original) can hold "\r\n".
        return (self.out / self._sink.target_for(InputDoc(doc, source, "text"))).read_bytes().decode("utf-8")

    def original(self, rec: dict[str, Any], edit_records: list[dict[str, Any]]) -> str:
        """The decoded input of ``rec``, rebuilt from its output and edits (raises as :meth:`text`
        does, or EditError when output and log disagree)."""
        return restore_checked(self.text(rec), rec, edit_records)


def restore_checked(output: str, rec: dict[str, Any], edit_records: list[dict[str, Any]]) -> str:
    """:func:`restore_text`, after checking the output's length against the doc record's
    ``chars_out``: removals leave nothing in the output to check, so an output edited after
    the run would otherwise give a wrong input without a word."""
    if rec.get("chars_out") is not None and len(output) != rec["chars_out"]:
        raise EditError(f"output has {len(output)} characters, the log says {rec['chars_out']}: "
                        f"changed since the run")
    return restore_text(output, edit_records)


def restore_outputs(out: Path, log: Path, dest: Path) -> RestoreStats:
    """Rebuild the inputs of a run from its output (folder or JSONL file) and log into ``dest``.

    A JSONL output gives a JSONL ``dest`` of ``{"id", "text"}`` records; a folder output
    gives a folder with each input at its original relative path.
    """
    reader = OutputReader(out)
    stats = RestoreStats()
    records: dict[str, list[str]] = defaultdict(list)
    for rec, edit_records in read_documents(log):
        if rec.get("status") != "ok":
            continue
        doc, source = rec["doc"], rec["source"]
        try:
            output = reader.text(rec)
        except (KeyError, OSError, json.JSONDecodeError) as exc:
            stats.problems.append(f"{doc}: output not found ({exc})")
            continue
        try:
            text = restore_checked(output, rec, edit_records)
        except EditError as exc:
            stats.problems.append(f"{doc}: {exc}")
            continue
        target = dest if reader.jsonl_out else _inside(dest, source)
        if target is None:
            stats.problems.append(f"{doc}: source path {source!r} would leave {dest}; not written")
            continue
        if reader.in_jsonl(rec):
            records["" if reader.jsonl_out else source].append(dumps({"id": doc, "text": text}))
        else:
            write_atomic(target, text)
        stats.restored += 1
    for source, lines in records.items():
        write_atomic(_inside(dest, source) if source else dest, "".join(line + "\n" for line in lines))
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
