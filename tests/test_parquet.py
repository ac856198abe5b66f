"""Parquet in and out (the ``parquet`` extra): each row is a document as a JSONL record
is; the output keeps every other column with its own type, the clean text goes back to
the text column, the metadata columns are added, and rows that failed are left out, as
in a JSONL output. The files are written here with pyarrow and read by the real command
line. Without pyarrow, naming a Parquet file is a usage error that names the extra."""

from __future__ import annotations

import datetime
import decimal
import hashlib
import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cleaner.cli import app

runner = CliRunner()

RIVER = "Volunteers counted the birds along the river for the third year, and found more kingfishers than before. "
PAGE = (
    '<html><head><meta charset="iso-8859-15"><title>Café news</title></head><body><article>'
    "<p>The café on the corner opened again on Monday after a long winter; a coffee costs 2 €. "
    * 3
    + "</p></article></body></html>"
)


def _table() -> pa.Table:
    return pa.table(
        {
            "id": ["a", "b", "c", None],
            "url": ["https://example.org/a", None, "https://example.org/c", None],
            "text": [RIVER * 3, None, PAGE, "The weather in the mountains was fine all week, and the huts were full. "],
            "crawled": pa.array(
                [datetime.datetime(2024, 1, 1, 12), datetime.datetime(2024, 1, 2), None, datetime.datetime(2024, 1, 3)],
                pa.timestamp("ms", tz="UTC"),
            ),
            "score": pa.array(
                [decimal.Decimal("1.50"), None, decimal.Decimal("2.25"), decimal.Decimal("0")], pa.decimal128(5, 2)
            ),
            "tags": pa.array([["x", "y"], [], None, ["z"]], pa.list_(pa.string())),
            "raw": pa.array([b"\x00\x01", None, b"x", b""], pa.binary()),
        }
    )


def _write(path, table=None, **kwargs):
    pq.write_table(table if table is not None else _table(), path, row_group_size=2, **kwargs)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean(*args):
    return runner.invoke(app, ["clean", *map(str, args), "--no-judge", "--no-resume"])


def _docs(log) -> dict[str, dict]:
    recs = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    return {r["doc"]: r for r in recs if r["type"] == "doc"}


def test_parquet_to_parquet_keeps_every_column_and_writes_the_clean_text(tmp_path):
    src = tmp_path / "data.parquet"
    before = _write(src)
    outs = []
    for jobs in (1, 2):
        out, log = tmp_path / f"out{jobs}.parquet", tmp_path / f"log{jobs}.jsonl"
        res = _clean(src, "-o", out, "--log", log, "--jobs", jobs)
        assert res.exit_code == 1, res.output  # row 2 has no text
        outs.append((out.read_bytes(), log.read_bytes()))
    assert outs[0] == outs[1]  # the same bytes for any number of jobs
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before

    table = pq.read_table(tmp_path / "out1.parquet")
    source = _table()
    # The input's columns in their order and with their types, then the metadata columns.
    assert table.schema.names == source.schema.names + ["title", "author", "date", "section", "language"] + [
        "language_probability"
    ]
    for name in ("id", "url", "crawled", "score", "tags", "raw"):
        assert table.schema.field(name).type == source.schema.field(name).type
    assert table.schema.field("language_probability").type == pa.float64()
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == ["a", "c", None]  # the row that failed is left out
    a, c, d = rows
    assert a["crawled"] == datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.UTC)
    assert (a["score"], a["tags"], a["raw"]) == (decimal.Decimal("1.50"), ["x", "y"], b"\x00\x01")
    assert a["text"].startswith("Volunteers counted") and a["language"] == "en"
    assert c["title"] == "Café news" and "<p>" not in c["text"] and "2 €" in c["text"]
    assert d["url"] is None and d["text"].startswith("The weather in the mountains")

    docs = _docs(tmp_path / "log1.jsonl")
    assert list(docs) == ["a", "b", "c", "data.parquet:4"]  # as for JSONL: the id column, else file:row
    assert [d["line"] for d in docs.values()] == [1, 2, 3, 4]
    assert "row 2: record has no string 'text' or 'html' field" in docs["b"]["error"]


def test_text_field_and_binary_page_column(tmp_path):
    src = tmp_path / "pages.parquet"
    table = pa.table(
        {
            "page": pa.array([PAGE.encode("iso-8859-15"), RIVER.encode() * 2], pa.binary()),  # page bytes, as saved
            "text": ["other text", "kept"],
        }
    )
    _write(src, table)
    out = tmp_path / "out.parquet"
    res = _clean(src, "-o", out, "--text-field", "page")
    assert res.exit_code == 0, res.output
    rows = pq.read_table(out).to_pylist()
    assert pq.read_table(out).schema.field("page").type == pa.string()  # the clean text, back in its column
    assert "2 €" in rows[0]["page"] and "<p>" not in rows[0]["page"]  # decoded by the page's charset
    assert rows[1]["page"].startswith("Volunteers counted")
    assert [r["text"] for r in rows] == ["other text", "kept"]


def test_parquet_to_jsonl_records_and_to_a_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _write(src / "data.parquet")
    out = tmp_path / "out.jsonl"
    res = _clean(src / "data.parquet", "-o", out)
    assert res.exit_code == 1, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "c", None]
    assert records[0]["crawled"] == "2024-01-01T12:00:00+00:00" and records[0]["score"] == "1.50"
    assert records[0]["raw"] == "AAE=" and records[0]["tags"] == ["x", "y"]  # bytes as base64

    folder = tmp_path / "mirror"
    res = _clean(src, "-o", folder)
    assert res.exit_code == 1, res.output
    assert sorted(p.name for p in folder.iterdir()) == ["data.parquet"]  # Parquet stays Parquet in a mirror
    assert [r["id"] for r in pq.read_table(folder / "data.parquet").to_pylist()] == ["a", "c", None]


def test_a_parquet_output_takes_parquet_inputs_only(tmp_path):
    (tmp_path / "a.txt").write_text(RIVER)
    res = _clean(tmp_path / "a.txt", "-o", tmp_path / "out.parquet")
    assert res.exit_code == 2 and "holds the rows of Parquet inputs only" in res.output

    src = tmp_path / "in"
    src.mkdir()
    _write(src / "1.parquet")
    _write(src / "2.parquet", pa.table({"text": [RIVER], "other": [1]}))  # other columns: not one table
    (src / "3.txt").write_text(RIVER)
    out, log = tmp_path / "out.parquet", tmp_path / "log.jsonl"
    res = _clean(src, "-o", out, "--log", log)
    assert res.exit_code == 1, res.output
    docs = _docs(log)
    assert "columns differ from those of 1.parquet" in docs["2.parquet"]["error"]
    assert "Parquet inputs only" in docs["3.txt"]["error"]
    assert [r["id"] for r in pq.read_table(out).to_pylist()] == ["a", "c", None]


def test_a_corrupt_parquet_file_is_an_error_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _write(tmp_path / "whole.parquet")
    data = (tmp_path / "whole.parquet").read_bytes()
    (src / "cut.parquet").write_bytes(data[: len(data) // 2])
    (src / "good.txt").write_text(RIVER)
    log = tmp_path / "log.jsonl"
    res = _clean(src, "-o", tmp_path / "out", "--log", log)
    assert res.exit_code == 1, res.output
    docs = _docs(log)
    assert "cannot read row 1" in docs["cut.parquet:1"]["error"]
    assert docs["good.txt"]["status"] == "ok"


@pytest.mark.parametrize(
    "args",
    [["data.parquet", "-o", "out.jsonl"], ["in.jsonl", "-o", "out.parquet"]],
    ids=["parquet-input", "parquet-output"],
)
def test_without_pyarrow_parquet_is_a_usage_error_naming_the_extra(tmp_path, args):
    _write(tmp_path / "data.parquet")
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": RIVER}) + "\n")
    blocked = "import sys; sys.modules['pyarrow'] = None; from cleaner.cli import main; sys.argv[0] = 'cleaner'; main()"
    res = subprocess.run(
        [sys.executable, "-c", blocked, "clean", *args], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 2, res.stderr
    assert "pip install 'scrape-cleaner[parquet]'" in res.stderr
    assert not (tmp_path / args[-1]).exists()
