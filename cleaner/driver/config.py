"""What a run is asked to do: :class:`RunConfig`, and the output forms it can write.

The CLI (or a Python caller) fills one :class:`RunConfig`; :func:`cleaner.driver.run`
takes nothing else. :meth:`RunConfig.targets` lists what the run writes, for
:mod:`.targets` to check against the inputs. Imports only the pipeline's types,
:mod:`cleaner.io.layout` and :mod:`.targets`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from ..inputs import MAX_BYTES, InputDoc
from ..io.layout import TEXT_OUTPUT_SUFFIXES, is_url
from ..io.lock import lock_path
from .targets import Target, manifest_targets

if TYPE_CHECKING:
    from ..pipeline import Cleaner
    from .stats import Stats


class Form(StrEnum):
    """What is written for each document, and where."""

    MIRROR = "mirror"  # OUT/<path>.txt per input file, OUT/<path>.jsonl per JSONL or WARC input (.parquet per Parquet)
    RECORDS = "records"  # one file of output records: JSONL, or Parquet (of Parquet inputs)
    FILE = "file"  # one document's clean body in one text file (``-o body.txt``)
    STDOUT = "stdout"  # the clean bodies on stdout (a JSONL input's records as JSONL)
    EXPLAIN = "explain"  # each document with its edits marked, on stdout (``--explain``)
    NONE = "none"  # the log and the summary only (``--dry-run``)


# Documents per task. Small enough that a task of full pages takes well under a second
# (progress stays live, an interrupted task costs little), large enough that the ~0.1 ms
# of pool or scheduler overhead per task is noise against ~10-50 ms per document.
LOCAL_CHUNK = 16
DASK_CHUNK = 64
# Tasks in flight per worker: one running, one queued so a worker never waits for the
# driver; more would only hold more documents in memory.
IN_FLIGHT_PER_WORKER = 2


@dataclass(slots=True)
class RunConfig:
    """One batch run. ``output``: a folder (mirrored), a ``.jsonl`` or ``.parquet`` file (records), a
    ``.txt`` or ``.md`` file that is not a folder (one document's body: :func:`text_output`), or None
    (stdout, or nothing with ``form=Form.NONE``). ``manifest``: True for the default one
    beside a local output, a path, or False for none (then every run redoes everything).
    ``documents`` are cleaned instead of reading ``paths`` (already read: the Python API).
    ``summary``: a file the caller writes when the run is done, checked as the run's own are."""

    paths: list[str | Path]
    cleaner: Cleaner
    output: str | Path | None = None
    log: str | Path | IO[str] | None = None
    form: Form | None = None  # None: from ``output``
    jobs: int | None = None  # None: every CPU this process may use
    engine: Literal["local", "dask"] = "local"
    scheduler: str | None = None  # a Dask scheduler address; None: a LocalCluster of ``jobs`` workers
    dask_processes: bool = True
    force: bool = False
    manifest: Path | str | bool = True
    url: str | None = None
    max_bytes: int = MAX_BYTES
    text_field: str | None = None  # the field of JSONL records and Parquet rows holding the text (None: text, html)
    chunk_size: int | None = None
    color: bool = False  # ``Form.EXPLAIN``: ANSI colours
    on_progress: Callable[[Stats, int], None] | None = None  # (stats, input bytes read), after each task
    summary: Path | None = None  # written by the caller after the run (--summary-json): checked with the run's files
    documents: Iterable[InputDoc] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.engine not in ("local", "dask"):
            raise ValueError(f"unknown engine {self.engine!r} (local or dask)")
        if self.form is None:
            if self.output is None:
                self.form = Form.STDOUT
            elif records_output(self.output):
                self.form = Form.RECORDS
            else:
                self.form = Form.FILE if text_output(self.output) else Form.MIRROR

    @property
    def output_form(self) -> Form:
        assert self.form is not None
        return self.form

    def lock_path(self) -> Path | None:
        """The lock file of a local output (``OUT.lock`` beside it), which one run at a time holds."""
        if self.form not in (Form.MIRROR, Form.RECORDS) or self.output is None or is_url(self.output):
            return None
        return lock_path(Path(self.output))

    def manifest_path(self) -> Path | None:
        """The resume manifest: none without outputs (dry-run, explain) or when turned off;
        ``OUT.manifest.sqlite`` beside a local output by default."""
        if self.form in (Form.NONE, Form.EXPLAIN) or self.manifest is False or self.manifest is None:
            return None
        if self.manifest is not True:
            return Path(self.manifest)
        if self.output is None or is_url(self.output) or self.form is Form.FILE:  # one document: nothing to resume
            return None
        out = Path(self.output)
        if out.name in ("", ".."):  # "-o ." is named by the folder it is, and the manifest goes beside it
            out = out.resolve()
        return out.parent / f"{out.name}.manifest.sqlite"

    def targets(self) -> list[Target]:
        """Every local path the run writes (temporary files go beside these)."""
        found: list[Target] = []
        if self.output is not None and self.form in (Form.MIRROR, Form.RECORDS, Form.FILE) and not is_url(self.output):
            found.append(Target("output", Path(self.output), folder=self.form is Form.MIRROR))
        if isinstance(self.log, (str, os.PathLike)) and not is_url(self.log):
            found.append(Target("log", Path(self.log)))
        book = self.manifest_path()
        if book is not None:
            found += manifest_targets(book)
        lock = self.lock_path()
        if lock is not None:
            found.append(Target("run lock", lock))
        if self.summary is not None:
            found.append(Target("summary", Path(self.summary)))
        return found

    def local_inputs(self) -> list[Path]:
        return [Path(p) for p in self.paths if str(p) != "-" and not is_url(p)]

    def reads_stdin(self) -> bool:
        return any(str(p) == "-" for p in self.paths)


def records_output(output: str | os.PathLike[str]) -> bool:
    """Whether ``output`` names one file of records (JSONL or Parquet) rather than a folder."""
    return str(output).endswith((".jsonl", ".parquet"))


def text_output(output: str | os.PathLike[str]) -> bool:
    """Whether ``output`` names one text file for one document's body: a local ``.txt`` or
    ``.md`` path that is not a folder already (a folder of that name, left by an older run,
    is still mirrored into)."""
    return not is_url(output) and Path(output).suffix.lower() in TEXT_OUTPUT_SUFFIXES and not Path(output).is_dir()


def cpu_count() -> int:
    """CPUs this process may run on (a container or taskset can allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
