"""WARC files (``.warc``, ``.warc.gz``) as documents: each HTML response is one.

What wget (``--warc-file``), Heritrix and Common Crawl save is a WARC file: records of
several types one after another, each gzipped alone in a ``.warc.gz``. They are read with
warcio, as they come, never the whole file in memory. Every record is one document of
the run, numbered from 1 in the file (its ``line``), with its ``WARC-Record-ID`` as its id
(the id a JSONL record carries, and the id other WARC tools look a record up by):

- a ``response`` (or ``resource``) record holding HTML is an HTML document: its HTTP
  payload (chunked transfer and gzip content encoding undone by warcio), its
  ``WARC-Target-URI`` as its URL, decoded by the charset of its HTTP ``Content-Type`` when
  the bytes agree (:func:`cleaner.html.decode_html`, as browsers do), else as an HTML file;
- every other record is skipped, with the reason: requests, metadata, warcinfo, revisits
  (their payload is in another record), responses of another content type or of an HTTP
  status other than 2xx (a redirect's or an error page's body is not the page).

A record cut short or a file that stops making sense is an error record there, and the
rest of the file is not read (a WARC has no index to find the next record by).

Imports :mod:`cleaner.inputs` and warcio.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from ..inputs import InputDoc, looks_like_page

# Content types of HTML pages (the HTTP header's, before any parameter).
HTML_TYPES = ("text/html", "application/xhtml+xml")
# After a record that cannot be read, the next one cannot be found (a WARC has no index).
_REST = "; the rest of the file is not read"
# Record types that hold a payload of their own (others are skipped by type).
_PAYLOAD_TYPES = ("response", "resource")


def warc_docs(handle: IO[bytes], rel: str, path: str, max_bytes: int) -> Iterator[InputDoc]:
    """The documents of the WARC file open in ``handle`` (``rel``: its name in the run)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    class Records(ArchiveIterator):
        """warcio's iterator, telling whether the file ended inside a gzip member: warcio
        stops there quietly, as at the end of a whole file (it closes its decompressor
        when it stops, and a decompressor knows whether its member's data ended)."""

        cut_short = False

        def close(self) -> None:
            decompressor = self.reader.decompressor if self.reader is not None else None
            self.cut_short = self.cut_short or (decompressor is not None and not decompressor.eof)
            super().close()

    # What warcio raises for a file that is not (or no longer) WARC, or cut short.
    broken = (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, EOFError, ValueError)
    number = 0
    records = Records(handle, arc2warc=False)
    while True:
        try:
            record = next(records)
        except StopIteration:
            if records.cut_short:
                yield _error(rel, path, number + 1, f"cannot read record {number + 1}: the file is cut short inside it")
            return
        except broken as exc:
            yield _error(rel, path, number + 1, f"cannot read record {number + 1}: {_said(exc)}{_REST}")
            return
        number += 1
        try:
            doc = _document(record, rel, path, number, max_bytes)
            _read_to_end(record, number)
        except broken as exc:
            yield _error(rel, path, number, f"cannot read record {number}: {_said(exc)}{_REST}")
            return
        yield doc


def _document(record: Any, rel: str, path: str, number: int, max_bytes: int) -> InputDoc:
    """The document of one record: an HTML page, or a skipped record with the reason."""
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    length = headers.get_header("Content-Length")
    if not record_id or length is None or not length.strip().isdigit():
        raise ValueError("its header has no WARC-Record-ID or Content-Length (the file is cut short or not WARC)")
    url = headers.get_header("WARC-Target-URI")

    def made(**fields: Any) -> InputDoc:
        return InputDoc(record_id, rel, "html", url=url, path=path, line=number, container=rel, **fields)

    kind = record.rec_type
    if kind not in _PAYLOAD_TYPES:
        why = "its payload is in an earlier record" if kind == "revisit" else "no page"
        return made(skipped=f"a WARC {kind} record: {why}")
    http = record.http_headers
    if http is not None and http.protocol and not http.get_statuscode().startswith("2"):  # response, not request
        return made(skipped=f"a WARC {kind} of HTTP status {http.get_statuscode()}: no page's content")
    content_type = (http.get_header("Content-Type") if http is not None else None) or record.content_type or ""
    mime, charset = _content_type(content_type)
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return made(error=f"record {number} is over --max-bytes {max_bytes}; not read")
    if mime in HTML_TYPES or (not mime and looks_like_page(data)):
        return made(data=data, charset=charset)
    return made(skipped=f"a WARC {kind} of type {mime or 'unknown'}, not HTML")


def _content_type(value: str) -> tuple[str, str | None]:
    """(media type in lower case, charset label or None) of a ``Content-Type`` value."""
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, label = param.partition("=")
        if key.strip().lower() == "charset" and label.strip():
            charset = label.strip().strip("\"'")
    return mime.strip().lower(), charset


def _read_to_end(record: Any, number: int) -> None:
    """Read what is left of the record, and raise if it ends before its Content-Length:
    warcio stops quietly where a file is cut short."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    left = getattr(raw, "limit", 0)
    if left:
        raise EOFError(f"the record ends {left} bytes before its Content-Length: the file is cut short")


def _error(rel: str, path: str, number: int, message: str) -> InputDoc:
    return InputDoc(f"{rel}:{number}", rel, "html", path=path, line=number, container=rel, error=message)


def _said(exc: BaseException) -> str:
    """An exception as one line (warcio's messages run over several)."""
    return " ".join(str(exc).split()) or type(exc).__name__
