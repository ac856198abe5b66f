"""The judge on small pages of every type: what must stay, what must go, under which rule.

The pages and their expectations are data (``fixtures/judge/pages.yaml``; the pages were
written for these tests). Each page runs once through the whole pipeline with the shipped
rules and models, as ``cleaner clean`` runs it; every ``keep``/``drop`` snippet is one test
(``pytest -k forum-thread`` runs one page). A check marked ``expect: fail`` is a strict
xfail carrying its reason: a known mistake of the judge, so that a fix shows up as a test
that starts passing (ftfy's known-failure lane). Every page also has to keep the log's
promises: the edits give the output from the input and the input back from the output,
and each of the judge's removals names its rule and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest
from ruamel.yaml import YAML

from cleaner import Cleaner, apply_edits, restore
from cleaner.judge import MODELS_DIR
from cleaner.rules.model import CATEGORIES
from cleaner.steps import builtin_rules, step

from conftest import FIXTURES

HERE = FIXTURES / "judge"
PAGES: dict[str, dict] = YAML(typ="safe").load((HERE / "pages.yaml").read_text(encoding="utf-8"))["pages"]
PAGE_TYPES = ("article", "forum", "listing", "collection", "product", "documentation", "service")
JUDGE_RULES = {rule.id: rule for rule in step("judge").rules}

# Between two words of a snippet: whitespace, and in markdown or text the marks a link, a
# list item, a heading, emphasis or a table cell put there ("[Home](/)\n  * [Local](/local)").
_GAP = r"(?:\s|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|[\[\]*#>|_`])+"


@dataclass(frozen=True)
class Check:
    page: str
    kind: str  # keep or drop
    text: str
    rule: str | None = None
    exact: bool = False
    expect: str = "pass"
    reason: str | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        body = re.escape(self.text) if self.exact else _GAP.join(map(re.escape, self.text.split()))
        # whole words only: "Top" must not be found in "Stop"
        return re.compile(
            ("(?<!\\w)" if self.text[:1].isalnum() else "") + body + ("(?!\\w)" if self.text[-1:].isalnum() else "")
        )


def _checks() -> list[Check]:
    checks = []
    for name, page in PAGES.items():
        for kind in ("keep", "drop"):
            for item in page.get(kind) or []:
                fields = item if isinstance(item, dict) else {"text": item}
                checks.append(
                    Check(
                        name,
                        kind,
                        fields["text"],
                        fields.get("rule"),
                        fields.get("exact", False),
                        fields.get("expect", page.get("expect", "pass")),
                        fields.get("reason", page.get("reason")),
                    )
                )
    return checks


CHECKS = _checks()


def _param(check: Check, index: int):
    # only a failed check counts as the known failure, not an error in the test or the pipeline
    marks = (
        [pytest.mark.xfail(strict=True, raises=AssertionError, reason=check.reason)] if check.expect == "fail" else []
    )
    return pytest.param(check, id=f"{check.page}-{check.kind}{index}", marks=marks)


def _indexed() -> list:
    seen: dict[tuple[str, str], int] = {}
    params = []
    for check in CHECKS:
        key = (check.page, check.kind)
        params.append(_param(check, seen.setdefault(key, 0)))
        seen[key] += 1
    return params


@cache
def _cleaner() -> Cleaner:
    return Cleaner()


def _source(name: str) -> str:
    return (HERE / PAGES[name]["file"]).read_text(encoding="utf-8")


@cache
def cleaned(name: str):
    """The page through the whole pipeline (its form found as ``cleaner clean`` finds it)."""
    page = PAGES[name]
    if page["form"] != "html" and not (MODELS_DIR / f"{page['form']}.npz").exists():
        pytest.skip(f"the judge's {page['form']} model is not in {MODELS_DIR} yet")
    text = _source(name)
    if page["form"] == "html":
        return _cleaner().clean_html(text, url=page.get("url"))
    return _cleaner().clean(text, url=page.get("url"))


@cache
def _input(name: str) -> str:
    """The page's input as the log has it: an HTML page's visible text, else the file."""
    if PAGES[name]["form"] != "html":
        return _source(name)
    from cleaner.html import read_page

    return read_page(_source(name), PAGES[name].get("url"), timeout=None).text


def _removers(result, pattern: re.Pattern[str]) -> dict[str, str]:
    """Rule -> one reason, of every edit that removed a visible character of a match of
    ``pattern`` in the input."""
    found = {}
    for m in pattern.finditer(result.original):
        for e in result.edits:
            lo, hi = max(e.start, m.start()), min(e.end, m.end())
            if lo < hi and result.original[lo:hi].strip():
                found.setdefault(e.rule, e.reason)
    return found


@pytest.mark.parametrize("check", _indexed())
def test_page_expectation(check: Check):
    result = cleaned(check.page)
    pattern = check.pattern
    if check.kind == "keep":
        assert pattern.search(result.text), f"{check.text!r} was removed by " + "; ".join(
            f"{r}: {why}" for r, why in _removers(result, pattern).items()
        )
        return
    assert not pattern.search(result.text), f"{check.text!r} is still in the output"
    if check.rule:
        removers = _removers(result, pattern)
        assert set(removers) == {check.rule}, f"{check.text!r} removed by {removers}"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_keeps_the_logs_promises(name: str):
    result = cleaned(name)
    page = PAGES[name]
    assert result.form == page["form"]
    assert not result.flagged, result.warnings
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start : e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == result.original
    assert {e.category for e in result.edits} <= set(CATEGORIES) | {r.category for r in builtin_rules()}
    judged = [e for e in result.edits if e.rule in JUDGE_RULES]
    assert judged or not page.get("drop"), "the judge took none of the page's furniture"
    for e in judged:
        # "article text 0.31 ...", or the headline that repeats the title "(article text 0.89)"
        assert e.reason.startswith(f"judge ({page['form']}): ") and "article text " in e.reason, e.reason
        assert e.category in CATEGORIES and e.category == JUDGE_RULES[e.rule].category
        assert e.action == "remove" and e.replacement == ""
        assert e.file == "cleaner/judge"


# ----------------------------------------------------------------------------- the fixture


def test_every_page_type_has_pages_in_every_form():
    assert {p["type"] for p in PAGES.values()} == set(PAGE_TYPES)
    assert {p["type"] for p in PAGES.values() if p["form"] == "html" and p.get("drop")} == set(PAGE_TYPES)
    assert {p["form"] for p in PAGES.values()} == {"html", "markdown", "text"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_snippets_are_in_the_page(name: str):
    """A snippet that is not in the page would pass its drop check whatever the judge does."""
    page = PAGES[name]
    assert set(page) <= {"type", "form", "file", "url", "keep", "drop", "expect", "reason"}, sorted(page)
    assert page["type"] in PAGE_TYPES and page["form"] in ("html", "markdown", "text")
    for kind in ("keep", "drop"):
        for item in page.get(kind) or []:
            # an unquoted comma in a flow mapping ({text: a, b, rule: x}) makes "b" a key
            assert isinstance(item, str) or set(item) <= {"text", "rule", "exact", "expect", "reason"}, item
    text = _input(name)
    known_rules = set(JUDGE_RULES) | {r.id for r in _cleaner().rulebook.rules}
    for check in (c for c in CHECKS if c.page == name):
        found = len(check.pattern.findall(text))
        assert found == 1 if check.kind == "keep" else found >= 1, (check.text, found)
        assert check.expect in ("pass", "fail")
        assert check.expect == "pass" or (check.reason or "").strip(), f"{check.text!r}: a known failure says why"
        assert check.rule is None or check.rule in known_rules, check.rule
        assert check.kind == "drop" or check.rule is None, "a kept snippet has no rule"


def test_snippet_patterns_skip_markup_but_not_words():
    words = Check("x", "drop", "Home Local Business").pattern
    assert words.search("  * [Home](/)\n  * [Local](/local)\n  * [Business](/business)")
    assert words.search("Home\n\nLocal\n\nBusiness")
    assert not words.search("Home Locals Business") and not words.search("Home, Local Business")
    assert not Check("x", "drop", "Top").pattern.search("Stop")
    code = Check("x", "keep", "def f():\n    return 1", exact=True).pattern
    assert code.search("def f():\n    return 1") and not code.search("def f():\nreturn 1")
