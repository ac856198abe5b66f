"""Rule files: loading and validation, the rule kinds, and the engine that runs them.

- :mod:`.book`: the :class:`Rulebook` (files in load order, site files by domain) and
  :func:`load_rulebook`, which finds and loads the shipped and given files;
  :mod:`.validate`: one file's YAML read as data and checked, every problem with its file,
  line, rule id and field.
- :mod:`.model`: the rule kinds as typed records; :mod:`.patterns`: a rule's regex with
  its checks (empty matches, match-everything); :mod:`.engine`: rules run on a document's
  blocks and lines, giving edits (the pipeline applies them, never a rule).
- :mod:`.cache`: the compiled rulebook kept between runs; :mod:`.prefilter`: the RE2
  marker index and rule screens that skip rules that cannot match.

This package may import :mod:`cleaner.view`, :mod:`cleaner.edits`, :mod:`cleaner.errors`,
:mod:`cleaner.io` and :mod:`cleaner.version`; never the pipeline, the steps, the batch
driver or the tools (HTML prune rules import lxml when a file names one).
"""

from ..errors import RuleFileError
from .book import Rulebook, load_rulebook
from .model import Rule, RuleFile
from .validate import parse_rule_file

__all__ = ["Rule", "RuleFile", "RuleFileError", "Rulebook", "load_rulebook", "parse_rule_file"]
