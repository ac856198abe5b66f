"""One document cleaned for another tool, with its removal log.

A datatrove step or a ``dataset.map`` function holds documents one at a time, not files:
:func:`clean_logged` cleans one text and gives back, beside the result, the log lines the
batch driver would have written for it (edits, rule errors, the doc record), through the
same record functions (:mod:`cleaner.runlog.records`). Concatenated, they are a log that
``cleaner audit``, ``show`` and ``restore`` read. A document that cannot be cleaned (a page
lxml cannot read) is an error record and a result of None, never an exception: one bad
row must not stop a map over a million.

Imports :func:`cleaner.batch.process` (the driver's step for one document) and
:mod:`cleaner.runlog.records`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    from ..batch import process
    from ..inputs import InputDoc

    source = doc_id if source is None else source
    # One record's text, cleaned by the batch driver's own step (an empty one is a warning,
    # a record's HTML fragment is no page, a page lxml cannot read an error outcome).
    outcome = process(InputDoc(doc_id, source, "text", text=text, url=url, line=line, record={}), cleaner)
    ruleset = cleaner.rulebook.digest
    if outcome.result is None:
        error = outcome.error or ""
        return Logged(None, error, error_log(doc_id, source, line, ruleset, error, outcome.warnings))
    log = document_log(doc_id, source, line, ruleset, outcome.result, outcome.encoding, outcome.warnings)
    return Logged(outcome.result, None, log)
