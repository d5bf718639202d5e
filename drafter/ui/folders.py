"""Where the file dialogs open: the user's documents, never Drafter's own data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from drafter.services.paths import user_data_dir


def documents_folder() -> Path:
    """The user's documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(*candidates: Path | None) -> Path:
    """The first candidate folder the user chose (not inside Drafter's data folder), else the
    documents folder."""
    data = user_data_dir().resolve()
    for folder in candidates:
        if folder is None or not folder.is_dir():
            continue
        resolved = folder.resolve()
        if resolved != data and data not in resolved.parents:
            return folder
    return documents_folder()
