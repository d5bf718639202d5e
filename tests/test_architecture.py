"""The import boundary: only drafter.ui imports Qt; the CLI loads the UI only for GUI commands."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "drafter"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["core", "io", "services"])
def test_layer_never_imports_qt(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES or name.startswith("drafter.ui"):
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offenders == []


def test_core_does_no_io():
    """core is pure: no file, database or network modules."""
    forbidden = {"sqlite3", "zipfile", "socket", "subprocess", "shutil", "tempfile", "lxml"}
    offenders = []
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in forbidden or name.startswith("drafter.io"):
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert offenders == []


def test_headless_commands_do_not_load_qt(tmp_path):
    """Running the CLI's headless code paths never loads PySide6 (checked in a fresh process)."""
    probe = (
        "import sys, drafter.cli, drafter.services.acts, drafter.services.projects\n"
        "import drafter.core.model, drafter.core.address, drafter.core.draft\n"
        "rc = drafter.cli.main(['show', sys.argv[1]])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print('QT:' + ','.join(loaded))\n"
    )
    source = tmp_path / "act.txt"
    source.write_text("Статья 1. Пример\n\n1. Текст части первой.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", probe, str(source)], capture_output=True, text=True, timeout=60
    )
    assert "QT:\n" in result.stdout, result.stdout + result.stderr


MAX_MODULE_LINES = 700
_IMPORT_ERRORS = ("ImportError", "ModuleNotFoundError")


def test_no_module_is_longer_than_700_lines():
    """A module holds one responsibility; past 700 lines it holds several (issue 8)."""
    long = [
        f"{path.relative_to(PACKAGE.parent)}: {lines} lines"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert long == []


def test_the_ui_imports_nothing_from_io():
    """The UI reaches the project file through its document object and services only."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for name in _imports(path)
        if name == "drafter.io" or name.startswith("drafter.io.")
    ]
    assert offenders == []


def test_no_import_fallbacks():
    """No `except ImportError`: a second implementation behind it would run untested."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                names = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
                if any(isinstance(n, ast.Name) and n.id in _IMPORT_ERRORS for n in names):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []
