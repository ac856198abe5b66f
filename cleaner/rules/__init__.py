"""Rule files: loading and validation, the rule kinds, and the engine that runs them."""

from .book import Rulebook, RuleFileError, load_rulebook
from .model import Rule, RuleFile

__all__ = ["Rule", "RuleFile", "Rulebook", "RuleFileError", "load_rulebook"]
