"""Locating Drafter's bundled resources (icons, translations) with importlib.resources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path | None:
    """The file ``resources/<parts...>`` on disk, or None when it is not bundled."""
    node = resources.files("drafter.resources")
    for part in parts:
        node = node / part
    path = Path(str(node))
    return path if path.exists() else None
