"""Reading inputs in pieces: a JSONL file cut into ranges of lines gives, range by range,
exactly the documents reading the whole file gives (the driver cuts, workers read)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.inputs import InputFile, read_file
from cleaner.io.reading import read_jsonl_range, split_lines


def _jsonl(tmp_path: Path, ending: bytes) -> Path:
    lines = [json.dumps({"id": f"r{k}", "text": f"Record {k} " + "é" * k}).encode() for k in range(11)]
    lines[3] = b""  # an empty line: no document, but it counts as a line
    lines[5] = b"not json"
    lines[7] = json.dumps({"id": "big", "text": "x" * 300}).encode()  # over max_bytes below
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + ending)
    return path


@pytest.mark.parametrize("ending", [b"\n", b""], ids=["final-newline", "no-final-newline"])
@pytest.mark.parametrize("per_range", [1, 2, 3, 5, 100])
def test_ranges_of_a_jsonl_file_give_the_documents_of_the_whole_file(tmp_path, ending, per_range):
    path = _jsonl(tmp_path, ending)
    whole = list(read_file(InputFile(path, "in.jsonl", "jsonl"), max_bytes=200))
    with path.open("rb") as f:
        ranges = list(split_lines(f, per_range, block=7))  # a small block: newlines across block edges
        pieces = [
            doc
            for start, end, first, _ in ranges
            for doc in read_jsonl_range(f, "in.jsonl", str(path), start, end, first, 200)
        ]
    assert pieces == whole
    assert [d.line for d in whole] == [1, 2, 3, 5, 6, 7, 8, 9, 10, 11]
    assert sum(n for *_, n in ranges) == 11 and all(n == per_range for *_, n in ranges[:-1])
    assert "over --max-bytes" in whole[6].error and "not JSON" in whole[4].error
