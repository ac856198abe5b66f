"""scripts/check_wheel.py, which CI runs: the wheel it builds carries the rules, the schema and
the package data, and its seed check passes on an installed wheel and fails, naming the seed,
when an installed output differs from gold. (CI runs the whole script, with a fresh virtual
environment; here the wheel is installed with --no-deps beside this environment's packages.)"""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, script

# Each builds the wheel (seconds), and one installs it: slow, still run by CI.
pytestmark = pytest.mark.slow


def _script():
    return script("check_wheel")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    cw = _script()
    tmp = tmp_path_factory.mktemp("wheel")
    src = cw.source_copy(tmp / "src")
    # Package data anywhere under cleaner/ (a trained model, its vocabulary) ships as it is.
    (src / "cleaner" / "judge").mkdir(exist_ok=True)
    (src / "cleaner" / "judge" / "check-model.npz").write_bytes(b"\x93NUMPY")
    (src / "cleaner" / "judge" / "check-vocab.json").write_text("{}", encoding="utf-8")
    return cw, tmp, src, cw.build_wheel(src, tmp / "dist")


def test_the_wheel_carries_rules_schema_and_package_data(built):
    cw, tmp, src, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "cleaner/default_rules/sites/wsws.org.yaml",
        "cleaner/default_rules/generic/copyright.yaml",
        "cleaner/schema/log.schema.json",
        "cleaner/judge/check-model.npz",
        "cleaner/judge/check-vocab.json",
        "cleaner/data/stopwords/en.txt",
        "cleaner/data/stopwords/README.md",  # the lists' BSD notice
        "cleaner/steps/examples.yaml",
    } <= names
    assert cw.wheel_problems(wheel, src) == []
    (src / "rules" / "generic" / "later.yaml").write_text("scope: generic\nrules: []\n", encoding="utf-8")
    assert cw.wheel_problems(wheel, src) == ["the wheel lacks cleaner/default_rules/generic/later.yaml"]


def test_the_seed_check_passes_on_the_installed_wheel_and_names_a_seed_that_differs(built):
    cw, tmp, src, wheel = built
    site = tmp / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    seeds, work = cw.fixture_seeds(tmp / "seeds"), tmp / "work"  # as ../shared/seeds lays them out
    work.mkdir()
    args = (sys.executable, str(site / "bin" / "cleaner"), seeds, work, site, {"PYTHONPATH": str(site)})
    passed, problems = cw.check_install(*args)
    assert problems == []
    assert len([p for p in passed if p.startswith("seed ")]) == 5
    assert any(p.startswith("package imported from the installation") for p in passed)
    assert any(p.startswith("shipped rules read from the installation") for p in passed)

    gold = seeds / "gold" / "002_ffcef741cb91c7d5.txt"
    gold.write_text(gold.read_text(encoding="utf-8") + "A paragraph the cleaner never wrote.\n", encoding="utf-8")
    passed, problems = cw.check_install(*args)
    assert problems == [
        "seed 002_ffcef741cb91c7d5.txt differs from gold in: CLI stdin (exit 0), CLI folder, clean_text() body"
    ]

    # The checkout's package is not the installed one: the check says so.
    passed, problems = cw.check_install(sys.executable, str(site / "bin" / "cleaner"), seeds, work, site)
    assert any(p.startswith(f"package imported from {ROOT / 'cleaner'}") for p in problems)
