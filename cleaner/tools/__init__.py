"""The read-side and rule-authoring tools: what people run on a run's log and on rule files.

- :mod:`.audit`: tables per category, rule and site from a removal log (``cleaner audit``);
  :mod:`.show`: one document with its edits marked (``cleaner show``, ``clean --explain``);
  :mod:`.report`: the self-contained HTML report (``cleaner report``, with
  ``report_template.html``).
- :mod:`.examples`: every rule's and built-in step's examples run alone (``cleaner rules
  test``); :mod:`.ruletests`: the whole-document ``tests:`` of rule files.
- :mod:`.learn`: site rules proposed from the noise that recurs across a site's pages
  (``cleaner rules learn``); :mod:`.ftr`: FiveFilters site configs converted (``cleaner
  rules import-ftr``).

They read logs (:mod:`cleaner.runlog`), outputs and inputs (:mod:`cleaner.io`) and rule
files (:mod:`cleaner.rules`); the rule tools run the pipeline (:mod:`cleaner.pipeline`,
:mod:`cleaner.steps`) on examples and pages. They never import the batch driver
(:mod:`cleaner.driver`, :mod:`cleaner.batch`); the driver imports one of them,
:func:`.show.explain_result`, to print ``--explain``. This package imports nothing on its
own, so loading one tool loads only what that tool needs.
"""
