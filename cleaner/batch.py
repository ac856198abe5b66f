"""One document of a batch: :func:`process` decodes and cleans it, and never raises for
a problem with the document (an unreadable file, bytes that are not text, a page
lxml cannot read): that is an :class:`Outcome` with an error, and the batch goes on.

:func:`process` is a pure function of the document and the cleaner, the unit every
executor of the batch driver (:mod:`cleaner.driver`) runs. :func:`run_batch` is the older
name for cleaning already-read documents into a folder (or nowhere) through that driver.

Imports the pipeline, :mod:`cleaner.io.reading` and :mod:`cleaner.errors`; the HTML path
only when a document is HTML.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import DOCUMENT_ERRORS
from .inputs import MAX_BYTES, InputDoc, is_html
from .io.reading import read_text
from .pipeline import Cleaner, CleanResult

if TYPE_CHECKING:
    from .driver import Stats
    from .judge.account import JudgeAccount


@dataclass(slots=True)
class Outcome:
    doc: InputDoc
    result: CleanResult | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def process(doc: InputDoc, cleaner: Cleaner, max_bytes: int = MAX_BYTES) -> Outcome:
    """Decode and clean one document; never raises for a problem with the document. An
    input that is no document (``doc.skipped``) is not read: its outcome is empty. A
    gzipped file is inflated to at most ``max_bytes`` (``--max-bytes``)."""
    if doc.error:
        return Outcome(doc, error=doc.error)
    if doc.skipped is not None:
        return Outcome(doc)
    try:
        decoded = read_text(doc, max_bytes)
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
        if is_html(doc, text):  # an HTML file, or a page in a text file, on stdin, in a JSONL text field
            result = cleaner.clean_html(text, url=doc.url, path=doc.path)
        else:
            if not text.strip():
                warnings.append("empty document")
            result = cleaner.clean(text, url=doc.url, path=doc.path)
    except DOCUMENT_ERRORS as exc:
        return Outcome(doc, error=str(exc))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return Outcome(doc, error=f"cannot read: {exc}")
    return Outcome(doc, result, encoding, warnings)


@dataclass(frozen=True, slots=True)
class DirSink:
    """:func:`run_batch` into a folder: ``a/b.md`` -> ``ROOT/a/b.txt``; JSONL files as JSONL."""

    root: Path


@dataclass(frozen=True, slots=True)
class NullSink:
    """:func:`run_batch` with no outputs: only the log and the summary."""


def run_batch(
    docs: Iterable[InputDoc], cleaner: Cleaner, sink: DirSink | NullSink, log: IO[str] | None = None
) -> Stats:
    """Clean ``docs`` (already read) in this process, bodies into ``sink``, log records to
    ``log``: :func:`cleaner.driver.run` with ``documents=docs`` and ``jobs=1``."""
    from .driver import Form, RunConfig, run

    output = sink.root if isinstance(sink, DirSink) else None
    return run(
        RunConfig(
            [],
            cleaner,
            output,
            log,
            form=Form.MIRROR if output is not None else Form.NONE,
            jobs=1,
            manifest=False,
            documents=docs,
        )
    )


def judge_account(
    doc: InputDoc, cleaner: Cleaner, max_bytes: int = MAX_BYTES, line: int | None = None, offset: int | None = None
) -> JudgeAccount:
    """The judge's account of one document (:meth:`Cleaner.judge_account`), decoded and read
    as :func:`process` reads it. Raises what reading it raises (OSError for a document that
    could not be read), and ValueError for a ``line`` or ``offset`` no unit holds."""
    if doc.error or doc.skipped is not None:
        raise OSError(doc.error or doc.skipped)
    text = read_text(doc, max_bytes).text
    form = "html" if is_html(doc, text) else None
    return cleaner.judge_account(text, url=doc.url, path=doc.path, form=form, line=line, offset=offset)
