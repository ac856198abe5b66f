"""Where tasks run: in this process, on a local process pool, or on a Dask cluster.

Every engine is an :class:`Executor`: ``submit`` a :class:`~.messages.Task`, take its
:class:`~.messages.TaskResult` back with ``result``, ``close`` at the end. All of them run
the same :func:`~.worker.run_task` with the run's :class:`~.worker.WorkerSetup`, sent to
each worker once. ``shared_disk`` says whether the workers see this machine's files: they
then read inputs, write outputs and put their shards in a folder of the driver's; a
remote cluster gets documents and sends back everything it makes.

Imports the worker module and, for ``engine="dask"``, ``distributed``.
"""

from __future__ import annotations

import collections
import contextlib
import pickle
import signal
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from multiprocessing.connection import wait
from typing import Any

from ..errors import RunError
from .messages import Task, TaskResult
from .worker import WorkerSetup, run_task, serve


class Executor(ABC):
    """An engine that runs tasks; results are taken back in the order the driver chooses."""

    workers: int = 1
    shared_disk: bool = True

    def abandoned(self) -> list[int]:
        """Process ids of workers stopped in the middle of a task (they died, or :meth:`close`
        stopped them outright): their temporary files are left for the driver to remove."""
        return []

    @abstractmethod
    def start(self, setup: WorkerSetup) -> None:
        """Get the workers ready for tasks of this run."""

    @abstractmethod
    def submit(self, task: Task) -> Any:
        """Start ``task``; returns a handle for :meth:`result`."""

    @abstractmethod
    def result(self, handle: Any) -> TaskResult:
        """The task's result (waits for it; raises what the task raised)."""

    def settle(self, handle: Any) -> None:
        """Wait until the task has stopped, whatever its outcome (the run is being given up:
        no worker may still be writing when the driver removes what the run left)."""
        try:
            self.result(handle)
        except Exception:
            pass

    @abstractmethod
    def close(self, graceful: bool) -> None:
        """Stop the workers; ``graceful=False`` when tasks may still run (stops them outright)."""


class InlineExecutor(Executor):
    """Tasks run in this process, one at a time, when submitted (``--jobs 1``)."""

    def start(self, setup: WorkerSetup) -> None:
        self.setup = setup

    def submit(self, task: Task) -> TaskResult:
        return run_task(self.setup, task)

    def result(self, handle: TaskResult) -> TaskResult:
        return handle

    def close(self, graceful: bool) -> None:
        pass


class PoolExecutor(Executor):
    """``jobs`` worker processes on this machine, each fed tasks through its own pipe.

    Not :class:`multiprocessing.Pool`: its helper threads took the GIL from the driver's
    loop for every task and it waits forever for the task of a worker that died. Here the
    driver's one thread sends each worker up to :data:`AHEAD` pickled tasks (one running,
    one waiting in the pipe, so a worker never waits for the driver) and reads results
    itself; a worker that dies is an error."""

    AHEAD = 2

    def __init__(self, jobs: int):
        self.workers = jobs
        self.conns: list[Any] = []
        self.procs: list[Any] = []
        self.queue: collections.deque[Task] = collections.deque()  # submitted, not yet sent
        self.running: dict[int, int] = {}  # task number -> worker
        self.done: dict[int, tuple[TaskResult | None, BaseException | None]] = {}
        self.stopped: list[int] = []

    def start(self, setup: WorkerSetup) -> None:
        import multiprocessing

        # fork shares the loaded rulebook with the workers for free; elsewhere spawn
        # pickles it once per worker (the worker function is importable either way).
        ctx: Any = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        for _ in range(self.workers):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=serve, args=(theirs, setup, list(self.conns)), daemon=True)
            proc.start()
            theirs.close()
            self.conns.append(mine)
            self.procs.append(proc)

    def submit(self, task: Task) -> int:
        self.queue.append(task)
        self._send()
        return task.number

    def _send(self) -> None:
        while self.queue:
            load = [0] * self.workers
            for w in self.running.values():
                load[w] += 1
            w = min(range(self.workers), key=load.__getitem__)
            if load[w] >= self.AHEAD:
                return
            try:
                with _whole_message():  # taken, sent and recorded, or none of it
                    task = self.queue.popleft()
                    self.conns[w].send_bytes(pickle.dumps(task, pickle.HIGHEST_PROTOCOL))
                    self.running[task.number] = w
            except (BrokenPipeError, ConnectionResetError):
                self._died(w)

    def result(self, handle: int) -> TaskResult:
        while handle not in self.done:
            busy = {self.conns[w] for w in self.running.values()}
            assert busy, f"task {handle} was never submitted"
            ready: list[Any] = wait(list(busy))
            for conn in ready:
                try:
                    with _whole_message():  # read and recorded, or not read at all
                        number, result, error = pickle.loads(conn.recv_bytes())
                        self.running.pop(number, None)
                        self.done[number] = (result, error)
                except (EOFError, ConnectionResetError):
                    self._died(self.conns.index(conn))
            self._send()
        result, error = self.done.pop(handle)
        if error is not None:
            raise error
        assert result is not None
        return result

    def abandoned(self) -> list[int]:
        return self.stopped

    def _died(self, w: int) -> None:
        proc = self.procs[w]
        proc.join(1)
        self.stopped.append(proc.pid)
        raise RunError(f"worker process {proc.pid} died (exit code {proc.exitcode}); the run was stopped")

    def close(self, graceful: bool) -> None:
        for conn, proc in zip(self.conns, self.procs, strict=True):
            if graceful and proc.is_alive():
                try:
                    conn.send_bytes(pickle.dumps(None))
                    continue
                except OSError:
                    pass
            if proc.pid not in self.stopped:
                self.stopped.append(proc.pid)
            proc.terminate()
        for conn, proc in zip(self.conns, self.procs, strict=True):
            proc.join()
            conn.close()


@contextlib.contextmanager
def _whole_message() -> Iterator[None]:
    """Ctrl-C held back while a message goes through a pipe and is recorded: an interrupt
    between its length and its bytes would leave the pipe out of step, and one between
    reading a result and recording it would lose it; the driver, which still waits for
    the tasks in flight before it stops, would then wait for bytes that never come."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class DaskExecutor(Executor):
    """A Dask distributed cluster: the one at ``scheduler``, or a ``LocalCluster`` of
    ``jobs`` single-threaded worker processes. A cluster at an address is taken to be on
    other machines: it is sent documents, not paths, and sends back all it makes."""

    def __init__(self, jobs: int, scheduler: str | None, processes: bool = True):
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
            self.shared_disk = False
        else:
            self.cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=processes, dashboard_address=None
            )
            self.client = Client(self.cluster)
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.setup: Any = None

    def start(self, setup: WorkerSetup) -> None:
        self.setup = self.client.scatter(setup, broadcast=True, hash=False)  # once to every worker, not per task

    def submit(self, task: Task) -> Any:
        return self.client.submit(run_task, self.setup, task, pure=False)

    def result(self, handle: Any) -> TaskResult:
        return handle.result()

    def close(self, graceful: bool) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(engine: str, jobs: int, scheduler: str | None, dask_processes: bool) -> Executor:
    if engine == "dask":
        return DaskExecutor(jobs, scheduler, dask_processes)
    return PoolExecutor(jobs) if jobs > 1 else InlineExecutor()
