"""The rulebook: which rule files are loaded, in what order, and which rules a document gets.

:func:`load_rulebook` finds the shipped rule files (the package ``cleaner.default_rules``)
and the files and folders given, loads each (:func:`load_rule_file`, validated by
:mod:`cleaner.rules.validate`), refuses duplicate ids across files, and reports every
problem of every file at once. A :class:`Rulebook` keeps the files in load order, the
generic rules in order and the site files by domain, and hands each document its rules.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from ..errors import RuleFileError
from ..version import __version__
from .filegroups import group_file
from .linegroup import group_lines
from .model import HTML_KINDS, BodyRule, FieldRule, PruneRule, Rule, RuleFile
from .validate import parse_rule_file

if TYPE_CHECKING:
    from .prefilter import TextScreen


def _shipped_rules_dir() -> Path | None:
    """Where the shipped rule files are: the package ``cleaner.default_rules``, which is the
    repository's ``rules/`` folder mapped into the package (pyproject.toml), so a checkout, an
    editable install and a wheel all find it the same way. None if it is not installed."""
    spec = importlib.util.find_spec("cleaner.default_rules")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]).resolve()


DEFAULT_RULES_DIR = _shipped_rules_dir()


@dataclass(slots=True)
class Rulebook:
    """All loaded rule files: generic rules in order, site files indexed by domain."""

    files: list[RuleFile]
    generic: list[Rule] = field(default_factory=list)
    by_domain: dict[str, list[RuleFile]] = field(default_factory=dict)
    marker_files: list[RuleFile] = field(default_factory=list)
    digest: str = ""
    marker_index: Any = field(default=None, repr=False, compare=False)  # built on first use
    screen_set: Any = field(default=None, repr=False, compare=False)  # built on first use

    def __post_init__(self) -> None:
        h = hashlib.sha256(f"cleaner {__version__}\n".encode())
        for f in self.files:
            h.update(f"{f.name}\n{f.digest}\n".encode())
            if f.generic:
                self.generic.extend(f.rules)
            else:
                group_lines(f.rules)  # a site's whole-line templates: one walk of the lines for all
                group_file(f.rules)  # its anchors and lists: one screen of the blocks, one of the lines
                for site in f.sites:
                    self.by_domain.setdefault(site, []).append(f)
                if f.markers:
                    self.marker_files.append(f)
        self.digest = h.hexdigest()[:16]

    @property
    def rules(self) -> list[Rule]:
        return [r for f in self.files for r in f.rules]

    def marker_candidates(self, text: str) -> list[RuleFile]:
        """Site files whose markers may match ``text`` (one RE2 scan for all), in file order."""
        if self.marker_index is None:
            from .prefilter import MarkerIndex

            self.marker_index = MarkerIndex(self.marker_files)
        return self.marker_index.candidates(text)

    def screens(self) -> TextScreen:
        """The whole-text screens of the generic rules in one RE2 set (built on first use):
        the rules every document gets, screened with one scan of it."""
        if self.screen_set is None:
            from .prefilter import TextScreen

            self.screen_set = TextScreen([p for p in (r.screen_pattern for r in self.generic) if p is not None])
        return self.screen_set

    def site_files(self, domain: str | None) -> list[RuleFile]:
        """Files for ``domain`` or any parent domain (news.example.org uses example.org's)."""
        if not domain:
            return []
        parts = domain.split(".")
        found: list[RuleFile] = []
        for k in range(len(parts) - 1):
            for f in self.by_domain.get(".".join(parts[k:]), ()):
                if f not in found:
                    found.append(f)
        return found

    def rules_for(self, site_files: Iterable[RuleFile]) -> list[Rule]:
        """The rules for one document in run order: site rules, then generic; headers last.

        Header rules walk over the blocks other rules have taken (a copyright line inside
        the header zone), so they run after all the others.
        """
        rules = [r for f in site_files for r in f.rules if r.kind not in HTML_KINDS]
        rules += [r for r in self.generic if r.kind not in HTML_KINDS]
        return [r for r in rules if r.kind != "header"] + [r for r in rules if r.kind == "header"]

    def prune_rules_for(self, site_files: Iterable[RuleFile]) -> list[PruneRule]:
        """The HTML prune rules for one page: the site's, then the generic ones."""
        rules = [r for f in site_files for r in f.rules] + self.generic
        return [r for r in rules if isinstance(r, PruneRule)]

    def body_rules_for(self, site_files: Iterable[RuleFile]) -> list[BodyRule]:
        """The site's body rules for one page, in file order: alternatives, the first that
        selects text wins (generic files hold none: the validator refuses them there)."""
        return [r for f in site_files for r in f.rules if isinstance(r, BodyRule)]

    def field_rules_for(self, site_files: Iterable[RuleFile]) -> list[FieldRule]:
        """The site's field rules for one page, in file order (for one field, the first
        that finds a value wins)."""
        return [r for f in site_files for r in f.rules if isinstance(r, FieldRule)]


def load_rulebook(paths: Iterable[str | Path] = (), *, defaults: bool = True) -> Rulebook:
    """Load the shipped rules (unless ``defaults`` is false) and the given files/folders.

    Raises RuleFileError listing every problem found, in every file, before any run starts.
    """
    sources: list[tuple[Path, Path]] = []
    if defaults:
        sources.extend(default_rule_files())
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise RuleFileError([f"{p}: no such rule file or folder"])
        sources.extend(_yaml_files(p))
    files: list[RuleFile] = []
    problems: list[str] = []
    seen: dict[str, str] = {}  # rule id -> where it was first defined
    loaded: set[Path] = set()
    for path, root in sources:
        if path.resolve() in loaded:  # a file given twice (say rules/ itself with the shipped rules) is one file
            continue
        loaded.add(path.resolve())
        name = _display_name(path, root)
        try:
            f = load_rule_file(path, root, shipped=root.resolve() == DEFAULT_RULES_DIR)
            ids = [(rule.id, rule.line) for rule in f.rules]
            files.append(f)
        except RuleFileError as exc:
            problems.extend(exc.problems)
            ids = exc.ids
        for rid, line in ids:  # also the ids of rules with other problems: all of them in one round
            if rid in seen:
                problems.append(
                    f"{name}:{line}: rule '{rid}': field 'id': duplicate id, already defined in {seen[rid]}"
                )
            else:
                seen[rid] = f"{name}:{line}"
    if problems:
        raise RuleFileError(problems)
    return Rulebook(files)


def shipped_rulebook() -> Rulebook:
    """The shipped rules alone, read once per process: what ``Cleaner()`` and ``clean_text``
    use when given no rulebook. Reading and validating the YAML takes far longer than
    cleaning a page (about 180 ms against 20), and cleaning does not change a rulebook, so
    one serves every call. It is read again only if the shipped rules' folder is another
    (a test that points it elsewhere); an edit to the files themselves is seen by the next
    process, or by :func:`load_rulebook`, which always reads them."""
    return _shipped_at(DEFAULT_RULES_DIR)


@cache
def _shipped_at(where: Path | None) -> Rulebook:
    return load_rulebook()


def default_rule_files() -> list[tuple[Path, Path]]:
    """The shipped rule files as (file, root) pairs. Missing or empty, they are an error:
    cleaning with no rules would leave every copyright line in place and say nothing."""
    where = DEFAULT_RULES_DIR
    if where is None or not where.is_dir():
        raise RuleFileError(
            [
                f"the shipped rule files are missing ({where or 'no package cleaner.default_rules'}): "
                f"reinstall cleaner, or run with --no-default-rules and your own --rules"
            ]
        )
    found = _yaml_files(where)
    if not found:
        raise RuleFileError(
            [
                f"{where}: the shipped rule folder holds no rule files: reinstall cleaner, or run "
                f"with --no-default-rules and your own --rules"
            ]
        )
    return found


def _yaml_files(path: Path) -> list[tuple[Path, Path]]:
    if path.is_file():
        return [(path, path.parent)]
    found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    # Generic packs before site files only matters for display; run order is decided by Rulebook.
    return [(p, path) for p in found]


def dump_rule_file(doc: CommentedMap) -> str:
    """A rule file written for people to review (learned or imported rules): long lines
    kept whole, Unicode as is, block-style indentation matching the shipped files."""
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    yaml.dump(doc, buf)
    return buf.getvalue()


def load_rule_file(path: Path, root: Path | None = None, *, shipped: bool = False) -> RuleFile:
    raw = path.read_bytes()
    name = _display_name(path, root)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:  # replaced, a byte would silently change what a pattern matches
        line = raw.count(b"\n", 0, exc.start) + 1
        raise RuleFileError(
            [f"{name}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the rule file as UTF-8"]
        ) from None
    return parse_rule_file(text, name, str(path), hashlib.sha256(raw).hexdigest(), shipped=shipped)


def _display_name(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            rel = path.resolve().relative_to(root.resolve())
            # The shipped files are named as in the repository (rules/sites/x.yaml) wherever
            # they are installed, so logs do not depend on the installation.
            return f"rules/{rel.as_posix()}" if root.resolve() == DEFAULT_RULES_DIR else rel.as_posix()
        except ValueError:
            pass
    return path.name
