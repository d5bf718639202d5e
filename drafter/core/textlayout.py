"""Acts and units as plain text lines in the layout the structure parser reads (and back)."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core import structure_en, structure_ru
from drafter.core.address import assign_children
from drafter.core.profiles import Profile, get_profile
from drafter.core.structure_ru_notes import is_signature_line
from drafter.errors import EngineError
from drafter.messages import N_, Message, message

_CANNOT_READ = N_("the text {first!r} cannot be read as one {kind}: {reason}.")
_NOTHING_RECOGNISED = N_("nothing recognised")
# Two reasons in one sentence (each a message of its own).


def unit_lines(unit: m.Unit, profile: Profile) -> list[str]:
    """The unit and its subtree as paragraphs, label and heading included.

    ``profile`` (here and below) may still be a name: callers outside core pass act.profile.
    """
    prof = profile
    if prof.language == "ru":
        return structure_ru.unit_lines(unit, prof)
    return structure_en.unit_lines(unit, prof)


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
    profile = get_profile(act.profile)
    for unit in act.units:
        lines.extend(unit_lines(unit, profile))
    lines.extend(signatures)
    return lines


def _split_signatures(act: m.Act) -> tuple[list[str], list[str]]:
    """Act-level notes before the signature block (written first) and the block itself."""
    if not act.language == "ru":
        return list(act.notes), []
    for i, note in enumerate(act.notes):
        if is_signature_line(note):
            return act.notes[:i], act.notes[i:]
    return list(act.notes), []


def unit_to_text(unit: m.Unit, profile: Profile) -> str:
    """The unit and its subtree as text, one paragraph a line («Статья 322.1. ...\\n1. ...»)."""
    return "\n".join(unit_lines(unit, profile))


def parse_unit_text(text: str, kind: str, profile: Profile) -> m.Unit:
    """The unit of ``kind`` written in ``text`` (the inverse of :func:`unit_to_text`).

    Addresses are given as if the unit stood at the top of an act (right for articles);
    callers placing it elsewhere re-assign them. Raises EngineError when the text is not one
    unit of that kind.
    """
    prof = profile
    unit: m.Unit | None
    if prof.language == "ru":
        unit, problems = structure_ru.parse_unit(text.split("\n"), kind, prof)
    else:
        unit, problems = structure_en.parse_unit_text(text, kind, prof), []
    if unit is None or problems:
        first = (text.strip().split("\n") or [""])[0][:60]
        reason = _joined(problems) if problems else message(_NOTHING_RECOGNISED)
        raise EngineError(_CANNOT_READ, first=first, kind=kind, reason=reason)
    wrapper = [unit]
    assign_children("", wrapper, prof)
    return unit


def _joined(reasons: list[Message]) -> Message:
    """The reasons as one, separated by semicolons."""
    if len(reasons) == 1:
        return reasons[0]
    return message(N_("{first}; {rest}"), first=reasons[0], rest=_joined(reasons[1:]))
