"""Every error cleaner raises on purpose, in one hierarchy.

``CleanerError`` is the root; below it one class per kind of problem, each with the
exit code and handling the CLI gives it:

- :class:`UsageError`: a run that must not start (bad options or paths); exit code 2.
- :class:`RuleFileError`: problems in rule files, each located; nothing runs, exit code 2.
- :class:`DecodeError`: a document's bytes are not text cleaner can read; an error record
  for that document, and the batch goes on.
- :class:`ExtractionError` (and :class:`ExtractionTimeout`): an HTML page could not be read
  (lxml fails, the time limit is reached); an error record for that page, and the batch
  goes on.
- :class:`EditError`: edits that cannot be applied, or an output and a log that disagree.
- :class:`RunError`: a batch run that cannot go on (a damaged
  resume manifest: :class:`ManifestError`); exit code 1.

They are ``ValueError`` subclasses, as they were before this module gathered them, so
callers that caught ``ValueError`` keep working. A per-document problem is data (an error
record); these exceptions are how the code that finds it says so.

Imports nothing from cleaner: every module may import it.
"""

from __future__ import annotations


class CleanerError(ValueError):
    """The root of cleaner's own errors."""


class UsageError(CleanerError):
    """A run that must not start (bad paths or options); the CLI exits with code 2."""


class RuleFileError(CleanerError):
    """One or more problems in rule files; ``problems`` lists each as a located message.
    ``ids``: the (id, line) of every rule of a refused file that has a well-formed id, so
    that duplicate ids are reported in the same round as the file's other problems."""

    def __init__(self, problems: list[str], ids: list[tuple[str, int]] | None = None):
        self.problems = problems
        self.ids = ids or []
        super().__init__("\n".join(problems))


class DecodeError(CleanerError):
    """The bytes are not text cleaner can read (binary, or no encoding fits)."""


class ExtractionError(CleanerError):
    """An HTML page that cannot be read (lxml fails, the time limit is reached): an error record."""


class ExtractionTimeout(ExtractionError):
    """The page took longer than ``--html-timeout`` to read."""


class EditError(CleanerError):
    """Edits that cannot be applied: unsorted, overlapping or out of range."""


class RunError(CleanerError):
    """A batch run that cannot go on (a damaged resume manifest)."""


class ManifestError(RunError):
    """The resume manifest holds a row that is not what cleaner stored (a damaged file)."""


# Problems with one document: an error record for it, and the batch goes on.
DOCUMENT_ERRORS = (DecodeError, ExtractionError)

__all__ = [
    "CleanerError",
    "UsageError",
    "RuleFileError",
    "DecodeError",
    "ExtractionError",
    "ExtractionTimeout",
    "EditError",
    "RunError",
    "ManifestError",
    "DOCUMENT_ERRORS",
]
