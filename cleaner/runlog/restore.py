"""A run's outputs read back, and its inputs rebuilt from outputs plus log.

The log's edit records carry the removed text and the replacement at input offsets, so
walking them in order over the output text rebuilds the input exactly
(:func:`cleaner.runlog.reader.restore_document`); a mismatch means the output or the log
was changed. :func:`restore_outputs` streams: one document of the log at a time, JSONL
outputs read in step with the log, each rebuilt file written as it is made.

Imports :mod:`cleaner.io` (output names, the atomic writer) and the log reader; nothing
of the pipeline or the batch driver.
"""

from __future__ import annotations

import filecmp
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import EditError, UsageError
from ..io.atomic import AtomicFile, write_atomic
from ..io.layout import TEXT_OUTPUT_SUFFIXES, output_name, read_by, restored_name
from .reader import LoggedDocument, Record, iter_documents, restore_document
from .records import dumps, text_hash


@dataclass(slots=True)
class RestoreStats:
    dest: Path
    restored: int = 0
    problems: list[str] = field(default_factory=list)


class _JsonlOutput:
    """The texts of one JSONL output by record id. Read in step with the log (the order a
    run writes them), so a whole run is restored without holding its outputs; an id out of
    step (one document looked up, as ``show`` does) loads an index of the file instead.

    A record is the document's by its id, or by its text's SHA-256 (log schema 2): a
    record whose id an earlier one of its file had has another id in the log (``FILE:LINE``)
    than in the output, which keeps the input's fields as they were."""

    def __init__(self, path: Path):
        self.path = path
        self.handle: IO[str] | None = path.open(encoding="utf-8")
        self.index: dict[str, str] | None = None
        self.by_hash: dict[str, str] | None = None

    def text(self, doc: str, unnamed: str, sha: str | None) -> str:
        """The text of the record of ``doc``; ``unnamed`` is the id a record without one
        has in the log (``SOURCE:LINE``), ``sha`` the SHA-256 of the text the log has."""
        if self.handle is not None:
            for line in self.handle:
                if line.strip():
                    rec = json.loads(line)
                    rid, text = rec.get("id"), _record_text(rec, sha)
                    if (str(rid) == doc if rid is not None else doc == unnamed) or (
                        sha is not None and text_hash(text) == sha
                    ):
                        return text
                    break
            self.close()
        if self.index is None:
            self.index = {}
            with self.path.open(encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        rec = json.loads(line)
                        self.index.setdefault(str(rec.get("id")), rec.get("text", ""))
        if sha is not None and (doc not in self.index or text_hash(self.index[doc]) != sha):
            if self.by_hash is None:
                with self.path.open(encoding="utf-8") as f:  # every string field: --text-field's too
                    texts = (v for line in f if line.strip() for v in json.loads(line).values() if isinstance(v, str))
                    self.by_hash = {text_hash(t): t for t in texts}
            if sha in self.by_hash:
                return self.by_hash[sha]
        return self.index[doc]

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _record_text(rec: dict, sha: str | None) -> str:
    """The clean text of an output record: its ``text``, or (``--text-field`` wrote the clean
    text back to the field it read, and kept the record's own ``text``) the string field
    whose SHA-256 is the one the log has."""
    text = rec.get("text", "")
    if sha is None or (isinstance(text, str) and text_hash(text) == sha):
        return text
    for key, value in rec.items():
        if key != "text" and isinstance(value, str) and text_hash(value) == sha:
            return value
    return text


class OutputReader:
    """The output text of each document of a run, found from its doc record.

    ``out`` is what ``cleaner clean -o`` wrote: a folder (one file per input, JSONL inputs
    as JSONL files), one JSONL file, or one ``.txt``/``.md`` file holding one document's body.
    """

    def __init__(self, out: Path):
        if not out.exists():
            raise UsageError(f"output {out} does not exist")
        if out.suffix.lower() == ".parquet":
            raise UsageError(
                f"output {out} is Parquet, which restore, show --run-output and report --run-output do not "
                f"read; a document's removed text is in the log"
            )
        self.out = out
        self.one_text = out.is_file() and out.suffix.lower() in TEXT_OUTPUT_SUFFIXES
        self.jsonl_out = out.is_file() and not self.one_text
        self._jsonl: dict[Path, _JsonlOutput] = {}
        self._one: str | None = None  # the document a one-document output was read for

    def in_jsonl(self, rec: Record) -> bool:
        return self.jsonl_out or rec.get("line") is not None

    def text(self, rec: Record) -> str:
        """The output of the document ``rec`` describes; KeyError/OSError/ValueError if missing."""
        doc, source = rec["doc"], rec["source"]
        if self.one_text:
            if self._one is not None and self._one != doc:
                raise KeyError(f"{self.out} holds the body of one document, {self._one}")
            self._one = doc
            return self.out.read_bytes().decode("utf-8")
        if self.in_jsonl(rec):
            path = self.out if self.jsonl_out else self.out / output_name(source, source)
            if path.suffix.lower() == ".parquet":  # the output of a Parquet input in a mirrored folder
                raise OSError(f"{path} is Parquet, which is not read back; the removed text is in the log")
            if path not in self._jsonl:
                for other in self._jsonl.values():  # the log moved on to another file
                    other.close()
                self._jsonl[path] = _JsonlOutput(path)
            return self._jsonl[path].text(doc, f"{source}:{rec.get('line')}", rec.get("sha256_out"))
        # Bytes decoded as they are: reading as text would turn "\r\n" into "\n", and an
        # output kept as the original (--on-over-removal keep-original) can hold "\r\n".
        return (self.out / output_name(source)).read_bytes().decode("utf-8")

    def original(self, entry: LoggedDocument) -> str:
        """The decoded input of ``entry``, rebuilt from its output and edits (raises as
        :meth:`text` does, or EditError when output and log disagree)."""
        return restore_document(self.text(entry.record), entry)

    def close(self) -> None:
        for f in self._jsonl.values():
            f.close()


def restore_outputs(out: Path, log: Path, dest: Path) -> RestoreStats:
    """Rebuild the inputs of a run from its output (folder or JSONL file) and log into ``dest``.

    A JSONL output gives a JSONL ``dest`` of ``{"id", "text"}`` records (inside ``dest``,
    named as the output, when ``dest`` is a folder); a folder output gives a folder with
    each input at its original relative path; a one-document output (``-o body.txt``) the
    file ``dest``, or the input's name inside ``dest`` when that is a folder.
    """
    reader = OutputReader(out)
    if reader.jsonl_out and dest.is_dir():  # a folder to hold the rebuilt file, named as the output
        dest = dest / out.name
    _refuse_overlap(out, log, dest)
    stats = RestoreStats(dest)
    records: tuple[Path, AtomicFile] | None = None  # the JSONL file being rebuilt
    done: set[Path] = set()
    ok = False
    try:
        for entry in iter_documents(log):
            if not entry.ok:
                continue
            doc, source = entry.id, entry.record["source"]
            try:
                output = reader.text(entry.record)
            except (KeyError, OSError, json.JSONDecodeError) as exc:
                stats.problems.append(f"{doc}: output not found ({exc})")
                continue
            try:
                text = restore_document(output, entry)
            except EditError as exc:
                stats.problems.append(f"{doc}: {exc}")
                continue
            # The records of a JSONL (or WARC) input are rebuilt into a JSONL file named as its output.
            rel = output_name(source, source) if reader.in_jsonl(entry.record) else restored_name(source)
            if reader.one_text:  # one document's body: restored to the file given, or by its name into a folder
                rel = Path(rel).name if source != "-" else out.name
            target = dest if reader.jsonl_out or (reader.one_text and not dest.is_dir()) else _inside(dest, rel)
            if target is None:
                stats.problems.append(f"{doc}: source path {source!r} would leave {dest}; not written")
                continue
            if not reader.in_jsonl(entry.record):
                data = text.encode("utf-8")
                if _other_bytes(target, data):
                    stats.problems.append(f"{doc}: {target} exists and holds other bytes; not written over")
                    continue
                write_atomic(target, data)
            else:
                if records is None or records[0] != target:
                    if records is not None:
                        _commit(records, stats)
                        done.add(records[0])
                    if target in done:  # never so in a log cleaner wrote: a JSONL file's records are together
                        stats.problems.append(
                            f"{doc}: the records of {source} are not together in the log; not written"
                        )
                        records = None
                        continue
                    records = (target, AtomicFile(target))
                records[1].write(dumps({"id": doc, "text": text}) + "\n")
            stats.restored += 1
        ok = True
    finally:
        reader.close()
        if records is not None:
            _commit(records, stats) if ok else records[1].discard()
    return stats


def _refuse_overlap(out: Path, log: Path, dest: Path) -> None:
    """Refuse (UsageError) a ``dest`` that is the run's output or log, or inside the output
    folder: the rebuilt inputs would be written over the files they are rebuilt from."""
    found = read_by(dest, [("output", out), ("log", log)])
    if found is not None:
        what, path = found
        raise UsageError(
            f"{dest} is the run's {what} {path} or inside it, what this restore reads: give another folder or file"
        )


def _other_bytes(target: Path, data: bytes) -> bool:
    """Whether ``target`` exists with content other than ``data``: restore never writes over
    a file it did not make the same (the scrape's own file, in its encoding, restored into)."""
    try:
        if target.stat().st_size != len(data):
            return True
        return target.read_bytes() != data
    except FileNotFoundError:
        return False
    except OSError:  # a folder, or unreadable: not a file restore may replace
        return True


def _commit(records: tuple[Path, AtomicFile], stats: RestoreStats) -> None:
    """Put a rebuilt JSONL file in place, unless a file of other bytes is there already."""
    target, rebuilt = records
    # compared block by block: a rebuilt file of records can be larger than memory
    if target.exists() and (not target.is_file() or not filecmp.cmp(rebuilt.tmp, target, shallow=False)):
        rebuilt.discard()
        stats.problems.append(f"{target} exists and holds other bytes; not written over")
        return
    rebuilt.commit()


def _inside(root: Path, rel: str) -> Path | None:
    """``root / rel`` if that stays inside ``root`` (a log is input too: ``../`` is refused)."""
    target = (root / rel).resolve()
    base = root.resolve()
    return target if target != base and base in target.parents else None
