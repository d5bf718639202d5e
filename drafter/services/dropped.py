"""What a file dropped on the window is: a returned round file, an act to import, or neither."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from drafter.errors import DrafterError
from drafter.io.safety import open_docx, safe_parse_xml

DroppedKind = Literal["returned", "act", "unknown"]

ACT_SUFFIXES = (".docx", ".txt", ".html", ".htm", ".rtf", ".doc", ".odt")
ROUND_PROPERTY = "DrafterRound"  # written by a round export (drafter.core.rounds.FileIdentity)
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


def kind_of_dropped_file(path: Path) -> DroppedKind:
    """ "returned" for a .docx that carries a round's identity in its custom properties, "act"
    for any other file an act can be imported from, "unknown" for the rest.

    A damaged or hostile .docx is an "act": importing it gives the one clear sentence.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in ACT_SUFFIXES:
        return "unknown"
    if suffix == ".docx" and ROUND_PROPERTY in _custom_property_names(Path(path)):
        return "returned"
    return "act"


def _custom_property_names(path: Path) -> set[str]:
    """The names in docProps/custom.xml (read with the import's limits; none when unreadable)."""
    try:
        with open_docx(path) as package:
            if not package.has("docProps/custom.xml"):
                return set()
            root = safe_parse_xml(
                package.read("docProps/custom.xml"), f"{path.name} (docProps/custom.xml)"
            )
    except (DrafterError, OSError):
        return set()
    return {prop.get("name", "") for prop in root.iterfind(f"{_CUSTOM}property")}
