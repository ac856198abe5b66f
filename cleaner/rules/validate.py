"""Validating one rule file: YAML 1.2 read as data only, checked, with errors that say where.

Rule files are user input. They are read with ruamel.yaml (YAML 1.2: ``no`` stays a
string, duplicate keys are an error, every node knows its line) and any YAML tag is
refused, so a rule file can never construct objects or run code. Every problem is
reported as ``file:line: rule 'id': field 'name': message``, all of a file's problems at
once; :func:`parse_rule_file` returns the file's typed rules (:mod:`cleaner.rules.model`)
only when there is none. Which files are loaded, and ids unique across files, are the
rulebook's (:mod:`cleaner.rules.book`).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import regex
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from ..errors import RuleFileError
from ..pagetypes import PAGE_TYPES
from .model import (
    CATEGORIES,
    FIELD_NAMES,
    KINDS,
    METADATA_FIELDS,
    AnchorRule,
    BlockRule,
    BodyRule,
    FieldRule,
    HeaderRule,
    LineRule,
    LinesRule,
    Position,
    PruneRule,
    RangeRule,
    Rule,
    RuleFile,
    Step,
    Window,
)
from .patterns import Pattern

_ID = re.compile(r"^[a-z0-9][a-z0-9._:/-]*$")
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")


def parse_rule_file(text: str, name: str, path: str = "", digest: str = "", *, shipped: bool = False) -> RuleFile:
    """One rule file, validated. ``shipped``: one of cleaner's own files, whose ``tests:``
    documents live in the repository's fixtures/ and are not installed with the wheel, so a
    missing one is no problem here (``cleaner rules test`` skips it and says so)."""
    yaml = YAML(typ="rt")
    yaml.Composer = _BoundedComposer
    try:
        doc = yaml.load(io.StringIO(text))
    except MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise RuleFileError([f"{name}:{line}: YAML error: {exc.problem}"]) from None
    except Exception as exc:  # ruamel raises a few unmarked errors too
        raise RuleFileError([f"{name}: YAML error: {exc}"]) from None
    v = _Validator(name)
    v.no_tags(doc, 1)
    if v.problems:  # a file with YAML tags is refused as a whole: nothing in it is read
        raise RuleFileError(v.problems)
    if not isinstance(doc, CommentedMap):
        raise RuleFileError([f"{name}:1: a rule file is a mapping with 'scope' and 'rules'"])
    v.keys(doc, {"scope", "rules", "description", "tests"}, None, required={"scope", "rules"})
    sites, markers = v.scope(doc.get("scope"), _line(doc, "scope"))
    tests = v.tests(doc, Path(path).parent if path else Path("."), need_files=not shipped)
    rules = []
    items = doc.get("rules")
    if not isinstance(items, CommentedSeq):
        v.problem(_line(doc, "rules"), None, "rules", "must be a list of rules")
        items = []
    for k, item in enumerate(items):
        rule = v.rule(item, items.lc.item(k)[0] + 1, name, sites[0] if sites else None)
        if rule is not None:
            rules.append(rule)
    if v.problems:
        raise RuleFileError(v.problems, v.ids)
    return RuleFile(
        path or name, name, tuple(sites), markers, rules, digest or hashlib.sha256(text.encode()).hexdigest(), tests
    )


# An alias repeats the node it names, and nine levels of aliases that each repeat the level
# below nine times make a file of a few lines into 9**9 nodes (a "billion laughs"): loaded,
# it shares them, but every walk over the rules visits each one. A rule file may repeat a
# list of patterns or a condition through aliases; 10,000 nodes in all is far more than that.
MAX_ALIAS_NODES = 10_000


class _BoundedComposer(Composer):
    """ruamel.yaml's composer, which refuses a file whose aliases repeat more than
    :data:`MAX_ALIAS_NODES` nodes in all, or whose alias names a node that holds it."""

    def compose_document(self) -> Any:
        self._repeated = 0
        self._sizes: dict[int, int] = {}
        return super().compose_document()

    def compose_node(self, parent: Any, index: Any) -> Any:
        if not self.parser.check_event(AliasEvent):
            return super().compose_node(parent, index)
        mark = self.parser.peek_event().start_mark
        node = super().compose_node(parent, index)
        self._repeated += _expanded_size(node, self._sizes, mark)
        if self._repeated > MAX_ALIAS_NODES:
            raise ComposerError(
                None, None, f"aliases repeat more than {MAX_ALIAS_NODES:,} nodes; write the rules out", mark
            )
        return node


def _expanded_size(root: Node, sizes: dict[int, int], mark: Any) -> int:
    """How many nodes ``root`` stands for with every alias in it written out (``sizes``:
    the nodes already counted, by id). Iterative: a deep file is no RecursionError."""
    stack: list[tuple[Node, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise ComposerError(None, None, "an alias names a node that holds it (a loop)", mark)
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _line(node: Any, key: Any) -> int:
    try:
        return node.lc.key(key)[0] + 1
    except Exception:
        try:
            return node.lc.line + 1
        except Exception:
            return 0


class _Validator:
    def __init__(self, name: str):
        self.name = name
        self.problems: list[str] = []
        self.ids: list[tuple[str, int]] = []  # (id, line) of each enabled rule with a well-formed id

    def problem(self, line: int, rule: str | None, fld: str | None, msg: str) -> None:
        where = f"{self.name}:{line}:"
        if rule:
            where += f" rule '{rule}':"
        if fld:
            where += f" field '{fld}':"
        self.problems.append(f"{where} {msg}")

    def no_tags(self, node: Any, line: int) -> None:
        tag = getattr(getattr(node, "tag", None), "value", None)
        if isinstance(node, TaggedScalar) or tag:
            self.problem(line, None, None, f"YAML tags ({tag or node.tag}) are not allowed: rule files are data")
            return
        if isinstance(node, CommentedMap):
            for key, value in node.items():
                self.no_tags(value, _line(node, key))
        elif isinstance(node, CommentedSeq):
            for k, value in enumerate(node):
                self.no_tags(value, node.lc.item(k)[0] + 1 if k < len(node) else line)

    def keys(
        self, node: CommentedMap, allowed: set[str], rule: str | None, required: AbstractSet[str] = frozenset()
    ) -> None:
        for key in node:
            if key not in allowed:
                self.problem(_line(node, key), rule, str(key), f"unknown key (allowed: {', '.join(sorted(allowed))})")
        for key in sorted(required - set(node)):
            self.problem(node.lc.line + 1, rule, key, "required key is missing")

    def scope(self, node: Any, line: int) -> tuple[list[str], list[Pattern]]:
        if node == "generic":
            return [], []
        if not isinstance(node, CommentedMap):
            self.problem(line, None, "scope", "must be 'generic' or a mapping with 'sites' (and optional 'markers')")
            return [], []
        self.keys(node, {"sites", "markers"}, None, required={"sites"})
        sites = []
        for site in self.str_list(node.get("sites"), _line(node, "sites"), None, "scope.sites"):
            site = site.lower().removeprefix("www.").lstrip(".")
            if not _DOMAIN.match(site):
                self.problem(_line(node, "sites"), None, "scope.sites", f"{site!r} is not a domain name")
            sites.append(site)
        if "sites" in node and not sites:
            self.problem(_line(node, "sites"), None, "scope.sites", "needs at least one domain")
        sources = self.str_list(node.get("markers", []), _line(node, "markers"), None, "scope.markers")
        markers = [
            p
            for p in (self.pattern(m, _line(node, "markers"), None, "scope.markers") for m in sources)
            if p is not None
        ]
        return sites, markers

    def page_types(self, node: CommentedMap, label: str) -> tuple[str, ...]:
        """A rule's ``except_page_types``: names of :data:`cleaner.pagetypes.PAGE_TYPES`."""
        line = _line(node, "except_page_types")
        names = self.str_list(node.get("except_page_types"), line, label, "except_page_types")
        unknown = [n for n in names if n not in PAGE_TYPES]
        if unknown:
            self.problem(
                line,
                label,
                "except_page_types",
                f"no such page type {', '.join(map(repr, unknown))}; one of {', '.join(PAGE_TYPES)}",
            )
            return ()
        return tuple(names)

    def str_list(self, node: Any, line: int, rule: str | None, fld: str) -> list[str]:
        if node is None:
            return []
        if isinstance(node, str):
            node = [node]
        if not isinstance(node, list) or not all(isinstance(x, str) for x in node):
            self.problem(line, rule, fld, "must be a list of strings")
            return []
        return list(node)

    def pattern(
        self,
        source: Any,
        line: int,
        rule: str | None,
        fld: str,
        *,
        ignore_case=False,
        full=False,
        literal=False,
        anything_ok=False,
    ) -> Pattern | None:
        if not isinstance(source, str) or not source:
            self.problem(line, rule, fld, "must be a non-empty string")
            return None
        try:
            p = Pattern(source, ignore_case=ignore_case, full=full, literal=literal)
        except regex.error as exc:
            self.problem(line, rule, fld, f"bad regular expression: {exc}")
            return None
        for why in p.problems(anything_ok=anything_ok):
            self.problem(line, rule, fld, f"pattern {source!r} {why}")
            return None
        bad = [g for g in p.group_names if g not in METADATA_FIELDS]
        if bad:
            self.problem(
                line, rule, fld, f"named group(s) {bad} are not metadata fields ({', '.join(METADATA_FIELDS)})"
            )
        return p

    def typed(self, node: CommentedMap, key: str, types: type | tuple, rule: str, default: Any = None) -> Any:
        if key not in node:
            return default
        value = node[key]
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            self.problem(_line(node, key), rule, key, f"must be {_type_name(types)}, not a boolean")
            return default
        if not isinstance(value, types):
            self.problem(_line(node, key), rule, key, f"must be {_type_name(types)}, not {type(value).__name__}")
            return default
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            self.problem(_line(node, key), rule, key, "must not be negative")
            return default
        return value

    _COMMON = {
        "id",
        "kind",
        "category",
        "description",
        "examples",
        "action",
        "max_length",
        "min_length",
        "position",
        "languages",
        "except_page_types",
        "ignore_case",
        "enabled",
        "learned",
        "max_matches",
    }
    _KIND_KEYS = {
        "line": {"pattern", "literal", "match", "remove", "replacement"},
        "lines": {"lines", "min_run"},
        "block": {"pattern", "literal", "match", "remove", "replacement"},
        "range": {"start", "end", "max_blocks"},
        "anchor": {"pattern", "literal", "match", "before", "after", "include_anchor"},
        "header": {"steps", "min_next_length"},
        "prune": {"xpath", "css"},
        "body": {"xpath", "css"},
        "field": {"xpath", "css", "field"},
    }

    def rule(self, node: Any, line: int, file: str, site: str | None) -> Rule | None:
        if not isinstance(node, CommentedMap):
            self.problem(line, None, None, "each rule must be a mapping")
            return None
        before = len(self.problems)
        rid = node.get("id")
        if not isinstance(rid, str) or not _ID.match(rid):
            self.problem(line, None, "id", "required: lower-case letters, digits and . _ : / - (e.g. 'copyright-line')")
            rid = None
        label = rid or f"#{line}"
        if rid and node.get("enabled") is not False:
            self.ids.append((rid, line))
        kind = node.get("kind")
        required = {"id", "kind", "category", "description", "examples"}
        category = node.get("category")
        if "category" in node and category not in CATEGORIES:
            self.problem(
                _line(node, "category"),
                label,
                "category",
                f"unknown category {category!r} (known: {', '.join(CATEGORIES)})",
            )
        if kind not in KINDS:
            # The kind decides the other keys; the ones every rule needs are still checked.
            self.problem(_line(node, "kind"), label, "kind", f"must be one of {', '.join(KINDS)}")
            for key in sorted(required - set(node) - {"kind"}):
                self.problem(node.lc.line + 1, label, key, "required key is missing")
            return None
        self.keys(node, self._COMMON | self._KIND_KEYS[kind], label, required=required)
        description = self.typed(node, "description", str, label, "")
        # ``learned``: the evidence 'cleaner rules learn' wrote (support, pages, notes); for
        # the reviewer only, the engine ignores it.
        self.typed(node, "learned", dict, label)
        ignore_case = self.typed(node, "ignore_case", bool, label, False)
        if not self.typed(node, "enabled", bool, label, True):
            return None
        common = dict(
            id=rid or "",
            kind=kind,
            category=category or "",
            description=description or "",
            file=file,
            line=line,
            examples_remove=[],
            examples_keep=[],
            max_length=self.typed(node, "max_length", int, label),
            min_length=self.typed(node, "min_length", int, label),
            site=site,
            languages=tuple(self.str_list(node.get("languages"), _line(node, "languages"), label, "languages")),
            except_page_types=self.page_types(node, label),
            max_matches=self.typed(node, "max_matches", int, label),
        )
        if "max_matches" in node and kind not in ("line", "lines", "block", "anchor"):
            self.problem(
                _line(node, "max_matches"), label, "max_matches", "only for 'line', 'lines', 'block' and 'anchor' rules"
            )
        elif common["max_matches"] == 0:
            self.problem(_line(node, "max_matches"), label, "max_matches", "must be at least 1")
        action = self.typed(node, "action", str, label, "remove")
        if action not in ("remove", "replace"):
            self.problem(_line(node, "action"), label, "action", "must be 'remove' or 'replace'")
        common["action"] = action
        common["position"] = self.position(node, label)
        (common["examples_remove"], common["examples_keep"]), common["example_lines"] = self.examples(node, label)
        # Every value is read (and each problem reported) in the same order whatever else is
        # wrong; the rule is built only from a complete set, and returned only without problems.
        rule: Rule | None = None
        built = True  # the examples check below applies (not to an HTML rule with a bad selector)
        if kind in ("line", "block"):
            pattern = self.unit_pattern(node, label, ignore_case)
            remove = self.typed(node, "remove", str, label, "line" if kind == "line" else "block")
            allowed = ("line", "block", "match") if kind == "line" else ("block", "match")
            if remove not in allowed:
                self.problem(_line(node, "remove"), label, "remove", f"must be one of {', '.join(allowed)}")
            replacement = self.typed(node, "replacement", str, label, "")
            if replacement and remove != "match":
                self.problem(_line(node, "replacement"), label, "replacement", "only with 'remove: match'")
            if action == "replace" and "replacement" in node and replacement == "":
                self.problem(
                    _line(node, "replacement"),
                    label,
                    "replacement",
                    "is empty: to remove what the pattern matches, leave out 'action' and 'replacement'",
                )
            elif (action == "replace") != bool(replacement):
                self.problem(
                    _line(node, "action"),
                    label,
                    "action",
                    "'action: replace' goes with a 'replacement' (and only then)",
                )
            cls = LineRule if kind == "line" else BlockRule
            if pattern is not None:
                rule = cls(**common, pattern=pattern, remove=remove, replacement=replacement)
        elif kind == "lines":
            listed = self.literal_lines(node, label, ignore_case)
            min_run = self.typed(node, "min_run", int, label, 1)
            if min_run == 0:
                self.problem(_line(node, "min_run"), label, "min_run", "must be at least 1")
            if listed is not None:
                rule = LinesRule(**common, lines=listed, ignore_case=ignore_case, min_run=min_run)
        elif kind == "range":
            start = self.pattern(node.get("start"), _line(node, "start"), label, "start", ignore_case=ignore_case)
            end = None
            if node.get("end") is not None:
                end = self.pattern(node.get("end"), _line(node, "end"), label, "end", ignore_case=ignore_case)
            max_blocks = self.typed(node, "max_blocks", int, label)
            if start is not None:
                rule = RangeRule(**common, start=start, end=end, max_blocks=max_blocks)
        elif kind == "anchor":
            pattern = self.unit_pattern(node, label, ignore_case)
            before_window = self.window(node, "before", label, ignore_case)
            after_window = self.window(node, "after", label, ignore_case)
            include_anchor = self.typed(node, "include_anchor", bool, label, True)
            if pattern is not None:
                rule = AnchorRule(
                    **common, pattern=pattern, before=before_window, after=after_window, include_anchor=include_anchor
                )
        elif kind in ("prune", "body", "field"):
            rule = self.html_rule(node, kind, label, common, site)
            built = rule is not None
        else:
            rule = HeaderRule(
                **common,
                steps=self.steps(node, label, ignore_case),
                min_next_length=self.typed(node, "min_next_length", int, label),
            )
        examples = node.get("examples")  # missing, or not a mapping: reported above already
        if not built or not isinstance(examples, CommentedMap):
            pass
        elif kind == "field":
            self.field_examples(node, examples, label)
        elif not examples.get("remove"):
            self.problem(_line(node, "examples"), label, "examples", "needs at least one 'remove' example")
        elif kind == "body" and not all(isinstance(e, dict) and "output" in e for e in common["examples_remove"]):
            self.problem(
                _line(node, "examples"),
                label,
                "examples.remove",
                "each is {text: an HTML snippet, output: the text the rule keeps of it}",
            )
        return rule if len(self.problems) == before else None

    def field_examples(self, node: CommentedMap, examples: CommentedMap, label: str) -> None:
        """A field rule removes nothing: its examples are pages it reads, under ``keep``,
        each with the ``metadata`` it must find there."""
        keep = examples.get("keep")
        if "remove" in examples:
            msg = "a field rule removes nothing: use 'keep'"
            self.problem(_line(examples, "remove"), label, "examples.remove", msg)
        if not isinstance(keep, list) or not keep:
            self.problem(_line(node, "examples"), label, "examples", "needs at least one 'keep' example")
        elif not all(isinstance(e, CommentedMap) and "text" in e and "metadata" in e for e in keep):
            self.problem(
                _line(examples, "keep"),
                label,
                "examples.keep",
                "each is {text: an HTML snippet, metadata: {FIELD: the value read from it}}",
            )

    def html_rule(
        self, node: CommentedMap, kind: str, label: str, common: dict[str, Any], site: str | None
    ) -> PruneRule | BodyRule | FieldRule | None:
        """A ``prune``, ``body`` or ``field`` rule: exactly one of ``xpath`` or ``css``,
        compiled here so a bad one stops the load."""
        if kind != "prune" and site is None:
            self.problem(
                _line(node, "kind"),
                label,
                "kind",
                f"a '{kind}' rule names what one site's pages hold: it belongs in a site's file (scope: sites)",
            )
        name = ""
        if kind == "field":
            name = node.get("field")
            if name not in FIELD_NAMES:
                self.problem(
                    _line(node, "field") if "field" in node else node.lc.line + 1,
                    label,
                    "field",
                    f"must be one of {', '.join(FIELD_NAMES)}",
                )
        found = self.selector(node, kind, label)
        if found is None:
            return None
        xpath, selector = found
        if kind == "body":
            return BodyRule(**common, xpath=xpath, selector=selector)
        if kind == "field":
            return FieldRule(**common, xpath=xpath, selector=selector, field=str(name))
        return PruneRule(**common, xpath=xpath, selector=selector)

    def selector(self, node: CommentedMap, kind: str, label: str) -> tuple[str, str] | None:
        """(the XPath, the selector as written) of an HTML rule, or None after a problem."""
        from lxml import etree

        has_x, has_c = "xpath" in node, "css" in node
        if has_x == has_c:
            self.problem(node.lc.line + 1, label, "xpath", "give exactly one of 'xpath' or 'css'")
            return None
        key = "xpath" if has_x else "css"
        source = node[key]
        if not isinstance(source, str) or not source.strip():
            self.problem(_line(node, key), label, key, "must be a non-empty string")
            return None
        xpath = source
        if key == "css":
            try:
                from lxml.cssselect import CSSSelector

                xpath = CSSSelector(source).path
            except ImportError:  # cssselect is a dependency; only a broken install lands here
                self.problem(_line(node, key), label, key, "CSS selectors need the 'cssselect' package")
                return None
            except Exception as exc:  # cssselect.SelectorError and its kin
                self.problem(_line(node, key), label, key, f"bad CSS selector {source!r}: {exc}")
                return None
        try:
            etree.XPath(xpath)
        except etree.XPathSyntaxError as exc:
            self.problem(_line(node, key), label, key, f"bad XPath {source!r}: {exc}")
            return None
        # ``ignore_case`` too: a selector is matched as written, so 'css: div.Ad' with it
        # would silently not select 'div.ad'.
        for cond in ("max_length", "min_length", "position", "languages", "except_page_types", "ignore_case"):
            if cond in node:
                self.problem(_line(node, cond), label, cond, f"not used by '{kind}' rules (they select HTML elements)")
        return xpath, f"{key}: {source}"

    def literal_lines(self, node: CommentedMap, label: str, ignore_case: bool) -> frozenset[str] | None:
        """A ``lines`` rule's list: whole lines, each given once, as the rule compares them
        (without the spaces around a line)."""
        items = node.get("lines")
        if not isinstance(items, CommentedSeq) or not items:
            self.problem(_line(node, "lines"), label, "lines", "must be a non-empty list of lines (strings)")
            return None
        seen: set[str] = set()
        for k, item in enumerate(items):
            line = items.lc.item(k)[0] + 1
            if not isinstance(item, str) or not item.strip():
                self.problem(line, label, f"lines[{k}]", "must be a non-empty string")
            elif "\n" in item or item != item.strip():
                self.problem(line, label, f"lines[{k}]", f"{item!r} is not one line without spaces around it")
            elif (item.casefold() if ignore_case else item) in seen:
                self.problem(line, label, f"lines[{k}]", f"{item!r} is listed twice")
            else:
                seen.add(item.casefold() if ignore_case else item)
        return frozenset(seen)

    def unit_pattern(self, node: CommentedMap, label: str, ignore_case: bool) -> Pattern | None:
        match = self.typed(node, "match", str, label, "search")
        if match not in ("search", "full"):
            self.problem(_line(node, "match"), label, "match", "must be 'search' or 'full'")
        has_p, has_l = "pattern" in node, "literal" in node
        if has_p == has_l:
            self.problem(node.lc.line + 1, label, "pattern", "give exactly one of 'pattern' (regex) or 'literal'")
            return None
        key = "pattern" if has_p else "literal"
        return self.pattern(
            node[key], _line(node, key), label, key, ignore_case=ignore_case, full=match == "full", literal=has_l
        )

    def position(self, node: CommentedMap, label: str) -> Position | None:
        if "position" not in node:
            return None
        pos = node["position"]
        if not isinstance(pos, CommentedMap):
            self.problem(
                _line(node, "position"), label, "position", "must be a mapping (first, last, min_offset, max_offset)"
            )
            return None
        self.keys(pos, {"first", "last", "min_offset", "max_offset"}, label)
        result = Position(
            first=self.typed(pos, "first", int, label),
            last=self.typed(pos, "last", int, label),
            min_offset=self.typed(pos, "min_offset", (int, float), label),
            max_offset=self.typed(pos, "max_offset", (int, float), label),
        )
        for key in ("min_offset", "max_offset"):
            value = getattr(result, key)
            if value is not None and not 0 <= value <= 1:
                self.problem(_line(pos, key), label, f"position.{key}", "must be a share between 0 and 1")
        return result

    def window(self, node: CommentedMap, key: str, label: str, ignore_case: bool) -> Window | None:
        if key not in node:
            return None
        w = node[key]
        if not isinstance(w, CommentedMap):
            self.problem(_line(node, key), label, key, "must be a mapping (blocks, max_length, pattern)")
            return None
        self.keys(w, {"blocks", "max_length", "pattern"}, label, required={"blocks"})
        blocks = w.get("blocks")
        if blocks == "all":
            blocks = None
        elif not isinstance(blocks, int) or isinstance(blocks, bool) or blocks < 1:
            self.problem(_line(w, "blocks"), label, f"{key}.blocks", "must be a positive number or 'all'")
            blocks = 0
        pattern = None
        if "pattern" in w:
            pattern = self.pattern(
                w["pattern"], _line(w, "pattern"), label, f"{key}.pattern", ignore_case=ignore_case, anything_ok=True
            )
        return Window(blocks=blocks, max_length=self.typed(w, "max_length", int, label), pattern=pattern)

    def steps(self, node: CommentedMap, label: str, ignore_case: bool) -> list[Step]:
        items = node.get("steps")
        if not isinstance(items, CommentedSeq) or not items:
            self.problem(_line(node, "steps"), label, "steps", "must be a non-empty list of steps")
            return []
        steps = []
        for k, item in enumerate(items):
            line = items.lc.item(k)[0] + 1
            if not isinstance(item, CommentedMap):
                self.problem(line, label, f"steps[{k}]", "must be a mapping with 'pattern'")
                continue
            self.keys(item, {"pattern", "optional", "category", "remove"}, label, required={"pattern"})
            category = item.get("category")
            if category is not None and category not in CATEGORIES:
                self.problem(_line(item, "category"), label, f"steps[{k}].category", f"unknown category {category!r}")
            p = self.pattern(
                item.get("pattern"),
                _line(item, "pattern"),
                label,
                f"steps[{k}].pattern",
                ignore_case=ignore_case,
                full=True,
                anything_ok=True,
            )
            if p is not None:
                steps.append(
                    Step(
                        p,
                        optional=self.typed(item, "optional", bool, label, False),
                        category=category,
                        remove=self.typed(item, "remove", bool, label, True),
                    )
                )
        return steps

    def tests(self, doc: CommentedMap, base: Path, need_files: bool = True) -> list[dict[str, Any]]:
        """``tests: [{input, expected, url, default_rules}]``: documents the file's rules are
        checked on by ``cleaner rules test``; paths are relative to the rule file."""
        items = doc.get("tests")
        if items is None:
            return []
        if not isinstance(items, CommentedSeq):
            self.problem(_line(doc, "tests"), None, "tests", "must be a list of {input, expected} mappings")
            return []
        tests = []
        for k, item in enumerate(items):
            line = items.lc.item(k)[0] + 1
            fld = f"tests[{k}]"
            if not isinstance(item, CommentedMap):
                self.problem(line, None, fld, "must be a mapping with 'input' and 'expected' (paths)")
                continue
            before = len(self.problems)
            self.keys(item, {"input", "expected", "url", "default_rules"}, None, required={"input", "expected"})
            test: dict[str, Any] = {"line": line}
            for key in ("input", "expected"):
                value = item.get(key)
                if key not in item:
                    continue
                if not isinstance(value, str) or not value:
                    self.problem(_line(item, key), None, f"{fld}.{key}", "must be a path (relative to the rule file)")
                    continue
                target = base / value
                if need_files and not target.is_file():
                    self.problem(_line(item, key), None, f"{fld}.{key}", f"no such file: {target}")
                test[key] = target
            for key, types in (("url", str), ("default_rules", bool)):
                if key in item and not isinstance(item[key], types):
                    self.problem(_line(item, key), None, f"{fld}.{key}", f"must be {_type_name(types)}")
                elif key in item:
                    test[key] = item[key]
            if len(self.problems) == before:
                tests.append(test)
        return tests

    def examples(
        self, node: CommentedMap, label: str
    ) -> tuple[tuple[list[Any], list[Any]], tuple[tuple[int, ...], tuple[int, ...]]]:
        """The rule's ``remove`` and ``keep`` examples, and the line of each in the file."""
        ex = node.get("examples")
        if ex is None:
            return ([], []), ((), ())
        if not isinstance(ex, CommentedMap):
            self.problem(_line(node, "examples"), label, "examples", "must be a mapping with 'remove' and 'keep' lists")
            return ([], []), ((), ())
        self.keys(ex, {"remove", "keep"}, label)
        out: list[list[Any]] = []
        lines: list[tuple[int, ...]] = []
        for key in ("remove", "keep"):
            items = ex.get(key, [])
            if not isinstance(items, list):
                self.problem(_line(ex, key), label, f"examples.{key}", "must be a list")
                out.append([])
                lines.append(())
                continue
            good: list[Any] = []
            where: list[int] = []
            for k, item in enumerate(items):
                line = items.lc.item(k)[0] + 1 if isinstance(items, CommentedSeq) else _line(ex, key)
                if isinstance(item, str):
                    good.append(item)
                    where.append(line)
                elif isinstance(item, CommentedMap) and "text" in item:
                    self.keys(item, {"text", "output", "metadata", "page_type"}, label)
                    if "page_type" in item and item["page_type"] not in PAGE_TYPES:
                        self.problem(
                            _line(item, "page_type"),
                            label,
                            f"examples.{key}[{k}].page_type",
                            f"one of {', '.join(PAGE_TYPES)}",
                        )
                    good.append({k2: (dict(v) if isinstance(v, CommentedMap) else v) for k2, v in item.items()})
                    where.append(line)
                else:
                    self.problem(
                        _line(ex, key),
                        label,
                        f"examples.{key}[{k}]",
                        "must be a string or a mapping with 'text' (and 'output', 'metadata')",
                    )
            out.append(good)
            lines.append(tuple(where))
        return (out[0], out[1]), (lines[0], lines[1])


def _type_name(types: type | tuple) -> str:
    names = {int: "a number", float: "a number", str: "a string", bool: "true or false"}
    types = types if isinstance(types, tuple) else (types,)
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in types))
