"""A reference run of the CLI, digested, to show that a refactoring changed no byte.

Runs ``cleaner clean`` (and ``restore``, ``audit``) as a user would on the fixtures, the
seeds, and the benchmark sets as JSONL and as files, in every output form (a mirrored
folder, one JSONL file, stdout, ``--dry-run``, ``--explain``), at ``--jobs 1`` and
``--jobs 2``, and resumed runs (a rerun after one input changed, and a run that finds
half its documents done by an earlier run). Every output file, log, stdout, summary
(less its wall time) and exit code is hashed; the digests are written to, or compared
with, ``benchmarks/reference_digests.json``.

    python benchmarks/reference_run.py --write     # record (before a change)
    python benchmarks/reference_run.py             # compare (after each step)
    python benchmarks/reference_run.py --keep DIR  # keep the outputs, to diff by hand

The benchmark sets (``../shared/bench``) and shared seeds are used when present; cases
whose inputs are missing are reported as skipped, not as passing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "bench" / "data" / "scrapinghub"
DIGESTS = Path(__file__).with_name("reference_digests.json")
RECORDS = 200  # of each benchmark set, as JSONL


def _cli(args: list[str], env: dict, stdin: bytes | None = None) -> tuple[int, bytes]:
    proc = subprocess.run(
        [sys.executable, "-c", "from cleaner.cli import main; main()", *args], input=stdin, capture_output=True, env=env
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"cleaner {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return proc.returncode, proc.stdout


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:24]


def _file(path: Path) -> str:
    """Digest of a file, with the checkout's location written as ``<checkout>`` (a message that
    names an input of the fixtures names it by its absolute path)."""
    return _sha(path.read_bytes().replace(str(ROOT).encode(), b"<checkout>"))


def _tree(path: Path) -> dict[str, str]:
    """Digest of every file under ``path`` (or of ``path`` itself), manifests left out."""
    if path.is_file():
        return {path.name: _file(path)}
    return (
        {
            p.relative_to(path).as_posix(): _file(p)
            for p in sorted(path.rglob("*"))
            if p.is_file() and not p.name.endswith((".sqlite", ".sqlite-journal"))
        }
        if path.exists()
        else {}
    )


def _summary(path: Path) -> str:
    data = json.loads(path.read_text())
    data.pop("seconds", None)
    return _sha(json.dumps(data, sort_keys=True).encode())


def build_inputs(work: Path) -> dict[str, Path]:
    """The input sets, copied into ``work`` (the benchmark sets as JSONL and as files)."""
    sets = {
        "fixtures": ROOT / "fixtures" / "input",
        "bad": ROOT / "fixtures" / "bad",
        "html-fixture": ROOT / "fixtures" / "html" / "pages",
    }
    if SHARED.joinpath("seeds").is_dir():
        seeds = work / "shared-seeds"
        seeds.mkdir()
        for p in sorted((SHARED / "seeds").glob("*.txt")):
            shutil.copyfile(p, seeds / p.name)
        sets["shared-seeds"] = seeds
    if (BENCH / "markdown").is_dir():
        md = sorted((BENCH / "markdown").glob("*.md"))[:RECORDS]
        with (work / "bench-md.jsonl").open("w", encoding="utf-8") as f:
            for p in md:
                f.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "n": 1}) + "\n")
        sets["bench-md"] = work / "bench-md.jsonl"
        files = work / "bench-md-files"
        for k, p in enumerate(md[:60]):
            (files / f"{k % 4}").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, files / f"{k % 4}" / p.name)
        sets["bench-md-files"] = files
    if (BENCH / "html").is_dir():
        truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
        pages = sorted((BENCH / "html").glob("*.html.gz"))[:RECORDS]
        folder = work / "bench-html"
        folder.mkdir()
        with (folder / "pages.jsonl").open("w", encoding="utf-8") as f:
            for k, p in enumerate(pages):
                key = p.name.split(".")[0]
                html = gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")
                rec = (
                    {"id": key, "html": html}
                    if k % 3
                    else {"id": key, "url": truth.get(key, {}).get("url"), "html": html}
                )
                f.write(json.dumps(rec) + "\n")
        sets["bench-html"] = folder
        files = work / "bench-html-files"
        files.mkdir()
        for p in pages[:40]:
            shutil.copyfile(p, files / p.name)
        sets["bench-html-files"] = files
    return sets


def run_cases(work: Path, sets: dict[str, Path]) -> dict[str, object]:
    env = {**os.environ, "CLEANER_CACHE_DIR": str(work / "cache")}
    got: dict[str, object] = {}

    def clean(name: str, inputs: list[Path], *opts: str, out: str | None = "dir", stdin: bytes | None = None) -> Path:
        case = work / "runs" / name
        case.mkdir(parents=True)
        args = ["clean", *map(str, inputs), "--summary-json", str(case / "summary.json"), "-q", *opts]
        target = None
        if out == "dir":
            target = case / "out"
        elif out == "jsonl":
            target = case / "out.jsonl"
        if target is not None:
            args += ["-o", str(target)]
        if "--no-log" not in opts:
            args += ["--log", str(case / "log.jsonl")]
        else:
            args.remove("--no-log")
        code, stdout = _cli(args, env, stdin)
        got[name] = {
            "exit": code,
            "stdout": _sha(stdout),
            "summary": _summary(case / "summary.json"),
            "log": _tree(case / "log.jsonl"),
            "out": _tree(target) if target else {},
        }
        return case

    for key, path in sets.items():
        clean(f"{key}/dir-j1", [path], "--jobs", "1", "--no-resume")
        clean(f"{key}/jsonl-j2", [path], "--jobs", "2", "--no-resume", out="jsonl")
    for key in ("fixtures", "shared-seeds", "bench-md", "bench-html", "bench-md-files"):
        if key in sets:
            clean(f"{key}/dir-j2", [sets[key]], "--jobs", "2", "--no-resume")
            clean(f"{key}/dry-run", [sets[key]], "--dry-run", out=None)
    # Several roots: output names claimed across roots ("already written from another input").
    clean("multi-root/dir-j2", [sets["fixtures"], sets["fixtures"], sets["bad"]], "--jobs", "2", "--no-resume")
    seed = ROOT / "fixtures" / "input" / "seeds" / "001_9c03bc06a276b38c.txt"
    clean("stdin", [Path("-")], out=None, stdin=seed.read_bytes())
    clean("explain", [seed], "--explain", "--no-log", out=None)
    clean("explain-bad", [sets["bad"], seed], "--explain", out=None)

    # Resume: a run that finds some documents done, and a rerun after one input changed.
    src = work / "resume-in"
    shutil.copytree(sets["fixtures"], src)
    if "bench-md" in sets:
        shutil.copyfile(sets["bench-md"], src / "bench-md.jsonl")
    parts = sorted(p for p in src.rglob("*") if p.is_file())
    held = work / "held"
    held.mkdir()
    for p in parts[::2]:
        p.rename(held / p.name)
    resume = work / "runs" / "resume"
    resume.mkdir(parents=True)
    for step in ("half", "full", "changed"):
        if step == "full":
            for p in parts[::2]:
                (held / p.name).rename(p)
        if step == "changed":
            changed = src / "seeds" / "002_ffcef741cb91c7d5.txt"
            changed.write_bytes(changed.read_bytes().replace(b" the ", b" THE ", 1))
        code, stdout = _cli(
            ["clean", str(src), "-o", str(resume / "out"), "--log", str(resume / "log.jsonl"), "-q", "--jobs", "2"], env
        )
        got[f"resume/{step}"] = {"exit": code, "log": _tree(resume / "log.jsonl"), "out": _tree(resume / "out")}

    # Read-side tools on a run's log and output.
    case = work / "runs" / "fixtures" / "dir-j1"
    code, stdout = _cli(
        ["restore", str(case / "out"), "--log", str(case / "log.jsonl"), "-o", str(work / "restored")], env
    )
    got["restore/fixtures"] = {"exit": code, "out": _tree(work / "restored")}
    if "bench-md" in sets:
        case = work / "runs" / "bench-md" / "jsonl-j2"
        code, stdout = _cli(
            [
                "restore",
                str(case / "out.jsonl"),
                "--log",
                str(case / "log.jsonl"),
                "-o",
                str(work / "restored-md.jsonl"),
            ],
            env,
        )
        got["restore/bench-md"] = {"exit": code, "out": _tree(work / "restored-md.jsonl")}
    code, stdout = _cli(["audit", str(work / "runs" / "fixtures" / "dir-j1" / "log.jsonl"), "--format", "json"], env)
    audit = json.loads(stdout)
    got["audit/fixtures"] = {
        "exit": code,
        "stdout": _sha(json.dumps({k: v for k, v in audit.items() if k != "log"}, sort_keys=True).encode()),
    }
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="record the digests instead of comparing")
    ap.add_argument("--keep", type=Path, help="run in this folder (made, must not exist) and keep it")
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp(prefix="cleaner-reference-"))
    if a.keep:
        a.keep.mkdir(parents=True)
    try:
        got = run_cases(work, build_inputs(work))
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    if a.write:
        DIGESTS.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(got)} cases recorded in {DIGESTS.relative_to(ROOT)}")
        return
    want = json.loads(DIGESTS.read_text(encoding="utf-8"))
    bad = 0
    for name in sorted(set(want) | set(got)):
        if name not in got:
            print(f"SKIPPED  {name} (its inputs are missing here)")
        elif name not in want:
            print(f"NEW      {name} (not in the recorded digests)")
        elif got[name] != want[name]:
            bad += 1
            w, g = want[name], got[name]
            diff = [k for k in sorted(set(w) | set(g)) if w.get(k) != g.get(k)]
            detail = []
            for k in diff:
                if isinstance(w.get(k), dict) and isinstance(g.get(k), dict):
                    files = sorted(f for f in set(w[k]) | set(g[k]) if w[k].get(f) != g[k].get(f))
                    detail.append(f"{k}: {', '.join(files[:5])}{' ...' if len(files) > 5 else ''}")
                else:
                    detail.append(f"{k}: {w.get(k)} -> {g.get(k)}")
            print(f"DIFFERS  {name}: {'; '.join(detail)}")
    same = sum(1 for n in got if n in want and got[n] == want[n])
    print(f"{same} of {len(want)} recorded cases byte-identical, {bad} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
