"""The removal log's JSON schema, installed as the package ``cleaner.schema`` so that a wheel
carries it (see pyproject.toml): ``importlib.resources.files("cleaner.schema") / "log.schema.json"``."""
