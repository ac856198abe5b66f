"""Fuzzing: random text, random markdown and random rule files never crash cleaner and never
break the invariants (edits disjoint, output = input + edits, restore gives the input)."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import RuleFileError
from cleaner.rules.validate import parse_rule_file

from fuzzing import check_case, cleaner_for, random_rule_file, random_text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1))
def test_random_rule_files_on_random_documents(seed):
    rng = random.Random(seed)
    cleaner = cleaner_for(random_rule_file(rng))
    if cleaner is None:
        return
    for _ in range(3):
        check_case(cleaner, random_text(rng))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_rule_file_text_is_refused_cleanly_or_loaded(text):
    try:
        parse_rule_file(text, "fuzz.yaml")
    except RuleFileError as exc:
        assert exc.problems and all(p.startswith("fuzz.yaml") for p in exc.problems)
