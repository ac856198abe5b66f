"""Cleaning many documents: inputs in, outputs and the removal log out, a summary back.

The per-document work is :func:`process`, a pure function of the document and the
cleaner (the unit a process pool or a cluster runs). Everything here that touches the
disk writes atomically: to a temporary file beside the target, renamed into place when
complete, so an interrupted run never leaves half a file. A document that cannot be
read or cleaned becomes an error record and the batch goes on.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from .runlog import records as logfmt
from .decode import Decoded, decode_bytes
from .errors import DOCUMENT_ERRORS, UsageError
from .inputs import MAX_BYTES, InputDoc, read_file, walk
from .io.atomic import AtomicFile, write_atomic
from .io.layout import output_name
from .pipeline import METADATA_KEYS, Cleaner, CleanResult


@dataclass(slots=True)
class Outcome:
    doc: InputDoc
    result: CleanResult | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


def read_text(doc: InputDoc) -> Decoded:
    """The document's text (HTML still as markup): JSONL text as is, file bytes gunzipped
    and decoded (HTML by its meta charset). Raises DecodeError, OSError or BadGzipFile (and ExtractionError for HTML)."""
    if doc.text is not None:
        return Decoded(doc.text, None)
    data = doc.data or b""
    if doc.source.lower().endswith(".gz"):
        data = gzip.decompress(data)
    if doc.kind == "html":
        from .html import decode_html  # the HTML path (lxml, trafilatura): imported only when needed

        return decode_html(data)
    return decode_bytes(data)


def process(doc: InputDoc, cleaner: Cleaner) -> Outcome:
    """Decode and clean one document; never raises for a problem with the document."""
    if doc.error:
        return Outcome(doc, error=doc.error)
    try:
        decoded = read_text(doc)
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
        if doc.kind == "html":
            from .html import clean_html

            result = clean_html(text, cleaner, url=doc.url, path=doc.path)
        else:
            if not text.strip():
                warnings.append("empty document")
            result = cleaner.clean(text, url=doc.url, path=doc.path)
    except DOCUMENT_ERRORS as exc:
        return Outcome(doc, error=str(exc))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return Outcome(doc, error=f"cannot read: {exc}")
    return Outcome(doc, result, encoding, warnings)


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
    error_examples: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors or self.rule_errors)

    def add(self, outcome: Outcome) -> None:
        self.docs += 1
        if outcome.error:
            self.errors += 1
            if len(self.error_examples) < 20:
                self.error_examples.append(f"{outcome.doc.source}: {outcome.error}" if outcome.doc.id == outcome.doc.source
                                           else f"{outcome.doc.source} [{outcome.doc.id}]: {outcome.error}")
            return
        r = outcome.result
        self.rule_errors += len(r.rule_errors)
        self.warnings += len(outcome.warnings) + len(r.warnings)
        if r.skipped:
            self.skipped += 1
            self.skipped_languages[r.language or "unknown"] += 1
            return
        self.ok += 1
        self.flagged += r.flagged
        self.chars_in += len(r.original)
        self.chars_out += len(r.text)
        self.removed.update(r.removed_by_category())

    def as_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, "ok": self.ok, "skipped": self.skipped, "errors": self.errors,
                "rule_errors": self.rule_errors, "flagged": self.flagged, "warnings": self.warnings,
                "chars_in": self.chars_in, "chars_out": self.chars_out, "removed": dict(sorted(self.removed.items())),
                "skipped_languages": dict(sorted(self.skipped_languages.items()))}


def output_record(doc: InputDoc, result: CleanResult) -> dict[str, Any]:
    """The JSONL output record: the input record's fields, the clean text, the metadata."""
    rec: dict[str, Any] = {}
    if doc.record is not None:
        rec.update((k, v) for k, v in doc.record.items() if k != "html")
    else:
        rec["id"] = doc.id
    rec["text"] = result.text
    for key in METADATA_KEYS:
        value = result.metadata.get(key)
        if key == "url" and value is None and rec.get("url"):
            continue
        rec[key] = value
    return rec


class Sink:
    """Where clean bodies go. ``write`` may raise OSError (disk full): the run stops."""

    def write(self, doc: InputDoc, result: CleanResult) -> None:
        raise NotImplementedError

    def close(self, ok: bool) -> None:
        pass


class NullSink(Sink):
    """No outputs (``clean --dry-run``): only the log and the summary are written."""

    def write(self, doc, result):
        pass


class DirSink(Sink):
    """The input tree mirrored under a folder: ``a/b.md`` -> ``OUT/a/b.txt``; JSONL files as JSONL."""

    def __init__(self, root: Path):
        self.root = root
        self.written: dict[str, str] = {}
        self.container: tuple[str, AtomicFile] | None = None

    def target_for(self, doc: InputDoc) -> str:
        return output_name(doc.source, doc.container)

    def claim(self, doc: InputDoc) -> str | None:
        """The output name for ``doc``, or None (with the reason) if another input has it."""
        rel = self.target_for(doc)
        owner = self.written.get(rel)
        if owner is not None and owner != doc.source:
            return None
        self.written[rel] = doc.source
        return rel

    def write(self, doc, result):
        rel = self.target_for(doc)
        if doc.container:
            if self.container is None or self.container[0] != rel:
                self._close_container(True)
                self.container = (rel, AtomicFile(self.root / rel))
            self.container[1].write(logfmt.dumps(output_record(doc, result)) + "\n")
        else:
            write_atomic(self.root / rel, result.text)

    def _close_container(self, ok: bool) -> None:
        if self.container is not None:
            f = self.container[1]
            f.commit() if ok else f.discard()
            self.container = None

    def close(self, ok):
        self._close_container(ok)


def check_output(inputs: list[Path], out: Path | None) -> None:
    """Refuse an output inside an input folder, or one that is an input file."""
    if out is None:
        return
    target = out.resolve()
    for p in inputs:
        src = p.resolve()
        if p.is_dir() and (target == src or src in target.parents):
            raise UsageError(f"output {out} is inside input folder {p}: choose an output outside it")
        if p.is_file() and target == src:
            raise UsageError(f"output {out} is the input file {p}")


def iter_docs(paths: list[Path], url: str | None = None, stdin: IO[bytes] | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[InputDoc]:
    for p in paths:
        if str(p) == "-":
            data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputDoc("-", "-", "text", error=f"stdin is over --max-bytes {max_bytes}; not read")
            else:
                yield InputDoc("-", "-", "text", data=data, url=url)
            continue
        for f in walk([p]):
            yield from read_file(f, url=url, max_bytes=max_bytes)


def run_batch(docs: Iterable[InputDoc], cleaner: Cleaner, sink: Sink, log: IO[str] | None = None,
              on_doc: Callable[[Stats], None] | None = None) -> Stats:
    """Clean ``docs`` one after another, writing bodies to ``sink`` and records to ``log``."""
    stats = Stats()
    ruleset = cleaner.rulebook.digest
    ok = False
    try:
        for doc in docs:
            outcome = process(doc, cleaner)
            if outcome.error is None and isinstance(sink, DirSink) and sink.claim(doc) is None:
                outcome = Outcome(doc, error=f"output {sink.target_for(doc)} is already written from another input "
                                             f"({sink.written[sink.target_for(doc)]})")
            if outcome.error is None and not outcome.result.skipped:
                sink.write(doc, outcome.result)
            if log is not None:
                for rec in outcome_records(outcome, ruleset):
                    log.write(logfmt.dumps(rec) + "\n")
            stats.add(outcome)
            if on_doc is not None:
                on_doc(stats)
        ok = True
    finally:
        sink.close(ok)
    return stats


def outcome_records(outcome: Outcome, ruleset: str) -> list[dict[str, Any]]:
    doc = outcome.doc
    if outcome.error:
        return [logfmt.doc_record(doc.id, doc.source, doc.line, ruleset, status="error", error=outcome.error,
                                  warnings=outcome.warnings)]
    return logfmt.document_records(doc.id, doc.source, doc.line, ruleset, outcome.result, outcome.encoding,
                                   outcome.warnings)


def outcome_log(outcome: Outcome, ruleset: str, removed: dict[str, int] | None = None) -> str:
    """:func:`outcome_records` as JSONL text, written the fast way (:func:`cleaner.log.document_log`);
    ``removed`` is the result's removed characters per category when the caller has them."""
    doc = outcome.doc
    if outcome.error:
        return "".join(logfmt.dumps(r) + "\n" for r in outcome_records(outcome, ruleset))
    return logfmt.document_log(doc.id, doc.source, doc.line, ruleset, outcome.result, outcome.encoding,
                               outcome.warnings, removed)
