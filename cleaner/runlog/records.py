"""Writing the removal log: JSONL, one record per edit and one summary record per document.

Keys come in a fixed order so logs diff cleanly and are byte-identical across runs.
Offsets are code points of the decoded input. The log format is versioned by
``SCHEMA`` (in every document record); ``schema/log.schema.json`` describes it.

Record types:

- ``edit``: doc, rule, file, category, action, start, end, removed, replacement, reason
- ``error``: a rule that failed on a document (the document was still cleaned)
- ``doc``: one per input document: status (ok | skipped | error), site, language,
  chars in/out and the SHA-256 of the text in and out, removed characters per category,
  flags and warnings, metadata, ruleset

Imports :mod:`cleaner.edits` (and the pipeline's result type, for type checking only).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from ..edits import Edit

if TYPE_CHECKING:
    from ..pipeline import CleanResult

# 2: doc records carry ``sha256_in`` and ``sha256_out``. Schema 1 logs are still read
# (:data:`READABLE`); restoring them checks lengths only.
SCHEMA = 2
READABLE = (1, 2)

# One encoder for every record: json.dumps with options builds a new encoder per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _line_safe(text: str) -> str:
    """JSON text with U+2028, U+2029 and U+0085 escaped (``\\u2028``...): valid JSON either
    way, but readers that split lines on them (``str.splitlines()``, JavaScript before
    ES2019) would cut a record in two. JSON outside its strings is ASCII, so they can only
    be in a string, where the escape is the same character. They are rare: a record
    without them is the same bytes as before, at the cost of one scan for each."""
    if "\u2028" in text:
        text = text.replace("\u2028", "\\u2028")
    if "\u2029" in text:
        text = text.replace("\u2029", "\\u2029")
    if "\x85" in text:
        text = text.replace("\x85", "\\u0085")
    return text


def dumps(record: dict[str, Any]) -> str:
    """``record`` as one line of JSON: fixed key order, UTF-8 text as it is, but for the
    three line separators :func:`_line_safe` escapes."""
    return _line_safe(_ENCODER.encode(record))


def text_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8: of an output file, the hash of its bytes
    (``sha256sum`` gives the same). A lone surrogate, which no file written as UTF-8 holds,
    is hashed as its UTF-16 code unit would be encoded, not refused."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def edit_record(doc: str, e: Edit, original: str) -> dict[str, Any]:
    return {
        "type": "edit",
        "doc": doc,
        "rule": e.rule,
        "file": e.file,
        "category": e.category,
        "action": e.action,
        "start": e.start,
        "end": e.end,
        "removed": original[e.start : e.end],
        "replacement": e.replacement,
        "reason": e.reason,
    }


def edit_lines(doc: str, edits: Sequence[Edit], original: str) -> str:
    """The edit records of one document as JSONL text, byte for byte ``dumps(edit_record(...))``
    per edit and a newline, built without the records: a full-page document has a hundred
    edits or more, and the dicts and the general encoder cost more than the cleaning of
    some documents. Strings go through ``encode_basestring``, the function json.dumps uses
    with ``ensure_ascii=False``; offsets are ints, written as json writes ints."""
    esc = encode_basestring
    head = '{"type":"edit","doc":' + esc(doc) + ',"rule":'
    return _line_safe(
        "".join(
            [
                f'{head}{esc(e.rule)},"file":{esc(e.file)},"category":{esc(e.category)},"action":{esc(e.action)},'
                f'"start":{e.start:d},"end":{e.end:d},"removed":{esc(original[e.start : e.end])},'
                f'"replacement":{esc(e.replacement)},"reason":{esc(e.reason)}}}\n'
                for e in edits
            ]
        )
    )


def doc_record(
    doc: str,
    source: str,
    line: int | None,
    ruleset: str,
    *,
    status: str = "ok",
    result: CleanResult | None = None,
    encoding: str | None = None,
    warnings: list[str] | None = None,
    error: str | None = None,
    removed: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The summary record of one document; ``removed``, when given, is the result's
    :meth:`~cleaner.pipeline.CleanResult.removed_by_category` already computed."""
    rec: dict[str, Any] = {
        "type": "doc",
        "schema": SCHEMA,
        "doc": doc,
        "source": source,
        "line": line,
        "status": status,
    }
    if result is not None:
        rec.update(
            {
                "site": result.site,
                "site_via": result.site_via,
                "language": result.metadata.get("language"),
                "language_probability": result.metadata.get("language_probability"),
                "encoding": encoding,
                "chars_in": len(result.original),
                "chars_out": len(result.text),
                "sha256_in": text_hash(result.original),
                "sha256_out": text_hash(result.text),
                "edits": len(result.edits),
                "removed": result.removed_by_category() if removed is None else removed,
                "removed_share": result.removed_share,
                "flagged": result.flagged,
                "warnings": (warnings or []) + result.warnings,
                "metadata": {k: v for k, v in result.metadata.items() if k not in ("language", "language_probability")},
            }
        )
        if result.skipped:
            rec["skipped"] = result.skipped
    else:
        rec["warnings"] = warnings or []
    if error is not None:
        rec["error"] = error
    rec["ruleset"] = ruleset
    return rec


def error_record(doc: str, source: str, rule: str | None, file: str | None, message: str) -> dict[str, Any]:
    return {"type": "error", "doc": doc, "source": source, "rule": rule, "file": file, "message": message}


def document_records(
    doc: str,
    source: str,
    line: int | None,
    ruleset: str,
    result: CleanResult,
    encoding: str | None,
    warnings: list[str],
) -> list[dict[str, Any]]:
    """All log records of one cleaned document, in log order: edits, rule errors, summary."""
    records = [edit_record(doc, e, result.original) for e in result.edits]
    records += [error_record(doc, source, err.rule, err.file, err.message) for err in result.rule_errors]
    status = "skipped" if result.skipped else "ok"
    records.append(
        doc_record(doc, source, line, ruleset, status=status, result=result, encoding=encoding, warnings=warnings)
    )
    return records


def document_log(
    doc: str,
    source: str,
    line: int | None,
    ruleset: str,
    result: CleanResult,
    encoding: str | None,
    warnings: list[str],
    removed: dict[str, int] | None = None,
) -> str:
    """:func:`document_records` as JSONL text, the edits written by :func:`edit_lines`."""
    rest = [error_record(doc, source, err.rule, err.file, err.message) for err in result.rule_errors]
    rest.append(
        doc_record(
            doc,
            source,
            line,
            ruleset,
            status="skipped" if result.skipped else "ok",
            result=result,
            encoding=encoding,
            warnings=warnings,
            removed=removed,
        )
    )
    return edit_lines(doc, result.edits, result.original) + "".join(dumps(r) + "\n" for r in rest)


def skip_log(doc: str, source: str, line: int | None, ruleset: str, reason: str, url: str | None = None) -> str:
    """The log of an input that is no document to clean (a WARC request record, an image in
    a folder): its doc record, status ``skipped``, with the reason (and its URL, if it has one)."""
    rec = doc_record(doc, source, line, ruleset, status="skipped", warnings=[])
    del rec["ruleset"]  # kept last, as in every doc record
    rec["skipped"] = reason
    if url is not None:
        rec["metadata"] = {"url": url}
    rec["ruleset"] = ruleset
    return dumps(rec) + "\n"


def error_log(doc: str, source: str, line: int | None, ruleset: str, error: str, warnings: list[str]) -> str:
    """The log of a document that could not be cleaned: its doc record with the reason."""
    return dumps(doc_record(doc, source, line, ruleset, status="error", error=error, warnings=warnings)) + "\n"
