"""The removal log: its one format, written, read, grouped and turned back into inputs.

- :mod:`cleaner.runlog.records`: the records, written in a fixed key order (the batch
  driver's workers and :mod:`cleaner.integrations` call it; nothing else writes a log).
- :mod:`cleaner.runlog.reader`: records read back, grouped into documents one at a time,
  schema checked, and turned back into :class:`~cleaner.edits.Edit` objects.
- :mod:`cleaner.runlog.restore`: a run's outputs read back, and ``cleaner restore``.

The read-side tools (audit, show, report, restore, learn) import this package, never the
batch driver. This package imports :mod:`cleaner.edits`, :mod:`cleaner.errors` and
:mod:`cleaner.io`, never the pipeline (but for type checking) or the driver.
"""

from .reader import LoggedDocument, find_document, iter_documents, read_records, restore_document, to_edits
from .records import READABLE, SCHEMA, dumps, text_hash

__all__ = [
    "READABLE",
    "SCHEMA",
    "LoggedDocument",
    "dumps",
    "find_document",
    "iter_documents",
    "read_records",
    "restore_document",
    "text_hash",
    "to_edits",
]
