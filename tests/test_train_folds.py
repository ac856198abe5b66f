"""The judge's trainer keeps every site's pages in one out-of-fold fold.

Stage 2 learns from stage-1 scores that each page got from a model not trained on it; if a
sibling page of the same site (same template) was in that model's training data, the score
is one the judge never gets on a new site, and the tune figures out of fold flatter it.
"""

from __future__ import annotations

import argparse
from collections import Counter

import pytest

from conftest import script

train_judge = script("train_judge")


def test_pages_of_one_host_share_a_fold_and_folds_stay_balanced():
    hosts = {f"set/{i:04d}": f"site{i % 7 if i < 70 else i}.example" for i in range(200)}
    fold = train_judge.host_folds(hosts, 4)
    assert set(fold) == set(hosts)
    for host in set(hosts.values()):
        assert len({fold[k] for k, h in hosts.items() if h == host}) == 1, host
    sizes = Counter(fold.values())
    assert max(sizes.values()) - min(sizes.values()) <= 10  # the largest site holds 10 pages
    assert train_judge.host_folds(hosts, 4) == fold  # the same folds every time


@pytest.mark.skipif(not (train_judge.DATA / "wcxb-dev").is_dir(), reason="needs ../shared/bench/data")
def test_a_clean_body_goes_with_its_page_and_a_page_without_url_alone():
    hosts = train_judge.page_hosts(["wcxb-dev/0581", "clean/0581", "scrapinghub/nourl"])
    assert hosts["clean/0581"] == hosts["wcxb-dev/0581"] != "wcxb-dev/0581"
    assert hosts["scrapinghub/nourl"] == "scrapinghub/nourl"


def test_the_default_folds_are_by_page_as_the_shipped_models_were_trained():
    tune = [f"wcxb-dev/{i:04d}" for i in range(10)]
    by_page = train_judge.fold_of(tune, argparse.Namespace(folds=4, folds_by="page"))
    assert by_page == {k: i % 4 for i, k in enumerate(tune)}
    parser_default = next(a.default for a in train_judge.parser()._actions if a.dest == "folds_by")
    assert parser_default == "page"


def test_the_split_over_the_set_checks_on_the_pages_run_py_checks_on():
    every = {"set": [f"{i:04d}" for i in range(40)]}
    data = {f"set/{k}": {} for k in every["set"] if k != "0002"}  # the form did not take one page
    _, run_check = train_judge.split(every["set"])
    tune, check = train_judge.parts(data, every)
    assert check == [f"set/{k}" for k in run_check]
    assert not set(tune) & {f"set/{k}" for k in run_check}
    assert len(tune) + len(check) == len(data)
    # over the kept pages the split shifts after the missing page: run.py's check pages are trained on
    tune_kept, _ = train_judge.parts(data)
    assert set(tune_kept) & {f"set/{k}" for k in run_check}
