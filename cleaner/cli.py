"""The ``cleaner`` command line: parse options, call the library, print.

Exit codes: 0 when every document was cleaned, 1 when any document or rule failed
(the rest of the batch is still done), 2 for usage errors (bad options, paths or rule
files; nothing is run).

Choices are enums and checks of one value are callbacks, so typer reports them as it
reports every other parse error; each command then calls the library and prints. Each
command imports what it needs when it runs: ``cleaner --help`` and the light commands do
not pay for the pipeline (numpy, langdetect, ftfy, trafilatura) or Dask. Help is plain
text: typer's rich help shows a type beside every flag, as if ``--quiet`` took a value.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .errors import RuleFileError, RunError, UsageError
from .progress import plural
from .version import __version__

if TYPE_CHECKING:
    from .driver import Stats
    from .progress import RunProgress

app = typer.Typer(
    help="Clean scraped text: remove boilerplate, log every removal.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="List, validate and test rule files.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(rules_app, name="rules")


class OnOverRemoval(StrEnum):
    keep_cleaned = "keep-cleaned"
    keep_original = "keep-original"


class OutputFormat(StrEnum):
    text = "text"
    markdown = "markdown"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class AuditFormat(StrEnum):
    text = "text"
    json = "json"


RulesOpt = Annotated[
    list[Path] | None, typer.Option("--rules", "-r", metavar="PATH", help="Extra rule file or folder (repeatable).")
]
NoDefaultsOpt = Annotated[bool, typer.Option("--no-default-rules", help="Do not load the shipped rules.")]
ColorOpt = Annotated[bool | None, typer.Option("--color/--no-color", help="Colours (default: on a terminal).")]


def _examples(*lines: str) -> str:
    """A command's help epilog: its examples, one a line as written (Click's \\b keeps the
    paragraph from being rewrapped)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _usage(message: str) -> typer.Exit:
    _err(f"error: {message}")
    return typer.Exit(2)


def _rulebook(rules: list[Path] | None, no_defaults: bool, cached: bool = False):
    from .rules.book import load_rulebook
    from .rules.cache import load_rulebook_cached

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


def _existing(paths: list[Path] | None) -> list[Path] | None:
    """Callback: every path must exist."""
    for p in paths or ():
        if not p.exists():
            raise typer.BadParameter(f"{p} does not exist")
    return paths


def _inputs(paths: list[str]) -> list[str]:
    """Callback of 'clean' inputs: local paths exist; '-' (stdin) stands alone."""
    from .io.layout import is_url

    if "-" in paths and len(paths) > 1:
        raise typer.BadParameter("'-' (stdin) cannot be mixed with other inputs")
    _existing([Path(p) for p in paths if p != "-" and not is_url(p)])
    return paths


def _field_name(value: str | None) -> str | None:
    """Callback of --text-field: a field name, not blank."""
    if value is not None and not value.strip():
        raise typer.BadParameter("names a field: it cannot be blank")
    return value


def _utf8(value: str | None) -> str | None:
    """Callback of text options that go into logs and records (--url): a byte that is not
    UTF-8 (``$'\\xff'`` in a shell) arrives as a lone surrogate, which no UTF-8 file can hold."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            shown = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise typer.BadParameter(f"'{shown}' is not valid UTF-8 text") from None
    return value


def _categories(values: list[str] | None) -> list[str] | None:
    """Callback of --keep: categories of noise the rules know."""
    from .rules.model import CATEGORIES

    for value in values or ():
        if value not in CATEGORIES:
            raise typer.BadParameter(f"no category {value!r}; one of {', '.join(CATEGORIES)}")
    return values


def _languages(value: str | None) -> str | None:
    """Callback of --lang: comma-separated language codes as langdetect gives them."""
    from .pipeline import LANGUAGE_CODE  # the check Options' languages get from the Python API

    for code in (value or "").split(","):
        if code.strip() and not LANGUAGE_CODE.fullmatch(code.strip()):
            raise typer.BadParameter(f"{code.strip()!r} is not a language code (en, de, zh-cn, ...)")
    return value


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Clean scraped text: remove boilerplate, log every removal."""


MANIFEST_HELP = (
    "Resume manifest (SQLite): lets a rerun skip the documents already done. Default: "
    "OUT.manifest.sqlite beside the output, not in it, so that the output holds outputs only (and a "
    ".jsonl output has no folder to hold it); none when writing to stdout or to a URL."
)


@app.command(
    epilog=_examples(
        "cleaner clean scrape/ -o clean/ --log log.jsonl           # a folder, mirrored",
        "cleaner clean pages.jsonl -o clean.jsonl --log log.jsonl  # records in, records out",
        "cleaner clean page.html > body.txt                        # one document to stdout",
        "cleaner clean - < article.md > body.txt                   # stdin to stdout",
    )
)
def clean(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            callback=_inputs,
            help="Files or folders (.txt .md .html .jsonl[.gz|.zst] .warc[.gz] .parquet), or fsspec URLs; "
            "'-' reads stdin.",
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Output folder, or a .jsonl file for records (a .parquet file for the rows of Parquet "
            "inputs), or a .txt/.md file for the body of one document (a text, markdown or HTML file, or "
            "'-'). Without it, one document goes to stdout. One run at a time writes to a folder or records "
            "file: it holds OUT.lock beside it, and a second run is refused (exit code 2).",
        ),
    ] = None,
    log: Annotated[str | None, typer.Option("--log", metavar="LOG", help="Write the removal log (JSONL) here.")] = None,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    url: Annotated[
        str | None,
        typer.Option(
            "--url", metavar="URL", callback=_utf8, help="Source URL of a single input document (picks site rules)."
        ),
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            metavar="NAME",
            callback=_field_name,
            help="The field of JSONL records and the column of Parquet rows that holds the text; the clean "
            "text is written back to it (default: 'text', else 'html').",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="CODES",
            callback=_languages,
            help="Keep only these languages, e.g. 'en,de'; others are reported as skipped.",
        ),
    ] = None,
    guard_share: Annotated[
        float,
        typer.Option(
            "--guard-share",
            min=0.0,
            max=1.0,
            metavar="SHARE",
            help="Flag a document when more than this share of it is removed.",
        ),
    ] = 0.95,
    on_over_removal: Annotated[
        OnOverRemoval,
        typer.Option(
            "--on-over-removal", help="What to write for a flagged document: the cleaned text or the original."
        ),
    ] = OnOverRemoval.keep_cleaned,
    regex_timeout: Annotated[
        float,
        typer.Option(
            "--regex-timeout",
            min=0.001,
            metavar="SECONDS",
            help="Seconds each rule (and a site file's markers) may spend on one document; a rule that runs "
            "out is skipped there, with an error record.",
        ),
    ] = 1.0,
    regex_document_timeout: Annotated[
        float,
        typer.Option(
            "--regex-document-timeout",
            min=0.001,
            metavar="SECONDS",
            help="Seconds all rules together may spend on one document; once spent, the rules still to run "
            "there are not run, with an error record naming them.",
        ),
    ] = 5.0,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes", min=1, metavar="BYTES", help="Refuse (as an error record) any document larger than this."
        ),
    ] = 64 * 1024 * 1024,
    html_timeout: Annotated[
        float,
        typer.Option("--html-timeout", min=0.001, metavar="SECONDS", help="Seconds reading one HTML page may take."),
    ] = 10.0,
    html_max_attributes: Annotated[
        int,
        typer.Option(
            "--html-max-attributes",
            min=1,
            metavar="N",
            help="Refuse (as an error record) an HTML page with an element of N attributes or more: "
            "the HTML parser slows with their square and --html-timeout cannot stop it.",
        ),
    ] = 1000,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            help="Plain text, or markdown: headings, lists, tables, code blocks and quotes kept as markdown "
            "(marks added to an HTML page's text, kept in a markdown text).",
        ),
    ] = OutputFormat.text,
    keep: Annotated[
        list[str] | None,
        typer.Option(
            "--keep",
            metavar="CATEGORY",
            callback=_categories,
            help="Keep the text of this category of noise (repeatable): the rules and the judge find it, "
            "nothing is removed, the log has no edit for it. Categories: `cleaner rules list`.",
        ),
    ] = None,
    include_comments: Annotated[
        bool, typer.Option("--include-comments", help="Keep reader comments (as --keep comments; trafilatura's name).")
    ] = False,
    no_markdown: Annotated[bool, typer.Option("--no-markdown", help="Do not strip markdown syntax.")] = False,
    no_judge: Annotated[
        bool,
        typer.Option(
            "--no-judge",
            help="Do not run the boilerplate judge (navigation, "
            "footers, widgets, comments: the units of a page that are not its "
            "text).",
        ),
    ] = False,
    no_join: Annotated[bool, typer.Option("--no-join", help="Do not join paragraphs broken in mid-sentence.")] = False,
    summary_json: Annotated[
        Path | None, typer.Option("--summary-json", metavar="FILE", help="Also write the run summary as JSON.")
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress and no summary (errors, and worker processes that died, still go to stderr).",
        ),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Write the log and the summary only, no outputs.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Print each document with its edits marked (as 'cleaner show') instead of the clean text."
        ),
    ] = False,
    color: Annotated[
        bool | None,
        typer.Option("--color/--no-color", help="Colours in --explain (default: when stdout is a terminal)."),
    ] = None,
    why: Annotated[
        bool,
        typer.Option(
            "--why",
            help="Print the judge's whole account of one document instead of cleaning it: for each unit "
            "(an HTML block, a markdown or text line) its decision (kept, or removed under which rule), the "
            "page's type and threshold, the first pass's score, every feature's value and weight (they add up "
            "to that score), the neighbourhood's shift and the final probability.",
        ),
    ] = False,
    line: Annotated[
        int | None,
        typer.Option(
            "--line",
            min=1,
            metavar="N",
            help="With --why: only the unit on line N (from 1) of the document's text (of an HTML page, its "
            "visible text, whose lines 'cleaner show' and the log's offsets count).",
        ),
    ] = None,
    offset: Annotated[
        int | None,
        typer.Option(
            "--offset",
            min=0,
            metavar="N",
            help="With --why: only the unit holding character N of the document's text (an edit's 'start' in the log).",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Worker processes (default: the number of CPUs). Outputs and log are the same for any number.",
        ),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", help="Where the workers run: this machine or a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler address (with --engine dask; default: a LocalCluster of --jobs workers).",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Redo every document, even those the manifest has as done with the same input and rules."
        ),
    ] = False,
    manifest: Annotated[Path | None, typer.Option("--manifest", metavar="FILE", help=MANIFEST_HELP)] = None,
    no_resume: Annotated[
        bool, typer.Option("--no-resume", help="Keep no manifest: every run redoes everything.")
    ] = False,
    learn_into: Annotated[
        Path | None,
        typer.Option(
            "--learn",
            metavar="DIR",
            help="First learn each site's template rules from the inputs (as 'rules learn' does, local files "
            "only), write them to DIR for review, then clean with them added; the log names them like any rule.",
        ),
    ] = None,
) -> None:
    """Clean files, folders (recursively), JSONL records or stdin."""
    from .driver import Form, RunConfig, run
    from .driver.config import text_output
    from .driver.targets import Target, avoided, check_targets
    from .pipeline import Cleaner, Options
    from .progress import RunProgress

    local = _check_clean(paths, output, log, url, scheduler, engine, dry_run or explain or why)
    _check_why(paths, local, why, line, offset, log, dry_run, explain, learn_into)
    options = Options(
        guard_share=guard_share,
        on_over_removal=on_over_removal.value,
        regex_timeout=regex_timeout,
        regex_document_timeout=regex_document_timeout,
        markdown=not no_markdown,
        judge=not no_judge,
        join_paragraphs=not no_join,
        languages=tuple(x.strip() for x in (lang or "").split(",") if x.strip()),
        html_timeout=html_timeout,
        html_max_attributes=html_max_attributes,
        output_format=output_format.value,
        keep=tuple(sorted(set(keep or ()) | ({"comments"} if include_comments else set()))),
    )
    cleaner = Cleaner(_rulebook(rules, no_default_rules, cached=True), options)
    if why:
        _why(paths[0], cleaner, url, max_bytes, line, offset)
        return
    form = Form.EXPLAIN if explain else Form.NONE if dry_run else None
    config = RunConfig(
        list(paths),
        cleaner,
        output,
        log,
        form=form,
        jobs=1 if (output is None or text_output(output)) and not dry_run else jobs,  # one document
        engine="dask" if engine is Engine.dask else "local",
        scheduler=scheduler,
        force=force,
        url=url,
        manifest=False if no_resume else (manifest or True),
        max_bytes=max_bytes,
        text_field=text_field,
        color=(sys.stdout.isatty() if color is None else color) if explain else False,
        summary=summary_json,
    )
    # every path the run writes (the learned rules too) against every input, before anything is written
    learned = [Target("learned rules folder", learn_into, folder=True)] if learn_into is not None else []
    try:
        check_targets(config.local_inputs(), [*config.targets(), *learned], stdin=config.reads_stdin())
    except UsageError as exc:
        raise _usage(str(exc)) from None
    if learn_into is not None:
        rules = [*(rules or []), *_learn_first(paths, rules, no_default_rules, learn_into)]
        config.cleaner = Cleaner(_rulebook(rules, no_default_rules, cached=True), options)
    book = config.manifest_path()
    progress = RunProgress(
        enabled=not quiet, paths=local, text_on_stdout=output is None, avoid=avoided(config.targets())
    )
    config.on_progress = progress.update
    started = time.perf_counter()
    with _reported(progress, book):
        stats = run(config)
    _finish(stats, time.perf_counter() - started, summary_json, quiet, book)


def _learn_first(paths: list[str], rules: list[Path] | None, no_defaults: bool, into: Path) -> list[Path]:
    """``clean --learn``: the first pass over the inputs learns each site's rules and writes
    them to ``into``; the rule files written, to clean with (only this run's, not older
    files in the folder)."""
    from .tools.learn import LearnOptions, learn, write_rules

    local = [Path(p) for p in paths]
    if any(p == "-" or "://" in p for p in paths):
        raise _usage("--learn reads the inputs twice: give local files or folders, not stdin or URLs")
    result = learn(local, _rulebook(rules, no_defaults), LearnOptions())
    written = write_rules(result, into)
    for s in result.sites:
        left = f"; not proposed: {', '.join(s.summary)}" if s.summary else ""
        _err(f"learned: {s.site}: {plural(s.rules, 'rule')} from {plural(s.pages, 'page')}{left}")
    _err(f"learned {plural(sum(s.rules for s in result.sites), 'rule')} for {plural(len(written), 'site')} into {into}")
    return written


def _check_clean(
    paths: list[str],
    output: str | None,
    log: str | None,
    url: str | None,
    scheduler: str | None,
    engine: Engine,
    no_outputs: bool,
) -> list[Path]:
    """What one option of 'clean' cannot check alone; returns the local inputs."""
    from .driver.config import records_output, text_output
    from .io.layout import is_url

    local = [Path(p) for p in paths if p != "-" and not is_url(p)]
    if scheduler and engine is not Engine.dask:
        raise typer.BadParameter("goes with --engine dask", param_hint="'--scheduler'")
    if no_outputs and output is not None:
        raise typer.BadParameter(
            "--dry-run, --explain and --why write no outputs: leave out -o", param_hint="'--output'"
        )
    one_document = _one_document(paths, local)
    if output is None and not no_outputs and not one_document:
        raise typer.BadParameter(
            "give an output with -o OUT (a folder, or a .jsonl file): only one document (a file or '-') goes to stdout",
            param_hint="'--output'",
        )
    if output is not None and text_output(output) and not one_document:
        raise typer.BadParameter(
            f"{output} is one text file, for the body of one document (a text, markdown or HTML file, or '-'), "
            f"and {paths[0] if len(paths) == 1 else 'these inputs'} can hold more: "
            f"give a folder (-o {Path(output).with_suffix('')}/) or a .jsonl file",
            param_hint="'--output'",
        )
    _check_parquet(paths, output)
    if url and not one_document:
        raise typer.BadParameter("is for a single input document", param_hint="'--url'")
    if output is not None and not is_url(output) and not records_output(output) and not text_output(output):
        if Path(output).exists() and not Path(output).is_dir():
            raise _usage(f"output {output} exists and is not a folder")
    return local


def _one_document(paths: list[str], local: list[Path]) -> bool:
    """Whether the inputs are one document: stdin, or one local file that is no container of
    documents (a folder, or a JSONL, WARC or Parquet file)."""
    from .inputs import CONTAINER_KINDS, kind_of

    return len(paths) == 1 and (
        paths[0] == "-" or (len(local) == 1 and local[0].is_file() and kind_of(local[0].name) not in CONTAINER_KINDS)
    )


def _check_why(
    paths: list[str],
    local: list[Path],
    why: bool,
    line: int | None,
    offset: int | None,
    log: str | None,
    dry_run: bool,
    explain: bool,
    learn_into: Path | None,
) -> None:
    """``clean --why`` reads one document and cleans nothing; ``--line`` and ``--offset`` go with it."""
    if not why:
        if line is not None or offset is not None:
            raise typer.BadParameter("goes with --why", param_hint="'--line'" if line is not None else "'--offset'")
        return
    if line is not None and offset is not None:
        raise typer.BadParameter("give --line or --offset, not both", param_hint="'--offset'")
    for given, name in ((log, "--log"), (dry_run, "--dry-run"), (explain, "--explain"), (learn_into, "--learn")):
        if given:
            raise typer.BadParameter(f"--why cleans nothing: leave out {name}", param_hint="'--why'")
    if not _one_document(paths, local):
        raise typer.BadParameter("is for one document: a text, markdown or HTML file, or '-'", param_hint="'--why'")


def _why(path: str, cleaner, url: str | None, max_bytes: int, line: int | None, offset: int | None) -> None:
    """``clean --why``: the judge's account of one document, as a table."""
    from .batch import judge_account
    from .errors import DOCUMENT_ERRORS
    from .io.reading import iter_docs
    from .judge.account import format_account

    doc = next(iter_docs([Path(path)], url=url, max_bytes=max_bytes))
    try:
        found = judge_account(doc, cleaner, max_bytes, line=line, offset=offset)
    except (*DOCUMENT_ERRORS, OSError, EOFError) as exc:
        _err(f"error: {doc.id}: {exc}")
        raise typer.Exit(1) from None
    except ValueError as exc:  # no unit on that line or at that offset
        raise _usage(str(exc)) from None
    typer.echo(format_account(found), nl=False)


def _check_parquet(paths: list[str], output: str | None) -> None:
    """Parquet named on the command line needs pyarrow (the 'parquet' extra); a Parquet
    output holds the rows of Parquet inputs only (folders are checked file by file as they are read)."""
    from .inputs import kind_of
    from .io.layout import is_url

    kinds = {p: kind_of(p.rstrip("/").rsplit("/", 1)[-1]) if p != "-" else None for p in paths}
    parquet_out = output is not None and output.endswith(".parquet")
    named = [p for p in paths if p == "-" or kinds[p] != "parquet" and not is_url(p) and not Path(p).is_dir()]
    if parquet_out or "parquet" in kinds.values():
        from .io.parquet import require

        try:
            require()
        except UsageError as exc:
            raise _usage(str(exc)) from None
    if parquet_out and named:
        raise _usage(
            f"a Parquet output (-o {output}) holds the rows of Parquet inputs only, and {named[0]} is not one: "
            f"write records to a .jsonl output or a folder"
        )


@contextmanager
def _reported(progress: RunProgress, manifest: Path | None) -> Iterator[None]:
    """Around a run: a failed write or an interrupt stops it with a message and the exit code
    that says so. The progress display is closed first, so that it takes no message with it."""
    import sqlite3

    try:
        yield
    except (OSError, sqlite3.Error) as exc:  # a full disk fails the manifest (SQLite) as well as the files
        progress.done()
        what = f"the resume manifest {manifest or ''}".rstrip() if isinstance(exc, sqlite3.Error) else "output"
        _err(f"error: writing {what} failed: {exc}; no partial output files were left")
        raise typer.Exit(1) from None
    except RunError as exc:
        progress.done()
        _err(f"error: {exc}; outputs written so far are complete")
        raise typer.Exit(1) from None
    except UsageError as exc:  # another run is writing to the output: nothing was written
        progress.done()
        raise _usage(str(exc)) from None
    except KeyboardInterrupt:
        progress.done()
        _err(
            "interrupted; outputs written so far are complete"
            + (f" and recorded in the manifest ({manifest}): run the same command again to resume" if manifest else "")
        )
        raise typer.Exit(130) from None
    finally:
        progress.done()


def _finish(stats: Stats, seconds: float, summary_json: Path | None, quiet: bool, manifest: Path | None) -> None:
    from .io.atomic import write_atomic
    from .progress import summary_lines

    if summary_json is not None:
        write_atomic(summary_json, json.dumps({**stats.as_dict(), "seconds": round(seconds, 3)}, indent=2) + "\n")
    if not quiet:
        for line in summary_lines(stats, seconds):
            _err(line)
        if manifest is not None:
            _err(f"resume manifest: {manifest} (a rerun skips the documents done; --no-resume keeps none)")
    else:  # what went wrong, still: errors, and a worker process that died (even if its task was done again)
        for line in stats.workers_died:
            _err(f"warning: {line}")
        for line in stats.error_examples:
            _err(f"error: {line}")
    raise typer.Exit(1 if stats.failed else 0)


@app.command(epilog=_examples("cleaner restore clean/ --log log.jsonl -o restored/"))
def restore(
    output: Annotated[
        Path, typer.Argument(help="The output of a clean run (folder, .jsonl file, or one document's .txt/.md file).")
    ],
    log: Annotated[Path, typer.Option("--log", metavar="LOG", help="The removal log of that run.")],
    dest: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="DEST",
            help="Where to write the rebuilt inputs: a folder for a folder output; for a .jsonl output "
            "a file, or a folder (an existing one, or a name ending in /) to hold one of the same name; for "
            "one document's .txt/.md output a file, or a folder to hold it.",
        ),
    ],
) -> None:
    """Rebuild the original (decoded) inputs from a run's outputs and its removal log.

    Each document is checked against its doc record: the SHA-256 of its output before, of
    the rebuilt input after (a log of schema 1 has none: only lengths). An output or a log
    changed since the run is reported as a problem (exit code 1), never restored wrong. It
    never writes over the output or the log, nor over a file that holds other bytes."""
    from .runlog.restore import restore_outputs

    if not log.exists():
        raise _usage(f"log {log} does not exist")
    target = Path(dest)
    if output.is_file() and dest.endswith(("/", os.sep)):  # "-o back/": a folder, even one not made yet
        target = target / output.name
    try:
        stats = restore_outputs(output, log, target)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    for p in stats.problems:
        _err(f"error: {p}")
    _err(f"restored {plural(stats.restored, 'document')} into {stats.dest}; {plural(len(stats.problems), 'problem')}")
    raise typer.Exit(1 if stats.problems else 0)


@app.command(epilog=_examples("cleaner audit log.jsonl", "cleaner audit log.jsonl --format json --top 50"))
def audit(
    log: Annotated[Path, typer.Argument(help="The removal log of a clean run.")],
    fmt: Annotated[AuditFormat, typer.Option("--format", help="Tables as text, or JSON.")] = AuditFormat.text,
    top: Annotated[
        int, typer.Option("--top", min=1, metavar="N", help="How many of the most frequent removed texts.")
    ] = 20,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
) -> None:
    """Tables per category, rule and site; rules that never fired; frequent removed texts; flagged documents."""
    from .tools.audit import audit_log, format_audit

    book = _rulebook(rules, no_default_rules)
    try:
        result = audit_log(log, book, top=top)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    as_json = fmt is AuditFormat.json
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else format_audit(result), nl=as_json)


RunOutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--run-output",
        metavar="OUT",
        help="The run's output (folder, .jsonl, or one document's .txt/.md): documents are rebuilt from it "
        "to be shown whole.",
    ),
]


@app.command(
    epilog=_examples(
        "cleaner show seeds/001.txt --log log.jsonl --run-output clean/",
        "cleaner show page-17 --log log.jsonl --run-output clean.jsonl   # a JSONL id",
    )
)
def show(
    doc: Annotated[str, typer.Argument(help="Document id (JSONL id, or path relative to the input folder).")],
    log: Annotated[Path, typer.Option("--log", metavar="LOG", help="The removal log of the run.")],
    run_output: RunOutputOpt = None,
    color: ColorOpt = None,
) -> None:
    """Show one document with its removed spans marked, coloured by category, with rule ids."""
    from .runlog import find_document
    from .runlog.restore import OutputReader
    from .tools.audit import document_text, segments
    from .tools.show import render_document

    try:
        entry = find_document(log, doc)
        text, note = document_text(entry, OutputReader(run_output) if run_output is not None else None)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    color = sys.stdout.isatty() if color is None else color
    # color=True: click would strip the escapes when stdout is not a terminal (--color to a pager).
    typer.echo(
        render_document(entry.record, entry.edits, segments(text, entry.edits), note, color=color),
        nl=False,
        color=color,
    )


@app.command(epilog=_examples("cleaner report log.jsonl -o report.html --run-output clean/"))
def report(
    log: Annotated[Path, typer.Argument(help="The removal log of a clean run.")],
    dest: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write.")],
    run_output: RunOutputOpt = None,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help="Title of the report.")] = None,
) -> None:
    """Write a self-contained HTML audit report (tables, charts, every document) to open in a browser."""
    from .io.atomic import write_atomic
    from .io.layout import read_by
    from .tools.report import build_report

    found = read_by(dest, [("log", log), ("run output", run_output)])
    if found is not None:
        raise _usage(f"{dest} is the {found[0]} {found[1]} or inside it, what this report reads: give another file")
    book = _rulebook(rules, no_default_rules)
    try:
        page = build_report(log, run_output, book, title)
    except UsageError as exc:
        raise _usage(str(exc)) from None
    write_atomic(dest, page)
    _err(f"report written to {dest} ({len(page.encode()) / 1e6:.1f} MB)")


@rules_app.command("list", epilog=_examples("cleaner rules list", "cleaner rules list -r my-rules/ --json"))
def rules_list(
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per rule.")] = False,
) -> None:
    """Show the rules: id, kind, category, scope and source file; then the built-in steps' and
    the judge's rules (kind: their step, scope: built-in), whose ids the log has too."""
    from .judge.explain import FILE as JUDGE_FILE
    from .steps import steps

    book = _rulebook(rules, no_default_rules)
    rows = [(r.id, r.kind, r.category, r.site or "generic", f"{r.file}:{r.line}", r.description) for r in book.rules]
    # The file a built-in rule's edits name in the log: the judge's, or none for a step's.
    builtin = [
        (r.id, s.name, r.category, "built-in", JUDGE_FILE if s.name == "judge" else "", r.description)
        for s in steps()
        for r in s.rules
    ]
    if as_json:
        for rid, kind, cat, scope, src, description in rows + builtin:
            typer.echo(
                json.dumps(
                    {"id": rid, "kind": kind, "category": cat, "scope": scope, "file": src, "description": description}
                )
            )
        return
    head = ("id", "kind", "category", "scope", "file")
    table = [row[:5] for row in rows] + [(*row[:4], row[4] or "-") for row in builtin]
    widths = [max(len(row[i]) for row in [head, *table]) for i in range(5)]
    for row in [head, *table]:
        typer.echo("  ".join(col.ljust(w) for col, w in zip(row, widths, strict=True)).rstrip())
    typer.echo(
        f"{plural(len(rows), 'rule')} in {plural(len(book.files), 'file')} (ruleset {book.digest}), "
        f"and {plural(len(builtin), 'built-in rule')} of the steps and the judge"
    )


@rules_app.command("check", epilog=_examples("cleaner rules check my-rules/"))
def rules_check(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", help="Rule files or folders to validate.")],
    no_default_rules: NoDefaultsOpt = False,
) -> None:
    """Validate rule files: syntax, keys, types, regexes, ids (also against the shipped rules'
    ids, as 'clean --rules' loads them together). Every problem is listed; exit 2 on any."""
    book = _rulebook(paths, no_default_rules)
    given = [p.resolve() for p in paths]
    files = [f for f in book.files if any(Path(f.path).resolve().is_relative_to(p) for p in given)]
    typer.echo(f"ok: {plural(sum(len(f.rules) for f in files), 'rule')} in {plural(len(files), 'file')}")


@rules_app.command("test", epilog=_examples("cleaner rules test", "cleaner rules test my-rules/"))
def rules_test(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PATH", help="Rule files or folders (default: the shipped rules and built-in steps)."),
    ] = None,
) -> None:
    """Run every rule's examples (what it must remove and keep); report each failure."""
    from .tools.examples import check_all
    from .tools.ruletests import run_file_tests

    book = _rulebook(paths, bool(paths))
    count, failures = check_all(book, builtin=not paths)
    for f in failures:
        typer.echo(str(f))
    # Whole documents listed under 'tests:' in the rule files, with the shipped rules.
    n_docs, doc_failures, n_skipped = run_file_tests(book, _rulebook(None, False) if paths else book)
    for doc_failure in doc_failures:
        typer.echo(str(doc_failure))
    typer.echo(
        f"{count} examples, {len(failures)} failed"
        + (f"; {n_docs} document tests, {len(doc_failures)} failed" if n_docs else "")
        + (
            f"; {n_skipped} document tests of the shipped rules skipped: their documents are in the "
            f"repository's fixtures/, not installed"
            if n_skipped
            else ""
        )
    )
    raise typer.Exit(1 if failures or doc_failures else 0)


@rules_app.command(
    "learn",
    epilog=_examples(
        "cleaner rules learn scrape/ -o rules/learned/", "cleaner rules learn scrape/ --site example.org --dry-run"
    ),
)
def rules_learn(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", callback=_existing, help="Scraped files or folders, as for 'clean'.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="Folder for the rule files (one <site>.yaml each).")
    ] = Path("rules/learned"),
    min_pages: Annotated[
        int,
        typer.Option(
            "--min-pages",
            min=2,
            metavar="N",
            help="Fewest pages a rule must be seen on (pages with the same text count once).",
        ),
    ] = 3,
    min_share: Annotated[
        float,
        typer.Option(
            "--min-share",
            min=0.0,
            max=1.0,
            metavar="SHARE",
            help="Smallest share of a site's pages a rule must be seen on.",
        ),
    ] = 0.25,
    site: Annotated[
        str | None, typer.Option("--site", metavar="DOMAIN", help="Learn only this site (and its subdomains).")
    ] = None,
    max_rules: Annotated[
        int,
        typer.Option(
            "--max-rules",
            min=1,
            metavar="N",
            help="Most rules per site: those that take the most text on the pages; the rest are listed, not proposed.",
        ),
    ] = 30,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the rule files instead of writing them.")] = False,
    rules: RulesOpt = None,
    no_default_rules: NoDefaultsOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Propose reviewable site rules from the noise that recurs across a site's pages.

    One rule per template region (a menu of 66 items is one 'lines' rule), each with its
    evidence under 'learned:'; lines that read like article prose are never learned. On
    stderr: each candidate not turned into a rule and why, and a summary per site."""
    from .progress import PassProgress
    from .tools.learn import LearnError, LearnOptions, learn, write_rules

    book = _rulebook(rules, no_default_rules)  # for site resolution by content markers
    bar = PassProgress(enabled=not quiet)
    try:
        result = learn(
            paths,
            book,
            LearnOptions(min_pages, min_share, site.lower() if site else None, max_rules),
            on_progress=bar.update,
        )
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
    for s in result.sites:
        left = f"; not proposed: {', '.join(s.summary)}" if s.summary else ""
        _err(f"{s.site}: {plural(s.rules, 'rule')} from {plural(s.pages, 'page')}{left}")
    duplicates = f", {len(result.duplicates)} left out as the same text as another page" if result.duplicates else ""
    _err(
        f"{plural(result.docs, 'document')}, {plural(len(result.sites), 'site')} with rules, "
        f"{plural(sum(s.rules for s in result.sites), 'rule')}; {plural(result.no_site, 'document')} without a site, "
        f"{len(result.errors)} unreadable{duplicates}"
    )
    raise typer.Exit(1 if result.errors else 0)


@rules_app.command("import-ftr", epilog=_examples("cleaner rules import-ftr ftr-site-config/ -o rules/imported/"))
def rules_import_ftr(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH", callback=_existing, help="FiveFilters site config files (example.com.txt) or folders."
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="Folder for the rule files (one <site>.yaml each).")
    ] = Path("rules/imported"),
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the rule files instead of writing them.")] = False,
) -> None:
    """Convert FiveFilters ftr-site-config files; report each directive not converted and why.

    strip, strip_id_or_class and strip_image_src become prune rules; body becomes a body rule
    (the article: what is outside it goes); title, author and date become field rules
    (metadata); find_string/replace_string become text replacements.
    """
    from .tools.ftr import import_paths, write_imported

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
            typer.echo(f"wrote {target} ({plural(r.rules, 'rule')})")
    for problem in problems:
        _err(f"error: {problem}")
    _err(
        f"{plural(len(results), 'file')}: {len(written)} converted, "
        f"{plural(sum(len(r.skipped) for r in results), 'directive')} not converted"
    )
    raise typer.Exit(1 if problems else 0)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
