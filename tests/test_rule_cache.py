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


SITE_FILE = """\
scope: {sites: [harbour.example]}
rules:
  - id: harbour.example/menu
    kind: lines
    category: navigation
    description: the top menu
    min_run: 2
    lines: [Home, Ferries, Weather]
    examples: {remove: ["Home\\nFerries"], keep: [Home]}
  - id: harbour.example/footer
    kind: lines
    category: footer
    description: the footer links
    ignore_case: true
    lines: [about us, contact]
    examples: {remove: [Contact], keep: [contact form]}
  - id: harbour.example/story
    kind: body
    category: boilerplate
    description: the article is div#story
    css: div#story
    examples:
      remove:
        - text: '<nav><a href="/">Home</a></nav><div id="story"><p>The article.</p></div>'
          output: The article.
  - id: harbour.example/title
    kind: field
    field: title
    category: metadata
    description: the headline
    xpath: //h1[@class='headline']
    examples:
      keep:
        - {text: '<h1 class="headline">Storm closes bridge</h1><p>Text.</p>', metadata: {title: Storm closes bridge}}
"""


def test_rule_files_of_every_kind_are_cached(tmp_path, monkeypatch):
    # A site file of lists, a body and a field rule (what `rules learn` and `import-ftr`
    # write) is cached like any other: before, such a rulebook could not be written as data
    # and every start read the YAML again.
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "harbour.example.yaml").write_text(SITE_FILE, encoding="utf-8")
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    fresh = load_rulebook([rules])
    cache.load_rulebook_cached([rules])  # fills
    assert [p.suffix for p in folder.iterdir()] == [".json"]
    cached = cache.load_rulebook_cached([rules])  # reads
    assert cached.digest == fresh.digest
    assert cache.encode(cached.files) == cache.encode(fresh.files)
    menu, footer = (r for r in cached.rules if r.id in ("harbour.example/menu", "harbour.example/footer"))
    assert menu.group is not None and menu.group is footer.group  # grouped again, as the rule files are
    text = "Home\nFerries\nWeather\n\nThe ferry runs again from Monday.\n\nContact\n"
    url = "https://harbour.example/news/ferry"
    a, b = Cleaner(fresh).clean(text, url=url), Cleaner(cached).clean(text, url=url)
    assert (a.text, a.edits) == (b.text, b.edits)
    assert a.text == "The ferry runs again from Monday.\n"
    page = '<html><body><h1 class="headline">Ferry</h1><div id="story"><p>It runs again.</p></div></body></html>'
    ha, hb = Cleaner(fresh).clean_html(page, url=url), Cleaner(cached).clean_html(page, url=url)
    assert (ha.text, ha.edits, ha.metadata) == (hb.text, hb.edits, hb.metadata)
    assert ha.text == "It runs again.\n" and ha.metadata["title"] == "Ferry"
