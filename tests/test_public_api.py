"""The Python API as a caller in a pipeline meets it: ``from cleaner import ...`` names
typed for a type checker (the package ships ``py.typed``), and input of the wrong type
refused with a TypeError that says so."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner, CleanerError, Options, clean_text

ROOT = Path(__file__).resolve().parent.parent

# A caller's code with one mistake per public name that loads on first use: a type
# checker that sees these names as Any reports none of them. ``restore`` needs the removed
# texts (it raised EditError at run time without them, though its signature made them optional).
USER_CODE = """\
from cleaner import Cleaner, CleanResult, Options, Rulebook, clean_text, load_rulebook, restore

a: int = clean_text("x").text
b: int = Cleaner().clean("x")
c: int = Options().output_format
d: int = load_rulebook()
e: Rulebook = CleanResult
f = restore("x", [])
"""


def test_the_names_cleaner_exports_are_typed_for_mypy(tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(USER_CODE)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", str(user)],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    lines = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in lines] == ["3", "4", "5", "6", "7", "8"], done.stdout


@pytest.mark.parametrize("value", [b"<p>An article.</p>", bytearray(b"text"), None, 42, ["a line"]])
def test_clean_text_refuses_what_is_not_a_str_saying_so(value: object) -> None:
    with pytest.raises(TypeError, match=f"cleaner cleans a str, not {type(value).__name__}"):
        clean_text(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="cleans a str"):
        Cleaner().clean_html(value)  # type: ignore[arg-type]


def test_bytes_are_told_how_to_become_text() -> None:
    with pytest.raises(TypeError, match=r"decode them first \(cleaner.decode.decode_bytes\)"):
        clean_text(b"An article.\n")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (Options(output_format="html"), "output_format must be one of text, markdown, not 'html'"),  # type: ignore[arg-type]
        (Options(keep=("nope",)), "keep: no such category 'nope'"),
        (Options(languages=("english",)), "languages: 'english' is not a language code"),
        (Options(languages="en"), "languages: 'e' is not a language code"),  # type: ignore[arg-type]
        (Options(guard_share=5.0), "guard_share must be at least 0 and at most 1, not 5.0"),
        (Options(guard_prose_share=float("nan")), "guard_prose_share must be at least 0 and at most 1, not nan"),
        (Options(guard_min_chars=-1), "guard_min_chars must be at least 0, not -1"),
        (Options(regex_timeout=0), "regex_timeout must be above 0, not 0"),
        (Options(html_timeout="10"), "html_timeout must be a number, not '10'"),  # type: ignore[arg-type]
        (Options(html_max_attributes=0), "html_max_attributes must be at least 1, not 0"),
        (Options(on_over_removal="keep"), "on_over_removal must be one of keep-cleaned, keep-original, not 'keep'"),  # type: ignore[arg-type]
    ],
)
def test_options_a_cleaner_refuses_are_cleaner_errors(options: Options, message: str) -> None:
    """Refused as `--format`, `--keep`, `--lang` and the numeric options' ranges refuse them,
    with a CleanerError (a ValueError, as before): a language filter of no real code cleaned
    nothing, a guard share of 5.0 flagged nothing and a timeout of 0 failed every document,
    silently."""
    with pytest.raises(CleanerError, match=re.escape(message)):
        Cleaner(options=options)


def test_a_language_filter_of_real_codes_is_taken() -> None:
    result = Cleaner(options=Options(languages=("en", "zh-cn"))).clean("An article about the river and its bridges.\n")
    assert result.skipped is None
