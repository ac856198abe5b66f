"""cleaner's version: one string, the one in ``pyproject.toml``.

Installed (a wheel, or ``pip install -e``), it is read from the package metadata; in a
source checkout that was never installed, from ``pyproject.toml`` beside the package.
Imports nothing from cleaner, so any module (the rulebook's digest, the rule cache's
key, the CLI's ``--version``) can import it without a cycle through ``cleaner/__init__``.
"""

from __future__ import annotations


def _read() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scrape-cleaner")  # the distribution's name (the import name is cleaner)
    except PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    try:
        with (Path(__file__).resolve().parents[1] / "pyproject.toml").open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _read()
