"""Importing FiveFilters site configs (ftr-site-config) as cleaner rule files.

The ftr-site-config project keeps one text file per site (``example.com.txt``; a leading
dot, ``.example.com.txt``, means every subdomain too) of ``directive: value`` lines.
What maps onto cleaner's rules is converted; everything else is reported, per directive,
with the reason:

- ``strip: XPATH``, ``strip_id_or_class: NAME``, ``strip_image_src: PART`` become
  ``kind: prune`` rules (HTML elements removed before extraction, by XPath; the HTML
  path runs them, :mod:`cleaner.html`; text input has no elements). An HTML example is
  built for each and checked against the XPath; when none can be built (an XPath with
  axes or functions this importer does not model) the rule is written with
  ``enabled: false`` and a note, for a person to add one.
- ``find_string``/``replace_string`` pairs (and ``replace_string(FIND): REPL``) become
  ``line`` rules with ``remove: match`` and the literal replacement (``action: replace``,
  or a plain removal when the replacement is empty). Strings with HTML markup are not
  converted: they apply to the page source, and cleaner's text rules see extracted text.
- The scope is the file name's domain. cleaner applies a site's rules to its subdomains
  as well, so ``example.com.txt`` (FTR: that host and ``www.``) is reported as widened.
- ``test_url`` (needs the live page), paging, login, HTTP and parser settings are
  reported as not converted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import RuleFileError
from ..rules.book import dump_rule_file
from ..rules.validate import parse_rule_file
from .xpath_examples import (
    BODY_TEXT,
    FIELD_EXAMPLES,
    body_example_for,
    compile_xpath,
    example_for,
    field_example_for,
)

_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
_LINE = re.compile(r"^([A-Za-z_]+)(?:\((.*)\))?\s*:\s?(.*)$")

# Why each directive that has no counterpart in cleaner is left out.
NOT_CONVERTED = {
    "test_url": "needs the live page; add a document test ('tests:' with a saved copy) instead",
    "test_contains": "belongs to test_url, which needs the live page",
    "prune": "a FiveFilters extraction setting with no counterpart",
    "tidy": "a FiveFilters HTML-parser setting with no counterpart",
    "parser": "a FiveFilters HTML-parser setting with no counterpart",
    "autodetect_on_failure": "a FiveFilters extraction setting with no counterpart",
    "single_page_link": "page fetching is not cleaner's job (it cleans what was scraped)",
    "next_page_link": "page fetching is not cleaner's job (it cleans what was scraped)",
    "http_header": "page fetching is not cleaner's job (it cleans what was scraped)",
    "login_uri": "page fetching is not cleaner's job",
    "login_username_field": "page fetching is not cleaner's job",
    "login_password_field": "page fetching is not cleaner's job",
    "not_logged_in_xpath": "page fetching is not cleaner's job",
    "login_extra_fields": "page fetching is not cleaner's job",
    "requires_login": "page fetching is not cleaner's job",
    "skip_json_ld": "a FiveFilters extraction setting with no counterpart",
    "src_lazy_load_attr": "images are removed from text output",
    "insert_detected_image": "images are removed from text output",
    "native_ad_clue": "a document-level flag; cleaner has no 'is this an ad' verdict",
    "if_page_contains": "a condition on the live page source; not modelled",
    "wrap_in": "restructures HTML; no counterpart",
    "dissolve": "restructures HTML; no counterpart",
    "move_into": "restructures HTML; no counterpart",
}

# Words in an XPath or class name that tell the category of what it strips.
_CATEGORY_WORDS = [
    ("comments", ("comment", "disqus", "respond")),
    ("share", ("share", "social", "sharing", "tweet", "facebook")),
    ("newsletter", ("newsletter", "subscribe", "signup")),
    ("related", ("related", "recommend", "more-")),
    ("ad", ("advert", "ad-", "-ad", "ads", "'ad'", '"ad"', "sponsor", "promo")),
    ("navigation", ("nav", "menu", "breadcrumb")),
    ("caption", ("caption", "credit")),
    ("footer", ("footer",)),
    ("media", ("img", "image", "video", "figure")),
    ("cookie", ("cookie", "consent", "gdpr")),
    ("donation", ("donat", "support")),
]


@dataclass(slots=True)
class Skipped:
    file: str
    line: int
    directive: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.directive}: not converted: {self.reason}"


@dataclass(slots=True)
class Imported:
    """One site file converted: the rule file's text and what was left out."""

    source: str
    site: str | None
    yaml: str | None
    rules: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def site_of(name: str) -> tuple[str | None, bool, str | None]:
    """(domain, subdomains, problem) from an FTR file name such as ``.example.com.txt``."""
    stem = name[:-4] if name.endswith(".txt") else name
    wildcard = stem.startswith(".")
    domain = stem.lstrip(".").lower()
    if domain.startswith("www."):
        domain = domain[4:]
    if not _DOMAIN.match(domain):
        return None, wildcard, f"{name!r} does not name a site (expected e.g. example.com.txt or .example.com.txt)"
    return domain, wildcard, None


def parse_ftr(text: str) -> list[tuple[int, str, str | None, str]]:
    """(line number, directive, argument, value) for each directive line."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m:
            out.append((number, m.group(1).lower(), m.group(2), m.group(3).strip()))
        else:
            out.append((number, "?", None, line))
    return out


def _category(text: str) -> str:
    low = text.lower()
    for category, words in _CATEGORY_WORDS:
        if any(w in low for w in words):
            return category
    return "boilerplate"


def _xpath_literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ', "\'", '.join(f"'{part}'" for part in value.split("'")) + ")"


def convert(text: str, name: str) -> Imported:
    """Convert one FTR site file (its text and file name) into a cleaner rule file."""
    site, wildcard, problem = site_of(name)
    result = Imported(name, site, None)
    if problem:
        result.skipped.append(Skipped(name, 0, "(file name)", problem))
        return result
    assert site is not None  # site_of names a site whenever it finds no problem
    if not wildcard:
        result.notes.append(
            f"{name}: FiveFilters applies it to {site} (and www.) only; cleaner's site scope "
            f"also covers subdomains of {site}"
        )
    rules: list[CommentedMap] = []
    counters: dict[str, int] = {}
    finds: list[tuple[int, str]] = []
    replaces: list[tuple[int, str]] = []

    def rid(kind: str) -> str:
        counters[kind] = counters.get(kind, 0) + 1
        return f"{site}/ftr-{kind}-{counters[kind]}"

    for number, directive, arg, value in parse_ftr(text):
        where = f"{name}:{number}"
        if directive in ("strip", "strip_id_or_class", "strip_image_src"):
            if not value:
                result.skipped.append(Skipped(name, number, directive, "empty value"))
                continue
            if directive == "strip":
                xpath = value
            elif directive == "strip_id_or_class":
                lit = _xpath_literal(value)
                xpath = f"//*[contains(@class, {lit}) or contains(@id, {lit})]"
            else:
                xpath = f"//img[contains(@src, {_xpath_literal(value)})]"
            try:
                compile_xpath(xpath)
            except etree.XPathSyntaxError as exc:
                result.skipped.append(Skipped(name, number, f"{directive}: {value}", f"not a valid XPath ({exc})"))
                continue
            rules.append(_prune_rule(rid(directive.replace("_", "-")), xpath, f"{where} {directive}: {value}"))
        elif directive in ("body", "title", "author", "date"):
            if not value:
                result.skipped.append(Skipped(name, number, directive, "empty value"))
                continue
            try:
                compile_xpath(value)
            except etree.XPathSyntaxError as exc:
                result.skipped.append(Skipped(name, number, f"{directive}: {value}", f"not a valid XPath ({exc})"))
                continue
            origin = f"{where} {directive}: {value}"
            if directive == "body":
                rules.append(_body_rule(rid("body"), value, origin))
            else:
                rules.append(_field_rule(rid(directive), directive, value, origin))
        elif directive == "find_string":
            finds.append((number, value))
        elif directive == "replace_string" and arg is not None:
            _replacement(result, rules, rid, name, number, arg, value)
        elif directive == "replace_string":
            replaces.append((number, value))
        elif directive in NOT_CONVERTED:
            result.skipped.append(Skipped(name, number, f"{directive}: {value}"[:120], NOT_CONVERTED[directive]))
        else:
            result.skipped.append(Skipped(name, number, f"{directive}: {value}"[:120], "unknown directive"))
    for k, (number, find) in enumerate(finds):
        if k >= len(replaces):
            result.skipped.append(Skipped(name, number, f"find_string: {find}", "no replace_string pairs with it"))
            continue
        _replacement(result, rules, rid, name, number, find, replaces[k][1])
    for number, value in replaces[len(finds) :]:
        result.skipped.append(Skipped(name, number, f"replace_string: {value}", "no find_string pairs with it"))
    rules = [r for r in rules if _example_ok(r, site, result, name)]
    if not rules:
        return result
    doc = CommentedMap()
    doc["description"] = f"Imported from the FiveFilters site config {name} by 'cleaner rules import-ftr'."
    scope = CommentedMap()
    scope["sites"] = CommentedSeq([site])
    scope["sites"].fa.set_flow_style()
    doc["scope"] = scope
    doc["rules"] = CommentedSeq(rules)
    if result.skipped or result.notes:
        doc.yaml_set_start_comment("\n".join([*result.notes, *map(str, result.skipped)]))
    result.yaml = dump_rule_file(doc)
    try:
        result.rules = len(parse_rule_file(result.yaml, f"{site}.yaml").rules)
    except RuleFileError as exc:  # a bug here, never a file to write
        raise AssertionError(f"imported {name} does not load: {exc}") from None
    return result


def _example_ok(rule: CommentedMap, site: str, result: Imported, name: str) -> bool:
    """Check the rule's examples by running it alone; a failing replacement is reported and
    dropped, a failing prune rule is disabled for review."""
    from .examples import check_rule

    if rule.get("enabled") is False:
        return True
    doc = CommentedMap([("scope", CommentedMap([("sites", [site])])), ("rules", CommentedSeq([rule]))])
    parsed = parse_rule_file(dump_rule_file(doc), f"{site}.yaml").rules[0]
    failures = check_rule(parsed)
    if not failures:
        return True
    origin = rule["description"].removeprefix("Imported: ")
    if rule["kind"] in ("prune", "body", "field"):
        rule["enabled"] = False
        result.notes.append(f"{origin}: disabled, its example fails ({failures[0].message})")
        return True
    line = int(origin.split(":")[1].split()[0]) if ":" in origin else 0
    result.skipped.append(
        Skipped(
            name,
            line,
            f"find_string: {rule['literal']}"[:120],
            f"the text cleaner's rules see differs (markdown and whitespace are normalised "
            f"first): {failures[0].message}",
        )
    )
    return False


def _prune_rule(rule_id: str, xpath: str, origin: str) -> CommentedMap:
    example = example_for(xpath)
    examples = None if example is None else {"remove": [example], "keep": ["<p>Article text.</p>"]}
    fields = {"category": _category(xpath), "description": f"Imported: {origin}"}
    return _selector_rule(rule_id, "prune", fields, xpath, examples, empty="remove")


def _body_rule(rule_id: str, xpath: str, origin: str) -> CommentedMap:
    example = body_example_for(xpath)
    examples = None if example is None else {"remove": [CommentedMap([("text", example), ("output", BODY_TEXT)])]}
    fields = {"category": "boilerplate", "description": f"Imported: {origin} (the article; what is outside it goes)"}
    return _selector_rule(rule_id, "body", fields, xpath, examples, empty="remove")


def _field_rule(rule_id: str, name: str, xpath: str, origin: str) -> CommentedMap:
    example = field_example_for(xpath, name)
    examples = None
    if example is not None:
        metadata = CommentedMap([(name, FIELD_EXAMPLES[name])])
        metadata.fa.set_flow_style()
        examples = {"keep": [CommentedMap([("text", example), ("metadata", metadata)])]}
    fields = {"field": name, "category": "metadata", "description": f"Imported: {origin}"}
    return _selector_rule(rule_id, "field", fields, xpath, examples, empty="keep")


def _selector_rule(
    rule_id: str, kind: str, fields: dict[str, str], xpath: str, examples: dict[str, list] | None, *, empty: str
) -> CommentedMap:
    """An imported rule of ``kind`` selecting ``xpath``, with its examples; without any (none
    could be built from the XPath) it is still written, disabled, for review: the loader
    skips disabled rules, examples included."""
    r = CommentedMap([("id", rule_id), ("kind", kind), *fields.items(), ("xpath", xpath)])
    ex = CommentedMap()
    if examples is None:
        r["enabled"] = False
        r.yaml_add_eol_comment("no example could be built for this XPath: add one, then enable", "enabled")
        ex[empty] = CommentedSeq()
    else:
        for key, items in examples.items():
            ex[key] = CommentedSeq(items)
    r["examples"] = ex
    return r


def _replacement(result: Imported, rules: list, rid, name: str, number: int, find: str, replace: str) -> None:
    if not find:
        result.skipped.append(Skipped(name, number, "find_string", "empty find string"))
        return
    if "<" in find or ">" in find or "<" in replace or ">" in replace or "\\n" in find:
        result.skipped.append(
            Skipped(
                name,
                number,
                f"find_string: {find}"[:120],
                "HTML markup: it applies to the page source, cleaner's text rules see text",
            )
        )
        return
    r = CommentedMap()
    r["id"] = rid("replace")
    r["kind"] = "line"
    r["category"] = "junk"
    r["description"] = f"Imported: {name}:{number} find_string/replace_string"
    r["literal"] = find
    r["remove"] = "match"
    if replace:
        r["action"] = "replace"
        # A replacement is a template (\\1, \\g<name>); backslashes are doubled to keep it literal.
        r["replacement"] = replace.replace("\\", "\\\\")
    ex = CommentedMap()
    ex["remove"] = CommentedSeq([{"text": f"Before {find} after.", "output": f"Before {replace} after."}])
    keep = "Text without the string."
    ex["keep"] = CommentedSeq([keep]) if find not in keep else CommentedSeq()
    r["examples"] = ex
    rules.append(r)


def import_paths(paths: Iterable[str | Path]) -> list[Imported]:
    """Convert every ``*.txt`` site file under ``paths`` (files or folders), in name order."""
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(q for q in p.glob("*.txt") if q.is_file()) if p.is_dir() else [p])
    out = []
    for f in files:
        if f.name == "global.txt":
            out.append(
                Imported(
                    f.name,
                    None,
                    None,
                    skipped=[
                        Skipped(
                            f.name,
                            0,
                            "(file)",
                            "FiveFilters' fallback for every site: importing it would apply to every document",
                        )
                    ],
                )
            )
            continue
        out.append(convert(f.read_text(encoding="utf-8", errors="replace"), f.name))
    return out


def write_imported(
    results: list[Imported], out_dir: Path, dry_run: bool = False
) -> tuple[list[tuple[Path, Imported]], list[str]]:
    """Write each converted file as ``OUT/<site>.yaml`` (atomically, unless ``dry_run``).

    Returns (target and result per file written, problems): two files for one site (a
    dotted and an undotted name) are a problem; the second is not written.
    """
    from ..io.atomic import write_atomic

    done: list[tuple[Path, Imported]] = []
    problems: list[str] = []
    owner: dict[str, str] = {}
    for r in results:
        if r.yaml is None or r.site is None:
            continue
        if r.site in owner:
            problems.append(f"{r.source} and {owner[r.site]} are both for {r.site}; {r.source} was not written")
            continue
        owner[r.site] = r.source
        target = out_dir / f"{r.site}.yaml"
        if not dry_run:
            write_atomic(target, r.yaml)
        done.append((target, r))
    return done, problems
