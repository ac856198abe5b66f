"""The inputs of a run cut into tasks: small descriptors, in input order, made lazily.

Folders are walked (local, or through fsspec for URLs) in the fixed order of
:func:`cleaner.inputs.walk`; a JSONL file is cut into ranges of lines by looking for
newlines only (its records are parsed by the workers). Documents are not read here,
except where a worker cannot read them: stdin, documents given to the Python API, local
files when the cluster is remote, and files that can only be read from their start in
one pass (compressed JSONL, WARC, Parquet: :func:`cleaner.inputs.streamed`), whose
documents are read here as the tasks are made and sent to the workers. A file found in
a folder that is no document is a skipped document here. Two more things are settled
here, before any worker starts on a document: which inputs share an output name with an
earlier input (the driver then decides, in input order, which one writes it), and what
the resume manifest expects of each document.

Imports :mod:`cleaner.io`, :mod:`cleaner.inputs` and the manifest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..inputs import InputDoc, kind_of, streamed, walk
from ..io.atomic import NAME_MAX
from ..io.layout import is_url, output_name
from ..io.reading import open_binary, read_file_item, read_stdin, split_lines, url_files
from ..manifest import Manifest, doc_key
from .config import Form, RunConfig
from .messages import DocItem, Expect, FileItem, Item, RangeItem, Task

# Why an input that is not Parquet is not cleaned into a Parquet output.
PARQUET_ONLY = (
    "not cleaned: a Parquet output (-o OUT.parquet) holds the rows of Parquet inputs only; "
    "write the records of other inputs to a .jsonl output or a folder"
)

Stored = dict[str, dict[str, Any]]  # a task's documents the manifest has, by key: their payloads


def single_root(config: RunConfig) -> bool:
    """The run walks one input root (so output names collide within one folder only)."""
    return len(config.paths) == 1 and config.documents is None


def item_source(item: Item) -> str:
    return item.doc.source if isinstance(item, DocItem) else item.rel


# Who claims an output name: (root, source), the input's place in the paths given and its
# name under that path, and where it is (to name it in a message).
Owner = tuple[int, str, str]


def item_owner(item: Item) -> Owner:
    if isinstance(item, DocItem):
        return item.root, item.doc.source, item.doc.path or item.doc.source
    return item.root, item.rel, item.location


def taken(name: str, owner: Owner, mine: Owner) -> str:
    """The error of the input ``mine`` whose output ``name`` ``owner`` has."""
    if owner[0] == mine[0]:  # one input root: the names differ (a.md and a.txt)
        return f"output {name} is already written from another input ({owner[1]})"
    if owner[2] == mine[2]:
        return f"output {name} is already written: the same input ({mine[2]}) is given twice"
    return f"output {name} is already written from another input ({owner[2]}); this one is {mine[2]}"


def item_container(item: Item) -> str | None:
    """The JSONL file the item's documents are records of (their output name in a mirror)."""
    if isinstance(item, DocItem):
        return item.doc.container
    return item.rel if isinstance(item, RangeItem) else None


class Claims:
    """Which input writes each output name of a mirrored folder: the first to claim it.

    Inputs are told apart by their root (the path given they were found under) and their
    name under it, so ``a/x.txt`` and ``b/x.txt``, or two folders that both hold ``x.txt``,
    are two inputs for one output name. With one input root, two inputs can only share an
    output name within one folder (a.md and a.txt), and the walk gives a folder's files
    together: the names of earlier folders are forgotten, so memory does not grow with the
    corpus."""

    def __init__(self, single_root: bool):
        self.single_root = single_root
        self._owners: dict[str, Owner] = {}
        self._folder: str | None = None

    def claim(self, name: str, owner: Owner) -> Owner | None:
        """None when ``owner`` has ``name`` (now, or already); else the input that has it."""
        if self.single_root:
            folder = name.rpartition("/")[0]
            if folder != self._folder:
                self._owners.clear()
                self._folder = folder
        found = self._owners.setdefault(name, owner)
        return None if found[:2] == owner[:2] else found


class Layout:
    """Output names that cannot all be written: a file and a folder of one name in the
    mirror (``a.md`` writes ``a.txt``, a folder ``a.txt/`` holds ``b.txt``). The first
    input, in input order, has the name; :meth:`clash` says why a later one cannot be written.

    With one input root, a folder's files come before its sub-folders, so a file always
    takes the name before the folder's outputs come; only the names in the folders above
    the one being walked are kept. With several roots, every name is kept (as
    :class:`Claims` does), and a folder may come first: then the file is refused."""

    def __init__(self, single_root: bool):
        self.single_root = single_root
        self._files: dict[str, dict[str, Owner]] = {}  # by folder: output file names, and who has each
        self._folders: dict[str, Owner] = {}  # output folders, and the first input with an output in each
        self._at: str | None = None

    def clash(self, name: str, owner: Owner) -> str | None:
        """Why ``owner`` cannot write ``name``, or None (and then the name and its folders are taken)."""
        folder = name.rpartition("/")[0]
        if self.single_root and folder != self._at:
            self._at = folder
            self._files = {k: v for k, v in self._files.items() if _above(k, folder)}
            self._folders = {k: v for k, v in self._folders.items() if _above(k, folder)}
        parts = name.split("/")
        for k in range(1, len(parts)):
            above = "/".join(parts[:k])
            has = self._files.get(above.rpartition("/")[0], {}).get(above)
            if has is not None:
                return f"output {name} cannot be written: {above} is the output of another input ({_named(has, owner)})"
        has = self._folders.get(name)
        if has is not None:
            return (
                f"output {name} cannot be written: it is a folder of other inputs' outputs "
                f"(the first: {_named(has, owner)})"
            )
        self._files.setdefault(folder, {}).setdefault(name, owner)
        for k in range(1, len(parts)):
            self._folders.setdefault("/".join(parts[:k]), owner)
        return None


def _above(folder: str, here: str) -> bool:
    """Whether ``folder`` is ``here`` or a folder above it (``""``: the top)."""
    return folder == "" or folder == here or here.startswith(folder + "/")


def _named(has: Owner, mine: Owner) -> str:
    """The input ``has``, as ``mine``'s error names it: by its name under one root, else where it is."""
    return has[1] if has[0] == mine[0] else has[2]


def name_max(output: Any) -> int | None:
    """The longest file name, in bytes, the local output folder ``output`` takes (255 on
    Linux and macOS file systems; asked of the folder, or of the nearest one above it that
    exists, as the folder may not be made yet); None for a URL, whose store has no such limit."""
    if output is None or is_url(output):
        return None
    folder = Path(output).absolute()
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no such query here (Windows)
        return NAME_MAX


def too_long(name: str, limit: int | None) -> str | None:
    """Why the output ``name`` cannot be written in a folder whose file names take ``limit``
    bytes at most, or None. An output's name can be longer than its input's (``README`` gives
    ``README.txt``, ``a.md`` gives ``a.txt``), and one the file system refuses stopped the run."""
    if limit is None:
        return None
    last = name.rpartition("/")[2]
    size = len(os.fsencode(last))
    if size <= limit:
        return None
    return (
        f"its output's name would be {size} bytes, over the {limit} a file name may have in the output "
        "folder; rename the input to clean it"
    )


def _failed(item: Item) -> bool:
    """Whether the item is known to be an error before it is read (a walk error, a file refused)."""
    if isinstance(item, DocItem):
        return item.doc.error is not None
    return isinstance(item, FileItem) and item.kind == "error"


class Planner:
    """Tasks of about ``size`` documents for a run, with what the manifest has of each."""

    def __init__(
        self,
        config: RunConfig,
        shared_disk: bool,
        size: int,
        book: Manifest | None,
        config_hash: str,
        avoid: tuple[tuple[str, str], ...] = (),
    ):
        self.config, self.shared_disk, self.size = config, shared_disk, size
        self.avoid = avoid  # what the run writes: not read back through a link in an input folder
        self.book, self.config_hash = (None, "") if config.force else (book, config_hash)
        self.mirror = config.form is Form.MIRROR
        self.parquet_out = config.form is Form.RECORDS and str(config.output).endswith(".parquet")
        self._schema: tuple[str, Any] | None = None  # the first Parquet input of a Parquet output, and its schema
        # Every input that shares its output name with an earlier one, whether or not the
        # earlier one will be cleaned: the driver settles these in input order.
        self._names = Claims(single_root(config))
        self._layout = Layout(single_root(config))
        self._name_max = name_max(config.output) if self.mirror else None

    def tasks(self) -> Iterator[tuple[Task, Stored]]:
        items: list[Item] = []
        docs = 0
        number = 0
        for item in self.items():
            if self.mirror and not (isinstance(item, DocItem) and item.doc.skipped is not None):  # skips write nothing
                name = output_name(item_source(item), item_container(item))
                if not _failed(item):  # an input that is an error writes nothing: it takes no name
                    item.refused = too_long(name, self._name_max) or self._layout.clash(name, item_owner(item))
                if item.refused is None:
                    item.contested = self._names.claim(name, item_owner(item)) is not None
            items.append(item)
            docs += item.lines if isinstance(item, RangeItem) else 1
            if docs >= self.size:
                yield self._task(number, items)
                number += 1
                items, docs = [], 0
        if items:
            yield self._task(number, items)

    def items(self) -> Iterator[Item]:
        config = self.config
        if config.documents is not None:
            for doc in config.documents:
                yield DocItem(doc)
            return
        for root, p in enumerate(config.paths):
            if str(p) == "-":
                doc = read_stdin(config.url, max_bytes=config.max_bytes)
                if self.parquet_out:
                    doc.error, doc.data = PARQUET_ONLY, None
                yield DocItem(doc, root=root)
            elif is_url(p):
                for rel, location, path, skipped in url_files(str(p)):
                    if skipped is not None:
                        yield DocItem(InputDoc(rel, rel, "text", path=path, skipped=skipped), root=root)
                    else:
                        yield from self._file(root, rel, location, path, kind_of(rel) or "text", None)
            else:
                for f in walk([Path(p)], self.avoid):
                    if f.skipped is not None:
                        yield DocItem(InputDoc(f.rel, f.rel, "text", path=str(f.path), skipped=f.skipped), root=root)
                    else:
                        yield from self._file(root, f.rel, str(f.path), str(f.path), f.kind, f.error)

    def _file(self, root: int, rel: str, location: str, path: str, kind: str, error: str | None) -> Iterator[Item]:
        config = self.config
        refused = self._refused(rel, location, kind)
        if refused is not None:
            yield DocItem(InputDoc(rel, rel, "text", path=path, error=refused), root=root)
            return
        if (not self.shared_disk and not is_url(location)) or streamed(rel, kind):
            # A remote cluster cannot read this machine's files; a compressed or WARC file is read in one pass.
            docs = read_file_item(rel, location, path, kind, error, config.url, config.max_bytes, config.text_field)
            for doc in docs:
                yield DocItem(doc, location=location, root=root)
            return
        if kind != "jsonl":
            yield FileItem(rel, location, path, kind, error, root=root)
            return
        try:
            handle = open_binary(location)
        except OSError as exc:
            if is_url(location):
                yield DocItem(InputDoc(rel, rel, kind, path=path, error=f"cannot read: {exc}"), root=root)
            else:
                yield DocItem(
                    InputDoc(f"{rel}:0", rel, "text", container=rel, error=f"cannot read: {exc.strerror or exc}"),
                    root=root,
                )
            return
        with handle:
            for start, end, first, lines in split_lines(handle, self.size):
                yield RangeItem(rel, location, path, start, end, first, lines, root=root)

    def _refused(self, rel: str, location: str, kind: str) -> str | None:
        """Why an input cannot go to a Parquet output, if it cannot: the output is one table,
        made of the rows of Parquet inputs with the same columns."""
        if not self.parquet_out or kind == "error":
            return None
        if kind != "parquet":
            return PARQUET_ONLY
        from ..errors import UsageError
        from ..io.parquet import read_schema

        try:
            schema = read_schema(location)
        except UsageError as exc:  # no pyarrow
            return str(exc)
        except Exception:  # a file that is not Parquet: its reader reports it, as in any run
            return None
        if self._schema is None:
            self._schema = (rel, schema)
        elif not schema.equals(self._schema[1], check_metadata=False):
            return (
                f"not cleaned: its columns differ from those of {self._schema[0]}, and a Parquet output is one "
                f"table; clean the files into a folder (-o DIR) to keep each one's columns"
            )
        return None

    def _task(self, number: int, items: list[Item]) -> tuple[Task, Stored]:
        stored: Stored = {}
        if self.book is not None:
            keys: list[str] = []
            for item in items:
                if isinstance(item, RangeItem):
                    keys += [doc_key(item.rel, line) for line in range(item.first_line, item.first_line + item.lines)]
                else:
                    keys.append(doc_key(item_source(item), item.doc.line if isinstance(item, DocItem) else None))
            found = self.book.get_many(keys, self.config_hash)
            for item in items:
                if isinstance(item, RangeItem):
                    for line in range(item.first_line, item.first_line + item.lines):
                        self._expect(item, found, doc_key(item.rel, line), stored, line)
                else:
                    at = item.doc.line if isinstance(item, DocItem) else None
                    self._expect(item, found, doc_key(item_source(item), at), stored, at)
        return Task(number, items), stored

    def _expect(
        self, item: Item, found: dict[str, tuple[str, dict[str, Any]]], key: str, stored: Stored, line: int | None
    ) -> None:
        if key not in found:
            return
        input_hash, payload = found[key]
        # A mirrored file that was written must still be there to be kept.
        expect = Expect(input_hash, bool(payload.get("written")) and self.mirror and item_container(item) is None)
        stored[key] = payload
        if isinstance(item, RangeItem):
            item.expect[line or 0] = expect
        else:
            item.expect = expect
