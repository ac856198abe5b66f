"""The architecture the modules promise: what imports what, one version string."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from importlib.metadata import version

from conftest import ROOT

PACKAGE = ROOT / "cleaner"


def test_read_side_tools_do_not_import_the_batch_driver():
    # The tools (audit, report, show, restore, learn, ftr, the rule examples and document
    # tests) read logs, outputs, inputs and rule files: loading one must not load the write
    # side (the driver, its executors, cleaner.batch).
    tools = [
        "cleaner.tools.audit",
        "cleaner.tools.report",
        "cleaner.tools.show",
        "cleaner.runlog.restore",
        "cleaner.tools.learn",
        "cleaner.tools.ftr",
        "cleaner.tools.examples",
        "cleaner.tools.ruletests",
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {tools!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m in ('cleaner.batch', 'cleaner.parallel')"
        " or m.startswith('cleaner.driver')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_module_imports_the_package_root():
    # Importing names from cleaner/__init__ inside the package made a cycle (__init__ ->
    # pipeline -> rules.book -> __init__ for __version__) that worked only by statement order.
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "__init__.py" and path.parent == PACKAGE:
            continue
        depth = len(path.relative_to(PACKAGE).parts) - 1  # 0 for cleaner/x.py
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                root = (node.level == depth + 1 and not node.module) or (node.level == 0 and node.module == "cleaner")
                if root and any(
                    (PACKAGE / f"{a.name}.py").exists() is False and not (PACKAGE / a.name).is_dir() for a in node.names
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_one_version_string_read_from_the_package_metadata():
    import cleaner

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert cleaner.__version__ == version("scrape-cleaner") == declared


def test_the_restore_function_is_not_shadowed_by_a_module():
    code = (
        "import cleaner, cleaner.runlog.restore, cleaner.tools.audit, cleaner.tools.report\n"
        "from cleaner import restore\n"
        "print(callable(cleaner.restore) and restore is cleaner.restore)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"
