"""Generators of random documents and random rule files, for fuzzing the invariants.

A test helper, not part of the package: used by the hypothesis suite (tests/test_fuzz.py)
and by ``benchmarks/fuzz.py``, which runs many seeded cases and reports how many ran. The
invariants checked on every case:
no crash (a bad rule file is a RuleFileError, nothing else), edits sorted and disjoint,
output = input with the edits applied, restore(output, edits) = input.
"""

from __future__ import annotations

import json
import random

from cleaner.edits import apply_edits, check_edits, restore
from cleaner.errors import RuleFileError
from cleaner.pipeline import Cleaner, Options
from cleaner.rules.book import Rulebook
from cleaner.rules.validate import parse_rule_file

WORDS = [
    "Copyright",
    "©",
    "2020",
    "Comments",
    "PS:",
    "donate",
    "Advertisement",
    "Photo:",
    "REUTERS",
    "via",
    "the",
    "Belarus",
    "Putin",
    "said",
    "on",
    "Thursday",
    "—",
    "01:22",
    ".",
    "---",
    "*",
    "**",
    "_",
    "[link](http://x.org/a)",
    "![img](a.png)",
    "<https://example.org/a>",
    "\\$",
    "#",
    ">",
    "\u00a0",
    "\t",
    "é",
    "Ã©",
    "’",
    "\r\n",
    "\n",
    "\n\n",
    "Leave a Reply",
    "All rights reserved",
    "Read more",
    "Share",
    "Subscribe",
]
ATOMS = [
    "Copyright",
    "©",
    r"\d+",
    r"\d{1,2}:\d{2}",
    "[A-Z][a-z]+",
    r"\w+",
    r"\s",
    "(?:Comments|Reply)",
    "PS:?",
    r"\bthe\b",
    "(?i:share)",
    "[^\n]{1,40}",
    r"\.",
    "Reuters|AP",
    "x",
    "(a|aa)",
    "donat(?:e|ing)",
]
KINDS = ["line", "block", "range", "anchor", "header"]
CATS = ["junk", "navigation", "copyright", "comments", "caption", "metadata", "ad"]


def random_text(rng: random.Random, size: int = 40) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(["", " ", " ", "\n", "\n\n"]) for _ in range(rng.randint(0, size)))


def random_pattern(rng: random.Random) -> str:
    parts = [rng.choice(ATOMS) for _ in range(rng.randint(1, 3))]
    pattern = "".join(p + rng.choice(["", "", "?", "+", "*", " "]) for p in parts)
    if rng.random() < 0.3:
        pattern = "^" + pattern
    if rng.random() < 0.3:
        pattern += "$"
    return pattern


def random_rule_file(rng: random.Random, n_rules: int = 3) -> str:
    """A rule file in the real format: mostly valid, sometimes not (bad keys, types, patterns)."""
    rules = []
    for k in range(n_rules):
        kind = rng.choice(KINDS)
        rule = {
            "id": f"fuzz-{k}",
            "kind": kind,
            "category": rng.choice(CATS),
            "description": "fuzz",
            "examples": {"remove": ["x"], "keep": []},
        }
        if kind in ("line", "block", "anchor"):
            rule["pattern"] = random_pattern(rng)
        if kind == "range":
            rule["start"] = random_pattern(rng)
            if rng.random() < 0.5:
                rule["end"] = random_pattern(rng)
        if kind == "anchor":
            for side in ("before", "after"):
                if rng.random() < 0.5:
                    rule[side] = {"blocks": rng.choice([1, 2, "all"]), "max_length": rng.choice([20, 200, 2000])}
        if kind == "header":
            rule["steps"] = [
                {
                    "pattern": f"(?P<{rng.choice(['title', 'date', 'author'])}>{random_pattern(rng)})",
                    "optional": rng.random() < 0.5,
                }
                for _ in range(rng.randint(1, 3))
            ]
        if kind == "line" and rng.random() < 0.3:
            rule["remove"] = rng.choice(["line", "block", "match"])
        if rng.random() < 0.3:
            rule["max_length"] = rng.choice([10, 100, 1000, -1, "long"])
        if rng.random() < 0.2:
            rule["position"] = rng.choice([{"first": 2}, {"last": 1}, {"min_offset": 0.5}, {"min_offset": 2}])
        if rng.random() < 0.05:
            rule["colour"] = "red"
        rules.append(rule)
    # JSON is YAML 1.2: a valid rule file whose strings need no YAML quoting rules.
    return json.dumps({"scope": "generic", "rules": rules})


def check_case(cleaner: Cleaner, text: str) -> None:
    """Clean ``text`` and assert every invariant; raises AssertionError if one breaks."""
    result = cleaner.clean(text)
    check_edits(result.edits, len(result.original))
    assert apply_edits(result.original, result.edits) == result.text
    removed = [result.original[e.start : e.end] for e in result.edits]
    assert restore(result.text, result.edits, removed) == text
    assert result.text == "" or result.text.endswith("\n")


def cleaner_for(rule_file_text: str) -> Cleaner | None:
    """A cleaner with only this rule file, or None if the file is (rightly) refused."""
    try:
        rf = parse_rule_file(rule_file_text, "fuzz.yaml")
    except RuleFileError:
        return None
    return Cleaner(Rulebook([rf]), Options(regex_timeout=0.05, detect_language=False))
