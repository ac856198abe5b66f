"""The compiled rulebook, cached as data: parsing and validating YAML is the slow part of a start.

Loading 2,000 site files through ruamel.yaml and the validator takes seconds; a run over
millions of documents (and every worker of a pool or cluster) should pay that once, not
every time. The cache holds the validated rule files as JSON (:func:`encode`): every rule
and rule file as its class name and fields, every pattern as its regex and flags,
compiled again on first use (:meth:`~cleaner.rules.patterns.Pattern.compiled_from`). It
is data, not a pickle: whoever can write to the cache folder can change which rules run
(as they could edit a rule file), never run code, as only the classes of
:mod:`cleaner.rules.model` are made from it, with their fields.

The cache key is a hash of cleaner's version, of the source of this package (the code that
validates rules and the classes the cache is made of: a changed class misses, even under
one version number) and of every rule file's location and bytes, so any edit to any file
(or another set of files) misses and reloads. The file goes to ``$CLEANER_CACHE_DIR``
(default ``~/.cache/cleaner``), written atomically. A cache that cannot be read, does not
decode to a rulebook or cannot be written is ignored: it only saves time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path, PurePath
from typing import Any

from ..errors import RuleFileError
from ..io.atomic import write_atomic
from ..version import __version__
from . import model
from .book import Rulebook, _yaml_files, default_rule_files, load_rulebook
from .patterns import Pattern

FORMAT = "rulebook json 1"
# The classes a cache may make, by name: the rule kinds and what they hold.
_CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        model.RuleFile,
        model.Position,
        model.Window,
        model.Step,
        model.LineRule,
        model.LinesRule,
        model.BlockRule,
        model.RangeRule,
        model.AnchorRule,
        model.HeaderRule,
        model.PruneRule,
        model.BodyRule,
        model.FieldRule,
    )
}


def cache_dir() -> Path:
    if os.environ.get("CLEANER_CACHE_DIR"):
        return Path(os.environ["CLEANER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cleaner"


@cache
def code_key() -> str:
    """A hash of this package's source files: the validator and the classes a cache holds."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(f"{path.name}\0".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def rules_key(paths: Iterable[str | Path] = (), *, defaults: bool = True) -> str | None:
    """A hash of cleaner's version, this package's code and every rule file that
    :func:`load_rulebook` would read; None if a path is missing. Raises RuleFileError when
    the shipped rules are missing."""
    h = hashlib.sha256(f"cleaner {__version__} {FORMAT} {code_key()}\n".encode())
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


def _kept(cls: type[Any]) -> list[dataclasses.Field[Any]]:
    """The fields of a rule class the cache keeps: not those the rulebook sets when it is
    made (``metadata={"cached": False}``, such as a rule's group), which take their default."""
    return [f for f in dataclasses.fields(cls) if f.metadata.get("cached", True)]


def encode(value: Any) -> Any:
    """``value`` as JSON data: a rule class as ``{"class": name, "fields": {...}}``, a
    pattern as ``{"pattern": [source, regex, flags, full]}``, a tuple as ``{"tuple": [...]}``,
    a frozenset as ``{"frozenset": [...]}`` (sorted), a dict as ``{"dict": {...}}``, a path as
    ``{"path": str}``. TypeError for anything else."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return str(value)  # a ruamel scalar string is a str with a style
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, frozenset):
        return {"frozenset": [encode(v) for v in sorted(value)]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a dict with keys other than strings")
        return {"dict": {str(k): encode(v) for k, v in value.items()}}
    if isinstance(value, Pattern):
        return {"pattern": [value.source, value.regex_source, value.flags, value.full]}
    if isinstance(value, PurePath):
        return {"path": str(value)}
    if type(value).__name__ in _CLASSES and _CLASSES[type(value).__name__] is type(value):
        fields = {f.name: encode(getattr(value, f.name)) for f in _kept(type(value))}
        return {"class": type(value).__name__, "fields": fields}
    raise TypeError(f"{type(value).__name__} is not kept in the rulebook cache")


def decode(data: Any) -> Any:
    """The value :func:`encode` made ``data`` of; ValueError for data it does not make."""
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise ValueError("not rulebook cache data")
    if "class" in data:
        cls = _CLASSES.get(data["class"])
        fields = data.get("fields")
        if cls is None or not isinstance(fields, dict):
            raise ValueError(f"no class {data['class']!r} in a rulebook")
        names = {f.name for f in _kept(cls)}
        if set(fields) != names:
            raise ValueError(f"{cls.__name__} has fields {sorted(names)}, not {sorted(fields)}")
        obj = object.__new__(cls)
        for name, value in fields.items():
            object.__setattr__(obj, name, decode(value))
        for f in dataclasses.fields(cls):
            if f.name not in names:
                object.__setattr__(obj, f.name, f.default)
        return obj
    ((kind, value),) = data.items()
    if kind == "tuple" and isinstance(value, list):
        return tuple(decode(v) for v in value)
    if kind == "frozenset" and isinstance(value, list):
        return frozenset(decode(v) for v in value)
    if kind == "dict" and isinstance(value, dict):
        return {k: decode(v) for k, v in value.items()}
    if kind == "pattern" and isinstance(value, list) and len(value) == 4:
        source, regex_source, flags, full = value
        if isinstance(source, str) and isinstance(regex_source, str) and isinstance(flags, int):
            return Pattern.compiled_from(source, regex_source, flags, full=bool(full))
    if kind == "path" and isinstance(value, str):
        return Path(value)
    raise ValueError(f"not rulebook cache data: {kind!r}")


def dump_rulebook(book: Rulebook) -> bytes:
    """The cache file of ``book``: its rule files, as JSON (TypeError if something in them is not data)."""
    return json.dumps({"format": FORMAT, "files": encode(book.files)}, separators=(",", ":")).encode("utf-8")


def parse_rulebook(data: bytes) -> Rulebook:
    """The rulebook of a cache file; ValueError (or a regex error) if it is not one."""
    doc = json.loads(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("not a rulebook cache of this format")
    files = decode(doc["files"])
    if not isinstance(files, list) or not all(isinstance(f, model.RuleFile) for f in files):
        raise ValueError("a rulebook cache holds a list of rule files")
    return Rulebook(files)


def load_rulebook_cached(paths: Iterable[str | Path] = (), *, defaults: bool = True) -> Rulebook:
    """:func:`load_rulebook`, from the cache when no rule file changed since it was filled."""
    paths = list(paths)
    key = rules_key(paths, defaults=defaults)
    if key is None:  # let the loader say which path is missing
        return load_rulebook(paths, defaults=defaults)
    target = cache_dir() / f"rulebook-{key}.json"
    try:
        return parse_rulebook(target.read_bytes())
    except Exception:  # missing, damaged or foreign: the rule files are read instead
        pass
    book = load_rulebook(paths, defaults=defaults)  # RuleFileError propagates: nothing is cached
    try:
        write_atomic(target, dump_rulebook(book), durable=False)
    except (OSError, TypeError, ValueError):
        pass
    return book


__all__ = ["load_rulebook_cached", "rules_key", "cache_dir", "RuleFileError"]
