"""Where tasks run: in this process, on a local process pool, or on a Dask cluster.

Every engine is an :class:`Executor`: ``submit`` a :class:`~.messages.Task`, take its
:class:`~.messages.TaskResult` back with ``result``, ``close`` at the end. All of them run
the same :func:`~.worker.run_task` with the run's :class:`~.worker.WorkerSetup`, sent to
each worker once. ``shared_disk`` says whether the workers see this machine's files: they
then read inputs, write outputs and put their shards in a folder of the driver's; a
remote cluster gets documents and sends back everything it makes.

A pool worker that dies (killed by the kernel's out-of-memory killer, or by anyone with
``kill -9``) is replaced by a fresh one, and the task it was running is run once more;
a task whose worker dies twice is given up (:class:`WorkerLost`): the driver records its
documents as errors and the run goes on.

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

from ..errors import UsageError
from .messages import Task, TaskResult
from .worker import WorkerSetup, run_task, serve


class WorkerLost(Exception):
    """A task whose worker process died each time it ran it (:attr:`PoolExecutor.TRIES` times)."""


class Executor(ABC):
    """An engine that runs tasks; results are taken back in the order the driver chooses."""

    workers: int = 1
    shared_disk: bool = True

    def lost(self) -> list[str]:
        """Worker processes that died during the run, one line each, for the summary."""
        return []

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
    itself. A worker that dies is replaced; the task it was running is run again on
    another, and given up (:class:`WorkerLost`) when that worker dies too."""

    AHEAD = 2
    # Runs of one task that may end in its worker's death: a kill from outside (the
    # out-of-memory killer, an operator) happens once, so a second run of the task
    # finishes it; a task that kills its worker each time (a document that crashes the
    # process) stops there, rather than taking down one fresh worker after another.
    TRIES = 2

    def __init__(self, jobs: int):
        self.workers = jobs
        self.conns: list[Any] = []
        self.procs: list[Any] = []
        self.queue: collections.deque[Task] = collections.deque()  # submitted, not yet sent
        self.running: dict[int, int] = {}  # task number -> worker, in the order they were sent
        self.sent: dict[int, Task] = {}  # the tasks in self.running, to send again if their worker dies
        self.deaths: collections.Counter[int] = collections.Counter()  # task number -> workers it killed
        self.done: dict[int, tuple[TaskResult | None, BaseException | None]] = {}
        self.stopped: list[int] = []
        self.died: list[str] = []

    def start(self, setup: WorkerSetup) -> None:
        import multiprocessing

        # fork shares the loaded rulebook with the workers for free; elsewhere spawn
        # pickles it once per worker (the worker function is importable either way).
        self.ctx: Any = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        )
        self.setup = setup
        for w in range(self.workers):
            self.conns.append(None)
            self.procs.append(None)
            self._spawn(w)

    def _spawn(self, w: int) -> None:
        """A new worker process in slot ``w``."""
        mine, theirs = self.ctx.Pipe()
        # The worker closes the driver's ends it gets a copy of (fork copies them all): its
        # own pipe's too, or it would never read the end of file when the driver dies alone
        # (SIGTERM, the OOM killer), and would wait for tasks, holding OUT.lock, forever.
        others = [c for k, c in enumerate(self.conns) if k != w and c is not None] + [mine]
        proc = self.ctx.Process(target=serve, args=(theirs, self.setup, others), daemon=True)
        proc.start()
        theirs.close()
        self.conns[w], self.procs[w] = mine, proc

    def lost(self) -> list[str]:
        return self.died

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
                    self.running[task.number] = w
                    self.sent[task.number] = task
                    self.conns[w].send_bytes(pickle.dumps(task, pickle.HIGHEST_PROTOCOL))
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
                        self.sent.pop(number, None)
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
        """Worker ``w`` is gone: a fresh one takes its place. The task it was running (the
        first sent of those it had) is charged with its death and run again, or given up
        after :data:`TRIES` deaths; the tasks waiting in its pipe are sent again as they were."""
        proc = self.procs[w]
        proc.join(5)
        self.stopped.append(proc.pid)  # its temporary files are swept at the end of the run
        self.conns[w].close()
        how = _exit_status(proc.exitcode)
        mine = [n for n, k in self.running.items() if k == w]
        for n in mine:
            del self.running[n]
        again: list[Task] = []
        for k, n in enumerate(mine):
            task = self.sent.pop(n)
            if k == 0:
                self.deaths[n] += 1
                if self.deaths[n] >= self.TRIES:
                    self.done[n] = (
                        None,
                        WorkerLost(f"the worker process cleaning it died {self.TRIES} times ({how}); not cleaned"),
                    )
                    continue
            again.append(task)
        self.queue.extendleft(reversed(again))  # first, in their order
        self.died.append(
            f"worker process {proc.pid} died ({how}); a new one took its place"
            + (f" and ran its task {mine[0]} again" if mine and mine[0] not in self.done else "")
        )
        self._spawn(w)

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


def _exit_status(code: int | None) -> str:
    """How a process ended, in words: ``killed by SIGKILL`` for a negative exit code."""
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


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
            try:
                self.client = Client(scheduler)
            except OSError as exc:  # a wrong address, or a cluster that is down: nothing was run
                raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
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
