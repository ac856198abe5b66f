"""The package list, which pyproject.toml cannot express: every package under cleaner/
(found, so a new subpackage ships without a change here) plus the folders at the top of the
repository that pyproject.toml maps into the package (rules/ and schema/, with their
subfolders, which setuptools wants listed as packages too)."""

from setuptools import find_namespace_packages, setup


def found(package: str, folder: str) -> list[str]:
    return [package] + [f"{package}.{name}" for name in find_namespace_packages(where=folder, exclude=["*__pycache__"])]


setup(
    packages=found("cleaner", "cleaner") + found("cleaner.default_rules", "rules") + found("cleaner.schema", "schema")
)
