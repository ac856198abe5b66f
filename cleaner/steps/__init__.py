"""Built-in steps: the code rules every document goes through.

Each step finds edits on the text it is given and returns them; the engine applies
them (:mod:`cleaner.edits`). Every step has a stable rule id used in the log, the stats
and the CLI, a description, and examples of what it changes and what it keeps
(``cleaner/steps/examples.yaml``), run by the test suite and ``cleaner rules test``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StepRule:
    """Identity of a built-in rule: the same id in the log, stats, report and CLI."""

    id: str
    category: str
    action: str
    description: str


def builtin_rules() -> list[StepRule]:
    from . import classifier, encoding, final, joins, markdown, source, whitespace

    rules: list[StepRule] = []
    for module in (encoding, whitespace, classifier, markdown, source, joins, final):
        rules.extend(module.RULES)
    return rules
