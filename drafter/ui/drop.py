"""Files dropped on the window: a draft to open, a returned round file to review, an act."""

from __future__ import annotations

from pathlib import Path

from drafter.services.dropped import ACT_SUFFIXES, kind_of_dropped_file
from drafter.services.projects import PROJECT_SUFFIX


def accepts(path: str) -> bool:
    """Worth a drop (by name only: dragging over the window must not read files)."""
    return path.lower().endswith((PROJECT_SUFFIX, *ACT_SUFFIXES))


def dropped_kind(path: Path) -> str:
    """ "project", "returned", "act" or "unknown" (a .docx is opened to tell a returned file)."""
    if str(path).lower().endswith(PROJECT_SUFFIX):
        return "project"
    return kind_of_dropped_file(path)
