"""A page's shape, checked before lxml reads it: an element with too many attributes.

libxml2 checks each attribute of an element against the ones before it, so reading an
element takes time that grows with the square of its attributes: 10,000 take 0.2 s,
40,000 take 11 s and 200,000 took 239 s. lxml parses a page in one C call that no signal
interrupts, so the ``--html-timeout`` alarm cannot stop it (:func:`cleaner.html.page.time_limit`
fires only once the parser returns). Such a page is refused before it is parsed.

The check reads the page the way an HTML tokenizer does (comments, the raw text of
``<script>`` and its kind, and quoted attribute values are skipped as wholes, so that a
``<`` inside them starts no tag) in one regular-expression match, with no Python loop
over the tags: about 3 ms a million characters (0.8 ms a page of the benchmark sets,
which average 280,000 characters; 5-6% of reading the page).
"""

from __future__ import annotations

import re
from functools import cache

from ..errors import ExtractionError

# Elements of real pages carry a few dozen attributes: 136 at most on the 1,539 pages of the
# benchmark sets (scrapinghub, wcxb-dev). 1,000 is far above that, and libxml2 reads an
# element with 1,000 attributes in about 2 ms.
MAX_ATTRIBUTES = 1000

_SPACE = "\\t\\n\\f\\r "
# One attribute: separators (space or "/"), a name, and maybe "=" and a value. A quoted
# value runs to its closing quote, or to the page's end if there is none, as browsers read it.
_ATTRIBUTE = (
    f"[{_SPACE}/]*+[^{_SPACE}/>][^{_SPACE}/>=]*+(?:[{_SPACE}]*+=[{_SPACE}]*+(?:\"[^\"]*+\"?|'[^']*+'?|[^{_SPACE}>]*+))?"
)
# Elements whose content is text up to their end tag (no tags inside): RAWTEXT and RCDATA.
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")


@cache
def _page_pattern(limit: int) -> re.Pattern[str]:
    """What a page of elements with fewer than ``limit`` attributes each is, from its start:
    a match that stops before the page's end stops at the first element with ``limit``."""
    # Fewer than ``limit`` attributes, and no further one: the start tag is over.
    attributes = f"(?:{_ATTRIBUTE}){{0,{limit - 1}}}+(?![{_SPACE}/]*+[^{_SPACE}/>])[{_SPACE}/]*+>?"
    raw = "".join(f"|<(?i:{name})(?=[{_SPACE}/>]){attributes}(?:[^<]++|<(?!/(?i:{name})))*+" for name in _RAW_TEXT)
    return re.compile(
        "(?:[^<]++"  # text
        "|<!--(?:[^-]++|-(?!->))*+(?:-->)?"  # a comment, closed or not
        f"{raw}"
        f"|<[A-Za-z][^{_SPACE}/>]*+{attributes}"  # a start tag
        "|<[!/?][^>]*+>?"  # an end tag, a doctype, a processing instruction
        "|<(?![A-Za-z!/?]))*+",  # a "<" that opens nothing
        re.S,
    )


def check_shape(html: str, max_attributes: int = MAX_ATTRIBUTES) -> None:
    """Raise ExtractionError if an element of ``html`` has ``max_attributes`` or more."""
    match = _page_pattern(max_attributes).match(html)
    end = match.end() if match else 0
    if end < len(html):
        line = html.count("\n", 0, end) + 1
        raise ExtractionError(
            f"an element of the page (line {line}) has {max_attributes} attributes or more, and reading it "
            f"would take time the --html-timeout alarm cannot stop; page skipped "
            f"(--html-max-attributes raises the limit)"
        )
