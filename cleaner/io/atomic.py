"""The one atomic writer: every file cleaner writes appears whole under its name, or not at all.

A file is written to a temporary name beside its target, ``.NAME.cleaner-PID-N.part``,
and renamed into place when complete; on any failure the temporary file is removed and the
target is untouched. Local files are created with ``O_EXCL`` and mode 0666 less the
umask (as any file a program makes; ``mkstemp``'s 0600 kept outputs from the other users
and tools a corpus is made for) and fsynced before the rename unless the caller makes
many files durable at once (:func:`sync_file_system`). fsspec URLs (``s3://``,
``file://``, ``memory://`` ...) get the same temporary name and a move; their file
system decides what is durable when.

- :func:`write_atomic`: a whole text or byte string (one output, a report, the rule cache).
- :class:`AtomicFile`: a file written in pieces (the log, a JSONL output), including
  other files' bytes (:meth:`AtomicFile.append_file`, the driver's log shards).
- :func:`sweep_partials`: the temporary files and folders a killed run left behind, and
  nothing else: the name says whose a file is (``cleaner-``, a process id and a number),
  so a user's own ``.notes.part`` in the output folder is not taken for one.

Imports only :mod:`cleaner.io.layout` (and fsspec, for URLs, when one is used).
"""

from __future__ import annotations

import errno
import glob
import hashlib
import itertools
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .layout import is_url

_part_numbers = itertools.count()

# ``.NAME.cleaner-PID-N.part``: cleaner's temporary names, and only those.
_PART = re.compile(r"\.(?P<name>.+)\.cleaner-(?P<pid>\d+)-\d+\.part")


# A file name holds at most 255 bytes (NAME_MAX on Linux, macOS and Windows file systems).
# ``.NAME.cleaner-PID-N.part`` adds up to 46 to NAME (a 10-digit process id, a 20-digit
# number), so a NAME of more than 209 bytes, which a file of its own can have, is shortened
# in the temporary name: its first 192 bytes, "~" and 16 hex digits of its hash. The same
# target always gets the same stem, so a later run still finds a killed run's leftovers.
NAME_MAX = 255
_STEM_MAX = NAME_MAX - len(".") - len(".cleaner-") - 10 - len("-") - 20 - len(".part")
_STEM_KEEP = _STEM_MAX - 1 - 16


def part_stem(name: str) -> str:
    """The target's file name as its temporary names hold it: the name itself, or a
    shortened one (see ``_STEM_MAX``)."""
    raw = os.fsencode(name)
    if len(raw) <= _STEM_MAX:
        return name
    keep = raw[:_STEM_KEEP].decode("utf-8", "ignore")  # cut at a character's boundary
    return f"{keep}~{hashlib.sha256(raw).hexdigest()[:16]}"


def part_name(target: str, number: int) -> str:
    """The temporary name beside ``target``: ``.NAME.cleaner-PID-N.part``."""
    folder, name = os.path.split(target)  # fsspec paths use "/" too
    return os.path.join(folder, f".{part_stem(name)}.cleaner-{os.getpid()}-{number}.part")


def is_part(name: str, target: str | None = None, pids: list[int] | None = None) -> bool:
    """Whether the file name ``name`` is one of cleaner's temporary names: of the target
    named ``target`` and of the processes ``pids`` when given."""
    m = _PART.fullmatch(name)
    return (
        m is not None and (target is None or m["name"] == part_stem(target)) and (pids is None or int(m["pid"]) in pids)
    )


def create_part(target: str) -> tuple[int, str]:
    """A new temporary file beside the local ``target``, open for writing: (fd, path).

    The name is unique by process id and a counter; ``O_EXCL`` refuses one that exists
    (a file a killed run left under a process id used again), and the next number is taken."""
    for _ in range(1000):
        tmp = part_name(target, next(_part_numbers))
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def make_part_dir(target: str) -> str:
    """A new temporary folder beside the local ``target`` (named as a temporary file, so
    :func:`sweep_partials` finds it when a killed run leaves it behind)."""
    for _ in range(1000):
        tmp = part_name(target, next(_part_numbers))
        try:
            os.mkdir(tmp)
            return tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _write_all(fd: int, data: bytes | memoryview) -> None:
    done = 0
    while done < len(data):
        done += os.write(fd, data[done:] if done else data)


def write_atomic(
    target: str | os.PathLike[str], data: str | bytes, *, durable: bool = True, parents: bool = True
) -> None:
    """Write ``data`` (text as UTF-8, newlines as they are) to ``target``, whole or not at all.

    ``durable=False`` skips the fsync: the caller syncs many files at once. ``parents``
    makes the target's folder when missing. A local file is written with plain ``os``
    calls: a batch writes one file per document, and pathlib and a text wrapper cost
    more than the write."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if is_url(target):
        f = AtomicFile(target)
        try:
            f.write_bytes(raw)
        except BaseException:
            f.discard()
            raise
        f.commit(durable)
        return
    target = os.fspath(target)
    if parents:
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    fd, tmp = create_part(target)
    try:
        try:
            _write_all(fd, raw)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException as exc:
        _unlink_quietly(tmp)
        named(exc, target)
        raise


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def named(exc: BaseException, path: str) -> None:
    """Give an OSError without a file name (a write or sync that failed: ENOSPC, EIO) the
    name of the file being written, so that the message says which disk is full."""
    if isinstance(exc, OSError) and exc.filename is None:
        exc.filename = path


class AtomicFile:
    """A file written in pieces to its temporary name, renamed into place by :meth:`commit`.

    Local or an fsspec URL; its folder is made when missing. :meth:`discard` (or any
    failure in :meth:`commit`) removes the temporary file. As a context manager it commits
    when the block ends normally and discards when it raises."""

    def __init__(self, target: str | os.PathLike[str]):
        self.target = os.fspath(target)
        self._fs: Any = None
        self._handle: Any = None
        self._fd = -1
        if is_url(self.target):
            import fsspec

            self._fs, self._path = fsspec.core.url_to_fs(self.target)
            parent = self._path.rsplit("/", 1)[0]
            if parent:
                self._fs.makedirs(parent, exist_ok=True)
            self.tmp = part_name(self._path, next(_part_numbers))
            self._handle = self._fs.open(self.tmp, "wb")
        else:
            Path(self.target).parent.mkdir(parents=True, exist_ok=True)
            self._fd, self.tmp = create_part(self.target)

    def write(self, text: str) -> None:
        self.write_bytes(text.encode("utf-8"))

    def write_bytes(self, data: bytes) -> None:
        try:
            if self._handle is not None:
                self._handle.write(data)
            else:
                _write_all(self._fd, data)
        except OSError as exc:
            named(exc, self.target)
            raise

    def append_file(self, path: str, start: int = 0, length: int | None = None) -> None:
        """Append ``length`` bytes (all, when None) from ``start`` of the local file ``path``,
        copied in the kernel where it can be."""
        try:
            self._append_file(path, start, length)
        except OSError as exc:
            named(exc, self.target)
            raise

    def _append_file(self, path: str, start: int, length: int | None) -> None:
        with open(path, "rb") as src:
            end = os.fstat(src.fileno()).st_size if length is None else start + length
            pos = start
            if self._handle is None:
                try:
                    while pos < end:
                        sent = os.sendfile(self._fd, src.fileno(), pos, end - pos)
                        if sent == 0:
                            break
                        pos += sent
                    return
                except OSError as exc:
                    if pos != start or exc.errno not in (errno.EINVAL, errno.ENOSYS):  # no sendfile here
                        raise
            src.seek(pos)
            while pos < end:
                block = src.read(min(1 << 20, end - pos))
                if not block:
                    break
                self.write_bytes(block)
                pos += len(block)

    def commit(self, durable: bool = True) -> None:
        """Make the file appear complete under its name; on any failure, leave nothing."""
        try:
            if self._handle is not None:
                self._handle.close()
                self._fs.mv(self.tmp, self._path)
            else:
                if durable:
                    os.fsync(self._fd)
                fd, self._fd = self._fd, -1
                os.close(fd)
                os.replace(self.tmp, self.target)
        except BaseException as exc:
            self.discard()
            named(exc, self.target)
            raise

    def discard(self) -> None:
        """Remove the temporary file, closed first as far as it can be. Closing may fail
        again (a full disk fails the final flush too); the file goes all the same."""
        try:
            if self._handle is not None:
                try:
                    self._handle.close()
                except OSError:
                    pass
                if self._fs.exists(self.tmp):
                    self._fs.rm(self.tmp)
            else:
                if self._fd >= 0:
                    fd, self._fd = self._fd, -1
                    try:
                        os.close(fd)
                    except OSError:
                        pass
                _unlink_quietly(self.tmp)
        except OSError:
            pass

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


_syncfs: Callable[[int], int] | None | bool = False  # False: not looked up yet


def sync_file_system(folder: str) -> None:
    """Flush the dirty data of the file system ``folder`` is on, and only that one.

    A file per document fsynced one by one cost more than cleaning it; renaming without an
    fsync is still atomic for a killed run, and one sync of the output's file system per
    chunk covers a power loss. ``os.sync()`` flushes every file system's, so a run on a
    machine busy writing other data would wait for that data too. Linux has ``syncfs(2)``,
    which Python's ``os`` module does not wrap: it is called through the C library, and
    ``os.sync()`` is the fallback where there is none."""
    import ctypes

    global _syncfs
    if _syncfs is False:
        try:
            _syncfs = ctypes.CDLL(None, use_errno=True).syncfs
        except (AttributeError, OSError):
            _syncfs = None
    if _syncfs is None:
        os.sync()
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if _syncfs(fd) != 0:  # type: ignore[operator]
            err = ctypes.get_errno()
            raise OSError(err, f"syncfs: {os.strerror(err)}", folder)
    finally:
        os.close(fd)


def sweep_partials(folder: Path | None, files: list[Path], pids: list[int] | None = None) -> int:
    """Remove the temporary ``.NAME.cleaner-PID-N.part`` files (and folders) a killed run
    left: anywhere under the output ``folder``, and beside each single-file target in
    ``files``; only those of the processes ``pids`` when given. Never a finished file, and
    never a file of another name (a user's ``.notes.part``)."""
    removed = 0

    def remove(path: Path) -> None:
        nonlocal removed
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed += 1

    if folder is not None and folder.is_dir():
        for dirpath, dirnames, names in os.walk(folder):
            for name in names + dirnames:
                if is_part(name, pids=pids):
                    remove(Path(dirpath, name))
            dirnames[:] = [d for d in dirnames if not is_part(d)]
    for target in files:
        for leftover in target.parent.glob(f".{glob.escape(part_stem(target.name))}.cleaner-*.part"):
            if is_part(leftover.name, target.name, pids):
                remove(leftover)
    return removed
