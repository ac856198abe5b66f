"""What 'cleaner clean' shows while and after it runs: progress on a terminal that never takes
the documents' place, 'done/total' counts, a summary that reads right for short runs."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import threading

from cleaner.driver.stats import Stats
from cleaner.progress import PassProgress, RunProgress, count_inputs, summary_lines

from conftest import FIXTURES, SEEDS

EXPECTED = FIXTURES / "expected" / "seeds" / SEEDS[0].name


def _on_a_terminal(args: list[str], stdout_too: bool) -> tuple[bytes, bytes]:
    """Run the CLI with stderr (and stdout if ``stdout_too``) on a pseudo-terminal; returns
    (what was written to the piped stdout, what the terminal received)."""
    master, slave = pty.openpty()
    seen = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the other end closed
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner.cli", *args],
        stdin=subprocess.DEVNULL,
        env=env,
        stdout=slave if stdout_too else subprocess.PIPE,
        stderr=slave,
        timeout=120,
    )
    os.close(slave)
    reader.join(10)
    os.close(master)
    assert proc.returncode == 0, bytes(seen).decode(errors="replace")
    return proc.stdout or b"", bytes(seen)


def test_documents_go_to_stdout_while_the_bar_is_on_the_terminal():
    """rich's bar redirected stdout into the terminal: 'cleaner clean a.txt > b.txt' wrote nothing to b.txt."""
    out, terminal = _on_a_terminal(["clean", str(SEEDS[0])], stdout_too=False)
    assert out.decode() == EXPECTED.read_text(encoding="utf-8")
    assert b"cleaned 1 of 1 document" in terminal


def test_explain_on_a_terminal_is_not_overwritten_by_a_bar():
    _, terminal = _on_a_terminal(["clean", str(SEEDS[0]), "--explain", "--no-color"], stdout_too=True)
    text = terminal.decode().replace("\r\n", "\n")
    assert text.startswith(f"{SEEDS[0].name}  (ok, site internationalviewpoint.org, en)\n")
    assert "\x1b[" not in text  # no bar drawn (and --no-color: no colours)


def test_document_count_is_what_the_run_counts(tmp_path):
    """The bar's total: a file is one document, a JSONL file one per non-blank line, a bad
    line or an unreadable file one more; the run must arrive at the same number."""
    from cleaner import Cleaner
    from cleaner.driver import RunConfig, run

    src = tmp_path / "in"
    shutil.copytree(FIXTURES / "input", src)
    shutil.copy(FIXTURES / "bad" / "image.txt", src / "image.txt")
    (src / "records.jsonl").write_text(
        json.dumps({"id": "a", "text": "One."}) + "\n\n   \nnot json\n" + json.dumps({"id": "b", "text": "Two."}),
        encoding="utf-8",
    )
    stats = run(RunConfig([src], Cleaner(), tmp_path / "out", None, jobs=1, manifest=False))
    assert count_inputs([src])[0] == stats.docs == 16  # 12 fixture files, the image, 3 records


def test_plain_progress_line_says_done_of_total(tmp_path, capsys):
    progress = RunProgress(enabled=True, paths=[FIXTURES / "input"])
    progress._count([FIXTURES / "input"])  # what the background thread does, here without waiting for it
    progress.last = float("-inf")
    progress.update(Stats(docs=5, errors=1), 1000)
    assert capsys.readouterr().err.startswith("5/12 documents, ")


def test_summary_has_a_rate_only_when_it_means_something():
    one = summary_lines(Stats(docs=1, ok=1), 2.5)[0]
    assert one.startswith("cleaned 1 of 1 document in 2.50 s: ") and "docs/s" not in one
    assert "(0.4 docs/s)" in summary_lines(Stats(docs=4, ok=4), 10.0)[0]
    assert "(50 docs/s)" in summary_lines(Stats(docs=100, ok=100), 2.0)[0]
    assert "1 error, 0 rule errors" in summary_lines(Stats(docs=2, ok=1, errors=1), 0.1)[0]


def test_learn_progress_says_what_each_pass_counts():
    bar = PassProgress(enabled=False)
    assert bar.line("count", 1, None) == "pass 1/3, counting repeated lines: 1 document"
    assert bar.line("collect", 3, 10).endswith("] 3/10 documents")
    check = bar.line("check", 1, 1)
    assert check.startswith("checking proposed rules: [") and check.endswith("] 1/1 site")
