"""The characters of an HTML page: a BOM, then the charset its transport declares (the
HTTP ``Content-Type`` of a WARC record), then the one the page declares, each if the bytes
agree, then the same detection as text files (:func:`cleaner.decode.decode_bytes`). This
is the order of the HTML standard's encoding sniffing, which browsers follow."""

from __future__ import annotations

import codecs
import re

from ..decode import Decoded, decode_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# WHATWG encoding labels: pages that say latin-1 or ASCII are read as windows-1252 by every
# browser, and their authors see (and write) them that way.
_WHATWG_ALIASES = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "cp819": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def codec_of(label: str | bytes) -> str | None:
    """The Python codec of a charset label (``ISO-8859-1``, ``utf8``), read as browsers read
    it (:data:`_WHATWG_ALIASES`); None for a label no codec has."""
    try:
        name = codecs.lookup(label.decode("ascii") if isinstance(label, bytes) else label.strip()).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WHATWG_ALIASES.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta>`` near its top (Python codec name), if known."""
    m = _META_CHARSET.search(data[:4096])  # the HTML spec wants it in the first 1024 bytes; be lenient
    return codec_of(m.group(1)) if m else None


def decode_html(data: bytes, transport: str | None = None) -> Decoded:
    """Decode an HTML page: BOM, then the charset ``transport`` names (the HTTP header's
    label), then the page's declared charset, each when the bytes agree, then detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    warnings = []
    if transport is not None:
        codec = codec_of(transport)
        if codec is not None:
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                warnings.append(f"charset {codec} of the HTTP header does not fit the bytes")
    declared = declared_charset(data)
    if declared and declared not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):  # a meta tag cannot say UTF-16
        try:
            decoded = Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            decoded = decode_bytes(data)
            decoded.warnings.append(f"declared charset {declared} does not fit the bytes; read as {decoded.encoding}")
    else:
        decoded = decode_bytes(data)
    decoded.warnings[:0] = warnings
    return decoded
