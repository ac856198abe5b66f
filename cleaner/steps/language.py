"""Language detection on what is left of the document, then the rules that need the language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..edits import Edit
from ..language import among
from ..rules.model import HTML_KINDS
from . import Step
from .rules import run

if TYPE_CHECKING:
    from ..document import Document


class Language(Step):
    """langdetect on a sample of the remaining text (:mod:`cleaner.language`), unless the
    caller gave the language or detection is off."""

    name = "language"

    def applies(self, doc: Document) -> bool:
        return not doc.language_given and doc.options.detect_language

    def find(self, doc: Document) -> list[Edit]:
        from ..language import detect

        doc.language, doc.language_probability = detect(doc.text)
        return []


class LanguageRules(Step):
    """Rules with a ``languages`` condition that names the document's language."""

    name = "language-rules"

    def applies(self, doc: Document) -> bool:
        return doc.language is not None

    def find(self, doc: Document) -> list[Edit]:
        rules = [r for f in doc.site.files for r in f.rules if r.kind not in HTML_KINDS]
        rules += [r for r in doc.rulebook.generic if r.kind not in HTML_KINDS]
        rules = [r for r in rules if r.languages and among(doc.language, r.languages)]
        return run(doc, [r for r in rules if r.kind != "header"] + [r for r in rules if r.kind == "header"])
