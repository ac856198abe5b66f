"""The resume manifest: which documents a run has finished, with what input and rules.

A run that stops halfway (Ctrl-C, a kill, a crash) or a rerun after a few inputs changed
should not redo everything. The manifest is an SQLite file next to the output; one row
per finished document, keyed by its place in the input (``source`` and JSONL line):

- ``input``: a hash of the document's bytes (a file) or its record (a JSONL line)
- ``config``: a hash of the ruleset, the options and the output form; a change of rules
  redoes every document
- ``payload``: the document's log records, its output record when the output is JSONL
  (a file's output is the file itself), and its counts for the summary, zlib-compressed

A rerun skips a document whose input and config hashes match (and whose output file is
still there) and copies its log records from the manifest, so the log of a resumed run
is rebuilt in input order and equals an uninterrupted run's log byte for byte: no record
is ever appended twice. Rows are committed about once a second (:data:`COMMIT_EVERY`),
after the output files they vouch for are in place and synced, so the manifest never
vouches for an output that is not on disk.
SQLite keeps the lookups on disk: memory does not grow with the number of documents.

Only the batch driver opens the manifest (workers get what it expects of each document and
compute the hashes, :func:`input_hash`). Imports :mod:`cleaner.runlog` (to hash records).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ManifestError
from .runlog.records import dumps

if TYPE_CHECKING:
    from .inputs import InputDoc
    from .pipeline import Cleaner

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, input TEXT NOT NULL, config TEXT NOT NULL,
                                 payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


FORMAT = 3  # of the payload (3: log schema 2); part of the run's config hash, so rows of another format are redone

# Seconds between commits. A commit costs an fsync of the database and, before it, a sync
# of the output's file system (so that no row vouches for an output not yet on disk):
# about 0.5 ms and more, as much as a task's other driver work when done for each task of
# 16 documents. Once a second, a killed run redoes at most a second of documents.
COMMIT_EVERY = 1.0


def pack(payload: dict[str, Any]) -> bytes:
    """A payload as stored, zlib level 1 (fast; logs compress ~4x anyway): the small fields
    as JSON, then the log and the output as they are, split by NUL. Log and output are
    JSON lines (or nothing), which never hold a raw NUL; JSON-encoding them again, as one
    string each, cost more than compressing them."""
    head = {k: v for k, v in payload.items() if k not in ("log", "output")}
    output = payload.get("output")
    head["has_output"] = output is not None
    parts = [json.dumps(head, ensure_ascii=False, separators=(",", ":")), payload.get("log") or "", output or ""]
    return zlib.compress("\0".join(parts).encode("utf-8"), 1)


def entry(
    error: str | None, log: str, output: str | None, summary: dict[str, Any] | None, written: bool | None = None
) -> bytes:
    """A document's packed payload. ``written`` (a mirrored file's output, which is the file
    itself and is not stored) says whether one was written; otherwise ``output`` is kept."""
    payload: dict[str, Any] = {"error": error, "log": log, "output": output, "summary": summary}
    if written is not None:
        payload["written"] = written
    return pack(payload)


def input_hash(doc: InputDoc) -> str | None:
    """What a document was made from; None for documents that could not be read (always redone)."""
    if doc.error:
        return None
    h = hashlib.sha256()
    if doc.record is not None:
        h.update(dumps(doc.record).encode("utf-8"))
    elif doc.data is not None:
        h.update(doc.data)
    else:
        h.update((doc.text or "").encode("utf-8"))
    h.update(f"\0{doc.kind}\0{doc.url or ''}".encode())
    if doc.record is None and doc.container is not None or doc.skipped is not None:
        # A WARC record (or a skipped input): its id and what it is are not in its bytes.
        h.update(f"\0{doc.id}\0{doc.charset or ''}\0{doc.skipped or ''}".encode())
    return h.hexdigest()[:32]


def config_hash(cleaner: Cleaner, records: bool, url: str | None, text_field: str | None = None) -> str:
    """Everything besides the input that decides a document's output and log records."""
    parts = [cleaner.rulebook.digest, repr(cleaner.options), records, url, FORMAT]
    if text_field is not None:  # added only when given: the hash of runs without it stays as it was
        parts.append(text_field)
    text = json.dumps(parts)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def doc_key(source: str, line: int | None) -> str:
    """A document's row: its input file and JSONL line."""
    return f"{source}\0{line or 0}"


def unpack(blob: bytes) -> dict[str, Any]:
    """The payload :func:`pack` stored."""
    head, log, output = zlib.decompress(blob).decode("utf-8").split("\0")
    payload = json.loads(head)
    payload["log"] = log
    payload["output"] = output if payload.pop("has_output") else None
    return payload


class Manifest:
    """Finished documents of earlier runs into the same output, in an SQLite file."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level="DEFERRED")
        self.db.executescript(_SCHEMA)
        self.db.commit()
        self.committed = time.monotonic()

    def was_interrupted(self) -> bool:
        """True when the last run into this output did not finish (its temp files may remain)."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'state'").fetchone()
        return row is not None and row[0] == "running"

    def set_state(self, state: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('state', ?)", (state,))
        self.db.commit()

    def get_many(self, keys: Iterable[str], config: str) -> dict[str, tuple[str, dict[str, Any]]]:
        """(input hash, payload) of each of ``keys`` stored with ``config``; others are left out."""
        keys = list(keys)
        found: dict[str, tuple[str, dict[str, Any]]] = {}
        for k in range(0, len(keys), 500):  # SQLite's limit on parameters is 999 in old builds
            part = keys[k : k + 500]
            rows = self.db.execute(
                f"SELECT key, input, payload FROM docs WHERE config = ? AND key IN ({','.join('?' * len(part))})",
                (config, *part),
            )
            for row_key, row_input, blob in rows:
                try:
                    found[row_key] = (row_input, unpack(blob))
                except (zlib.error, TypeError, ValueError, KeyError) as exc:  # not what pack() stored
                    source = row_key.partition("\0")[0]
                    raise ManifestError(
                        f"the resume manifest {self.path} is damaged (the row of {source}: {exc}); run with "
                        f"--force to redo every document and write its rows anew, or delete it"
                    ) from None
        return found

    def put(self, rows: list[tuple[str, str, str, bytes]]) -> None:
        """Record finished documents: (key, input hash, config, :func:`pack`-ed payload) each."""
        self.db.executemany("INSERT OR REPLACE INTO docs (key, input, config, payload) VALUES (?, ?, ?, ?)", rows)

    def due(self) -> bool:
        """Whether rows have waited :data:`COMMIT_EVERY` seconds since the last commit."""
        return time.monotonic() - self.committed >= COMMIT_EVERY

    def commit(self) -> None:
        self.db.commit()
        self.committed = time.monotonic()

    def close(self) -> None:
        """Close without committing the rows since the last commit (they are redone next time)."""
        self.db.rollback()
        self.db.close()
