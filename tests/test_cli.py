"""The command line as users run it: folders, JSONL, stdin, logs, exit codes, restore."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.runlog.records import text_hash

from conftest import FIXTURES, SEEDS

runner = CliRunner()
EDIT_KEYS = ["type", "doc", "rule", "file", "category", "action", "start", "end", "removed", "replacement", "reason"]


def _tree(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(FIXTURES / "input", src)
    return src


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_folder_is_mirrored_and_inputs_untouched(tmp_path):
    src = _tree(tmp_path)
    before = _snapshot(src)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log)])
    assert res.exit_code == 0, res.output
    assert _snapshot(src) == before
    for rel in before:
        target = out / rel.rsplit(".", 1)[0]
        assert target.with_suffix(".txt").exists(), rel
    expected = FIXTURES / "expected" / "seeds" / SEEDS[0].name
    assert (out / "seeds" / SEEDS[0].name).read_bytes() == expected.read_bytes()
    assert "cleaned 12 of 12 documents" in res.output


def test_log_records_have_fixed_keys_and_one_doc_record_per_input(tmp_path):
    src = _tree(tmp_path)
    log = tmp_path / "log.jsonl"
    runner.invoke(app, ["clean", str(src), "-o", str(tmp_path / "out"), "--log", str(log)])
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    edits = [r for r in records if r["type"] == "edit"]
    docs = [r for r in records if r["type"] == "doc"]
    assert edits and all(list(r) == EDIT_KEYS for r in edits)
    assert len(docs) == 12 and all(r["schema"] == 2 and r["ruleset"] for r in docs)
    assert {"language", "chars_in", "chars_out", "removed", "warnings", "flagged"} <= set(docs[0])
    flagged = [d["doc"] for d in docs if d["flagged"]]
    assert flagged == ["edge/all-boilerplate.md"]


def test_runs_are_byte_identical(tmp_path):
    src = _tree(tmp_path)
    outputs = []
    for n in (1, 2):
        out, log = tmp_path / f"out{n}", tmp_path / f"log{n}.jsonl"
        runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log)])
        outputs.append((_snapshot(out), log.read_bytes()))
    assert outputs[0] == outputs[1]


def test_restore_rebuilds_every_input(tmp_path):
    src = _tree(tmp_path)
    out, log, back = tmp_path / "out", tmp_path / "log.jsonl", tmp_path / "back"
    runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log)])
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    assert res.exit_code == 0, res.output
    from cleaner.decode import decode_bytes

    for rel, data in _snapshot(src).items():
        assert (back / rel).read_bytes().decode("utf-8") == decode_bytes(data).text, rel


def test_restore_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}
    src.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    out, log, back = tmp_path / "out.jsonl", tmp_path / "log.jsonl", tmp_path / "back.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log)]).exit_code == 0
    assert runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)]).exit_code == 0
    restored = {r["id"]: r["text"] for r in map(json.loads, back.read_text(encoding="utf-8").splitlines())}
    assert restored == texts


def test_stdin_to_stdout():
    text = SEEDS[1].read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cleaner.cli", "clean", "-"], input=text.encode(), capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (FIXTURES / "expected" / "seeds" / SEEDS[1].name).read_text(encoding="utf-8")


def test_url_option_selects_site_rules():
    text = "Belarus\n\nSome title here\n\nPublication date: Friday 28 August 2020\n\nBody text of the article.\n"
    res = runner.invoke(app, ["clean", "-", "--url", "https://www.internationalviewpoint.org/spip.php?a=1"], input=text)
    assert res.exit_code == 0
    assert res.stdout.startswith("Body text of the article.")


def test_url_with_a_byte_that_is_not_utf8_is_a_usage_error(tmp_path):
    # From a shell, --url $'http://x/\xff' arrives as a lone surrogate: no log, output
    # record or manifest can hold it, so the run is refused before it starts.
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", "clean", str(SEEDS[0]), "-o", str(out), "--log", str(log)]
        + ["--url", b"http://x/\xff"],
        capture_output=True,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert "Traceback" not in err and "--url" in err and "'http://x/\\xff' is not valid UTF-8" in err
    assert not out.exists() and not log.exists()


def test_binary_file_is_an_error_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES / "bad" / "image.txt", src / "image.txt")
    shutil.copy(SEEDS[0], src / "a.txt")
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log)])
    assert res.exit_code == 1
    assert (out / "a.txt").exists() and not (out / "image.txt").exists()
    assert "image.txt: binary file" in res.output
    docs = [json.loads(x) for x in log.read_text().splitlines() if '"type":"doc"' in x]
    assert {d["doc"]: d["status"] for d in docs} == {"a.txt": "ok", "image.txt": "error"}


def test_bad_jsonl_lines_are_errors_and_the_rest_is_cleaned(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "Fine text here."}\nnot json\n[1, 2]\n{"id": "b"}\n{"id": "c", "text": "Also fine."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out)])
    assert res.exit_code == 1
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "c"]
    assert "not JSON" in res.output and "JSON object" in res.output and "no string 'text'" in res.output


def test_output_inside_input_is_refused(tmp_path):
    src = _tree(tmp_path)
    res = runner.invoke(app, ["clean", str(src), "-o", str(src / "out")])
    assert res.exit_code == 2 and "inside input folder" in res.output
    assert not (src / "out").exists()


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["clean", str(tmp_path / "missing")]).exit_code == 2
    res = runner.invoke(app, ["clean", str(FIXTURES / "input")])  # a folder is many documents: no stdout
    assert res.exit_code == 2 and "give an output with -o OUT" in res.output
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    assert runner.invoke(app, ["clean", str(records)]).exit_code == 2  # records: no stdout either
    for bad in (
        ["--on-over-removal", "keep-both"],
        ["--engine", "spark"],
        ["--lang", "english"],
        ["--guard-share", "2"],
        ["--scheduler", "tcp://x:8786"],
    ):
        res = runner.invoke(app, ["clean", str(SEEDS[0]), *bad])
        assert res.exit_code == 2 and bad[0] in res.output, (bad, res.output)
    bad_rules = tmp_path / "bad.yaml"
    bad_rules.write_text("scope: generic\nrules:\n  - id: x\n    kind: line\n")
    res = runner.invoke(app, ["clean", str(SEEDS[0]), "-o", str(tmp_path / "o"), "--rules", str(bad_rules)])
    assert res.exit_code == 2 and "bad.yaml:3: rule 'x'" in res.output
    assert not (tmp_path / "o").exists()


def test_lang_filter_reports_skipped_documents(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "en", "text": SEEDS[0].read_text()})
        + "\n"
        + json.dumps(
            {
                "id": "de",
                "text": "Das ist ein Artikel über die Wahlen in Belarus. Die Proteste "
                "gehen weiter, sagen die Beobachter vor Ort in Minsk.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "--lang", "de"])
    assert res.exit_code == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["de"]
    assert "1 skipped" in res.output and "skipped by language: en 1" in res.output
    docs = {d["doc"]: d for d in map(json.loads, log.read_text().splitlines()) if d["type"] == "doc"}
    assert docs["en"]["status"] == "skipped" and docs["en"]["language"] == "en"


def test_rules_commands(tmp_path):
    res = runner.invoke(app, ["rules", "list"])
    assert res.exit_code == 0 and "wsws.org/contact-footer" in res.output and "copyright-line" in res.output
    assert runner.invoke(app, ["rules", "check", "rules"]).exit_code == 0
    res = runner.invoke(app, ["rules", "test"])
    assert res.exit_code == 0 and ", 0 failed" in res.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "scope: generic\nrules:\n  - id: b\n    kind: block\n    category: junk\n    description: d\n"
        "    pattern: 'the'\n    examples:\n      remove: ['the']\n      keep: ['the end of it']\n"
    )
    res = runner.invoke(app, ["rules", "test", str(bad)])
    assert res.exit_code == 1 and "rule 'b' example keep[0]" in res.output


def test_every_rule_id_in_a_log_is_listed_by_rules_list(tmp_path):
    """An auditor looks up each rule id of a log with `rules list`: the built-in steps' and the
    judge's too (fix-mojibake, markdown-link, judge-navigation, ...), which carry most of what
    a run removes; `rules list` listed the rule files' rules only."""
    src = tmp_path / "in"
    shutil.copytree(FIXTURES / "input", src)
    (src / "page.md").write_text(
        "[Home](/) | [News](/news)\n\n# A title\n\nThe council met on Tuesday and agreed the budget "
        "after a long debate about the\nschool buses and the roads.\n\n![a photo](p.png)\n",
        encoding="utf-8",
    )
    log = tmp_path / "log.jsonl"
    assert runner.invoke(app, ["clean", str(src), "--dry-run", "--log", str(log), "-q"]).exit_code == 0
    records = map(json.loads, log.read_text().splitlines())
    logged = {(r["rule"], r["file"], r["category"]) for r in records if r["type"] == "edit"}
    assert {"fix-mojibake", "markdown-link", "join-broken-paragraph"} <= {rule for rule, _, _ in logged}
    res = runner.invoke(app, ["rules", "list", "--json"])
    assert res.exit_code == 0
    listed = {r["id"]: r for r in map(json.loads, res.output.splitlines())}
    for rule, file, category in sorted(logged):
        assert rule in listed, rule
        assert listed[rule]["category"] == category and listed[rule]["description"]
        assert listed[rule]["file"].split(":")[0] == file, (rule, listed[rule]["file"])  # as the log names it
    assert listed["judge-navigation"]["file"] == "cleaner/judge"  # the judge's file in the log
    table = runner.invoke(app, ["rules", "list"]).output
    assert "judge-navigation" in table and "strip-indent" in table


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_an_error(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "secret.txt").write_text("text")
    (src / "secret.txt").chmod(0)
    res = runner.invoke(app, ["clean", str(src), "-o", str(tmp_path / "out")])
    assert res.exit_code == 1 and "cannot read" in res.output


@pytest.mark.slow
def test_log_matches_its_json_schema(tmp_path):
    import jsonschema

    from conftest import ROOT

    schema = json.loads((ROOT / "schema" / "log.schema.json").read_text())
    src = _tree(tmp_path)
    shutil.copy(FIXTURES / "bad" / "image.txt", src / "image.txt")
    log = tmp_path / "log.jsonl"
    runner.invoke(app, ["clean", str(src), "-o", str(tmp_path / "out"), "--log", str(log)])
    kinds = set()
    for line in log.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        jsonschema.validate(record, schema)
        kinds.add((record["type"], record.get("status")))
    assert {("edit", None), ("doc", "ok"), ("doc", "error")} <= kinds


def test_one_html_file_without_output_goes_to_stdout(tmp_path):
    """Like one text file: the clean body on stdout, nothing written anywhere."""
    html = FIXTURES / "html"
    page = tmp_path / "river-survey.html"
    shutil.copy(html / "pages" / "example.org" / "river-survey.html", page)
    args = ["clean", str(page), "--url", "https://www.example.org/news/river-survey", "--rules", str(html / "rules")]
    proc = subprocess.run([sys.executable, "-m", "cleaner.cli", *args], capture_output=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (html / "expected" / "example.org" / "river-survey.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["river-survey.html"]
    text = subprocess.run([sys.executable, "-m", "cleaner.cli", "clean", str(SEEDS[1]), "-q"], capture_output=True)
    assert text.stdout.decode() == (FIXTURES / "expected" / "seeds" / SEEDS[1].name).read_text(encoding="utf-8")


# Every command a user runs, as its --help is asked for.
COMMANDS = (
    ["clean"],
    ["restore"],
    ["audit"],
    ["show"],
    ["report"],
    ["rules", "list"],
    ["rules", "check"],
    ["rules", "test"],
    ["rules", "learn"],
    ["rules", "import-ftr"],
)


def test_help_shows_no_type_beside_flags():
    """'--quiet <bool>' read as if --quiet took a value; '--rules <list[Path]>' as if it took a list."""
    for command in ([], *COMMANDS):
        text = runner.invoke(app, [*command, "--help"]).output
        options = [line for line in text.splitlines() if line.lstrip().startswith("-")]
        assert options and not [line for line in options if "<bool>" in line or "list[" in line], (command, text)
    text = runner.invoke(app, ["clean", "--help"]).output
    options = {line.split()[0].rstrip(","): line.split() for line in text.splitlines() if line.startswith("  -")}
    assert options["-q"][:2] == ["-q,", "--quiet"] and options["-q"][2] == "No"
    assert options["-r"][:3] == ["-r,", "--rules", "PATH"]
    assert options["--no-resume"][1] == "Keep"
    assert options["--on-over-removal"][1] == "<keep-cleaned|keep-original>"
    assert "OUT.manifest.sqlite beside the output" in " ".join(text.split())


def test_every_command_help_ends_with_examples_that_run_that_command():
    """No --help gave an example: a newcomer read the options but not how a call looks."""
    for command in COMMANDS:
        text = runner.invoke(app, [*command, "--help"]).output
        examples = text.split("\n  Examples:\n")[1].strip("\n").splitlines()
        assert examples and all(line.startswith("    cleaner " + " ".join(command)) for line in examples), text
        for line in examples:  # every option an example gives is one of the command's
            options = [w for w in line.split("#")[0].split() if w.startswith("-") and w != "-"]
            assert all(f"{o}," in text or f"{o} " in text for o in options), (line, text)


def test_shell_completion_is_offered_and_completes():
    text = runner.invoke(app, ["--help"]).output
    assert "--install-completion" in text and "--show-completion" in text

    def complete(*words: str) -> list[str]:
        env = {
            **os.environ,
            "_CLEANER_COMPLETE": "complete_bash",
            "COMP_WORDS": " ".join(("cleaner", *words)),
            "COMP_CWORD": str(len(words)),
        }
        command = Path(sys.executable).parent / "cleaner"  # completion goes by the program's name
        proc = subprocess.run([str(command)], env=env, capture_output=True, text=True)
        return proc.stdout.split()

    assert complete("cl") == ["clean"]
    assert complete("clean", "--on-over-removal", "") == ["keep-cleaned", "keep-original"]
    assert "--no-resume" in complete("clean", "--no-")


def test_one_document_to_a_txt_output_is_one_file_restore_and_show_read_it(tmp_path):
    """'-o body.txt' for one page writes the body to that file (what stdout would get),
    with nothing beside it but the log; restore rebuilds the page's text from it, show reads it."""
    html = FIXTURES / "html"
    page = tmp_path / "river-survey.html"
    shutil.copy(html / "pages" / "example.org" / "river-survey.html", page)
    url = ["--url", "https://www.example.org/news/river-survey", "--rules", str(html / "rules")]
    res = runner.invoke(
        app, ["clean", str(page), "-o", str(tmp_path / "body.txt"), "--log", str(tmp_path / "log.jsonl"), *url]
    )
    assert res.exit_code == 0, res.output
    body = tmp_path / "body.txt"
    assert body.is_file()
    assert body.read_text(encoding="utf-8") == (html / "expected" / "example.org" / "river-survey.txt").read_text(
        encoding="utf-8"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["body.txt", "log.jsonl", "river-survey.html"]
    res = runner.invoke(
        app, ["restore", str(body), "--log", str(tmp_path / "log.jsonl"), "-o", str(tmp_path / "page.txt")]
    )
    assert res.exit_code == 0, res.output
    log = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text(encoding="utf-8").splitlines()]
    doc = next(r for r in log if r["type"] == "doc")
    restored = (tmp_path / "page.txt").read_text(encoding="utf-8")
    assert len(restored) > len(body.read_text(encoding="utf-8")) and text_hash(restored) == doc["sha256_in"]
    res = runner.invoke(app, ["show", doc["doc"], "--log", str(tmp_path / "log.jsonl"), "--run-output", str(body)])
    assert res.exit_code == 0, res.output
    assert body.read_text(encoding="utf-8").splitlines()[0] in res.output


def test_a_txt_output_for_what_can_hold_more_than_one_document_is_refused(tmp_path):
    """A folder or a JSONL file given '-o x.txt' was mirrored into a folder named x.txt; now
    it is a usage error that says what to give instead, and nothing is written."""
    src = _tree(tmp_path)
    for inputs in ([str(src)], [str(src / "seeds" / SEEDS[1].name), str(src / "seeds" / SEEDS[2].name)]):
        res = runner.invoke(app, ["clean", *inputs, "-o", str(tmp_path / "x.txt")])
        assert res.exit_code == 2
        assert "one text file, for the body of one document" in res.output and "give a folder" in res.output
    assert not (tmp_path / "x.txt").exists()
    old = tmp_path / "old.txt"  # a folder of that name from an older run is still a folder
    old.mkdir()
    res = runner.invoke(app, ["clean", str(src / "seeds"), "-o", str(old)])
    assert res.exit_code == 0, res.output
    assert (old / SEEDS[1].name).is_file()


def test_a_txt_output_of_a_document_that_fails_is_not_written(tmp_path):
    """An unreadable document writes no empty body in place of its output, and the exit code says so."""
    page = tmp_path / "a.txt"
    page.write_text("A short article body that is long enough to keep as it is.\n", encoding="utf-8")
    res = runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "body.txt"), "--max-bytes", "10"])
    assert res.exit_code == 1
    assert not (tmp_path / "body.txt").exists()


def test_a_resumed_one_document_run_writes_its_body_again(tmp_path):
    """With a manifest (--manifest), a rerun takes an unchanged document from it. A body that
    goes to stdout or to one file lives nowhere else, so the manifest keeps it: the rerun
    prints it and writes the file again (it printed nothing and wrote nothing, exit 0)."""
    page = tmp_path / "a.txt"
    page.write_text("A short article body that is long enough to keep as it is.\n", encoding="utf-8")
    for out in (["-o", str(tmp_path / "body.txt")], []):
        book = ["--manifest", str(tmp_path / f"m{len(out)}.sqlite")]
        first = runner.invoke(app, ["clean", str(page), *out, *book, "-q"])
        assert first.exit_code == 0, first.output
        body = (tmp_path / "body.txt").read_text(encoding="utf-8") if out else first.stdout
        assert body.startswith("A short article body")
        if out:
            (tmp_path / "body.txt").unlink()
        again = runner.invoke(app, ["clean", str(page), *out, *book, "-q"])
        assert again.exit_code == 0, again.output
        assert ((tmp_path / "body.txt").read_text(encoding="utf-8") if out else again.stdout) == body
