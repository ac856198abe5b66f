"""The text pipeline: one document in, clean body, metadata and edits out.

Stages, each finding edits on the text the previous ones left (the engine composes them
onto the input, :mod:`cleaner.edits`):

1. ``fix-mojibake`` (ftfy, where the text can need it)
2. whitespace: newlines, Unicode spaces, indentation, invisible characters; then the
   block classifier on full-page markdown (it needs the link markup, so it runs here)
3. markdown to plain text (emphasis, escapes, links, images, headings)
4. the source URL line; then the site is resolved (URL, URL line, folder, markers)
5. rules: site files, then generic packs, header rules last
6. language detection on a sample of what is left; then rules with a ``languages`` condition
7. joins of paragraphs broken in mid-sentence
8. the document's outer whitespace

Finally the over-removal guard compares what is left with what came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .dates import parse_date
from .edits import Edit, apply_edits, compose, sort_edits
from .language import detect
from .rules.book import Rulebook, load_rulebook
from .rules.engine import RuleError, run_rules
from .sites import resolve_site
from .steps import classifier, encoding, final, joins, markdown, source, whitespace
from .view import View

METADATA_KEYS = ("url", "title", "author", "date", "section", "language", "language_probability")


@dataclass(slots=True)
class Options:
    """What a run does besides its rules. Defaults are what ``cleaner clean`` uses."""

    markdown: bool = True
    classify: bool = True  # block classifier for full-page markdown (navigation, link lists, footers)
    fix_encoding: bool = True
    join_paragraphs: bool = True
    detect_language: bool = True
    languages: tuple[str, ...] = ()  # keep only documents in these languages (empty: all)
    # Full-page markdown is often >80% navigation, so the guard only speaks when almost
    # everything goes: on the 181 benchmark pages the body is under 5% of the page for 11.
    guard_share: float = 0.95
    guard_min_chars: int = 20
    on_over_removal: Literal["keep-cleaned", "keep-original"] = "keep-cleaned"
    regex_timeout: float = 1.0  # seconds per rule per document
    html_timeout: float = 10.0  # seconds trafilatura may spend on one page (cleaner.html)


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


class _Draft:
    """The input, the edits made so far, and the text they give."""

    def __init__(self, original: str):
        self.original = original
        self.text = original
        self.edits: list[Edit] = []
        self._view: View | None = None

    @property
    def view(self) -> View:
        """The text as a :class:`View`. Stages that leave the text as it was (no URL line, no
        rule hit) leave the view too, so the next stage does not split the text again."""
        if self._view is None:
            self._view = View(self.text)
        return self._view

    def apply(self, batch: list[Edit]) -> None:
        if batch:
            batch = sort_edits(batch)
            self.text = apply_edits(self.text, batch)
            self.edits = compose(self.edits, batch)
            self._view = None


class Cleaner:
    """A rulebook plus options; :meth:`clean` runs the whole pipeline on one text."""

    def __init__(self, rulebook: Rulebook | None = None, options: Options | None = None):
        self.rulebook = rulebook if rulebook is not None else load_rulebook()
        self.options = options or Options()

    def clean(self, text: str, *, url: str | None = None, path: str | None = None,
              language: str | None = None, edits: list[Edit] | None = None,
              metadata: dict[str, object] | None = None) -> CleanResult:
        """Clean one decoded text. ``url`` and ``path`` help find the site; ``language``
        (a code such as ``en``) skips detection when the caller already knows it;
        ``edits`` are edits a caller already found on ``text`` (the HTML path's pruned
        elements and page title), applied before every stage; ``metadata`` are fields
        already known (an HTML page's head): rules do not guess them from the text."""
        opts = self.options
        draft = _Draft(text)
        if edits:
            draft.apply(edits)
        if opts.fix_encoding:
            draft.apply(encoding.find(draft.text))
        draft.apply(whitespace.find(draft.text))
        if opts.classify:
            draft.apply(classifier.find(draft.text, language=language))
        if opts.markdown:
            draft.apply(markdown.find(draft.text))
        source_edits, url_line = source.find(draft.view)
        draft.apply(source_edits)
        site = resolve_site(self.rulebook, draft.text, url=url, url_line=url_line, path=path)
        known = metadata or {}
        metadata = {"url": url or url_line}
        metadata.update((k, v) for k, v in known.items() if v and k != "url")
        rules = self.rulebook.rules_for(site.files)
        errors: list[RuleError] = []

        def run(selected) -> None:
            found = run_rules(draft.view, selected, metadata, opts.regex_timeout)
            errors.extend(found.errors)
            for key, value in found.fields.items():
                if metadata.get(key) is None:
                    metadata[key] = value
            draft.apply(found.edits)

        run([r for r in rules if not r.languages])
        if language is not None:
            probability = None
        else:
            language, probability = detect(draft.text) if opts.detect_language else (None, None)
        metadata["language"], metadata["language_probability"] = language, probability
        conditional = [r for r in rules if r.languages and language in r.languages]
        if conditional:
            run(conditional)
        if opts.join_paragraphs:
            draft.apply(joins.find(draft.view))
        draft.apply(final.find(draft.text))

        result = CleanResult(text, draft.text, draft.edits, _metadata(metadata), site.domain, site.via,
                             rule_errors=errors)
        if metadata.get("date") and result.metadata["date"] is None:
            result.warnings.append(f"date {metadata['date']!r} not understood; left out of the metadata")
        if opts.languages and language not in opts.languages:
            result.skipped = f"language {language or 'unknown'} not in {','.join(opts.languages)}"
        self._guard(result)
        return result

    def _guard(self, result: CleanResult) -> None:
        opts = self.options
        before = sum(map(len, result.original.split()))  # non-space characters, counted in C
        after = sum(map(len, result.text.split()))
        if not before:
            return
        result.removed_share = round(1 - after / before, 4)
        too_much = result.removed_share > opts.guard_share
        too_little_left = after < opts.guard_min_chars <= before
        if too_much or too_little_left:
            result.flagged = True
            why = (f"removed {result.removed_share:.0%} of the text" if too_much
                   else f"only {after} characters left")
            if opts.on_over_removal == "keep-original":
                result.text, result.edits = result.original, []
                result.warnings.append(f"over-removal guard: {why}; the original text was kept")
            else:
                result.warnings.append(f"over-removal guard: {why}")


def _metadata(found: dict[str, object]) -> dict[str, object]:
    meta = {key: found.get(key) for key in METADATA_KEYS}
    if isinstance(meta["date"], str):
        meta["date"] = parse_date(meta["date"])
    for key in ("title", "author", "section"):
        if isinstance(meta[key], str):
            meta[key] = " ".join(meta[key].split())
    return meta


def clean_text(text: str, *, url: str | None = None, path: str | None = None,
               rulebook: Rulebook | None = None, options: Options | None = None) -> CleanResult:
    """Clean one text with the shipped rules (or ``rulebook``): the one-call Python API."""
    return Cleaner(rulebook, options).clean(text, url=url, path=path)
