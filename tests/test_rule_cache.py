"""The rulebook cache is data: a file planted in the cache folder cannot run code.

Before, the cache was a pickle, so anyone who could write to ``$CLEANER_CACHE_DIR`` ran
code in every cleaner start. Now it is JSON of the validated rule files, made back into
the classes of :mod:`cleaner.rules.model` only, patterns compiled again; its key covers
the code of the rules package as well as cleaner's version and the rule files.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.rules import cache
from cleaner.rules.book import load_rulebook

from conftest import FIXTURES


class _Plant:
    """A pickle that, loaded, writes a file: what an attacker would put in the cache."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "code ran"))


def _load_in_a_fresh_process(cache_dir: Path) -> str:
    """The ruleset digest a fresh cleaner process loads, with ``cache_dir`` as its cache."""
    env = {**os.environ, "CLEANER_CACHE_DIR": str(cache_dir)}
    code = "from cleaner.rules.cache import load_rulebook_cached; print(load_rulebook_cached().digest)"
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return res.stdout.strip()


def test_a_pickle_planted_in_the_cache_folder_is_never_loaded(tmp_path):
    folder = tmp_path / "cache"
    digest = _load_in_a_fresh_process(folder)  # fills the cache
    [filled] = folder.iterdir()
    marker = tmp_path / "marker"
    payload = pickle.dumps(_Plant(marker))
    for victim in {filled, *(folder / f"{filled.stem}{suffix}" for suffix in (".pickle", ".json"))}:
        victim.write_bytes(payload)  # the cache file itself, and where a pickle or JSON of it would be
    assert _load_in_a_fresh_process(folder) == digest
    assert not marker.exists()
    json.loads(filled.read_bytes())  # the planted file was read as data, refused, and the cache made again


def test_cache_data_naming_another_class_is_refused():
    bad = {"class": "Popen", "fields": {"args": ["touch", "/tmp/x"]}}
    with pytest.raises(ValueError, match="no class 'Popen'"):
        cache.decode(bad)
    files = json.loads(cache.dump_rulebook(load_rulebook()))["files"]
    files[0]["fields"]["rules"][0]["fields"]["extra"] = 1  # a field the class does not have
    with pytest.raises(ValueError, match="has fields"):
        cache.decode(files)


def test_a_rulebook_from_the_cache_cleans_as_the_yaml_one(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    fresh = load_rulebook()
    cache.load_rulebook_cached()  # fills
    cached = cache.load_rulebook_cached()  # reads
    assert cached.digest == fresh.digest
    assert cache.encode(cached.files) == cache.encode(fresh.files)
    inputs = sorted((FIXTURES / "input").rglob("*.*")) + sorted((FIXTURES / "judge" / "html").glob("*.html"))
    a, b = Cleaner(fresh), Cleaner(cached)
    for path in inputs:
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            ra, rb = a.clean_html(text), b.clean_html(text)
        else:
            ra, rb = a.clean(text), b.clean(text)
        assert (ra.text, ra.edits, ra.metadata) == (rb.text, rb.edits, rb.metadata), path


def test_the_cache_key_covers_the_rules_code(monkeypatch):
    key = cache.rules_key()
    monkeypatch.setattr(cache, "code_key", lambda: "another version of cleaner/rules/*.py")
    assert cache.rules_key() != key
