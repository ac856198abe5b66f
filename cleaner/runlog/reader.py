"""Reading a removal log: records, documents, and the edits that give each input back.

A log is JSON lines (:mod:`cleaner.runlog.records` writes them). A document's ``edit`` and
``error`` records come right before its ``doc`` record, so documents are grouped by
position, one at a time: memory holds one document's records, never the log. Every
``doc`` record must carry a schema version this cleaner reads (the one it writes, and
schema 1, which has no text hashes), and an unknown record type is refused: a log from
another version is said to be one, not misread.

Imports :mod:`cleaner.edits`, :mod:`cleaner.errors` and the log's schema version; nothing
of the pipeline or the batch driver.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..edits import Edit, restore
from ..errors import EditError, UsageError
from .records import READABLE, SCHEMA, text_hash

Record = dict[str, Any]


def read_records(path: Path) -> Iterator[Record]:
    """The records of the log at ``path``, in order; UsageError (file:line) for a line that is not JSON."""
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{number}: not a log record ({exc})") from None


@dataclass(slots=True)
class LoggedDocument:
    """One document of the log: its doc record, edit records and rule error records."""

    record: Record
    edits: list[Record] = field(default_factory=list)
    errors: list[Record] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.record["doc"]

    @property
    def ok(self) -> bool:
        return self.record.get("status") == "ok"


def iter_documents(log: Path) -> Iterator[LoggedDocument]:
    """The documents of ``log`` in log order, one at a time, schema checked.

    Grouping is by position, so it works even where two documents share an id; records
    of another document id before a doc record (a log spliced by hand) are left out."""
    if not log.exists():
        raise UsageError(f"log {log} does not exist")
    edits: list[Record] = []
    errors: list[Record] = []
    for rec in read_records(log):
        kind = rec.get("type")
        if kind == "edit":
            edits.append(rec)
        elif kind == "error":
            errors.append(rec)
        elif kind == "doc":
            if rec.get("schema") not in READABLE:
                raise UsageError(
                    f"{log}: doc record of {rec.get('doc')!r} has schema {rec.get('schema')!r}; "
                    f"this cleaner reads schema {' and '.join(map(str, READABLE))} (it writes {SCHEMA})"
                )
            doc = rec.get("doc")
            yield LoggedDocument(
                rec, [e for e in edits if e.get("doc") == doc], [e for e in errors if e.get("doc") == doc]
            )
            edits, errors = [], []
        else:
            raise UsageError(f"{log}: unknown record type {kind!r}")


def find_document(log: Path, doc: str) -> LoggedDocument:
    """The document ``doc`` (its id, or its source file) of ``log``; UsageError if absent."""
    by_source = None
    for entry in iter_documents(log):
        if entry.id == doc:
            return entry
        if by_source is None and entry.record.get("source") == doc:
            by_source = entry
    if by_source is not None:
        return by_source
    raise UsageError(f"document {doc!r} is not in {log}")


def to_edits(edit_records: list[Record]) -> list[Edit]:
    """The :class:`~cleaner.edits.Edit` of each edit record."""
    return [
        Edit(
            r["start"],
            r["end"],
            r["replacement"],
            r["rule"],
            r["category"],
            r["action"],
            r["reason"],
            r.get("file", ""),
        )
        for r in edit_records
    ]


def restore_text(output: str, edit_records: list[Record]) -> str:
    """The input of one document from its output text and its edit records."""
    return restore(output, to_edits(edit_records), [r["removed"] for r in edit_records])


def restore_document(output: str, entry: LoggedDocument) -> str:
    """:func:`restore_text` for a logged document, checked against its doc record: the
    output's SHA-256 and length before, the rebuilt input's SHA-256 and length after.
    Removals leave nothing in the output to check, so without them an output edited
    after the run (even keeping its length), an edit record changed or deleted, or two
    documents' records swapped would give a wrong input without a word. A schema 1 log
    has no hashes: only the lengths are checked. Raises EditError when output and log
    disagree."""
    rec = entry.record
    chars_out, sha_out = rec.get("chars_out"), rec.get("sha256_out")
    if chars_out is not None and len(output) != chars_out:
        raise EditError(f"output has {len(output)} characters, the log says {chars_out}: changed since the run")
    if sha_out is not None and text_hash(output) != sha_out:
        raise EditError("output's SHA-256 is not the one in the log: the output was changed since the run")
    text = restore_text(output, entry.edits)
    chars_in, sha_in = rec.get("chars_in"), rec.get("sha256_in")
    if chars_in is not None and len(text) != chars_in:
        raise EditError(
            f"the rebuilt input has {len(text)} characters, the log says {chars_in}: its edit records were changed"
        )
    if sha_in is not None and text_hash(text) != sha_in:
        raise EditError("the rebuilt input's SHA-256 is not the one in the log: its edit records were changed")
    return text
