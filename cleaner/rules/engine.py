"""Running rules on one document: the rules find, the engine decides what becomes an edit.

Rules run in a fixed order (site rules, then generic packs, header rules last). A span
that an earlier rule took is not taken again: a later rule gets only the parts still free,
so edits never overlap and the first, more specific, rule names the removal. Each rule
has a time budget per document; a rule that exceeds it is reported and skipped, and the
rest of the document is still cleaned. All rules of a document share a budget too
(:class:`~cleaner.rules.patterns.DocumentBudget`): once it is spent, the rules still to
run are not run, and one error record names them. A rule whose pattern cannot match anywhere in the
text (one RE2 scan, :func:`cleaner.rules.prefilter.unit_screen`) is not run at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..edits import Edit, sort_edits
from ..view import View
from .model import Claims, Rule
from .patterns import DocumentBudget, RuleTimeout

if TYPE_CHECKING:
    from .prefilter import TextScreen


@dataclass(slots=True)
class RuleError:
    rule: str
    file: str
    message: str


@dataclass(slots=True)
class RuleRun:
    edits: list[Edit] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    errors: list[RuleError] = field(default_factory=list)


def run_rules(
    view: View,
    rules: list[Rule],
    metadata: dict[str, str],
    timeout: float,
    document: DocumentBudget | None = None,
    screen: TextScreen | None = None,
) -> RuleRun:
    """Find the edits ``rules`` make on ``view``; captured fields fill gaps in ``metadata``.
    Each rule may spend ``timeout`` seconds, and all of them what is left of ``document``.
    ``screen`` holds the whole-text screens of some of the rules in one set (the rulebook's
    generic rules): it screens those with one scan of the text."""
    if document is None:
        document = DocumentBudget(math.inf)
    run = RuleRun()
    not_run: list[Rule] = []
    claims = Claims()
    known = dict(metadata)
    text = view.text
    try:
        screened = text.encode()  # RE2 reads UTF-8: encoded once here, not once per rule screen
    except UnicodeEncodeError:  # lone surrogates: no screen, every rule runs
        screened = None
    if screened is None:
        may_match = [True] * len(rules)
    elif screen is not None:
        may_match = screen.may_match(rules, screened)
    else:
        may_match = [rule.may_match(screened) for rule in rules]
    for rule, may in zip(rules, may_match, strict=True):
        if not may:
            continue
        if document.spent:
            not_run.append(rule)
            continue
        budget = document.budget(timeout)
        try:
            hits = rule.find(view, claims, budget, known)
        except RuleTimeout as exc:
            run.errors.append(RuleError(rule.id, rule.file, f"rule timed out and was skipped on this document: {exc}"))
            continue
        finally:
            document.charge(budget)
        for hit in hits:
            for name, value in hit.fields.items():
                if not known.get(name):
                    known[name] = run.fields[name] = value
            if hit.start == hit.end and not hit.replacement:
                continue
            if hit.replacement:
                if claims.overlaps(hit.start, hit.end):
                    continue
                parts = [(hit.start, hit.end)]
            else:
                parts = [(s, e) for s, e in claims.free(hit.start, hit.end) if text[s:e].strip()]
            for s, e in parts:
                run.edits.append(
                    Edit(
                        s,
                        e,
                        hit.replacement,
                        rule.id,
                        hit.category,
                        "replace" if hit.replacement else rule.action,
                        hit.reason,
                        rule.file,
                    )
                )
                claims.add(s, e)
    if not_run:
        first, rest = not_run[0], [r.id for r in not_run[1:]]
        after = f", nor the {len(rest)} rule(s) after it ({', '.join(rest[:5])}{', ...' if len(rest) > 5 else ''})"
        run.errors.append(
            RuleError(first.id, first.file, f"not run on this document{after if rest else ''}: {document.why()}")
        )
    run.edits = sort_edits(run.edits)
    return run
