"""One run at a time into one output: an exclusive lock on a file beside it.

Two runs into one output would write over each other's files, and the second, finding
the first's manifest marked running, would remove the first's temporary files as those
of a killed run. So a run holds :func:`fcntl.flock` on ``OUT.lock`` beside its output
(beside, not in it, as the resume manifest: the output holds outputs only) from before
it opens the manifest to its end, and a second run is refused at once with the process
id the first wrote into the file.

The lock is the kernel's: it goes when the run's process (and its pool workers, which
inherit it and may still be writing) ends, however it ends, so a killed run leaves no
stale lock; the file stays, unlocked, and the next run takes it. It is never removed: a
run removing it while another opens it would let two runs lock two different files.
Where there is no ``fcntl`` (Windows), no lock is taken.

Imports only :mod:`cleaner.errors`.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]


class OutputBusy(UsageError):
    """Another run holds the lock of this output."""


def lock_path(output: Path) -> Path:
    """``OUT.lock`` beside ``output`` (``-o .`` is named by the folder it is)."""
    if output.name in ("", ".."):
        output = output.resolve()
    return output.parent / f"{output.name}.lock"


class OutputLock:
    """The lock of one output, held from :meth:`acquire` to :meth:`release`."""

    def __init__(self, output: Path):
        self.output = output
        self.path = lock_path(output)
        self.fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`OutputBusy` naming the run that holds it."""
        if fcntl is None:  # pragma: no cover
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise OutputBusy(
                f"another cleaner run{f' (process {holder})' if holder.isdigit() else ''} is writing to "
                f"{self.output} (it holds {self.path}): wait for it to finish, or give another output"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the last descriptor of the lock releases it
            self.fd = None
