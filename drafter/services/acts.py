"""Reading acts from files, and describing them (``drafter show``)."""

from __future__ import annotations

import os
from pathlib import Path

from drafter.core import model as m
from drafter.core.act_names import default_name_forms
from drafter.core.citation import detect_citation_style
from drafter.core.profiles import Profile
from drafter.core.serialize import act_to_dict
from drafter.messages import N_, Message, message

_IN_FILE = N_("{file}: {message}")


def load_act(
    path: str | os.PathLike[str], *, slug: str | None = None, profile: Profile | None = None
) -> m.ImportResult:
    """Import an act file (.txt, .docx): an ImportResult, or ImportFailed with a clear message."""
    from drafter.io.importer import import_act

    result = import_act(Path(path), slug=slug, profile=profile)
    result.act.citation_style = detect_citation_style(result.act)
    result.act.names = default_name_forms(result.act)
    return result


def where(name: str, warning: m.ImportWarning) -> Message:
    """An import warning as «file:line: message» («file: message» when the line is unknown)."""
    if warning.line:
        return message(
            N_("{file}:{line}: {message}"), file=name, line=warning.line, message=warning.message
        )
    return message(_IN_FILE, file=name, message=warning.message)


def describe(act: m.Act) -> dict[str, object]:
    """The JSON shape of ``drafter show --json``."""
    return act_to_dict(act)


def outline(act: m.Act, *, width: int = 100) -> list[str]:
    """One line per unit, indented by depth: address, kind, heading or the start of the text."""
    lines = [f"{act.title or act.slug}  [{act.profile}]"]

    def visit(units: list[m.Unit], depth: int) -> None:
        for unit in units:
            words = unit.heading or unit.text or unit.closing
            if unit.repealed:
                words = "(repealed) " + words
            line = f"{'  ' * depth}{unit.address:<28} {unit.kind:<11} {words}"
            lines.append(line if len(line) <= width else line[: width - 1] + "…")
            visit(unit.children, depth + 1)

    visit(act.units, 0)
    return lines
