"""Every path a run writes, checked against every input before anything runs.

A run writes its outputs (a mirrored folder, where any path may be written, or one JSONL
file), its log, the resume manifest (and SQLite's journal beside it) and, for the CLI,
the summary; temporary files go beside each of these, under names no file has
(:func:`cleaner.io.atomic.create_part` refuses one that exists). :func:`check_targets`
refuses, as a :class:`~cleaner.errors.UsageError`, a run where

- a target is an input file, or is inside an input folder;
- an input is inside the output folder (the mirror would write over it: ``clean d/a.txt
  -o d``, ``clean . -o .``);
- two targets are one file (``-o X.jsonl --log X.jsonl``), or a target other than the
  outputs is inside the output folder (an output could take its name; the folder holds
  outputs only);
- a file target is an existing folder (the run would fail only at its end);
- a target is the file stdin is redirected from, when ``-`` is an input (``clean - -o
  a.txt < a.txt``: the same file by device and inode, whatever its name).

Paths are compared as the file system has them (:func:`os.path.realpath`: links resolved),
so a link does not hide an input. A link *inside* an input folder that leads into what the
run writes is found by the walk instead, as it goes (:func:`avoided`): finding it here would
mean walking every input folder twice. Local paths only: the caller leaves URLs out.

Imports only :mod:`cleaner.errors`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError


@dataclass(frozen=True, slots=True)
class Target:
    """One path a run writes: ``what`` it is (for messages), the path as given, and
    whether it is the output folder (anything under it may be written)."""

    what: str
    path: Path
    folder: bool = False

    @property
    def real(self) -> Path:
        return Path(os.path.realpath(self.path))


def manifest_targets(path: Path) -> list[Target]:
    """The resume manifest and the journal SQLite keeps beside it while it writes."""
    return [Target("resume manifest", path), Target("resume manifest journal", Path(f"{path}-journal"))]


def check_targets(inputs: list[Path], targets: list[Target], stdin: bool = False) -> None:
    """Refuse (UsageError) a run whose ``targets`` would write over one of the local
    ``inputs`` (or, with ``stdin``, the file stdin reads), or two of whose targets are one
    path. The message names both paths."""
    found = [(p, Path(os.path.realpath(p)), p.is_dir()) for p in inputs]
    stdin_file = _stdin_file() if stdin else None
    for t in targets:
        real = t.real
        if stdin_file is not None and not t.folder:
            try:
                same = (os.stat(real).st_dev, os.stat(real).st_ino) == stdin_file
            except OSError:  # not there yet: not the file stdin reads
                same = False
            if same:
                raise UsageError(f"{t.what} {t.path} is the file stdin ('-') reads: choose another path")
        for given, src, is_dir in found:
            if is_dir and (real == src or src in real.parents):
                raise UsageError(f"{t.what} {t.path} is inside input folder {given}: choose a path outside the inputs")
            if not is_dir and real == src:
                raise UsageError(f"{t.what} {t.path} is the input file {given}: choose another path")
            if t.folder and (src == real or real in src.parents):
                raise UsageError(f"input {given} is inside output folder {t.path}: choose an output outside the inputs")
        if not t.folder and real.is_dir():
            raise UsageError(f"{t.what} {t.path} is a folder: give a file name")
    for k, a in enumerate(targets):
        for b in targets[k + 1 :]:
            if a.real == b.real:
                raise UsageError(f"{b.what} {b.path} and {a.what} {a.path} are one file: give each its own path")
            for folder, other in ((a, b), (b, a)):
                if folder.folder and folder.real in other.real.parents:
                    raise UsageError(
                        f"{other.what} {other.path} is inside output folder {folder.path}: the output folder "
                        f"holds outputs only (an output could take its name); put it beside"
                    )


def _stdin_file() -> tuple[int, int] | None:
    """(device, inode) of the regular file stdin is redirected from, or None (a pipe, a
    terminal, no stdin)."""
    try:
        st = os.fstat(0)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def avoided(targets: list[Target]) -> tuple[tuple[str, str], ...]:
    """(real path, path as given) of each target: what the walk must not read, so that a
    link in an input folder cannot feed the run its own outputs (:func:`cleaner.inputs.walk`)."""
    return tuple((os.path.realpath(t.path), str(t.path)) for t in targets)
