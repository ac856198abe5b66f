"""Reading inputs: documents from files, folders, JSONL lines, fsspec URLs and stdin.

:func:`iter_docs` gives every document under local paths (``rules learn`` reads this way;
the batch driver splits the same walk into tasks that its workers read with
:func:`read_file_item` and :func:`read_jsonl_range`). Files that can only be read from
their start, in one pass (compressed JSONL, WARC, Parquet), are read by
:func:`container_docs`. :func:`read_text` decodes a document's bytes. A problem with one
file, line or record is an :class:`~cleaner.inputs.InputDoc` carrying the error, never an
exception that stops the batch.

Imports :mod:`cleaner.inputs`, :mod:`cleaner.decode` (and :mod:`cleaner.html` for HTML
bytes, when there are some), fsspec for URLs, and the readers of the container formats
(:mod:`.compressed`, :mod:`.warc`, :mod:`.parquet`) when there are such files.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..decode import Decoded, decode_bytes
from ..inputs import (
    MAX_BYTES,
    InputDoc,
    InputFile,
    bounded_doc,
    is_html,
    jsonl_docs,
    kind_of,
    read_file,
    streamed,
    walk,
)
from .layout import is_url


def read_text(doc: InputDoc, max_bytes: int = MAX_BYTES) -> Decoded:
    """The document's text (HTML still as markup): JSONL text as is, file bytes gunzipped
    (to at most ``max_bytes``) and decoded (HTML, by name or by content, by its meta
    charset). Raises DecodeError, OSError or BadGzipFile."""
    if doc.text is not None:
        return Decoded(doc.text, None)  # type: ignore[arg-type]
    data = doc.data or b""
    if doc.container is None and doc.source.lower().endswith(".gz"):  # a record of a .warc.gz is not gzipped
        data = gunzip(data, max_bytes)
    if is_html(doc, data):
        from ..html import decode_html  # the HTML path (lxml): imported only when needed

        return decode_html(data, doc.charset)
    return decode_bytes(data)


class TooLarge(OSError):
    """A compressed document that inflates to more than ``--max-bytes``."""


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """``data`` gunzipped, as :func:`gzip.decompress` does, but inflated as a stream that
    stops past ``max_bytes``: the bound holds on the inflated bytes, not the compressed
    ones (a 2 MB file can inflate to 2 GiB). Raises :class:`TooLarge` past the bound."""
    with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as stream:
        out = stream.read(max_bytes + 1)
    if len(out) > max_bytes:
        raise TooLarge(f"inflates to over --max-bytes {max_bytes}; not read")
    return out


def read_stdin(url: str | None, stdin: IO[bytes] | None = None, max_bytes: int = MAX_BYTES) -> InputDoc:
    """The one document on stdin (``-``), or the error that it is too large."""
    return bounded_doc(stdin or sys.stdin.buffer, "-", "text", max_bytes, url, None, what="stdin")


def iter_docs(
    paths: list[Path], url: str | None = None, stdin: IO[bytes] | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[InputDoc]:
    """Every document under local ``paths`` (``-`` for stdin), lazily, in a fixed order."""
    for p in paths:
        if str(p) == "-":
            yield read_stdin(url, stdin, max_bytes)
            continue
        for f in walk([p]):
            yield from read_file(f, url=url, max_bytes=max_bytes)


def url_files(url: str) -> list[tuple[str, str, str, str | None]]:
    """The files under an fsspec URL, in the order :func:`cleaner.inputs.walk` gives a local
    folder: (relative name, URL to open, path as the file system names it, why it is
    skipped). A file in a URL folder is read by its name alone (its content is not looked
    at, as that would cost a read of every file of the bucket): one of no kind read is
    skipped, with the reason, and the log says so."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):  # a file named on the command line is read whatever its name
        return [(root.rsplit("/", 1)[-1], fs.unstrip_protocol(root), root, None)]
    base = root.rstrip("/")
    found = sorted(((p[len(base) + 1 :], p) for p in fs.find(root)), key=lambda rp: _walk_key(rp[0]))
    return [
        (rel, fs.unstrip_protocol(path), path, None if kind_of(rel.rsplit("/", 1)[-1]) else SKIP_URL_NAME)
        for rel, path in found
    ]


# Why a file in a URL folder is not read (counted by reason in the summary).
SKIP_URL_NAME = "not read: a file name of no kind cleaner reads, in a URL folder (files there are chosen by name)"


def _walk_key(rel: str) -> tuple[tuple[int, str], ...]:
    """The order of :func:`cleaner.inputs.walk`: a folder's files, then its sub-folders, by name."""
    parts = rel.split("/")
    return tuple((1, p) for p in parts[:-1]) + ((0, parts[-1]),)


def open_binary(location: str) -> IO[bytes]:
    """A local path or an fsspec URL, open for reading bytes."""
    if is_url(location):
        import fsspec

        fs, path = fsspec.core.url_to_fs(location)
        return fs.open(path, "rb")
    return open(location, "rb")


def read_file_item(
    rel: str,
    location: str,
    path: str,
    kind: str,
    error: str | None,
    url: str | None,
    max_bytes: int,
    text_field: str | None = None,
) -> Iterator[InputDoc]:
    """The documents of one input file (``kind`` "error" for a walk error)."""
    if not is_url(location):
        yield from read_file(InputFile(Path(location), rel, kind, error), url, max_bytes, text_field)
        return
    if streamed(rel, kind):
        yield from container_docs(rel, location, path, kind, max_bytes, text_field)
        return
    import fsspec

    fs, fs_path = fsspec.core.url_to_fs(location)
    try:
        with fs.open(fs_path, "rb") as handle:  # as a local file: never more than the bound read
            doc = bounded_doc(handle, rel, kind, max_bytes, url, path)
    except OSError as exc:
        yield InputDoc(rel, rel, kind, path=path, error=f"cannot read: {exc}")
        return
    yield doc


def read_jsonl_range(
    handle: IO[bytes],
    rel: str,
    path: str,
    start: int,
    end: int,
    first_line: int,
    max_bytes: int,
    text_field: str | None = None,
) -> Iterator[InputDoc]:
    """The records on the lines of bytes ``[start, end)`` of a JSONL file (a range begins
    and ends at a line boundary), the first one being line ``first_line``: as
    :func:`cleaner.inputs.read_file` reads a whole file, an empty line aside, a line over
    ``max_bytes`` an error for that line (nothing of it read into memory beyond the limit)."""
    handle.seek(start)
    yield from jsonl_docs(handle, rel, path, max_bytes, text_field, first_line, end)


def container_docs(
    rel: str, location: str, path: str, kind: str, max_bytes: int, text_field: str | None = None
) -> Iterator[InputDoc]:
    """The documents of a file read in one pass from its start: the records of a
    compressed JSONL file (``.jsonl.gz``, ``.jsonl.zst``, decompressed as they are read),
    of a WARC file, the rows of a Parquet file. A file that cannot be opened is one error
    record; one that fails halfway ends with an error record where it failed."""
    try:
        handle = open_binary(location)
    except OSError as exc:
        yield InputDoc(f"{rel}:0", rel, "text", path=path, container=rel, error=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        if kind == "warc":
            from .warc import warc_docs

            yield from warc_docs(handle, rel, path, max_bytes)
        elif kind == "parquet":
            from .parquet import parquet_docs

            yield from parquet_docs(handle, rel, path, max_bytes, text_field)
        else:
            from .compressed import READ_ERRORS, decompressed

            with decompressed(handle, rel) as stream:
                yield from jsonl_docs(stream, rel, path, max_bytes, text_field, read_errors=READ_ERRORS)


def split_lines(handle: IO[bytes], lines_per_range: int, block: int = 1 << 20) -> Iterator[tuple[int, int, int, int]]:
    """A JSONL file cut into ranges of ``lines_per_range`` lines: (start, end, first line,
    lines), in order. Only newlines are looked for (in C, a block at a time): the records
    are read and parsed by whoever reads each range."""
    start, first, count = 0, 1, 0  # the range being made: its first byte and line, its complete lines
    pos = 0  # bytes read
    last = b"\n"
    while data := handle.read(block):
        at = 0
        while (nl := data.find(b"\n", at)) >= 0:
            at = nl + 1
            count += 1
            if count == lines_per_range:
                yield start, pos + at, first, count
                start, first, count = pos + at, first + count, 0
        pos += len(data)
        last = data[-1:]
    if pos > start:  # the lines after the last full range, the final one perhaps without a newline
        yield start, pos, first, count + (last != b"\n")
