"""The compiled rulebook, cached: parsing and validating YAML is the slow part of a start.

Loading 2,000 site files through ruamel.yaml and the validator takes seconds; a run over
millions of documents (and every worker of a pool or cluster) should pay that once, not
every time. The cache key is a hash of cleaner's version and every rule file's location
and bytes, so any edit to any file (or another set of files) misses and reloads; the
rulebook is pickled to ``$CLEANER_CACHE_DIR`` (default ``~/.cache/cleaner``), written
atomically. A cache that cannot be read or written is ignored: it only saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable
from pathlib import Path

from ..errors import RuleFileError
from ..io.atomic import write_atomic
from ..version import __version__
from .book import Rulebook, _yaml_files, default_rule_files, load_rulebook


def cache_dir() -> Path:
    if os.environ.get("CLEANER_CACHE_DIR"):
        return Path(os.environ["CLEANER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cleaner"


def rules_key(paths: Iterable[str | Path] = (), *, defaults: bool = True) -> str | None:
    """A hash of every rule file that :func:`load_rulebook` would read; None if a path is missing.
    Raises RuleFileError when the shipped rules are missing."""
    h = hashlib.sha256(f"cleaner {__version__} rulebook pickle 4\n".encode())
    sources = default_rule_files() if defaults else []
    for p in paths:
        p = Path(p)
        if not p.exists():
            return None
        sources.extend(_yaml_files(p))
    for path, root in sources:
        h.update(f"{path.resolve()}\0{root.resolve()}\0".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:32]


def load_rulebook_cached(paths: Iterable[str | Path] = (), *, defaults: bool = True) -> Rulebook:
    """:func:`load_rulebook`, from the cache when no rule file changed since it was filled."""
    paths = list(paths)
    key = rules_key(paths, defaults=defaults)
    if key is None:  # let the loader say which path is missing
        return load_rulebook(paths, defaults=defaults)
    target = cache_dir() / f"rulebook-{key}.pickle"
    try:
        with target.open("rb") as f:
            book = pickle.load(f)
        if isinstance(book, Rulebook):
            return book
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    book = load_rulebook(paths, defaults=defaults)  # RuleFileError propagates: nothing is cached
    try:
        write_atomic(target, pickle.dumps(book, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
    except OSError:
        pass
    return book


__all__ = ["load_rulebook_cached", "rules_key", "cache_dir", "RuleFileError"]
