"""The judge gets the same features, scores and output on every CPU (:mod:`cleaner.judge.libm`).

numpy computes float64 ``log1p`` and ``exp`` with SIMD code of its own where the CPU has
AVX-512 and with the C library's functions elsewhere, and the two differ in the last bit; a
feature one bit off a tree's split point sends the line the other way. Before the judge
computed them through the C library, a machine with AVX-512 judged 97 of the first 400
wcxb-dev markdown pages otherwise than the machine the models were trained on.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from cleaner.judge import libm

from conftest import ROOT


def _bits(values) -> list[int]:
    return np.asarray(values, dtype=np.float64).view(np.uint64).tolist()


def test_log1p_is_the_c_librarys_bit_for_bit_inside_and_outside_the_table():
    values = [*range(libm.SMALL + 50), 0.5, 1e-12, 3.25, 123456.789, 1e9, 2.0**60, -0.5, -1e-300]
    want = [math.log1p(v) for v in values]
    assert _bits(libm.log1p(np.array(values))) == _bits(want)
    # outside math.log1p's domain, numpy's values: -inf at -1, nan below it and for nan
    edge = libm.log1p(np.array([-1.0, -2.0, math.nan, math.inf]))
    assert edge[0] == -math.inf and math.isnan(edge[1]) and math.isnan(edge[2]) and edge[3] == math.inf
    # the shape of what it is given: a column block stays a block, a number a 0-d array
    block = np.arange(12, dtype=np.int64).reshape(4, 3)
    assert libm.log1p(block).shape == (4, 3)
    assert _bits(libm.log1p(block).ravel()) == _bits([math.log1p(v) for v in range(12)])
    assert libm.log1p(7).shape == () and float(libm.log1p(7)) == math.log1p(7)


def test_sigmoid_is_the_c_librarys_and_saturates_where_exp_overflows():
    scores = np.array([-800.0, -30.0, -1e-9, 0.0, 0.3, 2.0, 40.0, 800.0])
    want = [1.0 / (1.0 + math.exp(-s)) if -s < 709 else 0.0 for s in scores.tolist()]
    assert _bits(libm.sigmoid(scores)) == _bits(want)
    assert libm.sigmoid(scores.reshape(2, 4)).shape == (2, 4)


def test_the_judge_computes_no_transcendental_function_with_numpy():
    """numpy's exp, log and the like take the AVX-512 path where the CPU has it: the judge's
    modules call :mod:`cleaner.judge.libm` instead (a machine without AVX-512 cannot show the
    difference, so this is checked in the source too)."""
    banned = re.compile(r"\bnp\.(exp|expm1|exp2|log|log1p|log10|tanh|sinh|cosh|power|float_power|logaddexp)\(")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "cleaner" / "judge").glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if banned.search(line)
    ]
    assert found == []


_CHILD = r"""
import hashlib, json, sys
from pathlib import Path
from ruamel.yaml import YAML
from cleaner import judge
from cleaner.html import read_page
here = Path(sys.argv[1])
pages = YAML(typ="safe").load((here / "pages.yaml").read_text(encoding="utf-8"))["pages"]
out = {}
for name, page in sorted(pages.items()):
    text = (here / page["file"]).read_text(encoding="utf-8")
    form = page["form"]
    html = read_page(text, page.get("url")) if form == "html" else None
    prepared = judge.prepare(form, "" if html else text, url=page.get("url"), page=html)
    scored = judge.score(prepared)
    digest = hashlib.sha256(prepared.X1.tobytes() + scored.probability.tobytes() + scored.keep.tobytes())
    out[name] = digest.hexdigest()
print(json.dumps(out))
"""


def _avx512_targets() -> list[str]:
    """numpy's AVX-512 dispatch targets this CPU has (empty: nothing to turn off)."""
    try:
        from numpy._core import _multiarray_umath as umath
    except ImportError:  # numpy 1.x
        from numpy.core import _multiarray_umath as umath  # type: ignore[no-redef]
    dispatch = getattr(umath, "__cpu_dispatch__", [])
    found = getattr(umath, "__cpu_features__", {})
    return [t for t in dispatch if (t.startswith("AVX512") or t == "X86_V4") and found.get(t)]


def _judged(env_extra: dict[str, str]) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env_extra}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ROOT / "fixtures" / "judge")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
    )
    return json.loads(proc.stdout)


@pytest.mark.slow
def test_the_judge_scores_every_page_alike_with_numpys_avx512_code_and_without():
    targets = _avx512_targets()
    if not targets:
        pytest.skip("this CPU has no AVX-512: numpy takes one code path here, so there is nothing to compare")
    with_avx512 = _judged({})
    without = _judged({"NPY_DISABLE_CPU_FEATURES": ",".join(targets)})
    assert len(with_avx512) >= 40
    assert with_avx512 == without
