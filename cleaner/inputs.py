"""What to clean: files, folders (walked lazily and in a fixed order), JSONL records, stdin.

Each document becomes an :class:`InputDoc` with its id, where it came from, and either its
bytes (files) or its text (JSONL). Input kinds are chosen by file name; HTML files and
JSONL records with an ``html`` field are their own kind, so the HTML path slots in beside
text. A page that arrives under another name (a ``.txt`` file, a file without an
extension, stdin, a JSONL ``text`` field) is recognised by its content
(:func:`cleaner.sniff.looks_like_page`, :func:`is_html`) and read as HTML all the same.
Files of many documents (compressed JSONL, WARC, Parquet) are read in one pass by
:mod:`cleaner.io.reading`. In a folder, a file whose name is of no known kind is cleaned
when its content is a page (or, without an extension, text); others (images, data
files) are skipped documents that carry the reason. A problem with one file or one
record is an :class:`InputDoc` carrying the error, never an exception that stops the
batch.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from io import BufferedIOBase
from pathlib import Path
from typing import IO, Any

from .io.atomic import is_part
from .io.layout import HTML_SUFFIXES

# Page sniffing lives in cleaner.sniff; its names are found here too, as they always were.
from .sniff import SNIFF_BYTES, looks_like_page

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst")
WARC_SUFFIXES = (".warc", ".warc.gz")
PARQUET_SUFFIXES = (".parquet",)
# Files of many documents each: JSONL (plain or compressed), WARC, Parquet.
CONTAINER_KINDS = ("jsonl", "warc", "parquet")


def kind_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def streamed(name: str, kind: str) -> bool:
    """Whether a file of ``kind`` can only be read from its start, in one pass: compressed
    JSONL, WARC and Parquet are read by the driver and their documents sent to workers,
    where a plain JSONL file is cut into ranges of lines that workers read themselves."""
    return kind in ("warc", "parquet") or (kind == "jsonl" and not name.lower().endswith(".jsonl"))


def is_html(doc: InputDoc, content: bytes | str) -> bool:
    """Whether ``doc`` is read and cleaned as an HTML page: by its kind (an HTML file name,
    a JSONL ``html`` field), else by its ``content`` (:func:`looks_like_page`)."""
    if doc.kind == "html":
        return True
    # A fragment counts in a file or on stdin; in a markdown file or a JSONL text field
    # (which holds markdown as often as plain text) only when each of its lines opens with a
    # tag: markdown may open and close with HTML, with lines of its own between.
    fragments = doc.record is None and not doc.source.lower().endswith(MARKDOWN_SUFFIXES)
    return looks_like_page(content, fragments=fragments)


@dataclass(slots=True)
class InputDoc:
    """One document to clean, or the reason it cannot be read."""

    id: str
    source: str  # input file, relative to the input root given on the command line
    kind: str  # text | html
    data: bytes | None = None  # raw file bytes, decoded by the pipeline
    text: str | None = None  # already text (JSONL records)
    url: str | None = None
    path: str | None = None  # for site resolution by folder name
    line: int | None = None  # JSONL line, WARC record or Parquet row number, from 1
    record: dict[str, Any] | None = None  # the JSONL record or Parquet row, to pass other fields through
    container: str | None = None  # the JSONL, WARC or Parquet file this document belongs to (relative)
    error: str | None = None
    field: str | None = None  # the record's field the text is in (None: ``text`` or ``html``)
    charset: str | None = None  # the charset the bytes' transport declares (a WARC record's HTTP header)
    skipped: str | None = None  # why this input is no document to clean (a WARC request record, an image)


@dataclass(slots=True)
class InputFile:
    """A file found among the inputs: where it is and how it is named in the output."""

    path: Path
    rel: str
    kind: str  # text | html | jsonl | warc | parquet | error (a folder that could not be listed) | skipped
    error: str | None = None
    skipped: str | None = None  # kind "skipped": why the file is no document (found in a folder, of no kind read)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix() or "."
    except ValueError:
        return path.as_posix()


@dataclass(slots=True)
class Walk:
    files: Iterator[InputFile]
    ignored: list[str] = field(default_factory=list)


def walk(paths: list[Path], avoid: Sequence[tuple[str, str]] = ()) -> Iterator[InputFile]:
    """Files under ``paths`` in a fixed order; folders recursively, links followed once.

    ``avoid``: (real path, path as given) of what the run writes. A folder or file that a
    link in an input folder leads to there is an error for it, not read: the run would
    read back its own outputs. Folders and files named as cleaner's temporary files are
    not documents, and are left out as other files of no known kind are."""
    for root in paths:
        if root.is_dir():
            seen: set[tuple[int, int]] = set()
            problems: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=problems.append):
                while problems:  # a folder os.walk could not list: reported, not skipped silently
                    exc = problems.pop(0)
                    bad = Path(exc.filename or dirpath)
                    yield InputFile(bad, _rel(bad, root), "error", f"cannot list folder: {exc.strerror or exc}")
                st = os.stat(dirpath)
                if (st.st_dev, st.st_ino) in seen:  # a symlink loop: do not go round again
                    dirnames[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                real_dir = os.path.realpath(dirpath) if avoid else ""
                written = _written(real_dir, avoid)
                if written is not None:
                    dirnames[:] = []
                    yield _avoided(Path(dirpath), _rel(Path(dirpath), root), written)
                    continue
                dirnames[:] = sorted(d for d in dirnames if not is_part(d))
                for name in sorted(filenames):
                    full = Path(dirpath) / name
                    if avoid:
                        real = os.path.realpath(full) if os.path.islink(full) else os.path.join(real_dir, name)
                        written = _written(real, avoid)
                        if written is not None:
                            yield _avoided(full, full.relative_to(root).as_posix(), written)
                            continue
                    odd = _not_regular(full)
                    if odd is not None:
                        yield _checked(InputFile(full, full.relative_to(root).as_posix(), "error", odd))
                        continue
                    kind = kind_of(name)
                    if kind is None:  # no known name: a document by its content, or a skipped file
                        if is_part(name):
                            continue
                        yield _checked(_by_content(InputFile(full, full.relative_to(root).as_posix(), "html")))
                        continue
                    yield _checked(InputFile(full, full.relative_to(root).as_posix(), kind))
            for exc in problems:
                bad = Path(exc.filename or root)
                yield InputFile(bad, _rel(bad, root), "error", f"cannot list folder: {exc.strerror or exc}")
        else:
            yield _checked(InputFile(root, root.name, kind_of(root.name) or "text"))


# What a file in a folder is when it is not a regular file (stat.S_IFMT), for its error.
_FILE_TYPES = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def _not_regular(path: Path) -> str | None:
    """Why a file found in a folder is not read, if it is no regular file (links followed):
    a FIFO would hang the run when opened, a device (``/dev/zero``) never ends and says its
    size is 0. It is never opened. A path that cannot be looked at (a broken link) is left
    to the reader, which says why it cannot read it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    what = _FILE_TYPES.get(stat.S_IFMT(mode), "no regular file")
    return f"not a regular file ({what}); not read"


def _written(real: str, avoid: Sequence[tuple[str, str]]) -> str | None:
    """The target of ``avoid`` that the real path ``real`` is or is inside, as given."""
    for target, given in avoid:
        if real == target or real.startswith(target.rstrip(os.sep) + os.sep):
            return given
    return None


def _avoided(path: Path, rel: str, written: str) -> InputFile:
    return _checked(InputFile(path, rel, "error", f"leads to {written}, which this run writes; not read"))


def _by_content(f: InputFile) -> InputFile:
    """A file found in a folder under a name of no known kind: an HTML file if its first
    bytes are a page's (``index.php``, ``article``, saved under the name of their URL), a
    text file if it has no extension at all and its bytes are text, else a skipped file
    with the reason: a file of another kind (``logo.png``, ``page.json`` beside the pages)
    is no document, and the log says so rather than leaving it out unseen."""
    try:
        with f.path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES + 1)  # one byte more: whether the whole file was read
    except OSError as exc:
        return InputFile(f.path, f.rel, "error", f"cannot read: {exc.strerror or exc}")
    if looks_like_page(head):
        return f
    if "." in f.path.name:  # an extension of another kind, or a hidden file (.DS_Store, .gitignore)
        return InputFile(f.path, f.rel, "skipped", skipped=SKIP_OTHER_KIND)
    from .decode import DecodeError, decode_bytes

    try:
        decode_bytes(head[:SNIFF_BYTES])
    except DecodeError:
        return InputFile(f.path, f.rel, "skipped", skipped=SKIP_BINARY)  # an executable, an image without an extension
    return InputFile(f.path, f.rel, "text")


# The reasons a file found in a folder is no document (they are counted by reason in the summary).
SKIP_OTHER_KIND = "not a document: a file name of no kind cleaner reads, and its content is not a page"
SKIP_BINARY = "not a document: no file name extension, and its content is binary"


def _checked(f: InputFile) -> InputFile:
    """``f``, or an error for it if its name is not UTF-8: Python keeps such bytes as lone
    surrogates, which no UTF-8 log, manifest or output name can hold, so the file is
    reported (named with the bad bytes as ``\\xNN``) and the batch goes on."""
    try:
        f.rel.encode("utf-8")
        return f
    except UnicodeEncodeError:
        shown = os.fsencode(f.rel).decode("utf-8", "backslashreplace")
        return InputFile(f.path, shown, "error", "file name is not valid UTF-8; rename the file to clean it")


# An article, even a long HTML page, is well under this; a larger document is almost
# always a dump or a binary, and reading it whole would cost its size in memory.
MAX_BYTES = 64 * 1024 * 1024


def bounded_doc(
    handle: IO[bytes], rel: str, kind: str, max_bytes: int, url: str | None, path: str | None, what: str = "file"
) -> InputDoc:
    """The document of what ``handle`` holds, read up to ``max_bytes`` and one byte more to
    tell a larger one: past the bound it is an error for the document, whatever size the
    file said it had (a device says 0), and nothing more of it is read."""
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputDoc(rel, rel, kind, path=path, error=f"{what} is over --max-bytes {max_bytes}; not read")
    return InputDoc(rel, rel, kind, data=data, url=url, path=path)


def read_file(
    f: InputFile, url: str | None = None, max_bytes: int = MAX_BYTES, text_field: str | None = None
) -> Iterator[InputDoc]:
    """The documents in one file: one for text/HTML, one per line for JSONL, one per record
    of a WARC file or row of a Parquet file (:func:`cleaner.io.reading.container_docs`).

    A text or HTML file over ``max_bytes``, or a JSONL line over it, is an error for that
    document (nothing of it is read into memory beyond the limit). ``text_field``: the
    field of JSONL records and Parquet rows that holds the text (default ``text``, else ``html``).
    """
    if f.kind == "error":
        yield InputDoc(f.rel, f.rel, "text", path=str(f.path), error=f.error)
        return
    if f.kind == "skipped":
        yield InputDoc(f.rel, f.rel, "text", path=str(f.path), skipped=f.skipped)
        return
    if streamed(f.rel, f.kind):
        from .io.reading import container_docs  # cleaner.io imports this module: imported here

        yield from container_docs(f.rel, str(f.path), str(f.path), f.kind, max_bytes, text_field)
        return
    if f.kind != "jsonl":
        try:
            size = f.path.stat().st_size
            if size > max_bytes:
                yield InputDoc(
                    f.rel,
                    f.rel,
                    f.kind,
                    path=str(f.path),
                    error=f"file is {size} bytes, over --max-bytes {max_bytes}; not read",
                )
                return
            with f.path.open("rb") as handle:
                doc = bounded_doc(handle, f.rel, f.kind, max_bytes, url, str(f.path))
        except OSError as exc:
            yield InputDoc(f.rel, f.rel, f.kind, path=str(f.path), error=f"cannot read: {exc.strerror or exc}")
            return
        yield doc
        return
    try:
        handle = f.path.open("rb")
    except OSError as exc:
        yield InputDoc(f"{f.rel}:0", f.rel, "text", container=f.rel, error=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from jsonl_docs(handle, f.rel, str(f.path), max_bytes, text_field)


def jsonl_docs(
    handle: IO[bytes] | BufferedIOBase,
    rel: str,
    path: str | None,
    max_bytes: int,
    text_field: str | None = None,
    first_line: int = 1,
    end: int | None = None,
    read_errors: tuple[type[BaseException], ...] = (),
) -> Iterator[InputDoc]:
    """The records of the lines of ``handle`` from where it is (line ``first_line``) to
    its end, or to byte ``end``: an empty line is no document, a line over ``max_bytes``
    is an error for that line (nothing of it read into memory beyond the limit). A stream
    that fails with one of ``read_errors`` (a compressed file cut short) ends with an error
    record for the line it could not read."""
    number = first_line - 1
    while end is None or handle.tell() < end:
        oversized = False
        try:
            raw = handle.readline(max_bytes + 1)
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                oversized = True
                while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                    raw = handle.readline(1 << 20)
        except read_errors as exc:
            yield InputDoc(
                f"{rel}:{number + 1}",
                rel,
                "text",
                line=number + 1,
                container=rel,
                error=f"cannot read past line {number}: {exc}; the rest of the file is not read",
            )
            return
        if not raw and not oversized:
            break
        number += 1
        if oversized:
            yield InputDoc(
                f"{rel}:{number}",
                rel,
                "text",
                line=number,
                container=rel,
                error=f"line {number} is over --max-bytes {max_bytes}; not read",
            )
        elif raw.strip():
            yield record_doc(raw, number, rel, path, text_field)


# A JSON escape of a UTF-16 surrogate: json.loads joins a proper pair into one character
# but leaves a lone one as it is. Only records with such an escape get the exact check.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _lone_surrogate(record: dict[str, Any]) -> bool:
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is no JSON value; write null or a string")


def _finite(number: str) -> float:
    value = float(number)
    if not math.isfinite(value):
        raise ValueError(f"{number} is out of a float's range; write it as a string")
    return value


# JSON as RFC 8259 has it: NaN, Infinity and numbers a float cannot hold (1e400) are
# refused, not read as floats that json.dumps writes back as bare NaN/Infinity, which no
# JSON reader takes. The line is an error rather than its value silently made null.
# (An integer of more digits than Python converts, 4300, raises ValueError itself.)
_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


def record_doc(raw: bytes, number: int, rel: str, path: str | None = None, text_field: str | None = None) -> InputDoc:
    """The document of JSONL line ``number`` (``raw``, its bytes), or the error it is."""

    def error(message: str) -> InputDoc:
        return InputDoc(f"{rel}:{number}", rel, "text", line=number, container=rel, error=f"line {number}: {message}")

    # JSONL is UTF-8. json.loads would also read a line as UTF-16 or UTF-32 (a BOM, or NUL
    # bytes among its first four), but the lines of a UTF-16 file are cut at its 0x0A bytes:
    # in a little-endian one that leaves each line after the first a byte off, and read as
    # big-endian, "Łódka" came out as "Aǳdka", cleaned and written without a word.
    encoding = json.detect_encoding(raw)
    if encoding not in ("utf-8", "utf-8-sig"):
        return error(f"not UTF-8 (it reads as {encoding}: a UTF-16 file?); convert the file to UTF-8")
    try:
        record = _DECODER.decode(raw.decode(encoding, "surrogatepass"))  # as json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError, an int too long, NaN/Infinity
        return error(f"not JSON ({exc})")
    except RecursionError:
        return error("not JSON (arrays or objects nested too deeply to read)")
    if not isinstance(record, dict):
        return error(f"a record must be a JSON object, not {type(record).__name__}")
    if _SURROGATE_ESCAPE.search(raw) and _lone_surrogate(record):
        return error(
            "a string holds a lone surrogate escape (\\ud800-\\udfff without its pair), which is no "
            "character and cannot be written as UTF-8"
        )
    return record_to_doc(record, number, rel, path, text_field)


def record_to_doc(
    record: dict[str, Any], number: int, rel: str, path: str | None, text_field: str | None, what: str = "line"
) -> InputDoc:
    """The document of a record (a JSONL line's object, a Parquet row as JSON values):
    ``id``, ``url`` and the text in ``text_field``, else ``text`` or ``html``. ``what``
    names the record's place in errors (``line 3``, ``row 3``)."""
    doc_id = str(record["id"]) if record.get("id") is not None else f"{rel}:{number}"
    url = record.get("url") if isinstance(record.get("url"), str) else None

    def made(kind: str, text: str | None = None, error: str | None = None, field: str | None = None) -> InputDoc:
        return InputDoc(
            doc_id,
            rel,
            kind,
            text=text,
            url=url,
            path=path,
            line=number,
            record=record,
            container=rel,
            error=error,
            field=field,
        )

    if text_field is not None:
        if isinstance(record.get(text_field), str):
            return made("html" if text_field == "html" else "text", text=record[text_field], field=text_field)
        return made("text", error=f"{what} {number}: record has no string {text_field!r} field (--text-field)")
    if isinstance(record.get("text"), str):
        return made("text", text=record["text"])
    if isinstance(record.get("html"), str):
        return made("html", text=record["html"])
    return made("text", error=f"{what} {number}: record has no string 'text' or 'html' field")
