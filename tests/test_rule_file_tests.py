"""Rule files under test: ``tests: [{input, expected}]`` run by ``cleaner rules test``."""

from __future__ import annotations

from typer.testing import CliRunner

from cleaner.cli import app

RULES = """scope: {sites: [example.org]}
tests:
  - {input: docs/a.txt, expected: docs/a.clean.txt}
rules:
  - id: example.org/newsletter
    kind: block
    category: newsletter
    description: The newsletter box.
    pattern: '^From the Example desk'
    examples:
      remove: ['From the Example desk, Sunday edition']
      keep: ['The newsletter was read by many.']
"""

DOC = (
    "The council voted on Tuesday to close the old library after a long debate.\n\n"
    "From the Example desk, Sunday edition\n\n"
    "Residents plan to appeal the decision next month.\n"
)
CLEAN = (
    "The council voted on Tuesday to close the old library after a long debate.\n\n"
    "Residents plan to appeal the decision next month.\n"
)


def _setup(tmp_path, expected=CLEAN, rules=RULES):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(DOC, encoding="utf-8")
    (tmp_path / "docs" / "a.clean.txt").write_text(expected, encoding="utf-8")
    path = tmp_path / "example.org.yaml"
    path.write_text(rules, encoding="utf-8")
    return path


def test_document_tests_pass(tmp_path):
    r = CliRunner().invoke(app, ["rules", "test", str(_setup(tmp_path))])
    assert r.exit_code == 0, r.output
    assert "1 document tests, 0 failed" in r.stdout


def test_a_failing_document_test_shows_a_unified_diff(tmp_path):
    wrong = CLEAN.replace("next month", "next week")
    r = CliRunner().invoke(app, ["rules", "test", str(_setup(tmp_path, expected=wrong))])
    assert r.exit_code == 1
    assert "example.org.yaml:3: test " in r.stdout and "output differs from the expected file" in r.stdout
    assert "-Residents plan to appeal the decision next week.\n" in r.stdout
    assert "+Residents plan to appeal the decision next month.\n" in r.stdout
    assert "1 document tests, 1 failed" in r.stdout


def test_the_rule_file_decides_the_site_and_the_shipped_rules_join(tmp_path):
    """Without the file's rules the newsletter stays: the test really runs them."""
    rules = RULES.replace("example.org/newsletter", "example.org/newsletter-x").replace(
        "sites: [example.org]", "sites: [other.org]"
    )
    r = CliRunner().invoke(
        app,
        [
            "rules",
            "test",
            str(
                _setup(
                    tmp_path,
                    rules=rules.replace("docs/a.clean.txt}", "docs/a.clean.txt, url: 'https://example.org/x'}"),
                )
            ),
        ],
    )
    assert r.exit_code == 1 and "+From the Example desk, Sunday edition" in r.stdout


def test_bad_tests_entries_stop_the_run_with_a_located_message(tmp_path):
    path = _setup(
        tmp_path,
        rules=RULES.replace("docs/a.clean.txt", "docs/missing.txt").replace(
            "tests:\n", "tests:\n  - {input: docs/a.txt, expected: docs/a.clean.txt, default_rules: maybe}\n"
        ),
    )
    r = CliRunner().invoke(app, ["rules", "test", str(path)])
    assert r.exit_code == 2
    assert "field 'tests[1].expected': no such file" in r.stderr
    assert "field 'tests[0].default_rules': must be true or false" in r.stderr


def test_shipped_site_file_keeps_its_seed_documents_under_test():
    r = CliRunner().invoke(app, ["rules", "test"])
    assert r.exit_code == 0, r.output
    assert "2 document tests, 0 failed" in r.stdout


def test_shipped_rules_whose_test_documents_are_not_installed_still_load(tmp_path, monkeypatch):
    """A wheel carries rules/ but not fixtures/: cleaning works, 'rules test' says what it skipped."""
    import shutil

    from cleaner import load_rulebook
    from cleaner.rules import book

    from conftest import ROOT

    shutil.copytree(ROOT / "rules", tmp_path / "site-packages" / "default_rules")
    monkeypatch.setattr(book, "DEFAULT_RULES_DIR", (tmp_path / "site-packages" / "default_rules").resolve())
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    assert [f.name for f in load_rulebook().files if f.tests] == ["rules/sites/internationalviewpoint.org.yaml"]
    r = CliRunner().invoke(app, ["rules", "test"])
    assert r.exit_code == 0, r.output
    assert "2 document tests of the shipped rules skipped" in r.stdout and "0 document tests" not in r.stdout
