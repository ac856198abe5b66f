"""The run summary: counts of one document, and their sum over a run.

:class:`DocSummary` is what a worker reports of each document it cleaned (and what the
resume manifest stores, as a dict with the same keys); :class:`Stats` adds them up, in
input order, for the summary the CLI prints and ``--summary-json`` writes.

Imports nothing from cleaner.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

# Error messages kept for the summary (the rest are counted, and all are in the log).
ERROR_EXAMPLES = 20


@dataclass(slots=True)
class DocSummary:
    """What the run summary needs of one cleaned or skipped document."""

    rule_errors: int
    warnings: int
    skipped: bool
    language: str | None
    flagged: bool
    chars_in: int
    chars_out: int
    removed: dict[str, int]
    input_skip: str | None = None  # skipped as no document (a WARC request record, an image): why

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocSummary:
        return cls(**data)


@dataclass(slots=True)
class Stats:
    docs: int = 0
    ok: int = 0
    skipped: int = 0
    errors: int = 0
    flagged: int = 0
    warnings: int = 0
    rule_errors: int = 0
    chars_in: int = 0
    chars_out: int = 0
    removed: Counter = field(default_factory=Counter)
    skipped_languages: Counter = field(default_factory=Counter)
    skipped_inputs: Counter = field(default_factory=Counter)  # inputs that are no documents, by reason
    error_examples: list[str] = field(default_factory=list)
    workers_died: list[str] = field(default_factory=list)  # worker processes that died, what became of their task

    @property
    def failed(self) -> bool:
        return bool(self.errors or self.rule_errors)

    def add(self, label: str, error: str | None, summary: DocSummary | None) -> None:
        """One document: failed with ``error``, or cleaned or skipped as ``summary`` says.
        ``label`` names it in the error examples (its source, and its id where that differs)."""
        self.count(error, summary)
        if error is not None or summary is None:
            self.note_error(label, error)

    def note_error(self, label: str, error: str | None) -> None:
        """An error example, without counting the document (:meth:`count` does)."""
        if len(self.error_examples) < ERROR_EXAMPLES:
            self.error_examples.append(f"{label}: {error}")

    def merge(self, other: Stats) -> None:
        """Add the counts of ``other`` (a worker's, for a task), not its error examples: those
        are noted one by one in input order (:meth:`note_error`)."""
        self.docs += other.docs
        self.ok += other.ok
        self.skipped += other.skipped
        self.errors += other.errors
        self.flagged += other.flagged
        self.warnings += other.warnings
        self.rule_errors += other.rule_errors
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.removed.update(other.removed)
        self.skipped_languages.update(other.skipped_languages)
        self.skipped_inputs.update(other.skipped_inputs)

    def count(self, error: str | None, summary: DocSummary | None) -> None:
        """One document's counts (no error example)."""
        self.docs += 1
        if error is not None or summary is None:
            self.errors += 1
            return
        self.rule_errors += summary.rule_errors
        self.warnings += summary.warnings
        if summary.skipped:
            self.skipped += 1
            if summary.input_skip is not None:
                self.skipped_inputs[summary.input_skip] += 1
            else:
                self.skipped_languages[summary.language or "unknown"] += 1
            return
        self.ok += 1
        self.flagged += summary.flagged
        self.chars_in += summary.chars_in
        self.chars_out += summary.chars_out
        self.removed.update(summary.removed)

    def as_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "ok": self.ok,
            "skipped": self.skipped,
            "errors": self.errors,
            "rule_errors": self.rule_errors,
            "flagged": self.flagged,
            "warnings": self.warnings,
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "removed": dict(sorted(self.removed.items())),
            "skipped_languages": dict(sorted(self.skipped_languages.items())),
            "skipped_inputs": dict(sorted(self.skipped_inputs.items())),
        } | ({"workers_died": self.workers_died} if self.workers_died else {})


def label(source: str, doc_id: str) -> str:
    """How the summary names a document: its source, and its id where that differs."""
    return source if doc_id == source else f"{source} [{doc_id}]"
