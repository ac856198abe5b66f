"""The worker side of a run: read a task's documents, clean them, write what they make.

:func:`run_task` is the one function every executor runs (in the driver's process, in a
pool worker, on a Dask worker). For each document of its :class:`~.messages.Task` it
reads the input itself, skips it when the manifest's expectation still holds (same input
hash, output file still there), or cleans it (:func:`cleaner.batch.process`), writes a
mirrored output file itself, and adds the document's log records (and any output the
driver must place: JSONL records, stdout, files whose name another input contests) to the
task's shards. It sends back a :class:`~.messages.TaskResult`: sizes, counts, manifest
entries; never the documents.

Imports the pipeline (through :mod:`cleaner.batch`), :mod:`cleaner.runlog.records`,
:mod:`cleaner.io` and the manifest's packing; it opens no manifest and writes no log.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import pickle
import signal
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import manifest
from ..batch import process
from ..inputs import InputDoc
from ..io.atomic import named, write_atomic
from ..io.layout import is_url, join, output_name
from ..io.reading import open_binary, read_file_item, read_jsonl_range
from ..runlog.records import document_log, dumps, error_log, skip_log
from .config import Form
from .messages import DocItem, DocResult, Expect, FileItem, Item, RangeItem, Shard, Task, TaskResult
from .stats import DocSummary, Stats

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from ..pipeline import Cleaner, CleanResult


@dataclass(slots=True)
class WorkerSetup:
    """What every task of a run shares; sent to each worker once."""

    cleaner: Cleaner
    form: Form
    output: str | None  # the mirrored folder (a path or URL), for the files workers write
    shard_dir: str | None  # where shards go; None: back inline (the driver shares no disk with this worker)
    write_files: bool  # mirrored files written here (False: sent back for the driver to write)
    hashes: bool  # a run with a manifest: hash inputs, pack manifest entries
    url: str | None
    max_bytes: int
    color: bool = False
    text_field: str | None = None  # the field of JSONL records and Parquet rows holding the text
    log: bool = True  # the run has a log: log records go to the shards (they are made for the manifest anyway)


def read_item(item: Item, setup: WorkerSetup) -> Iterator[InputDoc]:
    """The documents of one task item, read here; each an error when the item is refused
    (its output cannot be written) and the document is not already an error or a skip."""
    for doc in _read_item(item, setup):
        if item.refused is not None and doc.error is None and doc.skipped is None:
            doc.error, doc.data, doc.text = item.refused, None, None
        yield doc


def _read_item(item: Item, setup: WorkerSetup) -> Iterator[InputDoc]:
    if isinstance(item, DocItem):
        yield item.doc
    elif isinstance(item, FileItem):
        yield from read_file_item(
            item.rel, item.location, item.path, item.kind, item.error, setup.url, setup.max_bytes, setup.text_field
        )
    else:
        with open_binary(item.location) as handle:
            yield from read_jsonl_range(
                handle, item.rel, item.path, item.start, item.end, item.first_line, setup.max_bytes, setup.text_field
            )


def expectation(item: Item, doc: InputDoc) -> Expect | None:
    if isinstance(item, RangeItem):
        return item.expect.get(doc.line or 0)
    return item.expect


def output_record(doc: InputDoc, result: CleanResult) -> dict:
    """The JSONL output record: the input record's fields, the clean text, the metadata.

    The clean text goes to ``text`` (a record read from its ``html`` field loses that field),
    or back to the field ``--text-field`` named."""
    from ..pipeline import METADATA_KEYS

    rec: dict = {}
    target = doc.field if doc.field not in (None, "text", "html") else "text"
    if doc.record is not None:
        from_html = doc.kind == "html" and target == "text"  # not a record cleaned from its 'text'
        rec.update((k, v) for k, v in doc.record.items() if k != "html" or not from_html)
    else:
        rec["id"] = doc.id
    rec[target] = result.text
    for key in METADATA_KEYS:
        value = result.metadata.get(key)
        if key == "url" and value is None and rec.get("url"):
            continue
        rec[key] = value
    return rec


def render(setup: WorkerSetup, doc: InputDoc, result: CleanResult) -> str | None:
    """What the run writes for a cleaned document: its body, its JSONL record, or its explanation."""
    form = setup.form
    if form is Form.NONE:
        return None
    if form is Form.EXPLAIN:
        from ..tools.show import explain_result

        return explain_result(doc.id, result, setup.color) + "\n"
    if form is Form.RECORDS or doc.container:
        return dumps(output_record(doc, result)) + "\n"
    return result.text


class _TaskOutput:
    """The shards of one task, and the mirrored files it writes."""

    def __init__(self, setup: WorkerSetup, number: int):
        self.setup, self.number = setup, number
        self.log: list[bytes] = []
        self.out: list[bytes] = []
        self.files = 0
        self._folder_made: str | None = None

    def add_log(self, text: str) -> int:
        data = text.encode("utf-8")
        self.log.append(data)
        return len(data)

    def add_out(self, text: str) -> int:
        data = text.encode("utf-8")
        self.out.append(data)
        return len(data)

    def write_file(self, target: str, text: str) -> None:
        if not is_url(target):
            folder = os.path.dirname(target)
            if folder != self._folder_made:  # a walk gives a folder's files together
                os.makedirs(folder, exist_ok=True)
                self._folder_made = folder
            write_atomic(target, text, durable=False, parents=False)  # the driver syncs them all at once
        else:
            write_atomic(target, text, durable=False)
        self.files += 1

    def shard(self, parts: list[bytes], suffix: str) -> Shard:
        if self.setup.shard_dir is None or not any(parts):
            return Shard(data=b"".join(parts))
        path = os.path.join(self.setup.shard_dir, f"{self.number:08d}.{suffix}")
        try:
            with open(path, "wb") as f:
                f.writelines(parts)
        except OSError as exc:
            named(exc, path)
            raise
        return Shard(path=path)


def _exists(target: str) -> bool:
    if is_url(target):
        import fsspec

        fs, path = fsspec.core.url_to_fs(target)
        return bool(fs.exists(path))
    return os.path.exists(target)


def finish(
    setup: WorkerSetup, out: _TaskOutput, stats: Stats, doc: InputDoc, contested: bool, expect: Expect | None
) -> DocResult:
    """Clean one document (or find it unchanged) and put what it makes where it goes."""
    digest = manifest.input_hash(doc) if setup.hashes else None
    own_file = setup.form is Form.MIRROR and not doc.container
    target = join(setup.output, output_name(doc.source)) if own_file and setup.output is not None else None
    if (
        expect is not None
        and digest == expect.input_hash
        and (not expect.output_file or (target is not None and _exists(target)))
    ):
        return DocResult(doc.id, doc.line, None, None, reused=True, input_hash=digest)
    outcome = process(doc, setup.cleaner, setup.max_bytes)
    ruleset = setup.cleaner.rulebook.digest
    r = outcome.result
    summary = None
    payload = None
    if doc.skipped is not None:  # no document (a WARC request record, an image in a folder): the reason is logged
        log = skip_log(doc.id, doc.source, doc.line, ruleset, doc.skipped, doc.url)
        summary = DocSummary(0, 0, True, None, False, 0, 0, {}, input_skip=doc.skipped)
    elif outcome.error is not None or r is None:
        log = error_log(doc.id, doc.source, doc.line, ruleset, outcome.error or "", outcome.warnings)
    else:
        removed = r.removed_by_category()  # once, for the log and the summary
        log = document_log(doc.id, doc.source, doc.line, ruleset, r, outcome.encoding, outcome.warnings, removed)
        summary = DocSummary(
            len(r.rule_errors),
            len(outcome.warnings) + len(r.warnings),
            bool(r.skipped),
            r.language,
            bool(r.flagged),
            len(r.original),
            len(r.text),
            removed,
        )
        if not r.skipped:
            payload = render(setup, doc, r)
    # A contested document may lose its output name: the driver counts it, as what it becomes.
    result = DocResult(doc.id, doc.line, outcome.error, summary if contested else None, input_hash=digest)
    if not contested:
        stats.count(outcome.error, summary)
    if payload is not None:
        if own_file and target is not None and setup.write_files and not contested:
            out.write_file(target, payload)
        else:
            result.out_size = out.add_out(payload)
    if setup.log:
        result.log_size = out.add_log(log)
    if digest is not None:
        # A mirrored file's output is the file on disk: only whether it was written is kept.
        # Any other output (a record, stdout, a one-document file) is kept in the manifest,
        # so that a resumed run writes it again.
        keep_output = not own_file
        result.entry = manifest.entry(
            outcome.error,
            log,
            payload if keep_output else None,
            summary.as_dict() if summary is not None else None,
            None if keep_output else payload is not None,
        )
    return result


def run_task(setup: WorkerSetup, task: Task) -> TaskResult:
    """Read, clean and write the documents of ``task``; what the driver needs back."""
    out = _TaskOutput(setup, task.number)
    stats = Stats()
    docs: list[list[DocResult]] = []
    read = 0
    with fewer_collections():
        for item in task.items:
            done = []
            for doc in read_item(item, setup):
                read += len(doc.data) if doc.data is not None else len(doc.text or "")
                done.append(finish(setup, out, stats, doc, item.contested, expectation(item, doc)))
            docs.append(done)
    return TaskResult(task.number, docs, out.shard(out.log, "log"), out.shard(out.out, "out"), stats, out.files, read)


# Cleaning a page makes tens of thousands of short-lived objects (an HTML page's element
# contexts and blocks, a page's edits), and Python's collector runs every 700 net new ones,
# each time scanning the young objects that survived: on 200 wcxb-dev HTML pages, in one
# process, 1.9 ms of a page's 36 (0.4 ms at 5,000). The page's objects go when it is done,
# without the collector's help, so while a task runs it collects every 10,000 new objects
# (a few MB at most held a little longer); the previous setting comes back after the task,
# so a program that runs a batch through the API keeps its own.
GC_THRESHOLD = 10_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector's first threshold raised to :data:`GC_THRESHOLD` inside the block."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def refused_task(task: Task, why: str) -> Task:
    """``task`` with every document refused for ``why`` (an item already refused keeps its
    reason): run, it reads the documents and makes each an error record, cleaning none.
    For a task whose worker process died each time it ran it: the driver runs this itself,
    so that its documents are in the log and the run goes on."""
    items: list[Item] = [
        item if item.refused is not None else dataclasses.replace(item, refused=why) for item in task.items
    ]
    return Task(task.number, items)


# --------------------------------------------------------------------------- in a process pool


def serve(conn: Connection, setup: WorkerSetup, inherited: list[Connection]) -> None:
    """A pool worker's loop: tasks in from ``conn``, results (or the exception) out, until None."""
    # Ctrl-C goes to the whole process group: the driver handles it and stops the pool;
    # workers printing their own tracebacks would only bury the driver's message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for other in inherited:  # the driver's ends of the pipes (this one's, earlier workers'), copied by fork
        other.close()
    while True:
        try:
            task = pickle.loads(conn.recv_bytes())
        except EOFError:  # the driver is gone
            return
        if task is None:
            return
        try:
            reply = pickle.dumps((task.number, run_task(setup, task), None), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # the task failed (a full disk): the driver raises it
            try:
                reply = pickle.dumps((task.number, None, exc), pickle.HIGHEST_PROTOCOL)
            except Exception:  # an exception that does not pickle
                reply = pickle.dumps(
                    (task.number, None, RuntimeError(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")),
                    pickle.HIGHEST_PROTOCOL,
                )
        try:
            conn.send_bytes(reply)
        except (BrokenPipeError, ConnectionResetError):  # the driver is gone
            return
