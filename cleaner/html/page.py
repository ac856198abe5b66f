"""Reading one HTML page: parse it, read its head, and lay out its visible text as blocks.

:func:`read_page` is the whole HTML front end: the page parsed once with lxml (with the
repairs libxml2 needs), its metadata and declared kind (:mod:`cleaner.html.metadata`), and
its visible text as blocks (:mod:`cleaner.html.blocks`), joined with a blank line between
blocks into the text the pipeline cleans and the log's offsets refer to. Parsing and the
walk over the tree run under a time limit: a page that takes longer is an error record,
and the batch goes on. The parser cannot be stopped while it runs, so the one page shape
that makes it slow past any limit (an element with thousands of attributes) is refused
before it starts (:mod:`cleaner.html.shape`).
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import ExtractionError, ExtractionTimeout
from .blocks import HtmlBlock, segment
from .metadata import page_kind, page_metadata
from .shape import MAX_ATTRIBUTES, check_shape

# A page not read in this many seconds is an error record. Pages of the benchmark sets take
# 10 ms on average and under 1 s at worst; 10 s leaves room for slow machines while stopping
# pathological pages (huge tables, deep nesting) from stalling a batch.
EXTRACTION_TIMEOUT = 10.0


@dataclass(slots=True)
class Page:
    """One page: its visible text, the blocks it is made of, and what its head declares."""

    text: str  # the blocks' texts, a blank line between two, one final newline
    blocks: list[HtmlBlock]
    spans: list[tuple[int, int]]  # [start, end) of each block's text in ``text``
    metadata: dict[str, str | None]
    schema_types: tuple[str, ...] = ()
    og_type: str | None = None
    tree: Any = field(default=None, repr=False)
    warnings: list[str] = field(default_factory=list)  # what reading the page could not do

    def cut(self, i: int) -> int:
        """Where the removal of block ``i`` ends: the next block's start (or the text's end)."""
        return self.spans[i + 1][0] if i + 1 < len(self.spans) else len(self.text)


# libxml2 repairs (as trafilatura does them): characters XML cannot hold, a doctype on the
# first line that confuses the parser, and a self-closing <html/>.
_INVALID_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DOCTYPE = re.compile(r"<!DOCTYPE.*?>", re.I | re.S)
_FAULTY_HTML = re.compile(r"(<html.*?)\s*/>", re.I)


def parse(html: str) -> Any:
    """The page as an lxml tree (ExtractionError if there is no document in it)."""
    return _parse(html)[0]


# libxml2 stops reading a page whose elements nest deeper than 256 (a fatal "resource
# limit" error, and the rest of the page is not in the tree); its "huge" mode reads 2048
# deep. Pages of the benchmark sets nest 55 deep at most, so the huge mode is tried only
# for a page the first reading stopped on: what it costs is paid by such pages alone.
_RESOURCE_LIMIT = 114  # lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT
# The huge reading takes time that grows with the page's tags times their depth, in one
# call no alarm stops: a million stray end tags 2,000 deep took 4.8 s (2.4 ns a tag and
# level). A page whose tags could take longer than its time limit at 2,048 levels is not
# read again: 5 us a tag (2.4 ns times 2,048 levels), doubled for slower machines.
_HUGE_SECONDS_PER_TAG = 1e-5


def _parse(html: str, timeout: float | None = None) -> tuple[Any, str | None]:
    """The page as an lxml tree, and why libxml2 stopped before the page's end (or None).
    ``timeout``: the page's time limit, which bounds the reading in huge mode."""
    from lxml.html import HTMLParser, fromstring

    html = _INVALID_XML.sub("", html)
    if "doctype" in html[:50].lower():
        first, sep, rest = html.partition("\n")
        html = _DOCTYPE.sub("", first, count=1) + sep + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = _FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    data = html.encode("utf-8", "surrogatepass")
    stopped = None
    for huge in (False, True):
        parser = HTMLParser(
            collect_ids=False,
            default_doctype=False,
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
            huge_tree=huge,
        )
        try:
            tree = fromstring(data, parser=parser)
        except Exception as exc:  # lxml raises several kinds on broken documents
            raise ExtractionError(f"not an HTML page lxml can parse: {type(exc).__name__}: {exc}") from None
        limit = next((e for e in parser.error_log if e.type == _RESOURCE_LIMIT), None)
        if limit is None:
            stopped = None
            break
        deep = "depth" in limit.message
        why = f"its elements nest deeper than {2048 if huge else 256} levels" if deep else limit.message.strip()
        stopped = f"{why} (line {limit.line}, column {limit.column})"
        tags = html.count("<")
        if not huge and timeout and tags * _HUGE_SECONDS_PER_TAG > timeout:
            stopped += f"; with {tags:,} tags the page is too large to read deeper within --html-timeout"
            break
    if tree is None:
        raise ExtractionError("not an HTML page (lxml found no document in it)")
    return tree, stopped


def read_page(
    html: str,
    url: str | None = None,
    timeout: float | None = EXTRACTION_TIMEOUT,
    max_attributes: int = MAX_ATTRIBUTES,
) -> Page:
    """Parse a page and lay out its visible text (raises ExtractionError). A page with an
    element of ``max_attributes`` attributes or more is refused unread (:mod:`.shape`)."""
    if not html.strip():
        return Page("", [], [], {"url": url})
    with time_limit(timeout):
        check_shape(html, max_attributes)
        try:
            tree, stopped = _parse(html, timeout)
            meta = page_metadata(tree, url)
            types, og = page_kind(tree)
            blocks = segment(tree)
        except RecursionError:
            raise ExtractionError("the HTML is nested too deeply to read") from None
    parts, spans, pos = [], [], 0
    for b in blocks:
        spans.append((pos, pos + len(b.text)))
        parts.append(b.text)
        pos += len(b.text) + 2
    text = "\n\n".join(parts) + "\n" if parts else ""
    page = Page(text, blocks, spans, meta, types, og, tree)
    if stopped:
        page.warnings.append(
            f"the HTML parser stopped reading the page early: {stopped}; the text after that point is left out"
            " of the output"
        )
    return page


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractionTimeout in the block after ``seconds`` (SIGALRM; main thread only).

    A signal, not a thread or a process per page: Python cannot stop a thread, and a
    process per page costs more than most pages. Off the main thread (a Dask worker
    thread) there is no limit; the batch-level timeouts of the executor apply there.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds is None:
        yield
        return

    fired = []

    def expired(signum: int, frame: Any) -> None:
        fired.append(True)
        raise _Expired()

    outer_hook = sys.unraisablehook

    def unraisable(info: Any) -> None:
        # An alarm that went off in a garbage-collector callback or a __del__ cannot be passed
        # on: Python hands it here. It is dropped without a word (the next alarm raises again);
        # anything else goes to the outer hook with the alarm paused, so that formatting it is
        # not itself cut short.
        if isinstance(info.exc_value, _Expired):
            return
        remaining, interval = signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            outer_hook(info)
        finally:
            if remaining or interval:
                signal.setitimer(signal.ITIMER_REAL, remaining or interval, interval)

    previous = signal.signal(signal.SIGALRM, expired)
    sys.unraisablehook = unraisable
    # The alarm repeats until the block ends: an exception raised where Python cannot pass it
    # on (a garbage-collector callback, a __del__) is lost, and the next alarm raises again.
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if fired:  # every alarm was swallowed on the way: the limit was still reached
            raise _Expired()
    except _Expired:  # also when the alarm beat the line above: the limit was reached either way
        raise ExtractionTimeout(f"reading the page took longer than {seconds:g} s; page skipped") from None
    finally:
        sys.unraisablehook = outer_hook
        signal.signal(signal.SIGALRM, previous)


REPEAT = 0.01  # seconds between alarms once the limit is reached


class _Expired(BaseException):
    """The alarm inside the time limit: a BaseException, so that no ``except Exception`` on
    the way takes it for an ordinary failure."""
