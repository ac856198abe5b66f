"""What a short command imports: ``import cleaner`` and ``cleaner --help`` load neither the
pipeline nor its heavy libraries, and a text document does not load the HTML path or Dask.
(The times themselves are measured by benchmarks/startup.py, not asserted here.)"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEEDS

HEAVY = (
    "numpy",
    "langdetect",
    "ftfy",
    "regex",
    "ruamel.yaml",
    "charset_normalizer",
    "trafilatura",
    "lxml",
    "dask",
    "distributed",
    "fsspec",
    "cleaner.pipeline",
    "cleaner.batch",
)

# Runs the command line in a fresh interpreter and prints which of HEAVY it imported.
PROBE = """
import json, sys
from cleaner.cli import app
try:
    app(sys.argv[1:], prog_name="cleaner")
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def _imported(*args: str, stdin: bytes = b"") -> list[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args], input=stdin, capture_output=True)
    return json.loads(proc.stderr.decode().strip().splitlines()[-1])


def test_import_cleaner_loads_nothing_heavy_until_a_name_is_used():
    code = (
        f"import sys, cleaner; before = sorted(m for m in {HEAVY!r} if m in sys.modules); "
        "cleaner.Cleaner; print(before, 'cleaner.pipeline' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True"


def test_help_loads_nothing_heavy():
    assert _imported("--help") == []
    assert _imported("clean", "--help") == []
    assert _imported("rules", "--help") == []


def test_a_text_document_loads_neither_the_html_path_nor_dask():
    loaded = _imported("clean", "-", "--quiet", stdin=SEEDS[0].read_bytes())
    assert "cleaner.pipeline" in loaded  # it did clean
    assert not {"trafilatura", "lxml", "dask", "distributed", "fsspec", "ftfy", "charset_normalizer"} & set(loaded)
