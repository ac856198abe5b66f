"""cleaner: boilerplate removal for scraped text, with a log of every character removed.

    from cleaner import clean_text
    result = clean_text(text, url="https://example.org/a")
    result.text, result.metadata, result.language, result.edits

The pipeline and the rule loader (and with them numpy, langdetect, ftfy, regex) are
imported when one of their names is first used, not by ``import cleaner``: the command
line imports this package for ``cleaner --help`` too.
"""

__version__ = "0.1.0"

import importlib  # noqa: E402
import importlib.util  # noqa: E402
import sys  # noqa: E402

# Where each public name lives, for imports on first use.
_LAZY = {"Cleaner": "pipeline", "CleanResult": "pipeline", "Options": "pipeline", "clean_text": "pipeline",
         "Rulebook": "rules.book", "RuleFileError": "rules.book", "load_rulebook": "rules.book"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


# The submodule cleaner.restore shares its name with the function restore: importing the
# submodule (as the audit, report and restore commands do) would rebind cleaner.restore to
# the module. Registering it first (loaded on first use, so that this stays cheap) and then
# binding the function makes the function stick.
def _register_lazily(name: str) -> None:
    spec = importlib.util.find_spec(f"{__name__}.{name}")
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)


_register_lazily("restore")
from .edits import Edit, apply_edits, restore  # noqa: E402  (the edit model: no dependencies)

__all__ = ["Cleaner", "CleanResult", "Edit", "Options", "Rulebook", "RuleFileError", "apply_edits", "clean_text",
           "load_rulebook", "restore", "__version__"]
