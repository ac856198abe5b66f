"""Prune rules: elements a site (or a user) names by XPath or CSS, removed with their text.

A ``kind: prune`` rule selects elements of the parsed page. Nothing is taken out of the tree:
every block of visible text inside a selected element becomes a removal by that rule, with
the element in the reason, so the page's text stays whole in the log and ``restore`` gives
it back. Prune rules run before the judge, and what they remove the judge never sees: a
site's own rule wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lxml import etree

from ..edits import Edit

if TYPE_CHECKING:
    from ..rules.model import PruneRule
    from .page import Page


def select(tree: Any, rules: list[PruneRule]) -> dict[Any, PruneRule]:
    """Each element a rule selects, with the first rule (in order) that selects it."""
    chosen: dict[Any, PruneRule] = {}
    for rule in rules:
        try:
            found = tree.xpath(rule.xpath)
        except etree.XPathError:  # valid syntax that fails on this tree (unknown function): skip it
            continue
        for el in found:
            if isinstance(el, etree._Element) and el not in chosen:
                chosen[el] = rule
    return chosen


def describe(el: Any) -> str:
    attrs = " ".join(f'{k}="{el.get(k)}"' for k in ("id", "class") if el.get(k))
    return f"<{el.tag}{' ' + attrs if attrs else ''}>"


def pruned_blocks(page: Page, rules: list[PruneRule]) -> dict[int, tuple[PruneRule, str]]:
    """The blocks inside elements ``rules`` select: block index -> (rule, element). A block
    goes with its nearest selected ancestor (or itself)."""
    if not rules or not page.blocks:
        return {}
    chosen = select(page.tree, rules)
    found: dict[int, tuple[PruneRule, str]] = {}
    if not chosen:
        return found
    for i, block in enumerate(page.blocks):
        el = block.element
        while el is not None and el not in chosen:
            el = el.getparent()
        if el is not None:
            found[i] = (chosen[el], describe(el))
    return found


def reason(rule: PruneRule, element: str) -> str:
    return f"{rule.description} (pruned {element} by {rule.selector})"


def prune_edits(page: Page, rules: list[PruneRule]) -> list[Edit]:
    """Removals, in the page text's offsets, of the blocks :func:`pruned_blocks` finds."""
    return [
        Edit(page.spans[i][0], page.cut(i), "", rule.id, rule.category, "remove", reason(rule, element), rule.file)
        for i, (rule, element) in sorted(pruned_blocks(page, rules).items())
    ]


def check_prune_rule(rule: PruneRule) -> list[tuple[str, str, str]]:
    """Run a prune rule's examples: (case, message, snippet) for each that fails.

    A ``remove`` example is an HTML snippet in which the rule must select at least one
    element (an image has no text), and none of the selected elements' text may be left in
    the page; a ``keep`` example is a snippet in which it must select nothing that has text.
    """
    from ..edits import apply_edits
    from .page import read_page

    failures = []
    for key, items in (("remove", rule.examples_remove), ("keep", rule.examples_keep)):
        for k, example in enumerate(items):
            snippet = example["text"] if isinstance(example, dict) else example
            page = read_page(f"<html><body>{snippet}</body></html>", timeout=None)
            chosen = select(page.tree, [rule])
            texts = [" ".join(" ".join(el.itertext()).split()) for el in chosen]
            left = " ".join(apply_edits(page.text, prune_edits(page, [rule])).split())
            if key == "remove" and not chosen:
                failures.append((f"remove[{k}]", "the rule selected no element", snippet))
            elif key == "remove" and any(t and t in left for t in texts):
                failures.append((f"remove[{k}]", "text of a pruned element is still in the page", snippet))
            elif key == "keep" and any(texts):
                el = next(e for e, t in zip(chosen, texts, strict=True) if t)
                failures.append(
                    (
                        f"keep[{k}]",
                        f"must be kept but the rule pruned {describe(el)} "
                        f"({' '.join(' '.join(el.itertext()).split())[:60]!r})",
                        snippet,
                    )
                )
    return failures
