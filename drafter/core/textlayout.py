"""Acts and units as plain text lines in the layout the structure parser reads (and back)."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.address import assign_children
from drafter.core.profiles import Profile, get_profile
from drafter.errors import EngineError


def _profile(profile: str | Profile) -> Profile:
    return profile if isinstance(profile, Profile) else get_profile(profile)


def _en():
    try:
        from drafter.core import structure_en
    except ImportError as exc:
        raise EngineError(
            "English acts cannot be laid out as text: this build has no English structure parser"
        ) from exc
    return structure_en


def unit_lines(unit: m.Unit, profile: str | Profile) -> list[str]:
    """The unit and its subtree as paragraphs, label and heading included."""
    prof = _profile(profile)
    if prof.language == "ru":
        from drafter.core.structure_ru import unit_lines as ru_lines

        return ru_lines(unit, prof.name)
    return _en().unit_lines(unit, prof)


def act_to_lines(act: m.Act) -> list[str]:
    """The whole act as paragraphs: title, preamble, act-level notes, then the units.

    ``structure.parse_lines`` of the result gives the same tree and addresses.
    """
    lines: list[str] = []
    if act.title:
        lines.append(act.title)
    lines.extend(act.preamble)
    notes, signatures = _split_signatures(act)
    lines.extend(notes)
    for unit in act.units:
        lines.extend(unit_lines(unit, act.profile))
    lines.extend(signatures)
    return lines


def _split_signatures(act: m.Act) -> tuple[list[str], list[str]]:
    """Act-level notes before the signature block (written first) and the block itself."""
    if not act.language == "ru":
        return list(act.notes), []
    from drafter.core.structure_ru import SIGNATURE

    for i, note in enumerate(act.notes):
        if SIGNATURE.match(note):
            return act.notes[:i], act.notes[i:]
    return list(act.notes), []


def unit_to_text(unit: m.Unit, profile: str | Profile) -> str:
    """The unit and its subtree as text, one paragraph a line («Статья 322.1. ...\\n1. ...»)."""
    return "\n".join(unit_lines(unit, profile))


def parse_unit_text(text: str, kind: str, profile: str | Profile) -> m.Unit:
    """The unit of ``kind`` written in ``text`` (the inverse of :func:`unit_to_text`).

    Addresses are given as if the unit stood at the top of an act (right for articles);
    callers placing it elsewhere re-assign them. Raises EngineError when the text is not one
    unit of that kind.
    """
    prof = _profile(profile)
    lines = text.split("\n")
    if prof.language == "ru":
        from drafter.core.structure_ru import parse_unit

        unit, problems = parse_unit(lines, kind, prof.name)
    else:
        try:
            unit, problems = _en().parse_unit_text(text, kind, prof), []
        except ValueError as exc:
            unit, problems = None, [str(exc)]
    if unit is None or problems:
        first = (text.strip().split("\n") or [""])[0][:60]
        reason = "; ".join(problems) or "nothing recognised"
        raise EngineError(f"the text {first!r} cannot be read as one {kind}: {reason}.")
    wrapper = [unit]
    assign_children("", wrapper, prof)
    return unit
