"""`cleaner restore` over a generated corpus: every input comes back from outputs + log.

The corpus is made here from a fixed seed: article paragraphs from the seed fixtures,
boilerplate taken from the shipped rules' own examples (so rules fire), and the damage
scraped text carries: CRLF, trailing and no-break spaces, zero-width characters, tabs,
markdown, mojibake, emoji outside the BMP (code points vs UTF-16), paragraphs broken in
mid-sentence, source URL lines. Files are written as UTF-8 (with and without BOM),
UTF-16 and cp1252, plus a JSONL file. The fixtures themselves are covered in
tests/test_cli.py and tests/test_fixtures.py.
"""

from __future__ import annotations

import json
import random
import re

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.decode import decode_bytes
from cleaner.rules.book import load_rulebook

from conftest import SEEDS

runner = CliRunner()
N_FILES, N_RECORDS = 60, 30


def _pieces() -> tuple[list[str], list[str]]:
    paragraphs = [
        p.strip() for s in SEEDS for p in re.split(r"\n\s*\n", s.read_text(encoding="utf-8")) if len(p.strip()) > 120
    ]
    boiler = []
    for rule in load_rulebook().rules:
        for ex in rule.examples_remove:
            text = ex if isinstance(ex, str) else ex.get("text") if isinstance(ex, dict) else None
            if text and len(text) < 600:
                boiler.append(text.strip())
    return paragraphs, boiler


def _damage(rng: random.Random, text: str) -> str:
    choice = rng.random()
    if choice < 0.1:
        return text.encode("utf-8").decode("cp1252", errors="replace")  # mojibake (where cp1252 maps)
    if choice < 0.2:
        words = text.split(" ")
        k = rng.randrange(len(words))
        return " ".join(words[:k] + [f"*{words[k]}*"] + words[k + 1 :])
    if choice < 0.3:
        return text.replace(" ", "\u00a0", 2) + "   "
    if choice < 0.4:
        return "\t" + text.replace("the ", "the\u200b ", 1)
    if choice < 0.5:
        return text + " 🎉 — ça va, naïve café 𝔘"
    if choice < 0.6:
        cut = text.find(" ", len(text) // 2)
        return text[:cut] + "\n\n" + text[cut + 1 :] if cut > 0 else text  # broken mid-sentence
    if choice < 0.65:
        return f"[a link](https://example.org/{rng.randrange(99)}) then {text}"
    return text


def _document(rng: random.Random, paragraphs: list[str], boiler: list[str]) -> str:
    parts = []
    if rng.random() < 0.3:
        site = rng.choice(["wsws.org", "internationalviewpoint.org", "example.net"])
        parts.append(f"https://www.{site}/a/{rng.randrange(999)}")
    for _ in range(rng.randint(0, 8)):
        parts.append(_damage(rng, rng.choice(paragraphs)) if rng.random() < 0.65 else rng.choice(boiler))
    text = "\n\n".join(parts) + rng.choice(["\n", "", "\n\n\n", "  \n"])
    return text.replace("\n", "\r\n") if rng.random() < 0.2 else text


def _encode(rng: random.Random, text: str) -> tuple[bytes, str]:
    choice = rng.random()
    if choice < 0.15:
        return text.encode("utf-16"), "utf-16"
    if choice < 0.25:
        return b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"
    if choice < 0.4:
        try:
            return text.encode("cp1252"), "cp1252"
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8"), "utf-8"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    rng = random.Random(20261121)
    paragraphs, boiler = _pieces()
    root = tmp_path_factory.mktemp("corpus")
    src = root / "in"
    encodings = {}
    for k in range(N_FILES):
        rel = f"{rng.choice(['a', 'b/c', 'wsws.org'])}/doc{k:03d}.{rng.choice(['txt', 'md'])}"
        data, enc = _encode(rng, _document(rng, paragraphs, boiler))
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(data)
        encodings[rel] = enc
    records = [{"id": f"r{k}", "text": _document(rng, paragraphs, boiler), "extra": k} for k in range(N_RECORDS)]
    (src / "records.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return root, src, encodings, records


@pytest.mark.parametrize(
    "options", [[], ["--on-over-removal", "keep-original", "--guard-share", "0.3"]], ids=["default", "keep-original"]
)
def test_restore_gives_back_every_generated_input(corpus, options, tmp_path):
    _, src, encodings, records = corpus
    out, log, back = tmp_path / "out", tmp_path / "log.jsonl", tmp_path / "back"
    res = runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q", *options])
    assert res.exit_code == 0, res.output
    log_text = log.read_text(encoding="utf-8")
    assert '"rule":"fix-mojibake"' in log_text and '"rule":"join-broken-paragraph"' in log_text
    assert '"category":"copyright"' in log_text  # the rules did remove things
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    assert res.exit_code == 0, res.output
    assert f"restored {N_FILES + N_RECORDS} documents" in res.output
    for rel, enc in encodings.items():
        data = (src / rel).read_bytes()
        restored = (back / rel).read_bytes()
        assert restored.decode("utf-8") == decode_bytes(data).text, rel
        if enc == "utf-8":
            assert restored == data, rel  # byte for byte where the input was already UTF-8
    got = [json.loads(x) for x in (back / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["text"]) for r in got] == [(r["id"], r["text"]) for r in records]


def test_restore_reports_an_output_changed_after_the_run(corpus, tmp_path):
    _, src, _, _ = corpus
    out, log, back = tmp_path / "out", tmp_path / "log.jsonl", tmp_path / "back"
    runner.invoke(app, ["clean", str(src / "a"), "-o", str(out), "--log", str(log), "-q"])
    victim = sorted(out.rglob("*.txt"))[0]
    victim.write_text("edited by hand\n", encoding="utf-8")
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    assert res.exit_code == 1
    assert victim.name.rsplit(".", 1)[0] in res.output and "; 1 problem\n" in res.output


def test_restore_checks_the_log_schema_as_audit_does(corpus, tmp_path):
    _, src, _, _ = corpus
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    runner.invoke(app, ["clean", str(src / "records.jsonl"), "-o", str(out), "--log", str(log), "-q"])
    other = tmp_path / "other.jsonl"
    other.write_text(log.read_text(encoding="utf-8").replace('"schema":2', '"schema":3'), encoding="utf-8")
    res = runner.invoke(app, ["restore", str(out), "--log", str(other), "-o", str(tmp_path / "back.jsonl")])
    assert res.exit_code == 2 and "schema 3" in res.output
    assert not (tmp_path / "back.jsonl").exists()  # nothing half-restored


def test_restore_gives_each_of_two_records_with_one_id_its_own_text(tmp_path):
    # Records are read in step with the log, not looked up by id: a repeated id (two pages
    # scraped under one key) restores each record from its own output line.
    src = tmp_path / "in.jsonl"
    texts = [SEEDS[0].read_text(encoding="utf-8"), SEEDS[1].read_text(encoding="utf-8")]
    src.write_text("".join(json.dumps({"id": "same", "text": t}) + "\n" for t in texts), encoding="utf-8")
    out, log, back = tmp_path / "out.jsonl", tmp_path / "log.jsonl", tmp_path / "back.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    assert res.exit_code == 0, res.output
    got = [json.loads(x)["text"] for x in back.read_text(encoding="utf-8").splitlines()]
    assert got == [decode_bytes(t.encode("utf-8")).text for t in texts]


def test_an_html_page_is_restored_as_its_text_under_a_text_name(tmp_path):
    # The log's input of a page is its visible text: restoring it into page.html would write
    # text into a file that says it is markup.
    from cleaner.html import read_page

    from conftest import FIXTURES

    page = (FIXTURES / "judge" / "html" / "article-news.html").read_text(encoding="utf-8")
    src = tmp_path / "in"
    (src / "site").mkdir(parents=True)
    (src / "site" / "page.html").write_text(page, encoding="utf-8")
    (src / "site" / "note.md").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    out, log, back = tmp_path / "out", tmp_path / "log.jsonl", tmp_path / "back"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(back)])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (back / "site").iterdir()) == ["note.md", "page.txt"]
    assert (back / "site" / "page.txt").read_text(encoding="utf-8") == read_page(page, timeout=None).text
    assert (back / "site" / "note.md").read_bytes() == (src / "site" / "note.md").read_bytes()


@pytest.mark.parametrize("dest", ["back/", "existing"])
def test_restore_of_a_jsonl_output_into_a_folder_writes_a_file_in_it(tmp_path, dest):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": SEEDS[0].read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    out, log = tmp_path / "out.jsonl", tmp_path / "log.jsonl"
    assert runner.invoke(app, ["clean", str(src), "-o", str(out), "--log", str(log), "-q"]).exit_code == 0
    (tmp_path / "existing").mkdir()
    res = runner.invoke(app, ["restore", str(out), "--log", str(log), "-o", str(tmp_path) + "/" + dest])
    assert res.exit_code == 0, res.output
    folder = tmp_path / dest.rstrip("/")
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["out.jsonl"]
    assert str(folder / "out.jsonl") in res.output
    back = json.loads((folder / "out.jsonl").read_text(encoding="utf-8"))
    assert back["text"] == decode_bytes(SEEDS[0].read_bytes()).text
