"""The driver's side of the outputs: each task's results put in place, in input order.

:class:`Assembler` takes the :class:`~.messages.TaskResult` of each task in input order
and appends its log shard to the log, its output shard to the one JSONL output, the
JSONL file of a mirrored folder or stdout (copied in the kernel where it can be), writes
the files workers could not write themselves, settles which of two inputs with one
output name writes it (the first one cleaned: the other becomes an error record), gives
a record whose id an earlier record of its file has another in the log (``FILE:LINE``), adds
each document to the summary and hands finished documents to the manifest. Documents
the manifest had unchanged take their stored records instead. So the log and outputs
are the same bytes for any number of workers and either engine.

Imports :mod:`cleaner.io` (the atomic writer, the Parquet writer), :mod:`cleaner.runlog.records`
(the error record of a document that lost its output name) and the manifest.
"""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any, Protocol

from ..errors import UsageError
from ..io.atomic import AtomicFile, sync_file_system, write_atomic
from ..io.layout import is_url, join, output_name
from ..io.parquet import ParquetOutput
from ..manifest import Manifest, doc_key
from ..runlog.records import dumps, error_log
from .config import Form, RunConfig
from .messages import DocItem, DocResult, Item, Shard, Task, TaskResult
from .plan import Claims, Stored, item_container, item_owner, item_source, single_root, taken
from .stats import DocSummary, Stats, label


class Stream(Protocol):
    def write_bytes(self, data: bytes) -> None: ...

    def append_file(self, path: str, start: int = 0, length: int | None = None) -> None: ...


class TextStream:
    """A text stream (stdout, or a log file the caller opened) as a :class:`Stream`."""

    def __init__(self, handle: IO[str], flush: bool = False):
        self.handle, self.flush = handle, flush

    def write_bytes(self, data: bytes) -> None:
        self.handle.write(data.decode("utf-8"))
        if self.flush:
            self.handle.flush()

    def append_file(self, path: str, start: int = 0, length: int | None = None) -> None:
        self.write_bytes(_read_range(path, start, length))


def _shard_bytes(shard: Shard, start: int, size: int) -> bytes:
    """Bytes ``[start, start + size)`` of a shard, in memory or in its file."""
    if shard.data is not None:
        return shard.data[start : start + size]
    return _read_range(shard.path or "", start, size)


def _read_range(path: str, start: int, length: int | None) -> bytes:
    with open(path, "rb") as f:
        f.seek(start)
        return f.read() if length is None else f.read(length)


class _Copy:
    """Pieces for one stream, in order: ranges of a shard (consecutive ones copied as one)
    and bytes. Flushed before anything else is written to the stream."""

    def __init__(self) -> None:
        self.stream: Stream | None = None
        self.shard: Shard | None = None
        self.start = self.end = 0

    def range(self, stream: Stream, shard: Shard, start: int, size: int) -> None:
        if stream is not self.stream or shard is not self.shard or start != self.end:
            self.flush()
            self.stream, self.shard, self.start = stream, shard, start
        self.end = start + size

    def data(self, stream: Stream, data: bytes) -> None:
        self.flush()
        stream.write_bytes(data)

    def flush(self) -> None:
        if self.stream is not None and self.shard is not None and self.end > self.start:
            if self.shard.path is not None:
                self.stream.append_file(self.shard.path, self.start, self.end - self.start)
            else:
                assert self.shard.data is not None
                self.stream.write_bytes(memoryview(self.shard.data)[self.start : self.end].tobytes())
        self.stream = self.shard = None
        self.start = self.end = 0


class _Ids:
    """The ids the log has given the records of the file being put in place, with the line
    of each: memory holds one file's ids, as a file's records come together."""

    def __init__(self) -> None:
        self.source: str | None = None
        self.lines: dict[str, int] = {}

    def first(self, source: str, doc: str, line: int) -> int | None:
        """The line of ``source`` whose record has the id ``doc`` in the log, if not ``line``
        (else None, and ``doc`` is noted as the id of ``line``)."""
        if source != self.source:
            self.source, self.lines = source, {}
        first = self.lines.setdefault(doc, line)
        return first if first != line else None

    def free(self, source: str, line: int) -> str:
        """An id for the record at ``line`` whose own id is taken: ``SOURCE:LINE``, as a
        record without an id is named (with ``#2``, ``#3``... in the odd case that an
        explicit id has that name too), noted as taken."""
        name, k = f"{source}:{line}", 1
        while self.first(source, name, line) is not None:
            k += 1
            name = f"{source}:{line}#{k}"
        return name


def _renamed(log: bytes, old: str, new: str, taken_by: str) -> bytes:
    """The log records of one document under the id ``new`` instead of ``old`` (which the
    record at ``taken_by`` has), with a warning on its doc record that says so. Records
    are read and written again by the one writer: the bytes are those it would have made."""
    out = []
    for line in log.split(b"\n"):
        if line.strip():
            rec = json.loads(line)
            if rec.get("doc") == old:
                rec["doc"] = new
                if rec.get("type") == "doc":
                    rec["warnings"] = [
                        *rec.get("warnings", []),
                        f"id {old!r} is taken by {taken_by}: named {new} in the log",
                    ]
            out.append(dumps(rec) + "\n")
    return "".join(out).encode("utf-8")


class Assembler:
    """Puts tasks' results in place, in the order :meth:`add` is called (input order)."""

    def __init__(self, config: RunConfig, book: Manifest | None, config_hash: str, stats: Stats):
        self.config, self.book, self.config_hash, self.stats = config, book, config_hash, stats
        self.form = config.output_form
        self.ruleset = config.cleaner.rulebook.digest
        self.output = None if config.output is None else str(config.output)
        self.local_mirror = self.form is Form.MIRROR and self.output is not None and not is_url(self.output)
        self.claims = Claims(single_root(config))  # of the inputs cleaned, not just found
        self.ids = _Ids()
        self.unsynced = 0  # output files written since the last sync
        self._rows: list[tuple[str, str, str, bytes]] = []  # the task's manifest rows
        self.read = 0
        self._copy_log, self._copy_out = _Copy(), _Copy()
        self._files: list[AtomicFile | ParquetOutput] = []  # opened here: committed or discarded by close()
        self.container: tuple[str, AtomicFile | ParquetOutput] | None = None
        self.log: Stream | None = None
        self.stream: Stream | ParquetOutput | None = None  # where output records and stdout go
        self.bodies = 0  # documents written to a one-document output (Form.FILE)
        try:
            if isinstance(config.log, (str, os.PathLike)):
                self.log = self._open(config.log)
            elif config.log is not None:
                self.log = TextStream(config.log)
            if self.form is Form.RECORDS:
                assert self.output is not None
                self.stream = self._open_records(self.output)
            elif self.form is Form.FILE:
                assert self.output is not None
                self.stream = self._open(self.output)
            elif self.form in (Form.STDOUT, Form.EXPLAIN):
                self.stream = TextStream(sys.stdout, flush=True)
        except BaseException:
            self.close(False)
            raise

    def _open(self, target: Any) -> AtomicFile:
        f = AtomicFile(target)
        self._files.append(f)
        return f

    def _open_records(self, target: str) -> AtomicFile | ParquetOutput:
        """A file of output records: JSONL, or Parquet (of Parquet inputs)."""
        if not target.endswith(".parquet"):
            return self._open(target)
        f = ParquetOutput(target, self.config.text_field)
        self._files.append(f)
        return f

    def add(self, task: Task, stored: Stored, result: TaskResult) -> None:
        """The results of ``task``, the next one in input order."""
        self.stats.merge(result.stats)
        log_pos = out_pos = 0
        for item, docs in zip(task.items, result.docs, strict=True):
            source, container = item_source(item), item_container(item)
            for d in docs:
                self._document(item, source, container, d, stored, result, log_pos, out_pos)
                log_pos += d.log_size
                out_pos += d.out_size or 0
        self._copy_log.flush()
        self._copy_out.flush()
        if self._rows:
            assert self.book is not None
            self.book.put(self._rows)
            self._rows = []
        self.unsynced += result.files
        self.read += result.read

    def _document(
        self,
        item: Item,
        source: str,
        container: str | None,
        d: DocResult,
        stored: Stored,
        result: TaskResult,
        log_pos: int,
        out_pos: int,
    ) -> None:
        error, summary = d.error, d.summary
        counted = not (d.reused or item.contested)  # by the worker, in the task's counts
        log: bytes | None = None  # this text instead of the shard's
        out: bytes | None = None
        has_out = d.out_size is not None
        key = doc_key(source, d.line) if d.reused or self.book is not None else ""
        if d.reused:
            payload = stored[key]
            error = payload["error"]
            summary = DocSummary.from_dict(payload["summary"]) if payload["summary"] is not None else None
            log = payload["log"].encode("utf-8")
            out = payload["output"].encode("utf-8") if payload["output"] is not None else None
            has_out = out is not None
        name = output_name(source, container) if self.form is Form.MIRROR or has_out else ""
        skip = isinstance(item, DocItem) and item.doc.skipped is not None  # no document: it writes nothing
        if error is None and self.form is Form.MIRROR and not skip:
            mine = item_owner(item)
            owner = self.claims.claim(name, mine)
            if owner is not None:
                if counted:
                    raise RuntimeError(f"internal error: {mine[2]} was written over {owner[2]}'s output {name}")
                error = taken(name, owner, mine)
                log = error_log(d.id, source, d.line, self.ruleset, error, []).encode("utf-8")
                summary, has_out, d.entry = None, False, None
        if self.log is not None:
            if d.line is not None:  # a record of a file (or an error in its place): its id must be its own in the log
                taken_by = self.ids.first(source, d.id, d.line)
                if taken_by is not None:
                    if log is None:
                        log = _shard_bytes(result.log, log_pos, d.log_size)
                    log = _renamed(log, d.id, self.ids.free(source, d.line), f"{source}:{taken_by}")
                    self.stats.warnings += 1
            if log is None:
                self._copy_log.range(self.log, result.log, log_pos, d.log_size)
            else:
                self._copy_log.data(self.log, log)
        if has_out:
            origin = (item.location, d.line)
            self._output(name, container, out, result.out, out_pos, d.out_size or 0, origin)
        if counted:
            if error is not None:
                self.stats.note_error(label(source, d.id), error)
        else:
            self.stats.add(label(source, d.id), error, summary)
        if self.book is not None and d.entry is not None and d.input_hash is not None:
            self._rows.append((key, d.input_hash, self.config_hash, d.entry))

    def _output(
        self,
        name: str,
        container: str | None,
        data: bytes | None,
        shard: Shard,
        start: int,
        size: int,
        origin: tuple[str | None, int | None],
    ) -> None:
        if self.form is Form.MIRROR and container is None:  # a file the worker left to the driver
            assert self.output is not None
            write_atomic(join(self.output, name), data or _shard_bytes(shard, start, size), durable=False)
            self.unsynced += 1
            return
        if self.form is Form.FILE:
            self.bodies += 1
            if container is not None or self.bodies > 1:
                raise UsageError(
                    f"output {self.output} is one text file, for the body of one document, and "
                    f"{origin[0]} {'holds records' if container is not None else 'is a second one'}: "
                    f"write to a folder or a .jsonl file"
                )
        stream = self.stream
        if self.form is Form.MIRROR:  # the JSONL file of a mirrored JSONL input
            if self.container is None or self.container[0] != name:
                self._copy_out.flush()
                self._close_container(True)
                assert self.output is not None
                self.container = (name, self._open_records(join(self.output, name)))
            stream = self.container[1]
        assert stream is not None
        if isinstance(stream, ParquetOutput):  # a row of a Parquet input: its other columns come from there
            self._copy_out.flush()
            stream.add(*origin, data if data is not None else _shard_bytes(shard, start, size))
        elif data is not None:
            self._copy_out.data(stream, data)
        else:
            self._copy_out.range(stream, shard, start, size)

    def sync(self) -> None:
        """Make the output files written since the last call durable, all at once (one sync
        of the output's file system, not an fsync per file; fsspec URLs are left to their
        file system)."""
        if self.unsynced and self.local_mirror:
            assert self.output is not None
            sync_file_system(self.output)
        self.unsynced = 0

    def _close_container(self, ok: bool) -> None:
        if self.container is not None:
            f = self.container[1]
            self._files.remove(f)
            f.commit() if ok else f.discard()
            self.container = None

    def close(self, ok: bool) -> None:
        """Commit the log and the JSONL outputs (after syncing the output files), or, when
        the run failed, remove every temporary file this side made."""
        try:
            if ok:
                self._copy_log.flush()
                self._copy_out.flush()
                self.sync()
                self._close_container(True)
                if self.form is Form.FILE and not self.bodies:  # the document failed or was skipped
                    assert isinstance(self.stream, AtomicFile)
                    self.stream.discard()
                    self._files.remove(self.stream)
                # The JSONL output first, the log last: a log never describes outputs that are not there.
                for f in sorted(self._files, key=lambda f: f is self.log):
                    f.commit()
                    self._files.remove(f)
        finally:
            for f in self._files:
                f.discard()
            self._files = []
            self.container = None
