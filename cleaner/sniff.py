"""Whether a content is an HTML page, whatever its name: :func:`looks_like_page`.

A page arrives as a ``.txt`` or ``.md`` file, a file without an extension, on stdin, in a
JSONL text field or a WARC record without a content type; it is told by how it opens or
by markup throughout, from its first bytes only. Imports nothing from cleaner.
"""

from __future__ import annotations

import re

# How much of a document is read to tell a page: comments and scripts at the top of a page
# can be long, and 64 KiB holds the first element of every page in the benchmark sets.
SNIFF_BYTES = 64 * 1024

# A web page starts, after blank space, an XML declaration and comments, with a doctype or
# with an element only a page has: its root, head or body, or what goes in a head. This is
# the opening of the WHATWG MIME sniffing patterns for HTML, less its block elements (<p>,
# <div>, <a>, <table>...), which a markdown file may open with too (<p align="center">
# above a README); those count when the whole text is markup (_FRAGMENT).
_PAGE_START = re.compile(
    r"(?:\s|<\?[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|title|meta|link|script|style|"
    r"base|noscript)\b",
    re.I | re.S,
)
# A fragment: it opens with the start tag of an HTML element and closes with an end tag.
_FRAGMENT = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:p|div|span|a|table|ul|ol|dl|h[1-6]|section|article|main|header|"
    r"footer|nav|aside|blockquote|pre|form|figure|center|font|b|i|em|strong)\b[^>]*>"
    r"(?s:.*)</[a-z][a-z0-9]*\s*>\s*\Z",
    re.I | re.S,
)


# Markup throughout: tags of the usual block and inline elements, many of them and a tenth
# of the text at least, as in a fragment of a page saved without its head.
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|img|section|article|nav|header|footer|"
    r"meta|link|script|style|b|i|em|strong)\b[^>]*>",
    re.I,
)


def _markup_lines(text: str) -> bool:
    """Every line that is not blank opens with a tag: markdown that opens and closes with
    HTML has lines of its own between (a heading, a paragraph); this has none."""
    return all(line.lstrip().startswith("<") for line in text.splitlines() if line.strip())


def _markup_throughout(text: str) -> bool:
    """Tags make a tenth of the text, and they are spread over it: a quarter of its lines
    at least hold one (a one-line minified fragment is all of its lines). One line of
    leaked markup in a text dump (an editor's bookmark spans, 600 characters of them) made
    a tenth of its first 4 KiB, and the dump was cleaned as a page: its text all went."""
    tags = _HTML_TAG.findall(text)
    if len(tags) < 5 or sum(map(len, tags)) < 0.1 * len(text.strip()):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _HTML_TAG.search(line)) >= 0.25 * len(lines)


def looks_like_page(content: bytes | str, *, fragments: bool = True) -> bool:
    """Whether ``content`` (bytes as read, or text) is an HTML page, whatever its name.

    A page opens like one (:data:`_PAGE_START`), or is markup throughout (tags of the usual
    elements make a tenth of its first 4 KiB), or is one HTML fragment from its first tag to
    its last: with ``fragments`` any such text, without (markdown, which may hold HTML blocks
    anywhere, first and last too) only one whose every line opens with a tag.
    Bytes are read as Latin-1 (tags are ASCII in every encoding a page declares; the
    NULs of UTF-16 are dropped), and only their first :data:`SNIFF_BYTES`.
    """
    if isinstance(content, bytes):
        head = content[:SNIFF_BYTES]
        for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
            if head.startswith(bom):
                head = head[len(bom) :]
                break
        text = head.replace(b"\x00", b"").decode("latin-1")
    else:
        text = content[:SNIFF_BYTES].lstrip("\ufeff")
    if _PAGE_START.match(text):
        return True
    if _markup_throughout(text[:4096]):
        return True
    # A fragment ends with an end tag: only a text read to its end can tell.
    if len(content) > SNIFF_BYTES or _FRAGMENT.match(text) is None:
        return False
    return fragments or _markup_lines(text)
