"""Reading inputs: documents from files, folders, JSONL lines, fsspec URLs and stdin.

:func:`iter_docs` gives every document under local paths (``rules learn`` reads this way;
the batch driver splits the same walk into tasks that its workers read with
:func:`read_file_item` and :func:`read_jsonl_range`). :func:`read_text` decodes a
document's bytes. A problem with one file or line is an :class:`~cleaner.inputs.InputDoc`
carrying the error, never an exception that stops the batch.

Imports :mod:`cleaner.inputs`, :mod:`cleaner.decode` (and :mod:`cleaner.html` for HTML
bytes, when there are some), and fsspec for URLs.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..decode import Decoded, decode_bytes
from ..inputs import MAX_BYTES, InputDoc, InputFile, is_html, kind_of, read_file, record_doc, walk
from .layout import is_url


def read_text(doc: InputDoc) -> Decoded:
    """The document's text (HTML still as markup): JSONL text as is, file bytes gunzipped
    and decoded (HTML, by name or by content, by its meta charset). Raises DecodeError,
    OSError or BadGzipFile."""
    if doc.text is not None:
        return Decoded(doc.text, None)  # type: ignore[arg-type]
    data = doc.data or b""
    if doc.source.lower().endswith(".gz"):
        data = gzip.decompress(data)
    if is_html(doc, data):
        from ..html import decode_html  # the HTML path (lxml): imported only when needed

        return decode_html(data)
    return decode_bytes(data)


def read_stdin(url: str | None, stdin: IO[bytes] | None = None, max_bytes: int = MAX_BYTES) -> InputDoc:
    """The one document on stdin (``-``), or the error that it is too large."""
    data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputDoc("-", "-", "text", error=f"stdin is over --max-bytes {max_bytes}; not read")
    return InputDoc("-", "-", "text", data=data, url=url)


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


def url_files(url: str) -> list[tuple[str, str, str]]:
    """The input files under an fsspec URL, in the order :func:`cleaner.inputs.walk` gives
    a local folder: (relative name, URL to open, path as the file system names it)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if fs.isdir(root):
        base = root.rstrip("/")
        found = [(p[len(base) + 1 :], p) for p in fs.find(root) if kind_of(p.rsplit("/", 1)[-1])]
        found.sort(key=lambda rp: _walk_key(rp[0]))
    else:
        found = [(root.rsplit("/", 1)[-1], root)]
    return [(rel, fs.unstrip_protocol(path), path) for rel, path in found]


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
    rel: str, location: str, path: str, kind: str, error: str | None, url: str | None, max_bytes: int
) -> Iterator[InputDoc]:
    """The document of one input file (text or HTML; ``kind`` "error" for a walk error)."""
    if not is_url(location):
        yield from read_file(InputFile(Path(location), rel, kind, error), url=url, max_bytes=max_bytes)
        return
    import fsspec

    fs, fs_path = fsspec.core.url_to_fs(location)
    try:
        data = fs.cat_file(fs_path)
    except OSError as exc:
        yield InputDoc(rel, rel, kind, path=path, error=f"cannot read: {exc}")
        return
    yield InputDoc(rel, rel, kind, data=data, url=url, path=path)


def read_jsonl_range(
    handle: IO[bytes], rel: str, path: str, start: int, end: int, first_line: int, max_bytes: int
) -> Iterator[InputDoc]:
    """The records on the lines of bytes ``[start, end)`` of a JSONL file (a range begins
    and ends at a line boundary), the first one being line ``first_line``: as
    :func:`cleaner.inputs.read_file` reads a whole file, an empty line aside, a line over
    ``max_bytes`` an error for that line (nothing of it read into memory beyond the limit)."""
    handle.seek(start)
    number = first_line - 1
    while handle.tell() < end:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            break
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                raw = handle.readline(1 << 20)
            yield InputDoc(
                f"{rel}:{number}",
                rel,
                "text",
                line=number,
                container=rel,
                error=f"line {number} is over --max-bytes {max_bytes}; not read",
            )
            continue
        if raw.strip():
            yield record_doc(raw, number, rel, path)


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
