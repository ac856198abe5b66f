"""Running every rule's own examples: what it must remove and what it must keep.

A ``remove`` example given as a string must disappear completely when the rule runs on
it alone; a ``keep`` string must come through without an edit from the rule. Either list
may hold a mapping ``{text, output, metadata}`` for cases that leave something behind
(a header above a body) or capture metadata. Examples run through the same pipeline as
documents (whitespace, markdown, the rule alone, final whitespace), so they show what a
user of the rule will see. Built-in steps keep their examples in ``steps/examples.yaml``.

HTML rules take HTML snippets: a prune rule's are checked against what it selects
(:func:`cleaner.html.check_prune_rule`); a body rule's ``{text, output}`` and a field
rule's ``{text, metadata}`` are cleaned as a page of the rule's site, the rule alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ..document import Document
from ..edits import apply_edits
from ..pipeline import Cleaner, Options
from ..rules.book import Rulebook
from ..rules.model import BodyRule, FieldRule, PruneRule, Rule, RuleFile
from ..steps import Step, steps

BUILTIN_EXAMPLES = Path(__file__).parent.parent / "steps" / "examples.yaml"


@dataclass(slots=True)
class Failure:
    rule: str
    file: str
    case: str  # e.g. "remove[0]"
    message: str
    text: str
    expected: str | None = None
    got: str | None = None
    line: int | None = None  # the example's line in the file (None: a rule made in code)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        lines = [f"{where}: rule '{self.rule}' example {self.case}: {self.message}", f"  text:     {self.text!r}"]
        if self.expected is not None:
            lines.append(f"  expected: {self.expected!r}")
        if self.got is not None:
            lines.append(f"  got:      {self.got!r}")
        return "\n".join(lines)


def _normal(text: str) -> str:
    text = text.strip()
    return text + "\n" if text else ""


def run_alone(rule: Rule, text: str, page_type: str | None = None):
    """The pipeline with ``rule`` as its only rule (as if generic: site scoping is skipped;
    a body or field rule reads ``text`` as an HTML page of its site). ``page_type``: the
    page's type as the judge would find it (an example's ``page_type``), for the rule's
    ``except_page_types``; the judge itself does not run."""
    options = Options(join_paragraphs=False, detect_language=False, judge=False)
    if isinstance(rule, (BodyRule, FieldRule)) and rule.site:
        book = Rulebook([RuleFile(rule.file, rule.file, (rule.site,), [], [rule], "")])
        return Cleaner(book, options).clean_html(_page(text), url=f"https://{rule.site}/")
    book = Rulebook([RuleFile(rule.file, rule.file, (), [], [rule], "")])
    language = rule.languages[0] if rule.languages else None
    if page_type is None:
        return Cleaner(book, options).clean(text, language=language)
    from ..judge import detect_form

    doc = Document(text, form=detect_form(text), options=options, rulebook=book, language=language)
    doc.page_type = page_type
    return Cleaner(book, options).run(doc)


def _page(snippet: str) -> str:
    return snippet if "<html" in snippet.lower() else f"<html><body>{snippet}</body></html>"


def _reads_field(rule: FieldRule, text: str) -> bool:
    """Whether the field rule itself reads a value from the page (not only its head)."""
    from ..html import parse
    from ..html.body import read_fields

    return rule.field in read_fields(parse(_page(text)), [rule])


def check_rule(rule: Rule) -> list[Failure]:
    """Every way in which the rule's examples do not hold, each with the example's line."""
    failures = _check_rule(rule)
    for f in failures:
        f.line = _example_line(rule, f.case)
    return failures


def _example_line(rule: Rule, case: str) -> int | None:
    """The line in the rule's file of the example ``case`` names (``remove[0]``), if known."""
    key, _, index = case.rstrip("]").partition("[")
    lines = dict(zip(("remove", "keep"), rule.example_lines, strict=True)).get(key, ())
    return lines[int(index)] if index.isdigit() and int(index) < len(lines) else None


def _check_rule(rule: Rule) -> list[Failure]:
    if isinstance(rule, PruneRule):
        from ..html import check_prune_rule  # HTML snippets, not text: lxml, loaded only here

        return [Failure(rule.id, rule.file, case, message, text) for case, message, text in check_prune_rule(rule)]
    failures = []
    for key, items in (("remove", rule.examples_remove), ("keep", rule.examples_keep)):
        for k, example in enumerate(items):
            case = f"{key}[{k}]"
            text = example["text"] if isinstance(example, dict) else example
            result = run_alone(rule, text, example.get("page_type") if isinstance(example, dict) else None)
            mine = [e for e in result.edits if e.rule == rule.id]
            if isinstance(example, dict):
                if "output" in example and result.text != _normal(example["output"]):
                    failures.append(
                        Failure(
                            rule.id, rule.file, case, "output differs", text, _normal(example["output"]), result.text
                        )
                    )
                for field, want in (example.get("metadata") or {}).items():
                    got = result.metadata.get(field)
                    if str(got) != str(want):
                        failures.append(
                            Failure(rule.id, rule.file, case, f"metadata {field} differs", text, str(want), str(got))
                        )
                if key == "remove" and not mine and not (example.get("metadata")):
                    failures.append(Failure(rule.id, rule.file, case, "the rule made no edit", text))
                if isinstance(rule, FieldRule) and not _reads_field(rule, text):
                    failures.append(Failure(rule.id, rule.file, case, f"the rule read no {rule.field}", text))
            elif key == "remove":
                if result.text.strip():
                    failures.append(Failure(rule.id, rule.file, case, "not removed completely", text, "", result.text))
            if key == "keep" and mine and not (isinstance(example, dict) and "output" in example):
                failures.append(
                    Failure(
                        rule.id,
                        rule.file,
                        case,
                        "must be kept but the rule removed "
                        + ", ".join(repr(result.original[e.start : e.end][:60]) for e in mine),
                        text,
                    )
                )
    return failures


def _step_of(rule_id: str) -> Step:
    for step in steps():
        if any(r.id == rule_id for r in step.rules):
            return step
    raise KeyError(f"no built-in step has the rule {rule_id!r}")


def _document(text: str, form: str | None) -> Document:
    """A document for one example, as the step alone sees it (no other step has run)."""
    options = Options(detect_language=False)
    if form == "html":
        from ..html import read_page

        page = read_page(text, timeout=None)
        return Document(page.text, form="html", options=options, rulebook=Rulebook([]), page=page)
    return Document(text, form=form or "text", options=options, rulebook=Rulebook([]))


def load_builtin_examples() -> dict[str, Any]:
    return YAML(typ="safe").load(BUILTIN_EXAMPLES.read_text(encoding="utf-8"))


def check_builtin(rule_id: str, cases: dict[str, Any]) -> list[Failure]:
    """Run one built-in rule's examples through its step alone. An example may name the
    ``form`` of its text (``html``, ``markdown``, ``text``); an HTML example's output is the
    page's visible text with the step's edits applied."""
    step = _step_of(rule_id)
    file = "cleaner/steps/examples.yaml"
    failures = []
    for key in ("change", "keep"):
        for k, example in enumerate(cases.get(key, [])):
            text = example["text"] if isinstance(example, dict) else example
            doc = _document(text, example.get("form") if isinstance(example, dict) else None)
            mine = [e for e in step.find(doc) if e.rule == rule_id]
            got = apply_edits(doc.original, mine)
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
