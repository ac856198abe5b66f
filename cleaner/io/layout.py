"""Where a run's outputs go: local paths or fsspec URLs, and each input's output name.

The driver writes ``OUT/<name>`` for every input and ``restore``, ``show`` and ``report``
read the same names back, so the rule lives here, in one place both sides may import.
Imports nothing from cleaner.
"""

from __future__ import annotations

import os

# HTML pages by name; their double suffix goes as a whole: ``page.html.gz`` -> ``page.txt``.
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xht", ".shtml", ".html.gz", ".htm.gz")
_DOUBLE_SUFFIXES = (".html.gz", ".htm.gz")
# An output file of one of these suffixes holds one document's body (``clean a.html -o body.txt``).
TEXT_OUTPUT_SUFFIXES = (".txt", ".md")
# Files of records whose output in a mirrored folder is a plain JSONL file under another name.
_CONTAINER_SUFFIXES = ((".jsonl.gz", ".jsonl"), (".jsonl.zst", ".jsonl"), (".warc.gz", ".jsonl"), (".warc", ".jsonl"))


def restored_name(source: str) -> str:
    """The name ``restore`` gives the rebuilt input of a file ``source``. An HTML page's
    input, as the log has it, is the page's visible text, not its markup: it is restored
    as text, under its output's name (``a/page.html`` -> ``a/page.txt``); any other input
    under its own name."""
    return output_name(source) if source.lower().endswith(HTML_SUFFIXES) else source


def is_url(path: str | os.PathLike[str]) -> bool:
    """True for an fsspec URL (``file://``, ``s3://``, ``memory://`` ...), False for a local path."""
    return "://" in str(path)


def join(root: str | os.PathLike[str], rel: str) -> str:
    """``root/rel`` for a local path or a URL (``rel`` uses ``/``)."""
    return f"{str(root).rstrip('/')}/{rel}" if is_url(root) else os.path.join(root, rel)


def output_name(source: str, container: str | None = None) -> str:
    """The output of an input in a mirrored folder, relative to the folder.

    A JSONL input stays one JSONL file of records (``container``, its relative path; a
    compressed one is written plain: ``a/b.jsonl.gz`` -> ``a/b.jsonl``), a WARC file
    becomes one (``a/crawl.warc.gz`` -> ``a/crawl.jsonl``) and a Parquet file stays Parquet;
    any other input becomes ``.txt`` in place of its suffix: ``a/b.md`` -> ``a/b.txt``,
    ``a/page.html.gz`` -> ``a/page.txt``, ``a/README`` -> ``a/README.txt``."""
    if container:
        lower = container.lower()
        for suffix, plain in _CONTAINER_SUFFIXES:
            if lower.endswith(suffix):
                return container[: -len(suffix)] + plain
        return container
    lower = source.lower()
    for suffix in _DOUBLE_SUFFIXES:
        if lower.endswith(suffix):
            return source[: -len(suffix)] + ".txt"
    stem, dot, rest = source.rpartition(".")
    return (stem if dot and stem and not stem.endswith("/") and "/" not in rest else source) + ".txt"


def read_by(
    dest: str | os.PathLike[str], sources: list[tuple[str, str | os.PathLike[str] | None]]
) -> tuple[str, str] | None:
    """The first ``(what, path)`` of ``sources`` that ``dest`` is, or lies inside (a folder),
    as the file system has them (links resolved); None if none. ``restore`` and ``report``
    refuse such a destination: they would write over what they read."""
    real = os.path.realpath(dest)
    for what, path in sources:
        if path is None:
            continue
        read = os.path.realpath(path)
        if real == read or (os.path.isdir(read) and real.startswith(read.rstrip(os.sep) + os.sep)):
            return what, os.fspath(path)
    return None
