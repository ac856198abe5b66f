"""cleaner: boilerplate removal for scraped text, with a log of every character removed.

    from cleaner import clean_text
    result = clean_text(text, url="https://example.org/a")
    result.text, result.metadata, result.language, result.edits

This module only gathers the public API. The pipeline and the rule loader (and with them
numpy, langdetect, ftfy, regex) are imported when one of their names is first used, not
by ``import cleaner``: the command line imports this package for ``cleaner --help`` too.
The version comes from :mod:`cleaner.version` (package metadata), so no submodule imports
this package for it.
"""

import importlib
from typing import TYPE_CHECKING

from .edits import Edit, apply_edits, restore  # the edit model: no dependencies
from .errors import CleanerError, RuleFileError
from .version import __version__

if TYPE_CHECKING:  # what a type checker sees of the names below, which load on first use
    from .judge.account import JudgeAccount, UnitAccount, Weight
    from .pipeline import Cleaner, CleanResult, Options, clean_text, judge_account
    from .rules.book import Rulebook, load_rulebook

# Where each public name lives, for imports on first use.
_LAZY = {
    "Cleaner": "pipeline",
    "CleanResult": "pipeline",
    "Options": "pipeline",
    "clean_text": "pipeline",
    "judge_account": "pipeline",
    "JudgeAccount": "judge.account",
    "UnitAccount": "judge.account",
    "Weight": "judge.account",
    "Rulebook": "rules.book",
    "load_rulebook": "rules.book",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Cleaner",
    "CleanResult",
    "CleanerError",
    "Edit",
    "JudgeAccount",
    "Options",
    "Rulebook",
    "RuleFileError",
    "UnitAccount",
    "Weight",
    "apply_edits",
    "clean_text",
    "judge_account",
    "load_rulebook",
    "restore",
    "__version__",
]
