"""The kinds of page the judge tells apart: one list, read by the judge's page-type models
(:mod:`cleaner.judge.pagetype`) and by the rules' ``except_page_types`` condition, without
loading the judge (and numpy) to validate a rule file."""

PAGE_TYPES = ("article", "collection", "documentation", "forum", "listing", "product", "service")
