"""The app's own preferences (geometry, recent files, language) in QSettings, never the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


def app_settings() -> QSettings:
    """Drafter's settings: an INI file in the user's config folder (tests redirect it)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Drafter", "Drafter")


def language() -> str:
    """The interface language chosen in the View menu ("" when none was chosen)."""
    value = app_settings().value("ui/language", "")
    return value if isinstance(value, str) else ""


def recent_files() -> list[Path]:
    value = app_settings().value("recent/files", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(p) for p in value if p]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [p for p in recent_files() if p != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    app_settings().setValue("recent/files", [str(p) for p in files])
    return files


def remove_recent_file(path: Path) -> None:
    path = Path(path).resolve()
    app_settings().setValue("recent/files", [str(p) for p in recent_files() if p != path])
