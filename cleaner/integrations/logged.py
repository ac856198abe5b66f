"""One document cleaned for another tool, with its removal log.

A datatrove step or a ``dataset.map`` function holds documents one at a time, not files:
:func:`clean_logged` cleans one text and gives back, beside the result, the log lines the
batch driver would have written for it (edits, rule errors, the doc record), through the
same record functions (:mod:`cleaner.runlog.records`). Concatenated, they are a log that
``cleaner audit``, ``show`` and ``restore`` read. A document that cannot be cleaned (a page
lxml cannot read) is an error record and a result of None, never an exception: one bad
row must not stop a map over a million.

Imports the pipeline (for its errors and result type) and :mod:`cleaner.runlog.records`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import DOCUMENT_ERRORS
from ..runlog.records import document_log, error_log

if TYPE_CHECKING:
    from ..pipeline import Cleaner, CleanResult


@dataclass(frozen=True, slots=True)
class Logged:
    """A document cleaned for another tool: ``result`` (None when it could not be cleaned,
    with ``error`` saying why) and ``log``, its JSONL log lines, each ending in a newline."""

    result: CleanResult | None
    error: str | None
    log: str

    @property
    def text(self) -> str | None:
        """The clean text; None for a document skipped (language filter) or not cleaned."""
        if self.result is None or self.result.skipped:
            return None
        return self.result.text


def clean_logged(
    cleaner: Cleaner,
    text: str,
    doc_id: str,
    *,
    url: str | None = None,
    source: str | None = None,
    line: int | None = None,
) -> Logged:
    """Clean ``text`` as a JSONL record's text is cleaned (an HTML page is recognised and
    read as one) and log it under ``doc_id``. ``source`` is the log's input file (default:
    the id, as for a file that is one document), ``line`` the record's number in it."""
    source = doc_id if source is None else source
    ruleset = cleaner.rulebook.digest
    # As the batch driver (cleaner.batch.process) says of an empty input.
    warnings = [] if text.strip() else ["empty document"]
    try:
        result = cleaner.clean(text, url=url)
    except DOCUMENT_ERRORS as exc:
        return Logged(None, str(exc), error_log(doc_id, source, line, ruleset, str(exc), warnings))
    return Logged(result, None, document_log(doc_id, source, line, ruleset, result, None, warnings))
