"""Files in and out: the atomic writer, and where a run's outputs go.

- :mod:`cleaner.io.atomic`: every file cleaner writes (outputs, logs, the rule cache,
  reports, learned rules) is written whole or not at all, local or behind an fsspec URL.
- :mod:`cleaner.io.layout`: URLs versus local paths, and the output name of each input,
  shared by the batch driver (which writes outputs) and restore/show/report (which read them).
- :mod:`cleaner.io.lock`: one run at a time into one output (a lock file beside it).
- :mod:`cleaner.io.reading`: documents from files, folders, JSONL (or a byte range of it),
  fsspec URLs and stdin, and an input document's text.

These modules may import :mod:`cleaner.inputs`, :mod:`cleaner.decode` and
:mod:`cleaner.errors`, never the pipeline, the batch driver or the read-side tools.
"""
