"""Parquet in and out (the ``parquet`` extra: pyarrow).

In: each row of a ``.parquet`` file is a document, as a JSONL record is: its text in the
column ``--text-field`` names (default ``text``, else ``html``, as for JSONL; a binary
column is decoded as a file's bytes are), ``id`` and ``url`` from those columns, and the
whole row kept as the record (values JSON has no type for are written as JSON writes
them in a JSONL output: times as ISO 8601 text, decimals as text, bytes as base64).

Out: :class:`ParquetOutput` writes the output records of Parquet inputs as a Parquet
file, in row groups as they come, and renames it into place when complete (through
:class:`~cleaner.io.atomic.AtomicFile`). The columns are those a JSONL output record
has, in its order: the input's columns with their own types, read again from the input
file (no round trip through JSON), the clean text in the text column, and the metadata
columns (``title``, ``author``, ``date``, ``section``, ``url``, ``language``: text;
``language_probability``: a float). Rows that were skipped or failed are not written,
as in a JSONL output.

Without pyarrow, :func:`require` raises a :class:`~cleaner.errors.UsageError` that
names the extra to install. Imports :mod:`cleaner.inputs`, :mod:`cleaner.io` and pyarrow.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import json
from collections.abc import Iterator
from typing import IO, Any

from ..errors import UsageError
from ..inputs import InputDoc, record_to_doc
from .atomic import AtomicFile
from .layout import is_url

NEEDS_PYARROW = (
    "reading or writing Parquet needs pyarrow, which is not installed: pip install 'scrape-cleaner[parquet]'"
)

# Rows read at a time, and output rows written as one row group (or fewer, when their
# text passes GROUP_BYTES): a group of a thousand pages is a few megabytes, which readers
# of the output page through comfortably; the byte limit keeps a group of long documents
# under the 2 GiB a string column holds.
BATCH_ROWS = 1024
GROUP_BYTES = 256 * 1024 * 1024

# The output columns that are the pipeline's, with their types (the text column is text too).
METADATA_TYPES = {
    "url": "string",
    "title": "string",
    "author": "string",
    "date": "string",
    "section": "string",
    "language": "string",
    "language_probability": "float64",
}


def require() -> tuple[Any, Any]:
    """(pyarrow, pyarrow.parquet), or a UsageError that names the extra to install."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UsageError(NEEDS_PYARROW) from None
    return pyarrow, pyarrow.parquet


def read_schema(location: str) -> Any:
    """The schema of the Parquet file at ``location`` (its footer only)."""
    _, pq = require()
    return pq.read_schema(_source(location))


def parquet_docs(handle: IO[bytes], rel: str, path: str, max_bytes: int, text_field: str | None) -> Iterator[InputDoc]:
    """The documents of the rows of the Parquet file open in ``handle``, in order."""
    try:
        pa, pq = require()
    except UsageError as exc:
        yield InputDoc(f"{rel}:0", rel, "text", path=path, container=rel, error=str(exc))
        return
    number = 0
    try:
        batches = pq.ParquetFile(handle).iter_batches(batch_size=BATCH_ROWS)
        for batch in batches:
            for row in batch.to_pylist():
                number += 1
                yield _row_doc(row, number, rel, path, text_field, max_bytes)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield InputDoc(
            f"{rel}:{number + 1}",
            rel,
            "text",
            path=path,
            line=number + 1,
            container=rel,
            error=f"cannot read row {number + 1}: {exc}; the rest of the file is not read",
        )


def _row_doc(row: dict[str, Any], number: int, rel: str, path: str, text_field: str | None, max_bytes: int) -> InputDoc:
    field = text_field or next((k for k in ("text", "html") if isinstance(row.get(k), (str, bytes))), None)
    value = row.get(field) if field is not None else None
    if isinstance(value, (str, bytes)) and len(value) > max_bytes:
        return InputDoc(
            f"{rel}:{number}",
            rel,
            "text",
            path=path,
            line=number,
            container=rel,
            error=f"row {number} is over --max-bytes {max_bytes}; not read",
        )
    record = {str(k): jsonable(v) for k, v in row.items()}
    doc = record_to_doc(record, number, rel, path, text_field, what="row")
    if isinstance(value, bytes):  # page bytes: decoded as a file's are (a page by the charset it declares)
        doc.kind = "html" if field == "html" else "text"
        doc.data, doc.text, doc.error, doc.field = value, None, None, text_field
    return doc


def jsonable(value: Any) -> Any:
    """A Parquet value as JSON can hold it (as a JSONL output writes it)."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return str(value)


def _source(location: str) -> Any:
    """What pyarrow opens for a local path or an fsspec URL."""
    if not is_url(location):
        return location
    from .reading import open_binary

    return open_binary(location)


class _InputRows:
    """Rows of one input file by number (from 1), asked for in increasing order."""

    def __init__(self, location: str):
        _, pq = require()
        self.file = pq.ParquetFile(_source(location))
        self.batches = self.file.iter_batches(batch_size=BATCH_ROWS)
        self.batch: Any = None
        self.first = 0  # index of the batch's first row

    def take(self, rows: list[int]) -> Any:
        pa, _ = require()
        pieces = []
        picked: list[int] = []
        for row in rows:
            at = row - 1
            while self.batch is None or at >= self.first + self.batch.num_rows:
                if picked:
                    pieces.append(self.batch.take(pa.array(picked, pa.int64())))
                    picked = []
                if self.batch is not None:
                    self.first += self.batch.num_rows
                self.batch = next(self.batches)
            if at < self.first:
                raise RuntimeError(f"internal error: row {row} of a Parquet input asked for after a later one")
            picked.append(at - self.first)
        if picked:
            pieces.append(self.batch.take(pa.array(picked, pa.int64())))
        return pa.Table.from_batches(pieces)

    def close(self) -> None:
        self.file.close()


class _Writes:
    """The file-like object pyarrow writes to: the bytes go to an :class:`AtomicFile`."""

    def __init__(self, target: AtomicFile):
        self.target, self.position, self.closed = target, 0, False

    def write(self, data: Any) -> int:
        data = bytes(data)
        self.target.write_bytes(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class ParquetOutput:
    """A Parquet output of records of Parquet inputs: :meth:`add` each, then :meth:`commit`
    (the file appears whole under its name) or :meth:`discard` (nothing appears).
    ``text_field``: the column the clean text goes to (None: ``text``)."""

    def __init__(self, target: str, text_field: str | None = None):
        require()
        self.file = AtomicFile(target)
        self.text_column = text_field if text_field not in (None, "html") else "text"
        self._stream = _Writes(self.file)
        self._writer: Any = None
        self._pending: list[tuple[str, int, dict[str, Any]]] = []
        self._pending_bytes = 0
        self._input: tuple[str, _InputRows] | None = None

    def add(self, location: str | None, row: int | None, data: bytes) -> None:
        """The output record ``data`` (a JSON line) of row ``row`` of the input at ``location``."""
        if location is None or row is None:
            raise RuntimeError("a Parquet output holds rows of Parquet inputs only")
        self._pending.append((location, row, json.loads(data)))
        self._pending_bytes += len(data)
        if len(self._pending) >= BATCH_ROWS or self._pending_bytes >= GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        pending, self._pending, self._pending_bytes = self._pending, [], 0
        start = 0
        while start < len(pending):  # the rows of one input file at a time
            end = start
            while end < len(pending) and pending[end][0] == pending[start][0]:
                end += 1
            self._write(self._table(pending[start][0], pending[start:end]))
            start = end

    def _table(self, location: str, rows: list[tuple[str, int, dict[str, Any]]]) -> Any:
        pa, _ = require()
        if self._input is None or self._input[0] != location:
            self._close_input()
            self._input = (location, _InputRows(location))
        source = self._input[1].take([row for _, row, _ in rows])
        records = [record for _, _, record in rows]
        ours = {self.text_column, *METADATA_TYPES}
        names = list(records[0])
        columns = []
        for name in names:
            if name in ours or name not in source.column_names:
                kind = pa.float64() if METADATA_TYPES.get(name) == "float64" else pa.string()
                columns.append(pa.array([r.get(name) for r in records], kind))
            else:
                columns.append(source.column(name))
        return pa.Table.from_arrays(columns, names=names)

    def _write(self, table: Any) -> None:
        if self._writer is None:
            _, pq = require()
            self._writer = pq.ParquetWriter(self._stream, table.schema)
        self._writer.write_table(table)

    def _close_input(self) -> None:
        if self._input is not None:
            self._input[1].close()
            self._input = None

    def commit(self) -> None:
        """Write what is pending and put the file in place."""
        try:
            self._flush()
            if self._writer is None:  # no row at all: the columns of a record without input columns
                pa, _ = require()
                names = ["id", self.text_column, *METADATA_TYPES]
                kinds = [pa.float64() if METADATA_TYPES.get(n) == "float64" else pa.string() for n in names]
                self._write(pa.table([pa.array([], k) for k in kinds], names=names))
            self._writer.close()
            self._writer = None
        except BaseException:
            self.discard()
            raise
        finally:
            self._close_input()
        self.file.commit()

    def discard(self) -> None:
        """Remove the temporary file; nothing appears under the output's name."""
        self._close_input()
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:
                pass
            self._writer = None
        self.file.discard()
