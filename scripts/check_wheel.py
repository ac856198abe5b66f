#!/usr/bin/env python3
"""Build the wheel, install it into a fresh virtual environment, and check that the seeds come
out as gold from there: what a user gets from ``pip install``, not what the checkout does.

    python scripts/check_wheel.py [--seeds DIR] [--keep DIR]

1. The tracked (and new, not ignored) files of the checkout are copied to a temporary folder
   and the wheel is built there (``pip wheel --no-deps``), so nothing left in ``build/`` by
   an earlier build can slip into it.
2. The wheel must hold every rule file of ``rules/``, the log schema and the package data.
3. A new virtual environment gets an upgraded pip and the wheel with its dependencies.
4. From a folder outside the checkout, each seed goes through ``cleaner clean -`` (stdin
   to stdout), through ``cleaner clean SEEDS -o OUT --log LOG``, and through ``clean_text()``;
   each body must equal ``gold/NAME.txt`` byte for byte, the metadata and removed categories
   must be those of ``gold/NAME.json``, and the package must be imported from the new
   environment with its rules named ``rules/...`` in the log.

The seeds are ../shared/seeds (CI has it beside the clone); without it, the copies the
repository keeps in fixtures/ (tests/test_seeds.py checks they are the same files).
Prints one line per check and exits 1 if any failed (2 when ``--seeds`` has no gold/).
``make test`` (CI) runs it after the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
META_KEYS = ("url", "title", "author", "date", "section", "language")

# Run by the installed interpreter: the package's location, its rules, and clean_text()'s
# answer for each seed (argv: the seed files).
PROBE = """
import json, sys
from pathlib import Path
import cleaner
from cleaner import clean_text
from cleaner.rules.book import DEFAULT_RULES_DIR
out = {"package": cleaner.__file__, "rules": str(DEFAULT_RULES_DIR), "seeds": {}}
for name in sys.argv[1:]:
    r = clean_text(Path(name).read_text(encoding="utf-8"))
    out["seeds"][Path(name).name] = {"text": r.text, "metadata": r.metadata,
                                     "categories": sorted({e.category for e in r.edits})}
print(json.dumps(out))
"""


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, **kwargs)


def fixture_seeds(dest: Path, src: Path = ROOT) -> Path:
    """The seeds laid out as ../shared/seeds is (NAME.txt, gold/NAME.txt, gold/NAME.json),
    from the copies in ``src``/fixtures."""
    (dest / "gold").mkdir(parents=True)
    expected = src / "fixtures" / "expected" / "seeds"
    for path in sorted((src / "fixtures" / "input" / "seeds").glob("*.txt")):
        shutil.copy(path, dest / path.name)
        for suffix in (".txt", ".json"):
            shutil.copy(expected / (path.stem + suffix), dest / "gold" / (path.stem + suffix))
    return dest


def source_copy(dest: Path) -> Path:
    """The checkout's files as a clean clone has them (plus uncommitted edits), in ``dest``."""
    listed = run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"])
    if listed.returncode != 0:
        raise SystemExit(f"check_wheel: git ls-files failed in {ROOT}: {listed.stderr.decode().strip()}")
    for rel in filter(None, listed.stdout.decode().split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


def build_wheel(src: Path, dist: Path, python: str = sys.executable) -> Path:
    res = run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(src)])
    wheels = sorted(dist.glob("*.whl"))
    if res.returncode != 0 or len(wheels) != 1:
        raise SystemExit(f"check_wheel: building the wheel failed:\n{res.stderr.decode()}")
    return wheels[0]


def wheel_problems(wheel: Path, src: Path) -> list[str]:
    """Files the wheel must carry and does not: every rule file, the schema, the package data,
    the licence files; and a name that is not the one pyproject.toml's name and version give."""
    names = set(zipfile.ZipFile(wheel).namelist())
    project = tomllib.loads((src / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    stem = f"{project['name'].replace('-', '_')}-{project['version']}"
    problems = (
        []
        if wheel.name == f"{stem}-py3-none-any.whl"
        else [f"the wheel is {wheel.name}, not {stem}-py3-none-any.whl (pyproject.toml's name and version)"]
    )
    wanted = [
        f"cleaner/default_rules/{p.relative_to(src / 'rules').as_posix()}"
        for p in sorted((src / "rules").rglob("*.y*ml"))
    ]
    wanted += [f"cleaner/schema/{p.name}" for p in sorted((src / "schema").glob("*.json"))]
    wanted += [
        p.relative_to(src).as_posix()
        for p in sorted((src / "cleaner").rglob("*"))
        if p.is_file() and p.suffix in (".yaml", ".html", ".txt", ".md", ".npz", ".json", ".typed")
    ]
    wanted += [f"{stem}.dist-info/licenses/{name}" for name in project.get("license-files", [])]
    return problems + [f"the wheel lacks {name}" for name in wanted if name not in names]


def fresh_env(venv: Path, wheel: Path) -> Path:
    """A new virtual environment with the wheel and its dependencies; returns its bin folder."""
    for cmd in (
        [sys.executable, "-m", "venv", str(venv)],
        # the stock pip of some Pythons mis-resolves extras: upgrade it first
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
    ):
        res = run(cmd)
        if res.returncode != 0:
            raise SystemExit(f"check_wheel: {' '.join(cmd)} failed:\n{res.stderr.decode()}")
    return venv / "bin"


def check_install(
    python: str, cleaner: str, seeds: Path, work: Path, prefix: Path, env: dict[str, str] | None = None
) -> tuple[list[str], list[str]]:
    """Run the seeds through an installed cleaner (``cleaner`` command, ``python`` with the
    package) from ``work``, outside the checkout. Returns (lines passed, problems)."""
    gold_dir = seeds / "gold"
    files = sorted(seeds.glob("*.txt"))
    if not files:
        return [], [f"no seed documents in {seeds}"]
    env = {**os.environ, **(env or {})}
    passed, problems = [], []

    probe = run([python, "-c", PROBE, *map(str, files)], cwd=work, env=env, text=True)
    if probe.returncode != 0:
        return passed, [f"clean_text() from the installed package failed:\n{probe.stderr}"]
    found = json.loads(probe.stdout)
    for what, said in (("package", "package imported"), ("rules", "shipped rules read")):
        if not Path(found[what]).resolve().is_relative_to(prefix.resolve()):
            problems.append(f"{said} from {found[what]}, not from the installation in {prefix}")
        else:
            passed.append(f"{said} from the installation: {found[what]}")

    out, log = work / "out", work / "log.jsonl"
    shutil.rmtree(out, ignore_errors=True)
    folder = run(
        [cleaner, "clean", str(seeds), "-o", str(out), "--log", str(log), "--quiet", "--no-resume"],
        cwd=work,
        env=env,
        text=True,
    )
    if folder.returncode != 0:
        problems.append(f"cleaner clean {seeds} -o OUT exited {folder.returncode}: {folder.stderr.strip()}")
    else:
        files_named = {json.loads(line).get("file") or "" for line in log.read_text(encoding="utf-8").splitlines()}
        odd = sorted(f for f in files_named if f.endswith((".yaml", ".yml")) and not f.startswith("rules/"))
        if odd:
            problems.append(f"the log names shipped rule files as {odd}, not rules/...")

    for path in files:
        gold = (gold_dir / path.name).read_text(encoding="utf-8")
        meta = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))
        stdin = run([cleaner, "clean", "-", "--quiet"], cwd=work, env=env, input=path.read_bytes())
        got = found["seeds"][path.name]
        wrong = []
        if stdin.returncode != 0 or stdin.stdout.decode("utf-8") != gold:
            wrong.append(f"CLI stdin (exit {stdin.returncode})")
        if folder.returncode == 0 and (out / path.name).read_text(encoding="utf-8") != gold:
            wrong.append("CLI folder")
        if got["text"] != gold:
            wrong.append("clean_text() body")
        if any(got["metadata"].get(k) != meta.get(k) for k in META_KEYS):
            wrong.append("clean_text() metadata")
        if not set(meta.get("removed_categories", ())) <= set(got["categories"]):
            wrong.append("removed categories")
        if wrong:
            problems.append(f"seed {path.name} differs from gold in: {', '.join(wrong)}")
        else:
            passed.append(f"seed {path.name}: CLI stdin, CLI folder and clean_text() equal gold")
    return passed, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--seeds", type=Path, help=f"seed folder with gold/ (default: {SEEDS}, else the copies in fixtures/)"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.seeds is not None and not (args.seeds / "gold").is_dir():
        print(f"check_wheel: no seeds with gold/ at {args.seeds}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="check-wheel-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        src = source_copy(work / "src")
        seeds = args.seeds or (SEEDS if (SEEDS / "gold").is_dir() else None)
        print(f"seeds: {seeds}" if seeds else f"seeds: the copies in fixtures/ ({SEEDS} is not there)")
        seeds = seeds or fixture_seeds(work / "seeds", src)
        wheel = build_wheel(src, work / "dist")
        print(f"built {wheel.name}")
        problems = wheel_problems(wheel, src)
        passed = [] if problems else ["the wheel carries every rule file, the log schema and the package data"]
        bin_dir = fresh_env(work / "venv", wheel)
        print(f"installed it into a fresh virtual environment ({time.perf_counter() - started:.0f} s)")
        ok, failed = check_install(
            str(bin_dir / "python"), str(bin_dir / "cleaner"), seeds.resolve(), work, work / "venv"
        )
        passed, problems = passed + ok, problems + failed
    for line in passed:
        print(f"ok    {line}")
    for line in problems:
        print(f"FAIL  {line}")
    print(f"wheel check: {len(passed)} passed, {len(problems)} failed in {time.perf_counter() - started:.0f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
