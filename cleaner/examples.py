"""Running every rule's own examples: what it must remove and what it must keep.

A ``remove`` example given as a string must disappear completely when the rule runs on
it alone; a ``keep`` string must come through without an edit from the rule. Either list
may hold a mapping ``{text, output, metadata}`` for cases that leave something behind
(a header above a body) or capture metadata. Examples run through the same pipeline as
documents (whitespace, markdown, the rule alone, final whitespace), so they show what a
user of the rule will see. Built-in steps keep their examples in ``steps/examples.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ruamel.yaml import YAML

from .edits import Edit, apply_edits
from .pipeline import Cleaner, Options
from .rules.book import Rulebook
from .rules.model import Rule, RuleFile
from .steps import encoding, final, joins, markdown, source, whitespace
from .view import View

BUILTIN_EXAMPLES = Path(__file__).parent / "steps" / "examples.yaml"


@dataclass(slots=True)
class Failure:
    rule: str
    file: str
    case: str  # e.g. "remove[0]"
    message: str
    text: str
    expected: str | None = None
    got: str | None = None

    def __str__(self) -> str:
        lines = [f"{self.file}: rule '{self.rule}' example {self.case}: {self.message}", f"  text:     {self.text!r}"]
        if self.expected is not None:
            lines.append(f"  expected: {self.expected!r}")
        if self.got is not None:
            lines.append(f"  got:      {self.got!r}")
        return "\n".join(lines)


def _normal(text: str) -> str:
    text = text.strip()
    return text + "\n" if text else ""


def run_alone(rule: Rule, text: str):
    """The pipeline with ``rule`` as its only rule (as if generic: site scoping is skipped)."""
    book = Rulebook([RuleFile(rule.file, rule.file, (), [], [rule], "")])
    cleaner = Cleaner(book, Options(join_paragraphs=False, detect_language=False))
    return cleaner.clean(text, language=rule.languages[0] if rule.languages else None)


def check_rule(rule: Rule) -> list[Failure]:
    if rule.kind == "prune":  # HTML snippets, checked against the XPath
        from .rules.prune import check_prune

        return check_prune(rule, Failure)
    failures = []
    for key, items in (("remove", rule.examples_remove), ("keep", rule.examples_keep)):
        for k, example in enumerate(items):
            case = f"{key}[{k}]"
            text = example["text"] if isinstance(example, dict) else example
            result = run_alone(rule, text)
            mine = [e for e in result.edits if e.rule == rule.id]
            if isinstance(example, dict):
                if "output" in example and result.text != _normal(example["output"]):
                    failures.append(Failure(rule.id, rule.file, case, "output differs", text,
                                            _normal(example["output"]), result.text))
                for field, want in (example.get("metadata") or {}).items():
                    got = result.metadata.get(field)
                    if str(got) != str(want):
                        failures.append(Failure(rule.id, rule.file, case, f"metadata {field} differs", text,
                                                str(want), str(got)))
                if key == "remove" and not mine and not (example.get("metadata")):
                    failures.append(Failure(rule.id, rule.file, case, "the rule made no edit", text))
            elif key == "remove":
                if result.text.strip():
                    failures.append(Failure(rule.id, rule.file, case, "not removed completely", text, "", result.text))
            elif mine:
                failures.append(Failure(rule.id, rule.file, case, "must be kept but the rule removed "
                                        + ", ".join(repr(result.original[e.start:e.end][:60]) for e in mine), text))
    return failures


STEP_FINDERS: dict[str, Callable[[str], list[Edit]]] = {
    "encoding": encoding.find,
    "whitespace": whitespace.find,
    "markdown": markdown.find,
    "source": lambda text: source.find(View(text))[0],
    "joins": lambda text: joins.find(View(text)),
    "final": final.find,
}
_STEP_OF = {r.id: name for name, module in (("encoding", encoding), ("whitespace", whitespace), ("markdown", markdown),
                                             ("source", source), ("joins", joins), ("final", final))
            for r in module.RULES}


def load_builtin_examples() -> dict[str, Any]:
    return YAML(typ="safe").load(BUILTIN_EXAMPLES.read_text(encoding="utf-8"))


def check_builtin(rule_id: str, cases: dict[str, Any]) -> list[Failure]:
    finder = STEP_FINDERS[_STEP_OF[rule_id]]
    file = "cleaner/steps/examples.yaml"
    failures = []
    for key in ("change", "keep"):
        for k, example in enumerate(cases.get(key, [])):
            text = example["text"] if isinstance(example, dict) else example
            mine = [e for e in finder(text) if e.rule == rule_id]
            got = apply_edits(text, mine)
            if key == "keep" and mine:
                failures.append(Failure(rule_id, file, f"keep[{k}]", "must be kept unchanged", text, text, got))
            if key == "change" and got != example["output"]:
                failures.append(Failure(rule_id, file, f"change[{k}]", "output differs", text, example["output"], got))
    return failures


def check_all(book: Rulebook, builtin: bool = True) -> tuple[int, list[Failure]]:
    """(number of examples run, failures) for every rule in ``book`` and the built-in steps."""
    count, failures = 0, []
    for rule in book.rules:
        count += len(rule.examples_remove) + len(rule.examples_keep)
        failures.extend(check_rule(rule))
    if builtin:
        for rule_id, cases in load_builtin_examples().items():
            count += len(cases.get("change", [])) + len(cases.get("keep", []))
            failures.extend(check_builtin(rule_id, cases))
    return count, failures
