"""`cleaner restore` (and `show`, the report) never give a wrong input back without a word.

The doc record carries the SHA-256 of the input and of the output (log schema 2);
restore checks both, so a changed output (even one of the same length), a changed or
deleted edit record, or swapped records are reported as problems, exit code 1. A log of
schema 1 is still read (lengths checked only). A record whose id an earlier record of its
file has is named ``FILE:LINE`` in the log, and records without an id restore.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

runner = CliRunner()

ARTICLE = (
    "The river survey counted more otters this year than in any year since 1990.\n\n"
    "Volunteers walked both banks twice, in May and in September.\n\n"
    "Share this article on Facebook\n\n"
    "Copyright 2020 Foo Inc. All rights reserved.\n"
)


def _run(tmp_path: Path, files: dict[str, str], *extra: str) -> tuple[Path, Path, int, str]:
    src = tmp_path / "in"
    for rel, text in files.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text(text, encoding="utf-8")
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    jobs = [] if "--jobs" in extra else ["--jobs", "1"]
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q", *jobs, *extra])
    return out, log, res.exit_code, res.output


def _restore(out: Path, log: Path, back: Path) -> tuple[int, str]:
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    return res.exit_code, res.output


def _records(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def _write(log: Path, records: list[dict]) -> None:
    log.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_doc_records_carry_the_hashes_of_input_and_output(tmp_path):
    import hashlib

    out, log, code, output = _run(tmp_path, {"a.txt": ARTICLE})
    assert code == 0, output
    doc = _records(log)[-1]
    assert doc["schema"] == 2
    assert doc["sha256_in"] == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert doc["sha256_out"] == hashlib.sha256((out / "a.txt").read_bytes()).hexdigest()  # as sha256sum has it


def test_an_edited_removed_text_of_the_same_length_is_a_problem(tmp_path):
    out, log, _, _ = _run(tmp_path, {"a.txt": ARTICLE})
    records = _records(log)
    edit = next(r for r in records if r["type"] == "edit" and r["rule"] == "copyright-line")
    edit["removed"] = edit["removed"].replace("Foo", "Bar")
    _write(log, records)
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 1 and "; 1 problem\n" in output and "edit records were changed" in output
    assert not (tmp_path / "back" / "a.txt").exists()


def test_a_deleted_last_edit_is_a_problem(tmp_path):
    out, log, _, _ = _run(tmp_path, {"a.txt": ARTICLE})
    records = _records(log)
    last_edit = max(k for k, r in enumerate(records) if r["type"] == "edit")
    assert records[last_edit]["replacement"] == ""  # a removal: the output keeps no trace of it
    del records[last_edit]
    _write(log, records)
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 1 and "edit records were changed" in output


def test_a_same_length_change_to_an_output_is_a_problem(tmp_path):
    out, log, _, _ = _run(tmp_path, {"a.txt": ARTICLE})
    text = (out / "a.txt").read_text(encoding="utf-8")
    (out / "a.txt").write_text(text.replace("otters", "beaver"), encoding="utf-8")  # six letters each
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 1 and "output was changed since the run" in output
    res = runner.invoke(app, ["show", "a.txt", "--log", str(log), "--run-output", str(out)])
    assert "changed since the run" in res.output  # show reads the output through the same check


def test_swapped_records_of_the_same_length_are_a_problem(tmp_path):
    one = "First story, about a river and its otters.\n\nShare this article on Facebook\n"
    two = "Other story, about a field and its larks.\n\nShare this article on Twitter!!\n"
    assert len(one) == len(two)
    records = [{"id": "a", "text": one}, {"id": "b", "text": two}]
    out, log, code, output = _run(tmp_path, {"r.jsonl": "".join(json.dumps(r) + "\n" for r in records)})
    assert code == 0, output
    lines = (out / "r.jsonl").read_text(encoding="utf-8").splitlines()
    a, b = (json.loads(x) for x in lines)
    a["text"], b["text"] = b["text"], a["text"]
    (out / "r.jsonl").write_text(json.dumps(a) + "\n" + json.dumps(b) + "\n", encoding="utf-8")
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 1 and "2 problems" in output


def test_a_schema_1_log_is_still_read_and_its_lengths_checked(tmp_path):
    out, log, _, _ = _run(tmp_path, {"a.txt": ARTICLE})
    records = _records(log)
    for r in records:
        if r["type"] == "doc":
            r["schema"] = 1
            del r["sha256_in"], r["sha256_out"]
    _write(log, records)
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 0, output
    assert (tmp_path / "back" / "a.txt").read_text(encoding="utf-8") == ARTICLE
    del records[max(k for k, r in enumerate(records) if r["type"] == "edit")]  # a removal of 45 characters
    _write(log, records)
    code, output = _restore(out, log, tmp_path / "back2")
    assert code == 1 and "the log says" in output  # caught by chars_in, the check schema 1 allows
    res = runner.invoke(app, ["audit", str(log)])
    assert res.exit_code == 0, res.output


def test_a_log_of_an_unknown_schema_is_refused(tmp_path):
    out, log, _, _ = _run(tmp_path, {"a.txt": ARTICLE})
    records = _records(log)
    records[-1]["schema"] = 3
    _write(log, records)
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 2 and "reads schema 1 and 2" in output


def _jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_a_repeated_id_in_one_file_is_made_distinct_in_the_log(tmp_path):
    alpha = "Alpha text one is here.\n\nShare on Facebook"
    bravo = "Bravo text two is here.\n\nShare on Facebook"  # the same length as alpha
    data = _jsonl({"id": "x", "text": alpha}, {"id": "y", "text": "Some other words."}, {"id": "x", "text": bravo})
    out, log, code, output = _run(tmp_path, {"d.jsonl": data})
    assert code == 0, output
    records = _records(log)
    docs = [r for r in records if r["type"] == "doc"]
    assert [(d["doc"], d["line"]) for d in docs] == [("x", 1), ("y", 2), ("d.jsonl:3", 3)]
    assert "id 'x' is taken by d.jsonl:1: named d.jsonl:3 in the log" in docs[2]["warnings"]
    assert {r["doc"] for r in records if r["type"] == "edit" and r["start"] > 0} >= {"x", "d.jsonl:3"}
    assert [json.loads(x)["id"] for x in (out / "d.jsonl").read_text().splitlines()] == ["x", "y", "x"]  # as given
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 0, output
    back = [json.loads(x) for x in (tmp_path / "back" / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in back] == [alpha, "Some other words.", bravo]
    for doc, text in (("x", "Alpha"), ("d.jsonl:3", "Bravo")):  # each id finds its own record's text
        res = runner.invoke(app, ["show", doc, "--log", str(log), "--run-output", str(out)])
        assert res.exit_code == 0 and text in res.output and "changed since" not in res.output


def test_repeated_ids_are_named_alike_for_any_number_of_workers_and_on_resume(tmp_path):
    """The lines of a big file are cleaned in ranges by several workers; the log is the
    same for any number of them, and for a rerun that takes most records from the manifest."""
    rows = [{"id": f"r{k % 25}", "text": f"Paragraph number {k} of the file.\n\nShare on Facebook"} for k in range(60)]
    rows.append({"id": "d.jsonl:62", "text": "An explicit id that is the name of the next line."})
    rows.append({"id": "r0", "text": "The next line, whose id is taken twice over."})
    logs = []
    for jobs in ("1", "2"):
        _, log, code, output = _run(tmp_path / jobs, {"d.jsonl": _jsonl(*rows)}, "--jobs", jobs)
        assert code == 0, output
        logs.append(log.read_bytes())
        ids = [r["doc"] for r in _records(log) if r["type"] == "doc"]
        assert ids[:25] == [f"r{k}" for k in range(25)] and ids[25:60] == [f"d.jsonl:{k}" for k in range(26, 61)]
        assert ids[60:] == ["d.jsonl:62", "d.jsonl:62#2"] and len(set(ids)) == len(ids)
    assert logs[0] == logs[1]
    src = tmp_path / "2" / "in" / "d.jsonl"
    rows[3]["text"] += " Changed."
    src.write_text(_jsonl(*rows), encoding="utf-8")
    _, log, code, output = _run(tmp_path / "2", {"d.jsonl": _jsonl(*rows)}, "--jobs", "2")
    assert code == 0, output
    fresh = _run(tmp_path / "3", {"d.jsonl": _jsonl(*rows)}, "--no-resume")[1]
    assert log.read_bytes() == fresh.read_bytes()


def test_records_without_an_id_restore(tmp_path):
    text = "No id here at all, just words.\n\nShare on Facebook"
    out, log, code, output = _run(tmp_path, {"d.jsonl": _jsonl({"text": text}, {"id": None, "text": text + "!"})})
    assert code == 0, output
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 0, output
    back = [json.loads(x) for x in (tmp_path / "back" / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["text"]) for r in back] == [("d.jsonl:1", text), ("d.jsonl:2", text + "!")]


def test_an_error_record_keeps_its_id_to_itself(tmp_path):
    data = _jsonl({"id": "x", "text": "First words here.\n\nShare on Facebook"}, {"id": "x", "text": 5})
    out, log, code, output = _run(tmp_path, {"d.jsonl": data})
    assert code == 1, output  # a record without a text: an error record, under the id it has
    docs = [r for r in _records(log) if r["type"] == "doc"]
    assert [(d["doc"], d["status"]) for d in docs] == [("x", "ok"), ("d.jsonl:2", "error")]


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_restore_never_writes_over_what_it_reads(tmp_path):
    # 'restore out -o out' put the rebuilt inputs over the run's outputs, exit 0
    out, log, code, output = _run(tmp_path, {"a.txt": ARTICLE, "sub/b.txt": ARTICLE})
    assert code == 0, output
    jsonl_out, jsonl_log = tmp_path / "r.jsonl", tmp_path / "r-log.jsonl"
    runner.invoke(app, ["clean", str(tmp_path / "in"), "-o", str(jsonl_out), "--log", str(jsonl_log), "-q"])
    before = _tree(tmp_path)
    for what, log_of, dest in [
        (out, log, out),
        (out, log, out / "sub"),
        (out, log, log),
        (jsonl_out, jsonl_log, jsonl_out),
        (jsonl_out, jsonl_log, jsonl_log),
    ]:
        code, output = _restore(what, log_of, dest)
        assert code == 2 and output.startswith("error: ") and "Traceback" not in output, (dest, output)
        assert "what this restore reads" in output and len(output.strip().splitlines()) == 1, output
    assert _tree(tmp_path) == before


def test_restore_does_not_write_over_a_file_that_holds_other_bytes(tmp_path):
    # restored into the scrape's own folder, it rewrote a cp1252 file and a file with a BOM
    # as the UTF-8 text the log has of them: the inputs' bytes were lost, exit 0
    src = tmp_path / "in"
    src.mkdir()
    (src / "same.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (src / "legacy.txt").write_bytes(ARTICLE.replace("more otters", "more otters \u2014 caf\u00e9").encode("cp1252"))
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"])
    assert res.exit_code == 0, res.output
    before = _tree(src)
    code, output = _restore(out, log, src)
    assert code == 1, output
    assert _tree(src) == before  # every input as it was
    for name in ("bom.txt", "legacy.txt"):
        assert f"{src / name} exists and holds other bytes; not written over" in output, output
    assert "same.txt" not in output  # the same bytes: nothing to refuse
    # a restore into a folder of its own, again and again, goes on as before
    for _ in range(2):
        code, output = _restore(out, log, tmp_path / "back")
        assert code == 0, output


def test_restore_and_show_read_the_field_text_field_wrote_the_clean_text_to(tmp_path):
    # with --text-field content the clean text is in 'content', the record's own 'text' kept:
    # restore read 'text' and reported every record 'changed since the run', exit 1
    rows = [
        {"id": "a", "text": "A summary the scraper kept.", "content": ARTICLE},
        {"id": "b", "text": "Another summary.", "content": ARTICLE.replace("otters", "beavers")},
    ]
    out, log, code, output = _run(tmp_path, {"d.jsonl": _jsonl(*rows)}, "--text-field", "content")
    assert code == 0, output
    written = [json.loads(x) for x in (out / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in written] == ["A summary the scraper kept.", "Another summary."]
    code, output = _restore(out, log, tmp_path / "back")
    assert code == 0, output
    back = [json.loads(x) for x in (tmp_path / "back" / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in back] == [r["content"] for r in rows]
    res = runner.invoke(app, ["show", "b", "--log", str(log), "--run-output", str(out), "--no-color"])
    assert res.exit_code == 0 and "beavers" in res.output and "changed since" not in res.output, res.output
