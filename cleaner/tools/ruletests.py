"""Rule files under test: documents a rule file points to, cleaned and compared.

A rule file may list ``tests: [{input: a.txt, expected: a.clean.txt}]`` (paths relative
to the rule file). ``cleaner rules test`` cleans each input as ``cleaner clean`` would,
with the file's rules and the shipped ones (``default_rules: false`` for the file alone),
as a page of the file's first site (or of ``url:``), and shows a unified diff of the
expected and the actual output when they differ. Users keep their own site rules under
test this way, with whole documents beside the per-rule examples.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from ..decode import DecodeError, decode_bytes
from ..pipeline import Cleaner
from ..rules.book import Rulebook
from ..rules.model import RuleFile


@dataclass(slots=True)
class FileTestFailure:
    file: str
    line: int
    input: Path
    message: str
    diff: str = ""

    def __str__(self) -> str:
        head = f"{self.file}:{self.line}: test {self.input}: {self.message}"
        return f"{head}\n{self.diff}" if self.diff else head


def run_file_tests(book: Rulebook, defaults: Rulebook | None = None) -> tuple[int, list[FileTestFailure], int]:
    """(tests run, failures, tests skipped) for every ``tests:`` entry of the files in ``book``.

    ``defaults`` are the shipped rules, added unless a test says ``default_rules: false``.
    Skipped: tests whose documents are not there, which the loader allows only for the
    shipped rule files (their documents are in the repository, not in an installed wheel).
    """
    count, failures, skipped = 0, [], 0
    for f in book.files:
        for test in f.tests:
            if not (test["input"].is_file() and test["expected"].is_file()):
                skipped += 1
                continue
            count += 1
            failure = run_one(f, test, defaults)
            if failure is not None:
                failures.append(failure)
    return count, failures, skipped


def run_one(f: RuleFile, test: dict, defaults: Rulebook | None) -> FileTestFailure | None:
    files = [f]
    if test.get("default_rules", True) and defaults is not None:
        files = [g for g in defaults.files if g.path != f.path] + [f]
    cleaner = Cleaner(Rulebook(files))
    source, expected_path = test["input"], test["expected"]
    url = test.get("url") or (f"https://{f.sites[0]}/" if f.sites else None)
    try:
        text = decode_bytes(source.read_bytes()).text
    except (OSError, DecodeError) as exc:
        return FileTestFailure(f.name, test["line"], source, f"cannot read the input: {exc}")
    if source.name.lower().endswith((".html", ".htm")):
        got = cleaner.clean_html(text, url=url).text
    else:
        got = cleaner.clean(text, url=url).text
    expected = expected_path.read_text(encoding="utf-8")
    if got == expected:
        return None
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            got.splitlines(keepends=True),
            fromfile=f"expected ({expected_path})",
            tofile="got",
        )
    )
    return FileTestFailure(f.name, test["line"], source, "output differs from the expected file", diff)
