"""What the command line shows on stderr while and after a run: progress and the summary.

* :class:`RunProgress` for ``cleaner clean``: on a terminal a bar (documents done of the
  total, docs/s, MB/s, errors, ETA by bytes), else a plain line every 10 s. The totals
  (documents and bytes) are counted in a background thread while the run starts.
* :class:`PassProgress` for multi-pass commands (``rules learn``): one line per pass.
* :func:`summary_lines`: the run summary.

Plain text and rich only; no typer object, so the library never sees it.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .driver import Stats


def plural(count: int, noun: str, many: str = "") -> str:
    """``1 document``, ``2 documents`` (``many``: the plural, where it is not the noun and an "s")."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def rate(count: int, seconds: float) -> str | None:
    """``12 docs/s`` (``0.4 docs/s`` when slow), or None when the run was too short or too
    small for a rate to mean anything (one document, or under half a second)."""
    if count < 2 or seconds < 0.5:
        return None
    per_second = count / seconds
    return f"{per_second:.1f} docs/s" if per_second < 10 else f"{per_second:.0f} docs/s"


def count_inputs(paths: list[Path], avoid: Sequence[tuple[str, str]] = ()) -> tuple[int | None, int | None]:
    """(documents, bytes) under ``paths``, counted as ``cleaner clean`` reads them: a file is
    one document, a JSONL file one per non-blank line; a link to what the run writes
    (``avoid``, as :func:`cleaner.inputs.walk` takes it) is one document in error. (None,
    None) when there is a compressed JSONL or a WARC file: its documents are known only by
    reading it through, and its bytes on disk are not the bytes read."""
    from .inputs import streamed, walk

    docs = size = 0
    for f in walk(paths, avoid):
        if streamed(f.rel, f.kind):
            return None, None
        try:
            size += f.path.stat().st_size
            if f.kind == "jsonl":
                with f.path.open("rb") as handle:
                    docs += sum(1 for line in handle if line.strip())
            else:
                docs += 1
        except OSError:
            docs += 1  # the run reports it as one document in error
    return docs, size


class RunProgress:
    """Progress of ``cleaner clean`` on stderr; nothing when disabled (``--quiet``).

    The bar is drawn only where it cannot share the screen with the documents: when they
    go to stdout (``clean FILE``, ``--explain``) and stdout is the same terminal, a live bar
    and the text would overwrite each other, so the bar stays off. It never redirects
    stdout (rich's default), which would send the documents to stderr.
    """

    def __init__(
        self,
        enabled: bool,
        paths: list[Path],
        text_on_stdout: bool = False,
        avoid: Sequence[tuple[str, str]] = (),
    ):
        self.enabled = enabled
        self.started = self.last = time.perf_counter()
        self.bar: Any = None
        self.docs_total: int | None = None
        self.bytes_total: int | None = None
        if not enabled:
            return
        if paths:
            threading.Thread(target=self._count, args=(paths, avoid), daemon=True).start()
        if sys.stderr.isatty() and not (text_on_stdout and sys.stdout.isatty()):
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("{task.fields[docs]}"),
                BarColumn(),
                TextColumn("{task.fields[rate]:.0f} docs/s  {task.fields[mbs]:.1f} MB/s"),
                TextColumn("{task.fields[errors]} errors"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.task = self.bar.add_task("clean", total=None, docs="0", rate=0.0, mbs=0.0, errors=0)
            self.bar.start()

    def _count(self, paths: list[Path], avoid: Sequence[tuple[str, str]] = ()) -> None:
        self.docs_total, self.bytes_total = count_inputs(paths, avoid)

    def _done_of_total(self, docs: int) -> str:
        return f"{docs}/{self.docs_total}" if self.docs_total is not None else str(docs)

    def update(self, stats: Stats, read: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        elapsed = max(now - self.started, 1e-9)
        per_second, mbs = stats.docs / elapsed, read / elapsed / 1e6
        if self.bar is not None:
            self.bar.update(
                self.task,
                completed=read,
                total=self.bytes_total,
                docs=self._done_of_total(stats.docs),
                rate=per_second,
                mbs=mbs,
                errors=stats.errors,
            )
            return
        if now - self.last < 10.0:
            return
        self.last = now
        sys.stderr.write(
            f"{self._done_of_total(stats.docs)} documents, {per_second:.0f} docs/s, {mbs:.1f} MB/s, "
            f"{plural(stats.errors, 'error')}\n"
        )
        sys.stderr.flush()

    def done(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


# What each pass of 'rules learn' does, and what it counts (cleaner.tools.learn.Progress.phase).
LEARN_PASSES = {
    "count": ("pass 1/3, counting repeated lines", "document"),
    "collect": ("pass 2/3, collecting candidates", "document"),
    "label": ("pass 3/3, labelling pages", "document"),
    "check": ("checking proposed rules", "site"),
}


class PassProgress:
    """Progress of a multi-pass command on stderr: a line redrawn in place on a terminal,
    a plain line every 10 s otherwise. ``passes`` names each phase and what it counts."""

    def __init__(
        self,
        enabled: bool,
        passes: dict[str, tuple[str, str]] = LEARN_PASSES,
        clock: Callable[[], float] = time.perf_counter,
    ):
        self.enabled, self.passes, self.clock = enabled, passes, clock
        self.tty, self.last, self.shown = sys.stderr.isatty(), float("-inf"), False

    def line(self, phase: str, done: int, total: int | None) -> str:
        label, noun = self.passes.get(phase, (phase, "item"))
        if total:
            filled = int(30 * done / total)
            return f"{label}: [{'#' * filled}{'.' * (30 - filled)}] {done}/{plural(total, noun)}"
        return f"{label}: {plural(done, noun)}"

    def update(self, progress: Any) -> None:
        now = self.clock()
        if not self.enabled or now - self.last < (0.2 if self.tty else 10.0):
            return
        self.last = now
        line = self.line(progress.phase, progress.done, progress.total)
        sys.stderr.write(f"\r{line}\x1b[K" if self.tty else line + "\n")
        sys.stderr.flush()
        self.shown = self.tty

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def summary_lines(stats: Stats, seconds: float) -> list[str]:
    """The run summary, as ``cleaner clean`` prints it to stderr."""
    speed = rate(stats.docs, seconds)
    lines = [
        f"cleaned {stats.ok} of {plural(stats.docs, 'document')} in {seconds:.2f} s"
        f"{f' ({speed})' if speed else ''}: {stats.skipped} skipped, {plural(stats.errors, 'error')}, "
        f"{plural(stats.rule_errors, 'rule error')}, {stats.flagged} flagged by the over-removal guard, "
        f"{plural(stats.warnings, 'warning')}"
    ]
    if stats.chars_in:
        lines.append(
            f"characters: {stats.chars_in} in, {stats.chars_out} out "
            f"({1 - stats.chars_out / stats.chars_in:.1%} removed)"
        )
    if stats.removed:
        lines.append(
            "removed by category: "
            + ", ".join(f"{k} {v}" for k, v in sorted(stats.removed.items(), key=lambda kv: (-kv[1], kv[0])))
        )
    if stats.skipped_languages:
        lines.append(
            "skipped by language: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.skipped_languages.items()))
        )
    if stats.skipped_inputs:  # one reason a line: the reasons are sentences
        lines += [f"skipped {n}: {reason}" for reason, n in sorted(stats.skipped_inputs.items())]
    lines += [f"warning: {line}" for line in stats.workers_died]
    lines += [f"error: {line}" for line in stats.error_examples]
    if stats.errors > len(stats.error_examples):
        lines.append(f"... and {stats.errors - len(stats.error_examples)} more errors (see the log)")
    return lines
