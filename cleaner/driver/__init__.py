"""The batch driver: one loop for every run of ``cleaner clean``.

:func:`run` takes a :class:`RunConfig` and returns the run's :class:`Stats`. The
:class:`~.plan.Planner` walks the inputs into tasks of small descriptors; an
:class:`~.executors.Executor` (this process, a process pool, or a Dask cluster) runs
them, each worker reading its documents, cleaning them (:func:`cleaner.batch.process`),
writing their output files and its shards of the log; the :class:`~.merge.Assembler`
takes the results back in input order and puts log and outputs together. A bounded
number of tasks is in flight, so memory holds those, not the corpus; outputs and log are
the same bytes for any number of workers and either engine. ``--dry-run`` and
``--explain`` are output forms of the same loop (:class:`Form`).

A worker process that dies is replaced and its task run again; a task that kills its
worker twice has its documents recorded as errors (:mod:`.executors`), and the run goes on.

Resuming: with a manifest (:mod:`cleaner.manifest`), a document whose input and config
are unchanged is not cleaned again and its stored records go into the log, so a resumed
run's log equals an uninterrupted run's; rows are committed about once a second, after
the output files they vouch for are in place and durable.

The modules: :mod:`.config` (what is asked), :mod:`.messages` (what crosses process
boundaries), :mod:`.plan` (inputs to tasks), :mod:`.worker` (a task run),
:mod:`.executors` (where tasks run), :mod:`.merge` (results put in place),
:mod:`.stats` (the summary). The driver may import the pipeline (through the worker),
:mod:`cleaner.batch`, :mod:`cleaner.io`, :mod:`cleaner.runlog`, :mod:`cleaner.manifest`
and, for ``--explain`` only, :func:`cleaner.tools.show.explain_result`; nothing of the
read-side tools (:mod:`cleaner.tools`, :mod:`cleaner.runlog.restore`) imports the driver.
"""

from __future__ import annotations

import collections
import os
import shutil
import tempfile
from pathlib import Path

from ..io.atomic import make_part_dir, sweep_partials
from ..io.layout import is_url
from ..io.lock import OutputLock
from ..manifest import Manifest, config_hash
from .config import DASK_CHUNK, IN_FLIGHT_PER_WORKER, LOCAL_CHUNK, Form, RunConfig, cpu_count
from .executors import Executor, InlineExecutor, WorkerLost, make_executor
from .merge import Assembler
from .messages import Task, TaskResult
from .plan import Planner, Stored
from .stats import DocSummary, Stats
from .targets import avoided, check_targets
from .worker import WorkerSetup, refused_task, run_task

__all__ = ["Form", "RunConfig", "Stats", "DocSummary", "run", "cpu_count"]


def run(config: RunConfig) -> Stats:
    """Clean every document of ``config`` into its outputs and log; the run's summary.
    Raises UsageError, before anything is written, for a run that would write over an
    input or twice to one path (:mod:`.targets`), or whose local output another run is
    writing (:class:`~cleaner.io.lock.OutputBusy`: one run at a time holds ``OUT.lock``)."""
    check_targets(config.local_inputs(), config.targets(), stdin=config.reads_stdin())
    lock = _lock(config)  # before the manifest: a run that finds it marked running sweeps temporary files
    try:
        return _run(config)
    finally:
        if lock is not None:
            lock.release()


def _lock(config: RunConfig) -> OutputLock | None:
    """The output's lock, taken (OutputBusy, a UsageError, when another run holds it)."""
    path = config.lock_path()
    if path is None:
        return None
    lock = OutputLock(Path(config.output or ""))
    lock.acquire()
    return lock


def _run(config: RunConfig) -> Stats:
    stats = Stats()
    book = _open_manifest(config)
    executor: Executor | None = None
    assembler: Assembler | None = None
    shards: str | None = None
    in_flight: collections.deque[tuple[Task, Stored, object]] = collections.deque()
    ok = False
    try:
        jobs = config.jobs or cpu_count()
        executor = make_executor(config.engine, jobs, config.scheduler, config.dask_processes)
        shards = _shard_folder(config, executor)
        setup = _setup(config, executor, shards, book is not None)
        executor.start(setup)
        # Opened only once the engine is up: a failed start leaves no temporary file.
        digest = _config_hash(config)
        assembler = Assembler(config, book, digest, stats)
        if book is not None:
            book.set_state("running")
        size = config.chunk_size or (DASK_CHUNK if config.engine == "dask" else LOCAL_CHUNK)
        planner = Planner(config, executor.shared_disk, size, book, digest, avoided(config.targets()))
        limit = IN_FLIGHT_PER_WORKER * executor.workers
        for task, stored in planner.tasks():
            in_flight.append((task, stored, executor.submit(task)))
            while len(in_flight) > limit:
                _finish(config, setup, executor, assembler, book, *in_flight.popleft())
        while in_flight:
            _finish(config, setup, executor, assembler, book, *in_flight.popleft())
        ok = True
    finally:
        if executor is not None:
            stats.workers_died = executor.lost()
        graceful = ok or _settle(executor, in_flight)
        if executor is not None:
            executor.close(graceful)
            if executor.abandoned():
                _sweep(config, executor.abandoned())
        done = False  # the log and outputs are in place
        try:
            if assembler is not None:
                assembler.close(ok)
            done = ok
        finally:
            if shards is not None:
                shutil.rmtree(shards, ignore_errors=True)
            if book is not None:
                if done:
                    book.set_state("done")
                book.close()
    return stats


def _finish(
    config: RunConfig,
    setup: WorkerSetup,
    executor: Executor,
    assembler: Assembler,
    book: Manifest | None,
    task: Task,
    stored: Stored,
    handle: object,
) -> None:
    """Take the next task's result in input order and put it in place. A task given up
    because its worker died (twice) is run here with its documents refused: read, not
    cleaned, each an error record."""
    try:
        result: TaskResult = executor.result(handle)
    except WorkerLost as exc:
        result = run_task(setup, refused_task(task, str(exc)))
    assembler.add(task, stored, result)
    for shard in (result.log, result.out):
        if shard.path is not None:
            os.unlink(shard.path)
    if book is not None and book.due():
        assembler.sync()
        book.commit()  # after the files of the tasks it vouches for are in place and durable
    if config.on_progress is not None:
        config.on_progress(assembler.stats, assembler.read)


def _settle(executor: Executor | None, in_flight: collections.deque[tuple[Task, Stored, object]]) -> bool:
    """Wait for the tasks still running of a run being given up, so no worker is writing
    when the run's temporary files are removed. False if interrupted again meanwhile (the
    workers are then stopped outright)."""
    if executor is None:
        return True
    try:
        for _, _, handle in in_flight:
            executor.settle(handle)
    except KeyboardInterrupt:
        return False
    return True


def _open_manifest(config: RunConfig) -> Manifest | None:
    path = config.manifest_path()
    if path is None:
        return None
    book = Manifest(path)
    if book.was_interrupted():  # before this run opens temporary files of its own
        _sweep(config, None)
    return book


def _sweep(config: RunConfig, pids: list[int] | None) -> None:
    """Remove the temporary files a killed run (or the processes ``pids``) left in the
    output folder and beside the log and the JSONL output."""
    output = config.output
    single = [
        Path(str(p))
        for p in (config.log, output if config.form in (Form.RECORDS, Form.FILE) else None)
        if isinstance(p, (str, os.PathLike)) and not is_url(p)
    ]
    folder = Path(output) if config.form is Form.MIRROR and output is not None and not is_url(output) else None
    sweep_partials(folder, single, pids)


def _config_hash(config: RunConfig) -> str:
    return config_hash(config.cleaner, config.form is Form.RECORDS, config.url, config.text_field)


def _shard_folder(config: RunConfig, executor: Executor) -> str | None:
    """Where workers put their shards: beside the log (or the JSONL output), named as a
    temporary file so that the sweep after a killed run finds it, else in the system's
    temporary folder under a name of the same shape (which a walk of an input folder that
    holds it leaves out); None when shards come back inline (this process, or a remote
    cluster)."""
    if isinstance(executor, InlineExecutor) or not executor.shared_disk:
        return None
    for target in (config.log, config.output if config.form is Form.RECORDS else None):
        if isinstance(target, (str, os.PathLike)) and not is_url(target):
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            return make_part_dir(os.fspath(target))
    return make_part_dir(os.path.join(tempfile.gettempdir(), "shards"))


def _setup(config: RunConfig, executor: Executor, shards: str | None, hashes: bool) -> WorkerSetup:
    output = None if config.output is None else str(config.output)
    writes = executor.shared_disk or (output is not None and is_url(output))
    return WorkerSetup(
        config.cleaner,
        config.output_form,
        output,
        shards,
        writes,
        hashes,
        config.url,
        config.max_bytes,
        config.color,
        log=config.log is not None,
        text_field=config.text_field,
    )
