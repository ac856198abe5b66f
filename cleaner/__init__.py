"""cleaner: boilerplate removal for scraped text, with a log of every character removed.

    from cleaner import clean_text
    result = clean_text(text, url="https://example.org/a")
    result.text, result.metadata, result.language, result.edits
"""

__version__ = "0.1.0"

from .edits import Edit, apply_edits, restore  # noqa: E402
from .pipeline import Cleaner, CleanResult, Options, clean_text  # noqa: E402
from .rules.book import Rulebook, RuleFileError, load_rulebook  # noqa: E402

# The submodule cleaner.restore shares its name with the function restore: importing the
# submodule (as the audit, report and restore commands do) would rebind cleaner.restore to
# the module. Loading it here, before binding the function, makes the function stick.
import importlib  # noqa: E402

importlib.import_module(".restore", __name__)
from .edits import restore  # noqa: E402,F811

__all__ = ["Cleaner", "CleanResult", "Edit", "Options", "Rulebook", "RuleFileError", "apply_edits", "clean_text",
           "load_rulebook", "restore", "__version__"]
