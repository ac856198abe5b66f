"""The shipped rule files (YAML), installed as the package ``cleaner.default_rules`` so that a
wheel carries them (see pyproject.toml); only the .yaml files under this folder are rules."""
