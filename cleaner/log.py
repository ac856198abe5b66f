"""The removal log: JSONL, one record per edit and one summary record per document.

Keys come in a fixed order so logs diff cleanly and are byte-identical across runs.
Offsets are code points of the decoded input. The log format is versioned by
``SCHEMA`` (in every document record); ``schema/log.schema.json`` describes it.

Record types:

- ``edit``: doc, rule, file, category, action, start, end, removed, replacement, reason
- ``error``: a rule that failed on a document (the document was still cleaned)
- ``doc``: one per input document: status (ok | skipped | error), site, language,
  chars in/out, removed characters per category, flags and warnings, metadata, ruleset
"""

from __future__ import annotations

import json
from typing import Any

from .edits import Edit
from .pipeline import CleanResult

SCHEMA = 1


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def edit_record(doc: str, e: Edit, original: str) -> dict[str, Any]:
    return {"type": "edit", "doc": doc, "rule": e.rule, "file": e.file, "category": e.category, "action": e.action,
            "start": e.start, "end": e.end, "removed": original[e.start:e.end], "replacement": e.replacement,
            "reason": e.reason}


def doc_record(doc: str, source: str, line: int | None, ruleset: str, *, status: str = "ok",
               result: CleanResult | None = None, encoding: str | None = None, warnings: list[str] | None = None,
               error: str | None = None) -> dict[str, Any]:
    rec: dict[str, Any] = {"type": "doc", "schema": SCHEMA, "doc": doc, "source": source, "line": line,
                           "status": status}
    if result is not None:
        rec.update({
            "site": result.site, "site_via": result.site_via, "language": result.metadata.get("language"),
            "language_probability": result.metadata.get("language_probability"), "encoding": encoding,
            "chars_in": len(result.original), "chars_out": len(result.text), "edits": len(result.edits),
            "removed": result.removed_by_category(), "removed_share": result.removed_share,
            "flagged": result.flagged, "warnings": (warnings or []) + result.warnings,
            "metadata": {k: v for k, v in result.metadata.items() if k not in ("language", "language_probability")},
        })
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


def document_records(doc: str, source: str, line: int | None, ruleset: str, result: CleanResult,
                     encoding: str | None, warnings: list[str]) -> list[dict[str, Any]]:
    """All log records of one cleaned document, in log order: edits, rule errors, summary."""
    records = [edit_record(doc, e, result.original) for e in result.edits]
    records += [error_record(doc, source, err.rule, err.file, err.message) for err in result.rule_errors]
    status = "skipped" if result.skipped else "ok"
    records.append(doc_record(doc, source, line, ruleset, status=status, result=result, encoding=encoding,
                              warnings=warnings))
    return records
