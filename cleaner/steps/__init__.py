"""The pipeline's steps: one contract, one ordered list.

A step reads a :class:`cleaner.document.Document` and returns edits on its current text;
the pipeline applies them (:meth:`Document.apply`) before the next step runs. A step may
also record what it learned on the document (the URL line, metadata fields, the
language). Every edit names a rule: the built-in steps' rules are :class:`StepRule`\\ s,
with the same id in the log, the stats, the report and the CLI, and examples of what
they change and keep (``cleaner/steps/examples.yaml``) run by the test suite and
``cleaner rules test``.

:data:`STEPS` is the order, in one place; the pipeline, the examples and ``rules learn``
read it:

1. ``encoding``: mojibake repaired (ftfy, where the text can need it)
2. ``whitespace``: newlines, Unicode spaces, indentation, invisible characters
3. ``html-body``: HTML only, the blocks outside the article a site's body rule names
   (the judge then leaves the article alone), and the fields its field rules read
4. ``html-prune``: HTML only, the blocks inside elements that prune rules name
5. ``markdown``: markdown to plain text (not for HTML, whose text is plain already)
6. ``source``: a URL line at the top, kept as metadata
7. ``site-rules``: the rule files of the document's site
8. ``judge``: the boilerplate judge, unit by unit (:mod:`cleaner.judge`)
9. ``rules``: the generic rule packs, header rules last
10. ``language``: language detection on what is left
11. ``language-rules``: rules with a ``languages`` condition
12. ``joins``: paragraphs broken in mid-sentence (not for HTML, whose paragraphs are marked)
13. ``markdown-marks``: markdown output of an HTML page, its structure's marks inserted
14. ``final``: the document's outer whitespace
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document
    from ..edits import Edit


@dataclass(frozen=True, slots=True)
class StepRule:
    """Identity of a built-in rule: the same id in the log, stats, report and CLI."""

    id: str
    category: str
    action: str
    description: str


class Step:
    """One stage of the pipeline. Subclasses set ``name`` and ``rules`` and define ``find``."""

    name: str = ""
    rules: tuple[StepRule, ...] = ()

    def applies(self, doc: Document) -> bool:
        """Whether the step runs on this document (options, form)."""
        return True

    def find(self, doc: Document) -> list[Edit]:
        raise NotImplementedError


def steps() -> tuple[Step, ...]:
    """The steps in run order (built once)."""
    global _STEPS
    if _STEPS is None:
        from .encoding import Encoding
        from .final import Final
        from .htmlbody import HtmlBody
        from .htmlprune import HtmlPrune
        from .joins import Joins
        from .judge import Judge
        from .language import Language, LanguageRules
        from .markdown import Markdown
        from .marks import Marks
        from .rules import GenericRules, SiteRules
        from .source import Source
        from .whitespace import Whitespace

        _STEPS = (
            Encoding(),
            Whitespace(),
            HtmlBody(),
            HtmlPrune(),
            Markdown(),
            Source(),
            SiteRules(),
            Judge(),
            GenericRules(),
            Language(),
            LanguageRules(),
            Joins(),
            Marks(),
            Final(),
        )
    return _STEPS


_STEPS: tuple[Step, ...] | None = None


def step(name: str) -> Step:
    for s in steps():
        if s.name == name:
            return s
    raise KeyError(name)


def builtin_rules() -> list[StepRule]:
    return [rule for s in steps() for rule in s.rules]
