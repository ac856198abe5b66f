"""The pipeline: one document in, clean body, metadata and edits out.

A document is text (an HTML page: its whole visible text, :mod:`cleaner.html`) plus the
edits the steps find on it. The steps run in the one order :func:`cleaner.steps.steps`
gives; each finds edits on the text the previous ones left, and :class:`Document`
composes them onto the input (:mod:`cleaner.edits`). Finally the over-removal guard
compares what is left with what came in.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from .dates import parse_date
from .document import Document
from .edits import Edit
from .errors import UsageError
from .language import among
from .rules.book import Rulebook, shipped_rulebook
from .rules.engine import RuleError
from .rules.model import CATEGORIES
from .sites import domain_of, folder_domain
from .steps import steps

if TYPE_CHECKING:
    from .judge.account import JudgeAccount

OUTPUT_FORMATS = ("text", "markdown")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[a-z]{2,4})?")  # as langdetect gives them: en, zh-cn
METADATA_KEYS = ("url", "title", "author", "date", "section", "language", "language_probability")
ON_OVER_REMOVAL = ("keep-cleaned", "keep-original")
# Each number of :class:`Options` and the values it may take: (lowest, highest, whether the
# lowest itself is allowed). The CLI's options say the same (``min``/``max`` in cleaner.cli).
OPTION_RANGES: dict[str, tuple[float, float, bool]] = {
    "guard_share": (0.0, 1.0, True),
    "guard_prose_share": (0.0, 1.0, True),
    "guard_min_chars": (0, float("inf"), True),
    "guard_prose_chars": (0, float("inf"), True),
    "regex_timeout": (0.0, float("inf"), False),
    "regex_document_timeout": (0.0, float("inf"), False),
    "html_timeout": (0.0, float("inf"), False),
    "html_max_attributes": (1, float("inf"), True),
}


@dataclass(slots=True)
class Options:
    """What a run does besides its rules. Defaults are what ``cleaner clean`` uses."""

    markdown: bool = True
    judge: bool = True  # the boilerplate judge (cleaner.judge): navigation, footers, widgets, comments
    fix_encoding: bool = True
    join_paragraphs: bool = True
    detect_language: bool = True
    languages: tuple[str, ...] = ()  # keep only documents in these languages (empty: all)
    # A whole page is often >80% navigation, so the guard only speaks when almost everything
    # goes: on the 181 news pages the body is under 5% of the full-page markdown for 11.
    guard_share: float = 0.95
    guard_min_chars: int = 20
    # A page whose prose nearly all went is flagged too, when it had prose enough to call it
    # a body (400 characters: a few sentences); its prose is what the judge counts as such.
    guard_prose_chars: int = 400
    guard_prose_share: float = 0.1
    on_over_removal: Literal["keep-cleaned", "keep-original"] = "keep-cleaned"
    regex_timeout: float = 1.0  # seconds per rule per document
    # seconds all rules (and site markers) together may spend on one document: five rules
    # that each run out of their second, then the rest are given up (an error record).
    # All shipped rules together take 0.7 ms on the median benchmark page and 52 ms on the
    # slowest (308 pages of the HTML sets, measured 2026-12-04): 5 s is a hundred times that.
    regex_document_timeout: float = 5.0
    html_timeout: float = 10.0  # seconds to read one HTML page (cleaner.html)
    # an HTML page with an element of this many attributes is refused unread (cleaner.html.shape)
    html_max_attributes: int = 1000
    # "markdown": headings, lists, tables, code blocks and quotes kept as markdown (an HTML
    # page's get their marks from the markdown-marks step; a text's keep theirs)
    output_format: Literal["text", "markdown"] = "text"
    # Categories of noise (cleaner.rules.model.CATEGORIES) whose edits are not made:
    # ``("comments",)`` keeps reader comments, as trafilatura's include_comments does. The
    # rules and the judge still find them; the text stays, and the log has no edit for it.
    keep: tuple[str, ...] = ()


@dataclass(slots=True)
class CleanResult:
    """Everything cleaner knows about one document after cleaning it."""

    original: str
    text: str
    edits: list[Edit]
    metadata: dict[str, object]
    site: str | None = None
    site_via: str | None = None
    warnings: list[str] = field(default_factory=list)
    rule_errors: list[RuleError] = field(default_factory=list)
    flagged: bool = False
    removed_share: float = 0.0
    skipped: str | None = None  # why the document is not written (language filter)
    form: str = "text"  # html, markdown or text

    @property
    def language(self) -> str | None:
        return self.metadata.get("language")  # type: ignore[return-value]

    def removed_by_category(self) -> dict[str, int]:
        """Characters each category took out (net of what replacements put back)."""
        counts: dict[str, int] = {}
        for e in self.edits:
            gone = (e.end - e.start) - len(e.replacement)
            if gone > 0:
                counts[e.category] = counts.get(e.category, 0) + gone
        return dict(sorted(counts.items()))


def check_ranges(options: Options) -> None:
    """Raise :class:`UsageError` for a number of ``options`` out of its range
    (:data:`OPTION_RANGES`) or an ``on_over_removal`` that is not one of its values: a guard
    share of 5.0 would flag nothing and a timeout of 0 fail every document, silently."""
    for name, (low, high, low_ok) in OPTION_RANGES.items():
        value = getattr(options, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UsageError(f"{name} must be a number, not {value!r}")
        above = value >= low if low_ok else value > low
        if not (above and value <= high):  # NaN is in no range
            bound = "at least" if low_ok else "above"
            upper = f" and at most {high:g}" if high != float("inf") else ""
            raise UsageError(f"{name} must be {bound} {low:g}{upper}, not {value!r}")
    if options.on_over_removal not in ON_OVER_REMOVAL:
        allowed = ", ".join(ON_OVER_REMOVAL)
        raise UsageError(f"on_over_removal must be one of {allowed}, not {options.on_over_removal!r}")


class Cleaner:
    """A rulebook plus options; :meth:`clean` runs the whole pipeline on one text."""

    def __init__(self, rulebook: Rulebook | None = None, options: Options | None = None):
        self.rulebook = rulebook if rulebook is not None else shipped_rulebook()
        self.options = options or Options()
        # UsageError, a ValueError as these were: a caller catches cleaner's errors as CleanerError
        if self.options.output_format not in OUTPUT_FORMATS:
            raise UsageError(
                f"output_format must be one of {', '.join(OUTPUT_FORMATS)}, not {self.options.output_format!r}"
            )
        unknown = sorted(set(self.options.keep) - set(CATEGORIES))
        if unknown:
            raise UsageError(f"keep: no such category {', '.join(map(repr, unknown))}; one of {', '.join(CATEGORIES)}")
        for code in self.options.languages:  # as --lang checks them: another string filters out every document
            if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code):
                raise UsageError(f"languages: {code!r} is not a language code (en, de, zh-cn, ...)")
        check_ranges(self.options)
        if self.options.judge:
            from .judge import check_models

            check_models()

    def clean(
        self,
        text: str,
        *,
        url: str | None = None,
        path: str | None = None,
        language: str | None = None,
        metadata: dict[str, object] | None = None,
        form: str | None = None,
    ) -> CleanResult:
        """Clean one decoded text. ``url`` and ``path`` help find the site; ``language``
        (a code such as ``en``) skips detection when the caller already knows it;
        ``metadata`` are fields already known: rules do not guess them from the text.
        ``form`` is ``text`` or ``markdown`` (found from the text when not given); a text
        that is an HTML page is cleaned as one (:meth:`clean_html`). Raises TypeError
        for anything but a str (bytes: decode them first, :func:`cleaner.decode.decode_bytes`)."""
        return self._cleaned(self._document(text, url=url, path=path, language=language, metadata=metadata, form=form))

    def clean_html(self, html: str, *, url: str | None = None, path: str | None = None) -> CleanResult:
        """Read an HTML page (:func:`cleaner.html.read_page`, raises ExtractionError) and clean
        its visible text. ``url`` (or, without it and a domain-named folder, the page's
        canonical URL) picks the site rules. Raises TypeError for anything but a str."""
        _check_str(html)
        return self._cleaned(self._html_document(html, url, path))

    def judge_account(
        self,
        text: str,
        *,
        url: str | None = None,
        path: str | None = None,
        form: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> JudgeAccount:
        """The judge's whole account of the document :meth:`clean` would clean (``form``
        ``html`` reads ``text`` as a page, as :meth:`clean_html`): for each unit (or the one
        holding ``line``, from 1, or character ``offset`` of the text the log's offsets
        count in), every feature's value and weight, both passes' scores, the page's type
        and threshold, and the decision (:mod:`cleaner.judge.account`). The steps before
        the judge run as they do in :meth:`clean`, so its decisions are the run's. Raises
        ValueError when no unit holds ``line`` or ``offset``."""
        from .judge.account import account

        doc = self._document(text, url=url, path=path, form=form)
        self.run(doc, until="judge")
        return account(doc, line=line, offset=offset)

    def _document(
        self,
        text: str,
        *,
        url: str | None = None,
        path: str | None = None,
        language: str | None = None,
        metadata: dict[str, object] | None = None,
        form: str | None = None,
    ) -> Document:
        """The document :meth:`clean` runs the steps on."""
        _check_str(text)
        if form is None:
            from .inputs import looks_like_page

            # as a JSONL text field is read: a page, but not markdown that opens and closes with HTML
            if looks_like_page(text, fragments=False):
                return self._html_document(text, url, path)
            from .judge import detect_form

            form = detect_form(text)
        if form == "html":
            return self._html_document(text, url, path)
        return Document(
            text,
            form=form,
            options=self.options,
            rulebook=self.rulebook,
            url=url,
            path=path,
            language=language,
            metadata=metadata,
        )

    def _html_document(self, html: str, url: str | None, path: str | None) -> Document:
        """The document of an HTML page's visible text (:meth:`clean_html`)."""
        from .html import read_page

        page = read_page(html, url, self.options.html_timeout, self.options.html_max_attributes)
        canonical = page.metadata.get("url")
        if not url and not folder_domain(path) and domain_of(canonical):
            url = canonical
        known = {k: page.metadata.get(k) for k in ("title", "author", "date", "site_name", "description")}
        doc = Document(
            page.text,
            form="html",
            options=self.options,
            rulebook=self.rulebook,
            url=url,
            path=path,
            metadata=known,
            page=page,
        )
        doc.warnings.extend(page.warnings)
        return doc

    def _cleaned(self, doc: Document) -> CleanResult:
        """Run the steps on ``doc``; a page without a URL of its own gets its canonical one."""
        canonical = doc.page.metadata.get("url") if doc.page is not None else None
        result = self.run(doc)
        if result.metadata.get("url") is None and canonical:
            result.metadata["url"] = canonical
        return result

    def run(self, doc: Document, until: str | None = None) -> CleanResult:
        """Run the steps on ``doc`` (all of them, or those before the one named ``until``)."""
        keep = frozenset(self.options.keep)
        for step in steps():
            if step.name == until:
                break
            if step.applies(doc):
                found = step.find(doc)
                if keep:
                    found = [e for e in found if e.category not in keep]
                doc.apply(found)
        metadata = doc.metadata()
        metadata["language"], metadata["language_probability"] = doc.language, doc.language_probability
        site = doc.site
        result = CleanResult(
            doc.original,
            doc.text,
            doc.edits,
            _metadata(metadata),
            site.domain,
            site.via,
            warnings=doc.warnings,
            rule_errors=doc.rule_errors,
            form=doc.form,
        )
        if metadata.get("date") and result.metadata["date"] is None:
            result.warnings.append(f"date {metadata['date']!r} not understood; left out of the metadata")
        opts = self.options
        if opts.languages and not among(doc.language, opts.languages):
            result.skipped = f"language {doc.language or 'unknown'} not in {','.join(opts.languages)}"
        self._guard(result, doc.prose)
        return result

    def _guard(self, result: CleanResult, prose_spans: list[tuple[int, int]] | None = None) -> None:
        opts = self.options
        before = non_space(result.original)
        after = non_space(result.text)
        if not before:
            return
        result.removed_share = round(1 - after / before, 4)
        too_much = result.removed_share > opts.guard_share
        too_little_left = after < opts.guard_min_chars <= before
        prose = _prose_left(prose_spans, result.edits) if prose_spans else (0, 0)
        prose_gone = prose[0] >= opts.guard_prose_chars and prose[1] < opts.guard_prose_share * prose[0]
        if too_much or too_little_left or prose_gone:
            result.flagged = True
            why = "; ".join(
                reason
                for reason, applies in (
                    (f"removed {result.removed_share:.0%} of the text", too_much),
                    (f"only {after} characters left", too_little_left and not too_much),
                    (f"{prose[1]} of the page's {prose[0]} characters of prose are left", prose_gone),
                )
                if applies
            )
            if opts.on_over_removal == "keep-original":
                # nothing is removed: the record's share says so (show, audit and the report
                # print it), and the warning keeps what the cleaning would have removed
                result.text, result.edits, result.removed_share = result.original, [], 0.0
                result.warnings.append(f"over-removal guard: {why}; the original text was kept")
            else:
                result.warnings.append(f"over-removal guard: {why}")


def _check_str(text: object) -> None:
    """A caller's bytes or None fail here, saying so, not deep in a step with a message about
    slicing or regex arguments."""
    if not isinstance(text, str):
        hint = ": decode them first (cleaner.decode.decode_bytes)" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"cleaner cleans a str, not {type(text).__name__}{hint}")


def non_space(text: str) -> int:
    """The characters of ``text`` that are not white space: ``sum(map(len, text.split()))``,
    which makes a string of every word (a page's thousands: 0.25 ms of a 25 KB page). Where the
    judge has loaded numpy, the white space (``str.isspace``, the characters ``split`` cuts
    at) is counted on the code points at once, in a third of that time; without numpy (a run
    without the judge) the words are counted, rather than loading it."""
    np = sys.modules.get("numpy")
    if np is None:
        return sum(map(len, text.split()))
    from .judge.layout import SPACE_BEYOND, spaces  # numpy is loaded: the judge's table of white space

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return len(text) - int(np.count_nonzero(spaces()[np.minimum(points, SPACE_BEYOND)]))


def _prose_left(spans: list[tuple[int, int]], edits: list[Edit]) -> tuple[int, int]:
    """(characters in ``spans``, how many of them no removal took): spans and edits are
    sorted and disjoint, in the original's offsets."""
    total = sum(e - s for s, e in spans)
    removals = [e for e in edits if not e.replacement]
    gone, k = 0, 0
    for s, e in spans:
        while k < len(removals) and removals[k].end <= s:
            k += 1
        j = k
        while j < len(removals) and removals[j].start < e:
            gone += min(e, removals[j].end) - max(s, removals[j].start)
            j += 1
    return total, total - gone


def _metadata(found: dict[str, object]) -> dict[str, object]:
    meta = {key: found.get(key) for key in METADATA_KEYS}
    if isinstance(meta["date"], str):
        meta["date"] = parse_date(meta["date"])
    for key in ("title", "author", "section"):
        value = meta[key]
        if isinstance(value, str):
            meta[key] = " ".join(value.split())
    return meta


def clean_text(
    text: str,
    *,
    url: str | None = None,
    path: str | None = None,
    rulebook: Rulebook | None = None,
    options: Options | None = None,
    output_format: Literal["text", "markdown"] | None = None,
) -> CleanResult:
    """Clean one text with the shipped rules (or ``rulebook``): the one-call Python API.
    An HTML page given as text is recognised and cleaned as HTML. ``output_format``
    (``text`` or ``markdown``), when given, overrides the options' one."""
    if output_format is not None:
        options = replace(options or Options(), output_format=output_format)
    return Cleaner(rulebook, options).clean(text, url=url, path=path)


def judge_account(
    text: str,
    *,
    url: str | None = None,
    path: str | None = None,
    rulebook: Rulebook | None = None,
    options: Options | None = None,
    form: str | None = None,
    line: int | None = None,
    offset: int | None = None,
) -> JudgeAccount:
    """The judge's whole account of one text, as :func:`clean_text` would clean it
    (:meth:`Cleaner.judge_account`)."""
    return Cleaner(rulebook, options).judge_account(text, url=url, path=path, form=form, line=line, offset=offset)
