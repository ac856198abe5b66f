"""Cleaning many documents at scale: in chunks, on a process pool or a Dask cluster.

The per-document work is :func:`cleaner.batch.process`; :func:`clean_chunk` runs it on a
chunk of documents and turns each outcome into what the writer needs (the output, the
log records, the counts for the summary), already serialised, so a worker sends back
strings, not objects. The driver (:func:`run`) walks the inputs lazily, groups them into
chunks, keeps a bounded number of chunks in flight, and takes results back *in input
order*: outputs, the log and the summary are the same whatever the number of workers or
the engine. Memory holds the chunks in flight, not the corpus.

Engines: ``jobs=1`` runs in this process; ``jobs>1`` a process pool; ``engine="dask"``
the same :func:`clean_chunk` on a Dask distributed cluster (a ``LocalCluster`` when no
scheduler address is given), with the cleaner broadcast to every worker once.

Resuming: with a manifest (:mod:`cleaner.manifest`) a rerun skips documents whose input
and ruleset are unchanged and rebuilds the log from the manifest, so a resumed run's log
equals an uninterrupted run's. Inputs and outputs given as URLs (``file://``,
``memory://``, ``s3://`` ...) are read and written through fsspec.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import signal
import sys
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from .runlog import records as logfmt
from .batch import DirSink, Outcome, Stats, iter_docs, outcome_log, output_record, process
from .io.atomic import AtomicFile, sweep_partials, sync_file_system, write_atomic
from .io.layout import is_url
from .inputs import MAX_BYTES, InputDoc, kind_of, record_doc
from .manifest import FORMAT as MANIFEST_FORMAT
from .manifest import Manifest, pack
from .pipeline import Cleaner

# Documents per chunk. Small enough that a chunk of full pages takes well under a second
# (progress stays live, an interrupted chunk costs little), large enough that the ~0.1 ms
# of pool or scheduler overhead per chunk is noise against ~10-50 ms per document.
LOCAL_CHUNK = 16
DASK_CHUNK = 64
# Chunks in flight per worker: one running, one queued so a worker never waits for the
# driver; more would only hold more documents in memory.
IN_FLIGHT_PER_WORKER = 2


def cpu_count() -> int:
    """CPUs this process may run on (a container or taskset can allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- the worker side

def clean_chunk(docs: list[InputDoc], cleaner: Cleaner, records: bool, entries: bool = True) -> list[dict[str, Any]]:
    """Clean ``docs``; for each, the output (body, or record line when ``records``), the
    log records as JSONL text, the counts the summary needs and, when ``entries`` (a run
    with a manifest), the packed manifest entry. Pure: no I/O."""
    ruleset = cleaner.rulebook.digest
    done = [done_of(process(doc, cleaner), ruleset, records) for doc in docs]
    if not entries:  # packing compresses the whole log: ~0.4 ms a page for nothing
        return done
    return [with_manifest_entry(d, doc, records) for d, doc in zip(done, docs)]


def done_of(outcome: Outcome, ruleset: str, records: bool) -> dict[str, Any]:
    doc, r = outcome.doc, outcome.result
    removed = r.removed_by_category() if r is not None else None  # once, for the log and the summary
    log = outcome_log(outcome, ruleset, removed)
    if outcome.error:
        return {"error": outcome.error, "log": log, "output": None, "summary": None}
    output = None
    if not r.skipped:
        output = logfmt.dumps(output_record(doc, r)) + "\n" if records or doc.container else r.text
    summary = {"rule_errors": len(r.rule_errors), "warnings": len(outcome.warnings) + len(r.warnings),
               "skipped": bool(r.skipped), "language": r.language, "flagged": bool(r.flagged),
               "chars_in": len(r.original), "chars_out": len(r.text), "removed": removed}
    return {"error": None, "log": log, "output": output, "summary": summary}


def with_manifest_entry(done: dict[str, Any], doc: InputDoc, records: bool) -> dict[str, Any]:
    """``done`` plus the compressed manifest entry, made in the worker: compressing the log
    is the costliest thing the driver would otherwise do per document. A file's output is
    the file on disk, so only whether it was written is kept."""
    keep = done if (records or doc.container) else {**done, "output": None, "written": done["output"] is not None}
    return {**done, "entry": pack(keep)}


_worker: tuple[Cleaner, bool, bool] | None = None


def _init_pool_worker(cleaner: Cleaner, records: bool, entries: bool) -> None:
    global _worker
    _worker = (cleaner, records, entries)
    # Ctrl-C goes to the whole process group: the driver handles it and stops the pool;
    # workers printing their own tracebacks would only bury the driver's message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pool_chunk(docs: list[InputDoc]) -> list[dict[str, Any]]:
    assert _worker is not None
    return clean_chunk(docs, *_worker)


# --------------------------------------------------------------------------- engines

class _Inline:
    workers = 1

    def __init__(self, cleaner: Cleaner, records: bool, entries: bool):
        self.cleaner, self.records, self.entries = cleaner, records, entries

    def submit(self, docs):
        return clean_chunk(docs, self.cleaner, self.records, self.entries)

    def result(self, handle):
        return handle

    def close(self, ok: bool) -> None:
        pass


class _Pool:
    def __init__(self, cleaner: Cleaner, records: bool, entries: bool, jobs: int):
        import multiprocessing

        # fork shares the loaded rulebook with the workers for free; elsewhere spawn
        # pickles it once per worker (the worker function is importable either way).
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.pool = multiprocessing.get_context(method).Pool(jobs, _init_pool_worker, (cleaner, records, entries))
        self.workers = jobs

    def submit(self, docs):
        return self.pool.apply_async(_pool_chunk, (docs,))

    def result(self, handle):
        return handle.get()

    def close(self, ok: bool) -> None:
        if ok:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()


class _Dask:
    def __init__(self, cleaner: Cleaner, records: bool, entries: bool, jobs: int, scheduler: str | None,
                 processes: bool = True):
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=processes,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.workers = max(1, sum(self.client.nthreads().values()))
        # Sent once to every worker, not once per chunk.
        self.cleaner = self.client.scatter(cleaner, broadcast=True, hash=False)
        self.records, self.entries = records, entries

    def submit(self, docs):
        return self.client.submit(clean_chunk, docs, self.cleaner, self.records, self.entries, pure=False)

    def result(self, handle):
        return handle.result()

    def close(self, ok: bool) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --------------------------------------------------------------------------- inputs

def _walk_key(rel: str) -> tuple:
    """The order :func:`cleaner.inputs.walk` gives: a folder's files, then its sub-folders, by name."""
    parts = rel.split("/")
    return tuple((1, p) for p in parts[:-1]) + ((0, parts[-1]),)


def _fs_docs(url_path: str, url: str | None) -> Iterator[InputDoc]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url_path)
    if fs.isdir(root):
        base = root.rstrip("/")
        found = [(p[len(base) + 1:], p) for p in fs.find(root) if kind_of(p.rsplit("/", 1)[-1])]
        found.sort(key=lambda rp: _walk_key(rp[0]))
    else:
        found = [(root.rsplit("/", 1)[-1], root)]
    for rel, path in found:
        kind = kind_of(rel) or "text"
        try:
            if kind == "jsonl":
                with fs.open(path, "rb") as handle:
                    for number, raw in enumerate(handle, 1):
                        if raw.strip():
                            yield record_doc(raw, number, rel, path)
                continue
            data = fs.cat_file(path)
        except OSError as exc:
            yield InputDoc(rel, rel, kind, path=path, error=f"cannot read: {exc}")
            continue
        yield InputDoc(rel, rel, kind, data=data, url=url, path=path)


def iter_inputs(paths: list[str | Path], url: str | None = None, stdin: IO[bytes] | None = None,
                max_bytes: int = MAX_BYTES) -> Iterator[InputDoc]:
    """Documents under ``paths`` (local paths or fsspec URLs), lazily, in a fixed order."""
    for p in paths:
        if is_url(p):
            yield from _fs_docs(str(p), url)
        else:
            yield from iter_docs([Path(p)], url=url, stdin=stdin, max_bytes=max_bytes)


def input_hash(doc: InputDoc) -> str | None:
    """What a document was made from; None for documents that could not be read (always redone)."""
    if doc.error:
        return None
    h = hashlib.sha256()
    if doc.record is not None:
        h.update(logfmt.dumps(doc.record).encode("utf-8"))
    elif doc.data is not None:
        h.update(doc.data)
    else:
        h.update((doc.text or "").encode("utf-8"))
    h.update(f"\0{doc.kind}\0{doc.url or ''}".encode())
    return h.hexdigest()[:32]


# --------------------------------------------------------------------------- outputs

def open_atomic(target: str | Path) -> AtomicFile:
    return AtomicFile(target)


def _join(root: str | Path, rel: str) -> str | Path:
    return f"{str(root).rstrip('/')}/{rel}" if is_url(root) else Path(root) / rel


class Writer:
    """Where the outputs go: stdout, one JSONL file of records, or a mirrored folder."""

    def __init__(self, output: str | Path | None, single_root: bool = False):
        self.output = output
        self.single_root = single_root
        self.folder: str | None = None
        self.mode = "stdout" if output is None else ("records" if str(output).endswith(".jsonl") else "mirror")
        self.file = open_atomic(output) if self.mode == "records" else None
        self.dirs = DirSink(Path("."))  # naming and claims only: the same names as the sequential path
        self.container: tuple[str, Any] | None = None
        self.unsynced = False  # document files written since the last sync()
        self._folder_made: str | None = None  # the last output folder made
        self._fs = None
        if self.mode == "mirror" and is_url(output):
            import fsspec

            self._fs = fsspec.core.url_to_fs(str(output))[0]

    @property
    def records(self) -> bool:
        return self.mode == "records"

    def claim(self, doc: InputDoc) -> str | None:
        """The output name for ``doc``, or None if an earlier input was written there."""
        if self.mode != "mirror":
            return ""
        if self.single_root:
            # With one input root, two inputs can only share an output name within one
            # folder (a.md and a.txt), and the walk gives a folder's files together: the
            # claims of earlier folders can go, so memory does not grow with the corpus.
            folder = self.dirs.target_for(doc).rpartition("/")[0]
            if folder != self.folder:
                self.dirs.written.clear()
                self.folder = folder
        return self.dirs.claim(doc)

    def has_output(self, doc: InputDoc) -> bool:
        """A document's own output file is on disk (files only: JSONL outputs are rebuilt)."""
        if self.mode != "mirror" or doc.container:
            return True
        target = _join(self.output, self.dirs.target_for(doc))
        return self._fs.exists(target.split("://", 1)[-1]) if self._fs else Path(target).exists()

    def write(self, doc: InputDoc, payload: str) -> None:
        if self.mode == "stdout":
            sys.stdout.write(payload)
            sys.stdout.flush()
        elif self.mode == "records":
            self.file.write(payload)
        elif doc.container:
            rel = self.dirs.target_for(doc)
            if self.container is None or self.container[0] != rel:
                self._close_container(True)
                self.container = (rel, open_atomic(_join(self.output, rel)))
            self.container[1].write(payload)
        elif self._fs is not None:
            write_atomic(_join(self.output, self.dirs.target_for(doc)), payload, durable=False)
        else:
            target = os.path.join(self.output, self.dirs.target_for(doc))
            folder = os.path.dirname(target)
            if folder != self._folder_made:  # a walk gives a folder's files together
                os.makedirs(folder, exist_ok=True)
                self._folder_made = folder
            write_atomic(target, payload, durable=False, parents=False)
            self.unsynced = True

    def sync(self) -> None:
        """Make the document files written since the last call durable, all at once.

        A file per document fsynced one by one cost more than cleaning it (about 0.3 ms to
        2 ms each here); renaming without fsync is still atomic for a killed run, and one
        sync of the output's file system per chunk, before the manifest vouches for the
        chunk, covers a power loss (:func:`sync_file_system`). fsspec URLs are left to
        their file system."""
        if self.unsynced and self._fs is None:
            sync_file_system(str(self.output))
        self.unsynced = False

    def _close_container(self, ok: bool) -> None:
        if self.container is not None:
            f = self.container[1]
            f.commit() if ok else f.discard()
            self.container = None

    def close(self, ok: bool) -> None:
        if ok:
            self.sync()
        self._close_container(ok)
        if self.file is not None:
            self.file.commit() if ok else self.file.discard()


def default_manifest(output: str | Path | None) -> Path | None:
    """``OUT.manifest.sqlite`` beside a local output; none for stdout or URL outputs."""
    if output is None or is_url(output):
        return None
    out = Path(output)
    return out.parent / f"{out.name}.manifest.sqlite"


# --------------------------------------------------------------------------- the driver

def _label(doc: InputDoc) -> str:
    return doc.source if doc.id == doc.source else f"{doc.source} [{doc.id}]"


def add_to_stats(stats: Stats, doc: InputDoc, done: dict[str, Any]) -> None:
    """:meth:`Stats.add` from a worker's serialised result."""
    stats.docs += 1
    if done["error"]:
        stats.errors += 1
        if len(stats.error_examples) < 20:
            stats.error_examples.append(f"{_label(doc)}: {done['error']}")
        return
    s = done["summary"]
    stats.rule_errors += s["rule_errors"]
    stats.warnings += s["warnings"]
    if s["skipped"]:
        stats.skipped += 1
        stats.skipped_languages[s["language"] or "unknown"] += 1
        return
    stats.ok += 1
    stats.flagged += s["flagged"]
    stats.chars_in += s["chars_in"]
    stats.chars_out += s["chars_out"]
    stats.removed.update(s["removed"])


def config_hash(cleaner: Cleaner, records: bool, url: str | None) -> str:
    """Everything besides the input that decides a document's output and log records."""
    text = json.dumps([cleaner.rulebook.digest, repr(cleaner.options), records, url, MANIFEST_FORMAT])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def run(paths: list[str | Path], cleaner: Cleaner, output: str | Path | None = None, log: str | Path | None = None,
        *, jobs: int | None = None, engine: str = "local", scheduler: str | None = None, force: bool = False,
        manifest: Path | None | bool = True, url: str | None = None, chunk_size: int | None = None,
        on_progress: Callable[[Stats, int], None] | None = None, dask_processes: bool = True,
        docs: Iterator[InputDoc] | None = None, max_bytes: int = MAX_BYTES) -> Stats:
    """Clean everything under ``paths`` into ``output`` (folder, ``.jsonl`` file or None for
    stdout) and ``log``; return the summary. ``manifest=True`` uses the default manifest
    beside the output, a path uses that file, False/None runs without resuming.
    ``on_progress(stats, bytes_read)`` is called after each chunk.
    """
    jobs = jobs or cpu_count()
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    records = output is not None and str(output).endswith(".jsonl")
    if manifest is True:
        manifest = default_manifest(output)
    book: Manifest | None = Manifest(Path(manifest)) if manifest else None
    if book is not None and book.was_interrupted():  # before this run opens temp files of its own
        files = [Path(p) for p in (log, output if records else None) if p is not None and not is_url(p)]
        sweep_partials(Path(output) if output is not None and not records and not is_url(output) else None, files)
    config = config_hash(cleaner, records, url)
    ruleset = cleaner.rulebook.digest
    stats = Stats()
    executor = writer = log_file = None
    in_flight: collections.deque = collections.deque()
    read = 0
    ok = False

    def finish(items, handle) -> None:
        nonlocal read
        fresh = iter(executor.result(handle)) if handle is not None else iter(())
        for doc, key, digest, stored in items:
            done = stored if stored is not None else next(fresh)
            record = stored is None and digest is not None
            if done["error"] is None and writer.claim(doc) is None:
                owner = writer.dirs.written[writer.dirs.target_for(doc)]
                failed = Outcome(doc, error=f"output {writer.dirs.target_for(doc)} is already written from another "
                                            f"input ({owner})")
                done, record = done_of(failed, ruleset, writer.records), False
            if done["output"] is not None:
                writer.write(doc, done["output"])
            if log_file is not None:
                log_file.write(done["log"])
            add_to_stats(stats, doc, done)
            read += len(doc.data) if doc.data is not None else len(doc.text or "")
            if book is not None and record:
                book.put(key, digest, config, done["entry"])
        if book is not None:
            writer.sync()
            book.commit()  # after this chunk's files are in place and durable
        if on_progress is not None:
            on_progress(stats, read)

    try:
        if engine == "dask":
            executor = _Dask(cleaner, records, book is not None, jobs, scheduler, dask_processes)
            size = chunk_size or DASK_CHUNK
        else:
            entries = book is not None
            executor = _Pool(cleaner, records, entries, jobs) if jobs > 1 else _Inline(cleaner, records, entries)
            size = chunk_size or LOCAL_CHUNK
        limit = IN_FLIGHT_PER_WORKER * executor.workers
        writer = Writer(output, single_root=len(paths) == 1 and docs is None)  # opened only once the engine is up: a failed start leaves no temp file
        log_file = open_atomic(log) if log is not None else None
        if book is not None:
            book.set_state("running")
        chunk: list = []
        todo: list[InputDoc] = []

        def flush() -> None:
            nonlocal chunk, todo
            if not chunk:
                return
            in_flight.append((chunk, executor.submit(todo) if todo else None))
            chunk, todo = [], []
            while len(in_flight) > limit:
                finish(*in_flight.popleft())

        for doc in (docs if docs is not None else iter_inputs(paths, url=url, max_bytes=max_bytes)):
            key = f"{doc.source}\0{doc.line or 0}"
            digest = input_hash(doc) if book is not None else None
            stored = None
            if book is not None and digest is not None and not force:
                stored = book.get(key, digest, config)
                if stored is not None and stored.get("written") and not writer.has_output(doc):
                    stored = None  # its output file was deleted: make it again
            chunk.append((doc, key, digest, stored))
            if stored is None:
                todo.append(doc)
            if len(chunk) >= size:
                flush()
        flush()
        while in_flight:
            finish(*in_flight.popleft())
        ok = True
    finally:
        if executor is not None:
            executor.close(ok)
        if writer is not None:
            writer.close(ok)
        if log_file is not None:
            log_file.commit() if ok else log_file.discard()
        if book is not None:
            if ok:
                book.set_state("done")
            book.close()
    return stats

