"""What to clean: files, folders (walked lazily and in a fixed order), JSONL records, stdin.

Each document becomes an :class:`InputDoc` with its id, where it came from, and either its
bytes (files) or its text (JSONL). Input kinds are chosen by file name; HTML files and
JSONL records with an ``html`` field are their own kind, so the HTML path slots in beside
text. A page that arrives under another name (a ``.txt`` file, a file without an
extension, stdin, a JSONL ``text`` field) is recognised by its content
(:func:`looks_like_page`, :func:`is_html`) and read as HTML all the same. In a folder, a
file whose name is of no known kind is cleaned when its content is a page (or, without
an extension, text); others (images, data files) are left out. A problem with one file
or one record is an :class:`InputDoc` carrying the error, never an exception that stops
the batch.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .io.atomic import is_part

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xht", ".shtml", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl",)


def kind_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    return None


# How much of a document is read to tell a page: comments and scripts at the top of a page
# can be long, and 64 KiB holds the first element of every page in the benchmark sets.
SNIFF_BYTES = 64 * 1024

# A web page starts, after blank space, an XML declaration and comments, with a doctype or
# with an element only a page has: its root, head or body, or what goes in a head. This is
# the opening of the WHATWG MIME sniffing patterns for HTML, less its block elements (<p>,
# <div>, <a>, <table>...), which a markdown file may open with too (<p align="center">
# above a README); those count when the whole text is markup (_FRAGMENT).
_PAGE_START = re.compile(
    r"(?:\s|<\?[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|title|meta|link|script|style|"
    r"base|noscript)\b",
    re.I | re.S,
)
# A fragment: it opens with the start tag of an HTML element and closes with an end tag.
_FRAGMENT = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:p|div|span|a|table|ul|ol|dl|h[1-6]|section|article|main|header|"
    r"footer|nav|aside|blockquote|pre|form|figure|center|font|b|i|em|strong)\b[^>]*>"
    r"(?s:.*)</[a-z][a-z0-9]*\s*>\s*\Z",
    re.I | re.S,
)


# Markup throughout: tags of the usual block and inline elements, many of them and a tenth
# of the text at least, as in a fragment of a page saved without its head.
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|img|section|article|nav|header|footer|"
    r"meta|link|script|style|b|i|em|strong)\b[^>]*>",
    re.I,
)


def _markup_throughout(text: str) -> bool:
    tags = _HTML_TAG.findall(text)
    return len(tags) >= 5 and sum(map(len, tags)) >= 0.1 * len(text.strip())


def looks_like_page(content: bytes | str, *, fragments: bool = True) -> bool:
    """Whether ``content`` (bytes as read, or text) is an HTML page, whatever its name.

    A page opens like one (:data:`_PAGE_START`), or is markup throughout (tags of the usual
    elements make a tenth of its first 4 KiB), or (with ``fragments``) is one HTML fragment
    from its first tag to its last (markdown is tested without: it may hold HTML blocks
    anywhere, first and last too).
    Bytes are read as Latin-1 (tags are ASCII in every encoding a page declares; the
    NULs of UTF-16 are dropped), and only their first :data:`SNIFF_BYTES`.
    """
    if isinstance(content, bytes):
        head = content[:SNIFF_BYTES]
        for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
            if head.startswith(bom):
                head = head[len(bom) :]
                break
        text = head.replace(b"\x00", b"").decode("latin-1")
    else:
        text = content[:SNIFF_BYTES].lstrip("\ufeff")
    if _PAGE_START.match(text):
        return True
    if _markup_throughout(text[:4096]):
        return True
    # A fragment ends with an end tag: only a text read to its end can tell.
    return fragments and len(content) <= SNIFF_BYTES and _FRAGMENT.match(text) is not None


def is_html(doc: InputDoc, content: bytes | str) -> bool:
    """Whether ``doc`` is read and cleaned as an HTML page: by its kind (an HTML file name,
    a JSONL ``html`` field), else by its ``content`` (:func:`looks_like_page`)."""
    if doc.kind == "html":
        return True
    # A fragment counts in a file or on stdin, not in a markdown file or a JSONL text field
    # (which holds markdown as often as plain text): markdown may open and close with HTML.
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
    line: int | None = None  # JSONL line number
    record: dict[str, Any] | None = None  # the JSONL record, to pass other fields through
    container: str | None = None  # the JSONL file this record belongs to (relative)
    error: str | None = None


@dataclass(slots=True)
class InputFile:
    """A file found among the inputs: where it is and how it is named in the output."""

    path: Path
    rel: str
    kind: str  # text | html | jsonl | error (a folder that could not be listed)
    error: str | None = None


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
                    kind = kind_of(name)
                    if kind is None:  # no known name: a document by its content, or not one
                        if is_part(name):
                            continue
                        found = _by_content(InputFile(full, full.relative_to(root).as_posix(), "html"))
                        if found is not None:
                            yield _checked(found)
                        continue
                    yield _checked(InputFile(full, full.relative_to(root).as_posix(), kind))
            for exc in problems:
                bad = Path(exc.filename or root)
                yield InputFile(bad, _rel(bad, root), "error", f"cannot list folder: {exc.strerror or exc}")
        else:
            yield _checked(InputFile(root, root.name, kind_of(root.name) or "text"))


def _written(real: str, avoid: Sequence[tuple[str, str]]) -> str | None:
    """The target of ``avoid`` that the real path ``real`` is or is inside, as given."""
    for target, given in avoid:
        if real == target or real.startswith(target.rstrip(os.sep) + os.sep):
            return given
    return None


def _avoided(path: Path, rel: str, written: str) -> InputFile:
    return _checked(InputFile(path, rel, "error", f"leads to {written}, which this run writes; not read"))


def _by_content(f: InputFile) -> InputFile | None:
    """A file found in a folder under a name of no known kind: an HTML file if its first
    bytes are a page's (``index.php``, ``article``, saved under the name of their URL), a
    text file if it has no extension at all and its bytes are text (a page saved as text
    under its URL's name), else None: a file of another kind (``logo.png``, ``page.json``
    beside the pages) is not a document, and is left out as before."""
    try:
        with f.path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES + 1)  # one byte more: whether the whole file was read
    except OSError as exc:
        return InputFile(f.path, f.rel, "error", f"cannot read: {exc.strerror or exc}")
    if looks_like_page(head):
        return f
    if "." in f.path.name:  # an extension of another kind, or a hidden file (.DS_Store, .gitignore)
        return None
    from .decode import DecodeError, decode_bytes

    try:
        decode_bytes(head[:SNIFF_BYTES])
    except DecodeError:
        return None  # binary: an executable, an image without an extension
    return InputFile(f.path, f.rel, "text")


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


def read_file(f: InputFile, url: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[InputDoc]:
    """The documents in one file: one for text/HTML, one per line for JSONL.

    A text or HTML file over ``max_bytes``, or a JSONL line over it, is an error for that
    document (nothing of it is read into memory beyond the limit).
    """
    if f.kind == "error":
        yield InputDoc(f.rel, f.rel, "text", path=str(f.path), error=f.error)
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
            data = f.path.read_bytes()
        except OSError as exc:
            yield InputDoc(f.rel, f.rel, f.kind, path=str(f.path), error=f"cannot read: {exc.strerror or exc}")
            return
        yield InputDoc(f.rel, f.rel, f.kind, data=data, url=url, path=str(f.path))
        return
    try:
        handle = f.path.open("rb")
    except OSError as exc:
        yield InputDoc(f"{f.rel}:0", f.rel, "text", container=f.rel, error=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                    raw = handle.readline(1 << 20)
                yield InputDoc(
                    f"{f.rel}:{number}",
                    f.rel,
                    "text",
                    line=number,
                    container=f.rel,
                    error=f"line {number} is over --max-bytes {max_bytes}; not read",
                )
                continue
            if raw.strip():
                yield record_doc(raw, number, f.rel, str(f.path))


# A JSON escape of a UTF-16 surrogate: json.loads joins a proper pair into one character
# but leaves a lone one as it is. Only records with such an escape get the exact check.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _lone_surrogate(record: dict[str, Any]) -> bool:
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def record_doc(raw: bytes, number: int, rel: str, path: str | None = None) -> InputDoc:
    fallback = f"{rel}:{number}"
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputDoc(fallback, rel, "text", line=number, container=rel, error=f"line {number}: not JSON ({exc})")
    if not isinstance(record, dict):
        return InputDoc(
            fallback,
            rel,
            "text",
            line=number,
            container=rel,
            error=f"line {number}: a record must be a JSON object, not {type(record).__name__}",
        )
    if _SURROGATE_ESCAPE.search(raw) and _lone_surrogate(record):
        return InputDoc(
            fallback,
            rel,
            "text",
            line=number,
            container=rel,
            error=f"line {number}: a string holds a lone surrogate escape (\\ud800-\\udfff without "
            f"its pair), which is no character and cannot be written as UTF-8",
        )
    doc_id = str(record["id"]) if record.get("id") is not None else fallback
    url = record.get("url") if isinstance(record.get("url"), str) else None

    def made(kind: str, text: str | None = None, error: str | None = None) -> InputDoc:
        return InputDoc(
            doc_id, rel, kind, text=text, url=url, path=path, line=number, record=record, container=rel, error=error
        )

    if isinstance(record.get("text"), str):
        return made("text", text=record["text"])
    if isinstance(record.get("html"), str):
        return made("html", text=record["html"])
    return made("text", error=f"line {number}: record has no string 'text' or 'html' field")
