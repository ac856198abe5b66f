"""The ``cleaner`` command line: parse options, call the library, print.

Exit codes: 0 when every document was cleaned, 1 when any document or rule failed
(the rest of the batch is still done), 2 for usage errors (bad options, paths or rule
files; nothing is run).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from .errors import RunError, UsageError
from .examples import check_all
from .pipeline import Cleaner, Options
from .rules.book import RuleFileError, load_rulebook
from .rules.cache import load_rulebook_cached
from .version import __version__

if TYPE_CHECKING:
    from .driver import Stats

app = typer.Typer(help="Clean scraped text: remove boilerplate, log every removal.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
rules_app = typer.Typer(help="List, validate and test rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

RulesOpt = Annotated[Optional[list[Path]], typer.Option("--rules", "-r", help="Extra rule file or folder (repeatable).")]
NoDefaultsOpt = Annotated[bool, typer.Option("--no-default-rules", help="Do not load the shipped rules.")]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _usage(message: str) -> typer.Exit:
    _err(f"error: {message}")
    return typer.Exit(2)


def _rulebook(rules: list[Path] | None, no_defaults: bool, cached: bool = False):
    try:
        if cached:  # a clean run: the compiled rulebook from the cache when the files are unchanged
            return load_rulebook_cached(rules or [], defaults=not no_defaults)
        return load_rulebook(rules or [], defaults=not no_defaults)
    except RuleFileError as exc:
        _err(f"error: {len(exc.problems)} problem(s) in rule files; nothing was run:")
        for p in exc.problems:
            _err(f"  {p}")
        raise typer.Exit(2) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cleaner {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")] = False) -> None:
    """Clean scraped text: remove boilerplate, log every removal."""


@app.command()
def clean(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt .md .jsonl .html), or fsspec URLs; "
                                               "'-' reads stdin.")],
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Output folder, or a .jsonl file for records. "
                                                  "Omit with '-' to write the body to stdout.")] = None,
    log: Annotated[Optional[str], typer.Option("--log", help="Write the removal log (JSONL) here.")] = None,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    url: Annotated[Optional[str], typer.Option("--url", help="Source URL of a single input document (picks site rules).")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Keep only these languages, e.g. 'en,de'; others are "
                                                "reported as skipped.")] = None,
    guard_share: Annotated[float, typer.Option("--guard-share", min=0.0, max=1.0,
                                               help="Flag a document when more than this share of it is removed.")] = 0.95,
    on_over_removal: Annotated[str, typer.Option("--on-over-removal", help="keep-cleaned (flag only) or keep-original.")]
    = "keep-cleaned",
    regex_timeout: Annotated[float, typer.Option("--regex-timeout", min=0.001,
                                                 help="Seconds each rule may spend on one document.")] = 1.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse (as an error record) any document "
                                           "larger than this many bytes.")] = 64 * 1024 * 1024,
    html_timeout: Annotated[float, typer.Option("--html-timeout", min=0.001,
                                                help="Seconds trafilatura may spend on one HTML page.")] = 10.0,
    no_markdown: Annotated[bool, typer.Option("--no-markdown", help="Do not strip markdown syntax.")] = False,
    no_classify: Annotated[bool, typer.Option("--no-classify", help="Do not run the block classifier on "
                                              "full-page markdown (navigation, link lists, footers).")] = False,
    no_join: Annotated[bool, typer.Option("--no-join", help="Do not join paragraphs broken in mid-sentence.")] = False,
    summary_json: Annotated[Optional[Path], typer.Option("--summary-json", help="Also write the run summary as JSON.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary (errors still go to stderr).")]
    = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Write the log and the summary only, no outputs.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Print each document with its edits marked (as "
                                          "'cleaner show') instead of the clean text.")] = False,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the number "
                                                "of CPUs). Outputs and log are the same for any number.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine) or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (default: a "
                                                     "LocalCluster of --jobs workers).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Redo every document, even those the manifest has "
                                        "as done with the same input and rules.")] = False,
    manifest: Annotated[Optional[Path], typer.Option("--manifest", help="Resume manifest (default: OUT.manifest.sqlite "
                                                     "beside the output).")] = None,
    no_resume: Annotated[bool, typer.Option("--no-resume", help="Keep no manifest: every run redoes everything.")]
    = False,
) -> None:
    """Clean files, folders (recursively), JSONL records or stdin."""
    from .driver import Form, RunConfig, run
    from .driver.config import check_output
    from .io.layout import is_url

    if on_over_removal not in ("keep-cleaned", "keep-original"):
        raise _usage("--on-over-removal must be keep-cleaned or keep-original")
    if engine not in ("local", "dask"):
        raise _usage("--engine must be local or dask")
    if scheduler and engine != "dask":
        raise _usage("--scheduler goes with --engine dask")
    stdin = [p for p in paths if p == "-"]
    if stdin and len(paths) > 1:
        raise _usage("'-' (stdin) cannot be mixed with other inputs")
    local = [Path(p) for p in paths if p != "-" and not is_url(p)]
    for p in local:
        if not p.exists():
            raise _usage(f"input {p} does not exist")
    if (dry_run or explain) and output is not None:
        raise _usage("--dry-run and --explain write no outputs: leave out -o")
    if output is None and not stdin and not (dry_run or explain):
        raise _usage("give an output with -o OUT (a folder, or a .jsonl file)")
    if url and (len(paths) > 1 or (not stdin and local and local[0].is_dir())):
        raise _usage("--url is for a single input document")
    try:
        if output is not None and not is_url(output):
            check_output(local, Path(output))
        if log is not None and not is_url(log):
            check_output(local, Path(log))
    except UsageError as exc:
        raise _usage(str(exc)) from None
    languages = tuple(x.strip() for x in lang.split(",") if x.strip()) if lang else ()
    options = Options(guard_share=guard_share, on_over_removal=on_over_removal, regex_timeout=regex_timeout,
                      markdown=not no_markdown, classify=not no_classify, join_paragraphs=not no_join,
                      languages=languages, html_timeout=html_timeout)
    cleaner = Cleaner(_rulebook(rules, no_default_rules, cached=True), options)
    if output is not None and not is_url(output) and not output.endswith(".jsonl"):
        if Path(output).exists() and not Path(output).is_dir():
            raise _usage(f"output {output} exists and is not a folder")
    progress = _Progress(enabled=not quiet, paths=local)
    started = time.perf_counter()
    form = Form.EXPLAIN if explain else Form.NONE if dry_run else None
    config = RunConfig(list(paths), cleaner, output, log, form=form, jobs=1 if output is None and not dry_run else jobs,
                       engine=engine, scheduler=scheduler, force=force, url=url, on_progress=progress.update,
                       manifest=False if no_resume else (manifest or True), max_bytes=max_bytes,
                       color=explain and sys.stdout.isatty())
    try:
        stats = run(config)
    except (OSError, sqlite3.Error) as exc:  # a full disk fails the manifest (SQLite) as well as the files
        progress.done()
        what = "the resume manifest" if isinstance(exc, sqlite3.Error) else "output"
        _err(f"error: writing {what} failed: {exc}; no partial output files were left")
        raise typer.Exit(1) from None
    except RunError as exc:
        progress.done()
        _err(f"error: {exc}; outputs written so far are complete")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        progress.done()
        _err("interrupted; outputs written so far are complete" + (
            "" if no_resume else " and recorded in the manifest: run the same command again to resume"))
        raise typer.Exit(130) from None
    progress.done()
    seconds = time.perf_counter() - started
    if summary_json is not None:
        summary_json.write_text(json.dumps({**stats.as_dict(), "seconds": round(seconds, 3)}, indent=2) + "\n")
    if not quiet:
        _print_summary(stats, seconds)
    elif stats.error_examples:
        for line in stats.error_examples:
            _err(f"error: {line}")
    raise typer.Exit(1 if stats.failed else 0)


class _Progress:
    """Progress on stderr: a rich bar on a terminal (docs, docs/s, MB/s, ETA, errors), a
    plain line every 10 s otherwise, nothing with --quiet. The ETA is by bytes: the
    inputs' total size is summed in a background thread while the run starts."""

    def __init__(self, enabled: bool, paths: list[Path]):
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.started = self.last = time.perf_counter()
        self.bar = None
        self.total: int | None = None
        if enabled and self.tty:
            import threading

            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("{task.fields[docs]} docs"), BarColumn(),
                                TextColumn("{task.fields[rate]:.0f} docs/s  {task.fields[mbs]:.1f} MB/s"),
                                TextColumn("{task.fields[errors]} errors"), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("clean", total=None, docs=0, rate=0.0, mbs=0.0, errors=0)
            self.bar.start()
            threading.Thread(target=self._measure, args=(paths,), daemon=True).start()

    def _measure(self, paths: list[Path]) -> None:
        from .inputs import walk

        self.total = sum(f.path.stat().st_size for f in walk(paths) if f.path.exists())

    def update(self, stats: Stats, read: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        elapsed = max(now - self.started, 1e-9)
        rate, mbs = stats.docs / elapsed, read / elapsed / 1e6
        if self.bar is not None:
            self.bar.update(self.task, completed=read, total=self.total, docs=stats.docs, rate=rate, mbs=mbs,
                            errors=stats.errors)
            return
        if now - self.last < 10.0:
            return
        self.last = now
        sys.stderr.write(f"{stats.docs} docs, {rate:.0f} docs/s, {mbs:.1f} MB/s, {stats.errors} errors\n")
        sys.stderr.flush()

    def done(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _print_summary(stats: Stats, seconds: float) -> None:
    rate = stats.docs / seconds if seconds else 0.0
    _err(f"cleaned {stats.ok} of {stats.docs} documents in {seconds:.2f} s ({rate:.0f} docs/s): "
         f"{stats.skipped} skipped, {stats.errors} errors, {stats.rule_errors} rule errors, "
         f"{stats.flagged} flagged by the over-removal guard, {stats.warnings} warnings")
    if stats.chars_in:
        _err(f"characters: {stats.chars_in} in, {stats.chars_out} out "
             f"({1 - stats.chars_out / stats.chars_in:.1%} removed)")
    if stats.removed:
        _err("removed by category: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.removed.items(),
                                                                               key=lambda kv: (-kv[1], kv[0]))))
    if stats.skipped_languages:
        _err("skipped by language: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.skipped_languages.items())))
    for line in stats.error_examples:
        _err(f"error: {line}")
    if stats.errors > len(stats.error_examples):
        _err(f"... and {stats.errors - len(stats.error_examples)} more errors (see the log)")


@app.command()
def restore(
    output: Annotated[Path, typer.Argument(help="The output of a clean run (folder or .jsonl file).")],
    log: Annotated[Path, typer.Option("--log", help="The removal log of that run.")],
    dest: Annotated[Path, typer.Option("--output", "-o", help="Where to write the rebuilt inputs.")],
) -> None:
    """Rebuild the original (decoded) inputs from a run's outputs and its removal log."""
    from .runlog.restore import restore_outputs

    if not log.exists():
        raise _usage(f"log {log} does not exist")
    try:
        stats = restore_outputs(output, log, dest)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    for p in stats.problems:
        _err(f"error: {p}")
    _err(f"restored {stats.restored} documents into {dest}; {len(stats.problems)} problems")
    raise typer.Exit(1 if stats.problems else 0)


@app.command()
def audit(
    log: Annotated[Path, typer.Argument(help="The removal log of a clean run.")],
    fmt: Annotated[str, typer.Option("--format", help="text (tables) or json.")] = "text",
    top: Annotated[int, typer.Option("--top", min=1, help="How many of the most frequent removed texts.")] = 20,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
) -> None:
    """Tables per category, rule and site; rules that never fired; frequent removed texts; flagged documents."""
    from .audit import audit_log, format_audit

    if fmt not in ("text", "json"):
        raise _usage("--format must be text or json")
    book = _rulebook(rules, no_default_rules)
    try:
        result = audit_log(log, book, top=top)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if fmt == "json" else format_audit(result), nl=fmt == "json")


RunOutputOpt = Annotated[Optional[Path], typer.Option("--run-output", help="The run's output (folder or .jsonl): "
                                                      "documents are rebuilt from it to be shown whole.")]


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id (JSONL id, or path relative to the input folder).")],
    log: Annotated[Path, typer.Option("--log", help="The removal log of the run.")],
    run_output: RunOutputOpt = None,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Colours (default: on a terminal).")] = None,
) -> None:
    """Show one document with its removed spans marked, coloured by category, with rule ids."""
    from .audit import document_text, segments
    from .runlog import find_document
    from .runlog.restore import OutputReader
    from .show import render_document

    try:
        entry = find_document(log, doc)
        text, note = document_text(entry, OutputReader(run_output) if run_output is not None else None)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    color = sys.stdout.isatty() if color is None else color
    # color=True: click would strip the escapes when stdout is not a terminal (--color to a pager).
    typer.echo(render_document(entry.record, entry.edits, segments(text, entry.edits), note, color=color), nl=False,
               color=color)


@app.command()
def report(
    log: Annotated[Path, typer.Argument(help="The removal log of a clean run.")],
    dest: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    run_output: RunOutputOpt = None,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the report.")] = None,
) -> None:
    """Write a self-contained HTML audit report (tables, charts, every document) to open in a browser."""
    from .io.atomic import write_atomic
    from .report import build_report

    book = _rulebook(rules, no_default_rules)
    try:
        page = build_report(log, run_output, book, title)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    write_atomic(dest, page)
    _err(f"report written to {dest} ({len(page.encode()) / 1e6:.1f} MB)")


@rules_app.command("list")
def rules_list(rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False,
               as_json: Annotated[bool, typer.Option("--json", help="One JSON object per rule.")] = False) -> None:
    """Show the loaded rules: id, kind, category, scope and source file."""
    book = _rulebook(rules, no_default_rules)
    rows = [(r.id, r.kind, r.category, r.site or "generic", f"{r.file}:{r.line}") for r in book.rules]
    if as_json:
        for rid, kind, cat, scope, src in rows:
            typer.echo(json.dumps({"id": rid, "kind": kind, "category": cat, "scope": scope, "file": src}))
        return
    widths = [max(len(row[i]) for row in rows + [("id", "kind", "category", "scope", "file")]) for i in range(5)]
    for row in [("id", "kind", "category", "scope", "file")] + rows:
        typer.echo("  ".join(col.ljust(w) for col, w in zip(row, widths)).rstrip())
    typer.echo(f"{len(rows)} rules in {len(book.files)} files (ruleset {book.digest})")


@rules_app.command("check")
def rules_check(paths: Annotated[list[Path], typer.Argument(help="Rule files or folders to validate.")]) -> None:
    """Validate rule files: syntax, keys, types, regexes, ids. Exit 2 on any problem."""
    book = _rulebook(paths, True)
    typer.echo(f"ok: {len(book.rules)} rules in {len(book.files)} files")


@rules_app.command("test")
def rules_test(paths: Annotated[Optional[list[Path]], typer.Argument(help="Rule files or folders (default: the "
                                                                     "shipped rules and built-in steps).")] = None) -> None:
    """Run every rule's examples (what it must remove and keep); report each failure."""
    from .ruletests import run_file_tests

    book = _rulebook(paths, bool(paths))
    count, failures = check_all(book, builtin=not paths)
    for f in failures:
        typer.echo(str(f))
    # Whole documents listed under 'tests:' in the rule files, with the shipped rules.
    n_docs, doc_failures = run_file_tests(book, _rulebook(None, False) if paths else book)
    for f in doc_failures:
        typer.echo(str(f))
    typer.echo(f"{count} examples, {len(failures)} failed" +
               (f"; {n_docs} document tests, {len(doc_failures)} failed" if n_docs else ""))
    raise typer.Exit(1 if failures or doc_failures else 0)


@rules_app.command("learn")
def rules_learn(
    paths: Annotated[list[Path], typer.Argument(help="Scraped files or folders, as for 'clean'.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the rule files (one <site>.yaml each).")]
    = Path("rules/learned"),
    min_pages: Annotated[int, typer.Option("--min-pages", min=1, help="Fewest pages a rule must be seen on.")] = 3,
    min_share: Annotated[float, typer.Option("--min-share", min=0.0, max=1.0,
                                             help="Smallest share of a site's pages a rule must be seen on.")] = 0.25,
    site: Annotated[Optional[str], typer.Option("--site", help="Learn only this site (and its subdomains).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the rule files instead of writing them.")] = False,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Propose reviewable site rules from the noise that recurs across a site's pages."""
    from .learn import LearnError, LearnOptions, learn, write_rules

    for p in paths:
        if not p.exists():
            raise _usage(f"input {p} does not exist")
    book = _rulebook(rules, no_default_rules)  # for site resolution by content markers
    bar = _Bar(enabled=not quiet)
    try:
        result = learn(paths, book, LearnOptions(min_pages, min_share, site.lower() if site else None),
                       on_progress=bar.update)
    except LearnError as exc:
        raise _usage(str(exc)) from None
    finally:
        bar.done()
    for e in result.errors[:20]:
        _err(f"error: {e}")
    if dry_run:
        for s in result.sites:
            typer.echo(f"# {output / (s.site + '.yaml')}")
            typer.echo(s.yaml)
    else:
        for path in write_rules(result, output):
            typer.echo(f"wrote {path}")
    for s in result.sites:
        for why in s.skipped:
            _err(f"note: {why}")
    _err(f"{result.docs} documents, {len(result.sites)} sites with rules, "
         f"{sum(s.rules for s in result.sites)} rules; {result.no_site} documents without a site, "
         f"{len(result.errors)} unreadable")
    raise typer.Exit(1 if result.errors else 0)


@rules_app.command("import-ftr")
def rules_import_ftr(
    paths: Annotated[list[Path], typer.Argument(help="FiveFilters site config files (example.com.txt) or folders.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the rule files (one <site>.yaml each).")]
    = Path("rules/imported"),
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the rule files instead of writing them.")] = False,
) -> None:
    """Convert FiveFilters ftr-site-config files; report each directive not converted and why."""
    from .ftr import import_paths, write_imported

    for p in paths:
        if not p.exists():
            raise _usage(f"input {p} does not exist")
    results = import_paths(paths)
    for r in results:
        for note in r.notes:
            _err(f"note: {note}")
        for s in r.skipped:
            _err(str(s))
    written, problems = write_imported(results, output, dry_run)
    for target, r in written:
        if dry_run:
            typer.echo(f"# {target}")
            typer.echo(r.yaml)
        else:
            typer.echo(f"wrote {target} ({r.rules} rules)")
    for problem in problems:
        _err(f"error: {problem}")
    _err(f"{len(results)} files: {len(written)} converted, {sum(len(r.skipped) for r in results)} directives "
         f"not converted")
    raise typer.Exit(1 if problems else 0)


class _Bar:
    """A progress bar on stderr for multi-pass commands (a line every 10 s when not a terminal)."""

    def __init__(self, enabled: bool):
        self.enabled, self.tty, self.last, self.shown = enabled, sys.stderr.isatty(), 0.0, False

    def update(self, progress) -> None:
        now = time.perf_counter()
        if not self.enabled or now - self.last < (0.2 if self.tty else 10.0):
            return
        self.last = now
        if progress.total:
            filled = int(30 * progress.done / progress.total)
            line = f"{progress.phase:8} [{'#' * filled}{'.' * (30 - filled)}] {progress.done}/{progress.total}"
        else:
            line = f"{progress.phase:8} {progress.done} documents"
        sys.stderr.write(f"\r{line}\x1b[K" if self.tty else line + "\n")
        sys.stderr.flush()
        self.shown = self.tty

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
