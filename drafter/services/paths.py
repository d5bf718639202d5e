"""Where Drafter keeps per-user files (demo copies), without Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_data_dir() -> Path:
    """The per-user data folder: %APPDATA%\\Drafter, ~/Library/..., or $XDG_DATA_HOME/drafter."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Drafter"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Drafter"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "drafter"
