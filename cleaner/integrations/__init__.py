"""cleaner inside the data tools people already use: a datatrove pipeline step, the
Hugging Face ``datasets`` example of the docs (``docs/integrations.md``).

- :mod:`cleaner.integrations.logged`: one document cleaned for another tool, with its log
  lines in the one log format (:mod:`cleaner.runlog.records`), so that ``cleaner audit``
  and ``cleaner restore`` read what a datatrove run or a ``dataset.map`` wrote.
- :mod:`cleaner.integrations.datatrove`: :class:`CleanerStep`, the datatrove pipeline step
  (needs ``pip install 'scrape-cleaner[datatrove]'``).

Each tool is imported by its own module, when that module is imported: importing this
package (or ``cleaner``) never needs datatrove or datasets. This package imports the
pipeline and the log records, never the batch driver.
"""

from .logged import Logged, clean_logged

__all__ = ["Logged", "clean_logged"]
