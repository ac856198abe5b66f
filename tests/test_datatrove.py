"""cleaner as a datatrove step: a real datatrove run (reader, cleaner, writer) on JSONL the
test writes, whose outputs are cleaner's clean texts and whose per-rank logs `cleaner audit`
and the log's restore read as any run's log."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

import dill  # noqa: E402  (datatrove's dependency: how its executors send steps to workers)
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from cleaner import Options  # noqa: E402
from cleaner.cli import app  # noqa: E402
from cleaner.errors import RuleFileError  # noqa: E402
from cleaner.integrations.datatrove import CleanerStep  # noqa: E402
from cleaner.runlog import iter_documents, restore_document  # noqa: E402

from conftest import FIXTURES, SEEDS  # noqa: E402

GERMAN = (
    "Die Stadtverwaltung hat am Montag neue Pläne für den Ausbau der Radwege vorgestellt. Nach Angaben des "
    "Bürgermeisters sollen in den kommenden drei Jahren mehr als zwanzig Kilometer neue Wege entstehen.\n\n"
    "Die Kosten werden auf rund zwölf Millionen Euro geschätzt. Ein großer Teil des Geldes soll aus "
    "Fördermitteln des Landes kommen, teilte die Verwaltung mit."
)
ENGLISH = (
    "The city council presented new plans for the expansion of cycle paths on Monday. According to the mayor, "
    "more than twenty kilometres of new paths are to be built over the next three years.\n\n"
    "The costs are estimated at around twelve million euros. A large part of the money is to come from state "
    "funding, the administration said."
)
BOILERPLATE = (FIXTURES / "input" / "edge" / "all-boilerplate.md").read_text(encoding="utf-8")


def _write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Two input files, so two ranks: the seeds 000 and 001 in one; seed 002, an
    all-boilerplate page (flagged) and a German article in the other."""
    tmp = tmp_path_factory.mktemp("datatrove")
    inputs = {s.stem: s.read_text(encoding="utf-8") for s in SEEDS[:3]}
    names = list(inputs)
    _write_jsonl(tmp / "in" / "a.jsonl", [{"id": n, "text": inputs[n]} for n in names[:2]])
    _write_jsonl(
        tmp / "in" / "b.jsonl",
        [
            {"id": names[2], "text": inputs[names[2]], "url": "https://example.org/kept-when-none-found"},
            {"id": "boilerplate", "text": BOILERPLATE},
            {"id": "german", "text": GERMAN},
        ],
    )
    inputs.update(boilerplate=BOILERPLATE, german=GERMAN)
    LocalPipelineExecutor(
        [
            JsonlReader(str(tmp / "in")),
            CleanerStep(str(tmp / "cleaner-log")),
            JsonlWriter(str(tmp / "out"), compression=None),
        ],
        tasks=2,
        workers=1,
        logging_dir=str(tmp / "datatrove-logs"),
    ).run()
    return tmp, inputs


def test_datatrove_outputs_are_the_clean_texts_with_cleaner_metadata(run, cleaner):
    tmp, inputs = run
    out = {r["id"]: r for f in sorted((tmp / "out").glob("*.jsonl")) for r in _read_jsonl(f)}
    assert sorted(out) == sorted([s.stem for s in SEEDS[:3]] + ["boilerplate", "german"])
    for seed in SEEDS[:3]:
        gold = (FIXTURES / "expected" / "seeds" / seed.name).read_text(encoding="utf-8")
        assert out[seed.stem]["text"] == gold
        meta = json.loads((FIXTURES / "expected" / "seeds" / f"{seed.stem}.json").read_text(encoding="utf-8"))
        assert out[seed.stem]["metadata"]["title"] == meta["title"]
        assert out[seed.stem]["metadata"]["language"] == "en"
        assert out[seed.stem]["metadata"]["cleaner_flagged"] is False
    # A URL the input had is kept when cleaner finds none, as in a `cleaner clean` JSONL output.
    assert out[SEEDS[2].stem]["metadata"]["url"] == "https://example.org/kept-when-none-found"
    # Flagged documents are kept by default, marked; datatrove's writer leaves out the empty text.
    assert out["boilerplate"]["metadata"]["cleaner_flagged"] is True
    assert out["boilerplate"].get("text", "") == cleaner.clean(BOILERPLATE).text == ""
    assert (out["german"]["text"], out["german"]["metadata"]["language"]) == (cleaner.clean(GERMAN).text, "de")


def test_one_log_per_rank_that_gives_the_inputs_back(run):
    tmp, inputs = run
    logs = sorted(p.name for p in (tmp / "cleaner-log").iterdir())
    assert logs == ["00000.jsonl", "00001.jsonl"]
    out = {r["id"]: r.get("text", "") for f in sorted((tmp / "out").glob("*.jsonl")) for r in _read_jsonl(f)}
    seen = {}
    for name in logs:
        for entry in iter_documents(tmp / "cleaner-log" / name):
            seen[entry.id] = (name, entry.record["status"], entry.record["flagged"])
            assert entry.record["source"].endswith(("a.jsonl", "b.jsonl"))
            if entry.id in out:  # the log turns each output back into its input
                assert restore_document(out[entry.id], entry) == inputs[entry.id]
    stems = [s.stem for s in SEEDS[:3]]
    assert seen == {
        stems[0]: ("00000.jsonl", "ok", False),
        stems[1]: ("00000.jsonl", "ok", False),
        stems[2]: ("00001.jsonl", "ok", False),
        "boilerplate": ("00001.jsonl", "ok", True),
        "german": ("00001.jsonl", "ok", False),
    }


def test_cleaner_audit_reads_the_rank_logs_concatenated(run, tmp_path):
    tmp, _ = run
    log = tmp_path / "log.jsonl"
    log.write_bytes(b"".join(p.read_bytes() for p in sorted((tmp / "cleaner-log").iterdir())))
    res = CliRunner().invoke(app, ["audit", str(log), "--format", "json"])
    assert res.exit_code == 0, res.output
    totals = json.loads(res.output)["totals"]
    assert (totals["docs"], totals["ok"], totals["skipped"], totals["flagged"]) == (5, 5, 0, 1)


def test_skipped_and_flagged_documents_dropped_to_the_exclusion_writer_after_pickling(tmp_path):
    records = [{"id": "flagged", "text": SEEDS[0].read_text(encoding="utf-8")}, {"id": "german", "text": GERMAN}]
    _write_jsonl(tmp_path / "in" / "a.jsonl", records + [{"id": "english", "text": ENGLISH}])
    # English only, and a guard so strict that the seed (27% of it boilerplate) is flagged.
    step = CleanerStep(
        str(tmp_path / "log"),
        options=Options(languages=("en",), guard_share=0.01),
        drop_flagged=True,
        exclusion_writer=JsonlWriter(str(tmp_path / "excluded"), compression=None),
    )
    # datatrove sends the pipeline to its workers with dill: the step must travel without its cleaner.
    step = dill.loads(dill.dumps(step))
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), step, JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=1,
        logging_dir=str(tmp_path / "datatrove-logs"),
    ).run()
    assert [r["id"] for r in _read_jsonl(tmp_path / "out" / "00000.jsonl")] == ["english"]
    excluded = [
        (r["id"], r["text"], r["metadata"]["filter_reason"]) for r in _read_jsonl(tmp_path / "excluded" / "00000.jsonl")
    ]
    assert excluded == [(r["id"], r["text"], reason) for r, reason in zip(records, ["flagged", "skipped"], strict=True)]
    logged = [
        (e.id, e.record["status"], e.record.get("flagged")) for e in iter_documents(tmp_path / "log" / "00000.jsonl")
    ]
    assert logged == [("flagged", "ok", True), ("german", "skipped", False), ("english", "ok", False)]


def test_a_bad_rule_file_stops_the_pipeline_before_it_runs(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [{id: x}]\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="bad.yaml"):
        CleanerStep(str(tmp_path / "log"), rules=[str(bad)])


def test_importing_cleaner_never_imports_datatrove():
    code = "import sys, cleaner, cleaner.integrations; print('datatrove' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_log_goes_to_an_fsspec_folder_under_the_rank_it_runs_as():
    # datatrove's own filesystems: a memory:// folder stands for s3://, hf:// and the rest.
    import fsspec
    from datatrove.data import Document

    step = CleanerStep("memory://cleaner-test/log")
    docs = [Document(text=ENGLISH, id="english"), Document(text=GERMAN, id="german")]
    assert [d.id for d in step(iter(docs), rank=3, world_size=4)] == ["english", "german"]
    fs = fsspec.filesystem("memory")
    assert fs.ls("/cleaner-test/log", detail=False) == ["/cleaner-test/log/00003.jsonl"]
    records = [json.loads(line) for line in fs.cat("/cleaner-test/log/00003.jsonl").decode("utf-8").splitlines()]
    assert [(r["doc"], r["source"], r["language"]) for r in records if r["type"] == "doc"] == [
        ("english", "english", "en"),
        ("german", "german", "de"),
    ]
    fs.rm("/cleaner-test", recursive=True)
