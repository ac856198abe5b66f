"""A document being cleaned: its input text, the edits found so far, and what is known of it.

Every step of the pipeline (:mod:`cleaner.steps`) reads a :class:`Document` and returns
edits on its current text (the *view*: the input with the edits so far applied); the
pipeline applies them (:meth:`Document.apply`, the one place that composes edits). Steps
may also record what they learned: the URL line, the site, metadata fields, the language.

The input is always text. For an HTML page it is the page's whole visible text, and
``page`` holds the blocks it is made of with their markup (:class:`cleaner.html.Page`).
``form`` says what kind of text it is: ``html``, ``markdown`` (a page saved as markdown)
or ``text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .edits import Edit, apply_edits, compose, sort_edits
from .rules.patterns import DocumentBudget
from .view import View

if TYPE_CHECKING:
    from .html.page import Page
    from .pipeline import Options
    from .rules.book import Rulebook
    from .rules.engine import RuleError
    from .sites import Site


class Document:
    """The input, the edits made so far, the text they give, and what the steps found."""

    def __init__(
        self,
        original: str,
        *,
        form: str,
        options: Options,
        rulebook: Rulebook,
        url: str | None = None,
        path: str | None = None,
        language: str | None = None,
        metadata: dict[str, Any] | None = None,
        page: Page | None = None,
    ):
        self.original = original
        self.text = original
        self.edits: list[Edit] = []
        self._view: View | None = None
        self.form = form
        self.options = options
        self.rulebook = rulebook
        self.url = url  # given by the caller (--url, a JSONL record)
        self.path = path
        self.page = page
        self.url_line: str | None = None  # a URL line at the top of the text (steps.source)
        self.known = {k: v for k, v in (metadata or {}).items() if v}  # fields the caller already knows
        self.fields: dict[str, Any] = {}  # fields found by rules
        self.language = language
        self.language_given = language is not None
        self.language_probability: float | None = None
        self.rule_errors: list[RuleError] = []
        self.warnings: list[str] = []
        self.prose: list[tuple[int, int]] | None = None  # the judge: spans of the page's prose (original)
        self.page_type: str | None = None  # the judge: the page's likeliest type (cleaner.pagetypes)
        self.title_taken = False  # the judge: it removed the page's title above the text (judge-title)
        self.body: str | None = None  # the site's body rule that selected the article (steps.htmlbody)
        self._site: Site | None = None
        self.rule_time = DocumentBudget(options.regex_document_timeout)  # all its rules together

    @property
    def view(self) -> View:
        """The current text as a :class:`View`; steps that change nothing keep it for the next."""
        if self._view is None:
            self._view = View(self.text)
        return self._view

    def apply(self, edits: list[Edit]) -> None:
        """Apply edits found on the current text; the record stays edits on the original."""
        if edits:
            edits = sort_edits(edits)
            self.text = apply_edits(self.text, edits)
            self.edits = compose(self.edits, edits)
            self._view = None

    @property
    def site(self) -> Site:
        """The site the document comes from (resolved once, when a step first asks)."""
        if self._site is None:
            from .sites import resolve_site

            self._site = resolve_site(
                self.rulebook,
                self.text,
                url=self.url,
                url_line=self.url_line,
                path=self.path,
                timeout=self.options.regex_timeout,
                budget=self.rule_time,
            )
            self.rule_errors.extend(self._site.errors)
        return self._site

    def metadata(self) -> dict[str, Any]:
        """Fields known so far: the caller's first, then what rules found, the URL."""
        found = {"url": self.url or self.url_line}
        found.update((k, v) for k, v in self.known.items() if k != "url")
        for key, value in self.fields.items():
            if found.get(key) is None:
                found[key] = value
        return found
