"""The typed records that cross process boundaries between the driver and its workers.

Down (driver to worker), a :class:`Task`: a few small descriptors of where documents
are, never their bytes when the worker can read them itself: an input file
(:class:`FileItem`), a range of lines of a JSONL file (:class:`RangeItem`), or, for
stdin, the Python API and remote clusters that cannot see local files, a document already
read (:class:`DocItem`). Each carries what the resume manifest expects of it.

Up (worker to driver), a :class:`TaskResult`: per document a :class:`DocResult` (sizes,
error, manifest entry), the task's counts, and its log and output as :class:`Shard` s: a
file the worker wrote, or the bytes themselves when driver and worker share no disk.

Imports only :mod:`cleaner.inputs` (the document type) and the summary's counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..inputs import InputDoc
from .stats import DocSummary, Stats


@dataclass(frozen=True, slots=True)
class Expect:
    """What the manifest has of a document: it is not redone if its input still hashes to
    ``input_hash`` (and, when ``output_file``, its output file is still there)."""

    input_hash: str
    output_file: bool


@dataclass(slots=True)
class FileItem:
    """One input file (text or HTML) to read: ``location`` is a local path or a URL."""

    rel: str  # relative to its input root: the document's id and source
    location: str
    path: str  # as the document knows it (site resolution by folder name)
    kind: str  # text | html | error
    error: str | None = None  # found while walking (a folder that cannot be listed, a bad name)
    contested: bool = False  # an earlier input has its output name: the driver decides who writes
    expect: Expect | None = None
    root: int = 0  # which of the run's paths it was found under: two may hold one relative name
    refused: str | None = None  # why its documents cannot be written (an output file is where their folder goes)


@dataclass(slots=True)
class RangeItem:
    """Lines ``first_line`` .. ``first_line + lines - 1`` of a JSONL file: bytes ``[start, end)``."""

    rel: str
    location: str
    path: str
    start: int
    end: int
    first_line: int
    lines: int
    contested: bool = False
    expect: dict[int, Expect] = field(default_factory=dict)  # by line number
    root: int = 0
    refused: str | None = None


@dataclass(slots=True)
class DocItem:
    """A document already read (stdin, documents given to the Python API, inputs a remote
    cluster cannot read, documents of files read in one pass)."""

    doc: InputDoc
    contested: bool = False
    expect: Expect | None = None
    location: str | None = None  # the file it was read from (a Parquet output takes its other columns from there)
    root: int = 0
    refused: str | None = None


Item = FileItem | RangeItem | DocItem


@dataclass(slots=True)
class Task:
    number: int
    items: list[Item]


@dataclass(slots=True)
class DocResult:
    """One document as a worker finished it."""

    id: str
    line: int | None
    error: str | None  # it could not be cleaned; its log is an error record
    summary: DocSummary | None  # counts, for a document the driver counts itself (contested)
    reused: bool = False  # unchanged since the manifest's run: its stored records stand
    log_size: int = 0  # bytes of its records in the task's log shard
    out_size: int | None = None  # bytes of its output in the task's output shard; None: none there
    input_hash: str | None = None
    entry: bytes | None = None  # its packed manifest entry (a run with a manifest)


@dataclass(slots=True)
class Shard:
    """Bytes a worker made for the driver to put in place: in a file the worker wrote in
    the run's shard folder, or here (inline executors, remote clusters)."""

    path: str | None = None
    data: bytes | None = None


@dataclass(slots=True)
class TaskResult:
    number: int
    docs: list[list[DocResult]]  # per item of the task, in order
    log: Shard
    out: Shard
    stats: Stats  # counts of the documents the worker counted: all but the reused and contested ones
    files: int = 0  # output files the worker wrote (the driver makes them durable)
    read: int = 0  # input bytes read (progress)
