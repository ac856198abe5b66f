"""cleaner: boilerplate removal for scraped text, with a log of every character removed.

    from cleaner import clean_text
    result = clean_text(text, url="https://example.org/a")
    result.text, result.metadata, result.language, result.edits

This module only gathers the public API; the version comes from :mod:`cleaner.version`
(package metadata), so no submodule imports this package for it.
"""

from .edits import Edit, apply_edits, restore
from .errors import CleanerError, RuleFileError
from .pipeline import Cleaner, CleanResult, Options, clean_text
from .rules.book import Rulebook, load_rulebook
from .version import __version__

__all__ = ["Cleaner", "CleanResult", "CleanerError", "Edit", "Options", "Rulebook", "RuleFileError", "apply_edits",
           "clean_text", "load_rulebook", "restore", "__version__"]
