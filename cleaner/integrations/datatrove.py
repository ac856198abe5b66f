"""cleaner as a step of a datatrove pipeline, its removal log beside datatrove's outputs.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(
        [JsonlReader("raw/"), CleanerStep("out/cleaner-log/"), JsonlWriter("out/clean/")], tasks=4
    ).run()

Each document's text is replaced by its clean body, and cleaner's metadata is added to
``doc.metadata`` with the keys a ``cleaner clean`` JSONL output record has (``title``,
``author``, ``date``, ``section``, ``url``, ``language``, ``language_probability``), plus
``cleaner_flagged``. Every document, kept or dropped, is logged: each rank writes
``{rank:05d}.jsonl`` in ``log_folder`` (a path or fsspec URL, through datatrove's
``DataFolder``), with the record functions of :mod:`cleaner.runlog.records`, so
``cleaner audit`` reads a rank's file, or all of them concatenated.

What is dropped, by default: documents the language filter skips (``Options(languages=...)``:
asking for languages means wanting the others out, and the command line writes no output
for them either) and documents that could not be cleaned (no clean text exists).
Documents the over-removal guard flags are kept, with ``cleaner_flagged`` true, as the
command line writes them: the guard says "look at this", and its text already follows
``Options.on_over_removal``; ``drop_flagged=True`` drops them. A dropped document goes,
as it came in, to ``exclusion_writer`` when one is given, with ``filter_reason`` in its
metadata (as datatrove's filters do).

Why not datatrove's ``BaseFormatter``: its one method, ``format(text) -> text``, sees no
document id to log under and cannot drop a document; replacing the text with no record
of what went is what this project exists not to do. The step keeps the formatter's
``type``, so its statistics sort with the formatters'.

Importing this module imports datatrove (``pip install 'scrape-cleaner[datatrove]'``);
nothing else in cleaner imports it. The :class:`~cleaner.Cleaner` is built in each task
(``run``), not here: the step is pickled to the executor's workers, a rulebook is not
small, and each worker loads the rules from the rule files' paths.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.io import DataFolderLike, get_datafolder
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.pipeline.writers.disk_base import DiskWriter
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        f"cleaner.integrations.datatrove needs datatrove ({exc}): pip install 'scrape-cleaner[datatrove]'"
    ) from exc

from ..pipeline import METADATA_KEYS, Cleaner, Options
from ..rules.book import load_rulebook
from .logged import Logged, clean_logged

if TYPE_CHECKING:
    from ..pipeline import CleanResult


class CleanerStep(PipelineStep):
    """Clean each document's text; log every document; drop the skipped and the failed.

    ``rules`` are rule files or folders added to the shipped ones (left out with
    ``default_rules=False``), as ``cleaner clean --rules`` takes them; ``options`` as the
    Python API takes them. ``log_folder`` gets one log file per rank."""

    name = "🧹 cleaner"
    type = BaseFormatter.type

    def __init__(
        self,
        log_folder: DataFolderLike,
        *,
        rules: Sequence[str] = (),
        default_rules: bool = True,
        options: Options | None = None,
        drop_flagged: bool = False,
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__()
        self.log_folder = get_datafolder(log_folder)
        self.rules = tuple(str(r) for r in rules)
        self.default_rules = default_rules
        self.options = options or Options()
        self.drop_flagged = drop_flagged
        self.exclusion_writer = exclusion_writer
        # Rule files are checked now, in the process that builds the pipeline, so that a bad
        # one stops the run before any task starts (RuleFileError names file, line, rule).
        load_rulebook(self.rules, defaults=self.default_rules)

    def log_name(self, rank: int) -> str:
        """The rank's log file in ``log_folder``: ``{rank:05d}.jsonl``, as datatrove names outputs."""
        return f"{rank:05d}.jsonl"

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        cleaner = Cleaner(load_rulebook(self.rules, defaults=self.default_rules), self.options)
        with (
            self.log_folder.open(self.log_name(rank), "wt", encoding="utf-8", newline="\n") as log,
            self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as excluded,
        ):
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    url = doc.metadata.get("url")
                    source = doc.metadata.get("file_path")
                    logged = clean_logged(
                        cleaner,
                        doc.text,
                        str(doc.id),
                        url=url if isinstance(url, str) and url else None,
                        source=str(source) if source else None,
                    )
                log.write(logged.log)
                reason = self._drop_reason(logged)
                if reason is not None:
                    self.stat_update("dropped", f"dropped_{reason}")
                    if excluded is not None:
                        doc.metadata["filter_reason"] = reason
                        excluded.write(doc, rank)
                    continue
                assert logged.result is not None  # _drop_reason drops documents without one
                self._update(doc, logged.result)
                self.stat_update("forwarded")
                self.update_doc_stats(doc)
                yield doc

    def _drop_reason(self, logged: Logged) -> str | None:
        """``error``, ``skipped`` or ``flagged`` for a document this step drops, else None."""
        result = logged.result
        if result is None:
            self.stat_update("error")
            return "error"
        if result.skipped:
            return "skipped"
        if result.flagged:
            self.stat_update("flagged")
            if self.drop_flagged:
                return "flagged"
        return None

    @staticmethod
    def _update(doc: Document, result: CleanResult) -> None:
        """The clean text and cleaner's metadata onto ``doc``, as a JSONL output record gets them
        (:func:`cleaner.driver.worker.output_record`): an input's ``url`` is kept when none was found."""
        doc.text = result.text
        for key in METADATA_KEYS:
            value = result.metadata.get(key)
            if key == "url" and value is None and doc.metadata.get("url"):
                continue
            doc.metadata[key] = value
        doc.metadata["cleaner_flagged"] = result.flagged


__all__ = ["CleanerStep"]
