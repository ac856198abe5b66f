"""The throughput benchmark still runs (in its tiny mode): it is a script, not a timed test."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_benchmark_script_runs_and_prints_every_figure():
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--tiny"], capture_output=True,
                         text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    for figure in ("docs/s", "--jobs 2 vs --jobs 1", "peak RSS", "site files", "loading 30 site files, cached"):
        assert figure in res.stdout, res.stdout
