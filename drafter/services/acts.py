"""Reading acts from files (with where each warning stands), telling one act from another, and
describing them (``drafter show``)."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.core import model as m
from drafter.core.act_names import default_name_forms
from drafter.core.citation import detect_citation_style
from drafter.core.profiles import Profile
from drafter.core.serialize import act_to_dict
from drafter.messages import N_, Message, message

_IN_FILE = N_("{file}: {message}")


@dataclass
class LocatedWarning:
    """An import warning with the unit its line belongs to (None: before the first unit)."""

    line: int
    message: Message
    address: str | None


@dataclass
class LoadedAct:
    """An act read from a file, its warnings, and where in the act each warning stands."""

    result: m.ImportResult
    located: list[LocatedWarning] = field(default_factory=list)

    @property
    def act(self) -> m.Act:
        return self.result.act


def load_act(
    path: str | os.PathLike[str], *, slug: str | None = None, profile: Profile | None = None
) -> m.ImportResult:
    """Import an act file (.txt .docx .html .rtf .doc .odt): an ImportResult, or ImportFailed."""
    return read_act(path, slug=slug, profile=profile).result


def read_act(
    path: str | os.PathLike[str], *, slug: str | None = None, profile: Profile | None = None
) -> LoadedAct:
    """:func:`load_act`, with each warning placed at the unit of its line (for the app's list)."""
    from drafter.io.importer import import_act_with_lines

    result, lines = import_act_with_lines(Path(path), slug=slug, profile=profile)
    result.act.citation_style = detect_citation_style(result.act)
    result.act.names = default_name_forms(result.act)
    located: list[LocatedWarning] = []
    if result.warnings:
        starts = unit_starts(lines, result.act)
        located = [
            LocatedWarning(w.line, w.message, unit_at_line(starts, w.line)) for w in result.warnings
        ]
    return LoadedAct(result, located)


_SPACE = re.compile(r"\s+")
_LOOKAHEAD = 400  # lines searched for a unit's first words before giving it up
_PROBE = 40  # characters of a unit's first words looked for


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def unit_starts(lines: list[str], act: m.Act) -> list[tuple[int, str]]:
    """(0-based line, address) where each unit's words first appear, in reading order.

    Units are met in the order of the text, so each is looked for after the line where the
    previous one started (on that line itself only when not found further on); a unit whose
    words are not found nearby (rewritten by the parser) is skipped.
    """
    flat = [_flat(line) for line in lines]
    starts: list[tuple[int, str]] = []
    at = -1
    for unit in act.walk():
        # A unit's closing words come after its children: they do not tell where it starts.
        words = _flat(unit.heading or unit.text)[:_PROBE]
        if not words:
            continue
        stop = len(flat) if at < 0 else min(at + 1 + _LOOKAHEAD, len(flat))
        found = next((i for i in range(at + 1, stop) if words in flat[i]), None)
        if found is None and at >= 0 and words in flat[at]:
            found = at
        if found is not None:
            starts.append((found, unit.address))
            at = found
    return starts


def unit_at_line(starts: list[tuple[int, str]], line: int) -> str | None:
    """The address of the unit whose text holds the 1-based ``line`` (None before any unit)."""
    found = None
    for index, address in starts:
        if index > line - 1:
            break
        found = address
    return found


def act_fingerprint(act: m.Act) -> str:
    """What makes two imports the same act: its title and the text of every unit, in order."""
    digest = hashlib.sha256(_flat(act.title).casefold().encode("utf-8"))
    for unit in act.walk():
        for part in (
            unit.kind,
            unit.number,
            unit.heading,
            unit.text,
            unit.closing,
            str(unit.repealed),
        ):
            digest.update(b"\x1f" + _flat(part).encode("utf-8"))
    return digest.hexdigest()


def same_act(acts: list[m.Act], act: m.Act) -> m.Act | None:
    """The act of ``acts`` with the same title and text as ``act``, if there is one."""
    title = _flat(act.title).casefold()
    candidates = [other for other in acts if _flat(other.title).casefold() == title]
    if not candidates:
        return None
    wanted = act_fingerprint(act)
    return next((other for other in candidates if act_fingerprint(other) == wanted), None)


def already_imported(name: str, existing: m.Act) -> Message:
    """Why an act is not imported a second time."""
    return message(
        N_(
            "{name}: the draft already holds this act, with the same title and text, as "
            "{slug}; it was not imported again."
        ),
        name=name,
        slug=existing.slug,
    )


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
